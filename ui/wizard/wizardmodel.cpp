#include "wizardmodel.h"

#include "model/objecttype.h"

#include <QCoreApplication>
#include <QDate>

namespace es {

ExportRequest WizardModel::effectiveRequest() const
{
    ExportRequest out = request;
    if (out.exportType == ExportType::List) {
        out.search.reset();
    } else {
        out.listId.clear();
        if (!out.search)
            out.search = SearchRequest{};
    }
    return out;
}

QList<ValidationIssue> WizardModel::issuesFor(const QStringList &prefixes) const
{
    QList<ValidationIssue> out;
    for (const ValidationIssue &issue : issues()) {
        for (const QString &prefix : prefixes) {
            if (issue.field.startsWith(prefix)) {
                out.append(issue);
                break;
            }
        }
    }
    return out;
}

QString WizardModel::defaultExportName(const QString &objectPluralLabel, const QDate &date)
{
    return QCoreApplication::translate("es::WizardModel", "%1 export %2")
        .arg(objectPluralLabel, date.toString(Qt::ISODate));
}

QStringList WizardModel::commonColumns(const QString &objectType)
{
    const QString name = ObjectTypes::canonicalName(objectType);
    auto list = [](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *n : names)
            out.append(QString::fromLatin1(n));
        return out;
    };
    if (name == u"CONTACT")
        return list({"firstname", "lastname", "email", "phone", "company", "lifecyclestage",
                     "hubspot_owner_id", "createdate"});
    if (name == u"COMPANY")
        return list({"name", "domain", "industry", "city", "country", "phone", "hubspot_owner_id",
                     "createdate"});
    if (name == u"DEAL")
        return list({"dealname", "amount", "dealstage", "pipeline", "closedate", "hubspot_owner_id",
                     "createdate"});
    if (name == u"TICKET")
        return list({"subject", "hs_pipeline", "hs_pipeline_stage", "hs_ticket_priority",
                     "hubspot_owner_id", "createdate"});
    if (name == u"PRODUCT")
        return list({"name", "price", "hs_sku", "description", "createdate"});
    if (name == u"LINE_ITEM")
        return list({"name", "quantity", "price", "amount", "createdate"});
    return list({"hs_object_id", "hs_createdate", "hs_lastmodifieddate"});
}

} // namespace es
