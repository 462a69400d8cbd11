#pragma once

#include "hubspot/metadata.h"
#include "model/enums.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace es {

class CheckableCombo;

// One value of a filter, edited the way its property's type wants: text, a number, a date
// (midnight UTC), a local date and time (sent as UTC), or one option of an enumeration.
class ScalarEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Text,
        Number,
        Date,
        DateTime,
        Choice
    };
    static Kind kindFor(const PropertyDef *property);

    ScalarEditor(const PropertyDef *property, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setValue(const QString &value); // programmatic, no signal
    // What the editor shows, as the wire value: dates and choices always show something.
    QString shownValue() const;
    void setAccessibleName(const QString &name);
    QWidget *editor() const { return m_editor; }

Q_SIGNALS:
    void edited(const QString &value);
    // A number field refused what was typed or pasted; `reason` says why, in words.
    void inputRefused(const QString &reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Kind m_kind;
    QString m_lastKeyText; // the last key typed into a number field, to name what was refused
    QWidget *m_editor = nullptr;
    QLineEdit *m_line = nullptr;
    QDateEdit *m_date = nullptr;
    QDateTimeEdit *m_dateTime = nullptr;
    QComboBox *m_choice = nullptr;
};

// All value editors of one filter row for one operator shape: nothing (is known), one value,
// two values ("between … and …") or a list (check boxes over options, or comma-separated text).
class FilterValueEditor : public QWidget
{
    Q_OBJECT

public:
    FilterValueEditor(const PropertyDef *property, ValueShape shape, QWidget *parent = nullptr);

    ValueShape shape() const { return m_shape; }
    void setValues(const QString &value, const QString &highValue, const QStringList &values);
    void setAccessibleNames(const QString &prefix);

    // Editors that always show a value (dates, choices) report it, so an untouched date picker
    // still means the date it displays.
    QString shownValue() const;
    QString shownHighValue() const;

    ScalarEditor *lowEditor() const { return m_low; }
    ScalarEditor *highEditor() const { return m_high; }
    CheckableCombo *listCombo() const { return m_listCombo; }
    QLineEdit *listLine() const { return m_listLine; }

    static QStringList splitList(const QString &text);

Q_SIGNALS:
    void valueEdited(const QString &value);
    void highValueEdited(const QString &value);
    void valuesEdited(const QStringList &values);
    void inputRefused(const QString &reason);

private:
    ValueShape m_shape;
    ScalarEditor *m_low = nullptr;
    ScalarEditor *m_high = nullptr;
    CheckableCombo *m_listCombo = nullptr;
    QLineEdit *m_listLine = nullptr;
    QLabel *m_and = nullptr;
};

} // namespace es
