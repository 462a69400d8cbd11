#include "wizardtestdata.h"

#include "fakehubspot.h"

namespace WizardTestData {

QList<es::PropertyDef> contactProperties()
{
    QList<es::PropertyDef> out;
    for (const auto &value : FakeHubSpot::contactProperties())
        out.append(es::PropertyDef::fromJson(value.toObject()));
    return out;
}

QList<es::PropertyGroup> contactGroups()
{
    QList<es::PropertyGroup> out;
    for (const auto &value : FakeHubSpot::contactGroups())
        out.append(es::PropertyGroup::fromJson(value.toObject()));
    return out;
}

QList<es::PropertyDef> syntheticProperties(int count)
{
    QList<es::PropertyDef> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        es::PropertyDef def;
        def.name = QStringLiteral("custom_field_%1").arg(i, 4, 10, QLatin1Char('0'));
        def.label = QStringLiteral("Custom field %1").arg(i);
        def.type = es::PropertyDef::Type::String;
        def.typeText = QStringLiteral("string");
        def.groupName = QStringLiteral("group_%1").arg(i % 25);
        def.hidden = i % 7 == 0;
        def.calculated = i % 11 == 0;
        out.append(def);
    }
    return out;
}

QList<es::PropertyGroup> syntheticGroups()
{
    QList<es::PropertyGroup> out;
    for (int g = 0; g < 25; ++g)
        out.append({QStringLiteral("group_%1").arg(g), QStringLiteral("Group %1").arg(g), g});
    return out;
}

} // namespace WizardTestData
