// The file forecast follows HubSpot's stated rules: a CSV over 2 MB is zipped; CSV and XLSX
// split at 1,000,000 rows, XLS at 65,535, into several files inside one zip; XLSX is suggested
// when XLS would split where XLSX would not (as much).

#include "count/exportforecast.h"

#include <QTest>

using namespace es;

namespace {

ExportRequest request(FileFormat format, int columns)
{
    ExportRequest r;
    r.format = format;
    for (int i = 0; i < columns; ++i)
        r.objectProperties << QStringLiteral("p%1").arg(i);
    return r;
}

} // namespace

class TestExportForecast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallCsvIsOnePlainFile()
    {
        const ExportForecast f = forecastExport(request(FileFormat::Csv, 5), 1000);
        QCOMPARE(f.records, qint64(1000));
        QCOMPARE(f.files, 1);
        QVERIFY(!f.zipped);
        QVERIFY(!f.suggestXlsx);
        QVERIFY(f.estimatedBytes > 1000 * 5); // every column holds something
        QVERIFY(f.estimatedBytes < ExportForecast::ZipAboveBytes);
    }

    void csvOverTwoMegabytesIsZipped()
    {
        const ExportForecast f = forecastExport(request(FileFormat::Csv, 10), 200000);
        QVERIFY(f.estimatedBytes > ExportForecast::ZipAboveBytes);
        QVERIFY(f.zipped);
        QCOMPARE(f.files, 1);
    }

    void xlsxIsNotZippedBySize()
    {
        const ExportForecast f = forecastExport(request(FileFormat::Xlsx, 10), 200000);
        QVERIFY(!f.zipped); // the 2 MB rule is CSV's
        QCOMPARE(f.files, 1);
    }

    void splitsAtHubSpotsRowLimits_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<qint64>("records");
        QTest::addColumn<int>("files");
        QTest::addColumn<bool>("suggestXlsx");
        QTest::newRow("xls at the limit") << int(FileFormat::Xls) << qint64(65535) << 1 << false;
        QTest::newRow("xls one more") << int(FileFormat::Xls) << qint64(65536) << 2 << true;
        QTest::newRow("xls 2M") << int(FileFormat::Xls) << qint64(2000000) << 31 << true;
        QTest::newRow("csv at the limit") << int(FileFormat::Csv) << qint64(1000000) << 1 << false;
        QTest::newRow("csv one more") << int(FileFormat::Csv) << qint64(1000001) << 2 << false;
        QTest::newRow("xlsx 2.5M") << int(FileFormat::Xlsx) << qint64(2500000) << 3 << false;
        QTest::newRow("none") << int(FileFormat::Xls) << qint64(0) << 1 << false;
    }

    void splitsAtHubSpotsRowLimits()
    {
        QFETCH(int, format);
        QFETCH(qint64, records);
        QFETCH(int, files);
        QFETCH(bool, suggestXlsx);
        const ExportForecast f = forecastExport(request(FileFormat(format), 3), records);
        QCOMPARE(f.files, files);
        QCOMPARE(f.suggestXlsx, suggestXlsx);
        QCOMPARE(f.rowsPerFile, FileFormat(format) == FileFormat::Xls
                                    ? ExportForecast::RowsPerXlsFile
                                    : ExportForecast::RowsPerFile);
        if (files > 1)
            QVERIFY(f.zipped); // several files always come inside one zip
    }

    void widerColumnsAndAssociationsWeighMore()
    {
        ExportRequest narrow = request(FileFormat::Csv, 2);
        ExportRequest wide = narrow;
        wide.associatedObjectType << QStringLiteral("COMPANY");
        QVERIFY(forecastExport(wide, 5000).estimatedBytes >
                forecastExport(narrow, 5000).estimatedBytes);
        PropertyDef flag;
        flag.name = QStringLiteral("p0");
        flag.type = PropertyDef::Type::Bool;
        QVERIFY(forecastExport(narrow, 5000, {flag}).estimatedBytes <
                forecastExport(narrow, 5000).estimatedBytes);
    }

    void unknownCountForecastsNothing()
    {
        const ExportForecast f = forecastExport(request(FileFormat::Csv, 3), -1);
        QCOMPARE(f.records, qint64(-1));
        QCOMPARE(f.estimatedBytes, qint64(0));
        QCOMPARE(f.toJson().value(u"records").toInteger(), qint64(-1));
    }
};

QTEST_GUILESS_MAIN(TestExportForecast)
#include "tst_exportforecast.moc"
