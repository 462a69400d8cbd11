#include "filterbuilder.h"

#include "describesearch.h"
#include "filtergroupbox.h"
#include "filteroperators.h"
#include "filterrow.h"
#include "issuetext.h"
#include "propertycombo.h"
#include "propertylistmodel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace es {

namespace {

QLabel *issueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x30, 0x30));
    label->setPalette(palette);
    label->setVisible(false);
    return label;
}

void showIssue(QLabel *label, const QString &message)
{
    //: A problem with the filters: the warning sign, then the problem in words
    const QString text = QCoreApplication::translate("es::FilterBuilder", "⚠ %1").arg(message);
    label->setText(message.isEmpty() ? QString() : text);
    label->setVisible(!message.isEmpty());
}

} // namespace

FilterBuilder::FilterBuilder(QWidget *parent)
    : QWidget(parent)
    , m_properties(new PropertyListModel(this))
    , m_groupsHost(new QWidget)
    , m_groupsLayout(new QVBoxLayout)
    , m_emptyNote(new QLabel(this))
    , m_addGroup(new QPushButton(this))
    , m_groupCounter(new QLabel(this))
    , m_groupsIssue(issueLabel(this))
    , m_sortProperty(new PropertyCombo(this))
    , m_sortOrder(new QComboBox(this))
    , m_sortIssue(issueLabel(this))
    , m_query(new QLineEdit(this))
    , m_queryIssue(issueLabel(this))
    , m_description(new QLabel(this))
{
    m_objectLabel = tr("Records");
    m_emptyNote->setWordWrap(true);
    m_addGroup->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_groupCounter->setForegroundRole(QPalette::PlaceholderText);

    auto *groupsFooter = new QHBoxLayout;
    groupsFooter->setSpacing(8);
    groupsFooter->addWidget(m_addGroup);
    groupsFooter->addWidget(m_groupCounter, 1);

    m_groupsLayout->setContentsMargins(0, 0, 0, 0);
    m_groupsLayout->setSpacing(8);
    auto *hostLayout = new QVBoxLayout(m_groupsHost);
    hostLayout->setContentsMargins(0, 0, 8, 0);
    hostLayout->setSpacing(8);
    hostLayout->addWidget(m_emptyNote);
    hostLayout->addLayout(m_groupsLayout);
    hostLayout->addLayout(groupsFooter);
    hostLayout->addWidget(m_groupsIssue);
    hostLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_groupsHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Not a stop of its own: Tab goes straight to the rows, and the area scrolls to them.
    scroll->setFocusPolicy(Qt::NoFocus);

    m_sortProperty->setPropertyModel(m_properties);
    m_sortProperty->setAllowNone(true);
    m_sortProperty->setPlaceholderText(tr("No particular order"));
    m_sortProperty->setFixedWidth(272); // as wide as the filter rows' property
    m_sortProperty->setAccessibleName(tr("Sort by property"));
    m_sortOrder->setAccessibleName(tr("Sort direction"));
    m_sortOrder->addItem(QString(), int(SortOrder::Ascending));
    m_sortOrder->addItem(QString(), int(SortOrder::Descending));
    m_sortOrder->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *sortLine = new QHBoxLayout;
    sortLine->setSpacing(8);
    sortLine->addWidget(m_sortProperty);
    sortLine->addWidget(m_sortOrder);
    sortLine->addStretch(1);

    m_query->setAccessibleName(tr("Search text"));
    m_query->setPlaceholderText(tr("Optional: text HubSpot searches for in the default fields"));
    m_query->setClearButtonEnabled(true);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(8);
    form->setVerticalSpacing(8);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *sortLabel = new QLabel(tr("&Sort by:"), this);
    sortLabel->setBuddy(m_sortProperty);
    auto *queryLabel = new QLabel(tr("Search &text:"), this);
    queryLabel->setBuddy(m_query);
    auto *sortBox = new QVBoxLayout;
    sortBox->setSpacing(4);
    sortBox->addLayout(sortLine);
    sortBox->addWidget(m_sortIssue);
    auto *queryBox = new QVBoxLayout;
    queryBox->setSpacing(4);
    queryBox->addWidget(m_query);
    queryBox->addWidget(m_queryIssue);
    form->addRow(sortLabel, sortBox);
    form->addRow(queryLabel, queryBox);

    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_description->setFrameShape(QFrame::StyledPanel);
    m_description->setContentsMargins(8, 8, 8, 8);
    m_description->setAccessibleName(tr("Summary of the filter"));
    m_description->setFocusPolicy(Qt::NoFocus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(scroll, 1);
    layout->addLayout(form);
    layout->addWidget(m_description);

    connect(m_addGroup, &QPushButton::clicked, this, [this] {
        FilterGroup group;
        group.filters.append(Filter{});
        FilterGroupBox *box = addGroup(group);
        box->row(0)->propertyCombo()->setFocus();
        onEdited();
    });
    connect(m_sortProperty, &PropertyCombo::propertyChosen, this, [this](const QString &name) {
        if (name.isEmpty()) {
            if (!m_sorts.isEmpty())
                m_sorts.removeFirst();
        } else if (m_sorts.isEmpty()) {
            m_sorts.append(Sort{name, SortOrder(m_sortOrder->currentData().toInt())});
        } else {
            m_sorts.first().propertyName = name;
        }
        updateSortOrderLabels();
        onEdited();
    });
    connect(m_sortOrder, &QComboBox::activated, this, [this](int index) {
        if (!m_sorts.isEmpty()) {
            m_sorts.first().order = SortOrder(m_sortOrder->itemData(index).toInt());
            onEdited();
        }
    });
    connect(m_query, &QLineEdit::textEdited, this, &FilterBuilder::onEdited);

    setLimits(m_limits);
    updateSortOrderLabels();
    updateState();
}

FilterBuilder::~FilterBuilder() = default;

void FilterBuilder::setProperties(const QList<PropertyDef> &properties)
{
    m_properties->setProperties(properties);
    for (FilterGroupBox *group : std::as_const(m_groups))
        group->refreshProperties();
    updateSortOrderLabels();
    updateState();
}

const QList<PropertyDef> &FilterBuilder::properties() const
{
    return m_properties->properties();
}

void FilterBuilder::setObjectLabel(const QString &pluralLabel)
{
    m_objectLabel = pluralLabel;
    updateState();
}

void FilterBuilder::setLimits(const ValidationLimits &limits)
{
    m_limits = limits;
    m_query->setMaxLength(limits.maxQueryLength);
    for (FilterGroupBox *group : std::as_const(m_groups))
        group->setMaxFilters(limits.maxFiltersPerGroup);
    updateState();
}

void FilterBuilder::setSearchRequest(const SearchRequest &request)
{
    for (FilterGroupBox *group : std::as_const(m_groups))
        delete group;
    m_groups.clear();
    for (const FilterGroup &group : request.filterGroups)
        addGroup(group);
    m_sorts = request.sorts;
    {
        const QSignalBlocker blocker(m_sortOrder);
        m_sortProperty->setPropertyName(m_sorts.isEmpty() ? QString()
                                                          : m_sorts.first().propertyName);
        const SortOrder order = m_sorts.isEmpty() ? SortOrder::Ascending : m_sorts.first().order;
        m_sortOrder->setCurrentIndex(m_sortOrder->findData(int(order)));
    }
    // maxLength would cut a longer query silently; lift it so validation can name the problem.
    m_query->setMaxLength(std::max<int>(m_limits.maxQueryLength, int(request.query.size())));
    m_query->setText(request.query);
    updateSortOrderLabels();
    updateState();
}

SearchRequest FilterBuilder::searchRequest() const
{
    SearchRequest request;
    for (const FilterGroupBox *group : m_groups)
        request.filterGroups.append(group->group());
    request.sorts = m_sorts;
    request.query = m_query->text();
    return request;
}

QString FilterBuilder::description() const
{
    return describeSearch(searchRequest(), m_properties->properties(), m_objectLabel);
}

void FilterBuilder::setIssues(const QList<ValidationIssue> &issues)
{
    for (FilterGroupBox *group : std::as_const(m_groups)) {
        group->setIssue(QString());
        for (int r = 0; r < group->rowCount(); ++r)
            group->row(r)->setIssue(QString());
    }
    showIssue(m_groupsIssue, {});
    showIssue(m_sortIssue, {});
    showIssue(m_queryIssue, {});

    static const QRegularExpression filterPath(
        QStringLiteral(R"(^publicCrmSearchRequest\.filterGroups\[(\d+)\]\.filters(?:\[(\d+)\])?)"));
    for (const ValidationIssue &issue : issues) {
        if (!issue.isError())
            continue;
        const QString &field = issue.field;
        if (!field.startsWith(u"publicCrmSearchRequest"))
            continue;
        const QRegularExpressionMatch match = filterPath.match(field);
        if (match.hasMatch()) {
            FilterGroupBox *group = m_groups.value(match.captured(1).toInt());
            if (!group)
                continue;
            if (match.captured(2).isEmpty()) {
                group->setIssue(issue.message);
            } else if (FilterRow *row = group->row(match.captured(2).toInt())) {
                // The first problem of a row is the one to fix first.
                if (row->pendingIssue().isEmpty())
                    row->setIssue(issueInUserWords(issue, m_properties->find(issue.propertyName)));
            }
        } else if (field.contains(u".sorts")) {
            showIssue(m_sortIssue, issue.message);
        } else if (field.contains(u".query")) {
            showIssue(m_queryIssue, issue.message);
        } else {
            showIssue(m_groupsIssue, issue.message);
        }
    }
}

void FilterBuilder::setGroupCountTexts(const QStringList &texts)
{
    for (qsizetype i = 0; i < m_groups.size(); ++i)
        m_groups.at(i)->setCountText(texts.value(i));
}

FilterRow *FilterBuilder::revealIssues()
{
    FilterRow *first = nullptr;
    for (FilterGroupBox *group : std::as_const(m_groups)) {
        for (int r = 0; r < group->rowCount(); ++r) {
            FilterRow *row = group->row(r);
            row->revealIssue();
            if (!first && !row->pendingIssue().isEmpty())
                first = row;
        }
    }
    return first;
}

FilterGroupBox *FilterBuilder::addGroup(const FilterGroup &group)
{
    auto *box = new FilterGroupBox(m_properties, m_limits.maxFiltersPerGroup, m_groupsHost);
    box->setGroup(group);
    m_groups.append(box);
    connect(box, &FilterGroupBox::changed, this, &FilterBuilder::onEdited);
    connect(box, &FilterGroupBox::removeRequested, this, [this, box] {
        removeGroup(box);
        onEdited();
    });
    connect(box, &FilterGroupBox::emptied, this, [this, box] {
        removeGroup(box);
        onEdited();
    });
    relayoutGroups();
    updateState();
    return box;
}

void FilterBuilder::removeGroup(FilterGroupBox *group)
{
    const qsizetype index = m_groups.indexOf(group);
    if (index < 0)
        return;
    m_groups.removeAt(index);
    group->hide();
    group->deleteLater();
    relayoutGroups();
    updateState();
    if (!m_groups.isEmpty())
        m_groups.at(std::min<qsizetype>(index, m_groups.size() - 1))->addButton()->setFocus();
    else
        m_addGroup->setFocus();
}

void FilterBuilder::relayoutGroups()
{
    while (QLayoutItem *item = m_groupsLayout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            if (!qobject_cast<FilterGroupBox *>(widget))
                widget->deleteLater(); // an "or" separator
        }
        delete item;
    }
    for (int i = 0; i < m_groups.size(); ++i) {
        if (i > 0) {
            auto *separator = new QLabel(tr("— or —"), m_groupsHost);
            separator->setAlignment(Qt::AlignCenter);
            separator->setForegroundRole(QPalette::PlaceholderText);
            m_groupsLayout->addWidget(separator);
        }
        m_groups.at(i)->setNumber(i + 1);
        m_groupsLayout->addWidget(m_groups.at(i));
    }
}

void FilterBuilder::updateState()
{
    const int count = int(m_groups.size());
    const int max = m_limits.maxFilterGroups;
    const bool full = count >= max;
    m_emptyNote->setVisible(count == 0);
    m_emptyNote->setText(
        tr("No filters: every record of %1 is exported. Add a filter to narrow it down.")
            .arg(m_objectLabel));
    m_addGroup->setText(count == 0 ? tr("&Add a filter") : tr("&Or…"));
    m_addGroup->setAccessibleName(count == 0 ? tr("Add a filter") : tr("Add an alternative group"));
    m_addGroup->setEnabled(!full);
    if (count == 0) {
        m_groupCounter->clear();
        m_addGroup->setToolTip(tr("Export only the records that match conditions"));
    } else if (full) {
        m_groupCounter->setText(
            tr("%1 of %2 groups — the most an export may have").arg(count).arg(max));
        m_addGroup->setToolTip(
            tr("An export takes at most %1 alternative groups. Add conditions to an existing "
               "group with “And…”, or remove a group first.")
                .arg(max));
    } else {
        m_groupCounter->setText(tr("%1 of %2 groups").arg(count).arg(max));
        m_addGroup->setToolTip(tr("Add a group of conditions; a record matches if it matches "
                                  "any one group"));
    }
    //: Quotation marks around the description of the filters, in your language's style
    m_description->setText(tr("“%1”").arg(description()));
}

void FilterBuilder::updateSortOrderLabels()
{
    const PropertyDef *property =
        m_sorts.isEmpty() ? nullptr : m_properties->find(m_sorts.first().propertyName);
    const PropertyDef::Type type = property ? property->type : PropertyDef::Type::String;
    m_sortOrder->setItemText(0, sortOrderLabel(SortOrder::Ascending, type));
    m_sortOrder->setItemText(1, sortOrderLabel(SortOrder::Descending, type));
    m_sortOrder->setEnabled(!m_sorts.isEmpty());
}

void FilterBuilder::onEdited()
{
    updateState();
    Q_EMIT changed();
}

} // namespace es
