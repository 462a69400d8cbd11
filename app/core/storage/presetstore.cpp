#include "presetstore.h"

#include "atomicfile.h"
#include "paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cerrno>

namespace es {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The OS error of a failed write or commit, turned into advice.
// "Report 9" before "Report 10", ignoring case. QCollator's numeric mode is not available
// under the C locale, which is what tests and many headless sessions run with.
int naturalCompare(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype endA = i;
            qsizetype endB = j;
            while (endA < a.size() && a.at(endA).isDigit())
                ++endA;
            while (endB < b.size() && b.at(endB).isDigit())
                ++endB;
            QStringView numberA = QStringView(a).mid(i, endA - i);
            QStringView numberB = QStringView(b).mid(j, endB - j);
            while (numberA.size() > 1 && numberA.front() == u'0')
                numberA = numberA.mid(1);
            while (numberB.size() > 1 && numberB.front() == u'0')
                numberB = numberB.mid(1);
            if (numberA.size() != numberB.size())
                return numberA.size() < numberB.size() ? -1 : 1;
            if (const int order = numberA.compare(numberB); order != 0)
                return order;
            i = endA;
            j = endB;
            continue;
        }
        const QChar ca = a.at(i).toCaseFolded();
        const QChar cb = b.at(j).toCaseFolded();
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size())
        return 1;
    return j < b.size() ? -1 : 0;
}

} // namespace

PresetStore::PresetStore(const QString &folder, QObject *parent)
    : QObject(parent)
    , m_folder(folder.isEmpty() ? Paths::presetsDir() : QDir(folder).absolutePath())
{
    load();
}

void PresetStore::reload()
{
    load();
    emit presetsChanged();
}

void PresetStore::load()
{
    m_presets.clear();
    m_problems.clear();
    const QDir dir(m_folder);
    if (!dir.exists())
        return; // nothing saved yet
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &info : files) {
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly)) {
            m_problems.append({info.absoluteFilePath(),
                               tr("Cannot read the preset file %1 (%2). Check its "
                                  "permissions.")
                                   .arg(native(info.absoluteFilePath()), file.errorString())});
            continue;
        }
        const PresetCodec::DecodeResult result = PresetCodec::fromBytes(file.readAll());
        if (!result.ok()) {
            QStringList reasons;
            for (const ValidationIssue &issue : result.issues) {
                if (issue.isError())
                    reasons.append(issue.message);
            }
            m_problems.append({info.absoluteFilePath(),
                               tr("The preset file %1 was not loaded and was left "
                                  "as it is: %2")
                                   .arg(native(info.absoluteFilePath()), reasons.join(u' '))});
            continue;
        }
        Preset preset = result.preset;
        preset.id = info.completeBaseName();
        m_presets.insert(preset.id, preset);
    }
}

QList<Preset> PresetStore::list() const
{
    QList<Preset> presets = m_presets.values();
    std::sort(presets.begin(), presets.end(), [](const Preset &a, const Preset &b) {
        const int order = naturalCompare(a.name, b.name);
        return order != 0 ? order < 0 : a.id < b.id;
    });
    return presets;
}

std::optional<Preset> PresetStore::find(const QString &id) const
{
    const auto it = m_presets.constFind(id);
    if (it == m_presets.constEnd())
        return std::nullopt;
    return *it;
}

QString PresetStore::filePath(const QString &id) const
{
    return m_folder + u'/' + id + QStringLiteral(".json");
}

QString PresetStore::lastRemovedName() const
{
    return m_lastRemoved ? m_lastRemoved->name : QString();
}

bool PresetStore::fail(const QString &message)
{
    m_lastError = message;
    emit errorOccurred(message);
    return false;
}

QString PresetStore::slugify(const QString &name)
{
    QString slug;
    bool dash = false;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (dash && !slug.isEmpty())
                slug.append(u'-');
            slug.append(c);
            dash = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            dash = true;
        }
        if (slug.size() >= 48)
            break;
    }
    return slug.isEmpty() ? QStringLiteral("preset") : slug;
}

QString PresetStore::newId(const QString &name) const
{
    const QString base = slugify(name);
    QString id = base;
    // A file that failed to load still owns its name: never overwrite it.
    for (int n = 2; m_presets.contains(id) || QFileInfo::exists(filePath(id)); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

QString PresetStore::uniqueName(const QString &name, const QString &ignoreId) const
{
    QString trimmed = name.trimmed();
    const auto taken = [&](const QString &candidate) {
        for (auto it = m_presets.cbegin(); it != m_presets.cend(); ++it) {
            if (it.key() != ignoreId && it->name.compare(candidate, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    if (!taken(trimmed))
        return trimmed;
    for (int n = 2;; ++n) {
        QString candidate = QStringLiteral("%1 (%2)").arg(trimmed).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

bool PresetStore::writePreset(const QString &path, const Preset &preset)
{
    QString error;
    if (!Paths::ensureDir(QFileInfo(path).absolutePath(), &error))
        return fail(tr("Cannot save the preset \"%1\": %2").arg(preset.name, error));

    QString reason;
    if (!writeFileAtomically(path, PresetCodec::toBytes(preset), &reason)) {
        return fail(tr("Cannot save the preset \"%1\" to %2: %3. %4 The previous "
                       "version of the file, if any, is unchanged.")
                        .arg(preset.name, native(path), reason, writeAdvice(path, reason)));
    }
    return true;
}

QString PresetStore::save(const Preset &input)
{
    if (input.name.trimmed().isEmpty()) {
        fail(tr("The preset has no name. Enter a name and save again."));
        return {};
    }
    Preset preset = input;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool isNew = preset.id.isEmpty() || !m_presets.contains(preset.id);
    if (isNew) {
        preset.name = uniqueName(preset.name);
        // An unknown id that is a free, valid file stem is kept (restore, import of own ids).
        if (preset.id.isEmpty() || preset.id != slugify(preset.id) ||
            QFileInfo::exists(filePath(preset.id)))
            preset.id = newId(preset.name);
        if (!preset.created.isValid())
            preset.created = now;
    }
    preset.updated = now;
    preset.schemaVersion = Preset::CurrentSchemaVersion;
    // The schedule counts its slots from when it was set: an unchanged rule keeps its start, a
    // new or changed one starts now (unless the caller says when), so it first runs at its
    // next slot, not at once.
    if (!preset.schedule.isSet()) {
        preset.schedule = Schedule{};
    } else if (const auto old = isNew ? std::nullopt : find(preset.id);
               old && old->schedule.sameRule(preset.schedule) && old->schedule.since.isValid()) {
        preset.schedule.since = old->schedule.since;
    } else if (!preset.schedule.since.isValid()) {
        preset.schedule.since = now;
    }
    if (!writePreset(filePath(preset.id), preset))
        return {};
    m_presets.insert(preset.id, preset);
    emit presetsChanged();
    return preset.id;
}

bool PresetStore::rename(const QString &id, const QString &newName)
{
    std::optional<Preset> preset = find(id);
    if (!preset)
        return fail(tr("There is no preset with the id \"%1\". Reload the presets "
                       "and try again.")
                        .arg(id));
    const QString name = newName.trimmed();
    if (name.isEmpty())
        return fail(tr("A preset needs a name. Enter one."));
    if (uniqueName(name, id) != name)
        return fail(tr("A preset named \"%1\" already exists. Choose another name.").arg(name));
    preset->name = name;
    preset->updated = QDateTime::currentDateTimeUtc();
    if (!writePreset(filePath(id), *preset))
        return false;
    m_presets.insert(id, *preset);
    emit presetsChanged();
    return true;
}

QString PresetStore::duplicate(const QString &id)
{
    std::optional<Preset> preset = find(id);
    if (!preset) {
        fail(tr("There is no preset with the id \"%1\" to copy.").arg(id));
        return {};
    }
    preset->id.clear();
    preset->name = tr("Copy of %1").arg(preset->name);
    preset->created = QDateTime();
    preset->lastRun = QDateTime();
    // A copy is made to be changed: it does not run by itself (two of the same schedule would
    // also spend the daily limit twice) until it is given a schedule.
    preset->schedule = Schedule{};
    return save(*preset);
}

bool PresetStore::remove(const QString &id)
{
    const std::optional<Preset> preset = find(id);
    if (!preset)
        return fail(tr("There is no preset with the id \"%1\" to delete.").arg(id));
    QFile file(filePath(id));
    if (file.exists() && !file.remove()) {
        return fail(tr("Cannot delete the preset file %1: %2. Check that you may "
                       "change the folder.")
                        .arg(native(file.fileName()), file.errorString()));
    }
    m_presets.remove(id);
    m_lastRemoved = preset;
    emit presetsChanged();
    return true;
}

QString PresetStore::restoreLastRemoved()
{
    if (!m_lastRemoved) {
        fail(tr("There is no deleted preset to restore."));
        return {};
    }
    Preset preset = *m_lastRemoved;
    QString id = save(preset);
    if (!id.isEmpty())
        m_lastRemoved.reset();
    return id;
}

QString PresetStore::importFile(const QString &path)
{
    m_importWarnings.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("Cannot open %1: %2. Check the file name and its permissions.")
                 .arg(native(path), file.errorString()));
        return {};
    }
    const PresetCodec::DecodeResult result = PresetCodec::fromBytes(file.readAll());
    if (!result.ok()) {
        QStringList reasons;
        for (const ValidationIssue &issue : result.issues) {
            if (issue.isError())
                reasons.append(issue.field.isEmpty() ? issue.message
                                                     : issue.field + u": " + issue.message);
        }
        fail(tr("%1 cannot be imported as a preset: %2").arg(native(path), reasons.join(u' ')));
        return {};
    }
    m_importWarnings = result.issues;
    Preset preset = result.preset;
    preset.id.clear();
    preset.lastRun = QDateTime();
    preset.schedule.since = QDateTime(); // its slots count from the import
    return save(preset);
}

bool PresetStore::exportFile(const QString &id, const QString &path)
{
    const std::optional<Preset> preset = find(id);
    if (!preset)
        return fail(tr("There is no preset with the id \"%1\" to export.").arg(id));
    Preset shared = *preset;
    shared.lastRun = QDateTime(); // local history, not part of what is shared
    return writePreset(path, shared);
}

bool PresetStore::markRun(const QString &id, const QDateTime &when)
{
    std::optional<Preset> preset = find(id);
    if (!preset)
        return fail(tr("There is no preset with the id \"%1\".").arg(id));
    preset->lastRun = when;
    if (!writePreset(filePath(id), *preset))
        return false;
    m_presets.insert(id, *preset);
    emit presetsChanged();
    return true;
}

} // namespace es
