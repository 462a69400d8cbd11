#include "requestcodec.h"

#include "objecttype.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <cmath>

namespace es::RequestCodec {

namespace {

// Messages about request files: shown by the wizard when a request is imported.
struct CodecText
{
    Q_DECLARE_TR_FUNCTIONS(es::RequestCodec)
};

// ---------------------------------------------------------------- writing

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject sortToJson(const Sort &sort)
{
    return QJsonObject{{QStringLiteral("propertyName"), sort.propertyName},
                       {QStringLiteral("order"), toWire(sort.order)}};
}

// ---------------------------------------------------------------- reading

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        //: A JSON value's type, completes "Expected %1 but found %2"
        return CodecText::tr("a boolean");
    case QJsonValue::Double:
        return CodecText::tr("a number");
    case QJsonValue::String:
        return CodecText::tr("a string");
    case QJsonValue::Array:
        return CodecText::tr("an array");
    case QJsonValue::Object:
        return CodecText::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    //: A JSON value's type, completes "Expected %1 but found %2": the field is absent
    return CodecText::tr("missing");
}

class Reader
{
public:
    QList<ValidationIssue> issues;

    void error(const QString &field, const QString &message)
    {
        issues.append({field, message, ValidationIssue::Severity::Error});
    }
    void warning(const QString &field, const QString &message)
    {
        issues.append({field, message, ValidationIssue::Severity::Warning});
    }

    void wrongType(const QString &field, const QJsonValue &value, const QString &expected)
    {
        //: %1 and %2 are JSON types such as "a string" or "an array"
        error(field, CodecText::tr("Expected %1 but found %2. Write it as %1.")
                         .arg(expected, typeName(value)));
    }

    void unknownFields(const QJsonObject &object, const QString &prefix,
                       std::initializer_list<QStringView> known)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool isKnown = false;
            for (QStringView name : known)
                isKnown = isKnown || it.key() == name;
            if (!isKnown) {
                warning(prefix.isEmpty() ? it.key() : prefix + u'.' + it.key(),
                        CodecText::tr("Unknown field \"%1\" is ignored. Check its spelling or "
                                      "remove it.")
                            .arg(it.key()));
            }
        }
    }

    bool readString(const QJsonValue &value, const QString &field, QString *out)
    {
        if (value.isString()) {
            *out = value.toString();
            return true;
        }
        wrongType(field, value, CodecText::tr("a string"));
        return false;
    }

    // Filter values are strings on the wire; numbers and booleans people type are taken as the
    // text they stand for.
    bool readScalar(const QJsonValue &value, const QString &field, QString *out)
    {
        if (value.isString()) {
            *out = value.toString();
            return true;
        }
        if (value.isDouble()) {
            *out = numberText(value.toDouble());
            return true;
        }
        if (value.isBool()) {
            *out = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            return true;
        }
        wrongType(field, value, CodecText::tr("a string"));
        return false;
    }

    static QString numberText(double number)
    {
        if (std::floor(number) == number && std::abs(number) < 9.0e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }

    bool readBool(const QJsonValue &value, const QString &field, bool *out)
    {
        if (value.isBool()) {
            *out = value.toBool();
            return true;
        }
        wrongType(field, value, CodecText::tr("true or false"));
        return false;
    }

    // An array of strings; a single string is read as a one-element list where `single` allows.
    bool readStringList(const QJsonValue &value, const QString &field, QStringList *out,
                        bool single)
    {
        if (single && value.isString()) {
            const QString text = value.toString();
            *out = text.isEmpty() ? QStringList() : QStringList{text};
            return true;
        }
        if (!value.isArray()) {
            wrongType(field, value, CodecText::tr("an array of strings"));
            return false;
        }
        out->clear();
        const QJsonArray array = value.toArray();
        bool ok = true;
        for (qsizetype i = 0; i < array.size(); ++i) {
            QString item;
            if (readString(array.at(i), field + QStringLiteral("[%1]").arg(i), &item))
                out->append(item);
            else
                ok = false;
        }
        return ok;
    }

    Filter readFilter(const QJsonValue &value, const QString &path)
    {
        Filter filter;
        if (!value.isObject()) {
            wrongType(path, value, CodecText::tr("an object with propertyName and operator"));
            return filter;
        }
        const QJsonObject object = value.toObject();

        if (object.contains(u"propertyName")) {
            readString(object.value(u"propertyName"), path + u".propertyName",
                       &filter.propertyName);
        } else if (object.contains(u"property")) {
            // One of HubSpot's own guide examples spells it "property".
            readString(object.value(u"property"), path + u".property", &filter.propertyName);
            warning(path + u".property",
                    CodecText::tr("\"property\" was read as \"propertyName\", the name HubSpot "
                                  "expects. Rename the field."));
        } else {
            error(path + u".propertyName",
                  CodecText::tr("The filter has no propertyName. Add the property to filter "
                                "on."));
        }

        if (object.contains(u"operator")) {
            QString text;
            if (readString(object.value(u"operator"), path + u".operator", &text)) {
                filter.op = filterOperatorFromWire(text);
                if (filter.op == FilterOperator::Unknown)
                    filter.operatorText = text;
            } else {
                filter.op = FilterOperator::Unknown;
            }
        } else {
            filter.op = FilterOperator::Unknown;
            error(path + u".operator",
                  CodecText::tr("The filter has no operator. Add one, for example \"EQ\"."));
        }

        if (object.contains(u"value"))
            readScalar(object.value(u"value"), path + u".value", &filter.value);
        if (object.contains(u"highValue"))
            readScalar(object.value(u"highValue"), path + u".highValue", &filter.highValue);
        if (object.contains(u"values")) {
            const QJsonValue values = object.value(u"values");
            if (values.isArray()) {
                const QJsonArray array = values.toArray();
                for (qsizetype i = 0; i < array.size(); ++i) {
                    QString item;
                    if (readScalar(array.at(i), path + QStringLiteral(".values[%1]").arg(i), &item))
                        filter.values.append(item);
                }
            } else {
                wrongType(path + u".values", values, CodecText::tr("an array of strings"));
            }
        }
        unknownFields(
            object, path,
            {u"propertyName", u"property", u"operator", u"value", u"highValue", u"values"});
        return filter;
    }

    QList<Filter> readFilterList(const QJsonValue &value, const QString &path)
    {
        QList<Filter> filters;
        if (!value.isArray()) {
            wrongType(path, value, CodecText::tr("an array of filters"));
            return filters;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            filters.append(readFilter(array.at(i), path + QStringLiteral("[%1]").arg(i)));
        return filters;
    }

    std::optional<Sort> readSort(const QJsonValue &value, const QString &path)
    {
        Sort sort;
        if (value.isString()) {
            // The spec's string form cannot carry a direction; "-name" is the common convention.
            QString text = value.toString().trimmed();
            if (text.startsWith(u'-')) {
                sort.order = SortOrder::Descending;
                text.remove(0, 1);
            }
            sort.propertyName = text;
            return sort;
        }
        if (!value.isObject()) {
            wrongType(path, value,
                      CodecText::tr("an object {\"propertyName\", \"order\": \"ASC\"|\"DESC\"} "
                                    "or a property name"));
            return std::nullopt;
        }
        const QJsonObject object = value.toObject();
        if (object.contains(u"propertyName"))
            readString(object.value(u"propertyName"), path + u".propertyName", &sort.propertyName);
        else
            error(path + u".propertyName",
                  CodecText::tr("The sort rule has no propertyName. Add the property to sort "
                                "by."));
        for (const QStringView key : {QStringView(u"order"), QStringView(u"direction")}) {
            if (!object.contains(key))
                continue;
            QString text;
            const QString field = path + u'.' + key.toString();
            if (!readString(object.value(key), field, &text))
                continue;
            if (const std::optional<SortOrder> order = sortOrderFromWire(text))
                sort.order = *order;
            else
                error(field,
                      CodecText::tr("Unknown sort order \"%1\". Use ASC or DESC.").arg(text));
        }
        unknownFields(object, path, {u"propertyName", u"order", u"direction"});
        return sort;
    }

    std::optional<SearchRequest> readSearch(const QJsonValue &value)
    {
        const QString base = QStringLiteral("publicCrmSearchRequest");
        if (value.isNull() || value.isUndefined())
            return std::nullopt;
        if (!value.isObject()) {
            wrongType(base, value, CodecText::tr("an object"));
            return std::nullopt;
        }
        const QJsonObject object = value.toObject();
        SearchRequest search;

        if (object.contains(u"filterGroups")) {
            const QJsonValue groups = object.value(u"filterGroups");
            if (groups.isArray()) {
                const QJsonArray array = groups.toArray();
                for (qsizetype g = 0; g < array.size(); ++g) {
                    const QString groupPath = base + QStringLiteral(".filterGroups[%1]").arg(g);
                    const QJsonValue group = array.at(g);
                    FilterGroup filterGroup;
                    if (!group.isObject()) {
                        wrongType(groupPath, group, CodecText::tr("an object with \"filters\""));
                        continue;
                    }
                    const QJsonObject groupObject = group.toObject();
                    if (groupObject.contains(u"filters"))
                        filterGroup.filters =
                            readFilterList(groupObject.value(u"filters"), groupPath + u".filters");
                    unknownFields(groupObject, groupPath, {u"filters"});
                    search.filterGroups.append(filterGroup);
                }
            } else {
                wrongType(base + u".filterGroups", groups, CodecText::tr("an array of groups"));
            }
        }

        if (object.contains(u"filters")) {
            const QList<Filter> flat = readFilterList(object.value(u"filters"), base + u".filters");
            if (!flat.isEmpty()) {
                if (!search.filterGroups.isEmpty()) {
                    warning(base + u".filters",
                            CodecText::tr("Both \"filters\" and \"filterGroups\" are given; the "
                                          "flat filters were added as one more group (matched "
                                          "with OR). Move them into \"filterGroups\" to make "
                                          "that explicit."));
                }
                search.filterGroups.append(FilterGroup{flat});
            }
        }

        if (object.contains(u"sorts")) {
            const QJsonValue sorts = object.value(u"sorts");
            if (sorts.isArray()) {
                const QJsonArray array = sorts.toArray();
                for (qsizetype i = 0; i < array.size(); ++i) {
                    if (std::optional<Sort> sort =
                            readSort(array.at(i), base + QStringLiteral(".sorts[%1]").arg(i)))
                        search.sorts.append(*sort);
                }
            } else {
                wrongType(base + u".sorts", sorts, CodecText::tr("an array of sort rules"));
            }
        }

        if (object.contains(u"query")) {
            const QJsonValue query = object.value(u"query");
            if (!query.isNull())
                readString(query, base + u".query", &search.query);
        }

        unknownFields(object, base, {u"filterGroups", u"filters", u"sorts", u"query"});
        return search;
    }
};

} // namespace

QJsonObject toJson(const Filter &filter)
{
    QJsonObject object{
        {QStringLiteral("propertyName"), filter.propertyName},
        {QStringLiteral("operator"),
         filter.op == FilterOperator::Unknown ? filter.operatorText : toWire(filter.op)},
    };
    if (filter.op == FilterOperator::Unknown) {
        // We cannot know which fields an operator we do not know uses: keep every value the
        // user gave, so saving a preset again never loses them (validate() reports the operator).
        if (!filter.value.isEmpty())
            object.insert(QStringLiteral("value"), filter.value);
        if (!filter.highValue.isEmpty())
            object.insert(QStringLiteral("highValue"), filter.highValue);
        if (!filter.values.isEmpty())
            object.insert(QStringLiteral("values"), toArray(filter.values));
        return object;
    }
    switch (valueShape(filter.op)) {
    case ValueShape::Single:
        object.insert(QStringLiteral("value"), filter.value);
        break;
    case ValueShape::Range:
        object.insert(QStringLiteral("value"), filter.value);
        object.insert(QStringLiteral("highValue"), filter.highValue);
        break;
    case ValueShape::List:
        object.insert(QStringLiteral("values"), toArray(filter.values));
        break;
    case ValueShape::None:
        break;
    }
    return object;
}

QJsonObject toJson(const SearchRequest &search)
{
    QJsonArray groups;
    for (const FilterGroup &group : search.filterGroups) {
        QJsonArray filters;
        for (const Filter &filter : group.filters)
            filters.append(toJson(filter));
        groups.append(QJsonObject{{QStringLiteral("filters"), filters}});
    }
    QJsonArray sorts;
    for (const Sort &sort : search.sorts)
        sorts.append(sortToJson(sort));

    QJsonObject object{
        {QStringLiteral("filterGroups"), groups},
        // Legacy flat list: the spec still marks it required, so it is sent empty.
        {QStringLiteral("filters"), QJsonArray()},
        {QStringLiteral("sorts"), sorts},
    };
    if (!search.query.isEmpty())
        object.insert(QStringLiteral("query"), search.query);
    return object;
}

QJsonObject toJson(const ExportRequest &request)
{
    QJsonArray internalValues;
    for (InternalValuesOption option : request.exportInternalValuesOptions)
        internalValues.append(toWire(option));

    QJsonObject object{
        {QStringLiteral("exportType"), toWire(request.exportType)},
        {QStringLiteral("exportName"), request.exportName},
        {QStringLiteral("format"), toWire(request.format)},
        {QStringLiteral("language"), request.language},
        {QStringLiteral("objectType"), request.objectType},
        {QStringLiteral("objectProperties"), toArray(request.objectProperties)},
        {QStringLiteral("associatedObjectType"), toArray(request.associatedObjectType)},
        {QStringLiteral("includeLabeledAssociations"), request.includeLabeledAssociations},
        {QStringLiteral("includePrimaryDisplayPropertyForAssociatedObjects"),
         request.effectiveIncludePrimaryDisplay()},
        {QStringLiteral("exportInternalValuesOptions"), internalValues},
        {QStringLiteral("overrideAssociatedObjectsPerDefinitionPerRowLimit"),
         request.overrideAssociatedObjectsPerDefinitionPerRowLimit},
    };
    if (request.exportType == ExportType::List)
        object.insert(QStringLiteral("listId"), request.listId);
    else if (request.search)
        object.insert(QStringLiteral("publicCrmSearchRequest"), toJson(*request.search));
    return object;
}

QByteArray toBytes(const ExportRequest &request, bool indented)
{
    return QJsonDocument(toJson(request))
        .toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

DecodeResult fromJson(const QJsonObject &object)
{
    Reader in;
    ExportRequest request;

    if (object.contains(u"exportType")) {
        QString text;
        if (in.readString(object.value(u"exportType"), QStringLiteral("exportType"), &text)) {
            if (const std::optional<ExportType> type = exportTypeFromWire(text))
                request.exportType = *type;
            else
                in.error(QStringLiteral("exportType"),
                         CodecText::tr("Unknown export type \"%1\". Use VIEW to export records "
                                       "that match filters, or LIST to export a list.")
                             .arg(text));
        }
    } else {
        request.exportType = object.contains(u"listId") ? ExportType::List : ExportType::View;
        in.warning(QStringLiteral("exportType"),
                   CodecText::tr("exportType is missing; %1 was assumed. Add \"exportType\": "
                                 "\"%1\" to make it explicit.")
                       .arg(toWire(request.exportType)));
    }

    if (object.contains(u"exportName"))
        in.readString(object.value(u"exportName"), QStringLiteral("exportName"),
                      &request.exportName);

    if (object.contains(u"format")) {
        QString text;
        if (in.readString(object.value(u"format"), QStringLiteral("format"), &text)) {
            if (const std::optional<FileFormat> format = fileFormatFromWire(text))
                request.format = *format;
            else
                in.error(
                    QStringLiteral("format"),
                    CodecText::tr("Unknown file format \"%1\". Use CSV, XLS or XLSX.").arg(text));
        }
    } else {
        in.warning(QStringLiteral("format"),
                   CodecText::tr("format is missing; CSV was assumed. Add \"format\": \"CSV\", "
                                 "\"XLS\" or \"XLSX\"."));
    }

    if (object.contains(u"language")) {
        QString text;
        if (in.readString(object.value(u"language"), QStringLiteral("language"), &text))
            request.language = text.trimmed().toUpper(); // validate() names unknown codes
    } else {
        in.warning(QStringLiteral("language"),
                   CodecText::tr("language is missing; EN was assumed. Add \"language\" to "
                                 "choose the language of the column headers."));
    }

    if (object.contains(u"objectType")) {
        QString text;
        if (in.readString(object.value(u"objectType"), QStringLiteral("objectType"), &text))
            request.objectType = ObjectTypes::canonicalName(text.trimmed());
    } else {
        request.objectType.clear();
        in.error(QStringLiteral("objectType"),
                 CodecText::tr("objectType is missing. Add the object to export, for example "
                               "\"CONTACT\" or a custom object id such as \"2-12345\"."));
    }

    if (object.contains(u"objectProperties"))
        in.readStringList(object.value(u"objectProperties"), QStringLiteral("objectProperties"),
                          &request.objectProperties, false);

    if (object.contains(u"associatedObjectType")) {
        const QJsonValue value = object.value(u"associatedObjectType");
        if (!value.isNull()) {
            QStringList types;
            if (in.readStringList(value, QStringLiteral("associatedObjectType"), &types, true)) {
                for (QString &type : types)
                    type = ObjectTypes::canonicalName(type.trimmed());
                request.associatedObjectType = types;
            }
        }
    }

    if (object.contains(u"includeLabeledAssociations"))
        in.readBool(object.value(u"includeLabeledAssociations"),
                    QStringLiteral("includeLabeledAssociations"),
                    &request.includeLabeledAssociations);

    if (object.contains(u"includePrimaryDisplayPropertyForAssociatedObjects")) {
        bool value = false;
        if (in.readBool(object.value(u"includePrimaryDisplayPropertyForAssociatedObjects"),
                        QStringLiteral("includePrimaryDisplayPropertyForAssociatedObjects"),
                        &value)) {
            // The writer always sends the effective value; reading a value that equals
            // HubSpot's default back as "unset" keeps toJson -> fromJson lossless.
            if (value != request.effectiveIncludePrimaryDisplay())
                request.includePrimaryDisplayPropertyForAssociatedObjects = value;
        }
    }

    if (object.contains(u"exportInternalValuesOptions")) {
        QStringList texts;
        const QString field = QStringLiteral("exportInternalValuesOptions");
        if (in.readStringList(object.value(u"exportInternalValuesOptions"), field, &texts, true)) {
            for (qsizetype i = 0; i < texts.size(); ++i) {
                const std::optional<InternalValuesOption> option =
                    internalValuesOptionFromWire(texts.at(i));
                if (!option) {
                    in.error(field + QStringLiteral("[%1]").arg(i),
                             CodecText::tr("Unknown option \"%1\". Use NAMES (internal names as "
                                           "headers) and/or VALUES (raw values).")
                                 .arg(texts.at(i)));
                } else if (!request.exportInternalValuesOptions.contains(*option)) {
                    request.exportInternalValuesOptions.append(*option);
                }
            }
        }
    }

    if (object.contains(u"overrideAssociatedObjectsPerDefinitionPerRowLimit"))
        in.readBool(object.value(u"overrideAssociatedObjectsPerDefinitionPerRowLimit"),
                    QStringLiteral("overrideAssociatedObjectsPerDefinitionPerRowLimit"),
                    &request.overrideAssociatedObjectsPerDefinitionPerRowLimit);

    if (object.contains(u"listId")) {
        const QJsonValue value = object.value(u"listId");
        if (value.isString()) {
            request.listId = value.toString().trimmed();
        } else if (value.isDouble() && value.toDouble() >= 0 &&
                   std::floor(value.toDouble()) == value.toDouble()) {
            request.listId = Reader::numberText(value.toDouble());
        } else if (!value.isNull()) {
            in.wrongType(QStringLiteral("listId"), value, CodecText::tr("a string of digits"));
        }
    }

    if (object.contains(u"publicCrmSearchRequest"))
        request.search = in.readSearch(object.value(u"publicCrmSearchRequest"));

    in.unknownFields(object, QString(),
                     {u"exportType", u"exportName", u"format", u"language", u"objectType",
                      u"objectProperties", u"associatedObjectType", u"includeLabeledAssociations",
                      u"includePrimaryDisplayPropertyForAssociatedObjects",
                      u"exportInternalValuesOptions",
                      u"overrideAssociatedObjectsPerDefinitionPerRowLimit", u"listId",
                      u"publicCrmSearchRequest"});

    return {request, in.issues};
}

DecodeResult fromBytes(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        DecodeResult result;
        result.issues.append({QString(),
                              CodecText::tr("The request is not valid JSON: %1 at offset %2. Fix "
                                            "the syntax there (a missing comma or quote is the "
                                            "usual cause).")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset),
                              ValidationIssue::Severity::Error});
        return result;
    }
    if (!document.isObject()) {
        DecodeResult result;
        result.issues.append({QString(),
                              CodecText::tr("The request must be a JSON object ({ ... }) with "
                                            "exportType, exportName, format and the other "
                                            "fields."),
                              ValidationIssue::Severity::Error});
        return result;
    }
    return fromJson(document.object());
}

} // namespace es::RequestCodec
