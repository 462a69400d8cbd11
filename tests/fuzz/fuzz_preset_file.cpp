// Preset files (shared between people, so hostile): PresetCodec::fromBytes on any bytes. A preset
// that decodes without errors must survive its own round trip (see roundtrip.h), and a written
// preset never holds a secret-looking field.

#include "fuzzcommon.h"
#include "model/preset.h"
#include "roundtrip.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    es::fuzz::quietQt();
    const es::PresetCodec::DecodeResult decoded =
        es::PresetCodec::fromBytes(es::fuzz::bytes(data, size));
    if (!decoded.ok())
        return 0;
    const QByteArray written = es::PresetCodec::toBytes(decoded.preset);
    const es::PresetCodec::DecodeResult again = es::PresetCodec::fromBytes(written);
    if (!again.ok())
        es::fuzz::fail("a preset the codec wrote does not read back without errors");
    es::Preset expected = decoded.preset;
    expected.request = es::fuzz::withoutUnusedValues(expected.request);
    es::Preset actual = again.preset;
    actual.request = es::fuzz::withoutUnusedValues(actual.request);
    if (!(expected == actual))
        es::fuzz::fail("a preset changed in a write/read round trip");
    const QByteArray lower = written.toLower();
    if (lower.contains("\"token\"") || lower.contains("\"authorization\""))
        es::fuzz::fail("a written preset holds a token field");
    return 0;
}
