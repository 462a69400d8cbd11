#pragma once

#include <QByteArray>
#include <QString>

namespace sandbox {

// Writes a Compound File Binary container ([MS-CFB] version 3, 512-byte sectors) holding one
// stream, e.g. the "Workbook" stream of an .xls file. The stream is padded to 4096 bytes so it
// never lives in the mini stream (which this writer does not implement); large streams get DIFAT
// sectors. Returns false with `error` set when the file cannot be written.
bool writeCompoundFile(const QString &path, const QString &streamName, QByteArray stream,
                       QString *error);

} // namespace sandbox
