#include "jobinfo.h"

#include "model/requestcodec.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace es {

namespace {

struct StateName
{
    JobState state;
    const char16_t *name;
};

constexpr StateName stateNames[] = {
    {JobState::Queued, u"queued"},
    {JobState::Starting, u"starting"},
    {JobState::Pending, u"pending"},
    {JobState::Processing, u"processing"},
    {JobState::Downloading, u"downloading"},
    {JobState::Unpacking, u"unpacking"},
    {JobState::Done, u"done"},
    {JobState::Failed, u"failed"},
    {JobState::Canceled, u"canceled"},
};

struct KindName
{
    FailureKind kind;
    const char16_t *name;
};

constexpr KindName kindNames[] = {
    {FailureKind::Unknown, u"unknown"},       {FailureKind::HubSpotRefused, u"hubspot-refused"},
    {FailureKind::Network, u"network"},       {FailureKind::Local, u"local"},
    {FailureKind::Validation, u"validation"}, {FailureKind::Interrupted, u"interrupted"},
};

// The names are the "action" strings earlier versions wrote, so their files read unchanged.
struct FixName
{
    FailureFix fix;
    const char16_t *name;
};

constexpr FixName fixNames[] = {
    {FailureFix::None, u""},
    {FailureFix::Retry, u"retry"},
    {FailureFix::OpenAccount, u"account"},
    {FailureFix::OpenSettings, u"settings"},
    {FailureFix::CheckHubSpot, u"check"},
    {FailureFix::EditRequest, u"edit"},
};

// Versions before FailureKind stored the CLI's exit code instead; these are the codes they wrote.
FailureKind kindFromLegacyExitCode(int code)
{
    switch (code) {
    case 2:
        return FailureKind::Validation;
    case 3:
        return FailureKind::HubSpotRefused;
    case 4:
        return FailureKind::Network;
    case 5:
        return FailureKind::Local;
    case 130:
        return FailureKind::Interrupted;
    default:
        return FailureKind::Unknown;
    }
}

QString dateToJson(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateFromJson(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::ISODate);
    return when.toUTC();
}

} // namespace

QString toString(JobState state)
{
    for (const auto &entry : stateNames) {
        if (entry.state == state)
            return QString::fromUtf16(entry.name);
    }
    return QStringLiteral("unknown");
}

std::optional<JobState> jobStateFromString(const QString &text)
{
    for (const auto &entry : stateNames) {
        if (text.compare(QString::fromUtf16(entry.name), Qt::CaseInsensitive) == 0)
            return entry.state;
    }
    return std::nullopt;
}

QString toString(FailureKind kind)
{
    for (const auto &entry : kindNames) {
        if (entry.kind == kind)
            return QString::fromUtf16(entry.name);
    }
    return QStringLiteral("unknown");
}

std::optional<FailureKind> failureKindFromString(const QString &text)
{
    for (const auto &entry : kindNames) {
        if (text == QString::fromUtf16(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QString toString(FailureFix fix)
{
    for (const auto &entry : fixNames) {
        if (entry.fix == fix)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

std::optional<FailureFix> failureFixFromString(const QString &text)
{
    for (const auto &entry : fixNames) {
        if (text == QString::fromUtf16(entry.name))
            return entry.fix;
    }
    return std::nullopt;
}

QJsonObject JobError::toJson() const
{
    QJsonObject o{{u"message"_s, message}, {u"detail"_s, detail}, {u"kind"_s, toString(kind)}};
    if (fix != FailureFix::None)
        o[u"action"] = toString(fix);
    return o;
}

JobError JobError::fromJson(const QJsonObject &o)
{
    JobError error;
    error.message = o.value(u"message").toString();
    error.detail = o.value(u"detail").toString();
    if (o.contains(u"kind"))
        error.kind =
            failureKindFromString(o.value(u"kind").toString()).value_or(FailureKind::Unknown);
    else
        error.kind = kindFromLegacyExitCode(o.value(u"exitCode").toInt());
    // An action this version does not know offers no fix rather than a wrong one.
    error.fix = failureFixFromString(o.value(u"action").toString()).value_or(FailureFix::None);
    return error;
}

bool isFinished(JobState state)
{
    return state == JobState::Done || state == JobState::Failed || state == JobState::Canceled;
}

bool isActive(JobState state)
{
    return state != JobState::Queued && !isFinished(state);
}

QJsonObject JobInfo::toJson() const
{
    QJsonObject o;
    o[u"schemaVersion"] = 1;
    o[u"id"] = id;
    o[u"accountId"] = accountId;
    if (!presetId.isEmpty())
        o[u"presetId"] = presetId;
    o[u"request"] = RequestCodec::toJson(request);
    QJsonObject opts{{u"downloadDir"_s, options.downloadDir},
                     {u"unzip"_s, options.unzip},
                     {u"keepZip"_s, options.keepZip}};
    if (options.countedBefore >= 0)
        opts[u"countedBefore"_s] = options.countedBefore;
    o[u"options"] = opts;
    o[u"state"] = es::toString(state);
    if (!taskId.isEmpty())
        o[u"taskId"] = taskId;
    if (!hubspotState.isEmpty())
        o[u"hubspotState"] = hubspotState;
    o[u"recordCount"] = recordCount;
    o[u"created"] = dateToJson(created);
    o[u"stateSince"] = dateToJson(stateSince);
    if (finishedAt.isValid())
        o[u"finishedAt"] = dateToJson(finishedAt);
    QJsonObject times;
    for (auto it = msInState.cbegin(); it != msInState.cend(); ++it)
        times[es::toString(it.key())] = it.value();
    o[u"msInState"] = times;
    o[u"bytesReceived"] = bytesReceived;
    o[u"bytesTotal"] = bytesTotal;
    if (nextSlot.isValid())
        o[u"nextSlot"] = dateToJson(nextSlot);
    if (!waitingReason.isEmpty())
        o[u"waitingReason"] = waitingReason;
    if (expectedStart.isValid()) {
        o[u"expectedStart"] = dateToJson(expectedStart);
        o[u"startWaitsForQuota"] = startWaitsForQuota;
    }
    o[u"statusCalls"] = statusCalls;
    o[u"attempts"] = attempts;
    o[u"sequence"] = sequence;
    if (!note.isEmpty())
        o[u"note"] = note;
    if (resumeState)
        o[u"resumeState"] = es::toString(*resumeState);
    QJsonArray fileArray;
    for (const JobFile &file : files) {
        QJsonObject entry{{u"path"_s, file.path}, {u"size"_s, file.size}};
        if (file.archive)
            entry[u"archive"_s] = true;
        fileArray.append(entry);
    }
    o[u"files"] = fileArray;
    if (!error.isEmpty())
        o[u"error"] = error.toJson();
    if (const QJsonObject c = completeness.toJson(); !c.isEmpty())
        o[u"completeness"] = c;
    return o;
}

std::optional<JobInfo> JobInfo::fromJson(const QJsonObject &o)
{
    JobInfo job;
    job.id = o.value(u"id").toString();
    const auto state = jobStateFromString(o.value(u"state").toString());
    if (job.id.isEmpty() || !state)
        return std::nullopt;
    job.state = *state;
    job.accountId = o.value(u"accountId").toString();
    job.presetId = o.value(u"presetId").toString();
    // Requests are stored in the wire form; decoding warnings do not matter here (we wrote it).
    job.request = RequestCodec::fromJson(o.value(u"request").toObject()).request;
    const QJsonObject opts = o.value(u"options").toObject();
    job.options.downloadDir = opts.value(u"downloadDir").toString();
    job.options.unzip = opts.value(u"unzip").toBool(true);
    job.options.keepZip = opts.value(u"keepZip").toBool(false);
    job.options.countedBefore = opts.value(u"countedBefore").toInteger(-1); // absent: older file
    job.taskId = o.value(u"taskId").toString();
    job.hubspotState = o.value(u"hubspotState").toString();
    job.recordCount = o.value(u"recordCount").toInteger(-1);
    job.created = dateFromJson(o.value(u"created"));
    job.stateSince = dateFromJson(o.value(u"stateSince"));
    job.finishedAt = dateFromJson(o.value(u"finishedAt"));
    const QJsonObject times = o.value(u"msInState").toObject();
    for (auto it = times.begin(); it != times.end(); ++it) {
        if (const auto s = jobStateFromString(it.key()))
            job.msInState.insert(*s, it.value().toInteger());
    }
    job.bytesReceived = o.value(u"bytesReceived").toInteger();
    job.bytesTotal = o.value(u"bytesTotal").toInteger(-1);
    job.nextSlot = dateFromJson(o.value(u"nextSlot"));
    job.waitingReason = o.value(u"waitingReason").toString();
    job.expectedStart = dateFromJson(o.value(u"expectedStart"));
    job.startWaitsForQuota = o.value(u"startWaitsForQuota").toBool(false);
    job.statusCalls = o.value(u"statusCalls").toInt();
    job.attempts = o.value(u"attempts").toInt();
    job.sequence = o.value(u"sequence").toInteger();
    job.note = o.value(u"note").toString();
    if (o.contains(u"resumeState"))
        job.resumeState = jobStateFromString(o.value(u"resumeState").toString());
    const QJsonArray fileArray = o.value(u"files").toArray();
    for (const auto &v : fileArray) {
        const QJsonObject f = v.toObject();
        job.files.append(JobFile{f.value(u"path").toString(), f.value(u"size").toInteger(),
                                 f.value(u"archive").toBool(false)});
    }
    job.error = JobError::fromJson(o.value(u"error").toObject());
    job.completeness = Completeness::fromJson(o.value(u"completeness").toObject());
    return job;
}

} // namespace es
