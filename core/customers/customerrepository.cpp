#include "core/customers/customerrepository.h"

#include "core/common/text.h"
#include "core/customers/customerkeys.h"
#include "core/customers/customerlist.h"
#include "core/storage/editedfields.h"
#include "core/storage/rowversion.h"
#include "core/storage/team.h"

namespace cx {

namespace {
const char* const kColumns =
    "id, uuid, external_id, name, email, phone, segment, first_contact_on, "
    "converted_on, churned_on, notes, row_version, updated_at, changed_by";

Customer fromRow(const QSqlQuery& q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.externalId = q.value(2).toString();
    c.name = q.value(3).toString();
    c.email = q.value(4).toString();
    c.phone = q.value(5).toString();
    c.segment = q.value(6).toString();
    c.firstContactOn = sql::toDate(q.value(7));
    c.convertedOn = sql::toDate(q.value(8));
    c.churnedOn = sql::toDate(q.value(9));
    c.notes = q.value(10).toString();
    c.rowVersion = q.value(11).toInt();
    c.updatedAt = q.value(12).toString();
    c.changedBy = q.value(13).toString();
    return c;
}

// Named placeholders: Qt binds them without building a name per position.
void bindFields(QSqlQuery& q, const Customer& c)
{
    q.bindValue(QStringLiteral(":external_id"), sql::text(c.externalId));
    q.bindValue(QStringLiteral(":name"), c.name);
    q.bindValue(QStringLiteral(":email"), sql::text(c.email));
    q.bindValue(QStringLiteral(":phone"), sql::text(c.phone));
    q.bindValue(QStringLiteral(":segment"), sql::text(c.segment));
    q.bindValue(QStringLiteral(":first_contact_on"), sql::date(c.firstContactOn));
    q.bindValue(QStringLiteral(":converted_on"), sql::date(c.convertedOn));
    q.bindValue(QStringLiteral(":churned_on"), sql::date(c.churnedOn));
    q.bindValue(QStringLiteral(":notes"), sql::text(c.notes));
    q.bindValue(QStringLiteral(":search_key"), customerSearchKey(c));
}
} // namespace

CustomerRepository::~CustomerRepository() = default;

const NameCollation& CustomerRepository::collation()
{
    if (!m_collation)
        m_collation = std::make_unique<NameCollation>(nameOrderLocale(m_db));
    return *m_collation;
}

CustomerRepository::CustomerRepository(QSqlDatabase& db)
    : m_db(db),
      m_insert(db,
               QStringLiteral(
                   "INSERT INTO customers (id, uuid, external_id, name, email, phone, segment, "
                   "first_contact_on, converted_on, churned_on, notes, search_key, sort_key, "
                   "row_version, updated_at, changed_by) "
                   "VALUES (:id, :uuid, :external_id, :name, :email, :phone, :segment, "
                   ":first_contact_on, :converted_on, :churned_on, :notes, :search_key, :sort_key, "
                   ":row_version, :updated_at, :changed_by)")),
      m_byId(db,
             QStringLiteral("SELECT %1 FROM customers WHERE id = ?").arg(QLatin1String(kColumns)))
{
}

bool CustomerRepository::insert(Customer& c, QString* error)
{
    if (c.name.trimmed().isEmpty()) {
        *error = Text::tr("a customer needs a name");
        return false;
    }
    QSqlQuery* q = m_insert.get(error);
    if (!q)
        return false;
    if (c.uuid.isEmpty())
        c.uuid = sql::newUuid();
    // An id given is kept (undoing a merge or redoing an addition), else a new
    // one; a record that comes back has a newer version than the one removed,
    // so an edit still based on that one is refused.
    const bool back = c.id > 0;
    const QString now = back ? changeTimestamp() : QString();
    q->bindValue(QStringLiteral(":id"), sql::id(c.id));
    q->bindValue(QStringLiteral(":uuid"), c.uuid);
    q->bindValue(QStringLiteral(":row_version"), back ? c.rowVersion + 1 : 1);
    q->bindValue(QStringLiteral(":updated_at"), sql::text(now));
    q->bindValue(QStringLiteral(":changed_by"), sql::text(c.changedBy));
    bindFields(*q, c);
    q->bindValue(QStringLiteral(":sort_key"), collation().key(c.name));
    if (!sql::exec(*q, QT_TRANSLATE_NOOP("cx::Text", "cannot add customer"), error))
        return false;
    // Only a new number is read back: on a server lastInsertId() is the last
    // number any sequence gave this connection, not the id given here.
    if (!back)
        c.id = q->lastInsertId().toLongLong();
    c.rowVersion = back ? c.rowVersion + 1 : 1;
    c.updatedAt = now;
    return true;
}

bool CustomerRepository::update(Customer& c, QString* error, const Customer* seen)
{
    if (c.name.trimmed().isEmpty()) {
        *error = Text::tr("a customer needs a name");
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE customers SET external_id = :external_id, name = :name, email = :email, "
        "phone = :phone, segment = :segment, first_contact_on = :first_contact_on, "
        "converted_on = :converted_on, churned_on = :churned_on, notes = :notes, "
        "search_key = :search_key, sort_key = :sort_key, row_version = row_version + 1, updated_at "
        "= :updated_at, changed_by = :changed_by WHERE id = :id AND row_version = :version"));
    bindFields(q, c);
    q.bindValue(QStringLiteral(":sort_key"), collation().key(c.name));
    const QString now = changeTimestamp();
    const QString who = personOf(m_db);
    q.bindValue(QStringLiteral(":changed_by"), sql::text(who));
    q.bindValue(QStringLiteral(":updated_at"), now);
    q.bindValue(QStringLiteral(":id"), c.id);
    q.bindValue(QStringLiteral(":version"), c.rowVersion);
    if (!execExpecting(q, QT_TRANSLATE_NOOP("cx::Text", "cannot save customer"), error, [&] {
            return staleMessage(Text::tr("the customer “%1”").arg(seen ? seen->name : c.name),
                                seenBy(byId(c.id), who), seen, &differences);
        }))
        return false;
    ++c.rowVersion;
    c.updatedAt = now;
    c.changedBy = who;
    return true;
}

namespace {
const EditedFields<Customer>& customerFields()
{
    static const EditedFields<Customer> fields =
        EditedFields<Customer>()
            .add(&Customer::name, QT_TRANSLATE_NOOP("cx::Text", "name"))
            .add(&Customer::externalId, QT_TRANSLATE_NOOP("cx::Text", "customer number"))
            .add(&Customer::email, QT_TRANSLATE_NOOP("cx::Text", "email"))
            .add(&Customer::phone, QT_TRANSLATE_NOOP("cx::Text", "phone"))
            .add(&Customer::segment, QT_TRANSLATE_NOOP("cx::Text", "segment"))
            .add(&Customer::firstContactOn, QT_TRANSLATE_NOOP("cx::Text", "first contact"))
            .add(&Customer::convertedOn, QT_TRANSLATE_NOOP("cx::Text", "customer since"))
            .add(&Customer::churnedOn, QT_TRANSLATE_NOOP("cx::Text", "left on"))
            .add(&Customer::notes, QT_TRANSLATE_NOOP("cx::Text", "notes"));
    return fields;
}
} // namespace

Customer CustomerRepository::merged(const Customer& base, const Customer& mine,
                                    const Customer& theirs)
{
    return customerFields().merged(base, mine, theirs);
}

QStringList CustomerRepository::differences(const Customer& a, const Customer& b)
{
    return customerFields().differences(a, b);
}

bool CustomerRepository::remove(qint64 id, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM customers WHERE id = ?"));
    q.bindValue(0, id);
    return sql::exec(q, QT_TRANSLATE_NOOP("cx::Text", "cannot delete customer"), error);
}

std::optional<Customer> CustomerRepository::fetchOne(QSqlQuery& q, QString* error)
{
    if (sql::runLookup(q, error) && q.next())
        return fromRow(q);
    return std::nullopt;
}

std::optional<Customer> CustomerRepository::byId(qint64 id, QString* error)
{
    QSqlQuery* q = m_byId.get(error);
    if (!q)
        return std::nullopt;
    q->bindValue(0, id);
    auto c = fetchOne(*q, error);
    q->finish(); // the statement is kept for the next call; its read ends here
    return c;
}

std::optional<Customer> CustomerRepository::byExternalId(const QString& externalId, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM customers WHERE external_id = ?")
                  .arg(QLatin1String(kColumns)));
    q.bindValue(0, externalId);
    return fetchOne(q, error);
}

qint64 CustomerRepository::count(QString* error)
{
    QSqlQuery q(m_db);
    return sql::runLookup(q, QStringLiteral("SELECT count(*) FROM customers"), error) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

QStringList CustomerRepository::segments(QString* error)
{
    QStringList out;
    QSqlQuery q(m_db);
    if (!sql::runLookup(q,
                        QStringLiteral("SELECT DISTINCT segment FROM customers WHERE segment IS "
                                       "NOT NULL AND segment <> '' "
                                       "ORDER BY segment"),
                        error))
        return {};
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QVector<Customer> CustomerRepository::startingWith(const QString& text, int limit, QString* error)
{
    QVector<Customer> out;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return out;
    QSqlQuery q(m_db);
    // The name starts the key; a word of the name (or the email, after the
    // separator) starts after a space.
    q.prepare(QStringLiteral("SELECT %1 FROM customers WHERE search_key LIKE ? ESCAPE '\\' OR "
                             "search_key LIKE ? ESCAPE '\\' OR external_id LIKE ? ESCAPE '\\' "
                             "ORDER BY sort_key, id LIMIT ?")
                  .arg(QLatin1String(kColumns)));
    const QString folded = foldForSearch(t);
    q.addBindValue(likePattern(folded, true));
    q.addBindValue(QStringLiteral("% ") + likePattern(folded, true));
    q.addBindValue(likePattern(t, true));
    q.addBindValue(limit);
    if (sql::runLookup(q, error))
        while (q.next())
            out << fromRow(q);
    return out;
}

QVector<qint64> CustomerRepository::named(const QString& text, int limit, QString* error)
{
    QVector<qint64> out;
    QSqlQuery q(m_db);
    // The folded name is the key up to its first separator.
    q.prepare(QStringLiteral("SELECT id FROM customers WHERE external_id = ? OR search_key LIKE ? "
                             "ESCAPE '\\' ORDER BY id LIMIT ?"));
    q.addBindValue(text.trimmed());
    q.addBindValue(likePattern(foldForSearch(text.trimmed()) + QLatin1String(" | "), true));
    q.addBindValue(limit);
    if (sql::runLookup(q, error))
        while (q.next())
            out << q.value(0).toLongLong();
    return out;
}

QVector<Customer> CustomerRepository::withEmail(const QString& email, int limit, QString* error)
{
    QVector<Customer> out;
    const QString e = email.trimmed();
    if (e.isEmpty())
        return out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM customers WHERE lower(trim(email)) = lower(?) "
                             "ORDER BY id LIMIT ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(e);
    q.addBindValue(limit);
    if (sql::runLookup(q, error))
        while (q.next())
            out << fromRow(q);
    return out;
}

QVector<Customer> CustomerRepository::withPhone(const QString& phone, int limit, QString* error)
{
    QVector<Customer> out;
    const QString digits = phoneDigits(phone);
    if (digits.isEmpty())
        return out;
    // The same expression on both sides: the right one is a constant, the
    // left one the customers_phone index.
    const QString written = QStringLiteral(
        "replace(replace(replace(replace(replace(%1, ' ', ''), '-', ''), '(', ''), ')', ''), "
        "'.', '')");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM customers WHERE %2 = %3 ORDER BY id LIMIT ?")
                  .arg(QLatin1String(kColumns), written.arg(QLatin1String("phone")),
                       written.arg(QLatin1String("?"))));
    q.addBindValue(phone.trimmed());
    q.addBindValue(limit);
    if (!sql::runLookup(q, error))
        return out;
    while (q.next())
        out << fromRow(q);
    // The digits end the search key. Reading the keys walks the customers_list
    // index (a few milliseconds for 100 000 customers), so only when the
    // index found none and the digits are enough to tell people apart.
    if (!out.isEmpty() || digits.size() < 6)
        return out;
    q.prepare(QStringLiteral("SELECT %1 FROM customers WHERE search_key LIKE ? ORDER BY id LIMIT ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(QStringLiteral("%| ") + digits);
    q.addBindValue(limit);
    if (sql::runLookup(q, error))
        while (q.next())
            out << fromRow(q);
    return out;
}

qint64 CustomerRepository::findOne(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return 0;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id FROM customers WHERE external_id = ? OR search_key LIKE ? ESCAPE "
                       "'\\' ORDER BY external_id = ? DESC, sort_key, id LIMIT 1"));
    q.addBindValue(t);
    q.addBindValue(likePattern(foldForSearch(t)));
    q.addBindValue(t);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 CustomerRepository::mostActive()
{
    QSqlQuery q(m_db);
    // A constant statement; 0 also when it cannot be read, as when none is found.
    return sql::runLookup(q,
                          QStringLiteral("SELECT customer_id FROM interactions WHERE customer_id "
                                         "IS NOT NULL GROUP BY customer_id ORDER BY count(*) "
                                         "DESC, customer_id LIMIT 1"),
                          nullptr) &&
                   q.next()
               ? q.value(0).toLongLong()
               : 0;
}

} // namespace cx
