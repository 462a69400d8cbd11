#pragma once

// Internal: record selection on rows of the compact store, shared by selectRecords() and
// renderExport().

#include "exportrenderer.h"
#include "objectstore.h"

#include <vector>

namespace sandbox {

struct Selection
{
    const ObjectStore *store = nullptr;
    std::vector<quint32> rows; // in output order
    QList<RequestError> errors;
};

// Checks everything the dataset can check (object type, objectProperties, associated types,
// list, filters, sorts) and, when all is well, selects the rows.
Selection selectRows(const Dataset &dataset, const es::ExportRequest &request);

} // namespace sandbox
