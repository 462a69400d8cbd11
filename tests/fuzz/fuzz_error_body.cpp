// HubSpot error answers: ApiError::fromHttp on any status, body and content type (standard
// error bodies, 429 bodies, HTML pages, broken JSON), and the sentences built from them.
//
// Input layout: byte 0 picks the HTTP status, byte 1 the content type, the rest is the body.

#include "fuzzcommon.h"
#include "hubspot/apierror.h"

#include <array>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    es::fuzz::quietQt();
    static constexpr std::array statuses{400, 401, 403, 404, 409, 422, 429, 500, 502,
                                         503, 504, 200, 302, 418, 0,   599, 999};
    static constexpr std::array<const char *, 5> types{"application/json;charset=utf-8",
                                                       "text/html; charset=UTF-8", "", "text/plain",
                                                       "application/xml"};
    const int status = size > 0 ? statuses[data[0] % statuses.size()] : 500;
    const QByteArray contentType = size > 1 ? QByteArray(types[data[1] % types.size()]) : "";
    const QByteArray body = size > 2 ? es::fuzz::bytes(data + 2, size - 2) : QByteArray();

    const es::ApiError error = es::ApiError::fromHttp(status, body, contentType);
    if (!error.isError())
        es::fuzz::fail("an HTTP error answer was read as no error");
    if (error.userMessage().trimmed().isEmpty())
        es::fuzz::fail("an error without a sentence for people");
    (void)error.technicalSummary();
    (void)error.missingScopes();
    (void)error.isDailyLimit();
    (void)es::ApiError::kindName(error.kind);
    return 0;
}
