#pragma once

// English is the source language, so it has no translation file, and Qt
// alone would print a count's text as written: "1 response(s)". This
// translator gives the source its English plural forms instead: a text asked
// for with a count, tr("%n response(s)", nullptr, n), reads "1 response" for
// one and "2 responses" otherwise. Other languages' translations come first;
// this one answers only what they do not.
//
// Only "(s)" is understood: a sentence whose other words change with the
// count is worded so that they do not ("Due today or overdue: %n follow-up(s)").

#include <QTranslator>

namespace cx {

class SourcePlurals : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;
    QString translate(const char* context, const char* sourceText,
                      const char* disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }
};

// The English form of a source text with "(s)" for the count n.
QString sourcePluralForm(const QString& sourceText, int n);

// Installs SourcePlurals once, before any other translation, so that
// those installed later are asked first.
void installSourcePlurals();

} // namespace cx
