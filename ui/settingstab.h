#pragma once

// One tab of Edit → Settings beside the business's own (staff, messages,
// customer fields…). The dialog saves every tab in one transaction: all of
// it or nothing. Before it writes, it asks each tab what it would write over
// (a setting changed here that was saved elsewhere since the dialog opened)
// and asks the user once for all of them.

#include <QStringList>
#include <QWidget>

namespace cx {

class SettingsTab : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // "the staff list was changed by … at …" for each setting this tab
    // changed that was saved elsewhere since it was read; empty when none.
    virtual QStringList changedElsewhere() = 0;
    // Shows the settings as they are stored now, dropping what was typed.
    virtual void reload() = 0;
    // Takes what is stored now as what the save expects (the user chose to
    // save over the other change), keeping what was typed.
    virtual void rebase() = 0;
    // Writes what changed, inside the dialog's transaction; false with
    // *error naming the setting that could not be saved.
    [[nodiscard]] virtual bool save(QString* error) = 0;
    // After the transaction committed: what was saved is now what was read.
    virtual void saved() {}
};

} // namespace cx
