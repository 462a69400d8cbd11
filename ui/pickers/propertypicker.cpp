#include "propertypicker.h"

#include "itemroles.h"
#include "labelnamedelegate.h"
#include "propertyfilterproxy.h"
#include "propertytreemodel.h"
#include "selectedcolumnsmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace es {

PropertyPicker::PropertyPicker(QWidget *parent)
    : QWidget(parent)
    , m_treeModel(new PropertyTreeModel(this))
    , m_proxy(new PropertyFilterProxy(this))
    , m_selectedModel(new SelectedColumnsModel(this))
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_shown(new QLabel(this))
    , m_selected(new QListView(this))
    , m_selectedTitle(new QLabel(this))
    //: Button: moves the selected column one place earlier in the file
    , m_up(new QPushButton(tr("&Up"), this))
    //: Button: moves the selected column one place later in the file
    , m_down(new QPushButton(tr("Do&wn"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_saveDefinitions(new QPushButton(tr("Save &definitions…"), this))
    , m_issue(new QLabel(this))
{
    m_proxy->setSourceModel(m_treeModel);

    m_search->setPlaceholderText(tr("Search by label or internal name"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search properties"));
    m_search->installEventFilter(this);

    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setItemDelegate(new LabelNameDelegate(m_tree));
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAccessibleName(tr("All properties"));
    m_tree->header()->setStretchLastSection(true);

    m_shown->setForegroundRole(QPalette::PlaceholderText);

    m_selected->setModel(m_selectedModel);
    m_selected->setItemDelegate(new LabelNameDelegate(m_selected));
    m_selected->setUniformItemSizes(true);
    m_selected->setSelectionMode(QAbstractItemView::SingleSelection);
    m_selected->setDragEnabled(true);
    m_selected->setAcceptDrops(true);
    m_selected->setDropIndicatorShown(true);
    m_selected->setDragDropMode(QAbstractItemView::InternalMove);
    m_selected->setDefaultDropAction(Qt::MoveAction);
    m_selected->setAccessibleName(tr("Columns in export order"));
    m_selected->setToolTip(tr("Drag to reorder; Delete removes a column"));
    m_selected->installEventFilter(this);

    m_up->setIcon(QIcon::fromTheme(QStringLiteral("go-up")));
    m_down->setIcon(QIcon::fromTheme(QStringLiteral("go-down")));
    m_remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    m_up->setAccessibleName(tr("Move column up"));
    m_down->setAccessibleName(tr("Move column down"));
    m_remove->setAccessibleName(tr("Remove column"));

    m_saveDefinitions->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    m_saveDefinitions->setToolTip(
        tr("Save every property's definition (type, group, options, description…) as a CSV or "
           "Excel file. No export is spent."));
    connect(m_saveDefinitions, &QPushButton::clicked, this,
            &PropertyPicker::saveDefinitionsRequested);

    m_issue->setWordWrap(true);
    QPalette palette = m_issue->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x30, 0x30));
    m_issue->setPalette(palette);
    m_issue->setVisible(false);

    auto *searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);
    auto *searchLine = new QHBoxLayout;
    searchLine->setSpacing(8);
    searchLine->addWidget(searchLabel);
    searchLine->addWidget(m_search, 1);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(8);
    leftLayout->addLayout(searchLine);
    leftLayout->addWidget(m_tree, 1);
    auto *shownLine = new QHBoxLayout;
    shownLine->addWidget(m_shown, 1);
    shownLine->addWidget(m_saveDefinitions);
    leftLayout->addLayout(shownLine);

    m_selectedTitle->setBuddy(m_selected);
    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *listLine = new QHBoxLayout;
    listLine->setSpacing(8);
    listLine->addWidget(m_selected, 1);
    listLine->addLayout(buttons);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    rightLayout->setSpacing(8);
    rightLayout->addWidget(m_selectedTitle);
    rightLayout->addLayout(listLine, 1);
    rightLayout->addWidget(m_issue);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, &PropertyPicker::applySearch);
    connect(m_treeModel, &PropertyTreeModel::checkToggled, this,
            [this](const QStringList &names, bool checked) {
                if (checked)
                    m_selectedModel->append(names);
                else
                    m_selectedModel->remove(names);
                updateState();
                Q_EMIT selectionChanged();
            });
    connect(m_selectedModel, &SelectedColumnsModel::namesRemoved, this,
            [this](const QStringList &names) {
                for (const QString &name : names)
                    m_treeModel->setChecked(name, false);
                updateState();
                Q_EMIT selectionChanged();
            });
    connect(m_selectedModel, &QAbstractItemModel::rowsMoved, this, [this] {
        updateState();
        Q_EMIT selectionChanged();
    });
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.parent().isValid()) {
            const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
            m_proxy->setData(index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
        }
    });
    connect(m_selected->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PropertyPicker::updateState);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_remove, &QPushButton::clicked, this, &PropertyPicker::removeCurrent);

    updateState();
}

void PropertyPicker::setProperties(const QList<PropertyDef> &properties,
                                   const QList<PropertyGroup> &groups)
{
    m_treeModel->setProperties(properties, groups);
    m_selectedModel->setPropertyInfo(properties);
    m_tree->expandAll();
    updateState();
}

void PropertyPicker::setSelectedNames(const QStringList &names)
{
    m_selectedModel->setNames(names);
    m_treeModel->setCheckedNames(QSet<QString>(names.cbegin(), names.cend()));
    updateState();
}

QStringList PropertyPicker::selectedNames() const
{
    return m_selectedModel->names();
}

void PropertyPicker::setIssue(const QString &message)
{
    //: A problem with the chosen columns: the warning sign, then the problem in words
    m_issue->setText(message.isEmpty() ? QString() : tr("⚠ %1").arg(message));
    m_issue->setVisible(!message.isEmpty());
}

void PropertyPicker::moveCurrent(int delta)
{
    const QModelIndex current = m_selected->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    const int target = row + delta;
    if (target < 0 || target >= m_selectedModel->rowCount())
        return;
    // moveRows counts the destination before removal: down by one means "before row + 2".
    m_selectedModel->moveRows({}, row, 1, {}, delta > 0 ? target + 1 : target);
    m_selected->setCurrentIndex(m_selectedModel->index(target));
}

void PropertyPicker::removeCurrent()
{
    const QModelIndex current = m_selected->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    m_selectedModel->removeRows(row, 1);
    if (m_selectedModel->rowCount() > 0)
        m_selected->setCurrentIndex(
            m_selectedModel->index(std::min(row, m_selectedModel->rowCount() - 1)));
    updateState();
}

bool PropertyPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_selected &&
            (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
            removeCurrent();
            return true;
        }
        if (watched == m_selected && key->modifiers() & Qt::AltModifier &&
            (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveCurrent(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
        if (watched == m_search && key->key() == Qt::Key_Down) {
            m_tree->setFocus();
            if (!m_tree->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_tree->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PropertyPicker::applySearch(const QString &text)
{
    m_tree->setUpdatesEnabled(false);
    m_proxy->setSearchText(text);
    m_tree->expandAll();
    m_tree->setUpdatesEnabled(true);
    updateState();
}

void PropertyPicker::updateState()
{
    int shown = 0;
    for (int g = 0; g < m_proxy->rowCount(); ++g)
        shown += m_proxy->rowCount(m_proxy->index(g, 0));
    const int total = m_treeModel->propertyCount();
    m_shown->setText(m_proxy->searchText().isEmpty()
                         ? tr("%n properties", nullptr, total)
                         : tr("%1 of %2 properties match").arg(shown).arg(total));
    const int count = m_selectedModel->rowCount();
    m_selectedTitle->setText(tr("C&olumns in export order (%1)").arg(count));
    const QModelIndex current = m_selected->currentIndex();
    m_up->setEnabled(current.isValid() && current.row() > 0);
    m_down->setEnabled(current.isValid() && current.row() < count - 1);
    m_remove->setEnabled(current.isValid());
}

} // namespace es
