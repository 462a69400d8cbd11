#pragma once

#include <QComboBox>

namespace es {

class PropertyListModel;

// A searchable property chooser: type any part of a label or internal name and pick from the
// matches. Shares one PropertyListModel with its siblings. Keeps a property name that is not in
// the model (metadata still loading, or a preset from another portal) so nothing is lost.
class PropertyCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit PropertyCombo(QWidget *parent = nullptr);

    void setPropertyModel(PropertyListModel *model);
    // An empty text means "no property" (the sort combo); otherwise empty text reverts.
    void setAllowNone(bool allow);
    void setPlaceholderText(const QString &text);

    // Programmatic: shows the property and emits nothing.
    void setPropertyName(const QString &name);
    QString propertyName() const { return m_name; }
    // Re-resolves the label after the model changed (properties arrived).
    void refresh();

Q_SIGNALS:
    // Only when the user picked a different property.
    void propertyChosen(const QString &name);

protected:
    void focusOutEvent(QFocusEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(const QString &name);
    void commitText();
    void showCurrent();
    void fitPopupWidth();

    PropertyListModel *m_model = nullptr;
    QString m_name;
    bool m_allowNone = false;
};

} // namespace es
