#include "attemptverdict.h"

#include <QRegularExpression>

namespace es {

namespace {

AttemptVerdict verdict(AttemptVerdict::Next next, DownloadError error = DownloadError::None,
                       const QString &message = {})
{
    AttemptVerdict v;
    v.next = next;
    v.error = error;
    v.message = message;
    return v;
}

AttemptVerdict fail(DownloadError error, const QString &message)
{
    return verdict(AttemptVerdict::Next::Fail, error, message);
}

AttemptVerdict retry(DownloadError error, const QString &message)
{
    return verdict(AttemptVerdict::Next::Retry, error, message);
}

} // namespace

AttemptVerdict AttemptVerdict::of(const HttpDownloadResult &result, const AttemptState &state)
{
    using Outcome = HttpDownloadResult::Outcome;
    switch (result.outcome) {
    case Outcome::Finished:
    case Outcome::BodyTooLong: // the DownloadTask's, see above
    case Outcome::WriteFailed:
        break;
    case Outcome::TooManyRedirects:
        return fail(DownloadError::Http,
                    tr("The download link redirected more than %1 times; giving up.")
                        .arg(state.options.maxRedirects));
    case Outcome::RedirectRefused:
        return fail(
            DownloadError::Http,
            tr("The download link redirected to an address that is not allowed (%1); "
               "only http and https are followed, never from https to http.")
                .arg(result.redirectScheme.isEmpty() ? tr("no scheme") : result.redirectScheme));
    case Outcome::WrongOffset:
        // Not the continuation of our bytes: the server is confused.
        return verdict(Next::RestartLater, DownloadError::None,
                       tr("the server resumed at the wrong offset"));
    case Outcome::EtagChanged:
        return verdict(Next::RestartLater, DownloadError::None,
                       tr("the file changed on the server"));
    }
    return ofEndedReply(result, state);
}

AttemptVerdict AttemptVerdict::ofEndedReply(const HttpDownloadResult &result,
                                            const AttemptState &state)
{
    const int status = result.status;
    const QNetworkReply::NetworkError error = result.error;
    if (error == QNetworkReply::SslHandshakeFailedError ||
        (status == 0 && !result.tlsErrors.isEmpty())) {
        // A certificate does not fix itself: retrying only delays the message that helps.
        const QString detail = result.tlsErrors.isEmpty()
                                   ? result.errorText
                                   : result.tlsErrors.join(QStringLiteral("; "));
        return fail(
            DownloadError::Network,
            tr("Could not set up a secure connection to the download server %1: %2. Export "
               "Studio never ignores certificate errors and does not retry them. If the "
               "certificate is not trusted, add the certificate authority that signed it to the "
               "system's trusted certificates (a proxy or antivirus that inspects HTTPS needs its "
               "own CA there); also check the computer's date and time. Then resume the "
               "download; the part already downloaded is kept.")
                .arg(HttpDownloadJob::hostOf(result.url), detail));
    }
    if (status == 403 || status == 404 || status == 410) {
        return fail(DownloadError::LinkExpired,
                    tr("The download link was refused (HTTP %1); it has probably expired. A fresh "
                       "link is needed; the part already downloaded is kept.")
                        .arg(status));
    }
    if (status == 416) {
        // Our .part may already hold the whole file (a run killed before the rename).
        static const QRegularExpression re(QStringLiteral("^bytes \\*/(\\d+)$"));
        const auto m = re.match(QString::fromLatin1(result.contentRange).trimmed());
        if (m.hasMatch() && m.captured(1).toLongLong() == state.written && state.written > 0 &&
            (state.expectedSize < 0 || state.expectedSize == state.written)) {
            AttemptVerdict complete = verdict(Next::Complete);
            complete.partIsWholeFile = true;
            return complete;
        }
        if (result.offset > 0)
            return verdict(Next::Restart, DownloadError::None, tr("the server refused the range"));
    }
    if (result.stalled) {
        return retry(DownloadError::Network, tr("The download from %1 stalled: no data for %2 s.")
                                                 .arg(state.host)
                                                 .arg(state.options.stallTimeout.count() / 1000));
    }
    if (status >= 500 || status == 408 || status == 429) {
        return retry(DownloadError::Http,
                     tr("The download server %1 answered HTTP %2.").arg(state.host).arg(status));
    }
    if (status != 0 && status != 200 && status != 206) {
        return fail(DownloadError::Http,
                    tr("The download server %1 answered HTTP %2; the download cannot continue.")
                        .arg(state.host)
                        .arg(status));
    }
    if (error != QNetworkReply::NoError) {
        const QString message =
            tr("The connection to %1 failed: %2.").arg(state.host, result.errorText);
        if (HttpDownloadJob::isTransient(error) || status == 200 || status == 206)
            return retry(DownloadError::Network, message);
        return fail(DownloadError::Network, message);
    }
    if (!result.bodyAccepted)
        return fail(DownloadError::Http,
                    tr("The download server %1 sent no file.").arg(state.host));
    if (state.total >= 0 && state.written < state.total) {
        return retry(DownloadError::Network, tr("The connection to %1 closed after %2 of %3 bytes.")
                                                 .arg(state.host)
                                                 .arg(state.written)
                                                 .arg(state.total));
    }
    return verdict(Next::Complete);
}

} // namespace es
