#pragma once

#include <QDialog>
#include <functional>
#include <memory>
#include <vault/vault.h>

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTreeView;

namespace es {

class DiffModel;
class DiffSession;

// History of a preset that keeps one: its runs, and the records that differ between two of them
// (default: the last two) with changed cells highlighted, a filter by kind of change, and
// "Export diff as CSV…" (asked of whoever opened the dialog through exportDiffRequested).
// "Preview table…" (or a double click on a run) asks for the table as it was after the run
// selected in the list (the newest at first) through previewTableRequested. The runs are a short
// list read at once; the diff is computed and paged by a DiffSession's worker, so the window
// stays live while two large runs are compared.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(std::shared_ptr<Vault> vault, const QString &presetKey, const QString &presetName,
                  QWidget *parent = nullptr);
    ~HistoryDialog() override;

    // Starts comparing two runs (ids from runs()); compared() follows, with the summary line or
    // the problem in summaryLabel().
    void compare(qint64 fromRun, qint64 toRun);
    bool isComparing() const;
    QList<VaultRun> runs() const { return m_runs; }
    // The comparison shown (its summary() is the last computed diff); exports go through it.
    DiffSession *session() const { return m_session; }
    DiffModel *diffModel() const { return m_model; }
    QTreeView *runsView() const { return m_runsView; }
    QTableView *diffView() const { return m_diffView; }
    QComboBox *fromCombo() const { return m_from; }
    QComboBox *toCombo() const { return m_to; }
    QComboBox *kindCombo() const { return m_kind; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *previewButton() const { return m_preview; }
    // The run selected in the runs list; 0 when none is.
    qint64 selectedRun() const;
    // Tests answer the save dialog themselves.
    void setExportPathChooser(std::function<QString()> choose);

Q_SIGNALS:
    void exportDiffRequested(const QString &path);
    void compared(bool ok);
    void previewTableRequested(qint64 runId);

private:
    void compareSelected();
    void onComputed();
    void applyKind();
    void chooseExportPath();
    void requestPreview();

    std::shared_ptr<Vault> m_vault;
    QString m_presetKey;
    QList<VaultRun> m_runs;
    DiffSession *m_session;
    DiffModel *m_model = nullptr;
    bool m_columnsSized = false;
    QStandardItemModel *m_runsModel;
    QTreeView *m_runsView;
    QComboBox *m_from;
    QComboBox *m_to;
    QComboBox *m_kind;
    QLabel *m_summary;
    QTableView *m_diffView;
    QPushButton *m_export;
    QPushButton *m_preview;
    std::function<QString()> m_chooseExportPath;
};

} // namespace es
