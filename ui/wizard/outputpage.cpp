#include "model/objecttype.h"
#include "transfer/filenaming.h"
#include "wizardcontext.h"
#include "wizardpages.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace es {

namespace {

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *issueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x30, 0x30));
    label->setPalette(palette);
    label->setVisible(false);
    return label;
}

void showIssue(QLabel *label, const QList<ValidationIssue> &issues)
{
    const QString text = issues.isEmpty() ? QString() : issues.first().message;
    label->setText(text.isEmpty() ? QString() : QStringLiteral("⚠ ") + text);
    label->setVisible(!text.isEmpty());
}

} // namespace

QString OutputPage::languageName(const QString &code)
{
    // HubSpot's codes are close to Qt's locale names; a few need a nudge.
    QString localeName = code;
    if (code == u"NO")
        localeName = QStringLiteral("nb");
    else if (code == u"TL")
        localeName = QStringLiteral("fil");
    else if (code == u"ZH_HK")
        localeName = QStringLiteral("zh_Hant_HK");
    else if (code == u"ZH_TW")
        localeName = QStringLiteral("zh_Hant_TW");
    const QLocale locale(localeName.toLower());
    if (locale.language() == QLocale::C)
        return code;
    // Each language in its own words ("Deutsch", "日本語"), the same in every interface language,
    // so a reader finds their own language whatever language the interface speaks.
    // Qt names plain "en" after its default territory ("American English").
    QString name = locale.language() == QLocale::English && !code.contains(u'_')
                       ? QStringLiteral("English")
                       : locale.nativeLanguageName();
    if (name.isEmpty())
        name = QLocale::languageToString(locale.language());
    name[0] = name[0].toUpper();
    if (code.contains(u'_')) {
        QString territory = locale.nativeTerritoryName();
        if (territory.isEmpty())
            territory = QLocale::territoryToString(locale.territory());
        name += QStringLiteral(" (%1)").arg(territory);
    }
    return name;
}

OutputPage::OutputPage(WizardContext *context, QWidget *parent)
    : WizardPageBase(context, parent)
    , m_format(new QButtonGroup(this))
    , m_language(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_nameIssue(issueLabel(this))
    , m_internalNames(new QCheckBox(tr("Internal na&mes as column headers"), this))
    , m_internalValues(new QCheckBox(tr("Internal &values instead of labels"), this))
    , m_associations(new QStandardItemModel(this))
    , m_associationView(new QListView(this))
    , m_associationNote(new QLabel(this))
    , m_labels(new QCheckBox(tr("Include ass&ociation labels"), this))
    , m_primary(new QCheckBox(tr("Show the &primary name of associated records"), this))
    , m_overLimit(new QCheckBox(tr("Include more than 1,000 associated records per row"), this))
    , m_folder(new QLineEdit(this))
    , m_folderIssue(issueLabel(this))
    , m_unzip(new QCheckBox(tr("&Unzip after download"), this))
    , m_keepZip(new QCheckBox(tr("&Keep the zip file"), this))
    , m_filePreview(new QLabel(this))
    , m_columnsPreview(new QLabel(this))
{
    setTitle(tr("How should the file look?"));
    setSubTitle(tr("Step 4 of 5 · File format, language, name and where to save it."));

    // Format
    const QList<QPair<FileFormat, QString>> formats{{FileFormat::Csv, tr("&CSV")},
                                                    {FileFormat::Xlsx, tr("E&xcel (XLSX)")},
                                                    {FileFormat::Xls, tr("Excel 97–2003 (XL&S)")}};
    auto *formatLine = new QHBoxLayout;
    formatLine->setSpacing(16);
    for (const auto &[format, label] : formats) {
        auto *button = new QRadioButton(label, this);
        m_format->addButton(button, int(format));
        m_formatButtons.append(button);
        formatLine->addWidget(button);
    }
    formatLine->addStretch(1);
    auto *formatBox = new QVBoxLayout;
    formatBox->setSpacing(4);
    formatBox->addLayout(formatLine);
    m_xlsHint = hintLabel(tr("XLS holds at most 65,535 rows per sheet; bigger exports "
                             "arrive as several files in a zip."),
                          this);
    // Only for XLS; the space stays so the rows below do not jump when the format changes.
    QSizePolicy hintPolicy = m_xlsHint->sizePolicy();
    hintPolicy.setRetainSizeWhenHidden(true);
    m_xlsHint->setSizePolicy(hintPolicy);
    formatBox->addWidget(m_xlsHint);

    for (const QString &code : languageCodes())
        //: A language HubSpot writes the file in: %1 its name ("German"), %2 its code ("DE")
        m_language->addItem(tr("%1 — %2").arg(languageName(code), code), code);
    m_language->setAccessibleName(tr("Language of the file"));
    m_language->setMaxVisibleItems(16);

    m_name->setAccessibleName(tr("Export name"));
    m_name->setClearButtonEnabled(true);
    auto *nameBox = new QVBoxLayout;
    nameBox->setSpacing(4);
    nameBox->addWidget(m_name);
    nameBox->addWidget(m_nameIssue);

    auto *valuesBox = new QVBoxLayout;
    valuesBox->setSpacing(4);
    valuesBox->addWidget(m_internalNames);
    valuesBox->addWidget(m_internalValues);

    m_folder->setAccessibleName(tr("Download folder"));
    auto *browse = new QPushButton(tr("B&rowse…"), this);
    browse->setAccessibleName(tr("Choose the download folder"));
    auto *folderLine = new QHBoxLayout;
    folderLine->setSpacing(8);
    folderLine->addWidget(m_folder, 1);
    folderLine->addWidget(browse);
    auto *folderBox = new QVBoxLayout;
    folderBox->setSpacing(4);
    folderBox->addLayout(folderLine);
    folderBox->addWidget(m_folderIssue);
    auto *afterBox = new QHBoxLayout;
    afterBox->setSpacing(16);
    afterBox->addWidget(m_unzip);
    afterBox->addWidget(m_keepZip);
    afterBox->addStretch(1);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(8);
    form->setVerticalSpacing(8);
    auto addRow = [&](const QString &text, QWidget *buddy, auto *field) {
        auto *label = new QLabel(text, this);
        if (buddy)
            label->setBuddy(buddy);
        form->addRow(label, field);
    };
    addRow(tr("Format:"), nullptr, formatBox);
    addRow(tr("&Language:"), m_language, m_language);
    addRow(tr("&Export name:"), m_name, nameBox);
    addRow(tr("Values:"), nullptr, valuesBox);
    addRow(tr("Save &in:"), m_folder, folderBox);
    addRow(tr("After download:"), nullptr, afterBox);

    // Associations
    m_associationView->setModel(m_associations);
    m_associationView->setUniformItemSizes(true);
    m_associationView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_associationView->setAccessibleName(tr("Associated objects"));
    m_associationNote->setForegroundRole(QPalette::PlaceholderText);
    m_associationNote->setWordWrap(true);
    auto *assocGroup = new QGroupBox(tr("Associated records"), this);
    auto *assocLayout = new QVBoxLayout(assocGroup);
    assocLayout->setSpacing(8);
    assocLayout->addWidget(
        hintLabel(tr("Add the ids of associated records as extra columns."), assocGroup));
    assocLayout->addWidget(m_associationView, 1);
    assocLayout->addWidget(m_associationNote);
    assocLayout->addWidget(m_labels);
    assocLayout->addWidget(m_primary);
    assocLayout->addWidget(m_overLimit);
    for (QCheckBox *box : {m_labels, m_primary, m_overLimit}) {
        box->setParent(assocGroup);
        // A check box does not wrap: the form gives up room before its text is cut off.
        box->setMinimumWidth(box->sizeHint().width());
    }

    // What the choices add up to: the file's name and its columns, as they will arrive.
    auto *previewGroup = new QGroupBox(tr("The file"), this);
    previewGroup->setObjectName(QStringLiteral("filePreview"));
    m_filePreview->setObjectName(QStringLiteral("filePreviewText"));
    m_columnsPreview->setObjectName(QStringLiteral("columnsPreviewText"));
    for (QLabel *label : {m_filePreview, m_columnsPreview}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setParent(previewGroup);
    }
    auto *previewLayout = new QVBoxLayout(previewGroup);
    previewLayout->setSpacing(6);
    previewLayout->addWidget(m_filePreview);
    previewLayout->addWidget(m_columnsPreview);
    auto *left = new QVBoxLayout;
    left->setSpacing(16);
    left->addLayout(form);
    left->addWidget(previewGroup);
    left->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->setSpacing(16);
    layout->addLayout(left, 3);
    layout->addWidget(assocGroup, 2);

    connect(m_format, &QButtonGroup::idClicked, this, [this] { store(); });
    connect(m_language, &QComboBox::activated, this, [this] { store(); });
    connect(m_name, &QLineEdit::textEdited, this, [this] { store(); });
    connect(m_folder, &QLineEdit::textEdited, this, [this] { store(); });
    for (QCheckBox *box :
         {m_internalNames, m_internalValues, m_labels, m_overLimit, m_unzip, m_keepZip})
        connect(box, &QCheckBox::toggled, this, [this] { store(); });
    connect(m_primary, &QCheckBox::toggled, this, [this] {
        m_primaryTouched = true;
        store();
    });
    connect(m_associations, &QStandardItemModel::itemChanged, this, [this] {
        store();
        updateAssociationState();
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        // Asynchronous, sheet-like: the wizard stays responsive.
        auto *dialog = new QFileDialog(this, tr("Save exports in"), m_folder->text());
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) {
            m_folder->setText(folder);
            store();
        });
        dialog->open();
    });
}

QRadioButton *OutputPage::formatButton(int format) const
{
    return qobject_cast<QRadioButton *>(m_format->button(format));
}

void OutputPage::initializePage()
{
    m_loading = true;
    WizardModel &model = m_context->model;
    ExportRequest &request = model.request;
    if (request.exportName.trimmed().isEmpty())
        request.exportName =
            WizardModel::defaultExportName(m_context->objectPlural(), QDate::currentDate());

    if (QAbstractButton *button = m_format->button(int(request.format)))
        button->setChecked(true);
    m_xlsHint->setVisible(request.format == FileFormat::Xls);
    int language = m_language->findData(request.language);
    if (language < 0) {
        m_language->addItem(request.language, request.language);
        language = m_language->count() - 1;
    }
    m_language->setCurrentIndex(language);
    m_name->setText(request.exportName);
    m_internalNames->setChecked(
        request.exportInternalValuesOptions.contains(InternalValuesOption::Names));
    m_internalValues->setChecked(
        request.exportInternalValuesOptions.contains(InternalValuesOption::Values));

    m_associations->clear();
    for (const ObjectTypeChoice &choice : m_context->objectChoices()) {
        if (choice.objectType == request.objectType)
            continue;
        auto *item = new QStandardItem(choice.pluralLabel);
        item->setData(choice.objectType, Qt::UserRole);
        item->setCheckable(true);
        item->setCheckState(
            request.associatedObjectType.contains(choice.objectType) ? Qt::Checked : Qt::Unchecked);
        m_associations->appendRow(item);
    }
    for (const QString &type : std::as_const(request.associatedObjectType)) {
        if (m_associations
                ->match(m_associations->index(0, 0), Qt::UserRole, type, 1, Qt::MatchExactly)
                .isEmpty()) {
            auto *item = new QStandardItem(type);
            item->setData(type, Qt::UserRole);
            item->setCheckable(true);
            item->setCheckState(Qt::Checked);
            m_associations->appendRow(item);
        }
    }
    m_labels->setChecked(request.includeLabeledAssociations);
    m_primaryTouched = request.includePrimaryDisplayPropertyForAssociatedObjects.has_value();
    m_primary->setChecked(request.effectiveIncludePrimaryDisplay());
    m_overLimit->setChecked(request.overrideAssociatedObjectsPerDefinitionPerRowLimit);
    m_folder->setText(model.options.downloadDir);
    m_unzip->setChecked(model.options.unzip);
    m_keepZip->setChecked(model.options.keepZip);
    m_loading = false;
    updateAssociationState();
    showIssue(m_nameIssue, m_context->model.issuesFor({QStringLiteral("exportName")}));
    showIssue(m_folderIssue, {});
    updatePreview();
}

void OutputPage::updatePreview()
{
    const WizardModel &model = m_context->model;
    const ExportRequest &request = model.request;
    // The name the engine gives the file (ExportJob: the export name made safe, the format's
    // extension); a number is added when the folder has one of that name already.
    const QString file =
        FileNaming::sanitize(request.exportName, QStringLiteral("hubspot-export")) +
        QLatin1Char('.') + fileSuffix(request.format);
    const QString folder = QDir::toNativeSeparators(model.options.downloadDir);
    m_filePreview->setText(folder.isEmpty() ? file : folder + QDir::separator() + file);

    QHash<QString, QString> labels;
    for (const PropertyDef &property : m_context->cachedProperties())
        labels.insert(property.name, property.label);
    QStringList columns;
    for (const QString &name : request.objectProperties)
        columns.append(request.exportInternalValuesOptions.contains(InternalValuesOption::Names)
                           ? name
                           : labels.value(name, name));
    constexpr int Shown = 8;
    QString list = QStringList(columns.mid(0, Shown)).join(QStringLiteral(", "));
    if (columns.size() > Shown)
        //: The column preview goes on: %n how many more columns
        list += tr(" and %n more", nullptr, int(columns.size() - Shown));
    //: The column preview: %1 how many columns, %2 their names
    m_columnsPreview->setText(tr("Columns (%1): %2").arg(columns.size()).arg(list));
    if (!request.associatedObjectType.isEmpty()) {
        QStringList associated;
        for (const QString &type : request.associatedObjectType) {
            QString label = type;
            for (const ObjectTypeChoice &choice : m_context->objectChoices())
                if (choice.objectType == type)
                    label = choice.pluralLabel;
            associated.append(label);
        }
        m_columnsPreview->setText(
            m_columnsPreview->text() + QLatin1Char('\n') +
            //: %1 the associated objects whose record ids become columns ("Companies, Deals")
            tr("Plus the ids of associated records: %1")
                .arg(associated.join(QStringLiteral(", "))));
    }
}

QList<ValidationIssue> OutputPage::pageIssues() const
{
    QList<ValidationIssue> issues = m_context->model.issuesFor(
        {QStringLiteral("exportName"), QStringLiteral("language"),
         QStringLiteral("associatedObjectType"), QStringLiteral("exportInternalValuesOptions")});
    if (m_context->model.options.downloadDir.trimmed().isEmpty()) {
        issues.append({QStringLiteral("downloadDir"),
                       tr("Choose the folder the export is saved in."),
                       ValidationIssue::Severity::Error});
    }
    return issues;
}

void OutputPage::store()
{
    if (m_loading)
        return;
    WizardModel &model = m_context->model;
    ExportRequest &request = model.request;
    request.format = FileFormat(m_format->checkedId());
    m_xlsHint->setVisible(request.format == FileFormat::Xls);
    request.language = m_language->currentData().toString();
    request.exportName = m_name->text();
    request.exportInternalValuesOptions.clear();
    if (m_internalNames->isChecked())
        request.exportInternalValuesOptions.append(InternalValuesOption::Names);
    if (m_internalValues->isChecked())
        request.exportInternalValuesOptions.append(InternalValuesOption::Values);
    request.associatedObjectType.clear();
    for (int row = 0; row < m_associations->rowCount(); ++row) {
        const QStandardItem *item = m_associations->item(row);
        if (item->checkState() == Qt::Checked)
            request.associatedObjectType.append(item->data(Qt::UserRole).toString());
    }
    request.includeLabeledAssociations = m_labels->isChecked();
    // Unless the user said otherwise, follow HubSpot's default (on for exactly one type).
    if (m_primaryTouched)
        request.includePrimaryDisplayPropertyForAssociatedObjects = m_primary->isChecked();
    else
        request.includePrimaryDisplayPropertyForAssociatedObjects.reset();
    request.overrideAssociatedObjectsPerDefinitionPerRowLimit = m_overLimit->isChecked();
    model.options.downloadDir = m_folder->text().trimmed();
    model.options.unzip = m_unzip->isChecked();
    model.options.keepZip = m_keepZip->isChecked();

    const QList<ValidationIssue> issues = pageIssues();
    QList<ValidationIssue> nameIssues, folderIssues;
    for (const ValidationIssue &issue : issues) {
        if (issue.field == u"exportName")
            nameIssues.append(issue);
        else if (issue.field == u"downloadDir")
            folderIssues.append(issue);
    }
    showIssue(m_nameIssue, nameIssues);
    showIssue(m_folderIssue, folderIssues);
    updatePreview();
    modelEdited();
}

void OutputPage::updateAssociationState()
{
    const int max = m_context->model.limits.maxAssociatedObjectTypes;
    int checked = 0;
    for (int row = 0; row < m_associations->rowCount(); ++row)
        checked += m_associations->item(row)->checkState() == Qt::Checked ? 1 : 0;
    const bool full = checked >= max;
    const QSignalBlocker blocker(m_associations);
    for (int row = 0; row < m_associations->rowCount(); ++row) {
        QStandardItem *item = m_associations->item(row);
        item->setEnabled(!full || item->checkState() == Qt::Checked);
    }
    m_associationNote->setText(
        full ? tr("%1 of %2 chosen — the most an export may have.").arg(checked).arg(max)
             : tr("%1 of %2 chosen").arg(checked).arg(max));
    m_labels->setEnabled(checked > 0);
    m_overLimit->setEnabled(checked > 0);
    m_primary->setEnabled(checked > 0);
    if (!m_primaryTouched) {
        const QSignalBlocker primaryBlocker(m_primary);
        m_primary->setChecked(m_context->model.request.effectiveIncludePrimaryDisplay());
    }
    m_associationView->viewport()->update();
}

} // namespace es
