#pragma once

#include <QStyledItemDelegate>

namespace es {

struct JobInfo;

// Paints the Progress column of the transfer list; every other column is the base class's.
// Downloading and Unpacking get a real bar with bytes and rate. Pending and Processing have no
// percentage at HubSpot, so they get a busy look that moves with the model's once-a-second
// refresh instead of an animation repainting the view 60 times a second. Queued, finished and
// failed rows are a single line of text; a failure carries an icon, never colour alone.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ProgressDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintBar(QPainter *painter, const QStyleOptionViewItem &option, const JobInfo &job,
                  const QString &text) const;
    void paintBusy(QPainter *painter, const QStyleOptionViewItem &option, const JobInfo &job,
                   const QString &text) const;
    void paintText(QPainter *painter, const QStyleOptionViewItem &option, const QString &text,
                   const QIcon &icon, bool failure) const;
};

} // namespace es
