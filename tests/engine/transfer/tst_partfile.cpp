// PartFile: the .part and its .meta on disk, and the rename that never replaces a file.
#include "transfer/partfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestPartFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
        m_target = m_dir->filePath(QStringLiteral("sub/folder/export.zip"));
    }

    void paths()
    {
        PartFile part(m_target);
        QCOMPARE(part.partPath(), m_target + QStringLiteral(".part"));
        QCOMPARE(part.metaPath(), m_target + QStringLiteral(".part.meta"));
        QCOMPARE(part.folder(), QFileInfo(m_target).absolutePath());
    }

    void openCreatesTheFolderAndAppends()
    {
        PartFile part(m_target);
        QString error;
        QVERIFY2(part.open(false, &error), qPrintable(error));
        QCOMPARE(part.device()->write("abc"), 3);
        part.close();
        QVERIFY(part.open(false, &error));
        QCOMPARE(part.size(), 3);
        QCOMPARE(part.device()->write("def"), 3);
        part.close();
        QCOMPARE(readAll(part.partPath()), QByteArray("abcdef"));

        QVERIFY(part.open(true, &error));
        QCOMPARE(part.size(), 0);
        part.close();
        QCOMPARE(readAll(part.partPath()), QByteArray());
    }

    void openFailsWithAReason()
    {
        // A file where the folder should be.
        QFile blocker(m_dir->filePath(QStringLiteral("sub")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        PartFile part(m_target);
        QString error = QStringLiteral("unchanged");
        QVERIFY(!part.open(false, &error));
        QVERIFY(error.isEmpty()); // the folder could not be created
    }

    void metaRoundTrip()
    {
        PartFile part(m_target);
        QVERIFY(QDir().mkpath(part.folder()));
        QCOMPARE(part.readMeta().total, -1); // none yet
        QVERIFY(part.readMeta().etag.isEmpty());

        PartMeta meta;
        meta.etag = "\"0123abcd\"";
        meta.lastModified = "Sun, 06 Dec 2026 10:00:00 GMT";
        meta.total = qint64{5} * 1024 * 1024 * 1024; // beyond 32 bits
        meta.host = QStringLiteral("files.example.com");
        QString error;
        QVERIFY2(part.writeMeta(meta, &error), qPrintable(error));

        const PartMeta read = PartFile(m_target).readMeta();
        QCOMPARE(read.etag, meta.etag);
        QCOMPARE(read.lastModified, meta.lastModified);
        QCOMPARE(read.total, meta.total);
        QCOMPARE(read.host, meta.host);
        QVERIFY(!readAll(part.metaPath()).contains("http"));
    }

    void commitRenamesAndCleansUp()
    {
        PartFile part(m_target);
        QString error;
        QVERIFY(part.open(false, &error));
        QCOMPARE(part.device()->write("the export"), 10);
        QVERIFY(part.writeMeta({"\"e\"", {}, 10, QStringLiteral("h")}, &error));
        bool exists = true;
        QVERIFY2(part.commit(&error, &exists), qPrintable(error));
        QVERIFY(!exists);
        QVERIFY(!part.isOpen());
        QCOMPARE(readAll(m_target), QByteArray("the export"));
        QVERIFY(!QFileInfo::exists(part.partPath()));
        QVERIFY(!QFileInfo::exists(part.metaPath()));
    }

    void commitNeverReplacesAFile()
    {
        PartFile part(m_target);
        QString error;
        QVERIFY(part.open(false, &error));
        QCOMPARE(part.device()->write("new"), 3);
        QVERIFY(part.writeMeta({}, &error));
        QFile existing(m_target);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("old");
        existing.close();

        bool exists = false;
        QVERIFY(!part.commit(&error, &exists));
        QVERIFY(exists);
        QCOMPARE(readAll(m_target), QByteArray("old"));
        QCOMPARE(readAll(part.partPath()), QByteArray("new")); // kept for another name
        QVERIFY(QFileInfo::exists(part.metaPath()));
    }

    void discardRemovesPartAndMeta()
    {
        PartFile part(m_target);
        QString error;
        QVERIFY(part.open(false, &error));
        part.close();
        QVERIFY(part.writeMeta({}, &error));
        PartFile::discard(m_target);
        QVERIFY(!QFileInfo::exists(part.partPath()));
        QVERIFY(!QFileInfo::exists(part.metaPath()));
    }

    void shortWriteMeansFullDisk()
    {
        PartFile part(m_target);
        QString error;
        QVERIFY(part.open(false, &error));
        const QString diskFull = QStringLiteral("the disk is full");
        QCOMPARE(part.writeFailure(2, diskFull), diskFull);
        QCOMPARE(part.writeFailure(-1, diskFull), diskFull); // no error recorded either
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_target;
};

QTEST_GUILESS_MAIN(TestPartFile)
#include "tst_partfile.moc"
