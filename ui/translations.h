#pragma once

// The window's language: English (the source), German, French or Spanish.
// Chosen with --lang, else in Settings, else from the system.

#include <QLocale>
#include <QStringList>

namespace cx {

// The languages CX Desk speaks, as codes: en, de, fr, es.
QStringList availableLanguages();
// The language to use: `requested` (from --lang) when given, else the one
// saved in Settings, else the system's when CX Desk speaks it, else English.
QLocale chooseLocale(const QString& requested);
// Installs CX Desk's translation and Qt's own (standard buttons and dialogs)
// for the locale, after English plural forms (core/common/plurals.h), and makes it the default for
// dates and numbers.
void useLocale(const QLocale& locale);

// A language's name in that language, as a list offers it: "Deutsch", "English".
QString languageName(const QString& code);
// The name, in its own language, of the language CX Desk speaks when it
// follows the system: the system's when CX Desk speaks it, else English (a
// system set to C or POSIX names no language at all).
QString systemLanguageName();

// The language saved in Settings ("" for the system's).
QString savedLanguage();
void saveLanguage(const QString& code);

} // namespace cx
