#include "helptopics.h"

#include "common/translationloader.h"

#include <QDir>
#include <QFile>
#include <QLocale>

namespace es {

QList<HelpTopics::Topic> HelpTopics::all()
{
    return {Topic::FirstExport, Topic::Filters, Topic::Presets,        Topic::Lists,
            Topic::Limits,      Topic::Files,   Topic::Troubleshooting};
}

QString HelpTopics::title(Topic topic)
{
    switch (topic) {
    case Topic::FirstExport:
        return tr("Your first export");
    case Topic::Filters:
        return tr("Filters: which records");
    case Topic::Presets:
        return tr("Presets: run it again");
    case Topic::Lists:
        return tr("Exporting a list");
    case Topic::Limits:
        return tr("Limits and the daily quota");
    case Topic::Files:
        return tr("Where the files go");
    case Topic::Troubleshooting:
        return tr("When something goes wrong");
    }
    return {};
}

QString HelpTopics::id(Topic topic)
{
    switch (topic) {
    case Topic::FirstExport:
        return QStringLiteral("first-export");
    case Topic::Filters:
        return QStringLiteral("filters");
    case Topic::Presets:
        return QStringLiteral("presets");
    case Topic::Lists:
        return QStringLiteral("lists");
    case Topic::Limits:
        return QStringLiteral("limits");
    case Topic::Files:
        return QStringLiteral("files");
    case Topic::Troubleshooting:
        return QStringLiteral("troubleshooting");
    }
    return {};
}

HelpTopics::Topic HelpTopics::fromId(const QString &id, Topic fallback)
{
    for (Topic topic : all())
        if (HelpTopics::id(topic) == id)
            return topic;
    return fallback;
}

QString HelpTopics::path(Topic topic, const QString &language)
{
    // The same choice as the interface's catalog (TranslationLoader), so the guide speaks the
    // language of the menus: "de_AT" reads the German pages, "pt_PT" and "pt" the Brazilian
    // Portuguese ones (the only Portuguese there is), English first means English.
    const QStringList preferred =
        language.isEmpty() ? QLocale().uiLanguages() : QStringList{language};
    const QStringList languages = QDir(QStringLiteral(":/help")).entryList(QDir::Dirs);
    const QString code = TranslationLoader::bestLanguage(preferred, languages);
    if (!code.isEmpty()) {
        QString file = QStringLiteral(":/help/%1/%2.html").arg(code, id(topic));
        if (QFile::exists(file))
            return file;
    }
    return QStringLiteral(":/help/en/%1.html").arg(id(topic));
}

} // namespace es
