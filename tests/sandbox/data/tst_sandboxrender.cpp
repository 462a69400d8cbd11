// renderExport: CSV parse-back, XLSX read back through minizip, XLS read back with freexl, zips,
// multi-file splits, determinism and the deliberately bad zips.

#include "dataset.h"
#include "exportrenderer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <freexl.h>
#include <minizip/unzip.h>

using namespace sandbox;

namespace {

using Table = QList<QStringList>;

// An independent RFC 4180 reader (CRLF records, quoted fields with doubled quotes).
Table parseCsv(const QByteArray &bytes, bool *crlfOnly = nullptr)
{
    const QString text = QString::fromUtf8(bytes);
    Table rows;
    QStringList row;
    QString field;
    bool quoted = false, sawCrlf = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else if (c == u'\n') {
            sawCrlf = false;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
        sawCrlf = false; // last record without CRLF
    }
    if (crlfOnly)
        *crlfOnly = sawCrlf;
    return rows;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct ZipEntry
{
    QString name;
    QByteArray data;
    quint64 size = 0;
    quint64 compressed = 0;
    quint32 externalAttributes = 0;
    bool readOk = false;
};

QList<ZipEntry> readZip(const QString &path, bool readData = true, bool *opened = nullptr)
{
    QList<ZipEntry> entries;
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (opened)
        *opened = zip != nullptr;
    if (!zip)
        return entries;
    for (int rc = unzGoToFirstFile(zip); rc == UNZ_OK; rc = unzGoToNextFile(zip)) {
        unz_file_info64 info;
        char name[1024];
        if (unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) !=
            UNZ_OK)
            break;
        ZipEntry entry;
        entry.name = QString::fromUtf8(name);
        entry.size = info.uncompressed_size;
        entry.compressed = info.compressed_size;
        entry.externalAttributes = quint32(info.external_fa);
        if (readData && unzOpenCurrentFile(zip) == UNZ_OK) {
            char buffer[65536];
            int n;
            while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
                entry.data.append(buffer, n);
            entry.readOk = n == 0 && unzCloseCurrentFile(zip) == UNZ_OK; // checks the CRC
        }
        entries.append(entry);
    }
    unzClose(zip);
    return entries;
}

es::ExportRequest contactsRequest(es::FileFormat format)
{
    es::ExportRequest request;
    request.exportName = QStringLiteral("All contacts");
    request.format = format;
    request.objectType = QStringLiteral("CONTACT");
    request.objectProperties = {QStringLiteral("hs_object_id"),
                                QStringLiteral("email"),
                                QStringLiteral("firstname"),
                                QStringLiteral("lastname"),
                                QStringLiteral("company"),
                                QStringLiteral("lifecyclestage"),
                                QStringLiteral("createdate"),
                                QStringLiteral("date_of_birth"),
                                QStringLiteral("num_associated_deals")};
    return request;
}

// Every cell of the first sheet, as text (numbers printed the way CSV prints them).
Table readXls(const QString &path, QString *problem)
{
    Table table;
    const void *handle = nullptr;
    if (freexl_open(QFile::encodeName(path).constData(), &handle) != FREEXL_OK) {
        *problem = QStringLiteral("freexl_open failed");
        return table;
    }
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(handle, 0) != FREEXL_OK ||
        freexl_worksheet_dimensions(handle, &rows, &columns) != FREEXL_OK) {
        *problem = QStringLiteral("no worksheet");
        freexl_close(handle);
        return table;
    }
    for (unsigned int r = 0; r < rows; ++r) {
        QStringList row;
        for (unsigned short c = 0; c < columns; ++c) {
            FreeXL_CellValue value;
            if (freexl_get_cell_value(handle, r, c, &value) != FREEXL_OK) {
                *problem = QStringLiteral("cell %1,%2 unreadable").arg(r).arg(c);
                row.append(QString());
                continue;
            }
            switch (value.type) {
            case FREEXL_CELL_INT:
                row.append(QString::number(value.value.int_value));
                break;
            case FREEXL_CELL_DOUBLE:
                row.append(QString::number(value.value.double_value, 'g', 17));
                break;
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
                row.append(QString::fromUtf8(value.value.text_value));
                break;
            case FREEXL_CELL_NULL:
                row.append(QString());
                break;
            default:
                *problem = QStringLiteral("unexpected cell type %1").arg(value.type);
                row.append(QString());
            }
        }
        table.append(row);
    }
    freexl_close(handle);
    return table;
}

// CSV cells with trailing empty cells removed, numbers normalised like readXls prints them.
Table normalise(Table table, const QList<int> &numericColumns)
{
    for (QStringList &row : table) {
        for (int c : numericColumns) {
            bool ok = false;
            const double value = row.value(c).toDouble(&ok);
            if (ok && c < row.size())
                row[c] = QString::number(value, 'g', 17);
        }
    }
    return table;
}

QString xmlEscaped(QString text)
{
    return text.replace(u'&', QStringLiteral("&amp;"))
        .replace(u'<', QStringLiteral("&lt;"))
        .replace(u'>', QStringLiteral("&gt;"))
        .replace(u'"', QStringLiteral("&quot;"));
}

} // namespace

class TestSandboxRender : public QObject
{
    Q_OBJECT

private:
    Dataset m_dataset{DatasetOptions{11, 500, 60, 120, 80, 40}};
    QTemporaryDir m_dir;

    RenderResult render(const es::ExportRequest &request, const QString &id,
                        RenderOptions options = {})
    {
        options.outputDir = m_dir.path();
        RenderResult result = renderExport(m_dataset, request, options, id);
        if (!result.ok())
            qWarning() << result.errors.first().in << result.errors.first().message;
        return result;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void csvParsesBackToTheSelection()
    {
        es::ExportRequest request = contactsRequest(es::FileFormat::Csv);
        es::SearchRequest search;
        es::Filter filter;
        filter.propertyName = QStringLiteral("lifecyclestage");
        filter.op = es::FilterOperator::In;
        filter.values = {QStringLiteral("customer"), QStringLiteral("lead")};
        search.filterGroups = {es::FilterGroup{{filter}}};
        request.search = search;
        request.language = QStringLiteral("DE");
        const QStringList ids = selectRecords(m_dataset, request);
        QVERIFY(ids.size() > 50 && ids.size() < 500);

        const RenderResult result = render(request, QStringLiteral("csv1"));
        QVERIFY(result.ok());
        QCOMPARE(result.file.recordCount, ids.size());
        QVERIFY(!result.file.zipped);
        QCOMPARE(result.file.fileName, QStringLiteral("All-contacts.csv"));
        const QByteArray bytes = readAll(result.file.path);
        QCOMPARE(result.file.size, bytes.size());
        QCOMPARE(result.file.sha256Hex,
                 QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF")); // no BOM
        bool crlf = false;
        const Table table = parseCsv(bytes, &crlf);
        QVERIFY(crlf);
        QCOMPARE(table.size(), ids.size() + 1);
        QCOMPARE(table.first(),
                 (QStringList{QStringLiteral("Datensatz-ID"), QStringLiteral("E-Mail"),
                              QStringLiteral("Vorname"), QStringLiteral("Nachname"),
                              QStringLiteral("Name des Unternehmens"),
                              QStringLiteral("Lebenszyklusphase"),
                              QStringLiteral("Erstellungsdatum"), QStringLiteral("Geburtsdatum"),
                              QStringLiteral("Anzahl der zugeordneten Deals")}));
        QHash<QString, Record> byId;
        for (const Record &record : m_dataset.records(QStringLiteral("0-1")))
            byId.insert(record.id, record);
        const QRegularExpression dateTime(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$"));
        const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        for (qsizetype i = 1; i < table.size(); ++i) {
            const QStringList &row = table[i];
            QCOMPARE(row.size(), 9);
            QCOMPARE(row[0], ids[i - 1]);
            const Record &record = byId[row[0]];
            QCOMPARE(row[1], record.values.value(QStringLiteral("email")));
            QCOMPARE(row[4], record.values.value(QStringLiteral("company")));
            QVERIFY(row[5] == u"Kunde" || row[5] == u"Lead");
            QVERIFY(dateTime.match(row[6]).hasMatch());
            QVERIFY(row[7].isEmpty() || date.match(row[7]).hasMatch());
        }
    }

    void multiCheckboxShowsEveryLabel()
    {
        es::ExportRequest request;
        request.objectType = QStringLiteral("CONTACT");
        request.language = QStringLiteral("DE");
        request.objectProperties = {QStringLiteral("hs_buying_role")};
        const Table table = parseCsv(readAll(render(request, QStringLiteral("roles")).file.path));
        const QList<Record> &records = m_dataset.records(QStringLiteral("0-1"));
        const PropertySpec *spec =
            m_dataset.property(QStringLiteral("0-1"), QStringLiteral("hs_buying_role"));
        QCOMPARE(table.first().first(), QStringLiteral("Einkaufsrolle"));
        int several = 0;
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QString raw = records[i].values.value(QStringLiteral("hs_buying_role"));
            QStringList expected;
            if (!raw.isEmpty()) {
                for (const QString &part : raw.split(u';'))
                    expected.append(spec->optionLabel(part, QStringLiteral("DE")));
            }
            QCOMPARE(table[i + 1].value(0), expected.join(u';'));
            several += expected.size() > 1;
        }
        QVERIFY(several > 0);
        bool german = false;
        for (const QStringList &row : table)
            german = german || row.value(0).contains(QString::fromUtf8("Entscheidungsträger"));
        QVERIFY(german);
    }

    void csvInternalNamesAndValues()
    {
        es::ExportRequest request = contactsRequest(es::FileFormat::Csv);
        request.exportInternalValuesOptions = {es::InternalValuesOption::Names,
                                               es::InternalValuesOption::Values};
        const RenderResult result = render(request, QStringLiteral("csv2"));
        QVERIFY(result.ok());
        const Table table = parseCsv(readAll(result.file.path));
        QCOMPARE(table.first(), request.objectProperties);
        const QList<Record> &records = m_dataset.records(QStringLiteral("0-1"));
        QCOMPARE(table.size(), records.size() + 1);
        for (qsizetype i = 0; i < records.size(); ++i) {
            for (qsizetype c = 0; c < request.objectProperties.size(); ++c)
                QCOMPARE(table[i + 1][c], records[i].values.value(request.objectProperties[c]));
        }
    }

    void csvQuotesAwkwardText()
    {
        es::ExportRequest request;
        request.objectType = QStringLiteral("TICKET");
        request.objectProperties = {QStringLiteral("hs_object_id"), QStringLiteral("content"),
                                    QStringLiteral("subject")};
        request.exportInternalValuesOptions = {es::InternalValuesOption::Values};
        const RenderResult result = render(request, QStringLiteral("csv3"));
        QVERIFY(result.ok());
        const Table table = parseCsv(readAll(result.file.path));
        const QList<Record> &records = m_dataset.records(QStringLiteral("0-5"));
        QCOMPARE(table.size(), records.size() + 1);
        bool sawNewline = false, sawQuote = false;
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QString content = records[i].values.value(QStringLiteral("content"));
            QCOMPARE(table[i + 1][1], content);
            sawNewline = sawNewline || content.contains(u'\n');
            sawQuote = sawQuote || content.contains(u'"');
        }
        QVERIFY(sawNewline && sawQuote);
    }

    void associationColumns()
    {
        es::ExportRequest request = contactsRequest(es::FileFormat::Csv);
        request.objectProperties = {QStringLiteral("hs_object_id")};
        request.associatedObjectType = {QStringLiteral("COMPANY")};
        request.includeLabeledAssociations = true; // primary display defaults to on for one type
        const RenderResult result = render(request, QStringLiteral("assoc"));
        QVERIFY(result.ok());
        const Table table = parseCsv(readAll(result.file.path));
        QCOMPARE(table.first(),
                 (QStringList{QStringLiteral("Record ID"), QStringLiteral("Associated Company IDs"),
                              QStringLiteral("Associated Company Labels"),
                              QStringLiteral("Associated Company")}));
        QHash<QString, Record> companies;
        for (const Record &company : m_dataset.records(QStringLiteral("0-2")))
            companies.insert(company.id, company);
        const QList<Record> &contacts = m_dataset.records(QStringLiteral("0-1"));
        int withTwo = 0;
        for (qsizetype i = 0; i < contacts.size(); ++i) {
            const QStringList ids = contacts[i].associations.value(QStringLiteral("0-2"));
            QCOMPARE(table[i + 1][1], ids.join(u';'));
            QCOMPARE(table[i + 1][2],
                     contacts[i].associationLabels.value(QStringLiteral("0-2")).join(u';'));
            QStringList names;
            for (const QString &id : ids)
                names.append(companies[id].values.value(QStringLiteral("name")));
            QCOMPARE(table[i + 1][3], names.join(u';'));
            withTwo += ids.size() > 1;
        }
        QVERIFY(withTwo > 0);

        request.associatedObjectType = {QStringLiteral("COMPANY"), QStringLiteral("DEAL")};
        request.includeLabeledAssociations = false;
        const Table two = parseCsv(readAll(render(request, QStringLiteral("assoc2")).file.path));
        QCOMPARE(two.first(),
                 (QStringList{QStringLiteral("Record ID"), QStringLiteral("Associated Company IDs"),
                              QStringLiteral("Associated Deal IDs")}));
    }

    void customObjectInSpanish()
    {
        es::ExportRequest request;
        request.exportName = QStringLiteral("Mascotas");
        request.objectType = QStringLiteral("2-4001");
        request.language = QStringLiteral("ES_MX");
        request.objectProperties = {QStringLiteral("pet_name"), QStringLiteral("species"),
                                    QStringLiteral("adopted"), QStringLiteral("weight_kg"),
                                    QStringLiteral("adoption_date")};
        request.associatedObjectType = {QStringLiteral("CONTACT")};
        const RenderResult result = render(request, QStringLiteral("pets"));
        QVERIFY(result.ok());
        const Table table = parseCsv(readAll(result.file.path));
        QCOMPARE(table.first(),
                 (QStringList{QStringLiteral("Nombre de la mascota"), QStringLiteral("Especie"),
                              QStringLiteral("Adoptado"), QStringLiteral("Peso (kg)"),
                              QStringLiteral("Fecha de adopción"),
                              QStringLiteral("Associated Contact IDs"),
                              QStringLiteral("Associated Contact")}));
        const QList<Record> &pets = m_dataset.records(QStringLiteral("2-4001"));
        QCOMPARE(table.size(), pets.size() + 1);
        const QHash<QString, QString> species{
            {QStringLiteral("dog"), QStringLiteral("Perro")},
            {QStringLiteral("cat"), QStringLiteral("Gato")},
            {QStringLiteral("rabbit"), QStringLiteral("Conejo")},
            {QStringLiteral("parrot"), QStringLiteral("Loro")},
            {QStringLiteral("hamster"), QStringLiteral("Hámster")}};
        int adopted = 0;
        for (qsizetype i = 0; i < pets.size(); ++i) {
            const QStringList &row = table[i + 1];
            QCOMPARE(row[1], species.value(pets[i].values.value(QStringLiteral("species"))));
            const bool isAdopted = pets[i].values.value(QStringLiteral("adopted")) == u"true";
            QCOMPARE(row[2], isAdopted ? QStringLiteral("Sí") : QStringLiteral("No"));
            QCOMPARE(row[3], pets[i].values.value(QStringLiteral("weight_kg")));
            QCOMPARE(row[4].isEmpty(), !isAdopted);
            QCOMPARE(row[5].isEmpty(), !isAdopted); // adopted pets have an owner
            adopted += isAdopted;
        }
        QVERIFY(adopted > 0 && adopted < pets.size());
        QCOMPARE(result.file.fileName, QStringLiteral("Mascotas.csv"));
    }

    void valuesModeWritesNumbersToXlsx()
    {
        es::ExportRequest request;
        request.objectType = QStringLiteral("DEAL");
        request.format = es::FileFormat::Xlsx;
        request.objectProperties = {QStringLiteral("dealstage"), QStringLiteral("closedate"),
                                    QStringLiteral("amount")};
        request.exportInternalValuesOptions = {es::InternalValuesOption::Values};
        const RenderResult result = render(request, QStringLiteral("dealsvalues"));
        QVERIFY(result.ok());
        QByteArray sheet;
        for (const ZipEntry &entry : readZip(result.file.path)) {
            if (entry.name == u"xl/worksheets/sheet1.xml")
                sheet = entry.data;
        }
        const QString text = QString::fromUtf8(sheet);
        const Record &deal = m_dataset.records(QStringLiteral("0-3")).first();
        const QString close = deal.values.value(QStringLiteral("closedate"));
        if (!close.isEmpty())
            QVERIFY(text.contains(u"<v>" + close + u"</v>")); // epoch ms as a number cell
        QVERIFY(text.contains(u'>' + deal.values.value(QStringLiteral("dealstage")) + u'<'));
        QVERIFY(text.contains(QStringLiteral(">Deal Stage<")));
    }

    void associationsPerRowAreCapped()
    {
        // Two companies share 2,600 contacts: rows exceed HubSpot's 1,000-per-row default.
        const Dataset crowded(DatasetOptions{8, 2600, 2, 1, 1, 1});
        es::ExportRequest request;
        request.objectType = QStringLiteral("COMPANY");
        request.objectProperties = {QStringLiteral("hs_object_id")};
        request.associatedObjectType = {QStringLiteral("CONTACT")};
        request.includePrimaryDisplayPropertyForAssociatedObjects = false;
        RenderOptions options;
        options.outputDir = m_dir.path();
        const Table capped = parseCsv(
            readAll(renderExport(crowded, request, options, QStringLiteral("cap1")).file.path));
        request.overrideAssociatedObjectsPerDefinitionPerRowLimit = true;
        const Table full = parseCsv(
            readAll(renderExport(crowded, request, options, QStringLiteral("cap2")).file.path));
        QCOMPARE(capped.size(), 3);
        QCOMPARE(full.size(), 3);
        for (int row : {1, 2}) {
            const QStringList all = full[row][1].split(u';');
            const QStringList some = capped[row][1].split(u';');
            QCOMPARE(all, crowded.records(QStringLiteral("0-2"))[row - 1].associations.value(
                              QStringLiteral("0-1")));
            QVERIFY(all.size() > 1000);
            QCOMPARE(some.size(), 1000);
            QCOMPARE(some, all.mid(0, 1000));
        }
    }

    void xlsReadsBackWithFreexl()
    {
        es::ExportRequest request = contactsRequest(es::FileFormat::Xls);
        request.associatedObjectType = {QStringLiteral("COMPANY")};
        const RenderResult xls = render(request, QStringLiteral("xls1"));
        QVERIFY(xls.ok());
        QCOMPARE(xls.file.fileName, QStringLiteral("All-contacts.xls"));
        QCOMPARE(xls.file.contentType, QByteArray("application/vnd.ms-excel"));
        QVERIFY(readAll(xls.file.path).startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"));
        request.format = es::FileFormat::Csv;
        const Table csv = parseCsv(readAll(render(request, QStringLiteral("xls1csv")).file.path));
        QString problem;
        const Table cells = readXls(xls.file.path, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(cells.size(), csv.size());
        // hs_object_id and num_associated_deals are numbers; everything else text.
        const Table expected = normalise(csv, {0, 8});
        for (qsizetype r = 0; r < cells.size(); ++r)
            QCOMPARE(cells[r], r == 0 ? csv[r] : expected[r]);
    }

    void xlsUnicodeAndLargeStream()
    {
        // 65,600 rows with an XLS cap beyond BIFF8's limit: the cap is clamped, so the first file
        // is a full 65,536-row sheet (its SST spans many CONTINUE records and the stream needs
        // DIFAT sectors) and the rest goes to a second file.
        const Dataset big(DatasetOptions{5, 65600, 50, 10, 10, 10});
        es::ExportRequest request = contactsRequest(es::FileFormat::Xls);
        request.language = QStringLiteral("FR");
        RenderOptions options;
        options.outputDir = m_dir.path();
        options.xlsRowCap = 1000000;
        const RenderResult result = renderExport(big, request, options, QStringLiteral("xlsbig"));
        QVERIFY(result.ok());
        QVERIFY(result.file.zipped);
        QCOMPARE(result.file.fileCount, 2);
        const QList<ZipEntry> entries = readZip(result.file.path);
        QCOMPARE(entries.size(), 2);
        QVERIFY(entries[0].data.size() > qsizetype{7} * 1024 * 1024);
        const QString part = m_dir.filePath(QStringLiteral("big-1.xls"));
        {
            QFile out(part);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(entries[0].data);
        }
        QString problem;
        const Table cells = readXls(part, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(cells.size(), 65536);
        QCOMPARE(cells[0][3], QStringLiteral("Nom"));
        QCOMPARE(cells[0][6], QStringLiteral("Date de création"));
        const QList<Record> &records = big.records(QStringLiteral("0-1"));
        for (int i : {0, 1, 777, 31000, 65534}) {
            QCOMPARE(cells[i + 1][1], records[i].values.value(QStringLiteral("email")));
            QCOMPARE(cells[i + 1][2], records[i].values.value(QStringLiteral("firstname")));
        }
        const QString second = m_dir.filePath(QStringLiteral("big-2.xls"));
        {
            QFile out(second);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(entries[1].data);
        }
        const Table rest = readXls(second, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(rest.size(), 65600 - 65535 + 1);
        QCOMPARE(rest.last()[1], records.last().values.value(QStringLiteral("email")));

        es::ExportRequest tickets;
        tickets.objectType = QStringLiteral("TICKET");
        tickets.format = es::FileFormat::Xls;
        tickets.objectProperties = {QStringLiteral("content"),
                                    QStringLiteral("hs_ticket_priority")};
        tickets.language = QStringLiteral("DE");
        const RenderResult t = render(tickets, QStringLiteral("xlstickets"));
        const Table ticketCells = readXls(t.file.path, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QList<Record> &ticketRecords = m_dataset.records(QStringLiteral("0-5"));
        bool emoji = false;
        for (qsizetype i = 0; i < ticketRecords.size(); ++i) {
            QCOMPARE(ticketCells[i + 1][0],
                     ticketRecords[i].values.value(QStringLiteral("content")));
            emoji = emoji || ticketCells[i + 1][0].contains(QString::fromUtf8("🎉"));
        }
        QVERIFY(emoji);
        QCOMPARE(ticketCells[0][1], QStringLiteral("Priorität"));
    }

    void xlsxReadsBack()
    {
        es::ExportRequest request = contactsRequest(es::FileFormat::Xlsx);
        const RenderResult result = render(request, QStringLiteral("xlsx1"));
        QVERIFY(result.ok());
        QCOMPARE(result.file.fileName, QStringLiteral("All-contacts.xlsx"));
        QVERIFY(!result.file.zipped);
        QByteArray sheet, strings;
        for (const ZipEntry &entry : readZip(result.file.path)) {
            QVERIFY2(entry.readOk, qPrintable(entry.name));
            if (entry.name == u"xl/worksheets/sheet1.xml")
                sheet = entry.data;
            if (entry.name == u"xl/sharedStrings.xml")
                strings = entry.data;
        }
        QVERIFY(!sheet.isEmpty());
        QCOMPARE(int(sheet.count("<row ")), 501);
        const QString text = QString::fromUtf8(sheet + strings);
        for (const Record &record : m_dataset.records(QStringLiteral("0-1"))) {
            QVERIFY(text.contains(u"<v>" + record.id + u"</v>")); // numbers stay numbers
            const QString email = record.values.value(QStringLiteral("email"));
            if (!email.isEmpty())
                QVERIFY2(text.contains(u'>' + xmlEscaped(email) + u'<'), qPrintable(email));
        }
        QVERIFY(text.contains(QStringLiteral(">Create Date<")));
    }

    void deterministicFiles_data()
    {
        QTest::addColumn<es::FileFormat>("format");
        QTest::newRow("CSV") << es::FileFormat::Csv;
        QTest::newRow("XLSX") << es::FileFormat::Xlsx;
        QTest::newRow("XLS") << es::FileFormat::Xls;
    }

    void deterministicFiles()
    {
        QFETCH(es::FileFormat, format);
        const es::ExportRequest request = contactsRequest(format);
        RenderOptions options;
        options.outputDir = m_dir.path();
        const Dataset a(DatasetOptions{21, 300, 40, 10, 10, 10});
        const Dataset b(DatasetOptions{21, 300, 40, 10, 10, 10});
        const Dataset c(DatasetOptions{22, 300, 40, 10, 10, 10});
        const RenderResult first = renderExport(a, request, options, QStringLiteral("det-a"));
        const RenderResult again = renderExport(a, request, options, QStringLiteral("det-a2"));
        const RenderResult second = renderExport(b, request, options, QStringLiteral("det-b"));
        const RenderResult other = renderExport(c, request, options, QStringLiteral("det-c"));
        QVERIFY(first.ok() && second.ok() && other.ok());
        QCOMPARE(again.file.sha256Hex, first.file.sha256Hex);
        QCOMPARE(second.file.sha256Hex, first.file.sha256Hex);
        QCOMPARE(readAll(second.file.path), readAll(first.file.path));
        QVERIFY(other.file.sha256Hex != first.file.sha256Hex);
        // Zipped output too.
        options.zipThreshold = 100;
        if (format == es::FileFormat::Csv) {
            const RenderResult z1 = renderExport(a, request, options, QStringLiteral("det-z1"));
            const RenderResult z2 = renderExport(b, request, options, QStringLiteral("det-z2"));
            QVERIFY(z1.file.zipped);
            QCOMPARE(z2.file.sha256Hex, z1.file.sha256Hex);
        }
    }

    void csvOverThresholdIsZipped()
    {
        const es::ExportRequest request = contactsRequest(es::FileFormat::Csv);
        const RenderResult plain = render(request, QStringLiteral("plain"));
        RenderOptions options;
        options.zipThreshold = plain.file.size - 1;
        const RenderResult zipped = render(request, QStringLiteral("zipped"), options);
        QVERIFY(zipped.ok());
        QVERIFY(zipped.file.zipped);
        QCOMPARE(zipped.file.fileName, QStringLiteral("All-contacts.zip"));
        QCOMPARE(zipped.file.contentType, QByteArray("application/zip"));
        QCOMPARE(zipped.file.fileCount, 1);
        QCOMPARE(zipped.file.recordCount, 500);
        const QList<ZipEntry> entries = readZip(zipped.file.path);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().name, QStringLiteral("All-contacts.csv"));
        QVERIFY(entries.first().readOk);
        QCOMPARE(entries.first().data, readAll(plain.file.path));
        QVERIFY(zipped.file.size < plain.file.size);

        options.zipThreshold = plain.file.size; // not above: stays plain
        QVERIFY(!render(request, QStringLiteral("notzipped"), options).file.zipped);
        // XLSX and XLS are never wrapped for size alone.
        options.zipThreshold = 10;
        QVERIFY(!render(contactsRequest(es::FileFormat::Xlsx), QStringLiteral("xlsxsmall"), options)
                     .file.zipped);
    }

    void rowCapSplitsIntoSeveralFiles_data()
    {
        QTest::addColumn<es::FileFormat>("format");
        QTest::addColumn<int>("cap");
        QTest::addColumn<int>("files");
        QTest::newRow("CSV") << es::FileFormat::Csv << 120 << 5;
        QTest::newRow("XLSX") << es::FileFormat::Xlsx << 250 << 2;
        QTest::newRow("XLS") << es::FileFormat::Xls << 200 << 3;
    }

    void rowCapSplitsIntoSeveralFiles()
    {
        QFETCH(es::FileFormat, format);
        QFETCH(int, cap);
        QFETCH(int, files);
        RenderOptions options;
        options.rowCap = cap;
        options.xlsRowCap = format == es::FileFormat::Xls ? cap : 65535;
        if (format == es::FileFormat::Xls)
            options.rowCap = 1; // the XLS cap applies to XLS, not the general one
        const es::ExportRequest request = contactsRequest(format);
        const RenderResult result = render(request, QStringLiteral("split"), options);
        QVERIFY(result.ok());
        QVERIFY(result.file.zipped);
        QCOMPARE(result.file.fileCount, files);
        QCOMPARE(result.file.fileName, QStringLiteral("All-contacts.zip"));
        const QList<ZipEntry> entries = readZip(result.file.path);
        QCOMPARE(entries.size(), files);
        const QString suffix = format == es::FileFormat::Csv    ? QStringLiteral("csv")
                               : format == es::FileFormat::Xlsx ? QStringLiteral("xlsx")
                                                                : QStringLiteral("xls");
        qsizetype total = 0;
        QStringList firstColumn;
        for (int i = 0; i < files; ++i) {
            QCOMPARE(entries[i].name, QStringLiteral("All-contacts-%1.%2").arg(i + 1).arg(suffix));
            QVERIFY(entries[i].readOk);
            Table table;
            if (format == es::FileFormat::Csv) {
                table = parseCsv(entries[i].data);
            } else if (format == es::FileFormat::Xls) {
                const QString path = m_dir.filePath(QStringLiteral("part.xls"));
                QFile out(path);
                QVERIFY(out.open(QIODevice::WriteOnly));
                out.write(entries[i].data);
                out.close();
                QString problem;
                table = readXls(path, &problem);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
            } else {
                const QString path = m_dir.filePath(QStringLiteral("part.xlsx"));
                QFile out(path);
                QVERIFY(out.open(QIODevice::WriteOnly));
                out.write(entries[i].data);
                out.close();
                for (const ZipEntry &inner : readZip(path)) {
                    if (inner.name == u"xl/worksheets/sheet1.xml")
                        table = Table(inner.data.count("<row "));
                }
            }
            QVERIFY(table.size() >= 2);
            if (format != es::FileFormat::Xlsx) {
                QCOMPARE(table.first().value(1),
                         QStringLiteral("Email")); // every part has the header
                for (qsizetype r = 1; r < table.size(); ++r)
                    firstColumn.append(table[r].value(0));
            }
            total += table.size() - 1;
            QVERIFY(table.size() - 1 <= cap);
        }
        QCOMPARE(total, qsizetype(500));
        if (!firstColumn.isEmpty())
            QCOMPARE(firstColumn.size(), 500);
    }

    void emptySelectionStillHasHeader()
    {
        es::ExportRequest request;
        request.exportType = es::ExportType::List;
        request.objectType = QStringLiteral("CONTACT");
        request.objectProperties = {QStringLiteral("email")};
        request.listId = QStringLiteral("104");
        const RenderResult result = render(request, QStringLiteral("empty"));
        QVERIFY(result.ok());
        QCOMPARE(result.file.recordCount, 0);
        QCOMPARE(readAll(result.file.path), QByteArray("Email\r\n"));
    }

    void errorsWriteNothing()
    {
        es::ExportRequest request = contactsRequest(es::FileFormat::Csv);
        request.objectProperties.append(QStringLiteral("nope"));
        const int before = int(QDir(m_dir.path()).entryList(QDir::Files).size());
        const RenderResult result = render(request, QStringLiteral("bad"));
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.first().in, QStringLiteral("objectProperties[9]"));
        QCOMPARE(int(QDir(m_dir.path()).entryList(QDir::Files).size()), before);
        request.objectProperties.clear();
        QCOMPARE(render(request, QStringLiteral("bad2")).errors.first().in,
                 QStringLiteral("objectProperties"));
    }

    void badZips()
    {
        const QString dir = m_dir.path();
        {
            const RenderedExport file =
                writeBadZip(BadZipKind::PathTraversal, dir, QStringLiteral("b1"));
            const QList<ZipEntry> entries = readZip(file.path);
            QCOMPARE(entries.size(), 2);
            QCOMPARE(entries[1].name, QStringLiteral("../escape.txt"));
            QCOMPARE(
                file.sha256Hex,
                QCryptographicHash::hash(readAll(file.path), QCryptographicHash::Sha256).toHex());
        }
        {
            const RenderedExport file =
                writeBadZip(BadZipKind::AbsolutePath, dir, QStringLiteral("b2"));
            const QList<ZipEntry> entries = readZip(file.path);
            QCOMPARE(entries.size(), 2);
            QCOMPARE(entries[1].name, QStringLiteral("/tmp/escape.txt"));
        }
        {
            const RenderedExport file = writeBadZip(BadZipKind::Symlink, dir, QStringLiteral("b3"));
            const QList<ZipEntry> entries = readZip(file.path);
            QCOMPARE(entries.size(), 2);
            QCOMPARE((entries[1].externalAttributes >> 16) & 0170000, 0120000u);
            QCOMPARE(entries[1].data, QByteArray("/etc/passwd"));
        }
        {
            const RenderedExport file = writeBadZip(BadZipKind::Bomb, dir, QStringLiteral("b4"));
            QVERIFY(file.size < qint64{512} * 1024);
            const QList<ZipEntry> entries = readZip(file.path, false);
            QCOMPARE(entries.size(), 1);
            QCOMPARE(entries[0].size, quint64(200) << 20);
            QVERIFY2(entries[0].size / entries[0].compressed > 1000,
                     qPrintable(QString::number(entries[0].size / entries[0].compressed)));
            // It really inflates to that many zeros, with the right CRC.
            unzFile zip = unzOpen64(QFile::encodeName(file.path).constData());
            QVERIFY(zip && unzGoToFirstFile(zip) == UNZ_OK && unzOpenCurrentFile(zip) == UNZ_OK);
            QByteArray buffer(1 << 20, Qt::Uninitialized);
            quint64 total = 0;
            bool zeros = true;
            int n;
            while ((n = unzReadCurrentFile(zip, buffer.data(), unsigned(buffer.size()))) > 0) {
                total += quint64(n);
                zeros = zeros && buffer.left(n).count('\0') == n;
            }
            QCOMPARE(n, 0);
            QCOMPARE(unzCloseCurrentFile(zip), UNZ_OK);
            unzClose(zip);
            QCOMPARE(total, quint64(200) << 20);
            QVERIFY(zeros);
        }
        {
            const RenderedExport file = writeBadZip(BadZipKind::Corrupt, dir, QStringLiteral("b5"));
            QVERIFY(readAll(file.path).startsWith("PK\x03\x04"));
            bool opened = true;
            const QList<ZipEntry> entries = readZip(file.path, true, &opened);
            bool anyGood = false;
            for (const ZipEntry &entry : entries)
                anyGood = anyGood || entry.readOk;
            QVERIFY(!anyGood);
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxRender)
#include "tst_sandboxrender.moc"
