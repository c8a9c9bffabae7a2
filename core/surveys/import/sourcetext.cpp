#include "core/surveys/import/sourcetext.h"

#include "core/common/text.h"
#include "core/common/timeutil.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>
#include <cmath>

namespace cx {

namespace {

QString decodeEntity(const QString& name)
{
    static const QHash<QString, QChar> named = {
        {QStringLiteral("amp"), QLatin1Char('&')},   {QStringLiteral("lt"), QLatin1Char('<')},
        {QStringLiteral("gt"), QLatin1Char('>')},    {QStringLiteral("quot"), QLatin1Char('"')},
        {QStringLiteral("apos"), QLatin1Char('\'')}, {QStringLiteral("nbsp"), QChar(0xa0)},
        {QStringLiteral("auml"), QChar(0xe4)},       {QStringLiteral("ouml"), QChar(0xf6)},
        {QStringLiteral("uuml"), QChar(0xfc)},       {QStringLiteral("Auml"), QChar(0xc4)},
        {QStringLiteral("Ouml"), QChar(0xd6)},       {QStringLiteral("Uuml"), QChar(0xdc)},
        {QStringLiteral("szlig"), QChar(0xdf)},      {QStringLiteral("eacute"), QChar(0xe9)},
        {QStringLiteral("egrave"), QChar(0xe8)},     {QStringLiteral("ecirc"), QChar(0xea)},
        {QStringLiteral("agrave"), QChar(0xe0)},     {QStringLiteral("ccedil"), QChar(0xe7)},
        {QStringLiteral("ntilde"), QChar(0xf1)},     {QStringLiteral("aacute"), QChar(0xe1)},
        {QStringLiteral("iacute"), QChar(0xed)},     {QStringLiteral("oacute"), QChar(0xf3)},
        {QStringLiteral("uacute"), QChar(0xfa)},     {QStringLiteral("hellip"), QChar(0x2026)},
        {QStringLiteral("ndash"), QChar(0x2013)},    {QStringLiteral("mdash"), QChar(0x2014)},
        {QStringLiteral("rsquo"), QChar(0x2019)},    {QStringLiteral("lsquo"), QChar(0x2018)},
        {QStringLiteral("rdquo"), QChar(0x201d)},    {QStringLiteral("ldquo"), QChar(0x201c)},
        {QStringLiteral("euro"), QChar(0x20ac)},     {QStringLiteral("copy"), QChar(0xa9)}};
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const uint code = name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive)
                              ? name.mid(2).toUInt(&ok, 16)
                              : name.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10ffff && QChar::isPrint(char32_t(code)))
            return QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1);
        return ok ? QString() : QLatin1Char('&') + name + QLatin1Char(';');
    }
    const auto it = named.constFind(name);
    return it == named.constEnd() ? QLatin1Char('&') + name + QLatin1Char(';') : QString(*it);
}

} // namespace

QString plainText(const QString& html)
{
    static const QRegularExpression hidden(QStringLiteral("<(script|style)\\b[^>]*>.*?</\\1\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(
        QStringLiteral("<\\s*(br|/p|/div|/li|/h[1-6]|/tr)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression entity(QStringLiteral("&(#?[A-Za-z0-9]{1,10});"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\x{a0}]+"));
    static const QRegularExpression blankLines(QStringLiteral("\\s*\\n\\s*"));
    if (!html.contains(QLatin1Char('<')) && !html.contains(QLatin1Char('&')))
        return html.simplified();
    QString text = html;
    text.remove(hidden);
    text.replace(breaks, QStringLiteral("\n"));
    text.remove(tags);
    QString decoded;
    decoded.reserve(text.size());
    qsizetype at = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        decoded += QStringView(text).mid(at, m.capturedStart() - at);
        decoded += decodeEntity(m.captured(1));
        at = m.capturedEnd();
    }
    decoded += QStringView(text).mid(at);
    decoded.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    decoded.replace(spaces, QStringLiteral(" "));
    decoded.replace(blankLines, QStringLiteral("\n"));
    return decoded.trimmed();
}

QString sourceTimestamp(const QString& given)
{
    const QString text = given.trimmed();
    if (text.isEmpty())
        return {};
    if (isTimestamp(text))
        return text;
    for (const QString& format :
         {QStringLiteral("yyyy-MM-dd HH:mm:ss"), QStringLiteral("yyyy-MM-dd HH:mm"),
          QStringLiteral("yyyy-MM-ddTHH:mm:ss"), QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"),
          QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"), QStringLiteral("yyyy-MM-dd")}) {
        const QDateTime local = QDateTime::fromString(text, format);
        if (local.isValid())
            return formatTimestamp(local);
    }
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    return dt.isValid() ? formatTimestamp(dt) : QString();
}

namespace {

// Removes parentheses that wrap the whole expression.
QString unwrap(QString e)
{
    for (;;) {
        e = e.trimmed();
        if (!e.startsWith(QLatin1Char('(')) || !e.endsWith(QLatin1Char(')')))
            return e;
        int depth = 0;
        bool wraps = true;
        for (qsizetype i = 0; i < e.size() && wraps; ++i) {
            if (e[i] == QLatin1Char('('))
                ++depth;
            else if (e[i] == QLatin1Char(')') && --depth == 0 && i != e.size() - 1)
                wraps = false;
        }
        if (!wraps)
            return e;
        e = e.mid(1, e.size() - 2);
    }
}

QString flipped(const QString& op)
{
    if (op == QLatin1String("<"))
        return QStringLiteral(">");
    if (op == QLatin1String(">"))
        return QStringLiteral("<");
    if (op == QLatin1String("<="))
        return QStringLiteral(">=");
    if (op == QLatin1String(">="))
        return QStringLiteral("<=");
    return op;
}

QString normalOp(const QString& op)
{
    static const QHash<QString, QString> ops = {
        {QStringLiteral("=="), QStringLiteral("=")},  {QStringLiteral("="), QStringLiteral("=")},
        {QStringLiteral("eq"), QStringLiteral("=")},  {QStringLiteral("!="), QStringLiteral("!=")},
        {QStringLiteral("<>"), QStringLiteral("!=")}, {QStringLiteral("ne"), QStringLiteral("!=")},
        {QStringLiteral("<"), QStringLiteral("<")},   {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("<="), QStringLiteral("<=")}, {QStringLiteral("le"), QStringLiteral("<=")},
        {QStringLiteral(">"), QStringLiteral(">")},   {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral(">="), QStringLiteral(">=")}, {QStringLiteral("ge"), QStringLiteral(">=")}};
    return ops.value(op.toLower());
}

} // namespace

std::optional<SourceCondition> simpleCondition(const QString& expression, QString* problem)
{
    static const QRegularExpression xlsRef(QStringLiteral("\\$\\{\\s*([A-Za-z_][\\w.-]*)\\s*\\}"));
    static const QRegularExpression path(
        QStringLiteral("(?:/[A-Za-z_][\\w.-]*)+/([A-Za-z_][\\w.-]*)"));
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\"|'[^']*'"));
    static const QRegularExpression joins(QStringLiteral("\\b(and|or)\\b|&&|\\|\\|"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QString id = QStringLiteral("([A-Za-z_][\\w-]*)(?:\\.(?:NAOK|value|code))?");
    const QString value = QStringLiteral("(\"[^\"]*\"|'[^']*'|-?\\d+(?:\\.\\d+)?)");
    const QString op = QStringLiteral("(==|!=|<>|<=|>=|=|<|>|\\beq\\b|\\bne\\b|\\blt\\b|"
                                      "\\ble\\b|\\bgt\\b|\\bge\\b)");
    static const QRegularExpression selected(
        QStringLiteral("^(not\\s*\\(\\s*)?selected\\s*\\(\\s*%1\\s*,\\s*%2\\s*\\)(\\s*\\))?$")
            .arg(id, value));
    static const QRegularExpression compare(QStringLiteral("^%1\\s*%2\\s*%3$").arg(id, op, value),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression reversed(QStringLiteral("^%1\\s*%2\\s*%3$").arg(value, op, id),
                                             QRegularExpression::CaseInsensitiveOption);
    auto literal = [](QString v) {
        if (v.size() >= 2 && (v.startsWith(QLatin1Char('"')) || v.startsWith(QLatin1Char('\''))))
            v = v.mid(1, v.size() - 2);
        return v;
    };
    QString e = expression;
    // Word processors turn quotes into typographic ones.
    e.replace(QChar(0x2018), QLatin1Char('\'')).replace(QChar(0x2019), QLatin1Char('\''));
    e.replace(QChar(0x201c), QLatin1Char('"')).replace(QChar(0x201d), QLatin1Char('"'));
    e.replace(xlsRef, QStringLiteral("\\1"));
    e.replace(path, QStringLiteral("\\1"));
    e = unwrap(e);
    QString outsideQuotes = e;
    outsideQuotes.replace(quoted, QStringLiteral("''"));
    if (outsideQuotes.contains(joins)) {
        *problem = Text::tr("it joins several comparisons");
        return std::nullopt;
    }
    if (const auto m = selected.match(e); m.hasMatch()) {
        const bool negated = !m.captured(1).isEmpty();
        if (negated == m.captured(4).isEmpty()) {
            *problem = Text::tr("its parentheses do not match");
            return std::nullopt;
        }
        return SourceCondition{m.captured(2), negated ? QStringLiteral("!=") : QStringLiteral("="),
                               literal(m.captured(3))};
    }
    if (const auto m = compare.match(e); m.hasMatch())
        return SourceCondition{m.captured(1), normalOp(m.captured(2)), literal(m.captured(3))};
    if (const auto m = reversed.match(e); m.hasMatch())
        return SourceCondition{m.captured(3), flipped(normalOp(m.captured(2))),
                               literal(m.captured(1))};
    *problem = e.contains(QLatin1Char('('))
                   ? Text::tr("it uses a function, not one comparison")
                   : Text::tr("it is not one comparison of a question with a value");
    return std::nullopt;
}

QString languageCode(const QString& given)
{
    static const QRegularExpression inParens(
        QStringLiteral("\\(([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?\\)"));
    static const QHash<QString, QString> names = {
        {QStringLiteral("english"), QStringLiteral("en")},
        {QStringLiteral("german"), QStringLiteral("de")},
        {QStringLiteral("deutsch"), QStringLiteral("de")},
        {QStringLiteral("french"), QStringLiteral("fr")},
        {QStringLiteral("français"), QStringLiteral("fr")},
        {QStringLiteral("francais"), QStringLiteral("fr")},
        {QStringLiteral("spanish"), QStringLiteral("es")},
        {QStringLiteral("español"), QStringLiteral("es")},
        {QStringLiteral("espanol"), QStringLiteral("es")},
        {QStringLiteral("italian"), QStringLiteral("it")},
        {QStringLiteral("portuguese"), QStringLiteral("pt")},
        {QStringLiteral("dutch"), QStringLiteral("nl")},
        {QStringLiteral("swahili"), QStringLiteral("sw")},
        {QStringLiteral("arabic"), QStringLiteral("ar")},
        {QStringLiteral("chinese"), QStringLiteral("zh")},
        {QStringLiteral("hindi"), QStringLiteral("hi")}};
    const QString name = given.trimmed();
    if (const auto m = inParens.match(name); m.hasMatch())
        return m.captured(1).toLower();
    const QString lower = name.toLower();
    if (names.contains(lower))
        return names.value(lower);
    static const QRegularExpression code(QStringLiteral("^([a-z]{2,3})(?:[-_][a-z0-9]+)*$"));
    if (const auto m = code.match(lower); m.hasMatch())
        return m.captured(1);
    return {};
}

bool chooseLanguage(const QStringList& codes, const QString& wanted, QString* chosen,
                    QString* error)
{
    if (wanted.isEmpty()) {
        *chosen = codes.value(0);
        return true;
    }
    const QString code = languageCode(wanted);
    for (const QString& c : codes)
        if (c.compare(wanted, Qt::CaseInsensitive) == 0 || (!code.isEmpty() && c == code)) {
            *chosen = c;
            return true;
        }
    *error = codes.isEmpty()
                 ? Text::tr("the survey names no languages, so '%1' cannot be chosen").arg(wanted)
                 : Text::tr("the survey is not in '%1'; it is in %2")
                       .arg(wanted, codes.join(QStringLiteral(", ")));
    return false;
}

void setScale(SourceQuestion* q, double min, double max, double step, const QString& what)
{
    const bool whole = std::isfinite(min) && std::isfinite(max) && min == std::floor(min) &&
                       max == std::floor(max) && std::abs(min) <= 1000 && std::abs(max) <= 1000;
    if (whole && step == 1 && max > min && max - min <= 100) {
        q->shape = SourceShape::Scale;
        q->scaleMin = int(min);
        q->scaleMax = int(max);
        return;
    }
    q->shape = SourceShape::Unsupported;
    q->scaleMin = q->scaleMax = 0;
    const auto n = [](double v) { return QString::number(v, 'g', 15); };
    q->leftOut =
        step == 1 ? Text::tr("%1 from %2 to %3").arg(what, n(min), n(max))
                  : Text::tr("%1 from %2 to %3 in steps of %4").arg(what, n(min), n(max), n(step));
}

QString optionSafe(const QString& text)
{
    QString out = text;
    out.replace(QLatin1Char(';'), QLatin1Char(','));
    return out.simplified();
}

} // namespace cx
