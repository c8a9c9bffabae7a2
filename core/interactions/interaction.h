#pragma once

// One moment a customer met the business at a touchpoint.
// Ids are 0 when the record is not stored yet or a link is null. A record a
// person edits carries the row version it was read at (0: not read from the
// database) and when it was last changed: a save refuses to write over a
// version it has not seen (see core/storage/rowversion.h). The tables are
// described in docs/database.md.

#include <QString>
#include <optional>

namespace cx {

// Timestamps stay ISO 8601 text with their UTC offset, exactly as recorded.
struct Interaction
{
    qint64 id = 0;
    QString uuid;
    qint64 customerId = 0;
    qint64 touchpointId = 0;
    qint64 channelId = 0;
    QString occurredAt;
    QString kind;
    QString outcome;
    std::optional<int> staffRating;    // 1-5, the company's view
    std::optional<int> customerRating; // 1-5, the customer's view
    QString resolvedAt;                // empty: open
    QString notes;
    int rowVersion = 0;
    QString updatedAt;
    QString createdBy; // who entered it (team.h personOf); empty: an import or CX Desk's rules
    QString changedBy; // who changed it last; empty: nobody since it was entered
};

} // namespace cx
