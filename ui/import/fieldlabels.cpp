#include "ui/import/fieldlabels.h"

#include "core/common/search.h"
#include "ui/translations.h"

#include <QCoreApplication>
#include <QHash>
#include <QTranslator>
#include <memory>
#include <vector>

namespace cx {

namespace {

struct Label
{
    const char* field;
    const char* context;
    const char* source;
};

// The window's own labels, in the contexts where it shows them (so they are
// translated once, where they are seen), then names spreadsheets often use.
// The first label of a field is the one the import window shows.
const Label kLabels[] = {
    {"external_id", "cx::CustomersModel", QT_TRANSLATE_NOOP("cx::CustomersModel", "Customer no.")},
    {"external_id", "cx::ImportDialog", QT_TRANSLATE_NOOP("cx::ImportDialog", "Customer number")},
    {"name", "cx::CustomersModel", QT_TRANSLATE_NOOP("cx::CustomersModel", "Name")},
    {"email", "cx::CustomersModel", QT_TRANSLATE_NOOP("cx::CustomersModel", "Email")},
    {"email", "cx::MergeDialog", QT_TRANSLATE_NOOP("cx::MergeDialog", "Email")},
    {"phone", "cx::CustomersModel", QT_TRANSLATE_NOOP("cx::CustomersModel", "Phone")},
    {"segment", "cx::CustomersModel", QT_TRANSLATE_NOOP("cx::CustomersModel", "Segment")},
    {"first_contact_on", "cx::CustomersModel",
     QT_TRANSLATE_NOOP("cx::CustomersModel", "First contact")},
    {"first_contact_on", "cx::MergeDialog", QT_TRANSLATE_NOOP("cx::MergeDialog", "First contact")},
    {"converted_on", "cx::CustomerDetail",
     QT_TRANSLATE_NOOP("cx::CustomerDetail", "Customer since")},
    {"churned_on", "cx::CustomerDetail", QT_TRANSLATE_NOOP("cx::CustomerDetail", "Left on")},
    {"notes", "cx::CustomerDetail", QT_TRANSLATE_NOOP("cx::CustomerDetail", "Notes")},
    {"tags", "cx::CustomerDetail", QT_TRANSLATE_NOOP("cx::CustomerDetail", "Tags")},
    {"occurred_at", "cx::InteractionsModel", QT_TRANSLATE_NOOP("cx::InteractionsModel", "When")},
    {"customer_external_id", "cx::CustomersModel",
     QT_TRANSLATE_NOOP("cx::CustomersModel", "Customer no.")},
    {"customer_external_id", "cx::ImportDialog",
     QT_TRANSLATE_NOOP("cx::ImportDialog", "Customer number")},
    {"channel", "cx::InteractionsModel", QT_TRANSLATE_NOOP("cx::InteractionsModel", "Channel")},
    {"touchpoint", "cx::InteractionsModel",
     QT_TRANSLATE_NOOP("cx::InteractionsModel", "Touchpoint")},
    {"kind", "cx::InteractionsModel", QT_TRANSLATE_NOOP("cx::InteractionsModel", "Kind")},
    {"outcome", "cx::InteractionsModel", QT_TRANSLATE_NOOP("cx::InteractionsModel", "Outcome")},
    {"staff_rating", "cx::InteractionForm",
     QT_TRANSLATE_NOOP("cx::InteractionForm", "Staff rating")},
    {"customer_rating", "cx::InteractionForm",
     QT_TRANSLATE_NOOP("cx::InteractionForm", "Customer rating")},
    {"resolved_at", "cx::InteractionsModel",
     QT_TRANSLATE_NOOP("cx::InteractionsModel", "Resolved")},
    {"submitted_at", "cx::ImportDialog", QT_TRANSLATE_NOOP("cx::ImportDialog", "Submitted")},
    {"source", "cx::ImportDialog", QT_TRANSLATE_NOOP("cx::ImportDialog", "Source")},
};

// CX Desk's translations, each loaded once, whatever language the window speaks.
const std::vector<std::unique_ptr<QTranslator>>& allTranslations()
{
    static const std::vector<std::unique_ptr<QTranslator>> translators = [] {
        std::vector<std::unique_ptr<QTranslator>> list;
        for (const QString& language : availableLanguages()) {
            auto t = std::make_unique<QTranslator>();
            if (t->load(QStringLiteral(":/i18n/cxdesk_%1.qm").arg(language)))
                list.push_back(std::move(t));
        }
        return list;
    }();
    return translators;
}

QString folded(const QString& text)
{
    QString out;
    for (const QChar c : foldForSearch(text))
        if (c.isLetterOrNumber())
            out += c;
    return out;
}

} // namespace

QString importFieldLabel(const QString& field)
{
    for (const Label& l : kLabels)
        if (field == QLatin1String(l.field))
            return QCoreApplication::translate(l.context, l.source);
    return field;
}

QStringList importFieldNames(const QString& field)
{
    QStringList names{field};
    for (const Label& l : kLabels) {
        if (field != QLatin1String(l.field))
            continue;
        names << QString::fromUtf8(l.source) << QCoreApplication::translate(l.context, l.source);
        for (const auto& t : allTranslations()) {
            const QString translated = t->translate(l.context, l.source);
            if (!translated.isEmpty())
                names << translated;
        }
    }
    names.removeDuplicates();
    return names;
}

bool headerNamesField(const QString& header, const QString& field)
{
    const QString h = folded(header);
    if (h.isEmpty())
        return false;
    for (const QString& name : importFieldNames(field))
        if (folded(name) == h)
            return true;
    return false;
}

} // namespace cx
