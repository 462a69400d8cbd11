#include "translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace es {

namespace {

const QString CatalogDir = QStringLiteral(":/i18n");
const QString CatalogPrefix = QStringLiteral("exportstudio_");

QString languagePart(const QString &code)
{
    return code.section(QLatin1Char('_'), 0, 0);
}

} // namespace

TranslationLoader::TranslationLoader(QObject *parent)
    : QObject(parent)
{}

TranslationLoader::~TranslationLoader()
{
    uninstall();
}

QStringList TranslationLoader::availableLanguages()
{
    QStringList codes;
    const QStringList files =
        QDir(CatalogDir)
            .entryList({CatalogPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes << file.mid(CatalogPrefix.size()).chopped(3);
    codes.removeAll(QStringLiteral("en")); // the source language's plural forms only
    return codes;
}

QString TranslationLoader::bestLanguage(const QStringList &preferred, const QStringList &available)
{
    for (QString code : preferred) {
        code.replace(QLatin1Char('-'), QLatin1Char('_'));
        // "de_Latn_DE" and friends: keep the language and the region only.
        const QStringList parts = code.split(QLatin1Char('_'), Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        QString language = parts.first().toLower();
        // English first means English, even when a later preference has a catalog.
        if (language == QLatin1String("en"))
            return QString();
        const QString region = parts.size() > 1 ? parts.last().toUpper() : QString();
        QString full = region.isEmpty() ? language : language + QLatin1Char('_') + region;
        if (available.contains(full))
            return full;
        if (available.contains(language))
            return language;
        for (const QString &candidate : available) {
            if (languagePart(candidate) == language)
                return candidate;
        }
    }
    return QString();
}

QString TranslationLoader::install(const QString &language)
{
    uninstall();
    const QString chosen = language.trimmed();
    if (!chosen.isEmpty())
        QLocale::setDefault(QLocale(chosen));
    const QStringList preferred =
        chosen.isEmpty() ? QLocale::system().uiLanguages() : QStringList{chosen};
    const QString code = bestLanguage(preferred);
    if (code.isEmpty()) {
        // English needs its catalog only for plural forms ("1 column", "3 columns").
        auto *plurals = new QTranslator(this);
        if (plurals->load(CatalogPrefix + QStringLiteral("en"), CatalogDir)) {
            QCoreApplication::installTranslator(plurals);
            m_app = plurals;
        } else {
            delete plurals;
        }
        return QString();
    }

    auto *app = new QTranslator(this);
    if (!app->load(CatalogPrefix + code, CatalogDir)) {
        delete app;
        return QString();
    }
    QCoreApplication::installTranslator(app);
    m_app = app;
    m_language = code;

    // Without Qt's own catalog, the standard buttons ("Cancel", "< Back") stay English.
    auto *qt = new QTranslator(this);
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        m_qt = qt;
    } else {
        delete qt;
    }
    return m_language;
}

void TranslationLoader::uninstall()
{
    for (QTranslator **translator : {&m_app, &m_qt}) {
        if (*translator) {
            // At exit the application may be gone already; it dropped its translators then.
            if (QCoreApplication::instance())
                QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
    m_language.clear();
}

} // namespace es
