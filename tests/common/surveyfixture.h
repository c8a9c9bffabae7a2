#pragma once

// The survey the kiosk, paper form and Surveys page tests answer: a short
// counter survey saved in a fresh database, with the kiosk's PIN set.

#include "core/surveys/survey.h"
#include "tests/common/testdb.h"

namespace cxtest {

// Saves it in t and sets the kiosk PIN to 2468: NPS (required), "why" only
// for detractors (required), a multi choice (Coffee, Cakes, Music) and a
// yes/no (required). The survey as saved, with a warning when it could not be.
cx::Survey counterSurvey(TestDb& t);

} // namespace cxtest
