#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace es {

// The data rows of a previewed table read forward, made for one worker thread and used only
// there (a file handle, a database connection). Cells are UTF-8 bytes, as the readers give them.
class RowCursor
{
public:
    RowCursor() = default;
    virtual ~RowCursor() = default;
    RowCursor(const RowCursor &) = delete;
    RowCursor &operator=(const RowCursor &) = delete;

    // The next data row into `cells`. False at the end or on a problem (then error() says what).
    virtual bool next(QList<QByteArray> &cells) = 0;
    // Steps over a row whose cells nobody looks at (counting, getting to a row).
    virtual bool skip() { return next(m_scratch); }
    virtual QString error() const = 0;

    // Where the row next() returns next starts, for seek(): a CSV byte offset, a vault record
    // id; -1 for a table that cannot be entered in the middle (XLSX, XLS).
    virtual qint64 position() { return -1; }
    // Back or forward to a position() this kind of cursor gave. False on a problem.
    virtual bool seek(qint64 position)
    {
        Q_UNUSED(position)
        return false;
    }

private:
    QList<QByteArray> m_scratch;
};

} // namespace es
