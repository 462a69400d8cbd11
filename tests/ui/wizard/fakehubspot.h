#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <functional>

// A QNetworkAccessManager that answers HubSpot's metadata endpoints from memory, for widget
// tests and screenshots: properties and groups of contacts (and a custom "Pets" object), lists,
// schemas and the legacy list id mapping. Replies arrive from the event loop, like real ones.
class FakeHubSpot : public QNetworkAccessManager
{
    Q_OBJECT

public:
    explicit FakeHubSpot(QObject *parent = nullptr);

    // Paths (prefix match) answered with 404 until cleared, to test errors and Retry.
    QSet<QString> failing;
    // Milliseconds before each answer, to show busy states.
    int delayMs = 0;
    QStringList requested; // "GET /crm/v3/properties/CONTACT", in order
    // CRM search (the record count): the `total` each body gets. The default is a fixed figure
    // per first filter's property, so screenshots show plausible, stable numbers.
    std::function<qint64(const QJsonObject &body)> searchTotal;
    bool holdSearches = false; // searches never answer (the "Counting…" state)
    int searches = 0;          // search requests seen

    static QJsonArray contactProperties();
    static QJsonArray contactGroups();
    static QJsonArray lists();

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;
};
