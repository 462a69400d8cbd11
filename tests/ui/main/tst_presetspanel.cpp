#include "presets/presetscontroller.h"
#include "presets/presetsmodel.h"
#include "presets/presetspanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <storage/presetstore.h>

using namespace es;

namespace {

Preset makePreset(const QString &name, const QString &object = QStringLiteral("CONTACT"))
{
    Preset preset;
    preset.name = name;
    preset.request.exportName = name;
    preset.request.objectType = object;
    preset.request.objectProperties = {QStringLiteral("email"), QStringLiteral("firstname")};
    return preset;
}

QStringList names(const PresetsModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.data(model.index(row)).toString();
    return result;
}

} // namespace

class TestPresetsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTester();
    void summaryAndLastRun();
    void roundTripThroughTheUi();
    void importAndExport();
    void doubleClickRuns();
};

void TestPresetsPanel::modelTester()
{
    PresetsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Preset a = makePreset(QStringLiteral("A"));
    a.id = QStringLiteral("a");
    Preset b = makePreset(QStringLiteral("B"));
    b.id = QStringLiteral("b");
    model.setPresets({a, b});
    b.lastRun = QDateTime::currentDateTimeUtc();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setPresets({a, b});
    QCOMPARE(changed.count(), 1); // in place: selection survives a run
    model.setPresets({b});
    QCOMPARE(model.rowCount(), 1);
    QSignalSpy rename(&model, &PresetsModel::renameRequested);
    QVERIFY(model.setData(model.index(0), QStringLiteral("New")));
    QCOMPARE(rename.count(), 1);
    QCOMPARE(model.data(model.index(0)).toString(), QStringLiteral("B")); // the store decides
}

void TestPresetsPanel::summaryAndLastRun()
{
    PresetsModel model;
    Preset p = makePreset(QStringLiteral("Deals"), QStringLiteral("DEAL"));
    p.id = QStringLiteral("d");
    p.request.format = FileFormat::Xlsx;
    p.request.exportType = ExportType::List;
    model.setPresets({p});
    QCOMPARE(model.data(model.index(0), PresetsModel::SummaryRole).toString(),
             QStringLiteral("Deals · List · XLSX"));
    QCOMPARE(model.data(model.index(0), PresetsModel::LastRunTextRole).toString(),
             QStringLiteral("never run"));
    p.lastRun = QDateTime::currentDateTime().addSecs(-600);
    model.setPresets({p});
    QCOMPARE(model.data(model.index(0), PresetsModel::LastRunTextRole).toString(),
             QStringLiteral("last run 10 minutes ago"));
}

void TestPresetsPanel::roundTripThroughTheUi()
{
    QTemporaryDir dir;
    PresetStore store(dir.path());
    PresetsModel model;
    PresetsPanel panel(&model);
    PresetsController controller(&store, &panel);
    QSignalSpy removed(&controller, &PresetsController::removed);
    QSignalSpy problems(&controller, &PresetsController::problem);
    panel.resize(300, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    // Save (as the wizard does): the list follows the store.
    const QString id = store.save(makePreset(QStringLiteral("Weekly customers")));
    QVERIFY(!id.isEmpty());
    QCOMPARE(names(model), QStringList{QStringLiteral("Weekly customers")});

    // Rename in place: F2, type, Enter.
    panel.selectPreset(id);
    panel.view()->setFocus();
    QTest::keyClick(panel.view(), Qt::Key_F2);
    auto *editor = panel.view()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Customers weekly"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(names(model), QStringList{QStringLiteral("Customers weekly")});
    QCOMPARE(store.find(id)->name, QStringLiteral("Customers weekly"));

    // Duplicate (Ctrl+D) selects the copy.
    panel.selectPreset(id);
    QTest::keyClick(panel.view(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(names(model).contains(QStringLiteral("Copy of Customers weekly")));
    const QString copyId = panel.currentPresetId();
    QVERIFY(copyId != id);
    QCOMPARE(store.find(copyId)->request, store.find(id)->request);

    // Renaming onto a taken name fails in words and keeps the old name.
    QVERIFY(model.setData(model.index(model.rowOf(copyId)), QStringLiteral("Customers weekly")));
    QCOMPARE(problems.count(), 1);
    QCOMPARE(store.find(copyId)->name, QStringLiteral("Copy of Customers weekly"));

    // Delete (Delete key), then Undo.
    panel.selectPreset(id);
    QTest::keyClick(panel.view(), Qt::Key_Delete);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().toString(), QStringLiteral("Customers weekly"));
    QCOMPARE(names(model), QStringList{QStringLiteral("Copy of Customers weekly")});
    QVERIFY(!QFile::exists(store.filePath(id)));
    QVERIFY(controller.undoRemove());
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(names(model).contains(QStringLiteral("Customers weekly")));
    QCOMPARE(panel.currentPresetId(), id);

    // A fresh store on the same folder sees the same presets: it all reached the disk.
    PresetStore again(dir.path());
    QCOMPARE(again.list().size(), 2);
}

void TestPresetsPanel::importAndExport()
{
    QTemporaryDir dir;
    QTemporaryDir other;
    PresetStore store(dir.path());
    PresetsModel model;
    PresetsPanel panel(&model);
    PresetsController controller(&store, &panel);
    const QString id = store.save(makePreset(QStringLiteral("Shared")));
    QString file = other.filePath(QStringLiteral("shared.json"));
    QString suggested;
    panel.setFileDialogs([&] { return QStringList{file}; },
                         [&](const QString &name) {
                             suggested = name;
                             return file;
                         });
    panel.selectPreset(id);
    panel.exportAction()->trigger();
    QCOMPARE(suggested, QStringLiteral("Shared.json"));
    QVERIFY(QFile::exists(file));
    QSignalSpy info(&controller, &PresetsController::information);
    panel.importAction()->trigger();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(info.count(), 1);
    QVERIFY(names(model).contains(QStringLiteral("Shared (2)")));
}

void TestPresetsPanel::doubleClickRuns()
{
    QTemporaryDir dir;
    PresetStore store(dir.path());
    PresetsModel model;
    PresetsPanel panel(&model);
    PresetsController controller(&store, &panel);
    const QString id = store.save(makePreset(QStringLiteral("Run me")));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy run(&controller, &PresetsController::runRequested);
    QSignalSpy edit(&controller, &PresetsController::editRequested);
    const QRect rect = panel.view()->visualRect(model.index(0));
    QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(panel.view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(run.count(), 1);
    QCOMPARE(run.first().first().toString(), id);
    panel.selectPreset(id);
    panel.view()->setFocus();
    QTest::keyClick(panel.view(), Qt::Key_Return);
    QCOMPARE(run.count(), 2);
    panel.editAction()->trigger();
    QCOMPARE(edit.count(), 1);
}

QTEST_MAIN(TestPresetsPanel)
#include "tst_presetspanel.moc"
