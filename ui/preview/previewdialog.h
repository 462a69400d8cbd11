#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace es {

class PreviewModel;
class PreviewSource;

// "Preview" of a downloaded table or of a preset's table in the vault: its rows in a table that
// reads only what it shows (in the source's worker, the rows meanwhile shown as loading), the row
// count (counting… while a worker reads) and a filter by the text of one column or any.
class PreviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreviewDialog(QWidget *parent = nullptr);
    ~PreviewDialog() override;

    // False with `*error` (naming the file and the problem) when it cannot be shown.
    bool openFile(const QString &path, QString *error);
    // The preset's table as it was after `runId`, read from the vault file at `vaultPath`.
    // False with `*error` when the vault, the preset or the run cannot be read.
    bool openVaultTable(const QString &vaultPath, const QString &presetKey,
                        const QString &presetName, qint64 runId, QString *error);

    PreviewSource *preview() const { return m_preview; }
    PreviewModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *columnCombo() const { return m_column; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *captionLabel() const { return m_caption; }
    // Applies the filter now instead of after the typing pause.
    void applyFilter();

private:
    void showSource(PreviewSource *source);
    void updateStatus();
    void fitColumns();

    PreviewSource *m_preview = nullptr;
    PreviewModel *m_model = nullptr;
    QLineEdit *m_filter;
    QComboBox *m_column;
    QTableView *m_view;
    QLabel *m_status;
    QLabel *m_caption;
    bool m_fitted = false; // columns sized to the first rows that arrived
    QTimer *m_filterDelay;
};

} // namespace es
