#include "keychaintokenvault.h"

#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace es {

KeychainTokenVault::KeychainTokenVault(QObject *parent, const QString &service)
    : TokenVault(parent)
    , m_service(service)
{}

QString KeychainTokenVault::fallbackMessage(const QString &detail)
{
    return tr("The system keychain cannot be used (%1). Export Studio keeps the "
              "token in memory for this run only, so you will have to enter it "
              "again next time. To keep it safely, install and unlock a keychain "
              "(GNOME Keyring with libsecret, or KWallet), then restart Export "
              "Studio.")
        .arg(detail.isEmpty() ? tr("unknown error", "why the keychain cannot be used") : detail);
}

void KeychainTokenVault::markUnavailable(const QString &detail)
{
    const bool wasAvailable = m_available;
    m_available = false;
    m_reason = fallbackMessage(detail);
    if (wasAvailable)
        emit availabilityChanged(false, m_reason);
}

TokenResult KeychainTokenVault::fromMemory(Operation operation, const QString &accountId,
                                           const QString &token)
{
    TokenResult result;
    result.message = m_reason;
    switch (operation) {
    case Operation::Read:
        if (m_memory.contains(accountId)) {
            result.status = TokenResult::Status::Ok;
            result.token = m_memory.token(accountId);
        } else {
            result.status = TokenResult::Status::Failed;
        }
        break;
    case Operation::Write:
        m_memory.set(accountId, token);
        result.status = TokenResult::Status::Ok;
        break;
    case Operation::Delete:
        m_memory.remove(accountId);
        // A token saved in the keychain by an earlier run cannot be reached now.
        result.status = TokenResult::Status::Failed;
        //: %1 is the sentence that says why the keychain cannot be used
        result.message = tr("%1 A token saved there earlier stays until you remove the \"%2\" "
                            "entry in your keychain manager.")
                             .arg(m_reason, m_service);
        break;
    }
    return result;
}

void KeychainTokenVault::readToken(const QString &accountId, QObject *context, Callback done)
{
    if (!m_available) {
        answer(context, std::move(done), fromMemory(Operation::Read, accountId, QString()));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    run(job, Operation::Read, accountId, QString(), context, std::move(done));
}

void KeychainTokenVault::writeToken(const QString &accountId, const QString &token,
                                    QObject *context, Callback done)
{
    if (!m_available) {
        answer(context, std::move(done), fromMemory(Operation::Write, accountId, token));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setTextData(token);
    run(job, Operation::Write, accountId, token, context, std::move(done));
}

void KeychainTokenVault::deleteToken(const QString &accountId, QObject *context, Callback done)
{
    m_memory.remove(accountId);
    if (!m_available) {
        answer(context, std::move(done), fromMemory(Operation::Delete, accountId, QString()));
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    run(job, Operation::Delete, accountId, QString(), context, std::move(done));
}

void KeychainTokenVault::run(QKeychain::Job *job, Operation operation, const QString &accountId,
                             const QString &token, QObject *context, Callback done)
{
    job->setKey(accountId);
    job->setAutoDelete(true);
    // Plain text in a world-readable file is not a fallback we accept (ARCHITECTURE.md).
    job->setInsecureFallback(false);

    struct State
    {
        bool finished = false;
        Callback done;
        QPointer<QObject> context;
        bool hasContext = false;
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    state->context = context;
    state->hasContext = context != nullptr;

    auto *timer = new QTimer(this);
    timer->setSingleShot(true);

    const auto finish = [this, state, timer](const TokenResult &result) {
        state->finished = true;
        timer->stop();
        timer->deleteLater();
        answer(state->hasContext ? state->context.data() : nullptr, std::move(state->done), result);
    };

    // Without a working GLib loop (QT_NO_GLIB=1) keychain jobs never finish: give up in time.
    connect(timer, &QTimer::timeout, this, [=, this] {
        if (state->finished)
            return;
        markUnavailable(
            tr("it did not answer within %1 s", "the keychain").arg(m_timeoutMs / 1000.0));
        finish(fromMemory(operation, accountId, token));
    });

    connect(job, &QKeychain::Job::finished, this, [=, this](QKeychain::Job *finishedJob) {
        if (state->finished)
            return; // answered by the timeout already
        const QKeychain::Error error = finishedJob->error();
        TokenResult result;
        if (error == QKeychain::NoError) {
            result.status = TokenResult::Status::Ok;
            result.persisted = true;
            if (operation == Operation::Read)
                result.token = static_cast<QKeychain::ReadPasswordJob *>(finishedJob)->textData();
            finish(result);
            return;
        }
        if (error == QKeychain::EntryNotFound) {
            if (operation == Operation::Delete) {
                result.status = TokenResult::Status::Ok;
            } else {
                result.status = TokenResult::Status::NotFound;
                result.message = tr("No token is stored for this account. Enter it "
                                    "in the account settings.");
            }
            finish(result);
            return;
        }
        // Code 7 (OtherError) is what a missing or locked keychain gives: treat every other
        // error the same way.
        markUnavailable(finishedJob->errorString());
        finish(fromMemory(operation, accountId, token));
    });

    timer->start(m_timeoutMs);
    job->start();
}

} // namespace es
