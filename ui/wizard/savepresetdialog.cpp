#include "savepresetdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace es {

SavePresetDialog::SavePresetDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Save as preset"));
    m_name->setAccessibleName(tr("Preset name"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("Optional: what this export is for"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 16);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(8);
    form->setVerticalSpacing(8);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    auto *descriptionLabel = new QLabel(tr("&Description:"), this);
    descriptionLabel->setBuddy(m_description);
    form->addRow(nameLabel, m_name);
    form->addRow(descriptionLabel, m_description);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(16);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(!text.trimmed().isEmpty());
    });
    resize(420, sizeHint().height());
}

void SavePresetDialog::setName(const QString &name)
{
    m_name->setText(name);
    m_name->selectAll();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!name.trimmed().isEmpty());
}

QString SavePresetDialog::name() const
{
    return m_name->text().trimmed();
}

QString SavePresetDialog::description() const
{
    return m_description->toPlainText().trimmed();
}

} // namespace es
