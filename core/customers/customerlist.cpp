#include "core/customers/customerlist.h"

#include "core/customers/customerkeys.h"

namespace cx {

QString likePattern(const QString& text, bool prefixOnly)
{
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return (prefixOnly ? QString() : QStringLiteral("%")) + pattern + QLatin1Char('%');
}

PagedQuery customerListQuery(const CustomerListFilter& f, const QDate& today)
{
    // The period's bounds are written with coalesce() so that SQLite does not
    // pick the first-contact index for them: nearly every customer passes
    // them, and the list index holds every column shown, so reading it in
    // order is far quicker than looking each customer up from that index.
    QStringList where{QStringLiteral("coalesce(first_contact_on, '') <= ?")};
    QVariantList binds{(f.to.isValid() ? f.to : today).toString(Qt::ISODate)};
    if (f.from.isValid()) {
        where << QStringLiteral("coalesce(churned_on, '9999-12-31') >= ?");
        binds << f.from.toString(Qt::ISODate);
    }
    if (!f.segment.isEmpty()) {
        where << QStringLiteral("segment = ?");
        binds << f.segment;
    }
    switch (f.show) {
    case CustomerListFilter::Show::Prospects:
        where << QStringLiteral("converted_on IS NULL");
        break;
    case CustomerListFilter::Show::Customers:
        where << QStringLiteral("converted_on IS NOT NULL AND churned_on IS NULL");
        break;
    case CustomerListFilter::Show::Churned:
        where << QStringLiteral("churned_on IS NOT NULL");
        break;
    case CustomerListFilter::Show::Any:
        break;
    }
    if (!f.tag.isEmpty()) {
        // Read from the tag index (tag, customer_id): the customers with the
        // tag, whatever its case, without looking at anyone else's tags.
        where << QStringLiteral("id IN (SELECT customer_id FROM customer_tags WHERE tag = ?)");
        binds << f.tag;
    }
    const QString text = f.search.trimmed();
    if (!text.isEmpty()) {
        // The key holds name, email, number and the phone's digits, folded
        // as the search is (customerkeys.h): case, accents and the spaces of
        // a phone number do not matter.
        if (looksLikePhone(text)) {
            where << QStringLiteral("(search_key LIKE ? ESCAPE '\\' OR search_key LIKE ? ESCAPE "
                                    "'\\')");
            binds << likePattern(foldForSearch(text)) << likePattern(phoneDigits(text));
        } else {
            where << QStringLiteral("search_key LIKE ? ESCAPE '\\'");
            binds << likePattern(foldForSearch(text));
        }
    }
    // One key per column (the status by its code), then the id, all in the
    // chosen direction. Names sort by their collation key, which starts the
    // list index.
    static const struct
    {
        const char* expression;
        bool nullable;
    } keys[] = {
        {"sort_key", true},
        {"external_id", true},
        {"email", true},
        {"phone", true},
        {"segment", true},
        {"CASE WHEN churned_on IS NOT NULL THEN 2 WHEN converted_on IS NOT NULL THEN 1 ELSE 0 END",
         false},
        {"first_contact_on", true}};
    const int column = std::clamp(int(f.sortColumn), 0, int(CustomerListFilter::ColumnCount) - 1);
    const QVector<SortKey> order{
        {QLatin1String(keys[column].expression), f.descending, keys[column].nullable},
        {QStringLiteral("id"), f.descending, false}};
    return PagedQuery({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("external_id"),
                       QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("segment"),
                       QStringLiteral("CASE WHEN churned_on IS NOT NULL THEN 2 WHEN converted_on "
                                      "IS NOT NULL THEN 1 ELSE 0 END"),
                       QStringLiteral("first_contact_on")},
                      QStringLiteral("customers"), where, binds, order);
}

} // namespace cx
