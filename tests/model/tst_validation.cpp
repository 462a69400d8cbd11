#include "model/exportrequest.h"
#include "model/validation.h"

#include <QTest>
#include <functional>

using namespace es;

using Mutation = std::function<void(ExportRequest &)>;
Q_DECLARE_METATYPE(Mutation)
Q_DECLARE_METATYPE(es::ValidationLimits)

namespace {

ExportRequest validView()
{
    ExportRequest request;
    request.exportType = ExportType::View;
    request.exportName = QStringLiteral("All contacts");
    request.objectType = QStringLiteral("CONTACT");
    request.objectProperties = {QStringLiteral("email"), QStringLiteral("firstname"),
                                QStringLiteral("lastname")};
    SearchRequest search;
    search.filterGroups = {
        FilterGroup{{Filter{
            QStringLiteral("email"), FilterOperator::Eq, {}, QStringLiteral("a@b.c"), {}, {}}}},
        FilterGroup{
            {Filter{QStringLiteral("firstname"), FilterOperator::HasProperty, {}, {}, {}, {}}}}};
    search.sorts = {Sort{QStringLiteral("email"), SortOrder::Descending}};
    request.search = search;
    return request;
}

Filter &filter(ExportRequest &request, int group, int index)
{
    return request.search->filterGroups[group].filters[index];
}

QString issueList(const QList<ValidationIssue> &issues)
{
    return describe(issues).join(u'\n');
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void validRequestsHaveNoIssues_data();
    void validRequestsHaveNoIssues();
    void rule_data();
    void rule();
    void everyProblemAtOnce();
    void describeFormatsLines();
};

void TestValidation::validRequestsHaveNoIssues_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<ValidationLimits>("limits");

    const ValidationLimits defaults;
    QTest::newRow("view with filters") << Mutation([](ExportRequest &) {}) << defaults;
    QTest::newRow("view without search")
        << Mutation([](ExportRequest &r) { r.search.reset(); }) << defaults;
    QTest::newRow("list") << Mutation([](ExportRequest &r) {
        r.exportType = ExportType::List;
        r.search.reset();
        r.listId = QStringLiteral("1234567");
    }) << defaults;
    QTest::newRow("list with an empty search") << Mutation([](ExportRequest &r) {
        r.exportType = ExportType::List;
        r.search = SearchRequest{};
        r.listId = QStringLiteral("12");
    }) << defaults;
    QTest::newRow("custom object id") << Mutation([](ExportRequest &r) {
        r.objectType = QStringLiteral("2-123456");
        r.associatedObjectType = {QStringLiteral("0-2"), QStringLiteral("DEAL"),
                                  QStringLiteral("2-99"), QStringLiteral("TICKET")};
    }) << defaults;
    QTest::newRow("between equal bounds") << Mutation([](ExportRequest &r) {
        filter(r, 0, 0) = Filter{QStringLiteral("amount"), FilterOperator::Between, {},
                                 QStringLiteral("5"),      QStringLiteral("5"),     {}};
    }) << defaults;
    QTest::newRow("between a number and text is left to HubSpot") << Mutation([](ExportRequest &r) {
        filter(r, 0, 0) = Filter{QStringLiteral("name"), FilterOperator::Between, {},
                                 QStringLiteral("9"),    QStringLiteral("b"),     {}};
    }) << defaults;
    QTest::newRow("five groups of six with raised limits") << Mutation([](ExportRequest &r) {
        Filter f{QStringLiteral("email"), FilterOperator::HasProperty, {}, {}, {}, {}};
        r.search->filterGroups = QList<FilterGroup>(5, FilterGroup{QList<Filter>(6, f)});
    }) << ValidationLimits{5, 6, 4, 3000, 255};
    QTest::newRow("query of exactly 3000 characters")
        << Mutation([](ExportRequest &r) { r.search->query = QString(3000, u'q'); }) << defaults;
}

void TestValidation::validRequestsHaveNoIssues()
{
    QFETCH(Mutation, mutate);
    QFETCH(ValidationLimits, limits);
    ExportRequest request = validView();
    mutate(request);
    const QList<ValidationIssue> issues = validate(request, limits);
    QVERIFY2(issues.isEmpty(), qPrintable(issueList(issues)));
}

void TestValidation::rule_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("isError");

    const auto toList = [](ExportRequest &r) {
        r.exportType = ExportType::List;
        r.search.reset();
        r.listId = QStringLiteral("42");
    };

    QTest::newRow("LIST without listId") << Mutation([=](ExportRequest &r) {
        toList(r);
        r.listId.clear();
    }) << QStringLiteral("listId") << true;
    QTest::newRow("listId not digits") << Mutation([=](ExportRequest &r) {
        toList(r);
        r.listId = QStringLiteral("12a");
    }) << QStringLiteral("listId") << true;
    QTest::newRow("search request on LIST") << Mutation([=](ExportRequest &r) {
        toList(r);
        r.search = SearchRequest{{}, {}, QStringLiteral("hello")};
    }) << QStringLiteral("publicCrmSearchRequest")
                                            << true;
    QTest::newRow("listId on VIEW is ignored")
        << Mutation([](ExportRequest &r) { r.listId = QStringLiteral("5"); })
        << QStringLiteral("listId") << false;
    QTest::newRow("more than 4 associated types") << Mutation([](ExportRequest &r) {
        r.associatedObjectType = {QStringLiteral("COMPANY"), QStringLiteral("DEAL"),
                                  QStringLiteral("TICKET"), QStringLiteral("NOTE"),
                                  QStringLiteral("TASK")};
    }) << QStringLiteral("associatedObjectType") << true;
    QTest::newRow("unknown associated type") << Mutation([](ExportRequest &r) {
        r.associatedObjectType = {QStringLiteral("COMPANY"), QStringLiteral("PETS")};
    }) << QStringLiteral("associatedObjectType[1]")
                                             << true;
    QTest::newRow("no properties") << Mutation([](ExportRequest &r) { r.objectProperties.clear(); })
                                   << QStringLiteral("objectProperties") << true;
    QTest::newRow("empty property name")
        << Mutation([](ExportRequest &r) { r.objectProperties[1] = QStringLiteral(" "); })
        << QStringLiteral("objectProperties[1]") << true;
    QTest::newRow("duplicate property")
        << Mutation([](ExportRequest &r) { r.objectProperties[2] = QStringLiteral("email"); })
        << QStringLiteral("objectProperties[2]") << true;
    QTest::newRow("unknown operator") << Mutation([](ExportRequest &r) {
        filter(r, 1, 0).op = FilterOperator::Unknown;
        filter(r, 1, 0).operatorText = QStringLiteral("LIKE");
    }) << QStringLiteral("publicCrmSearchRequest.filterGroups[1].filters[0].operator")
                                      << true;
    QTest::newRow("EQ without value")
        << Mutation([](ExportRequest &r) { filter(r, 0, 0).value.clear(); })
        << QStringLiteral("publicCrmSearchRequest.filterGroups[0].filters[0].value") << true;
    QTest::newRow("CONTAINS_TOKEN with a list instead of a value")
        << Mutation([](ExportRequest &r) {
               filter(r, 0, 0) = Filter{
                   QStringLiteral("email"),          FilterOperator::ContainsToken, {}, {}, {},
                   {QStringLiteral("*@hubspot.com")}};
           })
        << QStringLiteral("publicCrmSearchRequest.filterGroups[0].filters[0].value") << true;
    QTest::newRow("IN with empty values") << Mutation([](ExportRequest &r) {
        filter(r, 0, 0) = Filter{QStringLiteral("lifecyclestage"),
                                 FilterOperator::In,
                                 {},
                                 QStringLiteral("lead"),
                                 {},
                                 {}};
    }) << QStringLiteral("publicCrmSearchRequest.filterGroups[0].filters[0].values")
                                          << true;
    QTest::newRow("NOT_IN with an empty list entry") << Mutation([](ExportRequest &r) {
        filter(r, 0, 0) =
            Filter{QStringLiteral("lifecyclestage"),   FilterOperator::NotIn, {}, {}, {},
                   {QStringLiteral("lead"), QString()}};
    }) << QStringLiteral("publicCrmSearchRequest.filterGroups[0].filters[0].values[1]")
                                                     << true;
    QTest::newRow("BETWEEN missing highValue") << Mutation([](ExportRequest &r) {
        filter(r, 0, 0) = Filter{
            QStringLiteral("amount"), FilterOperator::Between, {}, QStringLiteral("1"), {}, {}};
    }) << QStringLiteral("publicCrmSearchRequest.filterGroups[0].filters[0].highValue")
                                               << true;
    QTest::newRow("BETWEEN missing value") << Mutation([](ExportRequest &r) {
        filter(r, 0, 0) = Filter{
            QStringLiteral("amount"), FilterOperator::Between, {}, {}, QStringLiteral("9"), {}};
    }) << QStringLiteral("publicCrmSearchRequest.filterGroups[0].filters[0].value")
                                           << true;
    QTest::newRow("BETWEEN numbers low > high") << Mutation([](ExportRequest &r) {
        filter(r, 0, 0) = Filter{QStringLiteral("amount"), FilterOperator::Between, {},
                                 QStringLiteral("100.5"),  QStringLiteral("20"),    {}};
    }) << QStringLiteral("publicCrmSearchRequest.filterGroups[0].filters[0].highValue")
                                                << true;
    QTest::newRow("BETWEEN epoch ms low > high") << Mutation([](ExportRequest &r) {
        filter(r, 0, 0) =
            Filter{QStringLiteral("createdate"),    FilterOperator::Between,         {},
                   QStringLiteral("1711929599999"), QStringLiteral("1704067200000"), {}};
    }) << QStringLiteral("publicCrmSearchRequest.filterGroups[0].filters[0].highValue")
                                                 << true;
    QTest::newRow("BETWEEN ISO dates low > high") << Mutation([](ExportRequest &r) {
        filter(r, 0, 0) = Filter{QStringLiteral("closedate"),  FilterOperator::Between,      {},
                                 QStringLiteral("2024-03-01"), QStringLiteral("2024-01-31"), {}};
    }) << QStringLiteral("publicCrmSearchRequest.filterGroups[0].filters[0].highValue")
                                                  << true;
    QTest::newRow("BETWEEN ISO date-times low > high") << Mutation([](ExportRequest &r) {
        filter(r, 0, 0) = Filter{QStringLiteral("closedate"),
                                 FilterOperator::Between,
                                 {},
                                 QStringLiteral("2024-03-01T10:00:00Z"),
                                 QStringLiteral("2024-03-01T09:59:59Z"),
                                 {}};
    }) << QStringLiteral("publicCrmSearchRequest.filterGroups[0].filters[0].highValue")
                                                       << true;
    QTest::newRow("HAS_PROPERTY with a value")
        << Mutation([](ExportRequest &r) { filter(r, 1, 0).value = QStringLiteral("x"); })
        << QStringLiteral("publicCrmSearchRequest.filterGroups[1].filters[0].value") << false;
    QTest::newRow("too many groups")
        << Mutation([](ExportRequest &r) { r.search->filterGroups.append(r.search->filterGroups); })
        << QStringLiteral("publicCrmSearchRequest.filterGroups") << true;
    QTest::newRow("too many filters in a group") << Mutation([](ExportRequest &r) {
        r.search->filterGroups[0].filters = QList<Filter>(4, filter(r, 0, 0));
    }) << QStringLiteral("publicCrmSearchRequest.filterGroups[0].filters")
                                                 << true;
    QTest::newRow("empty group") << Mutation([](ExportRequest &r) {
        r.search->filterGroups[1].filters.clear();
    }) << QStringLiteral("publicCrmSearchRequest.filterGroups[1].filters")
                                 << true;
    QTest::newRow("filter without property")
        << Mutation([](ExportRequest &r) { filter(r, 0, 0).propertyName.clear(); })
        << QStringLiteral("publicCrmSearchRequest.filterGroups[0].filters[0].propertyName") << true;
    QTest::newRow("sort without property")
        << Mutation([](ExportRequest &r) { r.search->sorts[0].propertyName.clear(); })
        << QStringLiteral("publicCrmSearchRequest.sorts[0].propertyName") << true;
    QTest::newRow("more than one sort") << Mutation([](ExportRequest &r) {
        r.search->sorts.append(Sort{QStringLiteral("firstname"), SortOrder::Ascending});
    }) << QStringLiteral("publicCrmSearchRequest.sorts")
                                        << true;
    QTest::newRow("empty export name")
        << Mutation([](ExportRequest &r) { r.exportName = QStringLiteral("   "); })
        << QStringLiteral("exportName") << true;
    QTest::newRow("export name too long")
        << Mutation([](ExportRequest &r) { r.exportName = QString(256, u'n'); })
        << QStringLiteral("exportName") << true;
    QTest::newRow("query over 3000 characters")
        << Mutation([](ExportRequest &r) { r.search->query = QString(3001, u'q'); })
        << QStringLiteral("publicCrmSearchRequest.query") << true;
    QTest::newRow("unknown language")
        << Mutation([](ExportRequest &r) { r.language = QStringLiteral("PT"); })
        << QStringLiteral("language") << true;
    QTest::newRow("custom object by name")
        << Mutation([](ExportRequest &r) { r.objectType = QStringLiteral("pets"); })
        << QStringLiteral("objectType") << true;
    QTest::newRow("unknown object id")
        << Mutation([](ExportRequest &r) { r.objectType = QStringLiteral("0-999"); })
        << QStringLiteral("objectType") << true;
    QTest::newRow("empty object type") << Mutation([](ExportRequest &r) { r.objectType.clear(); })
                                       << QStringLiteral("objectType") << true;
}

void TestValidation::rule()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, field);
    QFETCH(bool, isError);

    ExportRequest request = validView();
    mutate(request);
    const QList<ValidationIssue> issues = validate(request);

    const auto found = std::find_if(issues.begin(), issues.end(),
                                    [&](const ValidationIssue &i) { return i.field == field; });
    QVERIFY2(found != issues.end(),
             qPrintable(QStringLiteral("no issue for %1; got:\n%2").arg(field, issueList(issues))));
    QCOMPARE(found->isError(), isError);
    QCOMPARE(hasErrors(issues), isError);
    // A message says what is wrong and what to do: at least two sentences' worth of text.
    QVERIFY2(found->message.size() > 30, qPrintable(found->message));
    QVERIFY(found->message.contains(u'.'));
}

void TestValidation::everyProblemAtOnce()
{
    ExportRequest request = validView();
    request.exportName.clear();
    request.language = QStringLiteral("xx");
    request.objectProperties.clear();
    filter(request, 0, 0).value.clear();
    request.search->sorts.append(request.search->sorts);

    const QList<ValidationIssue> issues = validate(request);
    QStringList fields;
    for (const ValidationIssue &issue : issues)
        fields.append(issue.field);
    // In the order of the fields in the wire body.
    QCOMPARE(fields, QStringList({QStringLiteral("exportName"), QStringLiteral("language"),
                                  QStringLiteral("objectProperties"),
                                  QStringLiteral("publicCrmSearchRequest.filterGroups[0]"
                                                 ".filters[0].value"),
                                  QStringLiteral("publicCrmSearchRequest.sorts")}));
}

void TestValidation::describeFormatsLines()
{
    const QList<ValidationIssue> issues{
        {QStringLiteral("listId"), QStringLiteral("Missing."), ValidationIssue::Severity::Error},
        {QStringLiteral("x"), QStringLiteral("Ignored."), ValidationIssue::Severity::Warning},
        {QString(), QStringLiteral("Bad JSON."), ValidationIssue::Severity::Error}};
    QCOMPARE(describe(issues),
             QStringList({QStringLiteral("listId: Missing."),
                          QStringLiteral("x: warning: Ignored."), QStringLiteral("Bad JSON.")}));
    QVERIFY(hasErrors(issues));
    QVERIFY(!hasErrors(issues.mid(1, 1)));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
