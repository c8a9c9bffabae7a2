#include "core/surveys/import/zipcontainer.h"

#include "core/common/text.h"

#include <QBuffer>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace cx {

struct ZipContainer::Private
{
    QByteArray bytes;
    QBuffer buffer;
    QuaZip zip;
};

ZipContainer::ZipContainer() = default;
ZipContainer::~ZipContainer()
{
    if (d)
        d->zip.close();
}

bool looksLikeZip(const QByteArray& bytes)
{
    return bytes.startsWith(QByteArrayLiteral("PK\x03\x04")) ||
           bytes.startsWith(QByteArrayLiteral("PK\x05\x06"));
}

bool ZipContainer::open(const QByteArray& bytes, QString* error)
{
    d = std::make_unique<Private>();
    d->bytes = bytes;
    d->buffer.setData(d->bytes);
    d->zip.setIoDevice(&d->buffer);
    if (!d->zip.open(QuaZip::mdUnzip)) {
        *error = Text::tr("the ZIP archive is damaged or incomplete (it cannot be opened)");
        d.reset();
        return false;
    }
    m_names = d->zip.getFileNameList();
    if (d->zip.getZipError() != 0) {
        *error = Text::tr("the ZIP archive is damaged (its list of files cannot be read)");
        return false;
    }
    return true;
}

QString ZipContainer::find(const QString& suffix) const
{
    for (const QString& name : m_names) {
        // What macOS adds to an archive it packs is no file of the survey.
        const QString base = name.section(QLatin1Char('/'), -1);
        if (name.startsWith(QLatin1String("__MACOSX/")) || base.startsWith(QLatin1String("._")))
            continue;
        if (name.endsWith(suffix, Qt::CaseInsensitive))
            return name;
    }
    return {};
}

bool ZipContainer::read(const QString& name, QByteArray* out, QString* error, qint64 limit) const
{
    out->clear();
    if (!d || !d->zip.setCurrentFile(name)) {
        *error = Text::tr("the archive holds no file '%1'").arg(name);
        return false;
    }
    QuaZipFileInfo64 info;
    if (d->zip.getCurrentFileInfo(&info) && qint64(info.uncompressedSize) > limit) {
        *error = Text::tr("'%1' in the archive unpacks to %2 MB, more than a survey file can be")
                     .arg(name)
                     .arg(qint64(info.uncompressedSize) / (1024 * 1024));
        return false;
    }
    QuaZipFile file(&d->zip);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            Text::tr("'%1' in the archive cannot be unpacked (the archive is damaged)").arg(name);
        return false;
    }
    // The size in the directory may lie: read in pieces and stop at the limit.
    char chunk[65536];
    for (;;) {
        const qint64 n = file.read(chunk, sizeof chunk);
        if (n < 0) {
            *error = Text::tr("'%1' in the archive cannot be unpacked (the archive is damaged)")
                         .arg(name);
            return false;
        }
        if (n == 0)
            break;
        if (out->size() + n > limit) {
            *error = Text::tr("'%1' in the archive unpacks to more than %2 MB")
                         .arg(name)
                         .arg(limit / (1024 * 1024));
            out->clear();
            return false;
        }
        out->append(chunk, n);
    }
    file.close();
    if (file.getZipError() != 0) {
        *error = Text::tr("'%1' in the archive is damaged (its checksum does not match)").arg(name);
        out->clear();
        return false;
    }
    return true;
}

} // namespace cx
