#include "core/io/privatefile.h"

namespace cx {

PrivateFile::PrivateFile(const QString& path) : m_file(path) {}

bool PrivateFile::open(QString* error)
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        *error = m_file.errorString();
        return false;
    }
    // A medium without permissions (a FAT memory stick) cannot keep them;
    // the file is still written there, as any program would.
    (void)m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

bool PrivateFile::commit(QString* error)
{
    if (!m_file.commit()) {
        *error = m_file.errorString();
        return false;
    }
    return true;
}

bool writePrivateFile(const QString& path, const QByteArray& bytes, QString* error)
{
    PrivateFile file(path);
    if (!file.open(error))
        return false;
    if (file.device()->write(bytes) != bytes.size()) {
        *error = file.device()->errorString();
        file.cancel();
        return false;
    }
    return file.commit(error);
}

} // namespace cx
