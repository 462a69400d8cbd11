#include "diffsession.h"

#include "diffcsvwriter.h"
#include "vault.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <memory>

namespace es {

// Lives in the session's thread and owns everything SQLite there: the vault's connection and
// the diff's temporary table. Only the session talks to it, and only through post().
class DiffWorker : public QObject
{
public:
    DiffWorker(const QString &path, const QString &presetKey)
        : m_path(path)
        , m_presetKey(presetKey)
    {}
    ~DiffWorker() override
    {
        m_diff.reset(); // the diff's table lives in the vault's connection: in that order
        m_vault.reset();
    }

    DiffSession::Summary compare(qint64 from, qint64 to)
    {
        DiffSession::Summary summary;
        summary.fromRun = from;
        summary.toRun = to;
        m_diff.reset();
        if (!m_vault) {
            m_vault = std::make_unique<Vault>(m_path);
            if (!m_vault->open()) {
                summary.error = m_vault->lastError();
                m_vault.reset();
                return summary;
            }
        }
        m_diff = m_vault->diff(m_presetKey, from, to);
        if (!m_diff) {
            summary.error = m_vault->lastError();
            return summary;
        }
        summary.added = m_diff->added();
        summary.changed = m_diff->changed();
        summary.removed = m_diff->removed();
        summary.columns = m_diff->columns();
        return summary;
    }

    QList<qint64> positionsOf(VaultDiff::Kind kind)
    {
        QList<qint64> positions;
        if (!m_diff)
            return positions;
        qint64 position = 0;
        m_diff->forEach([&](const VaultDiff::Entry &entry) {
            if (entry.kind == kind)
                positions << position;
            ++position;
            return true;
        });
        return positions;
    }

    QList<VaultDiff::Entry> page(qint64 offset, int limit)
    {
        return m_diff ? m_diff->page(offset, limit) : QList<VaultDiff::Entry>();
    }

    bool exportCsv(const QString &path, QString *error)
    {
        if (!m_diff) {
            *error = QCoreApplication::translate("es::DiffSession",
                                                 "There is no comparison to export yet.");
            return false;
        }
        return DiffCsvWriter::write(*m_diff, path, error);
    }

private:
    QString m_path;
    QString m_presetKey;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<VaultDiff> m_diff;
};

DiffSession::DiffSession(const QString &vaultPath, const QString &presetKey, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new DiffWorker(vaultPath, presetKey))
{
    m_thread->setObjectName(QStringLiteral("vault-diff"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

DiffSession::~DiffSession()
{
    // The worker finishes its current step, is deleted in its thread (finished → deleteLater
    // runs there before the thread ends), and nothing it posted back reaches a session that is
    // gone: posted calls die with their receiver.
    m_thread->quit();
    m_thread->wait();
}

void DiffSession::post(std::function<void(DiffWorker &)> work)
{
    DiffWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, work = std::move(work)] { work(*worker); }, Qt::QueuedConnection);
}

void DiffSession::compare(qint64 fromRun, qint64 toRun)
{
    const quint64 generation = ++m_generation;
    m_computing = true;
    m_summary = Summary{};
    QPointer<DiffSession> self(this);
    post([self, generation, fromRun, toRun](DiffWorker &worker) {
        Summary summary = worker.compare(fromRun, toRun);
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, summary = std::move(summary)] {
                if (!self || generation != self->m_generation)
                    return;
                self->m_computing = false;
                self->m_summary = summary;
                Q_EMIT self->computed(summary);
            },
            Qt::QueuedConnection);
    });
}

void DiffSession::listKind(VaultDiff::Kind kind)
{
    const quint64 generation = m_generation;
    QPointer<DiffSession> self(this);
    post([self, generation, kind](DiffWorker &worker) {
        QList<qint64> positions = worker.positionsOf(kind);
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, kind, positions = std::move(positions)] {
                if (self && generation == self->m_generation)
                    Q_EMIT self->kindPositions(kind, positions);
            },
            Qt::QueuedConnection);
    });
}

void DiffSession::readPage(qint64 offset, int limit)
{
    const quint64 generation = m_generation;
    QPointer<DiffSession> self(this);
    post([self, generation, offset, limit](DiffWorker &worker) {
        QList<VaultDiff::Entry> entries = worker.page(offset, limit);
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, offset, entries = std::move(entries)] {
                if (self && generation == self->m_generation)
                    Q_EMIT self->pageRead(offset, entries);
            },
            Qt::QueuedConnection);
    });
}

void DiffSession::exportCsv(const QString &path)
{
    QPointer<DiffSession> self(this);
    post([self, path](DiffWorker &worker) {
        QString error;
        const bool ok = worker.exportCsv(path, &error);
        QMetaObject::invokeMethod(
            self.data(),
            [self, path, ok, error] {
                if (self)
                    Q_EMIT self->exported(path, ok, error);
            },
            Qt::QueuedConnection);
    });
}

} // namespace es
