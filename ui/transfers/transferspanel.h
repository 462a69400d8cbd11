#pragma once

#include <QStringList>
#include <QWidget>
#include <transfer/jobinfo.h>

class QAction;
class QLabel;
class QMenu;
class QToolBar;

namespace es {

class PlaceholderTreeView;
class ProgressDelegate;
class TransferModel;

// The Transfers panel: the list of exports with Cancel, Retry, Move up/down, Open folder and
// Remove as a toolbar, a context menu and keys. It only emits what the person asked for; the
// controller passes that to the ExportQueue.
class TransfersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TransfersPanel(TransferModel *model, QWidget *parent = nullptr);

    TransferModel *model() const { return m_model; }
    PlaceholderTreeView *view() const { return m_view; }

    QStringList selectedJobIds() const;
    void selectJob(const QString &jobId);

    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

    QAction *cancelAction() const { return m_cancel; }
    QAction *retryAction() const { return m_retry; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *openFolderAction() const { return m_openFolder; }
    QAction *removeAction() const { return m_remove; }
    QAction *fixAction() const { return m_fix; }

Q_SIGNALS:
    void cancelRequested(const QStringList &jobIds);
    void retryRequested(const QStringList &jobIds);
    void removeRequested(const QStringList &jobIds);
    void moveUpRequested(const QString &jobId);
    void moveDownRequested(const QString &jobId);
    // A failed job's suggested fix: OpenAccount (token, scopes) or OpenSettings (folder, disk).
    void fixRequested(const QString &jobId, es::FailureFix fix);
    void openFolderRequested(const QString &folder);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // Narrows the Name column (not below its minimum) so the Progress column keeps room for its
    // words and no horizontal scroll bar appears; widens it back up to its usual width when the
    // room comes back. Stops once the person has resized Name themselves.
    void fitColumns();
    void updateActions();
    void showContextMenu(const QPoint &pos);
    QString folderOfSelection() const;

    TransferModel *m_model;
    PlaceholderTreeView *m_view;
    ProgressDelegate *m_delegate;
    QToolBar *m_toolBar;
    QAction *m_cancel;
    QAction *m_retry;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_openFolder;
    QAction *m_remove;
    QAction *m_fix;
    bool m_fitting = false;
    bool m_nameResizedByHand = false;
    bool m_nameShrunk = false;
    QLabel *m_title = nullptr;
    int m_wideWidth = 0; // title and toolbar with words beside the icons
};

} // namespace es
