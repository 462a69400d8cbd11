#include "listpicker.h"

#include "busynote.h"
#include "hubspot/apireply.h"
#include "hubspot/hubspotclient.h"
#include "hubspot/metadatacache.h"
#include "itemroles.h"
#include "listinfomodel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace es {

ListPicker::ListPicker(QWidget *parent)
    : QWidget(parent)
    , m_model(new ListInfoModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_busy(new BusyNote(this))
    , m_chosen(new QLabel(this))
    , m_legacy(new QLineEdit(this))
    , m_legacyButton(new QPushButton(tr("&Look up"), this))
    , m_legacyNote(new QLabel(this))
    , m_issue(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ItemRoles::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterKeyColumn(ListInfoModel::NameColumn);

    m_search->setPlaceholderText(tr("Search lists by name or id"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search lists"));

    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ListInfoModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Lists"));
    m_view->header()->setSectionResizeMode(ListInfoModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->resizeSection(ListInfoModel::SizeColumn, 96);
    m_view->header()->resizeSection(ListInfoModel::TypeColumn, 96);
    m_view->header()->resizeSection(ListInfoModel::UpdatedColumn, 104);

    m_chosen->setWordWrap(true);
    m_legacy->setPlaceholderText(tr("e.g. 123"));
    m_legacy->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^[0-9]*$")), m_legacy));
    m_legacy->setAccessibleName(tr("Legacy list id"));
    m_legacy->setMaximumWidth(160);
    m_legacyButton->setEnabled(false);
    m_legacyNote->setWordWrap(true);
    m_legacyNote->setForegroundRole(QPalette::PlaceholderText);
    m_legacyNote->setText(tr("Lists made before 2023 may have an old id in their link; HubSpot "
                             "translates it to the list's current id."));
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

    auto *legacyLabel = new QLabel(tr("Or enter a le&gacy list id:"), this);
    legacyLabel->setBuddy(m_legacy);
    auto *legacyLine = new QHBoxLayout;
    legacyLine->setSpacing(8);
    legacyLine->addWidget(legacyLabel);
    legacyLine->addWidget(m_legacy);
    legacyLine->addWidget(m_legacyButton);
    legacyLine->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(searchLine);
    layout->addWidget(m_busy);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_chosen);
    layout->addWidget(m_issue);
    layout->addLayout(legacyLine);
    layout->addWidget(m_legacyNote);

    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    choose(current.siblingAtColumn(0).data(ItemRoles::NameRole).toString());
            });
    connect(m_legacy, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_legacyButton->setEnabled(!text.isEmpty()); });
    connect(m_legacy, &QLineEdit::returnPressed, this, &ListPicker::mapLegacyId);
    connect(m_legacyButton, &QPushButton::clicked, this, &ListPicker::mapLegacyId);
    connect(m_busy, &BusyNote::retryRequested, this, &ListPicker::reload);
    updateChosenText();
}

void ListPicker::setMetadata(MetadataCache *cache)
{
    if (m_cache == cache)
        return;
    if (m_cache)
        disconnect(m_cache, nullptr, this, nullptr);
    m_cache = cache;
    m_model->setLists({}); // the lists belong to the previous account
    if (!cache)
        return;
    connect(
        cache, &MetadataCache::listsReady, this,
        [this](const QString &query, const QString &objectTypeId, const QList<ListInfo> &lists) {
            if (!query.isEmpty() || objectTypeId != m_objectTypeId)
                return;
            m_busy->clear();
            m_model->setLists(lists);
            selectCurrent();
            updateChosenText();
        });
    connect(cache, &MetadataCache::failed, this,
            [this](MetadataCache::Topic topic, const QString &key, const ApiError &error) {
                if (topic != MetadataCache::Topic::Lists || key != u'|' + m_objectTypeId)
                    return;
                m_busy->showError(tr("Could not load the lists: %1").arg(error.userMessage()));
            });
}

void ListPicker::setObjectTypeId(const QString &objectTypeId)
{
    if (objectTypeId == m_objectTypeId && m_model->rowCount() > 0)
        return;
    m_objectTypeId = objectTypeId;
    m_model->setLists({});
    reload();
}

void ListPicker::reload()
{
    if (!m_cache) {
        m_busy->showError(tr("No account is connected. Choose an account on the first page."));
        return;
    }
    const bool retry = m_busy->hasError();
    m_busy->showBusy(tr("Loading lists…"));
    m_cache->requestLists(QString(), m_objectTypeId, retry);
}

void ListPicker::setListId(const QString &listId)
{
    m_listId = listId;
    selectCurrent();
    updateChosenText();
}

QString ListPicker::listName() const
{
    const int row = m_model->rowOf(m_listId);
    return row < 0 ? QString() : m_model->lists().at(row).name;
}

void ListPicker::setIssue(const QString &message)
{
    m_issue->setText(message.isEmpty() ? QString() : tr("⚠ %1").arg(message));
    m_issue->setVisible(!message.isEmpty());
}

void ListPicker::choose(const QString &listId)
{
    if (listId == m_listId)
        return;
    m_listId = listId;
    updateChosenText();
    Q_EMIT listIdChanged(listId);
}

void ListPicker::selectCurrent()
{
    const int row = m_model->rowOf(m_listId);
    const QSignalBlocker blocker(m_view->selectionModel());
    if (row < 0) {
        m_view->selectionModel()->clear();
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void ListPicker::mapLegacyId()
{
    const QString legacy = m_legacy->text().trimmed();
    if (legacy.isEmpty())
        return;
    HubSpotClient *client = m_cache ? m_cache->client() : nullptr;
    if (!client) {
        m_legacyNote->setText(tr("No account is connected, so the id cannot be looked up."));
        return;
    }
    m_legacyButton->setEnabled(false);
    m_legacyNote->setText(tr("Looking up legacy list %1…").arg(legacy));
    ApiResult<QString> *reply = client->mapLegacyListId(legacy);
    reply->onFinished(this, [this, legacy](const ApiResult<QString> &result) {
        m_legacyButton->setEnabled(!m_legacy->text().isEmpty());
        if (!result.isOk()) {
            m_legacyNote->setText(
                result.error().kind == ApiError::Kind::NotFound
                    ? tr("⚠ HubSpot knows no list with the legacy id %1. Check the number in "
                         "the list's old link.")
                          .arg(legacy)
                    : tr("⚠ Could not look up the id: %1").arg(result.error().userMessage()));
            return;
        }
        const QString &ils = result.value();
        m_legacyNote->setText(tr("Legacy id %1 is list %2 today.").arg(legacy, ils));
        m_search->clear();
        choose(ils);
        selectCurrent();
    });
}

void ListPicker::updateChosenText()
{
    if (m_listId.isEmpty()) {
        m_chosen->setText(tr("No list chosen yet."));
        return;
    }
    const QString name = listName();
    m_chosen->setText(name.isEmpty() ? tr("Chosen: list %1").arg(m_listId)
                                     : tr("Chosen: “%1” (list %2)").arg(name, m_listId));
}

} // namespace es
