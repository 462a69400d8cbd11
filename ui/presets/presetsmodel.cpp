#include "presetsmodel.h"

#include "common/text.h"

namespace es {

PresetsModel::PresetsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void PresetsModel::setPresets(const QList<Preset> &presets)
{
    // Same ids in the same order (a rename, a run): change in place so selection stays put.
    bool sameIds = presets.size() == m_presets.size();
    for (int i = 0; sameIds && i < presets.size(); ++i)
        sameIds = presets.at(i).id == m_presets.at(i).id;
    if (sameIds) {
        for (int i = 0; i < presets.size(); ++i) {
            if (!(presets.at(i) == m_presets.at(i))) {
                m_presets[i] = presets.at(i);
                Q_EMIT dataChanged(index(i), index(i));
            }
        }
        return;
    }
    beginResetModel();
    m_presets = presets;
    endResetModel();
}

const Preset *PresetsModel::presetAt(int row) const
{
    return (row >= 0 && row < m_presets.size()) ? &m_presets.at(row) : nullptr;
}

int PresetsModel::rowOf(const QString &presetId) const
{
    for (int i = 0; i < m_presets.size(); ++i) {
        if (m_presets.at(i).id == presetId)
            return i;
    }
    return -1;
}

int PresetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_presets.size());
}

QVariant PresetsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Preset &preset = m_presets.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case RawValueRole:
        return preset.name;
    case PresetIdRole:
        return preset.id;
    case SummaryRole:
        return Text::requestSummary(preset.request);
    case LastRunRole:
        return preset.lastRun;
    case LastRunTextRole:
        return preset.lastRun.isValid()
                   ? tr("last run %1")
                         .arg(Text::relative(preset.lastRun,
                                             m_now ? m_now() : QDateTime::currentDateTime()))
                   : tr("never run");
    case Qt::AccessibleTextRole:
        //: A preset for screen readers: %1 its name, %2 the export in short ("Contacts · View ·
        //: CSV"), %3 when it last ran
        return tr("%1, %2, %3")
            .arg(preset.name, Text::requestSummary(preset.request),
                 data(index, LastRunTextRole).toString());
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b><br>%2")
                          .arg(preset.name.toHtmlEscaped(),
                               Text::requestSummary(preset.request).toHtmlEscaped());
        if (!preset.description.isEmpty())
            tip += QStringLiteral("<br>") + preset.description.toHtmlEscaped();
        tip += QStringLiteral("<br>") + tr("Double-click to run it on the current account.");
        return tip;
    }
    }
    return {};
}

bool PresetsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString name = value.toString().trimmed();
    const Preset &preset = m_presets.at(index.row());
    if (name.isEmpty() || name == preset.name)
        return false;
    Q_EMIT renameRequested(preset.id, name);
    return true;
}

Qt::ItemFlags PresetsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

} // namespace es
