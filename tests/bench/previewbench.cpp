// bench_preview: the built-in Preview of a 1,000,000-row CSV and XLSX (generated first) and of
// a 1,000,000-row vault table (that CSV ingested as a preset's run).
//
//   bench_preview [--rows N] [--pages P]
//
// For each: time from PreviewDialog::openFile()/openVaultTable() + show() to the first paint of
// the table with the cells of its first rows in it (the goal: under a second), time until
// the row count is final, then the cost of one page of scrolling going down from the top, and of
// jumps to random rows (CSV: a seek to the row index's checkpoint; XLSX: read forward, or from
// the top for a jump back; vault: a keyset query from the remembered id before the row). Pages
// are read in a worker, so a step has two figures: the GUI thread's synchronous repaint right
// after the scroll bar moved (what blocks input), and the time until the rows on screen are
// painted with their cells. Then the process peak RSS. Not a test: it only prints figures.

#include "benchutil.h"
#include "preview/previewdialog.h"
#include "preview/previewmodel.h"
#include "preview/previewsource.h"
#include "vault/vault.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace es;
using bench::fixed;
using bench::median;
using bench::out;

namespace {

QList<QByteArray> rowOf(qint64 i)
{
    return {QByteArray::number(i + 1),
            "user" + QByteArray::number(i) + "@example.com",
            "First" + QByteArray::number(i % 977),
            "Last" + QByteArray::number(i % 1319),
            "Company " + QByteArray::number(i % 5003),
            "+49 30 " + QByteArray::number(1000000 + i),
            "2024-0" + QByteArray::number(1 + i % 9) + "-1" + QByteArray::number(i % 10) + " 10:00",
            i % 3 ? "lead" : "customer"};
}
const QList<QByteArray> Header{"Record ID", "Email", "First Name",  "Last Name",
                               "Company",   "Phone", "Create Date", "Lifecycle Stage"};

void writeCsv(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        bench::die(QStringLiteral("cannot write ") + path);
    QByteArray chunk = Header.join(',') + "\r\n";
    for (qint64 i = 0; i < rows; ++i) {
        chunk += rowOf(i).join(',') + "\r\n";
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
}

void writeXlsx(const QString &path, qint64 rows)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        bench::die(QStringLiteral("cannot write ") + path);
    const auto add = [&zip](const QString &name, const std::function<void(QuaZipFile &)> &fill) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, Z_DEFLATED, 1))
            bench::die(QStringLiteral("cannot add ") + name);
        fill(file);
        file.close();
    };
    const auto text = [](const QByteArray &data) {
        return [data](QuaZipFile &file) { file.write(data); };
    };
    const QByteArray ns = "http://schemas.openxmlformats.org/";
    add(QStringLiteral("[Content_Types].xml"),
        text("<?xml version=\"1.0\"?><Types xmlns=\"" + ns +
             "package/2006/content-types\"><Default Extension=\"rels\" "
             "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
             "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"));
    add(QStringLiteral("xl/workbook.xml"),
        text("<?xml version=\"1.0\"?><workbook xmlns=\"" + ns +
             "spreadsheetml/2006/main\"><sheets><sheet name=\"Export\" sheetId=\"1\"/>"
             "</sheets></workbook>"));
    add(QStringLiteral("xl/worksheets/sheet1.xml"), [&](QuaZipFile &file) {
        QByteArray chunk = "<?xml version=\"1.0\"?><worksheet xmlns=\"" + ns +
                           "spreadsheetml/2006/main\"><sheetData>";
        for (qint64 r = -1; r < rows; ++r) {
            const QList<QByteArray> cells = r < 0 ? Header : rowOf(r);
            chunk += "<row r=\"" + QByteArray::number(r + 2) + "\">";
            for (int c = 0; c < cells.size(); ++c)
                chunk += "<c r=\"" + QByteArray(1, char('A' + c)) + QByteArray::number(r + 2) +
                         "\" t=\"inlineStr\"><is><t>" + cells.at(c) + "</t></is></c>";
            chunk += "</row>";
            if (chunk.size() > (1 << 20)) {
                file.write(chunk);
                chunk.clear();
            }
        }
        chunk += "</sheetData></worksheet>";
        file.write(chunk);
    });
}

// True while a row on screen still waits for its page.
bool screenLoading(QTableView *view)
{
    const int top = view->rowAt(0);
    if (top < 0)
        return view->model()->rowCount() == 0;
    int bottom = view->rowAt(view->viewport()->height() - 1);
    if (bottom < 0)
        bottom = view->model()->rowCount() - 1;
    for (int row = top; row <= bottom; ++row)
        if (view->model()->index(row, 0).data(PreviewModel::LoadingRole).toBool())
            return true;
    return false;
}

class PaintWatch : public QObject
{
public:
    QTableView *view = nullptr;
    bool paintedRows = false;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // A paint of the first rows with their cells (not "loading…"): QTableView::paintEvent
        // asks data() while painting, so the cells are known once this paint is handled.
        if (event->type() == QEvent::Paint && view->model() && view->model()->rowCount() > 0 &&
            !view->model()->index(0, 0).data(PreviewModel::LoadingRole).toBool())
            paintedRows = true;
        return QObject::eventFilter(watched, event);
    }
};

// One step of scrolling: the scroll bar moves, the GUI thread repaints at once (rows still
// being read show as loading), then events are handled until the rows on screen have their
// cells. Adds the GUI thread's repaint and the whole step to the lists, in milliseconds.
void step(QTableView *view, int value, QList<double> &guiMs, QList<double> &shownMs)
{
    QElapsedTimer clock;
    clock.start();
    view->verticalScrollBar()->setValue(value);
    view->viewport()->repaint();
    guiMs << clock.nsecsElapsed() / 1e6;
    while (screenLoading(view))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    view->viewport()->repaint();
    shownMs << clock.nsecsElapsed() / 1e6;
}

void measure(const QString &name, const std::function<bool(PreviewDialog &, QString *)> &open,
             qint64 rows, int pages)
{
    QElapsedTimer clock;
    clock.start();
    PreviewDialog dialog;
    QString error;
    if (!open(dialog, &error))
        bench::die(error);
    PaintWatch watch;
    watch.view = dialog.view();
    dialog.view()->viewport()->installEventFilter(&watch);
    dialog.show();
    while (!watch.paintedRows)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const double firstPaintMs = clock.nsecsElapsed() / 1e6;
    while (!dialog.preview()->isCounted())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const double countedMs = clock.nsecsElapsed() / 1e6;
    if (dialog.preview()->rowCount() != rows)
        bench::die(QStringLiteral("%1: counted %2 rows, wrote %3")
                       .arg(name)
                       .arg(dialog.preview()->rowCount())
                       .arg(rows));

    QScrollBar *bar = dialog.view()->verticalScrollBar();
    QList<double> pageGuiMs;
    QList<double> pageMs;
    for (int i = 0; i < pages; ++i)
        step(dialog.view(), bar->value() + bar->pageStep(), pageGuiMs, pageMs);
    QList<double> jumpGuiMs;
    QList<double> jumpMs;
    auto *random = QRandomGenerator::global();
    for (int i = 0; i < 20; ++i)
        step(dialog.view(), int(random->bounded(qint64(bar->maximum()) + 1)), jumpGuiMs, jumpMs);
    const double maxJump = *std::max_element(jumpMs.cbegin(), jumpMs.cend());
    const double maxJumpGui = *std::max_element(jumpGuiMs.cbegin(), jumpGuiMs.cend());
    out() << name << ": open + show -> first paint with cells " << fixed(firstPaintMs)
          << " ms; row count final after " << fixed(countedMs) << " ms; page down (" << pages
          << " pages) median " << fixed(median(pageMs), 2) << " ms to cells on screen, GUI thread "
          << fixed(median(pageGuiMs), 2) << " ms; random jump median " << fixed(median(jumpMs), 2)
          << " ms, max " << fixed(maxJump, 1) << " ms to cells, GUI thread median "
          << fixed(median(jumpGuiMs), 2) << " ms, max " << fixed(maxJumpGui, 1)
          << " ms; pages cached " << dialog.model()->cachedPages() << "; peak RSS "
          << bench::mib(bench::peakRssKiB()) << Qt::endl;
    bench::summary(QStringLiteral("preview %1, %2 rows: first paint").arg(name).arg(rows),
                   fixed(firstPaintMs) + QStringLiteral(" ms"), QStringLiteral("< 1000 ms"));
    bench::summary(
        QStringLiteral("preview %1: page scroll / random jump to cells (GUI thread)").arg(name),
        QStringLiteral("%1 / %2 ms (%3 / %4 ms)")
            .arg(fixed(median(pageMs), 2), fixed(median(jumpMs), 2), fixed(median(pageGuiMs), 2),
                 fixed(median(jumpGuiMs), 2)));
}

// The CSV as the first full run of a history preset, through the vault's own ingest.
void ingest(const QString &vaultPath, const QString &csv, qint64 rows)
{
    QElapsedTimer clock;
    clock.start();
    Vault vault(vaultPath);
    if (!vault.open())
        bench::die(vault.lastError());
    Vault::IngestInput input;
    input.pending = {QStringLiteral("bench-job"), QStringLiteral("contacts"),
                     QStringLiteral("Contacts"), RunKind::Full, QDateTime::currentDateTimeUtc()};
    input.files = {csv};
    input.request.objectProperties = {
        QStringLiteral("hs_object_id"), QStringLiteral("email"),
        QStringLiteral("firstname"),    QStringLiteral("lastname"),
        QStringLiteral("company"),      QStringLiteral("phone"),
        QStringLiteral("createdate"),   QStringLiteral("lifecyclestage")};
    const Vault::IngestOutcome outcome = vault.ingest(input);
    if (!outcome.ok)
        bench::die(outcome.message);
    out() << "bench_preview: ingested " << outcome.run.rows << " rows into the vault in "
          << fixed(clock.nsecsElapsed() / 1e9) << " s (" << QFileInfo(vaultPath).size() / 1048576
          << " MiB)" << Qt::endl;
    if (outcome.run.rows != rows)
        bench::die(
            QStringLiteral("the vault holds %1 rows, the CSV %2").arg(outcome.run.rows).arg(rows));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("bench_preview"));
    QCommandLineParser parser;
    QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows per file."),
                                  QStringLiteral("N"), QStringLiteral("1000000"));
    QCommandLineOption pagesOption(QStringLiteral("pages"), QStringLiteral("Pages to scroll."),
                                   QStringLiteral("P"), QStringLiteral("200"));
    parser.addOptions({rowsOption, pagesOption});
    parser.addHelpOption();
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    const int pages = parser.value(pagesOption).toInt();

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("contacts.csv"));
    const QString xlsx = dir.filePath(QStringLiteral("contacts.xlsx"));
    QElapsedTimer clock;
    clock.start();
    writeCsv(csv, rows);
    writeXlsx(xlsx, rows);
    out() << "bench_preview: wrote " << rows << "-row CSV (" << QFileInfo(csv).size() / 1048576
          << " MiB) and XLSX (" << QFileInfo(xlsx).size() / 1048576 << " MiB) in "
          << fixed(clock.nsecsElapsed() / 1e9) << " s; load " << bench::loadAverage() << Qt::endl;
    const auto file = [](const QString &path) {
        return
            [path](PreviewDialog &dialog, QString *error) { return dialog.openFile(path, error); };
    };
    measure(QStringLiteral("CSV"), file(csv), rows, pages);
    measure(QStringLiteral("XLSX"), file(xlsx), rows, pages);

    const QString vaultPath = dir.filePath(QStringLiteral("vault/account.sqlite"));
    ingest(vaultPath, csv, rows);
    const qint64 runId = [&] {
        Vault vault(vaultPath, Vault::Access::ReadOnly);
        const QList<VaultRun> runs = vault.runs(QStringLiteral("contacts"));
        return runs.isEmpty() ? qint64(0) : runs.constLast().id;
    }();
    measure(
        QStringLiteral("vault table"),
        [&](PreviewDialog &dialog, QString *error) {
            return dialog.openVaultTable(vaultPath, QStringLiteral("contacts"),
                                         QStringLiteral("Contacts"), runId, error);
        },
        rows, pages);
    return 0;
}
