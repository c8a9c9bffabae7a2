#include "core/surveys/surveyfile.h"

#include "core/common/text.h"
#include "core/storage/database.h"
#include "core/storage/rowversion.h"
#include "core/storage/sqlutil.h"
#include "core/surveys/displaylogic.h"
#include "core/surveys/surveyrepository.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

namespace cx {

namespace {
const QStringList kOps = {QStringLiteral("="),  QStringLiteral("!="), QStringLiteral("<"),
                          QStringLiteral("<="), QStringLiteral(">"),  QStringLiteral(">=")};
}

QJsonObject surveyToJson(const Survey& s)
{
    QJsonArray questions;
    for (const Question& q : s.questions) {
        QJsonObject o{{QStringLiteral("code"), q.code},
                      {QStringLiteral("kind"), questionKindName(q.kind)},
                      {QStringLiteral("text"), q.text},
                      {QStringLiteral("required"), q.required},
                      {QStringLiteral("options"), QJsonArray::fromStringList(q.options)}};
        if (!q.optionCodes.isEmpty())
            o.insert(QStringLiteral("option_codes"), QJsonArray::fromStringList(q.optionCodes));
        if (!q.labelMin.isEmpty() || !q.labelMax.isEmpty())
            o.insert(QStringLiteral("labels"), QJsonObject{{QStringLiteral("min"), q.labelMin},
                                                           {QStringLiteral("max"), q.labelMax}});
        if (!q.showIf.isEmpty())
            o.insert(QStringLiteral("show_if"),
                     QJsonDocument::fromJson(q.showIf.toUtf8()).object());
        questions.append(o);
    }
    QJsonObject out{{QStringLiteral("uuid"), s.uuid},
                    {QStringLiteral("title"), s.title},
                    {QStringLiteral("description"), s.description},
                    {QStringLiteral("language"), s.language},
                    {QStringLiteral("questions"), questions}};
    if (!s.thankYou.isEmpty()) // optional, like labels and show_if
        out.insert(QStringLiteral("thank_you"), s.thankYou);
    return out;
}

bool surveyFromJson(const QJsonObject& j, Survey* s, QString* error)
{
    *s = Survey();
    s->uuid = j.value(QStringLiteral("uuid")).toString().trimmed().toLower();
    if (!s->uuid.isEmpty() && QUuid::fromString(s->uuid).isNull()) {
        *error = Text::tr("uuid '%1' is not a UUID").arg(s->uuid);
        return false;
    }
    s->title = j.value(QStringLiteral("title")).toString().trimmed();
    if (s->title.isEmpty()) {
        *error = Text::tr("the survey needs a title");
        return false;
    }
    s->description = j.value(QStringLiteral("description")).toString();
    s->language = j.value(QStringLiteral("language")).toString();
    s->thankYouGiven = j.contains(QStringLiteral("thank_you"));
    s->thankYou = j.value(QStringLiteral("thank_you")).toString();
    s->status = SurveyStatus::Active;
    const QJsonArray questions = j.value(QStringLiteral("questions")).toArray();
    if (questions.isEmpty()) {
        *error = Text::tr("the survey has no questions");
        return false;
    }
    QHash<QString, QuestionKind> earlier;
    for (int i = 0; i < questions.size(); ++i) {
        const QJsonObject o = questions[i].toObject();
        Question q;
        q.code = o.value(QStringLiteral("code")).toString().trimmed();
        const QString where =
            Text::tr("question %1%2")
                .arg(i + 1)
                .arg(q.code.isEmpty() ? QString() : Text::tr(" '%1'").arg(q.code));
        if (q.code.isEmpty()) {
            *error = Text::tr("%1: code is empty").arg(where);
            return false;
        }
        if (earlier.contains(q.code)) {
            *error = Text::tr("%1: code is used twice").arg(where);
            return false;
        }
        const auto kind = questionKindFromName(o.value(QStringLiteral("kind")).toString());
        if (!kind) {
            *error = Text::tr("%1: kind '%2' is not one of nps, csat, ces, rating, yesno, single, "
                              "multi, text")
                         .arg(where, o.value(QStringLiteral("kind")).toString());
            return false;
        }
        q.kind = *kind;
        q.text = o.value(QStringLiteral("text")).toString();
        if (q.text.trimmed().isEmpty()) {
            *error = Text::tr("%1: text is empty").arg(where);
            return false;
        }
        q.required = o.value(QStringLiteral("required")).toBool();
        for (const QJsonValue& v : o.value(QStringLiteral("options")).toArray())
            q.options << v.toString();
        if ((q.kind == QuestionKind::Single || q.kind == QuestionKind::Multi) &&
            q.options.isEmpty()) {
            *error =
                Text::tr("%1: a %2 question needs options").arg(where, questionKindName(q.kind));
            return false;
        }
        for (const QString& option : std::as_const(q.options))
            if (option.contains(QLatin1Char(';'))) {
                *error = Text::tr("%1: option '%2' may not contain ';'").arg(where, option);
                return false;
            }
        for (const QJsonValue& v : o.value(QStringLiteral("option_codes")).toArray())
            q.optionCodes << v.toString();
        if (!q.optionCodes.isEmpty() && q.optionCodes.size() != q.options.size()) {
            *error = Text::tr("%1: option_codes names %2 codes for %3 options")
                         .arg(where)
                         .arg(q.optionCodes.size())
                         .arg(q.options.size());
            return false;
        }
        const QJsonObject labels = o.value(QStringLiteral("labels")).toObject();
        q.labelMin = labels.value(QStringLiteral("min")).toString();
        q.labelMax = labels.value(QStringLiteral("max")).toString();
        if (o.contains(QStringLiteral("show_if"))) {
            const QJsonObject c = o.value(QStringLiteral("show_if")).toObject();
            const QString code = c.value(QStringLiteral("code")).toString();
            if (!earlier.contains(code)) {
                *error = Text::tr("%1: show_if refers to '%2', which is not an earlier question")
                             .arg(where, code);
                return false;
            }
            if (!kOps.contains(c.value(QStringLiteral("op")).toString())) {
                *error = Text::tr("%1: show_if op '%2' is not one of = != < <= > >=")
                             .arg(where, c.value(QStringLiteral("op")).toString());
                return false;
            }
            if (!c.contains(QStringLiteral("value"))) {
                *error = Text::tr("%1: show_if has no value").arg(where);
                return false;
            }
            q.showIf = QString::fromUtf8(QJsonDocument(c).toJson(QJsonDocument::Compact));
        }
        earlier.insert(q.code, q.kind);
        s->questions.push_back(q);
    }
    return true;
}

QString surveyProblem(const Survey& s)
{
    if (s.title.trimmed().isEmpty())
        return Text::tr("the survey needs a title");
    if (s.questions.isEmpty())
        return Text::tr("the survey has no questions");
    QSet<QString> earlier;
    for (int i = 0; i < s.questions.size(); ++i) {
        const Question& q = s.questions[i];
        const QString where =
            Text::tr("question %1%2")
                .arg(i + 1)
                .arg(q.code.isEmpty() ? QString() : Text::tr(" '%1'").arg(q.code));
        if (q.code.trimmed().isEmpty())
            return Text::tr("%1: code is empty").arg(where);
        if (earlier.contains(q.code))
            return Text::tr("%1: code is used twice").arg(where);
        if (q.text.trimmed().isEmpty())
            return Text::tr("%1: text is empty").arg(where);
        if ((q.kind == QuestionKind::Single || q.kind == QuestionKind::Multi) &&
            q.options.isEmpty())
            return Text::tr("%1: a %2 question needs options").arg(where, questionKindName(q.kind));
        for (const QString& option : q.options) {
            if (option.trimmed().isEmpty())
                return Text::tr("%1: an option is empty").arg(where);
            if (option.contains(QLatin1Char(';')))
                return Text::tr("%1: option '%2' may not contain ';'").arg(where, option);
        }
        if (!q.optionCodes.isEmpty() && q.optionCodes.size() != q.options.size())
            return Text::tr("%1: option_codes names %2 codes for %3 options")
                .arg(where)
                .arg(q.optionCodes.size())
                .arg(q.options.size());
        for (const QString& code : q.optionCodes)
            if (code.contains(QLatin1Char(';')))
                return Text::tr("%1: option code '%2' may not contain ';'").arg(where, code);
        if (!q.showIf.isEmpty()) {
            QString why;
            const auto c = parseCondition(q.showIf, &why);
            if (!c)
                return Text::tr("%1: %2").arg(where, why);
            if (!earlier.contains(c->code))
                return Text::tr(
                           "%1: its condition refers to '%2', which is not an earlier question")
                    .arg(where, c->code);
        }
        earlier.insert(q.code);
    }
    return {};
}

namespace {

// The survey written inside the caller's transaction (see saveSurvey).
bool writeSurvey(QSqlDatabase& db, Survey& s, QString* error, const Survey* seenAs)
{
    SurveyRepository repo(db);
    const auto existing =
        s.id ? repo.byId(s.id) : (s.uuid.isEmpty() ? std::nullopt : repo.byUuid(s.uuid));
    if (!existing) {
        s.id = 0;
        return repo.insert(s, error);
    }
    s.id = existing->id;
    s.uuid = existing->uuid;
    // An edit (the builder names the version it read) is refused when
    // another window or program saved the survey, or a question of it, since.
    if (s.rowVersion > 0) {
        bool changed = existing->rowVersion != s.rowVersion;
        for (const Question& x : std::as_const(s.questions))
            for (const Question& old : existing->questions)
                changed |= x.id && x.id == old.id && x.rowVersion && x.rowVersion != old.rowVersion;
        if (changed) {
            Survey seen = s;
            if (seenAs)
                seen = *seenAs;
            *error = changedElsewhere(Text::tr("the survey “%1”").arg(seen.title),
                                      seenAs ? SurveyRepository::differences(*seenAs, *existing)
                                             : QStringList(),
                                      existing->updatedAt);
            return false;
        }
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE surveys SET title = ?, description = ?, language = ?, status "
                             "= ?, touchpoint_id = ?, "
                             "channel_id = ?, thank_you = ?, row_version = row_version + 1, "
                             "updated_at = ? WHERE id = ?"));
    q.addBindValue(s.title);
    q.addBindValue(sql::text(s.description));
    q.addBindValue(sql::text(s.language));
    q.addBindValue(statusName(s.status));
    q.addBindValue(sql::id(s.touchpointId));
    q.addBindValue(sql::id(s.channelId));
    q.addBindValue(sql::text(s.thankYou));
    q.addBindValue(changeTimestamp());
    q.addBindValue(existing->id);
    if (!sql::exec(q, QT_TRANSLATE_NOOP("cx::Text", "cannot update the survey"), error))
        return false;
    // A question keeps its id (and its answers) when it is the same one: by
    // id when the editor knows it, otherwise by code, as a file gives it.
    QHash<QString, qint64> byCode;
    QHash<qint64, QString> byId;
    for (const Question& old : existing->questions) {
        byCode.insert(old.code, old.id);
        byId.insert(old.id, old.code);
    }
    // Positions and codes first move out of the way, so no new order or renamed code collides.
    QSqlQuery shift(db);
    // A control character no code holds; each engine names it its own way.
    shift.prepare(QStringLiteral("UPDATE questions SET position = position + 100000, code = code "
                                 "|| %1 || id WHERE survey_id = ?")
                      .arg(db.driverName() == QLatin1String("QPSQL") ? QStringLiteral("chr(1)")
                                                                     : QStringLiteral("char(1)")));
    shift.addBindValue(existing->id);
    if (!sql::exec(shift, QT_TRANSLATE_NOOP("cx::Text", "cannot reorder the questions"), error))
        return false;
    QSqlQuery up(db), in(db);
    up.prepare(QStringLiteral("UPDATE questions SET position = ?, code = ?, kind = ?, text = ?, "
                              "required = ?, options = ?, label_min = ?, label_max = ?, "
                              "show_if = ?, option_codes = ? WHERE id = ?"));
    in.prepare(QStringLiteral(
        "INSERT INTO questions (position, code, kind, text, required, options, "
        "label_min, label_max, show_if, option_codes, survey_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?)"));
    QSet<qint64> kept;
    for (int i = 0; i < s.questions.size(); ++i) {
        const Question& x = s.questions[i];
        const qint64 id = x.id && byId.contains(x.id) ? x.id : byCode.value(x.code);
        QSqlQuery& target = id && !kept.contains(id) ? up : in;
        const QVariantList values = {i,
                                     x.code,
                                     questionKindName(x.kind),
                                     x.text,
                                     x.required ? 1 : 0,
                                     sql::text(x.options.join(QLatin1Char(';'))),
                                     sql::text(x.labelMin),
                                     sql::text(x.labelMax),
                                     sql::text(x.showIf),
                                     sql::text(x.optionCodes.join(QLatin1Char(';'))),
                                     &target == &up ? id : existing->id};
        for (int v = 0; v < values.size(); ++v)
            target.bindValue(v, values[v]);
        if (!target.exec()) {
            *error = Text::tr("cannot save question '%1': %2").arg(x.code, sql::errorText(target));
            return false;
        }
        if (&target == &up)
            kept.insert(id);
    }
    for (auto it = byId.constBegin(); it != byId.constEnd(); ++it) {
        if (kept.contains(it.key()))
            continue;
        QSqlQuery count(db);
        count.prepare(QStringLiteral("SELECT count(*) FROM answers WHERE question_id = ?"));
        count.addBindValue(it.key());
        if (count.exec() && count.next() && count.value(0).toLongLong() > 0) {
            *error =
                Text::tr("question '%1' has %2 answers and cannot be removed (nothing was changed)")
                    .arg(it.value())
                    .arg(count.value(0).toLongLong());
            return false;
        }
        QSqlQuery del(db);
        del.prepare(QStringLiteral("DELETE FROM questions WHERE id = ?"));
        del.addBindValue(it.key());
        if (!sql::exec(del, QT_TRANSLATE_NOOP("cx::Text", "cannot remove a question"), error))
            return false;
    }
    return true;
}

} // namespace

bool saveSurvey(QSqlDatabase& db, Survey& s, QString* error, const Survey* seenAs)
{
    const QString problem = surveyProblem(s);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    Transaction tx(db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    if (!writeSurvey(db, s, error, seenAs) || !tx.commit(error))
        return false;
    if (const auto saved = SurveyRepository(db).byId(s.id)) {
        s.rowVersion = saved->rowVersion;
        s.updatedAt = saved->updatedAt;
        s.questions = saved->questions;
    }
    return true;
}

namespace {
Survey mergedForImport(QSqlDatabase& db, const Survey& given, bool* created)
{
    Survey s = given;
    const auto existing = s.uuid.isEmpty() ? std::nullopt : SurveyRepository(db).byUuid(s.uuid);
    *created = !existing;
    if (existing) {
        // What the file does not carry stays as it was set here.
        s.id = existing->id;
        s.status = existing->status;
        s.touchpointId = existing->touchpointId;
        s.channelId = existing->channelId;
        if (!given.thankYouGiven)
            s.thankYou = existing->thankYou;
    }
    return s;
}
} // namespace

bool importSurvey(QSqlDatabase& db, const Survey& given, bool* created, QString* error)
{
    Survey s = mergedForImport(db, given, created);
    return saveSurvey(db, s, error);
}

bool importSurveyWithin(QSqlDatabase& db, Survey& survey, bool* created, QString* error)
{
    Survey s = mergedForImport(db, survey, created);
    const QString problem = surveyProblem(s);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (!writeSurvey(db, s, error, nullptr))
        return false;
    const auto saved = SurveyRepository(db).byId(s.id);
    if (!saved) {
        *error = Text::tr("the survey “%1” was not saved").arg(s.title);
        return false;
    }
    survey = *saved;
    return true;
}

QJsonArray listSurveys(QSqlDatabase& db)
{
    QJsonArray out;
    QSqlQuery q(db);
    q.exec(QStringLiteral(
        "SELECT uuid, title, status, (SELECT count(*) FROM questions WHERE survey_id = s.id), "
        "(SELECT count(*) FROM responses WHERE survey_id = s.id) FROM surveys s ORDER BY title, "
        "id"));
    while (q.next())
        out.append(QJsonObject{{QStringLiteral("uuid"), q.value(0).toString()},
                               {QStringLiteral("title"), q.value(1).toString()},
                               {QStringLiteral("status"), q.value(2).toString()},
                               {QStringLiteral("questions"), q.value(3).toInt()},
                               {QStringLiteral("responses"), q.value(4).toLongLong()}});
    return out;
}

} // namespace cx
