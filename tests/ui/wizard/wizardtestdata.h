#pragma once

#include "hubspot/metadata.h"

#include <QList>

namespace WizardTestData {

// The fake portal's contact properties and groups as value types.
QList<es::PropertyDef> contactProperties();
QList<es::PropertyGroup> contactGroups();
// `count` synthetic properties spread over 25 groups, every 7th hidden, every 11th calculated.
QList<es::PropertyDef> syntheticProperties(int count);
QList<es::PropertyGroup> syntheticGroups();

} // namespace WizardTestData
