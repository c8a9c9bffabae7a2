#pragma once

// export customers|interactions|responses as CSV or JSON, with the headers
// that import reads (docs/user-guide.md, Bringing data in and out), streamed row by row.

#include <QIODevice>
#include <QSqlDatabase>
#include <QStringList>

namespace cx {

enum class RecordKind
{
    Customers,
    Interactions,
    Responses
};
enum class FileFormat
{
    Csv,
    Json
};

bool recordKindFromName(const QString& name, RecordKind* kind);

class Exporter
{
public:
    explicit Exporter(QSqlDatabase& db);

    // The headers of a kind; for responses, those of the survey's questions follow.
    QStringList headers(RecordKind kind, qint64 surveyId = 0);
    // Writes every record to out. Responses need a survey (their columns are its questions).
    [[nodiscard]] bool write(RecordKind kind, FileFormat format, qint64 surveyId, QIODevice* out,
                             qint64* count, QString* error);

private:
    QSqlDatabase& m_db;
};

} // namespace cx
