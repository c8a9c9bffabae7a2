#include "core/io/csv.h"

#include "core/common/text.h"

#include <QStringDecoder>
#include <QStringEncoder>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace cx {

namespace {

constexpr qint64 kChunk = 1 << 20;

// Whether the file is valid UTF-8, read in chunks; a sequence cut by a
// chunk's end is carried over. Overlong forms and surrogates are refused.
bool isValidUtf8(QFile& file)
{
    int pending = 0;            // continuation bytes still expected
    uchar lo = 0x80, hi = 0xBF; // the range allowed for the next continuation byte
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(kChunk);
        const char* p = chunk.constData();
        const char* const end = p + chunk.size();
        for (; p < end; ++p) {
            if (pending == 0) {
                // Plain ASCII, by eight bytes at a time.
                while (end - p >= 8) {
                    quint64 word;
                    memcpy(&word, p, 8);
                    if (word & 0x8080808080808080ULL)
                        break;
                    p += 8;
                }
                if (p == end)
                    break;
            }
            const uchar b = uchar(*p);
            if (pending > 0) {
                if (b < lo || b > hi)
                    return false;
                lo = 0x80;
                hi = 0xBF;
                --pending;
                continue;
            }
            if (b < 0x80)
                continue;
            if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
                if (b == 0xE0)
                    lo = 0xA0;
                else if (b == 0xED)
                    hi = 0x9F;
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
                if (b == 0xF0)
                    lo = 0x90;
                else if (b == 0xF4)
                    hi = 0x8F;
            } else {
                return false;
            }
        }
    }
    return pending == 0;
}

// Windows-1252's 0x80-0x9F; the rest is Latin-1.
const char16_t kCp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

QChar decodeWindows1252(uchar byte)
{
    return byte >= 0x80 && byte < 0xA0 ? QChar(kCp1252High[byte - 0x80]) : QChar(char16_t(byte));
}

} // namespace

// Reads an open file from its current position and decodes it, a few chunks
// ahead of the reader, on a thread of its own: the file is the thread's until
// the object is destroyed.
class CsvChunks
{
public:
    CsvChunks(QFile& file, bool windows1252, QStringConverter::Encoding encoding)
        : m_file(file), m_windows1252(windows1252), m_encoding(encoding)
    {
        m_thread = std::thread([this] { run(); });
    }
    ~CsvChunks()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    // The next decoded chunk; false at the end of the file.
    bool take(QString* text)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_done; });
        if (m_ready.empty())
            return false;
        *text = std::move(m_ready.front());
        m_ready.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return true;
    }

private:
    static constexpr size_t kAhead = 4;

    void run()
    {
        QStringDecoder decoder(m_encoding);
        while (true) {
            const QByteArray chunk = m_file.read(kChunk);
            if (chunk.isEmpty())
                break;
            QString text;
            if (m_windows1252) {
                text.resize(chunk.size());
                QChar* out = text.data();
                for (qsizetype i = 0; i < chunk.size(); ++i)
                    out[i] = decodeWindows1252(uchar(chunk[i]));
            } else {
                text = decoder.decode(chunk);
            }
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return m_ready.size() < kAhead || m_stop; });
            if (m_stop)
                break;
            m_ready.push_back(std::move(text));
            lock.unlock();
            m_changed.notify_all();
        }
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_done = true;
        }
        m_changed.notify_all();
    }

    QFile& m_file;
    const bool m_windows1252;
    const QStringConverter::Encoding m_encoding;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QString> m_ready;
    bool m_done = false;
    bool m_stop = false;
};

CsvReader::CsvReader() = default;
CsvReader::~CsvReader() = default;

bool CsvReader::open(const QString& path, QString* error)
{
    m_chunks.reset(); // the file is this thread's again
    m_file.close();
    m_path = path;
    m_file.setFileName(path);
    if (!m_file.exists()) {
        *error = Text::tr("%1: no such file").arg(path);
        return false;
    }
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("%1: cannot be read: %2").arg(path, m_file.errorString());
        return false;
    }
    // The encoding: a UTF-16 byte order mark (spreadsheets' "Unicode text"),
    // else UTF-8 when every byte sequence is valid UTF-8, else Windows-1252.
    const QByteArray bom = m_file.peek(3);
    m_encoding = bom.startsWith("\xFF\xFE")   ? QStringConverter::Utf16LE
                 : bom.startsWith("\xFE\xFF") ? QStringConverter::Utf16BE
                                              : QStringConverter::Utf8;
    m_windows1252 = m_encoding == QStringConverter::Utf8 && !isValidUtf8(m_file);
    m_file.seek(0);
    if (m_encoding != QStringConverter::Utf8)
        m_file.read(2); // the mark is not part of the first header
    m_utf8Bom = m_encoding == QStringConverter::Utf8 && !m_windows1252 &&
                bom == QByteArray("\xEF\xBB\xBF", 3);
    if (m_utf8Bom)
        m_file.read(3);
    m_buffer.clear();
    m_pos = 0;
    m_eof = false;
    m_line = 1;

    // The separator: whichever of , ; and tab occurs most often in the header,
    // outside quotes (a comma when none does).
    const qint64 start = m_file.pos();
    const QByteArray headBytes = m_file.read(64 * 1024);
    m_file.seek(start);
    QString head;
    if (m_windows1252) {
        for (const char c : headBytes)
            head += decodeWindows1252(uchar(c));
    } else {
        QStringDecoder decode(m_encoding);
        head = decode(headBytes);
    }
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : std::as_const(head)) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
    }
    m_separator = tabs > commas && tabs > semicolons ? QLatin1Char('\t')
                  : semicolons > commas              ? QLatin1Char(';')
                                                     : QLatin1Char(',');
    m_chunks = std::make_unique<CsvChunks>(m_file, m_windows1252, m_encoding);
    return true;
}

TextEncoding CsvReader::encoding() const
{
    if (m_windows1252)
        return TextEncoding::Windows1252;
    if (m_encoding == QStringConverter::Utf16LE)
        return TextEncoding::Utf16LE;
    if (m_encoding == QStringConverter::Utf16BE)
        return TextEncoding::Utf16BE;
    return m_utf8Bom ? TextEncoding::Utf8Bom : TextEncoding::Utf8;
}

bool CsvReader::fill()
{
    QString text;
    if (m_eof || !m_chunks || !m_chunks->take(&text)) {
        m_eof = true;
        return false;
    }
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    m_buffer += text;
    return true;
}

bool CsvReader::next(QStringList* fields, qint64* line)
{
    fields->clear();
    m_error.clear();
    if (m_pos >= m_buffer.size() && !fill())
        return false;
    *line = m_line;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and has closed
    const QChar quote = QLatin1Char('"');
    while (true) {
        if (m_pos >= m_buffer.size() && !fill()) {
            // End of file: the last record needs no newline, but an open quote is an error.
            if (quoted) {
                m_error = Text::tr("%1:%2: a quoted field is not closed before the end of the file")
                              .arg(m_path)
                              .arg(*line);
                return false;
            }
            *fields << field;
            return true;
        }
        const QChar c = m_buffer.at(m_pos++);
        if (quoted) {
            if (c == quote) {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == quote) {
                    field += quote; // "" inside quotes is one "
                    ++m_pos;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                // The run up to the next quote goes in at once.
                const QChar* data = m_buffer.constData();
                qsizetype end = m_pos;
                while (end < m_buffer.size() && data[end] != quote)
                    ++end;
                for (qsizetype k = m_pos - 1; k < end; ++k)
                    m_line += data[k] == QLatin1Char('\n');
                field.append(data + m_pos - 1, end - m_pos + 1);
                m_pos = end;
            }
            continue;
        }
        if (c == m_separator) {
            *fields << field;
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r')) {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == QLatin1Char('\n'))
                    ++m_pos;
            }
            ++m_line;
            *fields << field;
            return true;
        } else if (c == quote && field.isEmpty() && !wasQuoted) {
            quoted = true;
        } else if (wasQuoted) {
            m_error = Text::tr("%1:%2: text after the closing quote of field %3")
                          .arg(m_path)
                          .arg(m_line)
                          .arg(fields->size() + 1);
            return false;
        } else {
            // The run up to the next separator or line end goes in at once; a
            // quote inside an unquoted field is kept as it is.
            const QChar* data = m_buffer.constData();
            qsizetype end = m_pos;
            while (end < m_buffer.size() && data[end] != m_separator &&
                   data[end] != QLatin1Char('\n') && data[end] != QLatin1Char('\r'))
                ++end;
            field.append(data + m_pos - 1, end - m_pos + 1);
            m_pos = end;
        }
    }
}

QString CsvReader::unguard(const QString& cell)
{
    if (cell.size() >= 2 && cell.at(0) == QLatin1Char('\'')) {
        const QChar c = cell.at(1);
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
            c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            return cell.mid(1);
    }
    return cell;
}

CsvWriter::CsvWriter(QIODevice* device, QChar separator, TextEncoding encoding)
    : m_device(device), m_separator(separator), m_encoding(encoding)
{
}

QByteArray CsvWriter::encode(const QString& text) const
{
    switch (m_encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom:
        break;
    case TextEncoding::Utf16LE:
        return QStringEncoder(QStringConverter::Utf16LE).encode(text);
    case TextEncoding::Utf16BE:
        return QStringEncoder(QStringConverter::Utf16BE).encode(text);
    case TextEncoding::Windows1252: {
        // What the file could hold came from it; anything else (a message's
        // arrow) becomes a question mark rather than mojibake.
        QByteArray out;
        out.reserve(text.size());
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u < 0x80 || (u >= 0xA0 && u <= 0xFF)) {
                out += char(u);
                continue;
            }
            char byte = '?';
            for (int i = 0; i < 32; ++i)
                if (kCp1252High[i] == u && u != 0xFFFD)
                    byte = char(0x80 + i);
            out += byte;
        }
        return out;
    }
    }
    return text.toUtf8();
}

QString CsvWriter::field(const QString& value, QChar separator, bool numeric)
{
    QString v = value;
    if (!v.isEmpty() && !numeric) {
        const QChar c = v.at(0);
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
            c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            v.prepend(QLatin1Char('\''));
    }
    if (v.contains(separator) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')) ||
        v.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    return v;
}

bool CsvWriter::write(const QStringList& fields, const QList<bool>& numeric)
{
    QString line;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += m_separator;
        line += field(fields.at(i), m_separator, numeric.value(i, false));
    }
    line += QStringLiteral("\r\n");
    if (!m_started) {
        m_started = true;
        if (m_encoding == TextEncoding::Utf8Bom || m_encoding == TextEncoding::Utf16LE ||
            m_encoding == TextEncoding::Utf16BE)
            line.prepend(QChar(0xFEFF));
    }
    return m_device->write(encode(line)) >= 0;
}

} // namespace cx
