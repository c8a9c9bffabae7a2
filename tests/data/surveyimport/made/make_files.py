#!/usr/bin/env python3
"""Writes the hand-made survey files of this folder (run it here to make them
again). Each shows one thing the survey import must handle; see ../README.md."""
import json, zipfile, io

# ---- Qualtrics: a café's feedback survey with NPS, display logic and a trash block ----
def choice(*labels):
    return {str(i + 1): {"Display": l} for i, l in enumerate(labels)}

def sq(qid, tag, qtype, selector, text, **extra):
    payload = {"QuestionText": text, "DataExportTag": tag, "QuestionType": qtype,
               "Selector": selector, "QuestionID": qid,
               "Validation": {"Settings": {"ForceResponse": "OFF", "Type": "None"}}}
    payload.update(extra)
    return {"SurveyID": "SV_cafe01", "Element": "SQ", "PrimaryAttribute": qid,
            "SecondaryAttribute": text[:40], "Payload": payload}

likert = ["Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"]
ease = ["Very difficult", "Difficult", "Somewhat difficult", "Neutral", "Somewhat easy", "Easy", "Very easy"]
elements = [
    {"SurveyID": "SV_cafe01", "Element": "BL", "PrimaryAttribute": "Survey Blocks", "Payload": [
        {"Type": "Default", "Description": "Visit", "ID": "BL_visit",
         "BlockElements": [{"Type": "Question", "QuestionID": "QID1"}, {"Type": "Question", "QuestionID": "QID2"},
                           {"Type": "Page Break"}, {"Type": "Question", "QuestionID": "QID3"}]},
        {"Type": "Trash", "Description": "Trash / Unused Questions", "ID": "BL_trash",
         "BlockElements": [{"Type": "Question", "QuestionID": "QID99"}]},
        {"Type": "Standard", "Description": "About you", "ID": "BL_about",
         "Options": {"Looping": "Question", "LoopingOptions": {"QID": "QID5"}},
         "BlockElements": [{"Type": "Question", "QuestionID": "QID4"}, {"Type": "Question", "QuestionID": "QID5"},
                           {"Type": "Question", "QuestionID": "QID6"}, {"Type": "Question", "QuestionID": "QID7"},
                           {"Type": "Question", "QuestionID": "QID8"}, {"Type": "Question", "QuestionID": "QID9"}]},
        {"Type": "Standard", "Description": "First", "ID": "BL_first",
         "BlockElements": [{"Type": "Question", "QuestionID": "QID10"}]}]},
    {"SurveyID": "SV_cafe01", "Element": "FL", "PrimaryAttribute": "Survey Flow", "Payload": {
        "Type": "Root", "FlowID": "FL_1", "Flow": [
            {"Type": "Block", "ID": "BL_first", "FlowID": "FL_4"},
            {"Type": "Standard", "ID": "BL_visit", "FlowID": "FL_2"},
            {"Type": "Branch", "FlowID": "FL_5", "Flow": [{"Type": "Block", "ID": "BL_about", "FlowID": "FL_3"}]}]}},
    {"SurveyID": "SV_cafe01", "Element": "SO", "PrimaryAttribute": "Survey Options",
     "Payload": {"AvailableLanguages": {"EN": [], "DE": []}}},
    sq("QID10", "visit", "MC", "SAVR", "Was this your <b>first</b> visit?", Choices=choice("Yes", "No"),
       ChoiceOrder=[1, 2]),
    sq("QID1", "nps", "MC", "NPS", "How likely are you to recommend us to a friend?",
       Choices={str(i): {"Display": str(i)} for i in range(11)}, ChoiceOrder=list(range(11)),
       Language={"DE": {"QuestionText": "Wie wahrscheinlich empfehlen Sie uns weiter?"}}),
    sq("QID2", "why_low", "TE", "ML", "What should we do better?",
       DisplayLogic={"0": {"0": {"LogicType": "Question", "QuestionID": "QID1", "QuestionIsInLoop": "no",
                                  "ChoiceLocator": "q://QID1/SelectableChoice/3", "Operator": "Selected",
                                  "QuestionIDFromLocator": "QID1", "LeftOperand": "q://QID1/SelectableChoice/3",
                                  "Type": "Expression", "Description": "If nps 3 Is Selected"}, "Type": "If"},
                     "Type": "BooleanExpression", "inPage": False}),
    sq("QID3", "satisfied", "MC", "SAVR", "Overall, how satisfied are you with your visit?",
       Choices=choice(*likert), ChoiceOrder=[1, 2, 3, 4, 5],
       Validation={"Settings": {"ForceResponse": "ON", "Type": "None"}},
       Language={"DE": {"QuestionText": "Wie zufrieden waren Sie insgesamt?",
                        "Choices": choice("Sehr unzufrieden", "Unzufrieden", "Neutral", "Zufrieden", "Sehr zufrieden")}}),
    sq("QID4", "ordering", "MC", "SAVR", "How easy was it to order?", Choices=choice(*ease),
       ChoiceOrder=[1, 2, 3, 4, 5, 6, 7]),
    sq("QID5", "items", "MC", "MAVR", "What did you have?", Choices=choice("Coffee", "Cake", "Sandwich"),
       ChoiceOrder=[1, 2, 3], RecodeValues={"1": "10", "2": "20", "3": "30"}),
    sq("QID6", "grid", "Matrix", "Likert", "Rate each of these", Choices=choice("Staff", "Speed")),
    sq("QID7", "cake_good", "MC", "SAVR", "Was the cake fresh?", Choices=choice("Yes", "No"), ChoiceOrder=[1, 2],
       DisplayLogic={"0": {"0": {"LogicType": "Question", "QuestionID": "QID5", "Operator": "Selected",
                                  "LeftOperand": "q://QID5/SelectableChoice/2", "Type": "Expression",
                                  "Description": "If items Cake Is Selected"}, "Type": "If"},
                     "Type": "BooleanExpression"}),
    sq("QID8", "both", "TE", "SL", "Anything else about coffee and cake?",
       DisplayLogic={"0": {"0": {"LogicType": "Question", "QuestionID": "QID5", "Operator": "Selected",
                                  "LeftOperand": "q://QID5/SelectableChoice/1", "Type": "Expression",
                                  "Description": "If items Coffee Is Selected"},
                            "1": {"LogicType": "Question", "QuestionID": "QID5", "Operator": "Selected",
                                  "LeftOperand": "q://QID5/SelectableChoice/2", "Type": "Expression",
                                  "Conjuction": "And", "Description": "And items Cake Is Selected"},
                            "Type": "If"}, "Type": "BooleanExpression"}),
    sq("QID9", "upload", "FileUpload", "FileUpload", "Upload a photo of your receipt"),
    sq("QID99", "old", "TE", "SL", "A question in the trash"),
]
qsf = {"SurveyEntry": {"SurveyID": "SV_cafe01", "SurveyName": "Café visit feedback", "SurveyDescription": None,
                       "SurveyOwnerID": "UR_x", "SurveyLanguage": "EN", "SurveyStatus": "Active"},
       "SurveyElements": elements}
with open("cafe_feedback.qsf", "w", encoding="utf-8") as f:
    json.dump(qsf, f, indent=1, ensure_ascii=False)

rows = [
    ["StartDate", "EndDate", "Status", "Progress", "Duration (in seconds)", "Finished", "RecordedDate", "ResponseId",
     "visit", "nps", "why_low", "satisfied", "ordering", "items", "cake_good", "both", "Q_extra"],
    ["Start Date", "End Date", "Response Type", "Progress", "Duration (in seconds)", "Finished", "Recorded Date",
     "Response ID", "Was this your first visit?", "How likely are you to recommend us to a friend?",
     "What should we do better?", "Overall, how satisfied are you with your visit?", "How easy was it to order?",
     "What did you have? - Selected Choice", "Was the cake fresh?", "Anything else about coffee and cake?", "Extra"],
    ['{"ImportId":"startDate","timeZone":"Europe/Berlin"}', '{"ImportId":"endDate","timeZone":"Europe/Berlin"}',
     '{"ImportId":"status"}', '{"ImportId":"progress"}', '{"ImportId":"duration"}', '{"ImportId":"finished"}',
     '{"ImportId":"recordedDate","timeZone":"Europe/Berlin"}', '{"ImportId":"_recordId"}', '{"ImportId":"QID10"}',
     '{"ImportId":"QID1"}', '{"ImportId":"QID2_TEXT"}', '{"ImportId":"QID3"}', '{"ImportId":"QID4"}',
     '{"ImportId":"QID5"}', '{"ImportId":"QID7"}', '{"ImportId":"QID8_TEXT"}', '{"ImportId":"QID11"}'],
    ["2026-03-02 09:10:00", "2026-03-02 09:12:30", "IP Address", "100", "150", "True", "2026-03-02 09:12:31",
     "R_aaa111", "Yes", "3", "Quicker service, please", "Dissatisfied", "Easy", "Coffee,Cake", "No", "", "x"],
    ["2026-03-03 14:00:00", "2026-03-03 14:01:00", "IP Address", "100", "60", "True", "2026-03-03 14:01:02",
     "R_bbb222", "No", "10", "", "Very satisfied", "Very easy", "Coffee", "", "Lovely", ""],
    ["2026-03-04 08:00:00", "2026-03-04 08:00:40", "IP Address", "40", "40", "False", "2026-03-05 08:00:41",
     "R_ccc333", "Yes", "7", "", "", "", "", "", "", ""],
    ["2026-03-04 10:00:00", "2026-03-04 10:02:00", "Survey Preview", "100", "120", "True", "2026-03-04 10:02:01",
     "R_ddd444", "No", "9", "", "Satisfied", "Neutral", "Sandwich", "", "", ""],
]
import csv
with open("cafe_feedback_responses.csv", "w", encoding="utf-8", newline="") as f:
    csv.writer(f).writerows(rows)

# ---- LimeSurvey 3 layout: a repair shop's survey, as an archive with responses ----
def lss_table(name, fields, rows):
    out = ["<%s>" % name, " <fields>"] + ["  <fieldname>%s</fieldname>" % f for f in fields] + [" </fields>", " <rows>"]
    for r in rows:
        out.append("  <row>" + "".join("<%s><![CDATA[%s]]></%s>" % (f, r[f], f) for f in fields if f in r) + "</row>")
    out += [" </rows>", "</%s>" % name]
    return "\n".join(out)

sid = "734512"
questions = [
    # qid, gid, type, title, question, mandatory, order, relevance
    ("11", "1", "Y", "fixed", "Was your device fixed on the first visit?", "Y", 1, "1"),
    ("12", "1", "L", "recommend", "How likely are you to recommend <em>Fix&amp;Go</em>?", "N", 2, "1"),
    ("13", "1", "T", "improve", "<p>What could we improve?</p>", "N", 3, '((recommend.NAOK <= 6))'),
    ("14", "1", "5", "friendly", "How friendly was the staff?", "N", 4, '((fixed.NAOK == "Y"))'),
    ("15", "2", "M", "devices", "Which devices did you bring?", "N", 1, "1"),
    ("16", "2", "S", "laptop_note", "What was wrong with the laptop?", "N", 2, '((devices_SQ002.NAOK == "Y"))'),
    ("17", "2", "L", "waited", "How long did you wait?", "N", 3, '((fixed.NAOK == "N" and recommend.NAOK < 5))'),
    ("18", "2", "F", "grid", "Rate our service", "N", 4, "1"),
    ("19", "2", "S", "early", "Anything before we ask about the devices?", "N", 5, '((later.NAOK == "A1"))'),
    ("20", "2", "L", "later", "Would you come back?", "N", 6, "1"),
]
qrows = [{"qid": q[0], "parent_qid": "0", "sid": sid, "gid": q[1], "type": q[2], "title": q[3], "question": q[4],
          "other": "N", "mandatory": q[5], "question_order": q[6], "language": "en", "scale_id": "0",
          "same_default": "0", "relevance": q[7]} for q in questions]
subs = [{"qid": "151", "parent_qid": "15", "sid": sid, "gid": "2", "type": "T", "title": "SQ001", "question": "Phone",
         "question_order": 1, "language": "en", "scale_id": "0", "relevance": "1"},
        {"qid": "152", "parent_qid": "15", "sid": sid, "gid": "2", "type": "T", "title": "SQ002", "question": "Laptop",
         "question_order": 2, "language": "en", "scale_id": "0", "relevance": "1"},
        {"qid": "181", "parent_qid": "18", "sid": sid, "gid": "2", "type": "T", "title": "SQ001", "question": "Speed",
         "question_order": 1, "language": "en", "scale_id": "0", "relevance": "1"}]
answers = [{"qid": "12", "code": "A%d" % i, "answer": str(i), "sortorder": i + 1, "language": "en", "scale_id": "0",
            "assessment_value": "0"} for i in range(11)]
answers += [{"qid": "17", "code": c, "answer": a, "sortorder": n, "language": "en", "scale_id": "0",
             "assessment_value": "0"} for n, (c, a) in enumerate([("W1", "Under 10 minutes"), ("W2", "10 to 30 minutes"),
                                                                  ("W3", "Longer")])]
answers += [{"qid": "20", "code": c, "answer": a, "sortorder": n, "language": "en", "scale_id": "0",
             "assessment_value": "0"} for n, (c, a) in enumerate([("A1", "Surely"), ("A2", "Maybe"), ("A3", "No")])]
answers += [{"qid": "18", "code": "1", "answer": "Good", "sortorder": 1, "language": "en", "scale_id": "0",
             "assessment_value": "0"}]
lss = "\n".join([
    '<?xml version="1.0" encoding="UTF-8"?>', "<document>", " <LimeSurveyDocType>Survey</LimeSurveyDocType>",
    " <DBVersion>359</DBVersion>", " <languages>", "  <language>en</language>", " </languages>",
    lss_table("answers", ["qid", "code", "answer", "sortorder", "assessment_value", "language", "scale_id"], answers),
    lss_table("groups", ["gid", "sid", "group_name", "group_order", "description", "language", "randomization_group",
                         "grelevance"],
              [{"gid": "1", "sid": sid, "group_name": "Your repair", "group_order": 0, "description": "",
                "language": "en", "randomization_group": "", "grelevance": ""},
               {"gid": "2", "sid": sid, "group_name": "Your devices", "group_order": 1, "description": "",
                "language": "en", "randomization_group": "", "grelevance": ""}]),
    lss_table("questions", ["qid", "parent_qid", "sid", "gid", "type", "title", "question", "other", "mandatory",
                            "question_order", "language", "scale_id", "same_default", "relevance"], qrows),
    lss_table("subquestions", ["qid", "parent_qid", "sid", "gid", "type", "title", "question", "question_order",
                               "language", "scale_id", "relevance"], subs),
    lss_table("quota", ["id", "sid", "name", "qlimit", "action", "active"],
              [{"id": "1", "sid": sid, "name": "Fifty phones", "qlimit": "50", "action": "1", "active": "1"}]),
    lss_table("surveys", ["sid", "admin", "language", "additional_languages", "active"],
              [{"sid": sid, "admin": "Owner", "language": "en", "additional_languages": "", "active": "Y"}]),
    lss_table("surveys_languagesettings", ["surveyls_survey_id", "surveyls_language", "surveyls_title",
                                           "surveyls_description", "surveyls_endtext"],
              [{"surveyls_survey_id": sid, "surveyls_language": "en", "surveyls_title": "Fix&amp;Go repair survey",
                "surveyls_description": "<p>Two minutes about your repair.</p>",
                "surveyls_endtext": "<p>Thank you! See you soon.</p>"}]),
    "</document>", ""])
col = lambda gid, qid, suffix="": "%sX%sX%s%s" % (sid, gid, qid, suffix)
rfields = ["id", "submitdate", "lastpage", "startlanguage", col(1, 11), col(1, 12), col(1, 13), col(1, 14),
           col(2, 15, "SQ001"), col(2, 15, "SQ002"), col(2, 16), col(2, 17), col(2, 20)]
def rrow(values):
    return "  <row>" + "".join("<_%s><![CDATA[%s]]></_%s>" % (f, v, f) if f[0].isdigit() else "<%s><![CDATA[%s]]></%s>" % (f, v, f)
                               for f, v in zip(rfields, values) if v is not None) + "</row>"
lsr = "\n".join([
    '<?xml version="1.0" encoding="UTF-8"?>', "<document>", " <LimeSurveyDocType>Responses</LimeSurveyDocType>",
    " <DBVersion>359</DBVersion>", " <languages><language>en</language></languages>", " <responses>", "  <fields>"]
    + ["   <fieldname>%s</fieldname>" % f for f in rfields] + ["  </fields>", "  <rows>",
    rrow(["1", "2026-02-10 16:45:12", "2", "en", "Y", "A9", "", "5", "Y", "", "", "", "A1"]),
    rrow(["2", "2026-02-11 10:05:00", "2", "en", "N", "A3", "Too slow", None, "", "Y", "Battery", "W3", "A3"]),
    rrow(["3", None, "1", "en", "Y", "A8", None, None, None, None, None, None, None]),
    rrow(["4", "2026-02-12 12:00:00", "2", "en", "Y", "A10", "", "9", "", "", "", "", "A2"]),
    "  </rows>", " </responses>", "</document>", ""])
with open("repair_shop.lss", "w", encoding="utf-8") as f:
    f.write(lss)
with zipfile.ZipFile("repair_shop.lsa", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("survey_archive_%s.lss" % sid, lss)
    z.writestr("survey_archive_%s_responses.lsr" % sid, lsr)
with open("repair_shop_responses.lsr", "w", encoding="utf-8") as f:
    f.write(lsr)
# The same archive, cut short as a broken download would leave it.
data = open("repair_shop.lsa", "rb").read()
with open("corrupt.lsa", "wb") as f:
    f.write(data[: len(data) * 2 // 3])

# Duplicate codes: two questions called "q1".
dup = lss.replace("<title><![CDATA[improve]]></title>", "<title><![CDATA[recommend]]></title>")
with open("duplicate_codes.lss", "w", encoding="utf-8") as f:
    f.write(dup)

# ---- XLSForm: a clinic's follow-up form, in English and German ----
def cell(ref, value):
    if value is None or value == "":
        return ""
    if isinstance(value, (int, float)):
        return '<c r="%s"><v>%s</v></c>' % (ref, value)
    esc = str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return '<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, esc)

def sheet(rows):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for i, r in enumerate(rows):
        out.append('<row r="%d">' % (i + 1) + "".join(cell("%s%d" % (chr(65 + j), i + 1), v) for j, v in enumerate(r)) + "</row>")
    out.append("</sheetData></worksheet>")
    return "".join(out)

def xlsx(path, sheets, shared_first=False, corrupt=False):
    names = list(sheets)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   + "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1) for i in range(len(names)))
                   + "</Types>")
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                   + "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (n, i + 1, i + 1) for i, n in enumerate(names)) + "</sheets></workbook>")
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   + "".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1) for i in range(len(names))) + "</Relationships>")
        for i, n in enumerate(names):
            z.writestr("xl/worksheets/sheet%d.xml" % (i + 1), sheet(sheets[n]))
    data = buf.getvalue()
    if corrupt:  # damage the compressed bytes of the first sheet: its checksum no longer matches
        at = data.find(b"xl/worksheets/sheet1.xml") + 60
        data = data[:at] + bytes(b ^ 0x5A for b in data[at:at + 40]) + data[at + 40:]
    open(path, "wb").write(data)

survey = [
    ["type", "name", "label::English (en)", "label::Deutsch (de)", "required", "relevant", "parameters"],
    ["start", "start", "", "", "", "", ""],
    ["select_one yn", "seen_on_time", "Were you seen on time?", "Wurden Sie pünktlich aufgerufen?", "yes", "", ""],
    ["range", "recommend", "How likely are you to recommend the clinic?", "Wie wahrscheinlich empfehlen Sie die Praxis weiter?", "true", "", "start=0 end=10 step=1"],
    ["text", "wait_reason", "What kept you waiting?", "Warum mussten Sie warten?", "", "${seen_on_time} = 'no'", ""],
    ["select_multiple topics", "topics", "What was your visit about?", "Worum ging es bei Ihrem Besuch?", "", "", ""],
    ["text", "vaccine_note", "Any reaction to the vaccine?", "Reaktion auf die Impfung?", "", "selected(${topics}, 'vaccine')", ""],
    ["select_one stars", "reception", "How satisfied were you with the reception desk?", "Wie zufrieden waren Sie mit dem Empfang?", "", "${recommend} <= 6", ""],
    ["text", "both", "Tell us more", "Erzählen Sie mehr", "", "${seen_on_time} = 'no' and ${recommend} < 5", ""],
    ["text", "early", "Before we ask about the doctor", "Bevor wir nach der Ärztin fragen", "", "${doctor} = 'yes'", ""],
    ["select_one yn", "doctor", "Did the doctor explain things clearly?", "Hat die Ärztin alles verständlich erklärt?", "", "", ""],
    ["begin repeat", "children", "Children seen", "Behandelte Kinder", "", "", ""],
    ["text", "child_name", "Name of the child", "Name des Kindes", "", "", ""],
    ["end repeat", "", "", "", "", "", ""],
    ["note", "bye", "Thank you", "Danke", "", "", ""],
    ["geopoint", "where", "Where are you?", "Wo sind Sie?", "", "", ""],
]
choices = [
    ["list_name", "name", "label::English (en)", "label::Deutsch (de)"],
    ["yn", "yes", "Yes", "Ja"], ["yn", "no", "No", "Nein"],
    ["topics", "checkup", "Check-up", "Vorsorge"], ["topics", "vaccine", "Vaccination", "Impfung"],
    ["topics", "other", "Something else", "Etwas anderes"],
] + [["stars", str(i), str(i), str(i)] for i in range(1, 6)]
settings = [["form_title", "form_id", "version", "default_language"],
            ["Clinic follow-up", "clinic_followup", "2026030101", "English (en)"]]
xlsx("clinic_followup.xlsx", {"survey": survey, "choices": choices, "settings": settings})
xlsx("corrupt.xlsx", {"survey": survey, "choices": choices, "settings": settings}, corrupt=True)

# ---- XForm: no title, and a Latin-1 file that says so in its declaration ----
xform = '''<?xml version="1.0" encoding="%s"?>
<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml" xmlns:jr="http://openrosa.org/javarosa">
  <h:head>
    <h:title>%s</h:title>
    <model>
      <instance>
        <data id="%s" version="1">
          <taste/>
          <comment/>
          <meta><instanceID/></meta>
        </data>
      </instance>
      <bind nodeset="/data/taste" type="select1" required="true()"/>
      <bind nodeset="/data/comment" type="string" relevant=" /data/taste  = 'bad'"/>
      <bind nodeset="/data/meta/instanceID" type="string" readonly="true()" jr:preload="uid"/>
    </model>
  </h:head>
  <h:body>
    <select1 ref="/data/taste">
      <label>%s</label>
      <item><label>%s</label><value>good</value></item>
      <item><label>Pas terrible</label><value>bad</value></item>
    </select1>
    <input ref="/data/comment"><label>Que pouvons-nous améliorer ?</label></input>
  </h:body>
</h:html>
'''
with open("latin1.xml", "wb") as f:
    f.write((xform % ("ISO-8859-1", "Café crème", "creme", "Comment était le café crème ?", "Très bon")).encode("latin-1"))
with open("empty_title.xml", "wb") as f:
    f.write((xform % ("UTF-8", "", "no_title", "How was it?", "Good")).encode("utf-8"))
with open("not_a_survey.txt", "w") as f:
    f.write("Shopping list: milk, coffee beans, napkins\n")
