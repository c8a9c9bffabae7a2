#pragma once

// The fields a person edits in one kind of record, each with the word that
// names it in messages. One list serves both questions a save asks when the
// record was changed elsewhere: what differs ("name, phone"), and what
// "save mine" keeps (each field the user changed goes on top of the version
// saved elsewhere).

#include "core/storage/rowversion.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>
#include <functional>

namespace cx {

template <typename Record> class EditedFields
{
public:
    // A field that is compared and merged; `label` is marked with
    // QT_TRANSLATE_NOOP("cx::Text", ...). Fields that share a label are
    // named once.
    template <typename T> EditedFields& add(T Record::*field, const char* label)
    {
        return add(field, label, true);
    }
    // A field that is compared but left to its own edits when merging (a
    // place on the map, moved by its own commands).
    template <typename T> EditedFields& compared(T Record::*field, const char* label)
    {
        return add(field, label, false);
    }

    // The labels of the fields in which a and b differ, in list order.
    QStringList differences(const Record& a, const Record& b) const
    {
        QStringList out;
        for (const Field& f : m_fields) {
            if (!f.differs(a, b))
                continue;
            const QString label = QCoreApplication::translate("cx::Text", f.label);
            if (!out.contains(label))
                out << label;
        }
        return out;
    }

    // Theirs, with every merged field the user changed from `base` taken from `mine`.
    Record merged(const Record& base, const Record& mine, const Record& theirs) const
    {
        Record out = theirs;
        for (const Field& f : m_fields)
            if (f.take)
                f.take(out, base, mine);
        return out;
    }

private:
    struct Field
    {
        const char* label;
        std::function<bool(const Record&, const Record&)> differs;
        std::function<void(Record&, const Record&, const Record&)> take; // empty: compared only
    };

    template <typename T> EditedFields& add(T Record::*field, const char* label, bool merge)
    {
        Field f{label,
                [field](const Record& a, const Record& b) { return !(a.*field == b.*field); },
                {}};
        if (merge)
            f.take = [field](Record& out, const Record& base, const Record& mine) {
                takeChange(out.*field, base.*field, mine.*field);
            };
        m_fields.push_back(std::move(f));
        return *this;
    }

    QVector<Field> m_fields;
};

} // namespace cx
