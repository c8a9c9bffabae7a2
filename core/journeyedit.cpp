#include "journeyedit.h"

#include "sqlutil.h"

namespace cx {

namespace {

struct TemplateTouchpoint
{
    const char* name;
    const char* channel;
};

struct TemplateStage
{
    const char* name;
    const char* phase;
    TemplateTouchpoint touchpoints[3];
};

struct TemplateSpec
{
    const char* key;
    const char* name;
    const char* persona;
    const char* description;
    TemplateStage stages[6];
};

// Empty names end the lists.
const TemplateSpec kTemplates[] = {
    {"shop-visit", "Shop visit", "A regular from the neighbourhood",
     "From noticing the shop to coming back as a regular.",
     {{"Discover", "discover", {{"Shop window", "In person"}, {"Social media posts", "Social media"}, {"Online reviews", "Web"}}},
      {"Visit", "order", {{"Welcome at the door", "In person"}, {"Browsing the shelves", "Store"}}},
      {"Buy", "pay", {{"Till and payment", "Store"}}},
      {"After the visit", "support", {{"Returns and exchanges", "Store"}, {"Questions by phone", "Call center"}}},
      {"Come back", "advocate", {{"Loyalty card", "Store"}, {"Newsletter", "Email"}}}}},
    {"online-order", "Online order and delivery", "A busy customer ordering from the phone",
     "From finding the web shop to the parcel at the door.",
     {{"Discover", "discover", {{"Search and ads", "Web"}, {"Social media", "Social media"}}},
      {"Order", "order", {{"Web shop", "Web"}, {"Mobile app", "Mobile app"}}},
      {"Pay", "pay", {{"Online checkout", "Web"}}},
      {"Delivery", "fulfil", {{"Order confirmation", "Email"}, {"Delivery at the door", "In person"}}},
      {"Help", "support", {{"Email support", "Email"}, {"Phone support", "Call center"}}},
      {"Review", "advocate", {{"Review request", "Email"}}}}},
    {"service-appointment", "Service or repair appointment", "A customer whose device needs fixing",
     "From looking for help to the follow-up after the repair.",
     {{"Discover", "discover", {{"Website", "Web"}, {"Word of mouth", "In person"}}},
      {"Book", "order", {{"Booking by phone", "Call center"}, {"Online booking", "Web"}}},
      {"Visit", "fulfil", {{"Reception", "Store"}, {"Repair or service", "Store"}}},
      {"Pay", "pay", {{"Invoice and payment", "Store"}}},
      {"Follow up", "support", {{"Follow-up call", "Call center"}, {"Warranty claim", "Email"}}}}},
    {"restaurant-visit", "Restaurant visit", "Friends out for dinner",
     "From choosing the restaurant to recommending it.",
     {{"Discover", "discover", {{"Online reviews", "Web"}, {"Social media", "Social media"}}},
      {"Book", "order", {{"Table booking by phone", "Call center"}, {"Online booking", "Web"}}},
      {"Eat", "fulfil", {{"Welcome and seating", "In person"}, {"Table service", "In person"}, {"Food from the kitchen", "In person"}}},
      {"Pay", "pay", {{"Bill and payment", "In person"}}},
      {"Come back", "advocate", {{"Review request", "Email"}, {"Loyalty offer", "Email"}}}}},
};

void add(MapSnapshot& snap, QSqlDatabase& db, const Touchpoint& t)
{
    snap.touchpoints << t;
    snap.links.insert(t.id, CatalogRepository(db).linksOf(t.id));
}

} // namespace

QVector<JourneyTemplate> journeyTemplates()
{
    QVector<JourneyTemplate> out;
    for (const TemplateSpec& t : kTemplates)
        out.push_back({QLatin1String(t.key), QLatin1String(t.name), QLatin1String(t.persona), QLatin1String(t.description)});
    return out;
}

bool createJourney(QSqlDatabase& db, const QString& templateKey, const QString& name, qint64* journeyId, QString* error)
{
    const TemplateSpec* spec = nullptr;
    for (const TemplateSpec& t : kTemplates)
        if (templateKey == QLatin1String(t.key))
            spec = &t;
    if (!templateKey.isEmpty() && !spec) {
        *error = QStringLiteral("there is no journey template '%1'").arg(templateKey);
        return false;
    }
    if (name.trimmed().isEmpty()) {
        *error = QStringLiteral("a journey needs a name");
        return false;
    }
    sql::Savepoint sp(db);
    CatalogRepository catalog(db);
    Journey j;
    j.name = name.trimmed();
    if (spec) {
        j.persona = QLatin1String(spec->persona);
        j.description = QLatin1String(spec->description);
    }
    if (!catalog.addJourney(j, error))
        return false;
    for (int s = 0; spec && s < 6 && spec->stages[s].name; ++s) {
        Stage stage;
        stage.journeyId = j.id;
        stage.name = QLatin1String(spec->stages[s].name);
        stage.lifecyclePhase = QLatin1String(spec->stages[s].phase);
        stage.position = s;
        if (!catalog.addStage(stage, error))
            return false;
        for (int t = 0; t < 3 && spec->stages[s].touchpoints[t].name; ++t) {
            Touchpoint tp;
            tp.stageId = stage.id;
            tp.name = QLatin1String(spec->stages[s].touchpoints[t].name);
            tp.position = t;
            if (const auto channel = catalog.channelByName(QLatin1String(spec->stages[s].touchpoints[t].channel)))
                tp.channelId = channel->id;
            if (!catalog.addTouchpoint(tp, error))
                return false;
        }
    }
    if (!sp.release(error))
        return false;
    *journeyId = j.id;
    return true;
}

MapSnapshot snapshotJourney(QSqlDatabase& db, qint64 journeyId)
{
    MapSnapshot snap;
    CatalogRepository catalog(db);
    const auto j = catalog.journey(journeyId);
    if (!j)
        return snap;
    snap.journeys << *j;
    snap.stages = catalog.stages(journeyId);
    for (const Touchpoint& t : catalog.touchpoints(journeyId))
        add(snap, db, t);
    return snap;
}

MapSnapshot snapshotStage(QSqlDatabase& db, qint64 stageId)
{
    MapSnapshot snap;
    CatalogRepository catalog(db);
    const auto s = catalog.stage(stageId);
    if (!s)
        return snap;
    snap.stages << *s;
    for (const Touchpoint& t : catalog.touchpoints(s->journeyId))
        if (t.stageId == stageId)
            add(snap, db, t);
    return snap;
}

MapSnapshot snapshotTouchpoint(QSqlDatabase& db, qint64 touchpointId)
{
    MapSnapshot snap;
    if (const auto t = CatalogRepository(db).touchpoint(touchpointId))
        add(snap, db, *t);
    return snap;
}

bool restoreSnapshot(QSqlDatabase& db, const MapSnapshot& snap, QString* error)
{
    sql::Savepoint sp(db);
    CatalogRepository catalog(db);
    for (Journey j : snap.journeys)
        if (!catalog.addJourney(j, error))
            return false;
    for (Stage s : snap.stages)
        if (!catalog.addStage(s, error))
            return false;
    for (Touchpoint t : snap.touchpoints)
        if (!catalog.addTouchpoint(t, error) || !catalog.relink(t.id, snap.links.value(t.id), error))
            return false;
    return sp.release(error);
}

bool removeSnapshot(QSqlDatabase& db, const MapSnapshot& snap, QString* error)
{
    sql::Savepoint sp(db);
    CatalogRepository catalog(db);
    if (!snap.journeys.isEmpty()) {
        for (const Journey& j : snap.journeys)
            if (!catalog.removeJourney(j.id, error))
                return false;
    } else if (!snap.stages.isEmpty()) {
        for (const Stage& s : snap.stages)
            if (!catalog.removeStage(s.id, error))
                return false;
    } else {
        for (const Touchpoint& t : snap.touchpoints)
            if (!catalog.removeTouchpoint(t.id, error))
                return false;
    }
    return sp.release(error);
}

} // namespace cx
