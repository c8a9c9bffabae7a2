#pragma once

#include "core/metrics/metrics.h"
#include "core/storage/team.h"

#include <QWidget>

namespace cx {

class Database;

// A page of the main window: it shows the database through the global filter.
class Page : public QWidget
{
    Q_OBJECT

public:
    Page(Database& db, QWidget* parent = nullptr) : QWidget(parent), m_db(db) {}
    // Called when the filter or the data changed; pages reload what they show.
    virtual void setFilter(const MetricsFilter& filter) = 0;
    // Reads again what the page shows, after another window or program
    // wrote: the same filter, and the page keeps its place (the selection, the
    // scroll position and anything typed but not saved).
    virtual void refresh() = 0;
    // Text for the navigation badge (for example the overdue count); empty for none.
    virtual QString badge() const { return {}; }
    // What File → New… (Ctrl+N) makes on this page ("New &customer…"); empty
    // when the page makes nothing, and the menu entry is then disabled.
    virtual QString newItemText() const { return {}; }
    // Starts making one (usually a dialog); only called when newItemText() is not empty.
    virtual void newItem() {}
    // Shows only what the person's role may do (team.h); everything by default.
    virtual void setRole(TeamRole) {}
    // The server answers again after an outage: what waited to be saved is
    // saved now (or the user is told why not), before the page reads again.
    virtual void connectionRestored() {}

signals:
    // Asks the window to show another page with a narrower filter.
    void openList(const QString& page, const QVariantMap& criteria);
    // The page wrote to the database outside the edit history (a kiosk
    // response, paper forms, an erase, a survey saved or deleted): the window
    // brings its counts and the other pages up to date.
    void dataChanged();

protected:
    Database& m_db;
};

} // namespace cx
