#include "objecttype.h"

#include <QCoreApplication>
#include <QMutex>
#include <QRegularExpression>
#include <algorithm>
#include <iterator>
#include <list>

namespace es::ObjectTypes {

namespace {

struct Entry
{
    const char *name;
    const char *typeId;
    const char *singular;
    const char *plural;
};

// Names the exports API accepts and the objectTypeIds of HubSpot's docs
// (HUBSPOT-API-FACTS.md §4); the labels are shown in the wizard, so they are translated.
constexpr Entry Entries[] = {
    {"CONTACT", "0-1", QT_TRANSLATE_NOOP("es::ObjectTypes", "Contact"),
     QT_TRANSLATE_NOOP("es::ObjectTypes", "Contacts")},
    {"COMPANY", "0-2", QT_TRANSLATE_NOOP("es::ObjectTypes", "Company"),
     QT_TRANSLATE_NOOP("es::ObjectTypes", "Companies")},
    {"DEAL", "0-3", QT_TRANSLATE_NOOP("es::ObjectTypes", "Deal"),
     QT_TRANSLATE_NOOP("es::ObjectTypes", "Deals")},
    {"TICKET", "0-5", QT_TRANSLATE_NOOP("es::ObjectTypes", "Ticket"),
     QT_TRANSLATE_NOOP("es::ObjectTypes", "Tickets")},
    {"PRODUCT", "0-7", QT_TRANSLATE_NOOP("es::ObjectTypes", "Product"),
     QT_TRANSLATE_NOOP("es::ObjectTypes", "Products")},
    {"LINE_ITEM", "0-8", QT_TRANSLATE_NOOP("es::ObjectTypes", "Line item"),
     QT_TRANSLATE_NOOP("es::ObjectTypes", "Line items")},
    {"QUOTE", "0-14", QT_TRANSLATE_NOOP("es::ObjectTypes", "Quote"),
     QT_TRANSLATE_NOOP("es::ObjectTypes", "Quotes")},
    {"COMMUNICATION", "0-18", QT_TRANSLATE_NOOP("es::ObjectTypes", "Communication"),
     QT_TRANSLATE_NOOP("es::ObjectTypes", "Communications")},
    {"FEEDBACK_SUBMISSION", "0-19", QT_TRANSLATE_NOOP("es::ObjectTypes", "Feedback submission"),
     QT_TRANSLATE_NOOP("es::ObjectTypes", "Feedback submissions")},
    {"TASK", "0-27", QT_TRANSLATE_NOOP("es::ObjectTypes", "Task"),
     QT_TRANSLATE_NOOP("es::ObjectTypes", "Tasks")},
    {"NOTE", "0-46", QT_TRANSLATE_NOOP("es::ObjectTypes", "Note"),
     QT_TRANSLATE_NOOP("es::ObjectTypes", "Notes")},
    {"MEETING", "0-47", QT_TRANSLATE_NOOP("es::ObjectTypes", "Meeting"),
     QT_TRANSLATE_NOOP("es::ObjectTypes", "Meetings")},
    //: A logged phone call (HubSpot's "Calls" object)
    {"CALL", "0-48", QT_TRANSLATE_NOOP("es::ObjectTypes", "Call"),
     //: Logged phone calls (HubSpot's "Calls" object)
     QT_TRANSLATE_NOOP("es::ObjectTypes", "Calls")},
    {"EMAIL", "0-49", QT_TRANSLATE_NOOP("es::ObjectTypes", "Email"),
     QT_TRANSLATE_NOOP("es::ObjectTypes", "Emails")},
    {"INVOICE", "0-53", QT_TRANSLATE_NOOP("es::ObjectTypes", "Invoice"),
     QT_TRANSLATE_NOOP("es::ObjectTypes", "Invoices")},
    //: A sales lead (HubSpot's "Leads" object)
    {"LEAD", "0-136", QT_TRANSLATE_NOOP("es::ObjectTypes", "Lead"),
     //: Sales leads (HubSpot's "Leads" object)
     QT_TRANSLATE_NOOP("es::ObjectTypes", "Leads")},
};

QList<StandardObject> translatedObjects()
{
    QList<StandardObject> objects;
    objects.reserve(qsizetype(std::size(Entries)));
    for (const Entry &entry : Entries) {
        objects.append({QString::fromLatin1(entry.name), QString::fromLatin1(entry.typeId),
                        QCoreApplication::translate("es::ObjectTypes", entry.singular),
                        QCoreApplication::translate("es::ObjectTypes", entry.plural)});
    }
    return objects;
}

bool sameLabels(const QList<StandardObject> &a, const QList<StandardObject> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const StandardObject &x, const StandardObject &y) {
                          return x.singular == y.singular && x.plural == y.plural;
                      });
}

} // namespace

const QList<StandardObject> &standard()
{
    // The labels follow the translators installed right now. A list handed out stays valid for
    // the life of the program (callers keep references and pointers into it), so each language
    // gets its own list and none is ever freed: a handful of small lists at most.
    static QMutex mutex;
    static std::list<QList<StandardObject>> lists;
    QList<StandardObject> current = translatedObjects();
    const QMutexLocker locker(&mutex);
    for (const QList<StandardObject> &list : lists) {
        if (sameLabels(list, current))
            return list;
    }
    return lists.emplace_back(std::move(current));
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
