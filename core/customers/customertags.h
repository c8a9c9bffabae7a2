#pragma once

// Free tags on customers ("VIP", "Allergic to nuts"). A tag is stored once
// per customer whatever its case; in files a customer's tags are one
// `;`-separated cell (docs/database.md).

#include "core/storage/sqlutil.h"

#include <QHash>
#include <QStringList>
#include <QVector>

namespace cx {

struct TagCount
{
    QString tag;
    qint64 customers = 0;
};

class CustomerTags
{
public:
    explicit CustomerTags(QSqlDatabase& db);

    // Each tag trimmed, split at `;` (the separator in files), empty ones
    // dropped, and each kept once whatever its case, in its first spelling.
    static QStringList normalise(const QStringList& tags);
    // The tags of a file's cell ("VIP; Regular").
    static QStringList fromText(const QString& text);
    static QString toText(const QStringList& tags);
    // Whether two lists hold the same tags, in any order and any case (a
    // tag is written as the customers who have it spell it: see set()).
    static bool same(const QStringList& a, const QStringList& b);

    // The customer's tags, in alphabetical order (any case).
    QStringList of(qint64 customerId, QString* error = nullptr);
    // Replaces the customer's tags by `tags` (normalised). A tag another
    // customer already has is written as they have it, so the filter offers
    // one "VIP", not "VIP" and "vip". Runs inside the caller's transaction.
    [[nodiscard]] bool set(qint64 customerId, const QStringList& tags, QString* error);
    // The same for a customer who has no tags yet (just added): nothing to remove first.
    [[nodiscard]] bool add(qint64 customerId, const QStringList& tags, QString* error);
    // Every tag with how many customers have it, in alphabetical order.
    QVector<TagCount> all(QString* error = nullptr);

    // The customer with the most interactions among those with a tag and a
    // custom field value (what a picture of a full profile shows); 0: none.
    qint64 mostActiveTagged();

private:
    QString spelling(const QString& tag);

    QSqlDatabase& m_db;
    sql::Statement m_delete;
    sql::Statement m_insert;
    sql::Statement m_of;
    sql::Statement m_spelling;
    QHash<QString, QString> m_spellings; // lower case -> as stored
};

} // namespace cx
