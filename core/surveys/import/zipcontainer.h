#pragma once

// The ZIP containers of survey files (a LimeSurvey archive, an .xlsx
// workbook), read through QuaZip with limits, so a damaged archive or one
// that unpacks to gigabytes is refused with a message instead of filling
// memory.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>

namespace cx {

class ZipContainer
{
public:
    ZipContainer();
    ~ZipContainer();
    ZipContainer(const ZipContainer&) = delete;
    ZipContainer& operator=(const ZipContainer&) = delete;

    // Opens the archive held in `bytes`; false with a message when it is not
    // a readable ZIP archive.
    [[nodiscard]] bool open(const QByteArray& bytes, QString* error);
    // The names of the files in it.
    QStringList names() const { return m_names; }
    // The first name that ends with `suffix` (any case); empty: none.
    QString find(const QString& suffix) const;
    // A file's contents, refused beyond `limit` bytes unpacked.
    [[nodiscard]] bool read(const QString& name, QByteArray* out, QString* error,
                            qint64 limit = 256LL * 1024 * 1024) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
    QStringList m_names;
};

// Whether the bytes start like a ZIP archive.
bool looksLikeZip(const QByteArray& bytes);

} // namespace cx
