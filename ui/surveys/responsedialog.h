#pragma once

// One response in full: when and how it came in, who gave it (or that it is
// anonymous), every answer in the survey's order, and the follow-up it opened.

#include <QDialog>

class QTextBrowser;

namespace cx {

class Database;

class ResponseDialog : public QDialog
{
    Q_OBJECT

public:
    ResponseDialog(Database& db, qint64 responseId, QWidget* parent = nullptr);
    // The response as the dialog shows it, for printing and tests.
    QString html() const;
    qint64 customerId() const { return m_customerId; }

signals:
    void openCustomer(qint64 customerId);

private:
    QTextBrowser* m_text;
    qint64 m_customerId = 0;
};

} // namespace cx
