#include "wizardcontroller.h"

#include "appcontext.h"
#include "exportlauncher.h"
#include "wizard/exportwizard.h"

#include <hubspot/metadatacache.h>
#include <storage/accountstore.h>
#include <storage/presetstore.h>
#include <storage/settings.h>

namespace es {

namespace {

QList<WizardAccount> wizardAccounts(const AccountStore *store)
{
    QList<WizardAccount> accounts;
    for (const Account &account : store->accounts())
        accounts.append({account.id, account.name, account.isSandbox});
    return accounts;
}

} // namespace

WizardController::WizardController(AppContext *context, ExportLauncher *launcher, QWidget *window,
                                   QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_launcher(launcher)
    , m_window(window)
{}

WizardController::~WizardController()
{
    delete m_wizard; // a child of the window, which may outlive this controller
}

ExportWizard *WizardController::wizard() const
{
    return m_wizard;
}

ExportWizard *WizardController::create()
{
    auto *wizard = new ExportWizard(m_context->metadata(), m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(wizard, &ExportWizard::startRequested, this,
            [this](const QString &accountId, const ExportRequest &request,
                   const ExportOptions &options) {
                m_launcher->start(accountId, request, options, m_editingPresetId);
            });
    connect(wizard, &ExportWizard::guideRequested, this, &WizardController::guideRequested);
    connect(wizard, &ExportWizard::propertyDefinitionsRequested, this,
            &WizardController::propertyDefinitionsRequested);
    connect(wizard, &ExportWizard::savePresetRequested, this, &WizardController::savePreset);
    connect(wizard, &ExportWizard::accountChanged, this, [this](const QString &accountId) {
        m_context->metadata()->setClient(m_context->client(accountId));
    });
    return wizard;
}

ExportWizard *WizardController::open(const QString &presetId)
{
    if (!m_wizard)
        m_wizard = create();
    m_wizard->setAccounts(wizardAccounts(m_context->accounts()), m_context->currentAccountId());
    m_wizard->setLimits(m_context->settings()->validationLimits());
    m_wizard->setOptions(m_context->defaultOptions());
    m_editingPresetId.clear();
    if (!presetId.isEmpty()) {
        if (const std::optional<Preset> preset = m_context->presets()->find(presetId)) {
            m_editingPresetId = presetId;
            m_wizard->setRequest(preset->request, preset->name);
        }
    } else {
        m_wizard->startNew(); // a new export starts fresh, not from the last one
    }
    m_wizard->show();
    m_wizard->raise();
    m_wizard->activateWindow();
    return m_wizard;
}

void WizardController::refreshAccounts()
{
    if (m_wizard)
        m_wizard->setAccounts(wizardAccounts(m_context->accounts()), m_context->currentAccountId());
}

void WizardController::refreshLimits()
{
    if (m_wizard)
        m_wizard->setLimits(m_context->settings()->validationLimits());
}

void WizardController::savePreset(const QString &name, const QString &description,
                                  const ExportRequest &request)
{
    const QString id = m_launcher->savePreset(m_editingPresetId, name, description, request);
    if (id.isEmpty())
        return; // the launcher said why
    m_editingPresetId = id;
    Q_EMIT presetSaved(id, tr("Saved the preset “%1”. Double-click it in Presets to run it again.")
                               .arg(m_context->presets()->find(id)->name));
}

} // namespace es
