#include "common/text.h"
#include "count/counttext.h"
#include "filters/describesearch.h"
#include "filters/issuetext.h"
#include "model/requestcodec.h"
#include "pickers/listinfomodel.h"
#include "wizardcontext.h"
#include "wizardpages.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWizard>

namespace es {

namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:16px'><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

ReviewPage::ReviewPage(WizardContext *context, QWidget *parent)
    : WizardPageBase(context, parent)
    , m_summary(new QLabel(this))
    , m_json(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_problems(new QLabel(this))
    , m_jsonToggle(new QToolButton(this))
    , m_details(new QLabel(this))
    , m_jsonBox(new QWidget(this))
{
    setTitle(tr("Check and start"));
    setSubTitle(tr("Step 5 of 5 · This is what Export Studio will ask HubSpot for."));

    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setAccessibleName(tr("Request body sent to HubSpot (JSON)"));
    m_json->setTabChangesFocus(true);
    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copy->setAccessibleName(tr("Copy the JSON"));
    m_copy->setToolTip(tr("Copy the request body to the clipboard"));

    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setAccessibleName(tr("Problems"));

    // The JSON is for those who want it: folded away, the summary gets the room.
    m_jsonToggle->setText(tr("Re&quest body (JSON)"));
    m_jsonToggle->setCheckable(true);
    m_jsonToggle->setAutoRaise(true);
    m_jsonToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_jsonToggle->setArrowType(Qt::RightArrow);
    m_jsonToggle->setAccessibleName(tr("Show the request body"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_details->setAccessibleName(tr("Problems as the command line reports them"));

    auto *jsonHeader = new QHBoxLayout;
    jsonHeader->setSpacing(8);
    jsonHeader->addWidget(m_jsonToggle);
    jsonHeader->addStretch(1);
    jsonHeader->addWidget(m_copy);

    auto *jsonLayout = new QVBoxLayout(m_jsonBox);
    jsonLayout->setContentsMargins(0, 0, 0, 0);
    jsonLayout->setSpacing(8);
    jsonLayout->addWidget(m_json, 1);
    jsonLayout->addWidget(m_details);
    m_jsonBox->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems);
    layout->addSpacing(8);
    layout->addLayout(jsonHeader);
    layout->addWidget(m_jsonBox, 1);
    layout->addStretch(0); // takes the room while the JSON is folded

    connect(m_jsonToggle, &QToolButton::toggled, this, [this](bool open) {
        m_jsonToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_jsonToggle->setAccessibleName(open ? tr("Hide the request body")
                                             : tr("Show the request body"));
        m_jsonBox->setVisible(open);
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_json->toPlainText());
        m_copy->setText(tr("Copied"));
    });
    connect(m_context->counter(), &RecordCounter::stateChanged, this, [this] {
        if (!isVisible())
            return;
        showSummary();
        showProblems();
    });
}

void ReviewPage::initializePage()
{
    m_copy->setText(tr("&Copy"));
    m_json->setPlainText(
        QString::fromUtf8(RequestCodec::toBytes(m_context->model.effectiveRequest(), true)));
    m_context->recount(true); // usually answered from the count the records page made
    showSummary();
    showProblems();
}

void ReviewPage::cleanupPage()
{
    if (wizard())
        wizard()->setButtonText(QWizard::FinishButton, tr("&Start export"));
}

void ReviewPage::showSummary()
{
    const WizardModel &model = m_context->model;
    const ExportRequest request = model.effectiveRequest();

    QString records;
    if (request.exportType == ExportType::List) {
        records = m_context->listName.isEmpty()
                      ? tr("All %1 in list %2")
                            .arg(Text::inSentence(m_context->objectPlural()), request.listId)
                      : tr("All %1 in the list “%2” (list %3)")
                            .arg(Text::inSentence(m_context->objectPlural()), m_context->listName,
                                 request.listId);
    } else {
        records = describeSearch(request.search.value_or(SearchRequest{}),
                                 m_context->cachedProperties(), m_context->objectPlural());
    }
    QHash<QString, QString> labels;
    for (const PropertyDef &property : m_context->cachedProperties())
        labels.insert(property.name, property.label);
    QStringList columns;
    for (const QString &name : request.objectProperties)
        columns.append(labels.value(name, name));
    QString columnText = tr("%n column(s)", nullptr, int(columns.size()));
    if (!columns.isEmpty()) {
        const int shown = 6;
        //: Between the items of a list in the summary: column names, associated object types
        const QString separator = tr(", ");
        //: After "3 columns": the first column names, e.g. ": Email, First name, Last name"
        columnText += tr(": %1").arg(columns.mid(0, shown).join(separator));
        if (columns.size() > shown)
            columnText += tr(" and %n more", nullptr, int(columns.size() - shown));
    }
    //: The file in the summary: %1 the format (CSV, XLSX, XLS), %2 the language of the file
    //: ("English")
    QString file =
        tr("%1, %2").arg(toWire(request.format), OutputPage::languageName(request.language));
    if (!request.associatedObjectType.isEmpty()) {
        QStringList associated;
        for (const QString &type : request.associatedObjectType)
            associated << Text::inSentence(Text::objectName(type));
        //: Between the items of a list in the summary: column names, associated object types
        const QString separator = tr(", ");
        file += tr("; with associated %1").arg(associated.join(separator));
    }
    QString saveTo = model.options.downloadDir;
    if (model.options.unzip)
        saveTo += model.options.keepZip ? tr(" (unzipped, zip kept)") : tr(" (unzipped)");

    QString html = QStringLiteral("<table>");
    html += row(tr("Account"), m_context->accountName());
    //: Quotation marks around the name of the export, in your language's style
    const QString exportName = tr("“%1”").arg(request.exportName);
    html += row(tr("Export"), exportName);
    html += row(tr("Records"), records);
    const CountState &count = m_context->counter()->state();
    const QString countText =
        CountText::total(count, m_context->objectSingular(), m_context->objectPlural());
    if (!countText.isEmpty())
        html += row(tr("Count"), countText);
    html += row(tr("Columns"), columnText);
    html += row(tr("File"), file);
    if (count.status == CountState::Status::Ready) {
        const ExportForecast forecast =
            forecastExport(request, count.total, m_context->cachedProperties());
        html += row(tr("Arrives as"), CountText::forecast(forecast, request.format));
        const QString suggestion = CountText::suggestion(forecast);
        if (!suggestion.isEmpty())
            html += row(QString(), tr("ⓘ %1").arg(suggestion));
    }
    html += row(tr("Save in"), saveTo);
    html += QStringLiteral("</table>");
    m_summary->setText(html);
}

void ReviewPage::showProblems()
{
    const CountState &count = m_context->counter()->state();
    const bool empty = CountText::isEmptyExport(count);
    // Not a block: an empty export may be wanted (a check that nothing matches), but it costs
    // one of the day's exports, so the button says so.
    if (wizard())
        wizard()->setButtonText(QWizard::FinishButton,
                                empty ? tr("&Start anyway") : tr("&Start export"));
    const QList<ValidationIssue> issues = pageIssues();
    QPalette palette = this->palette();
    if (issues.isEmpty() && empty) {
        m_problems->setText(tr("⚠ %1").arg(
            CountText::total(count, m_context->objectSingular(), m_context->objectPlural())));
        palette.setColor(QPalette::WindowText, QColor(0x9a, 0x5b, 0x00));
    } else if (issues.isEmpty()) {
        m_problems->setText(tr("✔ No problems found. Ready to start."));
        palette.setColor(QPalette::WindowText, QColor(0x2e, 0x7d, 0x32));
    } else {
        // In the user's words here; the JSON path and HubSpot's terms under the request body.
        QHash<QString, PropertyDef> properties;
        for (const PropertyDef &property : m_context->cachedProperties())
            properties.insert(property.name, property);
        QStringList lines;
        for (const ValidationIssue &issue : issues) {
            const auto property = properties.constFind(issue.propertyName);
            const QString text = issueInUserWords(
                issue, property == properties.constEnd() ? nullptr : &property.value());
            if (issue.isError())
                //: A problem that stops the export: the warning sign, then the problem in words
                lines.append(tr("⚠ %1").arg(text));
            else
                //: A note that does not stop the export: the information sign, then the note
                lines.append(tr("ⓘ %1").arg(text));
        }
        m_problems->setText(lines.join(u'\n'));
        if (hasErrors(issues))
            palette.setColor(QPalette::WindowText, QColor(0xb0, 0x30, 0x30));
    }
    m_problems->setPalette(palette);
    m_details->setText(issues.isEmpty() ? QString()
                                        : tr("Details, as the command line reports them:") + u'\n' +
                                              describe(issues).join(u'\n'));
    m_details->setVisible(!issues.isEmpty());
}

QList<ValidationIssue> ReviewPage::pageIssues() const
{
    QList<ValidationIssue> issues = m_context->model.issues();
    if (m_context->model.options.downloadDir.trimmed().isEmpty()) {
        issues.append({QStringLiteral("downloadDir"),
                       tr("No download folder is set. Go back to Output and choose one."),
                       ValidationIssue::Severity::Error});
    }
    if (m_context->model.accountId.isEmpty()) {
        issues.append({QStringLiteral("account"),
                       tr("No account is chosen. Go back to the first page and choose one."),
                       ValidationIssue::Severity::Error});
    }
    return issues;
}

} // namespace es
