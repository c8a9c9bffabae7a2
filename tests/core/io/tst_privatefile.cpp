// Files that may hold personal data: owner-only, and whole or not at all.

#include "core/io/privatefile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace cx;

class TestPrivateFile : public QObject
{
    Q_OBJECT

private slots:
    void writtenWholeAndOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("customer.json"));
        QString error;
        QVERIFY2(writePrivateFile(path, "{\"name\": \"Zoë\"}", &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("{\"name\": \"Zoë\"}"));
        QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                    QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY(f.permissions() & QFileDevice::ReadOwner);
    }

    void aCancelledWriteLeavesTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        QString error;
        QVERIFY2(writePrivateFile(path, "old\n", &error), qPrintable(error));
        {
            PrivateFile file(path);
            QVERIFY2(file.open(&error), qPrintable(error));
            file.device()->write("half a new fi");
            file.cancel();
            QVERIFY(!file.commit(&error));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("old\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("export.csv")});
    }

    void aMissingFolderIsNamedAndNothingIsWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/export.csv"));
        QString error;
        QVERIFY(!writePrivateFile(path, "x", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestPrivateFile)
#include "tst_privatefile.moc"
