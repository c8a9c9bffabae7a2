#include "core/io/importer.h"

#include "core/actions/followup.h"
#include "core/common/clock.h"
#include "core/common/text.h"
#include "core/common/timeutil.h"
#include "core/customers/customerfields.h"
#include "core/customers/customerrepository.h"
#include "core/customers/customertags.h"
#include "core/interactions/interactionbatch.h"
#include "core/interactions/interactionrepository.h"
#include "core/io/csv.h"
#include "core/io/privatefile.h"
#include "core/journeys/journeyrepository.h"
#include "core/metrics/dailysums.h"
#include "core/storage/bulkload.h"
#include "core/storage/database.h"
#include "core/storage/sqlutil.h"
#include "core/surveys/displaylogic.h"
#include "core/surveys/responserepository.h"
#include "core/surveys/surveyrepository.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>
#include <cmath>
#include <memory>

namespace cx {

// Where an import spends its time: QT_LOGGING_RULES="cxdesk.import.debug=true".
Q_LOGGING_CATEGORY(lcImport, "cxdesk.import", QtWarningMsg)

namespace {

constexpr int kMaxProblems = 1000;
// Interactions sent to a server at once: few round trips, and those that
// wait held in a few megabytes.
constexpr qint64 kBatchRows = 20000;

struct FieldSpec
{
    const char* name;
    bool required;
};
const FieldSpec kCustomerFields[] = {{"external_id", true},   {"name", true},
                                     {"email", false},        {"phone", false},
                                     {"segment", false},      {"first_contact_on", false},
                                     {"converted_on", false}, {"churned_on", false},
                                     {"notes", false},        {"tags", false}};
const FieldSpec kResponseFields[] = {{"uuid", false},
                                     {"submitted_at", true},
                                     {"customer_external_id", false},
                                     {"channel", false},
                                     {"source", false}};
const FieldSpec kInteractionFields[] = {
    {"uuid", false},        {"occurred_at", true},   {"customer_external_id", false},
    {"channel", false},     {"touchpoint", false},   {"kind", false},
    {"outcome", false},     {"staff_rating", false}, {"customer_rating", false},
    {"resolved_at", false}, {"notes", false}};

// Namespace of the uuids derived from a row's content (fixed forever: re-imports must match).
const QUuid kRowNamespace(QStringLiteral("{6f1c2b0e-5d7a-4c1e-9a63-2b8f0d4e7c51}"));

// Records from a CSV file, or from a JSON array of objects (the offline
// exchange file): the first record is the header, the line of a JSON record
// is its place in the array.
class RecordSource
{
public:
    bool open(const QString& path, QString* error)
    {
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly)) {
            QByteArray start = probe.read(64).trimmed();
            if (start.startsWith("\xEF\xBB\xBF"))
                start = start.mid(3).trimmed();
            m_json = start.startsWith('[');
        }
        if (!m_json)
            return m_csv.open(path, error);
        probe.seek(0);
        QJsonParseError parse;
        const QJsonDocument doc = QJsonDocument::fromJson(probe.readAll(), &parse);
        if (parse.error != QJsonParseError::NoError || !doc.isArray()) {
            *error = Text::tr("%1: not a JSON array of records (%2 at character %3)")
                         .arg(path, parse.errorString())
                         .arg(parse.offset);
            return false;
        }
        m_array = doc.array();
        for (const QJsonValue& v : std::as_const(m_array))
            for (const QString& key : v.toObject().keys())
                if (!m_header.contains(key))
                    m_header << key;
        return true;
    }
    bool next(QStringList* cells, qint64* line)
    {
        if (!m_json)
            return m_csv.next(cells, line);
        if (m_index > m_array.size())
            return false;
        *line = m_index; // the header is record 0
        if (m_index++ == 0) {
            *cells = m_header;
            return true;
        }
        const QJsonObject o = m_array.at(m_index - 2).toObject();
        cells->clear();
        for (const QString& key : std::as_const(m_header)) {
            const QJsonValue v = o.value(key);
            cells->append(v.isDouble() ? QString::number(v.toDouble(), 'g', 15)
                          : v.isBool() ? QString::number(int(v.toBool()))
                                       : v.toString());
        }
        return true;
    }
    QString error() const { return m_json ? QString() : m_csv.error(); }
    bool isWindows1252() const { return !m_json && m_csv.isWindows1252(); }
    // The encoding a file written for the same spreadsheet should have: the
    // input's, with UTF-8 marked as such (without its mark a spreadsheet reads
    // UTF-8 as the system's code page).
    TextEncoding spreadsheetEncoding() const
    {
        const TextEncoding e = m_json ? TextEncoding::Utf8 : m_csv.encoding();
        return e == TextEncoding::Utf8 ? TextEncoding::Utf8Bom : e;
    }
    QChar separator() const { return m_json ? QLatin1Char(',') : m_csv.separator(); }

private:
    bool m_json = false;
    CsvReader m_csv;
    QJsonArray m_array;
    QStringList m_header;
    qsizetype m_index = 0;
};

// One row's values by field, and what is wrong with it.
// The column of a built-in field, found by its name without building a QString.
struct FieldColumn
{
    const char* name;
    int column; // -1: not in the file
};

// How the rows' dates with the year last (03/11/2026) are read: in one
// order for the whole file, settled the first time one is met.
struct DateReading
{
    DateOrder order = DateOrder::Unknown;
    // Finds the order (from the options or the file's rows); false: it cannot
    // be told, and the import stops.
    std::function<bool()> settle;
    bool stop = false;
};

class Row
{
public:
    Row(const QStringList& cells, const QHash<QString, int>& columns,
        const QVector<FieldColumn>& fieldColumns, const QHash<QString, QString>& headerOf,
        const QString& file, qint64 line, DateReading* dates)
        : m_cells(cells), m_columns(columns), m_fieldColumns(fieldColumns), m_headerOf(headerOf),
          m_file(file), m_line(line), m_dates(dates)
    {
    }
    // The trimmed, unguarded value; empty when the column is absent or the cell missing.
    QString value(const char* field) const { return cell(columnOf(field)); }
    QString value(const QString& field) const { return cell(m_columns.value(field, -1)); }
    bool has(const char* field) const { return columnOf(field) >= 0; }
    void problem(const char* field, const QString& what)
    {
        problem(QString(QLatin1String(field)), what);
    }
    void problem(const QString& field, const QString& what)
    {
        m_problems << Text::tr("%1:%2: column '%3': %4")
                          .arg(m_file)
                          .arg(m_line)
                          .arg(m_headerOf.value(field, field), what);
    }
    void rowProblem(const QString& what)
    {
        m_problems << Text::tr("%1:%2: %3").arg(m_file).arg(m_line).arg(what);
    }
    const QStringList& problems() const { return m_problems; }
    // v as a date, as the database and spreadsheets write it, and the time
    // of day it names (null: none). False with *why, empty when the import
    // stops because nobody can tell the order of day and month.
    bool readDate(const QString& v, QDate* d, QTime* time, QString* why)
    {
        if (v.size() == 10) { // the database's own form, the usual case, without a pattern
            *d = parseDate(v);
            if (d->isValid()) {
                if (time)
                    *time = QTime();
                return true;
            }
        }
        const DateParts p = splitDate(v);
        if (p.shape == DateParts::None) {
            *why = Text::tr("'%1' is not a date like 2026-11-03, 03.11.2026 or 03/11/2026").arg(v);
            return false;
        }
        if (p.shape == DateParts::YearLast && !m_dates->settle()) {
            m_dates->stop = true;
            why->clear();
            return false;
        }
        QString impossible;
        *d = datePartsToDate(p, m_dates->order, &impossible);
        if (!d->isValid()) {
            *why = Text::tr("'%1' is not a possible date: %2").arg(v, impossible);
            return false;
        }
        if (p.badTime) {
            *why = Text::tr("'%1' does not name a possible time of day").arg(v);
            return false;
        }
        if (time)
            *time = p.hasTime ? p.time : QTime();
        return true;
    }
    // A date field: a time after the date is allowed and dropped.
    QDate date(const QString& field)
    {
        const QString v = value(field);
        if (v.isEmpty())
            return {};
        QDate d;
        QString why;
        if (!readDate(v, &d, nullptr, &why)) {
            if (!why.isEmpty())
                problem(field, why);
            return {};
        }
        return d;
    }
    QDate date(const char* field) { return date(QString(QLatin1String(field))); }
    // A timestamp field: as the database writes it, or a date (and time) as
    // spreadsheets do, which is taken in this computer's time zone.
    QString timestamp(const char* field, bool required)
    {
        const QString v = value(field);
        if (v.isEmpty()) {
            if (required)
                problem(field, Text::tr("is empty; a date and time like 2026-03-01 14:05 or "
                                        "2026-03-01T14:05:00+01:00 is required"));
            return {};
        }
        if (isTimestamp(v))
            return v;
        QDate d;
        QTime t;
        QString why;
        if (!readDate(v, &d, &t, &why)) {
            if (splitDate(v).shape == DateParts::None)
                why = Text::tr("'%1' is not a date and time like 2026-03-01 14:05, 01.03.2026 "
                               "14:05 or 2026-03-01T14:05:00+01:00")
                          .arg(v);
            if (!why.isEmpty())
                problem(field, why);
            return {};
        }
        return formatTimestamp(QDateTime(d, t.isValid() ? t : QTime(0, 0)));
    }
    std::optional<int> rating(const char* field)
    {
        const QString v = value(field);
        if (v.isEmpty())
            return std::nullopt;
        bool ok = false;
        const int r = v.toInt(&ok);
        if (!ok || r < 1 || r > 5) {
            problem(field, Text::tr("'%1' is not a rating from 1 to 5").arg(v));
            return std::nullopt;
        }
        return r;
    }

private:
    int columnOf(const char* field) const
    {
        for (const FieldColumn& f : m_fieldColumns)
            if (qstrcmp(f.name, field) == 0)
                return f.column;
        return m_columns.value(QLatin1String(field), -1);
    }
    QString cell(int c) const
    {
        return c < 0 || c >= m_cells.size() ? QString()
                                            : CsvReader::unguard(m_cells.at(c).trimmed());
    }

    const QStringList& m_cells;
    const QHash<QString, int>& m_columns;
    const QVector<FieldColumn>& m_fieldColumns;
    const QHash<QString, QString>& m_headerOf;
    QString m_file;
    qint64 m_line;
    DateReading* m_dates;
    QStringList m_problems;
};

} // namespace

bool previewFile(const QString& path, int rows, QStringList* header, QList<QStringList>* firstRows,
                 QString* error, QList<qint64>* lines)
{
    RecordSource source;
    if (!source.open(path, error))
        return false;
    qint64 line = 0;
    if (!source.next(header, &line)) {
        *error =
            source.error().isEmpty() ? Text::tr("%1: the file is empty").arg(path) : source.error();
        return false;
    }
    firstRows->clear();
    if (lines)
        lines->clear();
    QStringList cells;
    while (firstRows->size() < rows && source.next(&cells, &line)) {
        if (cells.size() == 1 && cells.first().trimmed().isEmpty())
            continue; // a blank line, which the import skips too
        firstRows->append(cells);
        if (lines)
            lines->append(line);
    }
    return true;
}

QStringList importFields(QSqlDatabase& db, RecordKind kind, qint64 surveyId, QStringList* required)
{
    QStringList fields;
    required->clear();
    auto add = [&](const FieldSpec* specs, int n) {
        for (int i = 0; i < n; ++i) {
            fields << QLatin1String(specs[i].name);
            if (specs[i].required)
                *required << QLatin1String(specs[i].name);
        }
    };
    if (kind == RecordKind::Customers) {
        add(kCustomerFields, int(std::size(kCustomerFields)));
        for (const CustomerField& f : CustomerFields(db).list())
            fields << f.name;
    } else if (kind == RecordKind::Interactions)
        add(kInteractionFields, int(std::size(kInteractionFields)));
    else {
        add(kResponseFields, int(std::size(kResponseFields)));
        if (const auto s = SurveyRepository(db).byId(surveyId))
            for (const Question& q : s->questions) {
                fields << q.code;
                *required << q.code;
            }
    }
    return fields;
}

Importer::Importer(QSqlDatabase& db) : m_db(db) {}

bool Importer::run(const ImportOptions& o, ImportReport* report, QString* error)
{
    *report = ImportReport();
    Survey survey;
    if (o.kind == RecordKind::Responses) {
        const auto s = SurveyRepository(m_db).byId(o.surveyId);
        if (!s) {
            *error = Text::tr("responses are imported into one survey: name it (--survey UUID)");
            return false;
        }
        survey = *s;
    }
    RecordSource reader;
    if (!reader.open(o.path, error))
        return false;
    const QString file = o.path;
    if (reader.isWindows1252())
        report->notices << Text::tr("%1: not valid UTF-8; read as Windows-1252").arg(file);

    QStringList header;
    qint64 line = 0;
    if (!reader.next(&header, &line)) {
        *error = reader.error().isEmpty()
                     ? Text::tr("%1: the file is empty; a header row is required").arg(file)
                     : reader.error();
        return false;
    }
    for (QString& h : header)
        h = h.trimmed();

    // Which column holds each field: its own header, or the one --map names.
    QVector<QPair<QString, bool>> fieldList; // name, required
    // The owner's own fields of customers: a column each, headed by the field's name.
    QVector<CustomerField> customFields;
    if (o.kind == RecordKind::Customers) {
        for (const FieldSpec& f : kCustomerFields)
            fieldList.push_back({QLatin1String(f.name), f.required});
        customFields = CustomerFields(m_db).list();
        for (const CustomerField& f : std::as_const(customFields))
            fieldList.push_back({f.name, false});
    } else if (o.kind == RecordKind::Interactions)
        for (const FieldSpec& f : kInteractionFields)
            fieldList.push_back({QLatin1String(f.name), f.required});
    else {
        for (const FieldSpec& f : kResponseFields)
            fieldList.push_back({QLatin1String(f.name), f.required});
        for (const Question& q : std::as_const(survey.questions))
            fieldList.push_back(
                {q.code, true}); // every question has its column, even if empty in rows
    }
    const int specCount = int(fieldList.size());
    QHash<QString, int> columns;
    QHash<QString, QString> headerOf;
    QSet<int> used;
    for (int s = 0; s < specCount; ++s) {
        const QString field = fieldList[s].first;
        // Mapped to nothing: the field is not read even from a column of its name.
        const QString wanted = o.map.value(field, field);
        // Headers match whatever their case: spreadsheets write "Name" as often as "name".
        int c = -1;
        for (int h = 0; h < header.size() && c < 0 && !wanted.isEmpty(); ++h)
            if (header[h].compare(wanted, Qt::CaseInsensitive) == 0)
                c = h;
        if (c >= 0) {
            columns.insert(field, c);
            headerOf.insert(field, header[c]); // messages quote the file's own header
            used.insert(c);
        } else if (fieldList[s].second) {
            *error = o.window
                         ? Text::tr("%1: no column is chosen for '%2', which every row needs; "
                                    "choose a column for '%2' in the mapping above")
                               .arg(file, o.labels.value(field, field))
                         : Text::tr("%1:1: column '%2' is missing; the header needs it (or --map "
                                    "%3=HEADER)")
                               .arg(file, wanted, field);
            return false;
        }
    }
    for (auto it = o.map.constBegin(); it != o.map.constEnd(); ++it) {
        bool known = false;
        for (int s = 0; s < specCount; ++s)
            known |= it.key() == fieldList[s].first;
        if (!known) {
            *error = Text::tr("--map %1=%2: '%1' is not a field of %3")
                         .arg(it.key(), it.value(),
                              o.kind == RecordKind::Customers      ? QStringLiteral("customers")
                              : o.kind == RecordKind::Interactions ? QStringLiteral("interactions")
                                                                   : Text::tr("these responses"));
            return false;
        }
        if (!columns.contains(it.key()) && !it.value().isEmpty()) {
            *error = Text::tr("%1:1: column '%2' (named by --map %3) is not in the header")
                         .arg(file, it.value(), it.key());
            return false;
        }
    }
    QVector<FieldColumn> fieldColumns;
    {
        const auto add = [&](const auto& specs) {
            for (const FieldSpec& f : specs)
                fieldColumns.push_back({f.name, int(columns.value(QLatin1String(f.name), -1))});
        };
        if (o.kind == RecordKind::Customers)
            add(kCustomerFields);
        else if (o.kind == RecordKind::Interactions)
            add(kInteractionFields);
        else
            add(kResponseFields);
    }
    QStringList ignored;
    for (int c = 0; c < header.size(); ++c)
        if (!used.contains(c) && !header[c].isEmpty())
            ignored << header[c];
    if (!ignored.isEmpty())
        report->notices << Text::tr("%1: ignored column%2 %3")
                               .arg(file, ignored.size() > 1 ? QStringLiteral("s") : QString(),
                                    QLatin1Char('\'') + ignored.join(QStringLiteral("', '")) +
                                        QLatin1Char('\''));

    // Rejected rows go beside the file, with the reason in an extra column,
    // readable by the owner only (they are customers' data) and in the
    // input's encoding, so the spreadsheet that wrote it opens them as it did.
    const QString rejectedPath = file + QStringLiteral(".rejected.csv");
    PrivateFile rejected(rejectedPath);
    std::unique_ptr<CsvWriter> rejectedWriter;
    if (o.skipInvalid && !o.dryRun) {
        QString why;
        if (!rejected.open(&why)) {
            *error = Text::tr("cannot write %1: %2").arg(rejectedPath, why);
            return false;
        }
        rejectedWriter = std::make_unique<CsvWriter>(rejected.device(), reader.separator(),
                                                     reader.spreadsheetEncoding());
        rejectedWriter->write(header + QStringList{QStringLiteral("reason")});
    }

    // Dates with the year last are day or month first for the whole file:
    // as the options say, else as the first row with a value above 12 shows,
    // which a look over every date of the file finds.
    QList<int> dateColumns;
    {
        QStringList dateFields{QStringLiteral("first_contact_on"), QStringLiteral("converted_on"),
                               QStringLiteral("churned_on"),       QStringLiteral("occurred_at"),
                               QStringLiteral("resolved_at"),      QStringLiteral("submitted_at")};
        for (const CustomerField& f : std::as_const(customFields))
            if (f.kind == FieldKind::Date)
                dateFields << f.name;
        for (const QString& f : std::as_const(dateFields))
            if (columns.contains(f))
                dateColumns << columns.value(f);
    }
    DateReading dates;
    QString dateError;
    bool settled = false;
    dates.settle = [&]() -> bool {
        if (settled)
            return dates.order != DateOrder::Unknown;
        settled = true;
        if (o.dateOrder == DateOrder::DayFirst || o.dateOrder == DateOrder::MonthFirst) {
            dates.order = o.dateOrder;
            report->dateOrder = o.dateOrder;
            return true;
        }
        DateOrderScan scan;
        RecordSource again;
        QStringList cells;
        qint64 at = 0;
        if (again.open(file, &dateError) && again.next(&cells, &at))
            while (again.next(&cells, &at) && !(m_cancel && m_cancel->load()))
                for (const int c : std::as_const(dateColumns))
                    scan.add(CsvReader::unguard(cells.value(c).trimmed()), at, header.value(c));
        if (!dateError.isEmpty())
            return false;
        dates.order = scan.order();
        if (dates.order != DateOrder::Unknown) {
            report->dateOrder = dates.order;
            report->dateOrderFromRows = true;
            const bool dayFirst = dates.order == DateOrder::DayFirst;
            if ((dayFirst ? scan.dayFirstLine() : scan.monthFirstLine()) == 0)
                return true; // no date reads differently either way
            report->notices << (dayFirst ? Text::tr("%1: dates are read day first, as line %2 "
                                                    "shows ('%3')")
                                         : Text::tr("%1: dates are read month first, as line "
                                                    "%2 shows ('%3')"))
                                   .arg(file)
                                   .arg(dayFirst ? scan.dayFirstLine() : scan.monthFirstLine())
                                   .arg(dayFirst ? scan.dayFirstValue() : scan.monthFirstValue());
            return true;
        }
        ImportReport::DateQuestion q;
        // A file mixing the orders may have no date that reads either way:
        // then the first that proves one is the example.
        const bool example = scan.exampleLine() > 0;
        q.line = example ? scan.exampleLine() : scan.dayFirstLine();
        q.header = example ? scan.exampleHeader() : scan.dayFirstHeader();
        q.value = example ? scan.exampleValue() : scan.dayFirstValue();
        QString impossible;
        q.dayFirst = datePartsToDate(splitDate(q.value), DateOrder::DayFirst, &impossible);
        q.monthFirst = datePartsToDate(splitDate(q.value), DateOrder::MonthFirst, &impossible);
        report->dateQuestion = q;
        const QString how =
            o.window ? Text::tr("choose how the dates are written under 'Dates' above")
                     : Text::tr("say how they are written with --date-format DMY (day first) or "
                                "--date-format MDY (month first)");
        dateError =
            scan.mixed()
                ? Text::tr("%1: some dates are written day first (line %2: '%3') and some month "
                           "first (line %4: '%5'); %6")
                      .arg(file)
                      .arg(scan.dayFirstLine())
                      .arg(scan.dayFirstValue())
                      .arg(scan.monthFirstLine())
                      .arg(scan.monthFirstValue(), how)
                : Text::tr("%1:%2: column '%3': '%4' could be day first or month first, and no "
                           "row of the file tells which; %5")
                      .arg(file)
                      .arg(q.line)
                      .arg(q.header, q.value, how);
        return false;
    };

    // One transaction holds the whole import; a page cache large enough for it
    // keeps SQLite from spilling pages to disk and reading them back (64 MiB:
    // with the index rebuild, within 200 MB). A large file goes in faster with
    // a rollback journal (see BulkWriteMode), with the table's indexes and
    // triggers suspended and rebuilt once (all inside the transaction), and
    // without SQLite's foreign-key lookups: every customer, channel and
    // touchpoint a row names is looked up (or added) below in this transaction.
    const QString table = o.kind == RecordKind::Customers      ? QStringLiteral("customers")
                          : o.kind == RecordKind::Interactions ? QStringLiteral("interactions")
                                                               : QStringLiteral("responses");
    const qint64 bytes = QFileInfo(file).size();
    bool large = !o.dryRun && bytes >= o.bulkFromBytes;
    if (large) {
        // Rebuilding an index costs about as much as the rows it holds; keeping
        // it up to date costs more per row. A record takes 64 bytes or more.
        QSqlQuery last(m_db);
        last.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM ") +
                  table); // a table name of ours
        const qint64 stored = last.next() ? last.value(0).toLongLong() : 0;
        large = bytes / 64 >= stored / 2;
    }
    const BulkWriteMode mode(
        m_db, 65536, large ? BulkWriteMode::Journal::Rollback : BulkWriteMode::Journal::Keep,
        large ? BulkWriteMode::ForeignKeys::Vouched : BulkWriteMode::ForeignKeys::Checked);
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = Text::tr("cannot write to the database: %1").arg(tx.error());
        return false;
    }
    BulkLoad bulk;
    QStringList bulkTables{table};
    if (o.kind == RecordKind::Responses)
        bulkTables << QStringLiteral("answers");
    if (o.kind == RecordKind::Customers) // their tags' and fields' indexes too
        bulkTables << QStringLiteral("customer_tags") << QStringLiteral("customer_field_values");
    if (large && !bulk.suspend(m_db, bulkTables, error))
        return false;
    CustomerRepository customers(m_db);
    CustomerTags customerTags(m_db);
    CustomerFields customerFields(m_db);
    InteractionRepository interactions(m_db);
    ResponseRepository responses(m_db);
    JourneyRepository catalog(m_db);
    // Names are matched whatever their case; the caches also hold each name as
    // the file writes it, which spares lowering it on every row.
    QHash<QString, qint64> channelIds, touchpointIds, customerIds;
    qint64 importStage = 0;
    QStringList created;

    QSqlQuery findCustomer(m_db), findResponse(m_db);
    findCustomer.prepare(QStringLiteral("SELECT id FROM customers WHERE external_id = ?"));
    findResponse.prepare(QStringLiteral("SELECT 1 FROM responses WHERE uuid = ?"));

    // Closing the loop: a detractor or a complaint from the last few days (the
    // time the business gives itself to follow one up) opens its action as if
    // it had been entered by hand; older rows are history and open none.
    FollowUp rule(m_db);
    const QString followUpFrom = clock::today().addDays(-rule.dueDays()).toString(Qt::ISODate);
    auto followUp = [&](const QString& at, const std::function<bool(qint64*)>& open) {
        qint64 action = 0;
        if (!o.dryRun && QStringView(at).left(10) >= followUpFrom && open(&action) && action)
            ++report->followUps;
    };

    auto lookup = [&](QHash<QString, qint64>& cache, QSqlQuery& q, const QString& key) -> qint64 {
        auto it = cache.constFind(key);
        if (it != cache.constEnd())
            return *it;
        q.bindValue(0, key);
        const qint64 id = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        if (id > 0)
            cache.insert(key, id);
        return id;
    };

    // The channel and the customer a row names, from every kind of record: found by
    // name or number, added with --create-missing, else the row's problem. 0: none named.
    auto resolveChannel = [&](Row& row, QString* writeError) -> qint64 {
        const QString channel = row.value("channel");
        if (channel.isEmpty())
            return 0;
        qint64 id = channelIds.value(channel);
        if (!id)
            id = channelIds.value(channel.toLower());
        if (!id) {
            if (const auto ch = catalog.channelByName(channel)) {
                id = ch->id;
            } else if (o.createMissing) {
                Channel added{0, channel};
                if (catalog.addChannel(added, writeError)) {
                    id = added.id;
                    created << Text::tr("channel '%1'").arg(channel);
                }
            } else {
                row.problem("channel",
                            (o.window ? Text::tr("no channel is named '%1' (tick “Add channels, "
                                                 "touchpoints and customers the file names” to "
                                                 "add it)")
                                      : Text::tr("no channel is named '%1' (--create-missing adds "
                                                 "it)"))
                                .arg(channel));
            }
        }
        if (id && !channelIds.contains(channel)) {
            channelIds.insert(channel, id);
            channelIds.insert(channel.toLower(), id);
        }
        return id;
    };
    auto resolveCustomer = [&](Row& row, QString* writeError) -> qint64 {
        const QString customer = row.value("customer_external_id");
        if (customer.isEmpty())
            return 0;
        qint64 id = lookup(customerIds, findCustomer, customer);
        if (!id && o.createMissing) {
            Customer c;
            c.externalId = customer;
            c.name = customer;
            if (customers.insert(c, writeError)) {
                id = c.id;
                customerIds.insert(customer, c.id);
                created << Text::tr("customer '%1'").arg(customer);
            }
        } else if (!id) {
            row.problem("customer_external_id",
                        (o.window ? Text::tr("no customer has the number '%1' (tick “Add "
                                             "channels, touchpoints and customers the file "
                                             "names” to add one)")
                                  : Text::tr("no customer has the number '%1' (--create-missing "
                                             "adds one)"))
                            .arg(customer));
        }
        return id;
    };

    // An interaction already here (imported before, or exported from here) is
    // updated when the file says something else.
    auto updateInteraction = [&](Interaction& i, QString* writeError) {
        const auto old = interactions.byUuid(i.uuid);
        i.id = old ? old->id : 0;
        i.rowVersion = old ? old->rowVersion : 0;
        const bool same = old && old->occurredAt == i.occurredAt &&
                          old->customerId == i.customerId && old->channelId == i.channelId &&
                          old->touchpointId == i.touchpointId && old->kind == i.kind &&
                          old->outcome == i.outcome && old->staffRating == i.staffRating &&
                          old->customerRating == i.customerRating &&
                          old->resolvedAt == i.resolvedAt && old->notes == i.notes;
        if (same)
            ++report->unchanged;
        else if (interactions.update(i, writeError))
            ++report->updated;
    };
    auto followUpInteraction = [&](const Interaction& i, QString* writeError) {
        followUp(i.occurredAt,
                 [&](qint64* action) { return rule.afterInteraction(i, action, writeError); });
    };
    // On a server new interactions go in by the batch (see InteractionBatch);
    // a row whose uuid waits in the batch sends the batch first, so it meets
    // the one before it as a file import would.
    std::unique_ptr<InteractionBatch> batch;
    if (o.kind == RecordKind::Interactions && !o.dryRun && InteractionBatch::pays(m_db))
        batch = std::make_unique<InteractionBatch>(m_db);
    auto flushBatch = [&](QString* writeError) {
        qint64 added = 0;
        const bool ok = batch->flush(
            [&](Interaction& i, qint64 at, QString* e) {
                updateInteraction(i, e);
                if (e->isEmpty())
                    return true;
                *e = Text::tr("%1:%2: cannot be written: %3").arg(file).arg(at).arg(*e);
                return false;
            },
            followUpFrom,
            [&](Interaction& i, qint64 at, QString* e) {
                followUpInteraction(i, e);
                if (e->isEmpty())
                    return true;
                *e = Text::tr("%1:%2: cannot be written: %3").arg(file).arg(at).arg(*e);
                return false;
            },
            &added, writeError);
        report->added += added;
        return ok;
    };

    QElapsedTimer clock;
    clock.start();
    QStringList cells;
    while (reader.next(&cells, &line)) {
        if (m_cancel && m_cancel->load()) {
            *error = Text::tr("the import was cancelled; nothing was imported");
            return false;
        }
        if (cells.size() == 1 && cells.first().trimmed().isEmpty())
            continue; // a blank line
        ++report->rows;
        if (m_progress && report->rows % 2000 == 0)
            m_progress(report->rows);
        Row row(cells, columns, fieldColumns, headerOf, file, line, &dates);
        for (int s = 0; s < specCount; ++s)
            if (columns.value(fieldList[s].first, -1) >= cells.size())
                row.problem(fieldList[s].first,
                            Text::tr("is missing from this row (%1 of %2 columns)")
                                .arg(cells.size())
                                .arg(header.size()));

        QString writeError;
        if (row.problems().isEmpty() && o.kind == RecordKind::Customers) {
            Customer c;
            c.externalId = row.value("external_id");
            c.name = row.value("name");
            if (c.externalId.isEmpty())
                row.problem("external_id", Text::tr("is empty; every customer needs one"));
            if (c.name.isEmpty())
                row.problem("name", Text::tr("is empty; every customer needs a name"));
            c.email = row.value("email");
            if (!c.email.isEmpty() && !c.email.contains(QLatin1Char('@')))
                row.problem("email", Text::tr("'%1' is not an email address").arg(c.email));
            c.phone = row.value("phone");
            c.segment = row.value("segment");
            c.firstContactOn = row.date("first_contact_on");
            c.convertedOn = row.date("converted_on");
            c.churnedOn = row.date("churned_on");
            c.notes = row.value("notes");
            if (c.churnedOn.isValid() && c.convertedOn.isValid() && c.churnedOn < c.convertedOn)
                row.problem("churned_on", Text::tr("%1 is before converted_on %2")
                                              .arg(c.churnedOn.toString(Qt::ISODate),
                                                   c.convertedOn.toString(Qt::ISODate)));
            // Tags replace the customer's when the file has the column; each
            // custom field's column replaces that field's value (empty: none).
            const bool hasTags = row.has("tags");
            const QStringList tags =
                hasTags ? CustomerTags::fromText(row.value("tags")) : QStringList();
            FieldValues given;
            for (const CustomerField& f : std::as_const(customFields)) {
                if (!columns.contains(f.name))
                    continue;
                QString stored, problem;
                QString raw = row.value(f.name);
                if (f.kind == FieldKind::Date && !raw.isEmpty() && !parseDate(raw).isValid()) {
                    const QDate d = row.date(f.name); // as spreadsheets write it
                    if (!d.isValid())
                        continue; // the row's problem already
                    raw = d.toString(Qt::ISODate);
                }
                if (CustomerFields::normalise(f.kind, raw, &stored, &problem))
                    given.insert(f.id, stored);
                else
                    row.problem(f.name, problem);
            }
            if (row.problems().isEmpty() && o.dryRun) {
                ++report->added; // a check: the row is good, and nothing is written
            } else if (row.problems().isEmpty()) {
                const qint64 id = lookup(customerIds, findCustomer, c.externalId);
                if (id > 0) {
                    const auto existing = customers.byId(id);
                    c.id = id;
                    c.uuid = existing->uuid;
                    c.rowVersion =
                        existing->rowVersion; // read in this transaction: nobody else wrote since
                    // Columns the file does not have keep what the database holds.
                    auto keep = [&](const char* field, auto& target, const auto& old) {
                        if (!row.has(field))
                            target = old;
                    };
                    keep("email", c.email, existing->email);
                    keep("phone", c.phone, existing->phone);
                    keep("segment", c.segment, existing->segment);
                    keep("first_contact_on", c.firstContactOn, existing->firstContactOn);
                    keep("converted_on", c.convertedOn, existing->convertedOn);
                    keep("churned_on", c.churnedOn, existing->churnedOn);
                    keep("notes", c.notes, existing->notes);
                    const bool same =
                        c.name == existing->name && c.email == existing->email &&
                        c.phone == existing->phone && c.segment == existing->segment &&
                        c.firstContactOn == existing->firstContactOn &&
                        c.convertedOn == existing->convertedOn &&
                        c.churnedOn == existing->churnedOn && c.notes == existing->notes;
                    const bool tagsChanged =
                        hasTags && !CustomerTags::same(customerTags.of(id), tags);
                    FieldValues values;
                    bool valuesChanged = false;
                    if (!given.isEmpty()) {
                        const FieldValues stored = customerFields.values(id);
                        values = stored;
                        for (auto it = given.constBegin(); it != given.constEnd(); ++it)
                            if (it.value().isEmpty())
                                values.remove(it.key());
                            else
                                values.insert(it.key(), it.value());
                        valuesChanged = values != stored;
                    }
                    // Tags and values count as a change of the customer:
                    // its version rises, so a profile open elsewhere sees it.
                    if (same && !tagsChanged && !valuesChanged)
                        ++report->unchanged;
                    else if (customers.update(c, &writeError) &&
                             (!tagsChanged || customerTags.set(id, tags, &writeError)) &&
                             (!valuesChanged || customerFields.setValues(id, values, &writeError)))
                        ++report->updated;
                } else if (customers.insert(c, &writeError) &&
                           (tags.isEmpty() || customerTags.add(c.id, tags, &writeError)) &&
                           (given.isEmpty() ||
                            customerFields.addValues(c.id, given, &writeError))) {
                    customerIds.insert(c.externalId, c.id);
                    ++report->added;
                }
            }
        } else if (row.problems().isEmpty() && o.kind == RecordKind::Responses) {
            Response r;
            r.surveyId = survey.id;
            r.submittedAt = row.timestamp("submitted_at", true);
            const QString source = row.value("source");
            r.source = ResponseSource::Import;
            if (!source.isEmpty()) {
                if (const auto given = responseSourceFromName(source))
                    r.source = *given;
                else
                    row.problem("source",
                                Text::tr("'%1' is not one of kiosk, paper, import, manual")
                                    .arg(source.toLower()));
            }
            r.uuid = row.value("uuid").toLower();
            if (!r.uuid.isEmpty() && QUuid::fromString(r.uuid).isNull())
                row.problem("uuid", Text::tr("'%1' is not a UUID").arg(r.uuid));
            r.channelId = resolveChannel(row, &writeError);
            r.customerId = resolveCustomer(row, &writeError);
            QStringList canonical{survey.uuid, r.submittedAt, row.value("customer_external_id"),
                                  row.value("channel")};
            QHash<QString, QVariant> given; // the answers so far, for display logic
            for (const Question& q : std::as_const(survey.questions)) {
                const QString v = row.value(q.code);
                canonical << v;
                given.insert(q.code, v);
                if (v.isEmpty()) {
                    // A question the display logic skipped was never asked: empty is its answer.
                    if (q.required && isShown(q, given))
                        row.problem(q.code, Text::tr("is empty; the question is required"));
                    continue;
                }
                int min = 0, max = 0;
                if (questionKindScale(q.kind, &min, &max)) {
                    bool ok = false;
                    double n = v.toDouble(&ok);
                    if (!ok && q.kind == QuestionKind::YesNo) {
                        const QString l = v.toLower();
                        ok = l == QLatin1String("yes") || l == QLatin1String("no");
                        n = l == QLatin1String("yes") ? 1 : 0;
                    }
                    if (!ok || n != std::floor(n) || n < min || n > max)
                        row.problem(
                            q.code,
                            Text::tr("'%1' is not a whole number from %2 to %3 (a %4 answer)")
                                .arg(v)
                                .arg(min)
                                .arg(max)
                                .arg(questionKindName(q.kind)));
                    else
                        r.answers.push_back({q.id, n, {}});
                } else if (q.kind == QuestionKind::Single || q.kind == QuestionKind::Multi) {
                    const QStringList picked =
                        q.kind == QuestionKind::Multi ? v.split(QLatin1Char(';')) : QStringList{v};
                    QStringList clean;
                    for (const QString& label : picked) {
                        if (!q.options.contains(label.trimmed()))
                            row.problem(q.code, Text::tr("'%1' is not one of its options: %2")
                                                    .arg(label.trimmed(),
                                                         q.options.join(QStringLiteral(", "))));
                        clean << label.trimmed();
                    }
                    r.answers.push_back({q.id, std::nullopt, clean.join(QLatin1Char(';'))});
                } else {
                    r.answers.push_back({q.id, std::nullopt, v});
                }
            }
            if (row.problems().isEmpty()) {
                if (r.uuid.isEmpty())
                    r.uuid = QUuid::createUuidV5(kRowNamespace, canonical.join(QChar(0x1F)))
                                 .toString(QUuid::WithoutBraces);
                findResponse.bindValue(0, r.uuid);
                const bool stored = !o.dryRun && findResponse.exec() && findResponse.next();
                findResponse.finish();
                // A response is what someone said once: one already here stays as it is.
                if (stored) {
                    ++report->unchanged;
                } else if (o.dryRun) {
                    ++report->added; // a check: the row is good, and nothing is written
                } else if (responses.insert(r, &writeError)) {
                    ++report->added;
                    followUp(r.submittedAt, [&](qint64* action) {
                        return rule.afterResponse(r, action, &writeError);
                    });
                }
            }
        } else if (row.problems().isEmpty()) {
            Interaction i;
            i.occurredAt = row.timestamp("occurred_at", true);
            i.resolvedAt = row.timestamp("resolved_at", false);
            i.kind = row.value("kind").toLower();
            i.outcome = row.value("outcome");
            i.notes = row.value("notes");
            i.staffRating = row.rating("staff_rating");
            i.customerRating = row.rating("customer_rating");
            i.uuid = row.value("uuid");
            if (!i.uuid.isEmpty() && QUuid::fromString(i.uuid).isNull())
                row.problem("uuid", Text::tr("'%1' is not a UUID").arg(i.uuid));
            i.channelId = resolveChannel(row, &writeError);
            const QString channel = row.value("channel");
            const QString touchpoint = row.value("touchpoint");
            if (!touchpoint.isEmpty()) {
                i.touchpointId = touchpointIds.value(touchpoint);
                if (!i.touchpointId)
                    i.touchpointId = touchpointIds.value(touchpoint.toLower());
                if (!i.touchpointId) {
                    if (const auto tp = catalog.touchpointByName(touchpoint)) {
                        i.touchpointId = tp->id;
                    } else if (o.createMissing) {
                        if (!importStage) {
                            // New touchpoints wait on an "Imported" journey until they are placed
                            // on the map.
                            Journey j;
                            j.name = Text::tr("Imported touchpoints");
                            j.description = Text::tr("Touchpoints named by imported files; move "
                                                     "them to their journeys.");
                            Stage s;
                            s.name = Text::tr("To place");
                            if (catalog.addJourney(j, &writeError) && (s.journeyId = j.id) &&
                                catalog.addStage(s, &writeError))
                                importStage = s.id;
                        }
                        Touchpoint added;
                        added.stageId = importStage;
                        added.channelId = i.channelId;
                        added.name = touchpoint;
                        if (importStage && catalog.addTouchpoint(added, &writeError)) {
                            i.touchpointId = added.id;
                            created << Text::tr("touchpoint '%1'").arg(touchpoint);
                        }
                    } else {
                        row.problem("touchpoint",
                                    (o.window
                                         ? Text::tr("no touchpoint is named '%1' (tick “Add "
                                                    "channels, touchpoints and customers the file "
                                                    "names” to add it)")
                                         : Text::tr("no touchpoint is named '%1' (--create-missing "
                                                    "adds it)"))
                                        .arg(touchpoint));
                    }
                }
                if (i.touchpointId && !touchpointIds.contains(touchpoint)) {
                    touchpointIds.insert(touchpoint, i.touchpointId);
                    touchpointIds.insert(touchpoint.toLower(), i.touchpointId);
                }
            }
            i.customerId = resolveCustomer(row, &writeError);
            const QString customer = row.value("customer_external_id");
            if (row.problems().isEmpty()) {
                const QString invalid = InteractionRepository::validate(i);
                if (!invalid.isEmpty())
                    row.rowProblem(invalid);
            }
            if (row.problems().isEmpty()) {
                if (i.uuid.isEmpty()) {
                    // No uuid: one derived from the content, so the same row imports once.
                    const QString canonical = QStringList{i.occurredAt,
                                                          customer,
                                                          channel,
                                                          touchpoint,
                                                          i.kind,
                                                          i.outcome,
                                                          row.value("staff_rating"),
                                                          row.value("customer_rating"),
                                                          i.resolvedAt,
                                                          i.notes}
                                                  .join(QChar(0x1F));
                    i.uuid = QUuid::createUuidV5(kRowNamespace, canonical)
                                 .toString(QUuid::WithoutBraces);
                }
                i.uuid = i.uuid.toLower();
                bool inserted = false;
                if (o.dryRun) {
                    ++report->added; // a check: the row is good, and nothing is written
                } else if (batch && !batch->holds(i.uuid)) {
                    if (batch->add(i, line, &writeError) && batch->pending() >= kBatchRows)
                        static_cast<void>(flushBatch(&writeError));
                } else if (batch) {
                    // The same interaction earlier in the file: it meets that one
                    // as stored, as row by row (without spending a number on it).
                    if (flushBatch(&writeError))
                        updateInteraction(i, &writeError);
                } else if (interactions.insertNew(i, &inserted, &writeError) && inserted) {
                    ++report->added;
                    followUpInteraction(i, &writeError);
                } else if (writeError.isEmpty()) {
                    updateInteraction(i, &writeError);
                }
            }
        }
        if (dates.stop) {
            *error = dateError;
            return false;
        }
        if (!writeError.isEmpty()) {
            *error = Text::tr("%1:%2: cannot be written: %3").arg(file).arg(line).arg(writeError);
            return false;
        }
        if (!row.problems().isEmpty()) {
            ++report->rejected;
            for (const QString& p : row.problems()) {
                if (report->problems.size() < kMaxProblems) {
                    report->problems << p;
                    report->problemLines << line;
                }
                ++report->problemCount;
            }
            if (rejectedWriter)
                rejectedWriter->write(cells +
                                      QStringList{row.problems().join(QStringLiteral("; "))});
        }
    }
    if (!reader.error().isEmpty()) {
        *error = reader.error();
        return false;
    }
    if (batch && !flushBatch(error))
        return false;
    created.removeDuplicates();
    if (!created.isEmpty())
        report->notices << Text::tr("created %1").arg(created.join(QStringLiteral(", ")));
    if (o.dryRun || (report->problemCount > 0 && !o.skipInvalid)) {
        tx.rollback(); // checked only, or all or nothing
        return true;
    }
    if (rejectedWriter) {
        if (report->rejected > 0) {
            QString why;
            if (!rejected.commit(&why)) {
                *error = Text::tr("cannot write %1: %2").arg(rejectedPath, why);
                return false;
            }
            report->rejectedFile = rejectedPath;
        } else {
            rejected.cancel();
        }
    }
    const qint64 rowsMs = clock.restart();
    if (large && !bulk.restore(m_db, error))
        return false;
    const qint64 rebuildMs = clock.restart();
    if (!tx.commit(error))
        return false;
    qCDebug(lcImport) << report->rows << "rows read and written in" << rowsMs
                      << "ms, indexes and sums rebuilt in" << rebuildMs << "ms, committed in"
                      << clock.elapsed() << "ms";
    return true;
}

} // namespace cx
