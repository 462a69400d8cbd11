#pragma once

#include "transfer/jobinfo.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace es {

class NoticeBar;
class Notifier;
struct JobInfo;

// Tells the user that an export ended: a desktop notification when the desktop shows them, else a
// notice in the window with what to do next (open the folder; the fix a failure offers). Holds
// the wording, so the controller only wires the queue to it.
class JobNotifier : public QObject
{
    Q_OBJECT

public:
    JobNotifier(Notifier *notifier, NoticeBar *bar, QObject *parent = nullptr);

    // A job that reached Done or Failed (others are ignored).
    void finished(const JobInfo &job);
    // After start-up: how many exports carry on from last time, and the jobs that could not be
    // read.
    void restored(const QList<JobInfo> &jobs, const QStringList &problems);
    // The app closes while exports are unfinished: they carry on at the next start.
    void closingWithUnfinished();

Q_SIGNALS:
    // The failure notice's button: the job's JobError::fix.
    void fixRequested(const QString &jobId, es::FailureFix fix);

private:
    void done(const JobInfo &job);
    void failed(const JobInfo &job);

    QPointer<Notifier> m_notifier;
    QPointer<NoticeBar> m_bar;
};

} // namespace es
