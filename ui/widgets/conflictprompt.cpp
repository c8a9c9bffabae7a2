#include "ui/widgets/conflictprompt.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace cx {

ConflictChoice askAboutConflict(QWidget* parent, const QString& title, const QString& message,
                                bool whole)
{
    QMessageBox box(QMessageBox::Warning, title,
                    message.left(1).toUpper() + message.mid(1) + QLatin1Char('.'),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(
        whole ? QCoreApplication::translate(
                    "cx::ConflictPrompt",
                    "Reload shows their version (what you typed here is dropped); "
                    "Save mine writes yours over it; Keep editing saves nothing yet.")
              : QCoreApplication::translate(
                    "cx::ConflictPrompt",
                    "Reload shows their version (what you typed here is dropped); "
                    "Save mine writes what you changed on top of their version; "
                    "Keep editing saves nothing yet."));
    QPushButton* reload = box.addButton(QCoreApplication::translate("cx::ConflictPrompt", "Reload"),
                                        QMessageBox::ResetRole);
    QPushButton* mine = box.addButton(
        QCoreApplication::translate("cx::ConflictPrompt", "Save mine"), QMessageBox::AcceptRole);
    QPushButton* keep = box.addButton(
        QCoreApplication::translate("cx::ConflictPrompt", "Keep editing"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() == reload)
        return ConflictChoice::Reload;
    if (box.clickedButton() == mine)
        return ConflictChoice::SaveMine;
    return ConflictChoice::KeepEditing;
}

} // namespace cx
