// The main window's layout as a person meets it: a notice never moves the row under the pointer,
// a small window gives its room to the lists (no horizontal scroll bar on Transfers), a progress
// bar's text fits the bar, the account switcher marks an account whose token failed and lines
// every entry up, and the guide has its pages in every language of the interface.
#include "common/noticebar.h"
#include "common/placeholdertreeview.h"
#include "common/text.h"
#include "common/translationloader.h"
#include "downloads/downloadsmodel.h"
#include "downloads/downloadsview.h"
#include "help/helptopics.h"
#include "help/helpwindow.h"
#include "main/mainwindow.h"
#include "presets/presetsmodel.h"
#include "presets/presetspanel.h"
#include "sampledata.h"
#include "transfers/jobfeed.h"
#include "transfers/progressdelegate.h"
#include "transfers/transfermodel.h"
#include "transfers/transferspanel.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QListWidget>
#include <QLocale>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextOption>

using namespace es;

class TestMainWindowLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void noticeDoesNotMoveTheRowUnderThePointer();
    void noticeShownBeforeTheWindowFollowsItsLayout();
    void smallWindowGivesTheListsRoom();
    void progressTextFitsItsBar();
    void accountSwitcherMarksAFailedToken();
    void guideHasEveryPage();
    void guideSpeaksEveryLanguage();
    void correlationIdsStayWhole();

private:
    // A main window with the sample transfers, downloads and presets, shown at `size`.
    void build(const QSize &size);

    QTemporaryDir m_downloads;
    std::unique_ptr<StaticJobFeed> m_feed;
    std::unique_ptr<TransferModel> m_transfers;
    std::unique_ptr<DownloadsModel> m_files;
    std::unique_ptr<PresetsModel> m_presets;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowLayout::init()
{
    m_window.reset();
}

void TestMainWindowLayout::build(const QSize &size)
{
    m_window.reset();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_feed = std::make_unique<StaticJobFeed>();
    for (const JobInfo &job : sample::transfers(now, m_downloads.path()))
        m_feed->upsert(job);
    m_transfers = std::make_unique<TransferModel>(m_feed.get());
    m_files = std::make_unique<DownloadsModel>();
    m_files->setEntries(sample::downloads(now, m_downloads.path()));
    m_presets = std::make_unique<PresetsModel>();
    m_presets->setPresets(sample::presets(now));
    m_window = std::make_unique<MainWindow>(m_transfers.get(), m_files.get(), m_presets.get());
    m_window->setAccounts({{QStringLiteral("acme"), QStringLiteral("Acme Inc."), false, {}}},
                          QStringLiteral("acme"));
    m_window->showWelcome(false);
    m_window->resize(size);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_transfers->flush();
    QCoreApplication::processEvents();
}

void TestMainWindowLayout::noticeDoesNotMoveTheRowUnderThePointer()
{
    build({1100, 700});
    if (QTest::currentTestFailed())
        return;
    // A fixed point on the screen over the second transfer and over the first download, where
    // a double-click is aimed.
    QTreeView *transfers = m_window->transfersPanel()->view();
    QAbstractItemView *downloads = m_window->downloadsView()->view();
    QCOMPARE_GE(m_transfers->rowCount(), 2);
    QCOMPARE_GE(downloads->model()->rowCount(), 1);
    const QPoint transferPoint = transfers->viewport()->mapToGlobal(
        transfers->visualRect(m_transfers->index(1, TransferModel::NameColumn)).center());
    const QPoint downloadPoint = downloads->viewport()->mapToGlobal(
        downloads->visualRect(downloads->model()->index(0, 0)).center());
    const auto rowAt = [](QAbstractItemView *view, const QPoint &global) {
        return view->indexAt(view->viewport()->mapFromGlobal(global)).row();
    };
    QCOMPARE(rowAt(transfers, transferPoint), 1);
    QCOMPARE(rowAt(downloads, downloadPoint), 0);

    // A problem notice long enough to wrap, as a failed export shows one.
    m_window->noticeBar()->showNotice(
        NoticeBar::Kind::Problem,
        QStringLiteral("“Open tickets” failed: HubSpot refused the export, the token lacks the "
                       "crm.export scope. Add it to the private app, then retry. (HubSpot "
                       "correlation id 3f1c2a7e-41b0-4d7c-9a51-0c2f4e8b7d11)"),
        QStringLiteral("Open Accounts…"), [] {});
    QCoreApplication::processEvents();
    QVERIFY(m_window->noticeBar()->isVisible());
    QCOMPARE(rowAt(transfers, transferPoint), 1);
    QCOMPARE(rowAt(downloads, downloadPoint), 0);
    // The notice lies over the bottom of the window's work area, whole and on top.
    const QRect notice = m_window->noticeBar()->geometry();
    const QRect area = m_window->centralWidget()->rect();
    QVERIFY2(area.contains(notice), qPrintable(QStringLiteral("%1,%2 %3x%4")
                                                   .arg(notice.x())
                                                   .arg(notice.y())
                                                   .arg(notice.width())
                                                   .arg(notice.height())));
    QCOMPARE_GE(notice.height(), m_window->noticeBar()->sizeHint().height() / 2);
    QCOMPARE_GT(notice.top(), area.height() / 2);
    QWidget *top = m_window->centralWidget()->childAt(notice.center());
    QVERIFY(top == m_window->noticeBar() || m_window->noticeBar()->isAncestorOf(top));

    // A taller window keeps the notice at the bottom; closing it moves nothing either.
    m_window->resize(1100, 760);
    QCoreApplication::processEvents();
    QCOMPARE(m_window->noticeBar()->geometry().bottom(),
             m_window->centralWidget()->height() - 1 - 8);
    m_window->noticeBar()->clear();
    QCoreApplication::processEvents();
    QCOMPARE(rowAt(transfers, transferPoint), 1);
}

void TestMainWindowLayout::noticeShownBeforeTheWindowFollowsItsLayout()
{
    // A notice from start-up (a restored failure) is shown before the window is.
    StaticJobFeed feed;
    TransferModel transfers(&feed);
    DownloadsModel files;
    PresetsModel presets;
    MainWindow window(&transfers, &files, &presets);
    window.showWelcome(false);
    window.resize(1100, 700);
    window.noticeBar()->showNotice(NoticeBar::Kind::Information, QStringLiteral("Restored."));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.noticeBar()->width(), window.centralWidget()->width() - 16);
    QCOMPARE(window.noticeBar()->geometry().bottom(), window.centralWidget()->height() - 1 - 8);
}

void TestMainWindowLayout::smallWindowGivesTheListsRoom()
{
    build({800, 560});
    if (QTest::currentTestFailed())
        return;
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY(splitter);
    const QList<int> sizes = splitter->sizes();
    // The lists get most of the width; the Presets pane can be folded away entirely.
    QCOMPARE_GT(sizes.at(1), 2 * sizes.at(0));
    QVERIFY(splitter->isCollapsible(0));
    QVERIFY(!splitter->isCollapsible(1));
    auto *right = m_window->findChild<QSplitter *>(QStringLiteral("rightSplitter"));
    QVERIFY(right && right->isCollapsible(0) && right->isCollapsible(1));

    QTreeView *view = m_window->transfersPanel()->view();
    QVERIFY2(!view->horizontalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("viewport %1, header %2")
                            .arg(view->viewport()->width())
                            .arg(view->header()->length())));
    // Progress keeps room for its words.
    const int x = view->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    QCOMPARE_GE(view->header()->sectionSize(TransferModel::ProgressColumn), 20 * x);

    // Back to a roomy window: Name gets its usual width again.
    m_window->resize(1400, 800);
    QTRY_COMPARE(view->header()->sectionSize(TransferModel::NameColumn), 200);
}

void TestMainWindowLayout::progressTextFitsItsBar()
{
    JobInfo job;
    job.state = JobState::Downloading;
    job.bytesReceived = 32'600'000;
    job.bytesTotal = 40'100'000;
    job.bytesPerSecond = 7'900'000;
    StaticJobFeed feed;
    TransferModel model(&feed);
    const QStringList details = model.detailTexts(job);
    QCOMPARE(details.size(), 3); // with the rate, without it, the bytes so far
    QVERIFY(details.first().contains(QStringLiteral("/s")));
    QVERIFY(!details.at(1).contains(QStringLiteral("/s")));

    const QFontMetrics metrics(QApplication::font());
    const QString full = ProgressDelegate::barText(metrics, 2000, job, details);
    QVERIFY2(full.startsWith(QStringLiteral("81% · ")) && full.contains(QStringLiteral("/s")),
             qPrintable(full));
    bool droppedRate = false;
    for (int width = 40; width <= 600; width += 7) {
        const QString text = ProgressDelegate::barText(metrics, width, job, details);
        QVERIFY2(metrics.horizontalAdvance(text) <= width,
                 qPrintable(QStringLiteral("%1 px: %2").arg(width).arg(text)));
        if (text.startsWith(QStringLiteral("81% · ")) && !text.contains(QStringLiteral("/s")))
            droppedRate = true;
    }
    // A narrower bar first drops the rate, and keeps the percentage longest.
    QVERIFY(droppedRate);
    const int percentOnly = metrics.horizontalAdvance(QStringLiteral("81%"));
    QCOMPARE(ProgressDelegate::barText(metrics, percentOnly, job, details), QStringLiteral("81%"));
}

void TestMainWindowLayout::accountSwitcherMarksAFailedToken()
{
    build({1100, 700});
    if (QTest::currentTestFailed())
        return;
    const QString problem = QStringLiteral("HubSpot refused this token (INVALID_AUTHENTICATION)");
    m_window->setAccounts({{QStringLiteral("acme"), QStringLiteral("Acme Inc."), false, {}},
                           {QStringLiteral("sb"), QStringLiteral("Sandbox"), true, {}},
                           {QStringLiteral("beta"), QStringLiteral("Beta GmbH"), false, problem}},
                          QStringLiteral("beta"));
    QComboBox *combo = m_window->accountCombo();
    QCOMPARE(combo->count(), 3);
    // Every entry has an icon, so the names start at the same place.
    for (int row = 0; row < combo->count(); ++row)
        QVERIFY2(!combo->itemIcon(row).isNull(), qPrintable(combo->itemText(row)));
    const int beta = combo->findData(QStringLiteral("beta"));
    QVERIFY(combo->itemData(beta, Qt::ToolTipRole).toString().contains(problem));
    QVERIFY(combo->itemData(combo->findData(QStringLiteral("acme")), Qt::ToolTipRole).isNull());
    // The failed account's icon is not the plain account's.
    QVERIFY(combo->itemIcon(beta).pixmap(16).toImage() !=
            combo->itemIcon(combo->findData(QStringLiteral("acme"))).pixmap(16).toImage());
    QVERIFY(combo->toolTip().contains(problem)); // the current one says so on the closed combo
}

void TestMainWindowLayout::guideHasEveryPage()
{
    for (HelpTopics::Topic topic : HelpTopics::all()) {
        const QString english = HelpTopics::path(topic, QStringLiteral("en"));
        QCOMPARE(english, QStringLiteral(":/help/en/%1.html").arg(HelpTopics::id(topic)));
        QVERIFY2(QFile::exists(english), qPrintable(english));
        QVERIFY(!HelpTopics::title(topic).isEmpty());
        QCOMPARE(HelpTopics::fromId(HelpTopics::id(topic)), topic);
        // A region reads its language's pages, as it gets its catalog (TranslationLoader):
        // Portuguese is Brazilian Portuguese whatever the region.
        for (const auto &[asked, folder] : {std::pair{"de_DE", "de"},
                                            {"de_AT", "de"},
                                            {"pt_BR", "pt_BR"},
                                            {"pt", "pt_BR"},
                                            {"pt_PT", "pt_BR"},
                                            {"es_MX", "es"},
                                            {"fr_CA", "fr"},
                                            {"ja_JP", "ja"}}) {
            QCOMPARE(HelpTopics::path(topic, QLatin1String(asked)),
                     QStringLiteral(":/help/%1/%2.html")
                         .arg(QLatin1String(folder), HelpTopics::id(topic)));
        }
        // A language without its own pages reads the English ones.
        for (const char *other : {"xx_YY", "nl_NL", "en_US"})
            QCOMPARE(HelpTopics::path(topic, QLatin1String(other)), english);
    }
    // With no language asked, the interface's: CTest runs this in en_GB.
    QCOMPARE(HelpTopics::path(HelpTopics::Topic::Files), QStringLiteral(":/help/en/files.html"));

    HelpWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.topicList()->count(), int(HelpTopics::all().size()));
    QVERIFY(window.browser()->toPlainText().contains(QStringLiteral("first export")));
    // The first page links to the filters page; the link stays in the window.
    Q_EMIT window.browser()->anchorClicked(QUrl(QStringLiteral("help:filters")));
    QCOMPARE(window.currentTopic(), HelpTopics::Topic::Filters);
    QCOMPARE(window.topicList()->currentRow(), 1);
    QVERIFY(window.browser()->toPlainText().contains(QStringLiteral("(OR)")));
    window.topicList()->setCurrentRow(int(HelpTopics::all().indexOf(HelpTopics::Topic::Files)));
    QVERIFY(window.browser()->toPlainText().contains(QStringLiteral(".part")));
}

namespace {

QString readPage(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString heading(const QString &page)
{
    static const QRegularExpression h2(QStringLiteral("<h2>(.*)</h2>"),
                                       QRegularExpression::DotMatchesEverythingOption |
                                           QRegularExpression::InvertedGreedinessOption);
    return h2.match(page).captured(1).simplified();
}

// The page's shape: its block elements in order and where its links lead. A translation says
// the same things in the same places; inline emphasis may differ between languages.
QStringList outline(const QString &page)
{
    static const QRegularExpression tag(
        QStringLiteral("<(/?(?:h2|p|ul|ol|li|dl|dt|dd))>|<a href=\"([^\"]*)\">"));
    QStringList parts;
    for (const QRegularExpressionMatch &match : tag.globalMatch(page))
        parts << (match.captured(1).isEmpty() ? match.captured(2) : match.captured(1));
    return parts;
}

} // namespace

void TestMainWindowLayout::guideSpeaksEveryLanguage()
{
    // Every language the interface is translated into (a catalog per translations/*.ts) has
    // every page of its own: no English page inside a translated window.
    const QLocale before;
    const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
    const QStringList languages = TranslationLoader::availableLanguages();
    QVERIFY2(languages.size() >= 5, qPrintable(languages.join(u' ')));
    for (const QString &language : languages) {
        TranslationLoader loader;
        QCOMPARE(loader.install(language), language);
        for (HelpTopics::Topic topic : HelpTopics::all()) {
            const QString expected =
                QStringLiteral(":/help/%1/%2.html").arg(language, HelpTopics::id(topic));
            const QString where = language + u'/' + HelpTopics::id(topic);
            QVERIFY2(QFile::exists(expected), qPrintable(expected + QStringLiteral(" is missing")));
            // Asked for by code, and as the interface's language once its catalog is in.
            QCOMPARE(HelpTopics::path(topic, language), expected);
            QCOMPARE(HelpTopics::path(topic), expected);

            const QString page = readPage(expected);
            const QString english = readPage(HelpTopics::path(topic, QStringLiteral("en")));
            const QString title = heading(page);
            QVERIFY2(!title.isEmpty(), qPrintable(where + QStringLiteral(": no <h2>")));
            QVERIFY2(title != heading(english),
                     qPrintable(where + QStringLiteral(": the heading is the English one")));
            // The heading is the topic's name in the window's list.
            QCOMPARE(title, HelpTopics::title(topic).simplified());
            QCOMPARE(outline(page), outline(english));
            // Nothing English left over from a copied page.
            for (const char *leftover : {"<h2>Your", "Export Studio keeps", "the wizard"})
                QVERIFY2(!page.contains(QLatin1String(leftover)),
                         qPrintable(where + QStringLiteral(": ") + QLatin1String(leftover)));
        }
    }
    // Back in English: the English pages again.
    TranslationLoader loader;
    loader.install(QStringLiteral("en"));
    QCOMPARE(HelpTopics::path(HelpTopics::Topic::Lists), QStringLiteral(":/help/en/lists.html"));
}

void TestMainWindowLayout::correlationIdsStayWhole()
{
    // Laid out as a word-wrapping label does, at widths that wrap the sentence: the id is
    // always on one line, whole.
    const QString id = QStringLiteral("9c1e4b2a-7f3d-4e58-b0a6-2d8c5f1e9a37");
    const QString text = QStringLiteral("HubSpot refused this token (INVALID_AUTHENTICATION): copy "
                                        "the private app's token again in HubSpot and paste it "
                                        "here. (HubSpot correlation id %1)")
                             .arg(id);
    for (int width : {180, 260, 340, 420, 500}) {
        QTextDocument document;
        document.setDefaultFont(QApplication::font());
        QTextOption wrap; // as QLabel::setWordWrap(true) lays out: at word boundaries only
        wrap.setWrapMode(QTextOption::WordWrap);
        document.setDefaultTextOption(wrap);
        document.setHtml(Text::wrapKeepingIds(text));
        document.setTextWidth(width);
        (void)document.size(); // lays the document out
        bool whole = false;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            QTextLayout *layout = block.layout();
            for (int i = 0; i < layout->lineCount(); ++i) {
                const QTextLine line = layout->lineAt(i);
                const QString shown = block.text().mid(line.textStart(), line.textLength());
                if (shown.contains(id))
                    whole = true;
            }
        }
        QVERIFY2(whole, qPrintable(QStringLiteral("%1 px").arg(width)));
    }
    // Without an id, the text is only escaped.
    QCOMPARE(Text::wrapKeepingIds(QStringLiteral("a < b & c")), QStringLiteral("a &lt; b &amp; c"));
}

QTEST_MAIN(TestMainWindowLayout)
#include "tst_mainwindowlayout.moc"
