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
    limitsForm->addRow(tr("Most filters &per group:"), m_filters);
    limitsForm->addRow(limitsHint);

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
    values.uiLanguage = m_language->currentData().toString();
    values.maxFilterGroups = m_groups->value();
    values.maxFiltersPerGroup = m_filters->value();
    return values;
}

} // namespace es
