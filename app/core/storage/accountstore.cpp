#include "accountstore.h"

#include "atomicfile.h"
#include "paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUuid>
#include <cerrno>

namespace es {

namespace {

constexpr int SchemaVersion = 1;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

AccountStore::AccountStore(TokenVault *vault, const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_filePath(filePath.isEmpty() ? Paths::stateDir() + QStringLiteral("/accounts.json")
                                    : QFileInfo(filePath).absoluteFilePath())
{
    load();
}

void AccountStore::load()
{
    m_accounts.clear();
    m_loadError.clear();
    QFile file(m_filePath);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        m_loadError = tr("Cannot read the accounts file %1 (%2). Check its "
                         "permissions.")
                          .arg(native(m_filePath), file.errorString());
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        m_loadError = tr("The accounts file %1 is damaged (%2). Add your accounts "
                         "again; the damaged file is kept as %1.bak.")
                          .arg(native(m_filePath), parseError.errorString());
        return;
    }
    if (root.value(u"schemaVersion").toInt(SchemaVersion) > SchemaVersion) {
        m_loadError = tr("The accounts file %1 was written by a newer version of "
                         "Export Studio. Update Export Studio to use it.")
                          .arg(native(m_filePath));
        return;
    }
    // Only known fields are read: a token someone pasted into the file is never picked up.
    const QJsonArray accounts = root.value(u"accounts").toArray();
    for (const auto &value : accounts) {
        const QJsonObject object = value.toObject();
        Account account;
        account.id = object.value(u"id").toString();
        account.name = object.value(u"name").toString();
        account.apiBase = object.value(u"apiBase").toString(Account::defaultApiBase());
        account.isSandbox = object.value(u"isSandbox").toBool();
        account.portalId = object.value(u"portalId").toString();
        // An unknown version (written by a newer Export Studio) reads as "the newest".
        const QString version = object.value(u"apiVersion").toString();
        if (ApiVersions::fromName(version))
            account.apiVersion = ApiVersions::name(*ApiVersions::fromName(version));
        account.tokenProblem = object.value(u"tokenProblem").toString();
        if (!account.id.isEmpty() && !find(account.id))
            m_accounts.append(account);
    }
    m_currentId = root.value(u"currentAccountId").toString();
    if (!find(m_currentId))
        m_currentId = m_accounts.isEmpty() ? QString() : m_accounts.constFirst().id;
}

std::optional<Account> AccountStore::find(const QString &id) const
{
    for (const Account &account : m_accounts) {
        if (account.id == id)
            return account;
    }
    return std::nullopt;
}

bool AccountStore::fail(const QString &message)
{
    m_lastError = message;
    emit errorOccurred(message);
    return false;
}

bool AccountStore::write()
{
    QString error;
    if (!Paths::ensureDir(QFileInfo(m_filePath).absolutePath(), &error))
        return fail(tr("Cannot save the accounts: %1").arg(error));

    if (!m_loadError.isEmpty() && QFile::exists(m_filePath)) {
        // Never overwrite a file we could not read without keeping a copy.
        const QString backup = m_filePath + QStringLiteral(".bak");
        QFile::remove(backup);
        if (!QFile::copy(m_filePath, backup))
            return fail(tr("Cannot keep a copy of the unreadable accounts file %1 "
                           "as %2. Move the file away and try again.")
                            .arg(native(m_filePath), native(backup)));
    }

    QJsonArray accounts;
    for (const Account &account : m_accounts) {
        QJsonObject object{{QStringLiteral("id"), account.id},
                           {QStringLiteral("name"), account.name},
                           {QStringLiteral("apiBase"), account.apiBase},
                           {QStringLiteral("isSandbox"), account.isSandbox},
                           {QStringLiteral("portalId"), account.portalId}};
        if (!account.apiVersion.isEmpty())
            object.insert(QStringLiteral("apiVersion"), account.apiVersion);
        if (!account.tokenProblem.isEmpty())
            object.insert(QStringLiteral("tokenProblem"), account.tokenProblem);
        accounts.append(object);
    }
    const QJsonObject root{{QStringLiteral("schemaVersion"), SchemaVersion},
                           {QStringLiteral("currentAccountId"), m_currentId},
                           {QStringLiteral("accounts"), accounts}};
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);

    QString reason;
    if (!writeFileAtomically(m_filePath, bytes, &reason))
        return fail(tr("Cannot save the accounts to %1: %2. %3")
                        .arg(native(m_filePath), reason, writeAdvice(m_filePath, reason)));
    m_loadError.clear();
    return true;
}

bool AccountStore::setCurrentAccountId(const QString &id)
{
    if (!find(id))
        return fail(tr("There is no account with the id \"%1\".").arg(id));
    if (m_currentId == id)
        return true;
    const QString previous = m_currentId;
    m_currentId = id;
    if (!write()) {
        m_currentId = previous;
        return false;
    }
    emit accountsChanged();
    return true;
}

QString AccountStore::save(const Account &input)
{
    Account account = input;
    account.name = account.name.trimmed();
    account.apiBase = account.apiBase.trimmed();
    while (account.apiBase.endsWith(u'/'))
        account.apiBase.chop(1);
    if (account.name.isEmpty()) {
        fail(tr("The account needs a name. Enter one, for example the company's "
                "name."));
        return {};
    }
    const QUrl url(account.apiBase, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") ||
        url.host().isEmpty()) {
        fail(tr("\"%1\" is not a web address. Use https://api.hubapi.com for "
                "HubSpot, or the sandbox's http://127.0.0.1:PORT address.")
                 .arg(account.apiBase));
        return {};
    }

    const QList<Account> before = m_accounts;
    const QString beforeCurrent = m_currentId;
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).id == account.id)
            index = i;
    }
    if (index < 0) {
        if (account.id.isEmpty())
            account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_accounts.append(account);
        if (m_currentId.isEmpty())
            m_currentId = account.id;
    } else {
        m_accounts[index] = account;
    }
    if (!write()) {
        m_accounts = before;
        m_currentId = beforeCurrent;
        return {};
    }
    emit accountsChanged();
    return account.id;
}

bool AccountStore::remove(const QString &id)
{
    const QList<Account> before = m_accounts;
    const QString beforeCurrent = m_currentId;
    if (!m_accounts.removeIf([&](const Account &a) { return a.id == id; }))
        return fail(tr("There is no account with the id \"%1\" to remove.").arg(id));
    if (m_currentId == id)
        m_currentId = m_accounts.isEmpty() ? QString() : m_accounts.constFirst().id;
    if (!write()) {
        m_accounts = before;
        m_currentId = beforeCurrent;
        return false;
    }
    if (m_vault) {
        m_vault->deleteToken(id, this, [this](const TokenResult &result) {
            if (!result.ok())
                fail(result.message);
        });
    }
    emit accountsChanged();
    return true;
}

void AccountStore::setToken(const QString &id, const QString &token, QObject *context,
                            TokenVault::Callback done)
{
    m_vault->writeToken(id, token, context, std::move(done));
}

void AccountStore::token(const QString &id, QObject *context, TokenVault::Callback done)
{
    m_vault->readToken(id, context, std::move(done));
}

} // namespace es
