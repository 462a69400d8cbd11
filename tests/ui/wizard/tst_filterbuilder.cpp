// Mouse events go through the window system as a user's do, so an open popup grabs them and a
// click outside closes it (without this, QTest hands them straight to the widget).
#define QTEST_QPA_MOUSE_HANDLING

#include "filters/checkablecombo.h"
#include "filters/describesearch.h"
#include "filters/filterbuilder.h"
#include "filters/filtergroupbox.h"
#include "filters/filteroperators.h"
#include "filters/filterrow.h"
#include "filters/filtervalues.h"
#include "filters/propertycombo.h"
#include "filters/propertylistmodel.h"
#include "filters/valueeditors.h"
#include "model/validation.h"
#include "wizardtestdata.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace es;

namespace {

Filter makeFilter(const QString &property, FilterOperator op, const QString &value = {},
                  const QString &high = {}, const QStringList &values = {})
{
    Filter f;
    f.propertyName = property;
    f.op = op;
    f.value = value;
    f.highValue = high;
    f.values = values;
    return f;
}

// The centre of the option labelled `label` in the open list, in viewport coordinates.
QPoint optionPoint(const CheckableCombo *combo, const QString &label)
{
    const QAbstractItemModel *model = combo->popupView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data().toString() == label)
            return combo->popupView()->visualRect(index).center();
    }
    return {-1, -1};
}

void clickAt(QWidget *widget, const QPoint &point)
{
    QTest::mousePress(widget, Qt::LeftButton, {}, point);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, point);
}

QList<FilterOperator> comboOperators(const QComboBox *combo)
{
    QList<FilterOperator> out;
    for (int i = 0; i < combo->count(); ++i)
        out.append(FilterOperator(combo->itemData(i).toInt()));
    return out;
}

} // namespace

class TestFilterBuilder : public QObject
{
    Q_OBJECT

private:
    FilterBuilder *m_builder = nullptr;

    FilterRow *firstRowWith(const QString &property)
    {
        QTest::mouseClick(m_builder->addGroupButton(), Qt::LeftButton);
        FilterGroupBox *group = m_builder->group(m_builder->groupCount() - 1);
        FilterRow *row = group->row(0);
        row->chooseProperty(property);
        return row;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void init()
    {
        m_builder = new FilterBuilder;
        m_builder->setProperties(WizardTestData::contactProperties());
        m_builder->setObjectLabel(QStringLiteral("Contacts"));
        m_builder->resize(820, 600);
        m_builder->show();
    }

    void cleanup()
    {
        delete m_builder;
        m_builder = nullptr;
    }

    void propertyModelIsAValidModel()
    {
        PropertyListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProperties(WizardTestData::contactProperties());
        QVERIFY(model.rowCount() > 10);
        QVERIFY(model.rowOf(QStringLiteral("email")) >= 0);
        // Sorted by label for the combo.
        QCOMPARE(model.data(model.index(0)).toString(), QStringLiteral("All contact IDs"));
    }

    void operatorsFitThePropertyType_data()
    {
        QTest::addColumn<QString>("property");
        QTest::addColumn<QList<FilterOperator>>("expected");
        using Op = FilterOperator;
        const QList<Op> text{Op::Eq, Op::Neq,   Op::ContainsToken, Op::NotContainsToken,
                             Op::In, Op::NotIn, Op::HasProperty,   Op::NotHasProperty};
        const QList<Op> ordered{Op::Eq,  Op::Neq,     Op::Lt,          Op::Lte,           Op::Gt,
                                Op::Gte, Op::Between, Op::HasProperty, Op::NotHasProperty};
        const QList<Op> choice{Op::In,  Op::NotIn,       Op::Eq,
                               Op::Neq, Op::HasProperty, Op::NotHasProperty};
        QTest::newRow("string") << QStringLiteral("email") << text;
        QTest::newRow("phone") << QStringLiteral("phone") << text;
        QTest::newRow("number") << QStringLiteral("annualrevenue") << ordered;
        QTest::newRow("date") << QStringLiteral("closedate") << ordered;
        QTest::newRow("datetime") << QStringLiteral("createdate") << ordered;
        QTest::newRow("enumeration") << QStringLiteral("lifecyclestage") << choice;
        QTest::newRow("bool") << QStringLiteral("hs_email_optout") << choice;
    }

    void operatorsFitThePropertyType()
    {
        QFETCH(QString, property);
        QFETCH(QList<FilterOperator>, expected);
        FilterRow *row = firstRowWith(property);
        QCOMPARE(comboOperators(row->operatorCombo()), expected);
        // The first operator offered is the one chosen when the property is picked.
        QCOMPARE(row->filter().op, expected.first());
        // Plain words, never the API's operator names.
        for (int i = 0; i < row->operatorCombo()->count(); ++i) {
            const QString text = row->operatorCombo()->itemText(i);
            QVERIFY2(text == text.toLower(), qPrintable(text));
            QVERIFY(!text.contains(u'_'));
        }
    }

    void operatorWordsPerType()
    {
        QCOMPARE(operatorLabel(FilterOperator::Eq, PropertyDef::Type::String),
                 QStringLiteral("is"));
        QCOMPARE(operatorLabel(FilterOperator::NotContainsToken, PropertyDef::Type::String),
                 QStringLiteral("doesn't contain the word"));
        QCOMPARE(operatorLabel(FilterOperator::Lte, PropertyDef::Type::Number),
                 QStringLiteral("is at most"));
        QCOMPARE(operatorLabel(FilterOperator::Lt, PropertyDef::Type::Date),
                 QStringLiteral("is before"));
        QCOMPARE(operatorLabel(FilterOperator::NotIn, PropertyDef::Type::Enumeration),
                 QStringLiteral("is none of"));
        QCOMPARE(operatorLabel(FilterOperator::HasProperty, PropertyDef::Type::Bool),
                 QStringLiteral("is known"));
    }

    void valueEditorFitsTypeAndOperator()
    {
        // Text: one line edit.
        FilterRow *text = firstRowWith(QStringLiteral("email"));
        QVERIFY(text->valueEditor()->lowEditor());
        QVERIFY(qobject_cast<QLineEdit *>(text->valueEditor()->lowEditor()->editor()));
        QVERIFY(!text->valueEditor()->highEditor());

        // Number: a line edit that refuses letters and commas.
        text->chooseProperty(QStringLiteral("annualrevenue"));
        auto *number = qobject_cast<QLineEdit *>(text->valueEditor()->lowEditor()->editor());
        QVERIFY(number && number->validator());
        number->setFocus();
        QTest::keyClicks(number, QStringLiteral("12a,5.50"));
        QCOMPARE(number->text(), QStringLiteral("125.50"));
        QCOMPARE(text->filter().value, QStringLiteral("125.50"));

        // BETWEEN: two editors.
        text->chooseOperator(FilterOperator::Between);
        QVERIFY(text->valueEditor()->lowEditor());
        QVERIFY(text->valueEditor()->highEditor());
        QCOMPARE(text->filter().value, QStringLiteral("125.50")); // kept

        // HAS_PROPERTY: none.
        text->chooseOperator(FilterOperator::HasProperty);
        QVERIFY(!text->valueEditor()->lowEditor());
        QVERIFY(!text->valueEditor()->listCombo());
        QVERIFY(!text->valueEditor()->listLine());

        // Date and datetime: calendar pickers.
        text->chooseProperty(QStringLiteral("closedate"));
        text->chooseOperator(FilterOperator::Eq);
        auto *date = qobject_cast<QDateEdit *>(text->valueEditor()->lowEditor()->editor());
        QVERIFY(date);
        QVERIFY(date->calendarPopup());
        text->chooseProperty(QStringLiteral("createdate"));
        auto *dateTime = qobject_cast<QDateTimeEdit *>(text->valueEditor()->lowEditor()->editor());
        QVERIFY(dateTime);
        QVERIFY(dateTime->calendarPopup());
        QVERIFY(!qobject_cast<QDateEdit *>(dateTime));

        // Enumeration: multi-select for IN, one option for EQ.
        text->chooseProperty(QStringLiteral("lifecyclestage"));
        QCOMPARE(text->filter().op, FilterOperator::In);
        QVERIFY(text->valueEditor()->listCombo());
        QCOMPARE(text->valueEditor()->listCombo()->count(), 7);
        text->chooseOperator(FilterOperator::Eq);
        QVERIFY(qobject_cast<QComboBox *>(text->valueEditor()->lowEditor()->editor()));
        // Nothing chosen yet: the box says so instead of pretending a value.
        auto *options = qobject_cast<QComboBox *>(text->valueEditor()->lowEditor()->editor());
        QCOMPARE(options->currentIndex(), -1);
        QVERIFY(text->filter().value.isEmpty());
        options->setCurrentIndex(5);
        Q_EMIT options->activated(5);
        QCOMPARE(text->filter().value, QStringLiteral("customer"));

        // Text IN: a comma-separated line.
        text->chooseProperty(QStringLiteral("city"));
        text->chooseOperator(FilterOperator::In);
        QVERIFY(text->valueEditor()->listLine());
        QTest::keyClicks(text->valueEditor()->listLine(),
                         QStringLiteral("Berlin, Hamburg ,, Bonn"));
        QCOMPARE(text->filter().values,
                 (QStringList{QStringLiteral("Berlin"), QStringLiteral("Hamburg"),
                              QStringLiteral("Bonn")}));
    }

    void switchingOperatorKeepsCompatibleInput()
    {
        FilterRow *row = firstRowWith(QStringLiteral("country"));
        auto *line = qobject_cast<QLineEdit *>(row->valueEditor()->lowEditor()->editor());
        QTest::keyClicks(line, QStringLiteral("Germany"));
        QCOMPARE(row->filter().value, QStringLiteral("Germany"));

        row->chooseOperator(FilterOperator::Neq);
        QCOMPARE(row->filter().value, QStringLiteral("Germany"));
        row->chooseOperator(FilterOperator::In);
        QCOMPARE(row->filter().values, QStringList{QStringLiteral("Germany")});
        QVERIFY(row->filter().value.isEmpty()); // the JSON carries only what IN uses
        QCOMPARE(row->valueEditor()->listLine()->text(), QStringLiteral("Germany"));
        row->chooseOperator(FilterOperator::HasProperty);
        QVERIFY(row->filter().value.isEmpty() && row->filter().values.isEmpty());
        row->chooseOperator(FilterOperator::ContainsToken);
        QCOMPARE(row->filter().value, QStringLiteral("Germany"));

        // A different kind of property drops input that cannot mean anything there.
        row->chooseProperty(QStringLiteral("annualrevenue"));
        QCOMPARE(row->filter().op, FilterOperator::Eq);
        QVERIFY(row->filter().value.isEmpty());

        // Enumeration: IN → EQ takes the first chosen option, and back.
        row->chooseProperty(QStringLiteral("lifecyclestage"));
        CheckableCombo *combo = row->valueEditor()->listCombo();
        combo->toggleRow(5); // customer
        combo->toggleRow(1); // lead
        QCOMPARE(row->filter().values,
                 (QStringList{QStringLiteral("customer"), QStringLiteral("lead")}));
        QCOMPARE(combo->summary(), QStringLiteral("Customer, Lead"));
        row->chooseOperator(FilterOperator::Eq);
        QCOMPARE(row->filter().value, QStringLiteral("customer"));
        row->chooseOperator(FilterOperator::NotIn);
        QCOMPARE(row->filter().values,
                 (QStringList{QStringLiteral("customer"), QStringLiteral("lead")}));
    }

    void listComboWorksWithClicks()
    {
        // Real presses and releases, routed by Qt as a user's are (the open list grabs them).
        QVERIFY(QTest::qWaitForWindowActive(m_builder));
        FilterRow *row = firstRowWith(QStringLiteral("lifecyclestage"));
        CheckableCombo *combo = row->valueEditor()->listCombo();
        QVERIFY(combo);
        // Let the layout place the new row: clicks go to where it is on screen.
        QTRY_VERIFY(combo->isVisible() && combo->mapTo(m_builder, QPoint(0, 0)).y() > 0);
        QCoreApplication::processEvents();
        const QPoint centre = combo->rect().center();

        // One ordinary click opens the list and ticks nothing.
        QTest::mousePress(combo, Qt::LeftButton, {}, centre);
        QVERIFY(combo->isPopupVisible());
        QTest::mouseRelease(combo, Qt::LeftButton, {}, centre);
        QVERIFY(combo->isPopupVisible());
        QVERIFY(combo->checkedValues().isEmpty());
        QVERIFY(row->filter().values.isEmpty());
        QVERIFY(combo->popup()->width() >= combo->width());

        // Clicks on items toggle them; the list stays open.
        QWidget *viewport = combo->popupView()->viewport();
        clickAt(viewport, optionPoint(combo, QStringLiteral("Customer")));
        QCOMPARE(combo->checkedValues(), QStringList{QStringLiteral("customer")});
        QVERIFY(combo->isPopupVisible());
        clickAt(viewport, optionPoint(combo, QStringLiteral("Lead")));
        QCOMPARE(combo->checkedValues(),
                 (QStringList{QStringLiteral("customer"), QStringLiteral("lead")}));
        QVERIFY(combo->isPopupVisible());
        clickAt(viewport, optionPoint(combo, QStringLiteral("Customer")));
        QCOMPARE(combo->checkedValues(), QStringList{QStringLiteral("lead")});
        QCOMPARE(row->filter().values, QStringList{QStringLiteral("lead")});
        // A press on one item and a release on another is no choice.
        QTest::mousePress(viewport, Qt::LeftButton, {},
                          optionPoint(combo, QStringLiteral("Subscriber")));
        QTest::mouseRelease(viewport, Qt::LeftButton, {},
                            optionPoint(combo, QStringLiteral("Evangelist")));
        QCOMPARE(combo->checkedValues(), QStringList{QStringLiteral("lead")});

        // Escape closes.
        QTest::keyClick(combo->popupView(), Qt::Key_Escape);
        QVERIFY(!combo->isPopupVisible());

        // Typing filters the values; Space ticks the one left.
        clickAt(combo, centre);
        QVERIFY(combo->isPopupVisible());
        QTest::keyClicks(combo->popupView(), QStringLiteral("oppo"));
        QCOMPARE(combo->filterEdit()->text(), QStringLiteral("oppo"));
        QCOMPARE(combo->popupView()->model()->rowCount(), 1);
        QTest::keyClick(combo->popupView(), Qt::Key_Space);
        QCOMPARE(combo->checkedValues(),
                 (QStringList{QStringLiteral("lead"), QStringLiteral("opportunity")}));
        QVERIFY(combo->isPopupVisible());

        // A click outside closes and changes nothing; the list shows every value again.
        clickAt(m_builder->descriptionLabel(), QPoint(4, 4));
        QVERIFY(!combo->isPopupVisible());
        QCOMPARE(combo->checkedValues().size(), 2);
        clickAt(combo, centre);
        QCOMPARE(combo->popupView()->model()->rowCount(), 7);

        // A click on the box while the list is open only closes it.
        clickAt(combo, centre);
        QVERIFY(!combo->isPopupVisible());

        // Tab closes and moves on to the next field.
        clickAt(combo, centre);
        QVERIFY(combo->isPopupVisible());
        QTest::keyClick(combo->popupView(), Qt::Key_Tab);
        QVERIFY(!combo->isPopupVisible());
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget() != combo);
        QCOMPARE(QApplication::focusWidget()->window(), m_builder);
        QCOMPARE(combo->checkedValues().size(), 2);
        QCOMPARE(row->filter().values.size(), 2);
    }

    void limitsDisableAddButtons()
    {
        QSignalSpy changed(m_builder, &FilterBuilder::changed);
        QCOMPARE(m_builder->addGroupButton()->text(), QStringLiteral("&Add a filter"));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(m_builder->addGroupButton()->isEnabled());
            QTest::mouseClick(m_builder->addGroupButton(), Qt::LeftButton);
        }
        QCOMPARE(m_builder->groupCount(), 3);
        QCOMPARE(changed.count(), 3);
        QVERIFY(!m_builder->addGroupButton()->isEnabled());
        QVERIFY(m_builder->groupCounterLabel()->text().startsWith(QStringLiteral("3 of 3 groups")));
        QVERIFY(m_builder->addGroupButton()->toolTip().contains(QStringLiteral("at most 3")));

        FilterGroupBox *group = m_builder->group(1);
        QCOMPARE(group->counterLabel()->text(), QStringLiteral("1 of 3 filters"));
        QTest::mouseClick(group->addButton(), Qt::LeftButton);
        QTest::mouseClick(group->addButton(), Qt::LeftButton);
        QCOMPARE(group->rowCount(), 3);
        QVERIFY(!group->addButton()->isEnabled());
        QVERIFY(group->counterLabel()->text().startsWith(QStringLiteral("3 of 3 filters")));

        // Removing a filter frees a slot; removing the last filter of a group drops the group.
        QTest::mouseClick(group->row(2)->removeButton(), Qt::LeftButton);
        QCOMPARE(group->rowCount(), 2);
        QVERIFY(group->addButton()->isEnabled());
        FilterGroupBox *first = m_builder->group(0);
        QTest::mouseClick(first->row(0)->removeButton(), Qt::LeftButton);
        QCOMPARE(m_builder->groupCount(), 2);
        QVERIFY(m_builder->addGroupButton()->isEnabled());
        QCOMPARE(m_builder->group(0)->title(), QStringLiteral("Group 1 — all of these"));

        // Limits are a setting.
        ValidationLimits wide;
        wide.maxFilterGroups = 5;
        wide.maxFiltersPerGroup = 6;
        m_builder->setLimits(wide);
        QCOMPARE(m_builder->group(0)->counterLabel()->text(), QStringLiteral("2 of 6 filters"));
    }

    void removeGroupButton()
    {
        QTest::mouseClick(m_builder->addGroupButton(), Qt::LeftButton);
        QTest::mouseClick(m_builder->addGroupButton(), Qt::LeftButton);
        QTest::mouseClick(m_builder->group(0)->removeGroupButton(), Qt::LeftButton);
        QCOMPARE(m_builder->groupCount(), 1);
        QCOMPARE(m_builder->searchRequest().filterGroups.size(), 1);
    }

    void roundTripIsExact_data()
    {
        QTest::addColumn<SearchRequest>("request");
        using Op = FilterOperator;
        auto single = [](const Filter &f) {
            SearchRequest r;
            r.filterGroups.append(FilterGroup{{f}});
            return r;
        };
        QTest::newRow("EQ") << single(
            makeFilter(QStringLiteral("email"), Op::Eq, QStringLiteral("a@b.de")));
        QTest::newRow("NEQ") << single(
            makeFilter(QStringLiteral("country"), Op::Neq, QStringLiteral("France")));
        QTest::newRow("LT") << single(
            makeFilter(QStringLiteral("annualrevenue"), Op::Lt, QStringLiteral("1000")));
        QTest::newRow("LTE") << single(
            makeFilter(QStringLiteral("annualrevenue"), Op::Lte, QStringLiteral("1000.5")));
        QTest::newRow("GT") << single(
            makeFilter(QStringLiteral("closedate"), Op::Gt, QStringLiteral("1767225600000")));
        QTest::newRow("GTE") << single(
            makeFilter(QStringLiteral("createdate"), Op::Gte, QStringLiteral("1767222000123")));
        QTest::newRow("BETWEEN") << single(makeFilter(QStringLiteral("createdate"), Op::Between,
                                                      QStringLiteral("1767225600000"),
                                                      QStringLiteral("1782777600000")));
        QTest::newRow("IN") << single(
            makeFilter(QStringLiteral("lifecyclestage"), Op::In, {}, {},
                       {QStringLiteral("lead"), QStringLiteral("customer")}));
        QTest::newRow("NOT_IN") << single(makeFilter(QStringLiteral("hs_lead_status"), Op::NotIn,
                                                     {}, {}, {QStringLiteral("UNQUALIFIED")}));
        QTest::newRow("HAS_PROPERTY")
            << single(makeFilter(QStringLiteral("phone"), Op::HasProperty));
        QTest::newRow("NOT_HAS_PROPERTY")
            << single(makeFilter(QStringLiteral("company"), Op::NotHasProperty));
        QTest::newRow("CONTAINS_TOKEN") << single(makeFilter(
            QStringLiteral("email"), Op::ContainsToken, QStringLiteral("*@example.com")));
        QTest::newRow("NOT_CONTAINS_TOKEN") << single(
            makeFilter(QStringLiteral("firstname"), Op::NotContainsToken, QStringLiteral("test")));

        // What a preset may hold beyond what the widgets would produce.
        Filter unknown = makeFilter(QStringLiteral("email"), Op::Unknown, QStringLiteral("x"));
        unknown.operatorText = QStringLiteral("STARTS_WITH");
        QTest::newRow("unknown operator") << single(unknown);
        QTest::newRow("unknown property")
            << single(makeFilter(QStringLiteral("x_custom_thing"), Op::Eq, QStringLiteral("1")));
        QTest::newRow("unused fields kept")
            << single(makeFilter(QStringLiteral("email"), Op::Eq, QStringLiteral("a"),
                                 QStringLiteral("b"), {QStringLiteral("c")}));
        QTest::newRow("unknown option value") << single(makeFilter(
            QStringLiteral("lifecyclestage"), Op::In, {}, {}, {QStringLiteral("retired")}));
        QTest::newRow("operator unusual for type") << single(
            makeFilter(QStringLiteral("annualrevenue"), Op::ContainsToken, QStringLiteral("9")));
        SearchRequest full;
        full.filterGroups = {
            FilterGroup{{makeFilter(QStringLiteral("lifecyclestage"), Op::In, {}, {},
                                    {QStringLiteral("customer"), QStringLiteral("lead")}),
                         makeFilter(QStringLiteral("country"), Op::Eq, QStringLiteral("Germany"))}},
            FilterGroup{
                {makeFilter(QStringLiteral("createdate"), Op::Between,
                            QStringLiteral("1767222000000"), QStringLiteral("1782770400000"))}},
            FilterGroup{}};
        full.sorts = {Sort{QStringLiteral("email"), SortOrder::Descending},
                      Sort{QStringLiteral("lastname"), SortOrder::Ascending}};
        full.query = QStringLiteral("acme");
        QTest::newRow("groups, empty group, two sorts, query") << full;
        QTest::newRow("empty") << SearchRequest{};
    }

    void roundTripIsExact()
    {
        QFETCH(SearchRequest, request);
        m_builder->setSearchRequest(request);
        QCOMPARE(m_builder->searchRequest(), request);
        // And again after the properties were reloaded (the editors are rebuilt).
        m_builder->setProperties(WizardTestData::contactProperties());
        QCOMPARE(m_builder->searchRequest(), request);
        // Also without metadata at all.
        FilterBuilder bare;
        bare.setSearchRequest(request);
        QCOMPARE(bare.searchRequest(), request);
    }

    void allThirteenOperatorsCovered()
    {
        QList<FilterOperator> all = allFilterOperators();
        all.removeAll(FilterOperator::Unknown);
        QCOMPARE(all.size(), 13);
        QCOMPARE(operatorsForUnknownProperty().size(), 13);
    }

    void dateConversion()
    {
        // A date property holds midnight UTC of its day.
        QCOMPARE(FilterValues::fromDate(QDate(2026, 1, 1)), QStringLiteral("1767225600000"));
        QCOMPARE(FilterValues::toDate(QStringLiteral("1767225600000")), QDate(2026, 1, 1));
        // The test runs in Europe/Berlin: local midnight is 23:00 UTC the day before in winter,
        // 22:00 UTC in summer.
        QCOMPARE(FilterValues::fromLocalDateTime(QDateTime(QDate(2026, 1, 1), QTime(0, 0))),
                 QStringLiteral("1767222000000"));
        QCOMPARE(FilterValues::fromLocalDateTime(QDateTime(QDate(2026, 7, 1), QTime(12, 30))),
                 QString::number(
                     QDateTime(QDate(2026, 7, 1), QTime(10, 30), Qt::UTC).toMSecsSinceEpoch()));
        QCOMPARE(FilterValues::toLocalDateTime(QStringLiteral("1767222000000"))->time(),
                 QTime(0, 0));
        // ISO text from older presets is read too.
        QCOMPARE(FilterValues::toDate(QStringLiteral("2026-03-04")), QDate(2026, 3, 4));
    }

    void dateEditorsSendEpochMilliseconds()
    {
        FilterRow *row = firstRowWith(QStringLiteral("closedate"));
        auto *date = qobject_cast<QDateEdit *>(row->valueEditor()->lowEditor()->editor());
        QVERIFY(date);
        // Picking the property adopted the date the picker shows (today).
        QCOMPARE(row->filter().value, FilterValues::fromDate(QDate::currentDate()));
        date->setDate(QDate(2026, 6, 30));
        QCOMPARE(row->filter().value, QStringLiteral("1782777600000"));

        row->chooseProperty(QStringLiteral("createdate"));
        auto *dateTime = qobject_cast<QDateTimeEdit *>(row->valueEditor()->lowEditor()->editor());
        dateTime->setDateTime(QDateTime(QDate(2026, 1, 1), QTime(9, 0)));
        QCOMPARE(row->filter().value, QStringLiteral("1767254400000")); // 08:00 UTC

        // Reading back shows local time.
        SearchRequest request;
        request.filterGroups.append(FilterGroup{{makeFilter(
            QStringLiteral("createdate"), FilterOperator::Eq, QStringLiteral("1767254400000"))}});
        m_builder->setSearchRequest(request);
        auto *shown = qobject_cast<QDateTimeEdit *>(
            m_builder->group(0)->row(0)->valueEditor()->lowEditor()->editor());
        QCOMPARE(shown->dateTime(), QDateTime(QDate(2026, 1, 1), QTime(9, 0)));
        request.filterGroups[0].filters[0] = makeFilter(
            QStringLiteral("closedate"), FilterOperator::Eq, QStringLiteral("1782777600000"));
        m_builder->setSearchRequest(request);
        auto *shownDate = qobject_cast<QDateEdit *>(
            m_builder->group(0)->row(0)->valueEditor()->lowEditor()->editor());
        QCOMPARE(shownDate->date(), QDate(2026, 6, 30));
    }

    void describeSearchSentences_data()
    {
        QTest::addColumn<SearchRequest>("request");
        QTest::addColumn<QString>("expected");
        using Op = FilterOperator;
        SearchRequest brief;
        brief.filterGroups = {
            FilterGroup{{makeFilter(QStringLiteral("lifecyclestage"), Op::In, {}, {},
                                    {QStringLiteral("customer"), QStringLiteral("lead")}),
                         makeFilter(QStringLiteral("country"), Op::Eq, QStringLiteral("Germany"))}},
            FilterGroup{
                {makeFilter(QStringLiteral("closedate"), Op::Between,
                            QStringLiteral("1767225600000"), QStringLiteral("1782777600000"))}}};
        brief.sorts = {Sort{QStringLiteral("email"), SortOrder::Ascending}};
        QTest::newRow("the brief's example")
            << brief
            << QStringLiteral("Contacts where (Lifecycle stage is any of Customer, Lead AND "
                              "Country/Region is Germany) OR (Close date is between 1 Jan 2026 and "
                              "30 Jun 2026), sorted by Email A→Z.");
        QTest::newRow("nothing") << SearchRequest{} << QStringLiteral("All Contacts.");
        SearchRequest one;
        one.filterGroups = {FilterGroup{{makeFilter(QStringLiteral("phone"), Op::HasProperty)}}};
        QTest::newRow("one group, no parentheses")
            << one << QStringLiteral("Contacts where Phone number is known.");
        SearchRequest dated;
        dated.filterGroups = {FilterGroup{
            {makeFilter(QStringLiteral("createdate"), Op::Gte, QStringLiteral("1767254400000")),
             makeFilter(QStringLiteral("hs_email_optout"), Op::Eq, QStringLiteral("false"))}}};
        dated.sorts = {Sort{QStringLiteral("createdate"), SortOrder::Descending}};
        QTest::newRow("datetime in local time, bool label, date sort")
            << dated
            << QStringLiteral("Contacts where Create date is on or after 1 Jan 2026 09:00 AND "
                              "Unsubscribed from all email is No, sorted by Create date, newest "
                              "first.");
        SearchRequest query;
        query.query = QStringLiteral("acme");
        query.filterGroups = {FilterGroup{{makeFilter(
            QStringLiteral("x_unknown"), Op::NotContainsToken, QStringLiteral("test"))}}};
        QTest::newRow("query and unknown property")
            << query
            << QStringLiteral("Contacts matching the text “acme” where x_unknown doesn't contain "
                              "the word test.");
        SearchRequest empty;
        empty.filterGroups = {FilterGroup{{makeFilter(QStringLiteral("annualrevenue"), Op::Lt)}}};
        empty.sorts = {Sort{QStringLiteral("annualrevenue"), SortOrder::Ascending}};
        QTest::newRow("missing value")
            << empty
            << QStringLiteral("Contacts where Annual revenue is less than (empty), sorted by "
                              "Annual revenue, smallest first.");
    }

    void describeSearchSentences()
    {
        QFETCH(SearchRequest, request);
        QFETCH(QString, expected);
        QCOMPARE(describeSearch(request, WizardTestData::contactProperties(),
                                QStringLiteral("Contacts")),
                 expected);
    }

    void sentenceFollowsTheEditor()
    {
        FilterRow *row = firstRowWith(QStringLiteral("country"));
        QTest::keyClicks(qobject_cast<QLineEdit *>(row->valueEditor()->lowEditor()->editor()),
                         QStringLiteral("Germany"));
        QCOMPARE(m_builder->descriptionLabel()->text(),
                 QStringLiteral("“Contacts where Country/Region is Germany.”"));
        m_builder->sortCombo()->setFocus();
        m_builder->sortCombo()->lineEdit()->setText(QStringLiteral("Email"));
        QTest::keyClick(m_builder->sortCombo()->lineEdit(), Qt::Key_Return);
        QCOMPARE(m_builder->searchRequest().sorts,
                 (QList<Sort>{Sort{QStringLiteral("email"), SortOrder::Ascending}}));
        m_builder->sortOrderCombo()->setCurrentIndex(1);
        Q_EMIT m_builder->sortOrderCombo()->activated(1);
        QVERIFY(m_builder->descriptionLabel()->text().endsWith(
            QStringLiteral("sorted by Email Z→A.”")));
        // Clearing the sort text removes the sort.
        m_builder->sortCombo()->lineEdit()->clear();
        QTest::keyClick(m_builder->sortCombo()->lineEdit(), Qt::Key_Return);
        QVERIFY(m_builder->searchRequest().sorts.isEmpty());
    }

    void propertyComboSearchesLabelAndName()
    {
        FilterRow *row = firstRowWith(QStringLiteral("email"));
        PropertyCombo *combo = row->propertyCombo();
        QSignalSpy chosen(combo, &PropertyCombo::propertyChosen);
        combo->setFocus();
        // Typing the internal name picks the property.
        combo->lineEdit()->selectAll();
        QTest::keyClicks(combo->lineEdit(), QStringLiteral("lifecyclestage"));
        QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
        QCOMPARE(row->filter().propertyName, QStringLiteral("lifecyclestage"));
        QCOMPARE(combo->lineEdit()->text(), QStringLiteral("Lifecycle stage"));
        QCOMPARE(chosen.count(), 1);
        // The completer matches anywhere in label or name.
        combo->lineEdit()->selectAll();
        QTest::keyClicks(combo->lineEdit(), QStringLiteral("revenue"));
        QCOMPARE(combo->completer()->completionCount(), 1);
        QCOMPARE(combo->completer()->currentCompletion(), QStringLiteral("Annual revenue"));
        // Typing nonsense and leaving reverts to the chosen property.
        combo->lineEdit()->selectAll();
        QTest::keyClicks(combo->lineEdit(), QStringLiteral("zzzz"));
        QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
        QCOMPARE(row->filter().propertyName, QStringLiteral("lifecyclestage"));
        QCOMPARE(combo->lineEdit()->text(), QStringLiteral("Lifecycle stage"));
    }

    void issuesAppearNextToTheirField()
    {
        SearchRequest request;
        request.filterGroups = {FilterGroup{
            {makeFilter(QStringLiteral("email"), FilterOperator::Eq, QStringLiteral("x")),
             makeFilter(QStringLiteral("annualrevenue"), FilterOperator::Between,
                        QStringLiteral("9"), QStringLiteral("1"))}}};
        request.query = QString(3001, u'a');
        m_builder->setSearchRequest(request);
        ExportRequest exportRequest;
        exportRequest.search = request;
        m_builder->setIssues(validate(exportRequest));
        QVERIFY(m_builder->group(0)->row(0)->issue().isEmpty());
        QVERIFY(m_builder->group(0)->row(1)->issue().contains(QStringLiteral("Swap")));
        QCOMPARE(m_builder->queryEdit()->text().size(), 3001); // not cut silently
        m_builder->setIssues({});
        QVERIFY(m_builder->group(0)->row(1)->issue().isEmpty());
    }

    void problemsInTheUsersWords()
    {
        SearchRequest request;
        request.filterGroups = {
            FilterGroup{{makeFilter(QStringLiteral("lifecyclestage"), FilterOperator::In),
                         makeFilter(QStringLiteral("annualrevenue"), FilterOperator::Between,
                                    QStringLiteral("10"))}},
            FilterGroup{{makeFilter(QStringLiteral("email"), FilterOperator::ContainsToken),
                         makeFilter(QStringLiteral("annualrevenue"), FilterOperator::Between,
                                    QStringLiteral("9"), QStringLiteral("1"))}}};
        m_builder->setSearchRequest(request);
        ExportRequest exportRequest;
        exportRequest.search = request;
        const QList<ValidationIssue> issues = validate(exportRequest);
        m_builder->setIssues(issues);
        // A filter read from a preset shows its problem at once, with the property's label and
        // the operator in the app's words.
        QCOMPARE(m_builder->group(0)->row(0)->issue(),
                 QStringLiteral("⚠ Lifecycle stage is any of: choose at least one value."));
        QCOMPARE(m_builder->group(0)->row(1)->issue(),
                 QStringLiteral("⚠ Annual revenue is between: enter the largest value to "
                                "include."));
        QCOMPARE(m_builder->group(1)->row(0)->issue(),
                 QStringLiteral("⚠ Email contains the word: enter a value."));
        QCOMPARE(m_builder->group(1)->row(1)->issue(),
                 QStringLiteral("⚠ Annual revenue is between: the first value is greater than "
                                "the second, so nothing can match. Swap them."));
        // The command line keeps the JSON path and HubSpot's operator names.
        const QStringList lines = describe(issues);
        QVERIFY(lines.contains(QStringLiteral(
            "publicCrmSearchRequest.filterGroups[0].filters[0].values: IN needs at least one "
            "value in \"values\". Add the values to match.")));
        QVERIFY(lines.contains(QStringLiteral(
            "publicCrmSearchRequest.filterGroups[0].filters[1].highValue: BETWEEN needs an upper "
            "bound in \"highValue\". Enter the largest value to include.")));
        const auto noValues =
            std::find_if(issues.cbegin(), issues.cend(), [](const ValidationIssue &issue) {
                return issue.field == u"publicCrmSearchRequest.filterGroups[0].filters[0].values";
            });
        QVERIFY(noValues != issues.cend());
        QCOMPARE(noValues->code, ValidationIssue::Code::NoValues);
        QCOMPARE(noValues->propertyName, QStringLiteral("lifecyclestage"));
        QCOMPARE(noValues->op, FilterOperator::In);
    }

    void numberFieldSaysWhyInputWasRefused()
    {
        FilterRow *row = firstRowWith(QStringLiteral("annualrevenue"));
        QLineEdit *edit = qobject_cast<QLineEdit *>(row->valueEditor()->lowEditor()->editor());
        QVERIFY(edit);
        QTest::keyClicks(edit, QStringLiteral("1e"));
        QCOMPARE(edit->text(), QStringLiteral("1"));
        QVERIFY2(row->issue().contains(QStringLiteral("“e”")), qPrintable(row->issue()));
        QVERIFY(row->issue().contains(QStringLiteral("not typed")));
        // The next accepted key clears the note; the value is what the field shows.
        QTest::keyClicks(edit, QStringLiteral("5"));
        QVERIFY(row->issue().isEmpty());
        QCOMPARE(row->filter().value, QStringLiteral("15"));
        QTest::keyClicks(edit, QStringLiteral("x"));
        QVERIFY(row->issue().contains(QStringLiteral("“x”")));
        QCOMPARE(edit->text(), QStringLiteral("15"));
    }

    void accessibleNames()
    {
        QTest::mouseClick(m_builder->addGroupButton(), Qt::LeftButton);
        QTest::mouseClick(m_builder->addGroupButton(), Qt::LeftButton);
        FilterRow *row = m_builder->group(1)->row(0);
        QCOMPARE(row->propertyCombo()->accessibleName(),
                 QStringLiteral("Group 2, filter 1, property"));
        QCOMPARE(row->operatorCombo()->accessibleName(),
                 QStringLiteral("Group 2, filter 1, condition"));
        QVERIFY(!row->removeButton()->accessibleName().isEmpty());
        QVERIFY(!m_builder->queryEdit()->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestFilterBuilder)
#include "tst_filterbuilder.moc"
