#include "core/storage/editguard.h"

#include "core/actions/actionrepository.h"
#include "core/common/text.h"
#include "core/customers/customerrepository.h"
#include "core/interactions/interactionrepository.h"
#include "core/journeys/journeyrepository.h"
#include "core/storage/rowversion.h"

namespace cx {

namespace {

template <typename Record>
bool compare(const std::optional<Record>& stored, const QStringList& differences,
             const QString& what, int* version, QString* error)
{
    if (!stored) {
        *error = deletedElsewhere(what);
        return false;
    }
    if (!differences.isEmpty()) {
        *error = changedElsewhere(what, differences, stored->updatedAt);
        return false;
    }
    *version = stored->rowVersion;
    return true;
}

} // namespace

bool unchangedSince(QSqlDatabase& db, const Customer& expected, int* version, QString* error)
{
    const auto stored = CustomerRepository(db).byId(expected.id);
    return compare(stored,
                   stored ? CustomerRepository::differences(expected, *stored) : QStringList(),
                   Text::tr("the customer “%1”").arg(expected.name), version, error);
}

bool unchangedSince(QSqlDatabase& db, const Interaction& expected, int* version, QString* error)
{
    const auto stored = InteractionRepository(db).byId(expected.id);
    return compare(stored,
                   stored ? InteractionRepository::differences(expected, *stored) : QStringList(),
                   InteractionRepository::describe(expected), version, error);
}

bool unchangedSince(QSqlDatabase& db, const Action& expected, int* version, QString* error)
{
    const auto stored = ActionRepository(db).byId(expected.id);
    QStringList differences =
        stored ? ActionRepository::differences(expected, *stored) : QStringList();
    // The note of a closed action is part of what the step left.
    if (stored && stored->resolution != expected.resolution && differences.isEmpty())
        differences << Text::tr("what was done");
    return compare(stored, differences, Text::tr("the follow-up “%1”").arg(expected.title), version,
                   error);
}

bool unchangedSince(QSqlDatabase& db, const Journey& expected, int* version, QString* error)
{
    const auto stored = JourneyRepository(db).journey(expected.id);
    return compare(stored,
                   stored ? JourneyRepository::differences(expected, *stored) : QStringList(),
                   Text::tr("the journey “%1”").arg(expected.name), version, error);
}

bool unchangedSince(QSqlDatabase& db, const Stage& expected, int* version, QString* error)
{
    const auto stored = JourneyRepository(db).stage(expected.id);
    return compare(stored,
                   stored ? JourneyRepository::differences(expected, *stored) : QStringList(),
                   Text::tr("the stage “%1”").arg(expected.name), version, error);
}

bool unchangedSince(QSqlDatabase& db, const Touchpoint& expected, int* version, QString* error)
{
    const auto stored = JourneyRepository(db).touchpoint(expected.id);
    return compare(stored,
                   stored ? JourneyRepository::differences(expected, *stored) : QStringList(),
                   Text::tr("the touchpoint “%1”").arg(expected.name), version, error);
}

} // namespace cx
