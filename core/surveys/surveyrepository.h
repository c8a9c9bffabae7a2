#pragma once

#include "core/surveys/survey.h"
#include "core/actions/action.h"
#include "core/storage/sqlutil.h"

#include <QHash>

namespace cx {

// Survey definitions with their questions.
class SurveyRepository
{
public:
    explicit SurveyRepository(QSqlDatabase& db);

    // Inserts the survey and its questions together; sets every id.
    bool insert(Survey& survey, QString* error);
    std::optional<Survey> byUuid(const QString& uuid);
    std::optional<Survey> byId(qint64 id);
    // All surveys, without their questions.
    QVector<Survey> list();
    QVector<Question> questions(qint64 surveyId);
    // Deletes the survey with its questions, responses and answers, if it is
    // still at survey.rowVersion (nobody changed it since it was read).
    [[nodiscard]] bool remove(const Survey& survey, QString* error);
    static QStringList differences(const Survey& a, const Survey& b);
    qint64 responseCount(qint64 surveyId);
    // The survey that shows the most of what a survey can hold: one with an
    // NPS question if there is one, then the most questions.
    std::optional<Survey> fullest();

private:
    QSqlDatabase& m_db;
};

// Survey responses with their answers.
class ResponseRepository
{
public:
    explicit ResponseRepository(QSqlDatabase& db);

    // Inserts the response and its answers together after checking the
    // timestamp and every answer against its question's kind and scale.
    bool insert(Response& response, QString* error);
    bool remove(qint64 id, QString* error);
    std::optional<Response> byId(qint64 id);
    qint64 count();

private:
    struct QuestionInfo
    {
        qint64 surveyId = 0;
        QuestionKind kind = QuestionKind::Text;
        QString code;
        QStringList options;
    };
    const QuestionInfo* question(qint64 id);
    QString validate(const Response& response);

    QSqlDatabase& m_db;
    sql::Statement m_insert;
    sql::Statement m_insertAnswer;
    QHash<qint64, QuestionInfo> m_questions;
};

// Follow-up actions: the loop closed on a detractor or a complaint.
class ActionRepository
{
public:
    explicit ActionRepository(QSqlDatabase& db);

    [[nodiscard]] bool insert(Action& action, QString* error);
    // Each change below is made only if the stored row is still at the
    // action's rowVersion, and raises it; otherwise it changes nothing and
    // says what changed meanwhile.
    [[nodiscard]] bool markDone(Action& action, const QString& resolution, const QString& closedAt, QString* error);
    [[nodiscard]] bool reopen(Action& action, QString* error);
    [[nodiscard]] bool remove(const Action& action, QString* error);
    static QStringList differences(const Action& a, const Action& b);
    std::optional<Action> byId(qint64 id);
    // The follow-ups a response opened, oldest first.
    QVector<Action> forResponse(qint64 responseId);
    // The ids of the follow-ups that point at an interaction.
    QVector<qint64> idsForInteraction(qint64 interactionId);
    // Points these follow-ups at the interaction (again, after it was restored).
    [[nodiscard]] bool relink(const QVector<qint64>& actionIds, qint64 interactionId, QString* error);
    qint64 openCount();
    qint64 overdueCount(const QDate& today);

private:
    QString refusal(const Action& a, const Action* seen);
    bool write(Action& a, const QString& statement, const QVariantList& values, const char* what, QString* error);

    QSqlDatabase& m_db;
    sql::Statement m_insert;
};

} // namespace cx
