#include "helpwindow.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QListWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace es {

HelpWindow::HelpWindow(QWidget *parent)
    : QDialog(parent)
    , m_topics(new QListWidget(this))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Export Studio guide"));
    m_topics->setObjectName(QStringLiteral("helpTopics"));
    m_topics->setAccessibleName(tr("Guide topics"));
    for (HelpTopics::Topic topic : HelpTopics::all()) {
        auto *item = new QListWidgetItem(HelpTopics::title(topic), m_topics);
        item->setData(Qt::UserRole, HelpTopics::id(topic));
    }
    m_topics->setSpacing(3);
    const int topicsWidth = m_topics->sizeHintForColumn(0) + 32;
    m_browser->setObjectName(QStringLiteral("helpPage"));
    m_browser->setAccessibleName(tr("Guide page"));
    m_browser->setOpenLinks(false);
    // Tab leaves the page (every page is in the topic list too), so it is no keyboard trap.
    m_browser->setTabChangesFocus(true);
    m_browser->document()->setDocumentMargin(12);
    // Room between a page's entries; the pages themselves carry no styling.
    m_browser->document()->setDefaultStyleSheet(
        QStringLiteral("li { margin-bottom: 4px; } dd { margin-bottom: 10px; }"));

    m_topics->setFixedWidth(topicsWidth);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_topics);
    columns->addWidget(m_browser, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_topics, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showTopic(HelpTopics::fromId(m_topics->item(row)->data(Qt::UserRole).toString()));
    });
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"help")
            showTopic(HelpTopics::fromId(url.path()));
        else
            QDesktopServices::openUrl(url);
    });
    resize(820, 560);
    showTopic(HelpTopics::Topic::FirstExport);
}

void HelpWindow::showTopic(HelpTopics::Topic topic)
{
    m_topic = topic;
    const int row = int(HelpTopics::all().indexOf(topic));
    if (m_topics->currentRow() != row) {
        const QSignalBlocker blocker(m_topics);
        m_topics->setCurrentRow(row);
    }
    QFile file(HelpTopics::path(topic));
    if (file.open(QIODevice::ReadOnly))
        m_browser->setHtml(QString::fromUtf8(file.readAll()));
}

} // namespace es
