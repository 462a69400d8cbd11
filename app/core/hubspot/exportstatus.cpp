#include "exportstatus.h"

#include "jsonvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

namespace es {

using JsonValues::dateTime;
using JsonValues::idText;
using JsonValues::integer;

ExportTask ExportTask::fromJson(const QJsonObject &object)
{
    ExportTask task;
    task.taskId = idText(object.value(u"id"));
    task.statusUrl = QUrl(object.value(u"links").toObject().value(u"status").toString());
    return task;
}

ExportStatus::State ExportStatus::stateFromText(const QString &text)
{
    const QString t = text.toUpper();
    if (t == u"PENDING")
        return State::Pending;
    if (t == u"PROCESSING")
        return State::Processing;
    if (t == u"COMPLETE")
        return State::Complete;
    if (t == u"CANCELED" || t == u"CANCELLED")
        return State::Canceled;
    return State::Unknown;
}

QString ExportStatus::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("PENDING");
    case State::Processing:
        return QStringLiteral("PROCESSING");
    case State::Complete:
        return QStringLiteral("COMPLETE");
    case State::Canceled:
        return QStringLiteral("CANCELED");
    case State::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

QString ExportStatus::failureMessage() const
{
    QStringList reasons;
    for (const ApiError &error : errors) {
        if (!error.message.isEmpty())
            reasons.append(error.message);
    }
    const QString joined = reasons.join(QStringLiteral("; "));
    if (state == State::Canceled) {
        if (reasons.isEmpty())
            return QCoreApplication::translate(
                "es::ExportStatus",
                "HubSpot canceled the export without giving a reason (an administrator may have "
                "canceled it in the export log). Start it again if you still need it.");
        //: %1: HubSpot's reasons, separated by semicolons
        return QCoreApplication::translate("es::ExportStatus", "HubSpot canceled the export: %1")
            .arg(joined);
    }
    // Counted apart: Qt 6.4's lupdate never returns from a numerus argument with a comma in it.
    const int reported = qMax(numErrors, int(reasons.size()));
    if (!reasons.isEmpty())
        //: %1: HubSpot's error messages, separated by semicolons
        return QCoreApplication::translate("es::ExportStatus", "HubSpot reported %n error(s): %1",
                                           nullptr, reported)
            .arg(joined);
    if (numErrors > 0)
        return QCoreApplication::translate("es::ExportStatus",
                                           "HubSpot reported %n error(s) without details.", nullptr,
                                           numErrors);
    return {};
}

ExportStatus ExportStatus::fromJson(const QJsonObject &object)
{
    ExportStatus status;
    status.stateText = object.value(u"status").toString();
    status.state = stateFromText(status.stateText);
    // The spec calls the link `result`; the project's first description called it `downloadUrl`.
    QString link = object.value(u"result").toString();
    if (link.isEmpty())
        link = object.value(u"downloadUrl").toString();
    if (!link.isEmpty())
        status.result = QUrl(link);
    status.requestedAt = dateTime(object.value(u"requestedAt"));
    status.startedAt = dateTime(object.value(u"startedAt"));
    status.completedAt = dateTime(object.value(u"completedAt"));
    const QJsonArray errors = object.value(u"errors").toArray();
    for (const auto &error : errors)
        status.errors.append(ApiError::fromErrorObject(error.toObject()));
    status.numErrors = object.value(u"numErrors").toInt(int(status.errors.size()));
    return status;
}

ExportInfo::State ExportInfo::stateFromText(const QString &text)
{
    const QString t = text.toUpper();
    if (t == u"ENQUEUED")
        return State::Enqueued;
    if (t == u"PROCESSING")
        return State::Processing;
    if (t == u"DONE")
        return State::Done;
    if (t == u"FAILED")
        return State::Failed;
    if (t == u"CANCELED" || t == u"CANCELLED")
        return State::Canceled;
    if (t == u"CONFLICT")
        return State::Conflict;
    if (t == u"DEFERRED")
        return State::Deferred;
    if (t == u"DELETED")
        return State::Deleted;
    if (t == u"PENDING_APPROVAL")
        return State::PendingApproval;
    return State::Unknown;
}

ExportInfo ExportInfo::fromJson(const QJsonObject &object)
{
    ExportInfo info;
    info.id = idText(object.value(u"id"));
    info.exportName = object.value(u"exportName").toString();
    info.exportType = object.value(u"exportType").toString();
    info.objectType = object.value(u"objectType").toString();
    const QJsonArray properties = object.value(u"objectProperties").toArray();
    for (const auto &p : properties)
        info.objectProperties.append(p.toString());
    info.exportStateText = object.value(u"exportState").toString();
    info.exportState = stateFromText(info.exportStateText);
    info.recordCount = integer(object.value(u"recordCount"), -1);
    info.createdAt = dateTime(object.value(u"createdAt"));
    info.updatedAt = dateTime(object.value(u"updatedAt"));
    return info;
}

} // namespace es
