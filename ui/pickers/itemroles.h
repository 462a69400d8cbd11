#pragma once

#include <Qt>

namespace es::ItemRoles {

// Roles shared by the property and list models of the wizard and by LabelNameDelegate.
enum Role
{
    NameRole = Qt::UserRole + 1, // internal name (property name, list id), drawn grey
    SearchRole,                  // text the search boxes match against
    BadgesRole,                  // QStringList of short markers ("hidden", "calculated")
    TypeRole,                    // PropertyDef::Type as int
    KindRole,                    // tree models: 0 = group row, 1 = item row
};

} // namespace es::ItemRoles
