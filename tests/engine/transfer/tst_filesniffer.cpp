#include "transfer/filesniffer.h"
#include "ziptestutil.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

class TestFileSniffer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void xlsxWorkbookIsNotUnpacked();
    void zipOfCsvsIsUnpacked();
    void zipOfWorkbooksIsUnpacked();
    void emptyZip();
    void xlsHeader();
    void csvWithAndWithoutBom();
    void extensionDoesNotMatter();
    void notText();
    void damagedZip();
    void headOnly();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestFileSniffer::xlsxWorkbookIsNotUnpacked()
{
    // The minimal parts of an Office Open XML workbook.
    const QString p = path(u"book.xlsx"_qs);
    QVERIFY(ziptest::writeZip(p, {{u"[Content_Types].xml"_qs, "<?xml version=\"1.0\"?><Types/>"},
                                  {u"_rels/.rels"_qs, "<Relationships/>"},
                                  {u"xl/workbook.xml"_qs, "<workbook/>"},
                                  {u"xl/worksheets/sheet1.xml"_qs, "<worksheet/>"}}));
    const SniffResult r = FileSniffer::sniff(p);
    QCOMPARE(r.kind, FileKind::Xlsx);
    QVERIFY(!r.isArchiveToUnpack());
    QCOMPARE(r.zipEntries, 4);
    QCOMPARE(FileSniffer::extensionFor(r.kind), u"xlsx"_qs);
}

void TestFileSniffer::zipOfCsvsIsUnpacked()
{
    const QString p = path(u"export.zip"_qs);
    QVERIFY(ziptest::writeZip(
        p, {{u"contacts-1.csv"_qs, "a,b\n1,2\n"}, {u"contacts-2.csv"_qs, "a,b\n3,4\n"}}));
    const SniffResult r = FileSniffer::sniff(p);
    QCOMPARE(r.kind, FileKind::Zip);
    QVERIFY(r.isArchiveToUnpack());
    QCOMPARE(r.zipEntries, 2);
    QVERIFY(r.error.isEmpty());
}

void TestFileSniffer::zipOfWorkbooksIsUnpacked()
{
    // A wrapper around workbooks has no [Content_Types].xml at its root (a nested one does not
    // count): it is a zip to unpack, not a workbook.
    const QString p = path(u"books.zip"_qs);
    QVERIFY(ziptest::writeZip(
        p, {{u"part-1.xlsx"_qs, "PK\x03\x04..."}, {u"nested/[Content_Types].xml"_qs, "<Types/>"}}));
    QCOMPARE(FileSniffer::sniff(p).kind, FileKind::Zip);
}

void TestFileSniffer::emptyZip()
{
    const QString p = path(u"empty.zip"_qs);
    QByteArray eocd("PK\x05\x06", 4);
    eocd.append(18, '\0');
    QVERIFY(ziptest::writeAll(p, eocd));
    const SniffResult r = FileSniffer::sniff(p);
    QCOMPARE(r.kind, FileKind::Zip);
    QCOMPARE(r.zipEntries, 0);
}

void TestFileSniffer::xlsHeader()
{
    const QString p = path(u"legacy.xls"_qs);
    QByteArray cfb("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    cfb.append(504, '\0'); // rest of a 512-byte CFB header sector
    QVERIFY(ziptest::writeAll(p, cfb));
    QCOMPARE(FileSniffer::sniff(p).kind, FileKind::Xls);
    QCOMPARE(FileSniffer::extensionFor(FileKind::Xls), u"xls"_qs);
}

void TestFileSniffer::csvWithAndWithoutBom()
{
    const QString bom = path(u"bom.csv"_qs);
    QVERIFY(ziptest::writeAll(bom, "\xEF\xBB\xBF"
                                   "First Name,Ville\nZoë,Zürich\n"));
    SniffResult r = FileSniffer::sniff(bom);
    QCOMPARE(r.kind, FileKind::Csv);
    QVERIFY(r.utf8Bom);

    const QString plain = path(u"plain.csv"_qs);
    QVERIFY(ziptest::writeAll(plain, "Record ID,Email\n1,a@example.com\n"));
    r = FileSniffer::sniff(plain);
    QCOMPARE(r.kind, FileKind::Csv);
    QVERIFY(!r.utf8Bom);
}

void TestFileSniffer::extensionDoesNotMatter()
{
    // HubSpot may zip a CSV export: the name says .csv, the bytes say zip.
    const QString p = path(u"looks-like.csv"_qs);
    QVERIFY(ziptest::writeZip(p, {{u"x.csv"_qs, "a\n"}}));
    QCOMPARE(FileSniffer::sniff(p).kind, FileKind::Zip);
    const QString q = path(u"looks-like.zip"_qs);
    QVERIFY(ziptest::writeAll(q, "a,b\n"));
    QCOMPARE(FileSniffer::sniff(q).kind, FileKind::Csv);
}

void TestFileSniffer::notText()
{
    const QString latin1 = path(u"latin1.csv"_qs);
    QVERIFY(ziptest::writeAll(latin1, "caf\xe9,1\n"));
    QCOMPARE(FileSniffer::sniff(latin1).kind, FileKind::Unknown);

    const QString binary = path(u"random.bin"_qs);
    QByteArray bytes(4096, '\0');
    QRandomGenerator rng(42);
    for (auto &b : bytes)
        b = char(rng.bounded(256));
    bytes[0] = 'X'; // not a known magic
    QVERIFY(ziptest::writeAll(binary, bytes));
    QCOMPARE(FileSniffer::sniff(binary).kind, FileKind::Unknown);

    const QString nul = path(u"nul.csv"_qs);
    QVERIFY(ziptest::writeAll(nul, QByteArray("a,b\n\0\0", 6)));
    QCOMPARE(FileSniffer::sniff(nul).kind, FileKind::Unknown);

    const QString empty = path(u"empty.csv"_qs);
    QVERIFY(ziptest::writeAll(empty, QByteArray()));
    QCOMPARE(FileSniffer::sniff(empty).kind, FileKind::Unknown);

    const SniffResult missing = FileSniffer::sniff(path(u"missing"_qs));
    QCOMPARE(missing.kind, FileKind::Unknown);
    QVERIFY(!missing.error.isEmpty());
}

void TestFileSniffer::damagedZip()
{
    // Starts like a zip, has no central directory: reported, not guessed.
    const QString p = path(u"cut.zip"_qs);
    QByteArray whole;
    QVERIFY(ziptest::writeZip(p, {{u"x.csv"_qs, QByteArray(10000, 'x')}}));
    whole = ziptest::readAll(p);
    QVERIFY(ziptest::writeAll(p, whole.left(100)));
    const SniffResult r = FileSniffer::sniff(p);
    QCOMPARE(r.kind, FileKind::Zip);
    QVERIFY(!r.error.isEmpty());
}

void TestFileSniffer::headOnly()
{
    QCOMPARE(FileSniffer::sniffHead(QByteArray("PK\x03\x04rest", 8)), FileKind::Zip);
    QCOMPARE(FileSniffer::sniffHead(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)),
             FileKind::Xls);
    // A multi-byte character cut by the end of the head is still text.
    QCOMPARE(FileSniffer::sniffHead(QByteArray("a,b\n\xC3", 5)), FileKind::Csv);
    QCOMPARE(FileSniffer::sniffHead(QByteArray("\xC0\xAF", 2)), FileKind::Unknown); // overlong
}

QTEST_GUILESS_MAIN(TestFileSniffer)
#include "tst_filesniffer.moc"
