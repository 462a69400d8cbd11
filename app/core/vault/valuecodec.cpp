#include "valuecodec.h"

namespace es::ValueCodec {

namespace {
void appendEscaped(QByteArray &out, const QByteArray &value)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    const char *p = value.constData();
    const qsizetype n = value.size();
    qsizetype run = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(p[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(p + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default:
            out.append("\\u00", 4);
            out.append(hex[c >> 4]);
            out.append(hex[c & 15]);
            break;
        }
    }
    out.append(p + run, n - run);
    out.append('"');
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray &out, uint code)
{
    if (code < 0x80) {
        out.append(char(code));
    } else if (code < 0x800) {
        out.append(char(0xC0 | (code >> 6)));
        out.append(char(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out.append(char(0xE0 | (code >> 12)));
        out.append(char(0x80 | ((code >> 6) & 0x3F)));
        out.append(char(0x80 | (code & 0x3F)));
    } else {
        out.append(char(0xF0 | (code >> 18)));
        out.append(char(0x80 | ((code >> 12) & 0x3F)));
        out.append(char(0x80 | ((code >> 6) & 0x3F)));
        out.append(char(0x80 | (code & 0x3F)));
    }
}
} // namespace

QByteArray encode(const QList<QByteArray> &values)
{
    qsizetype last = values.size();
    while (last > 0 && values.at(last - 1).isEmpty())
        --last;
    QByteArray out;
    qsizetype reserve = 2;
    for (qsizetype i = 0; i < last; ++i)
        reserve += values.at(i).size() + 3;
    out.reserve(reserve + 16);
    out.append('[');
    for (qsizetype i = 0; i < last; ++i) {
        if (i > 0)
            out.append(',');
        if (values.at(i).isEmpty())
            out.append("null", 4);
        else
            appendEscaped(out, values.at(i));
    }
    out.append(']');
    return out;
}

bool decode(const QByteArray &json, QList<QByteArray> *values)
{
    values->clear();
    const char *p = json.constData();
    const qsizetype n = json.size();
    qsizetype i = 0;
    if (n < 2 || p[0] != '[')
        return false;
    ++i;
    if (p[i] == ']')
        return true;
    for (;;) {
        if (i >= n)
            return false;
        if (p[i] == 'n') {
            if (i + 4 > n || qstrncmp(p + i, "null", 4) != 0)
                return false;
            values->append(QByteArray());
            i += 4;
        } else if (p[i] == '"') {
            ++i;
            QByteArray value;
            qsizetype run = i;
            for (;;) {
                if (i >= n)
                    return false;
                if (p[i] == '"')
                    break;
                if (p[i] != '\\') {
                    ++i;
                    continue;
                }
                value.append(p + run, i - run);
                if (i + 1 >= n)
                    return false;
                const char e = p[i + 1];
                i += 2;
                switch (e) {
                case 'n':
                    value.append('\n');
                    break;
                case 'r':
                    value.append('\r');
                    break;
                case 't':
                    value.append('\t');
                    break;
                case 'b':
                    value.append('\b');
                    break;
                case 'f':
                    value.append('\f');
                    break;
                case 'u': {
                    if (i + 4 > n)
                        return false;
                    uint code = 0;
                    for (int k = 0; k < 4; ++k) {
                        const int h = hexValue(p[i + k]);
                        if (h < 0)
                            return false;
                        code = code * 16 + uint(h);
                    }
                    i += 4;
                    appendUtf8(value, code);
                    break;
                }
                default:
                    value.append(e);
                    break;
                }
                run = i;
            }
            value.append(p + run, i - run);
            values->append(value);
            ++i;
        } else {
            return false;
        }
        if (i >= n)
            return false;
        if (p[i] == ']')
            return true;
        if (p[i] != ',')
            return false;
        ++i;
    }
}

} // namespace es::ValueCodec
