#include "apireply.h"

#include <QTimer>

namespace es {

ApiReply::ApiReply(const QString &operation, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
{}

ApiReply::~ApiReply()
{
    // Destroyed unfinished (its client went away): stop the network reply or the wait.
    if (auto abort = std::exchange(m_abort, {}))
        abort();
}

void ApiReply::cancel()
{
    if (m_finished)
        return;
    // Abort first: the hook stops the network reply, the retry timer or the rate-limit wait,
    // and none of them may finish this reply afterwards.
    if (auto abort = std::exchange(m_abort, {}))
        abort();
    finishWithError(ApiError::canceled(m_operation));
}

void ApiReply::finishOk()
{
    finishWithError(ApiError{});
}

void ApiReply::finishWithError(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_abort = {};
    m_error = error;
    if (m_error.isError()) {
        if (m_error.operation.isEmpty())
            m_error.operation = m_operation;
        if (m_error.attempts == 0)
            m_error.attempts = m_attempts;
    }
    // From the event loop, so that a caller connecting right after the call still hears it.
    QTimer::singleShot(0, this, [this] {
        emit finished();
        deleteLater();
    });
}

} // namespace es
