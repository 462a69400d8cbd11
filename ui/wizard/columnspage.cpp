#include "hubspot/hubspotclient.h" // metadatacache.h needs the complete type
#include "hubspot/metadatacache.h"
#include "pickers/busynote.h"
#include "pickers/propertypicker.h"
#include "wizardcontext.h"
#include "wizardpages.h"

#include <QVBoxLayout>

namespace es {

ColumnsPage::ColumnsPage(WizardContext *context, QWidget *parent)
    : WizardPageBase(context, parent)
    , m_picker(new PropertyPicker(this))
    , m_busy(new BusyNote(this))
{
    setTitle(tr("Which columns?"));
    setSubTitle(tr("Step 3 of 5 · Tick the properties to export. The list on the right is the "
                   "column order: drag or use Up and Down to change it."));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_busy);
    layout->addWidget(m_picker, 1);

    connect(m_picker, &PropertyPicker::selectionChanged, this, [this] {
        m_context->model.request.objectProperties = m_picker->selectedNames();
        const QList<ValidationIssue> issues = pageIssues();
        m_picker->setIssue(issues.isEmpty() ? QString() : issues.first().message);
        modelEdited();
    });
    connect(m_busy, &BusyNote::retryRequested, this, [this] { load(true); });
    reconnectCache();
}

void ColumnsPage::connectCache(MetadataCache *cache)
{
    m_loadedFor.clear(); // another account: load again when the page is shown
    track(connect(cache, &MetadataCache::propertiesReady, this,
                  [this](const QString &objectType, const QList<PropertyDef> &properties) {
                      if (objectType != m_loadedFor)
                          return;
                      m_properties = properties;
                      m_haveProperties = true;
                      maybeShow();
                  }));
    track(connect(cache, &MetadataCache::propertyGroupsReady, this,
                  [this](const QString &objectType, const QList<PropertyGroup> &groups) {
                      if (objectType != m_loadedFor)
                          return;
                      m_groups = groups;
                      m_haveGroups = true;
                      maybeShow();
                  }));
    track(connect(cache, &MetadataCache::failed, this,
                  [this](MetadataCache::Topic topic, const QString &key, const ApiError &error) {
                      if (key != m_loadedFor)
                          return;
                      if (topic == MetadataCache::Topic::PropertyGroups) {
                          // Headings are a comfort, not a need: group by internal group name.
                          m_haveGroups = true;
                          maybeShow();
                      } else if (topic == MetadataCache::Topic::Properties) {
                          m_busy->showError(
                              tr("Could not load the properties of %1: %2")
                                  .arg(m_context->objectPlural(), error.userMessage()));
                      }
                  }));
}

void ColumnsPage::initializePage()
{
    const QString objectType = m_context->model.request.objectType;
    m_picker->setSelectedNames(m_context->model.request.objectProperties);
    if (objectType != m_loadedFor || !m_haveProperties) {
        load(false);
    } else if (m_context->model.request.objectProperties.isEmpty()) {
        // A new export of the object shown before: its default columns, as on the first load.
        maybeShow();
        return;
    }
    const QList<ValidationIssue> issues = pageIssues();
    m_picker->setIssue(m_haveProperties && !issues.isEmpty() ? issues.first().message : QString());
}

QList<ValidationIssue> ColumnsPage::pageIssues() const
{
    return m_context->model.issuesFor({QStringLiteral("objectProperties")});
}

void ColumnsPage::load(bool refresh)
{
    MetadataCache *cache = m_context->cache();
    m_loadedFor = m_context->model.request.objectType;
    m_haveProperties = false;
    m_haveGroups = false;
    if (!cache) {
        m_busy->showError(tr("No account is connected, so the properties cannot be loaded."));
        return;
    }
    m_busy->showBusy(tr("Loading the properties of %1…").arg(m_context->objectPlural()));
    cache->requestProperties(m_loadedFor, refresh);
    cache->requestPropertyGroups(m_loadedFor, refresh);
}

void ColumnsPage::maybeShow()
{
    if (!m_haveProperties || !m_haveGroups)
        return;
    m_busy->clear();
    m_picker->setProperties(m_properties, m_groups);
    QStringList &columns = m_context->model.request.objectProperties;
    if (columns.isEmpty()) {
        QSet<QString> known;
        for (const PropertyDef &property : std::as_const(m_properties))
            known.insert(property.name);
        for (const QString &name : WizardModel::commonColumns(m_loadedFor)) {
            if (known.contains(name))
                columns.append(name);
        }
    }
    m_picker->setSelectedNames(columns);
    const QList<ValidationIssue> issues = pageIssues();
    m_picker->setIssue(issues.isEmpty() ? QString() : issues.first().message);
    modelEdited();
}

} // namespace es
