#include "core/storage/copy.h"

#include "core/common/text.h"
#include "core/storage/changewatcher.h"
#include "core/storage/database.h"
#include "core/storage/engine.h"
#include "core/storage/maintenance.h"
#include "core/storage/sqlutil.h"

#include <QCryptographicHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>
#include <cmath>

namespace cx {

namespace {

// Rows read per round trip when the engine reads through a cursor.
constexpr int kBatch = 5000;

// The tables in an order where each comes after the tables it refers to, so
// rows go in parents first and come out children first.
bool dependencyOrder(QVector<TableShape> shapes, QVector<TableShape>* ordered, QString* error)
{
    QStringList placed;
    while (!shapes.isEmpty()) {
        bool progressed = false;
        for (int i = 0; i < shapes.size(); ++i) {
            bool ready = true;
            for (const QString& parent : std::as_const(shapes.at(i).references))
                if (parent != shapes.at(i).name && !placed.contains(parent))
                    ready = false;
            if (!ready)
                continue;
            placed << shapes.at(i).name;
            ordered->push_back(shapes.takeAt(i));
            progressed = true;
            break;
        }
        if (!progressed) {
            *error = Text::tr("the tables refer to each other in a circle (%1)")
                         .arg(shapes.first().name);
            return false;
        }
    }
    return true;
}

QString quotedList(const QStringList& names)
{
    QStringList quoted;
    for (const QString& n : names)
        quoted << QLatin1Char('"') + n + QLatin1Char('"');
    return quoted.join(QStringLiteral(", "));
}

// Reads a table's rows in a long SELECT: as they come, or through a cursor
// a batch at a time where the driver would hold the whole result otherwise.
class TableReader
{
public:
    TableReader(QSqlDatabase& db, const TableShape& table)
        : m_db(db), m_query(db), m_table(table.name), m_cursor(engineOf(db).readsThroughCursor())
    {
        m_query.setForwardOnly(true);
        // Names come from the schema, never from a user.
        m_select = QStringLiteral("SELECT %1 FROM \"%2\"").arg(quotedList(table.columns), m_table);
        m_width = int(table.columns.size());
    }

    ~TableReader()
    {
        QString ignored; // the transaction around the cursor ends soon after anyway
        if (m_cursor && m_declared)
            static_cast<void>(execSql(m_db, QStringLiteral("CLOSE cx_copy"), &ignored));
    }

    TableReader(const TableReader&) = delete;
    TableReader& operator=(const TableReader&) = delete;

    // The next row into *row; false at the end, or with *error filled.
    bool next(QVector<QVariant>* row, QString* error)
    {
        if (!m_started && !start(error))
            return false;
        if (!m_query.next()) {
            if (m_query.lastError().isValid()) {
                *error = readError();
                return false;
            }
            if (!m_cursor || m_lastBatch < kBatch || !fetch(error))
                return false;
            if (!m_query.next())
                return false;
        }
        row->resize(m_width);
        for (int i = 0; i < m_width; ++i)
            (*row)[i] = m_query.value(i);
        ++m_lastBatch;
        return true;
    }

private:
    bool start(QString* error)
    {
        m_started = true;
        if (!m_cursor) {
            if (!m_query.exec(m_select)) {
                *error = readError();
                return false;
            }
            return true;
        }
        if (!execSql(m_db, QStringLiteral("DECLARE cx_copy NO SCROLL CURSOR FOR %1").arg(m_select),
                     error))
            return false;
        m_declared = true;
        return fetch(error);
    }

    bool fetch(QString* error)
    {
        m_lastBatch = 0;
        // A whole constant statement; kBatch rows a round trip.
        static_assert(kBatch == 5000, "the FETCH below reads kBatch rows");
        if (!m_query.exec(QStringLiteral("FETCH FORWARD 5000 FROM cx_copy"))) {
            *error = readError();
            return false;
        }
        return true;
    }

    QString readError() const
    {
        return Text::tr("cannot read %1: %2").arg(m_table, sql::errorText(m_query));
    }

    QSqlDatabase& m_db;
    QSqlQuery m_query;
    QString m_table;
    QString m_select;
    int m_width = 0;
    bool m_cursor;
    bool m_started = false;
    bool m_declared = false;
    int m_lastBatch = 0;
};

// A row's values in one form whichever engine read them: a whole number the
// same whether it came as an integer or as a double, text as UTF-8, bytes as
// bytes, each with its kind and length so no two rows run together.
void appendCanonical(QByteArray& out, const QVariant& v)
{
    if (v.isNull()) {
        out += 'z';
        return;
    }
    QByteArray body;
    char kind = 's';
    switch (v.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        kind = 'n';
        body = QByteArray::number(v.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = v.toDouble();
        kind = 'n';
        body = std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9e15
                   ? QByteArray::number(qint64(d))
                   : QByteArray::number(d, 'g', 17);
        break;
    }
    case QMetaType::QByteArray:
        kind = 'b';
        body = v.toByteArray();
        break;
    default:
        body = v.toString().toUtf8();
    }
    out += kind;
    out += QByteArray::number(body.size());
    out += ':';
    out += body;
}

// Sums the rows' hashes, so the order rows come in does not matter.
class TableSum
{
public:
    void add(const QVector<QVariant>& row)
    {
        m_buffer.clear();
        for (const QVariant& v : row)
            appendCanonical(m_buffer, v);
        m_hash.reset();
        m_hash.addData(m_buffer);
        m_sum += qFromBigEndian<quint64>(m_hash.result().constData());
        ++m_rows;
    }
    qint64 rows() const { return m_rows; }
    QByteArray checksum() const { return QByteArray::number(m_sum, 16).rightJustified(16, '0'); }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QByteArray m_buffer;
    quint64 m_sum = 0;
    qint64 m_rows = 0;
};

bool shapesOf(QSqlDatabase& db, QVector<TableShape>* ordered, QString* error)
{
    const QVector<TableShape> shapes = engineOf(db).tables(db);
    if (shapes.isEmpty()) {
        *error = Text::tr("cannot read the list of tables");
        return false;
    }
    return dependencyOrder(shapes, ordered, error);
}

bool sumTable(QSqlDatabase& db, const TableShape& table, TableSum* sum, QString* error)
{
    TableReader reader(db, table);
    QVector<QVariant> row;
    while (reader.next(&row, error))
        sum->add(row);
    return error->isEmpty();
}

// Ends a read transaction on the source, whatever became of the copy.
struct SnapshotEnd
{
    QSqlDatabase& db;
    ~SnapshotEnd()
    {
        QString ignored; // nothing was written there; the snapshot just ends
        static_cast<void>(execSql(db, QStringLiteral("ROLLBACK"), &ignored));
    }
};

} // namespace

bool copyDatabase(QSqlDatabase& from, QSqlDatabase& to, const CopyOptions& options,
                  QVector<CopiedTable>* tables, QString* error)
{
    error->clear();
    const Engine& source = engineOf(from);
    const Engine& target = engineOf(to);
    if (source.schemaVersion(from) != target.schemaVersion(to)) {
        *error = Text::tr("the two databases have different schema versions (%1 and %2)")
                     .arg(source.schemaVersion(from))
                     .arg(target.schemaVersion(to));
        return false;
    }
    QVector<TableShape> order;
    if (!shapesOf(from, &order, error))
        return false;
    QVector<TableShape> targetShapes;
    if (!shapesOf(to, &targetShapes, error))
        return false;
    // The columns the two share by name; the same schema version gives the same ones.
    for (TableShape& t : order) {
        const auto there = std::find_if(targetShapes.cbegin(), targetShapes.cend(),
                                        [&t](const TableShape& s) { return s.name == t.name; });
        if (there == targetShapes.cend() || there->columns != t.columns) {
            *error = Text::tr("the two databases' tables differ (%1)").arg(t.name);
            return false;
        }
    }
    if (targetShapes.size() != order.size()) {
        *error =
            Text::tr("the two databases' tables differ (the target has %1 tables, the source %2)")
                .arg(targetShapes.size())
                .arg(order.size());
        return false;
    }

    if (!execSql(from, source.beginSnapshot(), error))
        return false;
    const SnapshotEnd snapshotEnd{from};

    qint64 total = 0;
    for (const TableShape& t : std::as_const(order)) {
        QSqlQuery q(from);
        // The table's name comes from the database's own catalogue, quoted
        // as the driver quotes names.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1")
                        .arg(from.driver()->escapeIdentifier(t.name, QSqlDriver::TableName))) ||
            !q.next()) {
            *error = Text::tr("cannot read %1: %2").arg(t.name, sql::errorText(q));
            return false;
        }
        total += q.value(0).toLongLong();
    }

    Transaction tx(to);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    if (!options.replace && holdsABusiness(to)) {
        *error = Text::tr("the target already holds customers, journeys, surveys or "
                          "interactions; it is left as it was");
        return false;
    }
    QStringList names;
    for (const TableShape& t : std::as_const(order))
        names << t.name;
    QStringList resume;
    if (!target.suspendTriggers(to, names, &resume, error))
        return false;
    // What a new database starts with (the channels, the settings) gives way
    // to the source's rows, with their ids.
    for (auto t = order.crbegin(); t != order.crend(); ++t)
        if (!execSql(to, QStringLiteral("DELETE FROM \"%1\"").arg(t->name), error))
            return false;

    QVector<CopiedTable> copied;
    qint64 done = 0;
    if (options.progress && !options.progress(0, total)) {
        *error = Text::tr("the copy was stopped; the target is as it was");
        return false;
    }
    QStringList numbered;
    for (const TableShape& t : std::as_const(order)) {
        if (t.columns.contains(QLatin1String("id")))
            numbered << t.name;
        TableReader reader(from, t);
        const std::unique_ptr<RowWriter> writer = target.rowWriter(to, t.name, t.columns);
        TableSum sum;
        QVector<QVariant> row;
        while (reader.next(&row, error)) {
            if (!writer->add(row, error))
                return false;
            sum.add(row);
            if (++done % 1000 == 0 && options.progress && !options.progress(done, total)) {
                *error = Text::tr("the copy was stopped; the target is as it was");
                return false;
            }
        }
        if (!error->isEmpty() || !writer->finish(error))
            return false;
        copied.push_back({t.name, sum.rows(), sum.checksum()});
    }
    if (!target.resetIds(to, numbered, error))
        return false;
    for (const QString& statement : std::as_const(resume))
        if (!execSql(to, statement, error))
            return false;

    // Read back before the commit: a copy that differs is never kept.
    for (int i = 0; i < order.size(); ++i) {
        TableSum sum;
        if (!sumTable(to, order.at(i), &sum, error))
            return false;
        if (sum.rows() != copied.at(i).rows || sum.checksum() != copied.at(i).checksum) {
            *error = Text::tr("the copy of %1 differs from its source (%2 rows read, %3 written); "
                              "the target is as it was")
                         .arg(order.at(i).name)
                         .arg(copied.at(i).rows)
                         .arg(sum.rows());
            return false;
        }
    }
    // The tables' triggers were off; the other windows on a server hear of
    // the new data when it commits.
    announceChanges(to);
    QString why;
    if (!tx.commit(&why)) {
        *error = Text::tr("cannot save the copy: %1").arg(why);
        return false;
    }
    if (options.progress)
        options.progress(total, total);
    target.optimize(to);
    if (tables)
        *tables = copied;
    return true;
}

bool tableChecksums(QSqlDatabase& db, QVector<CopiedTable>* tables, QString* error)
{
    error->clear();
    QVector<TableShape> order;
    if (!shapesOf(db, &order, error))
        return false;
    // One snapshot for all the tables, which a cursor needs on a server too.
    if (!execSql(db, engineOf(db).beginSnapshot(), error))
        return false;
    const SnapshotEnd snapshotEnd{db};
    tables->clear();
    for (const TableShape& t : std::as_const(order)) {
        TableSum sum;
        if (!sumTable(db, t, &sum, error))
            return false;
        tables->push_back({t.name, sum.rows(), sum.checksum()});
    }
    return true;
}

} // namespace cx
