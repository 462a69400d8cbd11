#include "fakehubspot.h"
#include "filters/checkablecombo.h"
#include "filters/filterbuilder.h"
#include "filters/filtergroupbox.h"
#include "filters/filterrow.h"
#include "filters/propertycombo.h"
#include "filters/valueeditors.h"
#include "hubspot/hubspotclient.h"
#include "hubspot/metadatacache.h"
#include "pickers/listinfomodel.h"
#include "pickers/listpicker.h"
#include "pickers/propertypicker.h"
#include "pickers/propertytreemodel.h"
#include "wizard/exportwizard.h"
#include "wizard/wizardpages.h"

#include <QAbstractButton>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
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

    void save(QWidget *widget, const QString &name)
    {
        QCoreApplication::processEvents();
        QTest::qWait(50);
        const QString path = m_dir.filePath(name + QStringLiteral(".png"));
        QVERIFY2(widget->grab().save(path), qPrintable(path));
        qInfo("saved %s", qPrintable(path));
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

    void viewExport()
    {
        FakeHubSpot nam;
        ClientConfig config;
        config.apiBase = QUrl(QStringLiteral("http://127.0.0.1:9"));
        config.apiVersion = ApiVersion::V3; // the fake serves v3 paths
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
        group->row(0)->valueEditor()->listCombo()->toggleRow(5);
        group->row(0)->valueEditor()->listCombo()->toggleRow(1);
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

        // The same page with an unfinished row, to show the inline problem.
        QTest::mouseClick(builder->group(1)->addButton(), Qt::LeftButton);
        save(&wizard, QStringLiteral("wizard-2-filters-problem"));
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
    }

    void listExport()
    {
        FakeHubSpot nam;
        ClientConfig config;
        config.apiBase = QUrl(QStringLiteral("http://127.0.0.1:9"));
        config.apiVersion = ApiVersion::V3; // the fake serves v3 paths
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

        // Loading and failure states.
        nam.failing.insert(QStringLiteral("/crm/v3/properties/"));
        next(wizard);
        QTRY_VERIFY(!wizard.columnsPage()->picker()->isHidden());
        QTest::qWait(100);
        save(&wizard, QStringLiteral("wizard-3-columns-error"));
    }
};

QTEST_MAIN(WizardScreens)
#include "wizardscreens.moc"
