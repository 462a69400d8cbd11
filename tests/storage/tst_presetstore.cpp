#include "storage/presetstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace es;

namespace {

Preset makePreset(const QString &name)
{
    Preset p;
    p.name = name;
    p.description = QStringLiteral("about ") + name;
    p.request.exportName = name;
    p.request.objectProperties = {QStringLiteral("email"), QStringLiteral("firstname")};
    p.request.search = SearchRequest{{FilterGroup{{Filter{QStringLiteral("email"),
                                                          FilterOperator::ContainsToken,
                                                          {},
                                                          QStringLiteral("*@example.com"),
                                                          {},
                                                          {}}}}},
                                     {},
                                     {}};
    return p;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QStringList names(const QList<Preset> &presets)
{
    QStringList out;
    for (const Preset &p : presets)
        out.append(p.name);
    return out;
}

// Every key of every JSON file in the folder, lower-cased, recursively.
void collectKeys(const QJsonValue &value, QStringList *keys)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            keys->append(it.key().toLower());
            collectKeys(it.value(), keys);
        }
    } else if (value.isArray()) {
        for (const auto &item : value.toArray())
            collectKeys(item, keys);
    }
}

// Lowers the largest file this process may write, so writes fail like on a full disk.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN); // EFBIG instead of a signal
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    bool ok() const { return m_ok; }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};

} // namespace

class TestPresetStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTrip();
    void idsAndNamesAreUnique();
    void updateKeepsIdAndCreated();
    void corruptFileIsListedAndLeftAlone();
    void newerVersionIsListedAndLeftAlone();
    void folderThatCannotBeCreated();
    void readOnlyFolder();
    void diskFullKeepsOldFile();
    void importAndExport();
    void importRejectsBadFiles();
    void renameDuplicateRemoveUndo();
    void markRun();
    void noTokenEverWritten();

private:
    QScopedPointer<QTemporaryDir> m_tmp;
    QString m_folder;
};

void TestPresetStore::init()
{
    m_tmp.reset(new QTemporaryDir);
    QVERIFY(m_tmp->isValid());
    m_folder = m_tmp->path() + QStringLiteral("/presets");
}

void TestPresetStore::roundTrip()
{
    PresetStore store(m_folder);
    QVERIFY(store.list().isEmpty());
    QVERIFY(store.problems().isEmpty());
    QSignalSpy changed(&store, &PresetStore::presetsChanged);

    const QString b = store.save(makePreset(QStringLiteral("beta")));
    const QString a = store.save(makePreset(QStringLiteral("Alpha")));
    const QString c = store.save(makePreset(QStringLiteral("charlie 10")));
    const QString c2 = store.save(makePreset(QStringLiteral("charlie 9")));
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty() && !c2.isEmpty());
    QCOMPARE(changed.size(), 4);
    QCOMPARE(a, QStringLiteral("alpha"));
    QVERIFY(QFile::exists(m_folder + QStringLiteral("/alpha.json")));

    PresetStore again(m_folder);
    QVERIFY(again.problems().isEmpty());
    QCOMPARE(names(again.list()),
             QStringList({QStringLiteral("Alpha"), QStringLiteral("beta"),
                          QStringLiteral("charlie 9"), QStringLiteral("charlie 10")}));
    for (const QString &id : {a, b, c, c2}) {
        QVERIFY(again.find(id));
        QCOMPARE(*again.find(id), *store.find(id));
        QVERIFY(again.find(id)->created.isValid());
        QVERIFY(again.find(id)->updated.isValid());
    }
}

void TestPresetStore::idsAndNamesAreUnique()
{
    PresetStore store(m_folder);
    const QString first = store.save(makePreset(QStringLiteral("Weekly deals: Café")));
    const QString second = store.save(makePreset(QStringLiteral("Weekly deals: Café")));
    const QString odd = store.save(makePreset(QStringLiteral("../../etc/passwd")));
    const QString empty = store.save(makePreset(QStringLiteral("***")));
    QCOMPARE(first, QStringLiteral("weekly-deals-cafe"));
    QCOMPARE(second, QStringLiteral("weekly-deals-cafe-2"));
    QCOMPARE(odd, QStringLiteral("etc-passwd"));
    QCOMPARE(empty, QStringLiteral("preset"));
    QCOMPARE(store.find(second)->name, QStringLiteral("Weekly deals: Café (2)"));
    QCOMPARE(QDir(m_folder).entryList(QDir::Files).size(), 4);

    QSignalSpy errors(&store, &PresetStore::errorOccurred);
    QVERIFY(store.save(makePreset(QStringLiteral("  "))).isEmpty());
    QCOMPARE(errors.size(), 1);
}

void TestPresetStore::updateKeepsIdAndCreated()
{
    PresetStore store(m_folder);
    const QString id = store.save(makePreset(QStringLiteral("Deals")));
    Preset preset = *store.find(id);
    const QDateTime created = preset.created;
    preset.description = QStringLiteral("changed");
    QTest::qSleep(5);
    QCOMPARE(store.save(preset), id);
    QCOMPARE(store.list().size(), 1);
    PresetStore again(m_folder);
    QCOMPARE(again.find(id)->description, QStringLiteral("changed"));
    QCOMPARE(again.find(id)->created, created);
    QVERIFY(again.find(id)->updated > created);
}

void TestPresetStore::corruptFileIsListedAndLeftAlone()
{
    {
        PresetStore store(m_folder);
        QVERIFY(!store.save(makePreset(QStringLiteral("good"))).isEmpty());
    }
    const QString corrupt = m_folder + QStringLiteral("/broken.json");
    const QByteArray junk("{\"schemaVersion\": 1, \"name\": \"broken\", \"request\": {");
    writeAll(corrupt, junk);
    writeAll(m_folder + QStringLiteral("/notes.txt"), "not a preset");

    PresetStore store(m_folder);
    QCOMPARE(names(store.list()), QStringList{QStringLiteral("good")});
    QCOMPARE(store.problems().size(), 1);
    QCOMPARE(store.problems()[0].filePath, corrupt);
    QVERIFY2(store.problems()[0].message.contains(QStringLiteral("broken.json")),
             qPrintable(store.problems()[0].message));
    QVERIFY(store.problems()[0].message.contains(QStringLiteral("not valid JSON")));

    // Saving a preset of the same name must not take over the damaged file.
    const QString id = store.save(makePreset(QStringLiteral("broken")));
    QCOMPARE(id, QStringLiteral("broken-2"));
    store.reload();
    QCOMPARE(readAll(corrupt), junk);
    QCOMPARE(store.problems().size(), 1);
    QCOMPARE(store.list().size(), 2);
}

void TestPresetStore::newerVersionIsListedAndLeftAlone()
{
    QVERIFY(QDir().mkpath(m_folder));
    QJsonObject future = PresetCodec::toJson(makePreset(QStringLiteral("future")));
    future.insert(QStringLiteral("schemaVersion"), 7);
    future.insert(QStringLiteral("hologram"), true);
    const QByteArray bytes = QJsonDocument(future).toJson();
    const QString path = m_folder + QStringLiteral("/future.json");
    writeAll(path, bytes);

    PresetStore store(m_folder);
    QVERIFY(store.list().isEmpty());
    QCOMPARE(store.problems().size(), 1);
    QVERIFY(store.problems()[0].message.contains(QStringLiteral("future.json")));
    QVERIFY2(store.problems()[0].message.contains(QStringLiteral("Update Export Studio")),
             qPrintable(store.problems()[0].message));
    QVERIFY(!store.save(makePreset(QStringLiteral("future"))).isEmpty());
    QCOMPARE(readAll(path), bytes);
}

void TestPresetStore::folderThatCannotBeCreated()
{
    // Root may write anywhere, so a permission test proves nothing there; a folder below a
    // plain file cannot be created by anyone.
    const QString blocker = m_tmp->path() + QStringLiteral("/not-a-folder");
    writeAll(blocker, "x");
    const QString folder = blocker + QStringLiteral("/presets");
    PresetStore store(folder);
    QVERIFY(store.list().isEmpty());
    QSignalSpy errors(&store, &PresetStore::errorOccurred);
    QSignalSpy changed(&store, &PresetStore::presetsChanged);
    QVERIFY(store.save(makePreset(QStringLiteral("x"))).isEmpty());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(changed.size(), 0);
    const QString message = errors[0][0].toString();
    QVERIFY2(message.contains(folder), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("check that")));
    QCOMPARE(store.lastError(), message);
    QVERIFY(store.list().isEmpty());
}

void TestPresetStore::readOnlyFolder()
{
    PresetStore store(m_folder);
    const QString id = store.save(makePreset(QStringLiteral("kept")));
    QVERIFY(!id.isEmpty());
    const QByteArray before = readAll(store.filePath(id));

    // As root a chmod does not stop writes, so there the folder is replaced by a plain file:
    // every write into it fails for root too.
    if (geteuid() != 0) {
        QVERIFY(QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::ExeOwner));
    } else {
        QVERIFY(QDir(m_folder).removeRecursively());
        writeAll(m_folder, "blocked");
    }
    QSignalSpy errors(&store, &PresetStore::errorOccurred);
    Preset preset = *store.find(id);
    preset.description = QStringLiteral("new text");
    QVERIFY(store.save(preset).isEmpty());
    QVERIFY(!store.rename(id, QStringLiteral("other")));
    QVERIFY(!store.markRun(id));
    QCOMPARE(errors.size(), 3);
    for (const QList<QVariant> &args : errors)
        QVERIFY2(args[0].toString().contains(m_folder), qPrintable(args[0].toString()));
    QCOMPARE(store.find(id)->description, makePreset(QStringLiteral("kept")).description);
    QCOMPARE(store.find(id)->name, QStringLiteral("kept"));

    if (geteuid() != 0) {
        QVERIFY(QFile::setPermissions(m_folder,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QCOMPARE(readAll(store.filePath(id)), before);
    }
}

void TestPresetStore::diskFullKeepsOldFile()
{
    PresetStore store(m_folder);
    const QString id = store.save(makePreset(QStringLiteral("big")));
    const QByteArray before = readAll(store.filePath(id));
    QVERIFY(before.size() > 200);

    Preset preset = *store.find(id);
    preset.description = QString(4000, u'd');
    QSignalSpy errors(&store, &PresetStore::errorOccurred);
    {
        FileSizeLimit limit(128);
        QVERIFY(limit.ok());
        QVERIFY(store.save(preset).isEmpty());
    }
    QCOMPARE(errors.size(), 1);
    const QString message = errors[0][0].toString();
    QVERIFY2(message.contains(store.filePath(id)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("disk seems to be full")), qPrintable(message));
    // QSaveFile never touched the real file, and no temporary file is left behind.
    QCOMPARE(readAll(store.filePath(id)), before);
    QCOMPARE(QDir(m_folder).entryList(QDir::Files), QStringList{id + QStringLiteral(".json")});
    QCOMPARE(store.find(id)->description, makePreset(QStringLiteral("big")).description);

    // With space again the same save works.
    QCOMPARE(store.save(preset), id);
    QCOMPARE(PresetStore(m_folder).find(id)->description, preset.description);
}

void TestPresetStore::importAndExport()
{
    PresetStore store(m_folder);
    const QString id = store.save(makePreset(QStringLiteral("Shared")));
    QVERIFY(store.markRun(id));
    const QString exported = m_tmp->path() + QStringLiteral("/out/shared-preset.json");
    QVERIFY(store.exportFile(id, exported));
    const QJsonObject json = QJsonDocument::fromJson(readAll(exported)).object();
    QCOMPARE(json.value(u"name").toString(), QStringLiteral("Shared"));
    QVERIFY(!json.contains(u"lastRun")); // the run history stays local

    // Importing into the same store clashes by name.
    const QString imported = store.importFile(exported);
    QVERIFY(!imported.isEmpty());
    QVERIFY(imported != id);
    QCOMPARE(store.find(imported)->name, QStringLiteral("Shared (2)"));
    QCOMPARE(store.find(imported)->request, store.find(id)->request);
    QVERIFY(store.lastImportWarnings().isEmpty());

    PresetStore other(m_tmp->path() + QStringLiteral("/other"));
    const QString fresh = other.importFile(exported);
    QCOMPARE(other.find(fresh)->name, QStringLiteral("Shared"));

    QVERIFY(!store.exportFile(QStringLiteral("nope"), exported));
}

void TestPresetStore::importRejectsBadFiles()
{
    PresetStore store(m_folder);
    QSignalSpy errors(&store, &PresetStore::errorOccurred);
    const QString missing = m_tmp->path() + QStringLiteral("/missing.json");
    QVERIFY(store.importFile(missing).isEmpty());
    QVERIFY(errors.last()[0].toString().contains(missing));

    const QString corrupt = m_tmp->path() + QStringLiteral("/corrupt.json");
    writeAll(corrupt, "{ nope");
    QVERIFY(store.importFile(corrupt).isEmpty());
    QVERIFY(errors.last()[0].toString().contains(corrupt));

    QJsonObject future = PresetCodec::toJson(makePreset(QStringLiteral("f")));
    future.insert(QStringLiteral("schemaVersion"), 2);
    const QString newer = m_tmp->path() + QStringLiteral("/newer.json");
    writeAll(newer, QJsonDocument(future).toJson());
    QVERIFY(store.importFile(newer).isEmpty());
    QVERIFY(errors.last()[0].toString().contains(QStringLiteral("Update Export Studio")));
    QCOMPARE(errors.size(), 3);
    QVERIFY(store.list().isEmpty());
}

void TestPresetStore::renameDuplicateRemoveUndo()
{
    PresetStore store(m_folder);
    const QString id = store.save(makePreset(QStringLiteral("Original")));
    const QString otherId = store.save(makePreset(QStringLiteral("Other")));

    QVERIFY(store.rename(id, QStringLiteral("Renamed")));
    QCOMPARE(PresetStore(m_folder).find(id)->name, QStringLiteral("Renamed"));
    QVERIFY(!store.rename(id, QStringLiteral("other"))); // taken, ignoring case
    QVERIFY(store.lastError().contains(QStringLiteral("already exists")));
    QVERIFY(!store.rename(id, QString()));
    QVERIFY(!store.rename(QStringLiteral("ghost"), QStringLiteral("x")));

    const QString copy = store.duplicate(id);
    QVERIFY(!copy.isEmpty());
    QCOMPARE(store.find(copy)->name, QStringLiteral("Copy of Renamed"));
    QCOMPARE(store.find(copy)->request, store.find(id)->request);
    QCOMPARE(store.duplicate(id).isEmpty(), false);
    QCOMPARE(store.list().size(), 4);
    QVERIFY(store.find(QStringLiteral("copy-of-renamed-2")));
    QCOMPARE(store.find(QStringLiteral("copy-of-renamed-2"))->name,
             QStringLiteral("Copy of Renamed (2)"));

    const Preset before = *store.find(otherId);
    const QByteArray bytes = readAll(store.filePath(otherId));
    QVERIFY(!store.canRestore());
    QVERIFY(store.remove(otherId));
    QVERIFY(!QFile::exists(store.filePath(otherId)));
    QVERIFY(!store.find(otherId));
    QVERIFY(store.canRestore());
    QCOMPARE(store.lastRemovedName(), QStringLiteral("Other"));
    QCOMPARE(store.restoreLastRemoved(), otherId);
    QVERIFY(!store.canRestore());
    QCOMPARE(store.find(otherId)->request, before.request);
    QCOMPARE(store.find(otherId)->created, before.created);
    QCOMPARE(QJsonDocument::fromJson(readAll(store.filePath(otherId)))[u"name"],
             QJsonDocument::fromJson(bytes)[u"name"]);
    QVERIFY(store.restoreLastRemoved().isEmpty());
    QVERIFY(!store.remove(otherId + QStringLiteral("x")));
}

void TestPresetStore::markRun()
{
    PresetStore store(m_folder);
    const QString id = store.save(makePreset(QStringLiteral("Run me")));
    QVERIFY(!store.find(id)->lastRun.isValid());
    const QDateTime when(QDate(2025, 5, 6), QTime(7, 8, 9), Qt::UTC);
    QVERIFY(store.markRun(id, when));
    QCOMPARE(PresetStore(m_folder).find(id)->lastRun, when);
    QVERIFY(!store.markRun(QStringLiteral("ghost")));
}

void TestPresetStore::noTokenEverWritten()
{
    QJsonObject withSecrets = PresetCodec::toJson(makePreset(QStringLiteral("Leaky")));
    withSecrets.insert(QStringLiteral("accessToken"), QStringLiteral("pat-na1-0000"));
    QJsonObject request = withSecrets.value(u"request").toObject();
    request.insert(QStringLiteral("authorization"), QStringLiteral("Bearer pat-na1-0000"));
    withSecrets.insert(QStringLiteral("request"), request);
    const QString leaky = m_tmp->path() + QStringLiteral("/leaky.json");
    writeAll(leaky, QJsonDocument(withSecrets).toJson());

    PresetStore store(m_folder);
    const QString id = store.importFile(leaky);
    QVERIFY(!id.isEmpty());
    QCOMPARE(store.lastImportWarnings().size(), 2);
    store.duplicate(id);
    store.markRun(id);
    QVERIFY(store.exportFile(id, m_tmp->path() + QStringLiteral("/presets/exported.json")));

    const QFileInfoList files = QDir(m_folder).entryInfoList(QDir::Files);
    QCOMPARE(files.size(), 3);
    for (const QFileInfo &info : files) {
        const QByteArray bytes = readAll(info.absoluteFilePath());
        QVERIFY2(!bytes.contains("pat-na1"), qPrintable(info.fileName()));
        QStringList keys;
        collectKeys(QJsonDocument::fromJson(bytes).object(), &keys);
        QVERIFY(!keys.isEmpty());
        for (const QString &key : keys) {
            QVERIFY2(!key.contains(u"token") && !key.contains(u"authorization"),
                     qPrintable(info.fileName() + u": " + key));
        }
    }
}

QTEST_GUILESS_MAIN(TestPresetStore)
#include "tst_presetstore.moc"
