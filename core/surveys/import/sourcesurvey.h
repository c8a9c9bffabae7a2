#pragma once

// A survey as another tool wrote it (LimeSurvey, Qualtrics, XLSForm, XForm),
// read into one shape before it is mapped to CX Desk's questions
// (surveyimport.h). Texts are plain text in the chosen language; codes are the
// source's own.

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace cx {

struct SourceOption
{
    QString code;
    QString label;
};

// One comparison of one question with a value, in the source's terms (the
// value is an option code, a number or a text).
struct SourceCondition
{
    QString code;
    QString op; // = != < <= > >=
    QString value;
};

// What a question asks for, as far as CX Desk can tell.
enum class SourceShape
{
    Choice,      // one of the options
    MultiChoice, // any of the options
    YesNo,
    Scale,      // a number from scaleMin to scaleMax
    Nps,        // the tool's own 0-10 recommendation question
    Text,       // free text (numbers and dates too)
    Unsupported // matrices, rankings, uploads...: `leftOut` says why
};

struct SourceQuestion
{
    QString code;
    QString key;  // how the tool's responses name it (LimeSurvey's qid); empty: by code
    QString type; // the source's name of its type ("L", "MC/SAVR", "select_one")
    QString text;
    bool required = false;
    bool numeric = false; // a number kept as text: conditions may compare it by order
    SourceShape shape = SourceShape::Text;
    QVector<SourceOption> options;
    int scaleMin = 0;
    int scaleMax = 0;
    QString labelMin;
    QString labelMax;
    QString leftOut;       // why it cannot be asked here (Unsupported)
    QString conditionText; // the display condition as the source writes it; empty: none
    std::optional<SourceCondition> condition;
    QString conditionProblem; // why the condition is not one comparison
};

// One completed response: when it was submitted and its answers by question
// key (its code where it has no key), each a list of values (option codes, a
// number or a text).
struct SourceResponse
{
    QString id;          // the source's id of the response; empty: none
    QString submittedAt; // ISO 8601 with its offset
    QHash<QString, QStringList> answers;
};

struct SourceSurvey
{
    QString format;   // what was read, for people ("LimeSurvey 3 survey structure")
    QString family;   // limesurvey, qualtrics, xlsform
    QString sourceId; // the tool's id of the survey; empty: none
    QString title;
    QString description;
    QString language;
    QStringList languages; // every language of the source, the base one first
    QString thankYou;
    QVector<SourceQuestion> questions;
    bool hasResponses = false;  // the file carries responses (possibly none)
    bool responsesOnly = false; // a responses export without the survey
    QVector<SourceResponse> responses;
    int incompleteResponses = 0; // started but not submitted: not imported
    QStringList notes;           // what the reader noticed, for the report
};

} // namespace cx
