#include "core/surveys/displaylogic.h"

#include "core/common/text.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cx {

namespace {
const QStringList kOps = {QStringLiteral("="),  QStringLiteral("!="), QStringLiteral("<"),
                          QStringLiteral("<="), QStringLiteral(">"),  QStringLiteral(">=")};

std::optional<double> number(const QVariant& v)
{
    if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int ||
        v.typeId() == QMetaType::LongLong)
        return v.toDouble();
    bool ok = false;
    const double d = v.toString().trimmed().toDouble(&ok);
    if (ok)
        return d;
    const QString s = v.toString().trimmed().toLower();
    if (s == QLatin1String("yes"))
        return 1.0;
    if (s == QLatin1String("no"))
        return 0.0;
    return std::nullopt;
}
} // namespace

std::optional<Condition> parseCondition(const QString& json, QString* error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = Text::tr("the condition is not a JSON object");
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    Condition c;
    c.code = o.value(QStringLiteral("code")).toString();
    c.op = o.value(QStringLiteral("op")).toString();
    c.value = o.value(QStringLiteral("value")).toVariant();
    if (c.code.isEmpty()) {
        *error = Text::tr("the condition names no question");
        return std::nullopt;
    }
    if (!kOps.contains(c.op)) {
        *error = Text::tr("'%1' is not one of = != < <= > >=").arg(c.op);
        return std::nullopt;
    }
    if (!c.value.isValid() || c.value.isNull()) {
        *error = Text::tr("the condition has no value");
        return std::nullopt;
    }
    return c;
}

bool meets(const Condition& c, const QVariant& answer)
{
    if (!answer.isValid() || answer.isNull() || answer.toString().trimmed().isEmpty())
        return false;
    const auto a = number(answer), v = number(c.value);
    if (a && v) {
        if (c.op == QLatin1String("="))
            return *a == *v;
        if (c.op == QLatin1String("!="))
            return *a != *v;
        if (c.op == QLatin1String("<"))
            return *a < *v;
        if (c.op == QLatin1String("<="))
            return *a <= *v;
        if (c.op == QLatin1String(">"))
            return *a > *v;
        return *a >= *v;
    }
    // Choices: compared by label, any case; one of several chosen is enough for =.
    const QString wanted = c.value.toString().trimmed();
    bool any = false;
    for (const QString& label : answer.toString().split(QLatin1Char(';')))
        any |= label.trimmed().compare(wanted, Qt::CaseInsensitive) == 0;
    if (c.op == QLatin1String("="))
        return any;
    if (c.op == QLatin1String("!="))
        return !any;
    return false; // an order between texts means nothing here
}

bool isShown(const Question& q, const QHash<QString, QVariant>& answers)
{
    if (q.showIf.trimmed().isEmpty())
        return true;
    QString error;
    const auto c = parseCondition(q.showIf, &error);
    return c && meets(*c, answers.value(c->code));
}

} // namespace cx
