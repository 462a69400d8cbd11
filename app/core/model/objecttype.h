#pragma once

#include <QList>
#include <QString>

namespace es {

// A standard CRM object: the name the exports API accepts, its objectTypeId and its labels in the
// language of the translators installed when standard() was called.
struct StandardObject
{
    QString name;     // "CONTACT"
    QString typeId;   // "0-1"
    QString singular; // "Contact"
    QString plural;   // "Contacts"
};

namespace ObjectTypes {

const QList<StandardObject> &standard();

// Finds a standard object by name (any case) or by objectTypeId.
const StandardObject *findStandard(const QString &nameOrId);

// "2-12345": the only way custom objects may be referenced in an export.
bool isCustomObjectId(const QString &text);
// "0-1", "2-123" and so on.
bool isObjectTypeId(const QString &text);
// A standard name or id, or a custom object id.
bool isValid(const QString &text);

// "0-1" for CONTACT or 0-1; the custom id itself; empty when unknown.
QString typeIdOf(const QString &nameOrId);
// "CONTACT" for CONTACT or 0-1; the input unchanged otherwise.
QString canonicalName(const QString &nameOrId);
// "Contacts"; the input unchanged for custom ids (callers map those through the schemas API).
QString pluralLabel(const QString &nameOrId);

} // namespace ObjectTypes
} // namespace es
