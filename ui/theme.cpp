#include "ui/theme.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>

namespace cx::theme {

bool isDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

QColor good()
{
    return isDark() ? QColor(0x5c, 0xc9, 0x8a) : QColor(0x1e, 0x8e, 0x4f);
}
QColor bad()
{
    return isDark() ? QColor(0xf0, 0x78, 0x6e) : QColor(0xc6, 0x3b, 0x30);
}
QColor neutral()
{
    return isDark() ? QColor(0xb8, 0xb8, 0xb8) : QColor(0xa7, 0xa9, 0xad);
}
QColor accent()
{
    return isDark() ? QColor(0x4f, 0xb3, 0xbf) : QColor(0x1f, 0x6f, 0x78);
}

QLabel* pageTitle(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setObjectName(QStringLiteral("pageTitle"));
    return l;
}

void apply(QApplication& app)
{
    app.setStyleSheet(
        QStringLiteral(
            "QFrame#tile { background: palette(base); border: 1px solid palette(midlight); "
            "border-radius: 8px; }"
            "QLabel#tileTitle { color: palette(dark); font-weight: 600; }"
            "QLabel#tileValue { font-size: 22pt; font-weight: 700; }"
            "QLabel#tileDetail { color: palette(dark); }"
            "QLabel#pageTitle { font-size: 16pt; font-weight: 700; }"
            "QListWidget#navigation { border: none; background: palette(window); font-size: 11pt; }"
            "QListWidget#navigation::item { padding: 9px 14px; border-radius: 6px; margin: 1px "
            "6px; }"
            "QListWidget#navigation::item:selected { background: %1; color: white; }"
            "QPushButton#welcomeChoice { padding: 14px 18px; font-size: 11pt; text-align: left; }"
            // The chosen rating must stand out from the others at a glance, in
            // light and dark: filled with the accent, not the style's faint
            // sunken look.
            "QToolButton#ratingButton:checked { background: %1; color: white; font-weight: 700; "
            "border: 1px solid %1; border-radius: 3px; }"
            // Quick entry goes field by field from the keyboard: the tick box
            // says plainly when a Space would tick it.
            "QCheckBox#entryCheck { border: 2px solid transparent; border-radius: 4px; "
            "padding: 2px 4px; }"
            "QCheckBox#entryCheck:focus { border-color: %1; }")
            .arg(accent().name()));
}

} // namespace cx::theme
