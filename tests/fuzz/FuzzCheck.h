#pragma once

// Invariant checks for the libFuzzer targets. A failed check prints what broke and aborts, which
// libFuzzer reports as a crash and saves the input (scripts/fuzz puts it in build-fuzz/crashes/).

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

#define LHSHARE_FUZZ_CHECK(condition, what)                                                                            \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: invariant violated: %s (%s)\n", __FILE__, __LINE__, #condition,               \
                         QString(what).toUtf8().constData());                                                          \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace LhShare::Fuzz {

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    // A deep copy: the parsers may keep references, and libFuzzer reuses the buffer.
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace LhShare::Fuzz
