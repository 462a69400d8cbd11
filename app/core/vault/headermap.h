#pragma once

#include "model/exportrequest.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace es {

// Which property each column of an exported file holds, whatever the file's language and header
// options. HubSpot writes the columns in the order of the request: objectProperties, then per
// associated object type its IDs, labels (includeLabeledAssociations) and primary names
// (includePrimaryDisplayProperty…). So the request, not the header text, says what a column is:
// a header that is an internal name of the request (exportInternalValuesOptions NAMES) is taken
// as it is, every other column by its position; a file whose column count differs from the
// request's is refused rather than guessed at.
namespace HeaderMap {

// The vault's column names for a request: property internal names, and for associations
// "associated:<TYPE>", "associated:<TYPE>:labels", "associated:<TYPE>:names".
QStringList expectedColumns(const ExportRequest &request);

struct Result
{
    QStringList columns; // one internal name per column of the file
    QString error;       // why the header does not fit the request (a sentence), if it does not
};

Result map(const QList<QByteArray> &header, const ExportRequest &request, const QString &filePath);

} // namespace HeaderMap
} // namespace es
