#include "surveytemplates.h"

namespace cx {

namespace {

Question scale(const char* code, QuestionKind kind, const char* text, const char* low, const char* high, bool required = true)
{
    Question q = makeQuestion(QLatin1String(code), kind, QLatin1String(text), required);
    q.labelMin = QLatin1String(low);
    q.labelMax = QLatin1String(high);
    return q;
}

Question choice(const char* code, QuestionKind kind, const char* text, const QStringList& options)
{
    Question q = makeQuestion(QLatin1String(code), kind, QLatin1String(text));
    q.options = options;
    return q;
}

Question text(const char* code, const char* text, const char* showIf = nullptr)
{
    Question q = makeQuestion(QLatin1String(code), QuestionKind::Text, QLatin1String(text));
    if (showIf)
        q.showIf = QLatin1String(showIf);
    return q;
}

Survey draft(const char* title, const char* description, const char* thanks, QVector<Question> questions)
{
    Survey s;
    s.title = QLatin1String(title);
    s.description = QLatin1String(description);
    s.thankYou = QLatin1String(thanks);
    s.language = QStringLiteral("en");
    s.status = QStringLiteral("draft");
    s.questions = std::move(questions);
    return s;
}

} // namespace

QVector<SurveyTemplate> surveyTemplates()
{
    QVector<SurveyTemplate> out;
    {
        Question improve = choice("improve", QuestionKind::Multi, "What should we improve first?",
                                  {QStringLiteral("Waiting time"), QStringLiteral("Prices"), QStringLiteral("Quality"),
                                   QStringLiteral("Staff friendliness"), QStringLiteral("Opening hours")});
        improve.showIf = QStringLiteral(R"({"code":"nps","op":"<=","value":6})");
        out.push_back({QStringLiteral("Relationship NPS"),
                       QStringLiteral("How loyal customers are overall; ask every quarter, not after each visit."),
                       draft("How likely are you to recommend us?", "A quick question about us as a whole.",
                             "Thank you! Every answer is read by the owner.",
                             {scale("nps", QuestionKind::Nps, "How likely are you to recommend us to a friend or colleague?",
                                    "Not at all likely", "Extremely likely"),
                              text("reason", "What is the main reason for your score?"), improve})});
    }
    {
        Question again = makeQuestion(QStringLiteral("again"), QuestionKind::YesNo, QStringLiteral("Will you visit us again?"));
        out.push_back({QStringLiteral("Post-visit CSAT"),
                       QStringLiteral("How a single visit went; at the counter or on a card left with the bill."),
                       draft("How was your visit today?", "Thirty seconds about today's visit.",
                             "Thank you for your time. See you soon!",
                             {scale("csat", QuestionKind::Csat, "How satisfied are you with your visit today?",
                                    "Very dissatisfied", "Very satisfied"),
                              scale("staff", QuestionKind::Rating, "How would you rate our staff?", "Poor", "Excellent", false),
                              text("better", "What could we have done better?", R"({"code":"csat","op":"<=","value":3})"),
                              again})});
    }
    {
        Question resolved = makeQuestion(QStringLiteral("resolved"), QuestionKind::YesNo,
                                         QStringLiteral("Was your issue resolved?"), true);
        Question contacts = choice("contacts", QuestionKind::Single, "How many times did you contact us about it?",
                                   {QStringLiteral("Once"), QStringLiteral("Twice"), QStringLiteral("Three times or more")});
        out.push_back({QStringLiteral("Support CES"),
                       QStringLiteral("How much effort getting help took; right after a call, email or repair."),
                       draft("Support follow-up", "About the help you received from us.",
                             "Thank you. If something is still not right, we will be in touch.",
                             {scale("ces", QuestionKind::Ces, "How easy was it to get your issue handled?", "Very difficult",
                                    "Very easy"),
                              resolved, contacts,
                              text("hardest", "What made it hard?", R"({"code":"ces","op":"<=","value":3})")})});
    }
    {
        out.push_back({QStringLiteral("Product feedback"),
                       QStringLiteral("What customers think of a product or a new item on the menu."),
                       draft("What do you think of it?", "Your opinion on what you bought.", "Thank you for the feedback!",
                             {scale("rating", QuestionKind::Rating, "How would you rate the product overall?", "Poor",
                                    "Excellent"),
                              choice("liked", QuestionKind::Multi, "What did you like?",
                                     {QStringLiteral("Taste or quality"), QStringLiteral("Price"), QStringLiteral("Size"),
                                      QStringLiteral("Look"), QStringLiteral("Packaging")}),
                              makeQuestion(QStringLiteral("buy_again"), QuestionKind::YesNo,
                                           QStringLiteral("Would you buy it again?"), true),
                              text("change", "What one thing would you change?")})});
    }
    return out;
}

Survey blankSurvey()
{
    return draft("New survey", "", "",
                 {scale("nps", QuestionKind::Nps, "How likely are you to recommend us to a friend or colleague?",
                        "Not at all likely", "Extremely likely")});
}

} // namespace cx
