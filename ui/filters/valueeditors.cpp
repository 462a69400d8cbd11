#include "valueeditors.h"

#include "checkablecombo.h"
#include "filtervalues.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>

namespace es {

ScalarEditor::Kind ScalarEditor::kindFor(const PropertyDef *property)
{
    if (!property)
        return Kind::Text;
    switch (property->type) {
    case PropertyDef::Type::Number:
        return Kind::Number;
    case PropertyDef::Type::Date:
        return Kind::Date;
    case PropertyDef::Type::DateTime:
        return Kind::DateTime;
    case PropertyDef::Type::Enumeration:
    case PropertyDef::Type::Bool:
        return FilterValues::choices(property).isEmpty() ? Kind::Text : Kind::Choice;
    default:
        return Kind::Text;
    }
}

ScalarEditor::ScalarEditor(const PropertyDef *property, QWidget *parent)
    : QWidget(parent)
    , m_kind(kindFor(property))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    switch (m_kind) {
    case Kind::Text:
    case Kind::Number:
        m_line = new QLineEdit(this);
        if (m_kind == Kind::Number) {
            // HubSpot wants a dot as the decimal separator whatever the user's locale.
            m_line->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("^-?[0-9]*(\\.[0-9]*)?$")), m_line));
            m_line->setPlaceholderText(tr("Number, e.g. 1500.50"));
            // The validator drops what it refuses; say so instead of silently losing input.
            m_line->installEventFilter(this);
            connect(m_line, &QLineEdit::inputRejected, this, [this] {
                const QString typed = m_lastKeyText;
                m_lastKeyText.clear();
                Q_EMIT inputRefused(
                    !typed.isEmpty() && typed.at(0).isPrint()
                        ? tr("“%1” cannot be part of a number here, so it was not typed. Use "
                             "digits, a dot for decimals and a leading minus, e.g. -1500.50.")
                              .arg(typed)
                        : tr("That is not a number, so it was not entered. Use digits, a dot "
                             "for decimals and a leading minus, e.g. -1500.50."));
            });
        } else {
            m_line->setPlaceholderText(tr("Value"));
        }
        connect(m_line, &QLineEdit::textEdited, this, &ScalarEditor::edited);
        m_editor = m_line;
        break;
    case Kind::Date:
        m_date = new QDateEdit(QDate::currentDate(), this);
        m_date->setCalendarPopup(true);
        m_date->setDisplayFormat(FilterValues::dateFormat());
        connect(m_date, &QDateEdit::dateChanged, this,
                [this](QDate date) { Q_EMIT edited(FilterValues::fromDate(date)); });
        m_editor = m_date;
        break;
    case Kind::DateTime:
        m_dateTime = new QDateTimeEdit(QDateTime(QDate::currentDate(), QTime(0, 0)), this);
        m_dateTime->setCalendarPopup(true);
        m_dateTime->setTimeSpec(Qt::LocalTime);
        m_dateTime->setDisplayFormat(FilterValues::dateFormat(true));
        m_dateTime->setToolTip(tr("Your local time; sent to HubSpot as UTC."));
        connect(m_dateTime, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &value) {
            Q_EMIT edited(FilterValues::fromLocalDateTime(value));
        });
        m_editor = m_dateTime;
        break;
    case Kind::Choice:
        m_choice = new QComboBox(this);
        m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_choice->setMinimumContentsLength(10);
        m_choice->setPlaceholderText(tr("Choose…"));
        for (const PropertyOption &option : FilterValues::choices(property))
            m_choice->addItem(option.label.isEmpty() ? option.value : option.label, option.value);
        connect(m_choice, &QComboBox::activated, this,
                [this](int index) { Q_EMIT edited(m_choice->itemData(index).toString()); });
        m_editor = m_choice;
        break;
    }
    layout->addWidget(m_editor);
    setFocusProxy(m_editor);
}

bool ScalarEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_line && event->type() == QEvent::KeyPress)
        m_lastKeyText = static_cast<QKeyEvent *>(event)->text();
    return QWidget::eventFilter(watched, event);
}

void ScalarEditor::setValue(const QString &value)
{
    const QSignalBlocker blocker(m_editor);
    switch (m_kind) {
    case Kind::Text:
    case Kind::Number:
        m_line->setText(value);
        break;
    case Kind::Date:
        if (const auto date = FilterValues::toDate(value))
            m_date->setDate(*date);
        break;
    case Kind::DateTime:
        if (const auto dateTime = FilterValues::toLocalDateTime(value))
            m_dateTime->setDateTime(*dateTime);
        break;
    case Kind::Choice: {
        int index = m_choice->findData(value);
        if (index < 0 && !value.isEmpty()) {
            m_choice->addItem(value, value);
            index = m_choice->count() - 1;
        }
        m_choice->setCurrentIndex(index);
        break;
    }
    }
}

QString ScalarEditor::shownValue() const
{
    switch (m_kind) {
    case Kind::Text:
    case Kind::Number:
        return m_line->text();
    case Kind::Date:
        return FilterValues::fromDate(m_date->date());
    case Kind::DateTime:
        return FilterValues::fromLocalDateTime(m_dateTime->dateTime());
    case Kind::Choice:
        return m_choice->currentData().toString();
    }
    return {};
}

void ScalarEditor::setAccessibleName(const QString &name)
{
    m_editor->setAccessibleName(name);
    QWidget::setAccessibleName(name);
}

FilterValueEditor::FilterValueEditor(const PropertyDef *property, ValueShape shape, QWidget *parent)
    : QWidget(parent)
    , m_shape(shape)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    switch (shape) {
    case ValueShape::None:
        break;
    case ValueShape::Single:
        m_low = new ScalarEditor(property, this);
        layout->addWidget(m_low, 1);
        break;
    case ValueShape::Range:
        m_low = new ScalarEditor(property, this);
        m_and = new QLabel(tr("and"), this);
        m_high = new ScalarEditor(property, this);
        layout->addWidget(m_low, 1);
        layout->addWidget(m_and);
        layout->addWidget(m_high, 1);
        break;
    case ValueShape::List: {
        const QList<PropertyOption> options = FilterValues::choices(property);
        if (!options.isEmpty()) {
            m_listCombo = new CheckableCombo(this);
            m_listCombo->setOptions(options);
            connect(m_listCombo, &CheckableCombo::checkedValuesEdited, this,
                    &FilterValueEditor::valuesEdited);
            layout->addWidget(m_listCombo, 1);
        } else {
            m_listLine = new QLineEdit(this);
            m_listLine->setPlaceholderText(tr("Values, separated by commas"));
            connect(m_listLine, &QLineEdit::textEdited, this,
                    [this](const QString &text) { Q_EMIT valuesEdited(splitList(text)); });
            layout->addWidget(m_listLine, 1);
        }
        break;
    }
    }
    if (m_low) {
        connect(m_low, &ScalarEditor::edited, this, &FilterValueEditor::valueEdited);
        connect(m_low, &ScalarEditor::inputRefused, this, &FilterValueEditor::inputRefused);
    }
    if (m_high) {
        connect(m_high, &ScalarEditor::edited, this, &FilterValueEditor::highValueEdited);
        connect(m_high, &ScalarEditor::inputRefused, this, &FilterValueEditor::inputRefused);
    }
    if (QWidget *first = m_low ? static_cast<QWidget *>(m_low)
                               : (m_listCombo ? static_cast<QWidget *>(m_listCombo) : m_listLine))
        setFocusProxy(first);
}

void FilterValueEditor::setValues(const QString &value, const QString &highValue,
                                  const QStringList &values)
{
    if (m_low)
        m_low->setValue(value);
    if (m_high)
        m_high->setValue(highValue);
    if (m_listCombo)
        m_listCombo->setCheckedValues(values);
    if (m_listLine)
        m_listLine->setText(values.join(QStringLiteral(", ")));
}

void FilterValueEditor::setAccessibleNames(const QString &prefix)
{
    if (m_low && m_high)
        //: Screen reader name of the lower bound of a range: %1 the condition ("Create date is
        //: between")
        m_low->setAccessibleName(tr("%1, from").arg(prefix));
    else if (m_low)
        //: Screen reader name of a condition's value box: %1 the condition ("Email contains")
        m_low->setAccessibleName(tr("%1, value").arg(prefix));
    if (m_high)
        //: Screen reader name of the upper bound of a range: %1 the condition ("Create date is
        //: between")
        m_high->setAccessibleName(tr("%1, to").arg(prefix));
    if (m_listCombo)
        //: Screen reader name of the values of a condition with several values: %1 the condition
        //: ("Lifecycle stage is any of")
        m_listCombo->setAccessibleName(tr("%1, values").arg(prefix));
    if (m_listLine)
        //: Screen reader name of the values of a condition with several values: %1 the condition
        //: ("Lifecycle stage is any of")
        m_listLine->setAccessibleName(tr("%1, values").arg(prefix));
}

QString FilterValueEditor::shownValue() const
{
    return m_low ? m_low->shownValue() : QString();
}

QString FilterValueEditor::shownHighValue() const
{
    return m_high ? m_high->shownValue() : QString();
}

QStringList FilterValueEditor::splitList(const QString &text)
{
    QStringList values;
    for (const QString &part : text.split(u',')) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            values.append(trimmed);
    }
    return values;
}

} // namespace es
