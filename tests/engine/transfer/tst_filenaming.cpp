#include "transfer/filenaming.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>
#include <vector>

using namespace es;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::NewOnly) && f.write(bytes) == bytes.size();
}

QStringList allFiles(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(root).relativeFilePath(it.next());
    out.sort();
    return out;
}

} // namespace

class TestFileNaming : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sanitize_data();
    void sanitize();
    void hostileNamesStayInFolder_data();
    void hostileNamesStayInFolder();
    void longNamesAreBoundedAndKeepExtension();
    void uniquePathNumbers();
    void renameNoReplaceRefusesExisting();
    void moveNoOverwriteNumbers();
    void concurrentMoversNeverCollide();
    void qfileRenameAlsoRefusesExisting();
};

void TestFileNaming::sanitize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"contacts export.csv"_qs << u"contacts export.csv"_qs;
    QTest::newRow("trimmed") << u"  report.csv  "_qs << u"report.csv"_qs;
    QTest::newRow("slash") << u"a/b.csv"_qs << u"a_b.csv"_qs;
    QTest::newRow("backslash") << u"a\\b.csv"_qs << u"a_b.csv"_qs;
    QTest::newRow("dotdot") << u"../../etc/passwd"_qs << u"_.._etc_passwd"_qs;
    QTest::newRow("only dots") << u".."_qs << u"export"_qs;
    QTest::newRow("hidden") << u".bashrc"_qs << u"bashrc"_qs;
    QTest::newRow("empty") << QString() << u"export"_qs;
    QTest::newRow("spaces") << u"   "_qs << u"export"_qs;
    QTest::newRow("control") << u"a\tb\nc\x01.csv"_qs << u"a_b_c_.csv"_qs;
    QTest::newRow("windows chars") << u"a:b*c?d\"e<f>g|h.csv"_qs << u"a_b_c_d_e_f_g_h.csv"_qs;
    QTest::newRow("drive") << u"C:\\Windows\\x.csv"_qs << u"C__Windows_x.csv"_qs;
    QTest::newRow("CON") << u"CON"_qs << u"CON_"_qs;
    QTest::newRow("nul.csv") << u"nul.csv"_qs << u"nul_.csv"_qs;
    QTest::newRow("com1.tar.gz") << u"com1.tar.gz"_qs << u"com1_.tar.gz"_qs;
    QTest::newRow("LPT9") << u"LPT9.xlsx"_qs << u"LPT9_.xlsx"_qs;
    QTest::newRow("console is fine") << u"console.csv"_qs << u"console.csv"_qs;
    QTest::newRow("trailing dot") << u"report.csv."_qs << u"report.csv"_qs;
    QTest::newRow("bidi override") << u"evil\u202Etxt.exe"_qs << u"evil_txt.exe"_qs;
    QTest::newRow("unicode kept") << u"Größe – Café 東京.csv"_qs << u"Größe – Café 東京.csv"_qs;
}

void TestFileNaming::sanitize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(FileNaming::sanitize(input), expected);
}

void TestFileNaming::hostileNamesStayInFolder_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names = {
        u"../escape.txt"_qs,
        u"../../../../../../../../tmp/escape.txt"_qs,
        u"/etc/passwd"_qs,
        u"/"_qs,
        u"."_qs,
        u".."_qs,
        u"..\\..\\escape.txt"_qs,
        u"sub/../../escape.txt"_qs,
        u"C:/escape.txt"_qs,
        u"\\\\server\\share\\x"_qs,
        u"a\0b"_qs,
        QString(300, u'x') + u"/../y"_qs,
        u"~/escape"_qs,
        u"$HOME"_qs,
        u"\n"_qs,
    };
    for (const QString &n : names)
        QTest::newRow(qPrintable(QString(n).replace(u'\0', u'0').left(40))) << n;
}

void TestFileNaming::hostileNamesStayInFolder()
{
    QFETCH(QString, name);
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString dest = root.filePath(u"dest"_qs);
    QVERIFY(QDir().mkpath(dest));
    const QString src = root.filePath(u"src.bin"_qs);
    QVERIFY(writeAll(src, "payload"));

    const QString clean = FileNaming::sanitize(name);
    QVERIFY(!clean.isEmpty());
    QVERIFY(!clean.contains(u'/'));
    QVERIFY(!clean.contains(u'\\'));
    QVERIFY(!clean.startsWith(u'.'));
    QVERIFY(clean.toUtf8().size() <= FileNaming::MaxNameBytes);

    QString error;
    const QString finalPath = FileNaming::moveNoOverwrite(src, dest, name, &error);
    QVERIFY2(!finalPath.isEmpty(), qPrintable(error));
    QCOMPARE(QFileInfo(finalPath).absolutePath(), QDir(dest).absolutePath());
    QCOMPARE(readAll(finalPath), QByteArray("payload"));
    // Nothing anywhere else under the root: only the moved file.
    QCOMPARE(allFiles(root.path()), QStringList{u"dest/"_qs + QFileInfo(finalPath).fileName()});
}

void TestFileNaming::longNamesAreBoundedAndKeepExtension()
{
    const QString ascii = QString(300, u'a') + u".csv"_qs;
    const QString a = FileNaming::sanitize(ascii);
    QVERIFY(a.toUtf8().size() <= FileNaming::MaxNameBytes);
    QVERIFY(a.endsWith(u".csv"_qs));
    QVERIFY(a.size() > 100);

    // Two-, three- and four-byte characters: the cut never splits one.
    const QString wide = QString(100, QChar(0x00e9)) + QString(60, QChar(0x6771)) +
                         QString::fromUcs4(U"\U0001F600\U0001F600\U0001F600") + u".xlsx"_qs;
    const QString w = FileNaming::sanitize(wide);
    QVERIFY(w.toUtf8().size() <= FileNaming::MaxNameBytes);
    QVERIFY(w.endsWith(u".xlsx"_qs));
    QCOMPARE(QString::fromUtf8(w.toUtf8()), w);
    for (QChar c : w)
        QVERIFY(!c.isSurrogate() || QString::fromUtf8(w.toUtf8()) == w);

    const QString emoji = QString::fromUcs4(U"\U0001F600").repeated(50);
    const QString e = FileNaming::sanitize(emoji);
    QVERIFY(e.toUtf8().size() <= FileNaming::MaxNameBytes);
    QCOMPARE(e.size() % 2, 0); // whole surrogate pairs only
    QVERIFY(!e.back().isHighSurrogate());
}

void TestFileNaming::uniquePathNumbers()
{
    QTemporaryDir dir;
    QCOMPARE(FileNaming::uniquePath(dir.path(), u"name.csv"_qs), dir.filePath(u"name.csv"_qs));
    QVERIFY(writeAll(dir.filePath(u"name.csv"_qs), "1"));
    QCOMPARE(FileNaming::uniquePath(dir.path(), u"name.csv"_qs), dir.filePath(u"name (2).csv"_qs));
    QVERIFY(writeAll(dir.filePath(u"name (2).csv"_qs), "2"));
    QCOMPARE(FileNaming::uniquePath(dir.path(), u"name.csv"_qs), dir.filePath(u"name (3).csv"_qs));
    QVERIFY(writeAll(dir.filePath(u"noext"_qs), "x"));
    QCOMPARE(FileNaming::uniquePath(dir.path(), u"noext"_qs), dir.filePath(u"noext (2)"_qs));
    // A dangling symlink occupies the name too.
    QVERIFY(QFile::link(u"/nonexistent/target"_qs, dir.filePath(u"link.csv"_qs)));
    QCOMPARE(FileNaming::uniquePath(dir.path(), u"link.csv"_qs), dir.filePath(u"link (2).csv"_qs));
}

void TestFileNaming::renameNoReplaceRefusesExisting()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(u"a"_qs);
    const QString b = dir.filePath(u"b"_qs);
    QVERIFY(writeAll(a, "new"));
    QVERIFY(writeAll(b, "old"));
    QString error;
    bool exists = false;
    QVERIFY(!FileNaming::renameNoReplace(a, b, &error, &exists));
    QVERIFY(exists);
    QVERIFY(!error.isEmpty());
    QCOMPARE(readAll(a), QByteArray("new"));
    QCOMPARE(readAll(b), QByteArray("old"));

    const QString c = dir.filePath(u"c"_qs);
    QVERIFY(FileNaming::renameNoReplace(a, c, &error, &exists));
    QVERIFY(!QFileInfo::exists(a));
    QCOMPARE(readAll(c), QByteArray("new"));

    // A dangling symlink at the target is an existing name as well: never followed, never
    // replaced.
    const QString link = dir.filePath(u"link"_qs);
    QVERIFY(QFile::link(dir.filePath(u"nowhere"_qs), link));
    QVERIFY(!FileNaming::renameNoReplace(c, link, &error, &exists));
    QVERIFY(exists);
    QVERIFY(!QFileInfo::exists(dir.filePath(u"nowhere"_qs)));
}

void TestFileNaming::moveNoOverwriteNumbers()
{
    QTemporaryDir dir;
    const QString dest = dir.filePath(u"dest"_qs);
    QVERIFY(QDir().mkpath(dest));
    QVERIFY(writeAll(dest + u"/report.csv"_qs, "existing"));
    const QString src = dir.filePath(u"staged"_qs);
    QVERIFY(writeAll(src, "fresh"));
    QString error;
    const QString got = FileNaming::moveNoOverwrite(src, dest, u"report.csv"_qs, &error);
    QCOMPARE(got, QDir(dest).absoluteFilePath(u"report (2).csv"_qs));
    QCOMPARE(readAll(dest + u"/report.csv"_qs), QByteArray("existing"));
    QCOMPARE(readAll(got), QByteArray("fresh"));
    QVERIFY(!QFileInfo::exists(src));

    // A missing source is an error, not an endless loop.
    QVERIFY(FileNaming::moveNoOverwrite(src, dest, u"report.csv"_qs, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestFileNaming::concurrentMoversNeverCollide()
{
    QTemporaryDir dir;
    const QString dest = dir.filePath(u"dest"_qs);
    QVERIFY(QDir().mkpath(dest));
    constexpr int Movers = 8;
    constexpr int FilesEach = 25;
    for (int t = 0; t < Movers; ++t)
        for (int i = 0; i < FilesEach; ++i)
            QVERIFY(writeAll(dir.filePath(u"src-%1-%2"_qs.arg(t).arg(i)),
                             QByteArray::number(t * 1000 + i)));
    std::atomic<int> failures{0};
    std::vector<std::unique_ptr<QThread>> threads;
    threads.reserve(Movers);
    for (int t = 0; t < Movers; ++t) {
        threads.emplace_back(QThread::create([&, t] {
            for (int i = 0; i < FilesEach; ++i) {
                if (FileNaming::moveNoOverwrite(dir.filePath(u"src-%1-%2"_qs.arg(t).arg(i)), dest,
                                                u"same.csv"_qs)
                        .isEmpty())
                    ++failures;
            }
        }));
    }
    for (auto &th : threads)
        th->start();
    for (auto &th : threads)
        QVERIFY(th->wait(30000));
    QCOMPARE(failures.load(), 0);
    // Every payload survived exactly once: no mover replaced another one's file.
    QSet<QByteArray> payloads;
    const QStringList files = QDir(dest).entryList(QDir::Files);
    QCOMPARE(files.size(), Movers * FilesEach);
    for (const QString &f : files)
        payloads.insert(readAll(QDir(dest).filePath(f)));
    QCOMPARE(payloads.size(), Movers * FilesEach);
}

// Documents what Qt 6.4 does, because it is tempting to use QFile::rename instead: on Linux it
// also refuses an existing target (it checks exists() first, then uses renameat2 NOREPLACE or
// link()). FileNaming::renameNoReplace spells the guarantee out and reports *why* it refused.
void TestFileNaming::qfileRenameAlsoRefusesExisting()
{
    QTemporaryDir dir;
    QVERIFY(writeAll(dir.filePath(u"a"_qs), "a"));
    QVERIFY(writeAll(dir.filePath(u"b"_qs), "b"));
    QVERIFY(!QFile::rename(dir.filePath(u"a"_qs), dir.filePath(u"b"_qs)));
    QCOMPARE(readAll(dir.filePath(u"b"_qs)), QByteArray("b"));
}

QTEST_GUILESS_MAIN(TestFileNaming)
#include "tst_filenaming.moc"
