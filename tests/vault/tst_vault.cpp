// The vault's promises about its own file: a file SQLite reports damaged, one written by a newer
// Export Studio, or one that is not a history at all is set aside byte for byte and never
// written over; a full disk rolls the run back, names the folder, and leaves the run pending so
// that it is kept once there is room again.

#include "vault/vault.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace es;
using namespace Qt::StringLiterals;

namespace {

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL on a file through a connection of the test's own (not the vault's).
bool execOn(const QString &path, const QStringList &statements)
{
    const QString name = u"tst_vault_raw"_s;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(sql)) {
                qWarning() << sql << query.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

ExportRequest contactsRequest()
{
    ExportRequest request;
    request.exportName = u"Contacts"_s;
    request.objectType = u"CONTACT"_s;
    request.objectProperties = {u"hs_object_id"_s, u"email"_s, u"firstname"_s};
    return request;
}

// A CSV as HubSpot writes it for contactsRequest(): `rows` records from id `first` on.
bool writeCsv(const QString &path, int first, int rows, const QByteArray &tag = "a")
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("Record ID,Email,First Name\r\n");
    for (int i = 0; i < rows; ++i) {
        const QByteArray id = QByteArray::number(first + i);
        file.write(id + ",person" + id + "@example.com," + tag + "-" +
                   QByteArray(40, char('a' + i % 26)) + "\r\n");
    }
    return file.flush();
}

PendingIngest pendingFor(const QString &jobId)
{
    PendingIngest pending;
    pending.jobId = jobId;
    pending.presetKey = u"preset-1"_s;
    pending.presetName = u"Weekly contacts"_s;
    pending.kind = RunKind::Full;
    pending.startedAt = QDateTime::currentDateTimeUtc();
    return pending;
}

} // namespace

class TestVault : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_case = 0;

    QString freshPath() { return m_dir.filePath(u"case%1/account.sqlite"_s.arg(++m_case)); }

    // The file that was set aside holds the very bytes the vault found, and the vault's path is
    // usable again: a new, empty history opens there.
    void checkSetAside(Vault &vault, const QString &path, const QByteArray &before,
                       const QString &expectInMessage)
    {
        QVERIFY(!vault.open());
        QVERIFY2(vault.lastError().contains(expectInMessage), qPrintable(vault.lastError()));
        QVERIFY2(vault.lastError().contains(QDir::toNativeSeparators(vault.setAsidePath())),
                 qPrintable(vault.lastError()));
        QVERIFY(!vault.setAsidePath().isEmpty());
        QCOMPARE(sha256Of(vault.setAsidePath()), before);
        QVERIFY(!QFileInfo::exists(path));
        Vault again(path);
        QVERIFY2(again.open(), qPrintable(again.lastError()));
        QVERIFY(again.runs(u"preset-1"_s).isEmpty());
        QCOMPARE(sha256Of(vault.setAsidePath()), before);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void damagedFileIsSetAside()
    {
        // A history with a run, then its pages overwritten in the middle (a bad sector, a
        // half-copied file): SQLite calls it malformed.
        const QString path = freshPath();
        {
            Vault vault(path);
            QVERIFY2(vault.open(), qPrintable(vault.lastError()));
            const QString csv = m_dir.filePath(u"damaged.csv"_s);
            QVERIFY(writeCsv(csv, 1, 2000));
            QVERIFY(vault.addPending(pendingFor(u"job-d"_s)));
            Vault::IngestInput input;
            input.pending = pendingFor(u"job-d"_s);
            input.files = {csv};
            input.request = contactsRequest();
            const Vault::IngestOutcome outcome = vault.ingest(input);
            QVERIFY2(outcome.ok, qPrintable(outcome.message));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 16 * 4096);
        file.seek(4096); // page 2 on: the schema page stays readable, the tables do not
        file.write(QByteArray(12 * 4096, '\x5a'));
        file.close();
        const QByteArray before = sha256Of(path);

        Vault vault(path);
        // Opening reads the schema only; the damage shows when the tables are read.
        if (vault.open()) {
            QVERIFY(vault.runs(u"preset-1"_s).isEmpty());
            QVERIFY2(vault.lastError().contains(u"damaged"_s), qPrintable(vault.lastError()));
            QVERIFY(!vault.setAsidePath().isEmpty());
            QCOMPARE(sha256Of(vault.setAsidePath()), before);
            return;
        }
        checkSetAside(vault, path, before, u"damaged"_s);
    }

    void garbageFileIsSetAside()
    {
        // Not a database at all (a file of something else under the vault's name).
        const QString path = freshPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 4096; ++i)
            file.write(QByteArray::number(i * 7919 % 1000003).rightJustified(8, '#'));
        file.close();
        const QByteArray before = sha256Of(path);
        Vault vault(path);
        checkSetAside(vault, path, before, u"damaged"_s);
    }

    void newerFileIsSetAside()
    {
        const QString path = freshPath();
        {
            Vault vault(path);
            QVERIFY2(vault.open(), qPrintable(vault.lastError()));
        }
        QVERIFY(execOn(path, {u"PRAGMA user_version = %1"_s.arg(Vault::SchemaVersion + 1)}));
        const QByteArray before = sha256Of(path);
        Vault vault(path);
        checkSetAside(vault, path, before, u"newer"_s);
        QVERIFY2(vault.lastError().contains(u"Update Export Studio"_s),
                 qPrintable(vault.lastError()));
    }

    void foreignDatabaseIsSetAside()
    {
        // Another program's SQLite file where the vault should be.
        const QString path = freshPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QVERIFY(execOn(path, {u"CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT)"_s,
                              u"INSERT INTO notes(text) VALUES ('keep me')"_s}));
        const QByteArray before = sha256Of(path);
        Vault vault(path);
        checkSetAside(vault, path, before, u"not an Export Studio history"_s);
    }

    void fullDiskRollsBackAndStaysPending()
    {
        const QString path = freshPath();
        Vault vault(path);
        QVERIFY2(vault.open(), qPrintable(vault.lastError()));
        const QString small = m_dir.filePath(u"small.csv"_s);
        const QString big = m_dir.filePath(u"big.csv"_s);
        QVERIFY(writeCsv(small, 1, 300, "one"));
        QVERIFY(writeCsv(big, 1, 20000, "two"));

        QVERIFY(vault.addPending(pendingFor(u"job-1"_s)));
        Vault::IngestInput input;
        input.pending = pendingFor(u"job-1"_s);
        input.files = {small};
        input.request = contactsRequest();
        Vault::IngestOutcome outcome = vault.ingest(input);
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        const QList<VaultRun> before = vault.runs(u"preset-1"_s);
        QCOMPARE(before.size(), 1);
        QCOMPARE(before.first().rows, 300);

        // The disk fills up: SQLite may grow the file by only a few pages more, far less than
        // the second run needs. SQLITE_FULL is what a full disk gives, so this is that path.
        QSqlQuery pages(vault.database());
        QVERIFY(pages.exec(u"PRAGMA page_count"_s) && pages.next());
        const qint64 pageCount = pages.value(0).toLongLong();
        pages.finish();
        QVERIFY(pages.exec(u"PRAGMA max_page_count = %1"_s.arg(pageCount + 4)));
        pages.finish();

        QVERIFY(vault.addPending(pendingFor(u"job-2"_s)));
        input.pending = pendingFor(u"job-2"_s);
        input.files = {big};
        outcome = vault.ingest(input);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.message.contains(u"disk is full"_s), qPrintable(outcome.message));
        const QString folder = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
        QVERIFY2(outcome.message.contains(folder), qPrintable(outcome.message));
        // Rolled back: the history is the first run, row for row, and the second is still
        // pending, to be kept when there is room.
        const QList<VaultRun> after = vault.runs(u"preset-1"_s);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().id, before.first().id);
        int rows = 0;
        bool fromFirstRun = true;
        QVERIFY(vault.forEachRow(
            u"preset-1"_s, before.first().id, [&](qint64, const QList<QByteArray> &values) {
                ++rows;
                fromFirstRun = fromFirstRun && values.join(',').contains("one-");
                return true;
            }));
        QCOMPARE(rows, 300);
        QVERIFY(fromFirstRun);
        bool stillPending = false;
        for (const PendingIngest &pending : vault.pending())
            stillPending = stillPending || pending.jobId == u"job-2"_s;
        QVERIFY(stillPending);

        // Room again: the same run is kept, whole.
        QVERIFY(pages.exec(u"PRAGMA max_page_count = 1073741823"_s));
        pages.finish();
        outcome = vault.ingest(input);
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QCOMPARE(outcome.run.rows, 20000);
        QCOMPARE(outcome.run.added, 20000 - 300);
        QCOMPARE(outcome.run.changed, 300);
        QCOMPARE(vault.runs(u"preset-1"_s).size(), 2);
        for (const PendingIngest &pending : vault.pending())
            QVERIFY(pending.jobId != u"job-2"_s);
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
