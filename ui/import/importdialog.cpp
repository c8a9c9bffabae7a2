#include "ui/import/importdialog.h"

#include "core/surveys/surveyrepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <climits>

namespace cx {

ImportDialog::ImportDialog(QSqlDatabase& db, const QString& path, const QStringList& header,
                           const QList<QStringList>& firstRows, QWidget* parent)
    : QDialog(parent), m_db(db), m_path(path), m_header(header)
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    resize(980, 680);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Customers"), QVariantList{int(RecordKind::Customers), 0});
    m_kind->addItem(tr("Interactions"), QVariantList{int(RecordKind::Interactions), 0});
    for (const Survey& s : SurveyRepository(m_db).list())
        m_kind->addItem(tr("Responses to “%1”").arg(s.title),
                        QVariantList{int(RecordKind::Responses), s.id});
    m_createMissing =
        new QCheckBox(tr("Add channels, touchpoints and customers the file names"), this);
    top->addRow(tr("The file holds"), m_kind);
    top->addRow(QString(), m_createMissing);
    layout->addLayout(top);

    // The first rows as they are in the file.
    auto* preview = new QTableWidget(int(firstRows.size()), int(header.size()), this);
    preview->setHorizontalHeaderLabels(header);
    for (int r = 0; r < firstRows.size(); ++r)
        for (int c = 0; c < header.size(); ++c)
            preview->setItem(r, c, new QTableWidgetItem(firstRows[r].value(c)));
    preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    preview->resizeColumnsToContents();
    for (int c = 0; c < header.size(); ++c)
        preview->setColumnWidth(c, std::min(preview->columnWidth(c), 260));
    preview->setMaximumHeight(200);
    layout->addWidget(new QLabel(tr("The first rows of the file:"), this));
    layout->addWidget(preview);

    // Which column holds each field: matched by name, changeable.
    m_mapping = new QTableWidget(0, 2, this);
    m_mapping->setHorizontalHeaderLabels({tr("Field"), tr("Column in the file")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_problems = new QPlainTextEdit(this);
    m_problems->setReadOnly(true);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_mapping, 1);
    middle->addWidget(m_problems, 2);
    layout->addWidget(new QLabel(tr("Columns, and what a check of every row found:"), this));
    layout->addLayout(middle, 1);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(false);
    m_progress->hide();
    layout->addWidget(m_progress);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importAll = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importValid = buttons->addButton(tr("Import the valid rows"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    m_importAll->setEnabled(false); // until a check has passed
    m_importValid->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_importAll, &QPushButton::clicked, this, [this] {
        m_skipInvalid = false;
        accept();
    });
    connect(m_importValid, &QPushButton::clicked, this, [this] {
        m_skipInvalid = true;
        accept();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillMapping();
        check();
    });
    connect(m_createMissing, &QCheckBox::toggled, this, &ImportDialog::check);

    // The kind whose fields the header names best is the likely one.
    int best = 0, bestMatches = -1;
    for (int k = 0; k < m_kind->count(); ++k) {
        const QVariantList kindAndSurvey = m_kind->itemData(k).toList();
        QStringList required;
        int matches = 0;
        for (const QString& field : importFields(m_db, RecordKind(kindAndSurvey.value(0).toInt()),
                                                 kindAndSurvey.value(1).toLongLong(), &required))
            for (const QString& h : header)
                matches += h.trimmed().compare(field, Qt::CaseInsensitive) == 0
                               ? (required.contains(field) ? 3 : 1)
                               : 0;
        if (matches > bestMatches) {
            best = k;
            bestMatches = matches;
        }
    }
    {
        const QSignalBlocker blocker(m_kind);
        m_kind->setCurrentIndex(best);
    }
    fillMapping();
    QTimer::singleShot(0, this, &ImportDialog::check); // once shown
}

void ImportDialog::fillMapping()
{
    const QVariantList k = m_kind->currentData().toList();
    QStringList required;
    const QStringList fields =
        importFields(m_db, RecordKind(k.value(0).toInt()), k.value(1).toLongLong(), &required);
    m_mapping->setRowCount(int(fields.size()));
    for (int r = 0; r < fields.size(); ++r) {
        auto* item = new QTableWidgetItem(
            required.contains(fields[r]) ? tr("%1 (needed)").arg(fields[r]) : fields[r]);
        item->setData(Qt::UserRole, fields[r]);
        item->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(r, 0, item);
        auto* combo = new QComboBox(m_mapping);
        combo->addItem(tr("— not in the file —"));
        combo->addItems(m_header);
        for (int h = 0; h < m_header.size(); ++h)
            if (m_header[h].trimmed().compare(fields[r], Qt::CaseInsensitive) == 0)
                combo->setCurrentIndex(h + 1);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::check);
        m_mapping->setCellWidget(r, 1, combo);
    }
    m_mapping->resizeColumnToContents(0);
}

ImportOptions ImportDialog::options() const
{
    ImportOptions o;
    const QVariantList k = m_kind->currentData().toList();
    o.kind = RecordKind(k.value(0).toInt());
    o.surveyId = k.value(1).toLongLong();
    o.path = m_path;
    o.createMissing = m_createMissing->isChecked();
    o.skipInvalid = m_skipInvalid;
    for (int r = 0; r < m_mapping->rowCount(); ++r) {
        const QString field = m_mapping->item(r, 0)->data(Qt::UserRole).toString();
        auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(r, 1));
        if (combo && combo->currentIndex() > 0 &&
            combo->currentText().compare(field, Qt::CaseInsensitive) != 0)
            o.map.insert(field, combo->currentText());
    }
    return o;
}

void ImportDialog::setKindIndex(int index)
{
    m_kind->setCurrentIndex(index);
}

void ImportDialog::setColumn(const QString& field, const QString& header)
{
    for (int r = 0; r < m_mapping->rowCount(); ++r)
        if (m_mapping->item(r, 0)->data(Qt::UserRole).toString() == field)
            if (auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(r, 1)))
                combo->setCurrentIndex(header.isEmpty() ? 0 : int(m_header.indexOf(header)) + 1);
}

void ImportDialog::reject()
{
    m_cancel = true; // a check under way stops at its next row
    QDialog::reject();
}

void ImportDialog::check()
{
    if (m_checking) {
        // Stop the check under way; it starts again with the change when it returns.
        m_checkAgain = true;
        m_cancel = true;
        return;
    }
    m_checking = true;
    m_cancel = false;
    m_importAll->setEnabled(false);
    m_importValid->setEnabled(false);
    const QLocale l;
    m_summary->setText(tr("Checking every row…"));
    // A large file shows how far the check is (busy until the first check has counted the rows).
    m_progress->setRange(0, int(std::min<qint64>(m_rows, INT_MAX)));
    m_progress->setValue(0);
    m_progress->setVisible(QFileInfo(m_path).size() > 256 * 1024);

    ImportOptions o = options();
    o.dryRun = true;
    ImportReport r;
    QString why;
    Importer importer(m_db);
    importer.setCancel(&m_cancel);
    importer.setProgress([&](qint64 done) {
        if (m_progress->maximum() > 0)
            m_progress->setValue(int(std::min<qint64>(done, m_progress->maximum())));
        m_summary->setText(tr("Checking every row… %1 so far").arg(l.toString(done)));
        QCoreApplication::processEvents(); // changes, Cancel and repaints stay live
    });
    const bool ok = importer.run(o, &r, &why);
    m_progress->hide();
    m_checking = false;
    if (m_checkAgain || (m_cancel && result() == QDialog::Rejected)) {
        if (m_checkAgain) {
            m_checkAgain = false;
            QTimer::singleShot(0, this, &ImportDialog::check);
        }
        return;
    }
    m_report = r;
    ++m_checks;
    if (!ok) {
        m_summary->setText(why);
        m_problems->clear();
        return;
    }
    m_rows = r.rows;
    m_summary->setText(
        tr("%1 rows: %2 ready to import, %3 with problems.")
            .arg(l.toString(r.rows), l.toString(r.rows - r.rejected), l.toString(r.rejected)));
    // The dialog's title names the file: its lines need not repeat the folder.
    QStringList lines = r.notices + r.problems;
    const QString folder = QFileInfo(m_path).absolutePath() + QLatin1Char('/');
    for (QString& line : lines)
        if (line.startsWith(m_path))
            line = line.mid(m_path.startsWith(folder) ? folder.size() : 0);
    if (r.problemCount > r.problems.size())
        lines << tr("… and %1 more problems").arg(l.toString(r.problemCount - r.problems.size()));
    m_problems->setPlainText(lines.isEmpty() ? tr("No problems found.")
                                             : lines.join(QLatin1Char('\n')));
    m_importAll->setEnabled(r.problemCount == 0 && r.rows > 0);
    m_importValid->setEnabled(r.problemCount > 0 && r.rejected < r.rows);
}

} // namespace cx
