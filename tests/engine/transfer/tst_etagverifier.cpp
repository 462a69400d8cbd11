// EtagVerifier: which ETags are digests, and what a download's bytes prove against them.
#include "transfer/etagverifier.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QTest>

using namespace es;

namespace {

QByteArray quoted(const QByteArray &value)
{
    return '"' + value + '"';
}

QByteArray sha256Of(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray md5Of(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex();
}

QByteArray payload(int size = 100000)
{
    QByteArray bytes;
    for (int i = 0; i < size; ++i)
        bytes.append(char(i * 7 + i / 13));
    return bytes;
}

} // namespace

class TestEtagVerifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hexDigest_data()
    {
        const QByteArray sha = sha256Of("x");
        const QByteArray md5 = md5Of("x");
        QTest::addColumn<QByteArray>("etag");
        QTest::addColumn<int>("digits");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("sha256 quoted") << quoted(sha) << 64 << sha;
        QTest::newRow("sha256 upper case") << quoted(sha.toUpper()) << 64 << sha;
        QTest::newRow("sha256 unquoted, spaces") << " " + sha + " " << 64 << sha;
        QTest::newRow("weak") << "W/" + quoted(sha) << 64 << QByteArray();
        QTest::newRow("one digit short") << quoted(sha.left(63)) << 64 << QByteArray();
        QTest::newRow("not hex") << quoted(sha.left(63) + 'g') << 64 << QByteArray();
        QTest::newRow("md5 asked for sha256") << quoted(md5) << 64 << QByteArray();
        QTest::newRow("md5") << quoted(md5) << 32 << md5;
        QTest::newRow("sha256 asked for md5") << quoted(sha) << 32 << QByteArray();
        QTest::newRow("s3 multipart") << quoted(md5.left(30) + "-2") << 32 << QByteArray();
        QTest::newRow("empty") << QByteArray() << 32 << QByteArray();
        QTest::newRow("only quotes") << QByteArray("\"\"") << 32 << QByteArray();
    }
    void hexDigest()
    {
        QFETCH(QByteArray, etag);
        QFETCH(int, digits);
        QFETCH(QByteArray, expected);
        QCOMPARE(EtagVerifier::hexDigestFromEtag(etag, digits), expected);
    }

    void sha256EtagProvesTheBytes()
    {
        const QByteArray bytes = payload();
        const QByteArray etag = quoted(sha256Of(bytes));
        EtagVerifier verifier;
        verifier.useEtag(etag);
        verifier.addData(bytes);
        QCOMPARE(verifier.hashedBytes(), bytes.size());
        QCOMPARE(verifier.sha256Hex(), sha256Of(bytes));
        QCOMPARE(verifier.check(etag, bytes.size()), EtagVerifier::Check::Passed);

        EtagVerifier cut;
        cut.useEtag(etag);
        cut.addData(bytes.left(bytes.size() - 1));
        QCOMPARE(cut.check(etag, bytes.size() - 1), EtagVerifier::Check::Sha256Mismatch);
    }

    void md5EtagChecksFromByteZero()
    {
        const QByteArray bytes = payload();
        const QByteArray etag = quoted(md5Of(bytes));
        EtagVerifier verifier;
        verifier.useEtag(etag);
        verifier.addData(bytes);
        QCOMPARE(verifier.check(etag, bytes.size()), EtagVerifier::Check::Passed);
    }

    // SSE-KMS objects have 32-hex ETags that are not their MD5: a first miss downloads again, the
    // same bytes a second time are kept.
    void md5MissTwiceWithTheSameBytesIsKept()
    {
        const QByteArray bytes = payload();
        const QByteArray etag = quoted(md5Of("something else"));
        EtagVerifier verifier;
        verifier.useEtag(etag);
        verifier.addData(bytes);
        QCOMPARE(verifier.check(etag, bytes.size()), EtagVerifier::Check::Md5Mismatch);

        verifier.reset();
        verifier.useEtag(etag);
        verifier.addData(bytes);
        QCOMPARE(verifier.check(etag, bytes.size()), EtagVerifier::Check::Passed);

        // Other bytes under the same ETag are a new miss.
        verifier.reset();
        verifier.useEtag(etag);
        verifier.addData(bytes.left(1000));
        QCOMPARE(verifier.check(etag, 1000), EtagVerifier::Check::Md5Mismatch);
    }

    // MD5 is fed only when it can cover the file from byte 0: bytes hashed before the ETag was
    // known leave the MD5 unchecked rather than wrongly failed.
    void md5NotCheckedWhenItMissedTheStart()
    {
        const QByteArray bytes = payload();
        const QByteArray etag = quoted(md5Of("something else"));
        EtagVerifier verifier;
        verifier.addData(bytes.left(10));
        verifier.useEtag(etag);
        verifier.addData(bytes.mid(10));
        QCOMPARE(verifier.check(etag, bytes.size()), EtagVerifier::Check::Passed);
        QCOMPARE(verifier.sha256Hex(), sha256Of(bytes));
    }

    void noDigestEtagPasses()
    {
        EtagVerifier verifier;
        verifier.addData("abc");
        QCOMPARE(verifier.check("W/\"1234\"", 3), EtagVerifier::Check::Passed);
        QCOMPARE(verifier.check(QByteArray(), 3), EtagVerifier::Check::Passed);
    }

    // A kept .part is hashed in slices between which the event loop runs; the reads within a
    // slice are a quarter MiB each.
    void addFromReadsInSlicesUpToALimit()
    {
        QByteArray bytes = payload(1000000);
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        EtagVerifier verifier;
        QVERIFY(verifier.addFrom(buffer, 900000, 300000));
        QVERIFY(verifier.hashedBytes() >= 300000);
        QVERIFY(verifier.hashedBytes() < 900000);
        while (verifier.hashedBytes() < 900000)
            QVERIFY(verifier.addFrom(buffer, 900000, 300000));
        QCOMPARE(verifier.hashedBytes(), 900000);
        QCOMPARE(verifier.sha256Hex(), sha256Of(bytes.left(900000)));

        // A device that ends early is a read failure.
        QVERIFY(!verifier.addFrom(buffer, 2000000, 2000000));
        buffer.close();
        QVERIFY(!verifier.addFrom(buffer, 2000001, 10));
    }
};

QTEST_GUILESS_MAIN(TestEtagVerifier)
#include "tst_etagverifier.moc"
