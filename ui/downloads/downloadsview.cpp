#include "downloadsview.h"

#include "common/desktop.h"
#include "common/icons.h"
#include "common/placeholdertreeview.h"
#include "downloadsmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace es {

DownloadsView::DownloadsView(DownloadsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new PlaceholderTreeView(this))
{
    setObjectName(QStringLiteral("downloadsView"));
    auto *title = new QLabel(tr("Downloads"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setBuddy(m_view);

    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(DownloadsModel::RawValueRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("downloadsFilter"));
    m_filter->setPlaceholderText(tr("Filter downloads"));
    m_filter->setToolTip(tr("Show only files whose name or export contains this text (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter downloads"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(280);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            [this](const QString &text) { m_proxy->setFilterFixedString(text); });
    m_find = new QAction(tr("&Filter downloads…"), this);
    m_find->setShortcut(QKeySequence::Find);
    m_find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_find, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    addAction(m_find);

    m_view->setObjectName(QStringLiteral("downloadsList"));
    m_view->setAccessibleName(tr("Downloaded files"));
    m_view->setAccessibleDescription(tr("Double-click or press Enter to open a file"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DownloadsModel::DateColumn, Qt::DescendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setPlaceholderText(tr("Finished exports appear here. Double-click a file to open it."));
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(DownloadsModel::NameColumn, QHeaderView::Stretch);
    header->resizeSection(DownloadsModel::ExportColumn, 180);
    header->resizeSection(DownloadsModel::SizeColumn, 80);
    header->resizeSection(DownloadsModel::DateColumn, 130);

    auto makeAction = [this](const QIcon &icon, const QString &text) {
        auto *action = new QAction(icon, text, this);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_open = makeAction(Icons::icon(Icons::Id::File), tr("&Open"));
    m_preview = makeAction(Icons::icon(Icons::Id::File), tr("&Preview"));
    m_preview->setToolTip(tr("Show the file's rows in a table inside Export Studio"));
    m_preview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_openFolder = makeAction(Icons::icon(Icons::Id::OpenFolder), tr("Open containing &folder"));
    m_openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_copyPath = makeAction(Icons::icon(Icons::Id::Copy), tr("&Copy path"));
    m_copyPath->setShortcut(QKeySequence::Copy);
    m_delete = makeAction(Icons::icon(Icons::Id::Remove), tr("&Delete file…"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_runAgain = makeAction(Icons::icon(Icons::Id::Retry), tr("&Run the same export again"));

    connect(m_view, &QAbstractItemView::activated, this, &DownloadsView::openCurrent);
    connect(m_open, &QAction::triggered, this, &DownloadsView::openCurrent);
    connect(m_preview, &QAction::triggered, this, [this] {
        const QString path = currentPath();
        if (!path.isEmpty())
            Q_EMIT previewRequested(path);
    });
    connect(m_openFolder, &QAction::triggered, this, [this] {
        const QString path = currentPath();
        if (path.isEmpty())
            return;
        const QString folder = QFileInfo(path).absolutePath();
        if (!Desktop::openFolder(folder))
            Q_EMIT problem(tr("Could not open the folder %1: no file manager answered. Open it "
                              "yourself, the path is copied with Copy path.")
                               .arg(folder));
    });
    connect(m_copyPath, &QAction::triggered, this, [this] {
        const QString path = currentPath();
        if (!path.isEmpty())
            QApplication::clipboard()->setText(path);
    });
    connect(m_delete, &QAction::triggered, this, &DownloadsView::deleteCurrent);
    connect(m_runAgain, &QAction::triggered, this, [this] {
        const QModelIndex index = m_view->currentIndex();
        if (index.isValid())
            Q_EMIT runAgainRequested(index.data(DownloadsModel::JobIdRole).toString());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &DownloadsView::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DownloadsView::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DownloadsView::updateActions);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &DownloadsView::updateActions);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->setSpacing(8);
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    setTabOrder(m_filter, m_view);
    updateActions();
}

bool DownloadsView::isPreviewable(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"csv" || suffix == u"xlsx" || suffix == u"xls";
}

QString DownloadsView::currentPath() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(DownloadsModel::PathRole).toString() : QString();
}

void DownloadsView::selectPath(const QString &path)
{
    const int row = m_model->rowOfPath(path);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

QByteArray DownloadsView::headerState() const
{
    return m_view->header()->saveState();
}

void DownloadsView::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_view->header()->restoreState(state);
}

void DownloadsView::setConfirmDelete(std::function<bool(const QString &)> confirm)
{
    m_confirmDelete = std::move(confirm);
}

void DownloadsView::updateActions()
{
    const QModelIndex index = m_view->currentIndex();
    const bool has = index.isValid();
    const bool exists = has && index.data(DownloadsModel::ExistsRole).toBool();
    m_open->setEnabled(exists);
    m_preview->setEnabled(exists && isPreviewable(index.data(DownloadsModel::PathRole).toString()));
    m_openFolder->setEnabled(has);
    m_copyPath->setEnabled(has);
    m_delete->setEnabled(exists);
    m_runAgain->setEnabled(has);
}

void DownloadsView::showContextMenu(const QPoint &pos)
{
    if (!m_view->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_open);
    menu.setDefaultAction(m_open);
    menu.addAction(m_preview);
    menu.addAction(m_openFolder);
    menu.addAction(m_copyPath);
    menu.addSeparator();
    menu.addAction(m_runAgain);
    menu.addSeparator();
    menu.addAction(m_delete);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void DownloadsView::openCurrent()
{
    const QString path = currentPath();
    if (path.isEmpty())
        return;
    if (!QFileInfo::exists(path)) {
        m_model->refreshExistence();
        Q_EMIT problem(tr("%1 is no longer there. Run the export again to download it anew.")
                           .arg(QFileInfo(path).fileName()));
        return;
    }
    if (!Desktop::openFile(path))
        Q_EMIT problem(tr("No application opened %1. Install a program for this file type, or "
                          "use Open containing folder.")
                           .arg(QFileInfo(path).fileName()));
}

void DownloadsView::deleteCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    const QString path = currentPath();
    if (path.isEmpty() || !QFileInfo::exists(path))
        return;
    const QString jobId = index.data(DownloadsModel::JobIdRole).toString();
    bool confirmed = false;
    if (m_confirmDelete) {
        confirmed = m_confirmDelete(path);
    } else {
        QMessageBox box(QMessageBox::Question, tr("Delete file"),
                        tr("Delete “%1”?").arg(QFileInfo(path).fileName()), QMessageBox::NoButton,
                        this);
        box.setInformativeText(tr("The file is moved to the trash when your desktop has one."));
        QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        confirmed = box.clickedButton() == remove;
    }
    if (!confirmed)
        return;
    QFile file(path);
    if (!file.moveToTrash() && !file.remove()) {
        Q_EMIT problem(tr("Could not delete %1: %2. Check that the file is not open elsewhere and "
                          "that you may write to its folder.")
                           .arg(path, file.errorString()));
        return;
    }
    m_model->refreshExistence();
    Q_EMIT fileDeleted(jobId, path);
}

} // namespace es
