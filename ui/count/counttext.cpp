#include "counttext.h"

#include "common/text.h"

#include <QLocale>
#include <algorithm>

namespace es {

QString CountText::number(qint64 value)
{
    return QLocale().toString(value);
}

bool CountText::isEmptyExport(const CountState &state)
{
    return state.status == CountState::Status::Ready && state.total == 0;
}

QString CountText::total(const CountState &state, const QString &singular, const QString &plural)
{
    switch (state.status) {
    case CountState::Status::Idle:
        return {};
    case CountState::Status::NotCountable:
        return tr("The count follows once every filter is complete.");
    case CountState::Status::Counting:
        return tr("Counting…");
    case CountState::Status::Unavailable:
        //: %1 is why, e.g. "HubSpot did not answer in time"
        return tr("Count unavailable: %1").arg(state.reason);
    case CountState::Status::Ready:
        break;
    }
    const QString pluralWord = Text::inSentence(plural);
    if (state.total == 0) {
        return state.isList
                   ? tr("The list holds no %1: the export would be empty and still count as "
                        "one of the day's exports.")
                         .arg(pluralWord)
                   : tr("No %1 match: the export would be empty and still count as one of the "
                        "day's exports.")
                         .arg(pluralWord);
    }
    const QString label = state.total == 1 ? Text::inSentence(singular) : pluralWord;
    //: %1 is a number, %2 the object ("2,345 contacts will be exported")
    return state.isList ? tr("%1 %2 in the list will be exported").arg(number(state.total), label)
                        : tr("%1 %2 will be exported").arg(number(state.total), label);
}

QString CountText::group(const CountState &state, qsizetype index)
{
    if (index < 0 || index >= state.perGroup.size())
        return {};
    const qint64 n = state.perGroup.at(index);
    if (n >= 0)
        //: a filter group's own count, approximate like HubSpot's search total
        return tr("≈ %1 match").arg(number(n));
    if (state.status == CountState::Status::Counting)
        return tr("counting…", "a filter group's count");
    return {};
}

QString CountText::forecast(const ExportForecast &forecast, FileFormat format)
{
    if (forecast.records < 0)
        return {};
    // The units Transfers and Downloads show, so the forecast reads like what arrives.
    const QString size = Text::size(forecast.estimatedBytes);
    const QString kind = toWire(format);
    if (forecast.files > 1) {
        //: %1 a size ("12.5 MB"), %2 the format, %3 the rows per file
        return tr("About %1 in %n %2 files inside one zip (HubSpot splits at %3 rows a file)",
                  nullptr, forecast.files)
            .arg(size, kind, number(forecast.rowsPerFile));
    }
    if (forecast.zipped)
        return tr("About %1 in one %2 file, zipped (HubSpot zips CSV files over 2 MB)")
            .arg(size, kind);
    return tr("About %1 in one %2 file").arg(size, kind);
}

QString CountText::suggestion(const ExportForecast &forecast)
{
    if (!forecast.suggestXlsx)
        return {};
    // A variable, not an expression with a comma: Qt 6.4's lupdate hangs on the latter.
    const int xlsxFiles = int(std::max<qint64>(
        1, (forecast.records + ExportForecast::RowsPerFile - 1) / ExportForecast::RowsPerFile));
    return tr("XLS holds %1 rows a file; XLSX would arrive as %n file(s). Choose XLSX on the "
              "Output page.",
              nullptr, xlsxFiles)
        .arg(number(ExportForecast::RowsPerXlsFile));
}

CountLabel::CountLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setAccessibleName(tr("Record count"));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

void CountLabel::setState(const CountState &state, const QString &singular, const QString &plural)
{
    const QString text = CountText::total(state, singular, plural);
    const bool warn = CountText::isEmptyExport(state);
    setText(warn ? tr("⚠ %1").arg(text) : text);
    setVisible(!text.isEmpty());
    QPalette palette = parentWidget() ? parentWidget()->palette() : QPalette();
    if (warn)
        palette.setColor(QPalette::WindowText, QColor(0x9a, 0x5b, 0x00));
    else if (state.status == CountState::Status::Unavailable)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x30, 0x30));
    else if (state.status != CountState::Status::Ready)
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    setPalette(palette);
    QFont f = font();
    f.setBold(state.status == CountState::Status::Ready);
    setFont(f);
}

} // namespace es
