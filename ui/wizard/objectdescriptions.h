#pragma once

#include <QCoreApplication>
#include <QString>

namespace es {

// One sentence per standard HubSpot object for the wizard's first page: what a row of the
// export is. Custom objects get a general sentence with their name.
class ObjectDescriptions
{
    Q_DECLARE_TR_FUNCTIONS(es::ObjectDescriptions)

public:
    // `objectType` as an export request names it ("CONTACT", "2-123"); `plural` its label.
    static QString describe(const QString &objectType, const QString &plural, bool custom);
};

} // namespace es
