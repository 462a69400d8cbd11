#include "completeness.h"

#include <QLocale>

namespace es {

QString Completeness::describe() const
{
    const QLocale locale;
    QString text;
    if (rowsInFiles < 0) {
        if (!problem.isEmpty())
            //: %1 why the downloaded files could not be counted (a sentence)
            return tr("The records in the files could not be counted: %1").arg(problem);
        return {};
    }
    if (recordCount < 0)
        //: %1 the number of data rows in the downloaded files
        text = tr("%1 records in the files (HubSpot did not report a count)")
                   .arg(locale.toString(rowsInFiles));
    else if (rowsInFiles == recordCount)
        text = tr("%1 records, as HubSpot reported").arg(locale.toString(rowsInFiles));
    else
        //: %1 HubSpot's recordCount, %2 the data rows in the downloaded files
        text = tr("HubSpot reported %1; the files hold %2")
                   .arg(locale.toString(recordCount), locale.toString(rowsInFiles));
    if (countedBefore >= 0 && countedBefore != rowsInFiles)
        //: Appended: %1 the records counted before the export was started
        text += tr(" (counted before the start: %1)").arg(locale.toString(countedBefore));
    return text;
}

QJsonObject Completeness::toJson() const
{
    QJsonObject o;
    if (rowsInFiles >= 0)
        o[u"rowsInFiles"] = rowsInFiles;
    if (recordCount >= 0)
        o[u"recordCount"] = recordCount;
    if (countedBefore >= 0)
        o[u"countedBefore"] = countedBefore;
    if (!problem.isEmpty())
        o[u"problem"] = problem;
    return o;
}

Completeness Completeness::fromJson(const QJsonObject &o)
{
    Completeness c;
    c.rowsInFiles = o.value(u"rowsInFiles").toInteger(-1);
    c.recordCount = o.value(u"recordCount").toInteger(-1);
    c.countedBefore = o.value(u"countedBefore").toInteger(-1);
    c.problem = o.value(u"problem").toString();
    return c;
}

} // namespace es
