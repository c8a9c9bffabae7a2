#pragma once

// The search and sort keys of a customer (customers.search_key and
// customers.sort_key, see docs/database.md). A search folds what is typed
// the way the key was folded (core/common/search.h), so "muller" finds Müller, "Zoe" finds Zoë and
// "07700123456" finds "07700 123456"; names sort by their collation key in
// the business's language, read from an index.

#include "core/common/search.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace cx {

struct Customer;

// The stored search key of a customer: folded name, email and number, and the
// phone's digits, separated by " | ".
QString customerSearchKey(const Customer& c);

// The order of names in one language (an ICU collator): key() gives bytes
// that compare, byte by byte, as the language sorts the names.
class NameCollation
{
public:
    // `locale` as QLocale names it ("de_DE", "es"); an unknown one sorts as
    // the root collation does (accents after plain letters).
    explicit NameCollation(const QString& locale);
    ~NameCollation();
    NameCollation(const NameCollation&) = delete;
    NameCollation& operator=(const NameCollation&) = delete;

    QString locale() const { return m_locale; }
    QByteArray key(const QString& name) const;

private:
    struct Collator;
    QString m_locale;
    std::unique_ptr<Collator> m_collator;
};

// The language the stored sort keys follow (settings.name_order), or the
// program's default locale when none is stored yet.
QString nameOrderLocale(QSqlDatabase& db);

// Writes the keys of every customer that has none (new rows from another
// tool, a row another tool changed), in one transaction; with `locale` not
// empty and other than the stored one, rewrites every customer's sort key in
// that language and stores it. `*written` (when given) is the number of rows
// written. Cheap when there is nothing to do.
[[nodiscard]] bool refreshCustomerKeys(QSqlDatabase& db, QString* error,
                                       const QString& locale = QString(), int* written = nullptr);

} // namespace cx
