// HubSpot's CRM search semantics, applied to the sandbox dataset.
//
// Decisions (HubSpot's docs leave them open; these follow its Elasticsearch-backed behaviour,
// where a negated condition is "not (condition)"):
// - EQ/NEQ/IN/NOT_IN compare strings case-insensitively; enumeration values exactly (HubSpot:
//   "enumeration properties match case-sensitively"); bool as true/false in any case.
// - Numbers compare numerically; date and datetime values as epoch milliseconds (ISO dates and
//   date-times are accepted too); date properties compare by day (UTC).
// - LT/LTE/GT/GTE/BETWEEN on strings compare lexicographically, case-insensitively. BETWEEN is
//   inclusive at both ends.
// - Multiple-checkbox properties (enumeration, fieldType "checkbox") hold several values joined by
//   ';': EQ and IN match when any selected value matches, NEQ and NOT_IN when none does (HubSpot
//   indexes each selected value on its own).
// - A record without a value never matches EQ, LT..GTE, BETWEEN, IN, CONTAINS_TOKEN or
//   HAS_PROPERTY; it does match NEQ, NOT_IN, NOT_CONTAINS_TOKEN and NOT_HAS_PROPERTY.
// - CONTAINS_TOKEN: see valuetext::containsToken.
// - `query`: case-insensitive substring over the object's searchable properties.
// - One sort (the first); records without a value sort last in both directions; ties and the
//   default order are record id ascending.

#include "selection.h"
#include "valuetext.h"

#include <algorithm>

namespace sandbox {
namespace {

using es::FilterOperator;

enum class Compare
{
    Numeric,
    Exact,
    CaseInsensitive
};

// Local copies of the model's operator helpers: the sandbox must not depend on when another
// library's .cpp lands, and these are HubSpot's fixed wire names.
enum class Shape
{
    None,
    Single,
    Range,
    List
};

Shape shapeOf(FilterOperator op)
{
    switch (op) {
    case FilterOperator::HasProperty:
    case FilterOperator::NotHasProperty:
    case FilterOperator::Unknown:
        return Shape::None;
    case FilterOperator::Between:
        return Shape::Range;
    case FilterOperator::In:
    case FilterOperator::NotIn:
        return Shape::List;
    default:
        return Shape::Single;
    }
}

QString wireName(FilterOperator op)
{
    static const char *names[] = {"UNKNOWN",
                                  "EQ",
                                  "NEQ",
                                  "LT",
                                  "LTE",
                                  "GT",
                                  "GTE",
                                  "BETWEEN",
                                  "IN",
                                  "NOT_IN",
                                  "HAS_PROPERTY",
                                  "NOT_HAS_PROPERTY",
                                  "CONTAINS_TOKEN",
                                  "NOT_CONTAINS_TOKEN"};
    return QString::fromLatin1(names[int(op)]);
}

Compare compareKind(const PropertySpec &spec)
{
    if (spec.type == u"number" || spec.type == u"date" || spec.type == u"datetime")
        return Compare::Numeric;
    if (spec.type == u"enumeration")
        return Compare::Exact;
    return Compare::CaseInsensitive; // string, phone_number, bool
}

class FilterMatcher
{
public:
    FilterMatcher(const ObjectStore &store, const es::Filter &filter, const QString &field,
                  QList<RequestError> &errors)
        : m_op(filter.op)
    {
        const int index = store.indexOf(filter.propertyName);
        if (index < 0) {
            errors.append({field + QStringLiteral(".propertyName"),
                           QStringLiteral("Property '%1' does not exist on %2 (%3). Use the "
                                          "internal name from GET /crm/v3/properties/%3.")
                               .arg(filter.propertyName, store.plural, store.typeId)});
            return;
        }
        if (m_op == FilterOperator::Unknown) {
            errors.append({field + QStringLiteral(".operator"),
                           QStringLiteral("Unknown operator '%1'. Use one of EQ, NEQ, LT, LTE, GT, "
                                          "GTE, BETWEEN, IN, NOT_IN, HAS_PROPERTY, "
                                          "NOT_HAS_PROPERTY, CONTAINS_TOKEN, NOT_CONTAINS_TOKEN.")
                               .arg(filter.operatorText)});
            return;
        }
        m_spec = &store.properties[index];
        m_column = &store.columns[size_t(index)];
        m_kind = compareKind(*m_spec);
        m_dateOnly = m_spec->type == u"date";
        m_multi = m_spec->type == u"enumeration" && m_spec->fieldType == u"checkbox";
        const bool isTime = m_spec->type == u"date" || m_spec->type == u"datetime";
        m_tokens = valuetext::tokenPatterns(filter.value);

        auto numeric = [&](const QString &text, const QString &where) -> double {
            const std::optional<double> value =
                isTime
                    ? (valuetext::parseTime(text, m_dateOnly).has_value()
                           ? std::optional<double>(double(*valuetext::parseTime(text, m_dateOnly)))
                           : std::nullopt)
                    : valuetext::parseNumber(text);
            if (!value) {
                errors.append(
                    {field + where,
                     isTime
                         ? QStringLiteral("'%1' is not a date for %2: use epoch "
                                          "milliseconds or an ISO date (2024-03-05).")
                               .arg(text, m_spec->name)
                         : QStringLiteral("'%1' is not a number for %2.").arg(text, m_spec->name)});
                return 0;
            }
            return *value;
        };
        const Shape shape = shapeOf(m_op);
        const bool tokenOp =
            m_op == FilterOperator::ContainsToken || m_op == FilterOperator::NotContainsToken;
        if (shape == Shape::Single || shape == Shape::Range) {
            if (filter.value.isEmpty())
                errors.append({field + QStringLiteral(".value"),
                               QStringLiteral("%1 needs a value.").arg(wireName(m_op))});
            else if (m_kind == Compare::Numeric && !tokenOp)
                m_low = numeric(filter.value, QStringLiteral(".value"));
        }
        if (shape == Shape::Range) {
            if (filter.highValue.isEmpty())
                errors.append({field + QStringLiteral(".highValue"),
                               QStringLiteral("BETWEEN needs a highValue.")});
            else if (m_kind == Compare::Numeric)
                m_high = numeric(filter.highValue, QStringLiteral(".highValue"));
        }
        if (shape == Shape::List) {
            if (filter.values.isEmpty())
                errors.append({field + QStringLiteral(".values"),
                               QStringLiteral("%1 needs at least one value in values[].")
                                   .arg(wireName(m_op))});
            for (const QString &value : filter.values) {
                if (m_kind == Compare::Numeric)
                    m_numbers.push_back(numeric(value, QStringLiteral(".values")));
                else
                    m_values.append(value);
            }
        }
        m_value = filter.value;
        m_highValue = filter.highValue;
        if (m_column->kind == Column::Kind::Pool) {
            m_poolMatch.resize(size_t(m_column->pool.size()));
            for (qsizetype i = 0; i < m_column->pool.size(); ++i)
                m_poolMatch[size_t(i)] = matchText(m_column->pool[i]);
        }
    }

    bool valid() const { return m_column != nullptr; }

    bool matches(quint32 row) const
    {
        switch (m_column->kind) {
        case Column::Kind::Pool:
            return m_poolMatch[m_column->poolIndex[row]];
        case Column::Kind::Text:
            return matchText(m_column->texts[row]);
        case Column::Kind::Int:
            break;
        }
        const qint64 stored = m_column->ints[row];
        if (stored == Column::kEmpty)
            return matchesEmpty();
        if (m_op == FilterOperator::ContainsToken || m_op == FilterOperator::NotContainsToken)
            return matchText(m_column->raw(row));
        return matchNumber(*m_column->number(row));
    }

private:
    bool matchesEmpty() const
    {
        return m_op == FilterOperator::Neq || m_op == FilterOperator::NotIn ||
               m_op == FilterOperator::NotContainsToken || m_op == FilterOperator::NotHasProperty;
    }

    int compare(const QString &a, const QString &b) const
    {
        return QString::compare(a, b,
                                m_kind == Compare::Exact ? Qt::CaseSensitive : Qt::CaseInsensitive);
    }

    bool matchText(const QString &raw) const
    {
        if (raw.isEmpty())
            return matchesEmpty();
        if (m_multi && raw.contains(u';')) {
            const bool negated = m_op == FilterOperator::Neq || m_op == FilterOperator::NotIn;
            const bool equality =
                negated || m_op == FilterOperator::Eq || m_op == FilterOperator::In;
            if (equality) {
                const FilterOperator positive = m_op == FilterOperator::Neq     ? FilterOperator::Eq
                                                : m_op == FilterOperator::NotIn ? FilterOperator::In
                                                                                : m_op;
                bool any = false;
                for (const QString &part : raw.split(u';', Qt::SkipEmptyParts))
                    any = any || matchSingle(part, positive);
                return negated ? !any : any;
            }
        }
        return matchSingle(raw, m_op);
    }

    bool matchSingle(const QString &raw, FilterOperator op) const
    {
        switch (op) {
        case FilterOperator::Eq:
            return compare(raw, m_value) == 0;
        case FilterOperator::Neq:
            return compare(raw, m_value) != 0;
        case FilterOperator::Lt:
            return compare(raw, m_value) < 0;
        case FilterOperator::Lte:
            return compare(raw, m_value) <= 0;
        case FilterOperator::Gt:
            return compare(raw, m_value) > 0;
        case FilterOperator::Gte:
            return compare(raw, m_value) >= 0;
        case FilterOperator::Between:
            return compare(raw, m_value) >= 0 && compare(raw, m_highValue) <= 0;
        case FilterOperator::In:
        case FilterOperator::NotIn: {
            bool found = false;
            for (const QString &value : m_values)
                found = found || compare(raw, value) == 0;
            return found == (op == FilterOperator::In);
        }
        case FilterOperator::HasProperty:
            return true;
        case FilterOperator::NotHasProperty:
            return false;
        case FilterOperator::ContainsToken:
            return valuetext::containsTokens(raw, m_tokens);
        case FilterOperator::NotContainsToken:
            return !valuetext::containsTokens(raw, m_tokens);
        case FilterOperator::Unknown:
            break;
        }
        return false;
    }

    bool matchNumber(double value) const
    {
        switch (m_op) {
        case FilterOperator::Eq:
            return value == m_low;
        case FilterOperator::Neq:
            return value != m_low;
        case FilterOperator::Lt:
            return value < m_low;
        case FilterOperator::Lte:
            return value <= m_low;
        case FilterOperator::Gt:
            return value > m_low;
        case FilterOperator::Gte:
            return value >= m_low;
        case FilterOperator::Between:
            return value >= m_low && value <= m_high;
        case FilterOperator::In:
        case FilterOperator::NotIn: {
            const bool found =
                std::find(m_numbers.begin(), m_numbers.end(), value) != m_numbers.end();
            return found == (m_op == FilterOperator::In);
        }
        case FilterOperator::HasProperty:
            return true;
        case FilterOperator::NotHasProperty:
            return false;
        default:
            break;
        }
        return false;
    }

    FilterOperator m_op;
    const PropertySpec *m_spec = nullptr;
    const Column *m_column = nullptr;
    Compare m_kind = Compare::CaseInsensitive;
    bool m_dateOnly = false;
    bool m_multi = false;
    QString m_value;
    QString m_highValue;
    QStringList m_tokens;
    QStringList m_values;
    std::vector<double> m_numbers;
    double m_low = 0;
    double m_high = 0;
    std::vector<char> m_poolMatch;
};

// Case-insensitive substring search over the searchable properties.
class QueryMatcher
{
public:
    QueryMatcher(const ObjectStore &store, const QString &query)
        : m_query(query.trimmed())
    {
        for (const QString &name : store.searchable) {
            const Column *column = store.column(name);
            if (!column)
                continue;
            Part part{column, {}};
            if (column->kind == Column::Kind::Pool) {
                for (const QString &value : column->pool)
                    part.poolMatch.push_back(hit(value));
            }
            m_parts.push_back(std::move(part));
        }
    }
    bool matches(quint32 row) const
    {
        for (const Part &part : m_parts) {
            if (part.column->kind == Column::Kind::Pool
                    ? part.poolMatch[part.column->poolIndex[row]]
                    : hit(part.column->raw(row)))
                return true;
        }
        return false;
    }

private:
    bool hit(const QString &value) const
    {
        return !value.isEmpty() && value.contains(m_query, Qt::CaseInsensitive);
    }
    struct Part
    {
        const Column *column;
        std::vector<char> poolMatch;
    };
    QString m_query;
    std::vector<Part> m_parts;
};

void sortRows(const ObjectStore &store, const Column &column, bool descending,
              std::vector<quint32> &rows)
{
    // Empty values last in both directions; ties keep id order (stable sort over id order).
    auto ordered = [descending](auto less) {
        return [less, descending](auto a, auto b) { return descending ? less(b, a) : less(a, b); };
    };
    switch (column.kind) {
    case Column::Kind::Int: {
        const auto &ints = column.ints;
        auto less = ordered([&ints](quint32 a, quint32 b) { return ints[a] < ints[b]; });
        std::stable_sort(rows.begin(), rows.end(), [&](quint32 a, quint32 b) {
            const bool ea = ints[a] == Column::kEmpty, eb = ints[b] == Column::kEmpty;
            if (ea || eb)
                return !ea && eb;
            return less(a, b);
        });
        break;
    }
    case Column::Kind::Pool: {
        std::vector<quint32> order(size_t(column.pool.size()));
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = quint32(i);
        std::sort(order.begin(), order.end(), [&column](quint32 a, quint32 b) {
            const int c = QString::compare(column.pool[a], column.pool[b], Qt::CaseInsensitive);
            return c != 0 ? c < 0 : column.pool[a] < column.pool[b];
        });
        std::vector<quint32> rank(order.size());
        for (size_t i = 0; i < order.size(); ++i)
            rank[order[i]] = quint32(i);
        const auto &index = column.poolIndex;
        auto less = ordered([&](quint32 a, quint32 b) { return rank[index[a]] < rank[index[b]]; });
        std::stable_sort(rows.begin(), rows.end(), [&](quint32 a, quint32 b) {
            const bool ea = index[a] == 0, eb = index[b] == 0;
            if (ea || eb)
                return !ea && eb;
            return less(a, b);
        });
        break;
    }
    case Column::Kind::Text: {
        const QStringList &texts = column.texts;
        auto less = ordered([&texts](quint32 a, quint32 b) {
            const int c = QString::compare(texts[a], texts[b], Qt::CaseInsensitive);
            return c != 0 ? c < 0 : texts[a] < texts[b];
        });
        std::stable_sort(rows.begin(), rows.end(), [&](quint32 a, quint32 b) {
            const bool ea = texts[a].isEmpty(), eb = texts[b].isEmpty();
            if (ea || eb)
                return !ea && eb;
            return less(a, b);
        });
        break;
    }
    }
    Q_UNUSED(store);
}

} // namespace

Selection selectRows(const Dataset &dataset, const es::ExportRequest &request)
{
    Selection selection;
    QList<RequestError> &errors = selection.errors;
    const QString typeId = dataset.resolveObjectType(request.objectType);
    const ObjectStore *store = typeId.isEmpty() ? nullptr : dataset.objectStore(typeId);
    if (!store) {
        errors.append({QStringLiteral("objectType"),
                       QStringLiteral("Unknown object type '%1'. Use CONTACT, COMPANY, DEAL, "
                                      "TICKET or a custom object id such as 2-4001.")
                           .arg(request.objectType)});
        return selection;
    }
    selection.store = store;

    for (qsizetype i = 0; i < request.objectProperties.size(); ++i) {
        if (store->indexOf(request.objectProperties[i]) < 0)
            errors.append({QStringLiteral("objectProperties[%1]").arg(i),
                           QStringLiteral("Property '%1' does not exist on %2 (%3).")
                               .arg(request.objectProperties[i], store->plural, store->typeId)});
    }
    for (qsizetype i = 0; i < request.associatedObjectType.size(); ++i) {
        const QString target = dataset.resolveObjectType(request.associatedObjectType[i]);
        if (target.isEmpty() || !store->associations.contains(target))
            errors.append({QStringLiteral("associatedObjectType[%1]").arg(i),
                           QStringLiteral("%1 cannot be associated with %2 here; use one of the "
                                          "object types that %2 have associations with.")
                               .arg(request.associatedObjectType[i], store->plural)});
    }

    if (request.exportType == es::ExportType::List) {
        const ListSpec *list = dataset.list(request.listId);
        if (!list) {
            const ListSpec *legacy = dataset.listByLegacyId(request.listId);
            errors.append({QStringLiteral("listId"),
                           legacy ? QStringLiteral("%1 is a legacy list id; exports need the ILS "
                                                   "list id %2 (GET /crm/v3/lists/idmapping).")
                                        .arg(request.listId, legacy->listId)
                                  : QStringLiteral("List %1 does not exist. Find ILS list ids "
                                                   "with POST /crm/v3/lists/search.")
                                        .arg(request.listId)});
        } else if (list->objectTypeId != store->typeId) {
            errors.append(
                {QStringLiteral("listId"),
                 QStringLiteral("List %1 holds %2, not %3.")
                     .arg(list->listId, dataset.pluralLabel(list->objectTypeId), store->plural)});
        }
        if (!errors.isEmpty() || !list) // an unknown list is in errors already
            return selection;
        for (const QString &id : list->memberIds) {
            const qsizetype row = store->rowOf(id);
            if (row >= 0)
                selection.rows.push_back(quint32(row));
        }
        std::sort(selection.rows.begin(), selection.rows.end());
        return selection;
    }

    const es::SearchRequest search = request.search.value_or(es::SearchRequest());
    std::vector<std::vector<FilterMatcher>> groups;
    for (qsizetype g = 0; g < search.filterGroups.size(); ++g) {
        std::vector<FilterMatcher> group;
        const QList<es::Filter> &filters = search.filterGroups[g].filters;
        for (qsizetype f = 0; f < filters.size(); ++f) {
            const QString field =
                QStringLiteral("publicCrmSearchRequest.filterGroups[%1].filters[%2]").arg(g).arg(f);
            group.emplace_back(*store, filters[f], field, errors);
        }
        if (!group.empty())
            groups.push_back(std::move(group));
    }
    const Column *sortColumn = nullptr;
    bool descending = false;
    if (!search.sorts.isEmpty()) {
        const es::Sort &sort = search.sorts.first();
        sortColumn = store->column(sort.propertyName);
        descending = sort.order == es::SortOrder::Descending;
        if (!sortColumn)
            errors.append({QStringLiteral("publicCrmSearchRequest.sorts[0]"),
                           QStringLiteral("Cannot sort by '%1': no such property on %2.")
                               .arg(sort.propertyName, store->plural)});
    }
    if (!errors.isEmpty())
        return selection;

    const bool useQuery = !search.query.trimmed().isEmpty();
    const QueryMatcher query(*store, search.query);
    selection.rows.reserve(size_t(store->count));
    for (quint32 row = 0; row < quint32(store->count); ++row) {
        if (store->isDeleted(row) || (useQuery && !query.matches(row)))
            continue;
        bool any = groups.empty();
        for (const auto &group : groups) {
            bool all = true;
            for (const FilterMatcher &filter : group) {
                if (!filter.matches(row)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                any = true;
                break;
            }
        }
        if (any)
            selection.rows.push_back(row);
    }
    if (sortColumn)
        sortRows(*store, *sortColumn, descending, selection.rows);
    return selection;
}

QStringList selectRecords(const Dataset &dataset, const es::ExportRequest &request,
                          QList<RequestError> *errors)
{
    const auto rowsLock = dataset.readRows();
    const Selection selection = selectRows(dataset, request);
    if (errors)
        *errors = selection.errors;
    QStringList ids;
    if (!selection.errors.isEmpty())
        return ids;
    ids.reserve(qsizetype(selection.rows.size()));
    for (quint32 row : selection.rows)
        ids.append(QString::number(selection.store->idOf(row)));
    return ids;
}

} // namespace sandbox
