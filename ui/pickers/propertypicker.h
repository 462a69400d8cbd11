#pragma once

#include "hubspot/metadata.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTreeView;

namespace es {

class PropertyFilterProxy;
class PropertyTreeModel;
class SelectedColumnsModel;

// Left: every property of the object (search box, grouped, label + grey internal name, badges
// for hidden and calculated, check boxes, a group's box checks all of it). Right: the chosen
// columns in export order (drag, Up/Down, Delete). Model/view throughout, so 5,000 properties
// stay instant.
class PropertyPicker : public QWidget
{
    Q_OBJECT

public:
    explicit PropertyPicker(QWidget *parent = nullptr);

    void setProperties(const QList<PropertyDef> &properties, const QList<PropertyGroup> &groups);
    void setSelectedNames(const QStringList &names); // programmatic, no signal
    QStringList selectedNames() const;
    void setIssue(const QString &message);

    QLineEdit *searchEdit() const { return m_search; }
    QTreeView *treeView() const { return m_tree; }
    QListView *selectedView() const { return m_selected; }
    PropertyTreeModel *treeModel() const { return m_treeModel; }
    PropertyFilterProxy *proxy() const { return m_proxy; }
    SelectedColumnsModel *selectedModel() const { return m_selectedModel; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *saveDefinitionsButton() const { return m_saveDefinitions; }

    void moveCurrent(int delta);
    void removeCurrent();

Q_SIGNALS:
    void selectionChanged();
    // "Save definitions…": the object's property definitions as a file (no export spent).
    void saveDefinitionsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applySearch(const QString &text);
    void updateState();

    PropertyTreeModel *m_treeModel;
    PropertyFilterProxy *m_proxy;
    SelectedColumnsModel *m_selectedModel;
    QLineEdit *m_search;
    QTreeView *m_tree;
    QLabel *m_shown;
    QListView *m_selected;
    QLabel *m_selectedTitle;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_remove;
    QPushButton *m_saveDefinitions;
    QLabel *m_issue;
};

} // namespace es
