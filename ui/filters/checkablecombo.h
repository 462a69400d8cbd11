#pragma once

#include "hubspot/metadata.h"

#include <QComboBox>
#include <QStringList>

class QStandardItemModel;

namespace es {

// A combo box whose popup holds check boxes: "is any of" / "is none of" over a property's
// options. The closed box shows the chosen labels ("Customer, Lead"). Clicks and Space toggle
// an option and keep the popup open; Return or Escape closes it.
class CheckableCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit CheckableCombo(QWidget *parent = nullptr);

    void setOptions(const QList<PropertyOption> &options);
    // Keeps the order given; values without an option are added as extra entries.
    void setCheckedValues(const QStringList &values);
    QStringList checkedValues() const { return m_values; }
    QString summary() const;

    // Toggles the option at `row` as a click would.
    void toggleRow(int row);

Q_SIGNALS:
    void checkedValuesEdited(const QStringList &values);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void syncChecks();

    QStandardItemModel *m_items;
    QStringList m_values;
};

} // namespace es
