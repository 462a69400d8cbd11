#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace es {

// Did the files bring everything? The data rows counted in the downloaded files, HubSpot's
// recordCount for the export and the count the wizard showed before it was started, side by
// side. -1 means unknown (HubSpot did not say, the wizard had not counted, a file was unreadable).
struct Completeness
{
    Q_DECLARE_TR_FUNCTIONS(es::Completeness)

public:
    qint64 rowsInFiles = -1;
    qint64 recordCount = -1;
    qint64 countedBefore = -1;
    QString problem; // why the files could not be counted

    bool isKnown() const { return rowsInFiles >= 0; }
    // The files hold what HubSpot reported (unknown when either is unknown: no alarm).
    bool matches() const
    {
        return rowsInFiles < 0 || recordCount < 0 || rowsInFiles == recordCount;
    }

    // "12,345 records, as HubSpot reported" or "HubSpot reported 12,345; the files hold 12,300";
    // the pre-export count is added when it differs. Empty when nothing was counted.
    QString describe() const;

    bool operator==(const Completeness &) const = default;
    // Only the known numbers: {"rowsInFiles":…, "recordCount":…, "countedBefore":…}.
    QJsonObject toJson() const;
    static Completeness fromJson(const QJsonObject &object);
};

} // namespace es
