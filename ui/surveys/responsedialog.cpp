#include "ui/surveys/responsedialog.h"

#include "core/actions/actionrepository.h"
#include "core/customers/customerrepository.h"
#include "core/journeys/journeyrepository.h"
#include "core/storage/database.h"
#include "core/surveys/responserepository.h"
#include "core/surveys/surveyrepository.h"
#include "ui/theme.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cx {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString answerText(const Question& q, const Answer& a)
{
    if (q.kind == QuestionKind::YesNo && a.valueNum)
        return *a.valueNum >= 1 ? ResponseDialog::tr("Yes") : ResponseDialog::tr("No");
    if (q.kind == QuestionKind::Nps && a.valueNum) {
        const double v = *a.valueNum;
        const QString band = v >= 9   ? ResponseDialog::tr("promoter")
                             : v >= 7 ? ResponseDialog::tr("passive")
                                      : ResponseDialog::tr("detractor");
        const QColor colour = v >= 9 ? theme::good() : v >= 7 ? theme::neutral() : theme::bad();
        return QStringLiteral("<b>%1</b> <span style='color:%2'>(%3)</span>")
            .arg(v)
            .arg(colour.name(), band);
    }
    int min = 0, max = 0;
    if (a.valueNum && questionKindScale(q.kind, &min, &max))
        return ResponseDialog::tr("<b>%1</b> of %2").arg(*a.valueNum).arg(max);
    if (q.kind == QuestionKind::Multi)
        return esc(
            a.valueText.split(QLatin1Char(';'), Qt::SkipEmptyParts).join(QStringLiteral(", ")));
    return esc(a.valueText);
}

} // namespace

ResponseDialog::ResponseDialog(Database& db, qint64 responseId, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Response"));
    auto* layout = new QVBoxLayout(this);
    m_text = new QTextBrowser(this);
    m_text->setOpenLinks(false);
    layout->addWidget(m_text, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, 560);

    const QLocale l;
    const auto response = ResponseRepository(db.sql()).byId(responseId);
    if (!response) {
        m_text->setHtml(tr("<p>This response is no longer in the database.</p>"));
        return;
    }
    const auto survey = SurveyRepository(db.sql()).byId(response->surveyId);
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(survey ? survey->title : tr("Survey")));
    QString how = response->source == ResponseSource::Kiosk ? tr("at the counter kiosk")
                  : response->source == ResponseSource::Paper
                      ? tr("on paper form %1").arg(response->formNumber)
                  : response->source == ResponseSource::Import ? tr("imported")
                                                               : tr("entered by hand");
    JourneyRepository catalog(db.sql());
    QStringList place;
    if (const auto channel =
            response->channelId ? catalog.channel(response->channelId) : std::nullopt)
        place << esc(channel->name);
    if (const auto touchpoint =
            response->touchpointId ? catalog.touchpoint(response->touchpointId) : std::nullopt)
        place << esc(touchpoint->name);
    const QDateTime at = QDateTime::fromString(response->submittedAt, Qt::ISODate);
    html +=
        QStringLiteral("<p>%1, %2%3</p>")
            .arg(at.isValid() ? l.toString(at, QLocale::LongFormat) : esc(response->submittedAt),
                 how,
                 place.isEmpty() ? QString()
                                 : QStringLiteral(" — ") + place.join(QStringLiteral(", ")));
    if (const auto customer = response->customerId
                                  ? CustomerRepository(db.sql()).byId(response->customerId)
                                  : std::nullopt) {
        m_customerId = customer->id;
        QStringList contact;
        for (const QString& c : {customer->email, customer->phone, customer->segment})
            if (!c.isEmpty())
                contact << esc(c);
        html += tr("<p><b>Customer:</b> %1<br>%2</p>")
                    .arg(esc(customer->name), contact.join(QStringLiteral(" · ")));
        auto* open = buttons->addButton(tr("Open customer"), QDialogButtonBox::ActionRole);
        connect(open, &QPushButton::clicked, this, [this] {
            emit openCustomer(m_customerId);
            accept();
        });
    } else {
        html += tr("<p><b>Anonymous</b> — no customer was given.</p>");
    }
    html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='6'>");
    int row = 0;
    for (const Question& q : survey ? survey->questions : QVector<Question>()) {
        const auto it = std::find_if(response->answers.begin(), response->answers.end(),
                                     [&](const Answer& a) { return a.questionId == q.id; });
        const QString answer = it == response->answers.end()
                                   ? QStringLiteral("<span style='color:#888'>%1</span>")
                                         .arg(tr("not asked or not answered"))
                                   : answerText(q, *it);
        html += QStringLiteral("<tr style='background:%1'><td width='55%'>%2</td><td>%3</td></tr>")
                    .arg(row++ % 2 ? QStringLiteral("#ffffff") : QStringLiteral("#f3f5f6"),
                         esc(q.text), answer);
    }
    html += QStringLiteral("</table>");
    for (const Action& a : ActionRepository(db.sql()).forResponse(responseId))
        html += tr("<p><b>Follow-up:</b> %1 — %2, due %3</p>")
                    .arg(esc(a.title), a.status == ActionStatus::Done ? tr("done") : tr("open"),
                         l.toString(a.dueOn, QLocale::ShortFormat));
    m_text->setHtml(html);
}

QString ResponseDialog::html() const
{
    return m_text->toHtml();
}

} // namespace cx
