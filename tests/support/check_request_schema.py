#!/usr/bin/env python3
"""Check request bodies against HubSpot's OpenAPI request schemas (tests/data/hubspot-spec).

A validator that shares no code with Export Studio: the sandbox reads bodies with the client's own
RequestCodec and validate(), so a wire-format bug in the client would pass both sides.

usage:
  check_request_schema.py SPEC.json FILE.json...
      Each FILE is an export start body (VIEW or LIST) checked against SPEC (exports-*.json).
      Prints "ok FILE" or "invalid FILE: where: reason" for each.
  check_request_schema.py --spec-dir DIR --bodies RECORD_DIR [--expect-bodies]
      Checks what hubspot-sandbox recorded with --record-bodies / $ES_SANDBOX_RECORD_BODIES:
      every body against the request schema of its endpoint (method and path matched against the
      paths of every spec in DIR). Bodies sent with "X-Sandbox-Lenient: 1" are loose or invalid
      on purpose and are counted, not checked.
  check_request_schema.py --spec-dir DIR [--expect-bodies] --run -- COMMAND...
      Runs COMMAND (a test) with $ES_SANDBOX_RECORD_BODIES set to a fresh folder, then checks
      what every sandbox it started recorded. Exits non-zero when the test failed or any body
      did. $ES_EXPECT_SANDBOX_BODIES=1 means the same as --expect-bodies.

--expect-bodies: recording nothing to check is a failure (the test sends bodies; if none arrive,
the recording is broken and the check would pass without looking).
Exit codes: 0 all valid, 1 a body (or the test) failed, 2 usage, 3 python3-jsonschema missing:
the calling test must fail, not skip.
"""
import base64
import copy
import glob
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed: apt-get install python3-jsonschema")
    sys.exit(3)


def strict_components(spec):
    """The spec's components with the project's explicit, documented departures applied."""
    components = copy.deepcopy(spec.get("components", {}))
    schemas = components.get("schemas", {})
    # HubSpot's dated specs write a sub-type as allOf [its parent, its own fields], where the
    # parent is a oneOf of its sub-types (x-hubspot-sub-type-impl): inheritance in OpenAPI, an
    # endless loop in JSON Schema. A sub-type is validated as its own fields, which repeat
    # everything the parent would add.
    for name, schema in list(schemas.items()):
        parts = schema.get("allOf") or []
        if len(parts) != 2 or not parts[1].get("x-hubspot-sub-type-impl"):
            continue
        parent = parts[0].get("$ref", "").rsplit("/", 1)[-1]
        branches = schemas.get(parent, {}).get("oneOf", [])
        if any(branch.get("$ref", "").rsplit("/", 1)[-1] == name for branch in branches):
            schemas[name] = parts[1]
    search = schemas.get("PublicCrmSearchRequest")
    if search is not None:
        # Deliberate deviation (README, "Where Export Studio departs from the spec"): the spec
        # types sorts as string[], but the exports guide's examples send {"propertyName",
        # "order"} objects and a bare string cannot carry a direction, so Export Studio writes
        # objects. Accept exactly that shape, nothing looser.
        search["properties"]["sorts"]["items"] = {
            "type": "object",
            "required": ["propertyName", "order"],
            "properties": {
                "propertyName": {"type": "string"},
                "order": {"type": "string", "enum": ["ASC", "DESC"]},
            },
            "additionalProperties": False,
        }
    # Stricter than the spec on purpose: anything the client writes that the spec does not name
    # is a bug in the client's writer (e.g. listId on a VIEW request, a renamed propertyName).
    for name in ("PublicExportViewRequest", "PublicExportListRequest", "PublicCrmSearchRequest",
                 "Filter", "FilterGroup", "ListSearchRequest"):
        if name in schemas:
            schemas[name]["additionalProperties"] = False
    return components


def validator_for(components, schema):
    # $refs are "#/components/schemas/...": keep components beside the root schema.
    root = dict(schema)
    root["components"] = components
    jsonschema.Draft4Validator.check_schema(root)
    return jsonschema.Draft4Validator(root)


def describe(errors):
    """Readable lines; a oneOf failure is explained by its closest branch, not all of them."""
    lines = []
    for error in sorted(errors, key=lambda e: list(e.absolute_path)):
        if error.validator == "oneOf" and error.context:
            branches = {}
            for sub in error.context:
                branches.setdefault(sub.schema_path[0], []).append(sub)
            # The closest branch fails least near the root: a wrong exportType or a missing
            # listId rules a branch out, while many errors deep inside one filter do not.
            index, closest = min(branches.items(), key=lambda item: (
                sum(1 for sub in item[1] if len(sub.absolute_path) <= 1), len(item[1])))
            ref = error.validator_value[index].get("$ref", f"branch {index}")
            lines.append(f"(closest {ref.rsplit('/', 1)[-1]})")
            lines.extend(describe(closest))
            continue
        where = ".".join(str(p) for p in error.absolute_path) or "(root)"
        lines.append(f"{where}: {error.message[:300]}")
    return lines


# --- export bodies in files (tst_requestschema) --------------------------------------------------

def check_files(spec_path, paths):
    with open(spec_path, encoding="utf-8") as f:
        components = strict_components(json.load(f))
    schemas = components["schemas"]
    validators = {"VIEW": validator_for(components, schemas["PublicExportViewRequest"]),
                  "LIST": validator_for(components, schemas["PublicExportListRequest"])}
    failures = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            body = json.load(f)
        validator = validators.get(body.get("exportType"))
        if validator is None:
            print(f"invalid {path}: exportType {body.get('exportType')!r} is neither VIEW nor LIST")
            failures += 1
            continue
        errors = list(validator.iter_errors(body))
        if errors:
            failures += 1
            for line in describe(errors):
                print(f"invalid {path}: {line}")
        else:
            print(f"ok {path}")
    return 1 if failures else 0


# --- bodies recorded by hubspot-sandbox -----------------------------------------------------------

class Endpoints:
    """Every request body schema of every spec in a folder, found by method and path."""

    def __init__(self, spec_dir):
        self.routes = []  # (parameters, method, regex, spec file, schema)
        self.specs = {}
        self.strict = {}
        self.validators = {}
        files = sorted(glob.glob(os.path.join(spec_dir, "*.json")))
        if not files:
            raise SystemExit(f"no OpenAPI files in {spec_dir}")
        for path in files:
            with open(path, encoding="utf-8") as f:
                spec = json.load(f)
            name = os.path.basename(path)
            for template, operations in spec.get("paths", {}).items():
                pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
                for method, operation in operations.items():
                    content = (operation.get("requestBody") or {}).get("content", {})
                    schema = content.get("application/json", {}).get("schema")
                    if schema is None:
                        continue
                    self.routes.append((template.count("{"), method.upper(),
                                        re.compile(pattern), name, schema))
            self.specs[name] = spec
        # A literal path ("/lists/search") wins over a template ("/lists/{listId}").
        self.routes.sort(key=lambda route: route[0])

    def find(self, method, path):
        for _, route_method, regex, name, schema in self.routes:
            if route_method == method and regex.match(path):
                key = (name, json.dumps(schema, sort_keys=True))
                if key not in self.validators:
                    if name not in self.strict:
                        self.strict[name] = strict_components(self.specs[name])
                    self.validators[key] = validator_for(self.strict[name], schema)
                label = schema.get("$ref", "inline schema").rsplit("/", 1)[-1]
                return self.validators[key], f"{name} {label}"
        return None, None


def check_recorded(spec_dir, record_dir, expect_bodies):
    files = sorted(glob.glob(os.path.join(record_dir, "bodies-*.jsonl")))
    endpoints = Endpoints(spec_dir) if files else None
    checked = lenient = failures = 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
        for number, line in enumerate(lines, 1):
            where = f"{os.path.basename(path)}:{number}"
            entry = json.loads(line)
            raw = base64.b64decode(entry["bodyBase64"])
            request = f"{entry['method']} {entry['path']}"
            shown = raw[:600].decode("utf-8", "replace")
            if entry.get("lenient"):
                lenient += 1
                continue
            checked += 1
            validator, label = endpoints.find(entry["method"], entry["path"])
            problems = []
            if validator is None:
                problems = ["HubSpot's spec has no JSON request body for this endpoint (send "
                            "X-Sandbox-Lenient: 1 if the test sends it on purpose)"]
            else:
                try:
                    body = json.loads(raw.decode("utf-8"))
                except (UnicodeDecodeError, ValueError) as error:
                    problems = [f"not JSON: {error}"]
                else:
                    problems = describe(validator.iter_errors(body))
            if problems:
                failures += 1
                print(f"SCHEMA VIOLATION {where}: {request} against {label or '(none)'}:")
                for problem in problems[:10]:
                    print(f"    {problem}")
                print(f"    body: {shown}")
    if not files and not expect_bodies:
        return 0  # the test started no sandbox: nothing to say
    print(f"request schema check: {len(files)} sandbox(es) recorded, {checked} bodies checked, "
          f"{lenient} lenient on purpose (not checked), {failures} invalid")
    if expect_bodies and checked == 0:
        print("request schema check FAILED: this test sends request bodies to hubspot-sandbox "
              "but none was recorded; is $ES_SANDBOX_RECORD_BODIES reaching the sandbox?")
        return 1
    return 1 if failures else 0


def run_and_check(spec_dir, expect_bodies, command):
    record_dir = tempfile.mkdtemp(prefix="es-sandbox-bodies-")
    env = dict(os.environ, ES_SANDBOX_RECORD_BODIES=record_dir)
    try:
        child = subprocess.Popen(command, env=env)
    except OSError as error:
        print(f"cannot run {command[0]}: {error}")
        shutil.rmtree(record_dir, ignore_errors=True)
        return 1
    # CTest's timeout and Ctrl+C reach this wrapper: pass them on, then still report.
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda sig, _frame: child.send_signal(sig))
    code = child.wait()
    try:
        result = check_recorded(spec_dir, record_dir, expect_bodies)
    finally:
        shutil.rmtree(record_dir, ignore_errors=True)
    if code < 0:
        # Die of the same signal, so CTest reports the crash (SEGFAULT, abort) as it would.
        print(f"the test itself was killed by signal {-code}")
        sys.stdout.flush()
        signal.signal(-code, signal.SIG_DFL)
        os.kill(os.getpid(), -code)
        return 1
    if code != 0:
        print(f"the test itself exited with {code}")
        return code
    return result


def main(argv):
    args = argv[1:]
    if args and not args[0].startswith("--"):
        if len(args) < 2:
            print(__doc__)
            return 2
        return check_files(args[0], args[1:])
    spec_dir = record_dir = None
    expect = os.environ.get("ES_EXPECT_SANDBOX_BODIES") == "1"
    command = None
    while args:
        arg = args.pop(0)
        if arg == "--spec-dir" and args:
            spec_dir = args.pop(0)
        elif arg == "--bodies" and args:
            record_dir = args.pop(0)
        elif arg == "--expect-bodies":
            expect = True
        elif arg == "--run" and args and args[0] == "--":
            command = args[1:]
            break
        else:
            print(__doc__)
            return 2
    if not spec_dir or (record_dir is None) == (command is None) or command == []:
        print(__doc__)
        return 2
    if command is not None:
        return run_and_check(spec_dir, expect, command)
    return check_recorded(spec_dir, record_dir, expect)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
