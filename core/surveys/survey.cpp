#include "core/surveys/survey.h"

#include <utility>

namespace cx {

namespace {
struct KindInfo
{
    QuestionKind kind;
    const char* name;
    int min;
    int max; // min > max: not a numeric scale
};
constexpr KindInfo kKinds[] = {
    {QuestionKind::Nps, "nps", 0, 10},    {QuestionKind::Csat, "csat", 1, 5},
    {QuestionKind::Ces, "ces", 1, 7},     {QuestionKind::Rating, "rating", 1, 5},
    {QuestionKind::YesNo, "yesno", 0, 1}, {QuestionKind::Single, "single", 1, 0},
    {QuestionKind::Multi, "multi", 1, 0}, {QuestionKind::Text, "text", 1, 0},
};
} // namespace

QString questionKindName(QuestionKind kind)
{
    for (const auto& k : kKinds)
        if (k.kind == kind)
            return QLatin1String(k.name);
    return {};
}

std::optional<QuestionKind> questionKindFromName(const QString& name)
{
    for (const auto& k : kKinds)
        if (name.compare(QLatin1String(k.name), Qt::CaseInsensitive) == 0)
            return k.kind;
    return std::nullopt;
}

bool questionKindScale(QuestionKind kind, int* min, int* max)
{
    for (const auto& k : kKinds) {
        if (k.kind == kind && k.min <= k.max) {
            *min = k.min;
            *max = k.max;
            return true;
        }
    }
    return false;
}

Question makeQuestion(const QString& code, QuestionKind kind, const QString& text, bool required)
{
    Question q;
    q.code = code;
    q.kind = kind;
    q.text = text;
    q.required = required;
    return q;
}

namespace {
template <typename E, std::size_t N>
QString nameOf(const std::pair<E, const char*> (&names)[N], E value)
{
    for (const auto& n : names)
        if (n.first == value)
            return QLatin1String(n.second);
    return {};
}
template <typename E, std::size_t N>
std::optional<E> valueOf(const std::pair<E, const char*> (&names)[N], const QString& name)
{
    for (const auto& n : names)
        if (name.compare(QLatin1String(n.second), Qt::CaseInsensitive) == 0)
            return n.first;
    return std::nullopt;
}
const std::pair<SurveyStatus, const char*> kStatuses[] = {{SurveyStatus::Draft, "draft"},
                                                          {SurveyStatus::Active, "active"},
                                                          {SurveyStatus::Closed, "closed"}};
const std::pair<ResponseSource, const char*> kSources[] = {{ResponseSource::Manual, "manual"},
                                                           {ResponseSource::Kiosk, "kiosk"},
                                                           {ResponseSource::Paper, "paper"},
                                                           {ResponseSource::Import, "import"}};
} // namespace

QString statusName(SurveyStatus status)
{
    return nameOf(kStatuses, status);
}

std::optional<SurveyStatus> surveyStatusFromName(const QString& name)
{
    return valueOf(kStatuses, name);
}

QString sourceName(ResponseSource source)
{
    return nameOf(kSources, source);
}

std::optional<ResponseSource> responseSourceFromName(const QString& name)
{
    return valueOf(kSources, name);
}

void replaceOptions(Question* q, const QStringList& options)
{
    if (!q->optionCodes.isEmpty()) {
        QStringList codes;
        for (const QString& label : options) {
            const int was = int(q->options.indexOf(label));
            codes << (was >= 0 ? q->optionCodes.value(was, label) : label);
        }
        q->optionCodes = codes;
    }
    q->options = options;
}

} // namespace cx
