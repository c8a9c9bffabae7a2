#include "core/customers/customertags.h"

#include "core/common/text.h"

#include <QSet>

namespace cx {

CustomerTags::CustomerTags(QSqlDatabase& db)
    : m_db(db), m_delete(db, QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ?")),
      m_insert(
          db,
          QStringLiteral(
              "INSERT INTO customer_tags (customer_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING")),
      m_of(db, QStringLiteral("SELECT tag FROM customer_tags WHERE customer_id = ? ORDER BY tag")),
      m_spelling(db, QStringLiteral("SELECT tag FROM customer_tags WHERE tag = ? LIMIT 1"))
{
}

QStringList CustomerTags::normalise(const QStringList& tags)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString& given : tags)
        for (const QString& part : given.split(QLatin1Char(';'))) {
            const QString tag = part.simplified();
            if (tag.isEmpty())
                continue;
            const QString key = tag.toCaseFolded();
            if (seen.contains(key))
                continue;
            seen.insert(key);
            out << tag;
        }
    return out;
}

QStringList CustomerTags::fromText(const QString& text)
{
    return normalise({text});
}

QString CustomerTags::toText(const QStringList& tags)
{
    return tags.join(QLatin1Char(';'));
}

bool CustomerTags::same(const QStringList& a, const QStringList& b)
{
    const auto folded = [](const QStringList& tags) {
        QSet<QString> out;
        for (const QString& t : normalise(tags))
            out.insert(t.toCaseFolded());
        return out;
    };
    return folded(a) == folded(b);
}

QStringList CustomerTags::of(qint64 customerId, QString* error)
{
    QStringList out;
    QSqlQuery* q = m_of.get(error);
    if (!q)
        return out;
    q->bindValue(0, customerId);
    if (sql::runLookup(*q, error))
        while (q->next())
            out << q->value(0).toString();
    q->finish(); // kept for the next call; its read ends here
    return out;
}

QString CustomerTags::spelling(const QString& tag)
{
    const QString key = tag.toCaseFolded();
    const auto known = m_spellings.constFind(key);
    if (known != m_spellings.constEnd())
        return *known;
    QString stored = tag;
    if (QSqlQuery* q = m_spelling.get(nullptr)) {
        q->bindValue(0, tag);
        if (q->exec() && q->next())
            stored = q->value(0).toString();
        q->finish();
    }
    m_spellings.insert(key, stored);
    return stored;
}

bool CustomerTags::set(qint64 customerId, const QStringList& tags, QString* error)
{
    QSqlQuery* remove = m_delete.get(error);
    if (!remove)
        return false;
    remove->bindValue(0, customerId);
    return sql::exec(*remove, QT_TRANSLATE_NOOP("cx::Text", "cannot save the tags"), error) &&
           add(customerId, tags, error);
}

bool CustomerTags::add(qint64 customerId, const QStringList& tags, QString* error)
{
    QSqlQuery* insert = m_insert.get(error);
    if (!insert)
        return false;
    for (const QString& tag : normalise(tags)) {
        const QString stored = spelling(tag);
        insert->bindValue(0, customerId);
        insert->bindValue(1, stored);
        if (!sql::exec(*insert, QT_TRANSLATE_NOOP("cx::Text", "cannot save the tags"), error))
            return false;
        m_spellings.insert(stored.toCaseFolded(), stored);
    }
    return true;
}

QVector<TagCount> CustomerTags::all(QString* error)
{
    QVector<TagCount> out;
    QSqlQuery q(m_db);
    // Grouped by the tag index, whose collation ignores case.
    if (sql::runLookup(q,
                       QStringLiteral("SELECT min(tag), count(*) FROM customer_tags GROUP BY tag "
                                      "ORDER BY tag"),
                       error))
        while (q.next())
            out.push_back({q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

qint64 CustomerTags::mostActiveTagged()
{
    QSqlQuery q(m_db);
    return sql::runLookup(
               q,
               QStringLiteral("SELECT customer_id FROM interactions WHERE customer_id IN "
                              "(SELECT customer_id FROM customer_tags) AND customer_id "
                              "IN (SELECT customer_id FROM customer_field_values) "
                              "GROUP BY customer_id ORDER BY count(*) DESC, "
                              "customer_id LIMIT 1"),
               nullptr) &&
                   q.next()
               ? q.value(0).toLongLong()
               : 0;
}

} // namespace cx
