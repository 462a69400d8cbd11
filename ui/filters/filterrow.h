#pragma once

#include "model/searchrequest.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace es {

class FilterValueEditor;
class PropertyCombo;
class PropertyListModel;
struct PropertyDef;

// One condition: property → operator → value editor → remove. The row owns its Filter value;
// the widgets are views of it, so a filter read from a preset comes back byte for byte even
// when the property is unknown or the operator unusual.
class FilterRow : public QWidget
{
    Q_OBJECT

public:
    FilterRow(PropertyListModel *properties, QWidget *parent = nullptr);
    ~FilterRow() override;

    void setFilter(const Filter &filter); // programmatic, no signal
    Filter filter() const { return m_filter; }

    // The row's problem, shown under it once the user has left the row (focus went elsewhere) or
    // revealIssue() was called (Next pressed); a filter read from a preset shows it at once. An
    // empty message hides it.
    void setIssue(const QString &message);
    void revealIssue();
    // What is shown under the row now: the problem once revealed, or why typed input was refused.
    QString issue() const;
    QString pendingIssue() const { return m_pendingIssue; }
    // "Group 2, filter 1", for screen readers.
    void setPosition(int group, int row);
    // Re-resolves labels, operators and editors after the property list changed.
    void refreshProperties();

    PropertyCombo *propertyCombo() const { return m_property; }
    QComboBox *operatorCombo() const { return m_operator; }
    FilterValueEditor *valueEditor() const { return m_value; }
    QToolButton *removeButton() const { return m_remove; }

    // What the user does, for tests and keyboard paths alike.
    void chooseProperty(const QString &name);
    void chooseOperator(FilterOperator op);

Q_SIGNALS:
    void changed();
    void removeRequested();

private:
    const PropertyDef *property() const;
    void rebuildOperators();
    void rebuildValueEditor();
    void adoptShownDefaults();
    void reshapeFor(FilterOperator op);
    void updateIssueLabel();
    bool contains(const QWidget *widget) const;

    PropertyListModel *m_properties;
    Filter m_filter;
    Filter m_stash; // values the current operator does not use, for switching back
    PropertyCombo *m_property;
    QComboBox *m_operator;
    FilterValueEditor *m_value = nullptr;
    QHBoxLayout *m_valueSlot;
    QToolButton *m_remove;
    QLabel *m_issue;
    QString m_position;
    QString m_pendingIssue;
    QString m_refusal; // why the value editor refused what was typed, until the next edit
    bool m_revealed = false;
    QMetaObject::Connection m_focusWatch;
};

} // namespace es
