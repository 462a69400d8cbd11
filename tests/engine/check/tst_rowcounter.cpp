// The completeness check's parts: RowCounter on CSV files (quoted line breaks, several files,
// a file it cannot read), RowCountTask off the calling thread, and Completeness's sentences.
#include "check/completeness.h"
#include "check/rowcounter.h"
#include "check/rowcounttask.h"

#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace es;
using namespace Qt::StringLiterals;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

} // namespace

class TestRowCounter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvRowsWithoutTheHeader()
    {
        QTemporaryDir dir;
        // A quoted cell with a line break and a comma is one row; the last line has no newline.
        const QString path = write(dir, u"a.csv"_s,
                                   "Record ID,Name,Notes\r\n"
                                   "1,Ada,\"first line\r\nsecond, line\"\r\n"
                                   "2,Bob,\r\n"
                                   "3,\"Chloé \"\"C\"\"\",x");
        const RowCounter::Result result = RowCounter::countFile(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.rows, 3);
    }

    void headerOnlyIsZero()
    {
        QTemporaryDir dir;
        const RowCounter::Result result =
            RowCounter::countFile(write(dir, u"empty.csv"_s, "Record ID,Name\r\n"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.rows, 0);
    }

    void severalFilesAreSummed()
    {
        QTemporaryDir dir;
        QByteArray first = "Record ID,Name\n";
        QByteArray second = "Record ID,Name\n";
        for (int i = 0; i < 25; ++i)
            first += QByteArray::number(i) + ",n\n";
        for (int i = 0; i < 10; ++i)
            second += QByteArray::number(i) + ",m\n";
        const RowCounter::Result result = RowCounter::countFiles(
            {write(dir, u"part-1.csv"_s, first), write(dir, u"part-2.csv"_s, second)});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.rows, 35);
    }

    void unreadableFileNamesIt()
    {
        QTemporaryDir dir;
        const QString good = write(dir, u"good.csv"_s, "a\n1\n");
        const QString missing = dir.filePath(u"gone.csv"_s);
        const RowCounter::Result result = RowCounter::countFiles({good, missing});
        QVERIFY(!result.ok());
        QCOMPARE(result.rows, -1);
        QVERIFY2(result.error.contains(u"gone.csv"_s), qPrintable(result.error));
    }

    void taskRunsOnAPoolThread()
    {
        QTemporaryDir dir;
        const QString path = write(dir, u"t.csv"_s, "a\n1\n2\n");
        auto *task = new RowCountTask({path});
        QThread *ranOn = nullptr;
        qint64 rows = -2;
        connect(task, &RowCountTask::finished, this, [&](qint64 counted, const QString &) {
            ranOn = QThread::currentThread();
            rows = counted;
            task->deleteLater();
        });
        task->start();
        QTRY_COMPARE_WITH_TIMEOUT(rows, 2, 10000);
        QCOMPARE(ranOn, QThread::currentThread()); // delivered back to the caller's thread
    }

    void sentences()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QLocale::setDefault(english);
        Completeness same{12345, 12345, 12345, {}};
        QVERIFY(same.matches());
        QCOMPARE(same.describe(), u"12,345 records, as HubSpot reported"_s);
        // Fewer rows arrived than HubSpot reported: said plainly.
        Completeness fewer{12300, 12345, -1, {}};
        QVERIFY(!fewer.matches());
        QCOMPARE(fewer.describe(), u"HubSpot reported 12,345; the files hold 12,300"_s);
        // The count before the start is added when it differs (records changed meanwhile).
        Completeness before{12345, 12345, 12001, {}};
        QCOMPARE(before.describe(),
                 u"12,345 records, as HubSpot reported (counted before the start: 12,001)"_s);
        Completeness noHubSpot{40, -1, -1, {}};
        QCOMPARE(noHubSpot.describe(),
                 u"40 records in the files (HubSpot did not report a count)"_s);
        Completeness unreadable{-1, 5, -1, u"The file x.csv is damaged."_s};
        QVERIFY(unreadable.matches()); // no alarm without a count
        QCOMPARE(unreadable.describe(),
                 u"The records in the files could not be counted: The file x.csv is damaged."_s);
        QVERIFY(Completeness{}.describe().isEmpty());
        // Round trip; older files without it read as unknown.
        QCOMPARE(Completeness::fromJson(before.toJson()), before);
        QCOMPARE(Completeness::fromJson({}), Completeness{});
        QLocale::setDefault(QLocale::system());
    }
};

QTEST_GUILESS_MAIN(TestRowCounter)
#include "tst_rowcounter.moc"
