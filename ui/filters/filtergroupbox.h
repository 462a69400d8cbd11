#pragma once

#include "model/searchrequest.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace es {

class FilterRow;
class PropertyListModel;

// One OR-branch: "Group 2 — all of these", its filter rows (AND), "And…" with a live counter
// against the limit, and "Remove group".
class FilterGroupBox : public QGroupBox
{
    Q_OBJECT

public:
    FilterGroupBox(PropertyListModel *properties, int maxFilters, QWidget *parent = nullptr);

    void setGroup(const FilterGroup &group); // programmatic
    FilterGroup group() const;
    void setNumber(int number);
    void setMaxFilters(int maxFilters);

    int rowCount() const { return int(m_rows.size()); }
    FilterRow *row(int index) const { return m_rows.value(index); }
    FilterRow *addRow(const Filter &filter = {});
    void removeRow(FilterRow *row);
    void refreshProperties();

    QPushButton *addButton() const { return m_add; }
    QPushButton *removeGroupButton() const { return m_removeGroup; }
    QLabel *counterLabel() const { return m_counter; }
    // The group's own record count ("≈ 1,204 match"), beside the filter counter.
    QLabel *countLabel() const { return m_count; }
    void setCountText(const QString &text);
    void setIssue(const QString &message);

Q_SIGNALS:
    void changed();
    void removeRequested();
    // The user removed the last filter: an empty group means nothing, the builder drops it.
    void emptied();

private:
    void updateState();

    PropertyListModel *m_properties;
    int m_maxFilters;
    int m_number = 1;
    QList<FilterRow *> m_rows;
    QVBoxLayout *m_rowsLayout;
    QPushButton *m_add;
    QLabel *m_counter;
    QLabel *m_count;
    QLabel *m_issue;
    QPushButton *m_removeGroup;
};

} // namespace es
