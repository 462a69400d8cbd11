#include "common/desktop.h"
#include "common/placeholdertreeview.h"
#include "downloads/downloadsmodel.h"
#include "downloads/downloadsview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

class TestDownloadsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelTester();
    void oneRowPerFileNewestFirst();
    void filterBox();
    void doubleClickOpensWithDesktop();
    void copyPathAndRunAgain();
    void deleteAsksFirst();

private:
    QString makeFile(const QString &name, int bytes);
    QList<HistoryEntry> entries();

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<QUrl> m_opened;
};

void TestDownloadsView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_opened.clear();
    Desktop::setOpenUrlHandler([this](const QUrl &url) {
        m_opened << url;
        return true;
    });
}

void TestDownloadsView::cleanup()
{
    Desktop::setOpenUrlHandler({});
}

QString TestDownloadsView::makeFile(const QString &name, int bytes)
{
    QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QByteArray(bytes, 'x'));
    return path;
}

QList<HistoryEntry> TestDownloadsView::entries()
{
    HistoryEntry weekly;
    weekly.jobId = QStringLiteral("job-1");
    weekly.exportName = QStringLiteral("Weekly customers");
    weekly.finishedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    weekly.files = {JobFile{makeFile(QStringLiteral("weekly-customers.csv"), 4100), 4100}};
    HistoryEntry deals;
    deals.jobId = QStringLiteral("job-2");
    deals.exportName = QStringLiteral("Deals Q3");
    deals.finishedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    deals.files = {JobFile{makeFile(QStringLiteral("deals-1.xlsx"), 2000), 2000},
                   JobFile{makeFile(QStringLiteral("deals-2.xlsx"), 1000), 1000}};
    HistoryEntry failed;
    failed.jobId = QStringLiteral("job-3");
    failed.exportName = QStringLiteral("Broken");
    failed.state = JobState::Failed;
    failed.finishedAt = QDateTime::currentDateTimeUtc();
    return {failed, deals, weekly};
}

void TestDownloadsView::modelTester()
{
    DownloadsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(entries());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilterFixedString(QStringLiteral("deal"));
    QFile::remove(m_dir->filePath(QStringLiteral("deals-1.xlsx")));
    model.refreshExistence();
    model.setEntries({});
    QCOMPARE(model.rowCount(), 0);
}

void TestDownloadsView::oneRowPerFileNewestFirst()
{
    DownloadsModel model;
    model.setEntries(entries());
    QCOMPARE(model.rowCount(), 3); // the failed export left no file
    QCOMPARE(model.data(model.index(0, DownloadsModel::ExportColumn)).toString(),
             QStringLiteral("Deals Q3"));
    QCOMPARE(model.data(model.index(2, DownloadsModel::NameColumn)).toString(),
             QStringLiteral("weekly-customers.csv"));
    QCOMPARE(model.data(model.index(2, DownloadsModel::SizeColumn), DownloadsModel::RawValueRole)
                 .toLongLong(),
             4100);
    QCOMPARE(model.data(model.index(2, DownloadsModel::SizeColumn)).toString(),
             QLocale().formattedDataSize(4100, 1, QLocale::DataSizeTraditionalFormat));
    QFile::remove(m_dir->filePath(QStringLiteral("weekly-customers.csv")));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refreshExistence();
    QCOMPARE(changed.count(), 1);
    QVERIFY(!model.data(model.index(2, 0), DownloadsModel::ExistsRole).toBool());
    QVERIFY(model.data(model.index(2, 0)).toString().contains(QStringLiteral("deleted")));
}

void TestDownloadsView::filterBox()
{
    DownloadsModel model;
    model.setEntries(entries());
    DownloadsView view(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::keyClicks(view.filterEdit(), QStringLiteral("WEEKLY"));
    QCOMPARE(view.proxy()->rowCount(), 1);
    view.filterEdit()->clear();
    QCOMPARE(view.proxy()->rowCount(), 3);
    // Ctrl+F from the list goes to the filter box.
    view.view()->setFocus();
    QTest::keyClick(view.view(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(view.filterEdit()->hasFocus());
}

void TestDownloadsView::doubleClickOpensWithDesktop()
{
    DownloadsModel model;
    model.setEntries(entries());
    DownloadsView view(&model);
    view.resize(700, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QString path = m_dir->filePath(QStringLiteral("weekly-customers.csv"));
    view.selectPath(path);
    const QModelIndex index = view.view()->currentIndex();
    const QRect rect = view.view()->visualRect(index);
    QTest::mouseClick(view.view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view.view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(m_opened.size(), 1);
    QCOMPARE(m_opened.first(), QUrl::fromLocalFile(path));

    view.openFolderAction()->trigger();
    QCOMPARE(m_opened.size(), 2);
    QCOMPARE(m_opened.last(), QUrl::fromLocalFile(m_dir->path()));

    // A file that is gone is not opened; the view says why instead.
    QFile::remove(path);
    QSignalSpy problem(&view, &DownloadsView::problem);
    view.openAction()->setEnabled(true);
    view.openAction()->trigger();
    QCOMPARE(m_opened.size(), 2);
    QCOMPARE(problem.count(), 1);
    QVERIFY(problem.first().first().toString().contains(QStringLiteral("Run the export again")));
}

void TestDownloadsView::copyPathAndRunAgain()
{
    DownloadsModel model;
    model.setEntries(entries());
    DownloadsView view(&model);
    view.show();
    const QString path = m_dir->filePath(QStringLiteral("deals-2.xlsx"));
    view.selectPath(path);
    view.copyPathAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), path);
    QSignalSpy again(&view, &DownloadsView::runAgainRequested);
    view.runAgainAction()->trigger();
    QCOMPARE(again.count(), 1);
    QCOMPARE(again.first().first().toString(), QStringLiteral("job-2"));
}

void TestDownloadsView::deleteAsksFirst()
{
    DownloadsModel model;
    model.setEntries(entries());
    DownloadsView view(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QString path = m_dir->filePath(QStringLiteral("deals-1.xlsx"));
    QStringList asked;
    bool answer = false;
    view.setConfirmDelete([&](const QString &p) {
        asked << p;
        return answer;
    });
    QSignalSpy deleted(&view, &DownloadsView::fileDeleted);
    view.selectPath(path);
    view.view()->setFocus();
    QTest::keyClick(view.view(), Qt::Key_Delete);
    QCOMPARE(asked, QStringList{path});
    QVERIFY(QFile::exists(path)); // "no" keeps it
    answer = true;
    view.deleteAction()->trigger();
    QVERIFY(!QFile::exists(path));
    QCOMPARE(deleted.count(), 1);
    QCOMPARE(deleted.first().at(0).toString(), QStringLiteral("job-2"));
}

QTEST_MAIN(TestDownloadsView)
#include "tst_downloadsview.moc"
