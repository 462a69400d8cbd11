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
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace es {

namespace {

QString legacyExplanation()
{
    return ListPicker::tr("Lists made before 2023 may have an old id in their link; HubSpot "
                          "translates it to the list's current id.");
}

} // namespace

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
    , m_legacyIssue(new QLabel(this))
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
    // No validator: one would drop letters silently ("abc999" became "999"); checkLegacyId()
    // keeps what was typed and says what is wrong with it.
    m_legacy->setAccessibleName(tr("Legacy list id"));
    m_legacy->setMaximumWidth(160);
    m_legacyButton->setEnabled(false);
    m_legacyNote->setWordWrap(true);
    m_legacyNote->setForegroundRole(QPalette::PlaceholderText);
    m_legacyNote->setText(legacyExplanation());
    for (QLabel *issue : {m_issue, m_legacyIssue}) {
        issue->setWordWrap(true);
        issue->setTextFormat(Qt::PlainText);
        QPalette palette = issue->palette();
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x30, 0x30));
        issue->setPalette(palette);
        issue->setVisible(false);
    }
    m_chosen->setTextFormat(Qt::PlainText);

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
    layout->addWidget(m_legacyIssue);
    layout->addWidget(m_legacyNote);

    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    choose(current.siblingAtColumn(0).data(ItemRoles::NameRole).toString());
            });
    connect(m_legacy, &QLineEdit::textChanged, this, [this] { checkLegacyId(); });
    // Return looks the id up; it must not also press the wizard's Next (QLineEdit lets the key
    // go on to the dialog's default button).
    m_legacy->installEventFilter(this);
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
    //: A problem with the list: the warning sign, then the problem in words
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

bool ListPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_legacy && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            mapLegacyId();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool ListPicker::checkLegacyId()
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    const QString legacy = m_legacy->text().trimmed();
    const bool valid = legacy.isEmpty() || digits.match(legacy).hasMatch();
    setLegacyIssue(valid ? QString()
                         : tr("“%1” is not a legacy list id: those are digits only, like the 123 "
                              "in an old link ending in /lists/123. Check what you typed.")
                               .arg(legacy));
    m_legacyButton->setEnabled(valid && !legacy.isEmpty());
    return valid && !legacy.isEmpty();
}

void ListPicker::setLegacyIssue(const QString &message)
{
    //: A problem with the list: the warning sign, then the problem in words
    m_legacyIssue->setText(message.isEmpty() ? QString() : tr("⚠ %1").arg(message));
    m_legacyIssue->setVisible(!message.isEmpty());
}

void ListPicker::mapLegacyId()
{
    if (!checkLegacyId())
        return;
    const QString legacy = m_legacy->text().trimmed();
    HubSpotClient *client = m_cache ? m_cache->client() : nullptr;
    if (!client) {
        setLegacyIssue(tr("No account is connected, so the id cannot be looked up."));
        return;
    }
    m_legacyButton->setEnabled(false);
    m_legacyNote->setText(tr("Looking up legacy list %1…").arg(legacy));
    ApiResult<QString> *reply = client->mapLegacyListId(legacy);
    reply->onFinished(this, [this, legacy](const ApiResult<QString> &result) {
        checkLegacyId();
        if (!result.isOk()) {
            m_legacyNote->setText(legacyExplanation());
            setLegacyIssue(
                result.error().kind == ApiError::Kind::NotFound
                    ? tr("HubSpot knows no list with the legacy id %1. Check the number in the "
                         "list's old link.")
                          .arg(legacy)
                    : tr("Could not look up the id: %1").arg(result.error().userMessage()));
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
    const int row = m_model->rowOf(m_listId);
    const QString name = listName();
    QString text = name.isEmpty() ? tr("Chosen: list %1").arg(m_listId)
                                  : tr("Chosen: “%1” (list %2)").arg(name, m_listId);
    // An empty list exports an empty file: worth a word before the export is queued, not a
    // refusal (a list may fill up before the export runs).
    const bool empty = row >= 0 && m_model->lists().at(row).size == 0;
    if (empty)
        text += u'\n' + tr("⚠ This list has no records right now, so the file would be empty. "
                           "Pick another list, or go on if members will be added first.");
    m_chosen->setText(text);
    QPalette palette = this->palette();
    if (empty) // amber: a warning, not an error
        palette.setColor(QPalette::WindowText, QColor(0x9a, 0x60, 0x00));
    m_chosen->setPalette(palette);
}

} // namespace es
