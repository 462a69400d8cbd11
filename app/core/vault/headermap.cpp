#include "headermap.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>

namespace es::HeaderMap {

namespace {
struct HeaderText
{
    Q_DECLARE_TR_FUNCTIONS(es::HeaderMap)
};
} // namespace

QStringList expectedColumns(const ExportRequest &request)
{
    QStringList columns = request.objectProperties;
    const bool names = request.effectiveIncludePrimaryDisplay();
    for (const QString &type : request.associatedObjectType) {
        const QString base = QStringLiteral("associated:") + type.toUpper();
        columns.append(base);
        if (request.includeLabeledAssociations)
            columns.append(base + QStringLiteral(":labels"));
        if (names)
            columns.append(base + QStringLiteral(":names"));
    }
    return columns;
}

Result map(const QList<QByteArray> &header, const ExportRequest &request, const QString &filePath)
{
    Result result;
    const QStringList expected = expectedColumns(request);
    if (header.size() != expected.size()) {
        result.error =
            HeaderText::tr("%1 has %2 columns where the preset asks for %3, so its columns "
                           "cannot be matched to properties. Was the file edited, or the preset "
                           "changed after the export?")
                .arg(QDir::toNativeSeparators(filePath))
                .arg(header.size())
                .arg(expected.size());
        return result;
    }
    const QSet<QString> properties(request.objectProperties.cbegin(),
                                   request.objectProperties.cend());
    QSet<QString> taken;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString text = QString::fromUtf8(header.at(i)).trimmed();
        const QString name = properties.contains(text) ? text : expected.at(i);
        if (taken.contains(name)) {
            result.error = HeaderText::tr("%1 has the column “%2” twice (column %3), so its "
                                          "columns cannot be matched to properties.")
                               .arg(QDir::toNativeSeparators(filePath), name)
                               .arg(i + 1);
            result.columns.clear();
            return result;
        }
        taken.insert(name);
        result.columns.append(name);
    }
    return result;
}

} // namespace es::HeaderMap
