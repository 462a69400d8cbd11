#include "objectdescriptions.h"

namespace es {

QString ObjectDescriptions::describe(const QString &objectType, const QString &plural, bool custom)
{
    if (custom)
        //: %1 is the custom object's plural name, e.g. "Pets"
        return tr("%1: a custom object of this portal. One row per record, with the properties "
                  "its schema defines.")
            .arg(plural);
    const QString type = objectType.toUpper();
    if (type == u"CONTACT")
        return tr("The people in your CRM: one row per contact, with email, name, lifecycle "
                  "stage and any other contact property.");
    if (type == u"COMPANY")
        return tr("The organisations your contacts work for: one row per company, with domain, "
                  "industry, size and owner.");
    if (type == u"DEAL")
        return tr("Sales opportunities: one row per deal, with amount, stage, pipeline and "
                  "close date.");
    if (type == u"TICKET")
        return tr("Support requests: one row per ticket, with status, priority, pipeline and "
                  "owner.");
    if (type == u"PRODUCT")
        return tr("Your product library: one row per product, with price, SKU and "
                  "description.");
    if (type == u"LINE_ITEM")
        return tr("Products as sold in a deal or quote: one row per line item, with quantity, "
                  "price and discount.");
    if (type == u"QUOTE")
        return tr("Quotes sent to buyers: one row per quote, with amount, status and expiry "
                  "date.");
    if (type == u"COMMUNICATION")
        return tr("Logged SMS, WhatsApp and LinkedIn messages: one row per message.");
    if (type == u"FEEDBACK_SUBMISSION")
        return tr("Answers to feedback surveys (NPS, CSAT, CES): one row per submission.");
    if (type == u"TASK")
        return tr("To-dos of your team: one row per task, with subject, status, due date and "
                  "owner.");
    if (type == u"NOTE")
        return tr("Notes logged on records: one row per note, with its text and time.");
    if (type == u"MEETING")
        return tr("Logged or booked meetings: one row per meeting, with title, time and "
                  "outcome.");
    if (type == u"CALL")
        return tr("Logged calls: one row per call, with direction, duration and outcome.");
    if (type == u"EMAIL")
        return tr("Logged one-to-one emails: one row per email, with subject, sender and "
                  "time.");
    if (type == u"INVOICE")
        return tr("Invoices: one row per invoice, with amount, status and due date.");
    if (type == u"LEAD")
        return tr("Prospects being qualified: one row per lead, with its stage and owner.");
    //: %1 is the object's plural name
    return tr("%1: one row per record.").arg(plural);
}

} // namespace es
