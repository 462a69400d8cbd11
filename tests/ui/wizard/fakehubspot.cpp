#include "fakehubspot.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace {

class FakeReply : public QNetworkReply
{
public:
    FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request, int status,
              const QByteArray &body, int delayMs, QObject *parent)
        : QNetworkReply(parent)
        , m_body(body)
    {
        setRequest(request);
        setOperation(op);
        setUrl(request.url());
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        if (status == 404)
            setError(QNetworkReply::ContentNotFoundError, QStringLiteral("Not Found"));
        QTimer::singleShot(delayMs, this, [this] {
            if (m_aborted)
                return;
            Q_EMIT metaDataChanged();
            Q_EMIT downloadProgress(m_body.size(), m_body.size());
            Q_EMIT readyRead();
            if (error() != QNetworkReply::NoError)
                Q_EMIT errorOccurred(error());
            setFinished(true);
            Q_EMIT finished();
        });
    }

    void abort() override
    {
        if (isFinished())
            return;
        m_aborted = true;
        setError(QNetworkReply::OperationCanceledError, QStringLiteral("Canceled"));
        Q_EMIT errorOccurred(error());
        setFinished(true);
        Q_EMIT finished();
    }
    qint64 bytesAvailable() const override
    {
        return m_body.size() - m_pos + QIODevice::bytesAvailable();
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_body.size() - m_pos);
        if (n <= 0)
            return -1;
        memcpy(data, m_body.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }

private:
    QByteArray m_body;
    qint64 m_pos = 0;
    bool m_aborted = false;
};

QJsonObject makeProp(const char *name, const char *label, const char *type, const char *group,
                     QJsonArray options = {}, bool hidden = false, bool calculated = false)
{
    return QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                       {QStringLiteral("label"), QString::fromUtf8(label)},
                       {QStringLiteral("type"), QString::fromLatin1(type)},
                       {QStringLiteral("fieldType"), QStringLiteral("text")},
                       {QStringLiteral("groupName"), QString::fromLatin1(group)},
                       {QStringLiteral("options"), options},
                       {QStringLiteral("hidden"), hidden},
                       {QStringLiteral("calculated"), calculated},
                       {QStringLiteral("hubspotDefined"), true}};
}

QJsonArray options(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    QJsonArray out;
    int order = 0;
    for (const auto &[value, label] : pairs) {
        out.append(QJsonObject{{QStringLiteral("value"), QString::fromLatin1(value)},
                               {QStringLiteral("label"), QString::fromUtf8(label)},
                               {QStringLiteral("displayOrder"), order++}});
    }
    return out;
}

} // namespace

FakeHubSpot::FakeHubSpot(QObject *parent)
    : QNetworkAccessManager(parent)
{}

QJsonArray FakeHubSpot::contactProperties()
{
    return QJsonArray{
        makeProp("firstname", "First name", "string", "contactinformation"),
        makeProp("lastname", "Last name", "string", "contactinformation"),
        makeProp("email", "Email", "string", "contactinformation"),
        makeProp("phone", "Phone number", "phone_number", "contactinformation"),
        makeProp("company", "Company name", "string", "contactinformation"),
        makeProp("country", "Country/Region", "string", "contactinformation"),
        makeProp("city", "City", "string", "contactinformation"),
        makeProp("lifecyclestage", "Lifecycle stage", "enumeration", "contactinformation",
                 options({{"subscriber", "Subscriber"},
                          {"lead", "Lead"},
                          {"marketingqualifiedlead", "Marketing qualified lead"},
                          {"salesqualifiedlead", "Sales qualified lead"},
                          {"opportunity", "Opportunity"},
                          {"customer", "Customer"},
                          {"evangelist", "Evangelist"}})),
        makeProp("hs_lead_status", "Lead status", "enumeration", "salesproperties",
                 options({{"NEW", "New"},
                          {"OPEN", "Open"},
                          {"IN_PROGRESS", "In progress"},
                          {"UNQUALIFIED", "Unqualified"}})),
        makeProp("hubspot_owner_id", "Contact owner", "enumeration", "salesproperties"),
        makeProp("createdate", "Create date", "datetime", "contactinformation"),
        makeProp("closedate", "Close date", "date", "salesproperties"),
        makeProp("annualrevenue", "Annual revenue", "number", "salesproperties"),
        makeProp("num_associated_deals", "Number of associated deals", "number", "salesproperties",
                 {}, false, true),
        makeProp("hs_email_optout", "Unsubscribed from all email", "bool", "emailinformation",
                 options({{"true", "Yes"}, {"false", "No"}})),
        makeProp("hs_analytics_num_visits", "Number of sessions", "number", "analyticsinformation",
                 {}, false, true),
        makeProp("hs_analytics_source", "Original source", "enumeration", "analyticsinformation",
                 options({{"ORGANIC_SEARCH", "Organic search"},
                          {"PAID_SEARCH", "Paid search"},
                          {"EMAIL_MARKETING", "Email marketing"},
                          {"DIRECT_TRAFFIC", "Direct traffic"}})),
        makeProp("hs_object_id", "Record ID", "number", "contactinformation"),
        makeProp("hs_all_contact_vids", "All contact IDs", "enumeration", "contactinformation", {},
                 true, true),
        makeProp("hs_lastmodifieddate", "Last modified date", "datetime", "contactinformation"),
    };
}

QJsonArray FakeHubSpot::contactGroups()
{
    auto group = [](const char *name, const char *label, int order) {
        return QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                           {QStringLiteral("label"), QString::fromUtf8(label)},
                           {QStringLiteral("displayOrder"), order}};
    };
    return QJsonArray{group("contactinformation", "Contact information", 0),
                      group("salesproperties", "Sales properties", 1),
                      group("emailinformation", "Email information", 2),
                      group("analyticsinformation", "Web analytics history", 3)};
}

QJsonArray FakeHubSpot::lists()
{
    auto list = [](const char *id, const char *name, const char *type, int size) {
        return QJsonObject{{QStringLiteral("listId"), QString::fromLatin1(id)},
                           {QStringLiteral("name"), QString::fromUtf8(name)},
                           {QStringLiteral("objectTypeId"), QStringLiteral("0-1")},
                           {QStringLiteral("processingType"), QString::fromLatin1(type)},
                           {QStringLiteral("processingStatus"), QStringLiteral("COMPLETE")},
                           {QStringLiteral("updatedAt"), QStringLiteral("2026-11-20T09:15:00Z")},
                           {QStringLiteral("additionalProperties"),
                            QJsonObject{{QStringLiteral("hs_list_size"), QString::number(size)}}}};
    };
    return QJsonArray{list("41", "Newsletter subscribers", "DYNAMIC", 12840),
                      list("42", "Webinar attendees — November", "MANUAL", 318),
                      list("57", "Customers in Germany", "DYNAMIC", 1204),
                      list("63", "Trade fair leads 2026", "SNAPSHOT", 96),
                      list("987", "Old newsletter (migrated)", "MANUAL", 5310)};
}

namespace {

// Stable, plausible counts for screenshots: by the first filter's property of each group.
qint64 defaultSearchTotal(const QJsonObject &body)
{
    const QJsonArray groups = body.value(u"filterGroups").toArray();
    if (groups.isEmpty())
        return 48210;
    qint64 total = 0;
    for (const QJsonValue group : groups) {
        const QString property = group.toObject()
                                     .value(u"filters")
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(u"propertyName")
                                     .toString();
        total += property == u"lifecyclestage" ? 1204 : property == u"closedate" ? 1141 : 312;
    }
    return groups.size() > 1 ? total - 27 : total; // the groups overlap a little
}

} // namespace

QNetworkReply *FakeHubSpot::createRequest(Operation op, const QNetworkRequest &request,
                                          QIODevice *outgoingData)
{
    const QString path = request.url().path();
    const QString verb = op == PostOperation ? QStringLiteral("POST") : QStringLiteral("GET");
    requested.append(verb + u' ' + path);

    for (const QString &prefix : std::as_const(failing)) {
        if (path.startsWith(prefix)) {
            const QJsonObject error{
                {QStringLiteral("status"), QStringLiteral("error")},
                {QStringLiteral("message"), QStringLiteral("Not found in the fake portal")},
                {QStringLiteral("category"), QStringLiteral("OBJECT_NOT_FOUND")},
                {QStringLiteral("correlationId"), QStringLiteral("fake-1")}};
            return new FakeReply(op, request, 404, QJsonDocument(error).toJson(), delayMs, this);
        }
    }

    QJsonObject body;
    if (path.startsWith(u"/crm/v3/objects/") && path.endsWith(u"/search")) {
        ++searches;
        const QJsonObject sent =
            QJsonDocument::fromJson(outgoingData ? outgoingData->readAll() : QByteArray()).object();
        body.insert(QStringLiteral("total"),
                    searchTotal ? searchTotal(sent) : defaultSearchTotal(sent));
        body.insert(QStringLiteral("results"), QJsonArray{});
        if (holdSearches)
            return new FakeReply(op, request, 200, QJsonDocument(body).toJson(), 24 * 3600 * 1000,
                                 this);
    } else if (path.endsWith(u"/groups")) {
        body.insert(QStringLiteral("results"), contactGroups());
    } else if (path.startsWith(u"/crm/v3/properties/")) {
        const QString type = path.section(u'/', 4, 4);
        if (type == u"2-1234") {
            body.insert(QStringLiteral("results"),
                        QJsonArray{makeProp("pet_name", "Pet name", "string", "pet_information"),
                                   makeProp("species", "Species", "enumeration", "pet_information",
                                            options({{"dog", "Dog"}, {"cat", "Cat"}}))});
        } else {
            body.insert(QStringLiteral("results"), contactProperties());
        }
    } else if (path == u"/crm/v3/lists/search") {
        body.insert(QStringLiteral("lists"), lists());
        body.insert(QStringLiteral("hasMore"), false);
        body.insert(QStringLiteral("offset"), int(lists().size()));
        body.insert(QStringLiteral("total"), int(lists().size()));
    } else if (path.startsWith(u"/crm/v3/lists/") && op == GetOperation &&
               path.section(u'/', 4, 4).toLongLong() > 0) {
        const QString id = path.section(u'/', 4, 4);
        for (const QJsonValue list : lists()) {
            if (list.toObject().value(u"listId").toString() == id)
                body.insert(QStringLiteral("list"), list);
        }
        if (body.isEmpty())
            return new FakeReply(op, request, 404, "{\"message\":\"no such list\"}", delayMs, this);
    } else if (path == u"/crm/v3/lists/idmapping") {
        const QString legacy =
            QUrlQuery(request.url()).queryItemValue(QStringLiteral("legacyListId"));
        if (legacy != u"123")
            return new FakeReply(op, request, 404, "{\"message\":\"no such list\"}", delayMs, this);
        body.insert(QStringLiteral("legacyListId"), legacy);
        body.insert(QStringLiteral("listId"), QStringLiteral("987"));
    } else if (path.contains(u"schemas")) {
        body.insert(QStringLiteral("results"),
                    QJsonArray{QJsonObject{
                        {QStringLiteral("id"), QStringLiteral("1234")},
                        {QStringLiteral("objectTypeId"), QStringLiteral("2-1234")},
                        {QStringLiteral("name"), QStringLiteral("pets")},
                        {QStringLiteral("fullyQualifiedName"), QStringLiteral("p123_pets")},
                        {QStringLiteral("labels"),
                         QJsonObject{{QStringLiteral("singular"), QStringLiteral("Pet")},
                                     {QStringLiteral("plural"), QStringLiteral("Pets")}}},
                        {QStringLiteral("primaryDisplayProperty"), QStringLiteral("pet_name")},
                        {QStringLiteral("properties"), QJsonArray{}}}});
    } else {
        return new FakeReply(op, request, 404, "{\"message\":\"unknown path\"}", delayMs, this);
    }
    return new FakeReply(op, request, 200, QJsonDocument(body).toJson(QJsonDocument::Compact),
                         delayMs, this);
}
