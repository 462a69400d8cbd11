#pragma once

// A scripted HubSpot on top of the shared fake network: starts hand out task ids, status polls
// walk through a script of states, GET /export/{id} reports exportState and recordCount, and
// download links serve the export's bytes (Range included). `fault` can answer any request
// first (return nullopt to let the simulation answer).

#include "fakenetworkaccessmanager.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>
#include <functional>
#include <optional>

struct FakeExport
{
    QString id;
    QStringList states{QStringLiteral("PENDING"), QStringLiteral("PROCESSING"),
                       QStringLiteral("COMPLETE")};
    int polls = 0;
    QByteArray file = "Email,First Name\na@example.com,Ann\nb@example.com,Bob\n";
    QString exportState = QStringLiteral("PROCESSING");
    qint64 recordCount = 2;
    QJsonArray errors; // sent with the status when not empty
    int downloads = 0;
};

class FakeHubSpot
{
public:
    using Fault =
        std::function<std::optional<es::test::FakeResponse>(const es::test::RecordedRequest &)>;

    es::test::FakeNetworkAccessManager network;
    QHash<QString, FakeExport> exports;
    FakeExport templ; // copied for every new export
    Fault fault;
    int nextId = 5000;
    int starts = 0;
    QStringList startOrder; // export names in the order they were started

    static QUrl apiBase() { return QUrl(QStringLiteral("http://127.0.0.1:9")); }

    FakeHubSpot()
    {
        network.setHandler([this](const es::test::RecordedRequest &r) { return answer(r); });
    }

    int statusCalls(const QString &id) const
    {
        return network.count("GET", QStringLiteral("/crm/v3/exports/export/async/tasks/") + id +
                                        QStringLiteral("/status"));
    }

private:
    std::optional<es::test::FakeResponse> answer(const es::test::RecordedRequest &r)
    {
        using es::test::FakeResponse;
        if (fault) {
            if (auto response = fault(r))
                return response;
        }
        const QString path = r.url.path();
        if (r.verb == "POST" && path == u"/crm/v3/exports/export/async") {
            ++starts;
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            startOrder.append(body.value(u"exportName").toString());
            FakeExport e = templ;
            e.id = QString::number(nextId++);
            exports.insert(e.id, e);
            return FakeResponse::json(202,
                                      QJsonDocument(QJsonObject{{QStringLiteral("id"), e.id}}));
        }
        static const QRegularExpression statusRe(
            QStringLiteral("^/crm/v3/exports/export/async/tasks/(\\d+)/status$"));
        static const QRegularExpression getRe(QStringLiteral("^/crm/v3/exports/export/(\\d+)$"));
        static const QRegularExpression fileRe(QStringLiteral("^/files/(\\d+)$"));
        if (const auto m = statusRe.match(path); m.hasMatch()) {
            auto it = exports.find(m.captured(1));
            if (it == exports.end())
                return FakeResponse::hubspotError(403, QStringLiteral("FORBIDDEN"),
                                                  QStringLiteral("No such export"));
            const QString state =
                it->states.at(std::min<qsizetype>(it->polls, it->states.size() - 1));
            ++it->polls;
            QJsonObject o{{QStringLiteral("status"), state},
                          {QStringLiteral("startedAt"), QStringLiteral("2026-03-01T12:00:00Z")}};
            if (state == u"COMPLETE") {
                o[QStringLiteral("result")] =
                    QStringLiteral("http://127.0.0.1:9/files/%1?sig=%2").arg(it->id).arg(it->polls);
                o[QStringLiteral("completedAt")] = QStringLiteral("2026-03-01T12:01:00Z");
            }
            if (!it->errors.isEmpty()) {
                o[QStringLiteral("errors")] = it->errors;
                o[QStringLiteral("numErrors")] = int(it->errors.size());
            }
            return FakeResponse::json(200, QJsonDocument(o));
        }
        if (const auto m = getRe.match(path); m.hasMatch()) {
            const auto it = exports.constFind(m.captured(1));
            if (it == exports.cend())
                return FakeResponse::hubspotError(404, QStringLiteral("OBJECT_NOT_FOUND"),
                                                  QStringLiteral("No such export"));
            return FakeResponse::json(
                200, QJsonDocument(QJsonObject{{QStringLiteral("id"), it->id},
                                               {QStringLiteral("exportState"), it->exportState},
                                               {QStringLiteral("recordCount"), it->recordCount}}));
        }
        if (const auto m = fileRe.match(path); m.hasMatch()) {
            auto it = exports.find(m.captured(1));
            if (it == exports.end())
                return FakeResponse::raw(404, "gone");
            ++it->downloads;
            const QByteArray range = r.header("Range");
            if (range.startsWith("bytes=")) {
                const qint64 from = range.mid(6, range.indexOf('-') - 6).toLongLong();
                if (from < it->file.size()) {
                    return FakeResponse::raw(
                        206, it->file.mid(from), "application/octet-stream",
                        {{"Content-Range", "bytes " + QByteArray::number(from) + '-' +
                                               QByteArray::number(it->file.size() - 1) + '/' +
                                               QByteArray::number(it->file.size())},
                         {"ETag", "\"e1\""}});
                }
            }
            return FakeResponse::raw(200, it->file, "application/octet-stream",
                                     {{"ETag", "\"e1\""}});
        }
        return std::nullopt;
    }
};
