#pragma once

// File → Import…: what the file holds, its first rows (numbered as the
// messages number lines, a bad row marked), which column holds each field
// (matched by name or by the window's label in any language, changeable),
// how dates are written when the file cannot tell, and a check of every row
// after each change, before anything is written.

#include "core/io/importer.h"

#include <QDialog>
#include <atomic>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QAbstractItemModel;

namespace cx {

// The question a file with dates like 03/11/2026 and no row to tell asks:
// one of them, read day first and month first, and a button for each.
class DateOrderQuestion : public QDialog
{
    Q_OBJECT

public:
    DateOrderQuestion(const ImportReport::DateQuestion& question, QWidget* parent = nullptr);
    // DayFirst or MonthFirst as chosen; Unknown when cancelled.
    DateOrder choice() const { return m_choice; }

private:
    DateOrder m_choice = DateOrder::Unknown;
};

class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    // header and firstRows: what previewFile() read from path; lines: the
    // line each row starts on (empty: counted from line 2).
    ImportDialog(QSqlDatabase& db, const QString& path, const QStringList& header,
                 const QList<QStringList>& firstRows, QWidget* parent = nullptr,
                 const QList<qint64>& lines = {});

    // Asked once, the first time a check finds dates nobody can tell day or
    // month first in (by default DateOrderQuestion); Unknown: not answered.
    using AskDateOrder = std::function<DateOrder(const ImportReport::DateQuestion&)>;
    void setAskDateOrder(AskDateOrder ask) { m_askDateOrder = std::move(ask); }
    // The first rows: the vertical header holds their line numbers, a row
    // with problems its background and the problems as tooltip.
    QAbstractItemModel* previewModel() const;

    // What to import, as chosen (skipInvalid: "Import the valid rows" was pressed).
    ImportOptions options() const;
    // Rows the last complete check counted (for the import's progress).
    qint64 rowCount() const { return m_rows; }
    // The result of the last complete check.
    const ImportReport& lastCheck() const { return m_report; }
    bool isChecking() const { return m_checking; }
    // How many checks have run to the end (each change starts one).
    int checksDone() const { return m_checks; }

    // Which record kind the file holds (the index in the "The file holds" list).
    void setKindIndex(int index);
    // The column the field is read from; an empty header: not in the file.
    void setColumn(const QString& field, const QString& header);
    // The column the mapping reads the field from ("" when none).
    QString column(const QString& field) const;
    // How dates with the year last are read (Unknown: as the file shows).
    void setDateOrder(DateOrder order);

public slots:
    void reject() override;

private:
    void fillMapping();
    // Checks every row again (a dry run) now, or as soon as the running check
    // has stopped; the dialog stays responsive throughout.
    void check();
    // Marks the preview's rows that have problems.
    void markPreview();

    QSqlDatabase& m_db;
    QString m_path;
    QStringList m_header;
    QList<qint64> m_lines;
    QComboBox* m_kind;
    QComboBox* m_dates;
    QLabel* m_datesLabel;
    QTableWidget* m_preview;
    QCheckBox* m_createMissing;
    QTableWidget* m_mapping;
    QPlainTextEdit* m_problems;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QPushButton* m_importAll;
    QPushButton* m_importValid;
    AskDateOrder m_askDateOrder;
    bool m_askedDates = false;
    bool m_skipInvalid = false;
    bool m_checking = false;
    bool m_checkAgain = false;
    std::atomic_bool m_cancel{false};
    qint64 m_rows = 0;
    int m_checks = 0;
    ImportReport m_report;
};

} // namespace cx
