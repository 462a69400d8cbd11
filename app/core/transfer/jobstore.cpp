#include "jobstore.h"

#include "storage/atomicfile.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace es {

JobStore::JobStore(const QString &dir, QObject *parent)
    : QObject(parent)
    , m_dir(dir)
{}

QString JobStore::newJobId()
{
    // Time first so that file listings sort by age; the uuid part makes two processes safe.
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmsszzz")) +
           QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

QString JobStore::lockPathFor(const QString &key) const
{
    if (m_dir.isEmpty())
        return {};
    const QString locks = QDir(m_dir).filePath(QStringLiteral("locks"));
    QDir().mkpath(locks);
    // Keys hold account ids such as "url:http://127.0.0.1:8765": hashed into a safe name.
    const QByteArray name =
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(20);
    return QDir(locks).filePath(QString::fromLatin1(name) + QStringLiteral(".lock"));
}

QString JobStore::pathFor(const QString &jobId) const
{
    return QDir(m_dir).filePath(jobId + QStringLiteral(".json"));
}

bool JobStore::save(const JobInfo &job)
{
    static const QRegularExpression safeId(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    if (!safeId.match(job.id).hasMatch() || job.id.startsWith(QLatin1Char('.'))) {
        m_lastError = tr("Refusing to save a job with the id “%1”.").arg(job.id);
        return false;
    }
    if (m_dir.isEmpty()) {
        m_memory.insert(job.id, job);
        return true;
    }
    if (!QDir().mkpath(m_dir)) {
        m_lastError = tr("Cannot create the jobs folder %1: check its permissions.")
                          .arg(QDir::toNativeSeparators(m_dir));
        return false;
    }
    QString reason;
    if (!writeFileAtomically(pathFor(job.id),
                             QJsonDocument(job.toJson()).toJson(QJsonDocument::Indented),
                             &reason)) {
        m_lastError = tr("Cannot save job %1 in %2: %3. %4")
                          .arg(job.id, QDir::toNativeSeparators(m_dir), reason,
                               writeAdvice(pathFor(job.id), reason));
        return false;
    }
    return true;
}

bool JobStore::remove(const QString &jobId)
{
    if (m_dir.isEmpty())
        return m_memory.remove(jobId) > 0;
    return QFile::remove(pathFor(jobId));
}

std::optional<JobInfo> JobStore::load(const QString &jobId)
{
    if (m_dir.isEmpty()) {
        const auto it = m_memory.constFind(jobId);
        return it == m_memory.cend() ? std::nullopt : std::optional<JobInfo>(*it);
    }
    QFile file(pathFor(jobId));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject())
        return std::nullopt;
    return JobInfo::fromJson(doc.object());
}

QList<JobInfo> JobStore::loadAll(QStringList *problems)
{
    if (m_dir.isEmpty())
        return m_memory.values();
    QList<JobInfo> jobs;
    const QDir dir(m_dir);
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        file.close();
        std::optional<JobInfo> job;
        if (doc.isObject())
            job = JobInfo::fromJson(doc.object());
        if (!job) {
            if (problems) {
                problems->append(tr("The job file %1 is damaged and was set aside.")
                                     .arg(QDir::toNativeSeparators(file.fileName())));
            }
            QFile::rename(file.fileName(), file.fileName() + QStringLiteral(".damaged"));
            continue;
        }
        jobs.append(*job);
    }
    return jobs;
}

} // namespace es
