// The History view on a real vault: three runs of a preset ingested from CSV files; the view
// compares the last two by default (counts, added/changed/removed rows, "old → new" and the
// highlight on exactly the changed cells), filters by kind, compares other runs, and exports the
// diff as CSV.

#include "common/translationloader.h"
#include "history/diffmodel.h"
#include "history/historydialog.h"
#include "uiscreens.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>
#include <vault/diffsession.h>
#include <vault/vault.h>
#include <vault/vaultdiff.h>

using namespace es;

namespace {

// Run 1: ids 1..20. Run 2: ids 1..18 (19, 20 removed), 21..23 added, emails of 2, 4, 6, 8, 10
// changed. Run 3: like run 2, the city of 3 changed.
QByteArray csvOf(int run)
{
    QByteArray csv = "Record ID,Email,City\r\n";
    const int last = run == 1 ? 20 : 23;
    for (int id = 1; id <= last; ++id) {
        if (run > 1 && (id == 19 || id == 20))
            continue;
        QByteArray email = "c" + QByteArray::number(id) + "@example.com";
        if (run > 1 && id <= 10 && id % 2 == 0)
            email = "new" + QByteArray::number(id) + "@example.com";
        QByteArray city = id % 3 ? "Berlin" : "\"Hamburg, Altona\"";
        if (run == 3 && id == 3)
            city = "Köln";
        csv += QByteArray::number(id) + ',' + email + ',' + city + "\r\n";
    }
    return csv;
}

ExportRequest request()
{
    ExportRequest r;
    r.objectProperties = {u"hs_object_id"_qs, u"email"_qs, u"city"_qs};
    return r;
}

} // namespace

class TestHistoryDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_vault = std::make_shared<Vault>(m_dir.filePath(u"vault.sqlite"_qs));
        QVERIFY2(m_vault->open(), qPrintable(m_vault->lastError()));
        for (int run = 1; run <= 3; ++run) {
            const QString path = m_dir.filePath(u"run%1.csv"_qs.arg(run));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(csvOf(run));
            file.close();
            Vault::IngestInput input;
            input.pending = {u"job-%1"_qs.arg(run), u"contacts"_qs, u"Contacts"_qs, RunKind::Full,
                             QDateTime(QDate(2026, 3, run), QTime(9, 0), QTimeZone::utc())};
            input.files = {path};
            input.request = request();
            const Vault::IngestOutcome out = m_vault->ingest(input);
            QVERIFY2(out.ok, qPrintable(out.message));
        }
        QCOMPARE(m_vault->runs(u"contacts"_qs).size(), 3);
    }

    void lastTwoRunsByDefault()
    {
        HistoryDialog dialog(m_vault, u"contacts"_qs, u"Contacts"_qs);
        QCOMPARE(dialog.runs().size(), 3);
        QCOMPARE(dialog.runsView()->model()->rowCount(), 3);
        // Computed in the worker: the window says so meanwhile.
        QVERIFY(dialog.isComparing());
        QVERIFY(dialog.summaryLabel()->text().contains(u"Comparing"_qs));
        QTRY_VERIFY(dialog.diffModel());
        QCOMPARE(dialog.session()->summary().fromRun, dialog.runs().at(1).id);
        QCOMPARE(dialog.session()->summary().toRun, dialog.runs().at(2).id);
        DiffModel *model = dialog.diffModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 1);
        // The page arrives from the worker: blank first, then dataChanged fills it in.
        QSignalSpy filled(model, &QAbstractItemModel::dataChanged);
        if (model->index(0, 0).data().toString().isEmpty())
            QVERIFY(filled.wait(10000));
        QCOMPARE(model->index(0, 0).data().toString(), u"changed"_qs);
        QCOMPARE(model->index(0, 1).data().toLongLong(), 3);
        QCOMPARE(model->headerData(3, Qt::Horizontal).toString(), u"city"_qs);
        QCOMPARE(model->index(0, 3).data().toString(), u"Hamburg, Altona → Köln"_qs);
        QVERIFY(model->index(0, 3).data(DiffModel::ChangedRole).toBool());
        QVERIFY(model->index(0, 3).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model->index(0, 2).data(DiffModel::ChangedRole).toBool());
        QVERIFY(!model->index(0, 2).data(Qt::BackgroundRole).isValid());
    }

    void firstToSecondRunWithKindFilter()
    {
        HistoryDialog dialog(m_vault, u"contacts"_qs, u"Contacts"_qs);
        dialog.fromCombo()->setCurrentIndex(0);
        dialog.toCombo()->setCurrentIndex(1);
        // The runs switched while the first comparison was under way: only the last one shows.
        QTRY_VERIFY(!dialog.isComparing() && dialog.diffModel());
        QCOMPARE(dialog.session()->summary().fromRun, dialog.runs().at(0).id);
        QCOMPARE(dialog.session()->summary().toRun, dialog.runs().at(1).id);
        DiffModel *model = dialog.diffModel();
        QCOMPARE(model->rowCount(), 3 + 5 + 2);
        QVERIFY(dialog.summaryLabel()->text().contains(u"3 added, 5 changed, 2 removed"_qs));

        // Every row's id, once the worker has listed the kind and sent the pages.
        const auto ids = [model] {
            QList<qint64> out;
            for (int r = 0; r < model->rowCount(); ++r)
                out << model->index(r, 1).data().toLongLong();
            return out;
        };
        dialog.kindCombo()->setCurrentIndex(1); // added
        QTRY_COMPARE(ids(), (QList<qint64>{21, 22, 23}));
        QCOMPARE(model->index(0, 2).data().toString(), u"c21@example.com"_qs);
        dialog.kindCombo()->setCurrentIndex(2); // changed
        QTRY_COMPARE(ids(), (QList<qint64>{2, 4, 6, 8, 10}));
        QCOMPARE(model->index(1, 2).data().toString(), u"c4@example.com → new4@example.com"_qs);
        dialog.kindCombo()->setCurrentIndex(3); // removed
        QTRY_COMPARE(ids(), (QList<qint64>{19, 20}));
        QCOMPARE(model->index(1, 2).data().toString(), u"c20@example.com"_qs);
        dialog.kindCombo()->setCurrentIndex(0);
        QCOMPARE(model->rowCount(), 10);
    }

    void exportDiffAsCsv()
    {
        HistoryDialog dialog(m_vault, u"contacts"_qs, u"Contacts"_qs);
        dialog.fromCombo()->setCurrentIndex(0);
        dialog.toCombo()->setCurrentIndex(1);
        const QString path = m_dir.filePath(u"diff.csv"_qs);
        dialog.setExportPathChooser([path] { return QString(path); });
        // What SecondaryWindows does with the request: the session's worker writes the file.
        connect(&dialog, &HistoryDialog::exportDiffRequested, dialog.session(),
                &DiffSession::exportCsv);
        QSignalSpy exported(dialog.session(), &DiffSession::exported);
        QVERIFY(!dialog.exportButton()->isEnabled()); // nothing to export while comparing
        QTRY_VERIFY(dialog.exportButton()->isEnabled());
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.first().at(0).toString(), path);
        QVERIFY2(exported.first().at(1).toBool(), qPrintable(exported.first().at(2).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.value(0), QByteArray("change,hs_object_id,email,city\r"));
        QCOMPARE(lines.size(), 1 + 10 + 1); // the header, ten records, the empty end
        QVERIFY(lines.contains("changed,2,c2@example.com → new2@example.com,Berlin\r"));
        QVERIFY(lines.contains("removed,20,c20@example.com,Berlin\r"));
        QVERIFY(lines.contains("added,21,c21@example.com,\"Hamburg, Altona\"\r"));
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QString();
        QTest::newRow("de") << u"de"_qs;
    }
    void screenshots()
    {
        QFETCH(QString, language);
        TranslationLoader loader;
        QCOMPARE(loader.install(language), language);
        HistoryDialog dialog(m_vault, u"contacts"_qs, u"Contacts"_qs);
        dialog.fromCombo()->setCurrentIndex(0);
        dialog.toCombo()->setCurrentIndex(1);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(dialog.diffModel());
        QTRY_VERIFY(!dialog.diffModel()->index(0, 0).data().toString().isEmpty());
        QCoreApplication::processEvents();
        const QString suffix = language.isEmpty() ? u"en"_qs : language;
        QVERIFY(!screens::saveScreenshot(&dialog, screens::screenshotDir(u"history"_qs),
                                         u"history-"_qs + suffix)
                     .isEmpty());
    }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Vault> m_vault;
};

QTEST_MAIN(TestHistoryDialog)
#include "tst_historydialog.moc"
