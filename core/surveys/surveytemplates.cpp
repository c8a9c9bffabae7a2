#include "core/surveys/surveytemplates.h"

#include "core/common/text.h"

#include <QLocale>

namespace cx {

namespace {

Question scale(const char* code, QuestionKind kind, const char* text, const char* low,
               const char* high, bool required = true)
{
    Question q = makeQuestion(QLatin1String(code), kind, Text::tr(text), required);
    q.labelMin = Text::tr(low);
    q.labelMax = Text::tr(high);
    return q;
}

Question choice(const char* code, QuestionKind kind, const char* text, const QStringList& options)
{
    Question q = makeQuestion(QLatin1String(code), kind, Text::tr(text));
    q.options = options;
    return q;
}

Question text(const char* code, const char* text, const char* showIf = nullptr)
{
    Question q = makeQuestion(QLatin1String(code), QuestionKind::Text, Text::tr(text));
    if (showIf)
        q.showIf = QLatin1String(showIf);
    return q;
}

Survey draft(const char* title, const char* description, const char* thanks,
             QVector<Question> questions)
{
    Survey s;
    s.title = Text::tr(title);
    s.description = description[0] ? Text::tr(description) : QString();
    s.thankYou = thanks[0] ? Text::tr(thanks) : QString();
    s.language = QLocale().name().left(2); // the language it is written in: the window's
    s.status = SurveyStatus::Draft;
    s.questions = std::move(questions);
    return s;
}

} // namespace

QVector<SurveyTemplate> surveyTemplates()
{
    QVector<SurveyTemplate> out;
    {
        Question improve =
            choice("improve", QuestionKind::Multi,
                   QT_TRANSLATE_NOOP("cx::Text", "What should we improve first?"),
                   {Text::tr("Waiting time"), Text::tr("Prices"), Text::tr("Quality"),
                    Text::tr("Staff friendliness"), Text::tr("Opening hours")});
        improve.showIf = QStringLiteral(R"({"code":"nps","op":"<=","value":6})");
        out.push_back(
            {Text::tr("Relationship NPS"),
             Text::tr("How loyal customers are overall; ask every quarter, not after each visit."),
             draft(QT_TRANSLATE_NOOP("cx::Text", "How likely are you to recommend us?"),
                   QT_TRANSLATE_NOOP("cx::Text", "A quick question about us as a whole."),
                   QT_TRANSLATE_NOOP("cx::Text", "Thank you! Every answer is read by the owner."),
                   {scale("nps", QuestionKind::Nps,
                          QT_TRANSLATE_NOOP(
                              "cx::Text",
                              "How likely are you to recommend us to a friend or colleague?"),
                          QT_TRANSLATE_NOOP("cx::Text", "Not at all likely"),
                          QT_TRANSLATE_NOOP("cx::Text", "Extremely likely")),
                    text("reason",
                         QT_TRANSLATE_NOOP("cx::Text", "What is the main reason for your score?")),
                    improve})});
    }
    {
        Question again = makeQuestion(QStringLiteral("again"), QuestionKind::YesNo,
                                      Text::tr("Will you visit us again?"));
        out.push_back(
            {Text::tr("Post-visit CSAT"),
             Text::tr("How a single visit went; at the counter or on a card left with the bill."),
             draft(QT_TRANSLATE_NOOP("cx::Text", "How was your visit today?"),
                   QT_TRANSLATE_NOOP("cx::Text", "Thirty seconds about today's visit."),
                   QT_TRANSLATE_NOOP("cx::Text", "Thank you for your time. See you soon!"),
                   {scale("csat", QuestionKind::Csat,
                          QT_TRANSLATE_NOOP("cx::Text",
                                            "How satisfied are you with your visit today?"),
                          QT_TRANSLATE_NOOP("cx::Text", "Very dissatisfied"),
                          QT_TRANSLATE_NOOP("cx::Text", "Very satisfied")),
                    scale("staff", QuestionKind::Rating,
                          QT_TRANSLATE_NOOP("cx::Text", "How would you rate our staff?"),
                          QT_TRANSLATE_NOOP("cx::Text", "Poor"),
                          QT_TRANSLATE_NOOP("cx::Text", "Excellent"), false),
                    text("better", QT_TRANSLATE_NOOP("cx::Text", "What could we have done better?"),
                         R"({"code":"csat","op":"<=","value":3})"),
                    again})});
    }
    {
        Question resolved = makeQuestion(QStringLiteral("resolved"), QuestionKind::YesNo,
                                         Text::tr("Was your issue resolved?"), true);
        Question contacts =
            choice("contacts", QuestionKind::Single,
                   QT_TRANSLATE_NOOP("cx::Text", "How many times did you contact us about it?"),
                   {Text::tr("Once"), Text::tr("Twice"), Text::tr("Three times or more")});
        out.push_back(
            {Text::tr("Support CES"),
             Text::tr("How much effort getting help took; right after a call, email or repair."),
             draft(
                 QT_TRANSLATE_NOOP("cx::Text", "Support follow-up"),
                 QT_TRANSLATE_NOOP("cx::Text", "About the help you received from us."),
                 QT_TRANSLATE_NOOP(
                     "cx::Text",
                     "Thank you. If something is still not right, we will be in touch."),
                 {scale("ces", QuestionKind::Ces,
                        QT_TRANSLATE_NOOP("cx::Text", "How easy was it to get your issue handled?"),
                        QT_TRANSLATE_NOOP("cx::Text", "Very difficult"),
                        QT_TRANSLATE_NOOP("cx::Text", "Very easy")),
                  resolved, contacts,
                  text("hardest", QT_TRANSLATE_NOOP("cx::Text", "What made it hard?"),
                       R"({"code":"ces","op":"<=","value":3})")})});
    }
    {
        out.push_back(
            {Text::tr("Product feedback"),
             Text::tr("What customers think of a product or a new item on the menu."),
             draft(QT_TRANSLATE_NOOP("cx::Text", "What do you think of it?"),
                   QT_TRANSLATE_NOOP("cx::Text", "Your opinion on what you bought."),
                   QT_TRANSLATE_NOOP("cx::Text", "Thank you for the feedback!"),
                   {scale("rating", QuestionKind::Rating,
                          QT_TRANSLATE_NOOP("cx::Text", "How would you rate the product overall?"),
                          QT_TRANSLATE_NOOP("cx::Text", "Poor"),
                          QT_TRANSLATE_NOOP("cx::Text", "Excellent")),
                    choice("liked", QuestionKind::Multi,
                           QT_TRANSLATE_NOOP("cx::Text", "What did you like?"),
                           {Text::tr("Taste or quality"), Text::tr("Price"), Text::tr("Size"),
                            Text::tr("Look"), Text::tr("Packaging")}),
                    makeQuestion(QStringLiteral("buy_again"), QuestionKind::YesNo,
                                 Text::tr("Would you buy it again?"), true),
                    text("change",
                         QT_TRANSLATE_NOOP("cx::Text", "What one thing would you change?"))})});
    }
    return out;
}

Survey blankSurvey()
{
    return draft(
        QT_TRANSLATE_NOOP("cx::Text", "New survey"), QT_TRANSLATE_NOOP("cx::Text", ""),
        QT_TRANSLATE_NOOP("cx::Text", ""),
        {scale("nps", QuestionKind::Nps,
               QT_TRANSLATE_NOOP("cx::Text",
                                 "How likely are you to recommend us to a friend or colleague?"),
               QT_TRANSLATE_NOOP("cx::Text", "Not at all likely"),
               QT_TRANSLATE_NOOP("cx::Text", "Extremely likely"))});
}

} // namespace cx
