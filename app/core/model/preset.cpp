#include "preset.h"

#include "requestcodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace es::PresetCodec {

namespace {

// Messages about preset files: shown when a preset is opened or imported.
struct PresetText
{
    Q_DECLARE_TR_FUNCTIONS(es::PresetCodec)
};

const QString primaryDisplayKey =
    QStringLiteral("includePrimaryDisplayPropertyForAssociatedObjects");

QString timeText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// Presets are shared as files, so anything that looks like a credential is dropped on the way
// in, wherever it sits.
bool looksLikeSecret(const QString &key)
{
    const QString k = key.toLower();
    return k.contains(u"token") || k.contains(u"authorization") || k.contains(u"password") ||
           k.contains(u"secret") || k == u"apikey" || k == u"hapikey" || k == u"api_key";
}

QJsonValue stripSecrets(const QJsonValue &value, const QString &path,
                        QList<ValidationIssue> *issues)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        const QStringList keys = object.keys();
        for (const QString &key : keys) {
            const QString childPath = path.isEmpty() ? key : path + u'.' + key;
            if (looksLikeSecret(key)) {
                object.remove(key);
                issues->append({childPath,
                                PresetText::tr("The field \"%1\" was removed: presets never hold "
                                               "tokens or other secrets. Keep the token in the "
                                               "account settings, and delete it from this file.")
                                    .arg(key),
                                ValidationIssue::Severity::Warning});
            } else {
                object.insert(key, stripSecrets(object.value(key), childPath, issues));
            }
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = stripSecrets(array.at(i), path + QStringLiteral("[%1]").arg(i), issues);
        return array;
    }
    return value;
}

ValidationIssue error(const QString &field, const QString &message)
{
    return {field, message, ValidationIssue::Severity::Error};
}

} // namespace

QJsonObject toJson(const Preset &preset)
{
    QJsonObject request = RequestCodec::toJson(preset.request);
    // The wire always carries the effective value; a preset keeps "follow HubSpot's default"
    // so that adding an association later still gets the default behaviour.
    if (!preset.request.includePrimaryDisplayPropertyForAssociatedObjects)
        request.remove(primaryDisplayKey);

    QJsonObject object{
        {QStringLiteral("schemaVersion"), Preset::CurrentSchemaVersion},
        {QStringLiteral("name"), preset.name},
        {QStringLiteral("request"), request},
    };
    if (!preset.description.isEmpty())
        object.insert(QStringLiteral("description"), preset.description);
    if (preset.created.isValid())
        object.insert(QStringLiteral("created"), timeText(preset.created));
    if (preset.updated.isValid())
        object.insert(QStringLiteral("updated"), timeText(preset.updated));
    if (preset.lastRun.isValid())
        object.insert(QStringLiteral("lastRun"), timeText(preset.lastRun));
    if (preset.history.keep) {
        QJsonObject history{{QStringLiteral("keep"), true},
                            {QStringLiteral("incremental"), preset.history.incremental},
                            {QStringLiteral("lookbackMinutes"), preset.history.lookbackMinutes}};
        if (preset.history.fullEvery > 0)
            history.insert(QStringLiteral("fullEvery"), preset.history.fullEvery);
        object.insert(QStringLiteral("history"), history);
    }
    if (preset.schedule.isSet())
        object.insert(QStringLiteral("schedule"), preset.schedule.toJson());
    return object;
}

QByteArray toBytes(const Preset &preset)
{
    return QJsonDocument(toJson(preset)).toJson(QJsonDocument::Indented);
}

DecodeResult fromBytes(const QByteArray &bytes)
{
    DecodeResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.issues.append(
            error(QString(), PresetText::tr("The preset file is not valid JSON (%1 at offset %2). "
                                            "It may be damaged: restore it from a copy or delete "
                                            "it.")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset)));
        return result;
    }
    if (!document.isObject()) {
        result.issues.append(error(QString(), PresetText::tr("The preset file does not hold a "
                                                             "JSON object. Restore it from a "
                                                             "copy or delete it.")));
        return result;
    }

    const QJsonObject object =
        stripSecrets(document.object(), QString(), &result.issues).toObject();

    Preset &preset = result.preset;
    const QJsonValue version = object.value(u"schemaVersion");
    if (!version.isUndefined()) {
        if (!version.isDouble() || version.toInt(-1) < 1) {
            result.issues.append(error(QStringLiteral("schemaVersion"),
                                       PresetText::tr("The preset's schemaVersion is not a "
                                                      "positive whole number. Set it to %1.")
                                           .arg(Preset::CurrentSchemaVersion)));
            return result;
        }
        preset.schemaVersion = version.toInt();
        if (preset.schemaVersion > Preset::CurrentSchemaVersion) {
            result.issues.append(
                error(QStringLiteral("schemaVersion"),
                      PresetText::tr("This preset was saved by a newer version of Export Studio "
                                     "(preset format %1; this version reads up to %2). Update "
                                     "Export Studio to open it.")
                          .arg(preset.schemaVersion)
                          .arg(Preset::CurrentSchemaVersion)));
            return result;
        }
    }
    // Older formats would be migrated here; version 1 is the first.
    preset.schemaVersion = Preset::CurrentSchemaVersion;

    const QJsonValue name = object.value(u"name");
    if (name.isString() && !name.toString().trimmed().isEmpty()) {
        preset.name = name.toString();
    } else {
        result.issues.append(error(QStringLiteral("name"),
                                   PresetText::tr("The preset has no name. Add a \"name\" field "
                                                  "with a short text.")));
    }
    const QJsonValue description = object.value(u"description");
    if (description.isString())
        preset.description = description.toString();
    else if (!description.isUndefined() && !description.isNull())
        result.issues.append({QStringLiteral("description"),
                              PresetText::tr("The description is not text and was ignored."),
                              ValidationIssue::Severity::Warning});

    preset.created = timeFrom(object.value(u"created"));
    preset.updated = timeFrom(object.value(u"updated"));
    preset.lastRun = timeFrom(object.value(u"lastRun"));

    const QJsonValue history = object.value(u"history");
    if (history.isObject()) {
        const QJsonObject h = history.toObject();
        preset.history.keep = h.value(u"keep").toBool(true);
        preset.history.incremental = h.value(u"incremental").toBool(false);
        preset.history.lookbackMinutes = h.value(u"lookbackMinutes").toInt(60);
        preset.history.fullEvery = h.value(u"fullEvery").toInt(0);
        if (preset.history.lookbackMinutes < 0 || preset.history.fullEvery < 0) {
            result.issues.append({QStringLiteral("history"),
                                  PresetText::tr("The history's lookbackMinutes and fullEvery "
                                                 "must be whole numbers of 0 or more; the "
                                                 "defaults are used instead."),
                                  ValidationIssue::Severity::Warning});
            preset.history.lookbackMinutes = std::max(0, preset.history.lookbackMinutes);
            preset.history.fullEvery = std::max(0, preset.history.fullEvery);
        }
    } else if (!history.isUndefined() && !history.isNull()) {
        result.issues.append({QStringLiteral("history"),
                              PresetText::tr("The history settings are not an object and were "
                                             "ignored: the preset keeps no history."),
                              ValidationIssue::Severity::Warning});
    }

    const QJsonValue schedule = object.value(u"schedule");
    if (schedule.isObject()) {
        QString problem;
        preset.schedule = Schedule::fromJson(schedule.toObject(), &problem);
        // A file that does not say when its schedule was set counts from its last change.
        if (preset.schedule.isSet() && !preset.schedule.since.isValid())
            preset.schedule.since = preset.updated.isValid() ? preset.updated : preset.created;
        if (!problem.isEmpty())
            result.issues.append(
                {QStringLiteral("schedule"), problem, ValidationIssue::Severity::Warning});
    } else if (!schedule.isUndefined() && !schedule.isNull()) {
        result.issues.append({QStringLiteral("schedule"),
                              PresetText::tr("The schedule is not an object and was ignored: "
                                             "the preset runs only when started."),
                              ValidationIssue::Severity::Warning});
    }

    const QJsonValue request = object.value(u"request");
    if (!request.isObject()) {
        result.issues.append(error(QStringLiteral("request"),
                                   PresetText::tr("The preset holds no export request. Save the "
                                                  "export again from the wizard.")));
        return result;
    }
    const QJsonObject requestObject = request.toObject();
    RequestCodec::DecodeResult decoded = RequestCodec::fromJson(requestObject);
    preset.request = decoded.request;
    const QJsonValue primary = requestObject.value(primaryDisplayKey);
    if (primary.isBool())
        preset.request.includePrimaryDisplayPropertyForAssociatedObjects = primary.toBool();
    for (ValidationIssue issue : decoded.issues) {
        issue.field = issue.field.isEmpty() ? QStringLiteral("request")
                                            : QStringLiteral("request.") + issue.field;
        result.issues.append(issue);
    }

    for (auto it = object.begin(); it != object.end(); ++it) {
        static const QStringList known{QStringLiteral("schemaVersion"), QStringLiteral("name"),
                                       QStringLiteral("description"),   QStringLiteral("created"),
                                       QStringLiteral("updated"),       QStringLiteral("lastRun"),
                                       QStringLiteral("request"),       QStringLiteral("id"),
                                       QStringLiteral("history"),       QStringLiteral("schedule")};
        if (!known.contains(it.key())) {
            result.issues.append({it.key(),
                                  PresetText::tr("Unknown field \"%1\" is ignored.").arg(it.key()),
                                  ValidationIssue::Severity::Warning});
        }
    }
    return result;
}

} // namespace es::PresetCodec
