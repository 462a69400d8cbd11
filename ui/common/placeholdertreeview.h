#pragma once

#include <QString>
#include <QTreeView>

namespace es {

// A QTreeView that says what to do when it has no rows, instead of showing a grey void.
class PlaceholderTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit PlaceholderTreeView(QWidget *parent = nullptr);

    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_placeholder;
};

} // namespace es
