#include "common/text.h"
#include "hubspot/hubspotclient.h" // metadatacache.h needs the complete type
#include "hubspot/metadatacache.h"
#include "model/objecttype.h"
#include "objectdescriptions.h"
#include "pickers/busynote.h"
#include "wizardcontext.h"
#include "wizardpages.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace es {

WizardPageBase::WizardPageBase(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
{
    connect(context, &WizardContext::cacheChanged, this, &WizardPageBase::reconnectCache);
}

void WizardPageBase::reconnectCache()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    if (MetadataCache *cache = m_context->cache())
        connectCache(cache);
}

bool WizardPageBase::isComplete() const
{
    return !hasErrors(pageIssues());
}

void WizardPageBase::modelEdited()
{
    Q_EMIT completeChanged();
}

SourcePage::SourcePage(WizardContext *context, QWidget *parent)
    : WizardPageBase(context, parent)
    , m_account(new QComboBox(this))
    , m_accountNote(new QLabel(this))
    , m_object(new QComboBox(this))
    , m_objectsBusy(new BusyNote(this))
    , m_view(new QRadioButton(tr("&Filtered records"), this))
    , m_list(new QRadioButton(tr("Records in a &list"), this))
    , m_objectTitle(new QLabel(this))
    , m_objectAbout(new QLabel(this))
    , m_recordCount(new QLabel(this))
{
    setTitle(tr("What do you want to export?"));
    setSubTitle(tr("Step 1 of 5 · Choose the account, the kind of records and how to pick them."));

    m_account->setAccessibleName(tr("Account"));
    m_account->setMinimumContentsLength(24);
    m_accountNote->setWordWrap(true);
    m_accountNote->setVisible(false);
    m_object->setAccessibleName(tr("Object"));
    m_object->setMinimumContentsLength(24);
    m_object->setMaxVisibleItems(20);

    auto *viewHint = new QLabel(
        tr("Pick records by conditions, for example “Lifecycle stage is Customer”, or take all."),
        this);
    auto *listHint = new QLabel(tr("Export the members of one of your HubSpot lists."), this);
    for (QLabel *hint : {viewHint, listHint}) {
        hint->setForegroundRole(QPalette::PlaceholderText);
        hint->setContentsMargins(24, 0, 0, 0);
    }
    auto *kind = new QVBoxLayout;
    kind->setSpacing(4);
    kind->addWidget(m_view);
    kind->addWidget(viewHint);
    kind->addSpacing(4);
    kind->addWidget(m_list);
    kind->addWidget(listHint);

    auto *accountLabel = new QLabel(tr("&Account:"), this);
    accountLabel->setBuddy(m_account);
    auto *objectLabel = new QLabel(tr("&Object:"), this);
    objectLabel->setBuddy(m_object);
    auto *kindLabel = new QLabel(tr("Records:"), this);

    // What the chosen object is, in a sentence, and how many records it has when that is known:
    // the page says what the export will hold before anything is filtered.
    auto *about = new QFrame(this);
    about->setObjectName(QStringLiteral("objectAbout"));
    about->setFrameShape(QFrame::StyledPanel);
    QFont titleFont = m_objectTitle->font();
    titleFont.setBold(true);
    m_objectTitle->setFont(titleFont);
    m_objectAbout->setObjectName(QStringLiteral("objectAboutText"));
    m_objectAbout->setWordWrap(true);
    m_recordCount->setObjectName(QStringLiteral("recordCount"));
    m_recordCount->setVisible(false);
    auto *next = new QLabel(tr("Next you choose which records (all, filtered, or a list), then "
                               "the columns, the file format and where it is saved."),
                            about);
    next->setWordWrap(true);
    next->setForegroundRole(QPalette::PlaceholderText);
    auto *aboutLayout = new QVBoxLayout(about);
    aboutLayout->setContentsMargins(12, 10, 12, 10);
    aboutLayout->setSpacing(6);
    aboutLayout->addWidget(m_objectTitle);
    aboutLayout->addWidget(m_objectAbout);
    aboutLayout->addWidget(m_recordCount);
    aboutLayout->addSpacing(4);
    aboutLayout->addWidget(next);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(8);
    form->setVerticalSpacing(8);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(accountLabel, m_account);
    form->addRow(QString(), m_accountNote);
    form->addRow(objectLabel, m_object);
    form->addRow(QString(), m_objectsBusy);
    form->addItem(new QSpacerItem(0, 8));
    form->addRow(kindLabel, kind);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(16);
    layout->addLayout(form);
    layout->addWidget(about);
    layout->addStretch(1);

    connect(m_account, &QComboBox::activated, this, [this](int index) {
        const QString id = m_account->itemData(index).toString();
        if (id == m_context->model.accountId)
            return;
        m_context->model.accountId = id;
        Q_EMIT accountChosen(id);
        modelEdited();
    });
    connect(m_object, &QComboBox::activated, this, [this](int index) {
        chooseObject(m_object->itemData(index).toString());
        updateObjectAbout();
    });
    connect(m_view, &QRadioButton::toggled, this, [this](bool on) {
        m_context->model.request.exportType = on ? ExportType::View : ExportType::List;
        modelEdited();
    });
    connect(m_objectsBusy, &BusyNote::retryRequested, this, [this] {
        if (MetadataCache *cache = m_context->cache()) {
            m_objectsBusy->showBusy(tr("Loading custom objects…"));
            cache->requestObjectTypes(true);
        }
    });
    connect(context, &WizardContext::objectChoicesChanged, this, &SourcePage::fillObjects);
    reconnectCache();
}

void SourcePage::connectCache(MetadataCache *cache)
{
    track(connect(cache, &MetadataCache::objectTypesReady, this,
                  [this](const QList<ObjectTypeChoice> &choices) {
                      m_objectsBusy->clear();
                      m_context->setObjectChoices(choices);
                  }));
    track(connect(cache, &MetadataCache::failed, this,
                  [this](MetadataCache::Topic topic, const QString &, const ApiError &error) {
                      if (topic != MetadataCache::Topic::Schemas)
                          return;
                      m_objectsBusy->showError(tr("Custom objects could not be loaded (%1). "
                                                  "Standard objects are available.")
                                                   .arg(error.userMessage()));
                  }));
    if (isVisible()) { // another account while this page is open: its custom objects
        m_objectsBusy->showBusy(tr("Loading custom objects…"));
        cache->requestObjectTypes();
    }
}

void SourcePage::initializePage()
{
    fillAccounts();
    fillObjects();
    const QSignalBlocker blocker(m_view);
    const bool isView = m_context->model.request.exportType == ExportType::View;
    m_view->setChecked(isView);
    m_list->setChecked(!isView);
    if (MetadataCache *cache = m_context->cache()) {
        m_context->setObjectChoices(cache->objectTypeChoices());
        m_objectsBusy->showBusy(tr("Loading custom objects…"));
        cache->requestObjectTypes();
    }
}

int SourcePage::nextId() const
{
    return m_context->model.request.exportType == ExportType::List ? WizardPageId::List
                                                                   : WizardPageId::Filters;
}

QList<ValidationIssue> SourcePage::pageIssues() const
{
    QList<ValidationIssue> issues;
    if (m_context->model.accountId.isEmpty()) {
        issues.append({QStringLiteral("account"),
                       tr("No account is set up yet. Add one in Accounts, or try the built-in "
                          "sandbox."),
                       ValidationIssue::Severity::Error});
    }
    issues.append(m_context->model.issuesFor({QStringLiteral("objectType")}));
    return issues;
}

void SourcePage::fillAccounts()
{
    const QSignalBlocker blocker(m_account);
    m_account->clear();
    for (const WizardAccount &account : std::as_const(m_context->accounts)) {
        m_account->addItem(Text::accountName(account.name, account.sandbox), account.id);
    }
    if (m_context->model.accountId.isEmpty() && !m_context->accounts.isEmpty())
        m_context->model.accountId = m_context->accounts.first().id;
    m_account->setCurrentIndex(m_account->findData(m_context->model.accountId));
    m_account->setEnabled(m_context->accounts.size() > 1);
    const bool none = m_context->accounts.isEmpty();
    m_accountNote->setVisible(none);
    m_accountNote->setText(none ? tr("⚠ No account is set up yet. Add one in Accounts, or try "
                                     "the built-in sandbox.")
                                : QString());
}

void SourcePage::fillObjects()
{
    const QSignalBlocker blocker(m_object);
    m_object->clear();
    const QList<ObjectTypeChoice> choices = m_context->objectChoices();
    bool customSeparator = false;
    for (const ObjectTypeChoice &choice : choices) {
        if (choice.custom && !customSeparator) {
            m_object->insertSeparator(m_object->count());
            customSeparator = true;
        }
        const QString label =
            choice.custom ? tr("%1 (custom object %2)").arg(choice.pluralLabel, choice.typeId)
                          : choice.pluralLabel;
        m_object->addItem(label, choice.objectType);
    }
    const QString current = m_context->model.request.objectType;
    int index = m_object->findData(current);
    if (index < 0) {
        const QString typeId = ObjectTypes::typeIdOf(current);
        for (int i = 0; i < choices.size() && index < 0; ++i) {
            if (choices.at(i).typeId == typeId)
                index = m_object->findData(choices.at(i).objectType);
        }
    }
    if (index < 0 && !current.isEmpty()) {
        // A custom object from a preset whose schema is not loaded (yet): keep it visible.
        m_object->addItem(current, current);
        index = m_object->count() - 1;
    }
    m_object->setCurrentIndex(index);
    updateObjectAbout();
}

void SourcePage::setRecordCount(const QString &objectType, qint64 count)
{
    if (count < 0)
        m_counts.remove(objectType);
    else
        m_counts.insert(objectType, count);
    updateObjectAbout();
}

void SourcePage::updateObjectAbout()
{
    const QString type = m_object->currentData().toString();
    const QList<ObjectTypeChoice> choices = m_context->objectChoices();
    const ObjectTypeChoice *choice = nullptr;
    for (const ObjectTypeChoice &candidate : choices)
        if (candidate.objectType == type)
            choice = &candidate;
    const QString plural = choice ? choice->pluralLabel : type;
    m_objectTitle->setText(plural);
    m_objectAbout->setText(ObjectDescriptions::describe(type, plural, choice && choice->custom));
    const auto count = m_counts.constFind(type);
    m_recordCount->setVisible(count != m_counts.constEnd());
    if (count != m_counts.constEnd())
        //: %1 how many records the object has on this account, %2 the object ("contacts")
        m_recordCount->setText(
            tr("%1 %2 on this account").arg(QLocale().toString(*count), Text::inSentence(plural)));
}

void SourcePage::chooseObject(const QString &objectType)
{
    ExportRequest &request = m_context->model.request;
    if (objectType == request.objectType)
        return;
    // Filters, list and columns name properties of the old object; they cannot carry over.
    request.objectType = objectType;
    request.search.reset();
    request.listId.clear();
    request.objectProperties.clear();
    request.associatedObjectType.removeAll(objectType);
    modelEdited();
}

} // namespace es
