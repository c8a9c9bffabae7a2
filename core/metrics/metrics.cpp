#include "core/metrics/metrics.h"

#include "core/common/clock.h"
#include "core/common/text.h"
#include "core/storage/sqlutil.h"

#include <QHash>
#include <QJsonValue>
#include <QSqlQuery>
#include <cmath>

namespace cx {

namespace {

// How many rows meet a condition, as both engines count it (a condition is
// a number on SQLite and a boolean on a server, so neither sums it directly).
QString countIf(const char* condition)
{
    return QStringLiteral("coalesce(sum(CASE WHEN %1 THEN 1 ELSE 0 END), 0)")
        .arg(QLatin1String(condition));
}

using Raw = MetricSums;

std::optional<double> ratio(double num, qint64 den, double scale = 1.0)
{
    if (den == 0)
        return std::nullopt;
    return scale * num / double(den);
}

MetricValues finishSums(const Raw& r, const QDate& from, const QDate& to)
{
    MetricValues v;
    v.from = from;
    v.to = to;
    v.npsN = r.npsN;
    v.promoters = r.promoters;
    v.passives = r.passives;
    v.detractors = r.detractors;
    if (r.npsN > 0) {
        const double p = double(r.promoters) / r.npsN;
        const double d = double(r.detractors) / r.npsN;
        v.nps = 100.0 * (p - d);
        // 95% margin: the NPS of one answer is +1, 0 or -1; its variance is
        // (p + d) - (p - d)^2, and 1.96 * sqrt(variance / n) in points.
        v.npsMargin = 196.0 * std::sqrt(std::max(0.0, (p + d) - (p - d) * (p - d)) / r.npsN);
    }
    v.csatN = r.csatN;
    v.csat = ratio(r.csatTop, r.csatN, 100.0);
    if (r.csatN > 0)
        v.satisfactionIndex = 100.0 * double(r.csatTop - r.csatBottom) / r.csatN;
    v.cesN = r.cesN;
    v.ces = ratio(r.cesSum, r.cesN);
    v.resolvedN = r.resolvedN;
    v.avgResolutionHours = ratio(r.resolvedHours, r.resolvedN);
    v.customersAtStart = r.atStart;
    v.newCustomers = r.newCustomers;
    v.acquisitionRate = ratio(r.newCustomers, r.atStart, 100.0);
    v.churnedCustomers = r.churned;
    v.churnRate = ratio(r.churned, r.atStart, 100.0);
    v.leads = r.leads;
    v.convertedLeads = r.convertedLeads;
    v.conversionRate = ratio(r.convertedLeads, r.leads, 100.0);
    v.perceptionGapN = r.gapN;
    if (r.gapN > 0)
        v.perceptionGap = (r.staffSum - r.customerSum) / r.gapN;
    return v;
}

// A SELECT assembled from fixed fragments of this file; every value is bound.
struct Query
{
    QString from;
    QStringList where;
    QVariantList binds;

    void filter(const QString& condition, const QVariant& value)
    {
        where << condition;
        binds << value;
    }
    QString text(const QString& select, const QString& group) const
    {
        QString s = QStringLiteral("SELECT %1 FROM %2").arg(select, from);
        if (!where.isEmpty())
            s += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
        if (!group.isEmpty())
            s += QStringLiteral(" GROUP BY ") + group;
        return s;
    }
};

bool run(QSqlDatabase& db, const Query& parts, const QString& select, const QString& group,
         QSqlQuery* q, QString* error)
{
    *q = QSqlQuery(db);
    q->setForwardOnly(true);
    if (!q->prepare(parts.text(select, group))) {
        *error = Text::tr("cannot compute metrics: %1").arg(sql::errorText(*q));
        return false;
    }
    for (int i = 0; i < parts.binds.size(); ++i)
        q->bindValue(i, parts.binds.at(i));
    if (!q->exec()) {
        *error = Text::tr("cannot compute metrics: %1").arg(sql::errorText(*q));
        return false;
    }
    return true;
}

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

// A timestamp's date is its first 10 characters, so "date within [from, to]"
// is the index-friendly text range [from, to + 1 day).
void periodFilter(Query* q, const QString& column, const QDate& from, const QDate& to)
{
    q->filter(column + QStringLiteral(" >= ?"), iso(from));
    q->filter(column + QStringLiteral(" < ?"), iso(to.addDays(1)));
}

QString groupExpression(GroupBy by, const QString& table, const QString& dateColumn)
{
    switch (by) {
    case GroupBy::Channel:
        return table + QStringLiteral(".channel_id");
    case GroupBy::Touchpoint:
        return table + QStringLiteral(".touchpoint_id");
    case GroupBy::Segment:
        return QStringLiteral("c.segment");
    case GroupBy::Month:
        return QStringLiteral("substr(%1.%2, 1, 7)").arg(table, dateColumn);
    case GroupBy::None:
        break;
    }
    return QStringLiteral("NULL");
}

using RawMap = QHash<QString, Raw>;

// Answers summed over the period, per group `by` (or per `group`, an
// expression of r, when one is given).
bool answerSums(QSqlDatabase& db, const MetricsFilter& f, GroupBy by, RawMap* out, QString* error,
                const QString& group = QString())
{
    Query parts;
    const bool needCustomer = !f.segment.isEmpty() || by == GroupBy::Segment;
    // CROSS JOIN fixes the order: from the period's responses (date index) to
    // their answers (stored together) to each answer's question.
    parts.from = QStringLiteral("responses r %1 answers a ON a.response_id = r.id "
                                "%1 questions q ON q.id = a.question_id")
                     .arg(sql::orderedJoin(db));
    if (needCustomer)
        parts.from += QStringLiteral(" JOIN customers c ON c.id = r.customer_id");
    periodFilter(&parts, QStringLiteral("r.submitted_at"), f.from, f.to);
    parts.where << QStringLiteral("q.kind IN ('nps', 'csat', 'ces')")
                << QStringLiteral("a.value_num IS NOT NULL");
    if (f.channelId > 0)
        parts.filter(QStringLiteral("r.channel_id = ?"), f.channelId);
    if (f.surveyId > 0)
        parts.filter(QStringLiteral("r.survey_id = ?"), f.surveyId);
    if (!f.segment.isEmpty())
        parts.filter(QStringLiteral("c.segment = ?"), f.segment);
    // Conditional sums in one pass; GROUP BY (a sort) only when grouping.
    const QString g = group.isEmpty()
                          ? groupExpression(by, QStringLiteral("r"), QStringLiteral("submitted_at"))
                          : group;
    QSqlQuery q;
    if (!run(db, parts,
             g + QStringLiteral(", %1, %2, %3, %4, %5, %6, %7, %8, "
                                "coalesce(sum(CASE WHEN q.kind = 'ces' THEN a.value_num END), 0)")
                     .arg(countIf("q.kind = 'nps'"), countIf("q.kind = 'nps' AND a.value_num >= 9"),
                          countIf("q.kind = 'nps' AND a.value_num >= 7 AND a.value_num < 9"),
                          countIf("q.kind = 'nps' AND a.value_num <= 6"),
                          countIf("q.kind = 'csat'"),
                          countIf("q.kind = 'csat' AND a.value_num >= 4"),
                          countIf("q.kind = 'csat' AND a.value_num <= 2"),
                          countIf("q.kind = 'ces'")),
             by == GroupBy::None && group.isEmpty() ? QString() : g, &q, error))
        return false;
    while (q.next()) {
        Raw& r = (*out)[q.value(0).toString()];
        r.npsN += q.value(1).toLongLong();
        r.promoters += q.value(2).toLongLong();
        r.passives += q.value(3).toLongLong();
        r.detractors += q.value(4).toLongLong();
        r.csatN += q.value(5).toLongLong();
        r.csatTop += q.value(6).toLongLong();
        r.csatBottom += q.value(7).toLongLong();
        r.cesN += q.value(8).toLongLong();
        r.cesSum += q.value(9).toDouble();
    }
    return true;
}

bool interactionSums(QSqlDatabase& db, const MetricsFilter& f, GroupBy by, RawMap* out,
                     QString* error)
{
    Query parts;
    parts.from = QStringLiteral("interactions i");
    if (!f.segment.isEmpty() || by == GroupBy::Segment)
        parts.from += QStringLiteral(" JOIN customers c ON c.id = i.customer_id");
    periodFilter(&parts, QStringLiteral("i.occurred_at"), f.from, f.to);
    if (f.channelId > 0)
        parts.filter(QStringLiteral("i.channel_id = ?"), f.channelId);
    if (!f.segment.isEmpty())
        parts.filter(QStringLiteral("c.segment = ?"), f.segment);
    const QString g = groupExpression(by, QStringLiteral("i"), QStringLiteral("occurred_at"));
    QSqlQuery q;
    if (!run(
            db, parts,
            g + QStringLiteral(", count(i.resolution_hours), coalesce(sum(i.resolution_hours), 0), "
                               "count(i.staff_rating + i.customer_rating), "
                               "coalesce(sum(i.staff_rating + 0 * i.customer_rating), 0), "
                               "coalesce(sum(i.customer_rating + 0 * i.staff_rating), 0)"),
            by == GroupBy::None ? QString() : g, &q, error))
        return false;
    while (q.next()) {
        Raw& r = (*out)[q.value(0).toString()];
        r.resolvedN += q.value(1).toLongLong();
        r.resolvedHours += q.value(2).toDouble();
        r.gapN += q.value(3).toLongLong();
        r.staffSum += q.value(4).toDouble();
        r.customerSum += q.value(5).toDouble();
    }
    return true;
}

// Qt binds by position only: turns the numbered ?N of text into plain ? and
// binds values[N - 1] at each place.
bool prepareNumbered(QSqlQuery& q, const QString& text, const QVariantList& values, QString* error)
{
    QString plain;
    QVariantList binds;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('?') && i + 1 < text.size() && text.at(i + 1).isDigit()) {
            binds << values.value(text.at(i + 1).digitValue() - 1);
            plain += QLatin1Char('?');
            ++i;
        } else {
            plain += text.at(i);
        }
    }
    if (!q.prepare(plain)) {
        *error = Text::tr("cannot compute metrics: %1").arg(sql::errorText(q));
        return false;
    }
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    return true;
}

// Customer metrics know only the segment: churn, acquisition and conversion
// ignore channel and survey (docs/database.md, Metrics).
bool customerCounts(QSqlDatabase& db, const MetricsFilter& f, bool bySegment, RawMap* out,
                    QString* error)
{
    const QString start = iso(f.from);
    const QString end = iso(f.to);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QVariantList values = {start, end,
                                 f.segment.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                     : QVariant(f.segment)};
    QString text;
    if (bySegment) {
        // One pass over all customers, summed per segment.
        text = QStringLiteral("SELECT segment, %1, %2, %3, %4, %5 "
                              "FROM customers WHERE segment IS NOT NULL GROUP BY segment")
                   .arg(countIf("converted_on < ?1 AND (churned_on IS NULL OR churned_on >= ?1)"),
                        countIf("converted_on >= ?1 AND converted_on <= ?2"),
                        countIf("converted_on < ?1 AND churned_on >= ?1 AND churned_on <= ?2"),
                        countIf("first_contact_on >= ?1 AND first_contact_on <= ?2"),
                        countIf("first_contact_on >= ?1 AND first_contact_on <= ?2 AND "
                                "converted_on <= ?2"));
    } else {
        // Each count reads one range of a covering index.
        text = QStringLiteral(
            "SELECT CAST(NULL AS TEXT), "
            "(SELECT count(*) FROM customers WHERE converted_on < ?1 AND (churned_on IS NULL OR "
            "churned_on >= ?1) "
            " AND (CAST(?3 AS TEXT) IS NULL OR segment = ?3)), "
            "(SELECT count(*) FROM customers WHERE converted_on >= ?1 AND converted_on <= ?2 "
            " AND (CAST(?3 AS TEXT) IS NULL OR segment = ?3)), "
            "(SELECT count(*) FROM customers WHERE churned_on >= ?1 AND churned_on <= ?2 AND "
            "converted_on < ?1 "
            " AND (CAST(?3 AS TEXT) IS NULL OR segment = ?3)), "
            "(SELECT count(*) FROM customers WHERE first_contact_on >= ?1 AND first_contact_on <= "
            "?2 "
            " AND (CAST(?3 AS TEXT) IS NULL OR segment = ?3)), "
            "(SELECT count(*) FROM customers WHERE first_contact_on >= ?1 AND first_contact_on <= "
            "?2 "
            " AND converted_on <= ?2 AND (CAST(?3 AS TEXT) IS NULL OR segment = ?3))");
    }
    if (!prepareNumbered(q, text, values, error))
        return false;
    if (!q.exec()) {
        *error = Text::tr("cannot compute metrics: %1").arg(sql::errorText(q));
        return false;
    }
    while (q.next()) {
        Raw& r = (*out)[q.value(0).toString()];
        r.atStart += q.value(1).toLongLong();
        r.newCustomers += q.value(2).toLongLong();
        r.churned += q.value(3).toLongLong();
        r.leads += q.value(4).toLongLong();
        r.convertedLeads += q.value(5).toLongLong();
    }
    return true;
}

// The customer counts of every month of the period (its first and last months
// cut to it), keyed YYYY-MM, as customerCounts gives each month on its own --
// in one statement, each part reading one index range once. The customers
// active at a month's start are those active at the period's start, plus
// those converted since, less those whose later date of conversion and churn
// passed since: the month each such date falls in is counted once, and the
// months are summed in order here.
bool customerCountsByMonth(QSqlDatabase& db, const MetricsFilter& f, RawMap* out, QString* error)
{
    const QString segment = QStringLiteral(" AND (CAST(?3 AS TEXT) IS NULL OR segment = ?3)");
    const QString text =
        QStringLiteral(
            "SELECT 's', '', count(*), 0 FROM customers WHERE converted_on < ?1 AND "
            "(churned_on IS NULL OR churned_on >= ?1)%1 "
            "UNION ALL SELECT 'c', substr(converted_on, 1, 7), count(*), %2 FROM customers "
            "WHERE converted_on >= ?1 AND converted_on <= ?2%1 GROUP BY 2 "
            "UNION ALL SELECT 'x', substr(churned_on, 1, 7), %3, %4 FROM customers "
            "WHERE churned_on >= ?1 AND churned_on <= ?2%1 GROUP BY 2 "
            "UNION ALL SELECT 'l', substr(first_contact_on, 1, 7), count(*), %5 FROM customers "
            "WHERE first_contact_on >= ?1 AND first_contact_on <= ?2%1 GROUP BY 2")
            .arg(segment, countIf("churned_on < converted_on"),
                 countIf("converted_on <= churned_on"),
                 // Churned in its month: converted before that month's start,
                 // which is the period's start in the first month.
                 countIf("converted_on < ?1 OR (substr(churned_on, 1, 7) > ?4 AND "
                         "substr(converted_on, 1, 7) < substr(churned_on, 1, 7))"),
                 // Converted by the end of the lead's month and of the period.
                 countIf("converted_on <= ?2 AND "
                         "substr(converted_on, 1, 7) <= substr(first_contact_on, 1, 7)"));
    const QVariantList values = {iso(f.from), iso(f.to),
                                 f.segment.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                     : QVariant(f.segment),
                                 f.from.toString(QStringLiteral("yyyy-MM"))};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!prepareNumbered(q, text, values, error))
        return false;
    if (!q.exec()) {
        *error = Text::tr("cannot compute metrics: %1").arg(sql::errorText(q));
        return false;
    }
    qint64 activeAtStart = 0;
    QHash<QString, qint64> converted, passed;
    while (q.next()) {
        const QString part = q.value(0).toString();
        const QString month = q.value(1).toString();
        const qint64 first = q.value(2).toLongLong();
        const qint64 second = q.value(3).toLongLong();
        if (part == QLatin1String("s")) {
            activeAtStart = first;
        } else if (part == QLatin1String("c")) {
            (*out)[month].newCustomers = first;
            converted[month] = first;
            passed[month] += second;
        } else if (part == QLatin1String("x")) {
            passed[month] += first;
            (*out)[month].churned = second;
        } else {
            (*out)[month].leads = first;
            (*out)[month].convertedLeads = second;
        }
    }
    qint64 active = activeAtStart;
    for (QDate m(f.from.year(), f.from.month(), 1); m <= f.to; m = m.addMonths(1)) {
        const QString month = m.toString(QStringLiteral("yyyy-MM"));
        (*out)[month].atStart = active;
        active += converted.value(month) - passed.value(month);
    }
    return true;
}

void addCustomerPart(Raw* to, const Raw& from)
{
    to->setCustomers(from);
}

void addActivityPart(Raw* to, const Raw& from)
{
    to->addActivity(from);
}

} // namespace

void MetricSums::addAnswer(const QString& kind, double v, qint64 count)
{
    // The same thresholds as the SQL of answerSums.
    if (kind == QLatin1String("nps")) {
        npsN += count;
        if (v >= 9)
            promoters += count;
        else if (v >= 7 && v < 9)
            passives += count;
        if (v <= 6)
            detractors += count;
    } else if (kind == QLatin1String("csat")) {
        csatN += count;
        if (v >= 4)
            csatTop += count;
        if (v <= 2)
            csatBottom += count;
    } else if (kind == QLatin1String("ces")) {
        cesN += count;
        cesSum += v * double(count);
    }
}

void MetricSums::addActivity(const MetricSums& o)
{
    npsN += o.npsN;
    promoters += o.promoters;
    passives += o.passives;
    detractors += o.detractors;
    csatN += o.csatN;
    csatTop += o.csatTop;
    csatBottom += o.csatBottom;
    cesN += o.cesN;
    cesSum += o.cesSum;
    resolvedN += o.resolvedN;
    resolvedHours += o.resolvedHours;
    gapN += o.gapN;
    staffSum += o.staffSum;
    customerSum += o.customerSum;
}

void MetricSums::setCustomers(const MetricSums& o)
{
    atStart = o.atStart;
    newCustomers = o.newCustomers;
    churned = o.churned;
    leads = o.leads;
    convertedLeads = o.convertedLeads;
}

MetricValues MetricSums::values(const QDate& from, const QDate& to) const
{
    return finishSums(*this, from, to);
}

bool MetricsEngine::customerSums(const MetricsFilter& filter, MetricSums* out, QString* error)
{
    RawMap map;
    if (!customerCounts(m_db, filter, false, &map, error))
        return false;
    *out = map.value(QString());
    return true;
}

bool MetricsEngine::answersBySurvey(const MetricsFilter& filter, QHash<qint64, MetricValues>* out,
                                    QString* error)
{
    out->clear();
    MetricsFilter f = filter;
    if (!resolvePeriod(&f, error))
        return false;
    RawMap sums;
    if (!answerSums(m_db, f, GroupBy::None, &sums, error, QStringLiteral("r.survey_id")))
        return false;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        out->insert(it.key().toLongLong(), it.value().values(f.from, f.to));
    return true;
}

bool MetricsEngine::customerSumsByMonth(const MetricsFilter& filter,
                                        QHash<QString, MetricSums>* out, QString* error)
{
    out->clear();
    return customerCountsByMonth(m_db, filter, out, error);
}

QJsonObject MetricValues::toJson() const
{
    auto opt = [](const std::optional<double>& v) {
        return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
    };
    auto num = [](qint64 v) { return QJsonValue(v); };
    QJsonObject o;
    o.insert(QStringLiteral("nps_n"), num(npsN));
    o.insert(QStringLiteral("promoters"), num(promoters));
    o.insert(QStringLiteral("passives"), num(passives));
    o.insert(QStringLiteral("detractors"), num(detractors));
    o.insert(QStringLiteral("nps"), opt(nps));
    o.insert(QStringLiteral("nps_margin"), opt(npsMargin));
    o.insert(QStringLiteral("csat_n"), num(csatN));
    o.insert(QStringLiteral("csat"), opt(csat));
    o.insert(QStringLiteral("satisfaction_index"), opt(satisfactionIndex));
    o.insert(QStringLiteral("ces_n"), num(cesN));
    o.insert(QStringLiteral("ces"), opt(ces));
    o.insert(QStringLiteral("resolved_n"), num(resolvedN));
    o.insert(QStringLiteral("avg_resolution_hours"), opt(avgResolutionHours));
    o.insert(QStringLiteral("customers_at_start"), num(customersAtStart));
    o.insert(QStringLiteral("new_customers"), num(newCustomers));
    o.insert(QStringLiteral("acquisition_rate"), opt(acquisitionRate));
    o.insert(QStringLiteral("churned_customers"), num(churnedCustomers));
    o.insert(QStringLiteral("churn_rate"), opt(churnRate));
    o.insert(QStringLiteral("leads"), num(leads));
    o.insert(QStringLiteral("converted_leads"), num(convertedLeads));
    o.insert(QStringLiteral("conversion_rate"), opt(conversionRate));
    o.insert(QStringLiteral("perception_gap_n"), num(perceptionGapN));
    o.insert(QStringLiteral("perception_gap"), opt(perceptionGap));
    return o;
}

MetricsEngine::MetricsEngine(QSqlDatabase& db) : m_db(db) {}

QDate MetricsEngine::earliestDate()
{
    // Each min() is answered from an index.
    static const char* const queries[] = {
        "SELECT min(first_contact_on) FROM customers", "SELECT min(converted_on) FROM customers",
        "SELECT min(churned_on) FROM customers",       "SELECT min(occurred_at) FROM interactions",
        "SELECT min(submitted_at) FROM responses",
    };
    QDate earliest;
    QSqlQuery q(m_db);
    for (const char* text : queries) {
        if (!q.exec(QLatin1String(text)) || !q.next() || q.value(0).isNull())
            continue;
        const QDate d = QDate::fromString(q.value(0).toString().left(10), Qt::ISODate);
        if (d.isValid() && (!earliest.isValid() || d < earliest))
            earliest = d;
    }
    return earliest;
}

bool MetricsEngine::resolvePeriod(MetricsFilter* f, QString* error)
{
    if (!f->to.isValid())
        f->to = clock::today();
    if (!f->from.isValid()) {
        f->from = earliestDate();
        if (!f->from.isValid() || f->from > f->to)
            f->from = f->to;
    }
    if (f->from > f->to) {
        *error =
            Text::tr("the period starts (%1) after it ends (%2)").arg(iso(f->from), iso(f->to));
        return false;
    }
    return true;
}

bool MetricsEngine::compute(const MetricsFilter& filter, MetricValues* out, QString* error)
{
    MetricsFilter f = filter;
    if (!resolvePeriod(&f, error))
        return false;
    RawMap activity;
    RawMap customers;
    if (!answerSums(m_db, f, GroupBy::None, &activity, error) ||
        !interactionSums(m_db, f, GroupBy::None, &activity, error) ||
        !customerCounts(m_db, f, false, &customers, error))
        return false;
    Raw raw = activity.value(QString());
    addCustomerPart(&raw, customers.value(QString()));
    *out = raw.values(f.from, f.to);
    return true;
}

bool MetricsEngine::computeGroups(const MetricsFilter& filter, GroupBy by,
                                  QVector<MetricGroup>* out, QString* error)
{
    out->clear();
    MetricsFilter f = filter;
    if (!resolvePeriod(&f, error))
        return false;
    if (by == GroupBy::None) {
        MetricGroup g;
        if (!compute(f, &g.values, error))
            return false;
        out->push_back(g);
        return true;
    }

    RawMap activity;
    if (!answerSums(m_db, f, by, &activity, error) ||
        !interactionSums(m_db, f, by, &activity, error))
        return false;

    struct Key
    {
        QString key;
        qint64 id;
        QDate from, to;
    };
    QVector<Key> keys;
    QSqlQuery q(m_db);
    switch (by) {
    case GroupBy::Channel:
        if (!sql::runLookup(q, QStringLiteral("SELECT id, name FROM channels ORDER BY id"), error))
            return false;
        while (q.next())
            keys.push_back({q.value(1).toString(), q.value(0).toLongLong(), f.from, f.to});
        break;
    case GroupBy::Touchpoint:
        if (!sql::runLookup(
                q,
                QStringLiteral(
                    "SELECT t.id, t.name FROM touchpoints t JOIN stages s ON s.id = t.stage_id "
                    "ORDER BY s.journey_id, s.position, t.position, t.id"),
                error))
            return false;
        while (q.next())
            keys.push_back({q.value(1).toString(), q.value(0).toLongLong(), f.from, f.to});
        break;
    case GroupBy::Segment:
        if (!sql::runLookup(
                q,
                QStringLiteral("SELECT DISTINCT segment FROM customers WHERE segment IS "
                               "NOT NULL ORDER BY segment"),
                error))
            return false;
        while (q.next())
            keys.push_back({q.value(0).toString(), 0, f.from, f.to});
        break;
    case GroupBy::Month:
        for (QDate m(f.from.year(), f.from.month(), 1); m <= f.to; m = m.addMonths(1))
            keys.push_back({m.toString(QStringLiteral("yyyy-MM")), 0, std::max(m, f.from),
                            std::min(m.addMonths(1).addDays(-1), f.to)});
        break;
    case GroupBy::None:
        break;
    }

    // Customer metrics: once for the whole period, per segment or per month.
    RawMap customers;
    if (by == GroupBy::Month ? !customerCountsByMonth(m_db, f, &customers, error)
                             : !customerCounts(m_db, f, by == GroupBy::Segment, &customers, error))
        return false;

    for (const Key& k : keys) {
        Raw raw;
        const QString activityKey =
            by == GroupBy::Channel || by == GroupBy::Touchpoint ? QString::number(k.id) : k.key;
        addActivityPart(&raw, activity.value(activityKey));
        addCustomerPart(
            &raw,
            customers.value(by == GroupBy::Month || by == GroupBy::Segment ? k.key : QString()));
        out->push_back({k.key, k.id, raw.values(k.from, k.to)});
    }
    return true;
}

} // namespace cx
