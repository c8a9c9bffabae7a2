#include "core/customers/customernumber.h"

#include "core/storage/sqlutil.h"

#include <QHash>
#include <QSet>

namespace cx {

namespace {
struct Family
{
    int count = 0;
    int width = 0; // the fewest digits any of them has: the padding
    qulonglong highest = 0;
};

// Splits "C-1042" into "C-" and "1042"; false when it does not end in digits.
bool split(const QString& number, QString* prefix, QString* digits)
{
    int start = int(number.size());
    while (start > 0 && number.at(start - 1).isDigit() && number.at(start - 1).unicode() < 128)
        --start;
    // More digits than fit a 64-bit number are not a counter.
    if (start == number.size() || number.size() - start > 18)
        return false;
    *prefix = number.left(start);
    *digits = number.mid(start);
    return true;
}
} // namespace

QString nextCustomerNumber(const QStringList& existing)
{
    QHash<QString, Family> families;
    QSet<QString> taken;
    for (const QString& raw : existing) {
        const QString number = raw.trimmed();
        if (number.isEmpty())
            continue;
        taken.insert(number);
        QString prefix;
        QString digits;
        if (!split(number, &prefix, &digits))
            continue;
        Family& f = families[prefix];
        f.width = f.count == 0 ? int(digits.size()) : std::min(f.width, int(digits.size()));
        ++f.count;
        f.highest = std::max(f.highest, digits.toULongLong());
    }
    QString prefix = QStringLiteral("C-");
    Family chosen{0, 4, 0};
    for (auto it = families.cbegin(); it != families.cend(); ++it) {
        // The pattern most numbers follow; between equals, the one sorting first, so
        // the suggestion does not depend on the order numbers were read in.
        if (it->count > chosen.count || (it->count == chosen.count && it.key() < prefix)) {
            prefix = it.key();
            chosen = *it;
        }
    }
    qulonglong next = chosen.highest + 1;
    QString candidate;
    do
        candidate = prefix + QStringLiteral("%1").arg(next++, chosen.width, 10, QLatin1Char('0'));
    while (taken.contains(candidate));
    return candidate;
}

QString suggestCustomerNumber(QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!sql::runLookup(
            q, QStringLiteral("SELECT external_id FROM customers WHERE external_id IS NOT NULL"),
            error))
        return {};
    QStringList numbers;
    while (q.next())
        numbers << q.value(0).toString();
    return nextCustomerNumber(numbers);
}

} // namespace cx
