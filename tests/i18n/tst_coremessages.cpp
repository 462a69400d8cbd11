// The engine's messages (app/core) follow the installed catalog like the widgets do: with the
// German catalog, HubSpot's errors explained, validation messages, storage advice and the
// object-type labels come out in German; with no catalog they stay English. Fails when a string
// is not marked for translation or its German translation is missing.
#include "common/translationloader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTranslator>
#include <hubspot/apierror.h>
#include <model/objecttype.h>
#include <model/preset.h>
#include <model/validation.h>
#include <storage/atomicfile.h>

using es::TranslationLoader;

namespace {

es::ApiError quotaError()
{
    // A 429 as HubSpot sends it for the ten-second window.
    const QByteArray body = R"({"status":"error","message":"You have reached your secondly limit.",
        "errorType":"RATE_LIMIT","correlationId":"c0ffee","policyName":"TEN_SECONDLY_ROLLING"})";
    es::ApiError error = es::ApiError::fromHttp(429, body, "application/json");
    error.retryAfterMs = 2500;
    return error;
}

es::ApiError dailyLimitError()
{
    const QByteArray body = R"({"status":"error","message":"Daily limit reached.",
        "errorType":"RATE_LIMIT","policyName":"DAILY"})";
    return es::ApiError::fromHttp(429, body, "application/json");
}

QString firstMessage(const es::ExportRequest &request)
{
    const QList<es::ValidationIssue> issues = es::validate(request);
    return issues.isEmpty() ? QString() : issues.first().message;
}

es::ExportRequest unnamedRequest()
{
    es::ExportRequest request;
    request.objectType = QStringLiteral("CONTACT");
    request.objectProperties = {QStringLiteral("email")};
    return request; // no exportName
}

} // namespace

class CoreMessagesTest : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void englishWithoutCatalog()
    {
        QCOMPARE(quotaError().userMessage(),
                 QStringLiteral("HubSpot's rate limit was hit (TEN_SECONDLY_ROLLING) and it was "
                                "still hit after the retries. Wait 3 s and try again; other apps "
                                "using this account share the same limit. (HubSpot correlation "
                                "id c0ffee)"));
        QVERIFY(dailyLimitError().userMessage().startsWith(QStringLiteral("Daily limit reached")));
        QCOMPARE(firstMessage(unnamedRequest()),
                 QStringLiteral("The export has no name. Enter a name; HubSpot shows it in the "
                                "export log."));
        QCOMPARE(es::ObjectTypes::pluralLabel(QStringLiteral("CONTACT")),
                 QStringLiteral("Contacts"));
        QCOMPARE(es::ObjectTypes::findStandard(QStringLiteral("0-2"))->singular,
                 QStringLiteral("Company"));
    }

    void germanCatalog()
    {
        TranslationLoader loader;
        QCOMPARE(loader.install(QStringLiteral("de")), QStringLiteral("de"));

        // HubSpot's quota answer, with the wait in seconds (a plural form) and the ids intact.
        const QString quota = quotaError().userMessage();
        QVERIFY2(quota.contains(QStringLiteral("Rate-Limit")), qPrintable(quota));
        QVERIFY2(quota.contains(QStringLiteral("Warten Sie 3 s")), qPrintable(quota));
        QVERIFY2(quota.contains(QStringLiteral("TEN_SECONDLY_ROLLING")), qPrintable(quota));
        QVERIFY2(quota.contains(QStringLiteral("c0ffee")), qPrintable(quota));
        QVERIFY2(!quota.contains(QStringLiteral("try again")), qPrintable(quota));
        const QString daily = dailyLimitError().userMessage();
        QVERIFY2(daily.startsWith(QStringLiteral("Tageslimit erreicht")), qPrintable(daily));

        // Validation, with its "what to do".
        const QString noName = firstMessage(unnamedRequest());
        QVERIFY2(noName.startsWith(QStringLiteral("Der Export hat keinen Namen.")),
                 qPrintable(noName));
        es::ExportRequest tooMany = unnamedRequest();
        tooMany.exportName = QStringLiteral("x");
        tooMany.associatedObjectType = {QStringLiteral("COMPANY"), QStringLiteral("DEAL"),
                                        QStringLiteral("TICKET"), QStringLiteral("NOTE"),
                                        QStringLiteral("TASK")};
        const QString associations = firstMessage(tooMany);
        QVERIFY2(associations.startsWith(QStringLiteral("5 ")), qPrintable(associations));
        QVERIFY2(associations.contains(QStringLiteral("HubSpot")), qPrintable(associations));
        QVERIFY2(!associations.contains(QStringLiteral("Remove some")), qPrintable(associations));

        // A preset file that is not JSON, and storage advice.
        const es::PresetCodec::DecodeResult preset = es::PresetCodec::fromBytes("{ nope");
        QVERIFY(!preset.issues.isEmpty());
        QVERIFY2(preset.issues.first().message.contains(QStringLiteral("Vorlagendatei")),
                 qPrintable(preset.issues.first().message));
        const QString advice =
            es::writeAdvice(QStringLiteral("/tmp/x/file.json"), QStringLiteral("No space left"));
        QVERIFY2(advice.contains(QStringLiteral("Datenträger")), qPrintable(advice));

        // The labels the wizard lists, through every way of reading them.
        QCOMPARE(es::ObjectTypes::pluralLabel(QStringLiteral("CONTACT")),
                 QStringLiteral("Kontakte"));
        QCOMPARE(es::ObjectTypes::findStandard(QStringLiteral("0-2"))->singular,
                 QStringLiteral("Unternehmen"));
        QCOMPARE(es::ObjectTypes::standard().first().plural, QStringLiteral("Kontakte"));
        // Wire names never change.
        QCOMPARE(es::ObjectTypes::standard().first().name, QStringLiteral("CONTACT"));
        QCOMPARE(es::ObjectTypes::canonicalName(QStringLiteral("kontakte")),
                 QStringLiteral("kontakte"));
    }

    // Every standard object's labels are in every catalog (some read the same as in English:
    // "Tickets" in German, "Contacts" in French), and German matches what the wizard shows.
    void everyObjectLabelTranslated_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : TranslationLoader::availableLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }
    void everyObjectLabelTranslated()
    {
        QFETCH(QString, language);
        QTranslator catalog;
        QVERIFY(catalog.load(QStringLiteral(":/i18n/exportstudio_%1.qm").arg(language)));
        const QList<es::StandardObject> &english = es::ObjectTypes::standard();
        QCOMPARE(english.size(), 16);
        for (const es::StandardObject &object : english) {
            for (const QString &label : {object.singular, object.plural}) {
                const QString translated =
                    catalog.translate("es::ObjectTypes", label.toUtf8().constData());
                QVERIFY2(!translated.isEmpty(), qPrintable(language + u": " + label));
            }
        }
    }

    // A reference taken in one language stays usable after the language changes.
    void switchingKeepsOldListsValid()
    {
        const QList<es::StandardObject> *before = nullptr;
        const es::StandardObject *contact = nullptr;
        {
            TranslationLoader loader;
            loader.install(QStringLiteral("ja"));
            before = &es::ObjectTypes::standard();
            contact = es::ObjectTypes::findStandard(QStringLiteral("CONTACT"));
            QVERIFY(contact->plural != QStringLiteral("Contacts"));
        }
        QCOMPARE(es::ObjectTypes::pluralLabel(QStringLiteral("CONTACT")),
                 QStringLiteral("Contacts"));
        QCOMPARE(before->first().name, QStringLiteral("CONTACT"));
        QCOMPARE(contact->name, QStringLiteral("CONTACT"));
        QVERIFY(&es::ObjectTypes::standard() != before);
    }
};

QTEST_GUILESS_MAIN(CoreMessagesTest)
#include "tst_coremessages.moc"
