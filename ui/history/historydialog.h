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
class VaultDiff;

// History of a preset that keeps one: its runs, and the records that differ between two of them
// (default: the last two) with changed cells highlighted, a filter by kind of change, and
// "Export diff as CSV…" (asked of whoever opened the dialog through exportDiffRequested).
// "Preview table…" (or a double click on a run) asks for the table as it was after the run
// selected in the list (the newest at first) through previewTableRequested.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(std::shared_ptr<Vault> vault, const QString &presetKey, const QString &presetName,
                  QWidget *parent = nullptr);
    ~HistoryDialog() override;

    // Compares two runs (ids from runs()); false with problemText() when it cannot.
    bool compare(qint64 fromRun, qint64 toRun);
    QList<VaultRun> runs() const { return m_runs; }
    VaultDiff *diff() const { return m_diff.get(); }
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
    void previewTableRequested(qint64 runId);

private:
    void compareSelected();
    void applyKind();
    void chooseExportPath();
    void requestPreview();

    std::shared_ptr<Vault> m_vault;
    QString m_presetKey;
    QList<VaultRun> m_runs;
    std::unique_ptr<VaultDiff> m_diff;
    DiffModel *m_model = nullptr;
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
