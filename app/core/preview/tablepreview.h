#pragma once

#include "previewsource.h"

namespace es {

// A downloaded table (CSV, XLSX or XLS) as a preview source: the header is read when it opens,
// the rest by PreviewSource's workers. A CSV page far down seeks to the byte offset of the
// Stride-th row before it; XLSX and XLS (a deflated stream, a freexl handle) are read forward.
class TablePreview : public PreviewSource
{
    Q_OBJECT

public:
    explicit TablePreview(QObject *parent = nullptr);

    // Reads the header and starts counting. False with `*error` (naming the file) when the file
    // is none of CSV, XLSX, XLS or cannot be read.
    bool open(const QString &path, QString *error);
    QString path() const { return m_path; }
    QString title() const override; // the file name

private:
    QString m_path;
};

} // namespace es
