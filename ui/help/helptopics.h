#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace es {

// The built-in guide: a short page per task. The pages are HTML files compiled into the app,
// one folder per language (:/help/<language>/<topic>.html, the codes of translations/); a
// language without its own page falls back to English. Titles are translated with tr().
class HelpTopics
{
    Q_DECLARE_TR_FUNCTIONS(es::HelpTopics)

public:
    enum class Topic
    {
        FirstExport,
        Filters,
        Presets,
        Lists,
        Limits,
        Files,
        Troubleshooting,
    };

    static QList<Topic> all();
    static QString title(Topic topic);
    // "first-export", the page's file name and the id links between pages use.
    static QString id(Topic topic);
    static Topic fromId(const QString &id, Topic fallback = Topic::FirstExport);
    // The page in `language` ("de", "pt_BR", "de_AT"; empty: the interface's, from
    // QLocale().uiLanguages()), chosen as TranslationLoader chooses the catalog, or in English;
    // always a resource path that exists.
    static QString path(Topic topic, const QString &language = {});
};

} // namespace es
