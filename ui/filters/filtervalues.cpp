#include "filtervalues.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace es::FilterValues {

namespace {

std::optional<qint64> epochMs(const QString &value)
{
    bool ok = false;
    const qint64 ms = value.trimmed().toLongLong(&ok);
    if (ok)
        return ms;
    return std::nullopt;
}

} // namespace

QString fromDate(QDate date)
{
    return QString::number(QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
}

QString fromLocalDateTime(const QDateTime &local)
{
    return QString::number(local.toMSecsSinceEpoch());
}

std::optional<QDate> toDate(const QString &value)
{
    if (const auto ms = epochMs(value))
        return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).date();
    const QDate date = QDate::fromString(value.trimmed().left(10), Qt::ISODate);
    if (date.isValid())
        return date;
    return std::nullopt;
}

std::optional<QDateTime> toLocalDateTime(const QString &value)
{
    if (const auto ms = epochMs(value))
        return QDateTime::fromMSecsSinceEpoch(*ms).toLocalTime();
    QDateTime parsed = QDateTime::fromString(value.trimmed(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(value.trimmed(), Qt::ISODate);
    if (parsed.isValid())
        return parsed.toLocalTime();
    return std::nullopt;
}

QList<PropertyOption> choices(const PropertyDef *property)
{
    if (!property)
        return {};
    if (!property->options.isEmpty())
        return property->options;
    if (property->type == PropertyDef::Type::Bool) {
        PropertyOption yes;
        //: The value "true" of a yes/no property in a filter
        yes.label = QCoreApplication::translate("es::FilterValues", "Yes");
        yes.value = QStringLiteral("true");
        PropertyOption no;
        //: The value "false" of a yes/no property in a filter
        no.label = QCoreApplication::translate("es::FilterValues", "No");
        no.value = QStringLiteral("false");
        no.displayOrder = 1;
        return {yes, no};
    }
    return {};
}

QString display(const QString &value, const PropertyDef *property)
{
    if (value.isEmpty())
        return QCoreApplication::translate("es::FilterValues", "(empty)");
    if (!property)
        return value;
    switch (property->type) {
    case PropertyDef::Type::Date:
        if (const auto date = toDate(value))
            return QLocale().toString(*date, dateFormat());
        break;
    case PropertyDef::Type::DateTime:
        if (const auto dateTime = toLocalDateTime(value)) {
            // Midnight reads as a day, which is what people usually pick.
            if (dateTime->time() == QTime(0, 0))
                return QLocale().toString(dateTime->date(), dateFormat());
            return QLocale().toString(*dateTime, dateFormat(true));
        }
        break;
    case PropertyDef::Type::Enumeration:
    case PropertyDef::Type::Bool:
        for (const PropertyOption &option : choices(property)) {
            if (option.value == value)
                return option.label.isEmpty() ? value : option.label;
        }
        break;
    default:
        break;
    }
    return value;
}

QString dateFormat(bool withTime)
{
    // The locale's long date without the weekday, with abbreviated month names: the month in
    // words avoids the day/month ambiguity of numeric dates, "d MMM yyyy" looked wrong in Japanese.
    static const QRegularExpression weekday(QStringLiteral(R"(dddd[,\s]*)"));
    QString format = QLocale().dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    format.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    format = format.trimmed();
    if (withTime)
        format += QLatin1Char(' ') + QLocale().timeFormat(QLocale::ShortFormat);
    return format;
}

} // namespace es::FilterValues
