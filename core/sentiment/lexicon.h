#pragma once

// The lexicons and rules comments are scored with, one set per language
// (resources/sentiment/README.md names each source and its licence), and
// the tokens a comment is cut into.

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cx::lexicon {

// What a word does to the words around it (rules.tsv of each language).
enum Rule : unsigned
{
    Negate = 1u << 0,       // turns the next sentiment word around
    Boost = 1u << 1,        // makes it stronger
    Soften = 1u << 2,       // makes it weaker
    Contrast = 1u << 3,     // what follows weighs more than what came before
    Too = 1u << 4,          // "too": the next adjective is a fault
    TooJudge = 1u << 5,     // neutral alone, a fault after "too" (long, loud...)
    Stop = 1u << 6,         // left out of themes
    Connect = 1u << 7,      // may stand inside a theme phrase ("temps d'attente")
    Part = 1u << 8,         // an inner word of a modifier of several words ("a bit")
    Without = 1u << 9,      // a negation of the next word only, small words aside ("ohne")
    NegateAfter = 1u << 10, // at a clause's end, turns the word before ("schmeckte nicht")
    ClauseWord = 1u << 11,  // ends a negation's reach ("et", "and", "alors que")
    Concede = 1u << 12,     // a clause of circumstance follows ("aunque", "obwohl")
    Never = 1u << 13,       // a negation in time: "never", "nie", "jamais", "nunca"
    Compare = 1u << 14,     // after "never", the word is the best yet ("so", "aussi", "tan")
};

struct Token
{
    QString word;           // lower case; empty: the end of a clause
    QString folded;         // the same without accents
    int start = 0, end = 0; // the token's place in the text
    bool capitals = false;  // written in capitals (two letters or more)
    bool emoji = false;
};

struct Phrase
{
    QStringList words; // without accents
    QStringList stems; // their stems (short words as they are)
    double value = 0;
    bool negated = false; // contains a negation word, so is not turned around again
};

struct Lexicons;

struct Language
{
    const Lexicons* owner = nullptr;             // for the emoji
    int index = 0;                               // in commentLanguages()
    QHash<QString, double> values;               // word forms
    QHash<QString, double> folded;               // the same, without accents ("hoflich")
    QHash<QString, double> stems;                // by stem without accents
    QHash<QString, int> stemLength;              // the length of the shortest entry of each stem
    QHash<QString, QVector<Phrase>> phrases;     // by first word without accents, longest first
    QHash<QString, QVector<Phrase>> phraseStems; // the same by the first word's stem
    QHash<QString, unsigned> rules;              // single words
    // Modifiers of several words, by first word, longest first.
    QHash<QString, QVector<QPair<QStringList, unsigned>>> ruleSequences;
    bool splitElisions = false; // French: "l'accueil" is "l" "accueil"
    bool stemLookup = true;     // words found by their stem too
    bool sourceStems = true;    // also by the stems of the other lexicons' entries
    int negationReach = 3;      // words after a negation that it turns
    bool contractions = false;  // English: "we're" is "we"
    bool degreeForms = false;   // Spanish: "riquísimo" is "rico", "rapidito" "rápido"

    // The stem a word is compared by in phrases: its Snowball stem without
    // accents, or the word itself when short (or in English).
    QString phraseStem(const QString& word) const;
    // The value of a single word, by form, form without accents or stem; 0 when none.
    // Each thread remembers the words it has looked up.
    double value(const QString& word) const;
    double lookUp(const QString& word) const; // the same, without remembering
    // A Spanish superlative or diminutive by its base form; 0 when none.
    double degreeValue(const QString& plain) const;
    // The rule bits of each token, with modifiers of several words marked.
    QVector<unsigned> rulesOf(const QVector<Token>& tokens) const;
};

struct Source
{
    QString language; // "en"... or empty for all
    QString name;
    QString version;
    QString licence;
    int entries = 0;
};

struct Lexicons
{
    Language languages[4];
    QHash<QString, double> emoji; // emoji and emoticons, in any language
    QStringList emoticons;        // the ASCII ones, longest first
    QVector<Source> sources;
};

// Read once (thread-safe), from the application's resources.
const Lexicons& lexicons();

// A text's tokens: words (apostrophes dropped, or split in French), emoji,
// and an empty token at each clause end (. , ; : ! ? and line breaks).
QVector<Token> tokenize(const QString& text, const Language& language);

// A word without accents ("é" is "e"); the word itself when it has none.
QString fold(const QString& word);

} // namespace cx::lexicon
