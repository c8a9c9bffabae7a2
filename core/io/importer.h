#pragma once

// import customers|interactions from CSV (docs/user-guide.md, Bringing data in and out): every
// field checked, problems reported as FILE:LINE: column 'HEADER': what is wrong, all or nothing in
// one transaction unless invalid rows are to be skipped.

#include "core/io/exporter.h"
#include "core/io/spreadsheetdate.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>

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
    // How dates with the year last (03/11/2026) are read when the rows do not
    // tell; Unknown: from the rows, and a file they leave open is an error.
    DateOrder dateOrder = DateOrder::Unknown;
    // Messages speak of the import window's controls (the mapping, the boxes)
    // instead of the command line's options; labels: field -> its name there.
    bool window = false;
    QHash<QString, QString> labels;
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
    qint64 followUps = 0;       // actions opened for recent detractors and complaints
    QStringList problems;       // FILE:LINE: column 'HEADER': what is wrong (the first 1000)
    QList<qint64> problemLines; // the line of each of problems
    qint64 problemCount = 0;
    QStringList notices; // encoding, ignored columns, what was created
    QString rejectedFile;

    // The order dates with the year last were read in (Unknown: none had to
    // be), and whether the rows told it.
    DateOrder dateOrder = DateOrder::Unknown;
    bool dateOrderFromRows = false;
    // Set when the import stopped because nobody can tell whether such a
    // date is day or month first: one of them, to ask about.
    struct DateQuestion
    {
        qint64 line = 0;
        QString header, value;
        QDate dayFirst, monthFirst; // the value read either way (invalid: impossible so)
    };
    std::optional<DateQuestion> dateQuestion;
};

// The header and the first rows of a file, for a preview before importing;
// lines: the line each row starts on, as the import's messages number them.
[[nodiscard]] bool previewFile(const QString& path, int rows, QStringList* header,
                               QList<QStringList>* firstRows, QString* error,
                               QList<qint64>* lines = nullptr);
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
