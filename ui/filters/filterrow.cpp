#include "filterrow.h"

#include "filteroperators.h"
#include "propertycombo.h"
#include "propertylistmodel.h"
#include "valueeditors.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace es {

namespace {
// Fixed widths keep the rows of every group lined up like a table. Property labels are the
// longest text of a row ("Newsletter subscription status"): they get the most room.
constexpr int PropertyWidth = 272;
constexpr int OperatorWidth = 168;
} // namespace

FilterRow::FilterRow(PropertyListModel *properties, QWidget *parent)
    : QWidget(parent)
    , m_properties(properties)
    , m_property(new PropertyCombo(this))
    , m_operator(new QComboBox(this))
    , m_valueSlot(new QHBoxLayout)
    , m_remove(new QToolButton(this))
    , m_issue(new QLabel(this))
{
    m_property->setPropertyModel(properties);
    m_property->setFixedWidth(PropertyWidth);
    m_operator->setFixedWidth(OperatorWidth);
    m_remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove"),
                                       QIcon::fromTheme(QStringLiteral("edit-delete"))));
    m_remove->setText(tr("Remove"));
    m_remove->setAutoRaise(true);
    m_issue->setWordWrap(true);
    m_issue->setTextFormat(Qt::PlainText);
    m_issue->setVisible(false);
    m_issue->setContentsMargins(0, 0, 0, 0);

    auto *line = new QHBoxLayout;
    line->setSpacing(8);
    line->addWidget(m_property);
    line->addWidget(m_operator);
    m_valueSlot->setContentsMargins(0, 0, 0, 0);
    line->addLayout(m_valueSlot, 1);
    line->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(line);
    layout->addWidget(m_issue);

    connect(m_property, &PropertyCombo::propertyChosen, this, &FilterRow::chooseProperty);
    connect(m_operator, &QComboBox::activated, this, [this](int index) {
        chooseOperator(FilterOperator(m_operator->itemData(index).toInt()));
    });
    connect(m_remove, &QToolButton::clicked, this, &FilterRow::removeRequested);
    // A problem appears once the user moves on, not while the row is being filled in.
    m_focusWatch =
        connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
            if (!m_revealed && now && contains(old) && !contains(now))
                revealIssue();
        });

    setPosition(1, 1);
    rebuildOperators();
    rebuildValueEditor();
}

// ~QWidget clears the focus of the children it deletes, which emits focusChanged while this is
// no longer a FilterRow (UBSan caught the lambda reading members of a half-destroyed row); the
// watch ends before that.
FilterRow::~FilterRow()
{
    disconnect(m_focusWatch);
}

void FilterRow::setFilter(const Filter &filter)
{
    m_filter = filter;
    m_stash = {};
    // A filter from a preset was not typed now: its problems are news at once.
    m_revealed = filter != Filter{};
    m_property->setPropertyName(filter.propertyName);
    rebuildOperators();
    rebuildValueEditor();
}

void FilterRow::setIssue(const QString &message)
{
    m_pendingIssue = message;
    updateIssueLabel();
}

void FilterRow::revealIssue()
{
    m_revealed = true;
    updateIssueLabel();
}

QString FilterRow::issue() const
{
    return m_issue->isHidden() ? QString() : m_issue->text();
}

void FilterRow::updateIssueLabel()
{
    const QString message = !m_refusal.isEmpty() ? m_refusal
                            : m_revealed         ? m_pendingIssue
                                                 : QString();
    if (message.isEmpty()) {
        m_issue->clear();
        m_issue->setVisible(false);
        return;
    }
    // Text plus a marker, never colour alone.
    //: A problem with this condition: the warning sign, then the problem in words
    m_issue->setText(tr("⚠ %1").arg(message));
    QPalette palette = m_issue->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x30, 0x30));
    m_issue->setPalette(palette);
    m_issue->setVisible(true);
}

bool FilterRow::contains(const QWidget *widget) const
{
    // parentWidget() also leads out of popups (a list's or a calendar's) to the row.
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w == this)
            return true;
    }
    return false;
}

void FilterRow::setPosition(int group, int row)
{
    m_position = tr("Group %1, filter %2").arg(group).arg(row);
    m_property->setAccessibleName(tr("%1, property").arg(m_position));
    m_operator->setAccessibleName(tr("%1, condition").arg(m_position));
    m_remove->setAccessibleName(tr("Remove %1").arg(m_position.toLower()));
    m_remove->setToolTip(tr("Remove this filter"));
    if (m_value)
        m_value->setAccessibleNames(m_position);
}

void FilterRow::refreshProperties()
{
    m_property->refresh();
    rebuildOperators();
    rebuildValueEditor();
}

void FilterRow::chooseProperty(const QString &name)
{
    const bool fresh = m_filter.propertyName.isEmpty();
    const PropertyDef *before = property();
    const ScalarEditor::Kind oldKind = ScalarEditor::kindFor(before);
    const bool hadOptions = before && !before->options.isEmpty();
    m_filter.propertyName = name;
    m_property->setPropertyName(name);
    const PropertyDef *after = property();
    // Input that means nothing for the new property (a date for a text field, options of
    // another enumeration) goes; text typed for one text field stays for the next.
    const bool otherKind = ScalarEditor::kindFor(after) != oldKind || hadOptions ||
                           (after && !after->options.isEmpty());
    if (otherKind) {
        m_filter.value.clear();
        m_filter.highValue.clear();
        m_filter.values.clear();
        m_stash = {};
    }
    const QList<FilterOperator> allowed =
        after ? operatorsFor(after->type) : operatorsForUnknownProperty();
    // A new row or another kind of property starts with the type's most useful operator; a
    // chosen one stays when the user only swapped one text field for another.
    if (fresh || otherKind || !allowed.contains(m_filter.op))
        reshapeFor(allowed.first());
    rebuildOperators();
    rebuildValueEditor();
    adoptShownDefaults();
    Q_EMIT changed();
}

void FilterRow::chooseOperator(FilterOperator op)
{
    if (op == m_filter.op)
        return;
    reshapeFor(op);
    rebuildOperators();
    rebuildValueEditor();
    adoptShownDefaults();
    Q_EMIT changed();
}

const PropertyDef *FilterRow::property() const
{
    return m_properties->find(m_filter.propertyName);
}

void FilterRow::reshapeFor(FilterOperator op)
{
    // Collect everything the user entered so far, then hand the new shape what fits it.
    if (!m_filter.value.isEmpty())
        m_stash.value = m_filter.value;
    if (!m_filter.highValue.isEmpty())
        m_stash.highValue = m_filter.highValue;
    if (!m_filter.values.isEmpty())
        m_stash.values = m_filter.values;

    m_filter.op = op;
    m_filter.operatorText.clear();
    m_filter.value.clear();
    m_filter.highValue.clear();
    m_filter.values.clear();
    switch (valueShape(op)) {
    case ValueShape::None:
        break;
    case ValueShape::Single:
        m_filter.value = !m_stash.value.isEmpty()
                             ? m_stash.value
                             : (m_stash.values.isEmpty() ? QString() : m_stash.values.first());
        break;
    case ValueShape::Range:
        m_filter.value = !m_stash.value.isEmpty()
                             ? m_stash.value
                             : (m_stash.values.isEmpty() ? QString() : m_stash.values.first());
        m_filter.highValue = m_stash.highValue;
        break;
    case ValueShape::List:
        m_filter.values =
            !m_stash.values.isEmpty()
                ? m_stash.values
                : (m_stash.value.isEmpty() ? QStringList() : QStringList{m_stash.value});
        break;
    }
}

void FilterRow::rebuildOperators()
{
    const PropertyDef *def = property();
    const PropertyDef::Type type = def ? def->type : PropertyDef::Type::String;
    QList<FilterOperator> ops = def ? operatorsFor(def->type) : operatorsForUnknownProperty();
    const QSignalBlocker blocker(m_operator);
    m_operator->clear();
    for (FilterOperator op : std::as_const(ops))
        m_operator->addItem(operatorLabel(op, type), int(op));
    if (m_filter.op == FilterOperator::Unknown) {
        m_operator->addItem(tr("unsupported: %1").arg(m_filter.operatorText), int(m_filter.op));
    } else if (!ops.contains(m_filter.op)) {
        // A preset may use an operator the type does not suggest; keep it, say so.
        m_operator->addItem(
            tr("%1 (unusual for this property)").arg(operatorLabel(m_filter.op, type)),
            int(m_filter.op));
    }
    m_operator->setCurrentIndex(m_operator->findData(int(m_filter.op)));
}

void FilterRow::rebuildValueEditor()
{
    const bool hadFocus = m_value && m_value->hasFocus();
    m_refusal.clear();
    if (m_value) {
        m_valueSlot->removeWidget(m_value);
        m_value->hide();
        m_value->deleteLater();
    }
    const ValueShape shape =
        m_filter.op == FilterOperator::Unknown ? ValueShape::Single : valueShape(m_filter.op);
    m_value = new FilterValueEditor(property(), shape, this);
    m_value->setValues(m_filter.value, m_filter.highValue, m_filter.values);
    m_value->setAccessibleNames(m_position);
    m_valueSlot->addWidget(m_value);
    connect(m_value, &FilterValueEditor::valueEdited, this, [this](const QString &value) {
        m_filter.value = value;
        m_refusal.clear();
        Q_EMIT changed();
        updateIssueLabel();
    });
    connect(m_value, &FilterValueEditor::highValueEdited, this, [this](const QString &value) {
        m_filter.highValue = value;
        m_refusal.clear();
        Q_EMIT changed();
        updateIssueLabel();
    });
    connect(m_value, &FilterValueEditor::inputRefused, this, [this](const QString &reason) {
        m_refusal = reason;
        updateIssueLabel();
    });
    connect(m_value, &FilterValueEditor::valuesEdited, this, [this](const QStringList &values) {
        m_filter.values = values;
        Q_EMIT changed();
    });
    setTabOrder(m_operator, m_value);
    setTabOrder(m_value, m_remove);
    if (hadFocus)
        m_value->setFocus();
}

void FilterRow::adoptShownDefaults()
{
    // A date picker or option box that shows a value must mean it, or the sentence and the
    // JSON would disagree with the screen.
    if (m_filter.value.isEmpty())
        m_filter.value = m_value->shownValue();
    if (m_filter.highValue.isEmpty())
        m_filter.highValue = m_value->shownHighValue();
    const ScalarEditor *low = m_value->lowEditor();
    if (low &&
        (low->kind() == ScalarEditor::Kind::Text || low->kind() == ScalarEditor::Kind::Number))
        return;
    m_value->setValues(m_filter.value, m_filter.highValue, m_filter.values);
}

} // namespace es
