#pragma once

#include <QLineEdit>

class QStringListModel;

namespace cx {

class Database;

// A customer typed by name or number, with a list of matches as one types.
// The matches come from the customers' folded search key, so "muller" offers
// Müller; a pick reads "Name — number", which tells namesakes apart.
class CustomerPicker : public QLineEdit
{
    Q_OBJECT
public:
    explicit CustomerPicker(Database& db, QWidget* parent = nullptr);

    // Shows this customer (0: none).
    void setCustomer(qint64 customerId);
    // The customer the text names: 0 when it is empty, -1 with *error when it
    // names none or several.
    qint64 customer(QString* error) const;
    // What the list offers for this text (also what the completer shows).
    QStringList matches(const QString& text) const;

private:
    Database& m_db;
    QStringListModel* m_matches = nullptr;
};

} // namespace cx
