#pragma once

#include "hubspot/apierror.h"
#include "hubspot/metadata.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;

namespace es {

class BusyNote;
class ListInfoModel;
class MetadataCache;

// Picks the list of a LIST export: a searchable table of the account's lists for the chosen
// object (name, size, processing type), plus a field for a legacy list id, which HubSpot maps
// to the ILS id the export needs. Loads through MetadataCache; never blocks.
class ListPicker : public QWidget
{
    Q_OBJECT

public:
    explicit ListPicker(QWidget *parent = nullptr);

    void setMetadata(MetadataCache *cache);
    // Loads the lists of this object ("0-1"); cached answers arrive at once.
    void setObjectTypeId(const QString &objectTypeId);
    void reload();

    void setListId(const QString &listId); // programmatic, no signal
    QString listId() const { return m_listId; }
    QString listName() const;
    void setIssue(const QString &message);

    QLineEdit *searchEdit() const { return m_search; }
    QTreeView *view() const { return m_view; }
    ListInfoModel *model() const { return m_model; }
    QLineEdit *legacyEdit() const { return m_legacy; }
    QPushButton *legacyButton() const { return m_legacyButton; }
    // Problems of the legacy id (not digits, not found, lookup failed), shown like every issue.
    QLabel *legacyIssueLabel() const { return m_legacyIssue; }
    // What was chosen, with a warning when the list is empty.
    QLabel *chosenLabel() const { return m_chosen; }
    BusyNote *busyNote() const { return m_busy; }

Q_SIGNALS:
    void listIdChanged(const QString &listId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(const QString &listId);
    void selectCurrent();
    void mapLegacyId();
    void updateChosenText();
    // Says what is wrong with the typed legacy id; true when it can be looked up.
    bool checkLegacyId();
    void setLegacyIssue(const QString &message);

    QPointer<MetadataCache> m_cache;
    QString m_objectTypeId;
    QString m_listId;
    ListInfoModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTreeView *m_view;
    BusyNote *m_busy;
    QLabel *m_chosen;
    QLineEdit *m_legacy;
    QPushButton *m_legacyButton;
    QLabel *m_legacyNote;
    QLabel *m_legacyIssue;
    QLabel *m_issue;
};

} // namespace es
