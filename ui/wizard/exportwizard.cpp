#include "exportwizard.h"

#include "count/recordcounter.h"
#include "hubspot/hubspotclient.h" // metadatacache.h needs the complete type
#include "hubspot/metadatacache.h"
#include "pickers/propertypicker.h"
#include "savepresetdialog.h"
#include "wizardcontext.h"
#include "wizardpages.h"

#include <QAbstractButton>
#include <QStandardPaths>

namespace es {

ExportWizard::ExportWizard(MetadataCache *cache, QWidget *parent)
    : QWizard(parent)
    , m_context(new WizardContext(this))
{
    m_context->setCache(cache);
    m_context->model.options.downloadDir =
        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);

    m_source = new SourcePage(m_context, this);
    m_filters = new FiltersPage(m_context, this);
    m_list = new ListPage(m_context, this);
    m_columns = new ColumnsPage(m_context, this);
    m_output = new OutputPage(m_context, this);
    m_review = new ReviewPage(m_context, this);
    setPage(WizardPageId::Source, m_source);
    setPage(WizardPageId::Filters, m_filters);
    setPage(WizardPageId::List, m_list);
    setPage(WizardPageId::Columns, m_columns);
    setPage(WizardPageId::Output, m_output);
    setPage(WizardPageId::Review, m_review);
    setStartId(WizardPageId::Source);

    setWindowTitle(tr("New export"));
    setWindowModality(Qt::NonModal);
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1);
    // "?" on every page: the guide's page for what this page asks.
    setOption(QWizard::HaveHelpButton);
    setButtonText(QWizard::HelpButton, tr("? &Help"));
    setButtonText(QWizard::CustomButton1, tr("Save as &preset…"));
    setButtonText(QWizard::FinishButton, tr("&Start export"));
    setButtonLayout({QWizard::HelpButton, QWizard::CustomButton1, QWizard::Stretch,
                     QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton,
                     QWizard::CancelButton});
    button(QWizard::CustomButton1)->setVisible(false);
    resize(900, 640);
    setMinimumSize(760, 560);

    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        button(QWizard::CustomButton1)->setVisible(id == WizardPageId::Review);
    });
    connect(this, &QWizard::helpRequested, this, [this] {
        switch (currentId()) {
        case WizardPageId::Filters:
            return Q_EMIT guideRequested(QStringLiteral("filters"));
        case WizardPageId::List:
            return Q_EMIT guideRequested(QStringLiteral("lists"));
        case WizardPageId::Output:
            return Q_EMIT guideRequested(QStringLiteral("files"));
        case WizardPageId::Review:
            return Q_EMIT guideRequested(QStringLiteral("limits"));
        default:
            return Q_EMIT guideRequested(QStringLiteral("first-export"));
        }
    });
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            askPresetName();
    });
    connect(m_columns->picker(), &PropertyPicker::saveDefinitionsRequested, this, [this] {
        const WizardModel &model = m_context->model;
        Q_EMIT propertyDefinitionsRequested(model.accountId, model.request.objectType);
    });
    connect(m_source, &SourcePage::accountChosen, this, [this](const QString &accountId) {
        // The owner answers by handing over the cache for that account (setMetadata).
        Q_EMIT accountChanged(accountId);
    });
}

ExportWizard::~ExportWizard() = default;

void ExportWizard::setAccounts(const QList<WizardAccount> &accounts,
                               const QString &currentAccountId)
{
    m_context->accounts = accounts;
    m_context->model.accountId = currentAccountId;
    if (currentId() == WizardPageId::Source)
        m_source->initializePage();
}

void ExportWizard::setMetadata(MetadataCache *cache)
{
    m_context->setCache(cache);
}

void ExportWizard::setLimits(const ValidationLimits &limits)
{
    m_context->model.limits = limits;
}

void ExportWizard::setOptions(const ExportOptions &options)
{
    m_context->model.options = options;
}

void ExportWizard::setRequest(const ExportRequest &request, const QString &presetName)
{
    m_context->model.request = request;
    m_context->model.presetName = presetName;
    setWindowTitle(presetName.isEmpty() ? tr("New export") : tr("Edit “%1”").arg(presetName));
    restart();
}

void ExportWizard::startNew()
{
    setRequest(ExportRequest{});
}

void ExportWizard::done(int result)
{
    m_context->counter()->cancel(); // nobody looks at a count any more
    QWizard::done(result);
    m_context->model.request = ExportRequest{};
    m_context->model.presetName.clear();
    setWindowTitle(tr("New export"));
}

RecordCounter *ExportWizard::counter() const
{
    return m_context->counter();
}

const WizardModel &ExportWizard::model() const
{
    return m_context->model;
}

void ExportWizard::accept()
{
    const WizardModel &model = m_context->model;
    if (hasErrors(m_review->pageIssues()))
        return;
    Q_EMIT startRequested(model.accountId, model.effectiveRequest(), model.options);
    QWizard::accept();
}

void ExportWizard::askPresetName()
{
    if (!m_saveDialog) {
        m_saveDialog = new SavePresetDialog(this);
        connect(m_saveDialog, &QDialog::accepted, this, [this] {
            Q_EMIT savePresetRequested(m_saveDialog->name(), m_saveDialog->description(),
                                       m_context->model.effectiveRequest());
        });
    }
    const WizardModel &model = m_context->model;
    m_saveDialog->setName(model.presetName.isEmpty() ? model.request.exportName : model.presetName);
    m_saveDialog->open(); // window-modal sheet, no nested event loop
}

} // namespace es
