#pragma once

#include "hubspot/metadata.h"
#include "model/validation.h"

#include <QHash>
#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStandardItemModel;
class QToolButton;

namespace es {

class BusyNote;
class CountLabel;
class FilterBuilder;
class ListPicker;
class MetadataCache;
class PropertyPicker;
class WizardContext;

namespace WizardPageId {
enum Id
{
    Source,
    Filters,
    List,
    Columns,
    Output,
    Review
};
}

// Base of every page: a controller over WizardContext. `pageIssues()` is the page's validate():
// the problems that keep Next disabled, shown next to their fields.
class WizardPageBase : public QWizardPage
{
    Q_OBJECT

public:
    WizardPageBase(WizardContext *context, QWidget *parent = nullptr);

    virtual QList<ValidationIssue> pageIssues() const = 0;
    bool isComplete() const override;

protected:
    // Connects to the metadata source; called again (after dropping the old connections)
    // whenever the source changes, i.e. another account was chosen.
    virtual void connectCache(MetadataCache *cache) = 0;
    void reconnectCache();
    void track(const QMetaObject::Connection &connection) { m_connections.append(connection); }
    void modelEdited(); // re-validates and refreshes Next

    WizardContext *m_context;

private:
    QList<QMetaObject::Connection> m_connections;
};

// 1 · Account, object and kind of export.
class SourcePage : public WizardPageBase
{
    Q_OBJECT

public:
    explicit SourcePage(WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;
    int nextId() const override;
    QList<ValidationIssue> pageIssues() const override;

    QComboBox *accountCombo() const { return m_account; }
    QComboBox *objectCombo() const { return m_object; }
    QRadioButton *viewButton() const { return m_view; }
    QRadioButton *listButton() const { return m_list; }
    QLabel *objectAboutLabel() const { return m_objectAbout; }
    QLabel *recordCountLabel() const { return m_recordCount; }

    // The number of records of `objectType` on the current account, when something has
    // counted them (negative: unknown, the line stays hidden). The page only shows it.
    void setRecordCount(const QString &objectType, qint64 count);

Q_SIGNALS:
    void accountChosen(const QString &accountId);

protected:
    void connectCache(MetadataCache *cache) override;

private:
    void fillAccounts();
    void fillObjects();
    void chooseObject(const QString &objectType);
    void updateObjectAbout();

    QComboBox *m_account;
    QLabel *m_accountNote;
    QComboBox *m_object;
    BusyNote *m_objectsBusy;
    QRadioButton *m_view;
    QRadioButton *m_list;
    QLabel *m_objectTitle;
    QLabel *m_objectAbout;
    QLabel *m_recordCount;
    QHash<QString, qint64> m_counts;
};

// 2a · Records of a VIEW export: the filter builder.
class FiltersPage : public WizardPageBase
{
    Q_OBJECT

public:
    explicit FiltersPage(WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;
    int nextId() const override;
    // Next stays enabled: a row's problem shows once the user leaves the row, so a disabled
    // Next would not say why. Pressing it shows every problem and stays on the page.
    bool isComplete() const override { return true; }
    bool validatePage() override;
    QList<ValidationIssue> pageIssues() const override;
    FilterBuilder *builder() const { return m_builder; }
    BusyNote *busyNote() const { return m_busy; }
    // "2,345 contacts will be exported", "Counting…", "Count unavailable: …"
    CountLabel *countLabel() const { return m_count; }

protected:
    void connectCache(MetadataCache *cache) override;

private:
    void load(bool refresh);
    void showIssues();
    void showCount();

    FilterBuilder *m_builder;
    BusyNote *m_busy;
    CountLabel *m_count;
};

// 2b · Records of a LIST export: the list picker.
class ListPage : public WizardPageBase
{
    Q_OBJECT

public:
    explicit ListPage(WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;
    int nextId() const override;
    // Hands the chosen list's name to the Review page's summary.
    bool validatePage() override;
    QList<ValidationIssue> pageIssues() const override;
    ListPicker *picker() const { return m_picker; }
    CountLabel *countLabel() const { return m_count; }

protected:
    void connectCache(MetadataCache *cache) override;

private:
    void showCount();

    ListPicker *m_picker;
    CountLabel *m_count;
};

// 3 · Columns: the property picker.
class ColumnsPage : public WizardPageBase
{
    Q_OBJECT

public:
    explicit ColumnsPage(WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;
    QList<ValidationIssue> pageIssues() const override;
    PropertyPicker *picker() const { return m_picker; }
    BusyNote *busyNote() const { return m_busy; }

protected:
    void connectCache(MetadataCache *cache) override;

private:
    void load(bool refresh);
    void maybeShow();

    PropertyPicker *m_picker;
    BusyNote *m_busy;
    QString m_loadedFor;
    QList<PropertyDef> m_properties;
    QList<PropertyGroup> m_groups;
    bool m_haveProperties = false;
    bool m_haveGroups = false;
};

// 4 · Output: format, language, name, values, associations, where to save.
class OutputPage : public WizardPageBase
{
    Q_OBJECT

public:
    explicit OutputPage(WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;
    QList<ValidationIssue> pageIssues() const override;

protected:
    void connectCache(MetadataCache *) override {}

public:
    QRadioButton *formatButton(int format) const;
    QComboBox *languageCombo() const { return m_language; }
    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *internalNamesBox() const { return m_internalNames; }
    QCheckBox *internalValuesBox() const { return m_internalValues; }
    QStandardItemModel *associationsModel() const { return m_associations; }
    QCheckBox *labelsBox() const { return m_labels; }
    QCheckBox *primaryBox() const { return m_primary; }
    QCheckBox *overLimitBox() const { return m_overLimit; }
    QLineEdit *folderEdit() const { return m_folder; }
    QCheckBox *unzipBox() const { return m_unzip; }
    QCheckBox *keepZipBox() const { return m_keepZip; }
    QLabel *xlsHintLabel() const { return m_xlsHint; }
    QLabel *filePreviewLabel() const { return m_filePreview; }
    QLabel *columnsPreviewLabel() const { return m_columnsPreview; }

    static QString languageName(const QString &code);

private:
    void store();
    void updateAssociationState();
    // The file the export becomes and its columns, from what the pages hold now.
    void updatePreview();

    QButtonGroup *m_format;
    QList<QRadioButton *> m_formatButtons;
    QLabel *m_xlsHint;
    QComboBox *m_language;
    QLineEdit *m_name;
    QLabel *m_nameIssue;
    QCheckBox *m_internalNames;
    QCheckBox *m_internalValues;
    QStandardItemModel *m_associations;
    QListView *m_associationView;
    QLabel *m_associationNote;
    QCheckBox *m_labels;
    QCheckBox *m_primary;
    QCheckBox *m_overLimit;
    QLineEdit *m_folder;
    QLabel *m_folderIssue;
    QCheckBox *m_unzip;
    QCheckBox *m_keepZip;
    QLabel *m_filePreview;
    QLabel *m_columnsPreview;
    bool m_primaryTouched = false;
    bool m_loading = false;
};

// 5 · Review: summary, exact JSON, problems; Save as preset… and Start export.
class ReviewPage : public WizardPageBase
{
    Q_OBJECT

public:
    explicit ReviewPage(WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    QList<ValidationIssue> pageIssues() const override;

protected:
    void connectCache(MetadataCache *) override {}

public:
    QLabel *summaryLabel() const { return m_summary; }
    QPlainTextEdit *jsonEdit() const { return m_json; }
    QPushButton *copyButton() const { return m_copy; }
    QLabel *problemsLabel() const { return m_problems; }
    // Folds the request body (JSON) and the problems' details in and out; folded at first.
    QToolButton *jsonToggle() const { return m_jsonToggle; }
    QLabel *detailsLabel() const { return m_details; }

private:
    void showSummary();
    void showProblems();

    QLabel *m_summary;
    QPlainTextEdit *m_json;
    QPushButton *m_copy;
    QLabel *m_problems;
    QToolButton *m_jsonToggle;
    QLabel *m_details;
    QWidget *m_jsonBox;
};

} // namespace es
