#pragma once

#include "hubspot/metadata.h"
#include "wizardmodel.h"

#include <QObject>
#include <QPointer>

namespace es {

class MetadataCache;
class RecordCounter;

// What the wizard's pages share: the model being built, the accounts, the object choices and
// the metadata source. Pages talk to each other only through this.
class WizardContext : public QObject
{
    Q_OBJECT

public:
    explicit WizardContext(QObject *parent = nullptr);

    WizardModel model;
    QList<WizardAccount> accounts;
    // The name of the list a LIST export takes its records from, when the List page knew it.
    QString listName;

    MetadataCache *cache() const;
    void setCache(MetadataCache *cache);

    QList<ObjectTypeChoice> objectChoices() const;
    void setObjectChoices(const QList<ObjectTypeChoice> &choices);
    // Labels of the current object ("Contacts"); custom objects through the schemas.
    QString objectPlural() const;
    QString objectSingular() const;
    QString objectTypeId() const;
    // Properties of the current object when the cache has them; empty otherwise.
    QList<PropertyDef> cachedProperties() const;
    QString accountName() const;

    // Counts the records of the request being built (filters, list and Review pages share it,
    // so a count made on one page is reused on the next).
    RecordCounter *counter() const { return m_counter; }
    // Hands the current request to the counter (debounced); `now` skips the debounce.
    void recount(bool now = false);

Q_SIGNALS:
    void cacheChanged();
    void objectChoicesChanged();

private:
    const ObjectTypeChoice *currentChoice() const;

    QPointer<MetadataCache> m_cache;
    QList<ObjectTypeChoice> m_choices;
    RecordCounter *m_counter;
};

} // namespace es
