#pragma once

// The languages comments are analysed in, and which of them a comment is
// written in.

#include <QString>
#include <QStringList>

namespace cx {

// "en", "de", "fr", "es", in that order (the index of a language below).
const QStringList& commentLanguages();
// The index of a language code ("de", "de-AT", "DE_ch"...), or -1 when it is none of them.
int commentLanguageIndex(const QString& code);

// The language a comment is written in: `preferred` (the survey's language)
// unless the text is clearly in another of the four, told by its common
// short words and letters (ß, ñ, ç...). A short or unclear text keeps the
// preferred language; without one (or with one not analysed) it is the
// language the text looks most like, English when nothing tells.
QString detectCommentLanguage(const QString& text, const QString& preferred);

} // namespace cx
