#include "previewdialog.h"

#include "preview/tablepreview.h"
#include "preview/vaulttablepreview.h"
#include "previewmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace es {

PreviewDialog::PreviewDialog(QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_column(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_caption(new QLabel(this))
    , m_filterDelay(new QTimer(this))
{
    setWindowTitle(tr("Preview"));
    resize(900, 560);

    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    m_filter->setPlaceholderText(tr("Text to look for"));
    m_filter->setClearButtonEnabled(true);
    auto *inLabel = new QLabel(tr("i&n", "filter rows whose text is in this column"), this);
    inLabel->setBuddy(m_column);
    m_column->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(inLabel);
    filterRow->addWidget(m_column);

    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    // Uniform row heights: the view never measures a million rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultSectionSize(160);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);

    // What is shown, in the dialog too: a window title is not always visible (and not in a
    // screenshot of the dialog).
    QFont captionFont = m_caption->font();
    captionFont.setBold(true);
    m_caption->setFont(captionFont);
    m_caption->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(300);
    connect(m_filterDelay, &QTimer::timeout, this, &PreviewDialog::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_column, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filter->text().isEmpty())
            applyFilter();
    });
}

PreviewDialog::~PreviewDialog() = default;

bool PreviewDialog::openFile(const QString &path, QString *error)
{
    auto *source = new TablePreview(this);
    if (!source->open(path, error)) {
        delete source;
        return false;
    }
    showSource(source);
    return true;
}

bool PreviewDialog::openVaultTable(const QString &vaultPath, const QString &presetKey,
                                   const QString &presetName, qint64 runId, QString *error)
{
    auto *source = new VaultTablePreview(this);
    if (!source->open(vaultPath, presetKey, presetName, runId, error)) {
        delete source;
        return false;
    }
    showSource(source);
    return true;
}

void PreviewDialog::showSource(PreviewSource *source)
{
    m_view->setModel(nullptr);
    delete m_model;
    delete m_preview;
    m_preview = source;
    setWindowTitle(tr("Preview – %1").arg(source->title()));
    m_caption->setText(source->title());
    m_fitted = false;
    m_column->clear();
    m_column->addItem(tr("any column"), -1);
    const QStringList header = source->header();
    for (int i = 0; i < header.size(); ++i)
        m_column->addItem(header.at(i), i);
    connect(source, &PreviewSource::rowsCounted, this, &PreviewDialog::updateStatus);
    connect(source, &PreviewSource::matchesFound, this, &PreviewDialog::updateStatus);
    connect(source, &PreviewSource::problem, m_status, &QLabel::setText);
    m_model = new PreviewModel(source, this);
    connect(m_model, &PreviewModel::problem, m_status, &QLabel::setText);
    m_view->setModel(m_model);
    connect(m_model, &PreviewModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (!m_fitted && topLeft.row() == 0)
            fitColumns();
    });
    updateStatus();
}

void PreviewDialog::fitColumns()
{
    // The view measures only the rows on screen: the first page, once it is here.
    m_fitted = true;
    m_view->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, qBound(80, m_view->columnWidth(c) + 16, 360));
}

void PreviewDialog::applyFilter()
{
    m_filterDelay->stop();
    if (!m_preview)
        return;
    m_preview->setFilter(m_column->currentData().toInt(), m_filter->text());
    updateStatus();
}

void PreviewDialog::updateStatus()
{
    if (!m_preview)
        return;
    const QLocale locale;
    if (m_preview->isFiltered()) {
        const QString found = locale.toString(qint64(m_preview->matches().size()));
        m_status->setText(
            m_preview->isFilterDone()
                ? tr("Matching rows: %1 of %2").arg(found, locale.toString(m_preview->rowCount()))
                : tr("Searching… %1 matching rows so far").arg(found));
        return;
    }
    const QString rows = locale.toString(m_preview->rowCount());
    m_status->setText(m_preview->isCounted() ? tr("Rows: %1").arg(rows)
                                             : tr("Counting rows… %1 so far").arg(rows));
}

} // namespace es
