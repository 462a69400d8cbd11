#include "transfer/unpacker.h"
#include "ziptestutil.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

using namespace es;
using ziptest::Entry;

namespace {

QStringList tree(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(root).relativeFilePath(it.next());
    out.sort();
    return out;
}

QByteArray csv(int rows, int seed)
{
    QByteArray out("Record ID,Email,Name\n");
    for (int i = 0; i < rows; ++i)
        out += QByteArray::number(seed * 100000 + i) + ",user" + QByteArray::number(i) +
               "@example.com,Name " + QByteArray::number(i * 7 % 1000) + "\n";
    return out;
}

QByteArray noise(qsizetype size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    rng.fillRange(reinterpret_cast<quint32 *>(out.data()), size / 4);
    return out;
}

} // namespace

class TestUnpacker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void validMultiFileZip();
    void runsOffTheCallingThread();
    void nameClashesGetNumbers();
    void hostileEntries_data();
    void hostileEntries();
    void symlinkEntry();
    void deviceEntry();
    void honestZipBomb();
    void lyingHeaderIsStopped();
    void totalCap();
    void entryCountCap();
    void crcMismatch();
    void corruptData();
    void notAZip();
    void cancelMidway();
    void deleteZipWhenAsked();
    void staleStagingIsRemoved();

private:
    UnpackResult unpack(const QList<Entry> &entries, UnpackLimits limits = {});
    UnpackResult unpackFile(const QString &zip, UnpackLimits limits = {});
    void assertNothingExtracted();

    std::unique_ptr<QTemporaryDir> m_root;
    QString m_zip;
    QString m_dest;
};

void TestUnpacker::init()
{
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
    m_zip = m_root->filePath(u"export.zip"_qs);
    m_dest = m_root->filePath(u"dest"_qs);
    QVERIFY(QDir().mkpath(m_dest));
}

void TestUnpacker::cleanup()
{
    // Whatever happened, no staging folder is left behind.
    const QStringList left =
        QDir(m_dest).entryList({Unpacker::stagingPrefix() + u'*'}, QDir::Dirs | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_qs)));
    m_root.reset();
}

UnpackResult TestUnpacker::unpack(const QList<Entry> &entries, UnpackLimits limits)
{
    if (!ziptest::writeZip(m_zip, entries))
        qFatal("cannot write test zip");
    return unpackFile(m_zip, limits);
}

UnpackResult TestUnpacker::unpackFile(const QString &zip, UnpackLimits limits)
{
    UnpackOptions o;
    o.zipPath = zip;
    o.destDir = m_dest;
    o.limits = limits;
    Unpacker u(o);
    return u.unpackNow();
}

void TestUnpacker::assertNothingExtracted()
{
    // Only the archive itself and an empty destination: nothing inside, nothing beside.
    QCOMPARE(tree(m_root->path()), (QStringList{u"dest"_qs, u"export.zip"_qs}));
    QVERIFY(!QFileInfo::exists(QDir::tempPath() + u"/escape.txt"_qs));
}

void TestUnpacker::validMultiFileZip()
{
    const QByteArray a = csv(2000, 1), b = csv(10, 2), c = csv(500, 3);
    const UnpackResult r = unpack({{u"contacts-1.csv"_qs, a},
                                   {u"contacts-2.csv"_qs, b, 0100644, 0},
                                   {u"folder/"_qs, {}, 0040755},
                                   {u"folder/contacts-3.csv"_qs, c}});
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QCOMPARE(r.files.size(), 3);
    QCOMPARE(r.files.at(0), QDir(m_dest).absoluteFilePath(u"contacts-1.csv"_qs));
    QCOMPARE(r.files.at(2), QDir(m_dest).absoluteFilePath(u"contacts-3.csv"_qs)); // flattened
    QCOMPARE(ziptest::readAll(r.files.at(0)), a);
    QCOMPARE(ziptest::readAll(r.files.at(1)), b);
    QCOMPARE(ziptest::readAll(r.files.at(2)), c);
    QCOMPARE(r.bytes, a.size() + b.size() + c.size());
    QVERIFY(QFileInfo::exists(m_zip)); // kept by default
    QCOMPARE(tree(m_dest),
             (QStringList{u"contacts-1.csv"_qs, u"contacts-2.csv"_qs, u"contacts-3.csv"_qs}));
}

void TestUnpacker::runsOffTheCallingThread()
{
    QVERIFY(ziptest::writeZip(m_zip, {{u"a.csv"_qs, csv(100, 1)}}));
    UnpackOptions o;
    o.zipPath = m_zip;
    o.destDir = m_dest;
    Unpacker u(o);
    QThread *worker = nullptr;
    connect(
        &u, &Unpacker::started, &u, [&] { worker = QThread::currentThread(); },
        Qt::DirectConnection);
    QSignalSpy started(&u, &Unpacker::started);
    QSignalSpy progress(&u, &Unpacker::progress);
    QSignalSpy finished(&u, &Unpacker::finished);
    QThreadPool pool;
    u.start(&pool);
    QVERIFY(finished.wait(10000));
    QVERIFY(worker != nullptr);
    QVERIFY(worker != QThread::currentThread());
    QCOMPARE(started.size(), 1);
    QVERIFY(progress.size() >= 2);
    const auto last = progress.last();
    QCOMPARE(last.at(0).toLongLong(), last.at(1).toLongLong());
    const auto r = finished.first().first().value<UnpackResult>();
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QCOMPARE(r.files.size(), 1);
}

void TestUnpacker::nameClashesGetNumbers()
{
    QVERIFY(ziptest::writeAll(m_dest + u"/a.csv"_qs, "precious"));
    const UnpackResult r =
        unpack({{u"x/a.csv"_qs, "first"}, {u"y/a.csv"_qs, "second"}, {u"CON.csv"_qs, "dev"}}, {});
    // CON is refused as a whole (a reserved device name), so nothing lands.
    QVERIFY(!r.ok());
    QCOMPARE(r.error, UnpackError::UnsafeEntry);
    QCOMPARE(ziptest::readAll(m_dest + u"/a.csv"_qs), QByteArray("precious"));
    QCOMPARE(tree(m_dest), QStringList{u"a.csv"_qs});

    const UnpackResult ok = unpack({{u"x/a.csv"_qs, "first"}, {u"y/a.csv"_qs, "second"}});
    QVERIFY2(ok.ok(), qPrintable(ok.errorString));
    QCOMPARE(ok.files, (QStringList{QDir(m_dest).absoluteFilePath(u"a (2).csv"_qs),
                                    QDir(m_dest).absoluteFilePath(u"a (3).csv"_qs)}));
    QCOMPARE(ziptest::readAll(m_dest + u"/a.csv"_qs), QByteArray("precious"));
    QCOMPARE(ziptest::readAll(ok.files.at(0)), QByteArray("first"));
    QCOMPARE(ziptest::readAll(ok.files.at(1)), QByteArray("second"));
}

void TestUnpacker::hostileEntries_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");
    QTest::newRow("zip-slip") << u"../escape.txt"_qs << u"points outside the folder"_qs;
    QTest::newRow("deep zip-slip")
        << u"a/b/../../../escape.txt"_qs << u"points outside the folder"_qs;
    QTest::newRow("absolute") << (QDir::tempPath() + u"/escape.txt"_qs) << u"absolute path"_qs;
    QTest::newRow("backslash") << u"..\\escape.txt"_qs << u"backslashes"_qs;
    QTest::newRow("drive") << u"C:/escape.txt"_qs << u"drive letter"_qs;
    QTest::newRow("control") << u"esc\x1b[2Jape.txt"_qs << u"control characters"_qs;
    QTest::newRow("reserved") << u"sub/NUL.csv"_qs << u"reserved device name"_qs;
    QTest::newRow("double slash") << u"a//escape.txt"_qs << u"empty path component"_qs;
}

void TestUnpacker::hostileEntries()
{
    QFETCH(QString, name);
    QFETCH(QString, reason);
    // The hostile entry comes last: the good one before it must not be extracted either.
    const UnpackResult r = unpack({{u"good.csv"_qs, "a,b\n"}, {name, "owned\n"}});
    QVERIFY(!r.ok());
    QCOMPARE(r.error, UnpackError::UnsafeEntry);
    QCOMPARE(r.entryName, name);
    QVERIFY2(r.errorString.contains(reason), qPrintable(r.errorString));
    QVERIFY2(r.errorString.contains(u"nothing was extracted"_qs), qPrintable(r.errorString));
    assertNothingExtracted();
}

void TestUnpacker::symlinkEntry()
{
    const UnpackResult r =
        unpack({{u"link.csv"_qs, "/etc/passwd", 0120777}, {u"ok.csv"_qs, "a\n"}});
    QCOMPARE(r.error, UnpackError::UnsafeEntry);
    QVERIFY(r.errorString.contains(u"symbolic link (link.csv)"_qs));
    assertNothingExtracted();
}

void TestUnpacker::deviceEntry()
{
    const UnpackResult r = unpack({{u"tty"_qs, "", 0020666}});
    QCOMPARE(r.error, UnpackError::UnsafeEntry);
    QVERIFY(r.errorString.contains(u"device or special file"_qs));
    assertNothingExtracted();
}

void TestUnpacker::honestZipBomb()
{
    // 8 MiB of zeros deflate about 1000:1: refused from the directory alone.
    const UnpackResult r = unpack({{u"bomb.csv"_qs, QByteArray(8 * 1024 * 1024, '0')}});
    QCOMPARE(r.error, UnpackError::TooLarge);
    QVERIFY2(r.errorString.contains(u"zip bomb"_qs), qPrintable(r.errorString));
    assertNothingExtracted();

    // Under the threshold the ratio is not held against an entry.
    const UnpackResult small = unpack({{u"zeros.csv"_qs, QByteArray(512 * 1024, '0')}});
    QVERIFY2(small.ok(), qPrintable(small.errorString));
}

void TestUnpacker::lyingHeaderIsStopped()
{
    // The directory claims 100 bytes; the stream inflates to 8 MiB. Whatever minizip does
    // with the lie, the unpacker must stop it, extract nothing and keep memory and disk small.
    QVERIFY(ziptest::writeZip(m_zip, {{u"liar.csv"_qs, QByteArray(8 * 1024 * 1024, 'x')}}));
    QByteArray bytes = ziptest::readAll(m_zip);
    QCOMPARE(ziptest::patchUncompressedSize(bytes, 100), 2);
    QVERIFY(ziptest::writeAll(m_zip, bytes));
    const UnpackResult r = unpackFile(m_zip);
    QVERIFY(!r.ok());
    QVERIFY2(r.error == UnpackError::TooLarge || r.error == UnpackError::Corrupt,
             qPrintable(unpackErrorName(r.error) + u": "_qs + r.errorString));
    QCOMPARE(r.entryName, u"liar.csv"_qs);
    assertNothingExtracted();

    // A header that claims more than the stream holds is caught as well.
    QVERIFY(ziptest::writeZip(m_zip, {{u"short.csv"_qs, csv(100, 9)}}));
    bytes = ziptest::readAll(m_zip);
    QCOMPARE(ziptest::patchUncompressedSize(bytes, 900000), 2);
    QVERIFY(ziptest::writeAll(m_zip, bytes));
    const UnpackResult s = unpackFile(m_zip);
    QVERIFY(!s.ok());
    assertNothingExtracted();
}

void TestUnpacker::totalCap()
{
    UnpackLimits limits;
    limits.maxTotalBytes = 300 * 1024;
    const UnpackResult r = unpack(
        {{u"a.csv"_qs, noise(200 * 1024, 1), 0100644, 0}, {u"b.csv"_qs, noise(200 * 1024, 2)}},
        limits);
    QCOMPARE(r.error, UnpackError::TooLarge);
    QVERIFY(r.errorString.contains(u"more than"_qs));
    assertNothingExtracted();
}

void TestUnpacker::entryCountCap()
{
    QList<Entry> many;
    for (int i = 0; i < 21; ++i)
        many.append({u"f%1.csv"_qs.arg(i), "x\n"});
    UnpackLimits limits;
    limits.maxEntries = 20;
    const UnpackResult r = unpack(many, limits);
    QCOMPARE(r.error, UnpackError::TooLarge);
    QVERIFY(r.errorString.contains(u"21 entries"_qs));
    assertNothingExtracted();
}

void TestUnpacker::crcMismatch()
{
    QVERIFY(ziptest::writeZip(m_zip, {{u"ok.csv"_qs, csv(10, 1)}, {u"bad.csv"_qs, csv(50, 2)}}));
    QByteArray bytes = ziptest::readAll(m_zip);
    // Patch only the second entry's CRC (local header and central record).
    const qsizetype local2 = bytes.indexOf("PK\x03\x04", 4);
    const qsizetype central2 = bytes.indexOf("PK\x01\x02", bytes.indexOf("PK\x01\x02") + 4);
    QVERIFY(local2 > 0 && central2 > 0);
    ziptest::put32(bytes, local2 + 14, 0xdeadbeef);
    ziptest::put32(bytes, central2 + 16, 0xdeadbeef);
    QVERIFY(ziptest::writeAll(m_zip, bytes));
    const UnpackResult r = unpackFile(m_zip);
    QCOMPARE(r.error, UnpackError::Corrupt);
    QCOMPARE(r.entryName, u"bad.csv"_qs);
    QVERIFY2(r.errorString.contains(u"CRC"_qs), qPrintable(r.errorString));
    assertNothingExtracted(); // ok.csv was staged, then removed with the staging folder
}

void TestUnpacker::corruptData()
{
    QVERIFY(ziptest::writeZip(m_zip, {{u"data.csv"_qs, csv(5000, 1)}}));
    QByteArray bytes = ziptest::readAll(m_zip);
    // Scribble over the middle of the compressed stream.
    const qsizetype mid = bytes.indexOf("PK\x01\x02") / 2;
    for (qsizetype i = mid; i < mid + 64; ++i)
        bytes[i] = char(bytes[i] ^ 0x5a);
    QVERIFY(ziptest::writeAll(m_zip, bytes));
    const UnpackResult r = unpackFile(m_zip);
    QCOMPARE(r.error, UnpackError::Corrupt);
    QVERIFY(r.errorString.contains(u"data.csv"_qs));
    assertNothingExtracted();
}

void TestUnpacker::notAZip()
{
    QVERIFY(ziptest::writeAll(m_zip, "this is not a zip"));
    const UnpackResult r = unpackFile(m_zip);
    QCOMPARE(r.error, UnpackError::NotAnArchive);
    QVERIFY(r.errorString.contains(u"not a readable zip"_qs));
    assertNothingExtracted();
}

void TestUnpacker::cancelMidway()
{
    // Progress is reported after each entry; cancel once the first is done.
    QVERIFY(ziptest::writeZip(m_zip, {{u"one.csv"_qs, noise(2 * 1024 * 1024, 1), 0100644, 0},
                                      {u"two.csv"_qs, noise(2 * 1024 * 1024, 2), 0100644, 0},
                                      {u"three.csv"_qs, noise(2 * 1024 * 1024, 3), 0100644, 0}}));
    UnpackOptions o;
    o.zipPath = m_zip;
    o.destDir = m_dest;
    Unpacker u(o);
    qint64 canceledAt = -1;
    connect(
        &u, &Unpacker::progress, &u,
        [&](qint64 done, qint64) {
            if (done > 0 && canceledAt < 0) {
                canceledAt = done;
                u.requestCancel();
            }
        },
        Qt::DirectConnection);
    QSignalSpy finished(&u, &Unpacker::finished);
    QThreadPool pool;
    u.start(&pool);
    QVERIFY(finished.wait(10000));
    const auto r = finished.first().first().value<UnpackResult>();
    QCOMPARE(r.error, UnpackError::Canceled);
    QVERIFY(canceledAt > 0 && canceledAt < 6 * 1024 * 1024);
    QVERIFY(r.files.isEmpty());
    assertNothingExtracted();
}

void TestUnpacker::deleteZipWhenAsked()
{
    QVERIFY(ziptest::writeZip(m_zip, {{u"a.csv"_qs, "a\n"}}));
    UnpackOptions o;
    o.zipPath = m_zip;
    o.destDir = m_dest;
    o.keepZip = false;
    Unpacker u(o);
    const UnpackResult r = u.unpackNow();
    QVERIFY(r.ok());
    QVERIFY(r.zipRemoved);
    QVERIFY(!QFileInfo::exists(m_zip));
    QCOMPARE(tree(m_root->path()), (QStringList{u"dest"_qs, u"dest/a.csv"_qs}));
}

void TestUnpacker::staleStagingIsRemoved()
{
    const QString stale = m_dest + u'/' + Unpacker::stagingPrefix() + u"abc123"_qs;
    QVERIFY(QDir().mkpath(stale));
    QVERIFY(ziptest::writeAll(stale + u"/0.part"_qs, "leftover"));
    QVERIFY(ziptest::writeAll(m_dest + u"/keep.csv"_qs, "mine"));
    // A staging folder of a live process (this one) is someone's unpack in progress: kept.
    const QString live = m_dest + u'/' + Unpacker::stagingPrefix() +
                         QString::number(QCoreApplication::applicationPid()) + u"-live01"_qs;
    QVERIFY(QDir().mkpath(live));
    // One of a process that no longer exists (pid numbers this high are not handed out).
    const QString dead = m_dest + u'/' + Unpacker::stagingPrefix() + u"2147483000-dead01"_qs;
    QVERIFY(QDir().mkpath(dead));
    QCOMPARE(Unpacker::removeStaleStaging(m_dest), 2);
    QVERIFY(QFileInfo(live).isDir());
    QVERIFY(QDir(live).removeRecursively());
    QCOMPARE(tree(m_dest), QStringList{u"keep.csv"_qs});
}

QTEST_GUILESS_MAIN(TestUnpacker)
#include "tst_unpacker.moc"
