// selectRecords against brute-force counts computed here, independently, over Dataset::records().

#include "dataset.h"
#include "exportrenderer.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>
#include <functional>

using namespace sandbox;

namespace {

using Predicate = std::function<bool(const Record &)>;

es::Filter filter(const QString &property, es::FilterOperator op, const QString &value = {},
                  const QString &high = {}, const QStringList &values = {})
{
    es::Filter f;
    f.propertyName = property;
    f.op = op;
    f.value = value;
    f.highValue = high;
    f.values = values;
    return f;
}

es::ExportRequest view(const QString &objectType, const QList<QList<es::Filter>> &groups,
                       const QString &query = {})
{
    es::ExportRequest request;
    request.exportName = QStringLiteral("test");
    request.objectType = objectType;
    request.objectProperties = {QStringLiteral("hs_object_id")};
    es::SearchRequest search;
    for (const QList<es::Filter> &filters : groups)
        search.filterGroups.append(es::FilterGroup{filters});
    search.query = query;
    request.search = search;
    return request;
}

QString v(const Record &record, const char *name)
{
    return record.values.value(QString::fromLatin1(name));
}

qint64 ms(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC().toMSecsSinceEpoch();
}

qint64 dayMs(const char *date)
{
    return QDate::fromString(QString::fromLatin1(date), Qt::ISODate)
        .startOfDay(QTimeZone::utc())
        .toMSecsSinceEpoch();
}

QStringList bruteForce(const Dataset &dataset, const QString &typeId, const Predicate &predicate)
{
    QStringList ids;
    for (const Record &record : dataset.records(typeId)) {
        if (predicate(record))
            ids.append(record.id);
    }
    return ids;
}

} // namespace

Q_DECLARE_METATYPE(Predicate)

class TestSandboxSelection : public QObject
{
    Q_OBJECT

private:
    Dataset m_dataset{DatasetOptions{7, 600, 120, 250, 150, 80}};

private slots:
    void operators_data()
    {
        using Op = es::FilterOperator;
        QTest::addColumn<QString>("typeId");
        QTest::addColumn<es::Filter>("filter");
        QTest::addColumn<Predicate>("predicate");
        QTest::addColumn<bool>("mayBeEmpty");

        QTest::newRow("EQ string is case-insensitive")
            << QStringLiteral("0-1")
            << filter(QStringLiteral("firstname"), Op::Eq, QStringLiteral("ALICE"))
            << Predicate([](const Record &r) { return v(r, "firstname") == u"Alice"; }) << false;
        QTest::newRow("EQ enumeration is exact")
            << QStringLiteral("0-1")
            << filter(QStringLiteral("lifecyclestage"), Op::Eq, QStringLiteral("customer"))
            << Predicate([](const Record &r) { return v(r, "lifecyclestage") == u"customer"; })
            << false;
        QTest::newRow("EQ enumeration with other case matches nothing")
            << QStringLiteral("0-1")
            << filter(QStringLiteral("lifecyclestage"), Op::Eq, QStringLiteral("Customer"))
            << Predicate([](const Record &) { return false; }) << true;
        QTest::newRow("EQ bool ignores case")
            << QStringLiteral("0-1")
            << filter(QStringLiteral("newsletter_opt_in"), Op::Eq, QStringLiteral("TRUE"))
            << Predicate([](const Record &r) { return v(r, "newsletter_opt_in") == u"true"; })
            << false;
        QTest::newRow("EQ multi-checkbox matches any selected value")
            << QStringLiteral("0-1")
            << filter(QStringLiteral("hs_buying_role"), Op::Eq, QStringLiteral("CHAMPION"))
            << Predicate([](const Record &r) {
                   return v(r, "hs_buying_role").split(u';').contains(u"CHAMPION");
               })
            << false;
        QTest::newRow("NEQ multi-checkbox: none selected matches")
            << QStringLiteral("0-1")
            << filter(QStringLiteral("hs_buying_role"), Op::Neq, QStringLiteral("CHAMPION"))
            << Predicate([](const Record &r) {
                   return !v(r, "hs_buying_role").split(u';').contains(u"CHAMPION");
               })
            << false;
        QTest::newRow("IN multi-checkbox")
            << QStringLiteral("0-1")
            << filter(QStringLiteral("hs_buying_role"), Op::In, {}, {},
                      {QStringLiteral("END_USER"), QStringLiteral("OTHER")})
            << Predicate([](const Record &r) {
                   const QStringList roles = v(r, "hs_buying_role").split(u';');
                   return roles.contains(u"END_USER") || roles.contains(u"OTHER");
               })
            << false;
        QTest::newRow("NOT_IN multi-checkbox")
            << QStringLiteral("0-1")
            << filter(QStringLiteral("hs_buying_role"), Op::NotIn, {}, {},
                      {QStringLiteral("END_USER"), QStringLiteral("OTHER")})
            << Predicate([](const Record &r) {
                   const QStringList roles = v(r, "hs_buying_role").split(u';');
                   return !roles.contains(u"END_USER") && !roles.contains(u"OTHER");
               })
            << false;
        QTest::newRow("NEQ includes records without a value")
            << QStringLiteral("0-1")
            << filter(QStringLiteral("hs_lead_status"), Op::Neq, QStringLiteral("NEW"))
            << Predicate([](const Record &r) { return v(r, "hs_lead_status") != u"NEW"; }) << false;
        QTest::newRow("LT number")
            << QStringLiteral("0-2")
            << filter(QStringLiteral("numberofemployees"), Op::Lt, QStringLiteral("100"))
            << Predicate([](const Record &r) {
                   return !v(r, "numberofemployees").isEmpty() &&
                          v(r, "numberofemployees").toDouble() < 100;
               })
            << false;
        QTest::newRow("LTE number equal bound")
            << QStringLiteral("0-2")
            << filter(QStringLiteral("numberofemployees"), Op::Lte, QStringLiteral("1000"))
            << Predicate([](const Record &r) {
                   return !v(r, "numberofemployees").isEmpty() &&
                          v(r, "numberofemployees").toDouble() <= 1000;
               })
            << false;
        QTest::newRow("GT decimal amount")
            << QStringLiteral("0-3")
            << filter(QStringLiteral("amount"), Op::Gt, QStringLiteral("100000.5"))
            << Predicate([](const Record &r) {
                   return !v(r, "amount").isEmpty() && v(r, "amount").toDouble() > 100000.5;
               })
            << false;
        QTest::newRow("GTE datetime as ISO")
            << QStringLiteral("0-1")
            << filter(QStringLiteral("createdate"), Op::Gte, QStringLiteral("2023-01-01T00:00:00Z"))
            << Predicate([](const Record &r) {
                   return v(r, "createdate").toLongLong() >= ms("2023-01-01T00:00:00Z");
               })
            << false;
        QTest::newRow("BETWEEN datetime with ISO dates, inclusive")
            << QStringLiteral("0-1")
            << filter(QStringLiteral("createdate"), Op::Between, QStringLiteral("2021-01-01"),
                      QStringLiteral("2021-12-31"))
            << Predicate([](const Record &r) {
                   const qint64 t = v(r, "createdate").toLongLong();
                   return t >= dayMs("2021-01-01") && t <= dayMs("2021-12-31");
               })
            << false;
        QTest::newRow("BETWEEN date with epoch ms")
            << QStringLiteral("0-1")
            << filter(QStringLiteral("date_of_birth"), Op::Between,
                      QString::number(dayMs("1970-01-01")), QString::number(dayMs("1979-12-31")))
            << Predicate([](const Record &r) {
                   if (v(r, "date_of_birth").isEmpty())
                       return false;
                   const qint64 t = v(r, "date_of_birth").toLongLong();
                   return t >= dayMs("1970-01-01") && t <= dayMs("1979-12-31");
               })
            << false;
        QTest::newRow("GT date as ISO (custom object)")
            << QStringLiteral("2-4001")
            << filter(QStringLiteral("adoption_date"), Op::Gt, QStringLiteral("2020-06-01"))
            << Predicate([](const Record &r) {
                   return !v(r, "adoption_date").isEmpty() &&
                          v(r, "adoption_date").toLongLong() > dayMs("2020-06-01");
               })
            << false;
        QTest::newRow("LT string compares lexicographically without case")
            << QStringLiteral("0-1")
            << filter(QStringLiteral("lastname"), Op::Lt, QStringLiteral("m"))
            << Predicate([](const Record &r) {
                   return !v(r, "lastname").isEmpty() &&
                          QString::compare(v(r, "lastname"), u"m", Qt::CaseInsensitive) < 0;
               })
            << false;
        QTest::newRow("IN strings ignore case")
            << QStringLiteral("0-1")
            << filter(QStringLiteral("city"), Op::In, {}, {},
                      {QStringLiteral("berlin"), QStringLiteral("PARIS")})
            << Predicate([](const Record &r) {
                   return v(r, "city") == u"Berlin" || v(r, "city") == u"Paris";
               })
            << false;
        QTest::newRow("NOT_IN enumeration, empty included")
            << QStringLiteral("0-1")
            << filter(QStringLiteral("hs_lead_status"), Op::NotIn, {}, {},
                      {QStringLiteral("NEW"), QStringLiteral("OPEN")})
            << Predicate([](const Record &r) {
                   return v(r, "hs_lead_status") != u"NEW" && v(r, "hs_lead_status") != u"OPEN";
               })
            << false;
        QTest::newRow("IN numbers") << QStringLiteral("0-1")
                                    << filter(QStringLiteral("num_associated_deals"), Op::In, {},
                                              {}, {QStringLiteral("1"), QStringLiteral("2")})
                                    << Predicate([](const Record &r) {
                                           return v(r, "num_associated_deals") == u"1" ||
                                                  v(r, "num_associated_deals") == u"2";
                                       })
                                    << false;
        QTest::newRow("HAS_PROPERTY")
            << QStringLiteral("0-1") << filter(QStringLiteral("phone"), Op::HasProperty)
            << Predicate([](const Record &r) { return !v(r, "phone").isEmpty(); }) << false;
        QTest::newRow("NOT_HAS_PROPERTY")
            << QStringLiteral("0-1") << filter(QStringLiteral("date_of_birth"), Op::NotHasProperty)
            << Predicate([](const Record &r) { return v(r, "date_of_birth").isEmpty(); }) << false;
        QTest::newRow("CONTAINS_TOKEN with a leading wildcard")
            << QStringLiteral("0-1")
            << filter(QStringLiteral("email"), Op::ContainsToken, QStringLiteral("*@EXAMPLE.com"))
            << Predicate([](const Record &r) {
                   return v(r, "email").toLower().endsWith(u"@example.com");
               })
            << false;
        QTest::newRow("CONTAINS_TOKEN matches pieces split at punctuation")
            << QStringLiteral("0-1")
            << filter(QStringLiteral("email"), Op::ContainsToken, QStringLiteral("Example"))
            << Predicate([](const Record &r) {
                   return v(r, "email")
                       .toLower()
                       .split(QRegularExpression(QStringLiteral("[^a-z0-9]+")))
                       .contains(u"example");
               })
            << false;
        QTest::newRow("CONTAINS_TOKEN an e-mail domain")
            << QStringLiteral("0-1")
            << filter(QStringLiteral("email"), Op::ContainsToken, QStringLiteral("example.COM"))
            << Predicate([](const Record &r) {
                   return v(r, "email").toLower().section(u'@', -1) == u"example.com";
               })
            << false;
        QTest::newRow("CONTAINS_TOKEN word")
            << QStringLiteral("0-2")
            << filter(QStringLiteral("name"), Op::ContainsToken, QStringLiteral("labs"))
            << Predicate([](const Record &r) {
                   return v(r, "name").toLower().split(u' ').contains(u"labs");
               })
            << false;
        QTest::newRow("NOT_CONTAINS_TOKEN word, empty included")
            << QStringLiteral("0-1")
            << filter(QStringLiteral("city"), Op::NotContainsToken, QStringLiteral("new"))
            << Predicate([](const Record &r) {
                   return !v(r, "city").toLower().split(u' ').contains(u"new");
               })
            << false;
    }

    void operators()
    {
        QFETCH(QString, typeId);
        QFETCH(es::Filter, filter);
        QFETCH(Predicate, predicate);
        QFETCH(bool, mayBeEmpty);
        const QStringList expected = bruteForce(m_dataset, typeId, predicate);
        if (!mayBeEmpty) {
            // A case that selects nothing or everything proves little.
            QVERIFY2(!expected.isEmpty(), "brute force selected nothing");
            QVERIFY(expected.size() < m_dataset.records(typeId).size());
        }
        QList<RequestError> errors;
        const QStringList ids = selectRecords(m_dataset, view(typeId, {{filter}}), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
        QCOMPARE(ids, expected);
    }

    void orOfAnds()
    {
        using Op = es::FilterOperator;
        const es::ExportRequest request =
            view(QStringLiteral("CONTACT"),
                 {{filter(QStringLiteral("lifecyclestage"), Op::Eq, QStringLiteral("customer")),
                   filter(QStringLiteral("country"), Op::Eq, QStringLiteral("germany"))},
                  {filter(QStringLiteral("hs_lead_status"), Op::Eq, QStringLiteral("NEW")),
                   filter(QStringLiteral("phone"), Op::HasProperty)}});
        const QStringList expected =
            bruteForce(m_dataset, QStringLiteral("0-1"), [](const Record &r) {
                return (v(r, "lifecyclestage") == u"customer" && v(r, "country") == u"Germany") ||
                       (v(r, "hs_lead_status") == u"NEW" && !v(r, "phone").isEmpty());
            });
        QVERIFY(expected.size() > 5);
        QCOMPARE(selectRecords(m_dataset, request), expected);
    }

    void query()
    {
        const QString needle = QStringLiteral("MÜL");
        const QStringList expected =
            bruteForce(m_dataset, QStringLiteral("0-1"), [&](const Record &r) {
                for (const char *name : {"firstname", "lastname", "email", "phone", "company"}) {
                    if (v(r, name).contains(needle, Qt::CaseInsensitive))
                        return true;
                }
                return false;
            });
        QVERIFY(!expected.isEmpty());
        QCOMPARE(selectRecords(m_dataset, view(QStringLiteral("contacts"), {}, needle)), expected);
    }

    void queryOnOtherObjects()
    {
        const QStringList companies =
            selectRecords(m_dataset, view(QStringLiteral("COMPANY"), {}, QStringLiteral("LABS")));
        const QStringList expected =
            bruteForce(m_dataset, QStringLiteral("0-2"), [](const Record &r) {
                for (const char *name : {"name", "domain", "city"}) {
                    if (v(r, name).contains(u"labs", Qt::CaseInsensitive))
                        return true;
                }
                return false;
            });
        QVERIFY(!expected.isEmpty());
        QCOMPARE(companies, expected);
        // A query and a filter together: both must hold.
        const QStringList pets =
            selectRecords(m_dataset, view(QStringLiteral("2-4001"),
                                          {{filter(QStringLiteral("species"),
                                                   es::FilterOperator::Eq, QStringLiteral("dog"))}},
                                          QStringLiteral("o")));
        const QStringList brute =
            bruteForce(m_dataset, QStringLiteral("2-4001"), [](const Record &r) {
                return v(r, "species") == u"dog" &&
                       v(r, "pet_name").contains(u'o', Qt::CaseInsensitive);
            });
        QVERIFY(!brute.isEmpty());
        QCOMPARE(pets, brute);
    }

    void sortDescendingByText()
    {
        es::ExportRequest request = view(QStringLiteral("0-1"), {});
        request.search->sorts = {es::Sort{QStringLiteral("lastname"), es::SortOrder::Descending}};
        const QStringList ids = selectRecords(m_dataset, request);
        QCOMPARE(ids.size(), m_dataset.records(QStringLiteral("0-1")).size());
        QHash<QString, QString> lastName;
        for (const Record &r : m_dataset.records(QStringLiteral("0-1")))
            lastName.insert(r.id, v(r, "lastname"));
        bool seenEmpty = false;
        for (qsizetype i = 1; i < ids.size(); ++i) {
            const QString a = lastName[ids[i - 1]], b = lastName[ids[i]];
            if (a.isEmpty()) {
                seenEmpty = true;
                QVERIFY2(b.isEmpty(), "records without a value must come last");
                continue;
            }
            if (b.isEmpty())
                continue;
            const int c = QString::compare(a, b, Qt::CaseInsensitive);
            QVERIFY2(c >= 0, qPrintable(a + u" before " + b));
            if (a == b)
                QVERIFY(ids[i - 1].toLongLong() < ids[i].toLongLong()); // ties by id
        }
        QVERIFY(seenEmpty);
    }

    void sortAscendingByNumberAndDefaultOrder()
    {
        es::ExportRequest request = view(QStringLiteral("DEAL"), {});
        const QStringList plain = selectRecords(m_dataset, request);
        QStringList byId = plain;
        std::sort(byId.begin(), byId.end(), [](const QString &a, const QString &b) {
            return a.toLongLong() < b.toLongLong();
        });
        QCOMPARE(plain, byId);

        request.search->sorts = {es::Sort{QStringLiteral("amount"), es::SortOrder::Ascending}};
        const QStringList ids = selectRecords(m_dataset, request);
        QHash<QString, QString> amount;
        for (const Record &r : m_dataset.records(QStringLiteral("0-3")))
            amount.insert(r.id, v(r, "amount"));
        for (qsizetype i = 1; i < ids.size(); ++i) {
            const QString a = amount[ids[i - 1]], b = amount[ids[i]];
            if (!a.isEmpty() && !b.isEmpty())
                QVERIFY(a.toDouble() <= b.toDouble());
            else
                QVERIFY(b.isEmpty());
        }
        QVERIFY(ids != plain);
    }

    void listMembership()
    {
        for (const ListSpec &list : m_dataset.lists()) {
            es::ExportRequest request;
            request.exportType = es::ExportType::List;
            request.objectType = list.objectTypeId;
            request.objectProperties = {QStringLiteral("hs_object_id")};
            request.listId = list.listId;
            QList<RequestError> errors;
            const QStringList ids = selectRecords(m_dataset, request, &errors);
            QVERIFY(errors.isEmpty());
            QStringList expected = list.memberIds;
            std::sort(expected.begin(), expected.end(), [](const QString &a, const QString &b) {
                return a.toLongLong() < b.toLongLong();
            });
            QCOMPARE(ids, expected);
            if (list.processingType == u"DYNAMIC") {
                const QStringList brute =
                    bruteForce(m_dataset, list.objectTypeId, [&](const Record &r) {
                        return r.values.value(list.filterProperty) == list.filterValue;
                    });
                QVERIFY(!brute.isEmpty());
                QCOMPARE(ids, brute);
            }
        }
        QVERIFY(m_dataset.list(QStringLiteral("104"))->memberIds.isEmpty()); // the empty list
    }

    void errors_data()
    {
        QTest::addColumn<es::ExportRequest>("request");
        QTest::addColumn<QString>("in");

        es::ExportRequest request = view(QStringLiteral("PRODUCT"), {});
        QTest::newRow("unknown object type") << request << QStringLiteral("objectType");
        request = view(QStringLiteral("CONTACT"), {});
        request.objectProperties = {QStringLiteral("email"), QStringLiteral("nope")};
        QTest::newRow("unknown exported property")
            << request << QStringLiteral("objectProperties[1]");
        request =
            view(QStringLiteral("CONTACT"),
                 {{filter(QStringLiteral("email"), es::FilterOperator::HasProperty)},
                  {filter(QStringLiteral("nope"), es::FilterOperator::Eq, QStringLiteral("x"))}});
        QTest::newRow("unknown filter property")
            << request
            << QStringLiteral("publicCrmSearchRequest.filterGroups[1].filters[0].propertyName");
        request = view(QStringLiteral("CONTACT"),
                       {{filter(QStringLiteral("createdate"), es::FilterOperator::Gt,
                                QStringLiteral("soon"))}});
        QTest::newRow("bad date value")
            << request << QStringLiteral("publicCrmSearchRequest.filterGroups[0].filters[0].value");
        request = view(QStringLiteral("CONTACT"), {});
        request.search->sorts = {es::Sort{QStringLiteral("nope"), es::SortOrder::Ascending}};
        QTest::newRow("unknown sort property")
            << request << QStringLiteral("publicCrmSearchRequest.sorts[0]");
        request = view(QStringLiteral("CONTACT"), {});
        request.associatedObjectType = {QStringLiteral("COMPANY"), QStringLiteral("PRODUCT")};
        QTest::newRow("unknown associated type")
            << request << QStringLiteral("associatedObjectType[1]");
        es::ExportRequest list;
        list.exportType = es::ExportType::List;
        list.objectType = QStringLiteral("CONTACT");
        list.objectProperties = {QStringLiteral("email")};
        list.listId = QStringLiteral("999");
        QTest::newRow("unknown list") << list << QStringLiteral("listId");
        list.listId = QStringLiteral("1"); // a legacy id
        QTest::newRow("legacy list id") << list << QStringLiteral("listId");
        list.listId = QStringLiteral("105"); // a company list
        QTest::newRow("list of another object type") << list << QStringLiteral("listId");
    }

    void errors()
    {
        QFETCH(es::ExportRequest, request);
        QFETCH(QString, in);
        QList<RequestError> errors;
        QVERIFY(selectRecords(m_dataset, request, &errors).isEmpty());
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().in, in);
        QVERIFY(!errors.first().message.isEmpty());
    }

    void resolvesObjectTypes()
    {
        QCOMPARE(m_dataset.resolveObjectType(QStringLiteral("CONTACT")), QStringLiteral("0-1"));
        QCOMPARE(m_dataset.resolveObjectType(QStringLiteral("contacts")), QStringLiteral("0-1"));
        QCOMPARE(m_dataset.resolveObjectType(QStringLiteral("0-5")), QStringLiteral("0-5"));
        QCOMPARE(m_dataset.resolveObjectType(QStringLiteral("pets")), QStringLiteral("2-4001"));
        QCOMPARE(m_dataset.resolveObjectType(QStringLiteral("p12345678_pets")),
                 QStringLiteral("2-4001"));
        QCOMPARE(m_dataset.resolveObjectType(QStringLiteral("PRODUCT")), QString());
        QCOMPARE(m_dataset.objectTypeIds().size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestSandboxSelection)
#include "tst_sandboxselection.moc"
