#pragma once

// Surveys, their questions, and the responses given to them.
// Ids are 0 when the record is not stored yet or a link is null. A record a
// person edits carries the row version it was read at (0: not read from the
// database) and when it was last changed: a save refuses to write over a
// version it has not seen (see core/storage/rowversion.h). The tables are
// described in docs/database.md.

#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace cx {

enum class QuestionKind
{
    Nps,
    Csat,
    Ces,
    Rating,
    YesNo,
    Single,
    Multi,
    Text
};

QString questionKindName(QuestionKind kind);
[[nodiscard]] std::optional<QuestionKind> questionKindFromName(const QString& name);
// The numeric scale of a kind; false for kinds answered with text or labels.
bool questionKindScale(QuestionKind kind, int* min, int* max);

// Where a survey is in its life: written, taking answers, or done.
enum class SurveyStatus
{
    Draft,
    Active,
    Closed
};
// Where a response came from.
enum class ResponseSource
{
    Manual,
    Kiosk,
    Paper,
    Import
};

// The names the database and the files use ("draft", "kiosk"), and back;
// std::nullopt for a name that is none of them.
QString statusName(SurveyStatus status);
[[nodiscard]] std::optional<SurveyStatus> surveyStatusFromName(const QString& name);
QString sourceName(ResponseSource source);
[[nodiscard]] std::optional<ResponseSource> responseSourceFromName(const QString& name);

struct Question
{
    qint64 id = 0;
    qint64 surveyId = 0;
    int position = 0;
    QString code;
    QuestionKind kind = QuestionKind::Text;
    QString text;
    bool required = false;
    QStringList options;
    QStringList optionCodes; // the source tool's code of each option; empty: written here
    QString labelMin;
    QString labelMax;
    QString showIf; // JSON condition {"code","op","value"}; empty: always shown
    int rowVersion = 0;
    QString updatedAt;
};

// Gives the question new option labels; a code the source tool gave an
// option stays with its label, and a new option's code is its label.
void replaceOptions(Question* q, const QStringList& options);

// A question with its essentials; options, labels and logic are set after.
Question makeQuestion(const QString& code, QuestionKind kind, const QString& text,
                      bool required = false);

struct Survey
{
    qint64 id = 0;
    QString uuid;
    QString title;
    qint64 touchpointId = 0;
    SurveyStatus status = SurveyStatus::Draft;
    QString description;
    QString language;
    QString thankYou;           // shown after the last question; empty: the default
    bool thankYouGiven = false; // read from a file that has "thank_you"
    qint64 channelId = 0;       // where it is collected; 0: the touchpoint's channel
    QVector<Question> questions;
    int rowVersion = 0;
    QString updatedAt;
};

struct Answer
{
    qint64 questionId = 0;
    std::optional<double> valueNum;
    QString valueText;
};

struct Response
{
    qint64 id = 0;
    QString uuid;
    qint64 surveyId = 0;
    qint64 customerId = 0; // 0: anonymous
    qint64 channelId = 0;
    qint64 touchpointId = 0;
    QString submittedAt;
    ResponseSource source = ResponseSource::Manual;
    qint64 formNumber = 0; // paper forms: the printed number; 0: none
    QString createdBy;     // who entered it by hand (team.h personOf); empty: kiosk or import
    QVector<Answer> answers;
};

} // namespace cx
