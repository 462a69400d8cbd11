#pragma once

#include "model/exportrequest.h"
#include "model/validation.h"
#include "transfer/jobinfo.h"
#include "wizardmodel.h"

#include <QWizard>

namespace es {

class ColumnsPage;
class FiltersPage;
class ListPage;
class MetadataCache;
class OutputPage;
class RecordCounter;
class ReviewPage;
class SavePresetDialog;
class SourcePage;
class WizardContext;

// The export wizard: Source → Records (filters or list) → Columns → Output → Review. Thin:
// the pages are the controllers, WizardModel holds the answers, and the wizard only emits what
// the user asked for — it never starts an export or writes a preset itself.
// Modeless; metadata arrives asynchronously through MetadataCache.
class ExportWizard : public QWizard
{
    Q_OBJECT

public:
    explicit ExportWizard(MetadataCache *cache, QWidget *parent = nullptr);
    ~ExportWizard() override;

    void setAccounts(const QList<WizardAccount> &accounts, const QString &currentAccountId);
    // The source for the current account (the owner swaps it on accountChanged).
    void setMetadata(MetadataCache *cache);
    void setLimits(const ValidationLimits &limits);
    void setOptions(const ExportOptions &options);
    // Opens pre-filled, e.g. to edit a preset; restarts at the first page.
    void setRequest(const ExportRequest &request, const QString &presetName = {});
    // A new export: the request's defaults (name and columns follow the object), no preset;
    // account, options and limits stay. Restarts at the first page.
    void startNew();

    const WizardModel &model() const;

    SourcePage *sourcePage() const { return m_source; }
    FiltersPage *filtersPage() const { return m_filters; }
    ListPage *listPage() const { return m_list; }
    ColumnsPage *columnsPage() const { return m_columns; }
    OutputPage *outputPage() const { return m_output; }
    ReviewPage *reviewPage() const { return m_review; }
    SavePresetDialog *savePresetDialog() const { return m_saveDialog; }
    // Counts the records of the request being built (the Records and Review pages show it).
    RecordCounter *counter() const;

    void accept() override;
    // Whatever ended the wizard (Start, Cancel, closing it), the next time it opens it starts a
    // new export: only "Edit" or "Duplicate" of a preset starts from an earlier one.
    void done(int result) override;
    // Opens the "Save as preset" sheet (the Review page's button).
    void askPresetName();

Q_SIGNALS:
    void startRequested(const QString &accountId, const es::ExportRequest &request,
                        const es::ExportOptions &options);
    void savePresetRequested(const QString &name, const QString &description,
                             const es::ExportRequest &request);
    void accountChanged(const QString &accountId);
    // The guide's page for what the current page asks ("filters", "lists", …; HelpTopics ids).
    void guideRequested(const QString &topicId);
    // The column picker's "Save definitions…" for the object being exported.
    void propertyDefinitionsRequested(const QString &accountId, const QString &objectType);

private:
    WizardContext *m_context;
    SourcePage *m_source;
    FiltersPage *m_filters;
    ListPage *m_list;
    ColumnsPage *m_columns;
    OutputPage *m_output;
    ReviewPage *m_review;
    SavePresetDialog *m_saveDialog = nullptr;
};

} // namespace es
