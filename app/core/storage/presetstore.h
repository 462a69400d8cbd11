#pragma once

#include "model/preset.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <optional>

namespace es {

// Saved presets, one JSON file per preset in a folder (Paths::presetsDir() by default).
//
// A file that cannot be read (damaged, or written by a newer Export Studio) is listed in
// problems() and never touched, so the other presets keep working and nothing is lost. Every
// write goes through QSaveFile: a crash or a full disk leaves the old file intact.
//
// Calls are synchronous (preset files are a few KiB). Each failing call returns false or an
// empty id, keeps the message in lastError() and emits errorOccurred(message); the message names
// the file and says what to do.
class PresetStore : public QObject
{
    Q_OBJECT

public:
    struct Problem
    {
        QString filePath;
        QString message;
    };

    // An empty folder means Paths::presetsDir(). The folder is read at once; it is created on
    // the first save.
    explicit PresetStore(const QString &folder = QString(), QObject *parent = nullptr);

    QString folder() const { return m_folder; }

    // Reads the folder again (e.g. after another process changed it). Emits presetsChanged().
    void reload();

    // Sorted by name (case-insensitive, then by id).
    QList<Preset> list() const;
    std::optional<Preset> find(const QString &id) const;
    bool contains(const QString &id) const { return m_presets.contains(id); }
    QList<Problem> problems() const { return m_problems; }
    QString filePath(const QString &id) const;

    // Saves a new preset (empty or unknown id: a new id is made from a slug of the name, and a
    // name that is taken gets " (2)") or updates an existing one. Sets created/updated.
    // Returns the id, or an empty string on failure.
    QString save(const Preset &preset);
    // Fails when another preset already has that name.
    bool rename(const QString &id, const QString &newName);
    // "Copy of <name>"; returns the new id.
    QString duplicate(const QString &id);
    // Deletes the file; the preset is kept in memory for restoreLastRemoved().
    bool remove(const QString &id);
    bool canRestore() const { return m_lastRemoved.has_value(); }
    QString lastRemovedName() const;
    // Returns the restored preset's id (its old id when still free).
    QString restoreLastRemoved();

    // Reads a preset file from anywhere; a name clash becomes "Name (2)". Returns the new id.
    // Warnings (stripped secrets, unknown fields) are in lastImportWarnings().
    QString importFile(const QString &path);
    QList<ValidationIssue> lastImportWarnings() const { return m_importWarnings; }
    bool exportFile(const QString &id, const QString &path);
    bool markRun(const QString &id, const QDateTime &when = QDateTime::currentDateTimeUtc());

    // A name not used by any preset: `name`, else "name (2)", "name (3)", ...
    QString uniqueName(const QString &name, const QString &ignoreId = QString()) const;
    static QString slugify(const QString &name);

    QString lastError() const { return m_lastError; }

signals:
    void presetsChanged();
    void errorOccurred(const QString &message);

private:
    bool fail(const QString &message);
    bool writePreset(const QString &path, const Preset &preset);
    QString newId(const QString &name) const;
    void load();

    QString m_folder;
    QHash<QString, Preset> m_presets;
    QList<Problem> m_problems;
    std::optional<Preset> m_lastRemoved;
    QList<ValidationIssue> m_importWarnings;
    QString m_lastError;
};

} // namespace es
