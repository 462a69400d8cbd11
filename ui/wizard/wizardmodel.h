#pragma once

#include "model/exportrequest.h"
#include "model/validation.h"
#include "transfer/jobinfo.h"

#include <QList>
#include <QString>

namespace es {

// An account the wizard may export from. The wizard never sees a token.
struct WizardAccount
{
    QString id;
    QString name;
    bool sandbox = false;
};

// The answers collected by the wizard: a plain value the pages edit and the wizard hands over.
// No widget and no business logic here (ownCloud's NewAccountModel idea).
struct WizardModel
{
    QString accountId;
    ExportRequest request;
    ExportOptions options;
    ValidationLimits limits;
    QString presetName; // when editing a preset: its name, offered again on save

    // The request as it will be sent: a LIST export carries no search, a VIEW no list id.
    ExportRequest effectiveRequest() const;
    QList<ValidationIssue> issues() const { return validate(effectiveRequest(), limits); }
    // Issues whose field starts with one of the prefixes ("publicCrmSearchRequest", "listId").
    QList<ValidationIssue> issuesFor(const QStringList &prefixes) const;

    // "Contacts export 2026-12-01"
    static QString defaultExportName(const QString &objectPluralLabel, const QDate &date);
    // Columns a new export starts with, for objects where HubSpot has obvious ones.
    static QStringList commonColumns(const QString &objectType);
};

} // namespace es
