#include "fakehubspot.h"
#include "filters/checkablecombo.h"
#include "filters/filterbuilder.h"
#include "filters/filtergroupbox.h"
#include "filters/filterrow.h"
#include "filters/propertycombo.h"
#include "filters/valueeditors.h"
#include "hubspot/hubspotclient.h"
#include "hubspot/metadatacache.h"
#include "model/requestcodec.h"
#include "pickers/busynote.h"
#include "pickers/listinfomodel.h"
#include "pickers/listpicker.h"
#include "pickers/propertypicker.h"
#include "pickers/propertytreemodel.h"
#include "wizard/exportwizard.h"
#include "wizard/savepresetdialog.h"
#include "wizard/wizardpages.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace es;

namespace {

struct Started
{
    int count = 0;
    QString accountId;
    ExportRequest request;
    ExportOptions options;
};

} // namespace

class TestExportWizard : public QObject
{
    Q_OBJECT

private:
    FakeHubSpot *m_nam = nullptr;
    HubSpotClient *m_client = nullptr;
    MetadataCache *m_cache = nullptr;
    ExportWizard *m_wizard = nullptr;
    QTemporaryDir m_downloads;
    Started m_started;

    void next()
    {
        QAbstractButton *button = m_wizard->button(QWizard::NextButton);
        QVERIFY2(
            button->isEnabled(),
            qPrintable(QStringLiteral("Next is disabled on page %1").arg(m_wizard->currentId())));
        QTest::mouseClick(button, Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(m_downloads.isValid());
    }

    void init()
    {
        m_nam = new FakeHubSpot;
        ClientConfig config;
        config.apiBase = QUrl(QStringLiteral("http://127.0.0.1:9"));
        config.apiVersion = ApiVersion::V3; // the fake serves v3 paths
        config.token = QStringLiteral("pat-test");
        config.accountId = QStringLiteral("acme");
        m_client = new HubSpotClient(m_nam, config);
        m_cache = new MetadataCache(m_client);
        m_wizard = new ExportWizard(m_cache);
        m_wizard->setAccounts({{QStringLiteral("acme"), QStringLiteral("Acme Inc."), false},
                               {QStringLiteral("sandbox"), QStringLiteral("Sandbox"), true}},
                              QStringLiteral("acme"));
        ExportOptions options;
        options.downloadDir = m_downloads.path();
        m_wizard->setOptions(options);
        m_started = {};
        connect(m_wizard, &ExportWizard::startRequested, this,
                [this](const QString &account, const ExportRequest &request,
                       const ExportOptions &chosen) {
                    ++m_started.count;
                    m_started.accountId = account;
                    m_started.request = request;
                    m_started.options = chosen;
                });
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
        QVERIFY(QTest::qWaitForWindowActive(m_wizard)); // focus moves are part of the tests
    }

    void cleanup()
    {
        delete m_wizard;
        delete m_cache;
        delete m_client;
        delete m_nam;
    }

    void viewExportWithTwoFilterGroups()
    {
        QCOMPARE(m_wizard->currentId(), int(WizardPageId::Source));
        SourcePage *source = m_wizard->sourcePage();
        QCOMPARE(source->objectCombo()->currentData().toString(), QStringLiteral("CONTACT"));
        QVERIFY(source->viewButton()->isChecked());
        // Custom objects arrive from the schemas endpoint.
        QTRY_VERIFY(source->objectCombo()->findData(QStringLiteral("2-1234")) >= 0);
        next();

        QCOMPARE(m_wizard->currentId(), int(WizardPageId::Filters));
        FilterBuilder *builder = m_wizard->filtersPage()->builder();
        QTRY_VERIFY(!builder->properties().isEmpty());
        QVERIFY(!m_wizard->filtersPage()->busyNote()->isVisible());

        QTest::mouseClick(builder->addGroupButton(), Qt::LeftButton);
        FilterGroupBox *group1 = builder->group(0);
        // A new, empty filter is not scolded while the user is about to fill it in.
        QVERIFY(group1->row(0)->issue().isEmpty());
        // Next says why it cannot go on: the problem appears next to the row, the page stays.
        next();
        QCOMPARE(m_wizard->currentId(), int(WizardPageId::Filters));
        QCOMPARE(group1->row(0)->issue(),
                 QStringLiteral("⚠ Choose the property to filter on, or remove this filter."));
        QVERIFY(group1->row(0)->propertyCombo()->hasFocus());

        group1->row(0)->chooseProperty(QStringLiteral("lifecyclestage"));
        group1->row(0)->valueEditor()->listCombo()->toggleRow(5); // Customer
        group1->row(0)->valueEditor()->listCombo()->toggleRow(1); // Lead
        QTest::mouseClick(group1->addButton(), Qt::LeftButton);
        group1->row(1)->chooseProperty(QStringLiteral("country"));
        QTest::keyClicks(group1->row(1)->valueEditor()->lowEditor()->editor(),
                         QStringLiteral("Germany"));

        QTest::mouseClick(builder->addGroupButton(), Qt::LeftButton);
        FilterRow *dates = builder->group(1)->row(0);
        dates->chooseProperty(QStringLiteral("closedate"));
        dates->chooseOperator(FilterOperator::Between);
        qobject_cast<QDateEdit *>(dates->valueEditor()->lowEditor()->editor())
            ->setDate(QDate(2026, 1, 1));
        qobject_cast<QDateEdit *>(dates->valueEditor()->highEditor()->editor())
            ->setDate(QDate(2026, 6, 30));

        builder->sortCombo()->lineEdit()->setText(QStringLiteral("Email"));
        QTest::keyClick(builder->sortCombo()->lineEdit(), Qt::Key_Return);
        QCOMPARE(builder->description(),
                 QStringLiteral("Contacts where (Lifecycle stage is any of Customer, Lead AND "
                                "Country/Region is Germany) OR (Close date is between 1 Jan 2026 "
                                "and 30 Jun 2026), sorted by Email A→Z."));
        next();

        QCOMPARE(m_wizard->currentId(), int(WizardPageId::Columns));
        PropertyPicker *picker = m_wizard->columnsPage()->picker();
        QTRY_VERIFY(picker->treeModel()->propertyCount() > 0);
        QCOMPARE(picker->selectedNames(),
                 (QStringList{QStringLiteral("firstname"), QStringLiteral("lastname"),
                              QStringLiteral("email"), QStringLiteral("phone"),
                              QStringLiteral("company"), QStringLiteral("lifecyclestage"),
                              QStringLiteral("hubspot_owner_id"), QStringLiteral("createdate")}));
        picker->treeModel()->setData(picker->treeModel()->indexOf(QStringLiteral("annualrevenue")),
                                     Qt::Checked, Qt::CheckStateRole);
        next();

        QCOMPARE(m_wizard->currentId(), int(WizardPageId::Output));
        OutputPage *output = m_wizard->outputPage();
        QCOMPARE(
            output->nameEdit()->text(),
            QStringLiteral("Contacts export %1").arg(QDate::currentDate().toString(Qt::ISODate)));
        // The XLS row limit is said only when XLS is the format.
        QVERIFY(!output->xlsHintLabel()->isVisible());
        QTest::mouseClick(output->formatButton(int(FileFormat::Xls)), Qt::LeftButton);
        QVERIFY(output->xlsHintLabel()->isVisible());
        QTest::mouseClick(output->formatButton(int(FileFormat::Xlsx)), Qt::LeftButton);
        QVERIFY(!output->xlsHintLabel()->isVisible());
        output->nameEdit()->selectAll();
        QTest::keyClicks(output->nameEdit(), QStringLiteral("Weekly customers"));
        const int german = output->languageCombo()->findData(QStringLiteral("DE"));
        QVERIFY(german >= 0);
        // Each language in its own words, whatever the interface language.
        QCOMPARE(output->languageCombo()->itemText(german), QStringLiteral("Deutsch — DE"));
        output->languageCombo()->setCurrentIndex(german);
        Q_EMIT output->languageCombo()->activated(german);
        // An empty name is a problem shown at the field and blocks Next.
        output->nameEdit()->selectAll();
        QTest::keyClick(output->nameEdit(), Qt::Key_Backspace);
        QVERIFY(output->nameEdit()->text().isEmpty());
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        QTest::keyClicks(output->nameEdit(), QStringLiteral("Weekly customers"));
        next();

        QCOMPARE(m_wizard->currentId(), int(WizardPageId::Review));
        ReviewPage *review = m_wizard->reviewPage();
        QVERIFY(review->problemsLabel()->text().startsWith(QStringLiteral("✔")));
        QVERIFY(m_wizard->button(QWizard::CustomButton1)->isVisible());
        const QByteArray shownJson = review->jsonEdit()->toPlainText().toUtf8();
        QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);

        QCOMPARE(m_started.count, 1);
        QCOMPARE(m_started.accountId, QStringLiteral("acme"));
        QCOMPARE(m_started.options.downloadDir, m_downloads.path());
        QCOMPARE(RequestCodec::toBytes(m_started.request, true), shownJson);

        const QJsonObject json = RequestCodec::toJson(m_started.request);
        QCOMPARE(json.value(u"exportType").toString(), QStringLiteral("VIEW"));
        QCOMPARE(json.value(u"objectType").toString(), QStringLiteral("CONTACT"));
        QCOMPARE(json.value(u"format").toString(), QStringLiteral("XLSX"));
        QCOMPARE(json.value(u"language").toString(), QStringLiteral("DE"));
        QCOMPARE(json.value(u"exportName").toString(), QStringLiteral("Weekly customers"));
        QCOMPARE(json.value(u"objectProperties").toArray().size(), 9);
        QCOMPARE(json.value(u"objectProperties").toArray().last().toString(),
                 QStringLiteral("annualrevenue"));
        QVERIFY(!json.contains(u"listId"));
        const QJsonObject search = json.value(u"publicCrmSearchRequest").toObject();
        const QJsonArray groups = search.value(u"filterGroups").toArray();
        QCOMPARE(groups.size(), 2);
        const QJsonArray first = groups.at(0).toObject().value(u"filters").toArray();
        QCOMPARE(first.size(), 2);
        QCOMPARE(first.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("propertyName"), QStringLiteral("lifecyclestage")},
                              {QStringLiteral("operator"), QStringLiteral("IN")},
                              {QStringLiteral("values"),
                               QJsonArray{QStringLiteral("customer"), QStringLiteral("lead")}}}));
        QCOMPARE(first.at(1).toObject(),
                 (QJsonObject{{QStringLiteral("propertyName"), QStringLiteral("country")},
                              {QStringLiteral("operator"), QStringLiteral("EQ")},
                              {QStringLiteral("value"), QStringLiteral("Germany")}}));
        QCOMPARE(groups.at(1).toObject().value(u"filters").toArray().at(0).toObject(),
                 (QJsonObject{{QStringLiteral("propertyName"), QStringLiteral("closedate")},
                              {QStringLiteral("operator"), QStringLiteral("BETWEEN")},
                              {QStringLiteral("value"), QStringLiteral("1767225600000")},
                              {QStringLiteral("highValue"), QStringLiteral("1782777600000")}}));
        QCOMPARE(search.value(u"sorts").toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("propertyName"), QStringLiteral("email")},
                                         {QStringLiteral("order"), QStringLiteral("ASC")}}}));
    }

    void problemsShowOnceTheRowIsLeft()
    {
        next();
        FilterBuilder *builder = m_wizard->filtersPage()->builder();
        QTRY_VERIFY(!builder->properties().isEmpty());
        QTest::mouseClick(builder->addGroupButton(), Qt::LeftButton);
        FilterRow *row = builder->group(0)->row(0);
        QVERIFY(row->propertyCombo()->hasFocus());
        row->chooseProperty(QStringLiteral("lifecyclestage"));
        QVERIFY(!row->pendingIssue().isEmpty());
        QVERIFY(row->issue().isEmpty()); // still in the row
        // Moving within the row (property → values) is not leaving it.
        row->valueEditor()->listCombo()->setFocus(Qt::TabFocusReason);
        QVERIFY(row->issue().isEmpty());
        // Leaving it is.
        builder->queryEdit()->setFocus(Qt::TabFocusReason);
        QCOMPARE(row->issue(), QStringLiteral("⚠ Lifecycle stage is any of: choose at least one "
                                              "value."));
        // Fixed: the message goes at once.
        row->valueEditor()->listCombo()->toggleRow(5);
        QVERIFY(row->issue().isEmpty());
        next();
        QCOMPARE(m_wizard->currentId(), int(WizardPageId::Columns));
    }

    void newExportStartsFresh()
    {
        // A finished export with its own name, columns, filter and format ...
        next();
        FilterBuilder *builder = m_wizard->filtersPage()->builder();
        QTRY_VERIFY(!builder->properties().isEmpty());
        QTest::mouseClick(builder->addGroupButton(), Qt::LeftButton);
        builder->group(0)->row(0)->chooseProperty(QStringLiteral("lifecyclestage"));
        builder->group(0)->row(0)->valueEditor()->listCombo()->toggleRow(5);
        next();
        PropertyPicker *picker = m_wizard->columnsPage()->picker();
        QTRY_VERIFY(picker->treeModel()->propertyCount() > 0);
        const QStringList defaults = picker->selectedNames();
        QVERIFY(!defaults.isEmpty());
        picker->treeModel()->setData(picker->treeModel()->indexOf(QStringLiteral("annualrevenue")),
                                     Qt::Checked, Qt::CheckStateRole);
        QCOMPARE(m_wizard->model().request.objectProperties.size(), defaults.size() + 1);
        next();
        OutputPage *output = m_wizard->outputPage();
        const QString defaultName = output->nameEdit()->text();
        output->nameEdit()->selectAll();
        QTest::keyClicks(output->nameEdit(), QStringLiteral("Weekly customers"));
        QTest::mouseClick(output->formatButton(int(FileFormat::Xlsx)), Qt::LeftButton);
        next();
        QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(m_started.count, 1);
        QCOMPARE(m_started.request.exportName, QStringLiteral("Weekly customers"));
        QVERIFY(!m_wizard->isVisible());

        // ... and then New export, as the main window opens it (restart and show).
        m_wizard->restart();
        m_wizard->show();
        QCOMPARE(m_wizard->windowTitle(), QStringLiteral("New export"));
        QCOMPARE(m_wizard->model().request, ExportRequest{});
        QCOMPARE(m_wizard->model().accountId, QStringLiteral("acme"));
        next();
        QCOMPARE(builder->groupCount(), 0);
        next();
        QTRY_COMPARE(picker->selectedNames(), defaults);
        next();
        QCOMPARE(output->nameEdit()->text(), defaultName);
        QVERIFY(output->formatButton(int(FileFormat::Csv))->isChecked());
        next();
        QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(m_started.count, 2);
        QCOMPARE(m_started.request.objectProperties, defaults);
        QVERIFY(!m_started.request.search || m_started.request.search->isEmpty());

        // Editing a preset and then asking for a new export starts fresh too.
        ExportRequest preset;
        preset.exportName = QStringLiteral("From a preset");
        preset.objectProperties = {QStringLiteral("email")};
        m_wizard->setRequest(preset, QStringLiteral("From a preset"));
        m_wizard->show();
        QCOMPARE(m_wizard->model().request.exportName, QStringLiteral("From a preset"));
        m_wizard->startNew();
        QCOMPARE(m_wizard->model().request, ExportRequest{});
        QCOMPARE(m_wizard->windowTitle(), QStringLiteral("New export"));
        QVERIFY(m_wizard->model().presetName.isEmpty());
    }

    void listExportWithLegacyId()
    {
        SourcePage *source = m_wizard->sourcePage();
        QTest::mouseClick(source->listButton(), Qt::LeftButton, {},
                          QPoint(8, source->listButton()->height() / 2));
        QVERIFY(source->listButton()->isChecked());
        next();

        QCOMPARE(m_wizard->currentId(), int(WizardPageId::List));
        ListPicker *picker = m_wizard->listPage()->picker();
        QAbstractItemModelTester tester(picker->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(picker->model()->rowCount(), 5);
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled()); // no list yet

        QTest::keyClicks(picker->searchEdit(), QStringLiteral("webinar"));
        QCOMPARE(picker->view()->model()->rowCount(), 1);
        picker->view()->setCurrentIndex(picker->view()->model()->index(0, 0));
        QCOMPARE(picker->listId(), QStringLiteral("42"));
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());

        // A legacy id with letters is refused with a message, and kept as typed.
        QTest::keyClicks(picker->legacyEdit(), QStringLiteral("abc999"));
        QCOMPARE(picker->legacyEdit()->text(), QStringLiteral("abc999"));
        QVERIFY(picker->legacyIssueLabel()->isVisible());
        QVERIFY(picker->legacyIssueLabel()->text().startsWith(QStringLiteral("⚠ “abc999”")));
        QVERIFY(!picker->legacyButton()->isEnabled());
        QTest::keyClick(picker->legacyEdit(), Qt::Key_Return);
        QVERIFY(!m_nam->requested.contains(QStringLiteral("GET /crm/v3/lists/idmapping")));
        QCOMPARE(picker->listId(), QStringLiteral("42"));
        // An unknown one says so in the same red as every problem, not in grey.
        picker->legacyEdit()->clear();
        QVERIFY(!picker->legacyIssueLabel()->isVisible());
        QTest::keyClicks(picker->legacyEdit(), QStringLiteral("555"));
        QTest::mouseClick(picker->legacyButton(), Qt::LeftButton);
        QTRY_VERIFY(picker->legacyIssueLabel()->isVisible());
        QVERIFY(picker->legacyIssueLabel()->text().contains(QStringLiteral("no list with the "
                                                                           "legacy id 555")));
        QCOMPARE(picker->legacyIssueLabel()->palette().color(QPalette::WindowText),
                 QColor(0xb0, 0x30, 0x30));
        picker->legacyEdit()->clear();

        // A legacy id is mapped to the ILS id.
        QTest::keyClicks(picker->legacyEdit(), QStringLiteral("123"));
        QTest::mouseClick(picker->legacyButton(), Qt::LeftButton);
        QTRY_COMPARE(picker->listId(), QStringLiteral("987"));
        QCOMPARE(picker->listName(), QStringLiteral("Old newsletter (migrated)"));
        QVERIFY(m_nam->requested.contains(QStringLiteral("GET /crm/v3/lists/idmapping")));
        next();

        QCOMPARE(m_wizard->currentId(), int(WizardPageId::Columns));
        QTRY_VERIFY(!m_wizard->columnsPage()->picker()->selectedNames().isEmpty());
        next();
        next(); // Output: defaults are valid
        QCOMPARE(m_wizard->currentId(), int(WizardPageId::Review));
        // The summary names the list; the JSON is folded away until asked for.
        ReviewPage *review = m_wizard->reviewPage();
        QVERIFY2(review->summaryLabel()->text().contains(
                     QStringLiteral("the list “Old newsletter (migrated)” (list 987)")),
                 qPrintable(review->summaryLabel()->text()));
        QVERIFY(!review->jsonEdit()->isVisible());
        review->jsonToggle()->click();
        QVERIFY(review->jsonEdit()->isVisible());
        QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);

        QCOMPARE(m_started.count, 1);
        const QJsonObject json = RequestCodec::toJson(m_started.request);
        QCOMPARE(json.value(u"exportType").toString(), QStringLiteral("LIST"));
        QCOMPARE(json.value(u"listId").toString(), QStringLiteral("987"));
        QVERIFY(!json.contains(u"publicCrmSearchRequest"));
        QCOMPARE(json.value(u"format").toString(), QStringLiteral("CSV"));
    }

    void emptyListIsWarnedAbout()
    {
        ListPicker picker;
        ListInfo full;
        full.listId = QStringLiteral("41");
        full.name = QStringLiteral("Newsletter subscribers");
        full.size = 12840;
        ListInfo empty;
        empty.listId = QStringLiteral("70");
        empty.name = QStringLiteral("Nobody yet");
        empty.size = 0;
        picker.model()->setLists({full, empty});
        picker.show();
        picker.setListId(QStringLiteral("41"));
        QVERIFY(!picker.chosenLabel()->text().contains(QStringLiteral("no records")));
        picker.setListId(QStringLiteral("70"));
        QVERIFY(picker.chosenLabel()->text().contains(
            QStringLiteral("⚠ This list has no records right now")));
        // A warning, not a refusal: the list stays chosen.
        QCOMPARE(picker.listId(), QStringLiteral("70"));
    }

    void metadataErrorShowsRetry()
    {
        m_nam->failing.insert(QStringLiteral("/crm/v3/properties/"));
        next();
        BusyNote *busy = m_wizard->filtersPage()->busyNote();
        QTRY_VERIFY(busy->hasError());
        QVERIFY(busy->retryButton()->isVisible());
        QVERIFY(busy->text().contains(QStringLiteral("Could not load the properties")));
        // The builder stays usable with internal names meanwhile; nothing blocks.
        QVERIFY(m_wizard->filtersPage()->builder()->isEnabled());
        m_nam->failing.clear();
        QTest::mouseClick(busy->retryButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_wizard->filtersPage()->builder()->properties().isEmpty());
        QVERIFY(!busy->isVisible());
    }

    void pagesSayWhatTheExportBecomes()
    {
        // Step 1 says what the chosen object is, and has a place for its record count.
        SourcePage *source = m_wizard->sourcePage();
        const QString contacts = source->objectAboutLabel()->text();
        QVERIFY2(contacts.contains(QStringLiteral("one row per contact")), qPrintable(contacts));
        QVERIFY(!source->recordCountLabel()->isVisible());
        source->setRecordCount(QStringLiteral("CONTACT"), 12345);
        QVERIFY(source->recordCountLabel()->isVisible());
        QCOMPARE(source->recordCountLabel()->text(),
                 QStringLiteral("12,345 contacts on this account"));
        const int deals = source->objectCombo()->findData(QStringLiteral("DEAL"));
        QVERIFY(deals >= 0);
        source->objectCombo()->setCurrentIndex(deals);
        Q_EMIT source->objectCombo()->activated(deals);
        QVERIFY(source->objectAboutLabel()->text().contains(QStringLiteral("one row per deal")));
        QVERIFY(!source->recordCountLabel()->isVisible()); // not counted: no line
        const int contactsRow = source->objectCombo()->findData(QStringLiteral("CONTACT"));
        source->objectCombo()->setCurrentIndex(contactsRow);
        Q_EMIT source->objectCombo()->activated(contactsRow);

        // Step 4 previews the file's name and its columns, and follows the choices.
        next();
        next();
        PropertyPicker *picker = m_wizard->columnsPage()->picker();
        QTRY_VERIFY(!picker->selectedNames().isEmpty());
        picker->setSelectedNames({QStringLiteral("email"), QStringLiteral("firstname")});
        Q_EMIT picker->selectionChanged();
        next();
        QCOMPARE(m_wizard->currentId(), int(WizardPageId::Output));
        OutputPage *output = m_wizard->outputPage();
        QLineEdit *name = output->nameEdit();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Weekly: customers"));
        QTest::mouseClick(output->formatButton(int(FileFormat::Xlsx)), Qt::LeftButton);
        const QString file = output->filePreviewLabel()->text();
        QVERIFY2(file.startsWith(QDir::toNativeSeparators(m_downloads.path())) &&
                     file.endsWith(QStringLiteral(".xlsx")) && !file.contains(u':'),
                 qPrintable(file));
        const QString columns = output->columnsPreviewLabel()->text();
        QVERIFY2(columns.startsWith(QStringLiteral("Columns (2): ")), qPrintable(columns));
        QVERIFY2(!columns.contains(QStringLiteral("firstname")), qPrintable(columns)); // labels
        output->internalNamesBox()->setChecked(true);
        QVERIFY2(output->columnsPreviewLabel()->text().contains(QStringLiteral("email, firstname")),
                 qPrintable(output->columnsPreviewLabel()->text()));
    }

    void columnsPageNeedsOneColumn()
    {
        next();
        next();
        QCOMPARE(m_wizard->currentId(), int(WizardPageId::Columns));
        PropertyPicker *picker = m_wizard->columnsPage()->picker();
        QTRY_VERIFY(!picker->selectedNames().isEmpty());
        picker->setSelectedNames({QStringLiteral("email")});
        picker->selectedView()->setCurrentIndex(picker->selectedView()->model()->index(0, 0));
        QTest::mouseClick(picker->removeButton(), Qt::LeftButton);
        QVERIFY(picker->selectedNames().isEmpty());
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    }

    void savePresetEmits()
    {
        QString savedName;
        ExportRequest savedRequest;
        connect(m_wizard, &ExportWizard::savePresetRequested, this,
                [&](const QString &name, const QString &, const ExportRequest &request) {
                    savedName = name;
                    savedRequest = request;
                });
        next();
        next();
        QTRY_VERIFY(!m_wizard->columnsPage()->picker()->selectedNames().isEmpty());
        next();
        next();
        QCOMPARE(m_wizard->currentId(), int(WizardPageId::Review));
        QTest::mouseClick(m_wizard->button(QWizard::CustomButton1), Qt::LeftButton);
        SavePresetDialog *dialog = m_wizard->savePresetDialog();
        QVERIFY(dialog && dialog->isVisible());
        dialog->nameEdit()->setText(QStringLiteral("All contacts"));
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QCOMPARE(savedName, QStringLiteral("All contacts"));
        QCOMPARE(savedRequest.objectType, QStringLiteral("CONTACT"));
        QCOMPARE(m_started.count, 0); // saving does not start anything
        QVERIFY(m_wizard->isVisible());
    }

    void switchingAccountUsesItsMetadata()
    {
        FakeHubSpot otherNam;
        ClientConfig config;
        config.apiBase = QUrl(QStringLiteral("http://127.0.0.1:9"));
        config.apiVersion = ApiVersion::V3; // the fake serves v3 paths
        config.accountId = QStringLiteral("sandbox");
        HubSpotClient otherClient(&otherNam, config);
        MetadataCache otherCache(&otherClient);
        QString switchedTo;
        connect(m_wizard, &ExportWizard::accountChanged, this, [&](const QString &accountId) {
            switchedTo = accountId;
            m_wizard->setMetadata(&otherCache); // what the main window does
        });
        QComboBox *accounts = m_wizard->sourcePage()->accountCombo();
        QCOMPARE(accounts->count(), 2);
        QCOMPARE(accounts->itemText(1), QStringLiteral("Sandbox")); // not "Sandbox (sandbox)"
        accounts->setCurrentIndex(1);
        Q_EMIT accounts->activated(1);
        QCOMPARE(switchedTo, QStringLiteral("sandbox"));
        QCOMPARE(m_wizard->model().accountId, QStringLiteral("sandbox"));
        QTRY_VERIFY(
            otherNam.requested.contains(QStringLiteral("GET /crm-object-schemas/v3/schemas")));
        next();
        QTRY_VERIFY(otherNam.requested.contains(QStringLiteral("GET /crm/v3/properties/0-1")));
        QTRY_VERIFY(!m_wizard->filtersPage()->builder()->properties().isEmpty());
        m_wizard->setMetadata(nullptr); // before otherCache dies
    }

    void openedFromAPreset()
    {
        ExportRequest request;
        request.exportType = ExportType::List;
        request.listId = QStringLiteral("57");
        request.exportName = QStringLiteral("Customers DE");
        request.objectProperties = {QStringLiteral("email"), QStringLiteral("lastname")};
        request.format = FileFormat::Xls;
        m_wizard->setRequest(request, QStringLiteral("Customers DE"));
        QCOMPARE(m_wizard->windowTitle(), QStringLiteral("Edit “Customers DE”"));
        QVERIFY(m_wizard->sourcePage()->listButton()->isChecked());
        next();
        QCOMPARE(m_wizard->currentId(), int(WizardPageId::List));
        QTRY_COMPARE(m_wizard->listPage()->picker()->listName(),
                     QStringLiteral("Customers in Germany"));
        next();
        QTRY_VERIFY(m_wizard->columnsPage()->picker()->treeModel()->propertyCount() > 0);
        QCOMPARE(m_wizard->columnsPage()->picker()->selectedNames(), request.objectProperties);
        next();
        QVERIFY(m_wizard->outputPage()->formatButton(int(FileFormat::Xls))->isChecked());
        next();
        QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(m_started.count, 1);
        QCOMPARE(m_started.request, request);
    }
};

QTEST_MAIN(TestExportWizard)
#include "tst_exportwizard.moc"
