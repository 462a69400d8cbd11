#pragma once

#include "hubspot/metadata.h"

#include <QComboBox>
#include <QPersistentModelIndex>
#include <QStringList>

class QFrame;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace es {

// A combo box for "is any of" / "is none of" over a property's options. The closed box shows the
// chosen labels ("Customer, Lead"). A click opens a list with check boxes and a filter field and
// ticks nothing; a click on an item (press and release on the same item) or Space toggles it and
// the list stays open; typing filters the options; Escape, Return, Tab or a click outside close
// it. QComboBox's own popup is not used: it closes on every release and would take the release of
// the opening click as a choice.
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

    // Toggles the option at `row` (of all options, unfiltered) as a click would.
    void toggleRow(int row);

    void showPopup() override;
    void hidePopup() override;
    bool isPopupVisible() const;

    QFrame *popup() const { return m_popup; }
    QListView *popupView() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

Q_SIGNALS:
    void checkedValuesEdited(const QStringList &values);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void syncChecks();
    void placePopup();
    void toggleProxyRow(const QModelIndex &proxyIndex);

    QStandardItemModel *m_items;
    QSortFilterProxyModel *m_proxy;
    QFrame *m_popup;
    QLineEdit *m_filter;
    QListView *m_view;
    QPersistentModelIndex m_pressed; // the item a press in the list began on
    QStringList m_values;
};

} // namespace es
