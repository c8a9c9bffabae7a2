#pragma once

// Text as a search compares it, so that what is typed finds what is stored
// whatever its case, accents or a phone number's spacing: "muller" finds
// Müller, "Zoe" finds Zoë, "07700123456" finds "07700 123456". The same
// folding is the SQL function cx_fold() on every SQLite connection, and the
// stored customers.search_key (core/customers/customerkeys.h).

#include <QString>

namespace cx {

// Text as a search compares it: case folded, accents dropped ("Zoë" → "zoe",
// "Straße" → "strasse", "Øre" → "ore"), runs of white space made one space.
QString foldForSearch(const QString& text);
// The digits of a phone number ("+44 (0)7700-123 456" → "4407700123456").
QString phoneDigits(const QString& text);
// Whether what was typed reads as (part of) a phone number: at least three
// digits and nothing but digits, spaces and + - ( ) / .
bool looksLikePhone(const QString& text);

} // namespace cx
