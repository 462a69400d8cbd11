#pragma once

#include "helptopics.h"

#include <QDialog>

class QListWidget;
class QTextBrowser;

namespace es {

// The guide's window: the topics on the left, the page on the right. Links between pages
// ("help:filters") stay in the window; web links open in the browser. Modeless, so it can stay
// open beside the wizard.
class HelpWindow : public QDialog
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget *parent = nullptr);

    void showTopic(HelpTopics::Topic topic);
    HelpTopics::Topic currentTopic() const { return m_topic; }
    QListWidget *topicList() const { return m_topics; }
    QTextBrowser *browser() const { return m_browser; }

private:
    QListWidget *m_topics;
    QTextBrowser *m_browser;
    HelpTopics::Topic m_topic = HelpTopics::Topic::FirstExport;
};

} // namespace es
