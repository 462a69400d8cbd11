#!/bin/sh
# Runs a test binary against a real, unlocked gnome-keyring on a private D-Bus session bus
# (ARCHITECTURE.md, "Secrets"): scratch HOME, unlock with a throw-away password, wait until
# org.freedesktop.secrets has an owner (without that wait about 1 run in 100 fails).
# usage: run-with-keyring.sh TEST_BINARY [ARGS...]
set -eu

if [ "${ES_INSIDE_KEYRING_SESSION:-}" != 1 ]; then
    for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "run-with-keyring.sh: $tool is missing: install dbus and gnome-keyring" >&2
            exit 1
        fi
    done
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    mkdir -p "$scratch/runtime"
    chmod 700 "$scratch/runtime"
    status=0
    env -u DISPLAY -u WAYLAND_DISPLAY HOME="$scratch" XDG_RUNTIME_DIR="$scratch/runtime" \
        XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
        ES_INSIDE_KEYRING_SESSION=1 \
        dbus-run-session -- "$0" "$@" || status=$?
    exit "$status"
fi

# Inside the private session bus.
printf 'export-studio-test\n' | gnome-keyring-daemon --unlock --components=secrets >/dev/null

tries=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
        grep -q 'boolean true'; do
    tries=$((tries + 1))
    if [ "$tries" -ge 200 ]; then
        echo "run-with-keyring.sh: org.freedesktop.secrets has no owner after 10 s" >&2
        exit 1
    fi
    sleep 0.05
done

ES_KEYRING_READY=1 "$@"
status=$?
# gnome-keyring-daemon left the session: dbus-run-session ends it with the bus.
exit "$status"
