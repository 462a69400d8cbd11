#include "keychaintokenvault.h"

#include <QLocale>
#include <QTimer>
#include <algorithm>
#include <memory>
#include <qt6keychain/keychain.h>

namespace es {
namespace {

KeychainTokenVault::Problem problemOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::AccessDeniedByUser:
        return KeychainTokenVault::Problem::Declined;
    case QKeychain::AccessDenied:
        return KeychainTokenVault::Problem::Locked;
    case QKeychain::NoBackendAvailable:
        return KeychainTokenVault::Problem::NoService;
    default:
        return KeychainTokenVault::Problem::Other;
    }
}

} // namespace

KeychainTokenVault::KeychainTokenVault(QObject *parent, const QString &service)
    : TokenVault(parent)
    , m_service(service)
{}

QString KeychainTokenVault::fallbackMessage(const QString &detail, Problem problem)
{
    switch (problem) {
    case Problem::Declined:
        return tr("The keychain's request was declined, so Export Studio keeps the token in "
                  "memory for this run only. To keep it, save the account again and accept the "
                  "keychain's prompt (if it asks for a password for a new keyring, choose one: "
                  "that creates the keyring).");
    case Problem::Locked:
        return tr("The keychain refused to store the token: it is locked, or its prompt was "
                  "declined (%1). Export Studio keeps the token in memory for this run only. To "
                  "keep it, unlock the keychain (GNOME: Passwords and Keys; KDE: KWallet "
                  "Manager) or accept its prompt, then save the account again.")
            .arg(detail.isEmpty() ? tr("access denied", "why the keychain cannot be used")
                                  : detail);
    case Problem::NoAnswer:
        return tr("The keychain did not answer within %1 s: it may still be showing a prompt, "
                  "or it is not running. Export Studio keeps the token in memory for this run "
                  "only. If a keychain prompt is open, answer it; otherwise install and unlock a "
                  "keychain (GNOME Keyring with libsecret, or KWallet) and restart Export "
                  "Studio.")
            .arg(detail);
    case Problem::NoService:
    case Problem::Other:
        break;
    }
    return tr("The system keychain cannot be used (%1). Export Studio keeps the "
              "token in memory for this run only, so you will have to enter it "
              "again next time. To keep it safely, install and unlock a keychain "
              "(GNOME Keyring with libsecret, or KWallet), then restart Export "
              "Studio.")
        .arg(detail.isEmpty() ? tr("unknown error", "why the keychain cannot be used") : detail);
}

void KeychainTokenVault::markUnavailable(const QString &detail, Problem problem)
{
    const QString reason = fallbackMessage(detail, problem);
    if (!m_available && reason == m_reason)
        return;
    // One reason at a time: a later, truer cause (the prompt was declined after the wait timed
    // out) replaces the earlier one instead of being said a second time.
    m_available = false;
    m_reason = reason;
    emit availabilityChanged(false, m_reason);
}

void KeychainTokenVault::markAvailable()
{
    if (m_available)
        return;
    m_available = true;
    m_reason.clear();
    emit availabilityChanged(true, {});
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
    // A write may be waiting for the person to answer the keychain's prompt: give them time.
    const int timeoutMs =
        operation == Operation::Write ? std::max(m_timeoutMs, m_promptTimeoutMs) : m_timeoutMs;
    connect(timer, &QTimer::timeout, this, [=, this] {
        if (state->finished)
            return;
        markUnavailable(QLocale().toString(timeoutMs / 1000.0), Problem::NoAnswer);
        finish(fromMemory(operation, accountId, token));
    });

    connect(job, &QKeychain::Job::finished, this, [=, this](QKeychain::Job *finishedJob) {
        const QKeychain::Error error = finishedJob->error();
        if (state->finished) {
            // Answered after the timeout: the keychain works after all (the token of a late
            // write is stored), or now says what was really wrong.
            if (error == QKeychain::NoError || error == QKeychain::EntryNotFound)
                markAvailable();
            else
                markUnavailable(finishedJob->errorString(), problemOf(error));
            return;
        }
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
        // Every other error makes the keychain unusable for this run, each with its own advice.
        markUnavailable(finishedJob->errorString(), problemOf(error));
        finish(fromMemory(operation, accountId, token));
    });

    timer->start(m_timeoutMs);
    job->start();
}

} // namespace es
