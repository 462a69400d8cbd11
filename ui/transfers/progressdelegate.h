#pragma once

#include <QStyledItemDelegate>

namespace es {

struct JobInfo;

// Paints the Progress column of the transfer list; every other column is the base class's.
// Downloading and Unpacking get a slim real bar with the percentage, bytes and rate beside it.
// Pending and Processing have no percentage at HubSpot, so they get a busy look that moves with the
// model's once-a-second refresh instead of an animation repainting the view 60 times a second.
// Queued, finished and failed rows are a single line of text; a failure carries an icon, never
// colour alone.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ProgressDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The longest of `texts` (longest first) that fits `width`, else the shortest elided: a bar
    // drops the rate, then the total, before it cuts words.
    static QString fitText(const QFontMetrics &metrics, int width, const QStringList &texts);
    // The words beside the bar for `job` in `width` px ("81% · 32.6 MB of 40.1 MB · 7.9 MB/s").
    static QString barText(const QFontMetrics &metrics, int width, const JobInfo &job,
                           const QStringList &details);

private:
    void paintBar(QPainter *painter, const QStyleOptionViewItem &option, const JobInfo &job,
                  const QStringList &texts) const;
    void paintBusy(QPainter *painter, const QStyleOptionViewItem &option, const JobInfo &job,
                   const QStringList &texts) const;
    void paintText(QPainter *painter, const QStyleOptionViewItem &option, const QString &text,
                   const QIcon &icon, bool failure) const;
};

} // namespace es
