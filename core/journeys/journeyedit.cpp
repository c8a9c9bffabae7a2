#include "core/journeys/journeyedit.h"

#include "core/common/text.h"
#include "core/storage/editguard.h"
#include "core/storage/sqlutil.h"

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
    {"shop-visit",
     QT_TRANSLATE_NOOP("cx::Text", "Shop visit"),
     QT_TRANSLATE_NOOP("cx::Text", "A regular from the neighbourhood"),
     QT_TRANSLATE_NOOP("cx::Text", "From noticing the shop to coming back as a regular."),
     {{QT_TRANSLATE_NOOP("cx::Text", "Discover"),
       "discover",
       {{QT_TRANSLATE_NOOP("cx::Text", "Shop window"), "In person"},
        {QT_TRANSLATE_NOOP("cx::Text", "Social media posts"), "Social media"},
        {QT_TRANSLATE_NOOP("cx::Text", "Online reviews"), "Web"}}},
      {QT_TRANSLATE_NOOP("cx::Text", "Visit"),
       "order",
       {{QT_TRANSLATE_NOOP("cx::Text", "Welcome at the door"), "In person"},
        {QT_TRANSLATE_NOOP("cx::Text", "Browsing the shelves"), "Store"}}},
      {QT_TRANSLATE_NOOP("cx::Text", "Buy"),
       "pay",
       {{QT_TRANSLATE_NOOP("cx::Text", "Till and payment"), "Store"}}},
      {QT_TRANSLATE_NOOP("cx::Text", "After the visit"),
       "support",
       {{QT_TRANSLATE_NOOP("cx::Text", "Returns and exchanges"), "Store"},
        {QT_TRANSLATE_NOOP("cx::Text", "Questions by phone"), "Call center"}}},
      {QT_TRANSLATE_NOOP("cx::Text", "Come back"),
       "advocate",
       {{QT_TRANSLATE_NOOP("cx::Text", "Loyalty card"), "Store"},
        {QT_TRANSLATE_NOOP("cx::Text", "Newsletter"), "Email"}}}}},
    {"online-order",
     QT_TRANSLATE_NOOP("cx::Text", "Online order and delivery"),
     QT_TRANSLATE_NOOP("cx::Text", "A busy customer ordering from the phone"),
     QT_TRANSLATE_NOOP("cx::Text", "From finding the web shop to the parcel at the door."),
     {{QT_TRANSLATE_NOOP("cx::Text", "Discover"),
       "discover",
       {{QT_TRANSLATE_NOOP("cx::Text", "Search and ads"), "Web"},
        {QT_TRANSLATE_NOOP("cx::Text", "Social media"), "Social media"}}},
      {QT_TRANSLATE_NOOP("cx::Text", "Order"),
       "order",
       {{QT_TRANSLATE_NOOP("cx::Text", "Web shop"), "Web"},
        {QT_TRANSLATE_NOOP("cx::Text", "Mobile app"), "Mobile app"}}},
      {QT_TRANSLATE_NOOP("cx::Text", "Pay"),
       "pay",
       {{QT_TRANSLATE_NOOP("cx::Text", "Online checkout"), "Web"}}},
      {QT_TRANSLATE_NOOP("cx::Text", "Delivery"),
       "fulfil",
       {{QT_TRANSLATE_NOOP("cx::Text", "Order confirmation"), "Email"},
        {QT_TRANSLATE_NOOP("cx::Text", "Delivery at the door"), "In person"}}},
      {QT_TRANSLATE_NOOP("cx::Text", "Help"),
       "support",
       {{QT_TRANSLATE_NOOP("cx::Text", "Email support"), "Email"},
        {QT_TRANSLATE_NOOP("cx::Text", "Phone support"), "Call center"}}},
      {QT_TRANSLATE_NOOP("cx::Text", "Review"),
       "advocate",
       {{QT_TRANSLATE_NOOP("cx::Text", "Review request"), "Email"}}}}},
    {"service-appointment",
     QT_TRANSLATE_NOOP("cx::Text", "Service or repair appointment"),
     QT_TRANSLATE_NOOP("cx::Text", "A customer whose device needs fixing"),
     QT_TRANSLATE_NOOP("cx::Text", "From looking for help to the follow-up after the repair."),
     {{QT_TRANSLATE_NOOP("cx::Text", "Discover"),
       "discover",
       {{QT_TRANSLATE_NOOP("cx::Text", "Website"), "Web"},
        {QT_TRANSLATE_NOOP("cx::Text", "Word of mouth"), "In person"}}},
      {QT_TRANSLATE_NOOP("cx::Text", "Book"),
       "order",
       {{QT_TRANSLATE_NOOP("cx::Text", "Booking by phone"), "Call center"},
        {QT_TRANSLATE_NOOP("cx::Text", "Online booking"), "Web"}}},
      {QT_TRANSLATE_NOOP("cx::Text", "Visit"),
       "fulfil",
       {{QT_TRANSLATE_NOOP("cx::Text", "Reception"), "Store"},
        {QT_TRANSLATE_NOOP("cx::Text", "Repair or service"), "Store"}}},
      {QT_TRANSLATE_NOOP("cx::Text", "Pay"),
       "pay",
       {{QT_TRANSLATE_NOOP("cx::Text", "Invoice and payment"), "Store"}}},
      {QT_TRANSLATE_NOOP("cx::Text", "Follow up"),
       "support",
       {{QT_TRANSLATE_NOOP("cx::Text", "Follow-up call"), "Call center"},
        {QT_TRANSLATE_NOOP("cx::Text", "Warranty claim"), "Email"}}}}},
    {"restaurant-visit",
     QT_TRANSLATE_NOOP("cx::Text", "Restaurant visit"),
     QT_TRANSLATE_NOOP("cx::Text", "Friends out for dinner"),
     QT_TRANSLATE_NOOP("cx::Text", "From choosing the restaurant to recommending it."),
     {{QT_TRANSLATE_NOOP("cx::Text", "Discover"),
       "discover",
       {{QT_TRANSLATE_NOOP("cx::Text", "Online reviews"), "Web"},
        {QT_TRANSLATE_NOOP("cx::Text", "Social media"), "Social media"}}},
      {QT_TRANSLATE_NOOP("cx::Text", "Book"),
       "order",
       {{QT_TRANSLATE_NOOP("cx::Text", "Table booking by phone"), "Call center"},
        {QT_TRANSLATE_NOOP("cx::Text", "Online booking"), "Web"}}},
      {QT_TRANSLATE_NOOP("cx::Text", "Eat"),
       "fulfil",
       {{QT_TRANSLATE_NOOP("cx::Text", "Welcome and seating"), "In person"},
        {QT_TRANSLATE_NOOP("cx::Text", "Table service"), "In person"},
        {QT_TRANSLATE_NOOP("cx::Text", "Food from the kitchen"), "In person"}}},
      {QT_TRANSLATE_NOOP("cx::Text", "Pay"),
       "pay",
       {{QT_TRANSLATE_NOOP("cx::Text", "Bill and payment"), "In person"}}},
      {QT_TRANSLATE_NOOP("cx::Text", "Come back"),
       "advocate",
       {{QT_TRANSLATE_NOOP("cx::Text", "Review request"), "Email"},
        {QT_TRANSLATE_NOOP("cx::Text", "Loyalty offer"), "Email"}}}}},
};

void add(MapSnapshot& snap, QSqlDatabase& db, const Touchpoint& t)
{
    snap.touchpoints << t;
    snap.links.insert(t.id, JourneyRepository(db).linksOf(t.id));
}

} // namespace

QVector<JourneyTemplate> journeyTemplates()
{
    QVector<JourneyTemplate> out;
    for (const TemplateSpec& t : kTemplates)
        out.push_back(
            {QLatin1String(t.key), Text::tr(t.name), Text::tr(t.persona), Text::tr(t.description)});
    return out;
}

bool createJourney(QSqlDatabase& db, const QString& templateKey, const QString& name,
                   qint64* journeyId, QString* error)
{
    const TemplateSpec* spec = nullptr;
    for (const TemplateSpec& t : kTemplates)
        if (templateKey == QLatin1String(t.key))
            spec = &t;
    if (!templateKey.isEmpty() && !spec) {
        *error = Text::tr("there is no journey template '%1'").arg(templateKey);
        return false;
    }
    if (name.trimmed().isEmpty()) {
        *error = Text::tr("a journey needs a name");
        return false;
    }
    sql::Savepoint sp(db);
    JourneyRepository catalog(db);
    Journey j;
    j.name = name.trimmed();
    if (spec) {
        j.persona = Text::tr(spec->persona);
        j.description = Text::tr(spec->description);
    }
    if (!catalog.addJourney(j, error))
        return false;
    for (int s = 0; spec && s < 6 && spec->stages[s].name; ++s) {
        Stage stage;
        stage.journeyId = j.id;
        stage.name = Text::tr(spec->stages[s].name);
        stage.lifecyclePhase = QLatin1String(spec->stages[s].phase);
        stage.position = s;
        if (!catalog.addStage(stage, error))
            return false;
        for (int t = 0; t < 3 && spec->stages[s].touchpoints[t].name; ++t) {
            Touchpoint tp;
            tp.stageId = stage.id;
            tp.name = Text::tr(spec->stages[s].touchpoints[t].name);
            tp.position = t;
            if (const auto channel =
                    catalog.channelByName(QLatin1String(spec->stages[s].touchpoints[t].channel)))
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
    JourneyRepository catalog(db);
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
    JourneyRepository catalog(db);
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
    if (const auto t = JourneyRepository(db).touchpoint(touchpointId))
        add(snap, db, *t);
    return snap;
}

bool restoreSnapshot(QSqlDatabase& db, MapSnapshot& snap, QString* error)
{
    sql::Savepoint sp(db);
    JourneyRepository catalog(db);
    // Written back with their versions raised, the records stay in step with
    // the snapshot, so deleting them again (redo) expects what is stored.
    MapSnapshot restored = snap;
    for (Journey& j : restored.journeys)
        if (!catalog.addJourney(j, error))
            return false;
    for (Stage& s : restored.stages)
        if (!catalog.addStage(s, error))
            return false;
    for (Touchpoint& t : restored.touchpoints)
        if (!catalog.addTouchpoint(t, error) ||
            !catalog.relink(t.id, snap.links.value(t.id), error))
            return false;
    if (!sp.release(error))
        return false;
    snap = restored;
    return true;
}

bool removeSnapshot(QSqlDatabase& db, const MapSnapshot& snap, QString* error)
{
    sql::Savepoint sp(db);
    JourneyRepository catalog(db);
    // Everything goes only as it was seen, what a journey or stage takes with
    // it by cascade included: a record changed elsewhere meanwhile stops the
    // delete (see editguard.h).
    MapSnapshot now = snap;
    for (Journey& j : now.journeys)
        if (!unchangedSince(db, j, &j.rowVersion, error))
            return false;
    for (Stage& s : now.stages)
        if (!unchangedSince(db, s, &s.rowVersion, error))
            return false;
    for (Touchpoint& t : now.touchpoints)
        if (!unchangedSince(db, t, &t.rowVersion, error))
            return false;
    if (!now.journeys.isEmpty()) {
        for (const Journey& j : std::as_const(now.journeys))
            if (!catalog.removeJourney(j, error))
                return false;
    } else if (!now.stages.isEmpty()) {
        for (const Stage& s : std::as_const(now.stages))
            if (!catalog.removeStage(s, error))
                return false;
    } else {
        for (const Touchpoint& t : std::as_const(now.touchpoints))
            if (!catalog.removeTouchpoint(t, error))
                return false;
    }
    return sp.release(error);
}

} // namespace cx
