#pragma once

#include <QtGlobal>

namespace sandbox {

// splitmix64: tiny, fast and specified bit for bit, so the same seed gives the same dataset on
// every compiler and standard library (std::uniform_int_distribution does not).
class Prng
{
public:
    explicit Prng(quint64 seed)
        : m_state(seed)
    {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // [0, bound); the modulo bias is irrelevant for test data.
    quint32 below(quint32 bound) { return bound == 0 ? 0 : quint32(next() % bound); }
    qint64 between(qint64 low, qint64 high) // inclusive
    {
        return low + qint64(next() % quint64(high - low + 1));
    }
    // True with the given percentage.
    bool chance(int percent) { return below(100) < quint32(percent); }

private:
    quint64 m_state;
};

} // namespace sandbox
