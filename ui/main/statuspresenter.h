#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace es {

class AppContext;
class MainWindow;
class TransferModel;
struct RateLimitState;

// The status bar: the quota meter, the connection, HubSpot's request window and the exports under
// way, and the sandbox's start on the welcome panel; refreshed from the AppContext and the transfer
// list when they change. The texts are computed apart from the window, so they can be checked
// without one.
class StatusPresenter : public QObject
{
    Q_OBJECT

public:
    struct Line
    {
        Line() = default;
        explicit Line(const QString &text, bool problem = false, const QString &toolTip = {})
            : text(text)
            , toolTip(toolTip)
            , problem(problem)
        {}

        QString text;
        QString toolTip;
        bool problem = false;

        bool operator==(const Line &) const = default;
    };

    // `window` may be null (tests read the lines).
    StatusPresenter(AppContext *context, TransferModel *transfers, MainWindow *window,
                    QObject *parent = nullptr);

    // The current account's connection: sandbox, token, host.
    Line connectionLine() const;
    // The request window of HubSpot's rate limit; empty before HubSpot told it.
    static Line rateLimitLine(const RateLimitState &state);
    // "2 running, 1 queued · …", or "" when nothing is under way.
    QString activityText() const;

    // Everything that depends on the current account.
    void refresh();
    void refreshQuota();
    void refreshConnection();
    void refreshRateLimit(const QString &accountId);
    void refreshActivity();
    // The person asked for the sandbox: the welcome panel and the connection say it is starting,
    // and when it runs a note says where to begin.
    void sandboxStarting();

private:
    void sandboxStarted();
    void sandboxFailed(const QString &message);

    AppContext *m_context;
    QPointer<TransferModel> m_transfers;
    QPointer<MainWindow> m_window;
    bool m_sandboxStarting = false;
};

} // namespace es
