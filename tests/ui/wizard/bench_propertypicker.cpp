#include "pickers/propertyfilterproxy.h"
#include "pickers/propertypicker.h"
#include "pickers/propertytreemodel.h"
#include "wizardtestdata.h"

#include <QLineEdit>
#include <QTest>
#include <QTreeView>

using namespace es;

// Figures for the property picker with 5,000 properties. Not a pass/fail test.
class BenchPropertyPicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void load()
    {
        const QList<PropertyDef> properties = WizardTestData::syntheticProperties(5000);
        const QList<PropertyGroup> groups = WizardTestData::syntheticGroups();
        PropertyPicker picker;
        picker.show();
        QBENCHMARK
        {
            picker.setProperties(properties, groups);
        }
    }

    void search()
    {
        PropertyPicker picker;
        picker.resize(860, 480);
        picker.show();
        picker.setProperties(WizardTestData::syntheticProperties(5000),
                             WizardTestData::syntheticGroups());
        int i = 0;
        QBENCHMARK
        {
            picker.searchEdit()->setText(QStringLiteral("field %1").arg(i++ % 100));
            QCoreApplication::processEvents();
        }
    }

    void checkWholeGroup()
    {
        PropertyPicker picker;
        picker.setProperties(WizardTestData::syntheticProperties(5000),
                             WizardTestData::syntheticGroups());
        const QModelIndex group = picker.treeModel()->index(0, 0);
        bool on = true;
        QBENCHMARK
        {
            picker.treeModel()->setData(group, on ? Qt::Checked : Qt::Unchecked,
                                        Qt::CheckStateRole);
            on = !on;
        }
    }
};

QTEST_MAIN(BenchPropertyPicker)
#include "bench_propertypicker.moc"
