#include "ui/actions/customerpicker.h"

#include "core/customers/customerrepository.h"
#include "core/storage/database.h"

#include <QCompleter>
#include <QStringListModel>

namespace cx {

namespace {
const QString kSeparator = QStringLiteral(" — ");

QString label(const Customer& c)
{
    return c.externalId.isEmpty() ? c.name : c.name + kSeparator + c.externalId;
}
} // namespace

CustomerPicker::CustomerPicker(Database& db, QWidget* parent)
    : QLineEdit(parent), m_db(db), m_matches(new QStringListModel(this))
{
    setPlaceholderText(tr("Name or number (empty: no customer)"));
    auto* completer = new QCompleter(m_matches, this);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCompleter(completer);
    connect(this, &QLineEdit::textEdited, this,
            [this](const QString& text) { m_matches->setStringList(matches(text)); });
}

QStringList CustomerPicker::matches(const QString& text) const
{
    QStringList out;
    const QString t = text.trimmed();
    if (t.size() >= 2)
        for (const Customer& c : CustomerRepository(m_db.sql()).startingWith(t, 12))
            out << label(c);
    return out;
}

void CustomerPicker::setCustomer(qint64 customerId)
{
    const auto c = customerId ? CustomerRepository(m_db.sql()).byId(customerId) : std::nullopt;
    setText(c ? label(*c) : QString());
}

qint64 CustomerPicker::customer(QString* error) const
{
    const QString t = text().trimmed();
    if (t.isEmpty())
        return 0;
    CustomerRepository customers(m_db.sql());
    QVector<qint64> ids;
    const int sep = int(t.lastIndexOf(kSeparator));
    if (sep > 0) {
        if (const auto c = customers.byExternalId(t.mid(sep + kSeparator.size())))
            ids << c->id;
    } else {
        ids = customers.named(t, 2); // folded: "muller" is Müller
    }
    if (ids.size() == 1)
        return ids.first();
    *error = ids.isEmpty()
                 ? tr("No customer is called or numbered '%1'. Pick one from the list, or leave "
                      "the field empty.")
                       .arg(t)
                 : tr("Several customers are called '%1'. Pick one from the list (it shows their "
                      "number).")
                       .arg(t);
    return -1;
}

} // namespace cx
