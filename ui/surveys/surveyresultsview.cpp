#include "ui/surveys/surveyresultsview.h"

#include "core/common/format.h"
#include "core/common/search.h"
#include "core/storage/database.h"
#include "ui/theme.h"
#include "ui/widgets/backgroundread.h"
#include "ui/widgets/charts/charts.h"

#include <QAbstractTableModel>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>
#include <cmath>

namespace cx {

// The comments as a table: date, sentiment, score, text. It filters and
// sorts an index over the comments itself, so tens of thousands of them
// arrive, sort and filter without a proxy asking for every cell.
class CommentsModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setComments(QVector<Comment> comments)
    {
        beginResetModel();
        m_all = std::move(comments);
        m_folded.clear();
        refilter();
        endResetModel();
    }
    void setSearch(const QString& text)
    {
        beginResetModel();
        m_search = foldForSearch(text.trimmed());
        refilter();
        endResetModel();
    }
    const Comment& comment(int row) const { return m_all.at(m_rows.at(row)); }
    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : 4;
    }
    void sort(int column, Qt::SortOrder order) override
    {
        m_column = column;
        m_order = order;
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        sortRows();
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    QVariant headerData(int section, Qt::Orientation o, int role) const override
    {
        if (o != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case 0:
            return SurveyResultsView::tr("When");
        case 1:
            return SurveyResultsView::tr("Feeling");
        case 2:
            return SurveyResultsView::tr("Score");
        default:
            return SurveyResultsView::tr("Comment");
        }
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        const Comment& c = comment(index.row());
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case 0:
                return c.submittedAt.left(10);
            case 1:
                return c.sentiment.sentiment == Sentiment::Positive
                           ? SurveyResultsView::tr("positive")
                       : c.sentiment.sentiment == Sentiment::Negative
                           ? SurveyResultsView::tr("negative")
                           : SurveyResultsView::tr("neutral");
            case 2:
                return QLocale().toString(c.sentiment.score, 'f', 2);
            default:
                return c.text;
            }
        }
        if (role == Qt::ForegroundRole && index.column() == 1)
            return c.sentiment.sentiment == Sentiment::Positive   ? theme::good()
                   : c.sentiment.sentiment == Sentiment::Negative ? theme::bad()
                                                                  : theme::neutral();
        if (role == Qt::TextAlignmentRole && index.column() == 2)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && index.column() == 3)
            return SurveyResultsView::tr("%1\n\nDouble-click to open the response").arg(c.text);
        return {};
    }

private:
    void refilter()
    {
        m_rows.clear();
        // Folded once, at the first search: "creme" finds "crème", "CAFE" "café".
        if (!m_search.isEmpty() && m_folded.size() != m_all.size()) {
            m_folded.resize(m_all.size());
            for (int i = 0; i < m_all.size(); ++i)
                m_folded[i] = foldForSearch(m_all[i].text);
        }
        for (int i = 0; i < m_all.size(); ++i)
            if (m_search.isEmpty() || m_folded[i].contains(m_search))
                m_rows.push_back(i);
        sortRows();
    }
    void sortRows()
    {
        // The comments arrive newest first: that order needs no sorting.
        if (m_column < 0 || (m_column == 0 && m_order == Qt::DescendingOrder))
            return;
        const QVector<Comment>& all = m_all;
        const int column = m_column;
        auto less = [&all, column](int a, int b) {
            const Comment &x = all[a], &y = all[b];
            switch (column) {
            case 0:
                return x.submittedAt < y.submittedAt;
            case 1:
            case 2:
                return x.sentiment.score < y.sentiment.score;
            default:
                return QString::localeAwareCompare(x.text, y.text) < 0;
            }
        };
        std::stable_sort(m_rows.begin(), m_rows.end(), less);
        if (m_order == Qt::DescendingOrder)
            std::reverse(m_rows.begin(), m_rows.end());
    }

    QVector<Comment> m_all;
    QVector<int> m_rows;
    QString m_search;          // folded as the texts are
    QVector<QString> m_folded; // the comments' texts folded for the search
    int m_column = -1;
    Qt::SortOrder m_order = Qt::DescendingOrder;
};

SurveyResultsView::SurveyResultsView(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_read(std::make_unique<BackgroundRead<SurveyRead>>(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    m_grid = new QGridLayout;
    m_grid->setSpacing(12);
    layout->addLayout(m_grid);

    auto* commentsHead = new QHBoxLayout;
    m_commentSummary = new QLabel(this);
    commentsHead->addWidget(m_commentSummary, 1);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search the comments"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_search->setMaximumWidth(360);
    commentsHead->addWidget(m_search);
    layout->addLayout(commentsHead);
    m_comments = new CommentsModel(this);
    connect(m_search, &QLineEdit::textChanged, m_comments,
            [this](const QString& text) { m_comments->setSearch(text); });
    m_commentView = new QTableView(this);
    m_commentView->setModel(m_comments);
    m_commentView->horizontalHeader()->setSortIndicator(0, Qt::DescendingOrder);
    m_commentView->setSortingEnabled(true);
    m_commentView->setAlternatingRowColors(true);
    m_commentView->setWordWrap(false);
    m_commentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_commentView->verticalHeader()->hide();
    m_commentView->horizontalHeader()->setStretchLastSection(true);
    m_commentView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_commentView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_commentView->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_commentView->setMinimumHeight(260);
    connect(m_commentView, &QTableView::activated, this,
            [this](const QModelIndex& index) { emit responseRequested(responseAt(index.row())); });
    layout->addWidget(m_commentView, 1);
}

SurveyResultsView::~SurveyResultsView() = default;

qint64 SurveyResultsView::responseAt(int row)
{
    settle();
    return row >= 0 && row < m_comments->rowCount() ? m_comments->comment(row).responseId : 0;
}

int SurveyResultsView::shownComments()
{
    settle();
    return m_comments->rowCount();
}

namespace {

// One survey's results and written answers, read on a thread of its own.
SurveyRead readSurvey(qint64 surveyId, const MetricsFilter& filter, const DatabaseLocation& where)
{
    SurveyRead out;
    out.filter = filter;
    out.filter.surveyId = surveyId;
    Database db;
    if (!db.open(where, &out.error))
        return out;
    out.loaded = loadSurveyResults(db.sql(), out.filter, &out.results, &out.error);
    if (out.loaded)
        out.commentsLoaded = loadComments(db.sql(), surveyId, out.filter.from, out.filter.to,
                                          &out.comments, &out.commentsError, false);
    return out;
}

} // namespace

void SurveyResultsView::showSurvey(qint64 surveyId, const MetricsFilter& filter)
{
    // Read on a thread of its own connection: a survey of many answers
    // leaves the window answering; the newest choice wins.
    m_heading->setText(tr("Reading the results…"));
    m_read->start(
        [surveyId, filter, where = m_db.location()] { return readSurvey(surveyId, filter, where); },
        [this](const SurveyRead& read) { show(read); });
}

void SurveyResultsView::settle()
{
    m_read->settle();
}

void SurveyResultsView::show(const SurveyRead& read)
{
    if (!read.loaded) {
        m_heading->setText(read.error);
        return;
    }
    m_results = read.results;
    const MetricsFilter& f = read.filter;
    const QLocale l;
    m_heading->setText(
        tr("<b>%1</b> — %2 responses in the period")
            .arg(m_results.survey.title.toHtmlEscaped(), l.toString(m_results.responses)));
    qDeleteAll(m_charts);
    m_charts.clear();
    auto place = [this](charts::ChartPanel* chart) {
        const int n = int(m_charts.size());
        m_grid->addWidget(chart, n / 2, n % 2);
        chart->setMinimumHeight(230);
        m_charts << chart;
    };

    charts::ChartSpec months;
    months.title = tr("Responses by month");
    months.kind = charts::Kind::Bars;
    months.emptyText = tr("No responses in the period");
    months.wholeNumbers = true;
    charts::Series perMonth{tr("Responses"), theme::accent(), {}};
    for (int i = 0; i < m_results.months.size(); ++i) {
        months.categories << format::month(m_results.months[i]);
        perMonth.values << double(m_results.perMonth[i]);
    }
    if (m_results.responses > 0)
        months.series = {perMonth};
    auto* monthChart = new charts::ChartPanel(this);
    monthChart->setChart(months);
    place(monthChart);

    for (const QuestionResult& r : std::as_const(m_results.questions)) {
        charts::ChartSpec spec;
        spec.title = r.question.text;
        spec.categories = r.categories;
        spec.emptyText = tr("No answers in the period");
        spec.valueTitle = tr("answers");
        spec.wholeNumbers = true;
        if (r.question.kind == QuestionKind::Nps && r.nps) {
            spec.title =
                tr("NPS %1 ± %2 — %3")
                    .arg(format::nps(r.nps), l.toString(*r.npsMargin, 'f', 1), r.question.text);
            spec.kind = charts::Kind::StackedBars;
            charts::Series detractors{tr("Detractors"), theme::bad(), {}},
                passives{tr("Passives"), theme::neutral(), {}},
                promoters{tr("Promoters"), theme::good(), {}};
            for (int v = 0; v < r.counts.size(); ++v) {
                detractors.values << (v <= 6 ? double(r.counts[v]) : 0.0);
                passives.values << (v == 7 || v == 8 ? double(r.counts[v]) : 0.0);
                promoters.values << (v >= 9 ? double(r.counts[v]) : 0.0);
            }
            spec.series = {detractors, passives, promoters};
        } else if (r.answers > 0) {
            if (r.csat)
                spec.title = tr("CSAT %1 % — %2").arg(l.toString(*r.csat, 'f', 0), r.question.text);
            else if (r.mean)
                spec.title = tr("Mean %1 — %2").arg(l.toString(*r.mean, 'f', 1), r.question.text);
            spec.kind =
                r.question.kind == QuestionKind::Single || r.question.kind == QuestionKind::Multi
                    ? charts::Kind::HorizontalBars
                    : charts::Kind::Bars;
            charts::Series answers{tr("Answers"), theme::accent(), {}};
            for (const qint64 n : r.counts)
                answers.values << double(n);
            spec.series = {answers};
        }
        auto* chart = new charts::ChartPanel(this);
        chart->setChart(spec);
        place(chart);
    }

    if (!read.commentsLoaded) {
        m_commentSummary->setText(tr("<b>Written answers</b>: they could not be read (%1)")
                                      .arg(read.commentsError.toHtmlEscaped()));
        m_comments->setComments({});
        return;
    }
    CommentsReport report = read.comments;
    auto themes = [](const QVector<Theme>& list) {
        QStringList out;
        for (int i = 0; i < list.size() && i < 6; ++i)
            out << list[i].term.toHtmlEscaped();
        return out.isEmpty() ? tr("none yet") : out.join(QStringLiteral(", "));
    };
    m_commentSummary->setText(
        tr("<b>Written answers</b>: %1 — %2 positive, %3 neutral, %4 negative<br>"
           "<span style='color:%5'>Promoters mention</span> %6<br>"
           "<span style='color:%7'>Detractors mention</span> %8")
            .arg(l.toString(report.comments.size()), l.toString(report.count(Sentiment::Positive)),
                 l.toString(report.count(Sentiment::Neutral)),
                 l.toString(report.count(Sentiment::Negative)), theme::good().name(),
                 themes(report.promoterThemes), theme::bad().name(),
                 themes(report.detractorThemes)) +
        // The written answers are read by period only: say so rather than
        // show more of them than the figures above count.
        (f.channelId > 0 || !f.segment.isEmpty()
             ? QStringLiteral("<br><i>%1</i>")
                   .arg(tr("Written answers of every channel and segment in the period"))
             : QString()));
    m_comments->setComments(std::move(report.comments));
}

} // namespace cx
