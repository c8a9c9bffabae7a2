#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace cx {

struct DemoOptions
{
    quint64 seed = 1;
    int customers = 500;
    int interactions = 6000;
    int responses = 1500;
    QDate end; // last day of the sample history; invalid: yesterday (nothing lies in the future)
};

struct DemoSummary
{
    int journeys = 0;
    int touchpoints = 0;
    int customers = 0;
    int interactions = 0;
    int responses = 0;
    int actions = 0;
};

// Fills an empty database with the sample business in one transaction:
// the same options always give the same records.
class DemoGenerator
{
public:
    using Progress = std::function<void(const QString& step, int percent)>;

    explicit DemoGenerator(QSqlDatabase& db);
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    [[nodiscard]] bool generate(const DemoOptions& options, DemoSummary* summary, QString* error);

    // False with a message when the database already holds a business.
    [[nodiscard]] bool isEmpty(QString* why);

private:
    QSqlDatabase& m_db;
    Progress m_progress;
};

// A till export such as a shop's register writes, for trying the import: the
// newest interactions of the database as CSV, one with a customer rating (7)
// outside the 1-5 scale so the check has something to find.
[[nodiscard]] bool writeTillExportSample(QSqlDatabase& db, const QString& path, QString* error);

} // namespace cx
