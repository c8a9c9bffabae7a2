// Tags and custom fields in the window: the list filtered by a tag, the
// profile's chips and field editors saved and undone with the profile, and
// Settings → Customer fields.

#include "core/customers/customerfields.h"
#include "core/customers/customertags.h"
#include "tests/common/windowfixture.h"
#include "ui/commands/dbcommand.h"
#include "ui/customers/customerdetail.h"
#include "ui/customers/customerfieldstab.h"
#include "ui/customers/customerspage.h"
#include "ui/customers/customfieldseditor.h"
#include "ui/customers/tageditor.h"
#include "ui/filterbar.h"
#include "ui/import/importdialog.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "ui/widgets/querymodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

using namespace cx;

class TestCustomerProfile : public QObject
{
    Q_OBJECT

    static CustomersPage* customersPage(MainWindow& w)
    {
        w.showPage(QStringLiteral("customers"));
        w.filterBar()->setPreset(FilterBar::AllTime);
        return qobject_cast<CustomersPage*>(w.page(QStringLiteral("customers")));
    }
    static qint64 firstCustomer(cxtest::TestDb& t, const QString& where = QStringLiteral("1 = 1"))
    {
        return t.scalar(QStringLiteral("SELECT min(id) FROM customers WHERE %1").arg(where))
            .toLongLong();
    }

private slots:
    void initTestCase() { cxtest::isolateSettings(); }
    void listFiltersByTag()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t, 300, 100));
        MainWindow w(t.db());
        CustomersPage* page = customersPage(w);
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int vips =
            t.scalar(QStringLiteral("SELECT count(*) FROM customer_tags WHERE tag = 'VIP'"))
                .toInt();
        QVERIFY(vips > 0);
        // "Any tag", then each tag with how many customers have it.
        QComboBox* combo = page->tagCombo();
        QCOMPARE(combo->itemText(0), QStringLiteral("Any tag"));
        const int index = combo->findData(QStringLiteral("VIP"));
        QVERIFY(index > 0);
        QCOMPARE(combo->itemText(index), QStringLiteral("VIP (%1)").arg(vips));
        page->setTagFilter(QStringLiteral("vip")); // any case
        QCOMPARE(page->tagFilter(), QStringLiteral("VIP"));
        while (page->model()->canFetchMore())
            page->model()->fetchMore();
        QCOMPARE(page->model()->rowCount(), vips);
        {
            // The next window starts with the same tag chosen.
            MainWindow next(t.db());
            CustomersPage* again = customersPage(next);
            QCOMPARE(again->tagFilter(), QStringLiteral("VIP"));
        }
        // With the status too: both apply.
        page->setStatus(CustomersPage::Prospects);
        const int vipProspects =
            t.scalar(QStringLiteral("SELECT count(*) FROM customer_tags t JOIN customers c ON c.id "
                                    "= t.customer_id WHERE t.tag = 'VIP' AND c.converted_on IS "
                                    "NULL"))
                .toInt();
        while (page->model()->canFetchMore())
            page->model()->fetchMore();
        QCOMPARE(page->model()->rowCount(), vipProspects);
        page->setStatus(CustomersPage::AnyStatus);
        // A tag nobody has any more leaves the filter: every customer again.
        QVERIFY(t.exec(QStringLiteral("DELETE FROM customer_tags WHERE tag = 'VIP'")));
        page->refresh();
        QCOMPARE(page->tagFilter(), QString());
        QCOMPARE(page->tagCombo()->findData(QStringLiteral("VIP")), -1);
        while (page->model()->canFetchMore())
            page->model()->fetchMore();
        QCOMPARE(page->model()->rowCount(), 300);
    }

    void chipsAreSavedAndUndoneWithTheProfile()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t, 50, 50));
        MainWindow w(t.db());
        CustomersPage* page = customersPage(w);
        const qint64 id = firstCustomer(t);
        QVERIFY(t.exec(QStringLiteral("DELETE FROM customer_tags WHERE customer_id = %1").arg(id)));
        QVERIFY(t.exec(QStringLiteral("INSERT INTO customer_tags VALUES (%1, 'Regular')").arg(id)));
        page->openCustomer(id);
        CustomerDetail* detail = page->detail();
        TagEditor* tags = detail->tagEditor();
        QCOMPARE(tags->tags(), QStringList{QStringLiteral("Regular")});
        QVERIFY(!detail->isModified());
        // Enter adds what was typed; a tag already there (any case) is not added twice.
        tags->input()->setText(QStringLiteral("  Wheelchair access "));
        QTest::keyClick(tags->input(), Qt::Key_Return);
        QCOMPARE(tags->tags(),
                 (QStringList{QStringLiteral("Regular"), QStringLiteral("Wheelchair access")}));
        QVERIFY(tags->input()->text().isEmpty());
        QVERIFY(!tags->addTag(QStringLiteral("regular")));
        QVERIFY(detail->isModified());
        QVERIFY(tags->removeTag(QStringLiteral("Regular")));
        QCOMPARE(tags->chips().size(), 1);
        tags->input()->setText(QStringLiteral("Vegan")); // typed, not yet added: saved too
        QString error;
        QVERIFY2(detail->saveProfile(&error), qPrintable(error));
        const QStringList saved{QStringLiteral("Vegan"), QStringLiteral("Wheelchair access")};
        QCOMPARE(CustomerTags(t.db().sql()).of(id), saved);
        QVERIFY(!detail->isModified());
        w.undoStack()->undo();
        QCOMPARE(CustomerTags(t.db().sql()).of(id), QStringList{QStringLiteral("Regular")});
        QCOMPARE(tags->tags(), QStringList{QStringLiteral("Regular")});
        w.undoStack()->redo();
        QCOMPARE(CustomerTags(t.db().sql()).of(id), saved);
        // Another window changes the tags: undo refuses to write over them.
        QVERIFY(
            t.exec(QStringLiteral("INSERT INTO customer_tags VALUES (%1, 'Newsletter')").arg(id)));
        QString warned;
        w.undoStack()->setWarn([&](const QString&, const QString& m) { warned = m; });
        w.undoStack()->undo();
        QVERIFY2(warned.contains(QLatin1String("tags")), qPrintable(warned));
        QCOMPARE(CustomerTags(t.db().sql()).of(id),
                 (QStringList{QStringLiteral("Newsletter"), QStringLiteral("Vegan"),
                              QStringLiteral("Wheelchair access")}));
    }

    void fieldEditorsAreSavedAndUndone()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t, 50, 50));
        MainWindow w(t.db());
        CustomersPage* page = customersPage(w);
        CustomerFields fields(t.db().sql());
        CustomerField member{0, QStringLiteral("Member"), FieldKind::YesNo, 0, 0, {}};
        QString error;
        QVERIFY2(fields.add(member, &error), qPrintable(error));
        const QVector<CustomerField> all = fields.list();
        QCOMPARE(all.size(), 3); // the sample's Birthday and Allergies, then Member
        const qint64 birthday = all[0].id, allergies = all[1].id;
        const qint64 id = firstCustomer(t);
        QVERIFY(t.exec(
            QStringLiteral("DELETE FROM customer_field_values WHERE customer_id = %1").arg(id)));
        page->openCustomer(id);
        CustomerDetail* detail = page->detail();
        CustomFieldsEditor* editors = detail->fieldsEditor();
        QVERIFY(editors->parentWidget()->isVisibleTo(detail));
        QCOMPARE(editors->fields().size(), 3);
        QVERIFY(editors->values().isEmpty()); // every field "not set"
        auto* date = qobject_cast<QDateEdit*>(editors->editor(birthday));
        auto* text = qobject_cast<QLineEdit*>(editors->editor(allergies));
        auto* yesno = qobject_cast<QComboBox*>(editors->editor(member.id));
        QVERIFY(date && text && yesno);
        QCOMPARE(date->text(), QStringLiteral("not set"));
        QCOMPARE(yesno->currentText(), QStringLiteral("not set"));
        date->setDate(QDate(1990, 5, 17));
        text->setText(QStringLiteral("Sesame"));
        yesno->setCurrentIndex(yesno->findData(QStringLiteral("1")));
        QVERIFY(detail->isModified());
        QVERIFY2(detail->saveProfile(&error), qPrintable(error));
        const FieldValues saved = fields.values(id);
        QCOMPARE(saved.value(birthday), QStringLiteral("1990-05-17"));
        QCOMPARE(saved.value(allergies), QStringLiteral("Sesame"));
        QCOMPARE(saved.value(member.id), QStringLiteral("1"));
        QVERIFY(!detail->isModified());
        w.undoStack()->undo();
        QVERIFY(fields.values(id).isEmpty());
        QCOMPARE(date->text(), QStringLiteral("not set"));
        w.undoStack()->redo();
        QCOMPARE(fields.values(id), saved);
        QCOMPARE(text->text(), QStringLiteral("Sesame"));
    }

    void fieldsAreNotShownWhenThereAreNone()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t, 20, 20));
        QVERIFY(t.exec(QStringLiteral("DELETE FROM customer_fields")));
        MainWindow w(t.db());
        CustomersPage* page = customersPage(w);
        page->openCustomer(firstCustomer(t));
        QVERIFY(!page->detail()->fieldsEditor()->parentWidget()->isVisibleTo(page->detail()));
    }

    void importDialogMapsTagsAndFields()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t, 20, 20));
        const QString path = t.dir() + QStringLiteral("/customers.csv");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("external_id,name,Tags,birthday\nC9,Zoe Fenwick,VIP;Newsletter,1990-05-17\n");
        f.close();
        QStringList header;
        QList<QStringList> rows;
        QString error;
        QVERIFY(previewFile(path, 8, &header, &rows, &error));
        ImportDialog dialog(t.db().sql(), path, header, rows);
        QTableWidget* mapping = nullptr; // the table with a column choice per field
        for (auto* table : dialog.findChildren<QTableWidget*>())
            if (table->rowCount() > 0 && qobject_cast<QComboBox*>(table->cellWidget(0, 1)))
                mapping = table;
        QVERIFY(mapping);
        // Each field of the kind is a row, matched to its column by name in any case.
        QHash<QString, QString> matched;
        for (int r = 0; r < mapping->rowCount(); ++r)
            matched.insert(mapping->item(r, 0)->data(Qt::UserRole).toString(),
                           qobject_cast<QComboBox*>(mapping->cellWidget(r, 1))->currentText());
        QCOMPARE(matched.value(QStringLiteral("tags")), QStringLiteral("Tags"));
        QCOMPARE(matched.value(QStringLiteral("Birthday")), QStringLiteral("birthday"));
        QVERIFY(matched.contains(QStringLiteral("Allergies")));
    }

    void settingsTabAddsRenamesAndRemoves()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t, 50, 50));
        SettingsDialog dialog(t.db());
        CustomerFieldsTab* tab = nullptr;
        for (int i = 0; i < dialog.tabs()->count(); ++i)
            if (auto* found = qobject_cast<CustomerFieldsTab*>(dialog.tabs()->widget(i)))
                tab = found;
        QVERIFY(tab);
        QCOMPARE(tab->table()->rowCount(), 2);
        QCOMPARE(tab->table()->item(0, 0)->text(), QStringLiteral("Birthday"));
        QString error;
        QVERIFY(tab->addField(QStringLiteral("Member since"), FieldKind::Date, &error));
        QVERIFY(!tab->addField(QStringLiteral("birthday"), FieldKind::Text, &error));
        QVERIFY(error.contains(QLatin1String("already")));
        // Allergies are text with values: they cannot become dates.
        QVERIFY(!tab->setKind(1, FieldKind::Date, &error));
        QVERIFY2(error.contains(QLatin1String("cannot become")), qPrintable(error));
        QVERIFY(tab->renameField(1, QStringLiteral("Food allergies"), &error));
        tab->moveField(2, -1); // Member since above Food allergies
        const qint64 withBirthday =
            t.scalar(QStringLiteral("SELECT count(*) FROM customer_field_values v JOIN "
                                    "customer_fields f ON f.id = v.field_id WHERE f.name = "
                                    "'Birthday'"))
                .toLongLong();
        QVERIFY(withBirthday > 0);
        QString asked;
        tab->setConfirm([&](const QString& question) {
            asked = question;
            return false;
        });
        QVERIFY(!tab->removeField(0));
        QVERIFY2(asked.contains(QString::number(withBirthday)), qPrintable(asked));
        tab->setConfirm([](const QString&) { return true; });
        QVERIFY(tab->removeField(0));
        // Nothing is written before the dialog saves.
        QCOMPARE(CustomerFields(t.db().sql()).list().size(), 2);
        QVERIFY2(dialog.save(), qPrintable(dialog.problem()->text()));
        const QVector<CustomerField> saved = CustomerFields(t.db().sql()).list();
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved[0].name, QStringLiteral("Member since"));
        QCOMPARE(saved[0].kind, FieldKind::Date);
        QCOMPARE(saved[1].name, QStringLiteral("Food allergies"));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM customer_field_values WHERE "
                                         "field_id NOT IN (SELECT id FROM customer_fields)"))
                     .toInt(),
                 0);
        QCOMPARE(tab->table()->rowCount(), 2);
        // Two fields can swap their names.
        QVERIFY(tab->renameField(0, QStringLiteral("Food allergies"), &error) == false);
        QVERIFY(tab->renameField(0, QStringLiteral("Swap"), &error));
        QVERIFY(tab->renameField(1, QStringLiteral("Member since"), &error));
        QVERIFY(tab->renameField(0, QStringLiteral("Food allergies"), &error));
        QVERIFY2(dialog.save(), qPrintable(dialog.problem()->text()));
        QCOMPARE(CustomerFields(t.db().sql()).list()[0].name, QStringLiteral("Food allergies"));
        QCOMPARE(CustomerFields(t.db().sql()).list()[0].id, saved[0].id);
        QCOMPARE(CustomerFields(t.db().sql()).list()[1].name, QStringLiteral("Member since"));
        // A rename saved in another window meanwhile is pointed out before saving over it.
        QVERIFY(tab->renameField(0, QStringLiteral("Joined"), &error));
        QVERIFY(t.exec(QStringLiteral("UPDATE customer_fields SET name = 'Member from', "
                                      "row_version = row_version + 1 WHERE id = %1")
                           .arg(saved[0].id)));
        QString conflict;
        dialog.setConflictChoice([&](const QString&, const QString& message) {
            conflict = message;
            return ConflictChoice::KeepEditing;
        });
        QVERIFY(!dialog.save());
        QVERIFY2(conflict.contains(QLatin1String("Food allergies")), qPrintable(conflict));
    }
};

QTEST_MAIN(TestCustomerProfile)
#include "tst_customerprofile.moc"
