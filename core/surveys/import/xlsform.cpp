#include "core/common/text.h"
#include "core/surveys/import/readers.h"
#include "core/surveys/import/sourcetext.h"
#include "core/surveys/import/zipcontainer.h"

#include <QRegularExpression>
#include <QXmlStreamReader>
#include <functional>

namespace cx {

namespace {

using Row = QHash<QString, QString>;

QString xmlProblem(const QString& where, const QXmlStreamReader& r)
{
    return Text::tr("%1: line %2, column %3: %4")
        .arg(where)
        .arg(r.lineNumber())
        .arg(r.columnNumber())
        .arg(r.errorString());
}

// A cell reference's column ("AB12" -> 27).
int columnOf(const QString& ref)
{
    int column = 0;
    for (const QChar c : ref) {
        if (!c.isLetter())
            break;
        column = column * 26 + (c.toUpper().unicode() - 'A' + 1);
    }
    return column - 1;
}

bool isTrue(const QString& v)
{
    const QString t = v.trimmed().toLower();
    return t == QLatin1String("yes") || t == QLatin1String("true") ||
           t == QLatin1String("true()") || t == QLatin1String("1");
}

// What an XLSForm or XForm type asks for. `type` is the XLSForm word
// ("select_one", "integer") or the XForm's control and data type.
void shapeFor(const QString& type, SourceQuestion* q)
{
    auto unsupported = [q](const QString& why) {
        q->shape = SourceShape::Unsupported;
        q->leftOut = why;
    };
    if (type == QLatin1String("select_one") || type == QLatin1String("select1"))
        q->shape = SourceShape::Choice;
    else if (type == QLatin1String("select_multiple") || type == QLatin1String("select"))
        q->shape = SourceShape::MultiChoice;
    else if (type == QLatin1String("text") || type == QLatin1String("string"))
        q->shape = SourceShape::Text;
    else if (type == QLatin1String("integer") || type == QLatin1String("int") ||
             type == QLatin1String("decimal")) {
        q->shape = SourceShape::Text;
        q->numeric = true;
        q->type += Text::tr(" (a number, kept as text)");
    } else if (type == QLatin1String("date") || type == QLatin1String("time") ||
               type == QLatin1String("datetime") || type == QLatin1String("dateTime")) {
        q->shape = SourceShape::Text;
        q->type += Text::tr(" (a date or time, kept as text)");
    } else if (type == QLatin1String("range"))
        q->shape = SourceShape::Scale;
    else if (type == QLatin1String("note"))
        unsupported(Text::tr("it only shows text and asks nothing"));
    else if (type == QLatin1String("rank") || type == QLatin1String("odk:rank"))
        unsupported(Text::tr("a ranking"));
    else if (type == QLatin1String("image") || type == QLatin1String("audio") ||
             type == QLatin1String("video") || type == QLatin1String("file") ||
             type == QLatin1String("upload") || type == QLatin1String("binary") ||
             type == QLatin1String("background-audio"))
        unsupported(Text::tr("a file upload (picture, sound or file)"));
    else if (type.startsWith(QLatin1String("geo")) || type == QLatin1String("start-geopoint"))
        unsupported(Text::tr("a location"));
    else if (type == QLatin1String("barcode"))
        unsupported(Text::tr("a barcode scan"));
    else if (type == QLatin1String("acknowledge") || type == QLatin1String("trigger"))
        unsupported(Text::tr("an acknowledgement with nothing to choose"));
    else if (type == QLatin1String("select_one_from_file") ||
             type == QLatin1String("select_multiple_from_file"))
        unsupported(Text::tr("a choice list kept in a separate file"));
    else if (type == QLatin1String("calculate") || type == QLatin1String("hidden") ||
             type == QLatin1String("start") || type == QLatin1String("end") ||
             type == QLatin1String("today") || type == QLatin1String("deviceid") ||
             type == QLatin1String("username") || type == QLatin1String("phonenumber") ||
             type == QLatin1String("email") || type == QLatin1String("audit") ||
             type == QLatin1String("subscriberid") || type == QLatin1String("simserial") ||
             type.startsWith(QLatin1String("uri:")))
        unsupported(Text::tr("a value the form records or computes, not a question"));
    else
        unsupported(Text::tr("a question type CX Desk does not know ('%1')").arg(type));
}

void readRange(const QString& parameters, SourceQuestion* q)
{
    double values[3] = {1, 10, 1}; // start, end, step
    static const QRegularExpression pair(QStringLiteral("(start|end|step)\\s*=\\s*(-?[\\d.eE+]+)"));
    for (auto it = pair.globalMatch(parameters); it.hasNext();) {
        const auto m = it.next();
        const int at = m.captured(1) == QLatin1String("start") ? 0
                       : m.captured(1) == QLatin1String("end") ? 1
                                                               : 2;
        values[at] = m.captured(2).toDouble();
    }
    setScale(q, values[0], values[1], values[2], Text::tr("a range"));
}

void setCondition(const QString& own, const QStringList& groups, SourceQuestion* q)
{
    QStringList all = groups;
    if (!own.trimmed().isEmpty())
        all << own.trimmed();
    if (all.isEmpty())
        return;
    q->conditionText = all.join(QStringLiteral(" and "));
    if (all.size() > 1) {
        q->conditionProblem = Text::tr("it joins the conditions of a group and of the question");
        return;
    }
    q->condition = simpleCondition(all.first(), &q->conditionProblem);
}

// ---- the .xlsx workbook ----

struct Workbook
{
    QHash<QString, QVector<Row>> sheets; // lower-case sheet name -> rows by lower-case header
    QHash<QString, QStringList> headers;
};

constexpr int kMaxColumns = 256;
constexpr qsizetype kMaxRows = 100000;

bool readSharedStrings(const QByteArray& xml, QStringList* out, QString* error)
{
    QXmlStreamReader r(xml);
    QString current;
    bool inSi = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("si")) {
            inSi = true;
            current.clear();
        } else if (r.isStartElement() && r.name() == QLatin1String("t") && inSi) {
            current += r.readElementText();
        } else if (r.isStartElement() && (r.name() == QLatin1String("rPh"))) {
            r.skipCurrentElement(); // phonetic hints are not the text
        } else if (r.isEndElement() && r.name() == QLatin1String("si")) {
            out->append(current);
            inSi = false;
        }
    }
    if (r.hasError()) {
        *error = xmlProblem(QStringLiteral("xl/sharedStrings.xml"), r);
        return false;
    }
    return true;
}

bool readSheet(const QString& where, const QByteArray& xml, const QStringList& shared,
               QVector<QStringList>* rows, QString* error)
{
    QXmlStreamReader r(xml);
    QStringList row;
    int column = -1;
    QString type, value;
    bool inCell = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == QLatin1String("row")) {
                row.clear();
                column = -1;
            } else if (r.name() == QLatin1String("c")) {
                const QString ref = r.attributes().value(QStringLiteral("r")).toString();
                column = ref.isEmpty() ? column + 1 : columnOf(ref);
                if (column < 0 || column > 16383) {
                    *error = Text::tr("%1: cell '%2' is outside a worksheet").arg(where, ref);
                    return false;
                }
                type = r.attributes().value(QStringLiteral("t")).toString();
                value.clear();
                inCell = true;
            } else if (inCell &&
                       (r.name() == QLatin1String("v") || r.name() == QLatin1String("t"))) {
                value += r.readElementText();
            }
        } else if (r.isEndElement()) {
            if (r.name() == QLatin1String("c") && inCell) {
                inCell = false;
                if (type == QLatin1String("s")) {
                    bool ok = false;
                    const int index = value.toInt(&ok);
                    if (!ok || index < 0 || index >= shared.size()) {
                        *error =
                            Text::tr("%1: a cell names shared text %2, which the workbook lacks")
                                .arg(where, value);
                        return false;
                    }
                    value = shared.at(index);
                } else if (type == QLatin1String("b")) {
                    value = value == QLatin1String("1") ? QStringLiteral("TRUE")
                                                        : QStringLiteral("FALSE");
                } else if (type.isEmpty() || type == QLatin1String("n")) {
                    if (value.endsWith(QLatin1String(".0")))
                        value.chop(2);
                }
                // An XLSForm's columns are few: cells far to the right are not read,
                // so a sheet of blank cells cannot fill memory.
                if (column < kMaxColumns && !value.isEmpty()) {
                    while (row.size() <= column)
                        row << QString();
                    row[column] = value;
                }
            } else if (r.name() == QLatin1String("row") && !row.isEmpty()) {
                if (rows->size() >= kMaxRows) {
                    *error = Text::tr("%1 has more than %2 rows, more than any form has")
                                 .arg(where)
                                 .arg(kMaxRows);
                    return false;
                }
                rows->push_back(row);
            }
        }
    }
    if (r.hasError()) {
        *error = xmlProblem(where, r);
        return false;
    }
    return true;
}

bool readWorkbook(const QByteArray& zip, Workbook* book, QString* error)
{
    ZipContainer archive;
    if (!archive.open(zip, error))
        return false;
    QByteArray workbook, rels, strings;
    if (!archive.read(QStringLiteral("xl/workbook.xml"), &workbook, error) ||
        !archive.read(QStringLiteral("xl/_rels/workbook.xml.rels"), &rels, error))
        return false;
    QStringList shared;
    if (archive.names().contains(QStringLiteral("xl/sharedStrings.xml")) &&
        (!archive.read(QStringLiteral("xl/sharedStrings.xml"), &strings, error) ||
         !readSharedStrings(strings, &shared, error)))
        return false;
    QHash<QString, QString> targets;
    QXmlStreamReader rr(rels);
    while (!rr.atEnd()) {
        rr.readNext();
        if (rr.isStartElement() && rr.name() == QLatin1String("Relationship")) {
            QString target = rr.attributes().value(QStringLiteral("Target")).toString();
            target = target.startsWith(QLatin1Char('/')) ? target.mid(1)
                                                         : QStringLiteral("xl/") + target;
            targets.insert(rr.attributes().value(QStringLiteral("Id")).toString(), target);
        }
    }
    if (rr.hasError()) {
        *error = xmlProblem(QStringLiteral("xl/_rels/workbook.xml.rels"), rr);
        return false;
    }
    QXmlStreamReader wr(workbook);
    while (!wr.atEnd()) {
        wr.readNext();
        if (!wr.isStartElement() || wr.name() != QLatin1String("sheet"))
            continue;
        const QString name =
            wr.attributes().value(QStringLiteral("name")).toString().trimmed().toLower();
        QString id;
        for (const auto& a : wr.attributes())
            if (a.name() == QLatin1String("id"))
                id = a.value().toString();
        const QString path = targets.value(id);
        if (path.isEmpty() ||
            (name != QLatin1String("survey") && name != QLatin1String("choices") &&
             name != QLatin1String("settings")))
            continue;
        QByteArray sheet;
        if (!archive.read(path, &sheet, error))
            return false;
        QVector<QStringList> rows;
        if (!readSheet(Text::tr("sheet '%1'").arg(name), sheet, shared, &rows, error))
            return false;
        // The first row that names anything is the header.
        int first = 0;
        while (first < rows.size() && rows[first].join(QString()).trimmed().isEmpty())
            ++first;
        QStringList header;
        for (const QString& h : rows.value(first))
            header << h.trimmed().toLower();
        book->headers.insert(name, header);
        QVector<Row>& out = book->sheets[name];
        for (int i = first + 1; i < rows.size(); ++i) {
            Row row;
            for (int c = 0; c < rows[i].size() && c < header.size(); ++c)
                if (!header[c].isEmpty())
                    row.insert(header[c], rows[i][c]);
            out.push_back(row);
        }
    }
    if (wr.hasError()) {
        *error = xmlProblem(QStringLiteral("xl/workbook.xml"), wr);
        return false;
    }
    return true;
}

// "label::English (en)" -> "English (en)"; "label" -> "".
QString languageOfColumn(const QString& column, const QString& field)
{
    if (column == field)
        return {};
    for (const QString& sep : {QStringLiteral("::"), QStringLiteral(":")})
        if (column.startsWith(field + sep))
            return column.mid(field.size() + sep.size()).trimmed();
    return QStringLiteral("\x01"); // not this field
}

// ---- XForm XML, read into a small tree ----

struct Node
{
    QString name; // local name
    QString prefix;
    QHash<QString, QString> attributes; // by qualified name and by local name
    QString text;
    QVector<Node> children;

    const Node* child(const QString& n) const
    {
        for (const Node& c : children)
            if (c.name == n)
                return &c;
        return nullptr;
    }
    QString allText() const
    {
        QString out = text;
        for (const Node& c : children)
            out += c.allText();
        return out;
    }
};

bool readTree(const QByteArray& xml, Node* root, QString* error)
{
    QXmlStreamReader r(xml);
    QVector<Node*> stack;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (stack.size() > 64) {
                *error = Text::tr("line %1: elements are nested too deeply").arg(r.lineNumber());
                return false;
            }
            Node n;
            n.name = r.name().toString();
            n.prefix = r.prefix().toString();
            for (const auto& a : r.attributes()) {
                n.attributes.insert(a.qualifiedName().toString(), a.value().toString());
                n.attributes.insert(a.name().toString(), a.value().toString());
            }
            if (stack.isEmpty()) {
                *root = n;
                stack.push_back(root);
            } else {
                stack.last()->children.push_back(n);
                stack.push_back(&stack.last()->children.last());
            }
        } else if (r.isEndElement()) {
            if (!stack.isEmpty())
                stack.pop_back();
        } else if (r.isCharacters() && !stack.isEmpty()) {
            stack.last()->text += r.text();
        }
    }
    if (r.hasError()) {
        *error = Text::tr("line %1, column %2: %3")
                     .arg(r.lineNumber())
                     .arg(r.columnNumber())
                     .arg(r.errorString());
        return false;
    }
    return true;
}

bool realText(const QString& v)
{
    const QString t = v.trimmed();
    return !t.isEmpty() && t != QLatin1String("-");
}

QString lastSegment(const QString& path)
{
    return path.section(QLatin1Char('/'), -1).trimmed();
}

} // namespace

bool readXlsForm(const QByteArray& zip, const QString& language, SourceSurvey* out, QString* error)
{
    Workbook book;
    if (!readWorkbook(zip, &book, error))
        return false;
    if (!book.sheets.contains(QStringLiteral("survey"))) {
        *error = Text::tr("the workbook has no sheet named 'survey', so it is not an XLSForm");
        return false;
    }
    const QStringList header = book.headers.value(QStringLiteral("survey"));
    if (!header.contains(QStringLiteral("type")) || !header.contains(QStringLiteral("name"))) {
        *error = Text::tr("sheet 'survey': the XLSForm columns 'type' and 'name' are missing");
        return false;
    }
    const Row settings = book.sheets.value(QStringLiteral("settings")).value(0);
    SourceSurvey s;
    s.family = QStringLiteral("xlsform");
    s.format = Text::tr("XLSForm workbook (.xlsx)");
    s.sourceId = settings.value(QStringLiteral("form_id"));
    s.title = plainText(settings.value(QStringLiteral("form_title")));
    // Languages from the label columns; the plain "label" is the default language.
    const QString defaultName = settings.value(QStringLiteral("default_language"));
    QStringList names; // column suffixes ("English (en)"), "" for the plain label
    for (const QString& h : header) {
        const QString l = languageOfColumn(h, QStringLiteral("label"));
        if (l != QStringLiteral("\x01") && !names.contains(l))
            names << l;
    }
    if (names.isEmpty()) {
        *error = Text::tr("sheet 'survey': there is no label column");
        return false;
    }
    auto codeOf = [&](const QString& name) {
        const QString c = languageCode(name.isEmpty() ? defaultName : name);
        return c.isEmpty() ? (name.isEmpty() ? QStringLiteral("und") : name.toLower()) : c;
    };
    // The default language first.
    std::stable_sort(names.begin(), names.end(), [&](const QString& a, const QString& b) {
        const bool da = a.isEmpty() || a.compare(defaultName, Qt::CaseInsensitive) == 0;
        const bool db = b.isEmpty() || b.compare(defaultName, Qt::CaseInsensitive) == 0;
        return da && !db;
    });
    QStringList codes;
    for (const QString& n : std::as_const(names))
        if (!codes.contains(codeOf(n)))
            codes << codeOf(n);
    if (!chooseLanguage(codes, language, &s.language, error))
        return false;
    s.languages = codes;
    QString suffix;
    for (const QString& n : std::as_const(names))
        if (codeOf(n) == s.language) {
            suffix = n;
            break;
        }
    auto labelOf = [&](const Row& row, const QString& field) {
        QString v =
            row.value(suffix.isEmpty() ? field : field + QStringLiteral("::") + suffix.toLower());
        if (v.isEmpty() && !suffix.isEmpty())
            v = row.value(field + QLatin1Char(':') + suffix.toLower());
        if (v.isEmpty())
            v = row.value(field);
        return plainText(v);
    };
    if (s.title.isEmpty())
        s.title.clear();
    // Choices by list.
    QHash<QString, QVector<SourceOption>> lists;
    for (const Row& row : book.sheets.value(QStringLiteral("choices"))) {
        QString list = row.value(QStringLiteral("list_name"));
        if (list.isEmpty())
            list = row.value(QStringLiteral("list name"));
        if (list.trimmed().isEmpty())
            continue;
        lists[list.trimmed()].push_back(
            {row.value(QStringLiteral("name")).trimmed(), labelOf(row, QStringLiteral("label"))});
    }
    QStringList groups; // the conditions of the groups a question is in
    int repeats = 0;
    for (const Row& row : book.sheets.value(QStringLiteral("survey"))) {
        const QStringList words = row.value(QStringLiteral("type"))
                                      .simplified()
                                      .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        QString type = words.first().toLower();
        type.replace(QLatin1String("begin_"), QLatin1String("begin "));
        if (type == QLatin1String("begin") && words.size() > 1)
            type += QLatin1Char(' ') + words.at(1).toLower();
        if (type == QLatin1String("end") && words.size() > 1)
            type += QLatin1Char(' ') + words.at(1).toLower();
        type.replace(QLatin1String("end_"), QLatin1String("end "));
        const QString relevant = row.value(QStringLiteral("relevant")).trimmed();
        if (type == QLatin1String("begin group") || type == QLatin1String("begin repeat")) {
            groups << relevant;
            repeats += type == QLatin1String("begin repeat");
            continue;
        }
        if (type == QLatin1String("end group") || type == QLatin1String("end repeat")) {
            if (!groups.isEmpty())
                groups.removeLast();
            repeats -= type == QLatin1String("end repeat") && repeats > 0;
            continue;
        }
        SourceQuestion q;
        q.code = row.value(QStringLiteral("name")).trimmed();
        q.type = row.value(QStringLiteral("type")).simplified();
        q.text = labelOf(row, QStringLiteral("label"));
        q.required = isTrue(row.value(QStringLiteral("required")));
        shapeFor(type, &q);
        if (q.shape == SourceShape::Choice || q.shape == SourceShape::MultiChoice) {
            const QString list = words.value(1);
            if (!lists.contains(list)) {
                q.shape = SourceShape::Unsupported;
                q.leftOut = Text::tr("its choice list '%1' is not on the choices sheet").arg(list);
            } else {
                q.options = lists.value(list);
                if (words.contains(QStringLiteral("or_other")))
                    q.options.push_back({QStringLiteral("other"), Text::tr("Other")});
            }
        } else if (q.shape == SourceShape::Scale) {
            readRange(row.value(QStringLiteral("parameters")), &q);
        }
        if (repeats > 0 && q.shape != SourceShape::Unsupported) {
            q.shape = SourceShape::Unsupported;
            q.leftOut = Text::tr("it is inside a repeat (a loop)");
        }
        QStringList conditions;
        for (const QString& g : std::as_const(groups))
            if (!g.isEmpty())
                conditions << g;
        setCondition(relevant, conditions, &q);
        if (!row.value(QStringLiteral("choice_filter")).trimmed().isEmpty())
            s.notes << Text::tr("%1: its choice filter is left out; every option is offered.")
                           .arg(q.code);
        s.questions.push_back(q);
    }
    if (s.questions.isEmpty()) {
        *error = Text::tr("sheet 'survey' has no questions");
        return false;
    }
    *out = s;
    return true;
}

bool readXForm(const QByteArray& xml, const QString& language, SourceSurvey* out, QString* error)
{
    Node root;
    if (!readTree(xml, &root, error))
        return false;
    const Node* head = root.child(QStringLiteral("head"));
    const Node* body = root.child(QStringLiteral("body"));
    const Node* model = head ? head->child(QStringLiteral("model")) : nullptr;
    if (root.name != QLatin1String("html") || !model || !body) {
        *error = Text::tr("not an XForm: it lacks the html, head, model or body element");
        return false;
    }
    SourceSurvey s;
    s.family = QStringLiteral("xlsform");
    s.format = Text::tr("XForm (ODK, KoboToolbox)");
    if (const Node* title = head->child(QStringLiteral("title")))
        s.title = plainText(title->allText());
    // Translations: itext id -> text, per language.
    QStringList codes;
    QHash<QString, QHash<QString, QString>> itext;
    QString defaultCode;
    QHash<QString, QString> binds; // nodeset -> relevant
    QHash<QString, QString> bindTypes, bindRequired, bindReadonly;
    QHash<QString, QVector<SourceOption>> instances; // secondary instance id -> items
    QHash<QString, QVector<QHash<QString, QString>>> instanceRows;
    bool primary = false;
    for (const Node& n : model->children) {
        if (n.name == QLatin1String("itext")) {
            for (const Node& t : n.children) {
                if (t.name != QLatin1String("translation"))
                    continue;
                const QString lang = t.attributes.value(QStringLiteral("lang"));
                QString code = languageCode(lang);
                if (code.isEmpty())
                    code = lang.toLower();
                if (isTrue(t.attributes.value(QStringLiteral("default"))))
                    defaultCode = code;
                if (!codes.contains(code))
                    codes << code;
                for (const Node& text : t.children) {
                    QString value;
                    for (const Node& v : text.children)
                        if (v.name == QLatin1String("value") && value.isEmpty() &&
                            !v.attributes.contains(QStringLiteral("form")))
                            value = v.allText();
                    itext[code].insert(text.attributes.value(QStringLiteral("id")), value);
                }
            }
        } else if (n.name == QLatin1String("bind")) {
            const QString nodeset = n.attributes.value(QStringLiteral("nodeset")).trimmed();
            binds.insert(nodeset, n.attributes.value(QStringLiteral("relevant")));
            bindTypes.insert(nodeset, n.attributes.value(QStringLiteral("type")));
            bindRequired.insert(nodeset, n.attributes.value(QStringLiteral("required")));
            bindReadonly.insert(nodeset, n.attributes.value(QStringLiteral("readonly")));
        } else if (n.name == QLatin1String("instance")) {
            const QString id = n.attributes.value(QStringLiteral("id"));
            if (id.isEmpty() && !primary && !n.children.isEmpty()) {
                primary = true;
                const Node& data = n.children.first();
                s.sourceId = data.attributes.value(QStringLiteral("id"));
            } else if (!id.isEmpty() && !n.children.isEmpty()) {
                for (const Node& item : n.children.first().children) {
                    QHash<QString, QString> row;
                    for (const Node& f : item.children)
                        row.insert(f.name, f.allText().trimmed());
                    instanceRows[id].push_back(row);
                }
            }
        }
    }
    if (defaultCode.isEmpty()) {
        // No language is marked the default: the one with the most texts is.
        qsizetype most = -1;
        for (const QString& code : std::as_const(codes)) {
            qsizetype n = 0;
            for (const QString& v : std::as_const(itext[code]))
                n += realText(v);
            if (n > most) {
                most = n;
                defaultCode = code;
            }
        }
    }
    if (!defaultCode.isEmpty()) {
        codes.removeAll(defaultCode);
        codes.prepend(defaultCode);
    }
    if (!codes.isEmpty()) {
        if (!chooseLanguage(codes, language, &s.language, error))
            return false;
        s.languages = codes;
    } else if (!language.isEmpty()) {
        *error = Text::tr("the form has one language only, so '%1' cannot be chosen").arg(language);
        return false;
    }
    // A text missing in the chosen language ("-" is what a translation
    // without it holds) is taken from the next language that has it.
    QHash<QString, QString> texts;
    QStringList order{s.language};
    for (const QString& code : std::as_const(codes))
        if (code != s.language)
            order << code;
    for (const QString& code : std::as_const(order)) {
        const QHash<QString, QString>& some = itext[code];
        for (auto it = some.constBegin(); it != some.constEnd(); ++it)
            if (!realText(texts.value(it.key())) && realText(it.value()))
                texts.insert(it.key(), it.value());
    }
    static const QRegularExpression itextRef(QStringLiteral("jr:itext\\(\\s*'([^']*)'\\s*\\)"));
    auto labelOf = [&](const Node& control) {
        const Node* label = control.child(QStringLiteral("label"));
        if (!label)
            return QString();
        const QString ref = label->attributes.value(QStringLiteral("ref"));
        if (const auto m = itextRef.match(ref); m.hasMatch())
            return plainText(texts.value(m.captured(1)));
        return plainText(label->allText());
    };
    int calculated = 0;
    std::function<void(const Node&, QStringList, bool)> walk = [&](const Node& parent,
                                                                   QStringList groups,
                                                                   bool inRepeat) {
        for (const Node& c : parent.children) {
            const QString ref = c.attributes.value(QStringLiteral("ref")).isEmpty()
                                    ? c.attributes.value(QStringLiteral("nodeset"))
                                    : c.attributes.value(QStringLiteral("ref"));
            if (c.name == QLatin1String("group") || c.name == QLatin1String("repeat")) {
                QStringList inner = groups;
                const QString rel = binds.value(ref.trimmed());
                if (!rel.trimmed().isEmpty())
                    inner << rel.trimmed();
                walk(c, inner, inRepeat || c.name == QLatin1String("repeat"));
                continue;
            }
            static const QStringList controls = {
                QStringLiteral("input"), QStringLiteral("select1"), QStringLiteral("select"),
                QStringLiteral("range"), QStringLiteral("upload"),  QStringLiteral("trigger"),
                QStringLiteral("rank")};
            if (!controls.contains(c.name))
                continue;
            SourceQuestion q;
            q.code = lastSegment(ref);
            const QString dataType = bindTypes.value(ref.trimmed()).section(QLatin1Char(':'), -1);
            q.type = dataType.isEmpty() ? c.name : c.name + QLatin1Char('/') + dataType;
            q.text = labelOf(c);
            q.required = isTrue(bindRequired.value(ref.trimmed()));
            if (c.name == QLatin1String("input") && isTrue(bindReadonly.value(ref.trimmed())))
                shapeFor(QStringLiteral("note"), &q); // what a form only shows
            else if (c.name == QLatin1String("input"))
                shapeFor(dataType.isEmpty() ? QStringLiteral("string") : dataType, &q);
            else
                shapeFor(c.name, &q);
            if (c.name == QLatin1String("range")) {
                readRange(QStringLiteral("start=%1 end=%2 step=%3")
                              .arg(c.attributes.value(QStringLiteral("start"), QStringLiteral("1")),
                                   c.attributes.value(QStringLiteral("end"), QStringLiteral("10")),
                                   c.attributes.value(QStringLiteral("step"), QStringLiteral("1"))),
                          &q);
            }
            if (q.shape == SourceShape::Choice || q.shape == SourceShape::MultiChoice) {
                for (const Node& item : c.children) {
                    if (item.name == QLatin1String("item")) {
                        const Node* value = item.child(QStringLiteral("value"));
                        q.options.push_back(
                            {value ? value->allText().trimmed() : QString(), labelOf(item)});
                    } else if (item.name == QLatin1String("itemset")) {
                        static const QRegularExpression instanceOf(
                            QStringLiteral("instance\\(\\s*'([^']*)'\\s*\\)"));
                        const QString id =
                            instanceOf.match(item.attributes.value(QStringLiteral("nodeset")))
                                .captured(1);
                        const Node* value = item.child(QStringLiteral("value"));
                        const Node* label = item.child(QStringLiteral("label"));
                        const QString valueField =
                            value ? value->attributes.value(QStringLiteral("ref"))
                                  : QStringLiteral("name");
                        const QString labelRef =
                            label ? label->attributes.value(QStringLiteral("ref"))
                                  : QStringLiteral("label");
                        for (const auto& row : instanceRows.value(id)) {
                            QString text;
                            if (labelRef.startsWith(QLatin1String("jr:itext")))
                                text = texts.value(row.value(QStringLiteral("itextId")));
                            else
                                text = row.value(labelRef);
                            q.options.push_back({row.value(valueField), plainText(text)});
                        }
                    }
                }
                if (q.options.isEmpty()) {
                    q.shape = SourceShape::Unsupported;
                    q.leftOut = Text::tr("a choice whose options CX Desk cannot find");
                }
            }
            if (inRepeat && q.shape != SourceShape::Unsupported) {
                q.shape = SourceShape::Unsupported;
                q.leftOut = Text::tr("it is inside a repeat (a loop)");
            }
            setCondition(binds.value(ref.trimmed()), groups, &q);
            s.questions.push_back(q);
        }
    };
    walk(*body, {}, false);
    for (auto it = bindTypes.constBegin(); it != bindTypes.constEnd(); ++it) {
        bool asked = false;
        for (const SourceQuestion& q : std::as_const(s.questions))
            asked |= q.code == lastSegment(it.key());
        calculated += !asked && !it.key().contains(QLatin1String("/meta/"));
    }
    if (calculated > 0)
        s.notes << Text::tr(
                       "%1 values the form computes or records are not questions and are left out.")
                       .arg(calculated);
    if (s.questions.isEmpty()) {
        *error = Text::tr("the form's body has no questions");
        return false;
    }
    *out = s;
    return true;
}

} // namespace cx
