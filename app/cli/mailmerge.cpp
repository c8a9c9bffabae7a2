#include "app/cli/mailmerge.h"

#include "core/contact/mailmerge.h"
#include "core/io/privatefile.h"

#include <QFile>

namespace cx::cli {

int runMailMerge(const Context& c, const ParsedOptions& p)
{
    int status = Ok;
    if (p.positional.size() > 1)
        return c.usage(QStringLiteral("unexpected argument '%1'").arg(p.positional.at(1)));
    if (!p.has(QStringLiteral("template")))
        return c.usage(
            QStringLiteral("name the message with --template apology, thankyou or invitation"));
    const auto kind = messageKindFromName(p.value(QStringLiteral("template")));
    if (!kind)
        return c.usage(QStringLiteral("--template '%1' is not apology, thankyou or invitation")
                           .arg(p.value(QStringLiteral("template"))));
    MailMergeRequest request;
    request.kind = *kind;
    request.group = defaultMergeGroup(*kind);
    if (p.has(QStringLiteral("group"))) {
        const auto group = mergeGroupFromName(p.value(QStringLiteral("group")));
        if (!group)
            return c.usage(
                QStringLiteral("--group '%1' is not promoters, passives, detractors or all")
                    .arg(p.value(QStringLiteral("group"))));
        request.group = *group;
    }
    if (p.has(QStringLiteral("format")))
        return c.usage(QStringLiteral("a mail merge is always CSV: leave out --format"));
    if (!parsePeriod(c, p, &request.from, &request.to, &status))
        return status;
    const QString out = p.value(QStringLiteral("out"));
    if (p.has(QStringLiteral("out")) && out.isEmpty())
        return c.usage(QStringLiteral("--out needs a file name"));

    Database db;
    if (!c.openDatabase(&db, &status, Database::OpenMode::MustExist))
        return status;
    if (p.has(QStringLiteral("survey"))) {
        const auto survey = surveyByUuid(c, db, p.value(QStringLiteral("survey")), &status);
        if (!survey)
            return status;
        request.surveyId = survey->id;
    }
    MailMerge merge;
    QString error;
    if (!mailMerge(db.sql(), request, &merge, &error))
        return c.fail(error);
    const QString skipped =
        merge.withoutEmail > 0
            ? QStringLiteral("; %1 without an email left out").arg(merge.withoutEmail)
            : QString();
    if (out.isEmpty()) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return c.fail(QStringLiteral("cannot write to standard output"));
        c.out.flush();
        if (!writeMailMerge(merge, &stdoutFile, &error))
            return c.fail(error);
        stdoutFile.flush();
        c.err << merge.rows.size() << " messages" << skipped << "\n";
        return Ok;
    }
    // Personal data: readable by the owner only, and in place only once complete.
    PrivateFile file(out);
    if (!file.open(&error))
        return c.fail(QStringLiteral("cannot write '%1': %2").arg(out, error));
    if (!writeMailMerge(merge, file.device(), &error)) {
        file.cancel();
        return c.fail(error);
    }
    if (!file.commit(&error))
        return c.fail(QStringLiteral("cannot write '%1': %2").arg(out, error));
    c.err << "Exported " << merge.rows.size() << " messages to " << out << skipped << "\n";
    return Ok;
}

} // namespace cx::cli
