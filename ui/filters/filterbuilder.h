#pragma once

#include "hubspot/metadata.h"
#include "model/searchrequest.h"
#include "model/validation.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace es {

class FilterGroupBox;
class FilterRow;
class PropertyCombo;
class PropertyListModel;

// The visual filter builder: edits an es::SearchRequest. Groups are joined by OR (shown with
// "— or —" between them), filters inside a group by AND. Counters and disabled Add buttons keep
// the request inside ValidationLimits; a sentence says in plain words what will be exported.
// setSearchRequest() followed by searchRequest() returns the very same value.
class FilterBuilder : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBuilder(QWidget *parent = nullptr);
    ~FilterBuilder() override;

    void setProperties(const QList<PropertyDef> &properties);
    const QList<PropertyDef> &properties() const;
    void setObjectLabel(const QString &pluralLabel);
    void setLimits(const ValidationLimits &limits);

    void setSearchRequest(const SearchRequest &request); // programmatic, no changed()
    SearchRequest searchRequest() const;
    QString description() const;

    // Issues from es::validate(); those under publicCrmSearchRequest are shown next to their
    // field, the rest ignored. An empty list clears every message.
    // Filter problems are said in the user's words (issueInUserWords); a row shows its problem
    // once the user has left it, or after revealIssues().
    void setIssues(const QList<ValidationIssue> &issues);
    // Shows every row's problem (the user pressed Next) and returns the first row with one, to
    // take the focus; nullptr when no row has a problem.
    FilterRow *revealIssues();

    // Each group's record count as shown beside it, in group order (missing ones are cleared).
    void setGroupCountTexts(const QStringList &texts);

    int groupCount() const { return int(m_groups.size()); }
    FilterGroupBox *group(int index) const { return m_groups.value(index); }
    FilterGroupBox *addGroup(const FilterGroup &group = {});
    QPushButton *addGroupButton() const { return m_addGroup; }
    QLabel *groupCounterLabel() const { return m_groupCounter; }
    PropertyCombo *sortCombo() const { return m_sortProperty; }
    QComboBox *sortOrderCombo() const { return m_sortOrder; }
    QLineEdit *queryEdit() const { return m_query; }
    QLabel *descriptionLabel() const { return m_description; }

Q_SIGNALS:
    void changed();

private:
    void removeGroup(FilterGroupBox *group);
    void relayoutGroups();
    void updateState();
    void updateSortOrderLabels();
    void onEdited();

    PropertyListModel *m_properties;
    ValidationLimits m_limits;
    QString m_objectLabel;
    QList<FilterGroupBox *> m_groups;
    QList<Sort> m_sorts; // HubSpot uses one; the rest are kept for an exact round trip
    QWidget *m_groupsHost;
    QVBoxLayout *m_groupsLayout;
    QLabel *m_emptyNote;
    QPushButton *m_addGroup;
    QLabel *m_groupCounter;
    QLabel *m_groupsIssue;
    PropertyCombo *m_sortProperty;
    QComboBox *m_sortOrder;
    QLabel *m_sortIssue;
    QLineEdit *m_query;
    QLabel *m_queryIssue;
    QLabel *m_description;
};

} // namespace es
