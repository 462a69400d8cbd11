// The smallest correct BIFF8 writer we need: a Workbook stream ([MS-XLS]) with the globals
// substream (BOF, CODEPAGE, WINDOW1, FONT, XF, STYLE, BOUNDSHEET8, SST with CONTINUE, EXTSST, EOF)
// and one worksheet substream (BOF, DIMENSIONS, WINDOW2, LABELSST/NUMBER cells, EOF), wrapped in
// a Compound File (cfbwriter). Strings go through the shared string table, so repeated labels
// are stored once. BIFF8 limits: 65,536 rows and 256 columns (extra columns are dropped), 32,767
// characters per string.

#include "cfbwriter.h"
#include "tablesink.h"

#include <QHash>
#include <QtEndian>
#include <vector>

namespace sandbox {
namespace {

constexpr qsizetype kMaxRecordData = 8224;
constexpr int kMaxColumns = 256;
constexpr int kMaxRows = 65536;
constexpr qsizetype kMaxStringChars = 32767;
constexpr quint16 kCellXf = 15; // the first cell XF after the 15 style XFs

class Bytes
{
public:
    QByteArray data;
    void u8(quint8 v) { data.append(char(v)); }
    void u16(quint16 v)
    {
        char b[2];
        qToLittleEndian(v, b);
        data.append(b, 2);
    }
    void u32(quint32 v)
    {
        char b[4];
        qToLittleEndian(v, b);
        data.append(b, 4);
    }
    void f64(double v)
    {
        quint64 bits;
        memcpy(&bits, &v, 8);
        char b[8];
        qToLittleEndian(bits, b);
        data.append(b, 8);
    }
};

void record(QByteArray &stream, quint16 type, const QByteArray &body)
{
    Bytes header;
    header.u16(type);
    header.u16(quint16(body.size()));
    stream += header.data;
    stream += body;
}

bool isCompressible(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() > 0xFF)
            return false;
    }
    return true;
}

// ShortXLUnicodeString: 8-bit length, then flags and characters.
QByteArray shortString(const QString &text)
{
    Bytes b;
    const QString t = text.left(255);
    b.u8(quint8(t.size()));
    b.u8(1); // UTF-16LE
    for (QChar c : t)
        b.u16(c.unicode());
    return b.data;
}

class XlsSink final : public TableSink
{
public:
    bool open(const QString &path, const QString &sheetName, QString *) override
    {
        m_path = path;
        m_sheetName = sheetName.left(31);
        if (m_sheetName.isEmpty())
            m_sheetName = QStringLiteral("Sheet1");
        return true;
    }

    void writeRow(const QList<Cell> &cells) override
    {
        if (m_row >= kMaxRows)
            return;
        const int columns = int(std::min<qsizetype>(cells.size(), kMaxColumns));
        for (int c = 0; c < columns; ++c) {
            const Cell &cell = cells[c];
            if (cell.isNumber) {
                Bytes b;
                b.u16(quint16(m_row));
                b.u16(quint16(c));
                b.u16(kCellXf);
                b.f64(cell.number);
                record(m_cells, 0x0203, b.data); // NUMBER
            } else if (!cell.text.isEmpty()) {
                Bytes b;
                b.u16(quint16(m_row));
                b.u16(quint16(c));
                b.u16(kCellXf);
                b.u32(intern(cell.text));
                record(m_cells, 0x00FD, b.data); // LABELSST
                ++m_totalStrings;
            } else {
                continue;
            }
            m_maxColumn = std::max(m_maxColumn, c + 1);
        }
        ++m_row;
    }

    bool finish(QString *error) override
    {
        QByteArray globals = buildGlobals();
        const quint32 sheetOffset = quint32(globals.size());
        qToLittleEndian(sheetOffset, globals.data() + m_boundSheetPosPatch);
        QByteArray stream = globals;
        stream += buildSheet();
        m_cells.clear();
        return writeCompoundFile(m_path, QStringLiteral("Workbook"), stream, error);
    }

private:
    quint32 intern(const QString &text)
    {
        const QString value = text.left(kMaxStringChars);
        auto it = m_stringIndex.constFind(value);
        if (it != m_stringIndex.cend())
            return *it;
        const quint32 index = quint32(m_strings.size());
        m_stringIndex.insert(value, index);
        m_strings.append(value);
        return index;
    }

    static QByteArray bof(quint16 type)
    {
        Bytes b;
        b.u16(0x0600); // BIFF8
        b.u16(type);   // 0x0005 workbook globals, 0x0010 worksheet
        b.u16(0x0DBB); // build
        b.u16(0x07CC); // year
        b.u32(0x000100C1);
        b.u32(0x00000406);
        return b.data;
    }

    QByteArray buildGlobals()
    {
        QByteArray s;
        record(s, 0x0809, bof(0x0005));
        {
            Bytes b;
            b.u16(1200); // CODEPAGE: UTF-16
            record(s, 0x0042, b.data);
        }
        {
            Bytes b; // WINDOW1
            b.u16(0x0168);
            b.u16(0x001E);
            b.u16(0x3FCF);
            b.u16(0x2A4E);
            b.u16(0x0038);
            b.u16(0);
            b.u16(0);
            b.u16(1);
            b.u16(0x0258);
            record(s, 0x003D, b.data);
        }
        for (int i = 0; i < 4; ++i) {
            Bytes b; // FONT: Arial 10pt
            b.u16(200);
            b.u16(0);
            b.u16(0x7FFF);
            b.u16(400);
            b.u16(0);
            b.u8(0);
            b.u8(0);
            b.u8(0);
            b.u8(0);
            b.data += shortString(QStringLiteral("Arial"));
            record(s, 0x0031, b.data);
        }
        for (int i = 0; i <= 15; ++i) {
            Bytes b; // XF: 15 style XFs, then the cell XF all cells use
            const bool style = i < 15;
            b.u16(0);                       // font
            b.u16(0);                       // number format "General"
            b.u16(style ? 0xFFF5 : 0x0001); // locked; style XF with no parent / parent 0
            b.u16(0x0020);                  // bottom aligned
            b.u16(style && i > 0 ? 0xF400 : 0x0000);
            b.u32(0);
            b.u32(0);
            b.u16(0x20C0); // automatic colours
            record(s, 0x00E0, b.data);
        }
        {
            Bytes b; // STYLE: built-in "Normal"
            b.u16(0x8000);
            b.u8(0);
            b.u8(0xFF);
            record(s, 0x0293, b.data);
        }
        {
            Bytes b; // BOUNDSHEET8; lbPlyPos is patched once the globals' size is known
            b.u32(0);
            b.u8(0);
            b.u8(0);
            b.data += shortString(m_sheetName);
            m_boundSheetPosPatch = s.size() + 4;
            record(s, 0x0085, b.data);
        }
        writeSst(s);
        record(s, 0x000A, QByteArray()); // EOF
        return s;
    }

    // SST split into CONTINUE records at 8,224 bytes: a string's 3-byte header never splits, and
    // characters that continue in the next record are preceded by a fresh option byte.
    void writeSst(QByteArray &s)
    {
        const quint32 count = quint32(m_strings.size());
        const quint32 bucket = std::max<quint32>(8, (count + 127) / 128);
        QList<QPair<quint32, quint16>> extsst;
        Bytes current;
        current.u32(m_totalStrings);
        current.u32(count);
        bool first = true;
        auto flush = [&]() {
            record(s, first ? 0x00FC : 0x003C, current.data);
            first = false;
            current.data.clear();
        };
        for (quint32 i = 0; i < count; ++i) {
            const QString &text = m_strings[i];
            const bool compressed = isCompressible(text);
            const int charSize = compressed ? 1 : 2;
            if (current.data.size() + 3 + charSize > kMaxRecordData)
                flush();
            if (i % bucket == 0)
                extsst.append({quint32(s.size() + 4 + current.data.size()),
                               quint16(4 + current.data.size())});
            current.u16(quint16(text.size()));
            current.u8(compressed ? 0 : 1);
            qsizetype written = 0;
            while (written < text.size()) {
                const qsizetype room = (kMaxRecordData - current.data.size()) / charSize;
                if (room == 0) {
                    flush();
                    current.u8(compressed ? 0 : 1);
                    continue;
                }
                const qsizetype n = std::min(room, text.size() - written);
                for (qsizetype k = 0; k < n; ++k) {
                    const ushort c = text[written + k].unicode();
                    if (compressed)
                        current.u8(quint8(c));
                    else
                        current.u16(c);
                }
                written += n;
            }
        }
        flush();
        Bytes ext;
        ext.u16(quint16(bucket));
        for (const auto &entry : extsst) {
            ext.u32(entry.first);
            ext.u16(entry.second);
            ext.u16(0);
        }
        record(s, 0x00FF, ext.data);
    }

    QByteArray buildSheet()
    {
        QByteArray s;
        record(s, 0x0809, bof(0x0010));
        {
            Bytes b; // DIMENSIONS: first row, last row + 1, first column, last column + 1
            b.u32(0);
            b.u32(quint32(m_row));
            b.u16(0);
            b.u16(quint16(m_maxColumn));
            b.u16(0);
            record(s, 0x0200, b.data);
        }
        {
            Bytes b; // WINDOW2
            b.u16(0x06B6);
            b.u16(0);
            b.u16(0);
            b.u16(0x0040);
            b.u16(0);
            b.u16(0);
            b.u16(0);
            b.u16(0);
            b.u16(0);
            record(s, 0x023E, b.data);
        }
        s += m_cells;
        record(s, 0x000A, QByteArray());
        return s;
    }

    QString m_path;
    QString m_sheetName;
    QByteArray m_cells;
    QStringList m_strings;
    QHash<QString, quint32> m_stringIndex;
    quint32 m_totalStrings = 0;
    int m_row = 0;
    int m_maxColumn = 0;
    qsizetype m_boundSheetPosPatch = 0;
};

} // namespace

std::unique_ptr<TableSink> makeXlsSink()
{
    return std::make_unique<XlsSink>();
}

} // namespace sandbox
