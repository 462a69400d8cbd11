#include "enums.h"

#include <array>
#include <utility>

namespace es {

namespace {

struct OperatorName
{
    FilterOperator op;
    const char *wire;
};

// Spec order of Filter.operator is alphabetical; this follows the operators' meaning instead so
// that pickers list them in a natural order.
constexpr std::array<OperatorName, 13> operatorNames{{
    {FilterOperator::Eq, "EQ"},
    {FilterOperator::Neq, "NEQ"},
    {FilterOperator::Lt, "LT"},
    {FilterOperator::Lte, "LTE"},
    {FilterOperator::Gt, "GT"},
    {FilterOperator::Gte, "GTE"},
    {FilterOperator::Between, "BETWEEN"},
    {FilterOperator::In, "IN"},
    {FilterOperator::NotIn, "NOT_IN"},
    {FilterOperator::HasProperty, "HAS_PROPERTY"},
    {FilterOperator::NotHasProperty, "NOT_HAS_PROPERTY"},
    {FilterOperator::ContainsToken, "CONTAINS_TOKEN"},
    {FilterOperator::NotContainsToken, "NOT_CONTAINS_TOKEN"},
}};

QString normalized(const QString &text)
{
    return text.trimmed().toUpper();
}

} // namespace

QString toWire(ExportType type)
{
    return type == ExportType::List ? QStringLiteral("LIST") : QStringLiteral("VIEW");
}

QString toWire(FileFormat format)
{
    switch (format) {
    case FileFormat::Csv:
        return QStringLiteral("CSV");
    case FileFormat::Xls:
        return QStringLiteral("XLS");
    case FileFormat::Xlsx:
        return QStringLiteral("XLSX");
    }
    return QStringLiteral("CSV");
}

QString toWire(SortOrder order)
{
    return order == SortOrder::Descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
}

QString toWire(InternalValuesOption option)
{
    return option == InternalValuesOption::Values ? QStringLiteral("VALUES")
                                                  : QStringLiteral("NAMES");
}

QString toWire(FilterOperator op)
{
    for (const OperatorName &entry : operatorNames) {
        if (entry.op == op)
            return QString::fromLatin1(entry.wire);
    }
    return {};
}

std::optional<ExportType> exportTypeFromWire(const QString &text)
{
    const QString t = normalized(text);
    if (t == u"VIEW")
        return ExportType::View;
    if (t == u"LIST")
        return ExportType::List;
    return std::nullopt;
}

std::optional<FileFormat> fileFormatFromWire(const QString &text)
{
    const QString t = normalized(text);
    if (t == u"CSV")
        return FileFormat::Csv;
    if (t == u"XLS")
        return FileFormat::Xls;
    if (t == u"XLSX")
        return FileFormat::Xlsx;
    return std::nullopt;
}

std::optional<SortOrder> sortOrderFromWire(const QString &text)
{
    const QString t = normalized(text);
    if (t == u"ASC" || t == u"ASCENDING")
        return SortOrder::Ascending;
    if (t == u"DESC" || t == u"DESCENDING" || t == u"DES")
        return SortOrder::Descending;
    return std::nullopt;
}

std::optional<InternalValuesOption> internalValuesOptionFromWire(const QString &text)
{
    const QString t = normalized(text);
    if (t == u"NAMES")
        return InternalValuesOption::Names;
    if (t == u"VALUES")
        return InternalValuesOption::Values;
    return std::nullopt;
}

FilterOperator filterOperatorFromWire(const QString &text)
{
    const QString t = normalized(text);
    for (const OperatorName &entry : operatorNames) {
        if (t == QLatin1String(entry.wire))
            return entry.op;
    }
    return FilterOperator::Unknown;
}

QList<FilterOperator> allFilterOperators()
{
    QList<FilterOperator> ops;
    ops.reserve(qsizetype(operatorNames.size()));
    for (const OperatorName &entry : operatorNames)
        ops.append(entry.op);
    return ops;
}

ValueShape valueShape(FilterOperator op)
{
    switch (op) {
    case FilterOperator::Between:
        return ValueShape::Range;
    case FilterOperator::In:
    case FilterOperator::NotIn:
        return ValueShape::List;
    case FilterOperator::HasProperty:
    case FilterOperator::NotHasProperty:
    case FilterOperator::Unknown:
        return ValueShape::None;
    case FilterOperator::Eq:
    case FilterOperator::Neq:
    case FilterOperator::Lt:
    case FilterOperator::Lte:
    case FilterOperator::Gt:
    case FilterOperator::Gte:
    case FilterOperator::ContainsToken:
    case FilterOperator::NotContainsToken:
        return ValueShape::Single;
    }
    return ValueShape::None;
}

QString fileSuffix(FileFormat format)
{
    return toWire(format).toLower();
}

const QStringList &languageCodes()
{
    static const QStringList codes{
        QStringLiteral("AF_ZA"), QStringLiteral("AR_EG"), QStringLiteral("BG"),
        QStringLiteral("BN"),    QStringLiteral("CA_ES"), QStringLiteral("CS"),
        QStringLiteral("DA_DK"), QStringLiteral("DE"),    QStringLiteral("EL_GR"),
        QStringLiteral("EN"),    QStringLiteral("EN_GB"), QStringLiteral("ES"),
        QStringLiteral("ES_MX"), QStringLiteral("ET_EE"), QStringLiteral("FI"),
        QStringLiteral("FR"),    QStringLiteral("FR_CA"), QStringLiteral("HE_IL"),
        QStringLiteral("HI_IN"), QStringLiteral("HR"),    QStringLiteral("HU"),
        QStringLiteral("ID"),    QStringLiteral("IT"),    QStringLiteral("JA"),
        QStringLiteral("KO_KR"), QStringLiteral("LT_LT"), QStringLiteral("MS"),
        QStringLiteral("NL"),    QStringLiteral("NO"),    QStringLiteral("PL"),
        QStringLiteral("PT_BR"), QStringLiteral("PT_PT"), QStringLiteral("RO"),
        QStringLiteral("RU"),    QStringLiteral("SK_SK"), QStringLiteral("SL"),
        QStringLiteral("SV"),    QStringLiteral("TH"),    QStringLiteral("TL"),
        QStringLiteral("TR"),    QStringLiteral("UK"),    QStringLiteral("VI_VN"),
        QStringLiteral("ZH_CN"), QStringLiteral("ZH_HK"), QStringLiteral("ZH_TW"),
    };
    return codes;
}

bool isLanguageCode(const QString &code)
{
    return languageCodes().contains(code);
}

} // namespace es
