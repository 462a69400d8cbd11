#include "history.h"

#include "storage/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QThreadPool>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace es {

QJsonObject HistoryEntry::toJson() const
{
    QJsonObject o;
    o[u"jobId"] = jobId;
    o[u"exportName"] = exportName;
    o[u"accountId"] = accountId;
    if (!presetId.isEmpty())
        o[u"presetId"] = presetId;
    o[u"finishedAt"] = finishedAt.toUTC().toString(Qt::ISODateWithMs);
    o[u"state"] = es::toString(state);
    QJsonArray array;
    for (const JobFile &file : files)
        array.append(QJsonObject{{u"path"_s, file.path}, {u"size"_s, file.size}});
    o[u"files"] = array;
    if (!taskId.isEmpty())
        o[u"taskId"] = taskId;
    if (!errorMessage.isEmpty())
        o[u"error"] = errorMessage;
    o[u"recordCount"] = recordCount;
    if (const QJsonObject c = completeness.toJson(); !c.isEmpty())
        o[u"completeness"] = c;
    return o;
}

std::optional<HistoryEntry> HistoryEntry::fromJson(const QJsonObject &o)
{
    HistoryEntry entry;
    entry.jobId = o.value(u"jobId").toString();
    const auto state = jobStateFromString(o.value(u"state").toString());
    if (entry.jobId.isEmpty() || !state)
        return std::nullopt;
    entry.state = *state;
    entry.exportName = o.value(u"exportName").toString();
    entry.accountId = o.value(u"accountId").toString();
    entry.presetId = o.value(u"presetId").toString();
    entry.finishedAt =
        QDateTime::fromString(o.value(u"finishedAt").toString(), Qt::ISODateWithMs).toUTC();
    const QJsonArray array = o.value(u"files").toArray();
    for (const auto &v : array) {
        const QJsonObject f = v.toObject();
        entry.files.append(JobFile{f.value(u"path").toString(), f.value(u"size").toInteger()});
    }
    entry.taskId = o.value(u"taskId").toString();
    entry.errorMessage = o.value(u"error").toString();
    entry.recordCount = o.value(u"recordCount").toInteger(-1);
    entry.completeness = Completeness::fromJson(o.value(u"completeness").toObject());
    return entry;
}

HistoryEntry HistoryEntry::fromJob(const JobInfo &job)
{
    HistoryEntry entry;
    entry.jobId = job.id;
    entry.exportName = job.request.exportName;
    entry.accountId = job.accountId;
    entry.presetId = job.presetId;
    entry.finishedAt = job.finishedAt.isValid() ? job.finishedAt : QDateTime::currentDateTimeUtc();
    entry.state = job.state;
    entry.files = job.files;
    entry.taskId = job.taskId;
    entry.errorMessage = job.error.message;
    entry.recordCount = job.recordCount;
    entry.completeness = job.completeness;
    return entry;
}

History::History(const QString &filePath, QObject *parent)
    : History(filePath, Load::AtOnce, parent)
{}

History::History(const QString &filePath, Load mode, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
{
    if (mode == Load::AtOnce)
        load();
}

void History::loadInBackground()
{
    if (m_loaded || m_reading)
        return;
    // Reading and parsing a long history (and its dates) is the slow part; only taking the
    // result is left for this thread. The promise outlives this object if it goes first.
    auto promise = std::make_shared<QPromise<FileContents>>();
    m_reading = new QFutureWatcher<FileContents>(this);
    connect(m_reading, &QFutureWatcherBase::finished, this, [this] {
        const FileContents contents =
            m_reading->future().resultCount() > 0 ? m_reading->future().result() : FileContents{};
        m_reading->deleteLater();
        m_reading = nullptr;
        // add(), remove(), reload() or clear() read (or replaced) the file meanwhile: what
        // they have is newer than this read.
        if (m_loaded)
            return;
        apply(contents);
        if (m_maxEntries > 0 && m_entries.size() > m_maxEntries) {
            trim();
            save();
        }
        markLoaded();
        Q_EMIT changed();
    });
    promise->start();
    m_reading->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, path = m_filePath] {
        promise->addResult(path.isEmpty() ? FileContents{} : readFile(path));
        promise->finish();
    });
}

History::~History() = default;

std::optional<HistoryEntry> History::entry(const QString &jobId) const
{
    for (const HistoryEntry &e : m_entries) {
        if (e.jobId == jobId)
            return e;
    }
    return std::nullopt;
}

void History::reload()
{
    if (load())
        Q_EMIT changed();
}

History::FileContents History::readFile(const QString &filePath)
{
    FileContents contents;
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return contents;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject()) {
        contents.damage = error.errorString();
        return contents;
    }
    const QJsonArray array = doc.object().value(u"entries").toArray();
    contents.entries.reserve(array.size());
    for (const auto &v : array) {
        if (auto e = HistoryEntry::fromJson(v.toObject()))
            contents.entries.append(*e);
    }
    std::stable_sort(
        contents.entries.begin(), contents.entries.end(),
        [](const HistoryEntry &a, const HistoryEntry &b) { return a.finishedAt > b.finishedAt; });
    contents.read = true;
    return contents;
}

bool History::load()
{
    const FileContents contents = m_filePath.isEmpty() ? FileContents{} : readFile(m_filePath);
    apply(contents);
    markLoaded();
    return contents.read;
}

void History::apply(const FileContents &contents)
{
    if (!contents.damage.isEmpty()) {
        m_lastError = tr("The history file %1 is damaged (%2); the list starts empty. Your "
                         "exported files are untouched.")
                          .arg(QDir::toNativeSeparators(m_filePath), contents.damage);
    }
    if (contents.read)
        m_entries = contents.entries;
}

void History::markLoaded()
{
    m_loaded = true;
    if (!m_loadedAnnounced) {
        m_loadedAnnounced = true;
        Q_EMIT loaded();
    }
}

void History::add(const HistoryEntry &entry)
{
    load(); // another process may have added entries since
    m_entries.erase(std::remove_if(m_entries.begin(), m_entries.end(),
                                   [&](const HistoryEntry &e) { return e.jobId == entry.jobId; }),
                    m_entries.end());
    const auto pos = std::find_if(m_entries.begin(), m_entries.end(), [&](const HistoryEntry &e) {
        return e.finishedAt <= entry.finishedAt;
    });
    m_entries.insert(pos, entry);
    trim();
    save();
    Q_EMIT entryAdded(entry.jobId);
    Q_EMIT changed();
}

void History::remove(const QString &jobId)
{
    load();
    const auto before = m_entries.size();
    m_entries.erase(std::remove_if(m_entries.begin(), m_entries.end(),
                                   [&](const HistoryEntry &e) { return e.jobId == jobId; }),
                    m_entries.end());
    if (m_entries.size() == before)
        return;
    save();
    Q_EMIT entryRemoved(jobId);
    Q_EMIT changed();
}

void History::clear()
{
    m_entries.clear();
    markLoaded(); // the file is this empty list now, whatever a background read finds
    save();
    Q_EMIT changed();
}

void History::setMaxEntries(int max)
{
    m_maxEntries = std::max(0, max);
    if (m_maxEntries > 0 && m_entries.size() > m_maxEntries) {
        trim();
        save();
        Q_EMIT changed();
    }
}

void History::trim()
{
    if (m_maxEntries > 0 && m_entries.size() > m_maxEntries)
        m_entries.resize(m_maxEntries);
}

bool History::save()
{
    if (m_filePath.isEmpty())
        return true;
    QJsonArray array;
    for (const HistoryEntry &e : std::as_const(m_entries))
        array.append(e.toJson());
    QJsonObject root;
    root[u"version"] = 1;
    root[u"entries"] = array;
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QString reason;
    if (!writeFileAtomically(m_filePath, QJsonDocument(root).toJson(QJsonDocument::Indented),
                             &reason)) {
        m_lastError =
            tr("Cannot save the export history %1: %2. %3")
                .arg(QDir::toNativeSeparators(m_filePath), reason, writeAdvice(m_filePath, reason));
        return false;
    }
    return true;
}

} // namespace es
