#pragma once

// CSV as RFC 4180 has it, read as a stream (memory does not grow with the
// file) and written with the spreadsheet formula guard described in docs/user-guide.md (Bringing
// data in and out).

#include <QFile>
#include <QString>
#include <QStringConverter>
#include <QStringList>
#include <memory>

namespace cx {

class CsvChunks;

// How a file's text is stored: as it was read, or as it is to be written.
enum class TextEncoding
{
    Utf8,
    Utf8Bom, // with the byte order mark a spreadsheet needs to take it for UTF-8
    Utf16LE, // with its byte order mark (spreadsheets' "Unicode text")
    Utf16BE,
    Windows1252,
};

class CsvReader
{
public:
    CsvReader();
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // Opens path, detects the encoding (UTF-16 with its byte order mark,
    // UTF-8 with or without one, else Windows-1252) and the separator (comma,
    // semicolon or tab, from the header).
    [[nodiscard]] bool open(const QString& path, QString* error);

    // The next record into *fields, and the line it starts on. False at the
    // end of the file or on an error (then error() says what and where).
    bool next(QStringList* fields, qint64* line);

    QChar separator() const { return m_separator; }
    bool isWindows1252() const { return m_windows1252; }
    TextEncoding encoding() const;
    QString error() const { return m_error; }

    // Removes the one leading ' that export puts before text that a
    // spreadsheet would run as a formula.
    static QString unguard(const QString& cell);

private:
    bool fill();

    QString m_path;
    QFile m_file;
    // The file, read and decoded a few chunks ahead on a second thread.
    std::unique_ptr<CsvChunks> m_chunks;
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_windows1252 = false;
    bool m_utf8Bom = false;
    QStringConverter::Encoding m_encoding = QStringConverter::Utf8;
    QChar m_separator = QLatin1Char(',');
    qint64 m_line = 1;
    QString m_error;
};

class CsvWriter
{
public:
    // A byte order mark goes first when the encoding has one.
    explicit CsvWriter(QIODevice* device, QChar separator = QLatin1Char(','),
                       TextEncoding encoding = TextEncoding::Utf8);
    // Writes one record: quoted where needed, text that a spreadsheet would run
    // as a formula (= + - @ tab CR first) guarded with a leading '.
    // numeric[i] true: field i is a number or date and is never guarded.
    bool write(const QStringList& fields, const QList<bool>& numeric = {});
    // A field as it is written (quoted, and guarded unless numeric).
    static QString field(const QString& value, QChar separator = QLatin1Char(','),
                         bool numeric = false);

private:
    QByteArray encode(const QString& text) const;

    QIODevice* m_device;
    QChar m_separator;
    TextEncoding m_encoding;
    bool m_started = false;
};

} // namespace cx
