// Request files (File > Import request, the CLI's --request): RequestCodec::fromBytes on any
// bytes. A request that decodes without errors must survive its own round trip unchanged (apart
// from value fields its operators do not use: see roundtrip.h).

#include "fuzzcommon.h"
#include "model/requestcodec.h"
#include "roundtrip.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    es::fuzz::quietQt();
    const es::RequestCodec::DecodeResult decoded =
        es::RequestCodec::fromBytes(es::fuzz::bytes(data, size));
    if (!decoded.ok())
        return 0;
    const QByteArray written = es::RequestCodec::toBytes(decoded.request);
    const es::RequestCodec::DecodeResult again = es::RequestCodec::fromBytes(written);
    if (!again.ok())
        es::fuzz::fail("a request the codec wrote does not read back without errors");
    if (!es::fuzz::sameAfterRoundTrip(decoded.request, again.request))
        es::fuzz::fail("a request changed in a write/read round trip");
    return 0;
}
