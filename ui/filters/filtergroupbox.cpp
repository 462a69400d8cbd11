#include "filtergroupbox.h"

#include "filterrow.h"
#include "propertycombo.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace es {

FilterGroupBox::FilterGroupBox(PropertyListModel *properties, int maxFilters, QWidget *parent)
    : QGroupBox(parent)
    , m_properties(properties)
    , m_maxFilters(maxFilters)
    , m_rowsLayout(new QVBoxLayout)
    , m_add(new QPushButton(tr("&And…"), this))
    , m_counter(new QLabel(this))
    , m_count(new QLabel(this))
    , m_issue(new QLabel(this))
    , m_removeGroup(new QPushButton(tr("Remove group"), this))
{
    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_add->setToolTip(tr("Add a condition that must also be true"));
    m_removeGroup->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    m_removeGroup->setFlat(true);
    m_counter->setForegroundRole(QPalette::PlaceholderText);
    m_count->setVisible(false);
    m_issue->setWordWrap(true);
    m_issue->setVisible(false);

    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(8);

    auto *footer = new QHBoxLayout;
    footer->setSpacing(8);
    footer->addWidget(m_add);
    footer->addWidget(m_counter);
    footer->addSpacing(16);
    footer->addWidget(m_count);
    footer->addStretch(1);
    footer->addWidget(m_removeGroup);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    layout->addLayout(m_rowsLayout);
    layout->addWidget(m_issue);
    layout->addLayout(footer);

    connect(m_add, &QPushButton::clicked, this, [this] {
        FilterRow *row = addRow();
        row->propertyCombo()->setFocus();
        Q_EMIT changed();
    });
    connect(m_removeGroup, &QPushButton::clicked, this, &FilterGroupBox::removeRequested);
    setNumber(1);
}

void FilterGroupBox::setGroup(const FilterGroup &group)
{
    for (FilterRow *row : std::as_const(m_rows))
        delete row;
    m_rows.clear();
    for (const Filter &filter : group.filters)
        addRow(filter);
    updateState();
}

FilterGroup FilterGroupBox::group() const
{
    FilterGroup group;
    for (const FilterRow *row : m_rows)
        group.filters.append(row->filter());
    return group;
}

void FilterGroupBox::setNumber(int number)
{
    m_number = number;
    setTitle(tr("Group %1 — all of these").arg(number));
    setAccessibleName(tr("Filter group %1").arg(number));
    m_count->setAccessibleName(tr("Records matching group %1").arg(number));
    m_removeGroup->setAccessibleName(tr("Remove group %1").arg(number));
    m_add->setAccessibleName(tr("Add a filter to group %1").arg(number));
    for (int i = 0; i < m_rows.size(); ++i)
        m_rows.at(i)->setPosition(number, i + 1);
}

void FilterGroupBox::setMaxFilters(int maxFilters)
{
    m_maxFilters = maxFilters;
    updateState();
}

FilterRow *FilterGroupBox::addRow(const Filter &filter)
{
    auto *row = new FilterRow(m_properties, this);
    row->setFilter(filter);
    m_rows.append(row);
    m_rowsLayout->addWidget(row);
    row->setPosition(m_number, int(m_rows.size()));
    connect(row, &FilterRow::changed, this, &FilterGroupBox::changed);
    connect(row, &FilterRow::removeRequested, this, [this, row] {
        removeRow(row);
        if (m_rows.isEmpty())
            Q_EMIT emptied();
        else
            Q_EMIT changed();
    });
    updateState();
    return row;
}

void FilterGroupBox::removeRow(FilterRow *row)
{
    const qsizetype index = m_rows.indexOf(row);
    if (index < 0)
        return;
    m_rows.removeAt(index);
    m_rowsLayout->removeWidget(row);
    row->hide();
    row->deleteLater(); // it may be the sender
    for (int i = 0; i < m_rows.size(); ++i)
        m_rows.at(i)->setPosition(m_number, i + 1);
    if (!m_rows.isEmpty())
        m_rows.at(std::min<qsizetype>(index, m_rows.size() - 1))->propertyCombo()->setFocus();
    updateState();
}

void FilterGroupBox::refreshProperties()
{
    for (FilterRow *row : std::as_const(m_rows))
        row->refreshProperties();
}

void FilterGroupBox::setCountText(const QString &text)
{
    m_count->setText(text);
    m_count->setVisible(!text.isEmpty());
}

void FilterGroupBox::setIssue(const QString &message)
{
    //: A problem with this group of conditions: the warning sign, then the problem in words
    m_issue->setText(message.isEmpty() ? QString() : tr("⚠ %1").arg(message));
    m_issue->setVisible(!message.isEmpty());
}

void FilterGroupBox::updateState()
{
    const int count = int(m_rows.size());
    const bool full = count >= m_maxFilters;
    m_add->setEnabled(!full);
    if (full) {
        m_counter->setText(
            tr("%1 of %2 filters — the most a group may have").arg(count).arg(m_maxFilters));
        m_add->setToolTip(tr("A group holds at most %1 filters. Add another group with “Or…” "
                             "for more conditions.")
                              .arg(m_maxFilters));
    } else {
        m_counter->setText(tr("%1 of %2 filters").arg(count).arg(m_maxFilters));
        m_add->setToolTip(tr("Add a condition that must also be true"));
    }
}

} // namespace es
