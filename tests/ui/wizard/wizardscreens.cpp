#include "common/translationloader.h"
#include "fakehubspot.h"
#include "filters/checkablecombo.h"
#include "filters/filterbuilder.h"
#include "filters/filtergroupbox.h"
#include "filters/filterrow.h"
#include "filters/propertycombo.h"
#include "filters/valueeditors.h"
#include "hubspot/hubspotclient.h"
#include "hubspot/metadatacache.h"
#include "pickers/busynote.h"
#include "pickers/listinfomodel.h"
#include "pickers/listpicker.h"
#include "pickers/propertypicker.h"
#include "pickers/propertytreemodel.h"
#include "wizard/exportwizard.h"
#include "wizard/wizardpages.h"

#include <QAbstractButton>
#include <QDateEdit>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace es;

// Renders each wizard page filled with realistic data into ${build}/screenshots/ so a person
// can look at them. Under `xvfb-run -a` the pictures use the real X11 style.
class WizardScreens : public QObject
{
    Q_OBJECT

private:
    QDir m_dir;
    QDir m_languageDir; // English at the top, other languages in a folder of their own
    TranslationLoader m_translations;

    void save(QWidget *widget, const QString &name, QWidget *popup = nullptr)
    {
        QCoreApplication::processEvents();
        QTest::qWait(50);
        const QString path = m_languageDir.filePath(name + QStringLiteral(".png"));
        QPixmap shot = widget->grab();
        if (popup && popup->isVisible()) {
            // A popup is a window of its own: paint it where it is on screen.
            QPainter painter(&shot);
            painter.drawPixmap(widget->mapFromGlobal(popup->mapToGlobal(QPoint(0, 0))),
                               popup->grab());
        }
        QVERIFY2(shot.save(path), qPrintable(path));
        qInfo("saved %s", qPrintable(path));
    }

    void useLanguage(const QString &language)
    {
        m_translations.install(language);
        if (language == u"en") {
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
            m_languageDir = m_dir;
        } else {
            QVERIFY(m_dir.mkpath(language));
            m_languageDir = QDir(m_dir.filePath(language));
        }
    }

    void next(ExportWizard &wizard)
    {
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_dir = QDir(QStringLiteral(ES_BUILD_DIR "/screenshots"));
        QVERIFY(m_dir.mkpath(QStringLiteral(".")));
    }

    void viewExport_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }

    void viewExport()
    {
        QFETCH(QString, language);
        useLanguage(language);
        FakeHubSpot nam;
        ClientConfig config;
        config.apiBase = QUrl(QStringLiteral("http://127.0.0.1:9"));
        config.token = QStringLiteral("pat-screens");
        HubSpotClient client(&nam, config);
        MetadataCache cache(&client);
        ExportWizard wizard(&cache);
        wizard.setAccounts(
            {{QStringLiteral("acme"), QStringLiteral("Acme Inc. (portal 1234567)"), false},
             {QStringLiteral("sandbox"), QStringLiteral("Built-in sandbox"), true}},
            QStringLiteral("acme"));
        ExportOptions options;
        options.downloadDir = QDir::homePath() + QStringLiteral("/Downloads/HubSpot exports");
        wizard.setOptions(options);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTRY_VERIFY(wizard.sourcePage()->objectCombo()->findData(QStringLiteral("2-1234")) >= 0);
        save(&wizard, QStringLiteral("wizard-1-source"));

        next(wizard);
        FilterBuilder *builder = wizard.filtersPage()->builder();
        QTRY_VERIFY(!builder->properties().isEmpty());
        QTest::mouseClick(builder->addGroupButton(), Qt::LeftButton);
        FilterGroupBox *group = builder->group(0);
        group->row(0)->chooseProperty(QStringLiteral("lifecyclestage"));
        // The values list, opened by a click, two values ticked by clicks, and a filter typed.
        CheckableCombo *values = group->row(0)->valueEditor()->listCombo();
        QTRY_VERIFY(values->mapTo(&wizard, QPoint(0, 0)).x() > 300); // laid out
        QTest::mouseClick(values, Qt::LeftButton);
        QVERIFY(values->isPopupVisible());
        for (const QString &label : {QStringLiteral("Customer"), QStringLiteral("Lead")}) {
            const QModelIndexList found =
                values->popupView()->model()->match(values->popupView()->model()->index(0, 0),
                                                    Qt::DisplayRole, label, 1, Qt::MatchExactly);
            QVERIFY(!found.isEmpty());
            QTest::mouseClick(values->popupView()->viewport(), Qt::LeftButton, {},
                              values->popupView()->visualRect(found.first()).center());
        }
        save(&wizard, QStringLiteral("wizard-2-filters-values"), values->popup());
        QTest::keyClicks(values->popupView(), QStringLiteral("lead"));
        save(&wizard, QStringLiteral("wizard-2-filters-values-typed"), values->popup());
        QTest::keyClick(values->popupView(), Qt::Key_Escape);
        QVERIFY(!values->isPopupVisible());
        // The property list is as wide as its longest entry.
        group->row(0)->propertyCombo()->showPopup();
        save(&wizard, QStringLiteral("wizard-2-filters-properties"),
             group->row(0)->propertyCombo()->view()->window());
        group->row(0)->propertyCombo()->hidePopup();
        QTest::mouseClick(group->addButton(), Qt::LeftButton);
        group->row(1)->chooseProperty(QStringLiteral("country"));
        QTest::keyClicks(group->row(1)->valueEditor()->lowEditor()->editor(),
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
        save(&wizard, QStringLiteral("wizard-2-filters"));

        // The same page with an unfinished row: nothing said while it is being filled in ...
        QTest::mouseClick(builder->group(1)->addButton(), Qt::LeftButton);
        save(&wizard, QStringLiteral("wizard-2-filters-new-row"));
        // ... its problem in words once Next is pressed, and a refused number.
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(WizardPageId::Filters));
        builder->group(1)->row(1)->chooseProperty(QStringLiteral("annualrevenue"));
        QTest::keyClicks(builder->group(1)->row(1)->valueEditor()->lowEditor()->editor(),
                         QStringLiteral("1e"));
        QTest::mouseClick(builder->addGroupButton(), Qt::LeftButton);
        builder->group(2)->row(0)->chooseProperty(QStringLiteral("lifecyclestage"));
        builder->queryEdit()->setFocus();
        save(&wizard, QStringLiteral("wizard-2-filters-problem"));
        QTest::mouseClick(builder->group(2)->row(0)->removeButton(), Qt::LeftButton);
        QTest::mouseClick(builder->group(1)->row(1)->removeButton(), Qt::LeftButton);

        next(wizard);
        PropertyPicker *picker = wizard.columnsPage()->picker();
        QTRY_VERIFY(picker->treeModel()->propertyCount() > 0);
        picker->treeModel()->setData(picker->treeModel()->indexOf(QStringLiteral("annualrevenue")),
                                     Qt::Checked, Qt::CheckStateRole);
        picker->treeView()->setCurrentIndex(picker->treeView()->model()->index(0, 0));
        save(&wizard, QStringLiteral("wizard-3-columns"));
        QTest::keyClicks(picker->searchEdit(), QStringLiteral("date"));
        save(&wizard, QStringLiteral("wizard-3-columns-search"));
        picker->searchEdit()->clear();

        next(wizard);
        OutputPage *output = wizard.outputPage();
        QTest::mouseClick(output->formatButton(int(FileFormat::Xlsx)), Qt::LeftButton);
        output->nameEdit()->setText(QStringLiteral("Weekly customers"));
        Q_EMIT output->nameEdit()->textEdited(output->nameEdit()->text());
        for (int row = 0; row < output->associationsModel()->rowCount(); ++row) {
            QStandardItem *item = output->associationsModel()->item(row);
            if (item->data(Qt::UserRole).toString() == u"COMPANY" ||
                item->data(Qt::UserRole).toString() == u"DEAL")
                item->setCheckState(Qt::Checked);
        }
        save(&wizard, QStringLiteral("wizard-4-output"));

        next(wizard);
        save(&wizard, QStringLiteral("wizard-5-review"));
        wizard.reviewPage()->jsonToggle()->click();
        save(&wizard, QStringLiteral("wizard-5-review-json"));
    }

    void listExport_data() { viewExport_data(); }

    void listExport()
    {
        QFETCH(QString, language);
        useLanguage(language);
        FakeHubSpot nam;
        ClientConfig config;
        config.apiBase = QUrl(QStringLiteral("http://127.0.0.1:9"));
        HubSpotClient client(&nam, config);
        MetadataCache cache(&client);
        ExportWizard wizard(&cache);
        wizard.setAccounts(
            {{QStringLiteral("acme"), QStringLiteral("Acme Inc. (portal 1234567)"), false}},
            QStringLiteral("acme"));
        ExportOptions options;
        options.downloadDir = QDir::homePath() + QStringLiteral("/Downloads");
        wizard.setOptions(options);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::mouseClick(wizard.sourcePage()->listButton(), Qt::LeftButton, {},
                          QPoint(8, wizard.sourcePage()->listButton()->height() / 2));
        next(wizard);
        ListPicker *picker = wizard.listPage()->picker();
        QTRY_COMPARE(picker->model()->rowCount(), 5);
        picker->view()->setCurrentIndex(picker->view()->model()->index(1, 0));
        save(&wizard, QStringLiteral("wizard-2-list"));

        // Problems: an empty list, a legacy id with letters.
        {
            QList<ListInfo> lists = picker->model()->lists();
            ListInfo empty = lists.first();
            empty.listId = QStringLiteral("70");
            empty.name = QStringLiteral("Trade fair leads 2027");
            empty.size = 0;
            lists.append(empty);
            picker->model()->setLists(lists);
            picker->setListId(QStringLiteral("70"));
            QTest::keyClicks(picker->legacyEdit(), QStringLiteral("abc999"));
            save(&wizard, QStringLiteral("wizard-2-list-problems"));
            picker->legacyEdit()->clear();
            picker->model()->setLists(lists.mid(0, 5));
        }
        picker->view()->setCurrentIndex(picker->view()->model()->index(1, 0));

        // Loading and failure states.
        nam.failing.insert(QStringLiteral("/crm/v3/properties/"));
        next(wizard);
        QTRY_VERIFY(!wizard.columnsPage()->picker()->isHidden());
        QTest::qWait(100);
        save(&wizard, QStringLiteral("wizard-3-columns-error"));

        // The review of a list export names the list.
        nam.failing.clear();
        QTest::mouseClick(wizard.columnsPage()->busyNote()->retryButton(), Qt::LeftButton);
        QTRY_VERIFY(!wizard.columnsPage()->picker()->selectedNames().isEmpty());
        next(wizard);
        next(wizard);
        QVERIFY(!picker->listName().isEmpty());
        QVERIFY(wizard.reviewPage()->summaryLabel()->text().contains(picker->listName()));
        save(&wizard, QStringLiteral("wizard-5-review-list"));
    }
};

QTEST_MAIN(WizardScreens)
#include "wizardscreens.moc"
