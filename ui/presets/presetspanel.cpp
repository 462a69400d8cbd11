#include "presetspanel.h"

#include "common/icons.h"
#include "presetdelegate.h"
#include "presetsmodel.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>
#include <storage/paths.h>

namespace es {
namespace {

// A list view that explains itself when empty.
class PresetListView : public QListView
{
public:
    using QListView::QListView;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QListView::paintEvent(event);
        if (model() && model()->rowCount() > 0)
            return;
        QPainter painter(viewport());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(12, 12, -12, -12),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                         PresetsPanel::tr("No presets yet. Save one from the export wizard's "
                                          "Review page, or import a preset file."));
    }
};

} // namespace

PresetsPanel::PresetsPanel(PresetsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new PresetListView(this))
    , m_runButton(new QToolButton(this))
    , m_moreButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("presetsPanel"));
    auto *title = new QLabel(tr("Presets"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setBuddy(m_view);

    auto makeAction = [this](Icons::Id icon, const QString &text, const QKeySequence &key) {
        auto *action = new QAction(Icons::icon(icon), text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_run = makeAction(Icons::Id::RunPreset, tr("&Run"), QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_run->setToolTip(tr("Run the selected preset on the current account (Enter)"));
    m_edit = makeAction(Icons::Id::Edit, tr("&Edit…"), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_duplicate =
        makeAction(Icons::Id::Duplicate, tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D));
    m_rename = makeAction(Icons::Id::Edit, tr("Re&name"), QKeySequence(Qt::Key_F2));
    m_rename->setIcon({});
    m_delete = makeAction(Icons::Id::Remove, tr("&Delete"), QKeySequence::Delete);
    m_import = makeAction(Icons::Id::Import, tr("&Import…"), {});
    m_export = makeAction(Icons::Id::Export, tr("E&xport…"), {});
    m_history = makeAction(Icons::Id::File, tr("&History…"), {});
    m_history->setToolTip(tr("The preset's runs and what changed between two of them"));
    m_schedule = makeAction(Icons::Id::RunPreset, tr("&Schedule…"), {});
    m_schedule->setObjectName(QStringLiteral("schedulePresetAction"));
    m_schedule->setToolTip(tr("Run the preset by itself every few hours, daily or weekly"));

    m_view->setObjectName(QStringLiteral("presetsList"));
    m_view->setAccessibleName(tr("Presets"));
    m_view->setAccessibleDescription(tr("Saved exports. Press Enter to run one."));
    m_view->setModel(model);
    m_view->setItemDelegate(new PresetDelegate(m_view));
    // Rows take a third line when the list is too narrow for their details: lay out again on
    // every resize.
    m_view->setResizeMode(QListView::Adjust);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setMinimumWidth(200);

    m_runButton->setDefaultAction(m_run);
    m_runButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_runButton->setAutoRaise(true);
    m_runButton->setAccessibleName(tr("Run preset"));
    auto *menu = new QMenu(this);
    menu->addAction(m_edit);
    menu->addAction(m_duplicate);
    menu->addAction(m_rename);
    menu->addAction(m_delete);
    menu->addAction(m_schedule);
    menu->addSeparator();
    menu->addAction(m_import);
    menu->addAction(m_export);
    m_moreButton->setMenu(menu);
    m_moreButton->setPopupMode(QToolButton::InstantPopup);
    m_moreButton->setText(tr("More"));
    m_moreButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_moreButton->setAutoRaise(true);
    m_moreButton->setAccessibleName(tr("More preset actions"));
    m_moreButton->setToolTip(tr("Edit, duplicate, rename, delete, import or export presets"));

    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT runRequested(index.data(PresetsModel::PresetIdRole).toString());
    });
    auto withCurrent = [this](auto signal) {
        return [this, signal] {
            const QString id = currentPresetId();
            if (!id.isEmpty())
                Q_EMIT(this->*signal)(id);
        };
    };
    connect(m_run, &QAction::triggered, this, withCurrent(&PresetsPanel::runRequested));
    connect(m_edit, &QAction::triggered, this, withCurrent(&PresetsPanel::editRequested));
    connect(m_duplicate, &QAction::triggered, this, withCurrent(&PresetsPanel::duplicateRequested));
    connect(m_delete, &QAction::triggered, this, withCurrent(&PresetsPanel::deleteRequested));
    connect(m_history, &QAction::triggered, this, withCurrent(&PresetsPanel::historyRequested));
    connect(m_schedule, &QAction::triggered, this, withCurrent(&PresetsPanel::scheduleRequested));
    connect(m_rename, &QAction::triggered, this, [this] { editName(currentPresetId()); });
    connect(m_model, &PresetsModel::renameRequested, this, &PresetsPanel::renameRequested);
    connect(m_import, &QAction::triggered, this, [this] {
        const QStringList paths =
            m_openFiles ? m_openFiles()
                        : QFileDialog::getOpenFileNames(this, tr("Import presets"), QString(),
                                                        tr("Export Studio presets (*.json)"));
        if (!paths.isEmpty())
            Q_EMIT importRequested(paths);
    });
    connect(m_export, &QAction::triggered, this, [this] {
        const QString id = currentPresetId();
        const Preset *preset = m_model->presetAt(m_model->rowOf(id));
        if (!preset)
            return;
        QString suggested = preset->name;
        suggested.replace(QLatin1Char('/'), QLatin1Char('-'));
        suggested += QStringLiteral(".json");
        const QString path = m_saveFile
                                 ? m_saveFile(suggested)
                                 : QFileDialog::getSaveFileName(
                                       this, tr("Export preset"),
                                       Paths::defaultDownloadDir() + QLatin1Char('/') + suggested,
                                       tr("Export Studio presets (*.json)"));
        if (!path.isEmpty())
            Q_EMIT exportRequested(id, path);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &PresetsPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PresetsPanel::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PresetsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PresetsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PresetsPanel::updateActions);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->setSpacing(4);
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(m_runButton);
    top->addWidget(m_moreButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    updateActions();
}

QString PresetsPanel::currentPresetId() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || !m_view->selectionModel()->isSelected(index))
        return {};
    return index.data(PresetsModel::PresetIdRole).toString();
}

void PresetsPanel::selectPreset(const QString &presetId)
{
    const int row = m_model->rowOf(presetId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(index);
}

void PresetsPanel::editName(const QString &presetId)
{
    const int row = m_model->rowOf(presetId);
    if (row < 0)
        return;
    selectPreset(presetId);
    m_view->edit(m_model->index(row));
}

void PresetsPanel::setFileDialogs(OpenFiles open, SaveFile save)
{
    m_openFiles = std::move(open);
    m_saveFile = std::move(save);
}

void PresetsPanel::updateActions()
{
    const bool has = !currentPresetId().isEmpty();
    for (QAction *action : {m_run, m_edit, m_duplicate, m_rename, m_delete, m_export, m_schedule})
        action->setEnabled(has);
    const QString id = currentPresetId();
    const Preset *preset = has ? m_model->presetAt(m_model->rowOf(id)) : nullptr;
    m_history->setEnabled(preset && preset->history.keep);
}

void PresetsPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    QMenu menu(this);
    if (index.isValid()) {
        menu.addAction(m_run);
        menu.setDefaultAction(m_run);
        menu.addAction(m_edit);
        menu.addAction(m_duplicate);
        menu.addAction(m_rename);
        menu.addAction(m_delete);
        menu.addSeparator();
        menu.addAction(m_schedule);
        if (m_history->isEnabled()) // only presets that keep a history have one to show
            menu.addAction(m_history);
        menu.addSeparator();
        menu.addAction(m_export);
    }
    menu.addAction(m_import);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace es
