#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace es {

// Asks for a preset's name and description; the wizard emits them, the preset store saves.
class SavePresetDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SavePresetDialog(QWidget *parent = nullptr);

    void setName(const QString &name);
    QString name() const;
    QString description() const;
    QLineEdit *nameEdit() const { return m_name; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QDialogButtonBox *m_buttons;
};

} // namespace es
