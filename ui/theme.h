#pragma once

// One palette for the whole window: colours that mean something (better,
// worse, neutral, the accent) and the style sheet that sets spacing and type.
// Light or dark follows the system palette.

#include <QColor>
#include <QString>

class QApplication;

namespace cx::theme {

QColor good();
QColor bad();
QColor neutral();
QColor accent();
bool isDark();
void apply(QApplication& app);

} // namespace cx::theme
