#include "wizardcontext.h"

#include "count/recordcounter.h"
#include "hubspot/hubspotclient.h" // metadatacache.h needs the complete type
#include "hubspot/metadatacache.h"
#include "model/objecttype.h"

namespace es {

WizardContext::WizardContext(QObject *parent)
    : QObject(parent)
    , m_counter(new RecordCounter(this))
{
    for (const StandardObject &object : ObjectTypes::standard())
        m_choices.append({object.name, object.typeId, object.singular, object.plural, false});
}

MetadataCache *WizardContext::cache() const
{
    return m_cache;
}

void WizardContext::setCache(MetadataCache *cache)
{
    if (m_cache == cache)
        return;
    m_cache = cache;
    Q_EMIT cacheChanged();
}

QList<ObjectTypeChoice> WizardContext::objectChoices() const
{
    return m_choices;
}

void WizardContext::setObjectChoices(const QList<ObjectTypeChoice> &choices)
{
    if (choices.isEmpty())
        return;
    m_choices = choices;
    Q_EMIT objectChoicesChanged();
}

const ObjectTypeChoice *WizardContext::currentChoice() const
{
    const QString &type = model.request.objectType;
    const QString typeId = ObjectTypes::typeIdOf(type);
    for (const ObjectTypeChoice &choice : m_choices) {
        if (choice.objectType.compare(type, Qt::CaseInsensitive) == 0 ||
            (!typeId.isEmpty() && choice.typeId == typeId))
            return &choice;
    }
    return nullptr;
}

QString WizardContext::objectPlural() const
{
    const ObjectTypeChoice *choice = currentChoice();
    return choice && !choice->pluralLabel.isEmpty()
               ? choice->pluralLabel
               : ObjectTypes::pluralLabel(model.request.objectType);
}

QString WizardContext::objectSingular() const
{
    const ObjectTypeChoice *choice = currentChoice();
    return choice && !choice->singularLabel.isEmpty() ? choice->singularLabel
                                                      : model.request.objectType;
}

QString WizardContext::objectTypeId() const
{
    const ObjectTypeChoice *choice = currentChoice();
    if (choice && !choice->typeId.isEmpty())
        return choice->typeId;
    return ObjectTypes::typeIdOf(model.request.objectType);
}

QList<PropertyDef> WizardContext::cachedProperties() const
{
    if (!m_cache)
        return {};
    return m_cache->cachedProperties(model.request.objectType).value_or(QList<PropertyDef>{});
}

void WizardContext::recount(bool now)
{
    // The cache's client is the current account's: the counter drops its answers when it changes.
    m_counter->setClient(m_cache ? m_cache->client() : nullptr);
    m_counter->setLimits(model.limits);
    m_counter->setRequest(model.effectiveRequest());
    if (now)
        m_counter->countNow();
}

QString WizardContext::accountName() const
{
    for (const WizardAccount &account : accounts) {
        if (account.id == model.accountId)
            return account.name;
    }
    return model.accountId;
}

} // namespace es
