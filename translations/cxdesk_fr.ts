<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>PaperFormText</name>
    <message>
        <source>Tick one</source>
        <translation>Cochez une case</translation>
    </message>
    <message>
        <source>Tick all that apply</source>
        <translation>Cochez tout ce qui s&apos;applique</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Form number</source>
        <translation>N° de formulaire</translation>
    </message>
    <message>
        <source>Please tick one box per line with a clear cross, or write in the lines.</source>
        <translation>Veuillez cocher une case par ligne d&apos;une croix nette, ou écrire sur les lignes.</translation>
    </message>
    <message>
        <source>%1 or less</source>
        <translation>%1 ou moins</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 ou plus</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>moins de %1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>plus de %1</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>pas %1</translation>
    </message>
    <message>
        <source>Answer only if your answer to question %1 is %2.</source>
        <translation>Répondez seulement si votre réponse à la question %1 est %2.</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (facultatif)</translation>
    </message>
    <message>
        <source>Thank you! Please hand this card to a member of staff.</source>
        <translation>Merci ! Veuillez remettre cette carte à un membre du personnel.</translation>
    </message>
    <message>
        <source>Would you like us to get back to you? Your email or phone (optional):</source>
        <translation>Souhaitez-vous que nous vous recontactions ? Votre e-mail ou téléphone (facultatif) :</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>impossible d’écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: the forms could not be drawn</source>
        <translation>impossible d’écrire « %1 » : les formulaires n’ont pas pu être dessinés</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was saved, but its form numbers could not be kept (%2): the next batch may start at a number printed now</source>
        <translation>« %1 » a été enregistré, mais ses numéros de formulaire n’ont pas pu être conservés (%2) : le prochain lot risque de commencer à un numéro imprimé maintenant</translation>
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
        <translation>La base de données n&apos;a pas pu être ouverte.

%1</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sans changement</translation>
    </message>
    <message>
        <source>%1%2 on the previous period</source>
        <translation>%1%2 par rapport à la période précédente</translation>
    </message>
    <message>
        <source>Customer experience report</source>
        <translation>Rapport sur l&apos;expérience client</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>canal %1</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>segment %1</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Each figure is compared with the %1 days just before (%2).</source>
        <translation>Chaque indicateur est comparé aux %1 jours qui précèdent (%2).</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>± %1 (95 %), %2 answers: %3 promoters, %4 passives, %5 detractors</source>
        <translation>± %1 (95 %), %2 réponses : %3 promoteurs, %4 passifs, %5 détracteurs</translation>
    </message>
    <message>
        <source>no NPS answers</source>
        <translation>aucune réponse NPS</translation>
    </message>
    <message>
        <source>Customer satisfaction (CSAT)</source>
        <translation>Satisfaction client (CSAT)</translation>
    </message>
    <message>
        <source>%1 answers, share of 4 and 5</source>
        <translation>%1 réponses, part des 4 et 5</translation>
    </message>
    <message>
        <source>Customer effort (CES)</source>
        <translation>Effort client (CES)</translation>
    </message>
    <message>
        <source>%1 answers, 1–7, higher is easier</source>
        <translation>%1 réponses, 1–7, plus haut est plus facile</translation>
    </message>
    <message>
        <source>Average resolution time</source>
        <translation>Délai moyen de résolution</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>%1 resolved interactions</source>
        <translation>%1 interactions résolues</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Attrition</translation>
    </message>
    <message>
        <source>%1 of %2 customers left</source>
        <translation>%1 clients sur %2 sont partis</translation>
    </message>
    <message>
        <source>Conversion of leads</source>
        <translation>Conversion des prospects</translation>
    </message>
    <message>
        <source>%1 of %2 leads became customers</source>
        <translation>%1 prospects sur %2 sont devenus clients</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <source>%1 new, against the customers at the start</source>
        <translation>%1 nouveaux, rapportés aux clients du début</translation>
    </message>
    <message>
        <source>Perception gap</source>
        <translation>Écart de perception</translation>
    </message>
    <message>
        <source>the team&apos;s rating minus the customer&apos;s, %1 interactions</source>
        <translation>note de l&apos;équipe moins celle du client, %1 interactions</translation>
    </message>
    <message>
        <source>Net Promoter Score by month, last twelve months</source>
        <translation>Net Promoter Score par mois, douze derniers mois</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>Réponses NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>No answers or interactions in the period.</source>
        <translation>Aucune réponse ni interaction sur la période.</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Par canal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>By touchpoint</source>
        <translation>Par point de contact</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <source>How the team rates each touchpoint against how its customers rate it (1–5). A positive gap means the team thinks better of it than customers do.</source>
        <translation>Comment l&apos;équipe note chaque point de contact face à la note de ses clients (1–5). Un écart positif signifie que l&apos;équipe le juge meilleur que les clients.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>No interaction was rated by both sides in the period.</source>
        <translation>Aucune interaction n&apos;a été notée par les deux côtés sur la période.</translation>
    </message>
    <message>
        <source>Weakest touchpoints</source>
        <translation>Points de contact les plus faibles</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Customer score</source>
        <translation>Note client</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No touchpoint was rated by customers in the period.</source>
        <translation>Aucun point de contact n&apos;a été noté par les clients sur la période.</translation>
    </message>
    <message>
        <source>What detractors write about</source>
        <translation>Ce qu&apos;écrivent les détracteurs</translation>
    </message>
    <message>
        <source>%1 written answers in the period: %2 positive, %3 neutral, %4 negative.</source>
        <translation>%1 réponses écrites sur la période : %2 positives, %3 neutres, %4 négatives.</translation>
    </message>
    <message>
        <source>Detractors mention</source>
        <translation>Les détracteurs citent</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Promoters mention</source>
        <translation>Les promoteurs citent</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Actions de suivi</translation>
    </message>
    <message>
        <source>%1 open, %2 of them overdue on %3.</source>
        <translation>%1 ouvertes, dont %2 en retard le %3.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>in the period</source>
        <translation>sur la période</translation>
    </message>
    <message>
        <source>Responses by month</source>
        <translation>Réponses par mois</translation>
    </message>
    <message>
        <source>responses</source>
        <translation>réponses</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 réponses</translation>
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
        <translation> · moyenne %1</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>réponses</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Written answers</source>
        <translation>Réponses écrites</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>rien pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 written answers: %2 positive, %3 neutral, %4 negative. Promoters mention %5. Detractors mention %6.</source>
        <translation>%1 réponses écrites : %2 positives, %3 neutres, %4 négatives. Les promoteurs citent %5. Les détracteurs citent %6.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Ressenti</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positif</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>négatif</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
    <message>
        <source>there is no journey %1</source>
        <translation>il n&apos;existe pas de parcours %1</translation>
    </message>
    <message>
        <source>Persona: %1.</source>
        <translation>Persona : %1.</translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation>Objectifs : %1</translation>
    </message>
    <message>
        <source>Frustrations: %1</source>
        <translation>Frustrations : %1</translation>
    </message>
    <message>
        <source>Journey score</source>
        <translation>Note du parcours</translation>
    </message>
    <message>
        <source>mean customer rating, 1–5</source>
        <translation>note client moyenne, 1–5</translation>
    </message>
    <message>
        <source>by customers in the period</source>
        <translation>par les clients sur la période</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Points de friction</translation>
    </message>
    <message>
        <source>of %1 touchpoints</source>
        <translation>sur %1 points de contact</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Red rows are pain points: below target, or among the journey&apos;s lowest quarter.</source>
        <translation>Les lignes rouges sont des points de friction : sous l&apos;objectif, ou dans le quart le plus faible du parcours.</translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation>il n&apos;existe pas de client %1</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>Profil client</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <source>Became a customer</source>
        <translation>Devenu client</translation>
    </message>
    <message>
        <source>not yet (a lead)</source>
        <translation>pas encore (prospect)</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Their NPS answers over time</source>
        <translation>Ses réponses NPS dans le temps</translation>
    </message>
    <message>
        <source>0–10</source>
        <translation>0–10</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Rien d&apos;enregistré pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>too few answers (%n) to judge a change</source>
        <translation>
            <numerusform>trop peu de réponses (%n) pour juger d’une évolution</numerusform>
            <numerusform>trop peu de réponses (%n) pour juger d’une évolution</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%2 vs %3</source>
        <extracomment>%1 the sign, %2 the change, %3 the period compared with (&quot;October 2026&quot;).</extracomment>
        <translation>%1%2 par rapport à %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Each figure is compared with the month before, %1.</source>
        <translation>Chaque indicateur est comparé au mois précédent (%1).</translation>
    </message>
    <message>
        <source>Each figure is compared with the quarter before, %1.</source>
        <translation>Chaque indicateur est comparé au trimestre précédent (%1).</translation>
    </message>
    <message>
        <source>Each figure is compared with the year before, %1.</source>
        <translation>Chaque indicateur est comparé à l&apos;année précédente (%1).</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>toute la période</translation>
    </message>
    <message>
        <source>CX summary %1</source>
        <extracomment>The file name of a summary report; %1 the period (&quot;2026-11&quot;).</extracomment>
        <translation>Synthèse CX %1</translation>
    </message>
</context>
<context>
    <name>ReportWriterText</name>
    <message>
        <source>No data in the period</source>
        <translation>Aucune donnée sur la période</translation>
    </message>
    <message>
        <source>Printed %1 with CX Desk</source>
        <translation>Imprimé le %1 avec CX Desk</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>cannot start painting the report</source>
        <translation>impossible de commencer à dessiner le rapport</translation>
    </message>
    <message>
        <source>cannot start page %1</source>
        <translation>impossible de commencer la page %1</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>impossible d’écrire « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
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
        <translation>Suivi</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Pas d’échéance</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Add a note: what happened, what is next…</source>
        <translation>Ajouter une note : ce qui s’est passé, la suite…</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Écrite par</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Ajouter la note</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacté</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Each change is saved when you leave the field; Ctrl+Z in the window undoes it.</source>
        <translation>Chaque modification est enregistrée quand vous quittez le champ ; Ctrl+Z dans la fenêtre l’annule.</translation>
    </message>
    <message>
        <source>This follow-up is no longer in the database.</source>
        <translation>Ce suivi n’est plus dans la base de données.</translation>
    </message>
    <message>
        <source>This follow-up was deleted in another window or program.</source>
        <translation>Ce suivi a été supprimé dans une autre fenêtre ou un autre programme.</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Suivi : %1</translation>
    </message>
    <message>
        <source>a response to “%1”</source>
        <translation>une réponse à « %1 »</translation>
    </message>
    <message>
        <source>an interaction (%1) of %2</source>
        <translation>une interaction (%1) du %2</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1, after %2</source>
        <translation>%1, après %2</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Aucun client</translation>
    </message>
    <message>
        <source>Open %1’s profile</source>
        <translation>Ouvrir la fiche de %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Pas encore de notes.</translation>
    </message>
    <message>
        <source>A follow-up needs a title: it is what the list shows.</source>
        <translation>Un suivi doit avoir un titre : c’est ce que la liste affiche.</translation>
    </message>
    <message>
        <source>rename follow-up</source>
        <translation>renommer le suivi</translation>
    </message>
    <message>
        <source>change follow-up customer</source>
        <translation>changer le client du suivi</translation>
    </message>
    <message>
        <source>change due date</source>
        <translation>changer l’échéance</translation>
    </message>
    <message>
        <source>change owner</source>
        <translation>changer le responsable</translation>
    </message>
    <message>
        <source>mark action done</source>
        <translation>marquer l’action comme faite</translation>
    </message>
    <message>
        <source>reopen action</source>
        <translation>rouvrir l’action</translation>
    </message>
    <message>
        <source>change what was done</source>
        <translation>modifier ce qui a été fait</translation>
    </message>
    <message>
        <source>The change was not saved: %1.</source>
        <translation>La modification n’a pas été enregistrée : %1.</translation>
    </message>
    <message>
        <source>the follow-up “%1”</source>
        <translation>le suivi « %1 »</translation>
    </message>
    <message>
        <source>Reloaded: this is the follow-up as it was saved elsewhere.</source>
        <translation>Rechargé : voici le suivi tel qu’il a été enregistré ailleurs.</translation>
    </message>
    <message>
        <source>Not saved yet: %1.</source>
        <translation>Pas encore enregistré : %1.</translation>
    </message>
    <message>
        <source>The note was not added: %1.</source>
        <translation>La note n’a pas été ajoutée : %1.</translation>
    </message>
</context>
<context>
    <name>cx::ActionsModel</name>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <source>Overdue: it was due %1 and is still open.</source>
        <translation>En retard : échéance le %1, toujours ouverte.</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
</context>
<context>
    <name>cx::ActionsPage</name>
    <message>
        <source>Follow-up actions</source>
        <translation>Actions de suivi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>Terminer…</translation>
    </message>
    <message>
        <source>Close the selected action with a note (Ctrl+D)</source>
        <translation>Clore l&apos;action choisie avec une note (Ctrl+D)</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Select an action first.</source>
        <translation>Choisissez d&apos;abord une action.</translation>
    </message>
    <message>
        <source>What was done? (kept with the action)</source>
        <translation>Qu&apos;a-t-on fait ? (conservé avec l&apos;action)</translation>
    </message>
    <message>
        <source>The actions could not be read: %1</source>
        <translation>Les actions n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>Soonest due first · scroll for more</source>
        <translation>Échéance la plus proche d&apos;abord · faites défiler pour voir la suite</translation>
    </message>
    <message>
        <source>“%1” is done already.</source>
        <translation>« %1 » est déjà terminée.</translation>
    </message>
    <message>
        <source>the follow-up “%1”</source>
        <translation>l&apos;action de suivi « %1 »</translation>
    </message>
    <message>
        <source>The action was not marked done: %1.</source>
        <translation>L&apos;action n&apos;a pas été terminée : %1.</translation>
    </message>
    <message>
        <source>Search titles, customers&apos; names and numbers</source>
        <translation>Rechercher titres, noms et numéros de clients</translation>
    </message>
    <message>
        <source>Due today or overdue</source>
        <translation>À faire aujourd’hui ou en retard</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>Tout client</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <source>New follow-up…</source>
        <translation>Nouveau suivi…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open the selected action (Enter or double-click)</source>
        <translation>Ouvrir l’action sélectionnée (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout responsable</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Personne encore</translation>
    </message>
    <message>
        <source>Any touchpoint</source>
        <translation>Tout point de contact</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Nouveau suivi</translation>
    </message>
    <message>
        <source>The follow-up was not added: %1.</source>
        <translation>Le suivi n’a pas été ajouté : %1.</translation>
    </message>
    <message>
        <source>Every follow-up due today or overdue, whenever it was opened</source>
        <translation>Tous les suivis à faire aujourd’hui ou en retard, quelle que soit leur date d’ouverture</translation>
    </message>
    <message>
        <source>Every overdue follow-up, whenever it was opened</source>
        <translation>Tous les suivis en retard, quelle que soit leur date d’ouverture</translation>
    </message>
    <message>
        <source>Follow-ups opened from %1 to %2</source>
        <translation>Suivis ouverts du %1 au %2</translation>
    </message>
    <message>
        <source>Follow-ups opened up to %1</source>
        <translation>Suivis ouverts jusqu’au %1</translation>
    </message>
    <message>
        <source>Latest due first · scroll for more</source>
        <translation>Échéance la plus lointaine d’abord · faites défiler pour la suite</translation>
    </message>
    <message>
        <source>New &amp;follow-up…</source>
        <translation>Nouveau &amp;suivi…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln action</numerusform>
            <numerusform>%Ln actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::ConflictPrompt</name>
    <message>
        <source>Reload shows their version (what you typed here is dropped); Save mine writes yours over it; Keep editing saves nothing yet.</source>
        <translation>« Recharger » affiche l&apos;autre version (ce que vous avez saisi ici est abandonné) ; « Enregistrer la mienne » écrit la vôtre par-dessus ; « Continuer » n&apos;enregistre rien pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Save mine</source>
        <translation>Enregistrer la mienne</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Reload shows their version (what you typed here is dropped); Save mine writes what you changed on top of their version; Keep editing saves nothing yet.</source>
        <translation>« Recharger » affiche l&apos;autre version (ce que vous avez saisi ici est abandonné) ; « Enregistrer la mienne » ajoute vos modifications à l&apos;autre version ; « Continuer » n&apos;enregistre rien pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>cx::ConnectDialog</name>
    <message>
        <source>Off (never encrypted)</source>
        <translation>Désactivé (jamais chiffré)</translation>
    </message>
    <message>
        <source>Allow (encrypted only if the server insists)</source>
        <translation>Autoriser (chiffré seulement si le serveur l’exige)</translation>
    </message>
    <message>
        <source>Prefer (encrypted when the server offers it)</source>
        <translation>Préférer (chiffré si le serveur le propose)</translation>
    </message>
    <message>
        <source>Require (encrypted)</source>
        <translation>Exiger (chiffré)</translation>
    </message>
    <message>
        <source>Verify certificate (encrypted, trusted certificate)</source>
        <translation>Vérifier le certificat (chiffré, certificat de confiance)</translation>
    </message>
    <message>
        <source>Verify certificate and name (encrypted, trusted certificate of this host)</source>
        <translation>Vérifier le certificat et le nom (chiffré, certificat de confiance de cet hôte)</translation>
    </message>
    <message>
        <source>Move this database to a server</source>
        <translation>Déplacer cette base de données sur un serveur</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>The data of %1 is copied into a database on a PostgreSQL server, where the whole team can work on it. The file itself stays as it is.</source>
        <translation>Les données de %1 sont copiées dans une base de données d’un serveur PostgreSQL, où toute l’équipe peut y travailler. Le fichier lui-même reste tel quel.</translation>
    </message>
    <message>
        <source>Work on a CX Desk database on a PostgreSQL server, shared by the team. The password comes from the system keychain or ~/.pgpass; CX Desk asks for it when the server wants one.</source>
        <translation>Travailler sur une base CX Desk d’un serveur PostgreSQL, partagée par l’équipe. Le mot de passe vient du trousseau du système ou de ~/.pgpass ; CX Desk le demande quand le serveur en veut un.</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Connexions enregistrées</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <source>Removes the saved connection (the database stays on the server)</source>
        <translation>Supprime la connexion enregistrée (la base de données reste sur le serveur)</translation>
    </message>
    <message>
        <source>for example: Shop server</source>
        <translation>par exemple : Serveur de la boutique</translation>
    </message>
    <message>
        <source>empty: this computer</source>
        <translation>vide : cet ordinateur</translation>
    </message>
    <message>
        <source>empty: your login name</source>
        <translation>vide : votre nom de connexion</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nom de la connexion</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Chiffrement (TLS)</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Déplacer…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>cx::CounterStart</name>
    <message>
        <source>CX Desk kiosk</source>
        <translation>Borne CX Desk</translation>
    </message>
    <message>
        <source>No survey is active, so the kiosk has nothing to ask. The owner can make one active on the Surveys page.</source>
        <translation>Aucune enquête n’est active : la borne n’a donc rien à demander. Le gérant peut en activer une sur la page Enquêtes.</translation>
    </message>
    <message>
        <source>Which survey should the kiosk ask?</source>
        <translation>Quelle enquête la borne doit-elle proposer ?</translation>
    </message>
</context>
<context>
    <name>cx::CustomFieldsEditor</name>
    <message>
        <source>not set</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Effacer la date</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>cx::CustomerDetail</name>
    <message>
        <source>← All customers</source>
        <translation>← Tous les clients</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Saisir une interaction</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Ajouter une action…</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Exporter les données…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation>Effacer le client</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Parti le</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>N° client</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>What should be done for %1?</source>
        <translation>Que faut-il faire pour %1 ?</translation>
    </message>
    <message>
        <source>This customer has no customer number; give them one in the profile first.</source>
        <translation>Ce client n&apos;a pas de numéro client ; attribuez-lui d&apos;abord un numéro dans le profil.</translation>
    </message>
    <message>
        <source>Erase %1?

Removed for good: the profile, the notes of their interactions, their written survey answers and their follow-up actions.
Kept without a name: their scores and interactions, so the figures keep their history.

This cannot be undone.</source>
        <translation>Effacer %1 ?

Supprimés définitivement : le profil, les notes de ses interactions, ses réponses écrites aux enquêtes et ses actions de suivi.
Conservés sans nom : ses notes et interactions, pour que les indicateurs gardent leur historique.

Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Nothing recorded yet for this customer.</source>
        <translation>Rien n&apos;est encore enregistré pour ce client.</translation>
    </message>
    <message>
        <source>%1&apos;s own scores</source>
        <translation>Notes de %1</translation>
    </message>
    <message>
        <source>%1 has not answered an NPS or CSAT question yet.</source>
        <translation>%1 n&apos;a encore répondu à aucune question NPS ou CSAT.</translation>
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
        <translation>Un client doit avoir un nom.</translation>
    </message>
    <message>
        <source>A customer can only leave after becoming a customer: check the two dates.</source>
        <translation>Un client ne peut partir qu&apos;après être devenu client : vérifiez les deux dates.</translation>
    </message>
    <message>
        <source>The customer became one before the first contact: check the two dates.</source>
        <translation>Le client l&apos;est devenu avant le premier contact : vérifiez les deux dates.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>ce client</translation>
    </message>
    <message>
        <source> — your changes here are not saved yet.</source>
        <translation> — vos modifications ici ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <source>The profile was not saved: %1.</source>
        <translation>Le profil n&apos;a pas été enregistré : %1.</translation>
    </message>
    <message>
        <source>the customer “%1”</source>
        <translation>le client « %1 »</translation>
    </message>
    <message>
        <source>Reloaded: this is the profile as it was saved elsewhere.</source>
        <translation>Rechargé : voici le profil tel qu&apos;il a été enregistré ailleurs.</translation>
    </message>
    <message>
        <source>Not saved yet: %1.</source>
        <translation>Pas encore enregistré : %1.</translation>
    </message>
    <message>
        <source>More about this customer</source>
        <translation>En savoir plus sur ce client</translation>
    </message>
    <message>
        <source>Write…</source>
        <translation>Écrire…</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>NPS answer (0–10)</source>
        <translation>Réponse NPS (0–10)</translation>
    </message>
    <message>
        <source>CSAT answer (1–5)</source>
        <translation>Réponse CSAT (1–5)</translation>
    </message>
    <message>
        <source>Last changed by %1 at %2</source>
        <translation>Dernière modification par %1 à %2</translation>
    </message>
</context>
<context>
    <name>cx::CustomerFieldsTab</name>
    <message>
        <source>the customer field “%1”</source>
        <translation>le champ client « %1 »</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Supprimer le champ</translation>
    </message>
    <message>
        <source>Fields every customer&apos;s profile shows below the notes, such as a birthday or allergies. Files of customers have a column for each, headed by its name. Double-click a name to rename it.</source>
        <translation>Champs que chaque fiche client affiche sous les notes, comme un anniversaire ou des allergies. Les fichiers de clients ont une colonne pour chacun, intitulée par son nom. Double-cliquez sur un nom pour le renommer.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>New field, e.g. Birthday</source>
        <translation>Nouveau champ, p. ex. Anniversaire</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>&amp;Ajouter le champ</translation>
    </message>
    <message>
        <source>Type the name of the new field first.</source>
        <translation>Saisissez d’abord le nom du nouveau champ.</translation>
    </message>
    <message>
        <source>There is already a field named “%1”.</source>
        <translation>Il existe déjà un champ nommé « %1 ».</translation>
    </message>
    <message>
        <source>A field needs a name.</source>
        <translation>Un champ doit avoir un nom.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot become %2: %n customer(s) have a value that is not one.</source>
        <translation>
            <numerusform>« %1 » ne peut pas devenir %2 : %n client a une valeur qui n’en est pas une.</numerusform>
            <numerusform>« %1 » ne peut pas devenir %2 : %n clients ont une valeur qui n’en est pas une.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the field “%1”?

%n customer(s) have a value of it; the values go with the field when the settings are saved.</source>
        <translation>
            <numerusform>Supprimer le champ « %1 » ?

%n client y a une valeur ; les valeurs disparaissent avec le champ à l’enregistrement des paramètres.</numerusform>
            <numerusform>Supprimer le champ « %1 » ?

%n clients y ont une valeur ; les valeurs disparaissent avec le champ à l’enregistrement des paramètres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::CustomerPicker</name>
    <message>
        <source>Name or number (empty: no customer)</source>
        <translation>Nom ou numéro (vide : aucun client)</translation>
    </message>
    <message>
        <source>No customer is called or numbered &apos;%1&apos;. Pick one from the list, or leave the field empty.</source>
        <translation>Aucun client ne s’appelle ou n’a le numéro &apos;%1&apos;. Choisissez-en un dans la liste ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Several customers are called &apos;%1&apos;. Pick one from the list (it shows their number).</source>
        <translation>Plusieurs clients s’appellent &apos;%1&apos;. Choisissez-en un dans la liste (elle affiche leur numéro).</translation>
    </message>
</context>
<context>
    <name>cx::CustomersModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>N° client</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Partis</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
</context>
<context>
    <name>cx::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Search name, email, phone or customer number</source>
        <translation>Rechercher un nom, e-mail, téléphone ou n° client</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Partis</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a customer</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir un client</translation>
    </message>
    <message>
        <source>The customers could not be read: %1</source>
        <translation>Les clients n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Scroll for more customers</source>
        <translation>Faites défiler pour plus de clients</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Nouveau client…</translation>
    </message>
    <message>
        <source>Add a customer by hand (Ctrl+N)</source>
        <translation>Ajouter un client à la main (Ctrl+N)</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Select two customers who are one person (Ctrl+click) to merge them</source>
        <translation>Sélectionnez deux clients qui sont une même personne (Ctrl+clic) pour les fusionner</translation>
    </message>
    <message>
        <source>New &amp;customer…</source>
        <translation>Nouveau &amp;client…</translation>
    </message>
    <message>
        <source>Mail merge…</source>
        <translation>Publipostage…</translation>
    </message>
    <message>
        <source>Export a thank-you, apology or survey invitation to many customers at once, for your mail program</source>
        <translation>Exporter un remerciement, des excuses ou une invitation à une enquête pour de nombreux clients à la fois, pour votre messagerie</translation>
    </message>
    <message>
        <source>Show only the customers with this tag</source>
        <translation>N’afficher que les clients ayant cette étiquette</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes étiquettes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
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
        <translation>Satisfaction client</translation>
    </message>
    <message>
        <source>Customer effort (1–7, higher is easier)</source>
        <translation>Effort client (1–7, plus haut est plus facile)</translation>
    </message>
    <message>
        <source>Satisfaction index</source>
        <translation>Indice de satisfaction</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Attrition</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>Acquisition</translation>
    </message>
    <message>
        <source>Conversion of leads</source>
        <translation>Conversion des prospects</translation>
    </message>
    <message>
        <source>Average resolution time</source>
        <translation>Délai moyen de résolution</translation>
    </message>
    <message>
        <source>Perception gap (company − customer)</source>
        <translation>Écart de perception (entreprise − client)</translation>
    </message>
    <message>
        <source>The dashboard could not be filled: %1</source>
        <translation>Le tableau de bord n&apos;a pas pu être rempli : %1</translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation>1 réponse</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 réponses</translation>
    </message>
    <message>
        <source>± %1 · %2</source>
        <translation>± %1 · %2</translation>
    </message>
    <message>
        <source>no NPS answers in this period</source>
        <translation>aucune réponse NPS sur cette période</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>no CSAT answers in this period</source>
        <translation>aucune réponse CSAT sur cette période</translation>
    </message>
    <message>
        <source>no CES answers in this period</source>
        <translation>aucune réponse CES sur cette période</translation>
    </message>
    <message>
        <source>satisfied minus dissatisfied</source>
        <translation>satisfaits moins insatisfaits</translation>
    </message>
    <message>
        <source>%1 of %2 customers at the start</source>
        <translation>%1 des %2 clients du début</translation>
    </message>
    <message>
        <source>%1 new customers</source>
        <translation>%1 nouveaux clients</translation>
    </message>
    <message>
        <source>%1 of %2 leads</source>
        <translation>%1 prospects sur %2</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>%1 resolved interactions</source>
        <translation>%1 interactions résolues</translation>
    </message>
    <message>
        <source>%1 interactions rated by both</source>
        <translation>%1 interactions notées des deux côtés</translation>
    </message>
    <message>
        <source>Nothing was recorded in this period with these filters.</source>
        <translation>Rien n&apos;a été enregistré sur cette période avec ces filtres.</translation>
    </message>
    <message>
        <source>NPS by month: promoters, passives, detractors</source>
        <translation>NPS par mois : promoteurs, passifs, détracteurs</translation>
    </message>
    <message>
        <source>% of answers</source>
        <translation>% des réponses</translation>
    </message>
    <message>
        <source>No NPS answers in this period.</source>
        <translation>Aucune réponse NPS sur cette période.</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promoteurs (9–10)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Passifs (7–8)</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Détracteurs (0–6)</translation>
    </message>
    <message>
        <source>Score distribution (0–10)</source>
        <translation>Répartition des notes (0–10)</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>réponses</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Détracteurs</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passifs</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promoteurs</translation>
    </message>
    <message>
        <source>CSAT by channel</source>
        <translation>CSAT par canal</translation>
    </message>
    <message>
        <source>% satisfied (4–5)</source>
        <translation>% satisfaits (4–5)</translation>
    </message>
    <message>
        <source>No CSAT answers in this period.</source>
        <translation>Aucune réponse CSAT sur cette période.</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>How the company rates itself vs how customers rate it, by touchpoint (largest gaps first)</source>
        <translation>Comment l&apos;entreprise se note face à la note des clients, par point de contact (écarts les plus grands d&apos;abord)</translation>
    </message>
    <message>
        <source>mean rating (1–5)</source>
        <translation>note moyenne (1–5)</translation>
    </message>
    <message>
        <source>No interaction in this period was rated by both the team and the customer.</source>
        <translation>Aucune interaction de cette période n&apos;a été notée à la fois par l&apos;équipe et par le client.</translation>
    </message>
    <message>
        <source>Company view</source>
        <translation>Vue de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Customer view</source>
        <translation>Vue des clients</translation>
    </message>
    <message>
        <source>Average resolution time by month</source>
        <translation>Délai moyen de résolution par mois</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>No interaction was resolved in this period.</source>
        <translation>Aucune interaction n&apos;a été résolue sur cette période.</translation>
    </message>
    <message>
        <source>Hours to resolve</source>
        <translation>Heures jusqu&apos;à la résolution</translation>
    </message>
</context>
<context>
    <name>cx::DateOrderQuestion</name>
    <message>
        <source>How are the dates written?</source>
        <translation>Comment les dates sont-elles écrites ?</translation>
    </message>
    <message>
        <source>The dates in this file could be day first or month first, and no row tells which. Line %1, column &apos;%2&apos; has %3:</source>
        <translation>Les dates de ce fichier peuvent commencer par le jour ou par le mois, et aucune ligne ne permet de le savoir. La ligne %1, colonne « %2 », contient %3 :</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: not a possible date</source>
        <translation>%1 : date impossible</translation>
    </message>
    <message>
        <source>Day first</source>
        <translation>Jour d&apos;abord</translation>
    </message>
    <message>
        <source>Month first</source>
        <translation>Mois d&apos;abord</translation>
    </message>
    <message>
        <source>Every date of the file is read the same way; “Dates” in the import window changes it later.</source>
        <translation>Toutes les dates du fichier sont lues de la même façon ; « Dates » dans la fenêtre d&apos;import permet de changer plus tard.</translation>
    </message>
</context>
<context>
    <name>cx::DeskPerson</name>
    <message>
        <source>Who is at the desk?</source>
        <translation>Qui est au poste ?</translation>
    </message>
    <message>
        <source>What you enter is signed with your name:</source>
        <translation>Ce que vous saisissez est signé de votre nom :</translation>
    </message>
</context>
<context>
    <name>cx::EditStack</name>
    <message>
        <source>the change was not made through the edit history</source>
        <translation>la modification n&apos;est pas passée par l&apos;historique des modifications</translation>
    </message>
    <message>
        <source>the change was not made</source>
        <translation>la modification n&apos;a pas été faite</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir : %1</translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2.</source>
        <translation>« %1 » n&apos;a pas pu être annulé : %2.</translation>
    </message>
    <message>
        <source>“%1” could not be redone: %2.</source>
        <translation>« %1 » n&apos;a pas pu être rétabli : %2.</translation>
    </message>
</context>
<context>
    <name>cx::FilterBar</name>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Tous les segments</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Le trimestre dernier</translation>
    </message>
</context>
<context>
    <name>cx::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Responses to “%1”</source>
        <translation>Réponses à « %1 »</translation>
    </message>
    <message>
        <source>Add channels, touchpoints and customers the file names</source>
        <translation>Ajouter les canaux, points de contact et clients que cite le fichier</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>Le fichier contient</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Columns, and what a check of every row found:</source>
        <translation>Colonnes, et ce que la vérification de chaque ligne a trouvé :</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import the valid rows</source>
        <translation>Importer les lignes valides</translation>
    </message>
    <message>
        <source>%1 (needed)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— absent du fichier —</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>Checking every row… %1 so far</source>
        <translation>Vérification de chaque ligne… %1 pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 rows: %2 ready to import, %3 with problems.</source>
        <translation>%1 lignes : %2 prêtes à importer, %3 avec des problèmes.</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… et %1 autres problèmes</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Numéro de client</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>As the file shows</source>
        <translation>Comme le fichier l&apos;indique</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>Jour d&apos;abord (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Mois d&apos;abord (12/31/2026)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>The first rows of the file, by line:</source>
        <translation>Les premières lignes du fichier, par numéro de ligne :</translation>
    </message>
</context>
<context>
    <name>cx::InteractionForm</name>
    <message>
        <source>Customer (name or number; empty: walk-in)</source>
        <translation>Client (nom ou numéro ; vide : client de passage)</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Staff rating</source>
        <translation>Note de l&apos;équipe</translation>
    </message>
    <message>
        <source>Customer rating</source>
        <translation>Note du client</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Saisir une interaction</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>No touchpoint</source>
        <translation>Aucun point de contact</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Aucun canal</translation>
    </message>
    <message>
        <source>No customer is called or numbered &apos;%1&apos;. Pick one from the list, or leave the field empty for a walk-in.</source>
        <translation>Aucun client ne s&apos;appelle ou n&apos;a le numéro « %1 ». Choisissez-en un dans la liste, ou laissez le champ vide pour un client de passage.</translation>
    </message>
    <message>
        <source>Several customers are called &apos;%1&apos;. Pick one from the list (it shows their number).</source>
        <translation>Plusieurs clients s&apos;appellent « %1 ». Choisissez-en un dans la liste (elle montre leur numéro).</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Add &apos;%1&apos; as a new customer…</source>
        <translation>Ajouter « %1 » comme nouveau client…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Saved with the time of saving unless you change it here</source>
        <translation>Enregistré à l&apos;heure de l&apos;enregistrement, sauf si vous la changez ici</translation>
    </message>
</context>
<context>
    <name>cx::InteractionsModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Staff ★</source>
        <translation>Équipe ★</translation>
    </message>
    <message>
        <source>Customer ★</source>
        <translation>Client ★</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
</context>
<context>
    <name>cx::InteractionsPage</name>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>Saisir une interaction</translation>
    </message>
    <message>
        <source>Delete interaction</source>
        <translation>Supprimer l&apos;interaction</translation>
    </message>
    <message>
        <source>Change interaction</source>
        <translation>Modifier l&apos;interaction</translation>
    </message>
    <message>
        <source>Open and resolved</source>
        <translation>Ouvertes et résolues</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected interaction (Delete); Edit → Undo brings it back</source>
        <translation>Supprimer l&apos;interaction choisie (Suppr) ; Édition → Annuler la rétablit</translation>
    </message>
    <message>
        <source>Delete the %1 of %2? Follow-up actions stay, without the link. Edit → Undo brings it back.</source>
        <translation>Supprimer %1 de %2 ? Les actions de suivi restent, sans le lien. Édition → Annuler la rétablit.</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>interaction</translation>
    </message>
    <message>
        <source>All touchpoints</source>
        <translation>Tous les points de contact</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>The interactions could not be read: %1</source>
        <translation>Les interactions n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>Newest first · scroll for more</source>
        <translation>Les plus récentes d&apos;abord · faites défiler pour la suite</translation>
    </message>
    <message>
        <source>The interaction was not logged: %1.</source>
        <translation>L&apos;interaction n&apos;a pas été enregistrée : %1.</translation>
    </message>
    <message>
        <source>The change was not saved: %1.</source>
        <translation>La modification n&apos;a pas été enregistrée : %1.</translation>
    </message>
    <message>
        <source>Reloaded: this is the interaction as it was saved elsewhere.</source>
        <translation>Rechargé : voici l&apos;interaction telle qu&apos;elle a été enregistrée ailleurs.</translation>
    </message>
    <message>
        <source>Not saved yet: %1.</source>
        <translation>Pas encore enregistré : %1.</translation>
    </message>
    <message>
        <source>The interaction was not deleted: %1.</source>
        <translation>L&apos;interaction n&apos;a pas été supprimée : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln interaction</numerusform>
            <numerusform>%Ln interactions</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Tout &amp;afficher</translation>
    </message>
    <message>
        <source>Show every interaction of the filter above again</source>
        <translation>Afficher de nouveau toutes les interactions du filtre ci-dessus</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>Only %1, from the chart you clicked, within the filter above.</source>
        <translation>Seulement %1, d’après le graphique cliqué, dans le filtre ci-dessus.</translation>
    </message>
    <message>
        <source>Not logged yet: the connection to the server was lost. It is logged as soon as the server is back.</source>
        <translation>Pas encore enregistrée : la connexion au serveur est perdue. Elle sera enregistrée dès que le serveur sera de retour.</translation>
    </message>
    <message>
        <source>Logged: the server had taken it before the connection broke.</source>
        <translation>Enregistrée : le serveur l’avait reçue avant que la connexion ne soit coupée.</translation>
    </message>
    <message>
        <source>Logged now that the server is back.</source>
        <translation>Enregistrée, maintenant que le serveur est de retour.</translation>
    </message>
    <message>
        <source>Still not logged: %1 It stays in the form.</source>
        <translation>Toujours pas enregistrée : %1 Elle reste dans le formulaire.</translation>
    </message>
</context>
<context>
    <name>cx::JourneyDialog</name>
    <message>
        <source>Journey and persona</source>
        <translation>Parcours et persona</translation>
    </message>
    <message>
        <source>for example Maya, the regular</source>
        <translation>par exemple Maya, l&apos;habituée</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Persona</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>&amp;About them</source>
        <translation>&amp;À son sujet</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Objectifs</translation>
    </message>
    <message>
        <source>&amp;Frustrations</source>
        <translation>&amp;Frustrations</translation>
    </message>
</context>
<context>
    <name>cx::JourneyMapView</name>
    <message>
        <source>This journey has no stages yet.</source>
        <translation>Ce parcours n&apos;a pas encore d&apos;étapes.</translation>
    </message>
    <message>
        <source>no phase</source>
        <translation>aucune phase</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Ressenti</translation>
    </message>
    <message>
        <source>+2 delighted</source>
        <translation>+2 ravi</translation>
    </message>
    <message>
        <source>0 neutral</source>
        <translation>0 neutre</translation>
    </message>
    <message>
        <source>−2 unhappy</source>
        <translation>−2 mécontent</translation>
    </message>
    <message>
        <source>Customers, from their ratings</source>
        <translation>Clients, d&apos;après leurs notes</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clients</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Équipe %1</translation>
    </message>
    <message>
        <source> · gap %1</source>
        <translation> · écart %1</translation>
    </message>
    <message>
        <source>Pain point · target %1</source>
        <translation>Point de friction · objectif %1</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Objectif %1</translation>
    </message>
    <message>
        <source>Target %1 · %2</source>
        <translation>Objectif %1 · %2</translation>
    </message>
    <message>
        <source>Customer score %1 from %2 ratings; the team&apos;s %3 from %4</source>
        <translation>Note client %1 sur %2 notes ; celle de l&apos;équipe %3 sur %4</translation>
    </message>
    <message>
        <source>Double-click for its interactions</source>
        <translation>Double-cliquez pour ses interactions</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the map is saved as .png, .svg or .pdf</source>
        <translation>« %1 » : la carte s&apos;enregistre en .png, .svg ou .pdf</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln interaction</numerusform>
            <numerusform>%Ln interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation>
            <numerusform>%Ln réponse</numerusform>
            <numerusform>%Ln réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>objectif %1</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Point de friction</translation>
    </message>
</context>
<context>
    <name>cx::JourneysPage</name>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; on target · &lt;span style=&apos;color:%2&apos;&gt;■&lt;/span&gt; within half a point · &lt;span style=&apos;color:%3&apos;&gt;■&lt;/span&gt; below · red frame: pain point · double-click a card: its interactions</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; dans l&apos;objectif · &lt;span style=&apos;color:%2&apos;&gt;■&lt;/span&gt; à moins d&apos;un demi-point · &lt;span style=&apos;color:%3&apos;&gt;■&lt;/span&gt; en dessous · cadre rouge : point de friction · double-clic sur une carte : ses interactions</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Nouveau parcours</translation>
    </message>
    <message>
        <source>New journey…</source>
        <translation>Nouveau parcours…</translation>
    </message>
    <message>
        <source>From template: %1</source>
        <translation>À partir du modèle : %1</translation>
    </message>
    <message>
        <source>Journey and persona…</source>
        <translation>Parcours et persona…</translation>
    </message>
    <message>
        <source>Export map…</source>
        <translation>Exporter la carte…</translation>
    </message>
    <message>
        <source>Save the map as a PNG picture, an SVG drawing or a landscape PDF page</source>
        <translation>Enregistrer la carte en image PNG, dessin SVG ou page PDF paysage</translation>
    </message>
    <message>
        <source>Delete journey…</source>
        <translation>Supprimer le parcours…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Add stage…</source>
        <translation>Ajouter une étape…</translation>
    </message>
    <message>
        <source>Add touchpoint…</source>
        <translation>Ajouter un point de contact…</translation>
    </message>
    <message>
        <source>Move stage left</source>
        <translation>Déplacer l&apos;étape à gauche</translation>
    </message>
    <message>
        <source>Move stage right</source>
        <translation>Déplacer l&apos;étape à droite</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <source>PDF, landscape (*.pdf);;PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF, paysage (*.pdf);;Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>all time to %1</source>
        <translation>toute la période jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No journey yet.</source>
        <translation>Aucun parcours pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Objectifs :</translation>
    </message>
    <message>
        <source>Frustrations:</source>
        <translation>Frustrations :</translation>
    </message>
    <message>
        <source>new journey “%1”</source>
        <translation>nouveau parcours « %1 »</translation>
    </message>
    <message>
        <source>change journey “%1”</source>
        <translation>modifier le parcours « %1 »</translation>
    </message>
    <message>
        <source>Delete the journey “%1” with its %2 stages and %3 touchpoints? Their %4 interactions and responses stay, without a touchpoint. Undo brings it all back.</source>
        <translation>Supprimer le parcours « %1 » avec ses %2 étapes et %3 points de contact ? Leurs %4 interactions et réponses restent, sans point de contact. Annuler rétablit tout.</translation>
    </message>
    <message>
        <source>delete journey “%1”</source>
        <translation>supprimer le parcours « %1 »</translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>Supprimer le parcours</translation>
    </message>
    <message>
        <source>add stage “%1”</source>
        <translation>ajouter l&apos;étape « %1 »</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>change stage “%1”</source>
        <translation>modifier l&apos;étape « %1 »</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>move stage “%1”</source>
        <translation>déplacer l&apos;étape « %1 »</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Déplacer l&apos;étape</translation>
    </message>
    <message>
        <source>Delete the stage “%1” and its %2 touchpoints?</source>
        <translation>Supprimer l&apos;étape « %1 » et ses %2 points de contact ?</translation>
    </message>
    <message>
        <source>Their %1 interactions and %2 responses stay, without a touchpoint, and leave this map.</source>
        <translation>Leurs %1 interactions et %2 réponses restent, sans point de contact, et quittent cette carte.</translation>
    </message>
    <message>
        <source>Undo brings it all back.</source>
        <translation>Annuler rétablit tout.</translation>
    </message>
    <message>
        <source>delete stage “%1”</source>
        <translation>supprimer l&apos;étape « %1 »</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Supprimer l&apos;étape</translation>
    </message>
    <message>
        <source>add touchpoint “%1”</source>
        <translation>ajouter le point de contact « %1 »</translation>
    </message>
    <message>
        <source>Add touchpoint</source>
        <translation>Ajouter un point de contact</translation>
    </message>
    <message>
        <source>change touchpoint “%1”</source>
        <translation>modifier le point de contact « %1 »</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <source>Delete the touchpoint “%1”?</source>
        <translation>Supprimer le point de contact « %1 » ?</translation>
    </message>
    <message>
        <source>Its %1 interactions and %2 survey responses stay, without a touchpoint: they still count in the dashboard and the metrics, but no longer on this map. %3 surveys asked about it.</source>
        <translation>Ses %1 interactions et %2 réponses d&apos;enquête restent, sans point de contact : elles comptent toujours dans le tableau de bord et les indicateurs, mais plus sur cette carte. %3 enquêtes portaient dessus.</translation>
    </message>
    <message>
        <source>Undo brings it back with all of them.</source>
        <translation>Annuler le rétablit avec tout cela.</translation>
    </message>
    <message>
        <source>delete touchpoint “%1”</source>
        <translation>supprimer le point de contact « %1 »</translation>
    </message>
    <message>
        <source>Delete touchpoint</source>
        <translation>Supprimer le point de contact</translation>
    </message>
    <message>
        <source>the journey “%1”</source>
        <translation>le parcours « %1 »</translation>
    </message>
    <message>
        <source>the stage “%1”</source>
        <translation>l&apos;étape « %1 »</translation>
    </message>
    <message>
        <source>the touchpoint “%1”</source>
        <translation>le point de contact « %1 »</translation>
    </message>
    <message>
        <source>The change was not saved: %1.</source>
        <translation>La modification n&apos;a pas été enregistrée : %1.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1.</source>
        <translation>Rien n&apos;a été enregistré : %1.</translation>
    </message>
    <message>
        <source>Only the owner of the business changes the journey map.</source>
        <translation>Seul le gérant de l’entreprise modifie la carte du parcours.</translation>
    </message>
</context>
<context>
    <name>cx::KioskPinDialog</name>
    <message>
        <source>Kiosk PIN</source>
        <translation>Code de la borne</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 8 digits. Staff enter it (or press Ctrl+Q, then enter it) to leave the kiosk.</source>
        <translation>Choisissez un code de 4 à 8 chiffres. Le personnel le saisit (ou appuie sur Ctrl+Q, puis le saisit) pour quitter la borne.</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Repeat the PIN</source>
        <translation>&amp;Répéter le code</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN again under Repeat.</source>
        <translation>Les deux codes ne sont pas identiques. Saisissez à nouveau le code sous « Répéter le code ».</translation>
    </message>
</context>
<context>
    <name>cx::KioskWindow</name>
    <message>
        <source>%1 — CX Desk kiosk</source>
        <translation>%1 — borne CX Desk</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>It takes less than a minute. Touch Start or press Enter.</source>
        <translation>Cela prend moins d&apos;une minute. Touchez Commencer ou appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Would you like us to get back to you?</source>
        <translation>Souhaitez-vous que nous vous recontactions ?</translation>
    </message>
    <message>
        <source>Email or phone (optional)</source>
        <translation>E-mail ou téléphone (facultatif)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation>Envoyer mes réponses</translation>
    </message>
    <message>
        <source>Staff only: enter the PIN to leave the kiosk</source>
        <translation>Réservé au personnel : saisissez le code pour quitter la borne</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Your answers could not be saved yet</source>
        <translation>Vos réponses n&apos;ont pas encore pu être enregistrées</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Type here (optional unless marked)</source>
        <translation>Écrivez ici (facultatif sauf mention)</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (facultatif)</translation>
    </message>
    <message>
        <source>Touch an answer, or press Y or N.</source>
        <translation>Touchez une réponse, ou appuyez sur Y ou N.</translation>
    </message>
    <message>
        <source>Ctrl+Enter goes on.</source>
        <translation>Ctrl+Entrée pour continuer.</translation>
    </message>
    <message>
        <source>Choose all that apply, then Next.</source>
        <translation>Choisissez tout ce qui s&apos;applique, puis Suivant.</translation>
    </message>
    <message>
        <source>Touch an answer, or type its number.</source>
        <translation>Touchez une réponse, ou tapez son numéro.</translation>
    </message>
    <message>
        <source>Please ask a member of staff. (%1)</source>
        <translation>Veuillez vous adresser à un membre du personnel. (%1)</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Ce code n&apos;est pas le bon.</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 sur 5</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Leave your email or phone number so we can reply to you about your visit. We will not use it for anything else. Skip to stay anonymous.</source>
        <translation>Laissez votre e-mail ou votre numéro de téléphone pour que nous puissions vous répondre au sujet de votre visite. Nous ne l&apos;utiliserons pour rien d&apos;autre. Passez pour rester anonyme.</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
</context>
<context>
    <name>cx::MailMergeDialog</name>
    <message>
        <source>Export mail merge</source>
        <translation>Exporter un publipostage</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>One message to many customers at once: the file holds each customer&apos;s name, email and message, for the mail merge of your mail program. CX Desk sends nothing itself.</source>
        <translation>Un message pour de nombreux clients à la fois : le fichier contient le nom, l&apos;e-mail et le message de chaque client, pour le publipostage de votre messagerie. CX Desk n&apos;envoie rien lui-même.</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>Promoters (NPS 9–10)</source>
        <translation>Promoteurs (NPS 9–10)</translation>
    </message>
    <message>
        <source>Passives (NPS 7–8)</source>
        <translation>Passifs (NPS 7–8)</translation>
    </message>
    <message>
        <source>Detractors (NPS 0–6)</source>
        <translation>Détracteurs (NPS 0–6)</translation>
    </message>
    <message>
        <source>Everyone who answered an NPS question</source>
        <translation>Tous ceux qui ont répondu à une question NPS</translation>
    </message>
    <message>
        <source>The customers selected in the list (%1)</source>
        <translation>Les clients sélectionnés dans la liste (%1)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;À</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>le début</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Who answered &amp;from</source>
        <translation>Ayant répondu &amp;du</translation>
    </message>
    <message>
        <source>Any survey</source>
        <translation>Toute enquête</translation>
    </message>
    <message>
        <source>In &amp;survey</source>
        <translation>Dans l&apos;&amp;enquête</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>The customers could not be read: %1.</source>
        <translation>Les clients n&apos;ont pas pu être lus : %1.</translation>
    </message>
    <message>
        <source>Customers who will get this message: %1.</source>
        <translation>Clients qui recevront ce message : %1.</translation>
    </message>
    <message>
        <source>Left out for want of an email address: %1.</source>
        <translation>Laissés de côté faute d&apos;adresse e-mail : %1.</translation>
    </message>
    <message>
        <source>Nobody to write to: choose another group or period.</source>
        <translation>Personne à qui écrire : choisissez un autre groupe ou une autre période.</translation>
    </message>
    <message>
        <source>To: %1 &lt;%2&gt;
Subject: %3</source>
        <translation>À : %1 &lt;%2&gt;
Objet : %3</translation>
    </message>
    <message>
        <source>mail-merge-%1.csv</source>
        <translation>publipostage-%1.csv</translation>
    </message>
    <message>
        <source>The file was not written: %1.</source>
        <translation>Le fichier n&apos;a pas été écrit : %1.</translation>
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
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Enquêtes</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Données d&apos;exemple</translation>
    </message>
    <message>
        <source>The sample data could not be created.

%1</source>
        <translation>Les données d&apos;exemple n&apos;ont pas pu être créées.

%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;About CX Desk</source>
        <translation>À &amp;propos de CX Desk</translation>
    </message>
    <message>
        <source>About CX Desk</source>
        <translation>À propos de CX Desk</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 en retard</translation>
    </message>
    <message>
        <source>%1 – CX Desk</source>
        <translation>%1 – CX Desk</translation>
    </message>
    <message>
        <source>CX Desk databases (*.sqlite *.cxdesk);;All files (*)</source>
        <translation>Bases CX Desk (*.sqlite *.cxdesk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name, or use Open to work with it.</source>
        <translation>%1 existe déjà. Choisissez un autre nom, ou utilisez Ouvrir pour travailler avec.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>CX Desk databases (*.sqlite);;All files (*)</source>
        <translation>Bases CX Desk (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace the data in %1 with the backup %2?

The current database is kept beside it, named …before-restore-DATE-TIME.</source>
        <translation>Remplacer les données de %1 par la sauvegarde %2 ?

La base actuelle est conservée à côté, sous le nom …before-restore-DATE-HEURE.</translation>
    </message>
    <message>
        <source>Restored; the previous database is kept as %1</source>
        <translation>Restauré ; la base précédente est conservée sous %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>CSV or JSON files (*.csv *.txt *.json);;All files (*)</source>
        <translation>Fichiers CSV ou JSON (*.csv *.txt *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation>%1 ajoutés, %2 mis à jour, %3 inchangés.</translation>
    </message>
    <message>
        <source>Follow-up actions opened for recent detractors and complaints: %1.</source>
        <translation>Actions de suivi ouvertes pour les détracteurs et plaintes récents : %1.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Responses to “%1”</source>
        <translation>Réponses à « %1 »</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (tableurs)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>The report was not printed: %1.</source>
        <translation>Le rapport n&apos;a pas été imprimé : %1.</translation>
    </message>
    <message>
        <source>CX Desk user guide</source>
        <translation>Guide de l&apos;utilisateur de CX Desk</translation>
    </message>
    <message>
        <source>The language changes when CX Desk starts again.</source>
        <translation>La langue change au prochain démarrage de CX Desk.</translation>
    </message>
    <message>
        <source>The previous database could not be opened again either: %1</source>
        <translation>La base de données précédente n&apos;a pas pu être rouverte non plus : %1</translation>
    </message>
    <message>
        <source>The database could not be opened again: %1</source>
        <translation>La base de données n&apos;a pas pu être rouverte : %1</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>Nouvelle &amp;base de données…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Les afficher</translation>
    </message>
    <message>
        <source>Journeys</source>
        <comment>navigation</comment>
        <translation>Parcours</translation>
    </message>
    <message numerus="yes">
        <source>Due today or overdue: %Ln follow-up(s).</source>
        <translation>
            <numerusform>À faire aujourd’hui ou en retard : %Ln suivi.</numerusform>
            <numerusform>À faire aujourd’hui ou en retard : %Ln suivis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln interaction</numerusform>
            <numerusform>%Ln interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation>
            <numerusform>%Ln réponse</numerusform>
            <numerusform>%Ln réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open action(s)</source>
        <translation>
            <numerusform>%Ln action ouverte</numerusform>
            <numerusform>%Ln actions ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows left out: %Ln; they are in %1 with the reason for each.</source>
        <translation>
            <numerusform>Lignes écartées : %Ln ; elle est dans %1 avec son motif.</numerusform>
            <numerusform>Lignes écartées : %Ln ; elles sont dans %1 avec le motif de chacune.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s) to %1</source>
        <translation>
            <numerusform>%Ln enregistrement exporté vers %1</numerusform>
            <numerusform>%Ln enregistrements exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2 – CX Desk</source>
        <translation>%1 sur %2 – CX Desk</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>The server does not answer; CX Desk connects again as soon as it is back, and what you typed is kept.</source>
        <translation>Le serveur ne répond pas ; CX Desk se reconnecte dès qu&apos;il revient, et ce que vous avez saisi est conservé.</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>De nouveau connecté au serveur.</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>Se connecter à un &amp;serveur…</translation>
    </message>
    <message>
        <source>&amp;Move this database to a server…</source>
        <translation>&amp;Déplacer cette base de données sur un serveur…</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>Move this database to a server</source>
        <translation>Déplacer cette base de données sur un serveur</translation>
    </message>
    <message>
        <source>The data is now in %1, and the window works there.

%2 was not changed; what the team does on the server from now on does not reach it.</source>
        <translation>Les données sont maintenant dans %1, et la fenêtre y travaille.

%2 n’a pas été modifié ; ce que l’équipe fait désormais sur le serveur n’y arrive pas.</translation>
    </message>
    <message>
        <source>Replace the data in %1 with the backup %2?

Everyone working on the server then sees the backup&apos;s data. What the server holds now is first written to a file beside the backup.</source>
        <translation>Remplacer les données de %1 par la sauvegarde %2 ?

Tous ceux qui travaillent sur le serveur verront alors les données de la sauvegarde. Ce que le serveur contient maintenant est d’abord écrit dans un fichier à côté de la sauvegarde.</translation>
    </message>
    <message>
        <source>Restored. What the server held before is kept in %1.</source>
        <translation>Restauré. Ce que le serveur contenait avant est conservé dans %1.</translation>
    </message>
    <message>
        <source>&amp;Who is at the desk…</source>
        <translation>&amp;Qui est au poste…</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>At the desk: %1</source>
        <translation>Au poste : %1</translation>
    </message>
    <message numerus="yes">
        <source>Kiosk %1 holds %Ln answer(s) taken while the server was away.</source>
        <translation>
            <numerusform>La borne %1 garde %Ln réponse recueillie pendant que le serveur ne répondait pas.</numerusform>
            <numerusform>La borne %1 garde %Ln réponses recueillies pendant que le serveur ne répondait pas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kiosk %1 sent %Ln answer(s) taken while the server was away.</source>
        <translation>
            <numerusform>La borne %1 a envoyé %Ln réponse recueillie pendant que le serveur ne répondait pas.</numerusform>
            <numerusform>La borne %1 a envoyé %Ln réponses recueillies pendant que le serveur ne répondait pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a kiosk&apos;s account (counter): start CX Desk with it on the kiosk&apos;s computer, where it opens the kiosk.</source>
        <translation>%1 est le compte d’une borne (comptoir) : lancez CX Desk avec ce compte sur l’ordinateur de la borne, où il ouvre la borne.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sentiment of written answers in English, German, French and Spanish, from these lexicons, each under its own licence:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;VADER lexicon (%1 entries, English), copyright 2016 C.J. Hutto, MIT licence;&lt;/li&gt;&lt;li&gt;Pattern 2.6 lexicons (%2 English and %3 French entries), CLiPS, University of Antwerp, public domain (PDDL 1.0);&lt;/li&gt;&lt;li&gt;ElhPolar 1.0 (%4 Spanish entries), Elhuyar Foundation (X. Saralegi, I. San Vicente), Lesser General Public License for Linguistic Resources (LGPLLR);&lt;/li&gt;&lt;li&gt;CX Desk&apos;s own word lists and rules for the four languages and emoji (%5 entries), under CX Desk&apos;s licence.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Word forms are joined by the Snowball stemmers (libstemmer, BSD licence). The lexicons and the texts of their licences are in resources/sentiment in the source and in the lexicons folder of CX Desk&apos;s documentation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le sentiment des réponses écrites en anglais, allemand, français et espagnol vient de ces lexiques, chacun sous sa propre licence :&lt;/p&gt;&lt;ul&gt;&lt;li&gt;lexique VADER (%1 entrées, anglais), copyright 2016 C.J. Hutto, licence MIT ;&lt;/li&gt;&lt;li&gt;lexiques Pattern 2.6 (%2 entrées anglaises et %3 françaises), CLiPS, Université d&apos;Anvers, domaine public (PDDL 1.0) ;&lt;/li&gt;&lt;li&gt;ElhPolar 1.0 (%4 entrées espagnoles), Fondation Elhuyar (X. Saralegi, I. San Vicente), Lesser General Public License for Linguistic Resources (LGPLLR) ;&lt;/li&gt;&lt;li&gt;les listes de mots et règles propres à CX Desk pour les quatre langues et les emoji (%5 entrées), sous la licence de CX Desk.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Les formes des mots sont rapprochées par les racinisateurs Snowball (libstemmer, licence BSD). Les lexiques et les textes de leurs licences se trouvent dans resources/sentiment dans les sources et dans le dossier lexicons de la documentation de CX Desk.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CX Desk %1&lt;/h3&gt;&lt;p&gt;Customer experience management for small businesses: journeys, customers, surveys and metrics in one local file, offline.&lt;/p&gt;%2&lt;p&gt;CX Desk is free software: you can redistribute it and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty. The licence is in the file LICENSE beside the source, and at &lt;a href=&apos;https://www.gnu.org/licenses/gpl-3.0.html&apos;&gt;gnu.org&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CX Desk %1&lt;/h3&gt;&lt;p&gt;Gestion de l&apos;expérience client pour les petites entreprises : parcours, clients, enquêtes et indicateurs dans un seul fichier local, hors ligne.&lt;/p&gt;%2&lt;p&gt;CX Desk est un logiciel libre : vous pouvez le redistribuer et le modifier selon les termes de la licence publique générale GNU, version 3 ou (à votre choix) toute version ultérieure. Il est fourni sans aucune garantie. La licence se trouve dans le fichier LICENSE à côté des sources, et sur &lt;a href=&apos;https://www.gnu.org/licenses/gpl-3.0.html&apos;&gt;gnu.org&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cx::MarkDoneDialog</name>
    <message>
        <source>Mark done</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>aucun client</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, en retard</translation>
    </message>
    <message>
        <source>Closing “%1”</source>
        <translation>Terminer « %1 »</translation>
    </message>
    <message>
        <source>For: %1 · Due: %2</source>
        <translation>Pour : %1 · Échéance : %2</translation>
    </message>
    <message>
        <source>What was done? (kept with the action)</source>
        <translation>Qu&apos;a-t-on fait ? (conservé avec l&apos;action)</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
</context>
<context>
    <name>cx::MergeDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>Fusionner des clients</translation>
    </message>
    <message>
        <source>Pick the value that stays for each field. Everything recorded for the other customer moves to the one kept, and the other record is deleted; Edit → Undo brings it back.</source>
        <translation>Choisissez pour chaque champ la valeur qui reste. Tout ce qui est enregistré pour l’autre client passe au client conservé, et l’autre fiche est supprimée ; Édition → Annuler la rétablit.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>N° de client</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Parti le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Record kept</source>
        <translation>Fiche conservée</translation>
    </message>
    <message>
        <source>Interactions: %1 · Responses: %2 · Follow-ups: %3</source>
        <translation>Interactions : %1 · Réponses : %2 · Suivis : %3</translation>
    </message>
    <message>
        <source>Could not be counted: %1</source>
        <translation>Comptage impossible : %1</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation>Conserver cette fiche</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>The customers were not merged: %1.</source>
        <translation>Les clients n’ont pas été fusionnés : %1.</translation>
    </message>
</context>
<context>
    <name>cx::MessageChooser</name>
    <message>
        <source>Contact the customer</source>
        <translation>Contacter le client</translation>
    </message>
    <message>
        <source>This customer is no longer in the database.</source>
        <translation>Ce client n&apos;est plus dans la base de données.</translation>
    </message>
    <message>
        <source>The customer could not be read: %1.</source>
        <translation>Le client n&apos;a pas pu être lu : %1.</translation>
    </message>
    <message>
        <source>%1 has no email address yet: add one in their profile to write to them.</source>
        <translation>%1 n&apos;a pas encore d&apos;adresse e-mail : ajoutez-en une dans son profil pour lui écrire.</translation>
    </message>
    <message>
        <source>%1 has no phone number yet: add one in their profile to call them.</source>
        <translation>%1 n&apos;a pas encore de numéro de téléphone : ajoutez-en un dans son profil pour l&apos;appeler.</translation>
    </message>
    <message>
        <source>The phone number of %1, “%2”, holds no digits to dial.</source>
        <translation>Le numéro de téléphone de %1, « %2 », ne contient aucun chiffre à composer.</translation>
    </message>
    <message>
        <source>No mail program opened the message. Set one up as the system&apos;s email program, then try again.</source>
        <translation>Aucune messagerie n&apos;a ouvert le message. Configurez-en une comme messagerie du système, puis réessayez.</translation>
    </message>
    <message>
        <source>No program opened the phone number. Set one up for phone links, or dial %1 yourself.</source>
        <translation>Aucun programme n&apos;a ouvert le numéro. Configurez-en un pour les liens téléphoniques, ou composez le %1 vous-même.</translation>
    </message>
    <message>
        <source>The contact was opened but not recorded: %1.</source>
        <translation>Le contact a été ouvert mais pas enregistré : %1.</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>Écrire à %1</translation>
    </message>
    <message>
        <source>Your mail program opens with this message; change it there before you send it. The texts are in Settings → Messages.</source>
        <translation>Votre messagerie s&apos;ouvre avec ce message ; modifiez-le là avant de l&apos;envoyer. Les textes sont dans Paramètres → Messages.</translation>
    </message>
    <message>
        <source>&amp;Open in mail program</source>
        <translation>&amp;Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <source>To: %1
Subject: %2</source>
        <translation>À : %1
Objet : %2</translation>
    </message>
</context>
<context>
    <name>cx::MessagesTab</name>
    <message>
        <source>Messa&amp;ge</source>
        <translation>Messa&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>&amp;Rétablir le texte d&apos;origine</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texte</translation>
    </message>
    <message>
        <source>Click to insert %1</source>
        <translation>Cliquez pour insérer %1</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Click one to insert it where the cursor is.</source>
        <translation>Cliquez sur l&apos;un d&apos;eux pour l&apos;insérer à l&apos;emplacement du curseur.</translation>
    </message>
    <message>
        <source>Preview for a sample customer</source>
        <translation>Aperçu pour un client fictif</translation>
    </message>
    <message>
        <source>“Write…” on a customer opens your mail program with this message; nothing is sent until you send it there. A line whose placeholders have no value is left out.</source>
        <translation>« Écrire… » sur un client ouvre votre messagerie avec ce message ; rien n&apos;est envoyé tant que vous ne l&apos;envoyez pas. Une ligne dont les champs sont vides est omise.</translation>
    </message>
    <message>
        <source>the text of the message “%1”</source>
        <translation>le texte du message « %1 »</translation>
    </message>
    <message>
        <source>the subject of the message “%1”</source>
        <translation>l&apos;objet du message « %1 »</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Sam</source>
        <translation>Sam</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <source>the message “%1”: %2</source>
        <translation>le message « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>cx::MetricTile</name>
    <message>
        <source>no earlier period to compare</source>
        <translation>aucune période antérieure à comparer</translation>
    </message>
    <message>
        <source>= unchanged on the previous period</source>
        <translation>= inchangé par rapport à la période précédente</translation>
    </message>
    <message>
        <source>%1 %2%3 on the previous period</source>
        <translation>%1 %2%3 par rapport à la période précédente</translation>
    </message>
    <message numerus="yes">
        <source>too few answers (%n) to judge a change</source>
        <translation>
            <numerusform>trop peu de réponses (%n) pour juger d’une évolution</numerusform>
            <numerusform>trop peu de réponses (%n) pour juger d’une évolution</numerusform>
        </translation>
    </message>
    <message>
        <source>no data in this period to compare</source>
        <translation>aucune donnée sur cette période à comparer</translation>
    </message>
    <message>
        <source>no data in the previous period to compare</source>
        <translation>aucune donnée sur la période précédente à comparer</translation>
    </message>
    <message>
        <source>no data in %1 to compare</source>
        <translation>aucune donnée pour %1 à comparer</translation>
    </message>
    <message>
        <source>= unchanged vs %1</source>
        <translation>= inchangé par rapport à %1</translation>
    </message>
    <message>
        <source>%1 %2 vs %3</source>
        <translation>%1 %2 par rapport à %3</translation>
    </message>
</context>
<context>
    <name>cx::NewActionDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>Nouveau suivi</translation>
    </message>
    <message>
        <source>What is to be done, e.g. “Call back about the late order”</source>
        <translation>Ce qu’il faut faire, p. ex. « Rappeler au sujet de la commande en retard »</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>A follow-up needs a title: it is what the list shows.</source>
        <translation>Un suivi doit avoir un titre : c’est ce que la liste affiche.</translation>
    </message>
</context>
<context>
    <name>cx::NewCustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Customer &amp;no.</source>
        <translation>N° de c&amp;lient</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation>&amp;Segment</translation>
    </message>
    <message>
        <source>&amp;First contact</source>
        <translation>&amp;Premier contact</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>No customer number could be suggested: %1</source>
        <translation>Aucun numéro de client n’a pu être proposé : %1</translation>
    </message>
    <message>
        <source>Could not look for customers with the same details: %1</source>
        <translation>Impossible de chercher les clients aux mêmes coordonnées : %1</translation>
    </message>
    <message>
        <source>%1 already has this customer number</source>
        <translation>%1 a déjà ce numéro de client</translation>
    </message>
    <message>
        <source>%1 has this email</source>
        <translation>%1 a cet e-mail</translation>
    </message>
    <message>
        <source>%1 has this phone number</source>
        <translation>%1 a ce numéro de téléphone</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvrir</translation>
    </message>
    <message>
        <source>Customer numbers are unique: choose another one.</source>
        <translation>Les numéros de client sont uniques : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Two people may share an email or phone: you can still save.</source>
        <translation>Deux personnes peuvent partager un e-mail ou un téléphone : vous pouvez tout de même enregistrer.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>The customer needs a name.</source>
        <translation>Le client doit avoir un nom.</translation>
    </message>
    <message>
        <source>This customer number is taken: choose another one.</source>
        <translation>Ce numéro de client est déjà pris : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Look at the customers above before saving.</source>
        <translation>Regardez les clients ci-dessus avant d’enregistrer.</translation>
    </message>
    <message>
        <source>The customer was not saved: %1.</source>
        <translation>Le client n’a pas été enregistré : %1.</translation>
    </message>
</context>
<context>
    <name>cx::NewJourneyDialog</name>
    <message>
        <source>New journey</source>
        <translation>Nouveau parcours</translation>
    </message>
    <message>
        <source>An empty journey</source>
        <translation>Un parcours vide</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Modèle : %1</translation>
    </message>
    <message>
        <source>for example Weekend brunch</source>
        <translation>par exemple Brunch du week-end</translation>
    </message>
    <message>
        <source>&amp;Start from</source>
        <translation>&amp;Partir de</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
</context>
<context>
    <name>cx::PaperEntryDialog</name>
    <message>
        <source>y or n</source>
        <translation>y ou n</translation>
    </message>
    <message>
        <source>the number of the ticked box, 1 to %1</source>
        <translation>le numéro de la case cochée, de 1 à %1</translation>
    </message>
    <message>
        <source>the numbers of the ticked boxes, e.g. 1 3</source>
        <translation>les numéros des cases cochées, par ex. 1 3</translation>
    </message>
    <message>
        <source>what is written</source>
        <translation>ce qui est écrit</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Enter paper forms — %1</source>
        <translation>Saisir les formulaires papier — %1</translation>
    </message>
    <message>
        <source>Type each card as it is written. Tab or Enter moves on; &lt;b&gt;Ctrl+Enter&lt;/b&gt; saves the card and opens a blank one. Leave a field empty when nothing is ticked.</source>
        <translation>Saisissez chaque carte telle qu&apos;elle est remplie. Tab ou Entrée passe au champ suivant ; &lt;b&gt;Ctrl+Entrée&lt;/b&gt; enregistre la carte et en ouvre une vierge. Laissez un champ vide si rien n&apos;est coché.</translation>
    </message>
    <message>
        <source>Form number</source>
        <translation>N° de formulaire</translation>
    </message>
    <message>
        <source>Form &amp;number</source>
        <translation>&amp;Numéro du formulaire</translation>
    </message>
    <message>
        <source>Save and next card (Ctrl+Enter)</source>
        <translation>Enregistrer et carte suivante (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>question %1 &apos;%2&apos;: there is no box %3 (1 to %4)</source>
        <translation>question %1 « %2 » : il n&apos;y a pas de case %3 (1 à %4)</translation>
    </message>
    <message>
        <source>the card could not be saved</source>
        <translation>la carte n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Non enregistré : %1.</translation>
    </message>
    <message>
        <source>Card %1 saved%2. %3 saved in this session.</source>
        <translation>Carte %1 enregistrée%2. %3 enregistrées dans cette session.</translation>
    </message>
    <message>
        <source> — a follow-up was opened</source>
        <translation> — une action de suivi a été ouverte</translation>
    </message>
    <message>
        <source>Date the card was filled in</source>
        <translation>Date à laquelle la carte a été remplie</translation>
    </message>
    <message>
        <source>Filled in &amp;on</source>
        <translation>Remplie &amp;le</translation>
    </message>
    <message>
        <source>Email or phone, if the customer wrote one</source>
        <translation>E-mail ou téléphone, si le client en a indiqué un</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>&amp;Contact (optional)</source>
        <translation>&amp;Contact (facultatif)</translation>
    </message>
    <message>
        <source>The printed forms could not be read: %1.</source>
        <translation>Les formulaires imprimés n’ont pas pu être lus : %1.</translation>
    </message>
    <message>
        <source>Form %1 was already entered on %2.</source>
        <translation>Le formulaire %1 a déjà été saisi le %2.</translation>
    </message>
    <message>
        <source>Printed on %1 (forms %2 to %3).</source>
        <translation>Imprimé le %1 (formulaires %2 à %3).</translation>
    </message>
    <message>
        <source>Form %1 was not printed for this survey, but for “%2” on %3: is the card in the right pile?</source>
        <translation>Le formulaire %1 n’a pas été imprimé pour cette enquête, mais pour « %2 » le %3 : la carte est-elle dans la bonne pile ?</translation>
    </message>
    <message>
        <source>Form %1 was never printed for this survey: check the number.</source>
        <translation>Le formulaire %1 n’a jamais été imprimé pour cette enquête : vérifiez le numéro.</translation>
    </message>
    <message>
        <source>No printed forms are recorded for this survey.</source>
        <translation>Aucun formulaire imprimé n’est enregistré pour cette enquête.</translation>
    </message>
    <message>
        <source>the contact &apos;%1&apos; is neither an email address nor a phone number</source>
        <translation>le contact « %1 » n’est ni une adresse e-mail ni un numéro de téléphone</translation>
    </message>
    <message>
        <source>the card cannot have been filled in on %1, after today</source>
        <translation>la carte ne peut pas avoir été remplie le %1, après aujourd’hui</translation>
    </message>
</context>
<context>
    <name>cx::PaperPrintDialog</name>
    <message>
        <source>Paper forms — %1</source>
        <translation>Formulaires papier — %1</translation>
    </message>
    <message>
        <source>Every form gets a number of its own, so each returned card is entered once. A new batch starts after the last number printed.</source>
        <translation>Chaque formulaire reçoit son propre numéro, pour que chaque carte rendue soit saisie une seule fois. Un nouveau lot commence après le dernier numéro imprimé.</translation>
    </message>
    <message>
        <source>First form number</source>
        <translation>Premier numéro de formulaire</translation>
    </message>
    <message>
        <source>&amp;First number</source>
        <translation>&amp;Premier numéro</translation>
    </message>
    <message>
        <source>Number of forms</source>
        <translation>Nombre de formulaires</translation>
    </message>
    <message>
        <source>How &amp;many forms</source>
        <translation>&amp;Nombre de formulaires</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Paper &amp;size</source>
        <translation>&amp;Format du papier</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Aperçu et impression…</translation>
    </message>
    <message>
        <source>Forms %1 to %2.</source>
        <translation>Formulaires %1 à %2.</translation>
    </message>
    <message>
        <source>The next number not yet printed is %1.</source>
        <translation>Le prochain numéro pas encore imprimé est %1.</translation>
    </message>
    <message>
        <source>The printed forms could not be read: %1.</source>
        <translation>Les formulaires imprimés n’ont pas pu être lus : %1.</translation>
    </message>
    <message>
        <source>forms %1 to %2, printed on %3 (batch %4 to %5)</source>
        <translation>formulaires %1 à %2, imprimés le %3 (lot %4 à %5)</translation>
    </message>
    <message numerus="yes">
        <source>%n of these numbers were already printed for this survey: %1. Cards with the same number cannot both be entered.</source>
        <translation>
            <numerusform>%n de ces numéros a déjà été imprimé pour cette enquête : %1. Deux cartes portant le même numéro ne peuvent pas être saisies toutes les deux.</numerusform>
            <numerusform>%n de ces numéros ont déjà été imprimés pour cette enquête : %1. Deux cartes portant le même numéro ne peuvent pas être saisies toutes les deux.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print these numbers again?</source>
        <translation>Imprimer ces numéros une nouvelle fois ?</translation>
    </message>
</context>
<context>
    <name>cx::PasswordDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe pour %1</translation>
    </message>
    <message>
        <source>The server asks for the password of “%1” to open %2.</source>
        <translation>Le serveur demande le mot de passe de « %1 » pour ouvrir %2.</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>votre compte</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Remember in the keychain</source>
        <translation>Mémoriser dans le trousseau</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>cx::RatingInput</name>
    <message>
        <source>Type 1 to 5; 0 or Backspace clears</source>
        <translation>Tapez 1 à 5 ; 0 ou Retour arrière efface</translation>
    </message>
</context>
<context>
    <name>cx::Reminders</name>
    <message>
        <source>Follow-up overdue</source>
        <translation>Suivi en retard</translation>
    </message>
    <message>
        <source>“%1” was due %2.</source>
        <translation>« %1 » était à faire le %2.</translation>
    </message>
    <message>
        <source>“%1” (%2) was due %3.</source>
        <translation>« %1 » (%2) était à faire le %3.</translation>
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
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Summary of the period</source>
        <translation>Synthèse de la période</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Customer number or name, then Enter</source>
        <translation>N° client ou nom, puis Entrée</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Aperçu a&amp;vant impression…</translation>
    </message>
    <message>
        <source>Page setup (paper size, portrait or landscape) and printing</source>
        <translation>Mise en page (format du papier, portrait ou paysage) et impression</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>There are no surveys yet.</source>
        <translation>Il n&apos;y a pas encore d&apos;enquêtes.</translation>
    </message>
    <message>
        <source>There are no journeys yet.</source>
        <translation>Il n&apos;y a pas encore de parcours.</translation>
    </message>
    <message>
        <source>Type a customer&apos;s number or name and press Enter.</source>
        <translation>Tapez le numéro ou le nom d&apos;un client et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Aucun client ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>%1 — %2. The period comes from the filter bar; the preview shows the pages as they print.</source>
        <translation>%1 — %2. La période vient de la barre de filtres ; l&apos;aperçu montre les pages telles qu&apos;elles s&apos;impriment.</translation>
    </message>
    <message>
        <source>there is no report to export</source>
        <translation>il n&apos;y a pas de rapport à exporter</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Aperçu avant impression — %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not exported: %1.</source>
        <translation>Le rapport n&apos;a pas été exporté : %1.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
</context>
<context>
    <name>cx::ResponseDialog</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>promoter</source>
        <translation>promoteur</translation>
    </message>
    <message>
        <source>passive</source>
        <translation>passif</translation>
    </message>
    <message>
        <source>detractor</source>
        <translation>détracteur</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; sur %2</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>&lt;p&gt;This response is no longer in the database.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cette réponse n&apos;est plus dans la base de données.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>at the counter kiosk</source>
        <translation>à la borne du comptoir</translation>
    </message>
    <message>
        <source>on paper form %1</source>
        <translation>sur le formulaire papier %1</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importée</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>saisie à la main</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Customer:&lt;/b&gt; %1&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Client :&lt;/b&gt; %1&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Ouvrir le client</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Anonymous&lt;/b&gt; — no customer was given.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Anonyme&lt;/b&gt; — aucun client indiqué.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not asked or not answered</source>
        <translation>non posée ou sans réponse</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Follow-up:&lt;/b&gt; %1 — %2, due %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Suivi :&lt;/b&gt; %1 — %2, échéance %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
</context>
<context>
    <name>cx::ServerActions</name>
    <message>
        <source>The system keychain cannot be reached: the password is not remembered.</source>
        <translation>Le trousseau du système est inaccessible : le mot de passe n’est pas mémorisé.</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached (%1), so CX Desk cannot remember the password: it asks for it each time, unless ~/.pgpass holds it.</source>
        <translation>Le trousseau du système est inaccessible (%1) ; CX Desk ne peut donc pas mémoriser le mot de passe : il le demande à chaque fois, sauf si ~/.pgpass le contient.</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>Move to a server</source>
        <translation>Déplacer sur un serveur</translation>
    </message>
    <message>
        <source>The system keychain cannot keep the password (%1); CX Desk asks for it next time.</source>
        <translation>Le trousseau du système ne peut pas conserver le mot de passe (%1) ; CX Desk le demandera la prochaine fois.</translation>
    </message>
    <message>
        <source>%1 holds no CX Desk data yet.

Set up CX Desk in this database?</source>
        <translation>%1 ne contient pas encore de données CX Desk.

Installer CX Desk dans cette base de données ?</translation>
    </message>
    <message>
        <source>%1 already holds a business.

Replace its data with the data of %2? What it holds now is lost; %2 stays as it is.</source>
        <translation>%1 contient déjà une entreprise.

Remplacer ses données par celles de %2 ? Ce qu’elle contient maintenant sera perdu ; %2 reste tel quel.</translation>
    </message>
    <message>
        <source>Copy the data of %1 to %2?

The file stays as it is; afterwards the window works on the server.</source>
        <translation>Copier les données de %1 vers %2 ?

Le fichier reste tel quel ; ensuite, la fenêtre travaille sur le serveur.</translation>
    </message>
    <message>
        <source>Moving the data of %1 to %2…</source>
        <translation>Déplacement des données de %1 vers %2…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The move was stopped. %1 is as it was, and the window stays on %2.</source>
        <translation>Le déplacement a été interrompu. %1 est tel qu’avant, et la fenêtre reste sur %2.</translation>
    </message>
    <message>
        <source>The data could not be moved; %1 is as it was.

%2</source>
        <translation>Les données n’ont pas pu être déplacées ; %1 est tel qu’avant.

%2</translation>
    </message>
</context>
<context>
    <name>cx::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Business name</source>
        <translation>&amp;Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Shown on the kiosk and printed on paper forms and reports.</source>
        <translation>Affiché sur la borne et imprimé sur les formulaires papier et les rapports.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Logo on reports</source>
        <translation>Logo sur les rapports</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PNG or JPEG picture.</source>
        <translation>« %1 » n&apos;est pas une image PNG ou JPEG.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Follow-up actions are due after</source>
        <translation>Les actions de &amp;suivi sont dues après</translation>
    </message>
    <message>
        <source>A detractor (NPS 0–6), a CSAT of 1–2 or a complaint opens a follow-up action due this many days later.</source>
        <translation>Un détracteur (NPS 0–6), un CSAT de 1–2 ou une plainte ouvre une action de suivi due ce nombre de jours plus tard.</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>The language applies from the next start of CX Desk.</source>
        <translation>La langue s&apos;applique au prochain démarrage de CX Desk.</translation>
    </message>
    <message>
        <source>New &amp;kiosk PIN</source>
        <translation>Nouveau code de la &amp;borne</translation>
    </message>
    <message>
        <source>4 to 8 digits; staff enter it to leave the counter kiosk.</source>
        <translation>4 à 8 chiffres ; le personnel le saisit pour quitter la borne.</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>Pas encore défini</translation>
    </message>
    <message>
        <source>Leave empty to keep the current PIN</source>
        <translation>Laissez vide pour garder le code actuel</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>the business name</source>
        <translation>le nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>the logo</source>
        <translation>le logo</translation>
    </message>
    <message>
        <source>when follow-ups are due</source>
        <translation>l&apos;échéance des actions de suivi</translation>
    </message>
    <message>
        <source>the kiosk PIN</source>
        <translation>le code de la borne</translation>
    </message>
    <message>
        <source>Reloaded: these are the settings as they were saved elsewhere.</source>
        <translation>Rechargé : voici les réglages tels qu&apos;ils ont été enregistrés ailleurs.</translation>
    </message>
    <message>
        <source>Not saved yet: %1.</source>
        <translation>Pas encore enregistré : %1.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1.</source>
        <translation>Rien n&apos;a été enregistré : %1.</translation>
    </message>
    <message>
        <source>&amp;Business</source>
        <translation>&amp;Entreprise</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Personnel</translation>
    </message>
    <message>
        <source>Customer &amp;fields</source>
        <translation>&amp;Champs clients</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Messages</translation>
    </message>
    <message>
        <source>&amp;Repeat the PIN</source>
        <translation>&amp;Répéter le code</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>É&amp;quipe</translation>
    </message>
</context>
<context>
    <name>cx::StaffTab</name>
    <message>
        <source>The people follow-ups are given to and notes are signed with, in the order the lists show them. Renaming someone here does not change the follow-ups they already own.</source>
        <translation>Les personnes à qui les suivis sont confiés et qui signent les notes, dans l’ordre des listes. Renommer quelqu’un ici ne change pas les suivis dont il est déjà responsable.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>the staff list</source>
        <translation>la liste du personnel</translation>
    </message>
</context>
<context>
    <name>cx::StageDialog</name>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>for example Order</source>
        <translation>par exemple Commande</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>How customers should feel here: −2 very unhappy to +2 delighted</source>
        <translation>Ce que les clients devraient ressentir ici : de −2 très mécontent à +2 ravi</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Lifecycle &amp;phase</source>
        <translation>&amp;Phase du cycle de vie</translation>
    </message>
    <message>
        <source>&amp;Expected feeling</source>
        <translation>Ressenti &amp;attendu</translation>
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
        <translation>CSAT (1–5 visages)</translation>
    </message>
    <message>
        <source>Effort, CES (1–7)</source>
        <translation>Effort, CES (1–7)</translation>
    </message>
    <message>
        <source>Rating (1–5)</source>
        <translation>Note (1–5)</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Oui / non</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>Choix unique</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>Choix multiples</translation>
    </message>
    <message>
        <source>Written answer</source>
        <translation>Réponse écrite</translation>
    </message>
    <message>
        <source>Edit survey — %1</source>
        <translation>Modifier l&apos;enquête — %1</translation>
    </message>
    <message>
        <source>New survey</source>
        <translation>Nouvelle enquête</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>One line shown on the first screen and the paper form</source>
        <translation>Une ligne affichée sur le premier écran et le formulaire papier</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>No touchpoint</source>
        <translation>Aucun point de contact</translation>
    </message>
    <message>
        <source>The touchpoint&apos;s channel</source>
        <translation>Le canal du point de contact</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>T&amp;ouchpoint</source>
        <translation>P&amp;oint de contact</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>Ca&amp;nal</translation>
    </message>
    <message>
        <source>Thank-&amp;you message</source>
        <translation>Message de &amp;remerciement</translation>
    </message>
    <message>
        <source>Questions (drag to reorder)</source>
        <translation>Questions (glissez pour réordonner)</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>&amp;Ajouter une question</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Duplicate the question (Ctrl+D)</source>
        <translation>Dupliquer la question (Ctrl+D)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Supprim&amp;er</translation>
    </message>
    <message>
        <source>Delete the question (Delete); Ctrl+Z brings it back</source>
        <translation>Supprimer la question (Suppr) ; Ctrl+Z la rétablit</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Bas)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>A short name for the question, used in imports, exports and conditions</source>
        <translation>Un nom court pour la question, utilisé dans les imports, exports et conditions</translation>
    </message>
    <message>
        <source>An answer is &amp;required</source>
        <translation>Une réponse est &amp;obligatoire</translation>
    </message>
    <message>
        <source>O&amp;ptions, one per line</source>
        <translation>O&amp;ptions, une par ligne</translation>
    </message>
    <message>
        <source>Scale &amp;labels</source>
        <translation>&amp;Libellés de l&apos;échelle</translation>
    </message>
    <message>
        <source>Lowest, e.g. Not at all likely</source>
        <translation>Valeur basse, par ex. Pas du tout probable</translation>
    </message>
    <message>
        <source>Highest, e.g. Extremely likely</source>
        <translation>Valeur haute, par ex. Extrêmement probable</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Wording</source>
        <translation>&amp;Formulation</translation>
    </message>
    <message>
        <source>Ask &amp;only when</source>
        <translation>Poser s&amp;eulement si</translation>
    </message>
    <message>
        <source>Preview at the kiosk</source>
        <translation>Aperçu sur la borne</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Edit the title</source>
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <source>Edit the description</source>
        <translation>Modifier la description</translation>
    </message>
    <message>
        <source>Edit the thank-you message</source>
        <translation>Modifier le message de remerciement</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Link a touchpoint</source>
        <translation>Associer un point de contact</translation>
    </message>
    <message>
        <source>Choose the channel</source>
        <translation>Choisir le canal</translation>
    </message>
    <message>
        <source>Edit the code</source>
        <translation>Modifier le code</translation>
    </message>
    <message>
        <source>Change the kind</source>
        <translation>Changer le type</translation>
    </message>
    <message>
        <source>First choice</source>
        <translation>Premier choix</translation>
    </message>
    <message>
        <source>Second choice</source>
        <translation>Deuxième choix</translation>
    </message>
    <message>
        <source>Edit the wording</source>
        <translation>Modifier la formulation</translation>
    </message>
    <message>
        <source>Require an answer</source>
        <translation>Exiger une réponse</translation>
    </message>
    <message>
        <source>Make the answer optional</source>
        <translation>Rendre la réponse facultative</translation>
    </message>
    <message>
        <source>Edit the options</source>
        <translation>Modifier les options</translation>
    </message>
    <message>
        <source>Edit a scale label</source>
        <translation>Modifier un libellé de l&apos;échelle</translation>
    </message>
    <message>
        <source>Change when it is asked</source>
        <translation>Changer quand elle est posée</translation>
    </message>
    <message>
        <source>, required</source>
        <translation>, obligatoire</translation>
    </message>
    <message>
        <source>, only when %1 %2 %3</source>
        <translation>, seulement si %1 %2 %3</translation>
    </message>
    <message>
        <source>Always ask</source>
        <translation>Toujours poser</translation>
    </message>
    <message>
        <source>Add a question to see it here.</source>
        <translation>Ajoutez une question pour la voir ici.</translation>
    </message>
    <message>
        <source>Asked of everyone.</source>
        <translation>Posée à tout le monde.</translation>
    </message>
    <message>
        <source>Asked only of some: %1</source>
        <translation>Posée seulement à certains : %1</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>votre réponse</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>la réponse</translation>
    </message>
    <message>
        <source>Customers answer by touch, mouse or keyboard; the paper form shows the same question with boxes to tick.</source>
        <translation>Les clients répondent au toucher, à la souris ou au clavier ; le formulaire papier montre la même question avec des cases à cocher.</translation>
    </message>
    <message>
        <source>Before saving: %1.</source>
        <translation>Avant d&apos;enregistrer : %1.</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nouvelle question</translation>
    </message>
    <message>
        <source>How likely are you to recommend us to a friend or colleague?</source>
        <translation>Quelle est la probabilité que vous nous recommandiez à un ami ou un collègue ?</translation>
    </message>
    <message>
        <source>Not at all likely</source>
        <translation>Pas du tout probable</translation>
    </message>
    <message>
        <source>Extremely likely</source>
        <translation>Extrêmement probable</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>Duplicate a question</source>
        <translation>Dupliquer une question</translation>
    </message>
    <message>
        <source>Delete a question</source>
        <translation>Supprimer une question</translation>
    </message>
    <message>
        <source>Move a question</source>
        <translation>Déplacer une question</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Non enregistré : %1.</translation>
    </message>
    <message>
        <source>Start from a template, or from scratch:</source>
        <translation>Partir d&apos;un modèle, ou de zéro :</translation>
    </message>
    <message>
        <source>Empty survey
    One NPS question to start with; add your own.</source>
        <translation>Enquête vide
    Une question NPS pour commencer ; ajoutez les vôtres.</translation>
    </message>
    <message>
        <source>the survey “%1”</source>
        <translation>l&apos;enquête « %1 »</translation>
    </message>
    <message>
        <source>Save survey</source>
        <translation>Enregistrer l&apos;enquête</translation>
    </message>
    <message>
        <source>Reloaded: this is the survey as it was saved elsewhere.</source>
        <translation>Rechargé : voici l&apos;enquête telle qu&apos;elle a été enregistrée ailleurs.</translation>
    </message>
    <message>
        <source>Not saved yet: %1.</source>
        <translation>Pas encore enregistré : %1.</translation>
    </message>
</context>
<context>
    <name>cx::SurveyImportDialog</name>
    <message>
        <source>Import survey from %1</source>
        <translation>Importer une enquête depuis %1</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>Le fichier contient</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The survey is imported in one language; its texts in the others stay in the file</source>
        <translation>L&apos;enquête est importée dans une seule langue ; ses textes dans les autres langues restent dans le fichier</translation>
    </message>
    <message>
        <source>The survey whose questions match the columns</source>
        <translation>L&apos;enquête dont les questions correspondent aux colonnes</translation>
    </message>
    <message>
        <source>Add the responses to</source>
        <translation>Ajouter les réponses à</translation>
    </message>
    <message>
        <source>In CX Desk</source>
        <translation>Dans CX Desk</translation>
    </message>
    <message>
        <source>Every question of the file, what it becomes here, and when it is shown. Change what a question becomes in its list.</source>
        <translation>Chaque question du fichier, ce qu&apos;elle devient ici et quand elle s&apos;affiche. Changez ce que devient une question dans sa liste.</translation>
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
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Devient</translation>
    </message>
    <message>
        <source>Shown if</source>
        <translation>Affichée si</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <source>Copy the whole report as text, to keep or to send</source>
        <translation>Copier tout le rapport en texte, pour le garder ou l&apos;envoyer</translation>
    </message>
    <message>
        <source>Responses to “%1”</source>
        <translation>Réponses à « %1 »</translation>
    </message>
    <message>
        <source>“%1” updates the survey imported from this source before; its answers stay</source>
        <translation>« %1 » met à jour l&apos;enquête importée auparavant depuis cette source ; ses réponses restent</translation>
    </message>
    <message>
        <source>“%1”, a new survey</source>
        <translation>« %1 », une nouvelle enquête</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Laissée de côté : %1</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Laisser de côté</translation>
    </message>
    <message>
        <source>What the question becomes in CX Desk</source>
        <translation>Ce que devient la question dans CX Desk</translation>
    </message>
    <message>
        <source>From the file: %1</source>
        <translation>Dans le fichier : %1</translation>
    </message>
    <message>
        <source>Always (dropped: %1)</source>
        <translation>Toujours (abandonnée : %1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln question</numerusform>
            <numerusform>%Ln questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln condition(s)</source>
        <translation>
            <numerusform>%Ln condition</numerusform>
            <numerusform>%Ln conditions</numerusform>
        </translation>
    </message>
    <message>
        <source>Responses: %1 new, %2 imported before.</source>
        <translation>Réponses nouvelles : %1 ; déjà importées : %2.</translation>
    </message>
    <message numerus="yes">
        <source>Never submitted, so left out: %Ln response(s).</source>
        <translation>
            <numerusform>Jamais envoyée, donc laissée de côté : %Ln réponse.</numerusform>
            <numerusform>Jamais envoyées, donc laissées de côté : %Ln réponses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one question to import</source>
        <translation>Choisissez au moins une question à importer</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>In the export</source>
        <translation>Dans l&apos;export</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>No survey to add them to yet</source>
        <translation>Pas encore d&apos;enquête à laquelle les ajouter</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>no column</source>
        <translation>aucune colonne</translation>
    </message>
    <message>
        <source>%1 to import, %2 left out; %3 kept, %4 dropped.</source>
        <translation>À importer : %1, laissées de côté : %2 ; conservées : %3, abandonnées : %4.</translation>
    </message>
    <message numerus="yes">
        <source>In the file twice, so left out once: %Ln response(s).</source>
        <translation>
            <numerusform>Deux fois dans le fichier, donc laissée de côté une fois : %Ln réponse.</numerusform>
            <numerusform>Deux fois dans le fichier, donc laissées de côté une fois : %Ln réponses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fitting no option or scale, so left out: %Ln answer(s).</source>
        <translation>
            <numerusform>Ne correspondant à aucune option ni échelle, donc laissée de côté : %Ln réponse.</numerusform>
            <numerusform>Ne correspondant à aucune option ni échelle, donc laissées de côté : %Ln réponses.</numerusform>
        </translation>
    </message>
    <message>
        <source>The questions of the survey, and the column of the export that answers each.</source>
        <translation>Les questions de l’enquête, et la colonne de l’export qui répond à chacune.</translation>
    </message>
</context>
<context>
    <name>cx::SurveyResultsView</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Ressenti</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positif</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>négatif</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
    <message>
        <source>%1

Double-click to open the response</source>
        <translation>%1

Double-cliquez pour ouvrir la réponse</translation>
    </message>
    <message>
        <source>Search the comments</source>
        <translation>Rechercher dans les commentaires</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 responses in the period</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 réponses sur la période</translation>
    </message>
    <message>
        <source>Responses by month</source>
        <translation>Réponses par mois</translation>
    </message>
    <message>
        <source>No responses in the period</source>
        <translation>Aucune réponse sur la période</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>No answers in the period</source>
        <translation>Aucune réponse sur la période</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>réponses</translation>
    </message>
    <message>
        <source>NPS %1 ± %2 — %3</source>
        <translation>NPS %1 ± %2 — %3</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Détracteurs</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passifs</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promoteurs</translation>
    </message>
    <message>
        <source>CSAT %1 % — %2</source>
        <translation>CSAT %1 % — %2</translation>
    </message>
    <message>
        <source>Mean %1 — %2</source>
        <translation>Moyenne %1 — %2</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>rien pour l&apos;instant</translation>
    </message>
    <message>
        <source>&lt;b&gt;Written answers&lt;/b&gt;: %1 — %2 positive, %3 neutral, %4 negative&lt;br&gt;&lt;span style=&apos;color:%5&apos;&gt;Promoters mention&lt;/span&gt; %6&lt;br&gt;&lt;span style=&apos;color:%7&apos;&gt;Detractors mention&lt;/span&gt; %8</source>
        <translation>&lt;b&gt;Réponses écrites&lt;/b&gt; : %1 — %2 positives, %3 neutres, %4 négatives&lt;br&gt;&lt;span style=&apos;color:%5&apos;&gt;Les promoteurs citent&lt;/span&gt; %6&lt;br&gt;&lt;span style=&apos;color:%7&apos;&gt;Les détracteurs citent&lt;/span&gt; %8</translation>
    </message>
    <message>
        <source>&lt;b&gt;Written answers&lt;/b&gt;: they could not be read (%1)</source>
        <translation>&lt;b&gt;Réponses écrites&lt;/b&gt; : elles n’ont pas pu être lues (%1)</translation>
    </message>
    <message>
        <source>Written answers of every channel and segment in the period</source>
        <translation>Réponses écrites de tous les canaux et segments de la période</translation>
    </message>
    <message>
        <source>Reading the results…</source>
        <translation>Lecture des résultats…</translation>
    </message>
</context>
<context>
    <name>cx::SurveysPage</name>
    <message>
        <source>Surveys</source>
        <translation>Enquêtes</translation>
    </message>
    <message>
        <source>&amp;New survey…</source>
        <translation>&amp;Nouvelle enquête…</translation>
    </message>
    <message>
        <source>Start from a template (NPS, CSAT, CES, product feedback) or from scratch</source>
        <translation>Partir d&apos;un modèle (NPS, CSAT, CES, avis produit) ou de zéro</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Mo&amp;difier…</translation>
    </message>
    <message>
        <source>Questions, wording, conditions and settings of the selected survey (or double-click it)</source>
        <translation>Questions, formulation, conditions et réglages de l&apos;enquête choisie (ou double-clic)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected survey with its responses</source>
        <translation>Supprimer l&apos;enquête choisie avec ses réponses</translation>
    </message>
    <message>
        <source>Start &amp;kiosk</source>
        <translation>Lancer la &amp;borne</translation>
    </message>
    <message>
        <source>Run the selected survey full screen at the counter; the owner&apos;s PIN ends it</source>
        <translation>Lancer l&apos;enquête choisie en plein écran au comptoir ; le code du gérant l&apos;arrête</translation>
    </message>
    <message>
        <source>&amp;Print paper forms…</source>
        <translation>Im&amp;primer des formulaires papier…</translation>
    </message>
    <message>
        <source>Numbered paper forms of the selected survey, to print or save as PDF</source>
        <translation>Formulaires papier numérotés de l&apos;enquête choisie, à imprimer ou en PDF</translation>
    </message>
    <message>
        <source>&amp;Enter paper forms…</source>
        <translation>&amp;Saisir des formulaires papier…</translation>
    </message>
    <message>
        <source>Type in returned paper cards by keyboard</source>
        <translation>Saisir au clavier les cartes papier rendues</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
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
        <translation>Choisissez d&apos;abord une enquête avec des questions.</translation>
    </message>
    <message>
        <source>Delete “%1”? It has no responses yet.</source>
        <translation>Supprimer « %1 » ? Elle n&apos;a pas encore de réponses.</translation>
    </message>
    <message>
        <source>Delete survey</source>
        <translation>Supprimer l&apos;enquête</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The survey was not deleted: %1.</source>
        <translation>L&apos;enquête n&apos;a pas été supprimée : %1.</translation>
    </message>
    <message>
        <source>Paper forms</source>
        <translation>Formulaires papier</translation>
    </message>
    <message>
        <source>Save paper forms</source>
        <translation>Enregistrer les formulaires papier</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Paper forms — %1</source>
        <translation>Formulaires papier — %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>No surveys yet.</source>
        <translation>Aucune enquête pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The surveys could not be read: %1</source>
        <translation>Les enquêtes n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>The PIN was not saved: %1.</source>
        <translation>Le code n&apos;a pas été enregistré : %1.</translation>
    </message>
    <message>
        <source>The forms were not saved: %1.</source>
        <translation>Les formulaires n’ont pas été enregistrés : %1.</translation>
    </message>
    <message>
        <source>Forms %1 to %2 were printed, but their numbers could not be kept: %3. The next batch may start at a number printed now.</source>
        <translation>Les formulaires %1 à %2 ont été imprimés, mais leurs numéros n’ont pas pu être conservés : %3. Le prochain lot risque de commencer à un numéro imprimé maintenant.</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %Ln response(s)? Their answers leave every metric and report. Export them first if you may need them; this cannot be undone.</source>
        <translation>
            <numerusform>Supprimer « %1 » et sa %Ln réponse ? Ses réponses quittent tous les indicateurs et rapports. Exportez-la d’abord si vous pourriez en avoir besoin ; cette action est définitive.</numerusform>
            <numerusform>Supprimer « %1 » et ses %Ln réponses ? Leurs réponses quittent tous les indicateurs et rapports. Exportez-les d’abord si vous pourriez en avoir besoin ; cette action est définitive.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import survey…</source>
        <translation>&amp;Importer une enquête…</translation>
    </message>
    <message>
        <source>A survey made in LimeSurvey, Qualtrics, KoboToolbox or ODK (with its answers, where the file has them), or a CX Desk survey file</source>
        <translation>Une enquête faite dans LimeSurvey, Qualtrics, KoboToolbox ou ODK (avec ses réponses, si le fichier les contient), ou un fichier d&apos;enquête CX Desk</translation>
    </message>
    <message>
        <source>Import survey</source>
        <translation>Importer une enquête</translation>
    </message>
    <message>
        <source>Survey files (*.lss *.lsa *.qsf *.csv *.xlsx *.xml *.json);;All files (*)</source>
        <translation>Fichiers d&apos;enquête (*.lss *.lsa *.qsf *.csv *.xlsx *.xml *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>JSON non valide au caractère %1 : %2</translation>
    </message>
    <message>
        <source>not a survey definition</source>
        <translation>ce n&apos;est pas une définition d&apos;enquête</translation>
    </message>
    <message>
        <source>it could not be saved</source>
        <translation>elle n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 n&apos;a pas été importé : %2</translation>
    </message>
    <message numerus="yes">
        <source>Added the survey “%1” with %Ln question(s).</source>
        <translation>
            <numerusform>Enquête « %1 » ajoutée avec %Ln question.</numerusform>
            <numerusform>Enquête « %1 » ajoutée avec %Ln questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated the survey “%1”; it has %Ln question(s).</source>
        <translation>
            <numerusform>Enquête « %1 » mise à jour ; elle a %Ln question.</numerusform>
            <numerusform>Enquête « %1 » mise à jour ; elle a %Ln questions.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>Impossible d&apos;importer %1 : %2</translation>
    </message>
    <message>
        <source>Responses added to “%1”.</source>
        <translation>Réponses ajoutées à « %1 ».</translation>
    </message>
    <message>
        <source>Added the survey “%1”.</source>
        <translation>Enquête « %1 » ajoutée.</translation>
    </message>
    <message>
        <source>Updated the survey “%1”.</source>
        <translation>Enquête « %1 » mise à jour.</translation>
    </message>
    <message>
        <source>Responses: %1 added, %2 imported before.</source>
        <translation>Réponses ajoutées : %1 ; déjà importées : %2.</translation>
    </message>
    <message>
        <source>They were given from %1 to %2; choose a period that holds these dates to see them in the results.</source>
        <translation>Elles ont été recueillies du %1 au %2 ; choisissez une période qui comprend ces dates pour les voir dans les résultats.</translation>
    </message>
</context>
<context>
    <name>cx::TagEditor</name>
    <message>
        <source>Add a tag…</source>
        <translation>Ajouter une étiquette…</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>Retirer l’étiquette « %1 »</translation>
    </message>
</context>
<context>
    <name>cx::TeamTab</name>
    <message>
        <source>everything, accounts and settings included</source>
        <translation>tout, comptes et paramètres compris</translation>
    </message>
    <message>
        <source>customers, interactions, follow-ups, surveys and reports</source>
        <translation>clients, interactions, suivis, enquêtes et rapports</translation>
    </message>
    <message>
        <source>a kiosk: takes survey answers, reads nothing else</source>
        <translation>une borne : recueille les réponses aux enquêtes, ne lit rien d’autre</translation>
    </message>
    <message>
        <source>Each person logs in to the server with their own account. The server itself allows each account only what its role may do.</source>
        <translation>Chaque personne se connecte au serveur avec son propre compte. Le serveur lui-même n’autorise à chaque compte que ce que permet son rôle.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kiosks&lt;/b&gt; — answers taken while the server was away wait on the kiosk until it is back</source>
        <translation>&lt;b&gt;Bornes&lt;/b&gt; — les réponses recueillies pendant que le serveur ne répond pas attendent sur la borne jusqu’au retour du serveur</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Borne</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Sent after outages</source>
        <translation>Envoyées après coupure</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Dernier signal</translation>
    </message>
    <message>
        <source>choose a role</source>
        <translation>choisissez un rôle</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>e.g. ben or kiosk1</source>
        <translation>p. ex. ben ou borne1</translation>
    </message>
    <message>
        <source>&amp;Account name</source>
        <translation>&amp;Nom du compte</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>The same &amp;again</source>
        <translation>Encore une &amp;fois</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Remove an account</source>
        <translation>Supprimer un compte</translation>
    </message>
    <message>
        <source>Remove the account “%1”? They can no longer log in. What they entered stays, with their name on it.</source>
        <translation>Supprimer le compte « %1 » ? Cette personne ne pourra plus se connecter. Ce qu’elle a saisi est conservé et porte toujours son nom.</translation>
    </message>
</context>
<context>
    <name>cx::Text</name>
    <message>
        <source>a journey needs a name</source>
        <translation>un parcours doit avoir un nom</translation>
    </message>
    <message>
        <source>a stage needs a name</source>
        <translation>une étape doit avoir un nom</translation>
    </message>
    <message>
        <source>the expected feeling %1 is outside -2 to +2</source>
        <translation>le ressenti attendu %1 est hors de -2 à +2</translation>
    </message>
    <message>
        <source>a touchpoint needs a name</source>
        <translation>un point de contact doit avoir un nom</translation>
    </message>
    <message>
        <source>the target %1 is outside the 1-5 scale</source>
        <translation>l&apos;objectif %1 est hors de l&apos;échelle 1-5</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1:%2: a quoted field is not closed before the end of the file</source>
        <translation>%1:%2 : un champ entre guillemets n&apos;est pas fermé avant la fin du fichier</translation>
    </message>
    <message>
        <source>%1:%2: text after the closing quote of field %3</source>
        <translation>%1:%2 : texte après le guillemet fermant du champ %3</translation>
    </message>
    <message>
        <source>a customer needs a name</source>
        <translation>un client doit avoir un nom</translation>
    </message>
    <message>
        <source>migration %1 is missing from this build</source>
        <translation>la migration %1 manque dans cette version</translation>
    </message>
    <message>
        <source>cannot read migration %1</source>
        <translation>impossible de lire la migration %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a database file</source>
        <translation>« %1 » est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>cannot create database &apos;%1&apos;: folder &apos;%2&apos; does not exist</source>
        <translation>impossible de créer la base « %1 » : le dossier « %2 » n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot create database &apos;%1&apos;: %2</source>
        <translation>impossible de créer la base « %1 » : %2</translation>
    </message>
    <message>
        <source>cannot read database &apos;%1&apos;: permission denied</source>
        <translation>impossible de lire la base « %1 » : accès refusé</translation>
    </message>
    <message>
        <source>cannot open database &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;ouvrir la base « %1 » : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a database file (it is not in SQLite format)</source>
        <translation>« %1 » n&apos;est pas un fichier de base de données (il n&apos;est pas au format SQLite)</translation>
    </message>
    <message>
        <source>cannot read database &apos;%1&apos;: %2</source>
        <translation>impossible de lire la base « %1 » : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CX Desk database (it is an SQLite file of another program)</source>
        <translation>« %1 » n&apos;est pas une base CX Desk (c&apos;est un fichier SQLite d&apos;un autre programme)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer CX Desk (schema version %2; this version reads up to %3): update CX Desk to open it</source>
        <translation>« %1 » a été écrit par un CX Desk plus récent (version de schéma %2 ; cette version lit jusqu&apos;à %3) : mettez CX Desk à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>cannot configure database &apos;%1&apos;: %2</source>
        <translation>impossible de configurer la base « %1 » : %2</translation>
    </message>
    <message>
        <source>cannot upgrade &apos;%1&apos;: %2</source>
        <translation>impossible de mettre à niveau « %1 » : %2</translation>
    </message>
    <message>
        <source>cannot upgrade &apos;%1&apos; to schema version %2: %3</source>
        <translation>impossible de mettre « %1 » à la version de schéma %2 : %3</translation>
    </message>
    <message>
        <source>no transaction is active</source>
        <translation>aucune transaction n&apos;est active</translation>
    </message>
    <message>
        <source>the condition is not a JSON object</source>
        <translation>la condition n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the condition names no question</source>
        <translation>la condition ne nomme aucune question</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of = != &lt; &lt;= &gt; &gt;=</source>
        <translation>« %1 » n&apos;est pas l&apos;un de = != &lt; &lt;= &gt; &gt;=</translation>
    </message>
    <message>
        <source>the condition has no value</source>
        <translation>la condition n&apos;a pas de valeur</translation>
    </message>
    <message>
        <source>responses are exported one survey at a time: name it with --survey UUID</source>
        <translation>les réponses s&apos;exportent une enquête à la fois : nommez-la avec --survey UUID</translation>
    </message>
    <message>
        <source>cannot read the records: %1</source>
        <translation>impossible de lire les enregistrements : %1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>écriture impossible : %1</translation>
    </message>
    <message>
        <source>follow-up actions must be due within 0 to 365 days, not %1</source>
        <translation>les actions de suivi doivent être dues sous 0 à 365 jours, pas %1</translation>
    </message>
    <message>
        <source>Follow up a complaint</source>
        <translation>Donner suite à une plainte</translation>
    </message>
    <message>
        <source>Follow up a complaint about %1</source>
        <translation>Donner suite à une plainte sur %1</translation>
    </message>
    <message>
        <source>Follow up %1&apos;s complaint</source>
        <translation>Donner suite à la plainte de %1</translation>
    </message>
    <message>
        <source>Follow up %1&apos;s complaint about %2</source>
        <translation>Donner suite à la plainte de %1 sur %2</translation>
    </message>
    <message>
        <source>Look into an anonymous %1 of %2</source>
        <translation>Examiner un %1 anonyme de %2</translation>
    </message>
    <message>
        <source>Call %1 back about their %2 of %3</source>
        <translation>Rappeler %1 au sujet de son %2 de %3</translation>
    </message>
    <message>
        <source>%1: not a JSON array of records (%2 at character %3)</source>
        <translation>%1 : pas un tableau JSON d&apos;enregistrements (%2 au caractère %3)</translation>
    </message>
    <message>
        <source>%1:%2: column &apos;%3&apos;: %4</source>
        <translation>%1:%2 : colonne « %3 » : %4</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2 : %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; use YYYY-MM-DD</source>
        <translation>« %1 » n&apos;est pas une date ; utilisez AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rating from 1 to 5</source>
        <translation>« %1 » n&apos;est pas une note de 1 à 5</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1 : le fichier est vide</translation>
    </message>
    <message>
        <source>responses are imported into one survey: name it (--survey UUID)</source>
        <translation>les réponses s&apos;importent dans une enquête : nommez-la (--survey UUID)</translation>
    </message>
    <message>
        <source>%1: not valid UTF-8; read as Windows-1252</source>
        <translation>%1 : UTF-8 non valide ; lu comme Windows-1252</translation>
    </message>
    <message>
        <source>%1: the file is empty; a header row is required</source>
        <translation>%1 : le fichier est vide ; une ligne d&apos;en-tête est requise</translation>
    </message>
    <message>
        <source>%1:1: column &apos;%2&apos; is missing; the header needs it (or --map %3=HEADER)</source>
        <translation>%1:1 : la colonne « %2 » manque ; l&apos;en-tête en a besoin (ou --map %3=EN-TÊTE)</translation>
    </message>
    <message>
        <source>--map %1=%2: &apos;%1&apos; is not a field of %3</source>
        <translation>--map %1=%2 : « %1 » n&apos;est pas un champ de %3</translation>
    </message>
    <message>
        <source>these responses</source>
        <translation>ces réponses</translation>
    </message>
    <message>
        <source>%1:1: column &apos;%2&apos; (named by --map %3) is not in the header</source>
        <translation>%1:1 : la colonne « %2 » (nommée par --map %3) n&apos;est pas dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>%1: ignored column%2 %3</source>
        <translation>%1 : colonne%2 ignorée %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write to the database: %1</source>
        <translation>impossible d&apos;écrire dans la base : %1</translation>
    </message>
    <message>
        <source>channel &apos;%1&apos;</source>
        <translation>canal « %1 »</translation>
    </message>
    <message>
        <source>no channel is named &apos;%1&apos; (--create-missing adds it)</source>
        <translation>aucun canal ne s&apos;appelle « %1 » (--create-missing l&apos;ajoute)</translation>
    </message>
    <message>
        <source>customer &apos;%1&apos;</source>
        <translation>client « %1 »</translation>
    </message>
    <message>
        <source>no customer has the number &apos;%1&apos; (--create-missing adds one)</source>
        <translation>aucun client n&apos;a le numéro « %1 » (--create-missing en ajoute un)</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation>l&apos;import a été annulé ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>is missing from this row (%1 of %2 columns)</source>
        <translation>manque dans cette ligne (%1 colonnes sur %2)</translation>
    </message>
    <message>
        <source>is empty; every customer needs one</source>
        <translation>est vide ; chaque client en a besoin</translation>
    </message>
    <message>
        <source>is empty; every customer needs a name</source>
        <translation>est vide ; chaque client doit avoir un nom</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>%1 is before converted_on %2</source>
        <translation>%1 est avant converted_on %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of kiosk, paper, import, manual</source>
        <translation>« %1 » n&apos;est pas l&apos;un de kiosk, paper, import, manual</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID</source>
        <translation>« %1 » n&apos;est pas un UUID</translation>
    </message>
    <message>
        <source>is empty; the question is required</source>
        <translation>est vide ; la question est obligatoire</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from %2 to %3 (a %4 answer)</source>
        <translation>« %1 » n&apos;est pas un entier de %2 à %3 (une réponse %4)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of its options: %2</source>
        <translation>« %1 » n&apos;est pas l&apos;une de ses options : %2</translation>
    </message>
    <message>
        <source>Imported touchpoints</source>
        <translation>Points de contact importés</translation>
    </message>
    <message>
        <source>Touchpoints named by imported files; move them to their journeys.</source>
        <translation>Points de contact cités par des fichiers importés ; déplacez-les vers leurs parcours.</translation>
    </message>
    <message>
        <source>To place</source>
        <translation>À placer</translation>
    </message>
    <message>
        <source>touchpoint &apos;%1&apos;</source>
        <translation>point de contact « %1 »</translation>
    </message>
    <message>
        <source>no touchpoint is named &apos;%1&apos; (--create-missing adds it)</source>
        <translation>aucun point de contact ne s&apos;appelle « %1 » (--create-missing l&apos;ajoute)</translation>
    </message>
    <message>
        <source>%1:%2: cannot be written: %3</source>
        <translation>%1:%2 : écriture impossible : %3</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>créés : %1</translation>
    </message>
    <message>
        <source>occurred_at &apos;%1&apos; is not a timestamp like 2026-03-01T14:05:00+01:00</source>
        <translation>occurred_at « %1 » n&apos;est pas un horodatage comme 2026-03-01T14:05:00+01:00</translation>
    </message>
    <message>
        <source>resolved_at &apos;%1&apos; is not a timestamp like 2026-03-01T14:05:00+01:00</source>
        <translation>resolved_at « %1 » n&apos;est pas un horodatage comme 2026-03-01T14:05:00+01:00</translation>
    </message>
    <message>
        <source>resolved_at %1 is before occurred_at %2</source>
        <translation>resolved_at %1 est avant occurred_at %2</translation>
    </message>
    <message>
        <source>staff_rating %1 is outside 1-5</source>
        <translation>staff_rating %1 est hors de 1-5</translation>
    </message>
    <message>
        <source>customer_rating %1 is outside 1-5</source>
        <translation>customer_rating %1 est hors de 1-5</translation>
    </message>
    <message>
        <source>an interaction without a uuid</source>
        <translation>une interaction sans uuid</translation>
    </message>
    <message>
        <source>there is no journey template &apos;%1&apos;</source>
        <translation>il n&apos;existe pas de modèle de parcours « %1 »</translation>
    </message>
    <message>
        <source>no customer has the number &apos;%1&apos;</source>
        <translation>aucun client n&apos;a le numéro « %1 »</translation>
    </message>
    <message>
        <source>cannot erase: %1</source>
        <translation>effacement impossible : %1</translation>
    </message>
    <message>
        <source>question %1 &apos;%2&apos;: %3 is not a whole number from %4 to %5</source>
        <translation>question %1 « %2 » : %3 n&apos;est pas un entier de %4 à %5</translation>
    </message>
    <message>
        <source>question %1 &apos;%2&apos; needs an answer</source>
        <translation>la question %1 « %2 » demande une réponse</translation>
    </message>
    <message>
        <source>form %1 of this survey was already entered (response of %2)</source>
        <translation>le formulaire %1 de cette enquête a déjà été saisi (réponse du %2)</translation>
    </message>
    <message>
        <source>Gave their contact in a %1 survey response</source>
        <translation>A laissé ses coordonnées dans une réponse d&apos;enquête (%1)</translation>
    </message>
    <message>
        <source>the PIN must be 4 to 8 digits</source>
        <translation>le code doit comporter 4 à 8 chiffres</translation>
    </message>
    <message>
        <source>Our business</source>
        <translation>Notre entreprise</translation>
    </message>
    <message>
        <source>the logo is larger than 2 MB; use a smaller picture</source>
        <translation>le logo dépasse 2 Mo ; utilisez une image plus petite</translation>
    </message>
    <message>
        <source>Thank you! Your answers help us do better.</source>
        <translation>Merci ! Vos réponses nous aident à nous améliorer.</translation>
    </message>
    <message>
        <source>uuid &apos;%1&apos; is not a UUID</source>
        <translation>uuid « %1 » n&apos;est pas un UUID</translation>
    </message>
    <message>
        <source>the survey needs a title</source>
        <translation>l&apos;enquête doit avoir un titre</translation>
    </message>
    <message>
        <source>the survey has no questions</source>
        <translation>l&apos;enquête n&apos;a pas de questions</translation>
    </message>
    <message>
        <source>question %1%2</source>
        <translation>question %1%2</translation>
    </message>
    <message>
        <source> &apos;%1&apos;</source>
        <translation> « %1 »</translation>
    </message>
    <message>
        <source>%1: code is empty</source>
        <translation>%1 : le code est vide</translation>
    </message>
    <message>
        <source>%1: code is used twice</source>
        <translation>%1 : le code est utilisé deux fois</translation>
    </message>
    <message>
        <source>%1: kind &apos;%2&apos; is not one of nps, csat, ces, rating, yesno, single, multi, text</source>
        <translation>%1 : le type « %2 » n&apos;est pas l&apos;un de nps, csat, ces, rating, yesno, single, multi, text</translation>
    </message>
    <message>
        <source>%1: text is empty</source>
        <translation>%1 : le texte est vide</translation>
    </message>
    <message>
        <source>%1: a %2 question needs options</source>
        <translation>%1 : une question %2 demande des options</translation>
    </message>
    <message>
        <source>%1: option &apos;%2&apos; may not contain &apos;;&apos;</source>
        <translation>%1 : l&apos;option « %2 » ne peut pas contenir &apos;;&apos;</translation>
    </message>
    <message>
        <source>%1: show_if refers to &apos;%2&apos;, which is not an earlier question</source>
        <translation>%1 : show_if renvoie à « %2 », qui n&apos;est pas une question précédente</translation>
    </message>
    <message>
        <source>%1: show_if op &apos;%2&apos; is not one of = != &lt; &lt;= &gt; &gt;=</source>
        <translation>%1 : l&apos;opérateur show_if « %2 » n&apos;est pas l&apos;un de = != &lt; &lt;= &gt; &gt;=</translation>
    </message>
    <message>
        <source>%1: show_if has no value</source>
        <translation>%1 : show_if n&apos;a pas de valeur</translation>
    </message>
    <message>
        <source>%1: an option is empty</source>
        <translation>%1 : une option est vide</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: its condition refers to &apos;%2&apos;, which is not an earlier question</source>
        <translation>%1 : sa condition renvoie à « %2 », qui n&apos;est pas une question précédente</translation>
    </message>
    <message>
        <source>cannot save question &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;enregistrer la question « %1 » : %2</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; has %2 answers and cannot be removed (nothing was changed)</source>
        <translation>la question « %1 » a %2 réponses et ne peut pas être retirée (rien n&apos;a été modifié)</translation>
    </message>
    <message>
        <source>a survey needs a title</source>
        <translation>une enquête doit avoir un titre</translation>
    </message>
    <message>
        <source>cannot add question &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;ajouter la question « %1 » : %2</translation>
    </message>
    <message>
        <source>submitted_at &apos;%1&apos; is not a timestamp like 2026-03-01T14:05:00+01:00</source>
        <translation>submitted_at « %1 » n&apos;est pas un horodatage comme 2026-03-01T14:05:00+01:00</translation>
    </message>
    <message>
        <source>question %1 does not belong to this survey</source>
        <translation>la question %1 n&apos;appartient pas à cette enquête</translation>
    </message>
    <message>
        <source>answer to &apos;%1&apos; is %2, outside %3-%4</source>
        <translation>la réponse à « %1 » est %2, hors de %3-%4</translation>
    </message>
    <message>
        <source>answer to &apos;%1&apos; is &apos;%2&apos;, not one of its options</source>
        <translation>la réponse à « %1 » est « %2 », qui n&apos;est pas l&apos;une de ses options</translation>
    </message>
    <message>
        <source>an action needs a title</source>
        <translation>une action doit avoir un titre</translation>
    </message>
    <message>
        <source>created_at &apos;%1&apos; is not a timestamp</source>
        <translation>created_at « %1 » n&apos;est pas un horodatage</translation>
    </message>
    <message>
        <source>there is no survey %1</source>
        <translation>il n&apos;existe pas d&apos;enquête %1</translation>
    </message>
    <message>
        <source>cannot read the responses: %1</source>
        <translation>impossible de lire les réponses : %1</translation>
    </message>
    <message>
        <source>cannot read the answers: %1</source>
        <translation>impossible de lire les réponses : %1</translation>
    </message>
    <message>
        <source>Shop visit</source>
        <translation>Visite en boutique</translation>
    </message>
    <message>
        <source>A regular from the neighbourhood</source>
        <translation>Une habituée du quartier</translation>
    </message>
    <message>
        <source>From noticing the shop to coming back as a regular.</source>
        <translation>De la découverte de la boutique au retour en habitué.</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Découvrir</translation>
    </message>
    <message>
        <source>Shop window</source>
        <translation>Vitrine</translation>
    </message>
    <message>
        <source>Social media posts</source>
        <translation>Publications sur les réseaux sociaux</translation>
    </message>
    <message>
        <source>Online reviews</source>
        <translation>Avis en ligne</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Welcome at the door</source>
        <translation>Accueil à la porte</translation>
    </message>
    <message>
        <source>Browsing the shelves</source>
        <translation>Flânerie dans les rayons</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Acheter</translation>
    </message>
    <message>
        <source>Till and payment</source>
        <translation>Caisse et paiement</translation>
    </message>
    <message>
        <source>After the visit</source>
        <translation>Après la visite</translation>
    </message>
    <message>
        <source>Returns and exchanges</source>
        <translation>Retours et échanges</translation>
    </message>
    <message>
        <source>Questions by phone</source>
        <translation>Questions par téléphone</translation>
    </message>
    <message>
        <source>Come back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Carte de fidélité</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Lettre d&apos;information</translation>
    </message>
    <message>
        <source>Online order and delivery</source>
        <translation>Commande en ligne et livraison</translation>
    </message>
    <message>
        <source>A busy customer ordering from the phone</source>
        <translation>Une cliente pressée qui commande depuis son téléphone</translation>
    </message>
    <message>
        <source>From finding the web shop to the parcel at the door.</source>
        <translation>De la découverte de la boutique en ligne au colis à la porte.</translation>
    </message>
    <message>
        <source>Search and ads</source>
        <translation>Recherche et publicités</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commander</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>Boutique en ligne</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Application mobile</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Online checkout</source>
        <translation>Paiement en ligne</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Order confirmation</source>
        <translation>Confirmation de commande</translation>
    </message>
    <message>
        <source>Delivery at the door</source>
        <translation>Livraison à domicile</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Email support</source>
        <translation>Assistance par e-mail</translation>
    </message>
    <message>
        <source>Phone support</source>
        <translation>Assistance téléphonique</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Review request</source>
        <translation>Demande d&apos;avis</translation>
    </message>
    <message>
        <source>Service or repair appointment</source>
        <translation>Rendez-vous de service ou de réparation</translation>
    </message>
    <message>
        <source>A customer whose device needs fixing</source>
        <translation>Un client dont l&apos;appareil doit être réparé</translation>
    </message>
    <message>
        <source>From looking for help to the follow-up after the repair.</source>
        <translation>De la recherche d&apos;aide au suivi après la réparation.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Bouche-à-oreille</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Réserver</translation>
    </message>
    <message>
        <source>Booking by phone</source>
        <translation>Réservation par téléphone</translation>
    </message>
    <message>
        <source>Online booking</source>
        <translation>Réservation en ligne</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Repair or service</source>
        <translation>Réparation ou entretien</translation>
    </message>
    <message>
        <source>Invoice and payment</source>
        <translation>Facture et paiement</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Appel de suivi</translation>
    </message>
    <message>
        <source>Warranty claim</source>
        <translation>Demande de garantie</translation>
    </message>
    <message>
        <source>Restaurant visit</source>
        <translation>Repas au restaurant</translation>
    </message>
    <message>
        <source>Friends out for dinner</source>
        <translation>Des amis sortis dîner</translation>
    </message>
    <message>
        <source>From choosing the restaurant to recommending it.</source>
        <translation>Du choix du restaurant à sa recommandation.</translation>
    </message>
    <message>
        <source>Table booking by phone</source>
        <translation>Réservation de table par téléphone</translation>
    </message>
    <message>
        <source>Eat</source>
        <translation>Manger</translation>
    </message>
    <message>
        <source>Welcome and seating</source>
        <translation>Accueil et installation</translation>
    </message>
    <message>
        <source>Table service</source>
        <translation>Service à table</translation>
    </message>
    <message>
        <source>Food from the kitchen</source>
        <translation>Plats de la cuisine</translation>
    </message>
    <message>
        <source>Bill and payment</source>
        <translation>Addition et paiement</translation>
    </message>
    <message>
        <source>Loyalty offer</source>
        <translation>Offre de fidélité</translation>
    </message>
    <message>
        <source>What should we improve first?</source>
        <translation>Que devrions-nous améliorer en premier ?</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Temps d&apos;attente</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Staff friendliness</source>
        <translation>Amabilité du personnel</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires d&apos;ouverture</translation>
    </message>
    <message>
        <source>Relationship NPS</source>
        <translation>NPS relationnel</translation>
    </message>
    <message>
        <source>How loyal customers are overall; ask every quarter, not after each visit.</source>
        <translation>La fidélité globale des clients ; à demander chaque trimestre, pas après chaque visite.</translation>
    </message>
    <message>
        <source>How likely are you to recommend us?</source>
        <translation>Nous recommanderiez-vous ?</translation>
    </message>
    <message>
        <source>A quick question about us as a whole.</source>
        <translation>Une question rapide sur nous dans l&apos;ensemble.</translation>
    </message>
    <message>
        <source>Thank you! Every answer is read by the owner.</source>
        <translation>Merci ! Chaque réponse est lue par le gérant.</translation>
    </message>
    <message>
        <source>How likely are you to recommend us to a friend or colleague?</source>
        <translation>Quelle est la probabilité que vous nous recommandiez à un ami ou un collègue ?</translation>
    </message>
    <message>
        <source>Not at all likely</source>
        <translation>Pas du tout probable</translation>
    </message>
    <message>
        <source>Extremely likely</source>
        <translation>Extrêmement probable</translation>
    </message>
    <message>
        <source>What is the main reason for your score?</source>
        <translation>Quelle est la principale raison de votre note ?</translation>
    </message>
    <message>
        <source>Will you visit us again?</source>
        <translation>Reviendrez-vous nous voir ?</translation>
    </message>
    <message>
        <source>Post-visit CSAT</source>
        <translation>CSAT après la visite</translation>
    </message>
    <message>
        <source>How a single visit went; at the counter or on a card left with the bill.</source>
        <translation>Comment s&apos;est passée une visite ; au comptoir ou sur une carte laissée avec l&apos;addition.</translation>
    </message>
    <message>
        <source>How was your visit today?</source>
        <translation>Comment s&apos;est passée votre visite aujourd&apos;hui ?</translation>
    </message>
    <message>
        <source>Thirty seconds about today&apos;s visit.</source>
        <translation>Trente secondes sur votre visite du jour.</translation>
    </message>
    <message>
        <source>Thank you for your time. See you soon!</source>
        <translation>Merci de votre temps. À bientôt !</translation>
    </message>
    <message>
        <source>How satisfied are you with your visit today?</source>
        <translation>Êtes-vous satisfait de votre visite aujourd&apos;hui ?</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>Très insatisfait</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Très satisfait</translation>
    </message>
    <message>
        <source>How would you rate our staff?</source>
        <translation>Comment évaluez-vous notre personnel ?</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Mauvais</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>What could we have done better?</source>
        <translation>Qu&apos;aurions-nous pu mieux faire ?</translation>
    </message>
    <message>
        <source>Was your issue resolved?</source>
        <translation>Votre problème a-t-il été résolu ?</translation>
    </message>
    <message>
        <source>How many times did you contact us about it?</source>
        <translation>Combien de fois nous avez-vous contactés à ce sujet ?</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Une fois</translation>
    </message>
    <message>
        <source>Twice</source>
        <translation>Deux fois</translation>
    </message>
    <message>
        <source>Three times or more</source>
        <translation>Trois fois ou plus</translation>
    </message>
    <message>
        <source>Support CES</source>
        <translation>CES de l&apos;assistance</translation>
    </message>
    <message>
        <source>How much effort getting help took; right after a call, email or repair.</source>
        <translation>L&apos;effort qu&apos;a demandé l&apos;obtention d&apos;aide ; juste après un appel, un e-mail ou une réparation.</translation>
    </message>
    <message>
        <source>Support follow-up</source>
        <translation>Suivi de l&apos;assistance</translation>
    </message>
    <message>
        <source>About the help you received from us.</source>
        <translation>Sur l&apos;aide que vous avez reçue de notre part.</translation>
    </message>
    <message>
        <source>Thank you. If something is still not right, we will be in touch.</source>
        <translation>Merci. Si quelque chose ne va toujours pas, nous vous recontacterons.</translation>
    </message>
    <message>
        <source>How easy was it to get your issue handled?</source>
        <translation>Était-il facile de faire traiter votre demande ?</translation>
    </message>
    <message>
        <source>Very difficult</source>
        <translation>Très difficile</translation>
    </message>
    <message>
        <source>Very easy</source>
        <translation>Très facile</translation>
    </message>
    <message>
        <source>What made it hard?</source>
        <translation>Qu&apos;est-ce qui l&apos;a rendu difficile ?</translation>
    </message>
    <message>
        <source>Product feedback</source>
        <translation>Avis sur un produit</translation>
    </message>
    <message>
        <source>What customers think of a product or a new item on the menu.</source>
        <translation>Ce que les clients pensent d&apos;un produit ou d&apos;un nouveau plat.</translation>
    </message>
    <message>
        <source>What do you think of it?</source>
        <translation>Qu&apos;en pensez-vous ?</translation>
    </message>
    <message>
        <source>Your opinion on what you bought.</source>
        <translation>Votre avis sur votre achat.</translation>
    </message>
    <message>
        <source>Thank you for the feedback!</source>
        <translation>Merci pour votre avis !</translation>
    </message>
    <message>
        <source>How would you rate the product overall?</source>
        <translation>Comment évaluez-vous le produit dans l&apos;ensemble ?</translation>
    </message>
    <message>
        <source>What did you like?</source>
        <translation>Qu&apos;avez-vous aimé ?</translation>
    </message>
    <message>
        <source>Taste or quality</source>
        <translation>Goût ou qualité</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Emballage</translation>
    </message>
    <message>
        <source>Would you buy it again?</source>
        <translation>L&apos;achèteriez-vous de nouveau ?</translation>
    </message>
    <message>
        <source>What one thing would you change?</source>
        <translation>Quelle chose changeriez-vous ?</translation>
    </message>
    <message>
        <source>New survey</source>
        <translation>Nouvelle enquête</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>staff %1/5</source>
        <translation>équipe %1/5</translation>
    </message>
    <message>
        <source>customer %1/5</source>
        <translation>client %1/5</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>résolu le %1</translation>
    </message>
    <message>
        <source>answered &quot;%1&quot;</source>
        <translation>a répondu à « %1 »</translation>
    </message>
    <message>
        <source>follow-up: %1</source>
        <translation>suivi : %1</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>terminée le %1</translation>
    </message>
    <message>
        <source>open, due %1</source>
        <translation>ouverte, échéance %1</translation>
    </message>
    <message>
        <source>cannot add channel</source>
        <translation>impossible d&apos;ajouter le canal</translation>
    </message>
    <message>
        <source>cannot add journey</source>
        <translation>impossible d&apos;ajouter le parcours</translation>
    </message>
    <message>
        <source>cannot delete journey</source>
        <translation>impossible de supprimer le parcours</translation>
    </message>
    <message>
        <source>cannot add stage</source>
        <translation>impossible d&apos;ajouter l&apos;étape</translation>
    </message>
    <message>
        <source>cannot add touchpoint</source>
        <translation>impossible d&apos;ajouter le point de contact</translation>
    </message>
    <message>
        <source>cannot save journey</source>
        <translation>impossible d&apos;enregistrer le parcours</translation>
    </message>
    <message>
        <source>cannot save stage</source>
        <translation>impossible d&apos;enregistrer l&apos;étape</translation>
    </message>
    <message>
        <source>cannot delete stage</source>
        <translation>impossible de supprimer l&apos;étape</translation>
    </message>
    <message>
        <source>cannot save touchpoint</source>
        <translation>impossible d&apos;enregistrer le point de contact</translation>
    </message>
    <message>
        <source>cannot delete touchpoint</source>
        <translation>impossible de supprimer le point de contact</translation>
    </message>
    <message>
        <source>cannot link the touchpoint again</source>
        <translation>impossible de relier à nouveau le point de contact</translation>
    </message>
    <message>
        <source>cannot add customer</source>
        <translation>impossible d&apos;ajouter le client</translation>
    </message>
    <message>
        <source>cannot save customer</source>
        <translation>impossible d&apos;enregistrer le client</translation>
    </message>
    <message>
        <source>cannot delete customer</source>
        <translation>impossible de supprimer le client</translation>
    </message>
    <message>
        <source>cannot add interaction</source>
        <translation>impossible d&apos;ajouter l&apos;interaction</translation>
    </message>
    <message>
        <source>cannot save interaction</source>
        <translation>impossible d&apos;enregistrer l&apos;interaction</translation>
    </message>
    <message>
        <source>cannot delete interaction</source>
        <translation>impossible de supprimer l&apos;interaction</translation>
    </message>
    <message>
        <source>cannot save the setting</source>
        <translation>impossible d&apos;enregistrer le réglage</translation>
    </message>
    <message>
        <source>cannot update the survey</source>
        <translation>impossible de mettre à jour l&apos;enquête</translation>
    </message>
    <message>
        <source>cannot reorder the questions</source>
        <translation>impossible de réordonner les questions</translation>
    </message>
    <message>
        <source>cannot remove a question</source>
        <translation>impossible de retirer une question</translation>
    </message>
    <message>
        <source>cannot add survey</source>
        <translation>impossible d&apos;ajouter l&apos;enquête</translation>
    </message>
    <message>
        <source>cannot add response</source>
        <translation>impossible d&apos;ajouter la réponse</translation>
    </message>
    <message>
        <source>cannot add answer</source>
        <translation>impossible d&apos;ajouter la réponse à une question</translation>
    </message>
    <message>
        <source>cannot delete response</source>
        <translation>impossible de supprimer la réponse</translation>
    </message>
    <message>
        <source>cannot add action</source>
        <translation>impossible d&apos;ajouter l&apos;action</translation>
    </message>
    <message>
        <source>cannot close action</source>
        <translation>impossible de clore l&apos;action</translation>
    </message>
    <message>
        <source>cannot reopen action</source>
        <translation>impossible de rouvrir l&apos;action</translation>
    </message>
    <message>
        <source>cannot delete the survey</source>
        <translation>impossible de supprimer l&apos;enquête</translation>
    </message>
    <message>
        <source>cannot rebuild the daily sums: %1</source>
        <translation>impossible de reconstruire les sommes quotidiennes : %1</translation>
    </message>
    <message>
        <source>cannot read the dashboard&apos;s data: %1</source>
        <translation>impossible de lire les données du tableau de bord : %1</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Aucun canal</translation>
    </message>
    <message>
        <source>... and %1 more like the line above</source>
        <translation>... et %1 autres comme la ligne ci-dessus</translation>
    </message>
    <message>
        <source>integrity check failed to run: %1</source>
        <translation>la vérification d&apos;intégrité n&apos;a pas pu s&apos;exécuter : %1</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>intégrité : %1</translation>
    </message>
    <message>
        <source>foreign key: %1 row %2 points to a missing %3 row</source>
        <translation>clé étrangère : %1 ligne %2 renvoie à une ligne %3 absente</translation>
    </message>
    <message>
        <source>schema: version %1, expected %2</source>
        <translation>schéma : version %1, attendue %2</translation>
    </message>
    <message>
        <source>check could not run: %1</source>
        <translation>la vérification n&apos;a pas pu s&apos;exécuter : %1</translation>
    </message>
    <message>
        <source>cannot write backup &apos;%1&apos;: it is a folder</source>
        <translation>impossible d&apos;écrire la sauvegarde « %1 » : c&apos;est un dossier</translation>
    </message>
    <message>
        <source>cannot write backup &apos;%1&apos;: folder &apos;%2&apos; does not exist</source>
        <translation>impossible d&apos;écrire la sauvegarde « %1 » : le dossier « %2 » n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot write backup &apos;%1&apos;: it is the database itself</source>
        <translation>impossible d&apos;écrire la sauvegarde « %1 » : c&apos;est la base elle-même</translation>
    </message>
    <message>
        <source>cannot write backup &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;écrire la sauvegarde « %1 » : %2</translation>
    </message>
    <message>
        <source>cannot write backup &apos;%1&apos;: the finished copy could not be moved into place</source>
        <translation>impossible d&apos;écrire la sauvegarde « %1 » : la copie terminée n&apos;a pas pu être mise en place</translation>
    </message>
    <message>
        <source>cannot restore from &apos;%1&apos;: no such file</source>
        <translation>impossible de restaurer depuis « %1 » : fichier introuvable</translation>
    </message>
    <message>
        <source>cannot restore from &apos;%1&apos;: not a readable file</source>
        <translation>impossible de restaurer depuis « %1 » : fichier illisible</translation>
    </message>
    <message>
        <source>cannot restore from &apos;%1&apos;: it is the database itself</source>
        <translation>impossible de restaurer depuis « %1 » : c&apos;est la base elle-même</translation>
    </message>
    <message>
        <source>cannot restore into &apos;%1&apos;: folder &apos;%2&apos; does not exist</source>
        <translation>impossible de restaurer dans « %1 » : le dossier « %2 » n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot restore from &apos;%1&apos;: it could not be copied next to the database</source>
        <translation>impossible de restaurer depuis « %1 » : le fichier n&apos;a pas pu être copié à côté de la base</translation>
    </message>
    <message>
        <source>cannot restore from &apos;%1&apos;: the file is empty</source>
        <translation>impossible de restaurer depuis « %1 » : le fichier est vide</translation>
    </message>
    <message>
        <source>cannot restore from &apos;%1&apos;: %2</source>
        <translation>impossible de restaurer depuis « %1 » : %2</translation>
    </message>
    <message>
        <source>the backup</source>
        <translation>la sauvegarde</translation>
    </message>
    <message>
        <source>cannot restore from &apos;%1&apos;: the backup is damaged (integrity check failed)</source>
        <translation>impossible de restaurer depuis « %1 » : la sauvegarde est endommagée (échec de la vérification d&apos;intégrité)</translation>
    </message>
    <message>
        <source>cannot restore into &apos;%1&apos;: the current database could not be set aside</source>
        <translation>impossible de restaurer dans « %1 » : la base actuelle n&apos;a pas pu être mise de côté</translation>
    </message>
    <message>
        <source>cannot restore into &apos;%1&apos;: the verified copy could not be moved into place</source>
        <translation>impossible de restaurer dans « %1 » : la copie vérifiée n&apos;a pas pu être mise en place</translation>
    </message>
    <message>
        <source>cannot compute metrics: %1</source>
        <translation>impossible de calculer les indicateurs : %1</translation>
    </message>
    <message>
        <source>the period starts (%1) after it ends (%2)</source>
        <translation>la période commence (%1) après sa fin (%2)</translation>
    </message>
    <message>
        <source>cannot read the comments: %1</source>
        <translation>impossible de lire les commentaires : %1</translation>
    </message>
    <message>
        <source>could not start the write</source>
        <translation>l&apos;écriture n&apos;a pas pu commencer</translation>
    </message>
    <message>
        <source>the journey “%1”</source>
        <translation>le parcours « %1 »</translation>
    </message>
    <message>
        <source>the stage “%1”</source>
        <translation>l&apos;étape « %1 »</translation>
    </message>
    <message>
        <source>the touchpoint “%1”</source>
        <translation>le point de contact « %1 »</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>the persona&apos;s story</source>
        <translation>l&apos;histoire de la persona</translation>
    </message>
    <message>
        <source>place on the map</source>
        <translation>place sur la carte</translation>
    </message>
    <message>
        <source>lifecycle phase</source>
        <translation>phase du cycle de vie</translation>
    </message>
    <message>
        <source>expected feeling</source>
        <translation>ressenti attendu</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>the customer “%1”</source>
        <translation>le client « %1 »</translation>
    </message>
    <message>
        <source>customer number</source>
        <translation>numéro de client</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>first contact</source>
        <translation>premier contact</translation>
    </message>
    <message>
        <source>customer since</source>
        <translation>client depuis</translation>
    </message>
    <message>
        <source>left on</source>
        <translation>parti le</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>cannot compare the daily sums: %1</source>
        <translation>impossible de comparer les sommes journalières : %1</translation>
    </message>
    <message>
        <source>daily sums: %1, survey %2, channel %3, touchpoint %4, %5 = %6: %7 counted, the responses hold %8</source>
        <translation>sommes journalières : %1, enquête %2, canal %3, point de contact %4, %5 = %6 : %7 comptés, les réponses en contiennent %8</translation>
    </message>
    <message>
        <source>daily sums: %1, channel %2, touchpoint %3: the interaction sums differ from the interactions of that day</source>
        <translation>sommes journalières : %1, canal %2, point de contact %3 : les sommes des interactions diffèrent des interactions de ce jour</translation>
    </message>
    <message>
        <source>there is no database at &apos;%1&apos;: check the path (a command that only reads never creates one)</source>
        <translation>il n&apos;y a pas de base de données à « %1 » : vérifiez le chemin (une commande qui ne fait que lire n&apos;en crée jamais)</translation>
    </message>
    <message>
        <source>there is no database at &apos;%1&apos;: folder &apos;%2&apos; does not exist</source>
        <translation>il n&apos;y a pas de base de données à « %1 » : le dossier « %2 » n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>ce qui a été fait</translation>
    </message>
    <message>
        <source>the follow-up “%1”</source>
        <translation>l&apos;action de suivi « %1 »</translation>
    </message>
    <message>
        <source>when follow-ups are due</source>
        <translation>l&apos;échéance des actions de suivi</translation>
    </message>
    <message>
        <source>the interaction of %1</source>
        <translation>l&apos;interaction du %1</translation>
    </message>
    <message>
        <source>the %1 of %2</source>
        <translation>l&apos;interaction « %1 » du %2</translation>
    </message>
    <message>
        <source>when</source>
        <translation>date</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>point de contact</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>staff rating</source>
        <translation>note de l&apos;équipe</translation>
    </message>
    <message>
        <source>customer rating</source>
        <translation>note du client</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>cannot count the records: %1</source>
        <translation>impossible de compter les enregistrements : %1</translation>
    </message>
    <message>
        <source>daily sums: rebuild them from the raw rows with: cxdesk check --repair</source>
        <translation>sommes journalières : reconstruisez-les à partir des lignes brutes avec : cxdesk check --repair</translation>
    </message>
    <message>
        <source>the list has no order to read it in</source>
        <translation>la liste n&apos;a pas d&apos;ordre de lecture</translation>
    </message>
    <message>
        <source>%1 was changed in another window or program</source>
        <translation>une autre fenêtre ou un autre programme a modifié %1</translation>
    </message>
    <message>
        <source>%1 was changed in another window or program (%2)</source>
        <translation>une autre fenêtre ou un autre programme a modifié %1 (%2)</translation>
    </message>
    <message>
        <source>%1 was changed in another window or program at %2</source>
        <translation>une autre fenêtre ou un autre programme a modifié %1 à %2</translation>
    </message>
    <message>
        <source>%1 was changed in another window or program at %2 (%3)</source>
        <translation>une autre fenêtre ou un autre programme a modifié %1 à %2 (%3)</translation>
    </message>
    <message>
        <source>%1 was deleted in another window or program</source>
        <translation>une autre fenêtre ou un autre programme a supprimé %1</translation>
    </message>
    <message>
        <source>the setting “%1”</source>
        <translation>le réglage « %1 »</translation>
    </message>
    <message>
        <source>another CX Desk program is writing to this database — try again when it has finished</source>
        <translation>un autre programme CX Desk écrit dans cette base de données — réessayez quand il aura terminé</translation>
    </message>
    <message>
        <source>the kiosk PIN</source>
        <translation>le code de la borne</translation>
    </message>
    <message>
        <source>the business name</source>
        <translation>le nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>the logo</source>
        <translation>le logo</translation>
    </message>
    <message>
        <source>the survey “%1”</source>
        <translation>l&apos;enquête « %1 »</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>where it is asked</source>
        <translation>où elle est posée</translation>
    </message>
    <message>
        <source>wording</source>
        <translation>formulation</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>questions</translation>
    </message>
    <message>
        <source>cannot delete action</source>
        <translation>impossible de supprimer l&apos;action</translation>
    </message>
    <message>
        <source>marked done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>rouverte</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>cannot link the follow-up again</source>
        <translation>impossible de relier de nouveau l&apos;action de suivi</translation>
    </message>
    <message>
        <source>cannot read the surveys: %1</source>
        <translation>impossible de lire les enquêtes : %1</translation>
    </message>
    <message>
        <source>cannot write the customers&apos; search keys: %1</source>
        <translation>impossible d’écrire les clés de recherche des clients : %1</translation>
    </message>
    <message>
        <source>cannot write the customers&apos; search keys</source>
        <translation>impossible d’écrire les clés de recherche des clients</translation>
    </message>
    <message>
        <source>the SQLite driver gives no connection handle</source>
        <translation>le pilote SQLite ne donne pas d’accès à la connexion</translation>
    </message>
    <message>
        <source>cannot add the search function: %1</source>
        <translation>impossible d’ajouter la fonction de recherche : %1</translation>
    </message>
    <message>
        <source>cannot merge customers</source>
        <translation>impossible de fusionner les clients</translation>
    </message>
    <message>
        <source>two different stored customers are needed to merge</source>
        <translation>il faut deux clients enregistrés différents pour fusionner</translation>
    </message>
    <message>
        <source>closed_at &apos;%1&apos; is not a timestamp</source>
        <translation>closed_at &apos;%1&apos; n’est pas un horodatage</translation>
    </message>
    <message>
        <source>cannot change action</source>
        <translation>impossible de modifier l’action</translation>
    </message>
    <message>
        <source>a note needs some text</source>
        <translation>une note doit contenir du texte</translation>
    </message>
    <message>
        <source>written_at &apos;%1&apos; is not a timestamp</source>
        <translation>written_at &apos;%1&apos; n’est pas un horodatage</translation>
    </message>
    <message>
        <source>cannot add the note</source>
        <translation>impossible d’ajouter la note</translation>
    </message>
    <message>
        <source>cannot remove the note</source>
        <translation>impossible de supprimer la note</translation>
    </message>
    <message>
        <source>the note was deleted in another window or program</source>
        <translation>la note a été supprimée dans une autre fenêtre ou un autre programme</translation>
    </message>
    <message>
        <source>the staff list</source>
        <translation>la liste du personnel</translation>
    </message>
    <message>
        <source>a contact is by email or phone, not &apos;%1&apos;</source>
        <translation>un contact se fait par e-mail ou téléphone, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot record the contact</source>
        <translation>impossible d&apos;enregistrer le contact</translation>
    </message>
    <message>
        <source>Phoned</source>
        <translation>Appelé</translation>
    </message>
    <message>
        <source>Emailed — apology</source>
        <translation>E-mail — excuses</translation>
    </message>
    <message>
        <source>Emailed — thank-you</source>
        <translation>E-mail — remerciement</translation>
    </message>
    <message>
        <source>Emailed — survey invitation</source>
        <translation>E-mail — invitation à l&apos;enquête</translation>
    </message>
    <message>
        <source>Emailed</source>
        <translation>E-mail envoyé</translation>
    </message>
    <message>
        <source>cannot write the mail merge: %1</source>
        <translation>impossible d&apos;écrire le publipostage : %1</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Excuses</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Remerciement</translation>
    </message>
    <message>
        <source>Survey invitation</source>
        <translation>Invitation à l&apos;enquête</translation>
    </message>
    <message>
        <source>We are sorry, {first_name}</source>
        <translation>Toutes nos excuses, {first_name}</translation>
    </message>
    <message>
        <source>Hello {first_name},

Thank you for telling us about your visit, and we are sorry we let you down.
What happened at {touchpoint} is not what we want for you, and we are putting it right.
We would love the chance to make it up to you: just reply to this email.

Warm regards,
{staff}
{business}</source>
        <translation>Bonjour {first_name},

Merci de nous avoir parlé de votre visite, et pardon de vous avoir déçu.
Ce qui s&apos;est passé à {touchpoint} n&apos;est pas ce que nous voulons pour vous, et nous y remédions.
Nous aimerions beaucoup nous rattraper : il vous suffit de répondre à cet e-mail.

Bien chaleureusement,
{staff}
{business}</translation>
    </message>
    <message>
        <source>Thank you, {first_name}!</source>
        <translation>Merci, {first_name} !</translation>
    </message>
    <message>
        <source>Hello {first_name},

Thank you for your kind words: they made our day.
We are glad {touchpoint} went well for you.
We look forward to seeing you again soon.

With warm thanks,
{staff}
{business}</source>
        <translation>Bonjour {first_name},

Merci pour vos gentils mots : ils ont illuminé notre journée.
Nous sommes ravis que {touchpoint} se soit bien passé pour vous.
Au plaisir de vous revoir bientôt.

Avec nos chaleureux remerciements,
{staff}
{business}</translation>
    </message>
    <message>
        <source>Two quick questions from {business}</source>
        <translation>Deux petites questions de {business}</translation>
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
        <translation>Bonjour {first_name},

Merci d&apos;avoir choisi {business}.
Nous aimerions savoir comment s&apos;est passé {touchpoint} pour vous.
Accepteriez-vous de répondre à deux petites questions en répondant à cet e-mail ?
1. De 0 à 10, quelle est la probabilité que vous nous recommandiez à un ami ?
2. Qu&apos;est-ce que nous pourrions mieux faire ?

Merci pour votre temps,
{staff}
{business}</translation>
    </message>
    <message>
        <source>the customer&apos;s name</source>
        <translation>le nom du client</translation>
    </message>
    <message>
        <source>the customer&apos;s first name</source>
        <translation>le prénom du client</translation>
    </message>
    <message>
        <source>your business&apos;s name</source>
        <translation>le nom de votre commerce</translation>
    </message>
    <message>
        <source>where it happened: the follow-up&apos;s, or the last visit</source>
        <translation>où cela s&apos;est passé : celui du suivi, ou la dernière visite</translation>
    </message>
    <message>
        <source>who writes (the follow-up&apos;s owner)</source>
        <translation>qui écrit (le responsable du suivi)</translation>
    </message>
    <message>
        <source>unknown placeholder %1 (it stays as typed); the placeholders are %2</source>
        <translation>champ inconnu %1 (il reste tel quel) ; les champs sont %2</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <source>the customer is no longer in the database</source>
        <translation>le client n&apos;est plus dans la base de données</translation>
    </message>
    <message>
        <source>place</source>
        <translation>position</translation>
    </message>
    <message>
        <source>a customer field needs a name</source>
        <translation>un champ client doit avoir un nom</translation>
    </message>
    <message>
        <source>“%1” is a column of every customers file already; give the field another name</source>
        <translation>« %1 » est déjà une colonne de tout fichier de clients ; donnez un autre nom au champ</translation>
    </message>
    <message>
        <source>there is already a customer field named “%1”</source>
        <translation>il existe déjà un champ client nommé « %1 »</translation>
    </message>
    <message>
        <source>the customer field “%1”</source>
        <translation>le champ client « %1 »</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Oui/non</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>« %1 » n’est ni oui ni non</translation>
    </message>
    <message>
        <source>cannot add the customer field</source>
        <translation>impossible d’ajouter le champ client</translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot become %2: %n customer(s) have a value it cannot hold</source>
        <translation>
            <numerusform>« %1 » ne peut pas devenir %2 : %n client a une valeur qu’il ne peut pas contenir</numerusform>
            <numerusform>« %1 » ne peut pas devenir %2 : %n clients ont une valeur qu’il ne peut pas contenir</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot save the customer field</source>
        <translation>impossible d’enregistrer le champ client</translation>
    </message>
    <message>
        <source>cannot remove the customer field</source>
        <translation>impossible de supprimer le champ client</translation>
    </message>
    <message>
        <source>cannot save the customer&apos;s fields</source>
        <translation>impossible d’enregistrer les champs du client</translation>
    </message>
    <message>
        <source>cannot save the tags</source>
        <translation>impossible d’enregistrer les étiquettes</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>responsable : %1</translation>
    </message>
    <message>
        <source>opened by %1</source>
        <translation>ouverte par %1</translation>
    </message>
    <message>
        <source>a note: “%1”</source>
        <translation>une note : « %1 »</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>about the follow-up: %1</source>
        <translation>pour le suivi : %1</translation>
    </message>
    <message>
        <source>cannot write the sample contacts</source>
        <translation>impossible d&apos;écrire les contacts d&apos;exemple</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>custom fields</source>
        <translation>champs personnalisés</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date like 2026-11-03, 03.11.2026 or 03/11/2026</source>
        <translation>« %1 » n&apos;est pas une date comme 2026-11-03, 03.11.2026 ou 03/11/2026</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a possible date: %2</source>
        <translation>« %1 » n&apos;est pas une date possible : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not name a possible time of day</source>
        <translation>« %1 » n&apos;indique pas une heure possible</translation>
    </message>
    <message>
        <source>is empty; a date and time like 2026-03-01 14:05 or 2026-03-01T14:05:00+01:00 is required</source>
        <translation>est vide ; une date et une heure comme 2026-03-01 14:05 ou 2026-03-01T14:05:00+01:00 sont requises</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time like 2026-03-01 14:05, 01.03.2026 14:05 or 2026-03-01T14:05:00+01:00</source>
        <translation>« %1 » n&apos;est pas une date et heure comme 2026-03-01 14:05, 01.03.2026 14:05 ou 2026-03-01T14:05:00+01:00</translation>
    </message>
    <message>
        <source>%1: no column is chosen for &apos;%2&apos;, which every row needs; choose a column for &apos;%2&apos; in the mapping above</source>
        <translation>%1 : aucune colonne n&apos;est choisie pour « %2 », dont chaque ligne a besoin ; choisissez une colonne pour « %2 » dans la correspondance ci-dessus</translation>
    </message>
    <message>
        <source>%1: dates are read day first, as line %2 shows (&apos;%3&apos;)</source>
        <translation>%1 : les dates sont lues jour d&apos;abord, comme le montre la ligne %2 (« %3 »)</translation>
    </message>
    <message>
        <source>%1: dates are read month first, as line %2 shows (&apos;%3&apos;)</source>
        <translation>%1 : les dates sont lues mois d&apos;abord, comme le montre la ligne %2 (« %3 »)</translation>
    </message>
    <message>
        <source>choose how the dates are written under &apos;Dates&apos; above</source>
        <translation>choisissez comment les dates sont écrites sous « Dates » ci-dessus</translation>
    </message>
    <message>
        <source>say how they are written with --date-format DMY (day first) or --date-format MDY (month first)</source>
        <translation>indiquez comment elles sont écrites avec --date-format DMY (jour d&apos;abord) ou --date-format MDY (mois d&apos;abord)</translation>
    </message>
    <message>
        <source>%1: some dates are written day first (line %2: &apos;%3&apos;) and some month first (line %4: &apos;%5&apos;); %6</source>
        <translation>%1 : certaines dates commencent par le jour (ligne %2 : « %3 ») et d&apos;autres par le mois (ligne %4 : « %5 ») ; %6</translation>
    </message>
    <message>
        <source>%1:%2: column &apos;%3&apos;: &apos;%4&apos; could be day first or month first, and no row of the file tells which; %5</source>
        <translation>%1:%2: colonne « %3 » : « %4 » peut commencer par le jour ou par le mois, et aucune ligne du fichier ne permet de le savoir ; %5</translation>
    </message>
    <message>
        <source>no channel is named &apos;%1&apos; (tick “Add channels, touchpoints and customers the file names” to add it)</source>
        <translation>aucun canal ne s&apos;appelle « %1 » (cochez « Ajouter les canaux, points de contact et clients que cite le fichier » pour l&apos;ajouter)</translation>
    </message>
    <message>
        <source>no customer has the number &apos;%1&apos; (tick “Add channels, touchpoints and customers the file names” to add one)</source>
        <translation>aucun client n&apos;a le numéro « %1 » (cochez « Ajouter les canaux, points de contact et clients que cite le fichier » pour en ajouter un)</translation>
    </message>
    <message>
        <source>no touchpoint is named &apos;%1&apos; (tick “Add channels, touchpoints and customers the file names” to add it)</source>
        <translation>aucun point de contact ne s&apos;appelle « %1 » (cochez « Ajouter les canaux, points de contact et clients que cite le fichier » pour l&apos;ajouter)</translation>
    </message>
    <message>
        <source>month %1 does not exist</source>
        <translation>le mois %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>day %1 does not exist</source>
        <translation>le jour %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>29 February does not exist in %1</source>
        <translation>le 29 février n&apos;existe pas en %1</translation>
    </message>
    <message>
        <source>%1 %2 does not exist</source>
        <translation>le %1 %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>forms %1 to %2 cannot be numbered: numbers start at 1</source>
        <translation>les formulaires %1 à %2 ne peuvent pas être numérotés ainsi : les numéros commencent à 1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s), the last: “%1”</source>
        <translation>
            <numerusform>%Ln note, la dernière : « %1 »</numerusform>
            <numerusform>%Ln notes, la dernière : « %1 »</numerusform>
        </translation>
    </message>
    <message>
        <source>Call %1 back about their CSAT of %2 at %3</source>
        <translation>Rappeler %1 au sujet de son CSAT de %2 à %3</translation>
    </message>
    <message>
        <source>the database cannot be written: check that the file and its folder may be changed</source>
        <translation>impossible d’écrire dans la base de données : vérifiez que le fichier et son dossier peuvent être modifiés</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>le disque n’a pas pu être lu ou écrit</translation>
    </message>
    <message>
        <source>the database file is damaged: restore it from a backup</source>
        <translation>le fichier de la base de données est endommagé : restaurez-le depuis une sauvegarde</translation>
    </message>
    <message>
        <source>the file is not a database file (it is not in SQLite format)</source>
        <translation>le fichier n’est pas un fichier de base de données (il n’est pas au format SQLite)</translation>
    </message>
    <message>
        <source>the disk is full: make room and try again</source>
        <translation>le disque est plein : libérez de la place et réessayez</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>le fichier de la base de données ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>another record already has this value (UNIQUE %1)</source>
        <translation>un autre enregistrement a déjà cette valeur (UNIQUE %1)</translation>
    </message>
    <message>
        <source>it refers to a record that does not exist (any more)</source>
        <translation>il renvoie à un enregistrement qui n’existe pas (ou plus)</translation>
    </message>
    <message>
        <source>a required value is missing (%1)</source>
        <translation>une valeur obligatoire manque (%1)</translation>
    </message>
    <message>
        <source>a value is outside what the database allows (%1)</source>
        <translation>une valeur sort de ce que la base de données permet (%1)</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <extracomment>A calendar quarter: %1 its number (1-4), %2 the year (&quot;Q3 2026&quot;).</extracomment>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A period in a file name: %1 and %2 are dates written 2026-11-01.</extracomment>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>the server address is not a valid URI: %1</source>
        <translation>l’adresse du serveur n’est pas une URI valide : %1</translation>
    </message>
    <message>
        <source>the server address names the database &quot;%1&quot;; a database name has no &quot;/&quot;</source>
        <translation>l’adresse du serveur nomme la base « %1 » ; un nom de base ne contient pas de « / »</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; in the server address is not a number from 1 to 65535</source>
        <translation>le port « %1 » de l’adresse du serveur n’est pas un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>the TLS mode &quot;%1&quot; in the server address is not one of %2</source>
        <translation>le mode TLS « %1 » de l’adresse du serveur n’est pas l’un de %2</translation>
    </message>
    <message>
        <source>the connect_timeout &quot;%1&quot; in the server address is not a number of seconds</source>
        <translation>connect_timeout « %1 » dans l’adresse du serveur n’est pas un nombre de secondes</translation>
    </message>
    <message>
        <source>the server address has a setting CX Desk does not know: &quot;%1&quot; (known: host, port, dbname, user, sslmode, connect_timeout)</source>
        <translation>l’adresse du serveur contient un réglage inconnu de CX Desk : « %1 » (connus : host, port, dbname, user, sslmode, connect_timeout)</translation>
    </message>
    <message>
        <source>the server address names no database: add it after the host, as in postgresql://user@host/cxdesk</source>
        <translation>l’adresse du serveur ne nomme aucune base : ajoutez-la après l’hôte, comme dans postgresql://utilisateur@hote/cxdesk</translation>
    </message>
    <message>
        <source>the server %1 refused the password of &quot;%2&quot;: check the user name and password (from the keychain or ~/.pgpass)</source>
        <translation>le serveur %1 a refusé le mot de passe de « %2 » : vérifiez le nom d’utilisateur et le mot de passe (du trousseau ou de ~/.pgpass)</translation>
    </message>
    <message>
        <source>the server %1 has no database &quot;%2&quot;: create it first (see the team set-up guide)</source>
        <translation>le serveur %1 n’a pas de base « %2 » : créez-la d’abord (voir le guide d’installation en équipe)</translation>
    </message>
    <message>
        <source>the server %1 has no account &quot;%2&quot;</source>
        <translation>le serveur %1 n’a pas de compte « %2 »</translation>
    </message>
    <message>
        <source>the server %1 offers no TLS, but the connection requires it (sslmode %2)</source>
        <translation>le serveur %1 ne propose pas TLS, mais la connexion l’exige (sslmode %2)</translation>
    </message>
    <message>
        <source>the server %1 does not let &quot;%2&quot; in from this computer (its pg_hba.conf has no line for it)</source>
        <translation>le serveur %1 n’accepte pas « %2 » depuis cet ordinateur (son pg_hba.conf n’a pas de ligne pour lui)</translation>
    </message>
    <message>
        <source>the server %1 cannot be reached: check that it is running and that the address is right</source>
        <translation>le serveur %1 est injoignable : vérifiez qu’il tourne et que l’adresse est juste</translation>
    </message>
    <message>
        <source>the connection to the server %1 was lost</source>
        <translation>la connexion au serveur %1 a été perdue</translation>
    </message>
    <message>
        <source>the server %1 said: %2</source>
        <translation>le serveur %1 a répondu : %2</translation>
    </message>
    <message>
        <source>cannot open %1: Qt&apos;s PostgreSQL driver is not installed (the package libqt6sql6-psql)</source>
        <translation>impossible d’ouvrir %1 : le pilote PostgreSQL de Qt n’est pas installé (le paquet libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>ouverture impossible : %1</translation>
    </message>
    <message numerus="yes">
        <source>the database &apos;%1&apos; belongs to another program: it holds %n table(s) but no CX Desk schema</source>
        <translation>
            <numerusform>la base « %1 » appartient à un autre programme : elle contient %n table mais aucun schéma CX Desk</numerusform>
            <numerusform>la base « %1 » appartient à un autre programme : elle contient %n tables mais aucun schéma CX Desk</numerusform>
        </translation>
    </message>
    <message>
        <source>the database &apos;%1&apos; holds no CX Desk data yet: open it in the window or with a command that writes (such as demo or import) to set it up</source>
        <translation>la base « %1 » ne contient pas encore de données CX Desk : ouvrez-la dans la fenêtre ou avec une commande qui écrit (comme demo ou import) pour la préparer</translation>
    </message>
    <message>
        <source>cannot read the schema version of &apos;%1&apos;</source>
        <translation>impossible de lire la version du schéma de « %1 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was set up by a newer CX Desk (schema version %2; this version reads up to %3): install CX Desk %4 or newer to use it</source>
        <translation>« %1 » a été préparée par un CX Desk plus récent (schéma version %2 ; cette version lit jusqu’à %3) : installez CX Desk %4 ou plus récent pour l’utiliser</translation>
    </message>
    <message>
        <source>the tables refer to each other in a circle (%1)</source>
        <translation>les tables se référencent en cercle (%1)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot read the list of tables</source>
        <translation>impossible de lire la liste des tables</translation>
    </message>
    <message>
        <source>the two databases have different schema versions (%1 and %2)</source>
        <translation>les deux bases de données ont des versions de schéma différentes (%1 et %2)</translation>
    </message>
    <message>
        <source>the two databases&apos; tables differ (%1)</source>
        <translation>les tables des deux bases de données diffèrent (%1)</translation>
    </message>
    <message>
        <source>the two databases&apos; tables differ (the target has %1 tables, the source %2)</source>
        <translation>les tables des deux bases de données diffèrent (la cible en a %1, la source %2)</translation>
    </message>
    <message>
        <source>the target already holds customers, journeys, surveys or interactions; it is left as it was</source>
        <translation>la cible contient déjà des clients, des parcours, des enquêtes ou des interactions ; elle reste telle quelle</translation>
    </message>
    <message>
        <source>the copy was stopped; the target is as it was</source>
        <translation>la copie a été arrêtée ; la cible est telle qu&apos;elle était</translation>
    </message>
    <message>
        <source>the copy of %1 differs from its source (%2 rows read, %3 written); the target is as it was</source>
        <translation>la copie de %1 diffère de sa source (%2 lignes lues, %3 écrites) ; la cible est telle qu&apos;elle était</translation>
    </message>
    <message>
        <source>cannot save the copy: %1</source>
        <translation>impossible d&apos;enregistrer la copie : %1</translation>
    </message>
    <message>
        <source>cannot restore from &apos;%1&apos;: no room for a temporary copy (%2)</source>
        <translation>impossible de restaurer depuis « %1 » : pas de place pour une copie temporaire (%2)</translation>
    </message>
    <message>
        <source>cannot restore into the server: its data could not be kept first (%1)</source>
        <translation>impossible de restaurer sur le serveur : ses données n&apos;ont pas pu être conservées d&apos;abord (%1)</translation>
    </message>
    <message>
        <source>cannot write to %1: the PostgreSQL driver gives no connection handle</source>
        <translation>impossible d&apos;écrire dans %1 : le pilote PostgreSQL ne donne pas accès à la connexion</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>impossible d&apos;écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>cannot set the numbering of %1: %2</source>
        <translation>impossible de régler la numérotation de %1 : %2</translation>
    </message>
    <message>
        <source>cannot add interactions: %1</source>
        <translation>impossible d&apos;ajouter les interactions : %1</translation>
    </message>
    <message>
        <source>the connection to the database server was lost; what was not saved yet is not on the server</source>
        <translation>la connexion au serveur de base de données a été perdue ; ce qui n&apos;était pas encore enregistré n&apos;est pas sur le serveur</translation>
    </message>
    <message>
        <source>%1 is a file; it needs no new connection</source>
        <translation>%1 est un fichier ; il n&apos;a pas besoin d&apos;une nouvelle connexion</translation>
    </message>
    <message>
        <source>entered by %1</source>
        <translation>saisie par %1</translation>
    </message>
    <message>
        <source>%1 was changed by %2</source>
        <translation>%2 a modifié %1</translation>
    </message>
    <message>
        <source>%1 was changed by %2 (%3)</source>
        <translation>%2 a modifié %1 (%3)</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3</source>
        <translation>%2 a modifié %1 à %3</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 (%4)</source>
        <translation>%2 a modifié %1 à %3 (%4)</translation>
    </message>
    <message>
        <source>the server does not allow your account to do this (%1); the owner of the business can</source>
        <translation>le serveur n’autorise pas votre compte à faire cela (%1) ; le gérant de l’entreprise le peut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Gérant</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Counter (kiosk)</source>
        <translation>Comptoir (borne)</translation>
    </message>
    <message>
        <source>cannot tell what this account may do</source>
        <translation>impossible de savoir ce que ce compte peut faire</translation>
    </message>
    <message>
        <source>the account &apos;%1&apos; is not in this business&apos;s team (owner, staff or counter); the owner can add it with: cxdesk team add</source>
        <translation>le compte « %1 » ne fait pas partie de l’équipe de cette entreprise (gérant, personnel ou comptoir) ; le gérant peut l’ajouter avec : cxdesk team add</translation>
    </message>
    <message>
        <source>accounts are a server&apos;s: this database is a file</source>
        <translation>les comptes n’existent que sur un serveur : cette base de données est un fichier</translation>
    </message>
    <message>
        <source>give the account a name</source>
        <translation>donnez un nom au compte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be an account name: use up to 63 letters, digits and _ . @ -, starting with a letter</source>
        <translation>« %1 » ne peut pas être un nom de compte : utilisez jusqu’à 63 lettres, chiffres et _ . @ -, en commençant par une lettre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be an account name: names starting with pg_ are the server&apos;s own</source>
        <translation>« %1 » ne peut pas être un nom de compte : les noms commençant par pg_ sont réservés au serveur</translation>
    </message>
    <message>
        <source>accounts are a server&apos;s: this database is a file, where whoever sits at the desk says who they are</source>
        <translation>les comptes n’existent que sur un serveur : cette base de données est un fichier, où la personne au poste indique elle-même qui elle est</translation>
    </message>
    <message>
        <source>the password must have at least 8 characters</source>
        <translation>le mot de passe doit comporter au moins 8 caractères</translation>
    </message>
    <message>
        <source>only the owner of the business can add accounts</source>
        <translation>seul le gérant de l’entreprise peut ajouter des comptes</translation>
    </message>
    <message>
        <source>there is already an account called &apos;%1&apos; on this server</source>
        <translation>il existe déjà un compte « %1 » sur ce serveur</translation>
    </message>
    <message>
        <source>cannot add the account &apos;%1&apos;: %2</source>
        <translation>impossible d’ajouter le compte « %1 » : %2</translation>
    </message>
    <message>
        <source>only the owner of the business can remove accounts</source>
        <translation>seul le gérant de l’entreprise peut supprimer des comptes</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an account of this business (see: cxdesk team list)</source>
        <translation>« %1 » n’est pas un compte de cette entreprise (voir : cxdesk team list)</translation>
    </message>
    <message>
        <source>you cannot remove your own account while you use it; log in as another owner to remove &apos;%1&apos;</source>
        <translation>vous ne pouvez pas supprimer votre propre compte pendant que vous l’utilisez ; connectez-vous avec le compte d’un autre gérant pour supprimer « %1 »</translation>
    </message>
    <message>
        <source>cannot remove the account &apos;%1&apos;: %2</source>
        <translation>impossible de supprimer le compte « %1 » : %2</translation>
    </message>
    <message>
        <source>cannot read the kiosk&apos;s queue &apos;%1&apos;: %2</source>
        <translation>impossible de lire la file d’attente de la borne « %1 » : %2</translation>
    </message>
    <message>
        <source>the kiosk&apos;s queue &apos;%1&apos; is damaged (%2); it is kept as %1.damaged</source>
        <translation>la file d’attente de la borne « %1 » est endommagée (%2) ; elle est conservée sous %1.damaged</translation>
    </message>
    <message>
        <source>the server does not answer</source>
        <translation>le serveur ne répond pas</translation>
    </message>
    <message>
        <source>the survey is no longer active</source>
        <translation>l’enquête n’est plus active</translation>
    </message>
    <message>
        <source>cannot link the response</source>
        <translation>impossible de relier la réponse</translation>
    </message>
    <message>
        <source>cannot finish the handover</source>
        <translation>impossible de terminer la transmission</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>the file holds no XML element</source>
        <translation>le fichier ne contient aucun élément XML</translation>
    </message>
    <message>
        <source>not a LimeSurvey file: its first element is &lt;%1&gt;, not &lt;document&gt;</source>
        <translation>ce n&apos;est pas un fichier LimeSurvey : son premier élément est &lt;%1&gt;, pas &lt;document&gt;</translation>
    </message>
    <message>
        <source>not a LimeSurvey survey structure: it has no LimeSurveyDocType</source>
        <translation>ce n&apos;est pas une structure d&apos;enquête LimeSurvey : il n&apos;y a pas de LimeSurveyDocType</translation>
    </message>
    <message>
        <source>a LimeSurvey file of kind &apos;%1&apos;, not a survey structure (.lss); import the survey archive (.lsa) for its responses</source>
        <translation>un fichier LimeSurvey de type &apos;%1&apos;, pas une structure d&apos;enquête (.lss) ; importez l&apos;archive de l&apos;enquête (.lsa) pour avoir ses réponses</translation>
    </message>
    <message>
        <source>LimeSurvey 4 or later survey structure (.lss, database version %1)</source>
        <translation>structure d&apos;enquête LimeSurvey 4 ou plus récent (.lss, version de base de données %1)</translation>
    </message>
    <message>
        <source>LimeSurvey 2 or 3 survey structure (.lss, database version %1)</source>
        <translation>structure d&apos;enquête LimeSurvey 2 ou 3 (.lss, version de base de données %1)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>a list with no options</source>
        <translation>une liste sans options</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>a multiple choice with no options</source>
        <translation>un choix multiple sans options</translation>
    </message>
    <message>
        <source> (a number, kept as text)</source>
        <translation> (un nombre, gardé en texte)</translation>
    </message>
    <message>
        <source> (a date, kept as text)</source>
        <translation> (une date, gardée en texte)</translation>
    </message>
    <message>
        <source>an array (matrix) of several rows</source>
        <translation>un tableau (matrice) de plusieurs lignes</translation>
    </message>
    <message>
        <source>a ranking</source>
        <translation>un classement</translation>
    </message>
    <message>
        <source>a file upload</source>
        <translation>un envoi de fichier</translation>
    </message>
    <message>
        <source>it only shows text and asks nothing</source>
        <translation>elle affiche seulement du texte et ne demande rien</translation>
    </message>
    <message>
        <source>an equation LimeSurvey computes</source>
        <translation>une équation que LimeSurvey calcule</translation>
    </message>
    <message>
        <source>several answer fields in one question</source>
        <translation>plusieurs champs de réponse dans une question</translation>
    </message>
    <message>
        <source>a language switch</source>
        <translation>un changement de langue</translation>
    </message>
    <message>
        <source>a question type CX Desk does not know (&apos;%1&apos;)</source>
        <translation>un type de question que CX Desk ne connaît pas (&apos;%1&apos;)</translation>
    </message>
    <message numerus="yes">
        <source>Questions that show earlier answers in their text ({…}): %n; CX Desk shows those parts as they are written.</source>
        <translation>
            <numerusform>Questions qui reprennent des réponses précédentes dans leur texte ({…}) : %n ; CX Desk affiche ces passages tels qu&apos;ils sont écrits.</numerusform>
            <numerusform>Questions qui reprennent des réponses précédentes dans leur texte ({…}) : %n ; CX Desk affiche ces passages tels qu&apos;ils sont écrits.</numerusform>
        </translation>
    </message>
    <message>
        <source>the LimeSurvey survey has no questions</source>
        <translation>l&apos;enquête LimeSurvey n&apos;a aucune question</translation>
    </message>
    <message>
        <source>the responses file is a LimeSurvey file of kind &apos;%1&apos;</source>
        <translation>le fichier des réponses est un fichier LimeSurvey de type &apos;%1&apos;</translation>
    </message>
    <message>
        <source>response %1: submitdate &apos;%2&apos; is not a timestamp</source>
        <translation>réponse %1 : submitdate &apos;%2&apos; n&apos;est pas une date et heure valide</translation>
    </message>
    <message>
        <source>the archive holds no LimeSurvey survey structure (.lss)</source>
        <translation>l&apos;archive ne contient aucune structure d&apos;enquête LimeSurvey (.lss)</translation>
    </message>
    <message>
        <source>LimeSurvey survey archive (.lsa) with %1</source>
        <translation>archive d&apos;enquête LimeSurvey (.lsa) avec %1</translation>
    </message>
    <message>
        <source>The archive holds no responses (.lsr).</source>
        <translation>L&apos;archive ne contient aucune réponse (.lsr).</translation>
    </message>
    <message>
        <source>display logic</source>
        <translation>logique d&apos;affichage</translation>
    </message>
    <message>
        <source>it has no condition CX Desk can read</source>
        <translation>elle ne contient aucune condition que CX Desk sache lire</translation>
    </message>
    <message>
        <source>it joins several comparisons</source>
        <translation>elle combine plusieurs comparaisons</translation>
    </message>
    <message>
        <source>it depends on %1, not on an answer</source>
        <translation>elle dépend de %1, pas d&apos;une réponse</translation>
    </message>
    <message>
        <source>it is not one comparison of a question with a value</source>
        <translation>ce n&apos;est pas une simple comparaison d&apos;une question avec une valeur</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>JSON non valide au caractère %1 : %2</translation>
    </message>
    <message>
        <source>not a Qualtrics survey file: it lacks SurveyEntry or SurveyElements</source>
        <translation>ce n&apos;est pas un fichier d&apos;enquête Qualtrics : SurveyEntry ou SurveyElements manque</translation>
    </message>
    <message>
        <source>Qualtrics survey file (.qsf)</source>
        <translation>fichier d&apos;enquête Qualtrics (.qsf)</translation>
    </message>
    <message>
        <source>Branches of the survey flow are left out: their questions are asked to everyone.</source>
        <translation>Les branches du déroulement de l&apos;enquête sont laissées de côté : leurs questions sont posées à tout le monde.</translation>
    </message>
    <message>
        <source>Randomised blocks are asked in the order of the file.</source>
        <translation>Les blocs en ordre aléatoire sont posés dans l&apos;ordre du fichier.</translation>
    </message>
    <message>
        <source>a choice with no options</source>
        <translation>un choix sans options</translation>
    </message>
    <message>
        <source>a form of several fields</source>
        <translation>un formulaire de plusieurs champs</translation>
    </message>
    <message>
        <source>a slider from %1 to %2</source>
        <translation>un curseur de %1 à %2</translation>
    </message>
    <message>
        <source>a matrix of several rows</source>
        <translation>une matrice de plusieurs lignes</translation>
    </message>
    <message>
        <source>side-by-side matrices</source>
        <translation>des matrices côte à côte</translation>
    </message>
    <message>
        <source>a ranking into groups</source>
        <translation>un classement en groupes</translation>
    </message>
    <message>
        <source>a constant sum</source>
        <translation>une somme constante</translation>
    </message>
    <message>
        <source>a signature</source>
        <translation>une signature</translation>
    </message>
    <message>
        <source>a timer Qualtrics keeps</source>
        <translation>un chronomètre tenu par Qualtrics</translation>
    </message>
    <message>
        <source>browser information Qualtrics records</source>
        <translation>des informations sur le navigateur que Qualtrics enregistre</translation>
    </message>
    <message>
        <source>a heat map</source>
        <translation>une carte de chaleur</translation>
    </message>
    <message>
        <source>a hot spot picture</source>
        <translation>une image à zones cliquables</translation>
    </message>
    <message>
        <source>a captcha</source>
        <translation>un captcha</translation>
    </message>
    <message>
        <source>%1: its skip logic is left out.</source>
        <translation>%1 : sa logique de saut est laissée de côté.</translation>
    </message>
    <message>
        <source>the Qualtrics survey has no questions outside the trash</source>
        <translation>l&apos;enquête Qualtrics n&apos;a aucune question hors de la corbeille</translation>
    </message>
    <message>
        <source>a Qualtrics responses export has three header rows; this file has fewer</source>
        <translation>un export de réponses Qualtrics a trois lignes d&apos;en-tête ; ce fichier en a moins</translation>
    </message>
    <message>
        <source>line 3: a Qualtrics responses export names a responseId column; this file does not</source>
        <translation>ligne 3 : un export de réponses Qualtrics nomme une colonne responseId ; ce fichier non</translation>
    </message>
    <message>
        <source>line 1: the export has no RecordedDate or EndDate column</source>
        <translation>ligne 1 : l&apos;export n&apos;a pas de colonne RecordedDate ni EndDate</translation>
    </message>
    <message>
        <source>Qualtrics responses export (CSV)</source>
        <translation>export de réponses Qualtrics (CSV)</translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; is not a date and time like 2024-03-01 14:05:00</source>
        <translation>ligne %1 : &apos;%2&apos; n&apos;est pas une date et une heure comme 2024-03-01 14:05:00</translation>
    </message>
    <message>
        <source>its parentheses do not match</source>
        <translation>ses parenthèses ne correspondent pas</translation>
    </message>
    <message>
        <source>it uses a function, not one comparison</source>
        <translation>elle utilise une fonction, pas une simple comparaison</translation>
    </message>
    <message>
        <source>the survey names no languages, so &apos;%1&apos; cannot be chosen</source>
        <translation>l&apos;enquête n&apos;indique aucune langue, impossible donc de choisir &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the survey is not in &apos;%1&apos;; it is in %2</source>
        <translation>l&apos;enquête n&apos;existe pas en &apos;%1&apos; ; elle existe en %2</translation>
    </message>
    <message>
        <source>a scale from %1 to %2 fits none of CX Desk&apos;s scales</source>
        <translation>une échelle de %1 à %2 ne correspond à aucune échelle de CX Desk</translation>
    </message>
    <message>
        <source>it refers to &apos;%1&apos;, which is not a question of the survey</source>
        <translation>elle renvoie à &apos;%1&apos;, qui n&apos;est pas une question de l&apos;enquête</translation>
    </message>
    <message>
        <source>it refers to &apos;%1&apos;, which comes later</source>
        <translation>elle renvoie à &apos;%1&apos;, qui vient après</translation>
    </message>
    <message>
        <source>it refers to &apos;%1&apos;, which is left out</source>
        <translation>elle renvoie à &apos;%1&apos;, qui est laissée de côté</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an answer &apos;%2&apos; can have</source>
        <translation>&apos;%1&apos; n&apos;est pas une réponse possible à &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>the file is %1 MB; a survey file of more than %2 MB is not read</source>
        <translation>le fichier fait %1 Mo ; un fichier d&apos;enquête de plus de %2 Mo n&apos;est pas lu</translation>
    </message>
    <message>
        <source>an Excel 97-2003 workbook (.xls); save it as an Excel workbook (.xlsx) first</source>
        <translation>un classeur Excel 97-2003 (.xls) ; enregistrez-le d&apos;abord en classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>a ZIP archive that holds neither an XLSForm workbook nor a LimeSurvey survey</source>
        <translation>une archive ZIP qui ne contient ni classeur XLSForm ni enquête LimeSurvey</translation>
    </message>
    <message>
        <source>LimeSurvey responses (.lsr) without their survey; import the survey archive (.lsa), which holds both</source>
        <translation>des réponses LimeSurvey (.lsr) sans leur enquête ; importez l&apos;archive de l&apos;enquête (.lsa), qui contient les deux</translation>
    </message>
    <message>
        <source>a CX Desk survey definition, which is read as such</source>
        <translation>une définition d&apos;enquête CX Desk, lue comme telle</translation>
    </message>
    <message>
        <source>not a survey file CX Desk can read (CX Desk JSON, LimeSurvey .lss or .lsa, Qualtrics .qsf or responses CSV, XLSForm .xlsx, XForm .xml)</source>
        <translation>ce n&apos;est pas un fichier d&apos;enquête que CX Desk sache lire (JSON CX Desk, LimeSurvey .lss ou .lsa, Qualtrics .qsf ou CSV de réponses, XLSForm .xlsx, XForm .xml)</translation>
    </message>
    <message>
        <source>Imported survey</source>
        <translation>Enquête importée</translation>
    </message>
    <message>
        <source>The file gives the survey no title; it is called “%1”.</source>
        <translation>Le fichier ne donne pas de titre à l&apos;enquête ; elle s&apos;appelle « %1 ».</translation>
    </message>
    <message>
        <source>left out by choice</source>
        <translation>laissée de côté volontairement</translation>
    </message>
    <message>
        <source>its code &apos;%1&apos; is used twice; here it is &apos;%2&apos;</source>
        <translation>son code &apos;%1&apos; est utilisé deux fois ; ici, c&apos;est &apos;%2&apos;</translation>
    </message>
    <message>
        <source>it has no code; here it is &apos;%1&apos;</source>
        <translation>elle n&apos;a pas de code ; ici, c&apos;est &apos;%1&apos;</translation>
    </message>
    <message>
        <source>it has no text; its code stands in</source>
        <translation>elle n&apos;a pas de texte ; son code le remplace</translation>
    </message>
    <message>
        <source>no survey has the uuid %1</source>
        <translation>aucune enquête n&apos;a l&apos;uuid %1</translation>
    </message>
    <message>
        <source>no survey here has questions named like the columns of this export; import the survey (.qsf) first</source>
        <translation>aucune enquête ici n&apos;a de questions nommées comme les colonnes de cet export ; importez d&apos;abord l&apos;enquête (.qsf)</translation>
    </message>
    <message>
        <source>several surveys have questions named like these columns; name one with --survey: %1</source>
        <translation>plusieurs enquêtes ont des questions nommées comme ces colonnes ; indiquez-en une avec --survey : %1</translation>
    </message>
    <message>
        <source>the export has no column for it</source>
        <translation>l&apos;export n&apos;a pas de colonne pour elle</translation>
    </message>
    <message>
        <source>Columns that are no question of the survey are left out: %1.</source>
        <translation>Les colonnes qui ne sont pas des questions de l&apos;enquête sont laissées de côté : %1.</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Lu : %1</translation>
    </message>
    <message>
        <source>Language: %1 (the file has %2)</source>
        <translation>Langue : %1 (le fichier contient %2)</translation>
    </message>
    <message>
        <source>Responses for the survey “%1” (%2)</source>
        <translation>Réponses pour l&apos;enquête « %1 » (%2)</translation>
    </message>
    <message>
        <source>Survey: “%1” updates the survey imported before from this source (%2)</source>
        <translation>Enquête : « %1 » met à jour l&apos;enquête importée auparavant depuis cette source (%2)</translation>
    </message>
    <message>
        <source>Survey: “%1”, new (%2)</source>
        <translation>Enquête : « %1 », nouvelle (%2)</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Questions :</translation>
    </message>
    <message>
        <source>%1 -&gt; %2: %3</source>
        <translation>%1 -&gt; %2 : %3</translation>
    </message>
    <message>
        <source>%1 left out: %2</source>
        <translation>%1 laissée de côté : %2</translation>
    </message>
    <message>
        <source>%1 left out: %2 (%3)</source>
        <translation>%1 laissée de côté : %2 (%3)</translation>
    </message>
    <message>
        <source>       note: %1</source>
        <translation>       remarque : %1</translation>
    </message>
    <message>
        <source>       shown if %1 (from: %2)</source>
        <translation>       affichée si %1 (dans le fichier : %2)</translation>
    </message>
    <message>
        <source>       condition dropped, %1: %2</source>
        <translation>       condition abandonnée, %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n condition(s)</source>
        <translation>
            <numerusform>%n condition</numerusform>
            <numerusform>%n conditions</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1 : %2</translation>
    </message>
    <message>
        <source>Responses: %1 new, %2 imported before</source>
        <translation>Réponses nouvelles : %1 ; déjà importées : %2</translation>
    </message>
    <message numerus="yes">
        <source>  never submitted, so left out: %n response(s)</source>
        <translation>
            <numerusform>  jamais envoyée, donc laissée de côté : %n réponse</numerusform>
            <numerusform>  jamais envoyées, donc laissées de côté : %n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>no question of the survey can be imported</source>
        <translation>aucune question de l&apos;enquête ne peut être importée</translation>
    </message>
    <message>
        <source>response %1: %2</source>
        <translation>réponse %1 : %2</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1 : ligne %2, colonne %3 : %4</translation>
    </message>
    <message>
        <source> (a date or time, kept as text)</source>
        <translation> (une date ou une heure, gardée en texte)</translation>
    </message>
    <message>
        <source>a file upload (picture, sound or file)</source>
        <translation>un envoi de fichier (image, son ou fichier)</translation>
    </message>
    <message>
        <source>a location</source>
        <translation>une position géographique</translation>
    </message>
    <message>
        <source>a barcode scan</source>
        <translation>un scan de code-barres</translation>
    </message>
    <message>
        <source>an acknowledgement with nothing to choose</source>
        <translation>une confirmation sans rien à choisir</translation>
    </message>
    <message>
        <source>a choice list kept in a separate file</source>
        <translation>une liste de choix rangée dans un fichier à part</translation>
    </message>
    <message>
        <source>a value the form records or computes, not a question</source>
        <translation>une valeur que le formulaire enregistre ou calcule, pas une question</translation>
    </message>
    <message>
        <source>it joins the conditions of a group and of the question</source>
        <translation>elle combine les conditions d&apos;un groupe et de la question</translation>
    </message>
    <message>
        <source>%1: cell &apos;%2&apos; is outside a worksheet</source>
        <translation>%1 : la cellule &apos;%2&apos; est hors d&apos;une feuille de calcul</translation>
    </message>
    <message>
        <source>%1: a cell names shared text %2, which the workbook lacks</source>
        <translation>%1 : une cellule cite le texte partagé %2, absent du classeur</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;</source>
        <translation>feuille &apos;%1&apos;</translation>
    </message>
    <message>
        <source>line %1: elements are nested too deeply</source>
        <translation>ligne %1 : les éléments sont imbriqués trop profondément</translation>
    </message>
    <message>
        <source>the workbook has no sheet named &apos;survey&apos;, so it is not an XLSForm</source>
        <translation>le classeur n&apos;a pas de feuille nommée &apos;survey&apos;, ce n&apos;est donc pas un XLSForm</translation>
    </message>
    <message>
        <source>sheet &apos;survey&apos;: the XLSForm columns &apos;type&apos; and &apos;name&apos; are missing</source>
        <translation>feuille &apos;survey&apos; : les colonnes XLSForm &apos;type&apos; et &apos;name&apos; manquent</translation>
    </message>
    <message>
        <source>XLSForm workbook (.xlsx)</source>
        <translation>classeur XLSForm (.xlsx)</translation>
    </message>
    <message>
        <source>sheet &apos;survey&apos;: there is no label column</source>
        <translation>feuille &apos;survey&apos; : il n&apos;y a pas de colonne label</translation>
    </message>
    <message>
        <source>its choice list &apos;%1&apos; is not on the choices sheet</source>
        <translation>sa liste de choix &apos;%1&apos; n&apos;est pas dans la feuille choices</translation>
    </message>
    <message>
        <source>it is inside a repeat (a loop)</source>
        <translation>elle est dans une répétition (une boucle)</translation>
    </message>
    <message>
        <source>%1: its choice filter is left out; every option is offered.</source>
        <translation>%1 : son filtre de choix est laissé de côté ; toutes les options sont proposées.</translation>
    </message>
    <message>
        <source>sheet &apos;survey&apos; has no questions</source>
        <translation>la feuille &apos;survey&apos; n&apos;a aucune question</translation>
    </message>
    <message>
        <source>not an XForm: it lacks the html, head, model or body element</source>
        <translation>ce n&apos;est pas un XForm : l&apos;élément html, head, model ou body manque</translation>
    </message>
    <message>
        <source>XForm (ODK, KoboToolbox)</source>
        <translation>XForm (ODK, KoboToolbox)</translation>
    </message>
    <message>
        <source>the form has one language only, so &apos;%1&apos; cannot be chosen</source>
        <translation>le formulaire n&apos;a qu&apos;une langue, impossible donc de choisir &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a choice whose options CX Desk cannot find</source>
        <translation>un choix dont CX Desk ne trouve pas les options</translation>
    </message>
    <message>
        <source>%1 values the form computes or records are not questions and are left out.</source>
        <translation>%1 valeurs que le formulaire calcule ou enregistre ne sont pas des questions et sont laissées de côté.</translation>
    </message>
    <message>
        <source>the form&apos;s body has no questions</source>
        <translation>le corps (body) du formulaire n&apos;a aucune question</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged or incomplete (it cannot be opened)</source>
        <translation>l&apos;archive ZIP est endommagée ou incomplète (impossible de l&apos;ouvrir)</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged (its list of files cannot be read)</source>
        <translation>l&apos;archive ZIP est endommagée (sa liste de fichiers est illisible)</translation>
    </message>
    <message>
        <source>the archive holds no file &apos;%1&apos;</source>
        <translation>l&apos;archive ne contient aucun fichier &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the archive unpacks to %2 MB, more than a survey file can be</source>
        <translation>&apos;%1&apos; dans l&apos;archive fait %2 Mo une fois décompressé, plus qu&apos;un fichier d&apos;enquête ne peut faire</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the archive cannot be unpacked (the archive is damaged)</source>
        <translation>&apos;%1&apos; dans l&apos;archive ne peut pas être décompressé (l&apos;archive est endommagée)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the archive unpacks to more than %2 MB</source>
        <translation>&apos;%1&apos; dans l&apos;archive fait plus de %2 Mo une fois décompressé</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the archive is damaged (its checksum does not match)</source>
        <translation>&apos;%1&apos; dans l&apos;archive est endommagé (sa somme de contrôle ne correspond pas)</translation>
    </message>
    <message>
        <source>%1: option_codes names %2 codes for %3 options</source>
        <translation>%1 : option_codes indique %2 codes pour %3 options</translation>
    </message>
    <message>
        <source>%1: option code &apos;%2&apos; may not contain &apos;;&apos;</source>
        <translation>%1 : le code d&apos;option &apos;%2&apos; ne peut pas contenir &apos;;&apos;</translation>
    </message>
    <message>
        <source>the survey “%1” was not saved</source>
        <translation>l&apos;enquête « %1 » n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>a slider</source>
        <translation>un curseur</translation>
    </message>
    <message numerus="yes">
        <source>Preview responses (made while testing the survey), left out: %n.</source>
        <translation>
            <numerusform>Réponse d&apos;aperçu (faite en testant l&apos;enquête), laissée de côté : %n.</numerusform>
            <numerusform>Réponses d&apos;aperçu (faites en testant l&apos;enquête), laissées de côté : %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 de %2 à %3</translation>
    </message>
    <message>
        <source>%1 from %2 to %3 in steps of %4</source>
        <translation>%1 de %2 à %3 par pas de %4</translation>
    </message>
    <message>
        <source>it refers to the question itself</source>
        <translation>elle renvoie à la question elle-même</translation>
    </message>
    <message>
        <source>it asks whether &apos;%1&apos; is more or less than a value; only numbers and scales are</source>
        <translation>elle demande si &apos;%1&apos; est supérieur ou inférieur à une valeur ; seuls les nombres et les échelles le permettent</translation>
    </message>
    <message>
        <source>kept as it was imported before</source>
        <translation>conservée telle qu&apos;elle a été importée auparavant</translation>
    </message>
    <message>
        <source>none of the export&apos;s columns is a question of “%1”</source>
        <translation>aucune colonne de l&apos;export n&apos;est une question de « %1 »</translation>
    </message>
    <message>
        <source>%1 to import, %2 left out; %3 kept, %4 dropped</source>
        <translation>À importer : %1, laissées de côté : %2 ; conservées : %3, abandonnées : %4</translation>
    </message>
    <message numerus="yes">
        <source>  in the file twice, so left out once: %n response(s)</source>
        <translation>
            <numerusform>  deux fois dans le fichier, donc laissée de côté une fois : %n réponse</numerusform>
            <numerusform>  deux fois dans le fichier, donc laissées de côté une fois : %n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  fitting no option or scale, so left out: %n answer(s)</source>
        <translation>
            <numerusform>  ne correspondant à aucune option ni échelle, donc laissée de côté : %n réponse</numerusform>
            <numerusform>  ne correspondant à aucune option ni échelle, donc laissées de côté : %n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>the database cannot be written: %1</source>
        <translation>impossible d’écrire dans la base de données : %1</translation>
    </message>
    <message>
        <source>a range</source>
        <translation>une plage</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows, more than any form has</source>
        <translation>%1 a plus de %2 lignes, plus qu&apos;aucun formulaire n&apos;en a</translation>
    </message>
    <message numerus="yes">
        <source>Quotas are left out, so every response is taken: %n quota(s).</source>
        <translation>
            <numerusform>Les quotas sont laissés de côté, toutes les réponses sont prises : %n quota.</numerusform>
            <numerusform>Les quotas sont laissés de côté, toutes les réponses sont prises : %n quotas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quotas are left out, so every response is taken: %1.</source>
        <translation>Les quotas sont laissés de côté, toutes les réponses sont prises : %1.</translation>
    </message>
    <message>
        <source>The block “%1” loops (loop and merge); its questions are asked once.</source>
        <translation>Le bloc « %1 » se répète (boucle et fusion) ; ses questions sont posées une seule fois.</translation>
    </message>
</context>
<context>
    <name>cx::TouchpointDialog</name>
    <message>
        <source>Touchpoint</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <source>New touchpoint</source>
        <translation>Nouveau point de contact</translation>
    </message>
    <message>
        <source>for example Counter order</source>
        <translation>par exemple Commande au comptoir</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Aucun canal</translation>
    </message>
    <message>
        <source>Not set (%1)</source>
        <translation>Non défini (%1)</translation>
    </message>
    <message>
        <source>The customer score, 1 to 5, this touchpoint should reach</source>
        <translation>La note client, de 1 à 5, que ce point de contact doit atteindre</translation>
    </message>
    <message>
        <source>who looks after it</source>
        <translation>qui s&apos;en occupe</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Étape</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>&amp;Target score</source>
        <translation>Note &amp;visée</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
</context>
<context>
    <name>cx::TouchpointView</name>
    <message>
        <source>← Back to the map</source>
        <translation>← Retour à la carte</translation>
    </message>
    <message>
        <source>Back to the journey map (Alt+Left)</source>
        <translation>Retour à la carte du parcours (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Open in Interactions</source>
        <translation>Ouvrir dans Interactions</translation>
    </message>
    <message>
        <source>Every interaction at this touchpoint, to edit or follow up</source>
        <translation>Toutes les interactions à ce point de contact, pour les modifier ou les suivre</translation>
    </message>
    <message>
        <source>Customer score</source>
        <translation>Note client</translation>
    </message>
    <message>
        <source>The team&apos;s score</source>
        <translation>Note de l&apos;équipe</translation>
    </message>
    <message>
        <source>In the period</source>
        <translation>Sur la période</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>&lt;b&gt;Interactions&lt;/b&gt; (customer and team ratings, 1–5)</source>
        <translation>&lt;b&gt;Interactions&lt;/b&gt; (notes du client et de l&apos;équipe, 1–5)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Survey answers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Réponses aux enquêtes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>looked after by %1</source>
        <translation>suivi par %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>objectif %1</translation>
    </message>
    <message>
        <source>%1 ratings and CSAT answers</source>
        <translation>%1 notes et réponses CSAT</translation>
    </message>
    <message>
        <source>gap %1%2</source>
        <translation>écart %1%2</translation>
    </message>
    <message>
        <source>%1 ratings</source>
        <translation>%1 notes</translation>
    </message>
    <message>
        <source>interactions, and %1 survey responses</source>
        <translation>interactions, et %1 réponses aux enquêtes</translation>
    </message>
    <message>
        <source>Customer score by month</source>
        <translation>Note client par mois</translation>
    </message>
    <message>
        <source>No ratings in the period</source>
        <translation>Aucune note sur la période</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>The figures follow the channel and segment filter; the chart and the lists below show every channel and segment of the period.</source>
        <translation>Les chiffres suivent le filtre de canal et de segment ; le graphique et les listes ci-dessous montrent tous les canaux et segments de la période.</translation>
    </message>
</context>
<context>
    <name>cx::Vocabulary</name>
    <message>
        <source>purchase</source>
        <translation>achat</translation>
    </message>
    <message>
        <source>order</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visite</translation>
    </message>
    <message>
        <source>enquiry</source>
        <translation>demande</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>livraison</translation>
    </message>
    <message>
        <source>support</source>
        <translation>assistance</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>réclamation</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>avis</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>interaction</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>apology and voucher</source>
        <translation>excuses et bon d’achat</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>remboursé</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>livré</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>répondu</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>discover</source>
        <translation>découvrir</translation>
    </message>
    <message>
        <source>fulfil</source>
        <translation>réaliser</translation>
    </message>
    <message>
        <source>pay</source>
        <translation>payer</translation>
    </message>
    <message>
        <source>advocate</source>
        <translation>recommander</translation>
    </message>
    <message>
        <source>again</source>
        <translation>revenir</translation>
    </message>
    <message>
        <source>buy_again</source>
        <translation>racheter</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>improve</source>
        <translation>améliorer</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>raison</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>personnel</translation>
    </message>
</context>
<context>
    <name>cx::WelcomePage</name>
    <message>
        <source>Welcome to CX Desk</source>
        <translation>Bienvenue dans CX Desk</translation>
    </message>
    <message>
        <source>Map how customers meet your business, record what happens at each touchpoint, run surveys and see how customers really feel — all in one file on this computer.</source>
        <translation>Cartographiez la façon dont les clients rencontrent votre entreprise, notez ce qui se passe à chaque point de contact, menez des enquêtes et voyez ce que ressentent vraiment vos clients — le tout dans un seul fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Explore with sample data</source>
        <translation>Explorer avec des données d&apos;exemple</translation>
    </message>
    <message>
        <source>A bakery-café with 18 months of customers, surveys and follow-ups.</source>
        <translation>Une boulangerie-café avec 18 mois de clients, d&apos;enquêtes et de suivis.</translation>
    </message>
    <message>
        <source>Start with an empty business</source>
        <translation>Commencer avec une entreprise vide</translation>
    </message>
    <message>
        <source>Add your own journeys, customers and surveys.</source>
        <translation>Ajoutez vos propres parcours, clients et enquêtes.</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Continue with a CX Desk file you already have.</source>
        <translation>Continuer avec un fichier CX Desk existant.</translation>
    </message>
</context>
<context>
    <name>cx::charts::ChartPanel</name>
    <message numerus="yes">
        <source>Hollow points: fewer than %n answers, too few to judge.</source>
        <translation>
            <numerusform>Points creux : moins de %n réponse, trop peu pour juger.</numerusform>
            <numerusform>Points creux : moins de %n réponses, trop peu pour juger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paler bars: fewer than %n answers, too few to judge.</source>
        <translation>
            <numerusform>Barres pâles : moins de %n réponse, trop peu pour juger.</numerusform>
            <numerusform>Barres pâles : moins de %n réponses, trop peu pour juger.</numerusform>
        </translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>too few answers (%n) to judge</source>
        <translation>
            <numerusform>trop peu de réponses (%n) pour juger</numerusform>
            <numerusform>trop peu de réponses (%n) pour juger</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::edits</name>
    <message>
        <source>log interaction</source>
        <translation>saisir une interaction</translation>
    </message>
    <message>
        <source>change interaction</source>
        <translation>modifier une interaction</translation>
    </message>
    <message>
        <source>delete interaction</source>
        <translation>supprimer une interaction</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>modifier %1</translation>
    </message>
    <message>
        <source>add action</source>
        <translation>ajouter une action</translation>
    </message>
    <message>
        <source>mark action done</source>
        <translation>terminer l&apos;action</translation>
    </message>
    <message>
        <source>add customer %1</source>
        <translation>ajouter le client %1</translation>
    </message>
    <message>
        <source>“%1” has interactions, responses or follow-ups now</source>
        <translation>« %1 » a maintenant des interactions, des réponses ou des suivis</translation>
    </message>
    <message>
        <source>merge %1 and %2</source>
        <translation>fusionner %1 et %2</translation>
    </message>
    <message>
        <source>add note</source>
        <translation>ajouter une note</translation>
    </message>
</context>
</TS>
