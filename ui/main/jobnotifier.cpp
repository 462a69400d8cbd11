#include "jobnotifier.h"

#include "common/desktop.h"
#include "common/noticebar.h"
#include "common/text.h"
#include "notifier.h"

#include <QFileInfo>
#include <algorithm>
#include <transfer/jobinfo.h>

namespace es {

JobNotifier::JobNotifier(Notifier *notifier, NoticeBar *bar, QObject *parent)
    : QObject(parent)
    , m_notifier(notifier)
    , m_bar(bar)
{}

void JobNotifier::finished(const JobInfo &job)
{
    if (job.state == JobState::Done)
        done(job);
    else if (job.state == JobState::Failed)
        failed(job);
}

void JobNotifier::done(const JobInfo &job)
{
    const QString name = job.request.exportName;
    QString text;
    if (job.files.size() == 1)
        //: %1 the file's name, %2 its size ("12.4 MB")
        text = tr("Saved %1 (%2).")
                   .arg(QFileInfo(job.files.first().path).fileName(),
                        Text::size(job.files.first().size));
    else
        text = tr("Saved %1 files.").arg(job.files.size());
    const QString folder = job.files.isEmpty() ? job.options.downloadDir
                                               : QFileInfo(job.files.first().path).absolutePath();
    if (m_notifier && m_notifier->notify(tr("Export “%1” finished").arg(name), text, false,
                                         [folder] { Desktop::openFolder(folder); }))
        return;
    if (m_bar)
        m_bar->showNotice(
            NoticeBar::Kind::Information,
            //: %1 the export's name, %2 what was saved ("Saved contacts.csv (12.4 MB).")
            tr("Export “%1” finished. %2").arg(name, text), tr("Open &folder"),
            [folder] { Desktop::openFolder(folder); }, 15000);
}

void JobNotifier::failed(const JobInfo &job)
{
    const QString name = job.request.exportName;
    const QString text =
        job.error.message.isEmpty() ? tr("See Transfers for details.") : job.error.message;
    if ((m_notifier && m_notifier->notify(tr("Export “%1” failed").arg(name), text, true)) ||
        !m_bar)
        return;
    // No desktop notifications: say it in the window, with the fix at hand.
    QString actionText;
    switch (job.error.fix) {
    case FailureFix::OpenAccount:
        actionText = tr("Open &Accounts…");
        break;
    case FailureFix::OpenSettings:
        actionText = tr("Open &Settings…");
        break;
    case FailureFix::Retry:
        actionText = tr("&Retry");
        break;
    case FailureFix::None:
    case FailureFix::CheckHubSpot:
    case FailureFix::EditRequest:
        break;
    }
    const QString jobId = job.id;
    const FailureFix fix = job.error.fix;
    m_bar->showNotice(
        NoticeBar::Kind::Problem,
        //: %1 the export's name, %2 why it failed
        tr("Export “%1” failed: %2").arg(name, text), actionText,
        actionText.isEmpty() ? std::function<void()>()
                             : [this, jobId, fix] { Q_EMIT fixRequested(jobId, fix); });
}

void JobNotifier::restored(const QList<JobInfo> &jobs, const QStringList &problems)
{
    if (!m_bar)
        return;
    const auto resumed = std::count_if(jobs.cbegin(), jobs.cend(),
                                       [](const JobInfo &job) { return !isFinished(job.state); });
    if (resumed > 0)
        m_bar->showNotice(
            NoticeBar::Kind::Information,
            resumed == 1
                ? tr("Picked up 1 export from last time where it left off.")
                : tr("Picked up %1 exports from last time where they left off.").arg(resumed));
    if (!problems.isEmpty())
        m_bar->showNotice(NoticeBar::Kind::Problem, problems.join(QLatin1Char(' ')));
}

void JobNotifier::closingWithUnfinished()
{
    if (m_notifier)
        m_notifier->notify(tr("Exports continue next time"),
                           tr("Export Studio closed with unfinished exports. They carry on where "
                              "they left off when you start it again."),
                           false);
}

} // namespace es
