#include "vaulttablepreview.h"

#include "rowcursor.h"
#include "vault/valuecodec.h"
#include "vault/vault.h"

#include <QCoreApplication>
#include <QDir>
#include <limits>

namespace es {

namespace {
struct PreviewText
{
    Q_DECLARE_TR_FUNCTIONS(es::VaultTablePreview)
};

// The rows of the table after one run, fetched in keyset batches: small ones first and after a
// seek (a page of the view), growing while the cursor only goes forward (a count, a filter).
class VaultCursor final : public RowCursor
{
public:
    static constexpr int FirstBatch = 256;
    static constexpr int LargestBatch = 4096;

    VaultCursor(const QString &path, const QString &presetKey, qint64 runId)
        : m_vault(path, Vault::Access::ReadOnly)
        , m_presetKey(presetKey)
        , m_runId(runId)
    {}

    bool open(QString *error)
    {
        if (m_vault.open())
            return true;
        *error = m_vault.lastError();
        return false;
    }

    bool next(QList<QByteArray> &cells) override
    {
        if (!fill())
            return false;
        if (!ValueCodec::decode(m_values.at(m_at), &cells)) {
            m_error = PreviewText::tr("Record %1 in the history file %2 cannot be read.")
                          .arg(m_ids.at(m_at))
                          .arg(QDir::toNativeSeparators(m_vault.path()));
            return false;
        }
        ++m_at;
        return true;
    }
    bool skip() override
    {
        if (!fill())
            return false;
        ++m_at;
        return true;
    }
    QString error() const override { return m_error; }
    qint64 position() override { return fill() ? m_ids.at(m_at) : -1; }
    bool seek(qint64 position) override
    {
        m_from = position;
        m_ids.clear();
        m_values.clear();
        m_at = 0;
        m_end = false;
        m_batch = FirstBatch;
        return true;
    }

private:
    // True when a row is at m_at, fetching the next batch when the last one is used up.
    bool fill()
    {
        if (m_at < m_ids.size())
            return true;
        if (m_end || !m_error.isEmpty())
            return false;
        if (!m_vault.pageOfRows(m_presetKey, m_runId, m_from, m_batch, &m_ids, &m_values)) {
            m_error = m_vault.lastError();
            return false;
        }
        m_at = 0;
        m_end = m_ids.size() < m_batch;
        m_batch = qMin(m_batch * 2, LargestBatch);
        if (m_ids.isEmpty())
            return false;
        m_from = m_ids.constLast() + 1;
        return true;
    }

    Vault m_vault;
    QString m_presetKey;
    qint64 m_runId;
    QList<qint64> m_ids;
    QList<QByteArray> m_values;
    qsizetype m_at = 0;
    qint64 m_from = std::numeric_limits<qint64>::min();
    int m_batch = FirstBatch;
    bool m_end = false;
    QString m_error;
};
} // namespace

VaultTablePreview::VaultTablePreview(QObject *parent)
    : PreviewSource(parent)
{}

bool VaultTablePreview::open(const QString &vaultPath, const QString &presetKey,
                             const QString &presetName, qint64 runId, QString *error)
{
    QStringList header;
    {
        // Two small queries in the caller's thread; the rows are the workers'.
        Vault vault(vaultPath, Vault::Access::ReadOnly);
        if (!vault.hasRun(presetKey, runId)) {
            *error = vault.lastError();
            return false;
        }
        header = vault.columns(presetKey);
    }
    m_presetKey = presetKey;
    m_presetName = presetName;
    m_runId = runId;
    start(header, [vaultPath, presetKey, runId](QString *cursorError) {
        auto cursor = std::make_unique<VaultCursor>(vaultPath, presetKey, runId);
        return cursor->open(cursorError) ? std::unique_ptr<RowCursor>(std::move(cursor)) : nullptr;
    });
    return true;
}

QString VaultTablePreview::title() const
{
    return PreviewText::tr("%1, the table after run %2", "preset name, run number")
        .arg(m_presetName)
        .arg(m_runId);
}

} // namespace es
