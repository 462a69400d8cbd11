#pragma once

#include "objectstore.h"

namespace sandbox {

// Fills every object, association and list of `data` from data.options (seeded, deterministic).
void generateDataset(Dataset::Data &data);

} // namespace sandbox
