#include "core/io/exporter.h"

#include "core/common/text.h"
#include "core/customers/customerfields.h"
#include "core/io/csv.h"
#include "core/storage/sqlutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace cx {

namespace {

struct Column
{
    const char* header;
    bool numeric; // never formula-guarded; a number in JSON
};

const Column kCustomerColumns[] = {{"external_id", false}, {"name", false},
                                   {"email", false},       {"phone", false},
                                   {"segment", false},     {"first_contact_on", true},
                                   {"converted_on", true}, {"churned_on", true},
                                   {"notes", false},       {"tags", false}};
const Column kInteractionColumns[] = {
    {"uuid", true},        {"occurred_at", true},  {"customer_external_id", false},
    {"channel", false},    {"touchpoint", false},  {"kind", false},
    {"outcome", false},    {"staff_rating", true}, {"customer_rating", true},
    {"resolved_at", true}, {"notes", false}};
const Column kResponseColumns[] = {{"uuid", true},
                                   {"submitted_at", true},
                                   {"customer_external_id", false},
                                   {"channel", false},
                                   {"source", false}};

struct Layout
{
    QStringList headers;
    QList<bool> numeric;
};

template <size_t N> Layout layoutOf(const Column (&columns)[N])
{
    Layout l;
    for (const Column& c : columns) {
        l.headers << QLatin1String(c.header);
        l.numeric << c.numeric;
    }
    return l;
}

// Writes rows as CSV or as a JSON array of objects, one row at a time.
class Sink
{
public:
    Sink(QIODevice* out, FileFormat format, Layout layout)
        : m_out(out), m_format(format), m_layout(std::move(layout)), m_csv(out)
    {
    }
    bool begin()
    {
        return m_format == FileFormat::Csv ? m_csv.write(m_layout.headers)
                                           : m_out->write("[\n") >= 0;
    }
    bool row(const QVariantList& values)
    {
        if (m_format == FileFormat::Csv) {
            QStringList cells;
            for (const QVariant& v : values)
                cells << (v.isNull() ? QString() : v.toString());
            return m_csv.write(cells, m_layout.numeric);
        }
        QJsonObject o;
        for (int i = 0; i < m_layout.headers.size(); ++i) {
            const QVariant& v = values.value(i);
            if (v.isNull())
                o.insert(m_layout.headers[i], QJsonValue::Null);
            else if (m_layout.numeric.value(i) &&
                     (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Double ||
                      v.typeId() == QMetaType::Int))
                o.insert(m_layout.headers[i], v.toDouble());
            else
                o.insert(m_layout.headers[i], v.toString());
        }
        QByteArray line = m_rows++ ? QByteArray(",\n") : QByteArray();
        line += QJsonDocument(o).toJson(QJsonDocument::Compact);
        return m_out->write(line) >= 0;
    }
    bool end()
    {
        return m_format == FileFormat::Csv || m_out->write(m_rows ? "\n]\n" : "]\n") >= 0;
    }

private:
    QIODevice* m_out;
    FileFormat m_format;
    Layout m_layout;
    CsvWriter m_csv;
    qint64 m_rows = 0;
};

} // namespace

bool recordKindFromName(const QString& name, RecordKind* kind)
{
    if (name == QLatin1String("customers"))
        *kind = RecordKind::Customers;
    else if (name == QLatin1String("interactions"))
        *kind = RecordKind::Interactions;
    else if (name == QLatin1String("responses"))
        *kind = RecordKind::Responses;
    else
        return false;
    return true;
}

Exporter::Exporter(QSqlDatabase& db) : m_db(db) {}

QStringList Exporter::headers(RecordKind kind, qint64 surveyId)
{
    switch (kind) {
    case RecordKind::Customers: {
        QStringList h = layoutOf(kCustomerColumns).headers;
        for (const CustomerField& f : CustomerFields(m_db).list())
            h << f.name;
        return h;
    }
    case RecordKind::Interactions:
        return layoutOf(kInteractionColumns).headers;
    case RecordKind::Responses: {
        QStringList h = layoutOf(kResponseColumns).headers;
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("SELECT code FROM questions WHERE survey_id = ? ORDER BY position, id"));
        q.addBindValue(surveyId);
        q.exec();
        while (q.next())
            h << q.value(0).toString();
        return h;
    }
    }
    return {};
}

bool Exporter::write(RecordKind kind, FileFormat format, qint64 surveyId, QIODevice* out,
                     qint64* count, QString* error)
{
    *count = 0;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    Layout layout;
    int fixedColumns = 0;
    QVector<qint64> questionIds;
    switch (kind) {
    case RecordKind::Customers: {
        layout = layoutOf(kCustomerColumns);
        // The tags in one cell, and a column per custom field headed by its
        // name, each read from its table's key by the customer's id.
        QString select =
            QStringLiteral(
                "SELECT external_id, name, email, phone, segment, first_contact_on, converted_on, "
                "churned_on, notes, (SELECT %1 FROM (SELECT tag FROM "
                "customer_tags WHERE customer_id = customers.id ORDER BY tag) t)")
                .arg(sql::groupConcat(m_db, QStringLiteral("tag"), QStringLiteral("';'"),
                                      QStringLiteral("tag")));
        const QVector<CustomerField> fields = CustomerFields(m_db).list();
        for (const CustomerField& f : fields) {
            layout.headers << f.name;
            layout.numeric << false;
            select += QStringLiteral(", (SELECT value FROM customer_field_values WHERE "
                                     "customer_id = customers.id AND field_id = ?)");
        }
        q.prepare(select + QStringLiteral(" FROM customers ORDER BY id"));
        for (const CustomerField& f : fields)
            q.addBindValue(f.id);
        break;
    }
    case RecordKind::Interactions:
        layout = layoutOf(kInteractionColumns);
        q.prepare(QStringLiteral(
            "SELECT i.uuid, i.occurred_at, c.external_id, ch.name, t.name, i.kind, i.outcome, "
            "i.staff_rating, i.customer_rating, i.resolved_at, i.notes FROM interactions i "
            "LEFT JOIN customers c ON c.id = i.customer_id LEFT JOIN channels ch ON ch.id = "
            "i.channel_id "
            "LEFT JOIN touchpoints t ON t.id = i.touchpoint_id ORDER BY i.id"));
        break;
    case RecordKind::Responses: {
        if (surveyId <= 0) {
            *error =
                Text::tr("responses are exported one survey at a time: name it with --survey UUID");
            return false;
        }
        layout = layoutOf(kResponseColumns);
        fixedColumns = int(layout.headers.size());
        QSqlQuery qs(m_db);
        qs.prepare(QStringLiteral(
            "SELECT id, code, kind FROM questions WHERE survey_id = ? ORDER BY position, id"));
        qs.addBindValue(surveyId);
        qs.exec();
        while (qs.next()) {
            questionIds << qs.value(0).toLongLong();
            layout.headers << qs.value(1).toString();
            const QString k = qs.value(2).toString();
            layout.numeric << (k == QLatin1String("nps") || k == QLatin1String("csat") ||
                               k == QLatin1String("ces") || k == QLatin1String("rating") ||
                               k == QLatin1String("yesno"));
        }
        // One row per response with its answers in question order (answers are stored with their
        // response).
        q.prepare(QStringLiteral(
            "SELECT r.id, r.uuid, r.submitted_at, c.external_id, ch.name, r.source, "
            "a.question_id, a.value_num, a.value_text FROM responses r "
            "LEFT JOIN customers c ON c.id = r.customer_id LEFT JOIN channels ch ON ch.id = "
            "r.channel_id "
            "LEFT JOIN answers a ON a.response_id = r.id WHERE r.survey_id = ? ORDER BY r.id"));
        q.addBindValue(surveyId);
        break;
    }
    }
    if (!q.exec()) {
        *error = Text::tr("cannot read the records: %1").arg(sql::errorText(q));
        return false;
    }
    Sink sink(out, format, layout);
    if (!sink.begin())
        return false;
    if (kind != RecordKind::Responses) {
        const int columns = int(layout.headers.size());
        while (q.next()) {
            QVariantList row;
            row.reserve(columns);
            for (int c = 0; c < columns; ++c)
                row << q.value(c);
            if (!sink.row(row)) {
                *error = Text::tr("cannot write: %1").arg(out->errorString());
                return false;
            }
            ++*count;
        }
        return sink.end();
    }
    qint64 current = -1;
    QVariantList row;
    auto flush = [&] {
        if (current < 0)
            return true;
        ++*count;
        return sink.row(row);
    };
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != current) {
            if (!flush())
                return false;
            current = id;
            row = {q.value(1), q.value(2), q.value(3), q.value(4), q.value(5)};
            for (int i = 0; i < questionIds.size(); ++i)
                row << QVariant();
        }
        const int index = int(questionIds.indexOf(q.value(6).toLongLong()));
        if (index >= 0) {
            const QVariant num = q.value(7);
            // Whole numbers are written without a decimal point.
            row[fixedColumns + index] = !num.isNull()
                                            ? (num.toDouble() == double(qint64(num.toDouble()))
                                                   ? QVariant(qint64(num.toDouble()))
                                                   : num)
                                            : q.value(8);
        }
    }
    if (!flush())
        return false;
    return sink.end();
}

} // namespace cx
