#include "transfermodel.h"

#include "common/icons.h"
#include "common/text.h"
#include "jobfeed.h"
#include "plan/plantext.h"
#include "plan/quotaplanner.h"

#include <QLocale>
#include <algorithm>
#include <vector>

namespace es {

TransferModel::TransferModel(JobFeed *feed, QObject *parent)
    : QAbstractTableModel(parent)
    , m_feed(feed)
{
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &TransferModel::flush);
    if (feed) {
        connect(feed, &JobFeed::jobAdded, this, &TransferModel::onAdded);
        connect(feed, &JobFeed::jobChanged, this, &TransferModel::onChanged);
        connect(feed, &JobFeed::jobRemoved, this, &TransferModel::onRemoved);
        m_jobs = feed->jobs();
        reindex();
        scheduleFlush();
    }
}

TransferModel::~TransferModel() = default;

int TransferModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int TransferModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TransferModel::jobId(int row) const
{
    return (row >= 0 && row < m_jobs.size()) ? m_jobs.at(row).id : QString();
}

const JobInfo *TransferModel::jobAt(int row) const
{
    return (row >= 0 && row < m_jobs.size()) ? &m_jobs.at(row) : nullptr;
}

QList<JobInfo> TransferModel::jobsAt(const QModelIndexList &indexes) const
{
    QList<JobInfo> result;
    QSet<int> seen;
    for (const QModelIndex &index : indexes) {
        if (index.model() != this || seen.contains(index.row()))
            continue;
        seen.insert(index.row());
        if (const JobInfo *job = jobAt(index.row()))
            result.append(*job);
    }
    std::sort(result.begin(), result.end(),
              [this](const JobInfo &a, const JobInfo &b) { return rowOf(a.id) < rowOf(b.id); });
    return result;
}

void TransferModel::setFlushInterval(int ms)
{
    m_timer.setInterval(ms);
}

void TransferModel::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

QDateTime TransferModel::now() const
{
    return m_now ? m_now() : QDateTime::currentDateTimeUtc();
}

qint64 TransferModel::elapsedMs(const JobInfo &job) const
{
    if (job.state == JobState::Queued)
        return -1;
    if (isFinished(job.state)) {
        qint64 total = 0;
        for (auto it = job.msInState.cbegin(); it != job.msInState.cend(); ++it) {
            if (it.key() != JobState::Queued && !isFinished(it.key()))
                total += it.value();
        }
        if (total == 0 && job.created.isValid() && job.finishedAt.isValid())
            total = job.created.msecsTo(job.finishedAt);
        return total > 0 ? total : -1;
    }
    if (!job.stateSince.isValid())
        return -1;
    return std::max<qint64>(0, job.stateSince.msecsTo(now()));
}

QString TransferModel::detailText(const JobInfo &job) const
{
    // The engine's remark on the current state ("Getting a fresh download link", why a cancel
    // was local only) says more than the generic line.
    if (!job.note.isEmpty() &&
        (job.state == JobState::Starting || job.state == JobState::Pending ||
         job.state == JobState::Processing || job.state == JobState::Unpacking ||
         job.state == JobState::Canceled))
        return job.note;
    switch (job.state) {
    case JobState::Queued: {
        QString text = tr("Queued");
        if (job.queuePosition > 0)
            //: %1 the job's place in its account's queue
            text = tr("Queued #%1").arg(job.queuePosition);
        if (job.expectedStart.isValid())
            text += QStringLiteral(" · ") + PlanText::expectedStart(job.expectedStart, now());
        else if (job.nextSlot.isValid())
            //: Appended to "Queued": %1 when the daily quota frees the next slot (a date or time)
            text += tr(" · next slot %1").arg(Text::when(job.nextSlot));
        else if (!job.waitingReason.isEmpty())
            text += QStringLiteral(" · ") + job.waitingReason;
        return text;
    }
    case JobState::Starting:
        return tr("Asking HubSpot to start the export…");
    case JobState::Pending:
        return tr("Waiting for HubSpot to begin (no percentage available)");
    case JobState::Processing:
        if (job.recordCount >= 0)
            return tr("HubSpot is building the file · %1 records")
                .arg(QLocale().toString(job.recordCount));
        return tr("HubSpot is building the file (no percentage available)");
    case JobState::Downloading: {
        QString text = Text::size(job.bytesReceived);
        if (job.bytesTotal > 0)
            //: Download progress: %1 the bytes received so far, %2 the file's size
            text = tr("%1 of %2").arg(text, Text::size(job.bytesTotal));
        if (job.bytesPerSecond > 0)
            text += QStringLiteral(" · ") + Text::rate(job.bytesPerSecond);
        return text;
    }
    case JobState::Unpacking:
        if (job.unpackTotal > 0)
            //: %1 the size unpacked so far, %2 the size of everything to unpack
            return tr("Unpacking · %1 of %2")
                .arg(Text::size(job.unpackDone), Text::size(job.unpackTotal));
        return tr("Unpacking…");
    case JobState::Done: {
        if (job.files.isEmpty())
            return tr("Finished");
        qint64 total = 0;
        for (const JobFile &file : job.files)
            total += file.size;
        QString text;
        if (job.files.size() == 1) {
            const QString name = job.files.first().path.section(QLatin1Char('/'), -1);
            //: A finished export's one file: %1 its name, %2 its size
            text = tr("%1 · %2").arg(name, Text::size(total));
        } else {
            //: A finished export's files: %1 how many, %2 their total size
            text = tr("%1 files · %2").arg(job.files.size()).arg(Text::size(total));
        }
        // The completeness check: "12,345 records, as HubSpot reported" or what is missing.
        if (const QString checked = job.completeness.describe(); !checked.isEmpty())
            text += QStringLiteral(" · ") + checked;
        return text;
    }
    case JobState::Failed:
        return job.error.message.isEmpty() ? tr("Failed for an unknown reason: retry, or look at "
                                                "the details in the tooltip.")
                                           : job.error.message;
    case JobState::Canceled:
        return job.taskId.isEmpty()
                   ? tr("Canceled before it started")
                   : tr("Canceled here; HubSpot may still finish it, nothing is downloaded");
    }
    return {};
}

QStringList TransferModel::detailTexts(const JobInfo &job) const
{
    QStringList texts{detailText(job)};
    if (job.state == JobState::Downloading) {
        if (job.bytesTotal > 0 && job.bytesPerSecond > 0)
            texts.append(
                tr("%1 of %2").arg(Text::size(job.bytesReceived), Text::size(job.bytesTotal)));
        texts.append(Text::size(job.bytesReceived));
    } else if (job.state == JobState::Processing && job.recordCount >= 0 && job.note.isEmpty()) {
        //: Short form of "HubSpot is building the file · %1 records" for a narrow column
        texts.append(tr("%1 records", "progress, short").arg(QLocale().toString(job.recordCount)));
    } else if (job.state == JobState::Queued && job.queuePosition > 0) {
        if (job.expectedStart.isValid())
            //: Short form of a queued export's state for a narrow column: %1 a time ("14:05")
            texts.append(tr("Queued · about %1").arg(PlanText::time(job.expectedStart, now())));
        texts.append(tr("Queued #%1").arg(job.queuePosition));
    } else if (job.state == JobState::Unpacking && job.unpackTotal > 0 && job.note.isEmpty()) {
        texts.append(tr("%1 of %2").arg(Text::size(job.unpackDone), Text::size(job.unpackTotal)));
    } else if (job.state == JobState::Done && !job.completeness.describe().isEmpty()) {
        JobInfo filesOnly = job; // the files without the check, for a narrow column
        filesOnly.completeness = {};
        texts.append(detailText(filesOnly));
    }
    texts.removeDuplicates();
    return texts;
}

QString TransferModel::toolTip(const JobInfo &job) const
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(job.request.exportName.toHtmlEscaped());
    lines << tr("State: %1").arg(Text::state(job.state));
    // The state line without what the lines below say in full: a queued job's wait and
    // expected start, a finished job's completeness check.
    JobInfo brief = job;
    if (job.state == JobState::Queued) {
        brief.expectedStart = {};
        brief.nextSlot = {};
        brief.waitingReason.clear();
    }
    brief.completeness = {};
    lines << detailText(brief).toHtmlEscaped();
    if (job.state == JobState::Queued) {
        if (!job.waitingReason.isEmpty())
            lines << job.waitingReason.toHtmlEscaped();
        if (job.expectedStart.isValid()) {
            const qint64 minutes = QuotaPlanner::Options{}.typicalExportSecs / 60;
            //: Tooltip of a queued export: %1 a time ("14:05"), %2 minutes per export (5)
            QString estimate = tr("Expected to start about %1: estimated with about %2 minutes "
                                  "per export ahead of it at HubSpot.")
                                   .arg(PlanText::time(job.expectedStart, now()))
                                   .arg(minutes);
            if (job.startWaitsForQuota)
                estimate += QLatin1Char(' ') + tr("It also waits for a slot of the daily export "
                                                  "limit to free up.");
            lines << estimate.toHtmlEscaped();
        }
    }
    if (!job.taskId.isEmpty())
        lines << tr("HubSpot export id: %1").arg(job.taskId.toHtmlEscaped());
    if (!job.hubspotState.isEmpty())
        lines << tr("HubSpot state: %1").arg(job.hubspotState.toHtmlEscaped());
    if (job.recordCount >= 0)
        lines << tr("Records: %1").arg(QLocale().toString(job.recordCount));
    if (const QString checked = job.completeness.describe(); !checked.isEmpty())
        //: Tooltip: the completeness check ("12,345 records, as HubSpot reported")
        lines << tr("Check: %1").arg(checked.toHtmlEscaped());
    if (!job.error.detail.isEmpty())
        lines << tr("Details: %1").arg(job.error.detail.toHtmlEscaped());
    if (job.attempts > 1)
        lines << tr("Attempts: %1").arg(job.attempts);
    QStringList times;
    for (JobState s : {JobState::Queued, JobState::Starting, JobState::Pending,
                       JobState::Processing, JobState::Downloading, JobState::Unpacking}) {
        const qint64 ms = job.msInState.value(s, 0);
        if (ms > 0)
            //: Tooltip, time spent per state: %1 the state ("Processing"), %2 how long ("1 min 5
            //: s")
            times << tr("%1 %2").arg(Text::state(s), Text::duration(ms));
    }
    if (!times.isEmpty())
        lines << tr("Time per state: %1").arg(times.join(QStringLiteral(", ")));
    if (job.created.isValid())
        lines << tr("Added: %1").arg(Text::when(job.created));
    return lines.join(QStringLiteral("<br>"));
}

QVariant TransferModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobInfo &job = m_jobs.at(index.row());
    switch (role) {
    case JobIdRole:
        return job.id;
    case StateRole:
        return int(job.state);
    case FailureRole:
        return int(job.state == JobState::Failed ? job.error.fix : FailureFix::None);
    case Qt::ToolTipRole:
        return toolTip(job);
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return Icons::stateIcon(job.state);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ElapsedColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::AccessibleTextRole:
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return job.request.exportName.isEmpty() ? tr("Untitled export")
                                                    : job.request.exportName;
        case ObjectColumn:
            return Text::objectName(job.request.objectType);
        case StateColumn:
            return Text::state(job.state);
        case ElapsedColumn: {
            const qint64 ms = elapsedMs(job);
            return ms < 0 ? QStringLiteral("—") : Text::duration(ms);
        }
        case ProgressColumn:
            return detailText(job);
        }
        return {};
    case RawValueRole:
        switch (index.column()) {
        case NameColumn:
            return job.request.exportName;
        case ObjectColumn:
            return job.request.objectType;
        case StateColumn:
            return int(job.state);
        case ElapsedColumn:
            return elapsedMs(job);
        case ProgressColumn:
            if (job.state == JobState::Downloading && job.bytesTotal > 0)
                return double(job.bytesReceived) / double(job.bytesTotal);
            if (job.state == JobState::Unpacking && job.unpackTotal > 0)
                return double(job.unpackDone) / double(job.unpackTotal);
            return job.state == JobState::Done ? 1.0 : 0.0;
        }
        return {};
    }
    return {};
}

QVariant TransferModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ObjectColumn:
        return tr("Object");
    case StateColumn:
        return tr("State");
    case ElapsedColumn:
        return tr("Elapsed");
    case ProgressColumn:
        return tr("Progress");
    }
    return {};
}

void TransferModel::reindex(int from)
{
    if (from == 0) {
        m_rowOf.clear();
        m_ids.clear();
        m_ids.reserve(m_jobs.size());
    }
    m_ids.resize(from);
    for (int row = from; row < m_jobs.size(); ++row) {
        m_rowOf.insert(m_jobs.at(row).id, row);
        m_ids.append(m_jobs.at(row).id);
    }
}

void TransferModel::onAdded(const QString &jobId)
{
    if (!m_feed || m_rowOf.contains(jobId))
        return onChanged(jobId);
    const std::optional<JobInfo> job = m_feed->job(jobId);
    if (!job)
        return;
    const int position =
        std::clamp<int>(int(m_feed->jobIds().indexOf(jobId)), 0, int(m_jobs.size()));
    beginInsertRows({}, position, position);
    m_jobs.insert(position, *job);
    reindex(position);
    endInsertRows();
    scheduleFlush();
}

void TransferModel::onChanged(const QString &jobId)
{
    if (!m_rowOf.contains(jobId))
        return onAdded(jobId);
    m_dirty.insert(jobId);
    scheduleFlush();
}

void TransferModel::onRemoved(const QString &jobId)
{
    const int row = rowOf(jobId);
    if (row < 0)
        return;
    m_dirty.remove(jobId);
    beginRemoveRows({}, row, row);
    m_jobs.removeAt(row);
    m_rowOf.remove(jobId);
    reindex(row);
    endRemoveRows();
}

void TransferModel::scheduleFlush()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void TransferModel::applyOrder(const QStringList &ids)
{
    // Same set of jobs in another order (Move up/down): a layout change keeps selection.
    QList<JobInfo> reordered;
    reordered.reserve(m_jobs.size());
    for (const QString &id : ids) {
        const int row = rowOf(id);
        if (row >= 0)
            reordered.append(m_jobs.at(row));
    }
    if (reordered.size() != m_jobs.size()) {
        reload();
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList oldIds;
    oldIds.reserve(m_jobs.size());
    for (const JobInfo &job : std::as_const(m_jobs))
        oldIds.append(job.id);
    m_jobs = reordered;
    reindex();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before) {
        after.append(this->index(rowOf(oldIds.at(index.row())), index.column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TransferModel::reload()
{
    beginResetModel();
    m_jobs = m_feed ? m_feed->jobs() : QList<JobInfo>();
    reindex();
    m_dirty.clear();
    endResetModel();
}

void TransferModel::flush()
{
    // Name, Object and State show only these fields; the tooltip is asked for afresh on hover.
    // So most updates (bytes, rates, notes) repaint the Elapsed and Progress cells alone.
    const auto sameLeftColumns = [](const JobInfo &a, const JobInfo &b) {
        return a.state == b.state && a.request.exportName == b.request.exportName &&
               a.request.objectType == b.request.objectType;
    };
    QList<int> wholeRows;
    QList<int> progressRows;
    QList<int> elapsedRows;
    std::vector<char> published; // by row: already in wholeRows or progressRows
    if (!m_dirty.isEmpty() && m_feed) {
        const QSet<QString> dirty = std::exchange(m_dirty, {});
        QSet<QString> wholeIds;
        for (const QString &id : dirty) {
            const int row = rowOf(id);
            const std::optional<JobInfo> job = m_feed->job(id);
            if (row < 0 || !job)
                continue;
            if (!sameLeftColumns(m_jobs.at(row), *job))
                wholeIds.insert(id);
            m_jobs[row] = *job;
        }
        // The feed hands back the same shared list while the order stays: no comparison then.
        const QStringList order = m_feed->jobIds();
        if (order != m_ids)
            applyOrder(order);
        else
            m_ids = order;
        published.assign(size_t(m_jobs.size()), 0);
        for (const QString &id : dirty) {
            const int row = rowOf(id);
            if (row < 0)
                continue;
            (wholeIds.contains(id) ? wholeRows : progressRows).append(row);
            published[size_t(row)] = 1;
        }
    }
    bool anyActive = false;
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (isActive(m_jobs.at(row).state)) {
            anyActive = true;
            if (published.empty() || !published[size_t(row)])
                elapsedRows.append(row); // elapsed time moves on
        }
    }
    emitRows(wholeRows, 0, ColumnCount - 1);
    emitRows(progressRows, ElapsedColumn, ProgressColumn);
    emitRows(elapsedRows, ElapsedColumn, ElapsedColumn);
    if (!anyActive && m_dirty.isEmpty())
        m_timer.stop();
}

void TransferModel::emitRows(QList<int> rows, int firstColumn, int lastColumn)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // qBittorrent's rule: when most rows changed, one signal over everything is cheapest.
    if (rows.size() * 2 > m_jobs.size()) {
        Q_EMIT dataChanged(index(rows.first(), firstColumn), index(rows.last(), lastColumn));
        return;
    }
    int start = rows.first();
    int previous = start;
    for (int i = 1; i <= rows.size(); ++i) {
        if (i < rows.size() && rows.at(i) == previous + 1) {
            previous = rows.at(i);
            continue;
        }
        Q_EMIT dataChanged(index(start, firstColumn), index(previous, lastColumn));
        if (i < rows.size())
            start = previous = rows.at(i);
    }
}

} // namespace es
