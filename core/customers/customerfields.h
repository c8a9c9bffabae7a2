#pragma once

// Fields the owner adds to every customer (a birthday, allergies): their
// definitions, in the order the profile shows them, and each customer's
// values. A value is stored as the kind says: text as typed, a date as
// YYYY-MM-DD, yes/no as 1 or 0; an empty value is no value (docs/database.md).

#include "core/storage/sqlutil.h"

#include <QMap>
#include <QVector>
#include <optional>

namespace cx {

enum class FieldKind
{
    Text,
    Date,
    YesNo
};

struct CustomerField
{
    qint64 id = 0;
    QString name;
    FieldKind kind = FieldKind::Text;
    int position = 0;
    int rowVersion = 0; // 0: not stored yet
    QString updatedAt;

    bool operator==(const CustomerField& o) const
    {
        return id == o.id && name == o.name && kind == o.kind && position == o.position;
    }
};

// A customer's values by field id.
using FieldValues = QMap<qint64, QString>;

class CustomerFields
{
public:
    explicit CustomerFields(QSqlDatabase& db);

    // "text", "date", "yesno" as stored; false for another word.
    static QString kindCode(FieldKind kind);
    static bool kindFromCode(const QString& code, FieldKind* kind);
    // The kind as people read it ("Yes/no").
    static QString kindLabel(FieldKind kind);

    // What `input` is stored as for a field of this kind: the text
    // trimmed; a date from YYYY-MM-DD; yes/no from yes, no, true, false, 1,
    // 0 or the words of the window's language. Empty input is an empty value.
    // False with *problem saying what is wrong ("'31.02.' is not a date…").
    static bool normalise(FieldKind kind, const QString& input, QString* stored, QString* problem);
    // A stored value as people read it: yes/no in words, the rest as stored.
    static QString display(FieldKind kind, const QString& stored);

    // The definitions, in the order the profile shows them.
    QVector<CustomerField> list(QString* error = nullptr);
    std::optional<CustomerField> byId(qint64 id, QString* error = nullptr);
    // Adds f at the end (unless f.position is set); sets its id and version.
    [[nodiscard]] bool add(CustomerField& f, QString* error);
    // Saves its name, kind and position if the stored row is still at
    // f.rowVersion, and raises it. A new kind is refused while a customer
    // holds a value the kind cannot hold.
    [[nodiscard]] bool update(CustomerField& f, QString* error);
    // Removes the field and every customer's value of it, if it is still at
    // f.rowVersion.
    [[nodiscard]] bool remove(const CustomerField& f, QString* error);
    // How many customers have a value of the field (for the confirmation).
    qint64 valueCount(qint64 fieldId, QString* error = nullptr);
    // How many of its values a field of `kind` could not hold.
    qint64 conflicts(qint64 fieldId, FieldKind kind, QString* error = nullptr);

    // The customer's values (stored form) by field id.
    FieldValues values(qint64 customerId, QString* error = nullptr);
    // Replaces the customer's values by `values` (stored form; empty ones
    // removed). Runs inside the caller's transaction.
    [[nodiscard]] bool setValues(qint64 customerId, const FieldValues& values, QString* error);
    // The same for a customer who has no values yet (just added).
    [[nodiscard]] bool addValues(qint64 customerId, const FieldValues& values, QString* error);

private:
    QSqlDatabase& m_db;
    sql::Statement m_values;
    sql::Statement m_clear;
    sql::Statement m_insert;
};

} // namespace cx
