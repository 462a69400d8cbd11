#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <functional>
#include <model/preset.h>

namespace es {

// The saved presets as a list: name, "Contacts · View · CSV", last run. Plain Preset values in;
// editing a name does not change the model but asks for a rename (renameRequested), which the
// store performs and feeds back.
class PresetsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        PresetIdRole = Qt::UserRole + 1,
        SummaryRole, // "Contacts · View · CSV"
        LastRunRole, // QDateTime, invalid when never run
        LastRunTextRole,
        RawValueRole,
    };

    explicit PresetsModel(QObject *parent = nullptr);

    void setPresets(const QList<Preset> &presets);
    QList<Preset> presets() const { return m_presets; }
    const Preset *presetAt(int row) const;
    int rowOf(const QString &presetId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

Q_SIGNALS:
    void renameRequested(const QString &presetId, const QString &newName);

private:
    QList<Preset> m_presets;
    std::function<QDateTime()> m_now;
};

} // namespace es
