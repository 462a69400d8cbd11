#include "objecttype.h"

#include <QRegularExpression>

namespace es::ObjectTypes {

const QList<StandardObject> &standard()
{
    // Names the exports API accepts and the objectTypeIds of HubSpot's docs
    // (HUBSPOT-API-FACTS.md §4).
    static const QList<StandardObject> objects{
        {QStringLiteral("CONTACT"), QStringLiteral("0-1"), QStringLiteral("Contact"),
         QStringLiteral("Contacts")},
        {QStringLiteral("COMPANY"), QStringLiteral("0-2"), QStringLiteral("Company"),
         QStringLiteral("Companies")},
        {QStringLiteral("DEAL"), QStringLiteral("0-3"), QStringLiteral("Deal"),
         QStringLiteral("Deals")},
        {QStringLiteral("TICKET"), QStringLiteral("0-5"), QStringLiteral("Ticket"),
         QStringLiteral("Tickets")},
        {QStringLiteral("PRODUCT"), QStringLiteral("0-7"), QStringLiteral("Product"),
         QStringLiteral("Products")},
        {QStringLiteral("LINE_ITEM"), QStringLiteral("0-8"), QStringLiteral("Line item"),
         QStringLiteral("Line items")},
        {QStringLiteral("QUOTE"), QStringLiteral("0-14"), QStringLiteral("Quote"),
         QStringLiteral("Quotes")},
        {QStringLiteral("COMMUNICATION"), QStringLiteral("0-18"), QStringLiteral("Communication"),
         QStringLiteral("Communications")},
        {QStringLiteral("FEEDBACK_SUBMISSION"), QStringLiteral("0-19"),
         QStringLiteral("Feedback submission"), QStringLiteral("Feedback submissions")},
        {QStringLiteral("TASK"), QStringLiteral("0-27"), QStringLiteral("Task"),
         QStringLiteral("Tasks")},
        {QStringLiteral("NOTE"), QStringLiteral("0-46"), QStringLiteral("Note"),
         QStringLiteral("Notes")},
        {QStringLiteral("MEETING"), QStringLiteral("0-47"), QStringLiteral("Meeting"),
         QStringLiteral("Meetings")},
        {QStringLiteral("CALL"), QStringLiteral("0-48"), QStringLiteral("Call"),
         QStringLiteral("Calls")},
        {QStringLiteral("EMAIL"), QStringLiteral("0-49"), QStringLiteral("Email"),
         QStringLiteral("Emails")},
        {QStringLiteral("INVOICE"), QStringLiteral("0-53"), QStringLiteral("Invoice"),
         QStringLiteral("Invoices")},
        {QStringLiteral("LEAD"), QStringLiteral("0-136"), QStringLiteral("Lead"),
         QStringLiteral("Leads")},
    };
    return objects;
}

const StandardObject *findStandard(const QString &nameOrId)
{
    const QString key = nameOrId.trimmed();
    for (const StandardObject &object : standard()) {
        if (object.typeId == key || object.name.compare(key, Qt::CaseInsensitive) == 0)
            return &object;
    }
    return nullptr;
}

bool isCustomObjectId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^2-[0-9]+$"));
    return pattern.match(text).hasMatch();
}

bool isObjectTypeId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]+-[0-9]+$"));
    return pattern.match(text).hasMatch();
}

bool isValid(const QString &text)
{
    return findStandard(text) != nullptr || isCustomObjectId(text);
}

QString typeIdOf(const QString &nameOrId)
{
    if (const StandardObject *object = findStandard(nameOrId))
        return object->typeId;
    if (isCustomObjectId(nameOrId))
        return nameOrId;
    return {};
}

QString canonicalName(const QString &nameOrId)
{
    if (const StandardObject *object = findStandard(nameOrId))
        return object->name;
    return nameOrId;
}

QString pluralLabel(const QString &nameOrId)
{
    if (const StandardObject *object = findStandard(nameOrId))
        return object->plural;
    return nameOrId;
}

} // namespace es::ObjectTypes
