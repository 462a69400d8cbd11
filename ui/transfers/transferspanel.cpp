#include "transferspanel.h"

#include "common/icons.h"
#include "common/placeholdertreeview.h"
#include "common/shortcuts.h"
#include "common/text.h"
#include "progressdelegate.h"
#include "transfermodel.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace es {

TransfersPanel::TransfersPanel(TransferModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new PlaceholderTreeView(this))
    , m_delegate(new ProgressDelegate(this))
    , m_toolBar(new QToolBar(this))
{
    setObjectName(QStringLiteral("transfersPanel"));
    auto *title = new QLabel(tr("Transfers"), this);
    m_title = title;
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setBuddy(m_view);

    auto makeAction = [this](Icons::Id icon, const QString &text, const QString &tip) {
        auto *action = new QAction(Icons::icon(icon), text, this);
        action->setToolTip(tip);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_cancel = makeAction(Icons::Id::Cancel, tr("&Cancel"),
                          tr("Stop the selected exports (HubSpot has no cancel: an export it "
                             "already runs is only no longer downloaded)"));
    m_cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_retry = makeAction(Icons::Id::Retry, tr("&Retry"),
                         tr("Run the selected failed or canceled "
                            "exports again"));
    m_retry->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_moveUp =
        makeAction(Icons::Id::MoveUp, tr("Move &up"), tr("Start this export earlier (Ctrl+Up)"));
    m_moveUp->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_moveDown = makeAction(Icons::Id::MoveDown, tr("Move &down"),
                            tr("Start this export later (Ctrl+Down)"));
    m_moveDown->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_openFolder = makeAction(Icons::Id::OpenFolder, tr("Open &folder"),
                              tr("Show the downloaded files in the file manager"));
    m_openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_remove = makeAction(Icons::Id::Remove, tr("Re&move"),
                          tr("Remove finished exports from the list (the files stay)"));
    m_remove->setShortcut(QKeySequence::Delete);
    for (QAction *action : {m_cancel, m_retry, m_openFolder, m_remove})
        Shortcuts::showInToolTip(action);
    m_fix = new QAction(tr("&Fix…"), this);
    m_fix->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    m_toolBar->setObjectName(QStringLiteral("transfersToolBar"));
    m_toolBar->setAccessibleName(tr("Transfer actions"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_cancel);
    m_toolBar->addAction(m_retry);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_moveUp);
    m_toolBar->addAction(m_moveDown);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_openFolder);
    m_toolBar->addAction(m_remove);
    // Arrows say enough next to their tooltip; keep the row short.
    for (QAction *action : {m_moveUp, m_moveDown}) {
        if (QWidget *button = m_toolBar->widgetForAction(action)) {
            if (auto *toolButton = qobject_cast<QToolButton *>(button))
                toolButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
            button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        }
    }

    m_view->setObjectName(QStringLiteral("transfersView"));
    m_view->setAccessibleName(tr("Transfers"));
    m_view->setAccessibleDescription(tr("Exports that are queued, running or finished"));
    m_view->setModel(model);
    m_view->setItemDelegate(m_delegate);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setPlaceholderText(tr("No exports yet.\nStart one with New export (Ctrl+N) or "
                                  "double-click a preset."));
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->resizeSection(TransferModel::NameColumn, 200);
    header->resizeSection(TransferModel::ObjectColumn, 90);
    // As wide as the longest state word in this language, plus its 16-px icon and margins.
    int stateWidth = 150;
    for (JobState state : {JobState::Queued, JobState::Starting, JobState::Pending,
                           JobState::Processing, JobState::Downloading, JobState::Unpacking,
                           JobState::Done, JobState::Failed, JobState::Canceled})
        stateWidth =
            qMax(stateWidth, m_view->fontMetrics().horizontalAdvance(Text::state(state)) + 56);
    header->resizeSection(TransferModel::StateColumn, stateWidth);
    header->resizeSection(TransferModel::ElapsedColumn, 64);
    m_view->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int section) {
        if (!m_fitting && section == TransferModel::NameColumn)
            m_nameResizedByHand = true;
    });

    connect(m_view, &QWidget::customContextMenuRequested, this, &TransfersPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TransfersPanel::updateActions);
    connect(model, &QAbstractItemModel::dataChanged, this, &TransfersPanel::updateActions);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TransfersPanel::updateActions);
    connect(model, &QAbstractItemModel::layoutChanged, this, &TransfersPanel::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &TransfersPanel::updateActions);

    connect(m_cancel, &QAction::triggered, this, [this] {
        QStringList ids;
        for (const JobInfo &job : m_model->jobsAt(m_view->selectionModel()->selectedRows()))
            if (!isFinished(job.state))
                ids.append(job.id);
        if (!ids.isEmpty())
            Q_EMIT cancelRequested(ids);
    });
    connect(m_retry, &QAction::triggered, this, [this] {
        QStringList ids;
        for (const JobInfo &job : m_model->jobsAt(m_view->selectionModel()->selectedRows()))
            if (job.state == JobState::Failed || job.state == JobState::Canceled)
                ids.append(job.id);
        if (!ids.isEmpty())
            Q_EMIT retryRequested(ids);
    });
    connect(m_remove, &QAction::triggered, this, [this] {
        QStringList ids;
        for (const JobInfo &job : m_model->jobsAt(m_view->selectionModel()->selectedRows()))
            if (isFinished(job.state))
                ids.append(job.id);
        if (!ids.isEmpty())
            Q_EMIT removeRequested(ids);
    });
    connect(m_moveUp, &QAction::triggered, this, [this] {
        const QStringList ids = selectedJobIds();
        if (ids.size() == 1)
            Q_EMIT moveUpRequested(ids.first());
    });
    connect(m_moveDown, &QAction::triggered, this, [this] {
        const QStringList ids = selectedJobIds();
        if (ids.size() == 1)
            Q_EMIT moveDownRequested(ids.first());
    });
    connect(m_openFolder, &QAction::triggered, this, [this] {
        const QString folder = folderOfSelection();
        if (!folder.isEmpty())
            Q_EMIT openFolderRequested(folder);
    });
    connect(m_fix, &QAction::triggered, this, [this] {
        const QList<JobInfo> jobs = m_model->jobsAt(m_view->selectionModel()->selectedRows());
        if (jobs.size() == 1 && jobs.first().state == JobState::Failed)
            Q_EMIT fixRequested(jobs.first().id, jobs.first().error.fix);
    });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const JobInfo *job = m_model->jobAt(index.row());
        if (!job)
            return;
        if (job->state == JobState::Done)
            m_openFolder->trigger();
        else if (job->state == JobState::Failed && job->error.fix != FailureFix::None)
            m_fix->trigger();
    });

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->setSpacing(8);
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(m_toolBar);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    updateActions();
}

QStringList TransfersPanel::selectedJobIds() const
{
    QStringList ids;
    for (const JobInfo &job : m_model->jobsAt(m_view->selectionModel()->selectedRows()))
        ids.append(job.id);
    return ids;
}

void TransfersPanel::selectJob(const QString &jobId)
{
    const int row = m_model->rowOf(jobId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

QByteArray TransfersPanel::headerState() const
{
    return m_view->header()->saveState();
}

void TransfersPanel::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty()) {
        m_fitting = true; // a restored width is not a drag of the Name column
        m_view->header()->restoreState(state);
        m_fitting = false;
    }
    fitColumns();
}

void TransfersPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Too narrow for the words beside the icons (a small window, longer languages): icons only,
    // the words stay in the tooltips, and nothing hides behind the toolbar's "»".
    if (m_toolBar->toolButtonStyle() == Qt::ToolButtonTextBesideIcon)
        m_wideWidth = m_title->sizeHint().width() + 8 + m_toolBar->sizeHint().width();
    const Qt::ToolButtonStyle style =
        width() < m_wideWidth ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon;
    if (style == m_toolBar->toolButtonStyle())
        return;
    m_toolBar->setToolButtonStyle(style);
    // The toolbar hands its style to every button; the arrows stay icons in either.
    for (QAction *action : {m_moveUp, m_moveDown})
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
}

bool TransfersPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void TransfersPanel::fitColumns()
{
    // Before the first show the viewport has no real width yet (a restored layout lands here).
    if (m_nameResizedByHand || !m_view->isVisible())
        return;
    QHeaderView *header = m_view->header();
    const int x = m_view->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    // Name keeps at least a dozen characters and gives up the rest before Progress has less
    // than room for its state words ("Waiting for HubSpot to begin"), or a horizontal scroll
    // bar appears; what it gave up it takes back, up to its usual 200 px, when there is room.
    const int nameMin = x * 14;
    const int progressMin = x * 24;
    int others = 0;
    for (int column : {int(TransferModel::ObjectColumn), int(TransferModel::StateColumn),
                       int(TransferModel::ElapsedColumn)})
        if (!header->isSectionHidden(column))
            others += header->sectionSize(column);
    const int room = m_view->viewport()->width() - others - progressMin;
    const int current = header->sectionSize(TransferModel::NameColumn);
    int name = current;
    if (current > room) {
        name = std::max(nameMin, room);
        m_nameShrunk = true;
    } else if (m_nameShrunk && current < 200) {
        name = std::min(200, room);
    }
    if (name == current)
        return;
    m_fitting = true;
    header->resizeSection(TransferModel::NameColumn, name);
    m_fitting = false;
}

QString TransfersPanel::folderOfSelection() const
{
    const QList<JobInfo> jobs = m_model->jobsAt(m_view->selectionModel()->selectedRows());
    if (jobs.isEmpty())
        return {};
    const JobInfo &job = jobs.first();
    if (!job.files.isEmpty())
        return QFileInfo(job.files.first().path).absolutePath();
    return job.options.downloadDir;
}

void TransfersPanel::updateActions()
{
    const QList<JobInfo> jobs = m_model->jobsAt(m_view->selectionModel()->selectedRows());
    bool anyUnfinished = false;
    bool anyRetryable = false;
    bool anyFinished = false;
    for (const JobInfo &job : jobs) {
        anyUnfinished |= !isFinished(job.state);
        anyRetryable |= job.state == JobState::Failed || job.state == JobState::Canceled;
        anyFinished |= isFinished(job.state);
    }
    const bool singleQueued = jobs.size() == 1 && jobs.first().state == JobState::Queued;
    m_cancel->setEnabled(anyUnfinished);
    m_retry->setEnabled(anyRetryable);
    m_remove->setEnabled(anyFinished);
    m_moveUp->setEnabled(singleQueued && jobs.first().queuePosition != 1);
    m_moveDown->setEnabled(singleQueued);
    m_openFolder->setEnabled(!folderOfSelection().isEmpty());

    // Retry has its own action; the fix button is for what needs the user elsewhere.
    QString fixText;
    if (jobs.size() == 1 && jobs.first().state == JobState::Failed) {
        switch (jobs.first().error.fix) {
        case FailureFix::OpenAccount:
            fixText = tr("Check the &account…");
            break;
        case FailureFix::OpenSettings:
            fixText = tr("Open &settings…");
            break;
        case FailureFix::None:
        case FailureFix::Retry:
        case FailureFix::CheckHubSpot:
        case FailureFix::EditRequest:
            break;
        }
    }
    const bool failedWithFix = !fixText.isEmpty();
    m_fix->setEnabled(failedWithFix);
    m_fix->setVisible(failedWithFix);
    if (failedWithFix)
        m_fix->setText(fixText);
}

void TransfersPanel::showContextMenu(const QPoint &pos)
{
    if (!m_view->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    if (m_fix->isVisible()) {
        menu.addAction(m_fix);
        menu.addSeparator();
    }
    menu.addAction(m_cancel);
    menu.addAction(m_retry);
    menu.addSeparator();
    menu.addAction(m_moveUp);
    menu.addAction(m_moveDown);
    menu.addSeparator();
    menu.addAction(m_openFolder);
    menu.addAction(m_remove);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace es
