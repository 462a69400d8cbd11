// The fault matrix: every fault rule hubspot-sandbox implements, one row each, run through
// export-studio-cli end to end. Each row ends either in files byte-identical to what the
// sandbox served (exit 0) or in a non-zero exit with a clear message; and in every row: no crash,
// no partial or hidden file left in the download folder, at most one export spent.
//
// Rows run one after another against two long-lived sandboxes reset between rows
// (POST /__sandbox/reset), with the sandbox clock 100 times faster and small datasets.

#include "e2eharness.h"
#include "privatemounts.h"

#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace e2e;

namespace {

// The disk-full and read-only rows mount a small tmpfs: in a mount namespace of the test's own,
// so they run as an ordinary user as well as root (see privatemounts.h).
const bool privateMounts = es::test::enterPrivateMountNamespace();

enum class Folder
{
    Normal,
    DiskFull,  // a 8 KiB tmpfs: the 17 KiB export cannot fit
    ReadOnly,  // a tmpfs whose mount is made read-only (chmod does not stop root)
    UnderFile, // the download folder's parent is a regular file
};

struct Row
{
    QString sandbox = u"plain"_s; // plain: 17 KiB CSV; zipped: every CSV arrives as a zip
    QStringList faults{};         // {mid} and {last} stand for byte offsets of the file
    QString command = u"export"_s;
    int exit = 0;
    QStringList says{}; // stderr must contain each (case-insensitive) when the exit is non-zero
    int exports = 1;    // exports the row's run may start, exactly
    Folder folder = Folder::Normal;
    bool fixThenResume = false; // the message says "resume": fix the cause, run `resume`
    bool spendQuotaFirst = false;
};

} // namespace

Q_DECLARE_METATYPE(Row)

// QVERIFY2 with the check's name, so a failing row says which of its checks failed.
#define ROW_CHECK(row, name, condition, detail)                                                    \
    do {                                                                                           \
        Q_UNUSED(row)                                                                              \
        if (!QTest::qVerify((condition), name, qPrintable(detail), __FILE__, __LINE__))            \
            return;                                                                                \
    } while (false)

class TestFaultMatrix : public QObject
{
    Q_OBJECT

    QProcess m_plainProcess;
    QProcess m_zippedProcess;
    SandboxAdmin m_plain;
    SandboxAdmin m_zipped;
    QHash<QString, qint64> m_size; // served size per sandbox kind
    QElapsedTimer m_total;

    static bool startSandbox(QProcess &process, SandboxAdmin &admin, const QStringList &extra)
    {
        return e2e::startSandbox(process, admin,
                                 QStringList{u"--clock-speed"_s, u"100"_s, u"--contacts"_s,
                                             u"300"_s, u"--companies"_s, u"20"_s, u"--deals"_s,
                                             u"20"_s, u"--tickets"_s, u"10"_s, u"--quota"_s,
                                             u"1"_s} +
                                     extra);
    }

    SandboxAdmin &sandboxFor(const Row &row)
    {
        return row.sandbox == u"zipped" ? m_zipped : m_plain;
    }

    QStringList exportArgs(const SandboxAdmin &sb, const QString &root, const QString &out,
                           bool keepZip)
    {
        writeJson(root + u"/r.json"_s, contactsRequest(u"Contacts"_s));
        QStringList args{u"export"_s,
                         u"--request"_s,
                         root + u"/r.json"_s,
                         u"--api-base"_s,
                         sb.base().toString(),
                         u"--out"_s,
                         out,
                         u"--state-dir"_s,
                         root + u"/state"_s,
                         u"--json"_s,
                         u"--poll-initial-ms"_s,
                         u"100"_s,
                         u"--poll-max-ms"_s,
                         u"300"_s,
                         u"--timeout"_s,
                         QString::number(ApiTimeoutSeconds),
                         u"--stall-timeout"_s,
                         QString::number(StallTimeoutSeconds)};
        if (keepZip)
            args << u"--keep-zip"_s;
        return args;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_total.start();
        QVERIFY(startSandbox(m_plainProcess, m_plain, {}));
        // --row-cap 120: the 300 contacts arrive as three CSV files in one zip.
        QVERIFY(startSandbox(m_zippedProcess, m_zipped,
                             {u"--zip-threshold"_s, u"1000"_s, u"--row-cap"_s, u"120"_s}));
        // The served sizes, for the drop offsets.
        for (auto *sb : {&m_plain, &m_zipped}) {
            QTemporaryDir tmp;
            const Run run = runCli(exportArgs(*sb, tmp.path(), tmp.filePath(u"out"_s), true));
            QVERIFY2(run.code == 0, qPrintable(run.err));
            const QJsonObject info = sb->exportInfo(run.json().value(u"taskId").toString());
            m_size.insert(sb == &m_plain ? u"plain"_s : u"zipped"_s,
                          info.value(u"size").toInteger());
            QVERIFY(info.value(u"size").toInteger() > 1000);
            QCOMPARE(info.value(u"zipped").toBool(), sb == &m_zipped);
        }
    }

    void cleanupTestCase()
    {
        for (QProcess *p : {&m_plainProcess, &m_zippedProcess}) {
            p->terminate();
            if (!p->waitForFinished(3000))
                p->kill();
        }
        qInfo("fault matrix: %lld ms in all", m_total.elapsed());
    }

    void matrix_data()
    {
        QTest::addColumn<Row>("row");
        // --- start: status code classes -------------------------------------------------
        QTest::newRow("start 400 validation")
            << Row{.faults = {u"start:status=400"_s},
                   .exit = 3,
                   .says = {u"rejected the request"_s, u"fix the request"_s},
                   .exports = 0};
        QTest::newRow("start 403 missing scope") << Row{.faults = {u"start:status=403"_s},
                                                        .exit = 3,
                                                        .says = {u"crm.export scope"_s},
                                                        .exports = 0};
        QTest::newRow("start 429 without Retry-After") << Row{.faults = {u"start:status=429"_s}};
        QTest::newRow("start 429 DAILY (quota spent)")
            << Row{.exit = 3,
                   .says = {u"daily export limit"_s, u"resume"_s},
                   .exports = 0,
                   .spendQuotaFirst = true};
        QTest::newRow("start 500 is not repeated")
            << Row{.faults = {u"start:status=500"_s},
                   .exit = 4,
                   .says = {u"may have reached HubSpot"_s, u"export log"_s},
                   .exports = 0};
        QTest::newRow("start 503 empty body") << Row{.faults = {u"start:status=503:nobody"_s},
                                                     .exit = 4,
                                                     .says = {u"may have reached HubSpot"_s},
                                                     .exports = 0};
        QTest::newRow("start answer dropped")
            << Row{.faults = {u"start:drop-after=0"_s},
                   .exit = 4,
                   .says = {u"may have reached HubSpot"_s, u"not sent again"_s}};
        QTest::newRow("start invalid JSON") << Row{.faults = {u"start:invalid-json"_s},
                                                   .exit = 4,
                                                   .says = {u"may have reached HubSpot"_s}};

        // --- status -------------------------------------------------------------------------
        QTest::newRow("status 401") << Row{
            .faults = {u"status:status=401"_s}, .exit = 3, .says = {u"refused the access token"_s}};
        QTest::newRow("status 404")
            << Row{.faults = {u"status:status=404"_s}, .exit = 3, .says = {u"could not find"_s}};
        QTest::newRow("status 429 Retry-After 1")
            << Row{.faults = {u"status:status=429:retry-after=1"_s}};
        QTest::newRow("status 429 without Retry-After") << Row{.faults = {u"status:status=429"_s}};
        QTest::newRow("status 503 twice") << Row{.faults = {u"status:status=503:count=2"_s}};
        QTest::newRow("status HTML 502 page") << Row{.faults = {u"status:html=502"_s}};
        QTest::newRow("status invalid JSON twice")
            << Row{.faults = {u"status:invalid-json:count=2"_s}};
        QTest::newRow("status truncated body") << Row{.faults = {u"status:truncate"_s}};
        // Past the CLI's --timeout (5 s here, 30 s by default): timed out, asked again.
        QTest::newRow("status stalls past the timeout")
            << Row{.faults = {u"status:stall=%1"_s.arg(ApiTimeoutSeconds + 1)}};
        QTest::newRow("token revoked mid-job") << Row{.faults = {u"status:revoke-token"_s},
                                                      .exit = 3,
                                                      .says = {u"refused the access token"_s}};

        // --- export metadata (optional detail) and the metadata commands --------------------
        QTest::newRow("get 403 always") << Row{.faults = {u"get:status=403:count=always"_s}};
        QTest::newRow("get 500 twice") << Row{.faults = {u"get:status=500:count=2"_s}};
        // A missing resource answers 404 at every version: the client asks the next older one
        // once, hears 404 again, and says it is not there (the version stays).
        QTest::newRow("properties 404") << Row{.faults = {u"properties:status=404:count=always"_s},
                                               .command = u"properties"_s,
                                               .exit = 3,
                                               .says = {u"could not find"_s},
                                               .exports = 0};
        QTest::newRow("properties HTML 502 page")
            << Row{.faults = {u"properties:html=502"_s}, .command = u"properties"_s, .exports = 0};
        QTest::newRow("lists 500")
            << Row{.faults = {u"lists:status=500"_s}, .command = u"lists"_s, .exports = 0};
        QTest::newRow("every request slow") << Row{.faults = {u"any:stall=0.3:count=always"_s}};

        // --- download -----------------------------------------------------------------------
        QTest::newRow("drop at byte 0") << Row{.faults = {u"download:drop-after=0"_s}};
        QTest::newRow("drop at byte 1") << Row{.faults = {u"download:drop-after=1"_s}};
        QTest::newRow("drop mid-file") << Row{.faults = {u"download:drop-after={mid}"_s}};
        QTest::newRow("drop before the last byte")
            << Row{.faults = {u"download:drop-after={last}"_s}};
        QTest::newRow("drop twice")
            << Row{.faults = {u"download:drop-after=1000:count=1"_s, u"download:drop-after=500"_s}};
        QTest::newRow("download 503 twice") << Row{.faults = {u"download:status=503:count=2"_s}};
        QTest::newRow("download HTML 502 page") << Row{.faults = {u"download:html=502"_s}};
        QTest::newRow("link expired twice") << Row{.faults = {u"download:expire:count=2"_s}};
        QTest::newRow("links keep expiring")
            << Row{.faults = {u"download:status=410:count=always"_s},
                   .exit = 4,
                   .says = {u"kept expiring"_s},
                   .fixThenResume = true};
        QTest::newRow("slow trickle") << Row{.faults = {u"download:trickle=16000"_s}};
        // Past --stall-timeout (5 s here, 60 s by default): dropped, downloaded again.
        QTest::newRow("download stalls past the stall timeout")
            << Row{.faults = {u"download:stall=%1"_s.arg(StallTimeoutSeconds + 1)}};
        QTest::newRow("Content-Length 100 too long")
            << Row{.faults = {u"download:wrong-length=100"_s}};
        // A body that does not match its Content-Length: never an exit with a short file; the
        // download is repeated or completed until the file is the served one.
        QTest::newRow("Content-Length 100 too short")
            << Row{.faults = {u"download:wrong-length=-100"_s}};
        QTest::newRow("truncated CSV") << Row{.faults = {u"download:truncate"_s}};
        // S3's usual ETag, the file's MD5: a cut body with a matching length is caught by it and
        // the file downloaded again; a multipart ETag is no digest and must not be compared.
        QTest::newRow("truncated CSV, MD5 ETag")
            << Row{.faults = {u"download:etag=md5:truncate"_s}};
        QTest::newRow("multipart ETag")
            << Row{.faults = {u"download:etag=multipart:count=always"_s}};

        // --- archives ----------------------------------------------------------------------
        QTest::newRow("zip of three CSVs") << Row{.sandbox = u"zipped"_s};
        QTest::newRow("zip dropped mid-file")
            << Row{.sandbox = u"zipped"_s, .faults = {u"download:drop-after={mid}"_s}};
        // The served zip's SHA-256 ETag no longer matches: downloaded again, then identical.
        QTest::newRow("truncated zip")
            << Row{.sandbox = u"zipped"_s, .faults = {u"download:truncate"_s}};
        QTest::newRow("corrupt zip") << Row{.faults = {u"download:badzip=corrupt"_s},
                                            .exit = 5,
                                            .says = {u"not a readable zip"_s, u"kept as"_s}};
        QTest::newRow("zip-slip entry")
            << Row{.faults = {u"download:badzip=traversal"_s},
                   .exit = 5,
                   .says = {u"outside the folder"_s, u"nothing was extracted"_s}};
        QTest::newRow("absolute path entry")
            << Row{.faults = {u"download:badzip=absolute"_s},
                   .exit = 5,
                   .says = {u"absolute path"_s, u"nothing was extracted"_s}};
        QTest::newRow("symlink entry")
            << Row{.faults = {u"download:badzip=symlink"_s},
                   .exit = 5,
                   .says = {u"symbolic link"_s, u"nothing was extracted"_s}};
        QTest::newRow("zip bomb") << Row{.faults = {u"download:badzip=bomb"_s},
                                         .exit = 5,
                                         .says = {u"zip bomb"_s, u"nothing was extracted"_s}};

        // --- the local disk -----------------------------------------------------------------
        QTest::newRow("disk full (8 KiB tmpfs)")
            << Row{.exit = 5,
                   .says = {u"The export needs"_s, u"KiB free"_s,
                            u"Free some space there, then resume the download"_s},
                   .folder = Folder::DiskFull,
                   .fixThenResume = true};
        QTest::newRow("read-only download folder")
            << Row{.exit = 5,
                   .says = {u"Cannot write the download in"_s, u"(Read-only file system)"_s,
                            u"the folder is read-only"_s, u"choose another folder, then resume"_s},
                   .folder = Folder::ReadOnly,
                   .fixThenResume = true};
        QTest::newRow("download folder under a regular file")
            << Row{.exit = 5,
                   .says = {u"cannot create the folder"_s},
                   .exports = 0,
                   .folder = Folder::UnderFile};
    }

    void matrix()
    {
        QFETCH(Row, row);
        SandboxAdmin &sb = sandboxFor(row);
        QVERIFY(sb.reset());
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString root = tmp.path();
        QString out = root + u"/out"_s;
        const QString state = root + u"/state"_s;

        // The download folder; mounts are undone before the temporary folder goes.
        bool mounted = false;
        const auto unmount = qScopeGuard([&] {
            if (mounted)
                es::test::unmount(out);
        });
        if (row.folder == Folder::DiskFull || row.folder == Folder::ReadOnly) {
            QVERIFY(QDir().mkpath(out));
            const QString size = row.folder == Folder::DiskFull ? u"8k"_s : u"1m"_s;
            if (!privateMounts)
                QSKIP(qPrintable(u"this row needs a tmpfs of its own, and "_s +
                                 es::test::privateMountProblem()));
            QString error = es::test::mountTmpfs(out, size);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            mounted = true;
            if (row.folder == Folder::ReadOnly) {
                error = es::test::setReadOnly(out, true);
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
        } else if (row.folder == Folder::UnderFile) {
            QFile file(root + u"/file"_s);
            QVERIFY(file.open(QIODevice::WriteOnly));
            out = root + u"/file/downloads"_s;
        }
        const bool escapeExisted = QFile::exists(u"/tmp/escape.txt"_s);

        if (row.spendQuotaFirst) {
            int status = 0;
            sb.call("POST", u"/crm/v3/exports/export/async"_s, contactsRequest(u"Elsewhere"_s),
                    true, &status);
            QCOMPARE(status, 202);
        }
        const int startedBefore = sb.exportsStarted();

        QStringList faults;
        const qint64 size = m_size.value(row.sandbox);
        for (QString rule : row.faults)
            faults << rule.replace(u"{mid}"_s, QString::number(size / 2))
                          .replace(u"{last}"_s, QString::number(size - 1));
        if (!faults.isEmpty())
            QVERIFY(sb.addFaults(faults));

        QStringList args;
        if (row.command == u"export")
            args = exportArgs(sb, root, out, row.sandbox == u"zipped");
        else if (row.command == u"properties")
            args = {u"properties"_s,      u"CONTACT"_s,     u"--api-base"_s,
                    sb.base().toString(), u"--state-dir"_s, state};
        else
            args = {u"lists"_s, u"--api-base"_s, sb.base().toString(), u"--state-dir"_s, state};

        QElapsedTimer timer;
        timer.start();
        const Run run = runCli(args);
        const qint64 ms = timer.elapsed();
        const QString context =
            u"exit %1 after %2 ms; stderr:\n%3"_s.arg(run.code).arg(ms).arg(run.err);
        qInfo("%s: exit %d in %lld ms", QTest::currentDataTag(), run.code, ms);

        // Never a crash or a hang.
        QVERIFY2(!run.crashed, qPrintable(context));
        ROW_CHECK(row, "exit", run.code == row.exit, context);

        // A failure says what happened, in words; never the token.
        QVERIFY2(!run.err.contains(Token) && !run.out.contains(Token), "the token was printed");
        if (run.code != 0) {
            QStringList missing;
            for (const QString &word : row.says) {
                if (!run.err.contains(word, Qt::CaseInsensitive))
                    missing << word;
            }
            const bool clear = missing.isEmpty() && run.err.contains(u"export-studio-cli: "_s) &&
                               !run.err.contains(u"()"_s) && !run.err.contains(u" 0.0 MiB"_s);
            ROW_CHECK(row, "message", clear,
                      u"missing [%1] or unclear wording; %2"_s.arg(missing.join(u", "), context));
        }

        // Never more than one export per job; exactly as many as the row expects.
        const int started = sb.exportsStarted() - startedBefore;
        QVERIFY2(started <= 1, qPrintable(u"%1 exports started"_s.arg(started)));
        ROW_CHECK(row, "exports", started == row.exports,
                  u"%1 exports started, expected %2"_s.arg(started).arg(row.exports));

        // Success: the files are the served ones, byte for byte.
        QJsonObject job = run.json();
        if (run.code == 0 && row.command == u"export") {
            const QString diff = compareWithServed(sb, job);
            ROW_CHECK(row, "identical", diff.isEmpty(), diff);
        } else if (run.code == 0) {
            QVERIFY2(run.out.contains(row.command == u"lists" ? u"\t"_s : u"email"_s),
                     qPrintable(run.out));
        }

        // The message said "resume": fix the cause, resume, and the export completes.
        bool resumed = false;
        if (row.fixThenResume && run.code != 0) {
            sb.clearFaults();
            const QString error =
                row.folder == Folder::DiskFull   ? es::test::resizeTmpfs(out, u"4m"_s)
                : row.folder == Folder::ReadOnly ? es::test::setReadOnly(out, false)
                                                 : QString();
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const Run again =
                runCli({u"resume"_s, u"--state-dir"_s, state, u"--json"_s, u"--poll-initial-ms"_s,
                        u"100"_s, u"--poll-max-ms"_s, u"300"_s});
            QVERIFY2(!again.crashed, qPrintable(again.err));
            const QJsonArray jobs = again.json().value(u"jobs"_s).toArray();
            const QString diff =
                jobs.size() == 1
                    ? compareWithServed(sb, jobs.first().toObject())
                    : u"resume finished %1 jobs: %2"_s.arg(jobs.size()).arg(again.err.trimmed());
            resumed = again.code == 0 && diff.isEmpty();
            ROW_CHECK(row, "resume", resumed, u"exit %1: %2"_s.arg(again.code).arg(diff));
            if (resumed)
                job = jobs.first().toObject();
            QCOMPARE(sb.exportsStarted() - startedBefore, row.exports);
        }

        // Nothing partial at a final path, no hidden work files, nothing outside the folders.
        if (row.command == u"export" && row.folder != Folder::UnderFile) {
            const QStringList tree = treeOf(out);
            QStringList expected;
            if (run.code == 0 || resumed) {
                for (const QString &path : summaryFiles(job))
                    expected << QDir(out).relativeFilePath(path);
            } else if (run.code == 5 && tree.contains(u"Contacts.zip"_s)) {
                expected << u"Contacts.zip"_s; // an archive that could not be unpacked is kept
            }
            expected.sort();
            QStringList visible = visibleEntries(tree);
            if (row.folder != Folder::Normal)
                visible.removeAll(u"lost+found"_s);
            ROW_CHECK(row, "leftovers", hiddenEntries(tree).isEmpty() && visible == expected,
                      u"left in the download folder: [%1], expected [%2]"_s.arg(
                          tree.join(u", "), expected.join(u", ")));
            for (const QString &entry : tree)
                QVERIFY2(!QFileInfo(QDir(out).filePath(entry)).isSymLink(), qPrintable(entry));
        }
        QStringList top =
            QDir(root).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        top.removeAll(u"file"_s);
        top.removeAll(u"out"_s);
        top.removeAll(u"state"_s);
        top.removeAll(u"r.json"_s);
        QVERIFY2(top.isEmpty(), qPrintable(top.join(u", ")));
        QVERIFY2(escapeExisted || !QFile::exists(u"/tmp/escape.txt"_s),
                 "an archive entry escaped to /tmp");
    }

    // The timeouts the stall rows rely on: a bad value is a usage error naming the option (or
    // the variable), before anything is sent.
    void timeoutValuesAreChecked_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("env");
        QTest::addColumn<QString>("named");
        QTest::newRow("--timeout 0")
            << QStringList{u"--timeout"_s, u"0"_s} << QString() << u"--timeout"_s;
        QTest::newRow("--stall-timeout abc")
            << QStringList{u"--stall-timeout"_s, u"abc"_s} << QString() << u"--stall-timeout"_s;
        QTest::newRow("EXPORT_STUDIO_STALL_TIMEOUT=-3")
            << QStringList{} << u"EXPORT_STUDIO_STALL_TIMEOUT=-3"_s
            << u"EXPORT_STUDIO_STALL_TIMEOUT"_s;
    }

    void timeoutValuesAreChecked()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, env);
        QFETCH(QString, named);
        QTemporaryDir tmp;
        writeJson(tmp.filePath(u"r.json"_s), contactsRequest(u"Contacts"_s));
        QProcessEnvironment environment = cliEnvironment();
        environment.remove(u"EXPORT_STUDIO_TIMEOUT"_s);
        environment.remove(u"EXPORT_STUDIO_STALL_TIMEOUT"_s);
        if (!env.isEmpty())
            environment.insert(env.section(u'=', 0, 0), env.section(u'=', 1));
        QProcess p;
        p.setProcessEnvironment(environment);
        const int startedBefore = m_plain.exportsStarted();
        p.start(QStringLiteral(ES_CLI_BIN),
                QStringList{u"export"_s, u"--request"_s, tmp.filePath(u"r.json"_s), u"--api-base"_s,
                            m_plain.base().toString(), u"--state-dir"_s, tmp.filePath(u"state"_s),
                            u"--out"_s, tmp.filePath(u"out"_s)} +
                    extra);
        QVERIFY(p.waitForFinished(30000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(err.contains(named) && err.contains(u"whole number of seconds"_s),
                 qPrintable(err));
        QCOMPARE(m_plain.exportsStarted(), startedBefore);
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
