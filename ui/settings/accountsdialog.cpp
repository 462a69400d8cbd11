#include "accountsdialog.h"

#include "common/icons.h"
#include "common/text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace es {

AccountsDialog::AccountsDialog(AccountStore *accounts, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_apiBase(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_apiVersion(new QComboBox(this))
    , m_apiVersionNote(new QLabel(this))
    , m_tokenHint(new QLabel(this))
    , m_vaultLabel(new QLabel(this))
    , m_testResult(new QLabel(this))
    , m_saveResult(new QLabel(this))
    , m_add(new QPushButton(Icons::icon(Icons::Id::NewExport), tr("&New account"), this))
    , m_remove(new QPushButton(Icons::icon(Icons::Id::Remove), tr("&Remove"), this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_save(new QPushButton(tr("&Save account"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_busyRow(new QWidget(this))
    , m_spinner(new QProgressBar(m_busyRow))
    , m_busyLabel(new QLabel(m_busyRow))
    , m_cancel(new QPushButton(tr("Canc&el"), m_busyRow))
    , m_busyTimer(new QTimer(this))
{
    setWindowTitle(tr("Accounts"));
    setObjectName(QStringLiteral("accountsDialog"));
    m_list->setAccessibleName(tr("Accounts"));
    m_list->setMaximumWidth(220);
    m_name->setObjectName(QStringLiteral("accountName"));
    m_name->setPlaceholderText(tr("e.g. Acme Inc."));
    m_apiBase->setObjectName(QStringLiteral("accountApiBase"));
    m_apiBase->setPlaceholderText(Account::defaultApiBase());
    m_token->setObjectName(QStringLiteral("accountToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("pat-na1-…"));
    m_token->setAccessibleName(tr("Private app access token"));
    m_apiVersion->setObjectName(QStringLiteral("accountApiVersion"));
    m_apiVersion->setAccessibleName(tr("HubSpot API version"));
    //: %1 is the newest version's date name, e.g. 2026-09
    m_apiVersion->addItem(tr("Newest (%1)").arg(ApiVersions::name(ApiVersions::newest())),
                          QString());
    for (ApiVersion version : ApiVersions::all()) {
        m_apiVersion->addItem(version == ApiVersion::V3 ? tr("v3 (legacy)")
                                                        : ApiVersions::name(version),
                              ApiVersions::name(version));
    }
    m_apiVersionNote->setWordWrap(true);
    m_apiVersionNote->setForegroundRole(QPalette::PlaceholderText);
    m_apiVersionNote->setText(
        tr("HubSpot names its API versions by date and calls /crm/v3 legacy. Keep the newest "
           "unless your portal refuses it: when a portal answers “not found” for a newer "
           "version, Export Studio uses the next older one, says so and remembers it here."));
    m_tokenHint->setWordWrap(true);
    m_tokenHint->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel *label : {m_vaultLabel, m_testResult, m_saveResult}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->hide();
    }
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_saveResult->setObjectName(QStringLiteral("saveResult"));

    // An indeterminate bar (the style animates it), what is being asked, the seconds since, and
    // a way out: a slow or unreachable API address must not hold the dialog hostage.
    m_busyRow->setObjectName(QStringLiteral("busyRow"));
    m_spinner->setRange(0, 0);
    m_spinner->setTextVisible(false);
    m_spinner->setFixedSize(64, 12);
    m_spinner->setAccessibleName(tr("Waiting for an answer"));
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_cancel->setObjectName(QStringLiteral("cancelCheck"));
    m_cancel->setToolTip(tr("Stop waiting for HubSpot's answer"));
    auto *busyLayout = new QHBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(m_spinner);
    busyLayout->addWidget(m_busyLabel, 1);
    busyLayout->addWidget(m_cancel);
    m_busyRow->hide();
    m_busyTimer->setInterval(1000);
    connect(m_busyTimer, &QTimer::timeout, this, &AccountsDialog::updateBusyText);
    connect(m_cancel, &QPushButton::clicked, this, &AccountsDialog::cancelRequested);
    m_save->setDefault(true);

    auto *form = new QFormLayout;
    form->setSpacing(8);
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("&API address:"), m_apiBase);
    form->addRow(tr("API &version:"), m_apiVersion);
    form->addRow(QString(), m_apiVersionNote);
    form->addRow(tr("Access to&ken:"), m_token);
    form->addRow(QString(), m_tokenHint);
    form->addRow(QString(), m_vaultLabel);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_test);
    actions->addStretch(1);
    actions->addWidget(m_save);
    auto *right = new QVBoxLayout;
    right->setSpacing(8);
    right->addLayout(form);
    right->addLayout(actions);
    right->addWidget(m_busyRow);
    right->addWidget(m_testResult);
    right->addWidget(m_saveResult);
    right->addStretch(1);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addLayout(left);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showAccount(m_list->item(row)->data(Qt::UserRole).toString());
    });
    connect(m_add, &QPushButton::clicked, this, &AccountsDialog::startNewAccount);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (!m_currentId.isEmpty())
            Q_EMIT removeRequested(m_currentId);
    });
    connect(m_test, &QPushButton::clicked, this, [this] {
        m_testResult->hide();
        m_saveResult->hide();
        Q_EMIT testRequested(m_currentId, m_apiBase->text().trimmed(), m_token->text().trimmed());
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        m_testResult->hide();
        m_saveResult->hide();
        Account account = m_accounts->find(m_currentId).value_or(Account{});
        account.name = m_name->text().trimmed();
        account.apiBase = m_apiBase->text().trimmed().isEmpty() ? Account::defaultApiBase()
                                                                : m_apiBase->text().trimmed();
        account.apiVersion = m_apiVersion->currentData().toString();
        Q_EMIT saveRequested(account, m_token->text().trimmed());
    });
    for (QLineEdit *edit : {m_name, m_apiBase, m_token})
        connect(edit, &QLineEdit::textChanged, this, &AccountsDialog::updateButtons);
    connect(m_accounts, &AccountStore::accountsChanged, this, &AccountsDialog::reloadList);

    reloadList();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        startNewAccount();
    resize(720, 420);
}

void AccountsDialog::reloadList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Account &account : m_accounts->accounts()) {
        auto *item =
            new QListWidgetItem(Text::accountName(account.name, account.isSandbox), m_list);
        item->setData(Qt::UserRole, account.id);
        // Every entry has an icon, so the names line up.
        item->setIcon(Icons::icon(account.isSandbox ? Icons::Id::Sandbox : Icons::Id::Accounts));
        if (account.id == m_currentId)
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

void AccountsDialog::setVaultState(bool available, const QString &reason)
{
    if (available) {
        m_vaultLabel->hide();
        m_tokenHint->setText(tr("A private app token with the crm.export scope (HubSpot: "
                                "Settings › Integrations › Private apps). It is kept in your "
                                "desktop's keychain, never in a file."));
        return;
    }
    m_tokenHint->setText(tr("A private app token with the crm.export scope (HubSpot: Settings › "
                            "Integrations › Private apps)."));
    setMessage(m_vaultLabel, false,
               reason.isEmpty() ? tr("No keychain is available: the token is kept for this "
                                     "session only and must be entered again after a restart. "
                                     "Install or unlock GNOME Keyring or KWallet to keep it.")
                                : reason);
}

void AccountsDialog::selectAccount(const QString &accountId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == accountId) {
            m_list->setCurrentRow(row);
            showAccount(accountId);
            return;
        }
    }
}

void AccountsDialog::startNewAccount()
{
    const QSignalBlocker blocker(m_list);
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    m_currentId.clear();
    m_currentIsSandbox = false;
    m_name->clear();
    m_apiBase->setText(Account::defaultApiBase());
    m_apiVersion->setCurrentIndex(0);
    m_token->clear();
    m_token->setPlaceholderText(tr("pat-na1-…"));
    m_testResult->hide();
    m_saveResult->hide();
    updateButtons();
    m_name->setFocus();
}

void AccountsDialog::showAccount(const QString &accountId)
{
    const std::optional<Account> account = m_accounts->find(accountId);
    if (!account)
        return;
    m_currentId = accountId;
    m_currentIsSandbox = account->isSandbox;
    m_name->setText(account->name);
    m_apiBase->setText(account->apiBase);
    const std::optional<ApiVersion> version = ApiVersions::fromName(account->apiVersion);
    m_apiVersion->setCurrentIndex(
        version ? std::max(0, m_apiVersion->findData(ApiVersions::name(*version))) : 0);
    m_token->clear();
    m_token->setPlaceholderText(account->isSandbox ? tr("not needed for the sandbox")
                                                   : tr("stored — type a new token to replace it"));
    m_testResult->hide();
    m_saveResult->hide();
    updateButtons();
}

void AccountsDialog::updateButtons()
{
    const bool isNew = m_currentId.isEmpty();
    m_remove->setEnabled(!isNew);
    m_apiBase->setReadOnly(m_currentIsSandbox);
    m_token->setEnabled(!m_currentIsSandbox);
    const bool hasName = !m_name->text().trimmed().isEmpty();
    m_save->setEnabled(hasName && (!isNew || !m_token->text().trimmed().isEmpty()));
    m_test->setEnabled(!m_token->text().trimmed().isEmpty() || !isNew);
}

void AccountsDialog::setMessage(QLabel *label, bool ok, const QString &text)
{
    QPalette pal = palette();
    if (!ok) {
        const bool dark = pal.color(QPalette::Window).lightness() < 128;
        pal.setColor(QPalette::WindowText,
                     dark ? QColor(0xF0, 0x8A, 0x80) : QColor(0xA3, 0x2B, 0x22));
    }
    label->setPalette(pal);
    // Rich text only to keep correlation ids whole when the label wraps.
    label->setTextFormat(Qt::RichText);
    label->setText(Text::wrapKeepingIds(ok ? text : QStringLiteral("⚠ ") + text));
    label->setVisible(!text.isEmpty());
}

void AccountsDialog::setTestResult(bool ok, const QString &text)
{
    setMessage(m_testResult, ok, text);
}

void AccountsDialog::setSaveResult(bool ok, const QString &text, const QString &accountId)
{
    setMessage(m_saveResult, ok, text);
    // Saved, even with a warning (a token kept for this session only): the account is the one
    // shown from now on, so a second Save updates it instead of adding another.
    if (!accountId.isEmpty()) {
        m_currentId = accountId;
        reloadList();
        selectAccount(accountId);
        m_saveResult->setVisible(!text.isEmpty());
        setMessage(m_saveResult, ok, text);
    }
}

void AccountsDialog::setBusy(bool busy, const QString &what)
{
    m_busyWhat = what;
    m_busyRow->setVisible(busy);
    if (busy) {
        m_busySince.start();
        m_busyTimer->start();
        updateBusyText();
        m_save->setEnabled(false);
        m_test->setEnabled(false);
    } else {
        m_busyTimer->stop();
        updateButtons();
    }
}

bool AccountsDialog::isBusy() const
{
    return m_busyRow->isVisibleTo(this);
}

void AccountsDialog::updateBusyText()
{
    const qint64 seconds = m_busySince.isValid() ? m_busySince.elapsed() / 1000 : 0;
    //: What the dialog waits for ("Asking HubSpot…"), then the seconds waited so far
    m_busyLabel->setText(tr("%1 %2 s").arg(m_busyWhat).arg(seconds));
}

void AccountsDialog::askSaveAnyway(const QString &problem)
{
    if (m_askBox)
        m_askBox->deleteLater();
    m_askBox = new QMessageBox(QMessageBox::Warning, tr("Save a refused token?"),
                               tr("HubSpot did not accept this token for exports."), {}, this);
    m_askBox->setObjectName(QStringLiteral("saveAnywayBox"));
    m_askBox->setInformativeText(
        problem + QStringLiteral("\n\n") +
        tr("Exports with this account will fail until the token is fixed. Save it anyway?"));
    QPushButton *keep = m_askBox->addButton(tr("Save &anyway"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("saveAnyway"));
    QPushButton *back = m_askBox->addButton(tr("&Don't save"), QMessageBox::RejectRole);
    back->setObjectName(QStringLiteral("dontSave"));
    m_askBox->setDefaultButton(back);
    m_askBox->setEscapeButton(back);
    m_askBox->setWindowModality(Qt::WindowModal);
    connect(m_askBox, &QMessageBox::finished, this, [this, box = m_askBox, keep] {
        const bool save = box->clickedButton() == keep;
        box->deleteLater();
        if (m_askBox == box)
            m_askBox = nullptr;
        Q_EMIT saveAnywayAnswered(save);
    });
    m_askBox->open();
}

} // namespace es
