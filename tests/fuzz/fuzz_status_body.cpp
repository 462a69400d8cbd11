// Status and export bodies as HubSpotClient reads them: the 202 TaskLocator, the polled
// ActionResponseWithSingleResultURI (state, result link, StandardError list) and
// PublicExportResponse, plus the sentences built from them.

#include "fuzzcommon.h"
#include "hubspot/exportstatus.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    es::fuzz::quietQt();
    const QJsonDocument document = QJsonDocument::fromJson(es::fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    const QJsonObject object = document.object();

    const es::ExportStatus status = es::ExportStatus::fromJson(object);
    (void)status.failureMessage();
    (void)status.isFinal();
    (void)es::ExportStatus::stateName(status.state);
    for (const es::ApiError &error : status.errors) {
        (void)error.userMessage();
        (void)error.technicalSummary();
    }
    (void)status.result.host();

    const es::ExportTask task = es::ExportTask::fromJson(object);
    (void)task.statusUrl.toString();
    const es::ExportInfo info = es::ExportInfo::fromJson(object);
    (void)info.objectProperties.size();
    return 0;
}
