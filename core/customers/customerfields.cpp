#include "core/customers/customerfields.h"

#include "core/common/text.h"
#include "core/common/timeutil.h"
#include "core/storage/rowversion.h"

namespace cx {

namespace {

const char* const kColumns = "id, name, kind, position, row_version, updated_at";

CustomerField fromRow(const QSqlQuery& q)
{
    CustomerField f;
    f.id = q.value(0).toLongLong();
    f.name = q.value(1).toString();
    CustomerFields::kindFromCode(q.value(2).toString(), &f.kind);
    f.position = q.value(3).toInt();
    f.rowVersion = q.value(4).toInt();
    f.updatedAt = q.value(5).toString();
    return f;
}

QStringList differences(const CustomerField& a, const CustomerField& b)
{
    QStringList out;
    if (a.name != b.name)
        out << Text::tr("name");
    if (a.kind != b.kind)
        out << Text::tr("kind");
    if (a.position != b.position)
        out << Text::tr("place");
    return out;
}

// The columns of a customers file: a field with one of these names could
// not have its own column.
bool reservedName(const QString& name)
{
    static const char* const columns[] = {
        "external_id",      "name",         "email",      "phone", "segment",
        "first_contact_on", "converted_on", "churned_on", "notes", "tags"};
    for (const char* c : columns)
        if (name.compare(QLatin1String(c), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Names are unique whatever their case (the column's collation).
bool nameTaken(QSqlDatabase& db, const QString& name, qint64 except)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM customer_fields WHERE name = ? AND id <> ?"));
    q.addBindValue(name);
    q.addBindValue(except);
    return sql::runLookup(q, nullptr) && q.next();
}

bool checkName(QSqlDatabase& db, const QString& name, qint64 id, QString* error)
{
    if (name.isEmpty()) {
        *error = Text::tr("a customer field needs a name");
        return false;
    }
    if (reservedName(name)) {
        *error = Text::tr("“%1” is a column of every customers file already; give the field "
                          "another name")
                     .arg(name);
        return false;
    }
    if (nameTaken(db, name, id)) {
        *error = Text::tr("there is already a customer field named “%1”").arg(name);
        return false;
    }
    return true;
}

QString describe(const CustomerField& f)
{
    return Text::tr("the customer field “%1”").arg(f.name);
}

} // namespace

CustomerFields::CustomerFields(QSqlDatabase& db)
    : m_db(db),
      m_values(db, QStringLiteral("SELECT field_id, value FROM customer_field_values WHERE "
                                  "customer_id = ?")),
      m_clear(db, QStringLiteral("DELETE FROM customer_field_values WHERE customer_id = ?")),
      // A field removed meanwhile (in Settings, in another window) takes no value.
      m_insert(db, QStringLiteral("INSERT INTO customer_field_values (customer_id, "
                                  "field_id, value) SELECT ?, id, ? FROM customer_fields WHERE "
                                  "id = ? ON CONFLICT (customer_id, field_id) DO UPDATE SET "
                                  "value = excluded.value"))
{
}

QString CustomerFields::kindCode(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Date:
        return QStringLiteral("date");
    case FieldKind::YesNo:
        return QStringLiteral("yesno");
    case FieldKind::Text:
        break;
    }
    return QStringLiteral("text");
}

bool CustomerFields::kindFromCode(const QString& code, FieldKind* kind)
{
    if (code == QLatin1String("text"))
        *kind = FieldKind::Text;
    else if (code == QLatin1String("date"))
        *kind = FieldKind::Date;
    else if (code == QLatin1String("yesno"))
        *kind = FieldKind::YesNo;
    else
        return false;
    return true;
}

QString CustomerFields::kindLabel(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Date:
        return Text::tr("Date");
    case FieldKind::YesNo:
        return Text::tr("Yes/no");
    case FieldKind::Text:
        break;
    }
    return Text::tr("Text");
}

bool CustomerFields::normalise(FieldKind kind, const QString& input, QString* stored,
                               QString* problem)
{
    const QString v = input.trimmed();
    if (v.isEmpty() || kind == FieldKind::Text) {
        *stored = v;
        return true;
    }
    if (kind == FieldKind::Date) {
        const QDate d = parseDate(v);
        if (!d.isValid()) {
            *problem = Text::tr("'%1' is not a date; use YYYY-MM-DD").arg(v);
            return false;
        }
        *stored = d.toString(Qt::ISODate);
        return true;
    }
    // The words of every language CX Desk speaks, so a file written in one
    // imports in another, and those of the window's language.
    static const char* const yes[] = {"yes", "true", "1", "y", "ja", "oui", "si", "sí"};
    static const char* const no[] = {"no", "false", "0", "n", "nein", "non"};
    const QString l = v.toLower();
    for (const char* w : yes)
        if (l == QString::fromUtf8(w)) {
            *stored = QStringLiteral("1");
            return true;
        }
    for (const char* w : no)
        if (l == QString::fromUtf8(w)) {
            *stored = QStringLiteral("0");
            return true;
        }
    if (l == Text::tr("yes").toLower()) {
        *stored = QStringLiteral("1");
        return true;
    }
    if (l == Text::tr("no").toLower()) {
        *stored = QStringLiteral("0");
        return true;
    }
    *problem = Text::tr("'%1' is not yes or no").arg(v);
    return false;
}

QString CustomerFields::display(FieldKind kind, const QString& stored)
{
    if (kind == FieldKind::YesNo && !stored.isEmpty())
        return stored == QLatin1String("1") ? Text::tr("yes") : Text::tr("no");
    return stored;
}

QVector<CustomerField> CustomerFields::list(QString* error)
{
    QVector<CustomerField> out;
    QSqlQuery q(m_db);
    if (sql::runLookup(q,
                       QStringLiteral("SELECT %1 FROM customer_fields ORDER BY position, id")
                           .arg(QLatin1String(kColumns)),
                       error))
        while (q.next())
            out << fromRow(q);
    return out;
}

std::optional<CustomerField> CustomerFields::byId(qint64 id, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM customer_fields WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (sql::runLookup(q, error) && q.next())
        return fromRow(q);
    return std::nullopt;
}

bool CustomerFields::add(CustomerField& f, QString* error)
{
    f.name = f.name.simplified();
    if (!checkName(m_db, f.name, 0, error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO customer_fields (name, kind, position) VALUES (?, ?, "
                       "CASE WHEN ? > 0 THEN ? ELSE (SELECT coalesce(max(position), 0) + 1 FROM "
                       "customer_fields) END)"));
    q.addBindValue(f.name);
    q.addBindValue(kindCode(f.kind));
    q.addBindValue(f.position);
    q.addBindValue(f.position);
    if (!sql::exec(q, QT_TRANSLATE_NOOP("cx::Text", "cannot add the customer field"), error))
        return false;
    f.id = q.lastInsertId().toLongLong();
    if (const auto stored = byId(f.id))
        f.position = stored->position;
    f.rowVersion = 1;
    f.updatedAt.clear();
    return true;
}

bool CustomerFields::update(CustomerField& f, QString* error)
{
    f.name = f.name.simplified();
    if (!checkName(m_db, f.name, f.id, error))
        return false;
    const auto stored = byId(f.id);
    if (stored && stored->kind != f.kind) {
        const qint64 n = conflicts(f.id, f.kind);
        if (n > 0) {
            *error = Text::tr("“%1” cannot become %2: %n customer(s) have a value it cannot hold",
                              nullptr, int(n))
                         .arg(f.name, kindLabel(f.kind).toLower());
            return false;
        }
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE customer_fields SET name = ?, kind = ?, position = ?, "
                             "row_version = row_version + 1, updated_at = ? WHERE id = ? AND "
                             "row_version = ?"));
    const QString now = changeTimestamp();
    q.addBindValue(f.name);
    q.addBindValue(kindCode(f.kind));
    q.addBindValue(f.position);
    q.addBindValue(now);
    q.addBindValue(f.id);
    q.addBindValue(f.rowVersion);
    if (!execExpecting(q, QT_TRANSLATE_NOOP("cx::Text", "cannot save the customer field"), error,
                       [&] { return staleMessage(describe(f), stored, &f, &differences); }))
        return false;
    ++f.rowVersion;
    f.updatedAt = now;
    return true;
}

bool CustomerFields::remove(const CustomerField& f, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM customer_fields WHERE id = ? AND row_version = ?"));
    q.addBindValue(f.id);
    q.addBindValue(f.rowVersion);
    return execExpecting(q, QT_TRANSLATE_NOOP("cx::Text", "cannot remove the customer field"),
                         error,
                         [&] { return staleMessage(describe(f), byId(f.id), &f, &differences); });
}

qint64 CustomerFields::valueCount(qint64 fieldId, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM customer_field_values WHERE field_id = ?"));
    q.addBindValue(fieldId);
    return sql::runLookup(q, error) && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 CustomerFields::conflicts(qint64 fieldId, FieldKind kind, QString* error)
{
    if (kind == FieldKind::Text)
        return 0; // text holds anything
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM customer_field_values WHERE field_id = ?"));
    q.addBindValue(fieldId);
    qint64 n = 0;
    if (sql::runLookup(q, error))
        while (q.next()) {
            QString stored, problem;
            if (!normalise(kind, q.value(0).toString(), &stored, &problem) ||
                stored != q.value(0).toString())
                ++n;
        }
    return n;
}

FieldValues CustomerFields::values(qint64 customerId, QString* error)
{
    FieldValues out;
    QSqlQuery* q = m_values.get(error);
    if (!q)
        return out;
    q->bindValue(0, customerId);
    if (sql::runLookup(*q, error))
        while (q->next())
            out.insert(q->value(0).toLongLong(), q->value(1).toString());
    q->finish(); // kept for the next call; its read ends here
    return out;
}

bool CustomerFields::setValues(qint64 customerId, const FieldValues& values, QString* error)
{
    QSqlQuery* clear = m_clear.get(error);
    if (!clear)
        return false;
    clear->bindValue(0, customerId);
    return sql::exec(*clear, QT_TRANSLATE_NOOP("cx::Text", "cannot save the customer's fields"),
                     error) &&
           addValues(customerId, values, error);
}

bool CustomerFields::addValues(qint64 customerId, const FieldValues& values, QString* error)
{
    QSqlQuery* insert = m_insert.get(error);
    if (!insert)
        return false;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (it.value().isEmpty())
            continue;
        insert->bindValue(0, customerId);
        insert->bindValue(1, it.value());
        insert->bindValue(2, it.key());
        if (!sql::exec(*insert, QT_TRANSLATE_NOOP("cx::Text", "cannot save the customer's fields"),
                       error))
            return false;
    }
    return true;
}

} // namespace cx
