#include "settingsdialog.h"

#include "common/icons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace es {

SettingsDialog::SettingsDialog(const SettingsValues &values, QWidget *parent)
    : QDialog(parent)
    , m_folder(new QLineEdit(values.downloadDir, this))
    , m_unzip(new QCheckBox(tr("&Unpack zipped exports"), this))
    , m_keepZip(new QCheckBox(tr("&Keep the zip file after unpacking"), this))
    , m_notifications(new QCheckBox(tr("Show a desktop &notification when an export finishes "
                                       "or fails"),
                                    this))
    , m_language(new QComboBox(this))
    , m_groups(new QSpinBox(this))
    , m_filters(new QSpinBox(this))
    , m_proxyMode(new QComboBox(this))
    , m_proxyHost(new QLineEdit(values.proxyHost, this))
    , m_proxyPort(new QSpinBox(this))
    , m_proxyUser(new QLineEdit(values.proxyUser, this))
    , m_proxyPassword(new QLineEdit(this))
    , m_networkProblem(new QLabel(this))
    , m_timerLabel(new QLabel(this))
    , m_timerButton(new QPushButton(this))
    , m_keepInTray(new QCheckBox(tr("Keep running in the &tray when the window is closed"), this))
    , m_trayNote(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    m_folder->setObjectName(QStringLiteral("downloadFolder"));
    m_folder->setAccessibleName(tr("Download folder"));
    auto *browse = new QPushButton(Icons::icon(Icons::Id::OpenFolder), tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Download folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    m_unzip->setChecked(values.autoUnzip);
    m_keepZip->setChecked(values.keepZip);
    m_keepZip->setEnabled(values.autoUnzip);
    connect(m_unzip, &QCheckBox::toggled, m_keepZip, &QWidget::setEnabled);
    m_notifications->setChecked(values.notifications);

    // Language names in their own language, so anyone finds theirs.
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("Português (Brasil)"), QStringLiteral("pt_BR"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(values.uiLanguage)));
    m_language->setAccessibleName(tr("Interface language"));

    for (QSpinBox *box : {m_groups, m_filters})
        box->setRange(1, 100);
    m_groups->setValue(values.maxFilterGroups);
    m_filters->setValue(values.maxFiltersPerGroup);
    m_groups->setAccessibleName(tr("Most filter groups"));
    m_filters->setAccessibleName(tr("Most filters per group"));

    auto *downloads = new QGroupBox(tr("Downloads"), this);
    auto *downloadsForm = new QFormLayout(downloads);
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    downloadsForm->addRow(folderLabel, folderRow);
    downloadsForm->addRow(QString(), m_unzip);
    downloadsForm->addRow(QString(), m_keepZip);

    auto *general = new QGroupBox(tr("General"), this);
    auto *generalForm = new QFormLayout(general);
    auto *languageHint = new QLabel(tr("Takes effect the next time Export Studio starts."), this);
    languageHint->setForegroundRole(QPalette::PlaceholderText);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(QString(), languageHint);
    generalForm->addRow(QString(), m_notifications);

    auto *limits = new QGroupBox(tr("Filter limits"), this);
    auto *limitsForm = new QFormLayout(limits);
    auto *limitsHint = new QLabel(tr("HubSpot accepts 3 groups of 3 filters; raise these only if "
                                     "your portal allows more."),
                                  this);
    limitsHint->setWordWrap(true);
    limitsHint->setForegroundRole(QPalette::PlaceholderText);
    limitsForm->addRow(tr("Most filter &groups:"), m_groups);
    limitsForm->addRow(tr("Most filters pe&r group:"), m_filters);
    limitsForm->addRow(limitsHint);

    m_proxyMode->setObjectName(QStringLiteral("proxyMode"));
    m_proxyMode->addItem(tr("Use the system's proxy settings"), int(Settings::ProxyMode::System));
    m_proxyMode->addItem(tr("No proxy"), int(Settings::ProxyMode::None));
    m_proxyMode->addItem(tr("Manual"), int(Settings::ProxyMode::Manual));
    m_proxyMode->setCurrentIndex(std::max(0, m_proxyMode->findData(int(values.proxyMode))));
    m_proxyMode->setAccessibleName(tr("Proxy"));
    m_proxyMode->setToolTip(tr("The system's settings come from your desktop or from the "
                               "http_proxy, https_proxy and no_proxy variables. The built-in "
                               "sandbox is always reached directly."));
    m_proxyHost->setObjectName(QStringLiteral("proxyHost"));
    m_proxyHost->setPlaceholderText(tr("proxy.example.com"));
    m_proxyHost->setAccessibleName(tr("Proxy host"));
    m_proxyPort->setObjectName(QStringLiteral("proxyPort"));
    m_proxyPort->setRange(0, 65535);
    m_proxyPort->setSpecialValueText(tr("Not set"));
    m_proxyPort->setValue(values.proxyPort);
    m_proxyPort->setAccessibleName(tr("Proxy port"));
    // Room for "65535" and for the "Not set" text, whichever is wider, plus the arrows.
    m_proxyPort->setMinimumWidth(
        std::max(m_proxyPort->fontMetrics().horizontalAdvance(m_proxyPort->specialValueText()),
                 m_proxyPort->fontMetrics().horizontalAdvance(QStringLiteral("65535"))) +
        40);
    m_proxyUser->setObjectName(QStringLiteral("proxyUser"));
    m_proxyUser->setPlaceholderText(tr("Only if the proxy asks you to sign in"));
    m_proxyUser->setAccessibleName(tr("Proxy user name"));
    m_proxyPassword->setObjectName(QStringLiteral("proxyPassword"));
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    m_proxyPassword->setAccessibleName(tr("Proxy password"));
    m_proxyPassword->setToolTip(tr("Kept in the system keychain, never in the settings file."));
    if (values.proxyPassword)
        setSavedProxyPassword(*values.proxyPassword);
    else
        m_proxyPassword->setPlaceholderText(tr("Unchanged"));
    connect(m_proxyPassword, &QLineEdit::textEdited, this, [this] {
        m_passwordKnown = true;
        m_proxyPassword->setPlaceholderText({});
    });
    m_networkProblem->setObjectName(QStringLiteral("networkProblem"));
    m_networkProblem->setWordWrap(true);
    m_networkProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette problemPalette = m_networkProblem->palette();
    problemPalette.setColor(QPalette::WindowText, QColor(0xC0, 0x50, 0x40));
    m_networkProblem->setPalette(problemPalette);
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::updateNetworkFields);
    connect(m_proxyHost, &QLineEdit::textChanged, this, &SettingsDialog::updateNetworkFields);
    // The problem of the saved proxy says nothing about what is being typed now.
    const auto edited = [this] {
        m_networkEdited = true;
        updateNetworkFields();
    };
    for (QLineEdit *edit : {m_proxyHost, m_proxyUser, m_proxyPassword})
        connect(edit, &QLineEdit::textEdited, this, edited);
    connect(m_proxyPort, &QSpinBox::valueChanged, this, edited);

    auto *network = new QGroupBox(tr("Network"), this);
    auto *networkForm = new QFormLayout(network);
    auto *hostRow = new QHBoxLayout;
    auto *portLabel = new QLabel(tr("P&ort:"), this);
    portLabel->setBuddy(m_proxyPort);
    hostRow->addWidget(m_proxyHost, 1);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_proxyPort);
    networkForm->addRow(tr("&Proxy:"), m_proxyMode);
    auto *hostLabel = new QLabel(tr("&Host:"), this);
    hostLabel->setBuddy(m_proxyHost); // a row holding a layout gets no buddy by itself
    networkForm->addRow(hostLabel, hostRow);
    networkForm->addRow(tr("User na&me:"), m_proxyUser);
    networkForm->addRow(tr("Pass&word:"), m_proxyPassword);
    networkForm->addRow(m_networkProblem);
    updateNetworkFields();

    // Scheduled presets run while the app runs (in the tray too, when the window is closed);
    // with the app closed a systemd user timer runs them.
    auto *schedules = new QGroupBox(tr("Scheduled presets"), this);
    auto *schedulesLayout = new QVBoxLayout(schedules);
    m_keepInTray->setObjectName(QStringLiteral("keepInTray"));
    m_keepInTray->setChecked(values.keepInTray);
    m_trayNote->setObjectName(QStringLiteral("trayNote"));
    m_trayNote->setWordWrap(true);
    schedulesLayout->addWidget(m_keepInTray);
    schedulesLayout->addWidget(m_trayNote);
    setTrayAvailable(true);
    auto *timerRow = new QHBoxLayout;
    m_timerLabel->setWordWrap(true);
    m_timerLabel->setObjectName(QStringLiteral("timerLabel"));
    m_timerButton->setObjectName(QStringLiteral("timerButton"));
    timerRow->addWidget(m_timerLabel, 1);
    timerRow->addWidget(m_timerButton);
    schedulesLayout->addLayout(timerRow);
    connect(m_timerButton, &QPushButton::clicked, this,
            [this] { Q_EMIT timerRequested(!m_timerInstalled); });
    setTimerInstalled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        Q_EMIT applyRequested(this->values());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(downloads);
    layout->addWidget(general);
    layout->addWidget(limits);
    layout->addWidget(network);
    layout->addWidget(schedules);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

SettingsValues SettingsDialog::values() const
{
    SettingsValues values;
    values.downloadDir = m_folder->text().trimmed();
    values.autoUnzip = m_unzip->isChecked();
    values.keepZip = m_keepZip->isChecked();
    values.notifications = m_notifications->isChecked();
    // Kept as set while no tray is there: the next session may have one.
    values.keepInTray = m_keepInTray->isChecked();
    values.uiLanguage = m_language->currentData().toString();
    values.maxFilterGroups = m_groups->value();
    values.maxFiltersPerGroup = m_filters->value();
    values.proxyMode = Settings::ProxyMode(m_proxyMode->currentData().toInt());
    values.proxyHost = m_proxyHost->text().trimmed();
    values.proxyPort = m_proxyPort->value();
    values.proxyUser = m_proxyUser->text().trimmed();
    if (m_passwordKnown)
        values.proxyPassword = m_proxyPassword->text();
    return values;
}

void SettingsDialog::setSavedProxyPassword(const QString &password)
{
    if (m_passwordKnown)
        return;
    m_passwordKnown = true;
    m_proxyPassword->setText(password);
    m_proxyPassword->setPlaceholderText({});
}

void SettingsDialog::setTimerInstalled(bool installed)
{
    m_timerInstalled = installed;
    m_timerLabel->setText(installed ? tr("A systemd timer runs the due presets every 15 minutes "
                                         "while Export Studio is closed.")
                                    : tr("While Export Studio is closed, scheduled presets run "
                                         "only if a systemd timer runs them."));
    m_timerButton->setText(installed ? tr("&Remove timer", "systemd timer")
                                     : tr("&Install timer", "systemd timer"));
}

void SettingsDialog::setTrayAvailable(bool available)
{
    m_keepInTray->setEnabled(available);
    m_trayNote->setVisible(!available);
    m_trayNote->setText(available ? QString()
                                  : tr("This desktop has no system tray, so closing the window "
                                       "quits Export Studio. Scheduled presets then run only "
                                       "with the timer below."));
}

void SettingsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Wrapped texts (the tray note, longer languages) can need more height at this width than
    // the first size counted on.
    if (QLayout *dialogLayout = layout(); dialogLayout && dialogLayout->hasHeightForWidth()) {
        const int needed = dialogLayout->totalHeightForWidth(width());
        if (height() < needed)
            resize(width(), needed);
    }
}

void SettingsDialog::setNetworkProblem(const QString &problem)
{
    m_problemText = problem;
    updateNetworkFields();
}

void SettingsDialog::updateNetworkFields()
{
    const bool manual =
        Settings::ProxyMode(m_proxyMode->currentData().toInt()) == Settings::ProxyMode::Manual;
    for (QWidget *field :
         {static_cast<QWidget *>(m_proxyHost), static_cast<QWidget *>(m_proxyPort),
          static_cast<QWidget *>(m_proxyUser), static_cast<QWidget *>(m_proxyPassword)})
        field->setEnabled(manual);
    // What is typed right now first; otherwise why the saved proxy is not fully in use.
    QString text;
    if (manual && (m_proxyHost->text().trimmed().isEmpty() || m_proxyPort->value() == 0))
        text = tr("Enter the proxy's host and port, or choose another proxy setting.");
    else if (manual && !m_networkEdited)
        text = m_problemText;
    m_networkProblem->setText(text);
    m_networkProblem->setVisible(!text.isEmpty());
}

} // namespace es
