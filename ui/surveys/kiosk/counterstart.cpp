#include "ui/surveys/kiosk/counterstart.h"

#include "core/storage/connectionkeeper.h"
#include "core/storage/database.h"
#include "core/surveys/surveyrepository.h"
#include "ui/perdatabase.h"
#include "ui/surveys/kiosk/kioskwindow.h"

#include <QApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QScreen>

namespace cx {

int runCounterKiosk(Database& db)
{
    QString error;
    QVector<Survey> active;
    for (const Survey& s : SurveyRepository(db.sql()).list(&error))
        if (s.status == SurveyStatus::Active)
            active << s;
    if (active.isEmpty()) {
        QMessageBox::warning(
            nullptr, QApplication::translate("cx::CounterStart", "CX Desk kiosk"),
            error.isEmpty()
                ? QApplication::translate("cx::CounterStart",
                                          "No survey is active, so the kiosk has nothing to ask. "
                                          "The owner can make one active on the Surveys page.")
                : error);
        return 1;
    }
    const QString key = QStringLiteral("kiosk/survey");
    const QString last = perDatabaseValue(db.path(), key).toString();
    int chosen = -1;
    for (int i = 0; i < active.size(); ++i)
        if (active[i].uuid == last)
            chosen = i;
    if (chosen < 0 && active.size() == 1)
        chosen = 0;
    if (chosen < 0) {
        QStringList titles;
        for (const Survey& s : active)
            titles << s.title;
        bool ok = false;
        const QString title = QInputDialog::getItem(
            nullptr, QApplication::translate("cx::CounterStart", "CX Desk kiosk"),
            QApplication::translate("cx::CounterStart", "Which survey should the kiosk ask?"),
            titles, 0, false, &ok);
        if (!ok)
            return 0;
        chosen = int(titles.indexOf(title));
    }
    setPerDatabaseValue(db.path(), key, active[chosen].uuid);
    // The survey with its questions, as the kiosk shows it.
    std::optional<Survey> survey = SurveyRepository(db.sql()).byId(active[chosen].id, &error);
    if (!survey) {
        QMessageBox::warning(nullptr, QApplication::translate("cx::CounterStart", "CX Desk kiosk"),
                             error);
        return 1;
    }
    ConnectionKeeper keeper(db, 3000);
    KioskWindow kiosk(db, *survey);
    kiosk.setConnectionKeeper(&keeper);
    QObject::connect(&kiosk, &KioskWindow::unlocked, qApp, &QApplication::quit);
    // The whole screen, with or without a window manager to ask.
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        kiosk.setGeometry(screen->geometry());
    kiosk.showFullScreen();
    return QApplication::exec();
}

} // namespace cx
