#pragma once

#include "core/storage/sqlutil.h"
#include "core/surveys/survey.h"

#include <QHash>

namespace cx {

// Survey responses with their answers.
class ResponseRepository
{
public:
    explicit ResponseRepository(QSqlDatabase& db);

    // Inserts the response and its answers together after checking the
    // timestamp and every answer against its question's kind and scale.
    [[nodiscard]] bool insert(Response& response, QString* error);
    // The same, unless a response with its uuid is stored already: then
    // nothing is written and *inserted is false (a kiosk sending again what
    // the server may have taken before the connection broke).
    [[nodiscard]] bool insertOnce(Response& response, bool* inserted, QString* error);
    // For a caller whose one transaction takes every response and is rolled
    // back on any failure: no savepoint per response (on a server, thousands
    // of them in one transaction slow every statement after them).
    void setAllOrNothing(bool on) { m_allOrNothing = on; }
    [[nodiscard]] bool remove(qint64 id, QString* error);
    [[nodiscard]] std::optional<Response> byId(qint64 id, QString* error = nullptr);
    qint64 count(QString* error = nullptr);
    // The first problem with the response's timestamp or answers, or empty.
    QString validate(const Response& response);

private:
    struct QuestionInfo
    {
        qint64 surveyId = 0;
        QuestionKind kind = QuestionKind::Text;
        QString code;
        QStringList options;
    };
    const QuestionInfo* question(qint64 id);

    QSqlDatabase& m_db;
    [[nodiscard]] bool write(Response& r, bool once, bool* inserted, QString* error);
    sql::Statement m_insert;
    sql::Statement m_insertOnce;
    sql::Statement m_insertAnswer;
    QHash<qint64, QuestionInfo> m_questions;
    bool m_allOrNothing = false;
};

} // namespace cx
