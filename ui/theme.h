#pragma once

// One palette for the whole window: colours that mean something (better,
// worse, neutral, the accent) and the style sheet that sets spacing and type.
// Light or dark follows the system palette.

#include <QColor>
#include <QString>

class QApplication;
class QLabel;
class QWidget;

namespace cx::theme {

QColor good();
QColor bad();
QColor neutral();
QColor accent();
bool isDark();
void apply(QApplication& app);
// The large title at the top of a page.
QLabel* pageTitle(const QString& text, QWidget* parent);

} // namespace cx::theme
