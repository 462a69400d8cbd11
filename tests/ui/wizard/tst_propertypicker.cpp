#include "pickers/itemroles.h"
#include "pickers/listinfomodel.h"
#include "pickers/propertyfilterproxy.h"
#include "pickers/propertypicker.h"
#include "pickers/propertytreemodel.h"
#include "pickers/selectedcolumnsmodel.h"
#include "wizardtestdata.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace es;

class TestPropertyPicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelsPassTheTester()
    {
        PropertyTreeModel tree;
        QAbstractItemModelTester treeTester(&tree,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        PropertyFilterProxy proxy;
        proxy.setSourceModel(&tree);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SelectedColumnsModel selected;
        QAbstractItemModelTester selectedTester(
            &selected, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ListInfoModel lists;
        QAbstractItemModelTester listsTester(
            &lists, QAbstractItemModelTester::FailureReportingMode::QtTest);

        tree.setProperties(WizardTestData::contactProperties(), WizardTestData::contactGroups());
        QCOMPARE(tree.rowCount(), 4);
        tree.setChecked(QStringLiteral("email"), true);
        tree.setCheckedNames({QStringLiteral("email"), QStringLiteral("phone")});
        proxy.setSearchText(QStringLiteral("date"));
        proxy.setSearchText(QString());
        selected.setNames({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        QVERIFY(selected.moveRows({}, 0, 1, {}, 3));
        QCOMPARE(selected.names(),
                 (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")}));
        QVERIFY(selected.moveRows({}, 2, 1, {}, 0));
        QCOMPARE(selected.names(),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QVERIFY(!selected.moveRows({}, 1, 1, {}, 2)); // onto itself
        selected.append({QStringLiteral("d"), QStringLiteral("a")});
        QCOMPARE(selected.rowCount(), 4);
        QVERIFY(selected.removeRows(0, 2));
        ListInfo list;
        list.listId = QStringLiteral("7");
        list.name = QStringLiteral("VIPs");
        list.size = 12;
        list.processingType = QStringLiteral("DYNAMIC");
        lists.setLists({list});
        QCOMPARE(lists.data(lists.index(0, ListInfoModel::TypeColumn)).toString(),
                 QStringLiteral("Active"));
    }

    void groupCheckboxSelectsAllAndNone()
    {
        PropertyPicker picker;
        picker.setProperties(WizardTestData::contactProperties(), WizardTestData::contactGroups());
        QSignalSpy changed(&picker, &PropertyPicker::selectionChanged);
        PropertyTreeModel *model = picker.treeModel();
        const QModelIndex email = model->indexOf(QStringLiteral("email"));
        QVERIFY(email.isValid());
        const QModelIndex group = email.parent();
        QCOMPARE(group.data().toString(), QStringLiteral("Contact information"));
        QCOMPARE(group.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

        QVERIFY(model->setData(email, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(group.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
        QCOMPARE(picker.selectedNames(), QStringList{QStringLiteral("email")});

        QVERIFY(model->setData(group, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(group.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(picker.selectedNames().size(), model->rowCount(group));
        QCOMPARE(picker.selectedNames().first(), QStringLiteral("email")); // order kept

        QVERIFY(model->setData(group, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(picker.selectedNames().isEmpty());
        QCOMPARE(changed.count(), 3);
    }

    void badgesAndGreyNames()
    {
        PropertyTreeModel model;
        model.setProperties(WizardTestData::contactProperties(), WizardTestData::contactGroups());
        const QModelIndex hidden = model.indexOf(QStringLiteral("hs_all_contact_vids"));
        QCOMPARE(hidden.data(ItemRoles::BadgesRole).toStringList(),
                 (QStringList{QStringLiteral("hidden"), QStringLiteral("calculated")}));
        QCOMPARE(hidden.data(ItemRoles::NameRole).toString(),
                 QStringLiteral("hs_all_contact_vids"));
        QVERIFY(model.indexOf(QStringLiteral("email"))
                    .data(ItemRoles::BadgesRole)
                    .toStringList()
                    .isEmpty());
    }

    // Speed is bench_propertypicker's figure; this checks the results with 5,000 properties.
    void searchFiltersFiveThousandProperties()
    {
        PropertyPicker picker;
        picker.resize(860, 480);
        picker.show();
        picker.setProperties(WizardTestData::syntheticProperties(5000),
                             WizardTestData::syntheticGroups());
        QCOMPARE(picker.treeModel()->propertyCount(), 5000);

        QTest::keyClicks(picker.searchEdit(), QStringLiteral("field 123"));
        QCoreApplication::processEvents();
        // "Custom field 123" and "Custom field 1230".."1239".
        int shown = 0;
        for (int g = 0; g < picker.proxy()->rowCount(); ++g)
            shown += picker.proxy()->rowCount(picker.proxy()->index(g, 0));
        QCOMPARE(shown, 11);
        // By internal name too.
        picker.searchEdit()->setText(QStringLiteral("custom_field_4999"));
        shown = 0;
        for (int g = 0; g < picker.proxy()->rowCount(); ++g)
            shown += picker.proxy()->rowCount(picker.proxy()->index(g, 0));
        QCOMPARE(shown, 1);
        picker.searchEdit()->clear();
        QCOMPARE(picker.proxy()->rowCount(), 25);
        QVERIFY(picker.treeView()->uniformRowHeights()); // what keeps 5,000 rows cheap to lay out
    }

    void reorderWithButtonsKeysAndDelete()
    {
        PropertyPicker picker;
        picker.setProperties(WizardTestData::contactProperties(), WizardTestData::contactGroups());
        picker.setSelectedNames(
            {QStringLiteral("email"), QStringLiteral("firstname"), QStringLiteral("lastname")});
        QVERIFY(picker.treeModel()->isChecked(QStringLiteral("firstname")));
        picker.show();
        QListView *list = picker.selectedView();
        list->setCurrentIndex(list->model()->index(0, 0));
        QVERIFY(!picker.upButton()->isEnabled());
        QVERIFY(picker.downButton()->isEnabled());
        QTest::mouseClick(picker.downButton(), Qt::LeftButton);
        QCOMPARE(picker.selectedNames(),
                 (QStringList{QStringLiteral("firstname"), QStringLiteral("email"),
                              QStringLiteral("lastname")}));
        QCOMPARE(list->currentIndex().row(), 1);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(picker.selectedNames().last(), QStringLiteral("email"));
        QTest::mouseClick(picker.upButton(), Qt::LeftButton);
        QTest::mouseClick(picker.upButton(), Qt::LeftButton);
        QCOMPARE(picker.selectedNames().first(), QStringLiteral("email"));

        // Delete removes the column and clears its check box.
        QSignalSpy changed(&picker, &PropertyPicker::selectionChanged);
        list->setCurrentIndex(list->model()->index(0, 0));
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(picker.selectedNames(),
                 (QStringList{QStringLiteral("firstname"), QStringLiteral("lastname")}));
        QVERIFY(!picker.treeModel()->isChecked(QStringLiteral("email")));
        QCOMPARE(changed.count(), 1);

        // Unknown names (a preset from another portal) stay, marked.
        picker.setSelectedNames({QStringLiteral("not_here")});
        QCOMPARE(list->model()->index(0, 0).data(ItemRoles::BadgesRole).toStringList(),
                 QStringList{QStringLiteral("not found")});
    }

    void dragAndDropUsesMoveRows()
    {
        // QListView's internal move calls moveRows; simulate its call shape.
        SelectedColumnsModel model;
        model.setNames({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        QVERIFY(model.flags(model.index(0)) & Qt::ItemIsDragEnabled);
        QVERIFY(model.flags({}) & Qt::ItemIsDropEnabled);
        QVERIFY(model.supportedDropActions() & Qt::MoveAction);
        QVERIFY(model.moveRow({}, 2, {}, 0));
        QCOMPARE(model.names(),
                 (QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")}));
    }
};

QTEST_MAIN(TestPropertyPicker)
#include "tst_propertypicker.moc"
