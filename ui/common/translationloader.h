#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace es {

// Puts the interface into one language: Export Studio's own catalog, embedded as
// ":/i18n/exportstudio_<lang>.qm", plus Qt's qtbase_<lang>.qm from the Qt translations folder
// (standard buttons, file dialogs, context menus). English is the source language; its catalog
// ":/i18n/exportstudio_en.qm" only holds plural forms. Widgets built before install() keep their
// English texts, so install before building the window; a language chosen in the settings takes
// effect at the next start.
class TranslationLoader : public QObject
{
    Q_OBJECT

public:
    explicit TranslationLoader(QObject *parent = nullptr);
    ~TranslationLoader() override;

    // `language` is a code as Settings::uiLanguage() stores it ("de", "pt_BR", "en"), or "" to
    // follow the system's preferred languages. Replaces what an earlier call installed, and
    // makes QLocale's default follow an explicit choice so dates and numbers match the texts.
    // Returns the catalog in use ("de", "pt_BR"), "" when the interface stays English.
    QString install(const QString &language);
    QString language() const { return m_language; }

    // Codes with an embedded catalog, sorted: {"de", "es", "fr", "ja", "pt_BR"}.
    static QStringList availableLanguages();
    // The catalog for a preference list in QLocale::uiLanguages() form ("de-AT", "en-US", "pt"):
    // the first entry that is English or has a catalog wins; a region without its own catalog
    // falls back to the language ("de_AT" -> "de", "pt_PT" -> "pt_BR"). "" means English.
    static QString bestLanguage(const QStringList &preferred,
                                const QStringList &available = availableLanguages());

private:
    void uninstall();

    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
    QString m_language;
};

} // namespace es
