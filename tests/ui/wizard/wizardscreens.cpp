// Renders each wizard page filled with realistic data, the problem states included (an
// unfinished filter row, properties that failed to load), into ${build}/screenshots/ so a person
// can look at them. The pages come from es::screens (tests/support/ui), which checks that each
// problem state shows its problem before the picture is taken. Under `xvfb-run -a` the pictures
// use the real X11 style. tst_mainscreens does the same for the other windows.
#include "uiscreens.h"

#include <QLocale>
#include <QTest>
#include <QWidget>

using namespace es;

class WizardScreens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void pages()
    {
        const QString dir = screens::screenshotDir();
        QStringList saved;
        QVERIFY(screens::forEachScreen(
            [&](const QString &name, QWidget *window) {
                if (!name.startsWith(u"wizard") && name != u"save-preset")
                    return; // tst_mainscreens' part
                if (!screens::saveScreenshot(window, dir, name).isEmpty())
                    saved << name;
            },
            screens::States::WithProblems));
        QCOMPARE(saved,
                 QStringList({QStringLiteral("wizard-1-source"), QStringLiteral("wizard-2-filters"),
                              QStringLiteral("wizard-2-filters-counting"),
                              QStringLiteral("wizard-2-filters-problem"),
                              QStringLiteral("wizard-3-columns"),
                              QStringLiteral("wizard-3-columns-search"),
                              QStringLiteral("wizard-4-output"), QStringLiteral("wizard-5-review"),
                              QStringLiteral("save-preset"), QStringLiteral("wizard-2-list"),
                              QStringLiteral("wizard-3-columns-error")}));
        qInfo("saved %lld pictures in %s", qint64(saved.size()), qPrintable(dir));
    }
};

QTEST_MAIN(WizardScreens)
#include "wizardscreens.moc"
