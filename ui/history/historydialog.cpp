#include "historydialog.h"

#include "diffmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>
#include <vault/diffsession.h>

namespace es {

namespace {
QString runLabel(const VaultRun &run)
{
    return HistoryDialog::tr("Run %1 – %2")
        .arg(run.id)
        .arg(QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat));
}
} // namespace

HistoryDialog::HistoryDialog(std::shared_ptr<Vault> vault, const QString &presetKey,
                             const QString &presetName, QWidget *parent)
    : QDialog(parent)
    , m_vault(std::move(vault))
    , m_presetKey(presetKey)
    , m_session(new DiffSession(m_vault->path(), presetKey, this))
    , m_runsModel(new QStandardItemModel(this))
    , m_runsView(new QTreeView(this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_diffView(new QTableView(this))
    , m_export(new QPushButton(tr("&Export diff as CSV…"), this))
    , m_preview(new QPushButton(tr("&Preview table…"), this))
{
    setWindowTitle(tr("History – %1").arg(presetName));
    resize(1000, 640);

    m_runs = m_vault->runs(presetKey);
    m_runsModel->setHorizontalHeaderLabels({tr("Run"), tr("Started"), tr("Kind", "of run"),
                                            tr("Rows"), tr("Added"), tr("Changed"), tr("Removed")});
    const QLocale locale;
    for (auto it = m_runs.crbegin(); it != m_runs.crend(); ++it) {
        const VaultRun &run = *it;
        QList<QStandardItem *> row{
            new QStandardItem(QString::number(run.id)),
            new QStandardItem(locale.toString(run.startedAt.toLocalTime(), QLocale::ShortFormat)),
            new QStandardItem(run.kind == RunKind::Full ? tr("full", "run kind")
                                                        : tr("incremental", "run kind")),
            new QStandardItem(locale.toString(run.rows)),
            new QStandardItem(locale.toString(run.added)),
            new QStandardItem(locale.toString(run.changed)),
            new QStandardItem(locale.toString(run.removed))};
        for (QStandardItem *item : row)
            item->setEditable(false);
        m_runsModel->appendRow(row);
    }
    m_runsView->setModel(m_runsModel);
    m_runsView->setRootIsDecorated(false);
    m_runsView->setUniformRowHeights(true);
    m_runsView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_runsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    if (!m_runs.isEmpty())
        m_runsView->setCurrentIndex(m_runsModel->index(0, 0)); // the newest run
    m_preview->setEnabled(!m_runs.isEmpty());
    m_preview->setToolTip(tr("Shows the preset's table as it was after the selected run"));

    for (const VaultRun &run : std::as_const(m_runs)) {
        m_from->addItem(runLabel(run), run.id);
        m_to->addItem(runLabel(run), run.id);
    }
    m_from->setCurrentIndex(qMax(0, int(m_runs.size()) - 2));
    m_to->setCurrentIndex(int(m_runs.size()) - 1);
    m_kind->addItem(tr("All changes"));
    m_kind->addItem(DiffModel::kindText(VaultDiff::Kind::Added), int(VaultDiff::Kind::Added));
    m_kind->addItem(DiffModel::kindText(VaultDiff::Kind::Changed), int(VaultDiff::Kind::Changed));
    m_kind->addItem(DiffModel::kindText(VaultDiff::Kind::Removed), int(VaultDiff::Kind::Removed));

    auto *fromLabel = new QLabel(tr("Compare &run"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&with", "compare run A with run B"), this);
    toLabel->setBuddy(m_to);
    auto *kindLabel = new QLabel(tr("&Show"), this);
    kindLabel->setBuddy(m_kind);
    auto *pick = new QHBoxLayout;
    pick->addWidget(fromLabel);
    pick->addWidget(m_from);
    pick->addWidget(toLabel);
    pick->addWidget(m_to);
    pick->addSpacing(16);
    pick->addWidget(kindLabel);
    pick->addWidget(m_kind);
    pick->addStretch(1);

    m_diffView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_diffView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diffView->setWordWrap(false);
    m_diffView->verticalHeader()->hide();
    m_diffView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_diffView->verticalHeader()->setDefaultSectionSize(m_diffView->fontMetrics().height() + 8);
    m_diffView->horizontalHeader()->setDefaultSectionSize(170);
    m_diffView->horizontalHeader()->setStretchLastSection(true);

    auto *runsBox = new QWidget(this);
    auto *runsLayout = new QVBoxLayout(runsBox);
    runsLayout->setContentsMargins(0, 0, 0, 0);
    auto *runsTitle = new QLabel(tr("Runs"), runsBox);
    runsTitle->setBuddy(m_runsView);
    auto *runsHeader = new QHBoxLayout;
    runsHeader->addWidget(runsTitle);
    runsHeader->addStretch(1);
    runsHeader->addWidget(m_preview);
    runsLayout->addLayout(runsHeader);
    runsLayout->addWidget(m_runsView);
    auto *diffBox = new QWidget(this);
    auto *diffLayout = new QVBoxLayout(diffBox);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addLayout(pick);
    diffLayout->addWidget(m_summary);
    diffLayout->addWidget(m_diffView, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(runsBox);
    splitter->addWidget(diffBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_from, &QComboBox::currentIndexChanged, this, &HistoryDialog::compareSelected);
    connect(m_to, &QComboBox::currentIndexChanged, this, &HistoryDialog::compareSelected);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &HistoryDialog::applyKind);
    connect(m_export, &QPushButton::clicked, this, &HistoryDialog::chooseExportPath);
    connect(m_session, &DiffSession::computed, this, &HistoryDialog::onComputed);
    connect(m_preview, &QPushButton::clicked, this, &HistoryDialog::requestPreview);
    connect(m_runsView, &QTreeView::doubleClicked, this, &HistoryDialog::requestPreview);
    connect(m_runsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_preview->setEnabled(selectedRun() > 0); });
    compareSelected();
}

HistoryDialog::~HistoryDialog()
{
    // The model asks the session for pages: it goes first.
    m_diffView->setModel(nullptr);
    delete m_model;
    delete m_session;
}

void HistoryDialog::setExportPathChooser(std::function<QString()> choose)
{
    m_chooseExportPath = std::move(choose);
}

void HistoryDialog::compareSelected()
{
    if (m_runs.size() < 2) {
        m_summary->setText(m_runs.isEmpty()
                               ? tr("This preset has no runs in its history yet.")
                               : tr("One run so far: run the preset again to see what changed."));
        m_export->setEnabled(false);
        return;
    }
    compare(m_from->currentData().toLongLong(), m_to->currentData().toLongLong());
}

bool HistoryDialog::isComparing() const
{
    return m_session->isComputing();
}

void HistoryDialog::compare(qint64 fromRun, qint64 toRun)
{
    m_diffView->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_export->setEnabled(false);
    m_summary->setText(tr("Comparing run %1 with run %2…").arg(fromRun).arg(toRun));
    m_session->compare(fromRun, toRun);
}

void HistoryDialog::onComputed()
{
    const DiffSession::Summary &diff = m_session->summary();
    if (!diff.error.isEmpty()) {
        m_summary->setText(diff.error);
        Q_EMIT compared(false);
        return;
    }
    m_model = new DiffModel(m_session, this);
    m_diffView->setModel(m_model);
    m_export->setEnabled(true);
    applyKind();
    // Wide enough for "old → new" of the rows on screen (the view measures only those), once
    // the first page of them has arrived.
    m_columnsSized = false;
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_columnsSized || !m_model)
            return;
        m_columnsSized = true;
        m_diffView->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_diffView->setColumnWidth(c, qBound(90, m_diffView->columnWidth(c) + 12, 420));
    });
    const QLocale locale;
    m_summary->setText(tr("Run %1 → run %2: %3 added, %4 changed, %5 removed")
                           .arg(diff.fromRun)
                           .arg(diff.toRun)
                           .arg(locale.toString(diff.added), locale.toString(diff.changed),
                                locale.toString(diff.removed)));
    Q_EMIT compared(true);
}

void HistoryDialog::applyKind()
{
    if (!m_model)
        return;
    const QVariant kind = m_kind->currentData();
    m_model->setKindFilter(kind.isValid() ? std::optional(VaultDiff::Kind(kind.toInt()))
                                          : std::nullopt);
}

void HistoryDialog::chooseExportPath()
{
    const QString path = m_chooseExportPath
                             ? m_chooseExportPath()
                             : QFileDialog::getSaveFileName(this, tr("Export diff as CSV"),
                                                            QString(), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        Q_EMIT exportDiffRequested(path);
}

qint64 HistoryDialog::selectedRun() const
{
    const QModelIndex current = m_runsView->currentIndex();
    if (!current.isValid())
        return 0;
    return m_runsModel->index(current.row(), 0).data().toLongLong();
}

void HistoryDialog::requestPreview()
{
    if (const qint64 run = selectedRun(); run > 0)
        Q_EMIT previewTableRequested(run);
}

} // namespace es
