#pragma once

#include "apierror.h"

#include <QObject>
#include <functional>
#include <utility>

namespace es {

class HubSpotClient;

// The handle every HubSpotClient call returns (qBittorrent's DownloadHandler pattern).
//
// Life cycle: the call returns at once; `finished()` is emitted exactly once, always from the
// event loop (never inside the call, so connecting after the call is safe), after which the
// handle deletes itself (deleteLater). Read error()/value() inside the slot; keep a QPointer if
// you hold on to the handle. cancel() stops the call (and any retry or rate-limit wait) and
// finishes it with ApiError::Kind::Canceled.
class ApiReply : public QObject
{
    Q_OBJECT

public:
    ~ApiReply() override;

    QString operation() const { return m_operation; } // "start export", "properties of 0-1", ...
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    int attempts() const { return m_attempts; } // HTTP requests sent so far (all pages included)

public slots:
    void cancel();

signals:
    void finished();

protected:
    ApiReply(const QString &operation, QObject *parent);

private:
    friend class HubSpotClient;

    // Called by the client. Both emit finished() from the event loop.
    void finishOk();
    void finishWithError(const ApiError &error);
    void setAbortHook(std::function<void()> hook) { m_abort = std::move(hook); }

    QString m_operation;
    ApiError m_error;
    std::function<void()> m_abort;
    int m_attempts = 0;
    bool m_finished = false;
};

// A reply carrying a typed result. No Q_OBJECT: the signal lives in ApiReply.
template<typename T>
class ApiResult final : public ApiReply
{
public:
    // Valid once finished() with isOk(); a default T otherwise.
    const T &value() const { return m_value; }

    // Convenience: runs fn(const ApiResult<T> &) when finished, in `context`'s thread; the
    // connection dies with `context`.
    template<typename Fn>
    QMetaObject::Connection onFinished(QObject *context, Fn &&fn)
    {
        return connect(this, &ApiReply::finished, context,
                       [this, f = std::forward<Fn>(fn)]() mutable { f(*this); });
    }

private:
    friend class HubSpotClient;

    ApiResult(const QString &operation, QObject *parent)
        : ApiReply(operation, parent)
    {}

    T m_value{};
};

} // namespace es
