#include "ui/actions/deskperson.h"

#include "core/actions/staff.h"
#include "core/storage/database.h"
#include "core/storage/team.h"

#include <QCoreApplication>
#include <QInputDialog>

namespace cx {

void askWhoIsAtTheDesk(Database& db, QWidget* parent)
{
    if (db.isServer())
        return; // the login says who it is
    const QStringList names = staffNames(db.sql());
    if (names.isEmpty())
        return;
    bool ok = false;
    const int current = std::max(0, int(names.indexOf(deskPerson())));
    const QString chosen = QInputDialog::getItem(
        parent, QCoreApplication::translate("cx::DeskPerson", "Who is at the desk?"),
        QCoreApplication::translate("cx::DeskPerson", "What you enter is signed with your name:"),
        names, current, false, &ok);
    if (ok)
        setDeskPerson(chosen);
}

} // namespace cx
