<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>PaperFormText</name>
    <message>
        <source>Tick one</source>
        <translation>Eines ankreuzen</translation>
    </message>
    <message>
        <source>Tick all that apply</source>
        <translation>Alles Zutreffende ankreuzen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Form number</source>
        <translation>Formularnummer</translation>
    </message>
    <message>
        <source>Please tick one box per line with a clear cross, or write in the lines.</source>
        <translation>Bitte pro Zeile ein Kästchen deutlich ankreuzen oder auf die Linien schreiben.</translation>
    </message>
    <message>
        <source>%1 or less</source>
        <translation>%1 oder weniger</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 oder mehr</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>weniger als %1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>nicht %1</translation>
    </message>
    <message>
        <source>Answer only if your answer to question %1 is %2.</source>
        <translation>Nur beantworten, wenn Ihre Antwort auf Frage %1 %2 ist.</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>Thank you! Please hand this card to a member of staff.</source>
        <translation>Vielen Dank! Bitte geben Sie diese Karte einer Mitarbeiterin oder einem Mitarbeiter.</translation>
    </message>
    <message>
        <source>Would you like us to get back to you? Your email or phone (optional):</source>
        <translation>Möchten Sie, dass wir uns bei Ihnen melden? Ihre E-Mail oder Telefonnummer (freiwillig):</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: the forms could not be drawn</source>
        <translation>„%1“ kann nicht geschrieben werden: Die Formulare konnten nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was saved, but its form numbers could not be kept (%2): the next batch may start at a number printed now</source>
        <translation>„%1“ wurde gespeichert, aber seine Formularnummern konnten nicht festgehalten werden (%2): Der nächste Stapel beginnt womöglich mit einer jetzt gedruckten Nummer</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>CX Desk</source>
        <translation>CX Desk</translation>
    </message>
    <message>
        <source>The database could not be opened.

%1</source>
        <translation>Die Datenbank konnte nicht geöffnet werden.

%1</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>%1%2 on the previous period</source>
        <translation>%1%2 gegenüber dem Vorzeitraum</translation>
    </message>
    <message>
        <source>Customer experience report</source>
        <translation>Bericht zur Kundenerfahrung</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Kennzahlen im Überblick</translation>
    </message>
    <message>
        <source>Each figure is compared with the %1 days just before (%2).</source>
        <translation>Jede Kennzahl wird mit den %1 Tagen direkt davor verglichen (%2).</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>± %1 (95 %), %2 answers: %3 promoters, %4 passives, %5 detractors</source>
        <translation>± %1 (95 %), %2 Antworten: %3 Promotoren, %4 Passive, %5 Kritiker</translation>
    </message>
    <message>
        <source>no NPS answers</source>
        <translation>keine NPS-Antworten</translation>
    </message>
    <message>
        <source>Customer satisfaction (CSAT)</source>
        <translation>Kundenzufriedenheit (CSAT)</translation>
    </message>
    <message>
        <source>%1 answers, share of 4 and 5</source>
        <translation>%1 Antworten, Anteil der 4 und 5</translation>
    </message>
    <message>
        <source>Customer effort (CES)</source>
        <translation>Kundenaufwand (CES)</translation>
    </message>
    <message>
        <source>%1 answers, 1–7, higher is easier</source>
        <translation>%1 Antworten, 1–7, höher ist leichter</translation>
    </message>
    <message>
        <source>Average resolution time</source>
        <translation>Durchschnittliche Lösungszeit</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>%1 resolved interactions</source>
        <translation>%1 gelöste Kontakte</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Abwanderung</translation>
    </message>
    <message>
        <source>%1 of %2 customers left</source>
        <translation>%1 von %2 Kunden gingen</translation>
    </message>
    <message>
        <source>Conversion of leads</source>
        <translation>Umwandlung von Interessenten</translation>
    </message>
    <message>
        <source>%1 of %2 leads became customers</source>
        <translation>%1 von %2 Interessenten wurden Kunden</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Neue Kunden</translation>
    </message>
    <message>
        <source>%1 new, against the customers at the start</source>
        <translation>%1 neu, im Verhältnis zu den Kunden am Anfang</translation>
    </message>
    <message>
        <source>Perception gap</source>
        <translation>Wahrnehmungslücke</translation>
    </message>
    <message>
        <source>the team&apos;s rating minus the customer&apos;s, %1 interactions</source>
        <translation>Bewertung des Teams minus der des Kunden, %1 Kontakte</translation>
    </message>
    <message>
        <source>Net Promoter Score by month, last twelve months</source>
        <translation>Net Promoter Score nach Monat, letzte zwölf Monate</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>NPS-Antworten</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>No answers or interactions in the period.</source>
        <translation>Keine Antworten oder Kontakte im Zeitraum.</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Nach Kanal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>By touchpoint</source>
        <translation>Nach Kontaktpunkt</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Kontaktpunkt</translation>
    </message>
    <message>
        <source>How the team rates each touchpoint against how its customers rate it (1–5). A positive gap means the team thinks better of it than customers do.</source>
        <translation>Wie das Team jeden Kontaktpunkt bewertet und wie seine Kunden ihn bewerten (1–5). Eine positive Lücke heißt: Das Team denkt besser darüber als die Kunden.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>No interaction was rated by both sides in the period.</source>
        <translation>Kein Kontakt wurde im Zeitraum von beiden Seiten bewertet.</translation>
    </message>
    <message>
        <source>Weakest touchpoints</source>
        <translation>Schwächste Kontaktpunkte</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Kundenreise</translation>
    </message>
    <message>
        <source>Customer score</source>
        <translation>Kundenbewertung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>No touchpoint was rated by customers in the period.</source>
        <translation>Kein Kontaktpunkt wurde im Zeitraum von Kunden bewertet.</translation>
    </message>
    <message>
        <source>What detractors write about</source>
        <translation>Worüber Kritiker schreiben</translation>
    </message>
    <message>
        <source>%1 written answers in the period: %2 positive, %3 neutral, %4 negative.</source>
        <translation>%1 schriftliche Antworten im Zeitraum: %2 positiv, %3 neutral, %4 negativ.</translation>
    </message>
    <message>
        <source>Detractors mention</source>
        <translation>Kritiker nennen</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Promoters mention</source>
        <translation>Promotoren nennen</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Nachfass-Aktionen</translation>
    </message>
    <message>
        <source>%1 open, %2 of them overdue on %3.</source>
        <translation>%1 offen, davon %2 überfällig am %3.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>in the period</source>
        <translation>im Zeitraum</translation>
    </message>
    <message>
        <source>Responses by month</source>
        <translation>Antworten nach Monat</translation>
    </message>
    <message>
        <source>responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 Antworten</translation>
    </message>
    <message>
        <source> · NPS %1 ± %2</source>
        <translation> · NPS %1 ± %2</translation>
    </message>
    <message>
        <source> · CSAT %1 %</source>
        <translation> · CSAT %1 %</translation>
    </message>
    <message>
        <source> · mean %1</source>
        <translation> · Mittelwert %1</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Written answers</source>
        <translation>Schriftliche Antworten</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>%1 written answers: %2 positive, %3 neutral, %4 negative. Promoters mention %5. Detractors mention %6.</source>
        <translation>%1 schriftliche Antworten: %2 positiv, %3 neutral, %4 negativ. Promotoren nennen %5. Kritiker nennen %6.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>there is no journey %1</source>
        <translation>es gibt keine Kundenreise %1</translation>
    </message>
    <message>
        <source>Persona: %1.</source>
        <translation>Persona: %1.</translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation>Ziele: %1</translation>
    </message>
    <message>
        <source>Frustrations: %1</source>
        <translation>Frustrationen: %1</translation>
    </message>
    <message>
        <source>Journey score</source>
        <translation>Kundenreisen-Bewertung</translation>
    </message>
    <message>
        <source>mean customer rating, 1–5</source>
        <translation>mittlere Kundenbewertung, 1–5</translation>
    </message>
    <message>
        <source>by customers in the period</source>
        <translation>von Kunden im Zeitraum</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Schmerzpunkte</translation>
    </message>
    <message>
        <source>of %1 touchpoints</source>
        <translation>von %1 Kontaktpunkten</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Kontaktpunkte</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Red rows are pain points: below target, or among the journey&apos;s lowest quarter.</source>
        <translation>Rote Zeilen sind Schmerzpunkte: unter dem Ziel oder im schwächsten Viertel der Kundenreise.</translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation>es gibt keinen Kunden %1</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>Kundenprofil</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Erster Kontakt</translation>
    </message>
    <message>
        <source>Became a customer</source>
        <translation>Kunde geworden</translation>
    </message>
    <message>
        <source>not yet (a lead)</source>
        <translation>noch nicht (Interessent)</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gegangen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Their NPS answers over time</source>
        <translation>Ihre NPS-Antworten im Zeitverlauf</translation>
    </message>
    <message>
        <source>0–10</source>
        <translation>0–10</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Noch nichts erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>too few answers (%n) to judge a change</source>
        <translation>
            <numerusform>zu wenige Antworten (%n), um eine Veränderung zu beurteilen</numerusform>
            <numerusform>zu wenige Antworten (%n), um eine Veränderung zu beurteilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%2 vs %3</source>
        <extracomment>%1 the sign, %2 the change, %3 the period compared with (&quot;October 2026&quot;).</extracomment>
        <translation>%1%2 gegenüber %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer Eintrag</numerusform>
            <numerusform>… und %n weitere Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Each figure is compared with the month before, %1.</source>
        <translation>Jede Kennzahl wird mit dem Vormonat verglichen (%1).</translation>
    </message>
    <message>
        <source>Each figure is compared with the quarter before, %1.</source>
        <translation>Jede Kennzahl wird mit dem Vorquartal verglichen (%1).</translation>
    </message>
    <message>
        <source>Each figure is compared with the year before, %1.</source>
        <translation>Jede Kennzahl wird mit dem Vorjahr verglichen (%1).</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>gesamter Zeitraum</translation>
    </message>
    <message>
        <source>CX summary %1</source>
        <extracomment>The file name of a summary report; %1 the period (&quot;2026-11&quot;).</extracomment>
        <translation>CX-Zusammenfassung %1</translation>
    </message>
</context>
<context>
    <name>ReportWriterText</name>
    <message>
        <source>No data in the period</source>
        <translation>Keine Daten im Zeitraum</translation>
    </message>
    <message>
        <source>Printed %1 with CX Desk</source>
        <translation>Gedruckt am %1 mit CX Desk</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>cannot start painting the report</source>
        <translation>der Bericht kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>cannot start page %1</source>
        <translation>Seite %1 kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cx::ActionDialog</name>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Zuständig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Add a note: what happened, what is next…</source>
        <translation>Notiz hinzufügen: was geschah, was als Nächstes kommt…</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Geschrieben von</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>Notiz &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Each change is saved when you leave the field; Ctrl+Z in the window undoes it.</source>
        <translation>Jede Änderung wird beim Verlassen des Feldes gespeichert; Strg+Z im Fenster macht sie rückgängig.</translation>
    </message>
    <message>
        <source>This follow-up is no longer in the database.</source>
        <translation>Dieser Vorgang ist nicht mehr in der Datenbank.</translation>
    </message>
    <message>
        <source>This follow-up was deleted in another window or program.</source>
        <translation>Dieser Vorgang wurde in einem anderen Fenster oder Programm gelöscht.</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Nachfassen: %1</translation>
    </message>
    <message>
        <source>a response to “%1”</source>
        <translation>einer Antwort auf „%1“</translation>
    </message>
    <message>
        <source>an interaction (%1) of %2</source>
        <translation>einer Interaktion (%1) vom %2</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>%1, after %2</source>
        <translation>%1, nach %2</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Kein Kunde</translation>
    </message>
    <message>
        <source>Open %1’s profile</source>
        <translation>Profil von %1 öffnen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
    <message>
        <source>A follow-up needs a title: it is what the list shows.</source>
        <translation>Ein Vorgang braucht einen Titel: Ihn zeigt die Liste.</translation>
    </message>
    <message>
        <source>rename follow-up</source>
        <translation>Vorgang umbenennen</translation>
    </message>
    <message>
        <source>change follow-up customer</source>
        <translation>Kunde des Vorgangs ändern</translation>
    </message>
    <message>
        <source>change due date</source>
        <translation>Fälligkeit ändern</translation>
    </message>
    <message>
        <source>change owner</source>
        <translation>Zuständige(n) ändern</translation>
    </message>
    <message>
        <source>mark action done</source>
        <translation>Vorgang als erledigt markieren</translation>
    </message>
    <message>
        <source>reopen action</source>
        <translation>Vorgang wieder öffnen</translation>
    </message>
    <message>
        <source>change what was done</source>
        <translation>Ändern, was getan wurde</translation>
    </message>
    <message>
        <source>The change was not saved: %1.</source>
        <translation>Die Änderung wurde nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>the follow-up “%1”</source>
        <translation>der Vorgang „%1“</translation>
    </message>
    <message>
        <source>Reloaded: this is the follow-up as it was saved elsewhere.</source>
        <translation>Neu geladen: So wurde der Vorgang anderswo gespeichert.</translation>
    </message>
    <message>
        <source>Not saved yet: %1.</source>
        <translation>Noch nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>The note was not added: %1.</source>
        <translation>Die Notiz wurde nicht hinzugefügt: %1.</translation>
    </message>
</context>
<context>
    <name>cx::ActionsModel</name>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <source>Overdue: it was due %1 and is still open.</source>
        <translation>Überfällig: fällig am %1 und noch offen.</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>cx::ActionsPage</name>
    <message>
        <source>Follow-up actions</source>
        <translation>Nachfass-Aktionen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>Erledigt…</translation>
    </message>
    <message>
        <source>Close the selected action with a note (Ctrl+D)</source>
        <translation>Die gewählte Aktion mit einer Notiz abschließen (Strg+D)</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Select an action first.</source>
        <translation>Bitte zuerst eine Aktion wählen.</translation>
    </message>
    <message>
        <source>What was done? (kept with the action)</source>
        <translation>Was wurde getan? (wird bei der Aktion gespeichert)</translation>
    </message>
    <message>
        <source>The actions could not be read: %1</source>
        <translation>Die Aktionen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Soonest due first · scroll for more</source>
        <translation>Früheste Fälligkeit zuerst · für mehr scrollen</translation>
    </message>
    <message>
        <source>“%1” is done already.</source>
        <translation>„%1“ ist schon erledigt.</translation>
    </message>
    <message>
        <source>the follow-up “%1”</source>
        <translation>die Nachfass-Aktion „%1“</translation>
    </message>
    <message>
        <source>The action was not marked done: %1.</source>
        <translation>Die Aktion wurde nicht als erledigt markiert: %1.</translation>
    </message>
    <message>
        <source>Search titles, customers&apos; names and numbers</source>
        <translation>Titel, Kundennamen und -nummern durchsuchen</translation>
    </message>
    <message>
        <source>Due today or overdue</source>
        <translation>Heute fällig oder überfällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>Jeder Kunde</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Kontaktpunkt</translation>
    </message>
    <message>
        <source>New follow-up…</source>
        <translation>Neuer Vorgang…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Strg+N</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open the selected action (Enter or double-click)</source>
        <translation>Den gewählten Vorgang öffnen (Eingabe oder Doppelklick)</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle Zuständigen</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <source>Any touchpoint</source>
        <translation>Jeder Kontaktpunkt</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Neuer Vorgang</translation>
    </message>
    <message>
        <source>The follow-up was not added: %1.</source>
        <translation>Der Vorgang wurde nicht hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>Every follow-up due today or overdue, whenever it was opened</source>
        <translation>Alle heute fälligen oder überfälligen Vorgänge, wann immer sie eröffnet wurden</translation>
    </message>
    <message>
        <source>Every overdue follow-up, whenever it was opened</source>
        <translation>Alle überfälligen Vorgänge, wann immer sie eröffnet wurden</translation>
    </message>
    <message>
        <source>Follow-ups opened from %1 to %2</source>
        <translation>Vorgänge, eröffnet vom %1 bis %2</translation>
    </message>
    <message>
        <source>Follow-ups opened up to %1</source>
        <translation>Vorgänge, eröffnet bis %1</translation>
    </message>
    <message>
        <source>Latest due first · scroll for more</source>
        <translation>Späteste Fälligkeit zuerst · für mehr blättern</translation>
    </message>
    <message>
        <source>New &amp;follow-up…</source>
        <translation>Neuer &amp;Vorgang…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln Aktion</numerusform>
            <numerusform>%Ln Aktionen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::ConflictPrompt</name>
    <message>
        <source>Reload shows their version (what you typed here is dropped); Save mine writes yours over it; Keep editing saves nothing yet.</source>
        <translation>„Neu laden“ zeigt die andere Fassung (was Sie hier eingegeben haben, wird verworfen); „Meine speichern“ schreibt Ihre darüber; „Weiter bearbeiten“ speichert noch nichts.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Save mine</source>
        <translation>Meine speichern</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Reload shows their version (what you typed here is dropped); Save mine writes what you changed on top of their version; Keep editing saves nothing yet.</source>
        <translation>„Neu laden“ zeigt die andere Fassung (was Sie hier eingegeben haben, wird verworfen); „Meine speichern“ schreibt Ihre Änderungen in die andere Fassung; „Weiter bearbeiten“ speichert noch nichts.</translation>
    </message>
</context>
<context>
    <name>cx::ConnectDialog</name>
    <message>
        <source>Off (never encrypted)</source>
        <translation>Aus (nie verschlüsselt)</translation>
    </message>
    <message>
        <source>Allow (encrypted only if the server insists)</source>
        <translation>Erlauben (nur verschlüsselt, wenn der Server darauf besteht)</translation>
    </message>
    <message>
        <source>Prefer (encrypted when the server offers it)</source>
        <translation>Bevorzugen (verschlüsselt, wenn der Server es anbietet)</translation>
    </message>
    <message>
        <source>Require (encrypted)</source>
        <translation>Verlangen (verschlüsselt)</translation>
    </message>
    <message>
        <source>Verify certificate (encrypted, trusted certificate)</source>
        <translation>Zertifikat prüfen (verschlüsselt, vertrauenswürdiges Zertifikat)</translation>
    </message>
    <message>
        <source>Verify certificate and name (encrypted, trusted certificate of this host)</source>
        <translation>Zertifikat und Namen prüfen (verschlüsselt, vertrauenswürdiges Zertifikat dieses Servers)</translation>
    </message>
    <message>
        <source>Move this database to a server</source>
        <translation>Diese Datenbank auf einen Server verschieben</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Mit einem Server verbinden</translation>
    </message>
    <message>
        <source>The data of %1 is copied into a database on a PostgreSQL server, where the whole team can work on it. The file itself stays as it is.</source>
        <translation>Die Daten von %1 werden in eine Datenbank auf einem PostgreSQL-Server kopiert, wo das ganze Team damit arbeiten kann. Die Datei selbst bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Work on a CX Desk database on a PostgreSQL server, shared by the team. The password comes from the system keychain or ~/.pgpass; CX Desk asks for it when the server wants one.</source>
        <translation>Mit einer CX-Desk-Datenbank auf einem PostgreSQL-Server arbeiten, die das Team gemeinsam nutzt. Das Passwort kommt aus dem Schlüsselbund des Systems oder aus ~/.pgpass; CX Desk fragt danach, wenn der Server eines verlangt.</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Removes the saved connection (the database stays on the server)</source>
        <translation>Entfernt die gespeicherte Verbindung (die Datenbank bleibt auf dem Server)</translation>
    </message>
    <message>
        <source>for example: Shop server</source>
        <translation>zum Beispiel: Laden-Server</translation>
    </message>
    <message>
        <source>empty: this computer</source>
        <translation>leer: dieser Computer</translation>
    </message>
    <message>
        <source>empty: your login name</source>
        <translation>leer: Ihr Anmeldename</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Name der Verbindung</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Verschlüsselung (TLS)</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Verschieben…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>cx::CounterStart</name>
    <message>
        <source>CX Desk kiosk</source>
        <translation>CX Desk Kiosk</translation>
    </message>
    <message>
        <source>No survey is active, so the kiosk has nothing to ask. The owner can make one active on the Surveys page.</source>
        <translation>Keine Umfrage ist aktiv, daher hat der Kiosk nichts zu fragen. Der Inhaber kann auf der Seite Umfragen eine aktivieren.</translation>
    </message>
    <message>
        <source>Which survey should the kiosk ask?</source>
        <translation>Welche Umfrage soll der Kiosk zeigen?</translation>
    </message>
</context>
<context>
    <name>cx::CustomFieldsEditor</name>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Datum leeren</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>cx::CustomerDetail</name>
    <message>
        <source>← All customers</source>
        <translation>← Alle Kunden</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Aktion hinzufügen…</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Daten exportieren…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation>Kunden löschen</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Gegangen am</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Kundennr.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Erster Kontakt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Aktion hinzufügen</translation>
    </message>
    <message>
        <source>What should be done for %1?</source>
        <translation>Was soll für %1 getan werden?</translation>
    </message>
    <message>
        <source>This customer has no customer number; give them one in the profile first.</source>
        <translation>Dieser Kunde hat keine Kundennummer; vergeben Sie zuerst eine im Profil.</translation>
    </message>
    <message>
        <source>Erase %1?

Removed for good: the profile, the notes of their interactions, their written survey answers and their follow-up actions.
Kept without a name: their scores and interactions, so the figures keep their history.

This cannot be undone.</source>
        <translation>%1 löschen?

Endgültig entfernt: das Profil, die Notizen seiner Kontakte, seine schriftlichen Umfrageantworten und seine Nachfass-Aktionen.
Ohne Namen behalten: seine Bewertungen und Kontakte, damit die Kennzahlen ihre Geschichte behalten.

Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Nothing recorded yet for this customer.</source>
        <translation>Für diesen Kunden ist noch nichts erfasst.</translation>
    </message>
    <message>
        <source>%1&apos;s own scores</source>
        <translation>Eigene Bewertungen von %1</translation>
    </message>
    <message>
        <source>%1 has not answered an NPS or CSAT question yet.</source>
        <translation>%1 hat noch keine NPS- oder CSAT-Frage beantwortet.</translation>
    </message>
    <message>
        <source>NPS (0–10)</source>
        <translation>NPS (0–10)</translation>
    </message>
    <message>
        <source>CSAT (1–5)</source>
        <translation>CSAT (1–5)</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>Ein Kunde braucht einen Namen.</translation>
    </message>
    <message>
        <source>A customer can only leave after becoming a customer: check the two dates.</source>
        <translation>Ein Kunde kann erst gehen, nachdem er Kunde geworden ist: Bitte die beiden Daten prüfen.</translation>
    </message>
    <message>
        <source>The customer became one before the first contact: check the two dates.</source>
        <translation>Der Kunde wurde vor dem ersten Kontakt Kunde: Bitte die beiden Daten prüfen.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>dieser Kunde</translation>
    </message>
    <message>
        <source> — your changes here are not saved yet.</source>
        <translation> — Ihre Änderungen hier sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>The profile was not saved: %1.</source>
        <translation>Das Profil wurde nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>the customer “%1”</source>
        <translation>der Kunde „%1“</translation>
    </message>
    <message>
        <source>Reloaded: this is the profile as it was saved elsewhere.</source>
        <translation>Neu geladen: so wurde das Profil anderswo gespeichert.</translation>
    </message>
    <message>
        <source>Not saved yet: %1.</source>
        <translation>Noch nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>More about this customer</source>
        <translation>Mehr über diesen Kunden</translation>
    </message>
    <message>
        <source>Write…</source>
        <translation>Schreiben…</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>NPS answer (0–10)</source>
        <translation>NPS-Antwort (0–10)</translation>
    </message>
    <message>
        <source>CSAT answer (1–5)</source>
        <translation>CSAT-Antwort (1–5)</translation>
    </message>
    <message>
        <source>Last changed by %1 at %2</source>
        <translation>Zuletzt geändert von %1 um %2</translation>
    </message>
</context>
<context>
    <name>cx::CustomerFieldsTab</name>
    <message>
        <source>the customer field “%1”</source>
        <translation>das Kundenfeld „%1“</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Feld entfernen</translation>
    </message>
    <message>
        <source>Fields every customer&apos;s profile shows below the notes, such as a birthday or allergies. Files of customers have a column for each, headed by its name. Double-click a name to rename it.</source>
        <translation>Felder, die jedes Kundenprofil unter den Notizen zeigt, etwa Geburtstag oder Allergien. Kundendateien haben für jedes eine Spalte mit seinem Namen als Überschrift. Doppelklicken Sie auf einen Namen, um ihn umzubenennen.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>New field, e.g. Birthday</source>
        <translation>Neues Feld, z. B. Geburtstag</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>Feld &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Type the name of the new field first.</source>
        <translation>Geben Sie zuerst den Namen des neuen Feldes ein.</translation>
    </message>
    <message>
        <source>There is already a field named “%1”.</source>
        <translation>Es gibt bereits ein Feld namens „%1“.</translation>
    </message>
    <message>
        <source>A field needs a name.</source>
        <translation>Ein Feld braucht einen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot become %2: %n customer(s) have a value that is not one.</source>
        <translation>
            <numerusform>„%1“ kann nicht %2 werden: %n Kunde hat einen Wert, der keiner ist.</numerusform>
            <numerusform>„%1“ kann nicht %2 werden: %n Kunden haben einen Wert, der keiner ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the field “%1”?

%n customer(s) have a value of it; the values go with the field when the settings are saved.</source>
        <translation>
            <numerusform>Das Feld „%1“ entfernen?

%n Kunde hat einen Wert darin; die Werte verschwinden mit dem Feld, wenn die Einstellungen gespeichert werden.</numerusform>
            <numerusform>Das Feld „%1“ entfernen?

%n Kunden haben einen Wert darin; die Werte verschwinden mit dem Feld, wenn die Einstellungen gespeichert werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::CustomerPicker</name>
    <message>
        <source>Name or number (empty: no customer)</source>
        <translation>Name oder Nummer (leer: kein Kunde)</translation>
    </message>
    <message>
        <source>No customer is called or numbered &apos;%1&apos;. Pick one from the list, or leave the field empty.</source>
        <translation>Kein Kunde heißt &apos;%1&apos; oder hat diese Nummer. Wählen Sie einen aus der Liste oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Several customers are called &apos;%1&apos;. Pick one from the list (it shows their number).</source>
        <translation>Mehrere Kunden heißen &apos;%1&apos;. Wählen Sie einen aus der Liste (sie zeigt ihre Nummer).</translation>
    </message>
</context>
<context>
    <name>cx::CustomersModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Kundennr.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Erster Kontakt</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Abgewandert</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
</context>
<context>
    <name>cx::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Search name, email, phone or customer number</source>
        <translation>Name, E-Mail, Telefon oder Kundennummer suchen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Abgewandert</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a customer</source>
        <translation>Doppelklick oder Eingabe öffnet einen Kunden</translation>
    </message>
    <message>
        <source>The customers could not be read: %1</source>
        <translation>Die Kunden konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Scroll for more customers</source>
        <translation>Für weitere Kunden scrollen</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Neuer Kunde…</translation>
    </message>
    <message>
        <source>Add a customer by hand (Ctrl+N)</source>
        <translation>Einen Kunden von Hand anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>Select two customers who are one person (Ctrl+click) to merge them</source>
        <translation>Zwei Kunden auswählen, die eine Person sind (Strg+Klick), um sie zusammenzuführen</translation>
    </message>
    <message>
        <source>New &amp;customer…</source>
        <translation>Neuer &amp;Kunde…</translation>
    </message>
    <message>
        <source>Mail merge…</source>
        <translation>Serienbrief…</translation>
    </message>
    <message>
        <source>Export a thank-you, apology or survey invitation to many customers at once, for your mail program</source>
        <translation>Ein Dankeschön, eine Entschuldigung oder eine Umfrage-Einladung an viele Kunden auf einmal exportieren, für Ihr E-Mail-Programm</translation>
    </message>
    <message>
        <source>Show only the customers with this tag</source>
        <translation>Nur Kunden mit diesem Schlagwort zeigen</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::DashboardPage</name>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Kundenzufriedenheit</translation>
    </message>
    <message>
        <source>Customer effort (1–7, higher is easier)</source>
        <translation>Kundenaufwand (1–7, höher ist leichter)</translation>
    </message>
    <message>
        <source>Satisfaction index</source>
        <translation>Zufriedenheitsindex</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Abwanderung</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>Neukunden</translation>
    </message>
    <message>
        <source>Conversion of leads</source>
        <translation>Umwandlung von Interessenten</translation>
    </message>
    <message>
        <source>Average resolution time</source>
        <translation>Durchschnittliche Lösungszeit</translation>
    </message>
    <message>
        <source>Perception gap (company − customer)</source>
        <translation>Wahrnehmungslücke (Firma − Kunde)</translation>
    </message>
    <message>
        <source>The dashboard could not be filled: %1</source>
        <translation>Das Dashboard konnte nicht gefüllt werden: %1</translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation>1 Antwort</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 Antworten</translation>
    </message>
    <message>
        <source>± %1 · %2</source>
        <translation>± %1 · %2</translation>
    </message>
    <message>
        <source>no NPS answers in this period</source>
        <translation>keine NPS-Antworten in diesem Zeitraum</translation>
    </message>
    <message>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <source>no CSAT answers in this period</source>
        <translation>keine CSAT-Antworten in diesem Zeitraum</translation>
    </message>
    <message>
        <source>no CES answers in this period</source>
        <translation>keine CES-Antworten in diesem Zeitraum</translation>
    </message>
    <message>
        <source>satisfied minus dissatisfied</source>
        <translation>zufrieden minus unzufrieden</translation>
    </message>
    <message>
        <source>%1 of %2 customers at the start</source>
        <translation>%1 von %2 Kunden am Anfang</translation>
    </message>
    <message>
        <source>%1 new customers</source>
        <translation>%1 neue Kunden</translation>
    </message>
    <message>
        <source>%1 of %2 leads</source>
        <translation>%1 von %2 Interessenten</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>%1 resolved interactions</source>
        <translation>%1 gelöste Kontakte</translation>
    </message>
    <message>
        <source>%1 interactions rated by both</source>
        <translation>%1 von beiden bewertete Kontakte</translation>
    </message>
    <message>
        <source>Nothing was recorded in this period with these filters.</source>
        <translation>In diesem Zeitraum wurde mit diesen Filtern nichts erfasst.</translation>
    </message>
    <message>
        <source>NPS by month: promoters, passives, detractors</source>
        <translation>NPS nach Monat: Promotoren, Passive, Kritiker</translation>
    </message>
    <message>
        <source>% of answers</source>
        <translation>% der Antworten</translation>
    </message>
    <message>
        <source>No NPS answers in this period.</source>
        <translation>Keine NPS-Antworten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promotoren (9–10)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Passive (7–8)</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Kritiker (0–6)</translation>
    </message>
    <message>
        <source>Score distribution (0–10)</source>
        <translation>Verteilung der Werte (0–10)</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Kritiker</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passive</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotoren</translation>
    </message>
    <message>
        <source>CSAT by channel</source>
        <translation>CSAT nach Kanal</translation>
    </message>
    <message>
        <source>% satisfied (4–5)</source>
        <translation>% zufrieden (4–5)</translation>
    </message>
    <message>
        <source>No CSAT answers in this period.</source>
        <translation>Keine CSAT-Antworten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>How the company rates itself vs how customers rate it, by touchpoint (largest gaps first)</source>
        <translation>Wie sich die Firma selbst bewertet und wie Kunden sie bewerten, nach Kontaktpunkt (größte Lücken zuerst)</translation>
    </message>
    <message>
        <source>mean rating (1–5)</source>
        <translation>mittlere Bewertung (1–5)</translation>
    </message>
    <message>
        <source>No interaction in this period was rated by both the team and the customer.</source>
        <translation>Kein Kontakt in diesem Zeitraum wurde von Team und Kunde bewertet.</translation>
    </message>
    <message>
        <source>Company view</source>
        <translation>Sicht der Firma</translation>
    </message>
    <message>
        <source>Customer view</source>
        <translation>Sicht der Kunden</translation>
    </message>
    <message>
        <source>Average resolution time by month</source>
        <translation>Durchschnittliche Lösungszeit nach Monat</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>No interaction was resolved in this period.</source>
        <translation>In diesem Zeitraum wurde kein Kontakt gelöst.</translation>
    </message>
    <message>
        <source>Hours to resolve</source>
        <translation>Stunden bis zur Lösung</translation>
    </message>
</context>
<context>
    <name>cx::DateOrderQuestion</name>
    <message>
        <source>How are the dates written?</source>
        <translation>Wie sind die Daten geschrieben?</translation>
    </message>
    <message>
        <source>The dates in this file could be day first or month first, and no row tells which. Line %1, column &apos;%2&apos; has %3:</source>
        <translation>Die Daten dieser Datei können mit dem Tag oder mit dem Monat beginnen, und keine Zeile zeigt, was gilt. Zeile %1, Spalte &apos;%2&apos; enthält %3:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not a possible date</source>
        <translation>%1: kein mögliches Datum</translation>
    </message>
    <message>
        <source>Day first</source>
        <translation>Tag zuerst</translation>
    </message>
    <message>
        <source>Month first</source>
        <translation>Monat zuerst</translation>
    </message>
    <message>
        <source>Every date of the file is read the same way; “Dates” in the import window changes it later.</source>
        <translation>Alle Daten der Datei werden gleich gelesen; „Datumsangaben“ im Importfenster ändert das später.</translation>
    </message>
</context>
<context>
    <name>cx::DeskPerson</name>
    <message>
        <source>Who is at the desk?</source>
        <translation>Wer sitzt am Computer?</translation>
    </message>
    <message>
        <source>What you enter is signed with your name:</source>
        <translation>Was Sie eingeben, trägt Ihren Namen:</translation>
    </message>
</context>
<context>
    <name>cx::EditStack</name>
    <message>
        <source>the change was not made through the edit history</source>
        <translation>die Änderung lief nicht über den Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>the change was not made</source>
        <translation>die Änderung wurde nicht vorgenommen</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2.</source>
        <translation>„%1“ konnte nicht rückgängig gemacht werden: %2.</translation>
    </message>
    <message>
        <source>“%1” could not be redone: %2.</source>
        <translation>„%1“ konnte nicht wiederhergestellt werden: %2.</translation>
    </message>
</context>
<context>
    <name>cx::FilterBar</name>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Alle Segmente</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Letztes Quartal</translation>
    </message>
</context>
<context>
    <name>cx::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Responses to “%1”</source>
        <translation>Antworten auf „%1“</translation>
    </message>
    <message>
        <source>Add channels, touchpoints and customers the file names</source>
        <translation>Kanäle, Kontaktpunkte und Kunden anlegen, die die Datei nennt</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>Die Datei enthält</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Columns, and what a check of every row found:</source>
        <translation>Spalten und was eine Prüfung jeder Zeile ergab:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import the valid rows</source>
        <translation>Gültige Zeilen importieren</translation>
    </message>
    <message>
        <source>%1 (needed)</source>
        <translation>%1 (erforderlich)</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— nicht in der Datei —</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Jede Zeile wird geprüft…</translation>
    </message>
    <message>
        <source>Checking every row… %1 so far</source>
        <translation>Jede Zeile wird geprüft… bisher %1</translation>
    </message>
    <message>
        <source>%1 rows: %2 ready to import, %3 with problems.</source>
        <translation>%1 Zeilen: %2 bereit zum Import, %3 mit Problemen.</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… und %1 weitere Probleme</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Abgegeben</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>As the file shows</source>
        <translation>Wie die Datei zeigt</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>Tag zuerst (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Monat zuerst (12/31/2026)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datumsangaben</translation>
    </message>
    <message>
        <source>The first rows of the file, by line:</source>
        <translation>Die ersten Zeilen der Datei, nach Zeilennummer:</translation>
    </message>
</context>
<context>
    <name>cx::InteractionForm</name>
    <message>
        <source>Customer (name or number; empty: walk-in)</source>
        <translation>Kunde (Name oder Nummer; leer: Laufkunde)</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Kontaktpunkt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Staff rating</source>
        <translation>Bewertung Team</translation>
    </message>
    <message>
        <source>Customer rating</source>
        <translation>Bewertung Kunde</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>No touchpoint</source>
        <translation>Kein Kontaktpunkt</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Kein Kanal</translation>
    </message>
    <message>
        <source>No customer is called or numbered &apos;%1&apos;. Pick one from the list, or leave the field empty for a walk-in.</source>
        <translation>Kein Kunde heißt oder hat die Nummer &apos;%1&apos;. Wählen Sie einen aus der Liste oder lassen Sie das Feld für einen Laufkunden leer.</translation>
    </message>
    <message>
        <source>Several customers are called &apos;%1&apos;. Pick one from the list (it shows their number).</source>
        <translation>Mehrere Kunden heißen &apos;%1&apos;. Wählen Sie einen aus der Liste (sie zeigt ihre Nummer).</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Add &apos;%1&apos; as a new customer…</source>
        <translation>„%1“ als neuen Kunden anlegen…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Saved with the time of saving unless you change it here</source>
        <translation>Wird mit der Uhrzeit des Speicherns erfasst, außer Sie ändern sie hier</translation>
    </message>
</context>
<context>
    <name>cx::InteractionsModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Kontaktpunkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Staff ★</source>
        <translation>Team ★</translation>
    </message>
    <message>
        <source>Customer ★</source>
        <translation>Kunde ★</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
</context>
<context>
    <name>cx::InteractionsPage</name>
    <message>
        <source>Interactions</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <source>Delete interaction</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <source>Change interaction</source>
        <translation>Kontakt ändern</translation>
    </message>
    <message>
        <source>Open and resolved</source>
        <translation>Offen und gelöst</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected interaction (Delete); Edit → Undo brings it back</source>
        <translation>Den gewählten Kontakt löschen (Entf); Bearbeiten → Rückgängig holt ihn zurück</translation>
    </message>
    <message>
        <source>Delete the %1 of %2? Follow-up actions stay, without the link. Edit → Undo brings it back.</source>
        <translation>%1 von %2 löschen? Nachfass-Aktionen bleiben, ohne Verknüpfung. Bearbeiten → Rückgängig holt ihn zurück.</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>All touchpoints</source>
        <translation>Alle Kontaktpunkte</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>The interactions could not be read: %1</source>
        <translation>Die Kontakte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Newest first · scroll for more</source>
        <translation>Neueste zuerst · für mehr scrollen</translation>
    </message>
    <message>
        <source>The interaction was not logged: %1.</source>
        <translation>Der Kontakt wurde nicht erfasst: %1.</translation>
    </message>
    <message>
        <source>The change was not saved: %1.</source>
        <translation>Die Änderung wurde nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>Reloaded: this is the interaction as it was saved elsewhere.</source>
        <translation>Neu geladen: so wurde der Kontakt anderswo gespeichert.</translation>
    </message>
    <message>
        <source>Not saved yet: %1.</source>
        <translation>Noch nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>The interaction was not deleted: %1.</source>
        <translation>Der Kontakt wurde nicht gelöscht: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Alle zeigen</translation>
    </message>
    <message>
        <source>Show every interaction of the filter above again</source>
        <translation>Wieder alle Interaktionen des Filters oben zeigen</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Only %1, from the chart you clicked, within the filter above.</source>
        <translation>Nur %1, aus dem angeklickten Diagramm, innerhalb des Filters oben.</translation>
    </message>
    <message>
        <source>Not logged yet: the connection to the server was lost. It is logged as soon as the server is back.</source>
        <translation>Noch nicht erfasst: Die Verbindung zum Server ist unterbrochen. Der Kontakt wird erfasst, sobald der Server wieder da ist.</translation>
    </message>
    <message>
        <source>Logged: the server had taken it before the connection broke.</source>
        <translation>Erfasst: Der Server hatte den Kontakt schon, bevor die Verbindung abbrach.</translation>
    </message>
    <message>
        <source>Logged now that the server is back.</source>
        <translation>Erfasst, jetzt wo der Server wieder da ist.</translation>
    </message>
    <message>
        <source>Still not logged: %1 It stays in the form.</source>
        <translation>Immer noch nicht erfasst: %1 Es bleibt im Formular.</translation>
    </message>
</context>
<context>
    <name>cx::JourneyDialog</name>
    <message>
        <source>Journey and persona</source>
        <translation>Kundenreise und Persona</translation>
    </message>
    <message>
        <source>for example Maya, the regular</source>
        <translation>zum Beispiel Maya, die Stammkundin</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Persona</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>&amp;About them</source>
        <translation>&amp;Über sie</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Ziele</translation>
    </message>
    <message>
        <source>&amp;Frustrations</source>
        <translation>&amp;Frustrationen</translation>
    </message>
</context>
<context>
    <name>cx::JourneyMapView</name>
    <message>
        <source>This journey has no stages yet.</source>
        <translation>Diese Kundenreise hat noch keine Phasen.</translation>
    </message>
    <message>
        <source>no phase</source>
        <translation>keine Lebenszyklusphase</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>+2 delighted</source>
        <translation>+2 begeistert</translation>
    </message>
    <message>
        <source>0 neutral</source>
        <translation>0 neutral</translation>
    </message>
    <message>
        <source>−2 unhappy</source>
        <translation>−2 unzufrieden</translation>
    </message>
    <message>
        <source>Customers, from their ratings</source>
        <translation>Kunden, nach ihren Bewertungen</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source> · gap %1</source>
        <translation> · Lücke %1</translation>
    </message>
    <message>
        <source>Pain point · target %1</source>
        <translation>Schmerzpunkt · Ziel %1</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>Target %1 · %2</source>
        <translation>Ziel %1 · %2</translation>
    </message>
    <message>
        <source>Customer score %1 from %2 ratings; the team&apos;s %3 from %4</source>
        <translation>Kundenbewertung %1 aus %2 Bewertungen; die des Teams %3 aus %4</translation>
    </message>
    <message>
        <source>Double-click for its interactions</source>
        <translation>Doppelklick für seine Kontakte</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the map is saved as .png, .svg or .pdf</source>
        <translation>&apos;%1&apos;: Die Karte wird als .png, .svg oder .pdf gespeichert</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation>
            <numerusform>%Ln Antwort</numerusform>
            <numerusform>%Ln Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Schmerzpunkt</translation>
    </message>
</context>
<context>
    <name>cx::JourneysPage</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Kundenreisen</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Kundenreise</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Kontaktpunkte</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; on target · &lt;span style=&apos;color:%2&apos;&gt;■&lt;/span&gt; within half a point · &lt;span style=&apos;color:%3&apos;&gt;■&lt;/span&gt; below · red frame: pain point · double-click a card: its interactions</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; im Ziel · &lt;span style=&apos;color:%2&apos;&gt;■&lt;/span&gt; höchstens einen halben Punkt darunter · &lt;span style=&apos;color:%3&apos;&gt;■&lt;/span&gt; darunter · roter Rahmen: Schmerzpunkt · Doppelklick auf eine Karte: ihre Kontakte</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Neue Kundenreise</translation>
    </message>
    <message>
        <source>New journey…</source>
        <translation>Neue Kundenreise…</translation>
    </message>
    <message>
        <source>From template: %1</source>
        <translation>Aus Vorlage: %1</translation>
    </message>
    <message>
        <source>Journey and persona…</source>
        <translation>Kundenreise und Persona…</translation>
    </message>
    <message>
        <source>Export map…</source>
        <translation>Karte exportieren…</translation>
    </message>
    <message>
        <source>Save the map as a PNG picture, an SVG drawing or a landscape PDF page</source>
        <translation>Die Karte als PNG-Bild, SVG-Zeichnung oder PDF-Seite im Querformat speichern</translation>
    </message>
    <message>
        <source>Delete journey…</source>
        <translation>Kundenreise löschen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Add stage…</source>
        <translation>Phase hinzufügen…</translation>
    </message>
    <message>
        <source>Add touchpoint…</source>
        <translation>Kontaktpunkt hinzufügen…</translation>
    </message>
    <message>
        <source>Move stage left</source>
        <translation>Phase nach links</translation>
    </message>
    <message>
        <source>Move stage right</source>
        <translation>Phase nach rechts</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Karte exportieren</translation>
    </message>
    <message>
        <source>PDF, landscape (*.pdf);;PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF, Querformat (*.pdf);;PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>all time to %1</source>
        <translation>gesamter Zeitraum bis %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No journey yet.</source>
        <translation>Noch keine Kundenreise.</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Ziele:</translation>
    </message>
    <message>
        <source>Frustrations:</source>
        <translation>Frustrationen:</translation>
    </message>
    <message>
        <source>new journey “%1”</source>
        <translation>neue Kundenreise „%1“</translation>
    </message>
    <message>
        <source>change journey “%1”</source>
        <translation>Kundenreise „%1“ ändern</translation>
    </message>
    <message>
        <source>Delete the journey “%1” with its %2 stages and %3 touchpoints? Their %4 interactions and responses stay, without a touchpoint. Undo brings it all back.</source>
        <translation>Die Kundenreise „%1“ mit ihren %2 Phasen und %3 Kontaktpunkten löschen? Ihre %4 Kontakte und Antworten bleiben, ohne Kontaktpunkt. Rückgängig holt alles zurück.</translation>
    </message>
    <message>
        <source>delete journey “%1”</source>
        <translation>Kundenreise „%1“ löschen</translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>Kundenreise löschen</translation>
    </message>
    <message>
        <source>add stage “%1”</source>
        <translation>Phase „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>change stage “%1”</source>
        <translation>Phase „%1“ ändern</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>move stage “%1”</source>
        <translation>Phase „%1“ verschieben</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Phase verschieben</translation>
    </message>
    <message>
        <source>Delete the stage “%1” and its %2 touchpoints?</source>
        <translation>Die Phase „%1“ und ihre %2 Kontaktpunkte löschen?</translation>
    </message>
    <message>
        <source>Their %1 interactions and %2 responses stay, without a touchpoint, and leave this map.</source>
        <translation>Ihre %1 Kontakte und %2 Antworten bleiben, ohne Kontaktpunkt, und verlassen diese Karte.</translation>
    </message>
    <message>
        <source>Undo brings it all back.</source>
        <translation>Rückgängig holt alles zurück.</translation>
    </message>
    <message>
        <source>delete stage “%1”</source>
        <translation>Phase „%1“ löschen</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Phase löschen</translation>
    </message>
    <message>
        <source>add touchpoint “%1”</source>
        <translation>Kontaktpunkt „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add touchpoint</source>
        <translation>Kontaktpunkt hinzufügen</translation>
    </message>
    <message>
        <source>change touchpoint “%1”</source>
        <translation>Kontaktpunkt „%1“ ändern</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Kontaktpunkt</translation>
    </message>
    <message>
        <source>Delete the touchpoint “%1”?</source>
        <translation>Den Kontaktpunkt „%1“ löschen?</translation>
    </message>
    <message>
        <source>Its %1 interactions and %2 survey responses stay, without a touchpoint: they still count in the dashboard and the metrics, but no longer on this map. %3 surveys asked about it.</source>
        <translation>Seine %1 Kontakte und %2 Umfrageantworten bleiben, ohne Kontaktpunkt: Sie zählen weiter im Dashboard und in den Kennzahlen, aber nicht mehr auf dieser Karte. %3 Umfragen fragten danach.</translation>
    </message>
    <message>
        <source>Undo brings it back with all of them.</source>
        <translation>Rückgängig holt ihn mit allen zurück.</translation>
    </message>
    <message>
        <source>delete touchpoint “%1”</source>
        <translation>Kontaktpunkt „%1“ löschen</translation>
    </message>
    <message>
        <source>Delete touchpoint</source>
        <translation>Kontaktpunkt löschen</translation>
    </message>
    <message>
        <source>the journey “%1”</source>
        <translation>die Kundenreise „%1“</translation>
    </message>
    <message>
        <source>the stage “%1”</source>
        <translation>die Phase „%1“</translation>
    </message>
    <message>
        <source>the touchpoint “%1”</source>
        <translation>der Kontaktpunkt „%1“</translation>
    </message>
    <message>
        <source>The change was not saved: %1.</source>
        <translation>Die Änderung wurde nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1.</source>
        <translation>Nichts wurde gespeichert: %1.</translation>
    </message>
    <message>
        <source>Only the owner of the business changes the journey map.</source>
        <translation>Nur der Inhaber des Unternehmens ändert die Kundenreise-Karte.</translation>
    </message>
</context>
<context>
    <name>cx::KioskPinDialog</name>
    <message>
        <source>Kiosk PIN</source>
        <translation>Kiosk-PIN</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 8 digits. Staff enter it (or press Ctrl+Q, then enter it) to leave the kiosk.</source>
        <translation>Wählen Sie eine PIN aus 4 bis 8 Ziffern. Das Personal gibt sie ein (oder drückt Strg+Q und gibt sie dann ein), um den Kiosk zu verlassen.</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>&amp;Repeat the PIN</source>
        <translation>PIN &amp;wiederholen</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN again under Repeat.</source>
        <translation>Die beiden PINs stimmen nicht überein. Geben Sie die PIN unter „PIN wiederholen“ noch einmal ein.</translation>
    </message>
</context>
<context>
    <name>cx::KioskWindow</name>
    <message>
        <source>%1 — CX Desk kiosk</source>
        <translation>%1 — CX Desk Kiosk</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>It takes less than a minute. Touch Start or press Enter.</source>
        <translation>Es dauert weniger als eine Minute. Tippen Sie auf Start oder drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Would you like us to get back to you?</source>
        <translation>Sollen wir uns bei Ihnen melden?</translation>
    </message>
    <message>
        <source>Email or phone (optional)</source>
        <translation>E-Mail oder Telefon (freiwillig)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation>Antworten senden</translation>
    </message>
    <message>
        <source>Staff only: enter the PIN to leave the kiosk</source>
        <translation>Nur für Personal: PIN eingeben, um den Kiosk zu verlassen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Your answers could not be saved yet</source>
        <translation>Ihre Antworten konnten noch nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Type here (optional unless marked)</source>
        <translation>Hier schreiben (freiwillig, außer wenn markiert)</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>Touch an answer, or press Y or N.</source>
        <translation>Tippen Sie auf eine Antwort oder drücken Sie J oder N.</translation>
    </message>
    <message>
        <source>Ctrl+Enter goes on.</source>
        <translation>Strg+Eingabe geht weiter.</translation>
    </message>
    <message>
        <source>Choose all that apply, then Next.</source>
        <translation>Wählen Sie alles Zutreffende, dann Weiter.</translation>
    </message>
    <message>
        <source>Touch an answer, or type its number.</source>
        <translation>Tippen Sie auf eine Antwort oder geben Sie deren Nummer ein.</translation>
    </message>
    <message>
        <source>Please ask a member of staff. (%1)</source>
        <translation>Bitte wenden Sie sich an unser Personal. (%1)</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Diese PIN ist nicht richtig.</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 von 5</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Leave your email or phone number so we can reply to you about your visit. We will not use it for anything else. Skip to stay anonymous.</source>
        <translation>Hinterlassen Sie Ihre E-Mail oder Telefonnummer, damit wir Ihnen zu Ihrem Besuch antworten können. Wir verwenden sie für nichts anderes. Überspringen Sie, um anonym zu bleiben.</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Frage %1</translation>
    </message>
</context>
<context>
    <name>cx::MailMergeDialog</name>
    <message>
        <source>Export mail merge</source>
        <translation>Serienbrief exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>One message to many customers at once: the file holds each customer&apos;s name, email and message, for the mail merge of your mail program. CX Desk sends nothing itself.</source>
        <translation>Eine Nachricht an viele Kunden auf einmal: Die Datei enthält Name, E-Mail und Nachricht jedes Kunden, für den Serienbrief Ihres E-Mail-Programms. CX Desk selbst versendet nichts.</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>Promoters (NPS 9–10)</source>
        <translation>Promotoren (NPS 9–10)</translation>
    </message>
    <message>
        <source>Passives (NPS 7–8)</source>
        <translation>Passive (NPS 7–8)</translation>
    </message>
    <message>
        <source>Detractors (NPS 0–6)</source>
        <translation>Kritiker (NPS 0–6)</translation>
    </message>
    <message>
        <source>Everyone who answered an NPS question</source>
        <translation>Alle, die eine NPS-Frage beantwortet haben</translation>
    </message>
    <message>
        <source>The customers selected in the list (%1)</source>
        <translation>Die in der Liste ausgewählten Kunden (%1)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;An</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Who answered &amp;from</source>
        <translation>Geantwortet &amp;vom</translation>
    </message>
    <message>
        <source>Any survey</source>
        <translation>Jede Umfrage</translation>
    </message>
    <message>
        <source>In &amp;survey</source>
        <translation>In &amp;Umfrage</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>The customers could not be read: %1.</source>
        <translation>Die Kunden konnten nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Customers who will get this message: %1.</source>
        <translation>Kunden, die diese Nachricht erhalten: %1.</translation>
    </message>
    <message>
        <source>Left out for want of an email address: %1.</source>
        <translation>Ohne E-Mail-Adresse ausgelassen: %1.</translation>
    </message>
    <message>
        <source>Nobody to write to: choose another group or period.</source>
        <translation>Niemand zum Anschreiben: Wählen Sie eine andere Gruppe oder einen anderen Zeitraum.</translation>
    </message>
    <message>
        <source>To: %1 &lt;%2&gt;
Subject: %3</source>
        <translation>An: %1 &lt;%2&gt;
Betreff: %3</translation>
    </message>
    <message>
        <source>mail-merge-%1.csv</source>
        <translation>serienbrief-%1.csv</translation>
    </message>
    <message>
        <source>The file was not written: %1.</source>
        <translation>Die Datei wurde nicht geschrieben: %1.</translation>
    </message>
</context>
<context>
    <name>cx::MainWindow</name>
    <message>
        <source>CX Desk</source>
        <translation>CX Desk</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Umfragen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Beispieldaten</translation>
    </message>
    <message>
        <source>The sample data could not be created.

%1</source>
        <translation>Die Beispieldaten konnten nicht angelegt werden.

%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;About CX Desk</source>
        <translation>&amp;Über CX Desk</translation>
    </message>
    <message>
        <source>About CX Desk</source>
        <translation>Über CX Desk</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>%1 – CX Desk</source>
        <translation>%1 – CX Desk</translation>
    </message>
    <message>
        <source>CX Desk databases (*.sqlite *.cxdesk);;All files (*)</source>
        <translation>CX-Desk-Datenbanken (*.sqlite *.cxdesk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name, or use Open to work with it.</source>
        <translation>%1 gibt es schon. Wählen Sie einen neuen Namen oder öffnen Sie sie mit Öffnen.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>CX Desk databases (*.sqlite);;All files (*)</source>
        <translation>CX-Desk-Datenbanken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the data in %1 with the backup %2?

The current database is kept beside it, named …before-restore-DATE-TIME.</source>
        <translation>Die Daten in %1 durch die Sicherung %2 ersetzen?

Die aktuelle Datenbank bleibt daneben erhalten, unter dem Namen …before-restore-DATUM-UHRZEIT.</translation>
    </message>
    <message>
        <source>Restored; the previous database is kept as %1</source>
        <translation>Wiederhergestellt; die vorige Datenbank bleibt als %1 erhalten</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>CSV or JSON files (*.csv *.txt *.json);;All files (*)</source>
        <translation>CSV- oder JSON-Dateien (*.csv *.txt *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 unverändert.</translation>
    </message>
    <message>
        <source>Follow-up actions opened for recent detractors and complaints: %1.</source>
        <translation>Nachfass-Aktionen für aktuelle Kritiker und Beschwerden eröffnet: %1.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Responses to “%1”</source>
        <translation>Antworten auf „%1“</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>The report was not printed: %1.</source>
        <translation>Der Bericht wurde nicht gedruckt: %1.</translation>
    </message>
    <message>
        <source>CX Desk user guide</source>
        <translation>CX Desk Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The language changes when CX Desk starts again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von CX Desk.</translation>
    </message>
    <message>
        <source>The previous database could not be opened again either: %1</source>
        <translation>Auch die vorherige Datenbank konnte nicht wieder geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The database could not be opened again: %1</source>
        <translation>Die Datenbank konnte nicht wieder geöffnet werden: %1</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>Neue &amp;Datenbank…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Journeys</source>
        <comment>navigation</comment>
        <translation>Kundenreisen</translation>
    </message>
    <message numerus="yes">
        <source>Due today or overdue: %Ln follow-up(s).</source>
        <translation>
            <numerusform>Heute fällig oder überfällig: %Ln Vorgang.</numerusform>
            <numerusform>Heute fällig oder überfällig: %Ln Vorgänge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation>
            <numerusform>%Ln Antwort</numerusform>
            <numerusform>%Ln Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open action(s)</source>
        <translation>
            <numerusform>%Ln offene Aktion</numerusform>
            <numerusform>%Ln offene Aktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows left out: %Ln; they are in %1 with the reason for each.</source>
        <translation>
            <numerusform>Ausgelassene Zeilen: %Ln; sie steht mit ihrem Grund in %1.</numerusform>
            <numerusform>Ausgelassene Zeilen: %Ln; sie stehen mit dem jeweiligen Grund in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s) to %1</source>
        <translation>
            <numerusform>%Ln Datensatz nach %1 exportiert</numerusform>
            <numerusform>%Ln Datensätze nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2 – CX Desk</source>
        <translation>%1 auf %2 – CX Desk</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>The server does not answer; CX Desk connects again as soon as it is back, and what you typed is kept.</source>
        <translation>Der Server antwortet nicht; CX Desk verbindet sich wieder, sobald er zurück ist, und was Sie eingegeben haben, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>Wieder mit dem Server verbunden.</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>Mit einem &amp;Server verbinden…</translation>
    </message>
    <message>
        <source>&amp;Move this database to a server…</source>
        <translation>Diese Datenbank auf einen Server &amp;verschieben…</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Mit einem Server verbinden</translation>
    </message>
    <message>
        <source>Move this database to a server</source>
        <translation>Diese Datenbank auf einen Server verschieben</translation>
    </message>
    <message>
        <source>The data is now in %1, and the window works there.

%2 was not changed; what the team does on the server from now on does not reach it.</source>
        <translation>Die Daten liegen jetzt in %1, und das Fenster arbeitet dort.

%2 wurde nicht verändert; was das Team von nun an auf dem Server tut, kommt dort nicht an.</translation>
    </message>
    <message>
        <source>Replace the data in %1 with the backup %2?

Everyone working on the server then sees the backup&apos;s data. What the server holds now is first written to a file beside the backup.</source>
        <translation>Die Daten in %1 durch die Sicherung %2 ersetzen?

Alle, die auf dem Server arbeiten, sehen danach die Daten der Sicherung. Was der Server jetzt enthält, wird zuerst in eine Datei neben der Sicherung geschrieben.</translation>
    </message>
    <message>
        <source>Restored. What the server held before is kept in %1.</source>
        <translation>Wiederhergestellt. Was der Server vorher enthielt, ist in %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Who is at the desk…</source>
        <translation>Wer sitzt am &amp;Computer…</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>At the desk: %1</source>
        <translation>Am Computer: %1</translation>
    </message>
    <message numerus="yes">
        <source>Kiosk %1 holds %Ln answer(s) taken while the server was away.</source>
        <translation>
            <numerusform>Kiosk %1 bewahrt %Ln Antwort auf, die einging, während der Server nicht antwortete.</numerusform>
            <numerusform>Kiosk %1 bewahrt %Ln Antworten auf, die eingingen, während der Server nicht antwortete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kiosk %1 sent %Ln answer(s) taken while the server was away.</source>
        <translation>
            <numerusform>Kiosk %1 hat %Ln Antwort gesendet, die einging, während der Server nicht antwortete.</numerusform>
            <numerusform>Kiosk %1 hat %Ln Antworten gesendet, die eingingen, während der Server nicht antwortete.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a kiosk&apos;s account (counter): start CX Desk with it on the kiosk&apos;s computer, where it opens the kiosk.</source>
        <translation>%1 ist das Konto eines Kiosks (Theke): Starten Sie CX Desk damit auf dem Computer des Kiosks, dort öffnet es den Kiosk.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sentiment of written answers in English, German, French and Spanish, from these lexicons, each under its own licence:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;VADER lexicon (%1 entries, English), copyright 2016 C.J. Hutto, MIT licence;&lt;/li&gt;&lt;li&gt;Pattern 2.6 lexicons (%2 English and %3 French entries), CLiPS, University of Antwerp, public domain (PDDL 1.0);&lt;/li&gt;&lt;li&gt;ElhPolar 1.0 (%4 Spanish entries), Elhuyar Foundation (X. Saralegi, I. San Vicente), Lesser General Public License for Linguistic Resources (LGPLLR);&lt;/li&gt;&lt;li&gt;CX Desk&apos;s own word lists and rules for the four languages and emoji (%5 entries), under CX Desk&apos;s licence.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Word forms are joined by the Snowball stemmers (libstemmer, BSD licence). The lexicons and the texts of their licences are in resources/sentiment in the source and in the lexicons folder of CX Desk&apos;s documentation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Stimmung schriftlicher Antworten auf Englisch, Deutsch, Französisch und Spanisch kommt aus diesen Lexika, jedes unter seiner eigenen Lizenz:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;VADER-Lexikon (%1 Einträge, Englisch), Copyright 2016 C.J. Hutto, MIT-Lizenz;&lt;/li&gt;&lt;li&gt;Pattern-2.6-Lexika (%2 englische und %3 französische Einträge), CLiPS, Universität Antwerpen, gemeinfrei (PDDL 1.0);&lt;/li&gt;&lt;li&gt;ElhPolar 1.0 (%4 spanische Einträge), Elhuyar-Stiftung (X. Saralegi, I. San Vicente), Lesser General Public License for Linguistic Resources (LGPLLR);&lt;/li&gt;&lt;li&gt;die eigenen Wortlisten und Regeln von CX Desk für die vier Sprachen und Emoji (%5 Einträge), unter der Lizenz von CX Desk.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Wortformen führen die Snowball-Stemmer (libstemmer, BSD-Lizenz) zusammen. Die Lexika und die Texte ihrer Lizenzen liegen im Quelltext unter resources/sentiment und im Ordner lexicons der Dokumentation von CX Desk.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CX Desk %1&lt;/h3&gt;&lt;p&gt;Customer experience management for small businesses: journeys, customers, surveys and metrics in one local file, offline.&lt;/p&gt;%2&lt;p&gt;CX Desk is free software: you can redistribute it and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty. The licence is in the file LICENSE beside the source, and at &lt;a href=&apos;https://www.gnu.org/licenses/gpl-3.0.html&apos;&gt;gnu.org&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CX Desk %1&lt;/h3&gt;&lt;p&gt;Kundenerfahrungsmanagement für kleine Unternehmen: Kundenreisen, Kunden, Umfragen und Kennzahlen in einer lokalen Datei, offline.&lt;/p&gt;%2&lt;p&gt;CX Desk ist freie Software: Sie dürfen es unter den Bedingungen der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version, weitergeben und verändern. Es kommt ohne jede Gewährleistung. Die Lizenz steht in der Datei LICENSE neben dem Quelltext und unter &lt;a href=&apos;https://www.gnu.org/licenses/gpl-3.0.html&apos;&gt;gnu.org&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cx::MarkDoneDialog</name>
    <message>
        <source>Mark done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>kein Kunde</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, überfällig</translation>
    </message>
    <message>
        <source>Closing “%1”</source>
        <translation>Abschließen: „%1“</translation>
    </message>
    <message>
        <source>For: %1 · Due: %2</source>
        <translation>Für: %1 · Fällig: %2</translation>
    </message>
    <message>
        <source>What was done? (kept with the action)</source>
        <translation>Was wurde getan? (wird bei der Aktion gespeichert)</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
</context>
<context>
    <name>cx::MergeDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>Kunden zusammenführen</translation>
    </message>
    <message>
        <source>Pick the value that stays for each field. Everything recorded for the other customer moves to the one kept, and the other record is deleted; Edit → Undo brings it back.</source>
        <translation>Wählen Sie für jedes Feld den Wert, der bleibt. Alles, was zum anderen Kunden erfasst ist, geht auf den behaltenen über, und der andere Datensatz wird gelöscht; Bearbeiten → Rückgängig holt ihn zurück.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Kundennr.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Erstkontakt</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Gegangen am</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Record kept</source>
        <translation>Behaltener Datensatz</translation>
    </message>
    <message>
        <source>Interactions: %1 · Responses: %2 · Follow-ups: %3</source>
        <translation>Interaktionen: %1 · Antworten: %2 · Nachverfolgungen: %3</translation>
    </message>
    <message>
        <source>Could not be counted: %1</source>
        <translation>Konnte nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation>Diesen Datensatz behalten</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>The customers were not merged: %1.</source>
        <translation>Die Kunden wurden nicht zusammengeführt: %1.</translation>
    </message>
</context>
<context>
    <name>cx::MessageChooser</name>
    <message>
        <source>Contact the customer</source>
        <translation>Kunden kontaktieren</translation>
    </message>
    <message>
        <source>This customer is no longer in the database.</source>
        <translation>Dieser Kunde ist nicht mehr in der Datenbank.</translation>
    </message>
    <message>
        <source>The customer could not be read: %1.</source>
        <translation>Der Kunde konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>%1 has no email address yet: add one in their profile to write to them.</source>
        <translation>%1 hat noch keine E-Mail-Adresse: Tragen Sie eine im Profil ein, um zu schreiben.</translation>
    </message>
    <message>
        <source>%1 has no phone number yet: add one in their profile to call them.</source>
        <translation>%1 hat noch keine Telefonnummer: Tragen Sie eine im Profil ein, um anzurufen.</translation>
    </message>
    <message>
        <source>The phone number of %1, “%2”, holds no digits to dial.</source>
        <translation>Die Telefonnummer von %1, „%2“, enthält keine wählbaren Ziffern.</translation>
    </message>
    <message>
        <source>No mail program opened the message. Set one up as the system&apos;s email program, then try again.</source>
        <translation>Kein E-Mail-Programm hat die Nachricht geöffnet. Richten Sie eines als E-Mail-Programm des Systems ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No program opened the phone number. Set one up for phone links, or dial %1 yourself.</source>
        <translation>Kein Programm hat die Telefonnummer geöffnet. Richten Sie eines für Telefon-Links ein oder wählen Sie %1 selbst.</translation>
    </message>
    <message>
        <source>The contact was opened but not recorded: %1.</source>
        <translation>Der Kontakt wurde geöffnet, aber nicht vermerkt: %1.</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>An %1 schreiben</translation>
    </message>
    <message>
        <source>Your mail program opens with this message; change it there before you send it. The texts are in Settings → Messages.</source>
        <translation>Ihr E-Mail-Programm öffnet sich mit dieser Nachricht; ändern Sie sie dort vor dem Senden. Die Texte stehen unter Einstellungen → Nachrichten.</translation>
    </message>
    <message>
        <source>&amp;Open in mail program</source>
        <translation>Im E-Mail-Programm ö&amp;ffnen</translation>
    </message>
    <message>
        <source>To: %1
Subject: %2</source>
        <translation>An: %1
Betreff: %2</translation>
    </message>
</context>
<context>
    <name>cx::MessagesTab</name>
    <message>
        <source>Messa&amp;ge</source>
        <translation>Nachric&amp;ht</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>Auf &amp;Vorgabe zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Betreff</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>Click to insert %1</source>
        <translation>Klicken, um %1 einzufügen</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>Click one to insert it where the cursor is.</source>
        <translation>Zum Einfügen an der Cursorposition anklicken.</translation>
    </message>
    <message>
        <source>Preview for a sample customer</source>
        <translation>Vorschau für einen Beispielkunden</translation>
    </message>
    <message>
        <source>“Write…” on a customer opens your mail program with this message; nothing is sent until you send it there. A line whose placeholders have no value is left out.</source>
        <translation>„Schreiben…“ bei einem Kunden öffnet Ihr E-Mail-Programm mit dieser Nachricht; nichts wird gesendet, bevor Sie es dort senden. Eine Zeile, deren Platzhalter leer sind, entfällt.</translation>
    </message>
    <message>
        <source>the text of the message “%1”</source>
        <translation>der Text der Nachricht „%1“</translation>
    </message>
    <message>
        <source>the subject of the message “%1”</source>
        <translation>der Betreff der Nachricht „%1“</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Sam</source>
        <translation>Sam</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>the message “%1”: %2</source>
        <translation>die Nachricht „%1“: %2</translation>
    </message>
</context>
<context>
    <name>cx::MetricTile</name>
    <message>
        <source>no earlier period to compare</source>
        <translation>kein früherer Zeitraum zum Vergleich</translation>
    </message>
    <message>
        <source>= unchanged on the previous period</source>
        <translation>= unverändert gegenüber dem Vorzeitraum</translation>
    </message>
    <message>
        <source>%1 %2%3 on the previous period</source>
        <translation>%1 %2%3 gegenüber dem Vorzeitraum</translation>
    </message>
    <message numerus="yes">
        <source>too few answers (%n) to judge a change</source>
        <translation>
            <numerusform>zu wenige Antworten (%n), um eine Veränderung zu beurteilen</numerusform>
            <numerusform>zu wenige Antworten (%n), um eine Veränderung zu beurteilen</numerusform>
        </translation>
    </message>
    <message>
        <source>no data in this period to compare</source>
        <translation>keine Daten in diesem Zeitraum zum Vergleichen</translation>
    </message>
    <message>
        <source>no data in the previous period to compare</source>
        <translation>keine Daten im vorherigen Zeitraum zum Vergleichen</translation>
    </message>
    <message>
        <source>no data in %1 to compare</source>
        <translation>keine Vergleichsdaten für %1</translation>
    </message>
    <message>
        <source>= unchanged vs %1</source>
        <translation>= unverändert gegenüber %1</translation>
    </message>
    <message>
        <source>%1 %2 vs %3</source>
        <translation>%1 %2 gegenüber %3</translation>
    </message>
</context>
<context>
    <name>cx::NewActionDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>Neuer Vorgang</translation>
    </message>
    <message>
        <source>What is to be done, e.g. “Call back about the late order”</source>
        <translation>Was zu tun ist, z. B. „Wegen der verspäteten Bestellung zurückrufen“</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Zuständig</translation>
    </message>
    <message>
        <source>A follow-up needs a title: it is what the list shows.</source>
        <translation>Ein Vorgang braucht einen Titel: Ihn zeigt die Liste.</translation>
    </message>
</context>
<context>
    <name>cx::NewCustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Customer &amp;no.</source>
        <translation>Kunden&amp;nr.</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation>&amp;Segment</translation>
    </message>
    <message>
        <source>&amp;First contact</source>
        <translation>&amp;Erstkontakt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>No customer number could be suggested: %1</source>
        <translation>Es konnte keine Kundennummer vorgeschlagen werden: %1</translation>
    </message>
    <message>
        <source>Could not look for customers with the same details: %1</source>
        <translation>Die Suche nach Kunden mit denselben Angaben ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 already has this customer number</source>
        <translation>%1 hat bereits diese Kundennummer</translation>
    </message>
    <message>
        <source>%1 has this email</source>
        <translation>%1 hat diese E-Mail-Adresse</translation>
    </message>
    <message>
        <source>%1 has this phone number</source>
        <translation>%1 hat diese Telefonnummer</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öffnen</translation>
    </message>
    <message>
        <source>Customer numbers are unique: choose another one.</source>
        <translation>Kundennummern sind eindeutig: Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>Two people may share an email or phone: you can still save.</source>
        <translation>Zwei Personen können eine E-Mail-Adresse oder Telefonnummer teilen: Sie können trotzdem speichern.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>The customer needs a name.</source>
        <translation>Der Kunde braucht einen Namen.</translation>
    </message>
    <message>
        <source>This customer number is taken: choose another one.</source>
        <translation>Diese Kundennummer ist vergeben: Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>Look at the customers above before saving.</source>
        <translation>Sehen Sie sich vor dem Speichern die oben genannten Kunden an.</translation>
    </message>
    <message>
        <source>The customer was not saved: %1.</source>
        <translation>Der Kunde wurde nicht gespeichert: %1.</translation>
    </message>
</context>
<context>
    <name>cx::NewJourneyDialog</name>
    <message>
        <source>New journey</source>
        <translation>Neue Kundenreise</translation>
    </message>
    <message>
        <source>An empty journey</source>
        <translation>Eine leere Kundenreise</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>for example Weekend brunch</source>
        <translation>zum Beispiel Wochenend-Brunch</translation>
    </message>
    <message>
        <source>&amp;Start from</source>
        <translation>&amp;Beginnen mit</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
</context>
<context>
    <name>cx::PaperEntryDialog</name>
    <message>
        <source>y or n</source>
        <translation>j oder n (y/n)</translation>
    </message>
    <message>
        <source>the number of the ticked box, 1 to %1</source>
        <translation>die Nummer des angekreuzten Kästchens, 1 bis %1</translation>
    </message>
    <message>
        <source>the numbers of the ticked boxes, e.g. 1 3</source>
        <translation>die Nummern der angekreuzten Kästchen, z. B. 1 3</translation>
    </message>
    <message>
        <source>what is written</source>
        <translation>was geschrieben steht</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Enter paper forms — %1</source>
        <translation>Papierformulare erfassen — %1</translation>
    </message>
    <message>
        <source>Type each card as it is written. Tab or Enter moves on; &lt;b&gt;Ctrl+Enter&lt;/b&gt; saves the card and opens a blank one. Leave a field empty when nothing is ticked.</source>
        <translation>Geben Sie jede Karte so ein, wie sie ausgefüllt ist. Tab oder Eingabe geht weiter; &lt;b&gt;Strg+Eingabe&lt;/b&gt; speichert die Karte und öffnet eine leere. Lassen Sie ein Feld leer, wenn nichts angekreuzt ist.</translation>
    </message>
    <message>
        <source>Form number</source>
        <translation>Formularnummer</translation>
    </message>
    <message>
        <source>Form &amp;number</source>
        <translation>Formular&amp;nummer</translation>
    </message>
    <message>
        <source>Save and next card (Ctrl+Enter)</source>
        <translation>Speichern und nächste Karte (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>question %1 &apos;%2&apos;: there is no box %3 (1 to %4)</source>
        <translation>Frage %1 &apos;%2&apos;: Es gibt kein Kästchen %3 (1 bis %4)</translation>
    </message>
    <message>
        <source>the card could not be saved</source>
        <translation>die Karte konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>Card %1 saved%2. %3 saved in this session.</source>
        <translation>Karte %1 gespeichert%2. %3 in dieser Sitzung gespeichert.</translation>
    </message>
    <message>
        <source> — a follow-up was opened</source>
        <translation> — eine Nachfass-Aktion wurde eröffnet</translation>
    </message>
    <message>
        <source>Date the card was filled in</source>
        <translation>Datum, an dem die Karte ausgefüllt wurde</translation>
    </message>
    <message>
        <source>Filled in &amp;on</source>
        <translation>Ausgefüllt &amp;am</translation>
    </message>
    <message>
        <source>Email or phone, if the customer wrote one</source>
        <translation>E-Mail oder Telefon, falls die Kundin oder der Kunde eines angegeben hat</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>&amp;Contact (optional)</source>
        <translation>&amp;Kontakt (freiwillig)</translation>
    </message>
    <message>
        <source>The printed forms could not be read: %1.</source>
        <translation>Die gedruckten Formulare konnten nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Form %1 was already entered on %2.</source>
        <translation>Formular %1 wurde bereits am %2 erfasst.</translation>
    </message>
    <message>
        <source>Printed on %1 (forms %2 to %3).</source>
        <translation>Gedruckt am %1 (Formulare %2 bis %3).</translation>
    </message>
    <message>
        <source>Form %1 was not printed for this survey, but for “%2” on %3: is the card in the right pile?</source>
        <translation>Formular %1 wurde nicht für diese Umfrage gedruckt, sondern am %3 für „%2“: Liegt die Karte im richtigen Stapel?</translation>
    </message>
    <message>
        <source>Form %1 was never printed for this survey: check the number.</source>
        <translation>Formular %1 wurde für diese Umfrage nie gedruckt: Prüfen Sie die Nummer.</translation>
    </message>
    <message>
        <source>No printed forms are recorded for this survey.</source>
        <translation>Für diese Umfrage sind keine gedruckten Formulare verzeichnet.</translation>
    </message>
    <message>
        <source>the contact &apos;%1&apos; is neither an email address nor a phone number</source>
        <translation>der Kontakt „%1“ ist weder eine E-Mail-Adresse noch eine Telefonnummer</translation>
    </message>
    <message>
        <source>the card cannot have been filled in on %1, after today</source>
        <translation>die Karte kann nicht am %1 ausgefüllt worden sein, nach dem heutigen Tag</translation>
    </message>
</context>
<context>
    <name>cx::PaperPrintDialog</name>
    <message>
        <source>Paper forms — %1</source>
        <translation>Papierformulare — %1</translation>
    </message>
    <message>
        <source>Every form gets a number of its own, so each returned card is entered once. A new batch starts after the last number printed.</source>
        <translation>Jedes Formular bekommt eine eigene Nummer, damit jede zurückgegebene Karte nur einmal erfasst wird. Ein neuer Stapel beginnt nach der zuletzt gedruckten Nummer.</translation>
    </message>
    <message>
        <source>First form number</source>
        <translation>Erste Formularnummer</translation>
    </message>
    <message>
        <source>&amp;First number</source>
        <translation>&amp;Erste Nummer</translation>
    </message>
    <message>
        <source>Number of forms</source>
        <translation>Anzahl der Formulare</translation>
    </message>
    <message>
        <source>How &amp;many forms</source>
        <translation>&amp;Anzahl Formulare</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (US)</translation>
    </message>
    <message>
        <source>Paper &amp;size</source>
        <translation>Papier&amp;format</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Vorschau und Drucken…</translation>
    </message>
    <message>
        <source>Forms %1 to %2.</source>
        <translation>Formulare %1 bis %2.</translation>
    </message>
    <message>
        <source>The next number not yet printed is %1.</source>
        <translation>Die nächste noch nicht gedruckte Nummer ist %1.</translation>
    </message>
    <message>
        <source>The printed forms could not be read: %1.</source>
        <translation>Die gedruckten Formulare konnten nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>forms %1 to %2, printed on %3 (batch %4 to %5)</source>
        <translation>Formulare %1 bis %2, gedruckt am %3 (Stapel %4 bis %5)</translation>
    </message>
    <message numerus="yes">
        <source>%n of these numbers were already printed for this survey: %1. Cards with the same number cannot both be entered.</source>
        <translation>
            <numerusform>%n dieser Nummern wurde für diese Umfrage bereits gedruckt: %1. Karten mit derselben Nummer können nicht beide erfasst werden.</numerusform>
            <numerusform>%n dieser Nummern wurden für diese Umfrage bereits gedruckt: %1. Karten mit derselben Nummer können nicht beide erfasst werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print these numbers again?</source>
        <translation>Diese Nummern erneut drucken?</translation>
    </message>
</context>
<context>
    <name>cx::PasswordDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>The server asks for the password of “%1” to open %2.</source>
        <translation>Der Server verlangt das Passwort von „%1“, um %2 zu öffnen.</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>Ihrem Konto</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Remember in the keychain</source>
        <translation>Im Schlüsselbund merken</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>cx::RatingInput</name>
    <message>
        <source>Type 1 to 5; 0 or Backspace clears</source>
        <translation>1 bis 5 eingeben; 0 oder Rücktaste löscht</translation>
    </message>
</context>
<context>
    <name>cx::Reminders</name>
    <message>
        <source>Follow-up overdue</source>
        <translation>Vorgang überfällig</translation>
    </message>
    <message>
        <source>“%1” was due %2.</source>
        <translation>„%1“ war am %2 fällig.</translation>
    </message>
    <message>
        <source>“%1” (%2) was due %3.</source>
        <translation>„%1“ (%2) war am %3 fällig.</translation>
    </message>
    <message>
        <source>CX Desk</source>
        <translation>CX Desk</translation>
    </message>
</context>
<context>
    <name>cx::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Summary of the period</source>
        <translation>Zusammenfassung des Zeitraums</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Kundenreise</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Customer number or name, then Enter</source>
        <translation>Kundennummer oder Name, dann Eingabe</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>Page setup (paper size, portrait or landscape) and printing</source>
        <translation>Seite einrichten (Papierformat, Hoch- oder Querformat) und drucken</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>There are no surveys yet.</source>
        <translation>Es gibt noch keine Umfragen.</translation>
    </message>
    <message>
        <source>There are no journeys yet.</source>
        <translation>Es gibt noch keine Kundenreisen.</translation>
    </message>
    <message>
        <source>Type a customer&apos;s number or name and press Enter.</source>
        <translation>Geben Sie die Nummer oder den Namen eines Kunden ein und drücken Sie Eingabe.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Kein Kunde passt zu „%1“.</translation>
    </message>
    <message>
        <source>%1 — %2. The period comes from the filter bar; the preview shows the pages as they print.</source>
        <translation>%1 — %2. Der Zeitraum kommt aus der Filterleiste; die Vorschau zeigt die Seiten, wie sie gedruckt werden.</translation>
    </message>
    <message>
        <source>there is no report to export</source>
        <translation>es gibt keinen Bericht zum Exportieren</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Druckvorschau — %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not exported: %1.</source>
        <translation>Der Bericht wurde nicht exportiert: %1.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Der Bericht wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>cx::ResponseDialog</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>promoter</source>
        <translation>Promotor</translation>
    </message>
    <message>
        <source>passive</source>
        <translation>Passiver</translation>
    </message>
    <message>
        <source>detractor</source>
        <translation>Kritiker</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; von %2</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>&lt;p&gt;This response is no longer in the database.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diese Antwort ist nicht mehr in der Datenbank.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>at the counter kiosk</source>
        <translation>am Kiosk an der Theke</translation>
    </message>
    <message>
        <source>on paper form %1</source>
        <translation>auf Papierformular %1</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>von Hand erfasst</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Customer:&lt;/b&gt; %1&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kunde:&lt;/b&gt; %1&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Kunden öffnen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Anonymous&lt;/b&gt; — no customer was given.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Anonym&lt;/b&gt; — kein Kunde angegeben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not asked or not answered</source>
        <translation>nicht gefragt oder nicht beantwortet</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Follow-up:&lt;/b&gt; %1 — %2, due %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nachfassen:&lt;/b&gt; %1 — %2, fällig %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
</context>
<context>
    <name>cx::ServerActions</name>
    <message>
        <source>The system keychain cannot be reached: the password is not remembered.</source>
        <translation>Der Schlüsselbund des Systems ist nicht erreichbar: Das Passwort wird nicht gemerkt.</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached (%1), so CX Desk cannot remember the password: it asks for it each time, unless ~/.pgpass holds it.</source>
        <translation>Der Schlüsselbund des Systems ist nicht erreichbar (%1), daher kann CX Desk das Passwort nicht speichern: Es fragt jedes Mal danach, sofern ~/.pgpass es nicht enthält.</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Mit einem Server verbinden</translation>
    </message>
    <message>
        <source>Move to a server</source>
        <translation>Auf einen Server verschieben</translation>
    </message>
    <message>
        <source>The system keychain cannot keep the password (%1); CX Desk asks for it next time.</source>
        <translation>Der Schlüsselbund des Systems kann das Passwort nicht aufbewahren (%1); CX Desk fragt beim nächsten Mal danach.</translation>
    </message>
    <message>
        <source>%1 holds no CX Desk data yet.

Set up CX Desk in this database?</source>
        <translation>%1 enthält noch keine CX-Desk-Daten.

CX Desk in dieser Datenbank einrichten?</translation>
    </message>
    <message>
        <source>%1 already holds a business.

Replace its data with the data of %2? What it holds now is lost; %2 stays as it is.</source>
        <translation>%1 enthält bereits ein Unternehmen.

Seine Daten durch die Daten von %2 ersetzen? Was es jetzt enthält, geht verloren; %2 bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Copy the data of %1 to %2?

The file stays as it is; afterwards the window works on the server.</source>
        <translation>Die Daten von %1 nach %2 kopieren?

Die Datei bleibt, wie sie ist; danach arbeitet das Fenster auf dem Server.</translation>
    </message>
    <message>
        <source>Moving the data of %1 to %2…</source>
        <translation>Die Daten von %1 werden nach %2 verschoben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The move was stopped. %1 is as it was, and the window stays on %2.</source>
        <translation>Das Verschieben wurde abgebrochen. %1 ist, wie es war, und das Fenster bleibt bei %2.</translation>
    </message>
    <message>
        <source>The data could not be moved; %1 is as it was.

%2</source>
        <translation>Die Daten konnten nicht verschoben werden; %1 ist, wie es war.

%2</translation>
    </message>
</context>
<context>
    <name>cx::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Business name</source>
        <translation>&amp;Name des Unternehmens</translation>
    </message>
    <message>
        <source>Shown on the kiosk and printed on paper forms and reports.</source>
        <translation>Erscheint am Kiosk und auf Papierformularen und Berichten.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Logo on reports</source>
        <translation>Logo auf Berichten</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PNG or JPEG picture.</source>
        <translation>&apos;%1&apos; ist kein PNG- oder JPEG-Bild.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Follow-up actions are due after</source>
        <translation>&amp;Nachfass-Aktionen sind fällig nach</translation>
    </message>
    <message>
        <source>A detractor (NPS 0–6), a CSAT of 1–2 or a complaint opens a follow-up action due this many days later.</source>
        <translation>Ein Kritiker (NPS 0–6), ein CSAT von 1–2 oder eine Beschwerde eröffnet eine Nachfass-Aktion, die so viele Tage später fällig ist.</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The language applies from the next start of CX Desk.</source>
        <translation>Die Sprache gilt ab dem nächsten Start von CX Desk.</translation>
    </message>
    <message>
        <source>New &amp;kiosk PIN</source>
        <translation>Neue &amp;Kiosk-PIN</translation>
    </message>
    <message>
        <source>4 to 8 digits; staff enter it to leave the counter kiosk.</source>
        <translation>4 bis 8 Ziffern; das Personal gibt sie ein, um den Kiosk zu verlassen.</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>Noch nicht festgelegt</translation>
    </message>
    <message>
        <source>Leave empty to keep the current PIN</source>
        <translation>Leer lassen, um die aktuelle PIN zu behalten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>the business name</source>
        <translation>der Name des Unternehmens</translation>
    </message>
    <message>
        <source>the logo</source>
        <translation>das Logo</translation>
    </message>
    <message>
        <source>when follow-ups are due</source>
        <translation>die Fälligkeit der Nachfass-Aktionen</translation>
    </message>
    <message>
        <source>the kiosk PIN</source>
        <translation>die Kiosk-PIN</translation>
    </message>
    <message>
        <source>Reloaded: these are the settings as they were saved elsewhere.</source>
        <translation>Neu geladen: so wurden die Einstellungen anderswo gespeichert.</translation>
    </message>
    <message>
        <source>Not saved yet: %1.</source>
        <translation>Noch nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1.</source>
        <translation>Nichts wurde gespeichert: %1.</translation>
    </message>
    <message>
        <source>&amp;Business</source>
        <translation>&amp;Betrieb</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Mitarbeiter</translation>
    </message>
    <message>
        <source>Customer &amp;fields</source>
        <translation>Kunden&amp;felder</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Repeat the PIN</source>
        <translation>PIN &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
</context>
<context>
    <name>cx::StaffTab</name>
    <message>
        <source>The people follow-ups are given to and notes are signed with, in the order the lists show them. Renaming someone here does not change the follow-ups they already own.</source>
        <translation>Die Personen, denen Vorgänge zugewiesen werden und die Notizen unterschreiben, in der Reihenfolge der Listen. Eine Umbenennung hier ändert die Vorgänge nicht, die ihnen schon gehören.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>the staff list</source>
        <translation>die Mitarbeiterliste</translation>
    </message>
</context>
<context>
    <name>cx::StageDialog</name>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>for example Order</source>
        <translation>zum Beispiel Bestellen</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>How customers should feel here: −2 very unhappy to +2 delighted</source>
        <translation>Wie sich Kunden hier fühlen sollten: −2 sehr unzufrieden bis +2 begeistert</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Lifecycle &amp;phase</source>
        <translation>Lebenszyklus&amp;phase</translation>
    </message>
    <message>
        <source>&amp;Expected feeling</source>
        <translation>&amp;Erwartetes Gefühl</translation>
    </message>
</context>
<context>
    <name>cx::SurveyBuilder</name>
    <message>
        <source>NPS (0–10)</source>
        <translation>NPS (0–10)</translation>
    </message>
    <message>
        <source>CSAT (1–5 faces)</source>
        <translation>CSAT (1–5 Gesichter)</translation>
    </message>
    <message>
        <source>Effort, CES (1–7)</source>
        <translation>Aufwand, CES (1–7)</translation>
    </message>
    <message>
        <source>Rating (1–5)</source>
        <translation>Bewertung (1–5)</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Ja / Nein</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>Eine Auswahl</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>Mehrere Auswahlen</translation>
    </message>
    <message>
        <source>Written answer</source>
        <translation>Schriftliche Antwort</translation>
    </message>
    <message>
        <source>Edit survey — %1</source>
        <translation>Umfrage bearbeiten — %1</translation>
    </message>
    <message>
        <source>New survey</source>
        <translation>Neue Umfrage</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>One line shown on the first screen and the paper form</source>
        <translation>Eine Zeile auf dem ersten Bildschirm und dem Papierformular</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>No touchpoint</source>
        <translation>Kein Kontaktpunkt</translation>
    </message>
    <message>
        <source>The touchpoint&apos;s channel</source>
        <translation>Der Kanal des Kontaktpunkts</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>T&amp;ouchpoint</source>
        <translation>K&amp;ontaktpunkt</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>Ka&amp;nal</translation>
    </message>
    <message>
        <source>Thank-&amp;you message</source>
        <translation>&amp;Dankesnachricht</translation>
    </message>
    <message>
        <source>Questions (drag to reorder)</source>
        <translation>Fragen (zum Umsortieren ziehen)</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>Frage hin&amp;zufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Duplicate the question (Ctrl+D)</source>
        <translation>Die Frage duplizieren (Strg+D)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the question (Delete); Ctrl+Z brings it back</source>
        <translation>Die Frage löschen (Entf); Strg+Z holt sie zurück</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Nach oben (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Nach unten (Alt+Runter)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>A short name for the question, used in imports, exports and conditions</source>
        <translation>Ein kurzer Name für die Frage, verwendet in Importen, Exporten und Bedingungen</translation>
    </message>
    <message>
        <source>An answer is &amp;required</source>
        <translation>Eine Antwort ist &amp;erforderlich</translation>
    </message>
    <message>
        <source>O&amp;ptions, one per line</source>
        <translation>O&amp;ptionen, eine pro Zeile</translation>
    </message>
    <message>
        <source>Scale &amp;labels</source>
        <translation>Skalen&amp;beschriftungen</translation>
    </message>
    <message>
        <source>Lowest, e.g. Not at all likely</source>
        <translation>Niedrigster Wert, z. B. Überhaupt nicht wahrscheinlich</translation>
    </message>
    <message>
        <source>Highest, e.g. Extremely likely</source>
        <translation>Höchster Wert, z. B. Äußerst wahrscheinlich</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Wording</source>
        <translation>&amp;Wortlaut</translation>
    </message>
    <message>
        <source>Ask &amp;only when</source>
        <translation>Nur &amp;fragen, wenn</translation>
    </message>
    <message>
        <source>Preview at the kiosk</source>
        <translation>Vorschau am Kiosk</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Edit the title</source>
        <translation>Titel bearbeiten</translation>
    </message>
    <message>
        <source>Edit the description</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
    <message>
        <source>Edit the thank-you message</source>
        <translation>Dankesnachricht bearbeiten</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Link a touchpoint</source>
        <translation>Kontaktpunkt verknüpfen</translation>
    </message>
    <message>
        <source>Choose the channel</source>
        <translation>Kanal wählen</translation>
    </message>
    <message>
        <source>Edit the code</source>
        <translation>Code bearbeiten</translation>
    </message>
    <message>
        <source>Change the kind</source>
        <translation>Art ändern</translation>
    </message>
    <message>
        <source>First choice</source>
        <translation>Erste Auswahl</translation>
    </message>
    <message>
        <source>Second choice</source>
        <translation>Zweite Auswahl</translation>
    </message>
    <message>
        <source>Edit the wording</source>
        <translation>Wortlaut bearbeiten</translation>
    </message>
    <message>
        <source>Require an answer</source>
        <translation>Antwort verlangen</translation>
    </message>
    <message>
        <source>Make the answer optional</source>
        <translation>Antwort freiwillig machen</translation>
    </message>
    <message>
        <source>Edit the options</source>
        <translation>Optionen bearbeiten</translation>
    </message>
    <message>
        <source>Edit a scale label</source>
        <translation>Skalenbeschriftung bearbeiten</translation>
    </message>
    <message>
        <source>Change when it is asked</source>
        <translation>Ändern, wann gefragt wird</translation>
    </message>
    <message>
        <source>, required</source>
        <translation>, erforderlich</translation>
    </message>
    <message>
        <source>, only when %1 %2 %3</source>
        <translation>, nur wenn %1 %2 %3</translation>
    </message>
    <message>
        <source>Always ask</source>
        <translation>Immer fragen</translation>
    </message>
    <message>
        <source>Add a question to see it here.</source>
        <translation>Fügen Sie eine Frage hinzu, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>Asked of everyone.</source>
        <translation>Wird allen gestellt.</translation>
    </message>
    <message>
        <source>Asked only of some: %1</source>
        <translation>Wird nur manchen gestellt: %1</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>die Antwort</translation>
    </message>
    <message>
        <source>Customers answer by touch, mouse or keyboard; the paper form shows the same question with boxes to tick.</source>
        <translation>Kunden antworten per Berührung, Maus oder Tastatur; das Papierformular zeigt dieselbe Frage mit Kästchen zum Ankreuzen.</translation>
    </message>
    <message>
        <source>Before saving: %1.</source>
        <translation>Vor dem Speichern: %1.</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <source>How likely are you to recommend us to a friend or colleague?</source>
        <translation>Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen empfehlen?</translation>
    </message>
    <message>
        <source>Not at all likely</source>
        <translation>Überhaupt nicht wahrscheinlich</translation>
    </message>
    <message>
        <source>Extremely likely</source>
        <translation>Äußerst wahrscheinlich</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate a question</source>
        <translation>Frage duplizieren</translation>
    </message>
    <message>
        <source>Delete a question</source>
        <translation>Frage löschen</translation>
    </message>
    <message>
        <source>Move a question</source>
        <translation>Frage verschieben</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>Start from a template, or from scratch:</source>
        <translation>Mit einer Vorlage beginnen oder ganz neu:</translation>
    </message>
    <message>
        <source>Empty survey
    One NPS question to start with; add your own.</source>
        <translation>Leere Umfrage
    Zum Start eine NPS-Frage; fügen Sie Ihre eigenen hinzu.</translation>
    </message>
    <message>
        <source>the survey “%1”</source>
        <translation>die Umfrage „%1“</translation>
    </message>
    <message>
        <source>Save survey</source>
        <translation>Umfrage speichern</translation>
    </message>
    <message>
        <source>Reloaded: this is the survey as it was saved elsewhere.</source>
        <translation>Neu geladen: so wurde die Umfrage anderswo gespeichert.</translation>
    </message>
    <message>
        <source>Not saved yet: %1.</source>
        <translation>Noch nicht gespeichert: %1.</translation>
    </message>
</context>
<context>
    <name>cx::SurveyImportDialog</name>
    <message>
        <source>Import survey from %1</source>
        <translation>Umfrage aus %1 importieren</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>Die Datei enthält</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The survey is imported in one language; its texts in the others stay in the file</source>
        <translation>Die Umfrage wird in einer Sprache importiert; ihre Texte in den anderen Sprachen bleiben in der Datei</translation>
    </message>
    <message>
        <source>The survey whose questions match the columns</source>
        <translation>Die Umfrage, deren Fragen zu den Spalten passen</translation>
    </message>
    <message>
        <source>Add the responses to</source>
        <translation>Antworten hinzufügen zu</translation>
    </message>
    <message>
        <source>In CX Desk</source>
        <translation>In CX Desk</translation>
    </message>
    <message>
        <source>Every question of the file, what it becomes here, and when it is shown. Change what a question becomes in its list.</source>
        <translation>Jede Frage der Datei, was hier aus ihr wird und wann sie gezeigt wird. Was aus einer Frage wird, ändern Sie in ihrer Liste.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Wird zu</translation>
    </message>
    <message>
        <source>Shown if</source>
        <translation>Gezeigt, wenn</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <source>Copy the whole report as text, to keep or to send</source>
        <translation>Den ganzen Bericht als Text kopieren, zum Aufbewahren oder Versenden</translation>
    </message>
    <message>
        <source>Responses to “%1”</source>
        <translation>Antworten auf „%1“</translation>
    </message>
    <message>
        <source>“%1” updates the survey imported from this source before; its answers stay</source>
        <translation>„%1“ aktualisiert die früher aus dieser Quelle importierte Umfrage; ihre Antworten bleiben erhalten</translation>
    </message>
    <message>
        <source>“%1”, a new survey</source>
        <translation>„%1“, eine neue Umfrage</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>What the question becomes in CX Desk</source>
        <translation>Was in CX Desk aus der Frage wird</translation>
    </message>
    <message>
        <source>From the file: %1</source>
        <translation>Aus der Datei: %1</translation>
    </message>
    <message>
        <source>Always (dropped: %1)</source>
        <translation>Immer (verworfen: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln Frage</numerusform>
            <numerusform>%Ln Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln condition(s)</source>
        <translation>
            <numerusform>%Ln Bedingung</numerusform>
            <numerusform>%Ln Bedingungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Responses: %1 new, %2 imported before.</source>
        <translation>Antworten: %1 neu, %2 schon früher importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Never submitted, so left out: %Ln response(s).</source>
        <translation>
            <numerusform>Nie abgeschickt, daher ausgelassen: %Ln Antwort.</numerusform>
            <numerusform>Nie abgeschickt, daher ausgelassen: %Ln Antworten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one question to import</source>
        <translation>Wählen Sie mindestens eine Frage zum Importieren</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>In the export</source>
        <translation>Im Export</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>No survey to add them to yet</source>
        <translation>Noch keine Umfrage, zu der sie hinzugefügt werden können</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>no column</source>
        <translation>keine Spalte</translation>
    </message>
    <message>
        <source>%1 to import, %2 left out; %3 kept, %4 dropped.</source>
        <translation>Zu importieren: %1, ausgelassen: %2; übernommen: %3, verworfen: %4.</translation>
    </message>
    <message numerus="yes">
        <source>In the file twice, so left out once: %Ln response(s).</source>
        <translation>
            <numerusform>Zweimal in der Datei, daher einmal ausgelassen: %Ln Antwort.</numerusform>
            <numerusform>Zweimal in der Datei, daher einmal ausgelassen: %Ln Antworten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fitting no option or scale, so left out: %Ln answer(s).</source>
        <translation>
            <numerusform>Zu keiner Option oder Skala passend, daher ausgelassen: %Ln Antwort.</numerusform>
            <numerusform>Zu keiner Option oder Skala passend, daher ausgelassen: %Ln Antworten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The questions of the survey, and the column of the export that answers each.</source>
        <translation>Die Fragen der Umfrage und die Spalte des Exports, die jede beantwortet.</translation>
    </message>
</context>
<context>
    <name>cx::SurveyResultsView</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>%1

Double-click to open the response</source>
        <translation>%1

Doppelklick öffnet die Antwort</translation>
    </message>
    <message>
        <source>Search the comments</source>
        <translation>Kommentare durchsuchen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 responses in the period</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 Antworten im Zeitraum</translation>
    </message>
    <message>
        <source>Responses by month</source>
        <translation>Antworten nach Monat</translation>
    </message>
    <message>
        <source>No responses in the period</source>
        <translation>Keine Antworten im Zeitraum</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>No answers in the period</source>
        <translation>Keine Antworten im Zeitraum</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>NPS %1 ± %2 — %3</source>
        <translation>NPS %1 ± %2 — %3</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Kritiker</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passive</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotoren</translation>
    </message>
    <message>
        <source>CSAT %1 % — %2</source>
        <translation>CSAT %1 % — %2</translation>
    </message>
    <message>
        <source>Mean %1 — %2</source>
        <translation>Mittelwert %1 — %2</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>&lt;b&gt;Written answers&lt;/b&gt;: %1 — %2 positive, %3 neutral, %4 negative&lt;br&gt;&lt;span style=&apos;color:%5&apos;&gt;Promoters mention&lt;/span&gt; %6&lt;br&gt;&lt;span style=&apos;color:%7&apos;&gt;Detractors mention&lt;/span&gt; %8</source>
        <translation>&lt;b&gt;Schriftliche Antworten&lt;/b&gt;: %1 — %2 positiv, %3 neutral, %4 negativ&lt;br&gt;&lt;span style=&apos;color:%5&apos;&gt;Promotoren nennen&lt;/span&gt; %6&lt;br&gt;&lt;span style=&apos;color:%7&apos;&gt;Kritiker nennen&lt;/span&gt; %8</translation>
    </message>
    <message>
        <source>&lt;b&gt;Written answers&lt;/b&gt;: they could not be read (%1)</source>
        <translation>&lt;b&gt;Schriftliche Antworten&lt;/b&gt;: Sie konnten nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>Written answers of every channel and segment in the period</source>
        <translation>Schriftliche Antworten aller Kanäle und Segmente im Zeitraum</translation>
    </message>
    <message>
        <source>Reading the results…</source>
        <translation>Die Ergebnisse werden gelesen…</translation>
    </message>
</context>
<context>
    <name>cx::SurveysPage</name>
    <message>
        <source>Surveys</source>
        <translation>Umfragen</translation>
    </message>
    <message>
        <source>&amp;New survey…</source>
        <translation>&amp;Neue Umfrage…</translation>
    </message>
    <message>
        <source>Start from a template (NPS, CSAT, CES, product feedback) or from scratch</source>
        <translation>Mit einer Vorlage (NPS, CSAT, CES, Produktfeedback) oder ganz neu beginnen</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Questions, wording, conditions and settings of the selected survey (or double-click it)</source>
        <translation>Fragen, Wortlaut, Bedingungen und Einstellungen der gewählten Umfrage (oder Doppelklick)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected survey with its responses</source>
        <translation>Die gewählte Umfrage mit ihren Antworten löschen</translation>
    </message>
    <message>
        <source>Start &amp;kiosk</source>
        <translation>&amp;Kiosk starten</translation>
    </message>
    <message>
        <source>Run the selected survey full screen at the counter; the owner&apos;s PIN ends it</source>
        <translation>Die gewählte Umfrage im Vollbild an der Theke laufen lassen; die PIN des Inhabers beendet sie</translation>
    </message>
    <message>
        <source>&amp;Print paper forms…</source>
        <translation>Papierformulare &amp;drucken…</translation>
    </message>
    <message>
        <source>Numbered paper forms of the selected survey, to print or save as PDF</source>
        <translation>Nummerierte Papierformulare der gewählten Umfrage, zum Drucken oder als PDF</translation>
    </message>
    <message>
        <source>&amp;Enter paper forms…</source>
        <translation>Papierformulare &amp;erfassen…</translation>
    </message>
    <message>
        <source>Type in returned paper cards by keyboard</source>
        <translation>Zurückgegebene Papierkarten per Tastatur eingeben</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Druckvorschau…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Kontaktpunkt</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Choose a survey with questions first.</source>
        <translation>Wählen Sie zuerst eine Umfrage mit Fragen.</translation>
    </message>
    <message>
        <source>Delete “%1”? It has no responses yet.</source>
        <translation>„%1“ löschen? Sie hat noch keine Antworten.</translation>
    </message>
    <message>
        <source>Delete survey</source>
        <translation>Umfrage löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The survey was not deleted: %1.</source>
        <translation>Die Umfrage wurde nicht gelöscht: %1.</translation>
    </message>
    <message>
        <source>Paper forms</source>
        <translation>Papierformulare</translation>
    </message>
    <message>
        <source>Save paper forms</source>
        <translation>Papierformulare speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Paper forms — %1</source>
        <translation>Papierformulare — %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>No surveys yet.</source>
        <translation>Noch keine Umfragen.</translation>
    </message>
    <message>
        <source>The surveys could not be read: %1</source>
        <translation>Die Umfragen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The PIN was not saved: %1.</source>
        <translation>Die PIN wurde nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>The forms were not saved: %1.</source>
        <translation>Die Formulare wurden nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>Forms %1 to %2 were printed, but their numbers could not be kept: %3. The next batch may start at a number printed now.</source>
        <translation>Die Formulare %1 bis %2 wurden gedruckt, aber ihre Nummern konnten nicht festgehalten werden: %3. Der nächste Stapel beginnt womöglich mit einer jetzt gedruckten Nummer.</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %Ln response(s)? Their answers leave every metric and report. Export them first if you may need them; this cannot be undone.</source>
        <translation>
            <numerusform>„%1“ und seine %Ln Antwort löschen? Ihre Antworten verschwinden aus allen Kennzahlen und Berichten. Exportieren Sie sie vorher, falls Sie sie brauchen könnten; das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>„%1“ und seine %Ln Antworten löschen? Ihre Antworten verschwinden aus allen Kennzahlen und Berichten. Exportieren Sie sie vorher, falls Sie sie brauchen könnten; das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import survey…</source>
        <translation>Umfrage &amp;importieren…</translation>
    </message>
    <message>
        <source>A survey made in LimeSurvey, Qualtrics, KoboToolbox or ODK (with its answers, where the file has them), or a CX Desk survey file</source>
        <translation>Eine in LimeSurvey, Qualtrics, KoboToolbox oder ODK erstellte Umfrage (mit ihren Antworten, wenn die Datei sie enthält) oder eine Umfragedatei von CX Desk</translation>
    </message>
    <message>
        <source>Import survey</source>
        <translation>Umfrage importieren</translation>
    </message>
    <message>
        <source>Survey files (*.lss *.lsa *.qsf *.csv *.xlsx *.xml *.json);;All files (*)</source>
        <translation>Umfragedateien (*.lss *.lsa *.qsf *.csv *.xlsx *.xml *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>kein gültiges JSON bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>not a survey definition</source>
        <translation>keine Umfragedefinition</translation>
    </message>
    <message>
        <source>it could not be saved</source>
        <translation>sie konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message numerus="yes">
        <source>Added the survey “%1” with %Ln question(s).</source>
        <translation>
            <numerusform>Die Umfrage „%1“ mit %Ln Frage wurde hinzugefügt.</numerusform>
            <numerusform>Die Umfrage „%1“ mit %Ln Fragen wurde hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated the survey “%1”; it has %Ln question(s).</source>
        <translation>
            <numerusform>Die Umfrage „%1“ wurde aktualisiert; sie hat %Ln Frage.</numerusform>
            <numerusform>Die Umfrage „%1“ wurde aktualisiert; sie hat %Ln Fragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Responses added to “%1”.</source>
        <translation>Antworten zu „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Added the survey “%1”.</source>
        <translation>Die Umfrage „%1“ wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Updated the survey “%1”.</source>
        <translation>Die Umfrage „%1“ wurde aktualisiert.</translation>
    </message>
    <message>
        <source>Responses: %1 added, %2 imported before.</source>
        <translation>Antworten: %1 hinzugefügt, %2 schon früher importiert.</translation>
    </message>
    <message>
        <source>They were given from %1 to %2; choose a period that holds these dates to see them in the results.</source>
        <translation>Sie wurden vom %1 bis %2 abgegeben; wählen Sie einen Zeitraum, der diese Tage enthält, um sie in den Ergebnissen zu sehen.</translation>
    </message>
</context>
<context>
    <name>cx::TagEditor</name>
    <message>
        <source>Add a tag…</source>
        <translation>Schlagwort hinzufügen…</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>Schlagwort „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>cx::TeamTab</name>
    <message>
        <source>everything, accounts and settings included</source>
        <translation>alles, auch Konten und Einstellungen</translation>
    </message>
    <message>
        <source>customers, interactions, follow-ups, surveys and reports</source>
        <translation>Kunden, Kontakte, Nachfass-Aktionen, Umfragen und Berichte</translation>
    </message>
    <message>
        <source>a kiosk: takes survey answers, reads nothing else</source>
        <translation>ein Kiosk: nimmt Umfrageantworten entgegen, liest sonst nichts</translation>
    </message>
    <message>
        <source>Each person logs in to the server with their own account. The server itself allows each account only what its role may do.</source>
        <translation>Jede Person meldet sich mit ihrem eigenen Konto am Server an. Der Server selbst erlaubt jedem Konto nur, was seine Rolle darf.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kiosks&lt;/b&gt; — answers taken while the server was away wait on the kiosk until it is back</source>
        <translation>&lt;b&gt;Kioske&lt;/b&gt; — Antworten, die eingehen, während der Server nicht antwortet, warten auf dem Kiosk, bis der Server wieder da ist</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Sent after outages</source>
        <translation>Nach Ausfällen gesendet</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Letzte Meldung</translation>
    </message>
    <message>
        <source>choose a role</source>
        <translation>wählen Sie eine Rolle</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>e.g. ben or kiosk1</source>
        <translation>z. B. ben oder kiosk1</translation>
    </message>
    <message>
        <source>&amp;Account name</source>
        <translation>&amp;Kontoname</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>The same &amp;again</source>
        <translation>Noch &amp;einmal</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Remove an account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account “%1”? They can no longer log in. What they entered stays, with their name on it.</source>
        <translation>Das Konto „%1“ entfernen? Die Person kann sich dann nicht mehr anmelden. Was sie eingegeben hat, bleibt erhalten und trägt weiter ihren Namen.</translation>
    </message>
</context>
<context>
    <name>cx::Text</name>
    <message>
        <source>a journey needs a name</source>
        <translation>eine Kundenreise braucht einen Namen</translation>
    </message>
    <message>
        <source>a stage needs a name</source>
        <translation>eine Phase braucht einen Namen</translation>
    </message>
    <message>
        <source>the expected feeling %1 is outside -2 to +2</source>
        <translation>das erwartete Gefühl %1 liegt außerhalb von -2 bis +2</translation>
    </message>
    <message>
        <source>a touchpoint needs a name</source>
        <translation>ein Kontaktpunkt braucht einen Namen</translation>
    </message>
    <message>
        <source>the target %1 is outside the 1-5 scale</source>
        <translation>das Ziel %1 liegt außerhalb der Skala 1-5</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: keine solche Datei</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1:%2: a quoted field is not closed before the end of the file</source>
        <translation>%1:%2: ein Feld in Anführungszeichen ist vor dem Dateiende nicht geschlossen</translation>
    </message>
    <message>
        <source>%1:%2: text after the closing quote of field %3</source>
        <translation>%1:%2: Text nach dem schließenden Anführungszeichen von Feld %3</translation>
    </message>
    <message>
        <source>a customer needs a name</source>
        <translation>ein Kunde braucht einen Namen</translation>
    </message>
    <message>
        <source>migration %1 is missing from this build</source>
        <translation>Migration %1 fehlt in diesem Build</translation>
    </message>
    <message>
        <source>cannot read migration %1</source>
        <translation>Migration %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a database file</source>
        <translation>&apos;%1&apos; ist ein Ordner, keine Datenbankdatei</translation>
    </message>
    <message>
        <source>cannot create database &apos;%1&apos;: folder &apos;%2&apos; does not exist</source>
        <translation>Datenbank &apos;%1&apos; kann nicht angelegt werden: Ordner &apos;%2&apos; existiert nicht</translation>
    </message>
    <message>
        <source>cannot create database &apos;%1&apos;: %2</source>
        <translation>Datenbank &apos;%1&apos; kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot read database &apos;%1&apos;: permission denied</source>
        <translation>Datenbank &apos;%1&apos; kann nicht gelesen werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>cannot open database &apos;%1&apos;: %2</source>
        <translation>Datenbank &apos;%1&apos; kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a database file (it is not in SQLite format)</source>
        <translation>&apos;%1&apos; ist keine Datenbankdatei (nicht im SQLite-Format)</translation>
    </message>
    <message>
        <source>cannot read database &apos;%1&apos;: %2</source>
        <translation>Datenbank &apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CX Desk database (it is an SQLite file of another program)</source>
        <translation>&apos;%1&apos; ist keine CX-Desk-Datenbank (sondern eine SQLite-Datei eines anderen Programms)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer CX Desk (schema version %2; this version reads up to %3): update CX Desk to open it</source>
        <translation>&apos;%1&apos; wurde von einem neueren CX Desk geschrieben (Schemaversion %2; diese Version liest bis %3): Aktualisieren Sie CX Desk, um sie zu öffnen</translation>
    </message>
    <message>
        <source>cannot configure database &apos;%1&apos;: %2</source>
        <translation>Datenbank &apos;%1&apos; kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>cannot upgrade &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>cannot upgrade &apos;%1&apos; to schema version %2: %3</source>
        <translation>&apos;%1&apos; kann nicht auf Schemaversion %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>no transaction is active</source>
        <translation>keine Transaktion ist aktiv</translation>
    </message>
    <message>
        <source>the condition is not a JSON object</source>
        <translation>die Bedingung ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the condition names no question</source>
        <translation>die Bedingung nennt keine Frage</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of = != &lt; &lt;= &gt; &gt;=</source>
        <translation>&apos;%1&apos; ist keiner von = != &lt; &lt;= &gt; &gt;=</translation>
    </message>
    <message>
        <source>the condition has no value</source>
        <translation>die Bedingung hat keinen Wert</translation>
    </message>
    <message>
        <source>responses are exported one survey at a time: name it with --survey UUID</source>
        <translation>Antworten werden je Umfrage exportiert: nennen Sie sie mit --survey UUID</translation>
    </message>
    <message>
        <source>cannot read the records: %1</source>
        <translation>die Datensätze können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
    <message>
        <source>follow-up actions must be due within 0 to 365 days, not %1</source>
        <translation>Nachfass-Aktionen müssen in 0 bis 365 Tagen fällig sein, nicht %1</translation>
    </message>
    <message>
        <source>Follow up a complaint</source>
        <translation>Einer Beschwerde nachgehen</translation>
    </message>
    <message>
        <source>Follow up a complaint about %1</source>
        <translation>Einer Beschwerde über %1 nachgehen</translation>
    </message>
    <message>
        <source>Follow up %1&apos;s complaint</source>
        <translation>Der Beschwerde von %1 nachgehen</translation>
    </message>
    <message>
        <source>Follow up %1&apos;s complaint about %2</source>
        <translation>Der Beschwerde von %1 über %2 nachgehen</translation>
    </message>
    <message>
        <source>Look into an anonymous %1 of %2</source>
        <translation>Einem anonymen %1 von %2 nachgehen</translation>
    </message>
    <message>
        <source>Call %1 back about their %2 of %3</source>
        <translation>%1 wegen des %2 von %3 zurückrufen</translation>
    </message>
    <message>
        <source>%1: not a JSON array of records (%2 at character %3)</source>
        <translation>%1: kein JSON-Array von Datensätzen (%2 bei Zeichen %3)</translation>
    </message>
    <message>
        <source>%1:%2: column &apos;%3&apos;: %4</source>
        <translation>%1:%2: Spalte &apos;%3&apos;: %4</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; use YYYY-MM-DD</source>
        <translation>&apos;%1&apos; ist kein Datum; verwenden Sie JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rating from 1 to 5</source>
        <translation>&apos;%1&apos; ist keine Bewertung von 1 bis 5</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: die Datei ist leer</translation>
    </message>
    <message>
        <source>responses are imported into one survey: name it (--survey UUID)</source>
        <translation>Antworten werden in eine Umfrage importiert: nennen Sie sie (--survey UUID)</translation>
    </message>
    <message>
        <source>%1: not valid UTF-8; read as Windows-1252</source>
        <translation>%1: kein gültiges UTF-8; als Windows-1252 gelesen</translation>
    </message>
    <message>
        <source>%1: the file is empty; a header row is required</source>
        <translation>%1: die Datei ist leer; eine Kopfzeile ist erforderlich</translation>
    </message>
    <message>
        <source>%1:1: column &apos;%2&apos; is missing; the header needs it (or --map %3=HEADER)</source>
        <translation>%1:1: Spalte &apos;%2&apos; fehlt; die Kopfzeile braucht sie (oder --map %3=KOPF)</translation>
    </message>
    <message>
        <source>--map %1=%2: &apos;%1&apos; is not a field of %3</source>
        <translation>--map %1=%2: &apos;%1&apos; ist kein Feld von %3</translation>
    </message>
    <message>
        <source>these responses</source>
        <translation>diese Antworten</translation>
    </message>
    <message>
        <source>%1:1: column &apos;%2&apos; (named by --map %3) is not in the header</source>
        <translation>%1:1: Spalte &apos;%2&apos; (genannt von --map %3) steht nicht in der Kopfzeile</translation>
    </message>
    <message>
        <source>%1: ignored column%2 %3</source>
        <translation>%1: ignorierte Spalte%2 %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write to the database: %1</source>
        <translation>in die Datenbank kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>channel &apos;%1&apos;</source>
        <translation>Kanal &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no channel is named &apos;%1&apos; (--create-missing adds it)</source>
        <translation>kein Kanal heißt &apos;%1&apos; (--create-missing legt ihn an)</translation>
    </message>
    <message>
        <source>customer &apos;%1&apos;</source>
        <translation>Kunde &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no customer has the number &apos;%1&apos; (--create-missing adds one)</source>
        <translation>kein Kunde hat die Nummer &apos;%1&apos; (--create-missing legt einen an)</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation>der Import wurde abgebrochen; nichts wurde importiert</translation>
    </message>
    <message>
        <source>is missing from this row (%1 of %2 columns)</source>
        <translation>fehlt in dieser Zeile (%1 von %2 Spalten)</translation>
    </message>
    <message>
        <source>is empty; every customer needs one</source>
        <translation>ist leer; jeder Kunde braucht eine</translation>
    </message>
    <message>
        <source>is empty; every customer needs a name</source>
        <translation>ist leer; jeder Kunde braucht einen Namen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address</source>
        <translation>&apos;%1&apos; ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>%1 is before converted_on %2</source>
        <translation>%1 liegt vor converted_on %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of kiosk, paper, import, manual</source>
        <translation>&apos;%1&apos; ist keiner von kiosk, paper, import, manual</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID</source>
        <translation>&apos;%1&apos; ist keine UUID</translation>
    </message>
    <message>
        <source>is empty; the question is required</source>
        <translation>ist leer; die Frage ist erforderlich</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from %2 to %3 (a %4 answer)</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl von %2 bis %3 (eine %4-Antwort)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of its options: %2</source>
        <translation>&apos;%1&apos; ist keine ihrer Optionen: %2</translation>
    </message>
    <message>
        <source>Imported touchpoints</source>
        <translation>Importierte Kontaktpunkte</translation>
    </message>
    <message>
        <source>Touchpoints named by imported files; move them to their journeys.</source>
        <translation>Kontaktpunkte aus importierten Dateien; verschieben Sie sie in ihre Kundenreisen.</translation>
    </message>
    <message>
        <source>To place</source>
        <translation>Einzuordnen</translation>
    </message>
    <message>
        <source>touchpoint &apos;%1&apos;</source>
        <translation>Kontaktpunkt &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no touchpoint is named &apos;%1&apos; (--create-missing adds it)</source>
        <translation>kein Kontaktpunkt heißt &apos;%1&apos; (--create-missing legt ihn an)</translation>
    </message>
    <message>
        <source>%1:%2: cannot be written: %3</source>
        <translation>%1:%2: kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>angelegt: %1</translation>
    </message>
    <message>
        <source>occurred_at &apos;%1&apos; is not a timestamp like 2026-03-01T14:05:00+01:00</source>
        <translation>occurred_at &apos;%1&apos; ist kein Zeitstempel wie 2026-03-01T14:05:00+01:00</translation>
    </message>
    <message>
        <source>resolved_at &apos;%1&apos; is not a timestamp like 2026-03-01T14:05:00+01:00</source>
        <translation>resolved_at &apos;%1&apos; ist kein Zeitstempel wie 2026-03-01T14:05:00+01:00</translation>
    </message>
    <message>
        <source>resolved_at %1 is before occurred_at %2</source>
        <translation>resolved_at %1 liegt vor occurred_at %2</translation>
    </message>
    <message>
        <source>staff_rating %1 is outside 1-5</source>
        <translation>staff_rating %1 liegt außerhalb von 1-5</translation>
    </message>
    <message>
        <source>customer_rating %1 is outside 1-5</source>
        <translation>customer_rating %1 liegt außerhalb von 1-5</translation>
    </message>
    <message>
        <source>an interaction without a uuid</source>
        <translation>ein Kontakt ohne UUID</translation>
    </message>
    <message>
        <source>there is no journey template &apos;%1&apos;</source>
        <translation>es gibt keine Kundenreisen-Vorlage &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no customer has the number &apos;%1&apos;</source>
        <translation>kein Kunde hat die Nummer &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot erase: %1</source>
        <translation>Löschen nicht möglich: %1</translation>
    </message>
    <message>
        <source>question %1 &apos;%2&apos;: %3 is not a whole number from %4 to %5</source>
        <translation>Frage %1 &apos;%2&apos;: %3 ist keine ganze Zahl von %4 bis %5</translation>
    </message>
    <message>
        <source>question %1 &apos;%2&apos; needs an answer</source>
        <translation>Frage %1 &apos;%2&apos; braucht eine Antwort</translation>
    </message>
    <message>
        <source>form %1 of this survey was already entered (response of %2)</source>
        <translation>Formular %1 dieser Umfrage wurde schon erfasst (Antwort vom %2)</translation>
    </message>
    <message>
        <source>Gave their contact in a %1 survey response</source>
        <translation>Hat in einer Umfrageantwort (%1) Kontaktdaten angegeben</translation>
    </message>
    <message>
        <source>the PIN must be 4 to 8 digits</source>
        <translation>die PIN muss 4 bis 8 Ziffern haben</translation>
    </message>
    <message>
        <source>Our business</source>
        <translation>Unser Geschäft</translation>
    </message>
    <message>
        <source>the logo is larger than 2 MB; use a smaller picture</source>
        <translation>das Logo ist größer als 2 MB; verwenden Sie ein kleineres Bild</translation>
    </message>
    <message>
        <source>Thank you! Your answers help us do better.</source>
        <translation>Vielen Dank! Ihre Antworten helfen uns, besser zu werden.</translation>
    </message>
    <message>
        <source>uuid &apos;%1&apos; is not a UUID</source>
        <translation>uuid &apos;%1&apos; ist keine UUID</translation>
    </message>
    <message>
        <source>the survey needs a title</source>
        <translation>die Umfrage braucht einen Titel</translation>
    </message>
    <message>
        <source>the survey has no questions</source>
        <translation>die Umfrage hat keine Fragen</translation>
    </message>
    <message>
        <source>question %1%2</source>
        <translation>Frage %1%2</translation>
    </message>
    <message>
        <source> &apos;%1&apos;</source>
        <translation> &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: code is empty</source>
        <translation>%1: Code ist leer</translation>
    </message>
    <message>
        <source>%1: code is used twice</source>
        <translation>%1: Code wird zweimal verwendet</translation>
    </message>
    <message>
        <source>%1: kind &apos;%2&apos; is not one of nps, csat, ces, rating, yesno, single, multi, text</source>
        <translation>%1: Art &apos;%2&apos; ist keine von nps, csat, ces, rating, yesno, single, multi, text</translation>
    </message>
    <message>
        <source>%1: text is empty</source>
        <translation>%1: Text ist leer</translation>
    </message>
    <message>
        <source>%1: a %2 question needs options</source>
        <translation>%1: eine %2-Frage braucht Optionen</translation>
    </message>
    <message>
        <source>%1: option &apos;%2&apos; may not contain &apos;;&apos;</source>
        <translation>%1: Option &apos;%2&apos; darf kein &apos;;&apos; enthalten</translation>
    </message>
    <message>
        <source>%1: show_if refers to &apos;%2&apos;, which is not an earlier question</source>
        <translation>%1: show_if verweist auf &apos;%2&apos;, keine frühere Frage</translation>
    </message>
    <message>
        <source>%1: show_if op &apos;%2&apos; is not one of = != &lt; &lt;= &gt; &gt;=</source>
        <translation>%1: show_if-Operator &apos;%2&apos; ist keiner von = != &lt; &lt;= &gt; &gt;=</translation>
    </message>
    <message>
        <source>%1: show_if has no value</source>
        <translation>%1: show_if hat keinen Wert</translation>
    </message>
    <message>
        <source>%1: an option is empty</source>
        <translation>%1: eine Option ist leer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: its condition refers to &apos;%2&apos;, which is not an earlier question</source>
        <translation>%1: ihre Bedingung verweist auf &apos;%2&apos;, keine frühere Frage</translation>
    </message>
    <message>
        <source>cannot save question &apos;%1&apos;: %2</source>
        <translation>Frage &apos;%1&apos; kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; has %2 answers and cannot be removed (nothing was changed)</source>
        <translation>Frage &apos;%1&apos; hat %2 Antworten und kann nicht entfernt werden (nichts wurde geändert)</translation>
    </message>
    <message>
        <source>a survey needs a title</source>
        <translation>eine Umfrage braucht einen Titel</translation>
    </message>
    <message>
        <source>cannot add question &apos;%1&apos;: %2</source>
        <translation>Frage &apos;%1&apos; kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>submitted_at &apos;%1&apos; is not a timestamp like 2026-03-01T14:05:00+01:00</source>
        <translation>submitted_at &apos;%1&apos; ist kein Zeitstempel wie 2026-03-01T14:05:00+01:00</translation>
    </message>
    <message>
        <source>question %1 does not belong to this survey</source>
        <translation>Frage %1 gehört nicht zu dieser Umfrage</translation>
    </message>
    <message>
        <source>answer to &apos;%1&apos; is %2, outside %3-%4</source>
        <translation>Antwort auf &apos;%1&apos; ist %2, außerhalb von %3-%4</translation>
    </message>
    <message>
        <source>answer to &apos;%1&apos; is &apos;%2&apos;, not one of its options</source>
        <translation>Antwort auf &apos;%1&apos; ist &apos;%2&apos;, keine ihrer Optionen</translation>
    </message>
    <message>
        <source>an action needs a title</source>
        <translation>eine Aktion braucht einen Titel</translation>
    </message>
    <message>
        <source>created_at &apos;%1&apos; is not a timestamp</source>
        <translation>created_at &apos;%1&apos; ist kein Zeitstempel</translation>
    </message>
    <message>
        <source>there is no survey %1</source>
        <translation>es gibt keine Umfrage %1</translation>
    </message>
    <message>
        <source>cannot read the responses: %1</source>
        <translation>die Antworten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the answers: %1</source>
        <translation>die Antworten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Shop visit</source>
        <translation>Besuch im Laden</translation>
    </message>
    <message>
        <source>A regular from the neighbourhood</source>
        <translation>Eine Stammkundin aus der Nachbarschaft</translation>
    </message>
    <message>
        <source>From noticing the shop to coming back as a regular.</source>
        <translation>Vom ersten Blick auf den Laden bis zur Rückkehr als Stammkunde.</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Entdecken</translation>
    </message>
    <message>
        <source>Shop window</source>
        <translation>Schaufenster</translation>
    </message>
    <message>
        <source>Social media posts</source>
        <translation>Beiträge in sozialen Medien</translation>
    </message>
    <message>
        <source>Online reviews</source>
        <translation>Online-Bewertungen</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Welcome at the door</source>
        <translation>Begrüßung an der Tür</translation>
    </message>
    <message>
        <source>Browsing the shelves</source>
        <translation>Stöbern in den Regalen</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Kaufen</translation>
    </message>
    <message>
        <source>Till and payment</source>
        <translation>Kasse und Bezahlung</translation>
    </message>
    <message>
        <source>After the visit</source>
        <translation>Nach dem Besuch</translation>
    </message>
    <message>
        <source>Returns and exchanges</source>
        <translation>Rückgabe und Umtausch</translation>
    </message>
    <message>
        <source>Questions by phone</source>
        <translation>Fragen am Telefon</translation>
    </message>
    <message>
        <source>Come back</source>
        <translation>Wiederkommen</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Treuekarte</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Online order and delivery</source>
        <translation>Online-Bestellung und Lieferung</translation>
    </message>
    <message>
        <source>A busy customer ordering from the phone</source>
        <translation>Eine vielbeschäftigte Kundin, die am Handy bestellt</translation>
    </message>
    <message>
        <source>From finding the web shop to the parcel at the door.</source>
        <translation>Vom Finden des Webshops bis zum Paket an der Tür.</translation>
    </message>
    <message>
        <source>Search and ads</source>
        <translation>Suche und Werbung</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellen</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>Webshop</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Mobile App</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Bezahlen</translation>
    </message>
    <message>
        <source>Online checkout</source>
        <translation>Online-Kasse</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>Order confirmation</source>
        <translation>Bestellbestätigung</translation>
    </message>
    <message>
        <source>Delivery at the door</source>
        <translation>Lieferung an die Tür</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Email support</source>
        <translation>E-Mail-Support</translation>
    </message>
    <message>
        <source>Phone support</source>
        <translation>Telefon-Support</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <source>Review request</source>
        <translation>Bitte um Bewertung</translation>
    </message>
    <message>
        <source>Service or repair appointment</source>
        <translation>Service- oder Reparaturtermin</translation>
    </message>
    <message>
        <source>A customer whose device needs fixing</source>
        <translation>Ein Kunde, dessen Gerät repariert werden muss</translation>
    </message>
    <message>
        <source>From looking for help to the follow-up after the repair.</source>
        <translation>Von der Suche nach Hilfe bis zur Nachbetreuung nach der Reparatur.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Mundpropaganda</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Buchen</translation>
    </message>
    <message>
        <source>Booking by phone</source>
        <translation>Buchung per Telefon</translation>
    </message>
    <message>
        <source>Online booking</source>
        <translation>Online-Buchung</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>Repair or service</source>
        <translation>Reparatur oder Service</translation>
    </message>
    <message>
        <source>Invoice and payment</source>
        <translation>Rechnung und Bezahlung</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachbetreuung</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Nachfassanruf</translation>
    </message>
    <message>
        <source>Warranty claim</source>
        <translation>Garantieanspruch</translation>
    </message>
    <message>
        <source>Restaurant visit</source>
        <translation>Restaurantbesuch</translation>
    </message>
    <message>
        <source>Friends out for dinner</source>
        <translation>Freunde beim Abendessen</translation>
    </message>
    <message>
        <source>From choosing the restaurant to recommending it.</source>
        <translation>Von der Wahl des Restaurants bis zur Empfehlung.</translation>
    </message>
    <message>
        <source>Table booking by phone</source>
        <translation>Tischreservierung per Telefon</translation>
    </message>
    <message>
        <source>Eat</source>
        <translation>Essen</translation>
    </message>
    <message>
        <source>Welcome and seating</source>
        <translation>Empfang und Platzierung</translation>
    </message>
    <message>
        <source>Table service</source>
        <translation>Service am Tisch</translation>
    </message>
    <message>
        <source>Food from the kitchen</source>
        <translation>Essen aus der Küche</translation>
    </message>
    <message>
        <source>Bill and payment</source>
        <translation>Rechnung und Bezahlung</translation>
    </message>
    <message>
        <source>Loyalty offer</source>
        <translation>Treueangebot</translation>
    </message>
    <message>
        <source>What should we improve first?</source>
        <translation>Was sollten wir zuerst verbessern?</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Staff friendliness</source>
        <translation>Freundlichkeit des Personals</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>Relationship NPS</source>
        <translation>Beziehungs-NPS</translation>
    </message>
    <message>
        <source>How loyal customers are overall; ask every quarter, not after each visit.</source>
        <translation>Wie treu Kunden insgesamt sind; jedes Quartal fragen, nicht nach jedem Besuch.</translation>
    </message>
    <message>
        <source>How likely are you to recommend us?</source>
        <translation>Wie wahrscheinlich empfehlen Sie uns weiter?</translation>
    </message>
    <message>
        <source>A quick question about us as a whole.</source>
        <translation>Eine kurze Frage zu uns insgesamt.</translation>
    </message>
    <message>
        <source>Thank you! Every answer is read by the owner.</source>
        <translation>Vielen Dank! Jede Antwort wird vom Inhaber gelesen.</translation>
    </message>
    <message>
        <source>How likely are you to recommend us to a friend or colleague?</source>
        <translation>Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen empfehlen?</translation>
    </message>
    <message>
        <source>Not at all likely</source>
        <translation>Überhaupt nicht wahrscheinlich</translation>
    </message>
    <message>
        <source>Extremely likely</source>
        <translation>Äußerst wahrscheinlich</translation>
    </message>
    <message>
        <source>What is the main reason for your score?</source>
        <translation>Was ist der Hauptgrund für Ihre Bewertung?</translation>
    </message>
    <message>
        <source>Will you visit us again?</source>
        <translation>Werden Sie uns wieder besuchen?</translation>
    </message>
    <message>
        <source>Post-visit CSAT</source>
        <translation>CSAT nach dem Besuch</translation>
    </message>
    <message>
        <source>How a single visit went; at the counter or on a card left with the bill.</source>
        <translation>Wie ein einzelner Besuch war; an der Theke oder auf einer Karte bei der Rechnung.</translation>
    </message>
    <message>
        <source>How was your visit today?</source>
        <translation>Wie war Ihr Besuch heute?</translation>
    </message>
    <message>
        <source>Thirty seconds about today&apos;s visit.</source>
        <translation>Dreißig Sekunden zu Ihrem heutigen Besuch.</translation>
    </message>
    <message>
        <source>Thank you for your time. See you soon!</source>
        <translation>Danke für Ihre Zeit. Bis bald!</translation>
    </message>
    <message>
        <source>How satisfied are you with your visit today?</source>
        <translation>Wie zufrieden sind Sie mit Ihrem heutigen Besuch?</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>Sehr unzufrieden</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Sehr zufrieden</translation>
    </message>
    <message>
        <source>How would you rate our staff?</source>
        <translation>Wie bewerten Sie unser Personal?</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Schlecht</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Ausgezeichnet</translation>
    </message>
    <message>
        <source>What could we have done better?</source>
        <translation>Was hätten wir besser machen können?</translation>
    </message>
    <message>
        <source>Was your issue resolved?</source>
        <translation>Wurde Ihr Anliegen gelöst?</translation>
    </message>
    <message>
        <source>How many times did you contact us about it?</source>
        <translation>Wie oft haben Sie uns deswegen kontaktiert?</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Einmal</translation>
    </message>
    <message>
        <source>Twice</source>
        <translation>Zweimal</translation>
    </message>
    <message>
        <source>Three times or more</source>
        <translation>Dreimal oder öfter</translation>
    </message>
    <message>
        <source>Support CES</source>
        <translation>Support-CES</translation>
    </message>
    <message>
        <source>How much effort getting help took; right after a call, email or repair.</source>
        <translation>Wie viel Aufwand es war, Hilfe zu bekommen; direkt nach einem Anruf, einer E-Mail oder einer Reparatur.</translation>
    </message>
    <message>
        <source>Support follow-up</source>
        <translation>Nachfrage zum Support</translation>
    </message>
    <message>
        <source>About the help you received from us.</source>
        <translation>Zur Hilfe, die Sie von uns erhalten haben.</translation>
    </message>
    <message>
        <source>Thank you. If something is still not right, we will be in touch.</source>
        <translation>Danke. Wenn noch etwas nicht stimmt, melden wir uns.</translation>
    </message>
    <message>
        <source>How easy was it to get your issue handled?</source>
        <translation>Wie einfach war es, Ihr Anliegen erledigen zu lassen?</translation>
    </message>
    <message>
        <source>Very difficult</source>
        <translation>Sehr schwierig</translation>
    </message>
    <message>
        <source>Very easy</source>
        <translation>Sehr einfach</translation>
    </message>
    <message>
        <source>What made it hard?</source>
        <translation>Was hat es schwer gemacht?</translation>
    </message>
    <message>
        <source>Product feedback</source>
        <translation>Produktfeedback</translation>
    </message>
    <message>
        <source>What customers think of a product or a new item on the menu.</source>
        <translation>Was Kunden von einem Produkt oder einem neuen Gericht halten.</translation>
    </message>
    <message>
        <source>What do you think of it?</source>
        <translation>Wie finden Sie es?</translation>
    </message>
    <message>
        <source>Your opinion on what you bought.</source>
        <translation>Ihre Meinung zu Ihrem Kauf.</translation>
    </message>
    <message>
        <source>Thank you for the feedback!</source>
        <translation>Danke für Ihre Rückmeldung!</translation>
    </message>
    <message>
        <source>How would you rate the product overall?</source>
        <translation>Wie bewerten Sie das Produkt insgesamt?</translation>
    </message>
    <message>
        <source>What did you like?</source>
        <translation>Was hat Ihnen gefallen?</translation>
    </message>
    <message>
        <source>Taste or quality</source>
        <translation>Geschmack oder Qualität</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Verpackung</translation>
    </message>
    <message>
        <source>Would you buy it again?</source>
        <translation>Würden Sie es wieder kaufen?</translation>
    </message>
    <message>
        <source>What one thing would you change?</source>
        <translation>Was würden Sie als Erstes ändern?</translation>
    </message>
    <message>
        <source>New survey</source>
        <translation>Neue Umfrage</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>staff %1/5</source>
        <translation>Team %1/5</translation>
    </message>
    <message>
        <source>customer %1/5</source>
        <translation>Kunde %1/5</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>gelöst %1</translation>
    </message>
    <message>
        <source>answered &quot;%1&quot;</source>
        <translation>hat „%1“ beantwortet</translation>
    </message>
    <message>
        <source>follow-up: %1</source>
        <translation>Nachfassen: %1</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>erledigt %1</translation>
    </message>
    <message>
        <source>open, due %1</source>
        <translation>offen, fällig %1</translation>
    </message>
    <message>
        <source>cannot add channel</source>
        <translation>Kanal kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot add journey</source>
        <translation>Kundenreise kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot delete journey</source>
        <translation>Kundenreise kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>cannot add stage</source>
        <translation>Phase kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot add touchpoint</source>
        <translation>Kontaktpunkt kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot save journey</source>
        <translation>Kundenreise kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot save stage</source>
        <translation>Phase kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot delete stage</source>
        <translation>Phase kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>cannot save touchpoint</source>
        <translation>Kontaktpunkt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot delete touchpoint</source>
        <translation>Kontaktpunkt kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>cannot link the touchpoint again</source>
        <translation>Kontaktpunkt kann nicht wieder verknüpft werden</translation>
    </message>
    <message>
        <source>cannot add customer</source>
        <translation>Kunde kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot save customer</source>
        <translation>Kunde kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot delete customer</source>
        <translation>Kunde kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>cannot add interaction</source>
        <translation>Kontakt kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot save interaction</source>
        <translation>Kontakt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot delete interaction</source>
        <translation>Kontakt kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>cannot save the setting</source>
        <translation>die Einstellung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot update the survey</source>
        <translation>die Umfrage kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>cannot reorder the questions</source>
        <translation>die Fragen können nicht umsortiert werden</translation>
    </message>
    <message>
        <source>cannot remove a question</source>
        <translation>eine Frage kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot add survey</source>
        <translation>Umfrage kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot add response</source>
        <translation>Antwort kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot add answer</source>
        <translation>Antwort auf eine Frage kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot delete response</source>
        <translation>Antwort kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>cannot add action</source>
        <translation>Aktion kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot close action</source>
        <translation>Aktion kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>cannot reopen action</source>
        <translation>Aktion kann nicht wieder geöffnet werden</translation>
    </message>
    <message>
        <source>cannot delete the survey</source>
        <translation>die Umfrage kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>cannot rebuild the daily sums: %1</source>
        <translation>die Tagessummen können nicht neu aufgebaut werden: %1</translation>
    </message>
    <message>
        <source>cannot read the dashboard&apos;s data: %1</source>
        <translation>die Daten des Dashboards können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Kein Kanal</translation>
    </message>
    <message>
        <source>... and %1 more like the line above</source>
        <translation>... und %1 weitere wie die Zeile darüber</translation>
    </message>
    <message>
        <source>integrity check failed to run: %1</source>
        <translation>die Integritätsprüfung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>Integrität: %1</translation>
    </message>
    <message>
        <source>foreign key: %1 row %2 points to a missing %3 row</source>
        <translation>Fremdschlüssel: %1 Zeile %2 verweist auf eine fehlende %3-Zeile</translation>
    </message>
    <message>
        <source>schema: version %1, expected %2</source>
        <translation>Schema: Version %1, erwartet %2</translation>
    </message>
    <message>
        <source>check could not run: %1</source>
        <translation>die Prüfung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>cannot write backup &apos;%1&apos;: it is a folder</source>
        <translation>Sicherung &apos;%1&apos; kann nicht geschrieben werden: es ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot write backup &apos;%1&apos;: folder &apos;%2&apos; does not exist</source>
        <translation>Sicherung &apos;%1&apos; kann nicht geschrieben werden: Ordner &apos;%2&apos; existiert nicht</translation>
    </message>
    <message>
        <source>cannot write backup &apos;%1&apos;: it is the database itself</source>
        <translation>Sicherung &apos;%1&apos; kann nicht geschrieben werden: es ist die Datenbank selbst</translation>
    </message>
    <message>
        <source>cannot write backup &apos;%1&apos;: %2</source>
        <translation>Sicherung &apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write backup &apos;%1&apos;: the finished copy could not be moved into place</source>
        <translation>Sicherung &apos;%1&apos; kann nicht geschrieben werden: die fertige Kopie ließ sich nicht an ihren Platz verschieben</translation>
    </message>
    <message>
        <source>cannot restore from &apos;%1&apos;: no such file</source>
        <translation>Wiederherstellen aus &apos;%1&apos; nicht möglich: keine solche Datei</translation>
    </message>
    <message>
        <source>cannot restore from &apos;%1&apos;: not a readable file</source>
        <translation>Wiederherstellen aus &apos;%1&apos; nicht möglich: keine lesbare Datei</translation>
    </message>
    <message>
        <source>cannot restore from &apos;%1&apos;: it is the database itself</source>
        <translation>Wiederherstellen aus &apos;%1&apos; nicht möglich: es ist die Datenbank selbst</translation>
    </message>
    <message>
        <source>cannot restore into &apos;%1&apos;: folder &apos;%2&apos; does not exist</source>
        <translation>Wiederherstellen nach &apos;%1&apos; nicht möglich: Ordner &apos;%2&apos; existiert nicht</translation>
    </message>
    <message>
        <source>cannot restore from &apos;%1&apos;: it could not be copied next to the database</source>
        <translation>Wiederherstellen aus &apos;%1&apos; nicht möglich: die Datei ließ sich nicht neben die Datenbank kopieren</translation>
    </message>
    <message>
        <source>cannot restore from &apos;%1&apos;: the file is empty</source>
        <translation>Wiederherstellen aus &apos;%1&apos; nicht möglich: die Datei ist leer</translation>
    </message>
    <message>
        <source>cannot restore from &apos;%1&apos;: %2</source>
        <translation>Wiederherstellen aus &apos;%1&apos; nicht möglich: %2</translation>
    </message>
    <message>
        <source>the backup</source>
        <translation>die Sicherung</translation>
    </message>
    <message>
        <source>cannot restore from &apos;%1&apos;: the backup is damaged (integrity check failed)</source>
        <translation>Wiederherstellen aus &apos;%1&apos; nicht möglich: die Sicherung ist beschädigt (Integritätsprüfung fehlgeschlagen)</translation>
    </message>
    <message>
        <source>cannot restore into &apos;%1&apos;: the current database could not be set aside</source>
        <translation>Wiederherstellen nach &apos;%1&apos; nicht möglich: die aktuelle Datenbank ließ sich nicht beiseitelegen</translation>
    </message>
    <message>
        <source>cannot restore into &apos;%1&apos;: the verified copy could not be moved into place</source>
        <translation>Wiederherstellen nach &apos;%1&apos; nicht möglich: die geprüfte Kopie ließ sich nicht an ihren Platz verschieben</translation>
    </message>
    <message>
        <source>cannot compute metrics: %1</source>
        <translation>Kennzahlen können nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>the period starts (%1) after it ends (%2)</source>
        <translation>der Zeitraum beginnt (%1) nach seinem Ende (%2)</translation>
    </message>
    <message>
        <source>cannot read the comments: %1</source>
        <translation>die Kommentare können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>could not start the write</source>
        <translation>das Schreiben konnte nicht beginnen</translation>
    </message>
    <message>
        <source>the journey “%1”</source>
        <translation>die Kundenreise „%1“</translation>
    </message>
    <message>
        <source>the stage “%1”</source>
        <translation>die Phase „%1“</translation>
    </message>
    <message>
        <source>the touchpoint “%1”</source>
        <translation>der Kontaktpunkt „%1“</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>the persona&apos;s story</source>
        <translation>die Geschichte der Persona</translation>
    </message>
    <message>
        <source>place on the map</source>
        <translation>Platz auf der Karte</translation>
    </message>
    <message>
        <source>lifecycle phase</source>
        <translation>Lebenszyklusphase</translation>
    </message>
    <message>
        <source>expected feeling</source>
        <translation>erwartetes Gefühl</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>the customer “%1”</source>
        <translation>der Kunde „%1“</translation>
    </message>
    <message>
        <source>customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>first contact</source>
        <translation>erster Kontakt</translation>
    </message>
    <message>
        <source>customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <source>left on</source>
        <translation>gegangen am</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>cannot compare the daily sums: %1</source>
        <translation>Tagessummen können nicht verglichen werden: %1</translation>
    </message>
    <message>
        <source>daily sums: %1, survey %2, channel %3, touchpoint %4, %5 = %6: %7 counted, the responses hold %8</source>
        <translation>Tagessummen: %1, Umfrage %2, Kanal %3, Kontaktpunkt %4, %5 = %6: %7 gezählt, die Antworten enthalten %8</translation>
    </message>
    <message>
        <source>daily sums: %1, channel %2, touchpoint %3: the interaction sums differ from the interactions of that day</source>
        <translation>Tagessummen: %1, Kanal %2, Kontaktpunkt %3: die Kontaktsummen weichen von den Kontakten dieses Tages ab</translation>
    </message>
    <message>
        <source>there is no database at &apos;%1&apos;: check the path (a command that only reads never creates one)</source>
        <translation>unter „%1“ gibt es keine Datenbank: prüfen Sie den Pfad (ein Befehl, der nur liest, legt nie eine an)</translation>
    </message>
    <message>
        <source>there is no database at &apos;%1&apos;: folder &apos;%2&apos; does not exist</source>
        <translation>unter „%1“ gibt es keine Datenbank: der Ordner „%2“ existiert nicht</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>was getan wurde</translation>
    </message>
    <message>
        <source>the follow-up “%1”</source>
        <translation>die Nachfass-Aktion „%1“</translation>
    </message>
    <message>
        <source>when follow-ups are due</source>
        <translation>die Fälligkeit der Nachfass-Aktionen</translation>
    </message>
    <message>
        <source>the interaction of %1</source>
        <translation>der Kontakt vom %1</translation>
    </message>
    <message>
        <source>the %1 of %2</source>
        <translation>der Kontakt „%1“ vom %2</translation>
    </message>
    <message>
        <source>when</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>Kontaktpunkt</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>staff rating</source>
        <translation>Bewertung des Teams</translation>
    </message>
    <message>
        <source>customer rating</source>
        <translation>Kundenbewertung</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>gelöst</translation>
    </message>
    <message>
        <source>cannot count the records: %1</source>
        <translation>Datensätze können nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>daily sums: rebuild them from the raw rows with: cxdesk check --repair</source>
        <translation>Tagessummen: aus den Rohdaten neu aufbauen mit: cxdesk check --repair</translation>
    </message>
    <message>
        <source>the list has no order to read it in</source>
        <translation>die Liste hat keine Reihenfolge zum Lesen</translation>
    </message>
    <message>
        <source>%1 was changed in another window or program</source>
        <translation>%1 wurde in einem anderen Fenster oder Programm geändert</translation>
    </message>
    <message>
        <source>%1 was changed in another window or program (%2)</source>
        <translation>%1 wurde in einem anderen Fenster oder Programm geändert (%2)</translation>
    </message>
    <message>
        <source>%1 was changed in another window or program at %2</source>
        <translation>%1 wurde um %2 in einem anderen Fenster oder Programm geändert</translation>
    </message>
    <message>
        <source>%1 was changed in another window or program at %2 (%3)</source>
        <translation>%1 wurde um %2 in einem anderen Fenster oder Programm geändert (%3)</translation>
    </message>
    <message>
        <source>%1 was deleted in another window or program</source>
        <translation>%1 wurde in einem anderen Fenster oder Programm gelöscht</translation>
    </message>
    <message>
        <source>the setting “%1”</source>
        <translation>die Einstellung „%1“</translation>
    </message>
    <message>
        <source>another CX Desk program is writing to this database — try again when it has finished</source>
        <translation>ein anderes CX-Desk-Programm schreibt gerade in diese Datenbank — versuchen Sie es noch einmal, wenn es fertig ist</translation>
    </message>
    <message>
        <source>the kiosk PIN</source>
        <translation>die Kiosk-PIN</translation>
    </message>
    <message>
        <source>the business name</source>
        <translation>der Name des Unternehmens</translation>
    </message>
    <message>
        <source>the logo</source>
        <translation>das Logo</translation>
    </message>
    <message>
        <source>the survey “%1”</source>
        <translation>die Umfrage „%1“</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>where it is asked</source>
        <translation>wo sie gestellt wird</translation>
    </message>
    <message>
        <source>wording</source>
        <translation>Wortlaut</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>cannot delete action</source>
        <translation>Aktion kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>marked done</source>
        <translation>als erledigt markiert</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>wieder geöffnet</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>Fälligkeit</translation>
    </message>
    <message>
        <source>cannot link the follow-up again</source>
        <translation>Nachfass-Aktion kann nicht wieder verknüpft werden</translation>
    </message>
    <message>
        <source>cannot read the surveys: %1</source>
        <translation>Umfragen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot write the customers&apos; search keys: %1</source>
        <translation>die Suchschlüssel der Kunden können nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot write the customers&apos; search keys</source>
        <translation>die Suchschlüssel der Kunden können nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the SQLite driver gives no connection handle</source>
        <translation>der SQLite-Treiber liefert keinen Verbindungszugriff</translation>
    </message>
    <message>
        <source>cannot add the search function: %1</source>
        <translation>die Suchfunktion kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>cannot merge customers</source>
        <translation>Kunden können nicht zusammengeführt werden</translation>
    </message>
    <message>
        <source>two different stored customers are needed to merge</source>
        <translation>zum Zusammenführen braucht es zwei verschiedene gespeicherte Kunden</translation>
    </message>
    <message>
        <source>closed_at &apos;%1&apos; is not a timestamp</source>
        <translation>closed_at &apos;%1&apos; ist kein Zeitstempel</translation>
    </message>
    <message>
        <source>cannot change action</source>
        <translation>Vorgang kann nicht geändert werden</translation>
    </message>
    <message>
        <source>a note needs some text</source>
        <translation>eine Notiz braucht Text</translation>
    </message>
    <message>
        <source>written_at &apos;%1&apos; is not a timestamp</source>
        <translation>written_at &apos;%1&apos; ist kein Zeitstempel</translation>
    </message>
    <message>
        <source>cannot add the note</source>
        <translation>Notiz kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot remove the note</source>
        <translation>Notiz kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>the note was deleted in another window or program</source>
        <translation>die Notiz wurde in einem anderen Fenster oder Programm gelöscht</translation>
    </message>
    <message>
        <source>the staff list</source>
        <translation>die Mitarbeiterliste</translation>
    </message>
    <message>
        <source>a contact is by email or phone, not &apos;%1&apos;</source>
        <translation>ein Kontakt erfolgt per E-Mail oder Telefon, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot record the contact</source>
        <translation>der Kontakt kann nicht vermerkt werden</translation>
    </message>
    <message>
        <source>Phoned</source>
        <translation>Angerufen</translation>
    </message>
    <message>
        <source>Emailed — apology</source>
        <translation>E-Mail — Entschuldigung</translation>
    </message>
    <message>
        <source>Emailed — thank-you</source>
        <translation>E-Mail — Dankeschön</translation>
    </message>
    <message>
        <source>Emailed — survey invitation</source>
        <translation>E-Mail — Umfrage-Einladung</translation>
    </message>
    <message>
        <source>Emailed</source>
        <translation>E-Mail geschrieben</translation>
    </message>
    <message>
        <source>cannot write the mail merge: %1</source>
        <translation>der Serienbrief kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Entschuldigung</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Dankeschön</translation>
    </message>
    <message>
        <source>Survey invitation</source>
        <translation>Umfrage-Einladung</translation>
    </message>
    <message>
        <source>We are sorry, {first_name}</source>
        <translation>Es tut uns leid, {first_name}</translation>
    </message>
    <message>
        <source>Hello {first_name},

Thank you for telling us about your visit, and we are sorry we let you down.
What happened at {touchpoint} is not what we want for you, and we are putting it right.
We would love the chance to make it up to you: just reply to this email.

Warm regards,
{staff}
{business}</source>
        <translation>Hallo {first_name},

danke, dass Sie uns von Ihrem Besuch erzählt haben, und es tut uns leid, dass wir Sie enttäuscht haben.
Was bei {touchpoint} passiert ist, wünschen wir uns nicht für Sie, und wir bringen es in Ordnung.
Wir würden es gern wiedergutmachen: Antworten Sie einfach auf diese E-Mail.

Herzliche Grüße
{staff}
{business}</translation>
    </message>
    <message>
        <source>Thank you, {first_name}!</source>
        <translation>Danke, {first_name}!</translation>
    </message>
    <message>
        <source>Hello {first_name},

Thank you for your kind words: they made our day.
We are glad {touchpoint} went well for you.
We look forward to seeing you again soon.

With warm thanks,
{staff}
{business}</source>
        <translation>Hallo {first_name},

danke für Ihre freundlichen Worte: Sie haben uns den Tag versüßt.
Wir freuen uns, dass {touchpoint} für Sie gut gelaufen ist.
Wir freuen uns darauf, Sie bald wiederzusehen.

Mit herzlichem Dank
{staff}
{business}</translation>
    </message>
    <message>
        <source>Two quick questions from {business}</source>
        <translation>Zwei kurze Fragen von {business}</translation>
    </message>
    <message>
        <source>Hello {first_name},

Thank you for choosing {business}.
We would love to hear how {touchpoint} went for you.
Would you answer two quick questions by replying to this email?
1. From 0 to 10, how likely are you to recommend us to a friend?
2. What is one thing we could do better?

Thank you for your time,
{staff}
{business}</source>
        <translation>Hallo {first_name},

danke, dass Sie sich für {business} entschieden haben.
Wir würden gern hören, wie {touchpoint} für Sie war.
Mögen Sie zwei kurze Fragen beantworten, indem Sie auf diese E-Mail antworten?
1. Wie wahrscheinlich ist es auf einer Skala von 0 bis 10, dass Sie uns einem Freund empfehlen?
2. Was könnten wir besser machen?

Danke für Ihre Zeit
{staff}
{business}</translation>
    </message>
    <message>
        <source>the customer&apos;s name</source>
        <translation>der Name des Kunden</translation>
    </message>
    <message>
        <source>the customer&apos;s first name</source>
        <translation>der Vorname des Kunden</translation>
    </message>
    <message>
        <source>your business&apos;s name</source>
        <translation>der Name Ihres Geschäfts</translation>
    </message>
    <message>
        <source>where it happened: the follow-up&apos;s, or the last visit</source>
        <translation>wo es geschah: bei der Nachverfolgung oder beim letzten Besuch</translation>
    </message>
    <message>
        <source>who writes (the follow-up&apos;s owner)</source>
        <translation>wer schreibt (zuständig für die Nachverfolgung)</translation>
    </message>
    <message>
        <source>unknown placeholder %1 (it stays as typed); the placeholders are %2</source>
        <translation>unbekannter Platzhalter %1 (er bleibt wie getippt); die Platzhalter sind %2</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Hallo,</translation>
    </message>
    <message>
        <source>the customer is no longer in the database</source>
        <translation>der Kunde ist nicht mehr in der Datenbank</translation>
    </message>
    <message>
        <source>place</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>a customer field needs a name</source>
        <translation>ein Kundenfeld braucht einen Namen</translation>
    </message>
    <message>
        <source>“%1” is a column of every customers file already; give the field another name</source>
        <translation>„%1“ ist bereits eine Spalte jeder Kundendatei; geben Sie dem Feld einen anderen Namen</translation>
    </message>
    <message>
        <source>there is already a customer field named “%1”</source>
        <translation>es gibt bereits ein Kundenfeld namens „%1“</translation>
    </message>
    <message>
        <source>the customer field “%1”</source>
        <translation>das Kundenfeld „%1“</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>„%1“ ist weder ja noch nein</translation>
    </message>
    <message>
        <source>cannot add the customer field</source>
        <translation>das Kundenfeld kann nicht hinzugefügt werden</translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot become %2: %n customer(s) have a value it cannot hold</source>
        <translation>
            <numerusform>„%1“ kann nicht %2 werden: %n Kunde hat einen Wert, den es nicht aufnehmen kann</numerusform>
            <numerusform>„%1“ kann nicht %2 werden: %n Kunden haben einen Wert, den es nicht aufnehmen kann</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot save the customer field</source>
        <translation>das Kundenfeld kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot remove the customer field</source>
        <translation>das Kundenfeld kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot save the customer&apos;s fields</source>
        <translation>die Felder des Kunden können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot save the tags</source>
        <translation>die Schlagwörter können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>zuständig: %1</translation>
    </message>
    <message>
        <source>opened by %1</source>
        <translation>eröffnet von %1</translation>
    </message>
    <message>
        <source>a note: “%1”</source>
        <translation>eine Notiz: „%1“</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>about the follow-up: %1</source>
        <translation>zur Nachverfolgung: %1</translation>
    </message>
    <message>
        <source>cannot write the sample contacts</source>
        <translation>die Beispielkontakte können nicht geschrieben werden</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>custom fields</source>
        <translation>eigene Felder</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date like 2026-11-03, 03.11.2026 or 03/11/2026</source>
        <translation>&apos;%1&apos; ist kein Datum wie 2026-11-03, 03.11.2026 oder 03/11/2026</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a possible date: %2</source>
        <translation>&apos;%1&apos; ist kein mögliches Datum: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not name a possible time of day</source>
        <translation>&apos;%1&apos; nennt keine mögliche Uhrzeit</translation>
    </message>
    <message>
        <source>is empty; a date and time like 2026-03-01 14:05 or 2026-03-01T14:05:00+01:00 is required</source>
        <translation>ist leer; Datum und Uhrzeit wie 2026-03-01 14:05 oder 2026-03-01T14:05:00+01:00 sind erforderlich</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time like 2026-03-01 14:05, 01.03.2026 14:05 or 2026-03-01T14:05:00+01:00</source>
        <translation>&apos;%1&apos; ist kein Datum mit Uhrzeit wie 2026-03-01 14:05, 01.03.2026 14:05 oder 2026-03-01T14:05:00+01:00</translation>
    </message>
    <message>
        <source>%1: no column is chosen for &apos;%2&apos;, which every row needs; choose a column for &apos;%2&apos; in the mapping above</source>
        <translation>%1: für &apos;%2&apos;, das jede Zeile braucht, ist keine Spalte gewählt; wählen Sie oben in der Zuordnung eine Spalte für &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: dates are read day first, as line %2 shows (&apos;%3&apos;)</source>
        <translation>%1: Daten werden mit dem Tag zuerst gelesen, wie Zeile %2 zeigt (&apos;%3&apos;)</translation>
    </message>
    <message>
        <source>%1: dates are read month first, as line %2 shows (&apos;%3&apos;)</source>
        <translation>%1: Daten werden mit dem Monat zuerst gelesen, wie Zeile %2 zeigt (&apos;%3&apos;)</translation>
    </message>
    <message>
        <source>choose how the dates are written under &apos;Dates&apos; above</source>
        <translation>wählen Sie oben unter &apos;Datumsangaben&apos;, wie die Daten geschrieben sind</translation>
    </message>
    <message>
        <source>say how they are written with --date-format DMY (day first) or --date-format MDY (month first)</source>
        <translation>geben Sie mit --date-format DMY (Tag zuerst) oder --date-format MDY (Monat zuerst) an, wie sie geschrieben sind</translation>
    </message>
    <message>
        <source>%1: some dates are written day first (line %2: &apos;%3&apos;) and some month first (line %4: &apos;%5&apos;); %6</source>
        <translation>%1: manche Daten beginnen mit dem Tag (Zeile %2: &apos;%3&apos;), manche mit dem Monat (Zeile %4: &apos;%5&apos;); %6</translation>
    </message>
    <message>
        <source>%1:%2: column &apos;%3&apos;: &apos;%4&apos; could be day first or month first, and no row of the file tells which; %5</source>
        <translation>%1:%2: Spalte &apos;%3&apos;: &apos;%4&apos; kann mit dem Tag oder mit dem Monat beginnen, und keine Zeile der Datei zeigt, was gilt; %5</translation>
    </message>
    <message>
        <source>no channel is named &apos;%1&apos; (tick “Add channels, touchpoints and customers the file names” to add it)</source>
        <translation>kein Kanal heißt &apos;%1&apos; (mit „Kanäle, Kontaktpunkte und Kunden anlegen, die die Datei nennt“ wird er angelegt)</translation>
    </message>
    <message>
        <source>no customer has the number &apos;%1&apos; (tick “Add channels, touchpoints and customers the file names” to add one)</source>
        <translation>kein Kunde hat die Nummer &apos;%1&apos; (mit „Kanäle, Kontaktpunkte und Kunden anlegen, die die Datei nennt“ wird einer angelegt)</translation>
    </message>
    <message>
        <source>no touchpoint is named &apos;%1&apos; (tick “Add channels, touchpoints and customers the file names” to add it)</source>
        <translation>kein Kontaktpunkt heißt &apos;%1&apos; (mit „Kanäle, Kontaktpunkte und Kunden anlegen, die die Datei nennt“ wird er angelegt)</translation>
    </message>
    <message>
        <source>month %1 does not exist</source>
        <translation>einen Monat %1 gibt es nicht</translation>
    </message>
    <message>
        <source>day %1 does not exist</source>
        <translation>einen Tag %1 gibt es nicht</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>29 February does not exist in %1</source>
        <translation>den 29. Februar gibt es %1 nicht</translation>
    </message>
    <message>
        <source>%1 %2 does not exist</source>
        <translation>den %1. %2 gibt es nicht</translation>
    </message>
    <message>
        <source>forms %1 to %2 cannot be numbered: numbers start at 1</source>
        <translation>die Formulare %1 bis %2 können so nicht nummeriert werden: Die Nummern beginnen bei 1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s), the last: “%1”</source>
        <translation>
            <numerusform>%Ln Notiz, die letzte: „%1“</numerusform>
            <numerusform>%Ln Notizen, die letzte: „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>Call %1 back about their CSAT of %2 at %3</source>
        <translation>%1 wegen des CSAT von %2 bei %3 zurückrufen</translation>
    </message>
    <message>
        <source>the database cannot be written: check that the file and its folder may be changed</source>
        <translation>in die Datenbank kann nicht geschrieben werden: prüfen Sie, ob die Datei und ihr Ordner geändert werden dürfen</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>der Datenträger konnte nicht gelesen oder beschrieben werden</translation>
    </message>
    <message>
        <source>the database file is damaged: restore it from a backup</source>
        <translation>die Datenbankdatei ist beschädigt: stellen Sie sie aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <source>the file is not a database file (it is not in SQLite format)</source>
        <translation>die Datei ist keine Datenbankdatei (sie ist nicht im SQLite-Format)</translation>
    </message>
    <message>
        <source>the disk is full: make room and try again</source>
        <translation>der Datenträger ist voll: schaffen Sie Platz und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>die Datenbankdatei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>another record already has this value (UNIQUE %1)</source>
        <translation>ein anderer Datensatz hat bereits diesen Wert (UNIQUE %1)</translation>
    </message>
    <message>
        <source>it refers to a record that does not exist (any more)</source>
        <translation>es verweist auf einen Datensatz, den es nicht (mehr) gibt</translation>
    </message>
    <message>
        <source>a required value is missing (%1)</source>
        <translation>ein erforderlicher Wert fehlt (%1)</translation>
    </message>
    <message>
        <source>a value is outside what the database allows (%1)</source>
        <translation>ein Wert liegt außerhalb dessen, was die Datenbank zulässt (%1)</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <extracomment>A calendar quarter: %1 its number (1-4), %2 the year (&quot;Q3 2026&quot;).</extracomment>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A period in a file name: %1 and %2 are dates written 2026-11-01.</extracomment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>the server address is not a valid URI: %1</source>
        <translation>die Serveradresse ist keine gültige URI: %1</translation>
    </message>
    <message>
        <source>the server address names the database &quot;%1&quot;; a database name has no &quot;/&quot;</source>
        <translation>die Serveradresse nennt die Datenbank „%1“; ein Datenbankname enthält kein „/“</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; in the server address is not a number from 1 to 65535</source>
        <translation>der Port „%1“ in der Serveradresse ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>the TLS mode &quot;%1&quot; in the server address is not one of %2</source>
        <translation>der TLS-Modus „%1“ in der Serveradresse ist keiner von %2</translation>
    </message>
    <message>
        <source>the connect_timeout &quot;%1&quot; in the server address is not a number of seconds</source>
        <translation>connect_timeout „%1“ in der Serveradresse ist keine Zahl von Sekunden</translation>
    </message>
    <message>
        <source>the server address has a setting CX Desk does not know: &quot;%1&quot; (known: host, port, dbname, user, sslmode, connect_timeout)</source>
        <translation>die Serveradresse enthält eine Einstellung, die CX Desk nicht kennt: „%1“ (bekannt: host, port, dbname, user, sslmode, connect_timeout)</translation>
    </message>
    <message>
        <source>the server address names no database: add it after the host, as in postgresql://user@host/cxdesk</source>
        <translation>die Serveradresse nennt keine Datenbank: fügen Sie sie nach dem Host an, wie in postgresql://benutzer@host/cxdesk</translation>
    </message>
    <message>
        <source>the server %1 refused the password of &quot;%2&quot;: check the user name and password (from the keychain or ~/.pgpass)</source>
        <translation>der Server %1 hat das Passwort von „%2“ abgelehnt: prüfen Sie Benutzername und Passwort (aus dem Schlüsselbund oder ~/.pgpass)</translation>
    </message>
    <message>
        <source>the server %1 has no database &quot;%2&quot;: create it first (see the team set-up guide)</source>
        <translation>der Server %1 hat keine Datenbank „%2“: legen Sie sie zuerst an (siehe Anleitung für die Einrichtung im Team)</translation>
    </message>
    <message>
        <source>the server %1 has no account &quot;%2&quot;</source>
        <translation>der Server %1 hat kein Konto „%2“</translation>
    </message>
    <message>
        <source>the server %1 offers no TLS, but the connection requires it (sslmode %2)</source>
        <translation>der Server %1 bietet kein TLS an, die Verbindung verlangt es aber (sslmode %2)</translation>
    </message>
    <message>
        <source>the server %1 does not let &quot;%2&quot; in from this computer (its pg_hba.conf has no line for it)</source>
        <translation>der Server %1 lässt „%2“ von diesem Computer nicht herein (seine pg_hba.conf hat keine Zeile dafür)</translation>
    </message>
    <message>
        <source>the server %1 cannot be reached: check that it is running and that the address is right</source>
        <translation>der Server %1 ist nicht erreichbar: prüfen Sie, ob er läuft und die Adresse stimmt</translation>
    </message>
    <message>
        <source>the connection to the server %1 was lost</source>
        <translation>die Verbindung zum Server %1 ist abgebrochen</translation>
    </message>
    <message>
        <source>the server %1 said: %2</source>
        <translation>der Server %1 meldet: %2</translation>
    </message>
    <message>
        <source>cannot open %1: Qt&apos;s PostgreSQL driver is not installed (the package libqt6sql6-psql)</source>
        <translation>%1 lässt sich nicht öffnen: Qts PostgreSQL-Treiber ist nicht installiert (das Paket libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>kann nicht öffnen: %1</translation>
    </message>
    <message numerus="yes">
        <source>the database &apos;%1&apos; belongs to another program: it holds %n table(s) but no CX Desk schema</source>
        <translation>
            <numerusform>die Datenbank „%1“ gehört einem anderen Programm: sie enthält %n Tabelle, aber kein CX-Desk-Schema</numerusform>
            <numerusform>die Datenbank „%1“ gehört einem anderen Programm: sie enthält %n Tabellen, aber kein CX-Desk-Schema</numerusform>
        </translation>
    </message>
    <message>
        <source>the database &apos;%1&apos; holds no CX Desk data yet: open it in the window or with a command that writes (such as demo or import) to set it up</source>
        <translation>die Datenbank „%1“ enthält noch keine CX-Desk-Daten: öffnen Sie sie im Fenster oder mit einem schreibenden Befehl (etwa demo oder import), um sie einzurichten</translation>
    </message>
    <message>
        <source>cannot read the schema version of &apos;%1&apos;</source>
        <translation>die Schemaversion von „%1“ lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was set up by a newer CX Desk (schema version %2; this version reads up to %3): install CX Desk %4 or newer to use it</source>
        <translation>„%1“ wurde von einem neueren CX Desk eingerichtet (Schemaversion %2; diese Version liest bis %3): installieren Sie CX Desk %4 oder neuer, um sie zu nutzen</translation>
    </message>
    <message>
        <source>the tables refer to each other in a circle (%1)</source>
        <translation>die Tabellen verweisen im Kreis aufeinander (%1)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>cannot read the list of tables</source>
        <translation>die Liste der Tabellen lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>the two databases have different schema versions (%1 and %2)</source>
        <translation>die beiden Datenbanken haben verschiedene Schemaversionen (%1 und %2)</translation>
    </message>
    <message>
        <source>the two databases&apos; tables differ (%1)</source>
        <translation>die Tabellen der beiden Datenbanken unterscheiden sich (%1)</translation>
    </message>
    <message>
        <source>the two databases&apos; tables differ (the target has %1 tables, the source %2)</source>
        <translation>die Tabellen der beiden Datenbanken unterscheiden sich (das Ziel hat %1 Tabellen, die Quelle %2)</translation>
    </message>
    <message>
        <source>the target already holds customers, journeys, surveys or interactions; it is left as it was</source>
        <translation>das Ziel enthält bereits Kunden, Kundenreisen, Umfragen oder Kontakte; es bleibt, wie es war</translation>
    </message>
    <message>
        <source>the copy was stopped; the target is as it was</source>
        <translation>das Kopieren wurde angehalten; das Ziel ist, wie es war</translation>
    </message>
    <message>
        <source>the copy of %1 differs from its source (%2 rows read, %3 written); the target is as it was</source>
        <translation>die Kopie von %1 weicht von ihrer Quelle ab (%2 Zeilen gelesen, %3 geschrieben); das Ziel ist, wie es war</translation>
    </message>
    <message>
        <source>cannot save the copy: %1</source>
        <translation>die Kopie lässt sich nicht speichern: %1</translation>
    </message>
    <message>
        <source>cannot restore from &apos;%1&apos;: no room for a temporary copy (%2)</source>
        <translation>aus „%1“ lässt sich nicht wiederherstellen: kein Platz für eine vorläufige Kopie (%2)</translation>
    </message>
    <message>
        <source>cannot restore into the server: its data could not be kept first (%1)</source>
        <translation>auf dem Server lässt sich nicht wiederherstellen: seine Daten konnten vorher nicht gesichert werden (%1)</translation>
    </message>
    <message>
        <source>cannot write to %1: the PostgreSQL driver gives no connection handle</source>
        <translation>in %1 lässt sich nicht schreiben: der PostgreSQL-Treiber gibt keinen Verbindungszugriff frei</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>in %1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>cannot set the numbering of %1: %2</source>
        <translation>die Nummerierung von %1 lässt sich nicht setzen: %2</translation>
    </message>
    <message>
        <source>cannot add interactions: %1</source>
        <translation>Kontakte lassen sich nicht hinzufügen: %1</translation>
    </message>
    <message>
        <source>the connection to the database server was lost; what was not saved yet is not on the server</source>
        <translation>die Verbindung zum Datenbankserver ist abgebrochen; was noch nicht gespeichert war, ist nicht auf dem Server</translation>
    </message>
    <message>
        <source>%1 is a file; it needs no new connection</source>
        <translation>%1 ist eine Datei; sie braucht keine neue Verbindung</translation>
    </message>
    <message>
        <source>entered by %1</source>
        <translation>erfasst von %1</translation>
    </message>
    <message>
        <source>%1 was changed by %2</source>
        <translation>%1 wurde von %2 geändert</translation>
    </message>
    <message>
        <source>%1 was changed by %2 (%3)</source>
        <translation>%1 wurde von %2 geändert (%3)</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3</source>
        <translation>%1 wurde um %3 von %2 geändert</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 (%4)</source>
        <translation>%1 wurde um %3 von %2 geändert (%4)</translation>
    </message>
    <message>
        <source>the server does not allow your account to do this (%1); the owner of the business can</source>
        <translation>der Server erlaubt Ihrem Konto das nicht (%1); der Inhaber des Unternehmens darf es</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Counter (kiosk)</source>
        <translation>Theke (Kiosk)</translation>
    </message>
    <message>
        <source>cannot tell what this account may do</source>
        <translation>nicht feststellbar, was dieses Konto darf</translation>
    </message>
    <message>
        <source>the account &apos;%1&apos; is not in this business&apos;s team (owner, staff or counter); the owner can add it with: cxdesk team add</source>
        <translation>das Konto „%1“ gehört nicht zum Team dieses Unternehmens (Inhaber, Mitarbeiter oder Theke); der Inhaber kann es hinzufügen mit: cxdesk team add</translation>
    </message>
    <message>
        <source>accounts are a server&apos;s: this database is a file</source>
        <translation>Konten gibt es nur auf einem Server: diese Datenbank ist eine Datei</translation>
    </message>
    <message>
        <source>give the account a name</source>
        <translation>geben Sie dem Konto einen Namen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be an account name: use up to 63 letters, digits and _ . @ -, starting with a letter</source>
        <translation>„%1“ kann kein Kontoname sein: verwenden Sie bis zu 63 Buchstaben, Ziffern und _ . @ -, beginnend mit einem Buchstaben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be an account name: names starting with pg_ are the server&apos;s own</source>
        <translation>„%1“ kann kein Kontoname sein: Namen, die mit pg_ beginnen, sind dem Server vorbehalten</translation>
    </message>
    <message>
        <source>accounts are a server&apos;s: this database is a file, where whoever sits at the desk says who they are</source>
        <translation>Konten gibt es nur auf einem Server: diese Datenbank ist eine Datei, bei der jeder, der am Computer sitzt, selbst sagt, wer er ist</translation>
    </message>
    <message>
        <source>the password must have at least 8 characters</source>
        <translation>das Passwort muss mindestens 8 Zeichen haben</translation>
    </message>
    <message>
        <source>only the owner of the business can add accounts</source>
        <translation>nur der Inhaber des Unternehmens kann Konten hinzufügen</translation>
    </message>
    <message>
        <source>there is already an account called &apos;%1&apos; on this server</source>
        <translation>auf diesem Server gibt es schon ein Konto „%1“</translation>
    </message>
    <message>
        <source>cannot add the account &apos;%1&apos;: %2</source>
        <translation>das Konto „%1“ kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>only the owner of the business can remove accounts</source>
        <translation>nur der Inhaber des Unternehmens kann Konten entfernen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an account of this business (see: cxdesk team list)</source>
        <translation>„%1“ ist kein Konto dieses Unternehmens (siehe: cxdesk team list)</translation>
    </message>
    <message>
        <source>you cannot remove your own account while you use it; log in as another owner to remove &apos;%1&apos;</source>
        <translation>Sie können Ihr eigenes Konto nicht entfernen, während Sie es benutzen; melden Sie sich als anderer Inhaber an, um „%1“ zu entfernen</translation>
    </message>
    <message>
        <source>cannot remove the account &apos;%1&apos;: %2</source>
        <translation>das Konto „%1“ kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>cannot read the kiosk&apos;s queue &apos;%1&apos;: %2</source>
        <translation>die Warteschlange des Kiosks „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the kiosk&apos;s queue &apos;%1&apos; is damaged (%2); it is kept as %1.damaged</source>
        <translation>die Warteschlange des Kiosks „%1“ ist beschädigt (%2); sie wird als %1.damaged aufbewahrt</translation>
    </message>
    <message>
        <source>the server does not answer</source>
        <translation>der Server antwortet nicht</translation>
    </message>
    <message>
        <source>the survey is no longer active</source>
        <translation>die Umfrage ist nicht mehr aktiv</translation>
    </message>
    <message>
        <source>cannot link the response</source>
        <translation>Antwort kann nicht verknüpft werden</translation>
    </message>
    <message>
        <source>cannot finish the handover</source>
        <translation>Übergabe kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>the file holds no XML element</source>
        <translation>die Datei enthält kein XML-Element</translation>
    </message>
    <message>
        <source>not a LimeSurvey file: its first element is &lt;%1&gt;, not &lt;document&gt;</source>
        <translation>keine LimeSurvey-Datei: ihr erstes Element ist &lt;%1&gt;, nicht &lt;document&gt;</translation>
    </message>
    <message>
        <source>not a LimeSurvey survey structure: it has no LimeSurveyDocType</source>
        <translation>keine LimeSurvey-Umfragestruktur: LimeSurveyDocType fehlt</translation>
    </message>
    <message>
        <source>a LimeSurvey file of kind &apos;%1&apos;, not a survey structure (.lss); import the survey archive (.lsa) for its responses</source>
        <translation>eine LimeSurvey-Datei der Art &apos;%1&apos;, keine Umfragestruktur (.lss); importieren Sie für die Antworten das Umfragearchiv (.lsa)</translation>
    </message>
    <message>
        <source>LimeSurvey 4 or later survey structure (.lss, database version %1)</source>
        <translation>Umfragestruktur von LimeSurvey 4 oder neuer (.lss, Datenbankversion %1)</translation>
    </message>
    <message>
        <source>LimeSurvey 2 or 3 survey structure (.lss, database version %1)</source>
        <translation>Umfragestruktur von LimeSurvey 2 oder 3 (.lss, Datenbankversion %1)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>a list with no options</source>
        <translation>eine Liste ohne Optionen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>a multiple choice with no options</source>
        <translation>eine Mehrfachauswahl ohne Optionen</translation>
    </message>
    <message>
        <source> (a number, kept as text)</source>
        <translation> (eine Zahl, als Text übernommen)</translation>
    </message>
    <message>
        <source> (a date, kept as text)</source>
        <translation> (ein Datum, als Text übernommen)</translation>
    </message>
    <message>
        <source>an array (matrix) of several rows</source>
        <translation>eine Matrix mit mehreren Zeilen</translation>
    </message>
    <message>
        <source>a ranking</source>
        <translation>eine Rangfolge</translation>
    </message>
    <message>
        <source>a file upload</source>
        <translation>ein Datei-Upload</translation>
    </message>
    <message>
        <source>it only shows text and asks nothing</source>
        <translation>sie zeigt nur Text und fragt nichts</translation>
    </message>
    <message>
        <source>an equation LimeSurvey computes</source>
        <translation>eine Gleichung, die LimeSurvey berechnet</translation>
    </message>
    <message>
        <source>several answer fields in one question</source>
        <translation>mehrere Antwortfelder in einer Frage</translation>
    </message>
    <message>
        <source>a language switch</source>
        <translation>eine Sprachumschaltung</translation>
    </message>
    <message>
        <source>a question type CX Desk does not know (&apos;%1&apos;)</source>
        <translation>ein Fragetyp, den CX Desk nicht kennt (&apos;%1&apos;)</translation>
    </message>
    <message numerus="yes">
        <source>Questions that show earlier answers in their text ({…}): %n; CX Desk shows those parts as they are written.</source>
        <translation>
            <numerusform>Fragen, die frühere Antworten in ihrem Text zeigen ({…}): %n; CX Desk zeigt diese Stellen so, wie sie geschrieben sind.</numerusform>
            <numerusform>Fragen, die frühere Antworten in ihrem Text zeigen ({…}): %n; CX Desk zeigt diese Stellen so, wie sie geschrieben sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>the LimeSurvey survey has no questions</source>
        <translation>die LimeSurvey-Umfrage hat keine Fragen</translation>
    </message>
    <message>
        <source>the responses file is a LimeSurvey file of kind &apos;%1&apos;</source>
        <translation>die Antwortdatei ist eine LimeSurvey-Datei der Art &apos;%1&apos;</translation>
    </message>
    <message>
        <source>response %1: submitdate &apos;%2&apos; is not a timestamp</source>
        <translation>Antwort %1: submitdate &apos;%2&apos; ist kein Zeitstempel</translation>
    </message>
    <message>
        <source>the archive holds no LimeSurvey survey structure (.lss)</source>
        <translation>das Archiv enthält keine LimeSurvey-Umfragestruktur (.lss)</translation>
    </message>
    <message>
        <source>LimeSurvey survey archive (.lsa) with %1</source>
        <translation>LimeSurvey-Umfragearchiv (.lsa) mit %1</translation>
    </message>
    <message>
        <source>The archive holds no responses (.lsr).</source>
        <translation>Das Archiv enthält keine Antworten (.lsr).</translation>
    </message>
    <message>
        <source>display logic</source>
        <translation>Anzeigelogik</translation>
    </message>
    <message>
        <source>it has no condition CX Desk can read</source>
        <translation>sie enthält keine Bedingung, die CX Desk lesen kann</translation>
    </message>
    <message>
        <source>it joins several comparisons</source>
        <translation>sie verknüpft mehrere Vergleiche</translation>
    </message>
    <message>
        <source>it depends on %1, not on an answer</source>
        <translation>sie hängt von %1 ab, nicht von einer Antwort</translation>
    </message>
    <message>
        <source>it is not one comparison of a question with a value</source>
        <translation>sie ist kein einfacher Vergleich einer Frage mit einem Wert</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>kein gültiges JSON bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>not a Qualtrics survey file: it lacks SurveyEntry or SurveyElements</source>
        <translation>keine Qualtrics-Umfragedatei: SurveyEntry oder SurveyElements fehlt</translation>
    </message>
    <message>
        <source>Qualtrics survey file (.qsf)</source>
        <translation>Qualtrics-Umfragedatei (.qsf)</translation>
    </message>
    <message>
        <source>Branches of the survey flow are left out: their questions are asked to everyone.</source>
        <translation>Verzweigungen im Umfrageablauf werden ausgelassen; ihre Fragen werden allen gestellt.</translation>
    </message>
    <message>
        <source>Randomised blocks are asked in the order of the file.</source>
        <translation>Zufällig angeordnete Blöcke werden in der Reihenfolge der Datei gestellt.</translation>
    </message>
    <message>
        <source>a choice with no options</source>
        <translation>eine Auswahl ohne Optionen</translation>
    </message>
    <message>
        <source>a form of several fields</source>
        <translation>ein Formular aus mehreren Feldern</translation>
    </message>
    <message>
        <source>a slider from %1 to %2</source>
        <translation>ein Schieberegler von %1 bis %2</translation>
    </message>
    <message>
        <source>a matrix of several rows</source>
        <translation>eine Matrix mit mehreren Zeilen</translation>
    </message>
    <message>
        <source>side-by-side matrices</source>
        <translation>nebeneinanderstehende Matrizen</translation>
    </message>
    <message>
        <source>a ranking into groups</source>
        <translation>eine Einordnung in Gruppen</translation>
    </message>
    <message>
        <source>a constant sum</source>
        <translation>eine konstante Summe</translation>
    </message>
    <message>
        <source>a signature</source>
        <translation>eine Unterschrift</translation>
    </message>
    <message>
        <source>a timer Qualtrics keeps</source>
        <translation>eine Zeitmessung von Qualtrics</translation>
    </message>
    <message>
        <source>browser information Qualtrics records</source>
        <translation>Browserdaten, die Qualtrics aufzeichnet</translation>
    </message>
    <message>
        <source>a heat map</source>
        <translation>eine Heatmap</translation>
    </message>
    <message>
        <source>a hot spot picture</source>
        <translation>ein Bild mit Klickbereichen</translation>
    </message>
    <message>
        <source>a captcha</source>
        <translation>ein Captcha</translation>
    </message>
    <message>
        <source>%1: its skip logic is left out.</source>
        <translation>%1: Die Sprunglogik wird ausgelassen.</translation>
    </message>
    <message>
        <source>the Qualtrics survey has no questions outside the trash</source>
        <translation>die Qualtrics-Umfrage hat keine Fragen außerhalb des Papierkorbs</translation>
    </message>
    <message>
        <source>a Qualtrics responses export has three header rows; this file has fewer</source>
        <translation>ein Qualtrics-Antwortexport hat drei Kopfzeilen; diese Datei hat weniger</translation>
    </message>
    <message>
        <source>line 3: a Qualtrics responses export names a responseId column; this file does not</source>
        <translation>Zeile 3: ein Qualtrics-Antwortexport nennt eine Spalte responseId; diese Datei nicht</translation>
    </message>
    <message>
        <source>line 1: the export has no RecordedDate or EndDate column</source>
        <translation>Zeile 1: der Export hat keine Spalte RecordedDate oder EndDate</translation>
    </message>
    <message>
        <source>Qualtrics responses export (CSV)</source>
        <translation>Qualtrics-Antwortexport (CSV)</translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; is not a date and time like 2024-03-01 14:05:00</source>
        <translation>Zeile %1: &apos;%2&apos; ist kein Datum mit Uhrzeit wie 2024-03-01 14:05:00</translation>
    </message>
    <message>
        <source>its parentheses do not match</source>
        <translation>ihre Klammern passen nicht zusammen</translation>
    </message>
    <message>
        <source>it uses a function, not one comparison</source>
        <translation>sie verwendet eine Funktion, keinen einfachen Vergleich</translation>
    </message>
    <message>
        <source>the survey names no languages, so &apos;%1&apos; cannot be chosen</source>
        <translation>die Umfrage nennt keine Sprachen, daher kann &apos;%1&apos; nicht gewählt werden</translation>
    </message>
    <message>
        <source>the survey is not in &apos;%1&apos;; it is in %2</source>
        <translation>die Umfrage liegt nicht in &apos;%1&apos; vor, sondern in %2</translation>
    </message>
    <message>
        <source>a scale from %1 to %2 fits none of CX Desk&apos;s scales</source>
        <translation>eine Skala von %1 bis %2 passt zu keiner Skala von CX Desk</translation>
    </message>
    <message>
        <source>it refers to &apos;%1&apos;, which is not a question of the survey</source>
        <translation>sie verweist auf &apos;%1&apos;, keine Frage der Umfrage</translation>
    </message>
    <message>
        <source>it refers to &apos;%1&apos;, which comes later</source>
        <translation>sie verweist auf &apos;%1&apos;, eine spätere Frage</translation>
    </message>
    <message>
        <source>it refers to &apos;%1&apos;, which is left out</source>
        <translation>sie verweist auf &apos;%1&apos;, eine ausgelassene Frage</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an answer &apos;%2&apos; can have</source>
        <translation>&apos;%1&apos; ist keine mögliche Antwort auf &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>die Datei gibt es nicht</translation>
    </message>
    <message>
        <source>the file is %1 MB; a survey file of more than %2 MB is not read</source>
        <translation>die Datei hat %1 MB; eine Umfragedatei mit mehr als %2 MB wird nicht gelesen</translation>
    </message>
    <message>
        <source>an Excel 97-2003 workbook (.xls); save it as an Excel workbook (.xlsx) first</source>
        <translation>eine Excel-97-2003-Arbeitsmappe (.xls); speichern Sie sie zuerst als Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>a ZIP archive that holds neither an XLSForm workbook nor a LimeSurvey survey</source>
        <translation>ein ZIP-Archiv, das weder eine XLSForm-Arbeitsmappe noch eine LimeSurvey-Umfrage enthält</translation>
    </message>
    <message>
        <source>LimeSurvey responses (.lsr) without their survey; import the survey archive (.lsa), which holds both</source>
        <translation>LimeSurvey-Antworten (.lsr) ohne ihre Umfrage; importieren Sie das Umfragearchiv (.lsa), das beides enthält</translation>
    </message>
    <message>
        <source>a CX Desk survey definition, which is read as such</source>
        <translation>eine Umfragedefinition von CX Desk, die als solche gelesen wird</translation>
    </message>
    <message>
        <source>not a survey file CX Desk can read (CX Desk JSON, LimeSurvey .lss or .lsa, Qualtrics .qsf or responses CSV, XLSForm .xlsx, XForm .xml)</source>
        <translation>keine Umfragedatei, die CX Desk lesen kann (CX Desk JSON, LimeSurvey .lss oder .lsa, Qualtrics .qsf oder Antwort-CSV, XLSForm .xlsx, XForm .xml)</translation>
    </message>
    <message>
        <source>Imported survey</source>
        <translation>Importierte Umfrage</translation>
    </message>
    <message>
        <source>The file gives the survey no title; it is called “%1”.</source>
        <translation>Die Datei gibt der Umfrage keinen Titel; sie heißt „%1“.</translation>
    </message>
    <message>
        <source>left out by choice</source>
        <translation>bewusst ausgelassen</translation>
    </message>
    <message>
        <source>its code &apos;%1&apos; is used twice; here it is &apos;%2&apos;</source>
        <translation>ihr Code &apos;%1&apos; kommt zweimal vor; hier heißt sie &apos;%2&apos;</translation>
    </message>
    <message>
        <source>it has no code; here it is &apos;%1&apos;</source>
        <translation>sie hat keinen Code; hier heißt sie &apos;%1&apos;</translation>
    </message>
    <message>
        <source>it has no text; its code stands in</source>
        <translation>sie hat keinen Text; ihr Code steht an seiner Stelle</translation>
    </message>
    <message>
        <source>no survey has the uuid %1</source>
        <translation>keine Umfrage hat die uuid %1</translation>
    </message>
    <message>
        <source>no survey here has questions named like the columns of this export; import the survey (.qsf) first</source>
        <translation>keine Umfrage hier hat Fragen, die wie die Spalten dieses Exports heißen; importieren Sie zuerst die Umfrage (.qsf)</translation>
    </message>
    <message>
        <source>several surveys have questions named like these columns; name one with --survey: %1</source>
        <translation>mehrere Umfragen haben Fragen, die wie diese Spalten heißen; nennen Sie eine mit --survey: %1</translation>
    </message>
    <message>
        <source>the export has no column for it</source>
        <translation>der Export hat keine Spalte dafür</translation>
    </message>
    <message>
        <source>Columns that are no question of the survey are left out: %1.</source>
        <translation>Spalten, die keine Frage der Umfrage sind, werden ausgelassen: %1.</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Gelesen: %1</translation>
    </message>
    <message>
        <source>Language: %1 (the file has %2)</source>
        <translation>Sprache: %1 (die Datei hat %2)</translation>
    </message>
    <message>
        <source>Responses for the survey “%1” (%2)</source>
        <translation>Antworten für die Umfrage „%1“ (%2)</translation>
    </message>
    <message>
        <source>Survey: “%1” updates the survey imported before from this source (%2)</source>
        <translation>Umfrage: „%1“ aktualisiert die früher aus dieser Quelle importierte Umfrage (%2)</translation>
    </message>
    <message>
        <source>Survey: “%1”, new (%2)</source>
        <translation>Umfrage: „%1“, neu (%2)</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Fragen:</translation>
    </message>
    <message>
        <source>%1 -&gt; %2: %3</source>
        <translation>%1 -&gt; %2: %3</translation>
    </message>
    <message>
        <source>%1 left out: %2</source>
        <translation>%1 ausgelassen: %2</translation>
    </message>
    <message>
        <source>%1 left out: %2 (%3)</source>
        <translation>%1 ausgelassen: %2 (%3)</translation>
    </message>
    <message>
        <source>       note: %1</source>
        <translation>       Hinweis: %1</translation>
    </message>
    <message>
        <source>       shown if %1 (from: %2)</source>
        <translation>       gezeigt, wenn %1 (in der Datei: %2)</translation>
    </message>
    <message>
        <source>       condition dropped, %1: %2</source>
        <translation>       Bedingung verworfen, %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n condition(s)</source>
        <translation>
            <numerusform>%n Bedingung</numerusform>
            <numerusform>%n Bedingungen</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>Responses: %1 new, %2 imported before</source>
        <translation>Antworten: %1 neu, %2 schon früher importiert</translation>
    </message>
    <message numerus="yes">
        <source>  never submitted, so left out: %n response(s)</source>
        <translation>
            <numerusform>  nie abgeschickt, daher ausgelassen: %n Antwort</numerusform>
            <numerusform>  nie abgeschickt, daher ausgelassen: %n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>no question of the survey can be imported</source>
        <translation>keine Frage der Umfrage lässt sich importieren</translation>
    </message>
    <message>
        <source>response %1: %2</source>
        <translation>Antwort %1: %2</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1: Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source> (a date or time, kept as text)</source>
        <translation> (ein Datum oder eine Uhrzeit, als Text übernommen)</translation>
    </message>
    <message>
        <source>a file upload (picture, sound or file)</source>
        <translation>ein Datei-Upload (Bild, Ton oder Datei)</translation>
    </message>
    <message>
        <source>a location</source>
        <translation>ein Standort</translation>
    </message>
    <message>
        <source>a barcode scan</source>
        <translation>ein Barcode-Scan</translation>
    </message>
    <message>
        <source>an acknowledgement with nothing to choose</source>
        <translation>eine Bestätigung ohne Auswahl</translation>
    </message>
    <message>
        <source>a choice list kept in a separate file</source>
        <translation>eine Auswahlliste in einer eigenen Datei</translation>
    </message>
    <message>
        <source>a value the form records or computes, not a question</source>
        <translation>ein Wert, den das Formular aufzeichnet oder berechnet, keine Frage</translation>
    </message>
    <message>
        <source>it joins the conditions of a group and of the question</source>
        <translation>sie verknüpft die Bedingungen einer Gruppe und der Frage</translation>
    </message>
    <message>
        <source>%1: cell &apos;%2&apos; is outside a worksheet</source>
        <translation>%1: Zelle &apos;%2&apos; liegt außerhalb eines Tabellenblatts</translation>
    </message>
    <message>
        <source>%1: a cell names shared text %2, which the workbook lacks</source>
        <translation>%1: eine Zelle nennt den gemeinsamen Text %2, den die Arbeitsmappe nicht hat</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;</source>
        <translation>Blatt &apos;%1&apos;</translation>
    </message>
    <message>
        <source>line %1: elements are nested too deeply</source>
        <translation>Zeile %1: Elemente sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the workbook has no sheet named &apos;survey&apos;, so it is not an XLSForm</source>
        <translation>die Arbeitsmappe hat kein Blatt namens &apos;survey&apos;, also ist sie kein XLSForm</translation>
    </message>
    <message>
        <source>sheet &apos;survey&apos;: the XLSForm columns &apos;type&apos; and &apos;name&apos; are missing</source>
        <translation>Blatt &apos;survey&apos;: die XLSForm-Spalten &apos;type&apos; und &apos;name&apos; fehlen</translation>
    </message>
    <message>
        <source>XLSForm workbook (.xlsx)</source>
        <translation>XLSForm-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>sheet &apos;survey&apos;: there is no label column</source>
        <translation>Blatt &apos;survey&apos;: es gibt keine Spalte label</translation>
    </message>
    <message>
        <source>its choice list &apos;%1&apos; is not on the choices sheet</source>
        <translation>ihre Auswahlliste &apos;%1&apos; steht nicht auf dem Blatt choices</translation>
    </message>
    <message>
        <source>it is inside a repeat (a loop)</source>
        <translation>sie steht in einer Wiederholung (einer Schleife)</translation>
    </message>
    <message>
        <source>%1: its choice filter is left out; every option is offered.</source>
        <translation>%1: Der Auswahlfilter wird ausgelassen; alle Optionen werden angeboten.</translation>
    </message>
    <message>
        <source>sheet &apos;survey&apos; has no questions</source>
        <translation>Blatt &apos;survey&apos; hat keine Fragen</translation>
    </message>
    <message>
        <source>not an XForm: it lacks the html, head, model or body element</source>
        <translation>kein XForm: das Element html, head, model oder body fehlt</translation>
    </message>
    <message>
        <source>XForm (ODK, KoboToolbox)</source>
        <translation>XForm (ODK, KoboToolbox)</translation>
    </message>
    <message>
        <source>the form has one language only, so &apos;%1&apos; cannot be chosen</source>
        <translation>das Formular hat nur eine Sprache, daher kann &apos;%1&apos; nicht gewählt werden</translation>
    </message>
    <message>
        <source>a choice whose options CX Desk cannot find</source>
        <translation>eine Auswahl, deren Optionen CX Desk nicht findet</translation>
    </message>
    <message>
        <source>%1 values the form computes or records are not questions and are left out.</source>
        <translation>%1 Werte, die das Formular berechnet oder aufzeichnet, sind keine Fragen und werden ausgelassen.</translation>
    </message>
    <message>
        <source>the form&apos;s body has no questions</source>
        <translation>der Hauptteil (body) des Formulars hat keine Fragen</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged or incomplete (it cannot be opened)</source>
        <translation>das ZIP-Archiv ist beschädigt oder unvollständig (es lässt sich nicht öffnen)</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged (its list of files cannot be read)</source>
        <translation>das ZIP-Archiv ist beschädigt (seine Dateiliste lässt sich nicht lesen)</translation>
    </message>
    <message>
        <source>the archive holds no file &apos;%1&apos;</source>
        <translation>das Archiv enthält keine Datei &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the archive unpacks to %2 MB, more than a survey file can be</source>
        <translation>&apos;%1&apos; im Archiv ist entpackt %2 MB groß, mehr als eine Umfragedatei sein darf</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the archive cannot be unpacked (the archive is damaged)</source>
        <translation>&apos;%1&apos; im Archiv lässt sich nicht entpacken (das Archiv ist beschädigt)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the archive unpacks to more than %2 MB</source>
        <translation>&apos;%1&apos; im Archiv ist entpackt größer als %2 MB</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the archive is damaged (its checksum does not match)</source>
        <translation>&apos;%1&apos; im Archiv ist beschädigt (die Prüfsumme stimmt nicht)</translation>
    </message>
    <message>
        <source>%1: option_codes names %2 codes for %3 options</source>
        <translation>%1: option_codes nennt %2 Codes für %3 Optionen</translation>
    </message>
    <message>
        <source>%1: option code &apos;%2&apos; may not contain &apos;;&apos;</source>
        <translation>%1: Optionscode &apos;%2&apos; darf kein &apos;;&apos; enthalten</translation>
    </message>
    <message>
        <source>the survey “%1” was not saved</source>
        <translation>die Umfrage „%1“ wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>a slider</source>
        <translation>ein Schieberegler</translation>
    </message>
    <message numerus="yes">
        <source>Preview responses (made while testing the survey), left out: %n.</source>
        <translation>
            <numerusform>Vorschau-Antwort (beim Testen der Umfrage entstanden), ausgelassen: %n.</numerusform>
            <numerusform>Vorschau-Antworten (beim Testen der Umfrage entstanden), ausgelassen: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 von %2 bis %3</translation>
    </message>
    <message>
        <source>%1 from %2 to %3 in steps of %4</source>
        <translation>%1 von %2 bis %3 in Schritten von %4</translation>
    </message>
    <message>
        <source>it refers to the question itself</source>
        <translation>sie verweist auf die Frage selbst</translation>
    </message>
    <message>
        <source>it asks whether &apos;%1&apos; is more or less than a value; only numbers and scales are</source>
        <translation>sie fragt, ob &apos;%1&apos; größer oder kleiner als ein Wert ist; das geht nur bei Zahlen und Skalen</translation>
    </message>
    <message>
        <source>kept as it was imported before</source>
        <translation>so übernommen, wie sie früher importiert wurde</translation>
    </message>
    <message>
        <source>none of the export&apos;s columns is a question of “%1”</source>
        <translation>keine Spalte des Exports ist eine Frage von „%1“</translation>
    </message>
    <message>
        <source>%1 to import, %2 left out; %3 kept, %4 dropped</source>
        <translation>Zu importieren: %1, ausgelassen: %2; übernommen: %3, verworfen: %4</translation>
    </message>
    <message numerus="yes">
        <source>  in the file twice, so left out once: %n response(s)</source>
        <translation>
            <numerusform>  zweimal in der Datei, daher einmal ausgelassen: %n Antwort</numerusform>
            <numerusform>  zweimal in der Datei, daher einmal ausgelassen: %n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  fitting no option or scale, so left out: %n answer(s)</source>
        <translation>
            <numerusform>  zu keiner Option oder Skala passend, daher ausgelassen: %n Antwort</numerusform>
            <numerusform>  zu keiner Option oder Skala passend, daher ausgelassen: %n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>the database cannot be written: %1</source>
        <translation>in die Datenbank kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>a range</source>
        <translation>ein Bereich</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows, more than any form has</source>
        <translation>%1 hat mehr als %2 Zeilen, mehr als ein Formular je hat</translation>
    </message>
    <message numerus="yes">
        <source>Quotas are left out, so every response is taken: %n quota(s).</source>
        <translation>
            <numerusform>Quoten werden ausgelassen, jede Antwort wird übernommen: %n Quote.</numerusform>
            <numerusform>Quoten werden ausgelassen, jede Antwort wird übernommen: %n Quoten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quotas are left out, so every response is taken: %1.</source>
        <translation>Quoten werden ausgelassen, jede Antwort wird übernommen: %1.</translation>
    </message>
    <message>
        <source>The block “%1” loops (loop and merge); its questions are asked once.</source>
        <translation>Der Block „%1“ wiederholt sich (Loop &amp; Merge); seine Fragen werden einmal gestellt.</translation>
    </message>
</context>
<context>
    <name>cx::TouchpointDialog</name>
    <message>
        <source>Touchpoint</source>
        <translation>Kontaktpunkt</translation>
    </message>
    <message>
        <source>New touchpoint</source>
        <translation>Neuer Kontaktpunkt</translation>
    </message>
    <message>
        <source>for example Counter order</source>
        <translation>zum Beispiel Bestellung an der Theke</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Kein Kanal</translation>
    </message>
    <message>
        <source>Not set (%1)</source>
        <translation>Nicht festgelegt (%1)</translation>
    </message>
    <message>
        <source>The customer score, 1 to 5, this touchpoint should reach</source>
        <translation>Die Kundenbewertung von 1 bis 5, die dieser Kontaktpunkt erreichen soll</translation>
    </message>
    <message>
        <source>who looks after it</source>
        <translation>wer sich darum kümmert</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>&amp;Target score</source>
        <translation>&amp;Zielwert</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
</context>
<context>
    <name>cx::TouchpointView</name>
    <message>
        <source>← Back to the map</source>
        <translation>← Zurück zur Karte</translation>
    </message>
    <message>
        <source>Back to the journey map (Alt+Left)</source>
        <translation>Zurück zur Kundenreisen-Karte (Alt+Links)</translation>
    </message>
    <message>
        <source>Open in Interactions</source>
        <translation>In Kontakte öffnen</translation>
    </message>
    <message>
        <source>Every interaction at this touchpoint, to edit or follow up</source>
        <translation>Jeder Kontakt an diesem Kontaktpunkt, zum Bearbeiten oder Nachfassen</translation>
    </message>
    <message>
        <source>Customer score</source>
        <translation>Kundenbewertung</translation>
    </message>
    <message>
        <source>The team&apos;s score</source>
        <translation>Bewertung des Teams</translation>
    </message>
    <message>
        <source>In the period</source>
        <translation>Im Zeitraum</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>&lt;b&gt;Interactions&lt;/b&gt; (customer and team ratings, 1–5)</source>
        <translation>&lt;b&gt;Kontakte&lt;/b&gt; (Bewertungen von Kunde und Team, 1–5)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Survey answers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Umfrageantworten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>looked after by %1</source>
        <translation>betreut von %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>%1 ratings and CSAT answers</source>
        <translation>%1 Bewertungen und CSAT-Antworten</translation>
    </message>
    <message>
        <source>gap %1%2</source>
        <translation>Lücke %1%2</translation>
    </message>
    <message>
        <source>%1 ratings</source>
        <translation>%1 Bewertungen</translation>
    </message>
    <message>
        <source>interactions, and %1 survey responses</source>
        <translation>Kontakte und %1 Umfrageantworten</translation>
    </message>
    <message>
        <source>Customer score by month</source>
        <translation>Kundenbewertung nach Monat</translation>
    </message>
    <message>
        <source>No ratings in the period</source>
        <translation>Keine Bewertungen im Zeitraum</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>The figures follow the channel and segment filter; the chart and the lists below show every channel and segment of the period.</source>
        <translation>Die Kennzahlen folgen dem Kanal- und Segmentfilter; das Diagramm und die Listen darunter zeigen alle Kanäle und Segmente des Zeitraums.</translation>
    </message>
</context>
<context>
    <name>cx::Vocabulary</name>
    <message>
        <source>purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>enquiry</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>support</source>
        <translation>Kundendienst</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>apology and voucher</source>
        <translation>Entschuldigung und Gutschein</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>geliefert</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>discover</source>
        <translation>Entdecken</translation>
    </message>
    <message>
        <source>fulfil</source>
        <translation>Erfüllen</translation>
    </message>
    <message>
        <source>pay</source>
        <translation>Bezahlen</translation>
    </message>
    <message>
        <source>advocate</source>
        <translation>Weiterempfehlen</translation>
    </message>
    <message>
        <source>again</source>
        <translation>wieder</translation>
    </message>
    <message>
        <source>buy_again</source>
        <translation>wieder kaufen</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>improve</source>
        <translation>verbessern</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>gelöst</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>Personal</translation>
    </message>
</context>
<context>
    <name>cx::WelcomePage</name>
    <message>
        <source>Welcome to CX Desk</source>
        <translation>Willkommen bei CX Desk</translation>
    </message>
    <message>
        <source>Map how customers meet your business, record what happens at each touchpoint, run surveys and see how customers really feel — all in one file on this computer.</source>
        <translation>Bilden Sie ab, wie Kunden Ihr Unternehmen erleben, erfassen Sie, was an jedem Kontaktpunkt geschieht, führen Sie Umfragen durch und sehen Sie, wie sich Kunden wirklich fühlen — alles in einer Datei auf diesem Computer.</translation>
    </message>
    <message>
        <source>Explore with sample data</source>
        <translation>Mit Beispieldaten erkunden</translation>
    </message>
    <message>
        <source>A bakery-café with 18 months of customers, surveys and follow-ups.</source>
        <translation>Ein Bäckerei-Café mit 18 Monaten an Kunden, Umfragen und Nachfass-Aktionen.</translation>
    </message>
    <message>
        <source>Start with an empty business</source>
        <translation>Mit einem leeren Unternehmen beginnen</translation>
    </message>
    <message>
        <source>Add your own journeys, customers and surveys.</source>
        <translation>Fügen Sie Ihre eigenen Kundenreisen, Kunden und Umfragen hinzu.</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>Datenbank öffnen…</translation>
    </message>
    <message>
        <source>Continue with a CX Desk file you already have.</source>
        <translation>Mit einer vorhandenen CX-Desk-Datei weitermachen.</translation>
    </message>
</context>
<context>
    <name>cx::charts::ChartPanel</name>
    <message numerus="yes">
        <source>Hollow points: fewer than %n answers, too few to judge.</source>
        <translation>
            <numerusform>Hohle Punkte: weniger als %n Antwort, zu wenige für ein Urteil.</numerusform>
            <numerusform>Hohle Punkte: weniger als %n Antworten, zu wenige für ein Urteil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paler bars: fewer than %n answers, too few to judge.</source>
        <translation>
            <numerusform>Blassere Balken: weniger als %n Antwort, zu wenige für ein Urteil.</numerusform>
            <numerusform>Blassere Balken: weniger als %n Antworten, zu wenige für ein Urteil.</numerusform>
        </translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>too few answers (%n) to judge</source>
        <translation>
            <numerusform>zu wenige Antworten (%n) für ein Urteil</numerusform>
            <numerusform>zu wenige Antworten (%n) für ein Urteil</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::edits</name>
    <message>
        <source>log interaction</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <source>change interaction</source>
        <translation>Kontakt ändern</translation>
    </message>
    <message>
        <source>delete interaction</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>add action</source>
        <translation>Aktion hinzufügen</translation>
    </message>
    <message>
        <source>mark action done</source>
        <translation>Aktion erledigen</translation>
    </message>
    <message>
        <source>add customer %1</source>
        <translation>Kunde %1 anlegen</translation>
    </message>
    <message>
        <source>“%1” has interactions, responses or follow-ups now</source>
        <translation>„%1“ hat inzwischen Interaktionen, Antworten oder Nachverfolgungen</translation>
    </message>
    <message>
        <source>merge %1 and %2</source>
        <translation>%1 und %2 zusammenführen</translation>
    </message>
    <message>
        <source>add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
</context>
</TS>
