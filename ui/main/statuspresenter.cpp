#include "statuspresenter.h"

#include "appcontext.h"
#include "common/noticebar.h"
#include "mainwindow.h"
#include "transfers/transfermodel.h"
#include "welcomepanel.h"

#include <QLocale>
#include <QUrl>
#include <hubspot/ratelimiter.h>
#include <hubspot/sandboxprocess.h>
#include <plan/quotaplanner.h>
#include <storage/accountstore.h>
#include <transfer/exportqueue.h>
#include <transfer/quotaledger.h>

namespace es {

StatusPresenter::StatusPresenter(AppContext *context, TransferModel *transfers, MainWindow *window,
                                 QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_transfers(transfers)
    , m_window(window)
{
    connect(context, &AppContext::clientsChanged, this, &StatusPresenter::refreshConnection);
    connect(context, &AppContext::rateLimitChanged, this,
            [this](const QString &accountId) { refreshRateLimit(accountId); });
    connect(context, &AppContext::sandboxStarted, this, &StatusPresenter::sandboxStarted);
    connect(context, &AppContext::sandboxFailed, this, &StatusPresenter::sandboxFailed);
    connect(context, &AppContext::apiVersionFellBack, this,
            [this](const QString &accountId, ApiVersion from, ApiVersion to) {
                if (!m_window)
                    return;
                const std::optional<Account> account = m_context->accounts()->find(accountId);
                //: %1 account name, %2 and %3 HubSpot API versions (2026-09, 2026-03, v3)
                m_window->noticeBar()->showNotice(
                    NoticeBar::Kind::Information,
                    tr("The portal of “%1” does not offer HubSpot's API version %2, so Export "
                       "Studio uses %3 for it from now on (Accounts shows the choice).")
                        .arg(account ? account->name : accountId, ApiVersions::name(from),
                             ApiVersions::name(to)));
            });
    connect(context->quota(), &QuotaLedger::changed, this, &StatusPresenter::refreshQuota);
    connect(context->queue(), &ExportQueue::quotaChanged, this, &StatusPresenter::refreshQuota);
    if (transfers) {
        connect(transfers, &QAbstractItemModel::dataChanged, this,
                &StatusPresenter::refreshActivity);
        connect(transfers, &QAbstractItemModel::rowsInserted, this,
                &StatusPresenter::refreshActivity);
        connect(transfers, &QAbstractItemModel::rowsRemoved, this,
                &StatusPresenter::refreshActivity);
    }
}

StatusPresenter::Line StatusPresenter::connectionLine() const
{
    const std::optional<Account> account = m_context->currentAccount();
    if (!account)
        return Line(tr("No account yet"));
    if (account->isSandbox) {
        SandboxProcess *sandbox = m_context->sandbox();
        if (sandbox->isRunning())
            return Line(tr("Sandbox running at %1").arg(sandbox->apiBase().authority()));
        if (sandbox->state() == SandboxProcess::State::Starting)
            return Line(tr("Starting the sandbox…"));
        return Line(tr("Sandbox stopped: choose it again to restart it"), true);
    }
    if (!m_context->isReady())
        return Line(tr("Reading the token of %1…").arg(account->name));
    if (!m_context->hasToken(account->id))
        return Line(tr("No token for %1: add it in Accounts").arg(account->name), true);
    //: The connection in the status bar: %1 the account's name, %2 the HubSpot host it talks to
    return Line(tr("%1 · %2").arg(account->name, QUrl(account->apiBase).host()));
}

StatusPresenter::Line StatusPresenter::rateLimitLine(const RateLimitState &state)
{
    if (state.max < 0)
        return {};
    const int seconds = state.intervalMs > 0 ? state.intervalMs / 1000 : 10;
    //: HubSpot's rate limit in the status bar: %1 requests left of %2 in a window of %3 seconds
    QString text =
        tr("API %1/%2 per %3 s").arg(std::max(0, state.remaining)).arg(state.max).arg(seconds);
    if (state.blockedForMs > 0)
        //: Appended to the rate limit while HubSpot makes us wait: %1 seconds
        text += tr(" · paused %1 s").arg((state.blockedForMs + 999) / 1000);
    else if (state.queued > 0)
        //: Appended to the rate limit: %1 requests waiting for a free slot
        text += tr(" · %1 waiting").arg(state.queued);
    QString tip = tr("Requests HubSpot still allows in the current %1-second window. Export "
                     "Studio paces itself so it never runs over.")
                      .arg(seconds);
    if (state.dailyMax > 0)
        //: %1 requests left today of %2 (HubSpot's daily limit)
        tip += QLatin1Char(' ') + tr("Today: %1 of %2 left.")
                                      .arg(QLocale().toString(state.dailyRemaining),
                                           QLocale().toString(state.dailyMax));
    return Line(text, false, tip);
}

QString StatusPresenter::activityText() const
{
    int running = 0;
    int queued = 0;
    for (int row = 0; m_transfers && row < m_transfers->rowCount(); ++row) {
        const JobInfo *job = m_transfers->jobAt(row);
        if (isActive(job->state))
            ++running;
        else if (job->state == JobState::Queued)
            ++queued;
    }
    if (running + queued == 0)
        return {};
    return tr("%1 running, %2 queued · if you quit, they carry on the next time you start Export "
              "Studio")
        .arg(running)
        .arg(queued);
}

void StatusPresenter::refresh()
{
    refreshQuota();
    refreshConnection();
    refreshRateLimit(m_context->currentAccountId());
}

void StatusPresenter::refreshQuota()
{
    if (!m_window)
        return;
    const QString current = m_context->currentAccountId();
    if (current.isEmpty()) {
        m_window->setQuota(-1, 0, {});
        return;
    }
    QuotaLedger *quota = m_context->quota();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_window->setQuota(quota->remaining(current, now), quota->dailyLimit(),
                       quota->nextSlot(current, now),
                       QuotaPlanner::slotsFree(quota->startsInWindow(current, now), now), now);
}

void StatusPresenter::refreshConnection()
{
    if (!m_window)
        return;
    const Line line = connectionLine();
    m_window->setConnectionText(line.text, line.problem);
}

void StatusPresenter::refreshRateLimit(const QString &accountId)
{
    if (!m_window || accountId != m_context->currentAccountId())
        return;
    const Line line = rateLimitLine(m_context->rateLimit(accountId));
    m_window->setRateLimitText(line.text, line.toolTip);
}

void StatusPresenter::refreshActivity()
{
    if (m_window)
        m_window->setActivityText(activityText());
}

void StatusPresenter::sandboxStarting()
{
    m_sandboxStarting = true;
    if (!m_window)
        return;
    m_window->welcomePanel()->setBusy(true);
    m_window->welcomePanel()->setStatus(tr("Starting the sandbox…"));
    m_window->setConnectionText(tr("Starting the sandbox…"));
}

void StatusPresenter::sandboxStarted()
{
    const bool asked = std::exchange(m_sandboxStarting, false);
    if (!m_window)
        return;
    m_window->welcomePanel()->setBusy(false);
    m_window->welcomePanel()->setStatus({});
    if (asked)
        m_window->noticeBar()->showNotice(
            NoticeBar::Kind::Information,
            tr("The sandbox is running with made-up data. Start with New export (Ctrl+N)."));
}

void StatusPresenter::sandboxFailed(const QString &message)
{
    m_sandboxStarting = false;
    if (!m_window)
        return;
    m_window->welcomePanel()->setBusy(false);
    m_window->welcomePanel()->setStatus(message, true);
    if (!message.isEmpty())
        m_window->noticeBar()->showNotice(NoticeBar::Kind::Problem, message);
    refreshConnection();
}

} // namespace es
