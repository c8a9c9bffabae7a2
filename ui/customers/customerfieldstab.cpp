#include "ui/customers/customerfieldstab.h"

#include "core/storage/database.h"
#include "core/storage/rowversion.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cx {

namespace {

const FieldKind kKinds[] = {FieldKind::Text, FieldKind::Date, FieldKind::YesNo};

QComboBox* kindCombo(QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    for (FieldKind k : kKinds)
        combo->addItem(CustomerFields::kindLabel(k), int(k));
    return combo;
}

QString describe(const CustomerField& f)
{
    return CustomerFieldsTab::tr("the customer field “%1”").arg(f.name);
}

} // namespace

CustomerFieldsTab::CustomerFieldsTab(Database& db, QWidget* parent) : SettingsTab(parent), m_db(db)
{
    m_confirm = [this](const QString& question) {
        return QMessageBox::warning(this, tr("Remove field"), question,
                                    QMessageBox::Yes | QMessageBox::Cancel,
                                    QMessageBox::Cancel) == QMessageBox::Yes;
    };
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Fields every customer's profile shows below the notes, such as a "
                               "birthday or allergies. Files of customers have a column for each, "
                               "headed by its name. Double-click a name to rename it."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto* middle = new QHBoxLayout;
    m_table = new QTableWidget(0, 2, this);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Kind")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    middle->addWidget(m_table, 1);
    auto* side = new QVBoxLayout;
    auto* up = new QPushButton(tr("Move &up"), this);
    auto* down = new QPushButton(tr("Move &down"), this);
    auto* remove = new QPushButton(tr("&Remove…"), this);
    side->addWidget(up);
    side->addWidget(down);
    side->addSpacing(12);
    side->addWidget(remove);
    side->addStretch();
    middle->addLayout(side);
    layout->addLayout(middle, 1);
    auto* addRow = new QHBoxLayout;
    m_newName = new QLineEdit(this);
    m_newName->setPlaceholderText(tr("New field, e.g. Birthday"));
    m_newKind = kindCombo(this);
    auto* add = new QPushButton(tr("&Add field"), this);
    addRow->addWidget(m_newName, 1);
    addRow->addWidget(m_newKind);
    addRow->addWidget(add);
    layout->addLayout(addRow);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    auto addTyped = [this] {
        QString error;
        if (addField(m_newName->text(), FieldKind(m_newKind->currentData().toInt()), &error))
            m_newName->clear();
    };
    connect(add, &QPushButton::clicked, this, addTyped);
    connect(m_newName, &QLineEdit::returnPressed, this, addTyped);
    connect(up, &QPushButton::clicked, this, [this] { moveField(m_table->currentRow(), -1); });
    connect(down, &QPushButton::clicked, this, [this] { moveField(m_table->currentRow(), 1); });
    connect(remove, &QPushButton::clicked, this, [this] { removeField(m_table->currentRow()); });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() != 0)
            return;
        QString error;
        if (!renameField(item->row(), item->text(), &error)) {
            const QSignalBlocker block(m_table);
            item->setText(m_entries.value(item->row()).now.name);
        }
    });
    reload();
}

QString CustomerFieldsTab::refuse(const QString& message, QString* error)
{
    m_problem->setText(message);
    if (error)
        *error = message;
    return message;
}

QVector<CustomerField> CustomerFieldsTab::fields() const
{
    QVector<CustomerField> out;
    for (int i = 0; i < m_entries.size(); ++i) {
        CustomerField f = m_entries[i].now;
        f.position = i + 1;
        out << f;
    }
    return out;
}

void CustomerFieldsTab::reload()
{
    m_entries.clear();
    m_removed.clear();
    for (const CustomerField& f : CustomerFields(m_db.sql()).list())
        m_entries.push_back({f, f});
    m_problem->clear();
    fillTable();
}

void CustomerFieldsTab::fillTable()
{
    const int current = m_table->currentRow();
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_entries.size()));
    for (int r = 0; r < m_entries.size(); ++r) {
        const CustomerField& f = m_entries[r].now;
        m_table->setItem(r, 0, new QTableWidgetItem(f.name));
        auto* combo = kindCombo(m_table);
        combo->setCurrentIndex(combo->findData(int(f.kind)));
        connect(combo, &QComboBox::activated, this, [this, combo] {
            // The row the combo is in now: rows move.
            for (int row = 0; row < m_table->rowCount(); ++row)
                if (m_table->cellWidget(row, 1) == combo) {
                    QString error;
                    if (!setKind(row, FieldKind(combo->currentData().toInt()), &error))
                        combo->setCurrentIndex(combo->findData(int(m_entries[row].now.kind)));
                }
        });
        m_table->setCellWidget(r, 1, combo);
    }
    if (current >= 0 && current < m_table->rowCount())
        m_table->selectRow(current);
}

bool CustomerFieldsTab::nameInUse(const QString& name, int except) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (i != except && m_entries[i].now.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool CustomerFieldsTab::addField(const QString& name, FieldKind kind, QString* error)
{
    const QString clean = name.simplified();
    if (clean.isEmpty()) {
        refuse(tr("Type the name of the new field first."), error);
        return false;
    }
    if (nameInUse(clean, -1)) {
        refuse(tr("There is already a field named “%1”.").arg(clean), error);
        return false;
    }
    CustomerField f;
    f.name = clean;
    f.kind = kind;
    m_entries.push_back({CustomerField(), f});
    m_problem->clear();
    fillTable();
    m_table->selectRow(int(m_entries.size()) - 1);
    return true;
}

bool CustomerFieldsTab::renameField(int row, const QString& name, QString* error)
{
    if (row < 0 || row >= m_entries.size())
        return false;
    const QString clean = name.simplified();
    if (clean.isEmpty()) {
        refuse(tr("A field needs a name."), error);
        return false;
    }
    if (nameInUse(clean, row)) {
        refuse(tr("There is already a field named “%1”.").arg(clean), error);
        return false;
    }
    m_entries[row].now.name = clean;
    m_problem->clear();
    fillTable();
    return true;
}

bool CustomerFieldsTab::setKind(int row, FieldKind kind, QString* error)
{
    if (row < 0 || row >= m_entries.size())
        return false;
    Entry& e = m_entries[row];
    // Values already given must fit the new kind ("12 May" is no date).
    const qint64 conflicts = e.seen.id ? CustomerFields(m_db.sql()).conflicts(e.seen.id, kind) : 0;
    if (conflicts > 0) {
        refuse(tr("“%1” cannot become %2: %n customer(s) have a value that is not one.", nullptr,
                  int(conflicts))
                   .arg(e.now.name, CustomerFields::kindLabel(kind).toLower()),
               error);
        return false;
    }
    e.now.kind = kind;
    m_problem->clear();
    fillTable();
    return true;
}

void CustomerFieldsTab::moveField(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= m_entries.size() || to < 0 || to >= m_entries.size())
        return;
    m_entries.swapItemsAt(row, to);
    fillTable();
    m_table->selectRow(to);
}

bool CustomerFieldsTab::removeField(int row)
{
    if (row < 0 || row >= m_entries.size())
        return false;
    const Entry e = m_entries[row];
    if (e.seen.id) {
        const qint64 n = CustomerFields(m_db.sql()).valueCount(e.seen.id);
        if (n > 0 &&
            !m_confirm(tr("Remove the field “%1”?\n\n%n customer(s) have a value of it; the values "
                          "go with the field when the settings are saved.",
                          nullptr, int(n))
                           .arg(e.seen.name)))
            return false;
        m_removed << e.seen;
    }
    m_entries.removeAt(row);
    m_problem->clear();
    fillTable();
    return true;
}

QStringList CustomerFieldsTab::changedElsewhere()
{
    QStringList out;
    CustomerFields stored(m_db.sql());
    QVector<CustomerField> touched = m_removed;
    const QVector<CustomerField> now = fields();
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].seen.id && !(now[i] == m_entries[i].seen))
            touched << m_entries[i].seen;
    for (const CustomerField& seen : std::as_const(touched)) {
        const auto s = stored.byId(seen.id);
        if (!s)
            out << deletedElsewhere(describe(seen));
        else if (s->rowVersion != seen.rowVersion)
            out << cx::changedElsewhere(describe(seen), {}, s->updatedAt);
    }
    return out;
}

void CustomerFieldsTab::rebase()
{
    CustomerFields stored(m_db.sql());
    for (Entry& e : m_entries)
        if (e.seen.id) {
            if (const auto s = stored.byId(e.seen.id))
                e.seen.rowVersion = s->rowVersion;
            else
                e.seen = e.now = CustomerField{0, e.now.name, e.now.kind, 0, 0, {}}; // added again
        }
    QVector<CustomerField> removed;
    for (CustomerField& f : m_removed)
        if (const auto s = stored.byId(f.id)) {
            f.rowVersion = s->rowVersion;
            removed << f;
        }
    m_removed = removed;
}

bool CustomerFieldsTab::save(QString* error)
{
    CustomerFields store(m_db.sql());
    for (const CustomerField& f : std::as_const(m_removed))
        if (!store.remove(f, error))
            return false;
    const QVector<CustomerField> now = fields();
    QVector<int> versions;
    for (const Entry& e : std::as_const(m_entries))
        versions << e.seen.rowVersion;
    // Renamed fields first take a name no field has, so two fields can
    // swap their names without either meeting the other's on the way.
    for (int i = 0; i < m_entries.size(); ++i) {
        const CustomerField& seen = m_entries[i].seen;
        if (!seen.id || now[i].name == seen.name)
            continue;
        CustomerField f = seen;
        f.name = QStringLiteral("\u2060%1").arg(seen.id);
        if (!store.update(f, error))
            return false;
        versions[i] = f.rowVersion;
    }
    for (int i = 0; i < m_entries.size(); ++i) {
        CustomerField f = now[i];
        if (!m_entries[i].seen.id || f == m_entries[i].seen)
            continue;
        f.rowVersion = versions[i];
        if (!store.update(f, error))
            return false;
    }
    for (int i = 0; i < m_entries.size(); ++i) {
        CustomerField f = now[i];
        if (!m_entries[i].seen.id && !store.add(f, error))
            return false;
    }
    return true;
}

void CustomerFieldsTab::saved()
{
    reload();
}

} // namespace cx
