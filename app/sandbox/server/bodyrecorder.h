#pragma once

#include "httpserver.h"

#include <QFile>
#include <QString>
#include <mutex>

namespace sandbox {

// Appends every API request body the sandbox receives to DIR/bodies-PID.jsonl, one JSON object a
// line ({"method", "path", "lenient", "bodyBase64"}), so the test harness can check them against
// HubSpot's JSON schemas with a validator that shares no code with Export Studio: the sandbox
// itself reads bodies with the client's own RequestCodec, so a client wire bug would pass both.
// A request carrying "X-Sandbox-Lenient: 1" is marked lenient: a test sends a loose or invalid
// body on purpose (HubSpot's guide shapes, error answers) and the harness does not hold it to the
// strict shape. Called from libmicrohttpd's connection threads.
class BodyRecorder
{
public:
    // Creates DIR and the file (empty until a body arrives: the harness then knows this sandbox
    // ran with recording on). False with *error when either cannot be made.
    bool open(const QString &dir, QString *error);
    bool isOpen() const { return m_file.isOpen(); }
    void record(const HttpRequest &request);

private:
    std::mutex m_mutex;
    QFile m_file;
};

} // namespace sandbox
