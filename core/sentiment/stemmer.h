#pragma once

// Word stems from Snowball's stemmers (libstemmer), so that "Preise" finds
// "Preis" and "croissants" finds "croissant". Each thread keeps its own
// stemmers and a cache of the words it has stemmed.

#include <QString>

namespace cx {

// The stem of a lower-case word in a language of comments ("en", "de",
// "fr", "es"); the word itself for any other language.
QString wordStem(const QString& word, int language);

} // namespace cx
