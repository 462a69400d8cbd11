#pragma once

#include "count/exportforecast.h"
#include "count/recordcounter.h"

#include <QCoreApplication>
#include <QLabel>
#include <QString>

namespace es {

// The words for a record count and a file forecast, the same on every page that shows them.
class CountText
{
    Q_DECLARE_TR_FUNCTIONS(es::CountText)

public:
    // The whole export: "2,345 contacts will be exported", "Counting…", "Count unavailable:
    // …", or the empty-export warning. `singular` and `plural` are the object's labels.
    static QString total(const CountState &state, const QString &singular, const QString &plural);
    // One filter group: "≈ 1,204 match", "counting…"; empty when there is nothing to say.
    static QString group(const CountState &state, qsizetype index);
    // "About 1.2 MB in one CSV file", "…, zipped", "… in 3 XLS files inside one zip".
    static QString forecast(const ExportForecast &forecast, FileFormat format);
    // The XLSX suggestion when XLS would split; empty otherwise.
    static QString suggestion(const ExportForecast &forecast);
    // A number as the user's locale writes it ("1,204", "1.204").
    static QString number(qint64 value);
    // Ready with 0 records: the export would be empty.
    static bool isEmptyExport(const CountState &state);
};

// A label showing CountText::total(), coloured for a warning (nothing matches) or a failure.
class CountLabel : public QLabel
{
    Q_OBJECT

public:
    explicit CountLabel(QWidget *parent = nullptr);
    void setState(const CountState &state, const QString &singular, const QString &plural);
};

} // namespace es
