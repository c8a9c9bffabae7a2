#pragma once

// A file that may hold personal data (an export, a customer's records): it is
// written beside its target, readable by the owner only from the first byte,
// and moved into place only when complete, so a failure leaves no half file
// and nobody else on the computer can read it.

#include <QByteArray>
#include <QSaveFile>
#include <QString>

namespace cx {

class PrivateFile
{
public:
    explicit PrivateFile(const QString& path);
    // false with the system's reason in *error.
    [[nodiscard]] bool open(QString* error);
    // Where to write, once open.
    QIODevice* device() { return &m_file; }
    // Moves the finished file into place; false with the reason in *error.
    [[nodiscard]] bool commit(QString* error);
    // Throws away what was written; the target stays as it was.
    void cancel() { m_file.cancelWriting(); }

private:
    QSaveFile m_file;
};

// Writes `bytes` to `path` the same way, in one go.
[[nodiscard]] bool writePrivateFile(const QString& path, const QByteArray& bytes, QString* error);

} // namespace cx
