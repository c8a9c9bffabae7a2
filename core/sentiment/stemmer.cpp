#include "core/sentiment/stemmer.h"

#include <QHash>
#include <libstemmer.h>
#include <memory>

namespace cx {

namespace {

constexpr int kLanguages = 4;
constexpr int kCacheLimit = 200000; // words per language before the cache starts again

struct StemmerDeleter
{
    void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

struct ThreadStemmers
{
    std::unique_ptr<sb_stemmer, StemmerDeleter> stemmers[kLanguages];
    QHash<QString, QString> cache[kLanguages];

    ThreadStemmers()
    {
        static const char* const names[kLanguages] = {"english", "german", "french", "spanish"};
        for (int i = 0; i < kLanguages; ++i)
            stemmers[i].reset(sb_stemmer_new(names[i], "UTF_8"));
    }
};

} // namespace

QString wordStem(const QString& word, int language)
{
    if (language < 0 || language >= kLanguages || word.isEmpty())
        return word;
    thread_local ThreadStemmers local;
    QHash<QString, QString>& cache = local.cache[language];
    const auto it = cache.constFind(word);
    if (it != cache.constEnd())
        return *it;
    sb_stemmer* stemmer = local.stemmers[language].get();
    if (!stemmer)
        return word;
    const QByteArray utf8 = word.toUtf8();
    const sb_symbol* stem = sb_stemmer_stem(
        stemmer, reinterpret_cast<const sb_symbol*>(utf8.constData()), int(utf8.size()));
    const QString out =
        stem ? QString::fromUtf8(reinterpret_cast<const char*>(stem), sb_stemmer_length(stemmer))
             : word;
    if (cache.size() >= kCacheLimit)
        cache.clear();
    cache.insert(word, out);
    return out;
}

} // namespace cx
