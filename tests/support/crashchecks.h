#pragma once

// Shared by the two crash-recovery tests (export-studio-cli and the desktop app, both killed
// with SIGKILL): what a state folder and a download folder may hold after the kill and the
// resume, checked the same way for both.

#include "e2eharness.h"

#include <QHash>
#include <QList>

namespace e2e {

// The two sandboxes both crash tests kill runs against.
struct CrashSandboxes
{
    QProcess smallProcess;
    QProcess bigProcess;
    SandboxAdmin small;
    SandboxAdmin big;

    bool start()
    {
        // Small: a 120 KiB CSV, about 2 s at HubSpot (the clock at 2x: pending, then processing).
        // Big: 600,000 contacts as three CSVs (37 MiB) in a 9 MiB zip; unpacking takes ~0.3 s.
        const QStringList few{QStringLiteral("--companies"), QStringLiteral("10"),
                              QStringLiteral("--deals"),     QStringLiteral("10"),
                              QStringLiteral("--tickets"),   QStringLiteral("10")};
        return startSandbox(smallProcess, small,
                            QStringList{QStringLiteral("--clock-speed"), QStringLiteral("2"),
                                        QStringLiteral("--contacts"), QStringLiteral("2000")} +
                                few) &&
               startSandbox(bigProcess, big,
                            QStringList{QStringLiteral("--clock-speed"), QStringLiteral("1000"),
                                        QStringLiteral("--contacts"), QStringLiteral("600000"),
                                        QStringLiteral("--zip-threshold"), QStringLiteral("1"),
                                        QStringLiteral("--row-cap"), QStringLiteral("200000")} +
                                few);
    }
    void stop()
    {
        for (QProcess *p : {&smallProcess, &bigProcess}) {
            p->terminate();
            if (!p->waitForFinished(3000))
                p->kill();
        }
    }
};

// The job files of a state folder. Anything else in the jobs folder (a work file, a lock left
// behind) or a job file that does not parse is reported in `problem`.
inline QList<QJsonObject> jobsIn(const QString &state, QString *problem)
{
    const QDir jobs(state + QStringLiteral("/jobs"));
    const QStringList all = jobs.entryList(QDir::Files | QDir::Hidden);
    const QStringList json = jobs.entryList({QStringLiteral("*.json")}, QDir::Files);
    if (all != json)
        *problem = QStringLiteral("the jobs folder holds more than job files: ") +
                   all.join(QStringLiteral(", "));
    QList<QJsonObject> result;
    for (const QString &name : json) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(readAll(jobs.filePath(name)), &error);
        if (!doc.isObject())
            *problem = name + QStringLiteral(" does not parse: ") + error.errorString();
        result << doc.object();
    }
    return result;
}

// The sha256 of every visible file in `out` right after a kill. Whatever sits at a final path
// then must be complete, so the resume may not change it.
inline QHash<QString, QByteArray> completeFiles(const QString &out)
{
    QHash<QString, QByteArray> files;
    for (const QString &entry : visibleEntries(treeOf(out)))
        files.insert(entry, sha256Hex(QDir(out).filePath(entry)));
    return files;
}

// Empty, or names a file of `before` (see completeFiles) that changed after the kill.
inline QString changedAfterKill(const QString &out, const QHash<QString, QByteArray> &before)
{
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (sha256Hex(QDir(out).filePath(it.key())) != it.value())
            return QStringLiteral("%1 changed after the kill").arg(it.key());
    }
    return {};
}

// Empty when the download folder holds exactly `expected` (paths relative to `out`) and nothing
// hidden or duplicated beside them; otherwise what it holds and what was expected.
inline QString unexpectedEntries(const QString &out, QStringList expected)
{
    expected.sort();
    const QStringList tree = treeOf(out);
    if (visibleEntries(tree) == expected && hiddenEntries(tree).isEmpty())
        return {};
    return QStringLiteral("left in the download folder: [%1], expected [%2]")
        .arg(tree.join(QStringLiteral(", ")), expected.join(QStringLiteral(", ")));
}

} // namespace e2e
