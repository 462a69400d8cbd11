#pragma once

// Answers the API routes share (apiroutes.cpp, searchroute.cpp).

#include "errorbody.h"
#include "httpserver.h"

#include <QJsonObject>
#include <optional>

namespace sandbox {

HttpResponse methodNotAllowed(const HttpRequest &request);
// 400 VALIDATION_ERROR naming every field in errors[] and context.invalidFields.
HttpResponse validationFailed(const QList<ErrorDetail> &errors);
// The body as a JSON object, or nullopt with the reason added to `errors`.
std::optional<QJsonObject> jsonBody(const HttpRequest &request, QList<ErrorDetail> *errors);

} // namespace sandbox
