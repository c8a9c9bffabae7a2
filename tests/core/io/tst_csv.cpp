// The CSV reader against RFC 4180's cases and real-world files, and the
// writer's quoting and formula guard, each as bytes on disk.

#include "core/io/csv.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QtTest>

using namespace cx;

using Records = QList<QStringList>;
Q_DECLARE_METATYPE(Records)

namespace {
struct ReadAll
{
    Records records;
    QList<qint64> lines;
    QString error;
    QChar separator;
    bool windows1252 = false;
};

ReadAll readBytes(const QByteArray& bytes)
{
    static QTemporaryDir dir;
    static int n = 0;
    const QString path = dir.filePath(QStringLiteral("f%1.csv").arg(++n));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    f.close();
    ReadAll out;
    CsvReader reader;
    if (!reader.open(path, &out.error))
        return out;
    QStringList fields;
    qint64 line = 0;
    while (reader.next(&fields, &line)) {
        out.records << fields;
        out.lines << line;
    }
    out.error = reader.error();
    out.separator = reader.separator();
    out.windows1252 = reader.isWindows1252();
    return out;
}
} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void reads_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Records>("expected");
        QTest::addColumn<QList<qint64>>("lines");
        QTest::newRow("LF") << QByteArray("a,b\n1,2\n") << Records{{"a", "b"}, {"1", "2"}}
                            << QList<qint64>{1, 2};
        QTest::newRow("CRLF, no final newline")
            << QByteArray("a,b\r\n1,2") << Records{{"a", "b"}, {"1", "2"}} << QList<qint64>{1, 2};
        QTest::newRow("quoted separator")
            << QByteArray("a,b\n\"x,y\",2\n") << Records{{"a", "b"}, {"x,y", "2"}}
            << QList<qint64>{1, 2};
        QTest::newRow("doubled quotes")
            << QByteArray("a,b\n\"he said \"\"hi\"\"\",2\n")
            << Records{{"a", "b"}, {"he said \"hi\"", "2"}} << QList<qint64>{1, 2};
        QTest::newRow("line break in quotes")
            << QByteArray("a,b\n\"line1\nline2\",2\nc,d\n")
            << Records{{"a", "b"}, {"line1\nline2", "2"}, {"c", "d"}} << QList<qint64>{1, 2, 4};
        QTest::newRow("CRLF kept in quotes") << QByteArray("a\r\n\"l1\r\nl2\"\r\n")
                                             << Records{{"a"}, {"l1\r\nl2"}} << QList<qint64>{1, 2};
        QTest::newRow("empty fields")
            << QByteArray("a,b,c\n,,\n") << Records{{"a", "b", "c"}, {"", "", ""}}
            << QList<qint64>{1, 2};
        QTest::newRow("quoted empty field")
            << QByteArray("a,b\n\"\",x\n") << Records{{"a", "b"}, {"", "x"}} << QList<qint64>{1, 2};
        QTest::newRow("missing column")
            << QByteArray("a,b,c\n1,2\n") << Records{{"a", "b", "c"}, {"1", "2"}}
            << QList<qint64>{1, 2};
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFname,x\nAnn,1\n")
                             << Records{{"name", "x"}, {"Ann", "1"}} << QList<qint64>{1, 2};
        QTest::newRow("blank line")
            << QByteArray("a\n\nb\n") << Records{{"a"}, {""}, {"b"}} << QList<qint64>{1, 2, 3};
        QTest::newRow("quote inside unquoted field")
            << QByteArray("a\nab\"c\n") << Records{{"a"}, {"ab\"c"}} << QList<qint64>{1, 2};
        QTest::newRow("UTF-8") << QByteArray("name\nCaf\xC3\xA9 \xE2\x82\xAC\n")
                               << Records{{"name"}, {u8"Café €"}} << QList<qint64>{1, 2};
        QTest::newRow("Windows-1252")
            << QByteArray("name\nCaf\xE9 \x80 \x93quoted\x94\n")
            << Records{{"name"}, {u8"Café € “quoted”"}} << QList<qint64>{1, 2};
    }
    void reads()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Records, expected);
        QFETCH(QList<qint64>, lines);
        const ReadAll r = readBytes(bytes);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records, expected);
        QCOMPARE(r.lines, lines);
        QCOMPARE(r.windows1252, QByteArray(QTest::currentDataTag()) == "Windows-1252");
    }

    void utf8Validation()
    {
        // Overlong, surrogate and truncated sequences are not UTF-8: the file is Windows-1252.
        QVERIFY(readBytes("a\n\xC0\xAF\n").windows1252);
        QVERIFY(readBytes("a\n\xED\xA0\x80\n").windows1252);
        QVERIFY(readBytes("a\nx\xE2\x82").windows1252);
        QVERIFY(!readBytes("a\n\xF0\x9F\x98\x80\n").windows1252); // an emoji is fine
    }

    void detectsSemicolons()
    {
        const ReadAll r = readBytes("name;note\n\"a;b\";\"x,y\"\n");
        QCOMPARE(r.separator, QLatin1Char(';'));
        QCOMPARE(r.records, (Records{{"name", "note"}, {"a;b", "x,y"}}));
        // A comma inside a quoted header does not count.
        QCOMPARE(readBytes("\"a,b,c\";d\n1;2\n").separator, QLatin1Char(';'));
        QCOMPARE(readBytes("a,b\n").separator, QLatin1Char(','));
    }

    // Spreadsheets save "Unicode text" as UTF-16 with a byte order mark and tabs.
    void utf16WithItsMarkAndTabs_data()
    {
        QTest::addColumn<bool>("bigEndian");
        QTest::newRow("little endian") << false;
        QTest::newRow("big endian") << true;
    }
    void utf16WithItsMarkAndTabs()
    {
        QFETCH(bool, bigEndian);
        const QString text = QStringLiteral(
            "name\tnote\r\n\"Zoë \"\"Z\"\"\"\t\"2,50 €; tip\"\r\nAnn\t\"two\nlines\"\r\n");
        QStringEncoder encode(bigEndian ? QStringConverter::Utf16BE : QStringConverter::Utf16LE,
                              QStringConverter::Flag::WriteBom);
        const ReadAll r = readBytes(encode(text));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(!r.windows1252);
        QCOMPARE(r.separator, QLatin1Char('\t'));
        QCOMPARE(r.records, (Records{{"name", "note"},
                                     {QStringLiteral("Zoë \"Z\""), QStringLiteral("2,50 €; tip")},
                                     {"Ann", "two\nlines"}}));
        QCOMPARE(r.lines, (QList<qint64>{1, 2, 3}));
    }

    void errorsNameTheLine()
    {
        ReadAll r = readBytes("a,b\n1,2\n\"open,3\n4,5\n");
        QVERIFY2(r.error.endsWith(
                     QLatin1String(":3: a quoted field is not closed before the end of the file")),
                 qPrintable(r.error));
        r = readBytes("a,b\n1,2\n\"x\"y,2\n");
        QVERIFY2(r.error.endsWith(QLatin1String(":3: text after the closing quote of field 1")),
                 qPrintable(r.error));
        CsvReader missing;
        QString error;
        QVERIFY(!missing.open(QStringLiteral("/no/such/file.csv"), &error));
        QCOMPARE(error, QStringLiteral("/no/such/file.csv: no such file"));
    }

    void streamsAcrossChunks()
    {
        // Several MiB with multi-byte characters and quoted line breaks falling on
        // every possible chunk boundary.
        QByteArray bytes("id,text\n");
        const int rows = 90000;
        for (int i = 0; i < rows; ++i)
            bytes +=
                QByteArray::number(i) + ",\"é, \"\"ü\"\"\nß€" + QByteArray(i % 7, 'x') + "\"\r\n";
        QVERIFY(bytes.size() > 2 * 1024 * 1024);
        const ReadAll r = readBytes(bytes);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(!r.windows1252);
        QCOMPARE(r.records.size(), rows + 1);
        for (int i : {0, 1, 9999, 30001, 77777, rows - 1}) {
            QCOMPARE(r.records[i + 1][0], QString::number(i));
            QCOMPARE(r.records[i + 1][1],
                     QStringLiteral(u"é, \"ü\"\nß€") + QString(i % 7, QLatin1Char('x')));
            QCOMPARE(r.lines[i + 1], qint64(2 + 2 * i)); // each record spans two lines
        }
    }

    void writerQuotesAndGuards()
    {
        QCOMPARE(CsvWriter::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(CsvWriter::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("say \"hi\"")),
                 QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("=SUM(A1:A9)")), QStringLiteral("'=SUM(A1:A9)"));
        QCOMPARE(CsvWriter::field(QStringLiteral("@cmd")), QStringLiteral("'@cmd"));
        QCOMPARE(CsvWriter::field(QStringLiteral("+1 555")), QStringLiteral("'+1 555"));
        QCOMPARE(CsvWriter::field(QStringLiteral("-5"), QLatin1Char(','), true),
                 QStringLiteral("-5")); // a number
        QCOMPARE(CsvWriter::field(QStringLiteral("a;b"), QLatin1Char(';')),
                 QStringLiteral("\"a;b\""));
        QCOMPARE(CsvReader::unguard(QStringLiteral("'=SUM(A1)")), QStringLiteral("=SUM(A1)"));
        QCOMPARE(CsvReader::unguard(QStringLiteral("'quoted")),
                 QStringLiteral("'quoted")); // not a guard
    }

    void roundTrip()
    {
        const Records rows = {{"name", "note", "amount"},
                              {"Ann \"Annie\" Baker", "line one\nline two, with comma", "-12.5"},
                              {"=HYPERLINK(\"x\")", "", "3"},
                              {"Zoë", "tab\there", "+7"}};
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        for (const QStringList& row : rows)
            QVERIFY(writer.write(row, {false, false, true}));
        const ReadAll r = readBytes(bytes);
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.records.size(), rows.size());
        for (int i = 0; i < rows.size(); ++i) {
            QStringList back;
            for (const QString& cell : r.records[i])
                back << CsvReader::unguard(cell);
            QCOMPARE(back, rows[i]);
        }
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
