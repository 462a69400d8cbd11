#include "propertydefinitionssaver.h"

#include "main/appcontext.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <hubspot/hubspotclient.h>
#include <hubspot/metadatacache.h>
#include <properties/propertydefinitionsfile.h>
#include <storage/settings.h>
#include <storage/tablefilewriter.h>

namespace es {

PropertyDefinitionsSaver::PropertyDefinitionsSaver(AppContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    m_choosePath = [](QWidget *window, const QString &suggested) {
        QString filter;
        QString path =
            QFileDialog::getSaveFileName(window, tr("Save property definitions"), suggested,
                                         tr("CSV file (*.csv);;Excel workbook (*.xlsx)"), &filter);
        // The dialog adds no extension of its own: the chosen filter decides the format.
        if (!path.isEmpty() && !path.endsWith(u".csv", Qt::CaseInsensitive) &&
            !TableFileWriter::isXlsx(path))
            path += filter.contains(u"xlsx") ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
        return path;
    };
    m_chooseObject = [this](QWidget *window) {
        const QList<ObjectTypeChoice> choices = m_context->metadata()->objectTypeChoices();
        QStringList labels;
        for (const ObjectTypeChoice &choice : choices)
            labels.append(choice.pluralLabel);
        bool ok = false;
        const QString label =
            QInputDialog::getItem(window, tr("Save property definitions"),
                                  tr("Save the property definitions of:"), labels, 0, false, &ok);
        const qsizetype index = labels.indexOf(label);
        return ok && index >= 0 ? choices.at(index).objectType : QString();
    };
}

QString PropertyDefinitionsSaver::objectLabel(const QString &objectType) const
{
    for (const ObjectTypeChoice &choice : m_context->metadata()->objectTypeChoices())
        if (choice.objectType == objectType || choice.typeId == objectType)
            return choice.pluralLabel;
    return objectType;
}

void PropertyDefinitionsSaver::chooseAndSave(QWidget *parent)
{
    const QString accountId = m_context->currentAccountId();
    if (accountId.isEmpty() || !m_context->client(accountId)) {
        Q_EMIT problem(tr("Add an account (or try the sandbox) first: the property definitions "
                          "come from the portal."));
        Q_EMIT finished();
        return;
    }
    const QString objectType = m_chooseObject(parent);
    if (objectType.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    save(parent, accountId, objectType);
}

void PropertyDefinitionsSaver::save(QWidget *parent, const QString &accountId,
                                    const QString &objectType)
{
    //: %1 is an object's plural label, e.g. "Contacts"; the suggested file name
    const QString suggested =
        QDir(m_context->settings()->downloadDir())
            .filePath(tr("%1 properties").arg(objectLabel(objectType)) + QStringLiteral(".csv"));
    const QString path = m_choosePath(parent, suggested);
    if (path.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    fetchAndWrite(accountId, objectType, path);
}

void PropertyDefinitionsSaver::fetchAndWrite(const QString &accountId, const QString &objectType,
                                             const QString &path)
{
    HubSpotClient *client = m_context->client(accountId);
    if (!client) {
        Q_EMIT problem(tr("The account has no token: add it in Accounts, then save again."));
        Q_EMIT finished();
        return;
    }
    const QString label = objectLabel(objectType);
    const auto failed = [this, label](const ApiError &error) {
        Q_EMIT problem(tr("Could not read the property definitions of %1: %2")
                           .arg(label, error.userMessage()));
        Q_EMIT finished();
    };
    client->properties(objectType)
        ->onFinished(this, [this, client, objectType, path, label,
                            failed](const ApiResult<QList<PropertyDef>> &properties) {
            if (!properties.isOk()) {
                failed(properties.error());
                return;
            }
            const QList<PropertyDef> &defs = properties.value(); // copied into the next step
            client->propertyGroups(objectType)
                ->onFinished(this, [this, defs, path, label,
                                    failed](const ApiResult<QList<PropertyGroup>> &groups) {
                    if (!groups.isOk()) {
                        failed(groups.error());
                        return;
                    }
                    // A few thousand rows at most: written at once, like a settings file.
                    QString error;
                    if (PropertyDefinitionsFile::write(path, defs, groups.value(), &error))
                        //: %n how many, %1 an object's plural label, %2 the file
                        Q_EMIT information(
                            tr("Saved %n property definitions of %1 to %2.", "", int(defs.size()))
                                .arg(label, QDir::toNativeSeparators(path)));
                    else
                        Q_EMIT problem(error);
                    Q_EMIT finished();
                });
        });
}

} // namespace es
