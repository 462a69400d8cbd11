#pragma once

#include "vaultdiff.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <optional>

class QThread;

namespace es {

class DiffWorker;

// A diff between two runs of a preset for a window: computed, filtered by kind, paged and
// exported in a worker thread, so that comparing two runs of a million records never freezes
// the window. The worker opens the vault file itself (a connection belongs to one thread, and
// the diff lives in a temporary table of that connection); results come back as signals in the
// thread that made the session.
//
// Every compare() starts a new generation; what arrives for an older one is dropped, so a
// window that switched runs twice never shows the first diff's rows.
class DiffSession : public QObject
{
    Q_OBJECT

public:
    struct Summary
    {
        qint64 fromRun = 0;
        qint64 toRun = 0;
        qint64 added = 0;
        qint64 changed = 0;
        qint64 removed = 0;
        QStringList columns;
        QString error; // empty: computed
    };

    DiffSession(const QString &vaultPath, const QString &presetKey, QObject *parent = nullptr);
    ~DiffSession() override; // waits for the worker's current step

    // Starts comparing; computed() follows.
    void compare(qint64 fromRun, qint64 toRun);
    bool isComputing() const { return m_computing; }
    // The last computed diff (valid once computed() came, until the next compare()).
    const Summary &summary() const { return m_summary; }
    quint64 generation() const { return m_generation; }

    // The diff's positions of `kind` (ascending); kindPositions() follows.
    void listKind(VaultDiff::Kind kind);
    // `limit` entries from `offset`, ordered by record id; pageRead() follows.
    void readPage(qint64 offset, int limit);
    // Writes the diff as CSV (DiffCsvWriter: atomic); exported() follows.
    void exportCsv(const QString &path);

Q_SIGNALS:
    void computed(const es::DiffSession::Summary &summary);
    void kindPositions(es::VaultDiff::Kind kind, const QList<qint64> &positions);
    void pageRead(qint64 offset, const QList<es::VaultDiff::Entry> &entries);
    void exported(const QString &path, bool ok, const QString &error);

private:
    // Runs `work` in the worker; it gets the worker and the generation it was asked in.
    void post(std::function<void(DiffWorker &)> work);

    QThread *m_thread;
    DiffWorker *m_worker;
    quint64 m_generation = 0;
    bool m_computing = false;
    Summary m_summary;
};

} // namespace es
