#pragma once

// Customers → Mail merge…: a thank-you or an invitation to many customers at
// once. Pick the message, who gets it (an NPS group in a period, or the
// customers selected in the list) and see how many; the file (name, email,
// message, subject) is for the mail-merge of the owner's mail program.

#include "core/contact/mailmerge.h"
#include "core/metrics/metrics.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace cx {

class Database;

class MailMergeDialog : public QDialog
{
    Q_OBJECT
public:
    // The period starts as the filter's; `selected` are the customers selected in the list.
    MailMergeDialog(Database& db, const MetricsFilter& filter, const QVector<qint64>& selected,
                    QWidget* parent = nullptr);

    MailMergeRequest request() const;
    // The rows as the file would hold them now.
    const MailMerge& merge() const { return m_merge; }
    // Writes the file, readable by its owner only; false with the reason.
    [[nodiscard]] bool exportTo(const QString& path, QString* error);
    // Asked where to save (the suggested name); empty: cancelled. Tests answer it themselves.
    void setSaveFileChooser(std::function<QString(const QString&)> choose)
    {
        m_chooseFile = std::move(choose);
    }
    void accept() override;

    QComboBox* messageChoice() const { return m_kind; }
    QComboBox* groupChoice() const { return m_group; }
    QComboBox* surveyChoice() const { return m_survey; }
    QDateEdit* fromDate() const { return m_from; }
    QDateEdit* toDate() const { return m_to; }
    QLabel* count() const { return m_count; }
    QPlainTextEdit* preview() const { return m_preview; }

private:
    void update();

    Database& m_db;
    QVector<qint64> m_selected;
    MailMerge m_merge;
    std::function<QString(const QString&)> m_chooseFile;
    QComboBox* m_kind = nullptr;
    QComboBox* m_group = nullptr;
    QComboBox* m_survey = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_count = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace cx
