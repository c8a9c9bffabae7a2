#include "core/demo/demo.h"

#include "core/actions/actionrepository.h"
#include "core/actions/staff.h"
#include "core/common/clock.h"
#include "core/common/text.h"
#include "core/customers/customerfields.h"
#include "core/customers/customerrepository.h"
#include "core/demo/demodata.h"
#include "core/interactions/interactionrepository.h"
#include "core/io/privatefile.h"
#include "core/journeys/journeyrepository.h"
#include "core/metrics/dailysums.h"
#include "core/storage/bulkload.h"
#include "core/storage/database.h"
#include "core/storage/engine.h"
#include "core/storage/maintenance.h"
#include "core/storage/settings.h"
#include "core/storage/sqlutil.h"
#include "core/surveys/responserepository.h"
#include "core/surveys/surveyrepository.h"

#include <QFile>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

namespace cx {

namespace {

using namespace cx::demo;

// Who looks after a touchpoint at the café, by its channel.
QString ownerOf(const QString& channel)
{
    if (channel == QLatin1String("Store") || channel == QLatin1String("In person"))
        return QStringLiteral("Sam (shop floor)");
    if (channel == QLatin1String("Web") || channel == QLatin1String("Mobile app") ||
        channel == QLatin1String("Social media"))
        return QStringLiteral("Lena (online)");
    return QStringLiteral("Joe (office)");
}

// splitmix64: small, fast, and the same sequence on every platform and
// standard library (std:: distributions are not).
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    int below(int n) { return int(uniform() * n); }
    int range(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(double p) { return uniform() < p; }
    double normal(double mean, double sd)
    {
        const double u1 = std::max(uniform(), 1e-12);
        const double u2 = uniform();
        return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    double exponential(double mean) { return -mean * std::log(std::max(1.0 - uniform(), 1e-12)); }
    QString uuid()
    {
        const quint64 a = (next() & 0xFFFFFFFFFFFF0FFFULL) | 0x4000ULL;
        const quint64 b = (next() & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
        char buf[37];
        static const char hex[] = "0123456789abcdef";
        int p = 0;
        for (int i = 0; i < 16; ++i) {
            if (i == 4 || i == 6 || i == 8 || i == 10)
                buf[p++] = '-';
            const quint64 word = i < 8 ? a : b;
            const int byte = int((word >> (8 * (7 - (i % 8)))) & 0xFF);
            buf[p++] = hex[byte >> 4];
            buf[p++] = hex[byte & 15];
        }
        return QString::fromLatin1(buf, p);
    }

private:
    quint64 m_state;
};

int clampRound(double v, int lo, int hi)
{
    return std::clamp(int(std::lround(v)), lo, hi);
}

// Local time of the business (UK: GMT in winter, BST in summer) on a day
// index counted from the first day of the history.
class Clock
{
public:
    Clock(const QDate& first, int days) : m_first(first)
    {
        for (int d = 0; d < days + 400; ++d) {
            const QDate date = first.addDays(d);
            m_dates.push_back(date.toString(Qt::ISODate));
            m_offsets.push_back(isSummerTime(date) ? 3600 : 0);
        }
    }
    const QString& date(int day) const
    {
        return m_dates.at(std::clamp(day, 0, int(m_dates.size()) - 1));
    }
    QDate qdate(int day) const { return m_first.addDays(day); }
    int offset(int day) const
    {
        return m_offsets.at(std::clamp(day, 0, int(m_offsets.size()) - 1));
    }

    // Seconds since the first day, UTC, for a local day and time.
    qint64 utc(int day, int secondOfDay) const
    {
        return qint64(day) * 86400 + secondOfDay - offset(day);
    }
    QString timestamp(qint64 utcSeconds) const
    {
        int day = int(utcSeconds / 86400);
        const int off = offset(day);
        const qint64 local = utcSeconds + off;
        day = int(local / 86400);
        const int s = int(local % 86400);
        char buf[16];
        std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
        return date(day) + QLatin1String(buf) +
               (off ? QLatin1String("+01:00") : QLatin1String("+00:00"));
    }

private:
    static bool isSummerTime(const QDate& d)
    {
        auto lastSunday = [](int year, int month) {
            QDate x(year, month, QDate(year, month, 1).daysInMonth());
            return x.addDays(-(x.dayOfWeek() % 7));
        };
        return d > lastSunday(d.year(), 3) && d <= lastSunday(d.year(), 10);
    }
    QDate m_first;
    QVector<QString> m_dates;
    QVector<int> m_offsets;
};

struct TouchpointInfo
{
    qint64 id;
    qint64 channelId;
    int journey;
    const TouchpointSpec* spec;
};

struct Person
{
    qint64 id;
    QString name;
    int segment;
    double mood;
    int firstDay;
    int convertedDay; // -1: prospect
    int activeEnd;    // last day the customer still shows up
};

struct Event
{
    qint64 utc;
    int person; // -1: anonymous
    int touchpoint;
    int extra; // survey index for responses; kind for interactions
};

const char* const kResolutions[] = {
    "Called back and apologised; offered a voucher.",
    "Refunded the order and explained the cause.",
    "Replaced the product; customer happy again.",
    "Passed the feedback to the team at the morning briefing.",
    "Fixed the underlying problem and thanked the customer.",
};

// The team the follow-ups are given to, and what they wrote on them.
const char* const kStaff[] = {"Sam", "Priya", "Jo"};
const char* const kActionNotes[] = {
    "Left a voicemail; will try again after lunch.",
    "Spoke to the customer: wants a call from the manager.",
    "Checked the order history; the delay was on our side.",
    "Sent an email with the opening hours and a voucher code.",
};

Survey sampleSurvey(Rng& rng, const QString& title, const QString& description, qint64 touchpointId,
                    const QVector<Question>& questions)
{
    Survey s;
    s.uuid = rng.uuid();
    s.title = title;
    s.description = description;
    s.status = SurveyStatus::Active;
    s.language = QStringLiteral("en");
    s.touchpointId = touchpointId;
    s.questions = questions;
    return s;
}

Question withLabels(Question q, const QString& min, const QString& max)
{
    q.labelMin = min;
    q.labelMax = max;
    return q;
}

// Tags and two fields of the sample business's own (a birthday, allergies)
// on some customers. They draw from a generator of their own, so the rest of
// the sample (who comes, what they say) is the same with or without them.
bool addTagsAndFields(QSqlDatabase& db, const QVector<Person>& people, quint64 seed,
                      const QDate& end, QString* error)
{
    CustomerFields fields(db);
    CustomerField birthday{0, QStringLiteral("Birthday"), FieldKind::Date, 1, 0, {}};
    CustomerField allergies{0, QStringLiteral("Allergies"), FieldKind::Text, 2, 0, {}};
    if (!fields.add(birthday, error) || !fields.add(allergies, error))
        return false;
    QSqlQuery tag(db), value(db);
    tag.prepare(QStringLiteral("INSERT INTO customer_tags (customer_id, tag) VALUES (?, ?)"));
    value.prepare(QStringLiteral(
        "INSERT INTO customer_field_values (customer_id, field_id, value) VALUES (?, ?, ?)"));
    auto write = [&](QSqlQuery& q, const QVariantList& values) {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        return sql::exec(q, "cannot write sample tags", error);
    };
    static const char* const otherAllergies[] = {"gluten", "lactose", "sesame"};
    Rng rng(seed ^ 0x7A65F1E1DULL);
    for (const Person& p : people) {
        const bool vip = p.segment == 0 && rng.chance(0.25);
        const bool regular = p.convertedDay >= 0 && rng.chance(0.3);
        const bool nuts = rng.chance(0.04);
        const bool newsletter = rng.chance(0.35);
        if ((vip && !write(tag, {p.id, QStringLiteral("VIP")})) ||
            (regular && !write(tag, {p.id, QStringLiteral("Regular")})) ||
            (nuts && !write(tag, {p.id, QStringLiteral("Allergic to nuts")})) ||
            (newsletter && !write(tag, {p.id, QStringLiteral("Newsletter")})))
            return false;
        if (rng.chance(0.3)) {
            const QDate born = end.addYears(-18 - rng.below(60)).addDays(-rng.below(365));
            if (!write(value, {p.id, birthday.id, born.toString(Qt::ISODate)}))
                return false;
        }
        const QString allergy = nuts               ? QStringLiteral("nuts")
                                : rng.chance(0.05) ? QLatin1String(otherAllergies[rng.below(3)])
                                                   : QString();
        if (!allergy.isEmpty() && !write(value, {p.id, allergies.id, allergy}))
            return false;
    }
    return true;
}

} // namespace

DemoGenerator::DemoGenerator(QSqlDatabase& db) : m_db(db) {}

bool DemoGenerator::isEmpty(QString* why)
{
    if (holdsABusiness(m_db)) {
        *why = QStringLiteral(
            "the database already holds a business; sample data goes into a new, empty database "
            "(use --db with a new file name)");
        return false;
    }
    return true;
}

bool DemoGenerator::generate(const DemoOptions& o, DemoSummary* summary, QString* error)
{
    if (o.customers < 1 || o.interactions < 0 || o.responses < 0) {
        *error = QStringLiteral(
            "sample sizes must be at least 1 customer and 0 interactions and responses");
        return false;
    }
    if (!isEmpty(error))
        return false;
    auto progress = [&](const char* step, int percent) {
        if (m_progress)
            m_progress(QLatin1String(step), percent);
    };

    Rng rng(o.seed);
    const QDate end = o.end.isValid() ? o.end : clock::today().addDays(-1);
    const QDate first = end.addMonths(-18);
    const int days = int(first.daysTo(end)) + 1;
    const Clock clock(first, days);

    // A page cache as big as the result (1 GiB at most) keeps the random uuid
    // index inserts in memory and writes each page once, at commit.
    BulkWriteMode bulkMode(m_db, 1048576, BulkWriteMode::Journal::Rollback);
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = QStringLiteral("cannot write sample data: %1").arg(tx.error());
        return false;
    }

    // Secondary indexes are rebuilt once at the end (a sort) instead of being
    // updated by a million random inserts, and the daily sums are computed
    // once instead of by a trigger per row.
    BulkLoad bulk;
    if (!bulk.suspend(m_db,
                      {QStringLiteral("customers"), QStringLiteral("interactions"),
                       QStringLiteral("responses"), QStringLiteral("answers"),
                       QStringLiteral("actions"), QStringLiteral("customer_tags"),
                       QStringLiteral("customer_field_values")},
                      error))
        return false;

    if (!setBusinessName(m_db, QStringLiteral("Crumb & Co."), error))
        return false;
    QStringList staff;
    for (const char* name : kStaff)
        staff << QLatin1String(name);
    if (!setStaffNames(m_db, staff, error))
        return false;

    // --- The map: journeys, stages and touchpoints.
    progress("journeys", 0);
    JourneyRepository catalog(m_db);
    QVector<TouchpointInfo> tps;
    for (int j = 0; j < kJourneyCount; ++j) {
        const JourneySpec& js = kJourneys[j];
        Journey journey;
        journey.name = QLatin1String(js.name);
        journey.persona = QLatin1String(js.persona);
        journey.description = QLatin1String(js.description);
        journey.personaAbout = QLatin1String(js.personaAbout);
        journey.personaGoals = QLatin1String(js.personaGoals);
        journey.personaFrustrations = QLatin1String(js.personaFrustrations);
        if (!catalog.addJourney(journey, error))
            return false;
        for (int s = 0; s < js.stageCount; ++s) {
            const StageSpec& ss = js.stages[s];
            Stage stage;
            stage.journeyId = journey.id;
            stage.name = QLatin1String(ss.name);
            stage.position = s;
            stage.lifecyclePhase = QLatin1String(ss.phase);
            // The shop visit has the owner's hoped-for feeling set: pleased throughout, delighted
            // at the table.
            if (j == 0)
                stage.expectedEmotion = stage.lifecyclePhase == QLatin1String("fulfil") ? 1.5 : 1.0;
            if (!catalog.addStage(stage, error))
                return false;
            for (int t = 0; t < ss.touchpointCount; ++t) {
                const TouchpointSpec& ts = ss.touchpoints[t];
                const auto channel = catalog.channelByName(QLatin1String(ts.channel));
                Touchpoint tp;
                tp.stageId = stage.id;
                tp.channelId = channel ? channel->id : 0;
                tp.name = QLatin1String(ts.name);
                tp.position = t;
                tp.target = 4.0; // "good" on the 1-5 scale
                tp.owner = ownerOf(QLatin1String(ts.channel));
                if (!catalog.addTouchpoint(tp, error))
                    return false;
                tps.push_back({tp.id, tp.channelId, j, &ts});
            }
        }
    }
    auto touchpointNamed = [&](const char* name) {
        for (int i = 0; i < tps.size(); ++i)
            if (qstrcmp(tps[i].spec->name, name) == 0)
                return i;
        return 0;
    };

    // --- Three surveys: relationship NPS, post-visit CSAT, support CES.
    SurveyRepository surveys(m_db);
    Question improve = makeQuestion(QStringLiteral("improve"), QuestionKind::Single,
                                    QStringLiteral("What should we improve first?"));
    improve.options = {QStringLiteral("Waiting time"), QStringLiteral("Delivery"),
                       QStringLiteral("Prices"), QStringLiteral("Ordering by phone or app"),
                       QStringLiteral("Staff friendliness")};
    improve.showIf = QStringLiteral(R"({"code":"nps","op":"<=","value":6})");
    Survey npsSurvey = sampleSurvey(
        rng, QStringLiteral("How likely are you to recommend us?"),
        QStringLiteral(
            "Relationship survey sent by email every quarter and offered at the counter."),
        0,
        {withLabels(
             makeQuestion(
                 QStringLiteral("nps"), QuestionKind::Nps,
                 QStringLiteral(
                     "How likely are you to recommend Crumb & Co. to a friend or colleague?"),
                 true),
             QStringLiteral("Not at all likely"), QStringLiteral("Extremely likely")),
         makeQuestion(QStringLiteral("reason"), QuestionKind::Text,
                      QStringLiteral("What is the main reason for your score?")),
         improve});
    Survey csatSurvey = sampleSurvey(
        rng, QStringLiteral("How was your visit today?"),
        QStringLiteral(
            "Post-visit satisfaction on the counter tablet, on receipts and after deliveries."),
        tps[touchpointNamed("Counter order")].id,
        {withLabels(makeQuestion(QStringLiteral("csat"), QuestionKind::Csat,
                                 QStringLiteral("How satisfied are you with your visit today?"),
                                 true),
                    QStringLiteral("Very dissatisfied"), QStringLiteral("Very satisfied")),
         makeQuestion(QStringLiteral("staff"), QuestionKind::Rating,
                      QStringLiteral("How friendly and helpful were our staff?")),
         makeQuestion(QStringLiteral("comment"), QuestionKind::Text,
                      QStringLiteral("Anything you would like to tell us?"))});
    Survey cesSurvey = sampleSurvey(
        rng, QStringLiteral("Support follow-up"),
        QStringLiteral("Sent after a support email or call is closed."),
        tps[touchpointNamed("Phone support")].id,
        {withLabels(makeQuestion(QStringLiteral("ces"), QuestionKind::Ces,
                                 QStringLiteral("How easy was it to get your issue resolved?"),
                                 true),
                    QStringLiteral("Very difficult"), QStringLiteral("Very easy")),
         makeQuestion(QStringLiteral("resolved"), QuestionKind::YesNo,
                      QStringLiteral("Was your issue resolved?"), true),
         makeQuestion(QStringLiteral("comment"), QuestionKind::Text,
                      QStringLiteral("How could we have made it easier?"))});
    for (Survey* s : {&npsSurvey, &csatSurvey, &cesSurvey})
        if (!surveys.insert(*s, error))
            return false;

    // --- Customers: leads over 18 months, most convert, some churn.
    progress("customers", 5);
    CustomerRepository customers(m_db);
    QVector<Person> people;
    people.reserve(o.customers);
    QVector<double> activity; // cumulative weights for picking who shows up
    activity.reserve(o.customers);
    double activityTotal = 0;
    static const double segmentActivity[kSegmentCount] = {2.0, 1.5, 1.0, 0.8};
    for (int i = 0; i < o.customers; ++i) {
        double u = rng.uniform();
        int segment = 0;
        while (segment < kSegmentCount - 1 && u > kSegments[segment].share) {
            u -= kSegments[segment].share;
            ++segment;
        }
        Customer c;
        c.uuid = rng.uuid();
        c.externalId = QStringLiteral("C%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        const QString firstName = QLatin1String(kFirstNames[rng.below(kFirstNameCount)]);
        const QString lastName = QLatin1String(kLastNames[rng.below(kLastNameCount)]);
        c.name = firstName + QLatin1Char(' ') + lastName;
        if (rng.chance(0.75))
            c.email = QStringLiteral("%1.%2%3@example.com")
                          .arg(firstName.toLower(), lastName.toLower())
                          .arg(i % 97);
        if (rng.chance(0.5))
            c.phone = QStringLiteral("07700 900%1").arg(rng.below(1000), 3, 10, QLatin1Char('0'));
        c.segment = QLatin1String(kSegments[segment].name);

        // More leads in recent months: the business is growing.
        const int firstDay = std::min(days - 1, int(std::pow(rng.uniform(), 0.8) * days));
        Person p{0,
                 c.name,
                 segment,
                 rng.normal(0.0, 0.45),
                 firstDay,
                 -1,
                 std::min(days - 1, firstDay + 14)};
        c.firstContactOn = clock.qdate(firstDay);
        if (rng.chance(0.74)) {
            const int convertedDay = firstDay + int(rng.exponential(9.0));
            if (convertedDay < days) {
                p.convertedDay = convertedDay;
                c.convertedOn = clock.qdate(convertedDay);
                p.activeEnd = days - 1;
                // Unhappy customers leave sooner.
                const double churnChance = std::clamp(0.22 - 0.35 * p.mood, 0.03, 0.8);
                if (rng.chance(churnChance)) {
                    const int churnDay = convertedDay + 20 + int(rng.exponential(200.0));
                    if (churnDay < days) {
                        c.churnedOn = clock.qdate(churnDay);
                        p.activeEnd = churnDay;
                    }
                }
            }
        }
        if (rng.chance(0.04))
            c.notes = QLatin1String(kInteractionNotes[rng.below(kInteractionNoteCount)]);
        if (!customers.insert(c, error))
            return false;
        p.id = c.id;
        people.push_back(p);
        const double weight = segmentActivity[segment] * (p.activeEnd - p.firstDay + 1) *
                              (p.convertedDay < 0 ? 0.15 : 1.0);
        activityTotal += weight;
        activity.push_back(activityTotal);
    }
    if (!addTagsAndFields(m_db, people, o.seed, end, error))
        return false;
    auto pickPerson = [&]() {
        const double x = rng.uniform() * activityTotal;
        return int(std::upper_bound(activity.begin(), activity.end(), x) - activity.begin());
    };
    auto pickTouchpoint = [&](int segment, bool serviceOnly) {
        // Journey by the segment's habits, then touchpoint by its traffic.
        double u = rng.uniform();
        int journey = 0;
        while (journey < kJourneyCount - 1 && u > kSegments[segment].journeyWeights[journey]) {
            u -= kSegments[segment].journeyWeights[journey];
            ++journey;
        }
        double total = 0;
        for (const TouchpointInfo& t : tps)
            if (t.journey == journey && (!serviceOnly || t.spec->resolutionHours >= 2))
                total += t.spec->weight;
        double x = rng.uniform() * total;
        for (int i = 0; i < tps.size(); ++i) {
            const TouchpointInfo& t = tps[i];
            if (t.journey != journey || (serviceOnly && t.spec->resolutionHours < 2))
                continue;
            x -= t.spec->weight;
            if (x <= 0)
                return i;
        }
        return int(tps.size()) - 1;
    };
    auto dayIn = [&](const Person& p) {
        return rng.range(p.firstDay, std::max(p.firstDay, p.activeEnd));
    };
    auto openingSecond = [&](const TouchpointInfo& t) {
        const bool shop =
            qstrcmp(t.spec->channel, "Store") == 0 || qstrcmp(t.spec->channel, "In person") == 0;
        return shop ? rng.range(7 * 3600, 19 * 3600) : rng.range(6 * 3600, 23 * 3600);
    };

    // --- Interactions, in time order so the date indexes grow at their end.
    progress("interactions", 15);
    QVector<Event> events;
    events.reserve(o.interactions);
    for (int i = 0; i < o.interactions; ++i) {
        const int who = pickPerson();
        const Person& p = people[who];
        const int tp = pickTouchpoint(p.segment, false);
        const int day = dayIn(p);
        events.push_back({clock.utc(day, openingSecond(tps[tp])), who, tp, 0});
    }
    std::sort(events.begin(), events.end(),
              [](const Event& a, const Event& b) { return a.utc < b.utc; });

    InteractionRepository interactions(m_db);
    ActionRepository actions(m_db);
    const qint64 endUtc = clock.utc(days - 1, 86399);
    int actionCount = 0;
    auto addAction = [&](qint64 customerId, qint64 responseId, qint64 interactionId,
                         const QString& title, qint64 createdUtc) {
        Action a;
        a.customerId = customerId;
        a.responseId = responseId;
        a.interactionId = interactionId;
        a.title = title;
        a.createdAt = clock.timestamp(createdUtc);
        const int createdDay = int(createdUtc / 86400);
        a.dueOn = clock.qdate(createdDay + 3);
        if (createdDay + 10 < days && rng.chance(0.92)) {
            a.status = ActionStatus::Done;
            a.closedAt =
                clock.timestamp(std::min(endUtc, createdUtc + rng.range(2 * 3600, 6 * 86400)));
            a.resolution = QLatin1String(kResolutions[rng.below(int(std::size(kResolutions)))]);
        }
        // Owners and notes follow the count, not the random numbers, so the
        // rest of the sample stays as it was.
        if (actionCount % 4 != 3)
            a.owner = QLatin1String(kStaff[actionCount % 3]);
        const int n = actionCount++;
        if (!actions.insert(a, error))
            return false;
        for (int k = 0; k < (n % 6 == 0 ? 2 : n % 3 == 0 ? 1 : 0); ++k) {
            const qint64 at = createdUtc + 3600 + k * 1800;
            if (at > endUtc)
                break;
            ActionNote note;
            note.actionId = a.id;
            note.writtenAt = clock.timestamp(at);
            note.author = QLatin1String(kStaff[(n + k + 1) % 3]);
            note.text = QLatin1String(kActionNotes[(n / 3 + k) % int(std::size(kActionNotes))]);
            if (!actions.addNote(note, error))
                return false;
        }
        return true;
    };

    for (int i = 0; i < events.size(); ++i) {
        const Event& e = events[i];
        const Person& p = people[e.person];
        const TouchpointInfo& t = tps[e.touchpoint];
        Interaction x;
        x.uuid = rng.uuid();
        x.customerId = p.id;
        x.touchpointId = t.id;
        x.channelId = t.channelId;
        x.occurredAt = clock.timestamp(e.utc);
        Kind kind = t.spec->kinds[rng.below(3)];
        const double feel = t.spec->customerMean + p.mood;
        const int customerRating = clampRound(rng.normal(feel, 0.8), 1, 5);
        if (customerRating <= 2 && rng.chance(0.35))
            kind = Complaint;
        x.kind = QLatin1String(kKindNames[kind]);
        if (rng.chance(0.45) || kind == Complaint)
            x.customerRating = customerRating;
        if (rng.chance(0.6))
            x.staffRating = clampRound(rng.normal(t.spec->staffMean, 0.6), 1, 5);
        const bool service =
            kind == Enquiry || kind == Support || kind == Complaint || kind == Delivery;
        if (service) {
            const double hours =
                std::max(0.05, rng.exponential(std::max(0.2, t.spec->resolutionHours)));
            const qint64 resolved = e.utc + qint64(hours * 3600);
            // Recent contacts may still be open.
            if (resolved <= endUtc && !(endUtc - e.utc < 7 * 86400 && rng.chance(0.3)))
                x.resolvedAt = clock.timestamp(resolved);
        }
        switch (kind) {
        case Complaint:
            x.outcome = x.resolvedAt.isEmpty()
                            ? QStringLiteral("open")
                            : QLatin1String(rng.chance(0.5) ? "apology and voucher" : "refunded");
            break;
        case Delivery:
            x.outcome = customerRating <= 2 ? QStringLiteral("late") : QStringLiteral("delivered");
            break;
        case Enquiry:
        case Support:
            x.outcome =
                x.resolvedAt.isEmpty() ? QStringLiteral("open") : QStringLiteral("answered");
            break;
        default:
            x.outcome = QStringLiteral("completed");
        }
        if (rng.chance(0.05))
            x.notes = QLatin1String(kInteractionNotes[rng.below(kInteractionNoteCount)]);
        if (!interactions.insert(x, error))
            return false;
        if (kind == Complaint && !addAction(p.id, 0, x.id,
                                            Text::tr("Follow up %1's complaint about %2")
                                                .arg(p.name, QLatin1String(t.spec->name)),
                                            e.utc))
            return false;
        if (m_progress && i % 20000 == 0)
            progress("interactions", 15 + int(55.0 * i / std::max(1, o.interactions)));
    }

    // --- Survey responses with comments that match their scores.
    progress("responses", 70);
    events.clear();
    events.reserve(o.responses);
    for (int i = 0; i < o.responses; ++i) {
        const double u = rng.uniform();
        const int survey = u < 0.35 ? 0 : (u < 0.8 ? 1 : 2);
        const bool anonymous = rng.chance(0.3);
        const int who = anonymous ? -1 : pickPerson();
        const int segment = anonymous ? rng.below(kSegmentCount) : people[who].segment;
        const int tp = pickTouchpoint(segment, survey == 2);
        const int day = anonymous ? rng.below(days) : dayIn(people[who]);
        events.push_back({clock.utc(day, openingSecond(tps[tp])), who, tp, survey});
    }
    std::sort(events.begin(), events.end(),
              [](const Event& a, const Event& b) { return a.utc < b.utc; });

    ResponseRepository responses(m_db);
    const Survey* surveyOf[3] = {&npsSurvey, &csatSurvey, &cesSurvey};
    const qint64 emailId = catalog.channelByName(QStringLiteral("Email"))->id;
    const qint64 storeId = catalog.channelByName(QStringLiteral("Store"))->id;
    auto comment = [&](int feeling, const TouchpointInfo& t) {
        if (feeling == 0 && t.spec->trouble && rng.chance(0.6))
            return QLatin1String(t.spec->trouble);
        if (feeling == 2 && t.spec->praise && rng.chance(0.5))
            return QLatin1String(t.spec->praise);
        return QLatin1String(kComments[feeling][rng.below(kCommentCounts[feeling])]);
    };
    for (int i = 0; i < events.size(); ++i) {
        const Event& e = events[i];
        const TouchpointInfo& t = tps[e.touchpoint];
        const double mood = e.person >= 0 ? people[e.person].mood : rng.normal(0.0, 0.45);
        const Survey& s = *surveyOf[e.extra];
        Response r;
        r.uuid = rng.uuid();
        r.surveyId = s.id;
        r.customerId = e.person >= 0 ? people[e.person].id : 0;
        r.submittedAt = clock.timestamp(e.utc);
        int feeling = 1;
        QString title;
        if (e.extra == 0) {
            // Relationship NPS: the whole relationship, coloured by the last touchpoint.
            const double base = 0.5 * (4.1 + mood) + 0.5 * (t.spec->customerMean + mood);
            const int nps = clampRound(rng.normal(2.3 * base - 0.9, 1.5), 0, 10);
            const double v = rng.uniform();
            r.channelId = v < 0.6 ? emailId : (v < 0.85 ? storeId : t.channelId);
            r.source = v < 0.6 ? ResponseSource::Import
                               : (v < 0.85 ? ResponseSource::Kiosk : ResponseSource::Paper);
            r.answers.push_back({s.questions[0].id, double(nps), {}});
            feeling = nps <= 6 ? 0 : (nps <= 8 ? 1 : 2);
            if (nps <= 6 && rng.chance(0.8)) {
                const char* area =
                    qstrcmp(t.spec->channel, "In person") == 0 && t.spec->resolutionHours > 10
                        ? "Delivery"
                        : nullptr;
                r.answers.push_back(
                    {s.questions[2].id, std::nullopt,
                     area ? QLatin1String(area) : s.questions[2].options[rng.below(5)]});
            }
            // Titles in the window's language, as the follow-ups CX Desk opens itself.
            if (nps <= 6)
                title = Text::tr("Call %1 back about their %2 of %3")
                            .arg(e.person >= 0 ? people[e.person].name : QString(),
                                 QStringLiteral("NPS"))
                            .arg(nps);
        } else if (e.extra == 1) {
            const double base = t.spec->customerMean + mood;
            const int csat = clampRound(rng.normal(base, 0.75), 1, 5);
            r.touchpointId = t.id;
            r.channelId = t.channelId;
            const bool counter = qstrcmp(t.spec->channel, "Store") == 0;
            r.source = counter
                           ? ResponseSource::Kiosk
                           : (qstrcmp(t.spec->channel, "In person") == 0 ? ResponseSource::Paper
                                                                         : ResponseSource::Import);
            r.answers.push_back({s.questions[0].id, double(csat), {}});
            if (rng.chance(0.8))
                r.answers.push_back(
                    {s.questions[1].id, double(clampRound(rng.normal(base + 0.2, 0.7), 1, 5)), {}});
            feeling = csat <= 2 ? 0 : (csat == 3 ? 1 : 2);
            if (csat <= 2)
                title = Text::tr("Call %1 back about their CSAT of %2 at %3")
                            .arg(e.person >= 0 ? people[e.person].name : QString())
                            .arg(csat)
                            .arg(QLatin1String(t.spec->name));
        } else {
            const double base = t.spec->customerMean + mood;
            const int ces = clampRound(rng.normal(1.6 * base - 0.5, 1.0), 1, 7);
            r.touchpointId = t.id;
            r.channelId = t.channelId;
            r.source = ResponseSource::Import;
            r.answers.push_back({s.questions[0].id, double(ces), {}});
            r.answers.push_back(
                {s.questions[1].id, rng.chance(ces >= 4 ? 0.92 : 0.45) ? 1.0 : 0.0, {}});
            feeling = ces <= 3 ? 0 : (ces <= 5 ? 1 : 2);
        }
        static const double commentChance[3] = {0.7, 0.3, 0.45};
        if (rng.chance(commentChance[feeling])) {
            const qint64 textQuestion = e.extra == 0 ? s.questions[1].id : s.questions[2].id;
            r.answers.push_back({textQuestion, std::nullopt, comment(feeling, t)});
        }
        if (!responses.insert(r, error))
            return false;
        if (!title.isEmpty() && e.person >= 0 && !addAction(r.customerId, r.id, 0, title, e.utc))
            return false;
        if (m_progress && i % 20000 == 0)
            progress("responses", 70 + int(28.0 * i / std::max(1, o.responses)));
    }

    // A few follow-ups were closed by writing to the customer or calling them
    // (the contacts of Contact in one click), picked from the actions alone
    // so the rest of the sample stays as it was.
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "INSERT INTO contacts (customer_id, action_id, contacted_at, how, template) "
            "SELECT customer_id, id, closed_at, CASE WHEN id % 3 = 0 THEN 'phone' ELSE 'email' "
            "END, "
            " CASE WHEN id % 3 = 0 THEN NULL ELSE 'apology' END FROM actions "
            "WHERE status = 'done' AND customer_id IS NOT NULL AND closed_at IS NOT NULL "
            "AND id % 4 = 0 ORDER BY id DESC LIMIT 40"));
        if (!sql::exec(q, QT_TRANSLATE_NOOP("cx::Text", "cannot write the sample contacts"), error))
            return false;
    }

    progress("indexes", 96);
    if (!bulk.restore(m_db, error))
        return false;
    progress("saving", 98);
    if (!tx.commit(error))
        return false;
    engineOf(m_db).optimize(m_db);
    progress("done", 100);
    if (summary) {
        summary->journeys = kJourneyCount;
        summary->touchpoints = int(tps.size());
        summary->customers = o.customers;
        summary->interactions = o.interactions;
        summary->responses = o.responses;
        summary->actions = actionCount;
    }
    return true;
}

bool writeTillExportSample(QSqlDatabase& db, const QString& path, QString* error)
{
    QSqlQuery rows(db);
    if (!rows.exec(QStringLiteral(
            "SELECT i.occurred_at, c.external_id, ch.name, t.name, i.kind, i.outcome FROM "
            "interactions i "
            "LEFT JOIN customers c ON c.id = i.customer_id JOIN channels ch ON ch.id = "
            "i.channel_id "
            "JOIN touchpoints t ON t.id = i.touchpoint_id ORDER BY i.id DESC LIMIT 12"))) {
        *error = sql::errorText(rows);
        return false;
    }
    QByteArray csv =
        "occurred_at,customer_external_id,channel,touchpoint,kind,outcome,customer_rating,notes\n";
    for (int n = 0; rows.next(); ++n) {
        QStringList cells;
        for (int c = 0; c < 6; ++c)
            cells << rows.value(c).toString();
        cells << QString::number(n == 4 ? 7 : 3 + n % 3)
              << (n == 2 ? QStringLiteral("Asked for oat milk") : QString());
        csv += cells.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    // It names customers of the database: owner-only like every export.
    QString why;
    if (!writePrivateFile(path, csv, &why)) {
        *error = Text::tr("cannot write '%1': %2").arg(path, why);
        return false;
    }
    return true;
}

} // namespace cx
