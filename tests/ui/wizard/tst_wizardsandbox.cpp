#include "count/counttext.h"
#include "count/recordcounter.h"
#include "filters/checkablecombo.h"
#include "filters/filterbuilder.h"
#include "filters/filtergroupbox.h"
#include "filters/filterrow.h"
#include "filters/valueeditors.h"
#include "hubspot/apireply.h"
#include "hubspot/exportstatus.h"
#include "hubspot/hubspotclient.h"
#include "hubspot/metadatacache.h"
#include "model/objectsearch.h"
#include "pickers/listinfomodel.h"
#include "pickers/listpicker.h"
#include "pickers/propertypicker.h"
#include "pickers/propertytreemodel.h"
#include "wizard/exportwizard.h"
#include "wizard/wizardpages.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <memory>
#include <sandboxrunner.h>

using namespace es;

// The wizard against the real hubspot-sandbox: metadata comes over HTTP, and the request the
// wizard emits is sent to the sandbox's start endpoint, which must accept it.
class TestWizardSandbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SandboxRunner> m_sandbox;
    QUrl m_api;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HubSpotClient> m_client;
    std::unique_ptr<MetadataCache> m_cache;
    QTemporaryDir m_downloads;

    void useSandboxAccount(ExportWizard &wizard)
    {
        wizard.setAccounts({{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), true}},
                           QStringLiteral("sandbox"));
        ExportOptions options;
        options.downloadDir = m_downloads.path();
        wizard.setOptions(options);
    }

    void next(ExportWizard &wizard)
    {
        // Metadata comes over HTTP from the sandbox process: a wait, as long as a loaded
        // machine needs.
        QTRY_VERIFY2_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(),
                                  qPrintable(QStringLiteral("page %1").arg(wizard.currentId())),
                                  30000);
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    }

    // Sends what the wizard emitted to the sandbox; HubSpot's answer decides.
    void startAtSandbox(const ExportRequest &request)
    {
        ApiResult<ExportTask> *reply = m_client->startExport(request);
        QSignalSpy finished(reply, &ApiReply::finished);
        bool ok = false;
        QString error;
        reply->onFinished(this, [&](const ApiResult<ExportTask> &result) {
            ok = result.isOk() && !result.value().taskId.isEmpty();
            error = result.error().technicalSummary();
        });
        QVERIFY(finished.wait(10000));
        QVERIFY2(ok, qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
#ifndef ES_SANDBOX_BIN
        QSKIP("hubspot-sandbox is not built");
#else
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_sandbox = std::make_unique<test::SandboxRunner>(QStringLiteral(ES_SANDBOX_BIN));
        QVERIFY2(m_sandbox->start({}, 20000), qPrintable(m_sandbox->errorString()));
        m_api = m_sandbox->apiBase();
        ClientConfig config;
        config.apiBase = m_api;
        config.token = QStringLiteral("sandbox-token");
        config.accountId = QStringLiteral("sandbox");
        m_client = std::make_unique<HubSpotClient>(&m_nam, config);
        m_cache = std::make_unique<MetadataCache>(m_client.get());
        QVERIFY(m_downloads.isValid());
#endif
    }

    void cleanupTestCase()
    {
        m_cache.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void viewExportIsAccepted()
    {
        ExportWizard wizard(m_cache.get());
        useSandboxAccount(wizard);
        ExportRequest emitted;
        int started = 0;
        connect(&wizard, &ExportWizard::startRequested, this,
                [&](const QString &, const ExportRequest &request, const ExportOptions &) {
                    ++started;
                    emitted = request;
                });
        wizard.show();
        next(wizard);

        FilterBuilder *builder = wizard.filtersPage()->builder();
        QTRY_VERIFY_WITH_TIMEOUT(!builder->properties().isEmpty(), 10000);
        QTest::mouseClick(builder->addGroupButton(), Qt::LeftButton);
        FilterRow *stage = builder->group(0)->row(0);
        stage->chooseProperty(QStringLiteral("lifecyclestage"));
        QVERIFY(stage->valueEditor()->listCombo());
        stage->valueEditor()->listCombo()->toggleRow(0);
        QTest::mouseClick(builder->group(0)->addButton(), Qt::LeftButton);
        FilterRow *email = builder->group(0)->row(1);
        email->chooseProperty(QStringLiteral("email"));
        email->chooseOperator(FilterOperator::HasProperty);
        QTest::mouseClick(builder->addGroupButton(), Qt::LeftButton);
        FilterRow *created = builder->group(1)->row(0);
        created->chooseProperty(QStringLiteral("createdate"));
        created->chooseOperator(FilterOperator::Gte);
        next(wizard);

        QTRY_VERIFY_WITH_TIMEOUT(!wizard.columnsPage()->picker()->selectedNames().isEmpty(), 10000);
        next(wizard);
        next(wizard);
        QCOMPARE(wizard.currentId(), int(WizardPageId::Review));
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(started, 1);
        QCOMPARE(emitted.search->filterGroups.size(), 2);
        startAtSandbox(emitted);
    }

    // HubSpot's total for a search, asked directly (what the wizard must show).
    qint64 searchTotal(const SearchRequest &search)
    {
        ApiResult<SearchPage> *reply =
            m_client->searchObjects(QStringLiteral("CONTACT"), ObjectSearch::body(search, 1));
        QSignalSpy finished(reply, &ApiReply::finished);
        qint64 total = -1;
        reply->onFinished(this, [&](const ApiResult<SearchPage> &r) {
            if (r.isOk())
                total = r.value().total;
        });
        if (!finished.wait(30000))
            return -2;
        return total;
    }

    void countsWhileFilteringAndWarnsOfAnEmptyExport()
    {
        ExportWizard wizard(m_cache.get());
        useSandboxAccount(wizard);
        int started = 0;
        qint64 countedBefore = -2;
        connect(&wizard, &ExportWizard::startRequested, this,
                [&](const QString &, const ExportRequest &, const ExportOptions &options) {
                    ++started;
                    countedBefore = options.countedBefore;
                });
        wizard.show();
        next(wizard);
        FilterBuilder *builder = wizard.filtersPage()->builder();
        QTRY_VERIFY_WITH_TIMEOUT(!builder->properties().isEmpty(), 30000);
        RecordCounter *counter = wizard.counter();

        // Two groups: the page shows the total, each group its own count, as HubSpot counts.
        QTest::mouseClick(builder->addGroupButton(), Qt::LeftButton);
        FilterRow *stage = builder->group(0)->row(0);
        stage->chooseProperty(QStringLiteral("lifecyclestage"));
        stage->valueEditor()->listCombo()->toggleRow(0);
        QTest::mouseClick(builder->addGroupButton(), Qt::LeftButton);
        FilterRow *phone = builder->group(1)->row(0);
        phone->chooseProperty(QStringLiteral("phone"));
        phone->chooseOperator(FilterOperator::NotHasProperty);
        QTRY_COMPARE_WITH_TIMEOUT(int(counter->state().status), int(CountState::Status::Ready),
                                  30000);
        const SearchRequest search = builder->searchRequest();
        const qint64 total = searchTotal(search);
        QVERIFY(total > 0);
        QCOMPARE(counter->state().total, total);
        QVERIFY2(wizard.filtersPage()->countLabel()->text().contains(CountText::number(total)),
                 qPrintable(wizard.filtersPage()->countLabel()->text()));
        for (int g = 0; g < 2; ++g) {
            const qint64 own = searchTotal(ObjectSearch::groupOnly(search, g));
            QCOMPARE(counter->state().perGroup.at(g), own);
            QCOMPARE(builder->group(g)->countLabel()->text(),
                     CountText::group(counter->state(), g));
            QVERIFY(builder->group(g)->countLabel()->text().contains(CountText::number(own)));
        }

        // Typing into a value counts once the typing pauses, not per key.
        const int sentBefore = counter->searchesSent();
        QTest::mouseClick(builder->group(1)->addButton(), Qt::LeftButton);
        FilterRow *email = builder->group(1)->row(1);
        email->chooseProperty(QStringLiteral("email"));
        email->chooseOperator(FilterOperator::ContainsToken);
        QTest::keyClicks(email->valueEditor()->lowEditor()->editor(),
                         QStringLiteral("zzqxnotanywhere"));
        QTRY_COMPARE_WITH_TIMEOUT(int(counter->state().status), int(CountState::Status::Ready),
                                  30000);
        // The total and the edited group; the first group's count came from the cache.
        QCOMPARE(counter->searchesSent(), sentBefore + 2);
        QCOMPARE(counter->state().perGroup.at(1), qint64(0));
        // The first group alone still matches.
        QCOMPARE(counter->state().total, counter->state().perGroup.at(0));

        // Nothing matches at all: a warning before the start, not a block.
        builder->group(0)->removeGroupButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(counter->state().total, qint64(0), 30000);
        QCOMPARE(int(counter->state().status), int(CountState::Status::Ready));
        QVERIFY(!wizard.filtersPage()->countLabel()->text().isEmpty());
        next(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.columnsPage()->picker()->selectedNames().isEmpty(), 30000);
        next(wizard);
        next(wizard);
        QCOMPARE(wizard.currentId(), int(WizardPageId::Review));
        QVERIFY2(wizard.reviewPage()->problemsLabel()->text().startsWith(u"⚠"),
                 qPrintable(wizard.reviewPage()->problemsLabel()->text()));
        QCOMPARE(wizard.button(QWizard::FinishButton)->text(), QStringLiteral("&Start anyway"));
        QVERIFY(wizard.reviewPage()->summaryLabel()->text().contains(QStringLiteral("Arrives as")));
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(started, 1);
        // The count the Review page showed goes with the job, for the completeness check.
        QCOMPARE(countedBefore, qint64(0));
    }

    void listExportIsAccepted()
    {
        ExportWizard wizard(m_cache.get());
        useSandboxAccount(wizard);
        ExportRequest emitted;
        connect(&wizard, &ExportWizard::startRequested, this,
                [&](const QString &, const ExportRequest &request, const ExportOptions &) {
                    emitted = request;
                });
        wizard.show();
        QRadioButton *list = wizard.sourcePage()->listButton();
        QTest::mouseClick(list, Qt::LeftButton, {}, QPoint(8, list->height() / 2));
        next(wizard);
        ListPicker *picker = wizard.listPage()->picker();
        QTRY_VERIFY_WITH_TIMEOUT(picker->model()->rowCount() > 0, 10000);
        picker->view()->setCurrentIndex(picker->view()->model()->index(0, 0));
        QVERIFY(!picker->listId().isEmpty());
        next(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.columnsPage()->picker()->selectedNames().isEmpty(), 10000);
        next(wizard);
        next(wizard);
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(emitted.exportType, ExportType::List);
        QCOMPARE(emitted.listId, picker->listId());
        startAtSandbox(emitted);
    }
};

QTEST_MAIN(TestWizardSandbox)
#include "tst_wizardsandbox.moc"
