#include "welcomepanel.h"

#include "common/icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace es {

WelcomePanel::WelcomePanel(QWidget *parent)
    : QWidget(parent)
    , m_sandbox(new QPushButton(Icons::icon(Icons::Id::Sandbox),
                                tr("&Try it on the built-in sandbox"), this))
    , m_addAccount(
          new QPushButton(Icons::icon(Icons::Id::Accounts), tr("&Add HubSpot account…"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomePanel"));
    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::icon(Icons::Id::AppIcon).pixmap(64, 64));
    icon->setAlignment(Qt::AlignHCenter);

    auto *title = new QLabel(tr("Welcome to Export Studio"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignHCenter);

    auto *text = new QLabel(
        tr("Export contacts, companies, deals, tickets and custom objects from HubSpot as CSV "
           "or Excel files: pick the records with filters or a list, choose the columns, and "
           "save the export as a preset to run it again with one double-click."),
        this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignHCenter);

    auto *sandboxHint = new QLabel(
        tr("The sandbox is a pretend HubSpot portal on this computer with made-up data: try "
           "everything without an account and without touching real records."),
        this);
    sandboxHint->setWordWrap(true);
    sandboxHint->setAlignment(Qt::AlignHCenter);
    sandboxHint->setForegroundRole(QPalette::PlaceholderText);

    auto *accountHint = new QLabel(
        tr("For a real portal you need a private app access token with the crm.export scope "
           "(HubSpot: Settings › Integrations › Private apps)."),
        this);
    accountHint->setWordWrap(true);
    accountHint->setAlignment(Qt::AlignHCenter);
    accountHint->setForegroundRole(QPalette::PlaceholderText);

    m_sandbox->setDefault(true);
    m_sandbox->setAutoDefault(true);
    m_sandbox->setObjectName(QStringLiteral("trySandboxButton"));
    m_sandbox->setAccessibleDescription(sandboxHint->text());
    m_addAccount->setObjectName(QStringLiteral("addAccountButton"));
    m_addAccount->setAccessibleDescription(accountHint->text());
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignHCenter);
    m_status->setObjectName(QStringLiteral("welcomeStatus"));
    m_status->hide();

    connect(m_sandbox, &QPushButton::clicked, this, &WelcomePanel::trySandboxRequested);
    connect(m_addAccount, &QPushButton::clicked, this, &WelcomePanel::addAccountRequested);

    auto *column = new QWidget(this);
    // A fixed width lets the wrapped labels compute their height (a centred, shrinking column
    // would clip them).
    column->setFixedWidth(520);
    auto *inner = new QVBoxLayout(column);
    inner->setSpacing(8);
    inner->addWidget(icon);
    inner->addWidget(title);
    inner->addSpacing(8);
    inner->addWidget(text);
    inner->addSpacing(16);
    inner->addWidget(m_sandbox);
    inner->addWidget(sandboxHint);
    inner->addSpacing(16);
    inner->addWidget(m_addAccount);
    inner->addWidget(accountHint);
    inner->addSpacing(8);
    inner->addWidget(m_status);

    // Stretches rather than an alignment flag: aligned items get their size hint only, which
    // ignores the height the wrapped labels need.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
    setTabOrder(m_sandbox, m_addAccount);
}

void WelcomePanel::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QPalette pal = palette();
    if (problem) {
        const bool dark = pal.color(QPalette::Window).lightness() < 128;
        pal.setColor(QPalette::WindowText,
                     dark ? QColor(0xF0, 0x8A, 0x80) : QColor(0xA3, 0x2B, 0x22));
    }
    m_status->setPalette(pal);
}

void WelcomePanel::setBusy(bool busy)
{
    m_sandbox->setEnabled(!busy);
    m_addAccount->setEnabled(!busy);
}

} // namespace es
