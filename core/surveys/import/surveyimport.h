#pragma once

// Bringing a survey made in another tool into CX Desk: the file is read by
// its content (readers.h), each question is given the kind that fits it,
// every condition that is one comparison of an earlier question becomes
// show_if, and the plan says — before anything is written — what each
// question became or why it was left out. The person may change a question's
// kind and look at the plan again; applying it writes the survey and its
// responses in one transaction, and a second import of the same file adds
// nothing.

#include "core/surveys/import/sourcesurvey.h"
#include "core/surveys/survey.h"

#include <QSqlDatabase>

namespace cx {

enum class SurveyFileFormat
{
    CxDesk,              // CX Desk's own JSON (surveyfile.h)
    LimeSurvey,          // .lss
    LimeSurveyArchive,   // .lsa
    LimeSurveyResponses, // .lsr alone
    Qualtrics,           // .qsf
    QualtricsResponses,  // CSV export
    XlsForm,             // .xlsx
    XForm,               // .xml
    Unknown
};

// What the first bytes of a file say it is (its name is not asked).
SurveyFileFormat detectSurveyFormat(const QByteArray& head);

// Reads a file of another tool by its content; false with a message naming
// the file's problem and its place. CX Desk JSON is not read here.
[[nodiscard]] bool readSurveyFile(const QString& path, const QString& language, SourceSurvey* out,
                                  QString* error);

// One question of the plan.
struct PlannedQuestion
{
    SourceQuestion source;
    QString code;                     // its code here (renamed when the source's clashes)
    std::optional<QuestionKind> kind; // nullopt: left out
    QVector<QuestionKind> kinds;      // what it may become; empty: nothing
    QString note;                     // why it is left out, or what was changed
    QString condition;                // the condition as kept, for people; empty: none
    QString conditionDropped;         // why the source's condition is not kept
    QHash<QString, QString> labelOf;  // source option code -> label here
    QHash<QString, double> valueOf;   // source option code -> number (scales)
};

struct ImportPlan
{
    SourceSurvey source;
    Survey survey; // as it will be written
    QVector<PlannedQuestion> questions;
    bool updates = false; // a survey imported before is updated
    QString existingTitle;
    qint64 newResponses = 0;      // known after checkImport()
    qint64 knownResponses = 0;    // stored by an earlier import
    qint64 repeatedResponses = 0; // in the file more than once: taken once
    qint64 answersLeftOut = 0;    // values of new responses that fit no option or scale
    QStringList notes;
};

// The plan for a survey read from a file; `kinds` overrides the kind of a
// question by its source code (nullopt: leave it out). `fallbackTitle`
// names a survey whose file gives it no title. `before`, the survey as an
// earlier import of the same source left it (importedBefore()), keeps the
// kinds it gave its questions, so their answers keep their meaning.
ImportPlan planImport(const SourceSurvey& source,
                      const QHash<QString, std::optional<QuestionKind>>& kinds = {},
                      const QString& fallbackTitle = QString(), const Survey* before = nullptr);

// The uuid a survey read from another tool gets here (derived from the tool's
// id of it), and the survey an earlier import of it left, if there is one.
QString sourceSurveyUuid(const SourceSurvey& source, const QString& fallbackTitle = QString());
std::optional<Survey> importedBefore(QSqlDatabase& db, const SourceSurvey& source,
                                     const QString& fallbackTitle = QString());
// Which of the source's languages that earlier import chose; empty: none of them.
QString languageImportedBefore(const SourceSurvey& source, const Survey& before);

// Responses exported without their survey (a Qualtrics CSV) are added to a
// survey stored here: the one `uuid` names, else the one whose question codes
// the columns match best. False with a message when none fits.
[[nodiscard]] bool planResponses(QSqlDatabase& db, const SourceSurvey& source, const QString& uuid,
                                 ImportPlan* plan, QString* error);

// Fills in what the database already holds: whether the survey is there, and
// how many of the responses are new.
[[nodiscard]] bool checkImport(QSqlDatabase& db, ImportPlan* plan, QString* error);

// The plan for people, one line each: what was read, every question with what
// it became or why it is left out, every condition kept or dropped, the
// responses and the notes.
QStringList importReport(const ImportPlan& plan);

struct ImportOutcome
{
    bool created = false;
    qint64 surveyId = 0;
    qint64 responsesAdded = 0;
    qint64 responsesKnown = 0;
    qint64 responsesRepeated = 0; // in the file more than once: taken once
    qint64 answersLeftOut = 0;
};

// Writes the survey and its new responses in one transaction.
[[nodiscard]] bool applyImport(QSqlDatabase& db, const ImportPlan& plan, ImportOutcome* outcome,
                               QString* error);

} // namespace cx
