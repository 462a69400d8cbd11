#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace es {

// Wire names are HubSpot's (upper case). Parsing accepts any case because HubSpot's own guide
// shows lower-case examples ("xlsx"); writing always uses the spec's upper-case enum.

enum class ExportType
{
    View,
    List
};
enum class FileFormat
{
    Csv,
    Xls,
    Xlsx
};
enum class SortOrder
{
    Ascending,
    Descending
};
enum class InternalValuesOption
{
    Names,
    Values
};

// The 13 operators of the spec's Filter.operator enum. Unknown is kept so that a request file
// with a typo survives decoding and validate() can name the field instead of dropping it.
enum class FilterOperator
{
    Unknown,
    Eq,
    Neq,
    Lt,
    Lte,
    Gt,
    Gte,
    Between,
    In,
    NotIn,
    HasProperty,
    NotHasProperty,
    ContainsToken,
    NotContainsToken,
};

// Which of Filter's value fields an operator uses.
enum class ValueShape
{
    None,
    Single,
    Range,
    List
};

QString toWire(ExportType type);
QString toWire(FileFormat format);
QString toWire(SortOrder order);
QString toWire(InternalValuesOption option);
QString toWire(FilterOperator op);

std::optional<ExportType> exportTypeFromWire(const QString &text);
std::optional<FileFormat> fileFormatFromWire(const QString &text);
// Accepts ASC/DESC, ASCENDING/DESCENDING (CRM search's spelling) and HubSpot's old "DES".
std::optional<SortOrder> sortOrderFromWire(const QString &text);
std::optional<InternalValuesOption> internalValuesOptionFromWire(const QString &text);
FilterOperator filterOperatorFromWire(const QString &text);

QList<FilterOperator> allFilterOperators();
ValueShape valueShape(FilterOperator op);

// Lower-case file suffix without the dot ("csv").
QString fileSuffix(FileFormat format);

// The 45 language codes of the v3 spec, in the spec's order.
const QStringList &languageCodes();
bool isLanguageCode(const QString &code);

} // namespace es
