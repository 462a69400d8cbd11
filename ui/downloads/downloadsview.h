#pragma once

#include <QWidget>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;

namespace es {

class DownloadsModel;
class PlaceholderTreeView;

// Saved files, with a filter box. Double-click (or Enter) opens a file with the desktop's
// default application; the context menu previews a table inside the app, opens the folder, copies
// the path, deletes the file (after asking) or runs the same export again.
class DownloadsView : public QWidget
{
    Q_OBJECT

public:
    explicit DownloadsView(DownloadsModel *model, QWidget *parent = nullptr);

    DownloadsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    PlaceholderTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

    QString currentPath() const;
    // A table the built-in preview reads (by its name; the preview checks the content).
    static bool isPreviewable(const QString &path);
    void selectPath(const QString &path);

    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

    // Tests answer the delete question themselves.
    void setConfirmDelete(std::function<bool(const QString &path)> confirm);

    QAction *openAction() const { return m_open; }
    QAction *previewAction() const { return m_preview; }
    QAction *openFolderAction() const { return m_openFolder; }
    QAction *copyPathAction() const { return m_copyPath; }
    QAction *deleteAction() const { return m_delete; }
    QAction *runAgainAction() const { return m_runAgain; }
    // Ctrl+F: puts the cursor in the filter box.
    QAction *findAction() const { return m_find; }

Q_SIGNALS:
    void runAgainRequested(const QString &jobId);
    // "Preview": show a CSV, XLSX or XLS file's rows inside the app.
    void previewRequested(const QString &path);
    void fileDeleted(const QString &jobId, const QString &path);
    // Something went wrong that the person should read (the window shows it in place).
    void problem(const QString &message);

private:
    void updateActions();
    void showContextMenu(const QPoint &pos);
    void openCurrent();
    void deleteCurrent();

    DownloadsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    PlaceholderTreeView *m_view;
    QAction *m_find;
    QAction *m_open;
    QAction *m_preview;
    QAction *m_openFolder;
    QAction *m_copyPath;
    QAction *m_delete;
    QAction *m_runAgain;
    std::function<bool(const QString &)> m_confirmDelete;
};

} // namespace es
