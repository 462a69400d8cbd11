#pragma once

#include "apierror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace es {

// 202 answer of POST /crm/v3/exports/export/async (TaskLocator).
struct ExportTask
{
    QString taskId; // opaque digit string; the same value is the export id
    QUrl statusUrl; // links.status; informational, the client builds its own URL from taskId

    static ExportTask fromJson(const QJsonObject &object);
};

// GET /crm/v3/exports/export/async/tasks/{taskId}/status (ActionResponseWithSingleResultURI).
struct ExportStatus
{
    enum class State
    {
        Pending,
        Processing,
        Complete,
        Canceled,
        Unknown
    };

    State state = State::Unknown;
    QString stateText; // as sent
    // The download link: `result`, else the older `downloadUrl`. Needs no token, expires about
    // 5 minutes after this answer: a secret, never logged.
    QUrl result;
    QDateTime requestedAt;
    QDateTime startedAt;
    QDateTime completedAt;
    int numErrors = 0;
    QList<ApiError> errors; // StandardError objects, read like error bodies

    bool isFinal() const { return state == State::Complete || state == State::Canceled; }
    // A CANCELED state or any error: HubSpot's reason in one sentence.
    QString failureMessage() const;

    static State stateFromText(const QString &text);
    static QString stateName(State state);
    static ExportStatus fromJson(const QJsonObject &object);
};

// GET /crm/v3/exports/export/{exportId} (PublicExportResponse): the only answer with a row count
// and the FAILED / PENDING_APPROVAL states.
struct ExportInfo
{
    enum class State
    {
        Enqueued,
        Processing,
        Done,
        Failed,
        Canceled,
        Conflict,
        Deferred,
        Deleted,
        PendingApproval,
        Unknown
    };

    QString id;
    QString exportName;
    QString exportType; // VIEW or LIST
    QString objectType; // "0-1"
    QStringList objectProperties;
    State exportState = State::Unknown;
    QString exportStateText; // as sent
    qint64 recordCount = -1; // -1 when absent
    QDateTime createdAt;
    QDateTime updatedAt;

    static State stateFromText(const QString &text);
    static ExportInfo fromJson(const QJsonObject &object);
};

// What testConnection() found out.
struct ConnectionInfo
{
    bool tokenAccepted = false;
    bool canExport = false;    // crm.export present (as far as a probe can tell)
    QStringList missingScopes; // from a 403 MISSING_SCOPES
    ApiError problem;          // the reason when !tokenAccepted or !canExport
    QString summary;           // one sentence for the Accounts dialog and `accounts test`
};

} // namespace es

Q_DECLARE_METATYPE(es::ExportStatus)
Q_DECLARE_METATYPE(es::ExportInfo)
