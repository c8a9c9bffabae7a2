#pragma once

// File → Import…: what the file holds, its first rows, which column holds
// each field (matched by name, changeable), and a check of every row after
// each change, before anything is written.

#include "core/io/importer.h"

#include <QDialog>
#include <atomic>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace cx {

class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    // header and firstRows: what previewFile() read from path.
    ImportDialog(QSqlDatabase& db, const QString& path, const QStringList& header,
                 const QList<QStringList>& firstRows, QWidget* parent = nullptr);

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

public slots:
    void reject() override;

private:
    void fillMapping();
    // Checks every row again (a dry run) now, or as soon as the running check
    // has stopped; the dialog stays responsive throughout.
    void check();

    QSqlDatabase& m_db;
    QString m_path;
    QStringList m_header;
    QComboBox* m_kind;
    QCheckBox* m_createMissing;
    QTableWidget* m_mapping;
    QPlainTextEdit* m_problems;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QPushButton* m_importAll;
    QPushButton* m_importValid;
    bool m_skipInvalid = false;
    bool m_checking = false;
    bool m_checkAgain = false;
    std::atomic_bool m_cancel{false};
    qint64 m_rows = 0;
    int m_checks = 0;
    ImportReport m_report;
};

} // namespace cx
