#include "core/actions/action.h"

namespace cx {

QString statusName(ActionStatus status)
{
    return status == ActionStatus::Done ? QStringLiteral("done") : QStringLiteral("open");
}

std::optional<ActionStatus> actionStatusFromName(const QString& name)
{
    if (name.compare(QLatin1String("open"), Qt::CaseInsensitive) == 0)
        return ActionStatus::Open;
    if (name.compare(QLatin1String("done"), Qt::CaseInsensitive) == 0)
        return ActionStatus::Done;
    return std::nullopt;
}

} // namespace cx
