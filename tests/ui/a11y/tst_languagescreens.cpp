// Every window in every language at its default size: a PNG per language and window in
// ${build}/screenshots/languages/<lang>/ for a person to look at, and a check that no button or
// label is narrower than its text (Qt cuts such text off; the layouts are meant to grow instead).
// CTest runs it offscreen, and with the real X11 platform under xvfb-run when installed.
#include "common/translationloader.h"
#include "uiscreens.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QPalette>
#include <QRadioButton>
#include <QScopeGuard>
#include <QTest>

using namespace es;

namespace {

QString describe(const QWidget *w, const QString &text)
{
    return QStringLiteral("%1%2 \"%3\"")
        .arg(QString::fromLatin1(w->metaObject()->className()),
             w->objectName().isEmpty() ? QString() : QLatin1Char('#') + w->objectName(), text);
}

// Buttons and single-line labels narrower than their text, and wrapped labels shorter than
// their lines.
QStringList cutOff(QWidget *window)
{
    QStringList problems;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !w->isVisible() || w->width() <= 0)
            continue;
        // A toolbar too narrow for its items hides them behind a "»" button.
        if (w->objectName() == u"qt_toolbar_ext_button") {
            problems << QStringLiteral("the toolbar %1 hides items behind »")
                            .arg(w->parentWidget()->objectName());
            continue;
        }
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (button->text().isEmpty())
                continue;
            // 2 px of slack: styles round their margins.
            if (button->sizeHint().width() > button->width() + 2)
                problems << QStringLiteral("%1 needs %2 px, has %3")
                                .arg(describe(w, button->text()))
                                .arg(button->sizeHint().width())
                                .arg(button->width());
        } else if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                if (needed > label->height() + 2)
                    problems << QStringLiteral("%1 needs %2 px high, has %3")
                                    .arg(describe(w, label->text().left(60)))
                                    .arg(needed)
                                    .arg(label->height());
            } else if (label->sizeHint().width() > label->width() + 2) {
                problems << QStringLiteral("%1 needs %2 px, has %3")
                                .arg(describe(w, label->text().left(60)))
                                .arg(label->sizeHint().width())
                                .arg(label->width());
            }
        }
    }
    return problems;
}

QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Alt+letter keys that two visible controls (or a control and a menu) of one window share.
QStringList mnemonicClashes(QWidget *window)
{
    // The same text twice (each filter group's "And…") is one control repeated, not a clash.
    QHash<QChar, QStringList> owners;
    auto add = [&](const QString &text) {
        const QChar key = mnemonic(text);
        const QString plain = QString(text).remove(u'&');
        if (!key.isNull() && !owners[key].contains(plain))
            owners[key] << plain;
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !w->isVisible())
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text());
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(label->text());
        else if (auto *group = qobject_cast<QGroupBox *>(w); group && group->isCheckable())
            add(group->title());
        else if (auto *menuBar = qobject_cast<QMenuBar *>(w))
            for (QAction *action : menuBar->actions())
                add(action->text());
    }
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (it.value().size() > 1)
            clashes << QStringLiteral("Alt+%1: %2").arg(it.key(), it.value().join(u", "));
    return clashes;
}

} // namespace

class TestLanguageScreens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("dark");
        QTest::newRow("en") << QStringLiteral("en") << false;
        for (const QString &code : TranslationLoader::availableLanguages())
            QTest::newRow(qPrintable(code)) << code << false;
        // One language in a dark palette: every window, for the colours.
        QTest::newRow("de-dark") << QStringLiteral("de") << true;
    }

    void everyLanguage()
    {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        TranslationLoader loader;
        loader.install(language);
        const QPalette light = QApplication::palette();
        if (dark)
            QApplication::setPalette(screens::darkPalette());
        const auto restore = qScopeGuard([&] { QApplication::setPalette(light); });
        const QString dir = screens::screenshotDir(QStringLiteral("languages/") + language +
                                                   (dark ? QStringLiteral("-dark") : QString()));
        QStringList problems;
        QStringList clashes;
        int shots = 0;
        QVERIFY(screens::forEachScreen([&](const QString &name, QWidget *window) {
            if (!screens::saveScreenshot(window, dir, name).isEmpty())
                ++shots;
            for (const QString &problem : cutOff(window))
                problems << name + QStringLiteral(": ") + problem;
            for (const QString &clash : mnemonicClashes(window))
                clashes << name + QStringLiteral(": ") + clash;
        }));
        qInfo("%d screenshots in %s", shots, qPrintable(dir));
        // The English texts are ours to keep apart; the translations' clashes are reported for
        // the translators (Qt then cycles through the controls that share the key).
        for (const QString &clash : std::as_const(clashes))
            qWarning("shared mnemonic in %s: %s", qPrintable(language), qPrintable(clash));
        if (language == u"en")
            problems += clashes;
        QVERIFY(shots >= 10);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestLanguageScreens)
#include "tst_languagescreens.moc"
