// The Preview dialog on generated files: the row count once the worker has counted, the cells of
// the first and the last rows (the last read through the row index, not from the top), a jump
// back, the filter by one column and by any column, and a file that is no table.

#include "common/translationloader.h"
#include "downloads/downloadsview.h"
#include "preview/previewdialog.h"
#include "preview/previewmodel.h"
#include "preview/tablepreview.h"
#include "uiscreens.h"
#include "xlsxfixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

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

QString cell(const PreviewModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

// A cell's whole text: the tooltip holds it where the table shows it shortened.
QString fullText(const PreviewModel *model, int row, int column)
{
    const QString tip = model->index(row, column).data(Qt::ToolTipRole).toString();
    return tip.isEmpty() ? cell(model, row, column) : tip;
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
        const QString dir = screens::screenshotDir(u"preview"_qs);
        const QString suffix = language.isEmpty() ? u"en"_qs : language;
        QVERIFY(!screens::saveScreenshot(&dialog, dir, u"preview-"_qs + suffix).isEmpty());
        if (!language.isEmpty())
            QCOMPARE(dialog.statusLabel()->text(), u"Zeilen: "_qs + QLocale().toString(CsvRows));
        dialog.filterEdit()->setText(u"user49"_qs);
        dialog.applyFilter();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.preview()->isFilterDone(), 30000);
        QVERIFY(!screens::saveScreenshot(&dialog, dir, u"preview-filtered-"_qs + suffix).isEmpty());
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
};

QTEST_MAIN(TestPreviewDialog)
#include "tst_previewdialog.moc"
