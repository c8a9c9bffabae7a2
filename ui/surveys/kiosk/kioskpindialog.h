#pragma once

// Choosing the kiosk PIN before the first start: typed twice, so a slip of
// the finger does not lock staff out of their own counter.

#include <QDialog>

class QLabel;
class QLineEdit;

namespace cx {

class KioskPinDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KioskPinDialog(QWidget* parent = nullptr);

    QString pin() const;
    QLineEdit* pinField() const { return m_pin; }
    QLineEdit* repeatField() const { return m_repeat; }
    QLabel* problem() const { return m_problem; }
    // Says why the PIN was not taken; the dialog stays open for another try.
    void showProblem(const QString& message);
    // Refuses two different PINs with a message, and keeps the first as typed.
    void accept() override;

    // What both places that set the PIN say when the two do not match.
    static QString differ();

private:
    QLineEdit* m_pin = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace cx
