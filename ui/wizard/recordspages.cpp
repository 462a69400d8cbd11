#include "common/text.h"
#include "count/counttext.h"
#include "filters/filterbuilder.h"
#include "filters/filterrow.h"
#include "filters/propertycombo.h"
#include "filters/valueeditors.h"
#include "hubspot/hubspotclient.h" // metadatacache.h needs the complete type
#include "hubspot/metadatacache.h"
#include "pickers/busynote.h"
#include "pickers/listpicker.h"
#include "wizardcontext.h"
#include "wizardpages.h"

#include <QVBoxLayout>

namespace es {

FiltersPage::FiltersPage(WizardContext *context, QWidget *parent)
    : WizardPageBase(context, parent)
    , m_builder(new FilterBuilder(this))
    , m_busy(new BusyNote(this))
    , m_count(new CountLabel(this))
{
    setTitle(tr("Which records?"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_busy);
    layout->addWidget(m_builder, 1);
    layout->addWidget(m_count);

    connect(m_builder, &FilterBuilder::changed, this, [this] {
        m_context->model.request.search = m_builder->searchRequest();
        showIssues();
        modelEdited();
        m_context->recount();
        showCount(); // groups may have come or gone
    });
    connect(m_context->counter(), &RecordCounter::stateChanged, this, [this] {
        if (isVisible())
            showCount();
    });
    connect(m_busy, &BusyNote::retryRequested, this, [this] { load(true); });
    reconnectCache();
}

void FiltersPage::connectCache(MetadataCache *cache)
{
    track(connect(cache, &MetadataCache::propertiesReady, this,
                  [this](const QString &objectType, const QList<PropertyDef> &properties) {
                      if (objectType != m_context->model.request.objectType)
                          return;
                      m_busy->clear();
                      m_builder->setProperties(properties);
                  }));
    track(connect(cache, &MetadataCache::failed, this,
                  [this](MetadataCache::Topic topic, const QString &key, const ApiError &error) {
                      if (topic != MetadataCache::Topic::Properties ||
                          key != m_context->model.request.objectType)
                          return;
                      m_busy->showError(tr("Could not load the properties of %1: %2")
                                            .arg(m_context->objectPlural(), error.userMessage()));
                  }));
}

void FiltersPage::initializePage()
{
    setSubTitle(tr("Step 2 of 5 · %1, filtered. A record is exported when it matches any group; "
                   "inside a group every condition must hold.")
                    .arg(m_context->objectPlural()));
    m_builder->setObjectLabel(m_context->objectPlural());
    m_builder->setLimits(m_context->model.limits);
    const QList<PropertyDef> cached = m_context->cachedProperties();
    m_builder->setProperties(cached);
    if (!m_context->model.request.search)
        m_context->model.request.search = SearchRequest{};
    m_builder->setSearchRequest(*m_context->model.request.search);
    showIssues();
    if (cached.isEmpty())
        load(false);
    m_context->recount(true);
    showCount();
}

void FiltersPage::showCount()
{
    const CountState &state = m_context->counter()->state();
    m_count->setState(state, m_context->objectSingular(), m_context->objectPlural());
    QStringList groups;
    for (int i = 0; i < m_builder->groupCount(); ++i)
        groups.append(CountText::group(state, i));
    m_builder->setGroupCountTexts(groups);
}

int FiltersPage::nextId() const
{
    return WizardPageId::Columns;
}

bool FiltersPage::validatePage()
{
    if (!hasErrors(pageIssues()))
        return true;
    showIssues();
    if (FilterRow *row = m_builder->revealIssues()) {
        if (row->filter().propertyName.isEmpty())
            row->propertyCombo()->setFocus(Qt::OtherFocusReason);
        else
            row->valueEditor()->setFocus(Qt::OtherFocusReason);
    }
    return false;
}

QList<ValidationIssue> FiltersPage::pageIssues() const
{
    return m_context->model.issuesFor({QStringLiteral("publicCrmSearchRequest")});
}

void FiltersPage::load(bool refresh)
{
    MetadataCache *cache = m_context->cache();
    if (!cache) {
        m_busy->showError(tr("No account is connected, so the properties cannot be loaded."));
        return;
    }
    m_busy->showBusy(tr("Loading the properties of %1…").arg(m_context->objectPlural()));
    cache->requestProperties(m_context->model.request.objectType, refresh);
}

void FiltersPage::showIssues()
{
    m_builder->setIssues(pageIssues());
}

ListPage::ListPage(WizardContext *context, QWidget *parent)
    : WizardPageBase(context, parent)
    , m_picker(new ListPicker(this))
    , m_count(new CountLabel(this))
{
    setTitle(tr("Which list?"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_picker);
    layout->addWidget(m_count);
    connect(m_picker, &ListPicker::listIdChanged, this, [this](const QString &listId) {
        m_context->model.request.listId = listId;
        const QList<ValidationIssue> issues = pageIssues();
        m_picker->setIssue(listId.isEmpty() || issues.isEmpty() ? QString()
                                                                : issues.first().message);
        modelEdited();
        if (listId.isEmpty())
            m_context->counter()->cancel();
        else
            m_context->recount();
    });
    connect(m_context->counter(), &RecordCounter::stateChanged, this, [this] {
        if (isVisible())
            showCount();
    });
    reconnectCache();
}

void ListPage::connectCache(MetadataCache *cache)
{
    m_picker->setMetadata(cache);
    if (isVisible())
        m_picker->setObjectTypeId(m_context->objectTypeId());
}

void ListPage::initializePage()
{
    setSubTitle(tr("Step 2 of 5 · The %1 in the list you choose are exported.")
                    .arg(Text::inSentence(m_context->objectPlural())));
    m_picker->setMetadata(m_context->cache());
    m_picker->setListId(m_context->model.request.listId);
    m_picker->setObjectTypeId(m_context->objectTypeId());
    if (m_context->model.request.listId.isEmpty())
        m_context->counter()->cancel();
    else
        m_context->recount(true);
    showCount();
}

void ListPage::showCount()
{
    m_count->setState(m_context->counter()->state(), m_context->objectSingular(),
                      m_context->objectPlural());
}

bool ListPage::validatePage()
{
    m_context->listName = m_picker->listName();
    return true;
}

int ListPage::nextId() const
{
    return WizardPageId::Columns;
}

QList<ValidationIssue> ListPage::pageIssues() const
{
    return m_context->model.issuesFor({QStringLiteral("listId")});
}

} // namespace es
