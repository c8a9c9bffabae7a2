#pragma once

// import customers|interactions from CSV (docs/user-guide.md, Bringing data in and out): every
// field checked, problems reported as FILE:LINE: column 'HEADER': what is wrong, all or nothing in
// one transaction unless invalid rows are to be skipped.

#include "core/io/exporter.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <atomic>
#include <functional>

namespace cx {

struct ImportOptions
{
    RecordKind kind = RecordKind::Customers;
    QString path;                // CSV, or for responses also the JSON array that export writes
    qint64 surveyId = 0;         // responses: the survey whose question codes are the columns
    QHash<QString, QString> map; // field -> header in the file
    bool skipInvalid = false;    // import the valid rows, write the others to FILE.rejected.csv
    bool createMissing = false;  // add channels, touchpoints and customers a row names
    bool dryRun = false;         // check and report, write nothing
    // A file of at least this size that brings more rows than about half the
    // table holds is loaded with the table's indexes and triggers suspended.
    qint64 bulkFromBytes = 1024 * 1024;
};

struct ImportReport
{
    qint64 rows = 0;
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    qint64 followUps = 0; // actions opened for recent detractors and complaints
    QStringList problems; // FILE:LINE: column 'HEADER': what is wrong (the first 1000)
    qint64 problemCount = 0;
    QStringList notices; // encoding, ignored columns, what was created
    QString rejectedFile;
};

// The header and the first rows of a file, for a preview before importing.
[[nodiscard]] bool previewFile(const QString& path, int rows, QStringList* header,
                               QList<QStringList>* firstRows, QString* error);
// The fields of a kind (for responses, the survey's question codes follow), required first.
QStringList importFields(QSqlDatabase& db, RecordKind kind, qint64 surveyId, QStringList* required);

class Importer
{
public:
    explicit Importer(QSqlDatabase& db);
    void setProgress(std::function<void(qint64 rows)> progress)
    {
        m_progress = std::move(progress);
    }
    // Asked between rows; true stops the import and rolls it back.
    void setCancel(const std::atomic_bool* cancel) { m_cancel = cancel; }

    // False with *error for a failure that stops everything (unreadable file,
    // missing header, database error, cancel). Row problems go to the report;
    // then nothing is written unless skipInvalid (check report.problemCount).
    [[nodiscard]] bool run(const ImportOptions& options, ImportReport* report, QString* error);

private:
    QSqlDatabase& m_db;
    std::function<void(qint64)> m_progress;
    const std::atomic_bool* m_cancel = nullptr;
};

} // namespace cx
