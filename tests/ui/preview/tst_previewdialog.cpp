// The Preview dialog on generated files: the row count once the worker has counted, the cells of
// the first and the last rows (the last read through the row index, not from the top), a jump
// back, the filter by one column and by any column, and a file that is no table. Pages are read
// in a worker: a big XLSX scrolled to its end with the keyboard shows its last
// rows as loading while the GUI thread goes on, then the right ones. The tables of two runs of a
// preset in a real vault (ingested from CSV), opened from the History view, show each run's rows
// and filter them.

#include "common/translationloader.h"
#include "downloads/downloadsview.h"
#include "history/historydialog.h"
#include "preview/previewdialog.h"
#include "preview/previewmodel.h"
#include "preview/tablepreview.h"
#include "preview/vaulttablepreview.h"
#include "uiscreens.h"
#include "xlsxfixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>
#include <storage/tablefilewriter.h>
#include <vault/vault.h>

using namespace es;

namespace {

constexpr int CsvRows = 5000;

QString emailOf(int i)
{
    return QStringLiteral("user%1@example.com").arg(i);
}
// Every 7th note holds what a CSV has to quote: a comma, a doubled quote and a line break.
QString noteOf(int i)
{
    return i % 7 == 0 ? QStringLiteral("line one, \"two\"\nline %1").arg(i)
                      : QStringLiteral("plain %1").arg(i);
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_qs, u"\"\""_qs);
    return u'"' + quoted + u'"';
}

// The row's cells once the source's worker has read them (data() asks for the page).
bool waitForRow(const PreviewModel *model, int row)
{
    // The row may not be counted yet; then it has no index.
    return QTest::qWaitFor(
        [&] {
            return row < model->rowCount() &&
                   !model->index(row, 0).data(PreviewModel::LoadingRole).toBool();
        },
        30000);
}

QString cell(const PreviewModel *model, int row, int column)
{
    if (!waitForRow(model, row))
        return u"(row %1 never arrived)"_qs.arg(row);
    return model->index(row, column).data().toString();
}

// A cell's whole text: the tooltip holds it where the table shows it shortened.
QString fullText(const PreviewModel *model, int row, int column)
{
    if (!waitForRow(model, row))
        return u"(row %1 never arrived)"_qs.arg(row);
    const QString tip = model->index(row, column).data(Qt::ToolTipRole).toString();
    return tip.isEmpty() ? cell(model, row, column) : tip;
}

// The big sheet: enough rows that reading down to the last takes the page worker a while.
constexpr int BigXlsxRows = 120000;
QString companyOf(int i)
{
    return QStringLiteral("Company %1").arg(i);
}

// Written by the app's own streaming XLSX writer: libxlsxwriter cannot share a process with
// QuaZip (their minizip symbols collide), and this process reads XLSX through QuaZip.
bool writeBigXlsx(const QString &path, QString *error)
{
    const auto rows = [](const TableFileWriter::RowSink &sink, QString *) {
        for (int i = 0; i < BigXlsxRows; ++i)
            if (!sink({QByteArray::number(i + 1), companyOf(i).toUtf8()}))
                return false;
        return true;
    };
    return TableFileWriter::write(path, {"Record ID", "Company"}, rows, error, nullptr,
                                  u"Companies"_qs);
}

// Two runs of the "contacts" preset. Run 1: ids 1..1000. Run 2: the ids divisible by 10 gone,
// the emails of the other multiples of 7 changed, ids 1001..1100 added.
constexpr int VaultRows = 1000;
QByteArray vaultCsv(int run)
{
    QByteArray csv = "Record ID,Email,City\r\n";
    for (int id = 1; id <= (run == 1 ? VaultRows : VaultRows + 100); ++id) {
        if (run == 2 && id <= VaultRows && id % 10 == 0)
            continue;
        const QByteArray email =
            (run == 2 && id % 7 == 0 ? "changed" : "c") + QByteArray::number(id) + "@example.com";
        const QByteArray city = id % 3 ? "Berlin" : "\"Hamburg, Altona\"";
        csv += QByteArray::number(id) + ',' + email + ',' + city + "\r\n";
    }
    return csv;
}
QList<int> vaultIds(int run)
{
    QList<int> ids;
    for (int id = 1; id <= (run == 1 ? VaultRows : VaultRows + 100); ++id)
        if (run == 1 || id > VaultRows || id % 10 != 0)
            ids << id;
    return ids;
}
QString vaultEmail(int run, int id)
{
    return (run == 2 && id % 7 == 0 ? u"changed%1@example.com"_qs : u"c%1@example.com"_qs).arg(id);
}

// The row shown at `row` is that of record `id` in `run`: its three cells.
bool isRecord(const PreviewModel *model, int row, int run, int id)
{
    return cell(model, row, 0) == QString::number(id) &&
           cell(model, row, 1) == vaultEmail(run, id) &&
           cell(model, row, 2) == (id % 3 ? u"Berlin"_qs : u"Hamburg, Altona"_qs);
}

} // namespace

class TestPreviewDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_csv = m_dir.filePath(QStringLiteral("contacts.csv"));
        QFile file(m_csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBF"
                   "Record ID,Email,Note\r\n");
        for (int i = 0; i < CsvRows; ++i)
            file.write(QStringLiteral("%1,%2,%3\r\n")
                           .arg(QString::number(i + 1), emailOf(i), csvField(noteOf(i)))
                           .toUtf8());
        file.close();

        m_xlsx = m_dir.filePath(QStringLiteral("deals.xlsx"));
        QList<QStringList> rows{{QStringLiteral("Deal Name"), QStringLiteral("Amount")}};
        for (int i = 0; i < 700; ++i)
            rows.append({QStringLiteral("Deal %1 & Co").arg(i), QString::number(i * 10)});
        QVERIFY(test::writeXlsx(m_xlsx, rows));

        m_bigXlsx = m_dir.filePath(QStringLiteral("companies.xlsx"));
        QString error;
        QVERIFY2(writeBigXlsx(m_bigXlsx, &error), qPrintable(error));

        m_vaultPath = m_dir.filePath(QStringLiteral("vault/account.sqlite"));
        m_vault = std::make_shared<Vault>(m_vaultPath);
        QVERIFY2(m_vault->open(), qPrintable(m_vault->lastError()));
        for (int run = 1; run <= 2; ++run) {
            const QString path = m_dir.filePath(u"run%1.csv"_qs.arg(run));
            QFile csv(path);
            QVERIFY(csv.open(QIODevice::WriteOnly));
            csv.write(vaultCsv(run));
            csv.close();
            Vault::IngestInput input;
            input.pending = {u"job-%1"_qs.arg(run), u"contacts"_qs, u"Contacts"_qs, RunKind::Full,
                             QDateTime(QDate(2026, 3, run), QTime(9, 0), QTimeZone::utc())};
            input.files = {path};
            input.request.objectProperties = {u"hs_object_id"_qs, u"email"_qs, u"city"_qs};
            const Vault::IngestOutcome out = m_vault->ingest(input);
            QVERIFY2(out.ok, qPrintable(out.message));
        }
        const QList<VaultRun> runs = m_vault->runs(u"contacts"_qs);
        QCOMPARE(runs.size(), 2);
        m_run1 = runs.at(0).id;
        m_run2 = runs.at(1).id;
        QCOMPARE(runs.at(1).changed, 128); // multiples of 7 up to 1000 but not of 70
        QCOMPARE(runs.at(1).removed, 100);
    }

    void csvCountAndCells()
    {
        PreviewDialog dialog;
        QString error;
        QVERIFY2(dialog.openFile(m_csv, &error), qPrintable(error));
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog.model()->columnCount(), 3);
        QCOMPARE(dialog.model()->headerData(1, Qt::Horizontal).toString(), u"Email"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.preview()->isCounted(), 30000);
        QCOMPARE(dialog.preview()->rowCount(), qint64(CsvRows));
        QCOMPARE(dialog.model()->rowCount(), CsvRows);
        QCOMPARE(dialog.statusLabel()->text(), u"Rows: "_qs + QLocale().toString(CsvRows));

        const PreviewModel *model = dialog.model();
        QCOMPARE(cell(model, 0, 0), u"1"_qs);
        QCOMPARE(cell(model, 0, 1), emailOf(0));
        // Quoted, with a line break: shown on one line, whole in the tooltip.
        QCOMPARE(cell(model, 0, 2), noteOf(0).replace(u'\n', u" \u23CE "_qs));
        QCOMPARE(model->index(0, 2).data(Qt::ToolTipRole).toString(), noteOf(0));
        const int last = CsvRows - 1;
        QCOMPARE(cell(model, last, 0), QString::number(CsvRows));
        QCOMPARE(cell(model, last, 1), emailOf(last));
        QCOMPARE(fullText(model, last, 2), noteOf(last));
        // Back up the file (a seek to the row index's checkpoint, not a read from the top).
        QCOMPARE(fullText(model, 2801, 2), noteOf(2801));
        QCOMPARE(fullText(model, 2800, 2), noteOf(2800)); // 2800 = 7 × 400: two lines
        QCOMPARE(cell(model, 300, 1), emailOf(300));
        QCOMPARE(model->headerData(300, Qt::Vertical).toInt(), 301);
        QVERIFY(model->cachedPages() <= PreviewModel::CachedPages);
        // Pages never pile up: the window stays bounded however far one scrolls.
        for (int row = 0; row < CsvRows; row += PreviewModel::PageRows)
            QCOMPARE(cell(model, row, 1), emailOf(row));
        QVERIFY(model->cachedPages() <= PreviewModel::CachedPages);
    }

    void csvFilter()
    {
        PreviewDialog dialog;
        QString error;
        QVERIFY2(dialog.openFile(m_csv, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.preview()->isCounted(), 30000);
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // "USER49" in Email: user49, user490..499, user4900..4999 (case does not matter).
        dialog.columnCombo()->setCurrentIndex(dialog.columnCombo()->findText(u"Email"_qs));
        dialog.filterEdit()->setText(u"USER49"_qs);
        dialog.applyFilter();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.preview()->isFilterDone(), 30000);
        QCOMPARE(dialog.model()->rowCount(), 111);
        QCOMPARE(cell(dialog.model(), 0, 1), emailOf(49));
        QCOMPARE(dialog.model()->headerData(0, Qt::Vertical).toInt(), 50); // the file's row
        QCOMPARE(cell(dialog.model(), 110, 1), emailOf(4999));
        QCOMPARE(dialog.statusLabel()->text(),
                 u"Matching rows: 111 of "_qs + QLocale().toString(CsvRows));

        // Any column: the quoted notes of every 7th row.
        dialog.columnCombo()->setCurrentIndex(0);
        dialog.filterEdit()->setText(u"\"TWO\""_qs);
        dialog.applyFilter();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.preview()->isFilterDone(), 30000);
        QCOMPARE(dialog.model()->rowCount(), (CsvRows + 6) / 7);
        QCOMPARE(fullText(dialog.model(), 1, 2), noteOf(7));

        // The filter only in the Email column does not see the notes.
        dialog.columnCombo()->setCurrentIndex(dialog.columnCombo()->findText(u"Email"_qs));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.preview()->isFilterDone(), 30000);
        QCOMPARE(dialog.model()->rowCount(), 0);

        dialog.filterEdit()->clear();
        dialog.applyFilter();
        QCOMPARE(dialog.model()->rowCount(), CsvRows);
        QCOMPARE(cell(dialog.model(), CsvRows - 1, 1), emailOf(CsvRows - 1));
    }

    void xlsxCountCellsAndFilter()
    {
        PreviewDialog dialog;
        QString error;
        QVERIFY2(dialog.openFile(m_xlsx, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.preview()->isCounted(), 30000);
        QCOMPARE(dialog.model()->rowCount(), 700);
        QCOMPARE(dialog.model()->headerData(0, Qt::Horizontal).toString(), u"Deal Name"_qs);
        QCOMPARE(cell(dialog.model(), 0, 0), u"Deal 0 & Co"_qs);
        QCOMPARE(cell(dialog.model(), 699, 0), u"Deal 699 & Co"_qs);
        QCOMPARE(cell(dialog.model(), 699, 1), u"6990"_qs);
        QCOMPARE(cell(dialog.model(), 3, 1), u"30"_qs); // a jump back reopens the sheet

        dialog.columnCombo()->setCurrentIndex(dialog.columnCombo()->findText(u"Amount"_qs));
        dialog.filterEdit()->setText(u"6990"_qs);
        dialog.applyFilter();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.preview()->isFilterDone(), 30000);
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(cell(dialog.model(), 0, 0), u"Deal 699 & Co"_qs);
    }

    void notATable()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x00\x01\x02 binary", 10));
        file.close();
        PreviewDialog dialog;
        QString error;
        QVERIFY(!dialog.openFile(path, &error));
        QVERIFY2(error.contains(u"notes.csv"_qs), qPrintable(error));
    }

    // The dialog as people see it, in English and German: counted, then filtered.
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
        PreviewDialog dialog;
        QString error;
        QVERIFY2(dialog.openFile(m_csv, &error), qPrintable(error));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.preview()->isCounted(), 30000);
        QTRY_VERIFY(dialog.view()->verticalScrollBar()->isVisible());
        QVERIFY(waitForRow(dialog.model(), 0));
        QTRY_COMPARE(dialog.model()->waitingPages(), 0);
        const QString dir = screens::screenshotDir(u"preview"_qs);
        const QString suffix = language.isEmpty() ? u"en"_qs : language;
        QVERIFY(!screens::saveScreenshot(&dialog, dir, u"preview-"_qs + suffix).isEmpty());
        if (!language.isEmpty())
            QCOMPARE(dialog.statusLabel()->text(), u"Zeilen: "_qs + QLocale().toString(CsvRows));
        dialog.filterEdit()->setText(u"user49"_qs);
        dialog.applyFilter();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.preview()->isFilterDone(), 30000);
        QVERIFY(waitForRow(dialog.model(), 0));
        QTRY_COMPARE(dialog.model()->waitingPages(), 0);
        QVERIFY(!screens::saveScreenshot(&dialog, dir, u"preview-filtered-"_qs + suffix).isEmpty());
    }

    // A jump to the end of a big XLSX (read forward from the top: no row index in a deflated
    // sheet) happens in the page worker: right after the jump the last rows show as loading and
    // the dialog takes input, then the last rows arrive; a jump back to the top the same.
    void xlsxPagesReadInTheWorker()
    {
        PreviewDialog dialog;
        QString error;
        QVERIFY2(dialog.openFile(m_bigXlsx, &error), qPrintable(error));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const PreviewModel *model = dialog.model();
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(cell(model, 0, 1), companyOf(0));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.preview()->isCounted(), 60000);
        QCOMPARE(model->rowCount(), BigXlsxRows);

        dialog.view()->setFocus();
        QTest::keyClick(dialog.view(), Qt::Key_End, Qt::ControlModifier);
        const int last = BigXlsxRows - 1;
        QCOMPARE(dialog.view()->currentIndex().row(), last);
        // Painted now, with no event handled in between: the page cannot have come back yet,
        // and data() did not wait for it.
        dialog.view()->viewport()->repaint();
        QVERIFY(model->index(last, 0).data(PreviewModel::LoadingRole).toBool());
        QCOMPARE(model->index(last, 0).data().toString(), u"loading…"_qs);
        QVERIFY(model->index(last, 0).data(Qt::ForegroundRole).isValid());
        QVERIFY(model->waitingPages() >= 1);
        // Meanwhile the dialog takes typing (the filter is applied after the pause).
        QTest::keyClicks(dialog.filterEdit(), u"Company 11999"_qs);
        QCOMPARE(dialog.filterEdit()->text(), u"Company 11999"_qs);
        dialog.filterEdit()->clear();
        dialog.applyFilter();
        dialog.view()->setFocus();
        QTest::keyClick(dialog.view(), Qt::Key_End, Qt::ControlModifier);

        QTRY_VERIFY_WITH_TIMEOUT(!model->index(last, 0).data(PreviewModel::LoadingRole).toBool(),
                                 60000);
        QCOMPARE(cell(model, last, 0), QString::number(BigXlsxRows));
        QCOMPARE(cell(model, last, 1), companyOf(last));
        QCOMPARE(cell(model, last - 300, 1), companyOf(last - 300));
        QCOMPARE(model->headerData(last, Qt::Vertical).toInt(), BigXlsxRows);
        QVERIFY(model->cachedPages() <= PreviewModel::CachedPages);

        QTest::keyClick(dialog.view(), Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(dialog.view()->currentIndex().row(), 0);
        QCOMPARE(cell(model, 0, 1), companyOf(0));
        QCOMPARE(cell(model, 1, 0), u"2"_qs);
    }

    // The table of each run as the vault keeps it: run 1 whole, run 2 without the removed
    // records, with the changed emails and the added records at the end (ordered by id); rows
    // past the first checkpoints (a keyset query from a remembered id) and back.
    void vaultTablesOfTwoRuns()
    {
        for (const int run : {1, 2}) {
            const qint64 runId = run == 1 ? m_run1 : m_run2;
            PreviewDialog dialog;
            QString error;
            QVERIFY2(
                dialog.openVaultTable(m_vaultPath, u"contacts"_qs, u"Contacts"_qs, runId, &error),
                qPrintable(error));
            QVERIFY2(dialog.windowTitle().contains(u"Contacts"_qs) &&
                         dialog.windowTitle().contains(u"run %1"_qs.arg(runId)),
                     qPrintable(dialog.windowTitle()));
            QAbstractItemModelTester tester(dialog.model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(dialog.preview()->header(), m_vault->columns(u"contacts"_qs));
            QCOMPARE(dialog.preview()->header(),
                     QStringList({u"hs_object_id"_qs, u"email"_qs, u"city"_qs}));
            QTRY_VERIFY_WITH_TIMEOUT(dialog.preview()->isCounted(), 30000);
            const QList<int> ids = vaultIds(run);
            QCOMPARE(dialog.preview()->rowCount(), qint64(ids.size()));
            QCOMPARE(dialog.model()->rowCount(), int(ids.size()));
            QCOMPARE(dialog.statusLabel()->text(),
                     u"Rows: "_qs + QLocale().toString(qint64(ids.size())));
            const PreviewModel *model = dialog.model();
            for (const int row : {0, 6, 9, 127, 128, 299, 899, 900, 999, 640, 130, 2, 511, 256})
                QVERIFY2(isRecord(model, row, run, ids.at(row)),
                         qPrintable(u"run %1 row %2: %3"_qs.arg(run).arg(row).arg(
                             cell(model, row, 0) + u' ' + cell(model, row, 1))));
            for (int row = 0; row < ids.size(); row += 37)
                QVERIFY(isRecord(model, row, run, ids.at(row)));

            // The changed emails: none in run 1, 128 in run 2 (plus the 15 added with one).
            dialog.columnCombo()->setCurrentIndex(dialog.columnCombo()->findText(u"email"_qs));
            dialog.filterEdit()->setText(u"CHANGED"_qs);
            dialog.applyFilter();
            QTRY_VERIFY_WITH_TIMEOUT(dialog.preview()->isFilterDone(), 30000);
            QList<int> changed; // and the added records whose id is a multiple of 7
            for (const int id : ids)
                if (run == 2 && id % 7 == 0)
                    changed << id;
            QCOMPARE(model->rowCount(), int(changed.size()));
            if (run == 2) {
                QCOMPARE(changed.size(), 128 + 15);
                QVERIFY(isRecord(model, 0, 2, 7));
                QCOMPARE(model->headerData(0, Qt::Vertical).toInt(), 7); // the table's row
                QVERIFY(isRecord(model, 127, 2, 994));
                QVERIFY(isRecord(model, 128, 2, 1001));
                QCOMPARE(model->headerData(128, Qt::Vertical).toInt(), 901);
            }
            // Any column: the records in Altona.
            dialog.columnCombo()->setCurrentIndex(0);
            dialog.filterEdit()->setText(u"altona"_qs);
            dialog.applyFilter();
            QTRY_VERIFY_WITH_TIMEOUT(dialog.preview()->isFilterDone(), 30000);
            QList<int> altona;
            for (const int id : ids)
                if (id % 3 == 0)
                    altona << id;
            QCOMPARE(model->rowCount(), int(altona.size()));
            QVERIFY(isRecord(model, 0, run, 3));
            QVERIFY(isRecord(model, int(altona.size()) - 1, run, altona.last()));
            QVERIFY(isRecord(model, 100, run, altona.at(100)));
        }
    }

    void vaultTableOfUnknownRun()
    {
        PreviewDialog dialog;
        QString error;
        QVERIFY(!dialog.openVaultTable(m_vaultPath, u"contacts"_qs, u"Contacts"_qs, 999, &error));
        QVERIFY2(error.contains(u"999"_qs), qPrintable(error));
        QVERIFY(!dialog.openVaultTable(m_dir.filePath(u"none.sqlite"_qs), u"contacts"_qs,
                                       u"Contacts"_qs, m_run1, &error));
        QVERIFY2(error.contains(u"none.sqlite"_qs), qPrintable(error));
        QVERIFY(!QFile::exists(m_dir.filePath(u"none.sqlite"_qs))); // read-only: not created
    }

    // History: "Preview table…" asks for the run selected in the list (the newest at first).
    void historyAsksForTheSelectedRun()
    {
        HistoryDialog history(m_vault, u"contacts"_qs, u"Contacts"_qs);
        history.show();
        QVERIFY(QTest::qWaitForWindowExposed(&history));
        QSignalSpy asked(&history, &HistoryDialog::previewTableRequested);
        QVERIFY(history.previewButton()->isEnabled());
        QCOMPARE(history.selectedRun(), m_run2);
        QTest::mouseClick(history.previewButton(), Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).at(0).toLongLong(), m_run2);
        QTreeView *runs = history.runsView();
        const QRect older = runs->visualRect(runs->model()->index(1, 0));
        QTest::mouseClick(runs->viewport(), Qt::LeftButton, {}, older.center());
        QCOMPARE(history.selectedRun(), m_run1);
        QTest::mouseClick(history.previewButton(), Qt::LeftButton);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.at(1).at(0).toLongLong(), m_run1);
    }

    // The preview of a vault table opened from History, in English and German.
    void vaultScreenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QString();
        QTest::newRow("de") << u"de"_qs;
    }
    void vaultScreenshots()
    {
        QFETCH(QString, language);
        TranslationLoader loader;
        QCOMPARE(loader.install(language), language);
        HistoryDialog history(m_vault, u"contacts"_qs, u"Contacts"_qs);
        history.show();
        QVERIFY(QTest::qWaitForWindowExposed(&history));
        PreviewDialog *preview = nullptr;
        connect(&history, &HistoryDialog::previewTableRequested, this, [&](qint64 run) {
            preview = new PreviewDialog(&history);
            QString error;
            QVERIFY2(
                preview->openVaultTable(m_vaultPath, u"contacts"_qs, u"Contacts"_qs, run, &error),
                qPrintable(error));
            preview->show();
        });
        QTest::mouseClick(history.previewButton(), Qt::LeftButton);
        QVERIFY(preview);
        QVERIFY(QTest::qWaitForWindowExposed(preview));
        QTRY_VERIFY_WITH_TIMEOUT(preview->preview()->isCounted(), 30000);
        QVERIFY(waitForRow(preview->model(), 0));
        QTRY_COMPARE(preview->model()->waitingPages(), 0);
        const QString dir = screens::screenshotDir(u"preview"_qs);
        const QString suffix = language.isEmpty() ? u"en"_qs : language;
        QVERIFY(
            !screens::saveScreenshot(&history, dir, u"history-for-preview-"_qs + suffix).isEmpty());
        QVERIFY(!screens::saveScreenshot(preview, dir, u"preview-vault-"_qs + suffix).isEmpty());
        preview->filterEdit()->setText(u"changed"_qs);
        preview->applyFilter();
        QTRY_VERIFY_WITH_TIMEOUT(preview->preview()->isFilterDone(), 30000);
        QVERIFY(waitForRow(preview->model(), 0));
        QTRY_COMPARE(preview->model()->waitingPages(), 0);
        QVERIFY(!screens::saveScreenshot(preview, dir, u"preview-vault-filtered-"_qs + suffix)
                     .isEmpty());
    }

    void downloadsOffersPreviewForTables()
    {
        QVERIFY(DownloadsView::isPreviewable(u"/x/contacts.CSV"_qs));
        QVERIFY(DownloadsView::isPreviewable(u"/x/deals.xlsx"_qs));
        QVERIFY(DownloadsView::isPreviewable(u"/x/old.xls"_qs));
        QVERIFY(!DownloadsView::isPreviewable(u"/x/export.zip"_qs));
    }

private:
    QTemporaryDir m_dir;
    QString m_csv;
    QString m_xlsx;
    QString m_bigXlsx;
    QString m_vaultPath;
    std::shared_ptr<Vault> m_vault;
    qint64 m_run1 = 0;
    qint64 m_run2 = 0;
};

QTEST_MAIN(TestPreviewDialog)
#include "tst_previewdialog.moc"
