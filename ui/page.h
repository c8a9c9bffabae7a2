#pragma once

#include "metrics.h"

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
    // Text for the navigation badge (for example the overdue count); empty for none.
    virtual QString badge() const { return {}; }

signals:
    // Asks the window to show another page with a narrower filter.
    void openList(const QString& page, const QVariantMap& criteria);

protected:
    Database& m_db;
};

} // namespace cx
