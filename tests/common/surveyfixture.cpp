#include "tests/common/surveyfixture.h"

#include "core/surveys/kioskpin.h"
#include "core/surveys/surveyrepository.h"

#include <QtDebug>

namespace cxtest {

cx::Survey counterSurvey(TestDb& t)
{
    using namespace cx;
    Survey s;
    s.title = QStringLiteral("How was your visit?");
    s.status = SurveyStatus::Active;
    Question nps = makeQuestion(QStringLiteral("nps"), QuestionKind::Nps,
                                QStringLiteral("Would you recommend us?"), true);
    nps.labelMin = QStringLiteral("Not at all likely");
    nps.labelMax = QStringLiteral("Extremely likely");
    Question why = makeQuestion(QStringLiteral("why"), QuestionKind::Text,
                                QStringLiteral("What disappointed you most?"), true);
    why.showIf = QStringLiteral(R"({"code":"nps","op":"<=","value":6})");
    Question liked = makeQuestion(QStringLiteral("liked"), QuestionKind::Multi,
                                  QStringLiteral("What did you like?"));
    liked.options =
        QStringList{QStringLiteral("Coffee"), QStringLiteral("Cakes"), QStringLiteral("Music")};
    Question back = makeQuestion(QStringLiteral("back"), QuestionKind::YesNo,
                                 QStringLiteral("Will you come back?"), true);
    s.questions = {nps, why, liked, back};
    QString error;
    if (!SurveyRepository(t.sql()).insert(s, &error) ||
        !setKioskPin(t.sql(), QStringLiteral("2468"), &error))
        qWarning() << "cannot set up the survey:" << error;
    return s;
}

} // namespace cxtest
