#include "ui/import/importdialog.h"

#include "core/surveys/surveyrepository.h"
#include "ui/import/fieldlabels.h"

#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QColor>
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
#include <QSet>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <climits>

namespace cx {

DateOrderQuestion::DateOrderQuestion(const ImportReport::DateQuestion& question, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("How are the dates written?"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(tr("The dates in this file could be day first or month first, and "
                               "no row tells which. Line %1, column '%2' has %3:")
                                .arg(question.line)
                                .arg(question.header, question.value),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);
    const QLocale l;
    const auto button = [&](const QString& which, const QDate& read, DateOrder order) {
        auto* b = new QPushButton(
            read.isValid() ? tr("%1: %2").arg(which, l.toString(read, QLocale::LongFormat))
                           : tr("%1: not a possible date").arg(which),
            this);
        b->setEnabled(read.isValid());
        b->setMinimumHeight(36);
        connect(b, &QPushButton::clicked, this, [this, order] {
            m_choice = order;
            accept();
        });
        layout->addWidget(b);
    };
    button(tr("Day first"), question.dayFirst, DateOrder::DayFirst);
    button(tr("Month first"), question.monthFirst, DateOrder::MonthFirst);
    auto* note = new QLabel(
        tr("Every date of the file is read the same way; “Dates” in the import window changes it "
           "later."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

ImportDialog::ImportDialog(QSqlDatabase& db, const QString& path, const QStringList& header,
                           const QList<QStringList>& firstRows, QWidget* parent,
                           const QList<qint64>& lines)
    : QDialog(parent), m_db(db), m_path(path), m_header(header), m_lines(lines)
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    resize(980, 680);
    // The header is line 1, as the messages count.
    for (qint64 l = m_lines.size(); l < firstRows.size(); ++l)
        m_lines << l + 2;
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
    // Shown once the file has dates like 03/11/2026, whose order it may not tell.
    m_dates = new QComboBox(this);
    m_dates->addItem(tr("As the file shows"), int(DateOrder::Unknown));
    m_dates->addItem(tr("Day first (31/12/2026)"), int(DateOrder::DayFirst));
    m_dates->addItem(tr("Month first (12/31/2026)"), int(DateOrder::MonthFirst));
    m_datesLabel = new QLabel(tr("Dates"), this);
    top->addRow(tr("The file holds"), m_kind);
    top->addRow(QString(), m_createMissing);
    top->addRow(m_datesLabel, m_dates);
    m_dates->hide();
    m_datesLabel->hide();
    layout->addLayout(top);

    // The first rows as they are in the file, numbered by their line in it.
    m_preview = new QTableWidget(int(firstRows.size()), int(header.size()), this);
    m_preview->setHorizontalHeaderLabels(header);
    QStringList numbers;
    for (const qint64 l : std::as_const(m_lines))
        numbers << QString::number(l);
    m_preview->setVerticalHeaderLabels(numbers);
    for (int r = 0; r < firstRows.size(); ++r)
        for (int c = 0; c < header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(firstRows[r].value(c)));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < header.size(); ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), 260));
    m_preview->setMaximumHeight(200);
    layout->addWidget(new QLabel(tr("The first rows of the file, by line:"), this));
    layout->addWidget(m_preview);

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
    connect(m_dates, &QComboBox::currentIndexChanged, this, &ImportDialog::check);

    // The kind whose fields the header names best is the likely one.
    int best = 0, bestMatches = -1;
    for (int k = 0; k < m_kind->count(); ++k) {
        const QVariantList kindAndSurvey = m_kind->itemData(k).toList();
        QStringList required;
        int matches = 0;
        for (const QString& field : importFields(m_db, RecordKind(kindAndSurvey.value(0).toInt()),
                                                 kindAndSurvey.value(1).toLongLong(), &required))
            for (const QString& h : header)
                matches += headerNamesField(h, field) ? (required.contains(field) ? 3 : 1) : 0;
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
    // A column named as the field is its own; then a column headed by one of
    // the field's labels, in any language, that no other field took.
    QList<int> chosen(fields.size(), -1);
    QSet<int> taken;
    for (int r = 0; r < fields.size(); ++r)
        for (int h = 0; h < m_header.size() && chosen[r] < 0; ++h)
            if (m_header[h].trimmed().compare(fields[r], Qt::CaseInsensitive) == 0) {
                chosen[r] = h;
                taken.insert(h);
            }
    for (int r = 0; r < fields.size(); ++r)
        for (int h = 0; h < m_header.size() && chosen[r] < 0; ++h)
            if (!taken.contains(h) && headerNamesField(m_header[h], fields[r])) {
                chosen[r] = h;
                taken.insert(h);
            }
    for (int r = 0; r < fields.size(); ++r) {
        const QString label = importFieldLabel(fields[r]);
        auto* item = new QTableWidgetItem(
            required.contains(fields[r]) ? tr("%1 (needed)").arg(label) : label);
        item->setData(Qt::UserRole, fields[r]);
        item->setToolTip(fields[r]); // the name a file or the command line uses
        item->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(r, 0, item);
        auto* combo = new QComboBox(m_mapping);
        combo->addItem(tr("— not in the file —"));
        combo->addItems(m_header);
        combo->setCurrentIndex(chosen[r] + 1);
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
    o.dateOrder = DateOrder(m_dates->currentData().toInt());
    o.window = true;
    for (int r = 0; r < m_mapping->rowCount(); ++r) {
        const QString field = m_mapping->item(r, 0)->data(Qt::UserRole).toString();
        o.labels.insert(field, importFieldLabel(field));
        auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(r, 1));
        if (combo && combo->currentIndex() > 0 &&
            combo->currentText().compare(field, Qt::CaseInsensitive) != 0)
            o.map.insert(field, combo->currentText());
        else if (combo && combo->currentIndex() == 0)
            for (const QString& h : m_header)
                if (h.trimmed().compare(field, Qt::CaseInsensitive) == 0)
                    o.map.insert(field, QString()); // a column of its name, not to be read
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

QString ImportDialog::column(const QString& field) const
{
    for (int r = 0; r < m_mapping->rowCount(); ++r)
        if (m_mapping->item(r, 0)->data(Qt::UserRole).toString() == field)
            if (auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(r, 1)))
                return combo->currentIndex() > 0 ? combo->currentText() : QString();
    return {};
}

void ImportDialog::setDateOrder(DateOrder order)
{
    m_dates->setCurrentIndex(std::max(0, m_dates->findData(int(order))));
}

QAbstractItemModel* ImportDialog::previewModel() const
{
    return m_preview->model();
}

void ImportDialog::markPreview()
{
    // The problems of each line the preview shows, without the file's name.
    QHash<qint64, QStringList> byLine;
    for (int i = 0; i < m_report.problems.size() && i < m_report.problemLines.size(); ++i) {
        QString p = m_report.problems[i];
        const QString prefix = m_path + QLatin1Char(':') +
                               QString::number(m_report.problemLines[i]) + QStringLiteral(": ");
        if (p.startsWith(prefix))
            p = p.mid(prefix.size());
        byLine[m_report.problemLines[i]] << p;
    }
    // Translucent, so it reads on a light and a dark palette alike.
    const QBrush bad(QColor(220, 40, 40, 70));
    for (int r = 0; r < m_preview->rowCount(); ++r) {
        const QStringList problems = byLine.value(m_lines.value(r));
        for (int c = 0; c < m_preview->columnCount(); ++c) {
            QTableWidgetItem* item = m_preview->item(r, c);
            if (!item)
                continue;
            item->setBackground(problems.isEmpty() ? QBrush() : bad);
            item->setToolTip(problems.join(QLatin1Char('\n')));
        }
    }
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
    // Dates like 03/11/2026: the choice appears once the file has them.
    const bool datesMatter = r.dateOrder != DateOrder::Unknown || r.dateQuestion.has_value() ||
                             m_dates->currentIndex() > 0;
    m_dates->setVisible(datesMatter);
    m_datesLabel->setVisible(datesMatter);
    if (!ok && r.dateQuestion && !m_askedDates && m_dates->currentIndex() == 0) {
        m_askedDates = true; // once: after that, "Dates" is there to choose
        DateOrder answer = DateOrder::Unknown;
        if (m_askDateOrder) {
            answer = m_askDateOrder(*r.dateQuestion);
        } else {
            DateOrderQuestion question(*r.dateQuestion, this);
            if (question.exec() == QDialog::Accepted)
                answer = question.choice();
        }
        if (answer != DateOrder::Unknown) {
            setDateOrder(answer); // checks again
            return;
        }
    }
    if (!ok) {
        const QString folder = QFileInfo(m_path).absolutePath() + QLatin1Char('/');
        m_summary->setText(why.startsWith(folder) ? why.mid(folder.size()) : why);
        m_problems->clear();
        markPreview();
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
    markPreview();
    m_importAll->setEnabled(r.problemCount == 0 && r.rows > 0);
    m_importValid->setEnabled(r.problemCount > 0 && r.rejected < r.rows);
}

} // namespace cx
