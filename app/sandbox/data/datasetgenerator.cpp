#include "datasetgenerator.h"

#include "catalog.h"
#include "prng.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>

namespace sandbox {
namespace {

constexpr qint64 kDayMs = 86400000;
constexpr qint64 kCreateFrom = 1546300800000; // 2019-01-01
constexpr qint64 kCreateTo = 1735603200000;   // 2024-12-31

enum Label : quint8
{
    NoLabel = 0,
    Primary,
    BillingContact,
    DecisionMaker,
    PetOwner
};

// Interns the distinct values of a Pool column while rows are appended.
class PoolFiller
{
public:
    explicit PoolFiller(Column &column, qsizetype rows)
        : m_column(column)
    {
        m_column.poolIndex.reserve(size_t(rows));
        for (qsizetype i = 1; i < m_column.pool.size(); ++i)
            m_index.insert(m_column.pool[i], quint32(i));
    }
    void add(const QString &value)
    {
        if (value.isEmpty()) {
            m_column.poolIndex.push_back(0);
            return;
        }
        // Values mostly come from shared lists, so the same string data arrives again and again:
        // a direct-mapped cache on the data pointer skips hashing the text. The compare guards
        // against a pointer that was freed and reused for other text.
        const quintptr key = quintptr(value.constData());
        CacheSlot &slot = m_cache[(key >> 4) % kCacheSize];
        if (slot.key == key && m_column.pool[slot.index] == value) {
            m_column.poolIndex.push_back(slot.index);
            return;
        }
        auto it = m_index.constFind(value);
        if (it == m_index.cend()) {
            it = m_index.insert(value, quint32(m_column.pool.size()));
            m_column.pool.append(value);
        }
        slot = {key, *it};
        m_column.poolIndex.push_back(*it);
    }
    // Faster path when the caller already knows the pool index.
    void addIndex(quint32 index) { m_column.poolIndex.push_back(index); }

private:
    static constexpr size_t kCacheSize = 509;
    struct CacheSlot
    {
        quintptr key = 0;
        quint32 index = 0;
    };
    Column &m_column;
    QHash<QString, quint32> m_index;
    std::array<CacheSlot, kCacheSize> m_cache{};
};

struct Edge
{
    quint32 from;
    quint32 to;
    quint8 label;
};

// Stores edges source→target in both directions, each row's targets ascending.
void linkBothWays(ObjectStore &source, ObjectStore &target, const std::vector<Edge> &edges)
{
    auto build = [](int rows, const std::vector<Edge> &list, bool reverse) {
        AssocTable table;
        table.offsets.assign(size_t(rows) + 1, 0);
        for (const Edge &edge : list)
            ++table.offsets[(reverse ? edge.to : edge.from) + 1];
        for (size_t i = 1; i < table.offsets.size(); ++i)
            table.offsets[i] += table.offsets[i - 1];
        table.targets.resize(list.size());
        table.labels.resize(list.size());
        std::vector<quint32> fill(table.offsets.begin(), table.offsets.end() - 1);
        for (const Edge &edge : list) {
            const quint32 row = reverse ? edge.to : edge.from;
            const quint32 slot = fill[row]++;
            table.targets[slot] = reverse ? edge.from : edge.to;
            table.labels[slot] = edge.label;
        }
        for (int row = 0; row < rows; ++row) {
            const quint32 begin = table.offsets[size_t(row)];
            const quint32 end = table.offsets[size_t(row) + 1];
            if (end - begin < 2)
                continue;
            std::vector<std::pair<quint32, quint8>> items;
            for (quint32 k = begin; k < end; ++k)
                items.emplace_back(table.targets[k], table.labels[k]);
            std::sort(items.begin(), items.end());
            for (quint32 k = begin; k < end; ++k) {
                table.targets[k] = items[k - begin].first;
                table.labels[k] = items[k - begin].second;
            }
        }
        return table;
    };
    source.associations.insert(target.typeId, build(source.count, edges, false));
    target.associations.insert(source.typeId, build(target.count, edges, true));
}

Column &col(ObjectStore &store, const char *name)
{
    return store.columns[size_t(store.indexOf(QString::fromLatin1(name)))];
}

void fillIds(ObjectStore &store)
{
    Column &ids = col(store, "hs_object_id");
    ids.ints.resize(size_t(store.count));
    for (int row = 0; row < store.count; ++row)
        ids.ints[size_t(row)] = store.idOf(row);
}

qint64 randomDay(Prng &rng, qint64 fromMs, qint64 toMs)
{
    return rng.between(fromMs / kDayMs, toMs / kDayMs) * kDayMs;
}

QString phonePrefix(const QString &country)
{
    static const QHash<QString, QString> prefixes = {
        {QStringLiteral("Germany"), QStringLiteral("+49")},
        {QStringLiteral("France"), QStringLiteral("+33")},
        {QStringLiteral("Spain"), QStringLiteral("+34")},
        {QStringLiteral("United Kingdom"), QStringLiteral("+44")},
        {QStringLiteral("Ireland"), QStringLiteral("+353")},
        {QStringLiteral("Switzerland"), QStringLiteral("+41")},
        {QStringLiteral("Austria"), QStringLiteral("+43")},
        {QStringLiteral("Australia"), QStringLiteral("+61")},
        {QStringLiteral("Japan"), QStringLiteral("+81")},
        {QStringLiteral("Brazil"), QStringLiteral("+55")},
    };
    return prefixes.value(country, QStringLiteral("+1"));
}

QString phoneFor(Prng &rng, const QString &prefix)
{
    return prefix + QLatin1Char(' ') + QString::number(rng.between(20, 99)) + QLatin1Char(' ') +
           QString::number(rng.between(1000000, 9999999));
}

void ownerColumn(PoolFiller &filler, Prng &rng, const QList<OwnerSpec> &owners, int percent,
                 bool includeQueues)
{
    if (!rng.chance(percent)) {
        filler.add(QString());
        return;
    }
    int pick = int(rng.below(quint32(owners.size())));
    if (!includeQueues && owners[pick].type != u"PERSON")
        pick = 0;
    filler.add(owners[pick].id);
}

void generateCompanies(ObjectStore &store, quint64 seed, const QList<OwnerSpec> &owners)
{
    Prng rng(seed ^ 0xC0FFEE02ULL);
    const int n = store.count;
    Column &name = col(store, "name");
    Column &domain = col(store, "domain");
    Column &employees = col(store, "numberofemployees");
    Column &revenue = col(store, "annualrevenue");
    Column &created = col(store, "createdate");
    Column &modified = col(store, "hs_lastmodifieddate");
    Column &children = col(store, "hs_num_child_companies");
    PoolFiller industry(col(store, "industry"), n);
    PoolFiller city(col(store, "city"), n);
    PoolFiller country(col(store, "country"), n);
    PoolFiller owner(col(store, "hubspot_owner_id"), n);
    PoolFiller isPublic(col(store, "is_public"), n);
    const PropertySpec &industrySpec = store.properties[store.indexOf(QStringLiteral("industry"))];
    name.texts.reserve(n);
    domain.texts.reserve(n);
    for (int row = 0; row < n; ++row) {
        const QString stem =
            catalog::companyStems()[rng.below(quint32(catalog::companyStems().size()))];
        const QString suffix =
            catalog::companySuffixes()[rng.below(quint32(catalog::companySuffixes().size()))];
        name.texts.append(stem + QLatin1Char(' ') + suffix);
        domain.texts.append(catalog::asciiSlug(stem) + QLatin1Char('-') +
                            catalog::asciiSlug(suffix) + QLatin1Char('-') +
                            QString::number(row + 1) + QStringLiteral(".example.com"));
        industry.add(
            rng.chance(90)
                ? industrySpec.options[rng.below(quint32(industrySpec.options.size()))].first
                : QString());
        qint64 staff = Column::kEmpty;
        if (rng.chance(95)) {
            qint64 top = 10;
            for (quint32 i = rng.below(5); i > 0; --i)
                top *= 10;
            staff = rng.between(1, top);
        }
        employees.ints.push_back(staff);
        revenue.ints.push_back(staff != Column::kEmpty && rng.chance(80)
                                   ? staff * rng.between(50, 200) * 1000
                                   : Column::kEmpty);
        const auto &place = catalog::cities()[rng.below(quint32(catalog::cities().size()))];
        const bool located = rng.chance(90);
        city.add(located ? place.first : QString());
        country.add(located ? place.second : QString());
        const qint64 create = rng.between(kCreateFrom, kCreateTo);
        created.ints.push_back(create);
        modified.ints.push_back(create + rng.between(0, catalog::kFixedNowMs - create));
        ownerColumn(owner, rng, owners, 90, false);
        isPublic.add(rng.chance(70)
                         ? (rng.chance(20) ? QStringLiteral("true") : QStringLiteral("false"))
                         : QString());
        children.ints.push_back(0);
    }
    fillIds(store);
}

void generateContacts(ObjectStore &store, const ObjectStore &companies, quint64 seed,
                      const QList<OwnerSpec> &owners, std::vector<Edge> &contactCompany)
{
    Prng rng(seed ^ 0xC0FFEE01ULL);
    const int n = store.count;
    const QStringList &firsts = catalog::firstNames();
    const QStringList &lasts = catalog::lastNames();
    QStringList firstSlugs, lastSlugs;
    for (const QString &name : firsts)
        firstSlugs.append(catalog::asciiSlug(name));
    for (const QString &name : lasts)
        lastSlugs.append(catalog::asciiSlug(name));
    static const QStringList providers = {
        QStringLiteral("example.com"), QStringLiteral("example.org"), QStringLiteral("example.net"),
        QStringLiteral("mail.example")};

    Column &email = col(store, "email");
    Column &phone = col(store, "phone");
    Column &created = col(store, "createdate");
    Column &modified = col(store, "lastmodifieddate");
    Column &birth = col(store, "date_of_birth");
    Column &domainColumn = col(store, "hs_email_domain");
    const Column &companyNames = *companies.column(QStringLiteral("name"));
    const Column &companyDomains = *companies.column(QStringLiteral("domain"));
    // Email domains: the companies' domains first (pool index = company row + 1), then providers.
    domainColumn.pool = QStringList{QString()} + companyDomains.texts + providers;
    PoolFiller emailDomain(domainColumn, n);
    PoolFiller first(col(store, "firstname"), n);
    PoolFiller last(col(store, "lastname"), n);
    PoolFiller company(col(store, "company"), n);
    PoolFiller job(col(store, "jobtitle"), n);
    PoolFiller lifecycle(col(store, "lifecyclestage"), n);
    PoolFiller lead(col(store, "hs_lead_status"), n);
    PoolFiller buyingRole(col(store, "hs_buying_role"), n);
    const PropertySpec &roleSpec =
        store.properties[store.indexOf(QStringLiteral("hs_buying_role"))];
    PoolFiller country(col(store, "country"), n);
    PoolFiller city(col(store, "city"), n);
    PoolFiller owner(col(store, "hubspot_owner_id"), n);
    PoolFiller newsletter(col(store, "newsletter_opt_in"), n);
    PoolFiller isContact(col(store, "hs_is_contact"), n);
    const PropertySpec &lifecycleSpec =
        store.properties[store.indexOf(QStringLiteral("lifecyclestage"))];
    const PropertySpec &leadSpec =
        store.properties[store.indexOf(QStringLiteral("hs_lead_status"))];
    email.texts.reserve(n);
    phone.texts.reserve(n);
    const int companyCount = companies.count;
    QStringList prefixes;
    for (const auto &place : catalog::cities())
        prefixes.append(phonePrefix(place.second));

    for (int row = 0; row < n; ++row) {
        const quint32 fi = rng.below(quint32(firsts.size()));
        const quint32 li = rng.below(quint32(lasts.size()));
        first.add(rng.chance(97) ? firsts[fi] : QString());
        last.add(rng.chance(97) ? lasts[li] : QString());
        qint64 primary = -1;
        if (companyCount > 0 && rng.chance(85)) {
            primary = rng.below(quint32(companyCount));
            contactCompany.push_back({quint32(row), quint32(primary), Primary});
            if (companyCount > 1 && rng.chance(10)) {
                const quint32 other =
                    (quint32(primary) + 1 + rng.below(quint32(companyCount - 1))) %
                    quint32(companyCount);
                contactCompany.push_back(
                    {quint32(row), other, rng.chance(50) ? BillingContact : NoLabel});
            }
        }
        if (rng.chance(97)) {
            const bool work = primary >= 0 && rng.chance(70);
            const quint32 provider = rng.below(quint32(providers.size()));
            const QString &domain = work ? companyDomains.texts[primary] : providers[provider];
            email.texts.append(firstSlugs[fi] + QLatin1Char('.') + lastSlugs[li] +
                               QString::number(row + 1) + QLatin1Char('@') + domain);
            emailDomain.addIndex(work ? quint32(primary + 1)
                                      : quint32(companyCount + 1 + provider));
        } else {
            email.texts.append(QString());
            emailDomain.addIndex(0);
        }
        company.add(primary >= 0 ? companyNames.texts[primary] : QString());
        job.add(rng.chance(85)
                    ? catalog::jobTitles()[rng.below(quint32(catalog::jobTitles().size()))]
                    : QString());
        lifecycle.add(
            lifecycleSpec.options[rng.below(quint32(lifecycleSpec.options.size()))].first);
        lead.add(rng.chance(70)
                     ? leadSpec.options[rng.below(quint32(leadSpec.options.size()))].first
                     : QString());
        // Multiple checkboxes: HubSpot stores the selected values joined by ';'.
        QStringList roles;
        if (rng.chance(60)) {
            for (const auto &option : roleSpec.options) {
                if (rng.chance(25))
                    roles.append(option.first);
            }
        }
        buyingRole.add(roles.join(u';'));
        const quint32 placeIndex = rng.below(quint32(catalog::cities().size()));
        const auto &place = catalog::cities()[placeIndex];
        const bool located = rng.chance(90);
        country.add(located ? place.second : QString());
        city.add(located ? place.first : QString());
        phone.texts.append(rng.chance(80) ? phoneFor(rng, prefixes[placeIndex]) : QString());
        const qint64 create = rng.between(kCreateFrom, kCreateTo);
        created.ints.push_back(create);
        modified.ints.push_back(
            create + rng.between(0, std::min<qint64>(catalog::kFixedNowMs - create, 400 * kDayMs)));
        birth.ints.push_back(rng.chance(60) ? randomDay(rng, -631152000000, 1104451200000)
                                            : Column::kEmpty); // 1950 … 2004
        ownerColumn(owner, rng, owners, 90, false);
        newsletter.add(rng.chance(90)
                           ? (rng.chance(40) ? QStringLiteral("true") : QStringLiteral("false"))
                           : QString());
        isContact.add(QStringLiteral("true"));
    }
    fillIds(store);
}

void generateDeals(ObjectStore &store, const ObjectStore &companies, const ObjectStore &contacts,
                   quint64 seed, const QList<OwnerSpec> &owners,
                   const QList<PipelineSpec> &pipelines, std::vector<Edge> &dealCompany,
                   std::vector<Edge> &dealContact)
{
    Prng rng(seed ^ 0xC0FFEE03ULL);
    const int n = store.count;
    Column &name = col(store, "dealname");
    Column &amount = col(store, "amount");
    Column &close = col(store, "closedate");
    Column &created = col(store, "createdate");
    Column &probability = col(store, "hs_deal_stage_probability");
    PoolFiller pipeline(col(store, "pipeline"), n);
    PoolFiller stage(col(store, "dealstage"), n);
    PoolFiller type(col(store, "dealtype"), n);
    PoolFiller owner(col(store, "hubspot_owner_id"), n);
    PoolFiller closed(col(store, "hs_is_closed"), n);
    const Column &companyNames = *companies.column(QStringLiteral("name"));
    QList<const PipelineSpec *> dealPipelines;
    for (const PipelineSpec &spec : pipelines) {
        if (spec.objectTypeId == store.typeId)
            dealPipelines.append(&spec);
    }
    name.texts.reserve(n);
    for (int row = 0; row < n; ++row) {
        const PipelineSpec &line = *dealPipelines[rng.chance(75) ? 0 : 1];
        const StageSpec &step = line.stages[rng.below(quint32(line.stages.size()))];
        pipeline.add(line.id);
        stage.add(step.id);
        closed.add(step.closed ? QStringLiteral("true") : QStringLiteral("false"));
        probability.ints.push_back(std::llround(step.probability * 100));
        qint64 companyRow = -1;
        if (companies.count > 0 && rng.chance(90)) {
            companyRow = rng.below(quint32(companies.count));
            dealCompany.push_back({quint32(row), quint32(companyRow), Primary});
        }
        const QString product =
            catalog::dealProducts()[rng.below(quint32(catalog::dealProducts().size()))];
        name.texts.append(
            (companyRow >= 0 ? companyNames.texts[companyRow] : QStringLiteral("New deal")) +
            QString::fromUtf8(" – ") + product);
        amount.ints.push_back(rng.chance(95) ? rng.between(50000, 25000000) : Column::kEmpty);
        type.add(rng.chance(80) ? (rng.chance(60) ? QStringLiteral("newbusiness")
                                                  : QStringLiteral("existingbusiness"))
                                : QString());
        const qint64 create = rng.between(kCreateFrom, kCreateTo);
        created.ints.push_back(create);
        if (step.closed)
            close.ints.push_back(create + rng.between(7 * kDayMs, 180 * kDayMs));
        else
            close.ints.push_back(rng.chance(60) ? create + rng.between(30 * kDayMs, 365 * kDayMs)
                                                : Column::kEmpty);
        ownerColumn(owner, rng, owners, 95, false);
        if (contacts.count > 0) {
            const int wanted = std::min(contacts.count, 1 + int(rng.below(3)));
            std::vector<quint32> picked;
            while (int(picked.size()) < wanted) {
                const quint32 candidate = rng.below(quint32(contacts.count));
                if (std::find(picked.begin(), picked.end(), candidate) == picked.end())
                    picked.push_back(candidate);
            }
            for (size_t i = 0; i < picked.size(); ++i)
                dealContact.push_back({quint32(row), picked[i], i == 0 ? DecisionMaker : NoLabel});
        }
    }
    fillIds(store);
}

void generateTickets(ObjectStore &store, const ObjectStore &contacts, quint64 seed,
                     const QList<OwnerSpec> &owners, const QList<PipelineSpec> &pipelines,
                     std::vector<Edge> &ticketContact)
{
    Prng rng(seed ^ 0xC0FFEE05ULL);
    const int n = store.count;
    Column &created = col(store, "createdate");
    PoolFiller subject(col(store, "subject"), n);
    PoolFiller content(col(store, "content"), n);
    PoolFiller pipeline(col(store, "hs_pipeline"), n);
    PoolFiller stage(col(store, "hs_pipeline_stage"), n);
    PoolFiller priority(col(store, "hs_ticket_priority"), n);
    PoolFiller owner(col(store, "hubspot_owner_id"), n);
    const PipelineSpec *support = nullptr;
    for (const PipelineSpec &spec : pipelines) {
        if (spec.objectTypeId == store.typeId)
            support = &spec;
    }
    const PropertySpec &prioritySpec =
        store.properties[store.indexOf(QStringLiteral("hs_ticket_priority"))];
    for (int row = 0; row < n; ++row) {
        subject.add(
            catalog::ticketSubjects()[rng.below(quint32(catalog::ticketSubjects().size()))]);
        content.add(
            catalog::ticketContents()[rng.below(quint32(catalog::ticketContents().size()))]);
        // A catalog without a ticket pipeline leaves both columns empty instead of crashing.
        pipeline.add(support ? support->id : QString());
        stage.add(support ? support->stages[rng.below(quint32(support->stages.size()))].id
                          : QString());
        priority.add(
            rng.chance(90)
                ? prioritySpec.options[rng.below(quint32(prioritySpec.options.size()))].first
                : QString());
        created.ints.push_back(rng.between(kCreateFrom, kCreateTo));
        ownerColumn(owner, rng, owners, 85, true);
        if (contacts.count > 0 && rng.chance(95))
            ticketContact.push_back({quint32(row), rng.below(quint32(contacts.count)), NoLabel});
    }
    fillIds(store);
}

void generatePets(ObjectStore &store, const ObjectStore &contacts, quint64 seed,
                  std::vector<Edge> &petContact)
{
    Prng rng(seed ^ 0xC0FFEE07ULL);
    const int n = store.count;
    Column &weight = col(store, "weight_kg");
    Column &adoptionDate = col(store, "adoption_date");
    Column &created = col(store, "hs_createdate");
    PoolFiller name(col(store, "pet_name"), n);
    PoolFiller species(col(store, "species"), n);
    PoolFiller adopted(col(store, "adopted"), n);
    const PropertySpec &speciesSpec = store.properties[store.indexOf(QStringLiteral("species"))];
    static const qint64 weights[][2] = {{30, 450}, {25, 70}, {10, 30}, {2, 10}, {1, 3}}; // 0.1 kg
    for (int row = 0; row < n; ++row) {
        name.add(catalog::petNames()[rng.below(quint32(catalog::petNames().size()))]);
        const quint32 kind = rng.below(quint32(speciesSpec.options.size()));
        species.add(speciesSpec.options[kind].first);
        const bool isAdopted = rng.chance(60);
        adopted.add(isAdopted ? QStringLiteral("true") : QStringLiteral("false"));
        weight.ints.push_back(rng.chance(90) ? rng.between(weights[kind][0], weights[kind][1])
                                             : Column::kEmpty);
        adoptionDate.ints.push_back(isAdopted ? randomDay(rng, 1420070400000, kCreateTo)
                                              : Column::kEmpty);
        created.ints.push_back(rng.between(kCreateFrom, kCreateTo));
        if (isAdopted && contacts.count > 0)
            petContact.push_back({quint32(row), rng.below(quint32(contacts.count)), PetOwner});
    }
    fillIds(store);
}

void countAssociations(ObjectStore &store, const char *property, const QString &targetTypeId)
{
    Column &column = col(store, property);
    column.ints.assign(size_t(store.count), 0);
    const AssocTable table = store.associations.value(targetTypeId);
    if (table.offsets.empty())
        return;
    for (int row = 0; row < store.count; ++row)
        column.ints[size_t(row)] = table.offsets[size_t(row) + 1] - table.offsets[size_t(row)];
}

QStringList memberIds(const ObjectStore &store, const std::function<bool(int)> &member)
{
    QStringList ids;
    for (int row = 0; row < store.count; ++row) {
        if (member(row))
            ids.append(QString::number(store.idOf(row)));
    }
    return ids;
}

void generateLists(Dataset::Data &data)
{
    Prng rng(data.options.seed ^ 0xC0FFEE11ULL);
    const ObjectStore &contacts = *data.object(QStringLiteral("0-1"));
    const ObjectStore &companies = *data.object(QStringLiteral("0-2"));
    const ObjectStore &pets = *data.object(QStringLiteral("2-4001"));
    int next = 0;
    auto add = [&](const QString &name, const ObjectStore &store, const char *processing,
                   QStringList members, const QString &filterProperty = {},
                   const QString &filterValue = {}) {
        ListSpec list;
        list.listId = QString::number(101 + next);
        if (store.typeId == u"0-1") // only contact lists existed before ILS
            list.legacyListId = QString::number(1 + next);
        list.name = name;
        list.objectTypeId = store.typeId;
        list.processingType = QString::fromLatin1(processing);
        list.memberIds = std::move(members);
        list.filterProperty = filterProperty;
        list.filterValue = filterValue;
        list.createdAtMs = catalog::kMetadataTimeMs + qint64(next) * 7 * kDayMs;
        list.updatedAtMs = catalog::kFixedNowMs - qint64(next + 1) * kDayMs;
        data.lists.append(list);
        ++next;
    };
    auto equals = [](const ObjectStore &store, const char *property, const QString &value) {
        const Column *column = store.column(QString::fromLatin1(property));
        return [column, value](int row) { return column->raw(row) == value; };
    };
    const Column *created = contacts.column(QStringLiteral("createdate"));
    add(QStringLiteral("Newsletter subscribers"), contacts, "MANUAL",
        memberIds(contacts, [&rng](int) { return rng.chance(10); }));
    add(QStringLiteral("Customers"), contacts, "DYNAMIC",
        memberIds(contacts, equals(contacts, "lifecyclestage", QStringLiteral("customer"))),
        QStringLiteral("lifecyclestage"), QStringLiteral("customer"));
    add(QStringLiteral("Trade show 2024 attendees"), contacts, "SNAPSHOT",
        memberIds(contacts, [&rng, created](int row) {
            return created->ints[size_t(row)] < 1717200000000 && rng.chance(30); // 2024-06-01
        }));
    add(QStringLiteral("Empty list"), contacts, "MANUAL", {});
    add(QStringLiteral("Target accounts"), companies, "MANUAL",
        memberIds(companies, [&rng](int) { return rng.chance(20); }));
    add(QStringLiteral("Software companies"), companies, "DYNAMIC",
        memberIds(companies, equals(companies, "industry", QStringLiteral("COMPUTER_SOFTWARE"))),
        QStringLiteral("industry"), QStringLiteral("COMPUTER_SOFTWARE"));
    add(QStringLiteral("Adopted pets"), pets, "DYNAMIC",
        memberIds(pets, equals(pets, "adopted", QStringLiteral("true"))), QStringLiteral("adopted"),
        QStringLiteral("true"));
}

} // namespace

const QStringList &associationLabelNames()
{
    static const QStringList names = {QString(), QStringLiteral("Primary"),
                                      QStringLiteral("Billing contact"),
                                      QStringLiteral("Decision maker"), QStringLiteral("Owner")};
    return names;
}

void generateDataset(Dataset::Data &data)
{
    const DatasetOptions &options = data.options;
    data.owners = catalog::owners();
    data.pipelines = catalog::pipelines();
    data.associationLabels = associationLabelNames();
    for (int i = 0; i < 5; ++i)
        data.objects.push_back(std::make_unique<ObjectStore>());
    ObjectStore &contacts = *data.objects[0];
    ObjectStore &companies = *data.objects[1];
    ObjectStore &deals = *data.objects[2];
    ObjectStore &tickets = *data.objects[3];
    ObjectStore &pets = *data.objects[4];
    catalog::defineContacts(contacts, data.owners);
    catalog::defineCompanies(companies, data.owners);
    catalog::defineDeals(deals, data.owners, data.pipelines);
    catalog::defineTickets(tickets, data.owners, data.pipelines);
    catalog::definePets(pets);
    contacts.count = std::max(0, options.contacts);
    companies.count = std::max(0, options.companies);
    deals.count = std::max(0, options.deals);
    tickets.count = std::max(0, options.tickets);
    pets.count = std::max(0, options.customRecords);

    std::vector<Edge> contactCompany, dealCompany, dealContact, ticketContact, petContact;
    generateCompanies(companies, options.seed, data.owners);
    generateContacts(contacts, companies, options.seed, data.owners, contactCompany);
    generateDeals(deals, companies, contacts, options.seed, data.owners, data.pipelines,
                  dealCompany, dealContact);
    generateTickets(tickets, contacts, options.seed, data.owners, data.pipelines, ticketContact);
    generatePets(pets, contacts, options.seed, petContact);
    linkBothWays(contacts, companies, contactCompany);
    linkBothWays(deals, companies, dealCompany);
    linkBothWays(deals, contacts, dealContact);
    linkBothWays(tickets, contacts, ticketContact);
    linkBothWays(pets, contacts, petContact);
    countAssociations(contacts, "num_associated_deals", deals.typeId);
    countAssociations(companies, "num_associated_contacts", contacts.typeId);
    generateLists(data);
}

} // namespace sandbox
