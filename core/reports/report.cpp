#include "core/reports/report.h"

#include "core/actions/actionrepository.h"
#include "core/common/clock.h"
#include "core/common/format.h"
#include "core/customers/customerrepository.h"
#include "core/customers/customertimeline.h"
#include "core/journeys/journeymap.h"
#include "core/journeys/journeyrepository.h"
#include "core/metrics/dashboard.h"
#include "core/metrics/periods.h"
#include "core/sentiment/sentiment.h"
#include "core/storage/settings.h"
#include "core/surveys/surveyresults.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

namespace cx {

namespace {

// Translated texts of this file, under one context of their own.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};

using format::count;
using format::longDate;
const QString kDash = format::dash();

QString period(const QDate& from, const QDate& to)
{
    if (!from.isValid() && !to.isValid())
        return ReportText::tr("All time");
    if (!from.isValid())
        return ReportText::tr("Until %1").arg(longDate(to));
    return ReportText::tr("%1 to %2")
        .arg(longDate(from), longDate(to.isValid() ? to : clock::today()));
}

// A headline figure with its change: better when it moved the way that is good.
// against: the name of the period compared with, empty for "the previous period".
ReportFigure figure(const QString& label, const std::optional<double>& now,
                    const std::optional<double>& before, int decimals, const QString& suffix,
                    int goodDirection, const QString& detail, const QString& against)
{
    ReportFigure f{label, format::number(now, decimals, suffix), QString(), 0, detail};
    if (now && before) {
        const double delta = *now - *before;
        const double shown =
            std::round(delta * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
        if (shown == 0) {
            f.change = ReportText::tr("no change");
        } else {
            const QString sign = shown > 0 ? QStringLiteral("+") : QString();
            const QString amount = QLocale().toString(shown, 'f', decimals);
            f.change = against.isEmpty()
                           ? ReportText::tr("%1%2 on the previous period").arg(sign, amount)
                           //: %1 the sign, %2 the change, %3 the period compared with
                           //: ("October 2026").
                           : ReportText::tr("%1%2 vs %3").arg(sign, amount, against);
            f.tone = goodDirection == 0 ? 0 : ((delta > 0) == (goodDirection > 0) ? 1 : -1);
        }
    }
    return f;
}

// Whether a cell holds nothing: empty or the dash of a missing value.
bool blank(const QString& cell)
{
    return cell.isEmpty() || cell == kDash;
}

// The table without the columns no row has anything in (a list that has no
// NPS answers at all does not print a column of dashes).
ReportTable withoutEmptyColumns(ReportTable t)
{
    if (t.rows.isEmpty())
        return t;
    for (int c = int(t.header.size()) - 1; c >= 0; --c) {
        const bool empty = std::all_of(t.rows.cbegin(), t.rows.cend(),
                                       [c](const QStringList& row) { return blank(row.value(c)); });
        if (!empty || t.header.size() == 1)
            continue;
        t.header.removeAt(c);
        if (c < t.numeric.size())
            t.numeric.removeAt(c);
        for (QStringList& row : t.rows)
            if (c < row.size())
                row.removeAt(c);
    }
    return t;
}

// A survey figure from fewer than kFewAnswers answers: its change is not
// shown as news, the reader is told why.
ReportFigure fewAnswers(ReportFigure f, const std::optional<double>& now, qint64 answers)
{
    if (now && answers < kFewAnswers) {
        f.change = ReportText::tr("too few answers (%n) to judge a change", nullptr, int(answers));
        f.tone = 0;
    }
    return f;
}

// What every report opens with: the business, its logo, what and when.
void open(Report* out, QSqlDatabase& db, const char* kind, const QString& title,
          const QString& subtitle, const QDate& today)
{
    out->kind = QLatin1String(kind);
    out->business = businessName(db);
    out->logo = businessLogo(db);
    out->title = title;
    out->subtitle = subtitle;
    out->printedOn = today;
}

} // namespace

void Report::heading(const QString& text)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Heading;
    b.text = text;
    blocks << b;
}

void Report::paragraph(const QString& text)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Paragraph;
    b.text = text;
    blocks << b;
}

void Report::figures(QVector<ReportFigure> list)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Figures;
    b.figures = std::move(list);
    blocks << b;
}

QString moreRowsText(qint64 more)
{
    return ReportText::tr("… and %n more", nullptr, int(more));
}

void Report::table(ReportTable t)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Table;
    b.table = withoutEmptyColumns(std::move(t));
    blocks << b;
}

void Report::chart(ReportChart c)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Chart;
    b.chart = std::move(c);
    blocks << b;
}

bool summaryReport(QSqlDatabase& db, const MetricsFilter& given, const QDate& today, Report* out,
                   QString* error)
{
    *out = Report();
    MetricsFilter f = given;
    MetricsEngine engine(db);
    if (!f.to.isValid())
        f.to = today;
    if (!engine.resolvePeriod(&f, error))
        return false;
    DashboardData d;
    if (!loadDashboard(db, f, &d, error))
        return false;
    open(out, db, "summary", ReportText::tr("Customer experience report"), period(f.from, f.to),
         today);
    out->from = given.from.isValid() ? f.from : QDate();
    out->to = f.to;
    if (f.channelId || !f.segment.isEmpty()) {
        QStringList narrowed;
        if (f.channelId)
            for (const Channel& c : JourneyRepository(db).channels())
                if (c.id == f.channelId)
                    narrowed << ReportText::tr("channel %1").arg(c.name);
        if (!f.segment.isEmpty())
            narrowed << ReportText::tr("segment %1").arg(f.segment);
        out->subtitle += QStringLiteral(" · ") + narrowed.join(QStringLiteral(", "));
    }
    const MetricValues& v = d.current;
    const MetricValues& p = d.previous;

    out->heading(ReportText::tr("Headline figures"));
    // A whole month, quarter or year is compared with the one before it.
    const QString against = periods::calendarName(p.from, p.to);
    switch (periods::shape(f.from, f.to)) {
    case periods::Shape::Month:
        out->paragraph(
            ReportText::tr("Each figure is compared with the month before, %1.").arg(against));
        break;
    case periods::Shape::Quarter:
        out->paragraph(
            ReportText::tr("Each figure is compared with the quarter before, %1.").arg(against));
        break;
    case periods::Shape::Year:
        out->paragraph(
            ReportText::tr("Each figure is compared with the year before, %1.").arg(against));
        break;
    case periods::Shape::Days:
        out->paragraph(ReportText::tr("Each figure is compared with the %1 days just before (%2).")
                           .arg(f.from.daysTo(f.to) + 1)
                           .arg(period(p.from, p.to)));
        break;
    }
    const QString named =
        periods::shape(f.from, f.to) == periods::Shape::Days ? QString() : against;
    auto compared = [&named](const QString& label, const std::optional<double>& now,
                             const std::optional<double>& before, int decimals,
                             const QString& suffix, int goodDirection, const QString& detail) {
        return figure(label, now, before, decimals, suffix, goodDirection, detail, named);
    };
    ReportFigure npsFigure = compared(
        ReportText::tr("Net Promoter Score"), v.nps, p.nps, 0, QString(), +1,
        v.nps ? ReportText::tr("± %1 (95 %), %2 answers: %3 promoters, %4 passives, %5 detractors")
                    .arg(format::number(v.npsMargin, 1), count(v.npsN), count(v.promoters),
                         count(v.passives), count(v.detractors))
              : ReportText::tr("no NPS answers"));
    npsFigure.value = format::nps(v.nps); // signed, as the dashboard writes it
    out->figures({
        fewAnswers(npsFigure, v.nps, v.npsN),
        fewAnswers(compared(ReportText::tr("Customer satisfaction (CSAT)"), v.csat, p.csat, 1,
                            QStringLiteral(" %"), +1,
                            ReportText::tr("%1 answers, share of 4 and 5").arg(count(v.csatN))),
                   v.csat, v.csatN),
        fewAnswers(compared(ReportText::tr("Customer effort (CES)"), v.ces, p.ces, 2, QString(), +1,
                            ReportText::tr("%1 answers, 1–7, higher is easier").arg(count(v.cesN))),
                   v.ces, v.cesN),
        compared(ReportText::tr("Average resolution time"), v.avgResolutionHours,
                 p.avgResolutionHours, 1, ReportText::tr(" h"), -1,
                 ReportText::tr("%1 resolved interactions").arg(count(v.resolvedN))),
        compared(ReportText::tr("Churn"), v.churnRate, p.churnRate, 1, QStringLiteral(" %"), -1,
                 ReportText::tr("%1 of %2 customers left")
                     .arg(count(v.churnedCustomers), count(v.customersAtStart))),
        compared(ReportText::tr("Conversion of leads"), v.conversionRate, p.conversionRate, 1,
                 QStringLiteral(" %"), +1,
                 ReportText::tr("%1 of %2 leads became customers")
                     .arg(count(v.convertedLeads), count(v.leads))),
        compared(ReportText::tr("New customers"), v.acquisitionRate, p.acquisitionRate, 1,
                 QStringLiteral(" %"), +1,
                 ReportText::tr("%1 new, against the customers at the start")
                     .arg(count(v.newCustomers))),
        compared(ReportText::tr("Perception gap"), v.perceptionGap, p.perceptionGap, 2, QString(),
                 -1,
                 ReportText::tr("the team's rating minus the customer's, %1 interactions")
                     .arg(count(v.perceptionGapN))),
    });

    // NPS over the twelve months up to the period's end.
    MetricsFilter year = f;
    year.from = QDate(f.to.year(), f.to.month(), 1).addMonths(-11);
    DashboardData trend;
    if (year.from == f.from)
        trend = d; // the period is those twelve months (this year, say)
    else if (!loadDashboard(db, year, &trend, error))
        return false;
    ReportChart nps;
    nps.kind = ReportChart::Kind::Line;
    nps.title = ReportText::tr("Net Promoter Score by month, last twelve months");
    nps.valueTitle = ReportText::tr("NPS");
    nps.floor = -100;
    nps.ceiling = 100;
    for (const MonthPoint& m : std::as_const(trend.months)) {
        nps.categories << format::month(m.month);
        nps.values << m.values.nps;
    }
    out->chart(nps);

    // From the dashboard's sums of the period: the same figures as
    // `metrics --by channel|touchpoint`, without reading every row again.
    auto breakdown = [&](const QVector<MetricGroup>& groups, const QString& what) -> bool {
        ReportTable t;
        t.header = {what,
                    ReportText::tr("NPS"),
                    ReportText::tr("NPS answers"),
                    ReportText::tr("CSAT"),
                    ReportText::tr("Resolution"),
                    ReportText::tr("Gap")};
        t.numeric = {false, true, true, true, true, true};
        // Without a single NPS answer the NPS columns go (a column of
        // dashes and a column of zeros say nothing).
        const bool anyNps = std::any_of(groups.cbegin(), groups.cend(),
                                        [](const MetricGroup& g) { return g.values.npsN > 0; });
        for (const MetricGroup& g : std::as_const(groups)) {
            if (g.values.npsN + g.values.csatN + g.values.resolvedN + g.values.perceptionGapN == 0)
                continue;
            t.rows << QStringList{
                g.key,
                format::nps(g.values.nps),
                anyNps ? count(g.values.npsN) : kDash,
                format::number(g.values.csat, 1, QStringLiteral(" %")),
                format::number(g.values.avgResolutionHours, 1, ReportText::tr(" h")),
                format::number(g.values.perceptionGap, 2)};
            t.tone << (g.values.nps && *g.values.nps < 0 ? -1 : 0);
        }
        if (t.rows.isEmpty())
            out->paragraph(ReportText::tr("No answers or interactions in the period."));
        else
            out->table(t);
        return true;
    };
    out->heading(ReportText::tr("By channel"));
    if (!breakdown(d.byChannel, ReportText::tr("Channel")))
        return false;
    out->heading(ReportText::tr("By touchpoint"));
    if (!breakdown(d.byTouchpoint, ReportText::tr("Touchpoint")))
        return false;

    out->heading(ReportText::tr("Perception gap"));
    out->paragraph(ReportText::tr("How the team rates each touchpoint against how its customers "
                                  "rate it (1–5). A positive gap "
                                  "means the team thinks better of it than customers do."));
    QVector<GapPoint> gaps = d.gapByTouchpoint;
    std::sort(gaps.begin(), gaps.end(), [](const GapPoint& a, const GapPoint& b) {
        return a.staffMean - a.customerMean > b.staffMean - b.customerMean;
    });
    ReportTable gapTable;
    gapTable.header = {ReportText::tr("Touchpoint"), ReportText::tr("Team"),
                       ReportText::tr("Customers"), ReportText::tr("Gap"),
                       ReportText::tr("Interactions")};
    gapTable.numeric = {false, true, true, true, true};
    for (const GapPoint& g : std::as_const(gaps)) {
        const double gap = g.staffMean - g.customerMean;
        gapTable.rows << QStringList{g.touchpoint, format::number(g.staffMean, 2),
                                     format::number(g.customerMean, 2), format::number(gap, 2),
                                     count(g.n)};
        gapTable.tone << (gap >= 0.75 ? -1 : 0);
    }
    if (gapTable.rows.isEmpty())
        out->paragraph(ReportText::tr("No interaction was rated by both sides in the period."));
    else
        out->table(gapTable);

    // The weakest touchpoints of every journey, by the customers' score.
    out->heading(ReportText::tr("Weakest touchpoints"));
    struct Weak
    {
        QString journey;
        MapCard card;
    };
    QVector<Weak> weak;
    for (const Journey& j : JourneyRepository(db).journeys()) {
        const JourneyMap map = loadJourneyMap(db, j.id, f.from, f.to);
        for (const MapCard& c : map.cards)
            if (c.customerScore)
                weak.push_back({j.name, c});
    }
    std::sort(weak.begin(), weak.end(), [](const Weak& a, const Weak& b) {
        return *a.card.customerScore - a.card.target() < *b.card.customerScore - b.card.target();
    });
    ReportTable weakTable;
    weakTable.header = {ReportText::tr("Touchpoint"), ReportText::tr("Journey"),
                        ReportText::tr("Customer score"), ReportText::tr("Target"),
                        ReportText::tr("Ratings")};
    weakTable.numeric = {false, false, true, true, true};
    const int weakShown = 5;
    weakTable.more = std::max(0, int(weak.size()) - weakShown);
    for (int i = 0; i < weak.size() && i < weakShown; ++i) {
        const MapCard& c = weak[i].card;
        weakTable.rows << QStringList{c.touchpoint.name, weak[i].journey,
                                      format::number(c.customerScore, 2),
                                      format::number(c.target(), 1), count(c.customerRatings)};
        weakTable.tone << (c.painPoint ? -1 : 0);
    }
    if (weakTable.rows.isEmpty())
        out->paragraph(ReportText::tr("No touchpoint was rated by customers in the period."));
    else
        out->table(weakTable);

    out->heading(ReportText::tr("What detractors write about"));
    CommentsReport comments;
    if (!loadComments(db, f.surveyId, f.from, f.to, &comments, error, false))
        return false;
    out->paragraph(
        ReportText::tr("%1 written answers in the period: %2 positive, %3 neutral, %4 negative.")
            .arg(count(comments.comments.size()), count(comments.count(Sentiment::Positive)),
                 count(comments.count(Sentiment::Neutral)),
                 count(comments.count(Sentiment::Negative))));
    ReportTable themes;
    themes.header = {ReportText::tr("Detractors mention"), ReportText::tr("Comments"),
                     ReportText::tr("Promoters mention"), ReportText::tr("Comments")};
    themes.numeric = {false, true, false, true};
    const int themesShown = 8;
    const int themeRows =
        int(std::max(comments.detractorThemes.size(), comments.promoterThemes.size()));
    themes.more = std::max(0, themeRows - themesShown);
    for (int i = 0; i < themeRows && i < themesShown; ++i) {
        const Theme dt = comments.detractorThemes.value(i), pr = comments.promoterThemes.value(i);
        themes.rows << QStringList{dt.term, dt.count ? count(dt.count) : QString(), pr.term,
                                   pr.count ? count(pr.count) : QString()};
    }
    if (!themes.rows.isEmpty())
        out->table(themes);

    out->heading(ReportText::tr("Follow-up actions"));
    ActionRepository actions(db);
    out->paragraph(
        ReportText::tr("%1 open, %2 of them overdue on %3.")
            .arg(count(actions.openCount()), count(actions.overdueCount(today)), longDate(today)));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT a.title, c.name, a.due_on FROM actions a LEFT JOIN customers "
                             "c ON c.id = a.customer_id "
                             "WHERE a.status = 'open' ORDER BY a.due_on, a.id LIMIT 25"));
    ReportTable open;
    open.header = {ReportText::tr("Action"), ReportText::tr("Customer"), ReportText::tr("Due"),
                   ReportText::tr("Overdue")};
    open.numeric = {false, false, false, true};
    if (q.exec())
        while (q.next()) {
            const QDate due = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            const qint64 late = due.isValid() ? due.daysTo(today) : 0;
            open.rows << QStringList{q.value(0).toString(),
                                     q.value(1).toString().isEmpty() ? ReportText::tr("anonymous")
                                                                     : q.value(1).toString(),
                                     QLocale().toString(due, QLocale::ShortFormat),
                                     late > 0 ? ReportText::tr("%n days", nullptr, int(late))
                                              : QString()};
            open.tone << (late > 0 ? -1 : 0);
        }
    open.more = std::max<qint64>(0, actions.openCount() - open.rows.size());
    if (!open.rows.isEmpty())
        out->table(open);
    return true;
}

bool surveyReport(QSqlDatabase& db, qint64 surveyId, const QDate& from, const QDate& to,
                  const QDate& today, Report* out, QString* error)
{
    *out = Report();
    SurveyResults r;
    if (!loadSurveyResults(db, surveyId, from, to, &r, error))
        return false;
    open(out, db, "survey", r.survey.title, period(from, to), today);
    out->from = from;
    out->to = to.isValid() ? to : today;
    if (!r.survey.description.isEmpty())
        out->paragraph(r.survey.description);
    out->figures({ReportFigure{ReportText::tr("Responses"), count(r.responses), QString(), 0,
                               ReportText::tr("in the period")}});
    ReportChart months;
    months.title = ReportText::tr("Responses by month");
    months.valueTitle = ReportText::tr("responses");
    months.floor = 0;
    for (int i = 0; i < r.months.size(); ++i) {
        months.categories << format::month(r.months[i]);
        months.values << double(r.perMonth[i]);
    }
    if (!months.values.isEmpty())
        out->chart(months);
    int number = 0;
    for (const Question& q : r.survey.questions) {
        ++number;
        const auto it =
            std::find_if(r.questions.begin(), r.questions.end(),
                         [&](const QuestionResult& x) { return x.question.id == q.id; });
        if (it == r.questions.end())
            continue; // written answers come below
        const QuestionResult& x = *it;
        out->heading(QStringLiteral("%1. %2").arg(number).arg(q.text));
        QString summary = ReportText::tr("%1 answers").arg(count(x.answers));
        if (x.nps)
            summary += ReportText::tr(" · NPS %1 ± %2")
                           .arg(format::nps(x.nps), format::number(x.npsMargin, 1));
        if (x.csat)
            summary += ReportText::tr(" · CSAT %1 %").arg(format::number(x.csat, 1));
        else if (x.mean)
            summary += ReportText::tr(" · mean %1").arg(format::number(x.mean, 2));
        out->paragraph(summary);
        ReportChart c;
        c.title = q.text;
        c.valueTitle = ReportText::tr("answers");
        c.floor = 0;
        c.categories = x.categories;
        for (int i = 0; i < x.counts.size(); ++i) {
            c.values << double(x.counts[i]);
            if (q.kind == QuestionKind::Nps)
                c.tone << (i >= 9 ? 1 : i <= 6 ? -1 : 0);
        }
        out->chart(c);
        ReportTable t;
        t.header = {ReportText::tr("Answer"), ReportText::tr("Count"), ReportText::tr("Share")};
        t.numeric = {false, true, true};
        for (int i = 0; i < x.counts.size(); ++i)
            t.rows << QStringList{
                x.categories[i], count(x.counts[i]),
                x.answers ? format::number(100.0 * double(x.counts[i]) / double(x.answers), 1,
                                           QStringLiteral(" %"))
                          : kDash};
        out->table(t);
    }
    CommentsReport comments;
    if (!loadComments(db, surveyId, from, to, &comments, error, false))
        return false;
    out->heading(ReportText::tr("Written answers"));
    auto terms = [](const QVector<Theme>& list) {
        QStringList outList;
        for (int i = 0; i < list.size() && i < 8; ++i)
            outList << QStringLiteral("%1 (%2)").arg(list[i].term).arg(list[i].count);
        return outList.isEmpty() ? ReportText::tr("none yet") : outList.join(QStringLiteral(", "));
    };
    out->paragraph(ReportText::tr("%1 written answers: %2 positive, %3 neutral, %4 negative. "
                                  "Promoters mention %5. Detractors mention %6.")
                       .arg(count(comments.comments.size()),
                            count(comments.count(Sentiment::Positive)),
                            count(comments.count(Sentiment::Neutral)),
                            count(comments.count(Sentiment::Negative)),
                            terms(comments.promoterThemes), terms(comments.detractorThemes)));
    ReportTable latest;
    latest.header = {ReportText::tr("Date"), ReportText::tr("Feeling"), ReportText::tr("Comment")};
    latest.numeric = {false, false, false};
    const int commentsShown = 30;
    latest.more = std::max(0, int(comments.comments.size()) - commentsShown);
    for (int i = 0; i < comments.comments.size() && i < commentsShown; ++i) {
        const Comment& c = comments.comments[i];
        latest.rows << QStringList{
            c.submittedAt.left(10),
            ReportText::tr("%1 (%2)").arg(
                c.sentiment.sentiment == Sentiment::Positive   ? ReportText::tr("positive")
                : c.sentiment.sentiment == Sentiment::Negative ? ReportText::tr("negative")
                                                               : ReportText::tr("neutral"),
                format::number(c.sentiment.score, 2)),
            c.text};
        latest.tone << (c.sentiment.sentiment == Sentiment::Negative   ? -1
                        : c.sentiment.sentiment == Sentiment::Positive ? 1
                                                                       : 0);
    }
    if (!latest.rows.isEmpty())
        out->table(latest);
    return true;
}

bool journeyReport(QSqlDatabase& db, qint64 journeyId, const QDate& from, const QDate& to,
                   const QDate& today, Report* out, QString* error)
{
    *out = Report();
    const JourneyMap map = loadJourneyMap(db, journeyId, from, to);
    if (map.journey.id == 0) {
        *error = ReportText::tr("there is no journey %1").arg(journeyId);
        return false;
    }
    open(out, db, "journey", map.journey.name, period(from, to), today);
    out->from = from;
    out->to = to.isValid() ? to : today;
    if (!map.journey.description.isEmpty())
        out->paragraph(map.journey.description);
    if (!map.journey.persona.isEmpty()) {
        QStringList persona{ReportText::tr("Persona: %1.").arg(map.journey.persona)};
        if (!map.journey.personaAbout.isEmpty())
            persona << map.journey.personaAbout;
        if (!map.journey.personaGoals.isEmpty())
            persona << ReportText::tr("Goals: %1").arg(map.journey.personaGoals);
        if (!map.journey.personaFrustrations.isEmpty())
            persona << ReportText::tr("Frustrations: %1").arg(map.journey.personaFrustrations);
        out->paragraph(persona.join(QLatin1Char(' ')));
    }
    const int pains = int(std::count_if(map.cards.begin(), map.cards.end(),
                                        [](const MapCard& c) { return c.painPoint; }));
    out->figures(
        {ReportFigure{ReportText::tr("Journey score"), format::number(map.score, 2), QString(), 0,
                      ReportText::tr("mean customer rating, 1–5")},
         ReportFigure{ReportText::tr("Ratings"), count(map.ratings), QString(), 0,
                      ReportText::tr("by customers in the period")},
         ReportFigure{ReportText::tr("Pain points"), count(pains), QString(), pains ? -1 : 0,
                      ReportText::tr("of %1 touchpoints").arg(map.cards.size())}});
    ReportBlock drawing;
    drawing.kind = ReportBlock::Kind::JourneyMap;
    drawing.journeyId = journeyId;
    drawing.from = from;
    drawing.to = to;
    out->blocks << drawing;
    out->heading(ReportText::tr("Touchpoints"));
    ReportTable t;
    t.header = {ReportText::tr("Stage"),     ReportText::tr("Touchpoint"),
                ReportText::tr("Channel"),   ReportText::tr("Interactions"),
                ReportText::tr("Customers"), ReportText::tr("Team"),
                ReportText::tr("Gap"),       ReportText::tr("Target")};
    t.numeric = {false, false, false, true, true, true, true, true};
    for (const MapCard& c : map.cards) {
        const int s = map.stageIndex(c.touchpoint.stageId),
                  l = map.laneIndex(c.touchpoint.channelId);
        t.rows << QStringList{s >= 0 ? map.stages[s].stage.name : QString(),
                              c.touchpoint.name,
                              l >= 0 && l < map.lanes.size() ? map.lanes[l].name : QString(),
                              count(c.interactions),
                              format::number(c.customerScore, 2),
                              format::number(c.companyScore, 2),
                              format::number(c.gap(), 2),
                              format::number(c.target(), 1)};
        t.tone << (c.painPoint ? -1 : c.standing == MapCard::Standing::OnTarget ? 1 : 0);
    }
    out->table(t);
    out->paragraph(ReportText::tr(
        "Red rows are pain points: below target, or among the journey's lowest quarter."));
    return true;
}

bool customerReport(QSqlDatabase& db, qint64 customerId, const QDate& today, Report* out,
                    QString* error)
{
    *out = Report();
    const auto c = CustomerRepository(db).byId(customerId);
    if (!c) {
        *error = ReportText::tr("there is no customer %1").arg(customerId);
        return false;
    }
    open(out, db, "customer", c->name,
         c->externalId.isEmpty() ? ReportText::tr("Customer profile")
                                 : ReportText::tr("Customer %1").arg(c->externalId),
         today);
    ReportTable profile;
    profile.header = {ReportText::tr("Profile"), QString()};
    profile.numeric = {false, false};
    auto row = [&](const QString& label, const QString& value) {
        if (!value.isEmpty())
            profile.rows << QStringList{label, value};
    };
    row(ReportText::tr("Email"), c->email);
    row(ReportText::tr("Phone"), c->phone);
    row(ReportText::tr("Segment"), c->segment);
    row(ReportText::tr("First contact"), longDate(c->firstContactOn));
    row(ReportText::tr("Became a customer"),
        c->convertedOn.isValid() ? longDate(c->convertedOn) : ReportText::tr("not yet (a lead)"));
    if (c->churnedOn.isValid())
        row(ReportText::tr("Left"), longDate(c->churnedOn));
    row(ReportText::tr("Notes"), c->notes);
    out->table(profile);
    const QVector<ScorePoint> scores = customerScores(db, customerId);
    ReportChart npsChart;
    npsChart.kind = ReportChart::Kind::Line;
    npsChart.title = ReportText::tr("Their NPS answers over time");
    npsChart.valueTitle = ReportText::tr("0–10");
    npsChart.floor = 0;
    npsChart.ceiling = 10;
    for (const ScorePoint& s : scores)
        if (s.kind == QLatin1String("nps")) {
            npsChart.categories << s.at.left(10);
            npsChart.values << s.value;
        }
    if (!npsChart.values.isEmpty())
        out->chart(npsChart);
    out->heading(ReportText::tr("Timeline"));
    const QVector<TimelineEntry> timeline = customerTimeline(db, customerId, 200);
    ReportTable t;
    t.header = {ReportText::tr("Date"), ReportText::tr("What"), ReportText::tr("Detail")};
    t.numeric = {false, false, false};
    for (const TimelineEntry& e : timeline)
        t.rows << QStringList{e.at.left(10), e.title, e.detail};
    if (t.rows.isEmpty())
        out->paragraph(ReportText::tr("Nothing recorded yet."));
    else
        out->table(t);
    return true;
}

QString suggestedFileName(const Report& r)
{
    QString when;
    if (r.from.isValid() && r.to.isValid())
        when = periods::fileLabel(r.from, r.to);
    else if (r.to.isValid())
        when = ReportText::tr("all time");
    else
        when = r.printedOn.toString(Qt::ISODate);
    QString name = r.kind == QLatin1String("summary")
                       //: The file name of a summary report; %1 the period ("2026-11").
                       ? ReportText::tr("CX summary %1").arg(when)
                       : QStringLiteral("%1 %2").arg(r.title, when);
    // A survey's or journey's title may hold what a file name cannot.
    for (const QChar c :
         {QLatin1Char('/'), QLatin1Char('\\'), QLatin1Char(':'), QLatin1Char('*'), QLatin1Char('?'),
          QLatin1Char('"'), QLatin1Char('<'), QLatin1Char('>'), QLatin1Char('|')})
        name.replace(c, QLatin1Char('-'));
    return name + QStringLiteral(".pdf");
}

QString reportText(const Report& r)
{
    QString s;
    s += QStringLiteral("%1\n%2\n%3\nprinted %4\n")
             .arg(r.business, r.title, r.subtitle, r.printedOn.toString(Qt::ISODate));
    for (const ReportBlock& b : r.blocks) {
        switch (b.kind) {
        case ReportBlock::Kind::Heading:
            s += QStringLiteral("\n## %1\n").arg(b.text);
            break;
        case ReportBlock::Kind::Paragraph:
            s += b.text + QLatin1Char('\n');
            break;
        case ReportBlock::Kind::Figures:
            for (const ReportFigure& f : b.figures)
                s +=
                    QStringLiteral("%1: %2%3%4 — %5\n")
                        .arg(f.label, f.value,
                             f.change.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(f.change),
                             f.tone > 0   ? QStringLiteral(" [better]")
                             : f.tone < 0 ? QStringLiteral(" [worse]")
                                          : QString(),
                             f.detail);
            break;
        case ReportBlock::Kind::Table:
            s += QStringLiteral("| %1 |\n").arg(b.table.header.join(QStringLiteral(" | ")));
            for (int i = 0; i < b.table.rows.size(); ++i)
                s += QStringLiteral("| %1 |%2\n")
                         .arg(b.table.rows[i].join(QStringLiteral(" | ")),
                              b.table.tone.value(i) < 0 ? QStringLiteral(" !") : QString());
            if (b.table.more > 0)
                s += moreRowsText(b.table.more) + QLatin1Char('\n');
            break;
        case ReportBlock::Kind::Chart: {
            QStringList points;
            for (int i = 0; i < b.chart.categories.size(); ++i)
                points << QStringLiteral("%1=%2").arg(b.chart.categories[i],
                                                      format::number(b.chart.values.value(i), 1));
            s += QStringLiteral("[chart] %1: %2\n")
                     .arg(b.chart.title, points.join(QStringLiteral(", ")));
            break;
        }
        case ReportBlock::Kind::JourneyMap:
            s += QStringLiteral("[journey map %1]\n").arg(b.journeyId);
            break;
        }
    }
    return s;
}

} // namespace cx
