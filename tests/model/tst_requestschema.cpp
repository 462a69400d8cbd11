#include "model/requestcodec.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

// Checks the bytes the codec writes against the component schemas of HubSpot's exports-v3.json
// with python3-jsonschema (check_request_schema.py explains the one deliberate deviation:
// sort objects instead of the spec's strings).
class TestRequestSchema : public QObject
{
    Q_OBJECT

private slots:
    void writtenRequestsMatchSpec();
    void validatorRejectsBrokenBodies();

private:
    struct Run
    {
        int exitCode = -1;
        QString output;
    };
    Run check(const QStringList &files);
    QTemporaryDir m_dir;
};

TestRequestSchema::Run TestRequestSchema::check(const QStringList &files)
{
    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(QStringLiteral("python3"),
                 QStringList{QStringLiteral(ES_SCHEMA_SCRIPT),
                             QStringLiteral(ES_SPEC_DIR "/exports-v3.json")} +
                     files);
    if (!python.waitForFinished(60000))
        return {-1, QStringLiteral("python3 did not finish: ") + python.errorString()};
    return {python.exitStatus() == QProcess::NormalExit ? python.exitCode() : -1,
            QString::fromUtf8(python.readAll())};
}

static QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes)
{
    QString path = dir + u'/' + name + QStringLiteral(".json");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestRequestSchema::writtenRequestsMatchSpec()
{
    QVERIFY(m_dir.isValid());
    QStringList files;

    ExportRequest view;
    view.exportName = QStringLiteral("Deals");
    view.format = FileFormat::Xlsx;
    view.objectType = QStringLiteral("DEAL");
    view.objectProperties = {QStringLiteral("dealname"), QStringLiteral("amount")};
    view.associatedObjectType = {QStringLiteral("COMPANY"), QStringLiteral("CONTACT")};
    view.exportInternalValuesOptions = {InternalValuesOption::Names};
    view.listId = QStringLiteral("7"); // must not be written on VIEW
    SearchRequest search;
    FilterGroup all;
    for (FilterOperator op : allFilterOperators())
        all.filters.append(Filter{QStringLiteral("p"),
                                  op,
                                  {},
                                  QStringLiteral("1"),
                                  QStringLiteral("2"),
                                  {QStringLiteral("a")}});
    search.filterGroups = {
        all, FilterGroup{{Filter{
                 QStringLiteral("q"), FilterOperator::Eq, {}, QStringLiteral("x"), {}, {}}}}};
    search.sorts = {Sort{QStringLiteral("amount"), SortOrder::Descending}};
    search.query = QStringLiteral("renewal");
    view.search = search;
    files << writeFile(m_dir.path(), QStringLiteral("view-all-operators"),
                       RequestCodec::toBytes(view));

    ExportRequest plainView = view;
    plainView.search.reset();
    files << writeFile(m_dir.path(), QStringLiteral("view-no-search"),
                       RequestCodec::toBytes(plainView, false));

    ExportRequest emptySearch = view;
    emptySearch.search = SearchRequest{};
    files << writeFile(m_dir.path(), QStringLiteral("view-empty-search"),
                       RequestCodec::toBytes(emptySearch));

    ExportRequest list;
    list.exportType = ExportType::List;
    list.exportName = QStringLiteral("Newsletter");
    list.objectProperties = {QStringLiteral("email")};
    list.listId = QStringLiteral("1234567");
    list.search = search; // must not be written on LIST
    files << writeFile(m_dir.path(), QStringLiteral("list"), RequestCodec::toBytes(list));

    // The guide's loose example, read and written again, is spec-shaped.
    QFile guide(QStringLiteral(ES_SOURCE_DIR "/tests/model/data/guide-view.json"));
    QVERIFY(guide.open(QIODevice::ReadOnly));
    const RequestCodec::DecodeResult decoded = RequestCodec::fromBytes(guide.readAll());
    QVERIFY(decoded.ok());
    files << writeFile(m_dir.path(), QStringLiteral("guide-view-rewritten"),
                       RequestCodec::toBytes(decoded.request));

    const Run run = check(files);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QCOMPARE(run.output.count(QStringLiteral("ok ")), files.size());
}

void TestRequestSchema::validatorRejectsBrokenBodies()
{
    // Proves the check can fail: bodies the spec forbids are reported.
    ExportRequest view;
    view.exportName = QStringLiteral("x");
    view.objectProperties = {QStringLiteral("email")};
    QJsonObject lowerCase = RequestCodec::toJson(view);
    lowerCase.insert(QStringLiteral("format"), QStringLiteral("csv"));
    QJsonObject missing = RequestCodec::toJson(view);
    missing.remove(QStringLiteral("exportInternalValuesOptions"));
    QJsonObject stringListId = RequestCodec::toJson(view);
    stringListId.insert(QStringLiteral("exportType"), QStringLiteral("LIST"));
    stringListId.insert(QStringLiteral("listId"), 5);

    for (const auto &[name, body] : {std::pair{QStringLiteral("lower-case-format"), lowerCase},
                                     std::pair{QStringLiteral("missing-field"), missing},
                                     std::pair{QStringLiteral("numeric-listId"), stringListId}}) {
        const QString path =
            writeFile(m_dir.path(), QStringLiteral("bad-") + name, QJsonDocument(body).toJson());
        const Run run = check({path});
        QVERIFY2(run.exitCode == 1, qPrintable(name + u": " + run.output));
        QVERIFY2(run.output.contains(QStringLiteral("invalid")), qPrintable(run.output));
    }
}

QTEST_GUILESS_MAIN(TestRequestSchema)
#include "tst_requestschema.moc"
