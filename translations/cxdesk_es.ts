<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>PaperFormText</name>
    <message>
        <source>Tick one</source>
        <translation>Marque una</translation>
    </message>
    <message>
        <source>Tick all that apply</source>
        <translation>Marque todas las que correspondan</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Form number</source>
        <translation>N.º de formulario</translation>
    </message>
    <message>
        <source>Please tick one box per line with a clear cross, or write in the lines.</source>
        <translation>Marque una casilla por línea con una cruz clara, o escriba en las líneas.</translation>
    </message>
    <message>
        <source>%1 or less</source>
        <translation>%1 o menos</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 o más</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>menos de %1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>más de %1</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>distinto de %1</translation>
    </message>
    <message>
        <source>Answer only if your answer to question %1 is %2.</source>
        <translation>Responda solo si su respuesta a la pregunta %1 es %2.</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (opcional)</translation>
    </message>
    <message>
        <source>Thank you! Please hand this card to a member of staff.</source>
        <translation>¡Gracias! Entregue esta tarjeta a un miembro del personal.</translation>
    </message>
    <message>
        <source>Would you like us to get back to you? Your email or phone (optional):</source>
        <translation>¿Quiere que nos pongamos en contacto con usted? Su correo o teléfono (opcional):</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>no se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: the forms could not be drawn</source>
        <translation>no se puede escribir «%1»: no se pudieron dibujar los formularios</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was saved, but its form numbers could not be kept (%2): the next batch may start at a number printed now</source>
        <translation>«%1» se guardó, pero sus números de formulario no se pudieron conservar (%2): el próximo lote podría empezar por un número impreso ahora</translation>
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
        <translation>No se pudo abrir la base de datos.

%1</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>All time</source>
        <translation>Todo el periodo</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Hasta el %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>%1%2 on the previous period</source>
        <translation>%1%2 respecto al periodo anterior</translation>
    </message>
    <message>
        <source>Customer experience report</source>
        <translation>Informe de experiencia del cliente</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>canal %1</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>segmento %1</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Cifras principales</translation>
    </message>
    <message>
        <source>Each figure is compared with the %1 days just before (%2).</source>
        <translation>Cada cifra se compara con los %1 días inmediatamente anteriores (%2).</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>± %1 (95 %), %2 answers: %3 promoters, %4 passives, %5 detractors</source>
        <translation>± %1 (95 %), %2 respuestas: %3 promotores, %4 pasivos, %5 detractores</translation>
    </message>
    <message>
        <source>no NPS answers</source>
        <translation>sin respuestas NPS</translation>
    </message>
    <message>
        <source>Customer satisfaction (CSAT)</source>
        <translation>Satisfacción del cliente (CSAT)</translation>
    </message>
    <message>
        <source>%1 answers, share of 4 and 5</source>
        <translation>%1 respuestas, proporción de 4 y 5</translation>
    </message>
    <message>
        <source>Customer effort (CES)</source>
        <translation>Esfuerzo del cliente (CES)</translation>
    </message>
    <message>
        <source>%1 answers, 1–7, higher is easier</source>
        <translation>%1 respuestas, 1–7, más alto es más fácil</translation>
    </message>
    <message>
        <source>Average resolution time</source>
        <translation>Tiempo medio de resolución</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>%1 resolved interactions</source>
        <translation>%1 interacciones resueltas</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Abandono</translation>
    </message>
    <message>
        <source>%1 of %2 customers left</source>
        <translation>%1 de %2 clientes se fueron</translation>
    </message>
    <message>
        <source>Conversion of leads</source>
        <translation>Conversión de interesados</translation>
    </message>
    <message>
        <source>%1 of %2 leads became customers</source>
        <translation>%1 de %2 interesados se hicieron clientes</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Clientes nuevos</translation>
    </message>
    <message>
        <source>%1 new, against the customers at the start</source>
        <translation>%1 nuevos, respecto a los clientes al inicio</translation>
    </message>
    <message>
        <source>Perception gap</source>
        <translation>Brecha de percepción</translation>
    </message>
    <message>
        <source>the team&apos;s rating minus the customer&apos;s, %1 interactions</source>
        <translation>valoración del equipo menos la del cliente, %1 interacciones</translation>
    </message>
    <message>
        <source>Net Promoter Score by month, last twelve months</source>
        <translation>Net Promoter Score por mes, últimos doce meses</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>Respuestas NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <source>No answers or interactions in the period.</source>
        <translation>Sin respuestas ni interacciones en el periodo.</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Por canal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>By touchpoint</source>
        <translation>Por punto de contacto</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Punto de contacto</translation>
    </message>
    <message>
        <source>How the team rates each touchpoint against how its customers rate it (1–5). A positive gap means the team thinks better of it than customers do.</source>
        <translation>Cómo valora el equipo cada punto de contacto frente a cómo lo valoran sus clientes (1–5). Una brecha positiva significa que el equipo lo ve mejor que los clientes.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <source>No interaction was rated by both sides in the period.</source>
        <translation>Ninguna interacción fue valorada por ambas partes en el periodo.</translation>
    </message>
    <message>
        <source>Weakest touchpoints</source>
        <translation>Puntos de contacto más débiles</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>Customer score</source>
        <translation>Puntuación del cliente</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <source>No touchpoint was rated by customers in the period.</source>
        <translation>Ningún punto de contacto fue valorado por clientes en el periodo.</translation>
    </message>
    <message>
        <source>What detractors write about</source>
        <translation>De qué escriben los detractores</translation>
    </message>
    <message>
        <source>%1 written answers in the period: %2 positive, %3 neutral, %4 negative.</source>
        <translation>%1 respuestas escritas en el periodo: %2 positivas, %3 neutras, %4 negativas.</translation>
    </message>
    <message>
        <source>Detractors mention</source>
        <translation>Los detractores mencionan</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Promoters mention</source>
        <translation>Los promotores mencionan</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Acciones de seguimiento</translation>
    </message>
    <message>
        <source>%1 open, %2 of them overdue on %3.</source>
        <translation>%1 abiertas, %2 de ellas vencidas el %3.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónimo</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>in the period</source>
        <translation>en el periodo</translation>
    </message>
    <message>
        <source>Responses by month</source>
        <translation>Respuestas por mes</translation>
    </message>
    <message>
        <source>responses</source>
        <translation>respuestas</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 respuestas</translation>
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
        <translation> · media %1</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>respuestas</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Written answers</source>
        <translation>Respuestas escritas</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nada todavía</translation>
    </message>
    <message>
        <source>%1 written answers: %2 positive, %3 neutral, %4 negative. Promoters mention %5. Detractors mention %6.</source>
        <translation>%1 respuestas escritas: %2 positivas, %3 neutras, %4 negativas. Los promotores mencionan %5. Los detractores mencionan %6.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positivo</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativo</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutro</translation>
    </message>
    <message>
        <source>there is no journey %1</source>
        <translation>no existe el recorrido %1</translation>
    </message>
    <message>
        <source>Persona: %1.</source>
        <translation>Persona: %1.</translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation>Objetivos: %1</translation>
    </message>
    <message>
        <source>Frustrations: %1</source>
        <translation>Frustraciones: %1</translation>
    </message>
    <message>
        <source>Journey score</source>
        <translation>Puntuación del recorrido</translation>
    </message>
    <message>
        <source>mean customer rating, 1–5</source>
        <translation>valoración media del cliente, 1–5</translation>
    </message>
    <message>
        <source>by customers in the period</source>
        <translation>de clientes en el periodo</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Puntos críticos</translation>
    </message>
    <message>
        <source>of %1 touchpoints</source>
        <translation>de %1 puntos de contacto</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Puntos de contacto</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Red rows are pain points: below target, or among the journey&apos;s lowest quarter.</source>
        <translation>Las filas rojas son puntos críticos: por debajo del objetivo o en el cuarto más bajo del recorrido.</translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation>no existe el cliente %1</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>Perfil del cliente</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Primer contacto</translation>
    </message>
    <message>
        <source>Became a customer</source>
        <translation>Se hizo cliente</translation>
    </message>
    <message>
        <source>not yet (a lead)</source>
        <translation>todavía no (interesado)</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Se fue</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Their NPS answers over time</source>
        <translation>Sus respuestas NPS a lo largo del tiempo</translation>
    </message>
    <message>
        <source>0–10</source>
        <translation>0–10</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nada registrado todavía.</translation>
    </message>
    <message numerus="yes">
        <source>too few answers (%n) to judge a change</source>
        <translation>
            <numerusform>muy pocas respuestas (%n) para valorar un cambio</numerusform>
            <numerusform>muy pocas respuestas (%n) para valorar un cambio</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%2 vs %3</source>
        <extracomment>%1 the sign, %2 the change, %3 the period compared with (&quot;October 2026&quot;).</extracomment>
        <translation>%1%2 respecto a %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Each figure is compared with the month before, %1.</source>
        <translation>Cada cifra se compara con el mes anterior (%1).</translation>
    </message>
    <message>
        <source>Each figure is compared with the quarter before, %1.</source>
        <translation>Cada cifra se compara con el trimestre anterior (%1).</translation>
    </message>
    <message>
        <source>Each figure is compared with the year before, %1.</source>
        <translation>Cada cifra se compara con el año anterior (%1).</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>todo el periodo</translation>
    </message>
    <message>
        <source>CX summary %1</source>
        <extracomment>The file name of a summary report; %1 the period (&quot;2026-11&quot;).</extracomment>
        <translation>Resumen CX %1</translation>
    </message>
</context>
<context>
    <name>ReportWriterText</name>
    <message>
        <source>No data in the period</source>
        <translation>Sin datos en el periodo</translation>
    </message>
    <message>
        <source>Printed %1 with CX Desk</source>
        <translation>Impreso el %1 con CX Desk</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>cannot start painting the report</source>
        <translation>no se puede empezar a dibujar el informe</translation>
    </message>
    <message>
        <source>cannot start page %1</source>
        <translation>no se puede empezar la página %1</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>no se puede escribir «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>this computer</source>
        <translation>este ordenador</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
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
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sin fecha de vencimiento</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Vence</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Lo que se hizo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Add a note: what happened, what is next…</source>
        <translation>Añadir una nota: qué pasó, qué sigue…</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Escrita por</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Añadir nota</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Each change is saved when you leave the field; Ctrl+Z in the window undoes it.</source>
        <translation>Cada cambio se guarda al salir del campo; Ctrl+Z en la ventana lo deshace.</translation>
    </message>
    <message>
        <source>This follow-up is no longer in the database.</source>
        <translation>Este seguimiento ya no está en la base de datos.</translation>
    </message>
    <message>
        <source>This follow-up was deleted in another window or program.</source>
        <translation>Este seguimiento se borró en otra ventana u otro programa.</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Seguimiento: %1</translation>
    </message>
    <message>
        <source>a response to “%1”</source>
        <translation>una respuesta a «%1»</translation>
    </message>
    <message>
        <source>an interaction (%1) of %2</source>
        <translation>una interacción (%1) del %2</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1, after %2</source>
        <translation>%1, tras %2</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Sin cliente</translation>
    </message>
    <message>
        <source>Open %1’s profile</source>
        <translation>Abrir el perfil de %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Aún no hay notas.</translation>
    </message>
    <message>
        <source>A follow-up needs a title: it is what the list shows.</source>
        <translation>Un seguimiento necesita un título: es lo que muestra la lista.</translation>
    </message>
    <message>
        <source>rename follow-up</source>
        <translation>renombrar el seguimiento</translation>
    </message>
    <message>
        <source>change follow-up customer</source>
        <translation>cambiar el cliente del seguimiento</translation>
    </message>
    <message>
        <source>change due date</source>
        <translation>cambiar la fecha de vencimiento</translation>
    </message>
    <message>
        <source>change owner</source>
        <translation>cambiar el responsable</translation>
    </message>
    <message>
        <source>mark action done</source>
        <translation>marcar la acción como hecha</translation>
    </message>
    <message>
        <source>reopen action</source>
        <translation>reabrir la acción</translation>
    </message>
    <message>
        <source>change what was done</source>
        <translation>cambiar lo que se hizo</translation>
    </message>
    <message>
        <source>The change was not saved: %1.</source>
        <translation>El cambio no se guardó: %1.</translation>
    </message>
    <message>
        <source>the follow-up “%1”</source>
        <translation>el seguimiento «%1»</translation>
    </message>
    <message>
        <source>Reloaded: this is the follow-up as it was saved elsewhere.</source>
        <translation>Recargado: este es el seguimiento tal como se guardó en otro lugar.</translation>
    </message>
    <message>
        <source>Not saved yet: %1.</source>
        <translation>Aún no guardado: %1.</translation>
    </message>
    <message>
        <source>The note was not added: %1.</source>
        <translation>La nota no se añadió: %1.</translation>
    </message>
</context>
<context>
    <name>cx::ActionsModel</name>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Lo que se hizo</translation>
    </message>
    <message>
        <source>Overdue: it was due %1 and is still open.</source>
        <translation>Vencida: vencía el %1 y sigue abierta.</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
</context>
<context>
    <name>cx::ActionsPage</name>
    <message>
        <source>Follow-up actions</source>
        <translation>Acciones de seguimiento</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>Completar…</translation>
    </message>
    <message>
        <source>Close the selected action with a note (Ctrl+D)</source>
        <translation>Cerrar la acción elegida con una nota (Ctrl+D)</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Completar</translation>
    </message>
    <message>
        <source>Select an action first.</source>
        <translation>Elija primero una acción.</translation>
    </message>
    <message>
        <source>What was done? (kept with the action)</source>
        <translation>¿Qué se hizo? (se guarda con la acción)</translation>
    </message>
    <message>
        <source>The actions could not be read: %1</source>
        <translation>No se pudieron leer las acciones: %1</translation>
    </message>
    <message>
        <source>Soonest due first · scroll for more</source>
        <translation>Vencimiento más próximo primero · desplácese para ver más</translation>
    </message>
    <message>
        <source>“%1” is done already.</source>
        <translation>«%1» ya está hecha.</translation>
    </message>
    <message>
        <source>the follow-up “%1”</source>
        <translation>la acción de seguimiento «%1»</translation>
    </message>
    <message>
        <source>The action was not marked done: %1.</source>
        <translation>La acción no se marcó como hecha: %1.</translation>
    </message>
    <message>
        <source>Search titles, customers&apos; names and numbers</source>
        <translation>Buscar títulos, nombres y números de clientes</translation>
    </message>
    <message>
        <source>Due today or overdue</source>
        <translation>Vence hoy o vencida</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>Cualquier cliente</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Punto de contacto</translation>
    </message>
    <message>
        <source>New follow-up…</source>
        <translation>Nuevo seguimiento…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Open the selected action (Enter or double-click)</source>
        <translation>Abrir la acción seleccionada (Intro o doble clic)</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquier responsable</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nadie aún</translation>
    </message>
    <message>
        <source>Any touchpoint</source>
        <translation>Cualquier punto de contacto</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Nuevo seguimiento</translation>
    </message>
    <message>
        <source>The follow-up was not added: %1.</source>
        <translation>El seguimiento no se añadió: %1.</translation>
    </message>
    <message>
        <source>Every follow-up due today or overdue, whenever it was opened</source>
        <translation>Todos los seguimientos que vencen hoy o vencidos, sin importar cuándo se abrieron</translation>
    </message>
    <message>
        <source>Every overdue follow-up, whenever it was opened</source>
        <translation>Todos los seguimientos vencidos, sin importar cuándo se abrieron</translation>
    </message>
    <message>
        <source>Follow-ups opened from %1 to %2</source>
        <translation>Seguimientos abiertos del %1 al %2</translation>
    </message>
    <message>
        <source>Follow-ups opened up to %1</source>
        <translation>Seguimientos abiertos hasta el %1</translation>
    </message>
    <message>
        <source>Latest due first · scroll for more</source>
        <translation>Primero los que vencen más tarde · desplácese para ver más</translation>
    </message>
    <message>
        <source>New &amp;follow-up…</source>
        <translation>Nuevo &amp;seguimiento…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln acción</numerusform>
            <numerusform>%Ln acciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::ConflictPrompt</name>
    <message>
        <source>Reload shows their version (what you typed here is dropped); Save mine writes yours over it; Keep editing saves nothing yet.</source>
        <translation>«Volver a cargar» muestra la otra versión (lo que escribió aquí se descarta); «Guardar la mía» escribe la suya encima; «Seguir editando» no guarda nada todavía.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Volver a cargar</translation>
    </message>
    <message>
        <source>Save mine</source>
        <translation>Guardar la mía</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Reload shows their version (what you typed here is dropped); Save mine writes what you changed on top of their version; Keep editing saves nothing yet.</source>
        <translation>«Volver a cargar» muestra la otra versión (lo que escribió aquí se descarta); «Guardar la mía» escribe sus cambios sobre la otra versión; «Seguir editando» no guarda nada todavía.</translation>
    </message>
</context>
<context>
    <name>cx::ConnectDialog</name>
    <message>
        <source>Off (never encrypted)</source>
        <translation>Desactivado (nunca cifrado)</translation>
    </message>
    <message>
        <source>Allow (encrypted only if the server insists)</source>
        <translation>Permitir (cifrado solo si el servidor lo exige)</translation>
    </message>
    <message>
        <source>Prefer (encrypted when the server offers it)</source>
        <translation>Preferir (cifrado si el servidor lo ofrece)</translation>
    </message>
    <message>
        <source>Require (encrypted)</source>
        <translation>Exigir (cifrado)</translation>
    </message>
    <message>
        <source>Verify certificate (encrypted, trusted certificate)</source>
        <translation>Verificar el certificado (cifrado, certificado de confianza)</translation>
    </message>
    <message>
        <source>Verify certificate and name (encrypted, trusted certificate of this host)</source>
        <translation>Verificar el certificado y el nombre (cifrado, certificado de confianza de este servidor)</translation>
    </message>
    <message>
        <source>Move this database to a server</source>
        <translation>Trasladar esta base de datos a un servidor</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Conectar con un servidor</translation>
    </message>
    <message>
        <source>The data of %1 is copied into a database on a PostgreSQL server, where the whole team can work on it. The file itself stays as it is.</source>
        <translation>Los datos de %1 se copian en una base de datos de un servidor PostgreSQL, donde todo el equipo puede trabajar con ellos. El archivo queda tal como está.</translation>
    </message>
    <message>
        <source>Work on a CX Desk database on a PostgreSQL server, shared by the team. The password comes from the system keychain or ~/.pgpass; CX Desk asks for it when the server wants one.</source>
        <translation>Trabajar con una base de datos de CX Desk en un servidor PostgreSQL, compartida por el equipo. La contraseña viene del llavero del sistema o de ~/.pgpass; CX Desk la pide cuando el servidor la requiere.</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Conexiones guardadas</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <source>Removes the saved connection (the database stays on the server)</source>
        <translation>Quita la conexión guardada (la base de datos sigue en el servidor)</translation>
    </message>
    <message>
        <source>for example: Shop server</source>
        <translation>por ejemplo: Servidor de la tienda</translation>
    </message>
    <message>
        <source>empty: this computer</source>
        <translation>vacío: este equipo</translation>
    </message>
    <message>
        <source>empty: your login name</source>
        <translation>vacío: su nombre de usuario</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nombre de la conexión</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Cifrado (TLS)</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Trasladar…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
</context>
<context>
    <name>cx::CounterStart</name>
    <message>
        <source>CX Desk kiosk</source>
        <translation>Quiosco CX Desk</translation>
    </message>
    <message>
        <source>No survey is active, so the kiosk has nothing to ask. The owner can make one active on the Surveys page.</source>
        <translation>No hay ninguna encuesta activa, así que el quiosco no tiene nada que preguntar. El dueño puede activar una en la página Encuestas.</translation>
    </message>
    <message>
        <source>Which survey should the kiosk ask?</source>
        <translation>¿Qué encuesta debe mostrar el quiosco?</translation>
    </message>
</context>
<context>
    <name>cx::CustomFieldsEditor</name>
    <message>
        <source>not set</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Borrar la fecha</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>cx::CustomerDetail</name>
    <message>
        <source>← All customers</source>
        <translation>← Todos los clientes</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Registrar interacción</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Añadir acción…</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Exportar datos…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation>Borrar cliente</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Exportar datos</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Se fue el</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>N.º cliente</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Primer contacto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Añadir acción</translation>
    </message>
    <message>
        <source>What should be done for %1?</source>
        <translation>¿Qué hay que hacer por %1?</translation>
    </message>
    <message>
        <source>This customer has no customer number; give them one in the profile first.</source>
        <translation>Este cliente no tiene número de cliente; asígnele uno primero en el perfil.</translation>
    </message>
    <message>
        <source>Erase %1?

Removed for good: the profile, the notes of their interactions, their written survey answers and their follow-up actions.
Kept without a name: their scores and interactions, so the figures keep their history.

This cannot be undone.</source>
        <translation>¿Borrar a %1?

Se elimina para siempre: el perfil, las notas de sus interacciones, sus respuestas escritas a encuestas y sus acciones de seguimiento.
Se conserva sin nombre: sus puntuaciones e interacciones, para que las cifras mantengan su historia.

No se puede deshacer.</translation>
    </message>
    <message>
        <source>Nothing recorded yet for this customer.</source>
        <translation>Todavía no hay nada registrado para este cliente.</translation>
    </message>
    <message>
        <source>%1&apos;s own scores</source>
        <translation>Puntuaciones de %1</translation>
    </message>
    <message>
        <source>%1 has not answered an NPS or CSAT question yet.</source>
        <translation>%1 todavía no ha respondido ninguna pregunta NPS o CSAT.</translation>
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
        <translation>Un cliente necesita un nombre.</translation>
    </message>
    <message>
        <source>A customer can only leave after becoming a customer: check the two dates.</source>
        <translation>Un cliente solo puede irse después de hacerse cliente: revise las dos fechas.</translation>
    </message>
    <message>
        <source>The customer became one before the first contact: check the two dates.</source>
        <translation>El cliente se hizo cliente antes del primer contacto: revise las dos fechas.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>este cliente</translation>
    </message>
    <message>
        <source> — your changes here are not saved yet.</source>
        <translation> — sus cambios aquí aún no están guardados.</translation>
    </message>
    <message>
        <source>The profile was not saved: %1.</source>
        <translation>El perfil no se guardó: %1.</translation>
    </message>
    <message>
        <source>the customer “%1”</source>
        <translation>el cliente «%1»</translation>
    </message>
    <message>
        <source>Reloaded: this is the profile as it was saved elsewhere.</source>
        <translation>Vuelto a cargar: este es el perfil tal como se guardó en otro lugar.</translation>
    </message>
    <message>
        <source>Not saved yet: %1.</source>
        <translation>Aún no se ha guardado: %1.</translation>
    </message>
    <message>
        <source>More about this customer</source>
        <translation>Más sobre este cliente</translation>
    </message>
    <message>
        <source>Write…</source>
        <translation>Escribir…</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>NPS answer (0–10)</source>
        <translation>Respuesta NPS (0–10)</translation>
    </message>
    <message>
        <source>CSAT answer (1–5)</source>
        <translation>Respuesta CSAT (1–5)</translation>
    </message>
    <message>
        <source>Last changed by %1 at %2</source>
        <translation>Último cambio por %1 a las %2</translation>
    </message>
</context>
<context>
    <name>cx::CustomerFieldsTab</name>
    <message>
        <source>the customer field “%1”</source>
        <translation>el campo de cliente «%1»</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Quitar campo</translation>
    </message>
    <message>
        <source>Fields every customer&apos;s profile shows below the notes, such as a birthday or allergies. Files of customers have a column for each, headed by its name. Double-click a name to rename it.</source>
        <translation>Campos que cada ficha de cliente muestra bajo las notas, como un cumpleaños o alergias. Los archivos de clientes tienen una columna para cada uno, con su nombre como encabezado. Haga doble clic en un nombre para cambiarlo.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>New field, e.g. Birthday</source>
        <translation>Campo nuevo, p. ej. Cumpleaños</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>&amp;Añadir campo</translation>
    </message>
    <message>
        <source>Type the name of the new field first.</source>
        <translation>Escriba primero el nombre del campo nuevo.</translation>
    </message>
    <message>
        <source>There is already a field named “%1”.</source>
        <translation>Ya hay un campo llamado «%1».</translation>
    </message>
    <message>
        <source>A field needs a name.</source>
        <translation>Un campo necesita un nombre.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot become %2: %n customer(s) have a value that is not one.</source>
        <translation>
            <numerusform>«%1» no puede pasar a %2: %n cliente tiene un valor que no lo es.</numerusform>
            <numerusform>«%1» no puede pasar a %2: %n clientes tienen un valor que no lo es.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the field “%1”?

%n customer(s) have a value of it; the values go with the field when the settings are saved.</source>
        <translation>
            <numerusform>¿Quitar el campo «%1»?

%n cliente tiene un valor en él; los valores se van con el campo al guardar los ajustes.</numerusform>
            <numerusform>¿Quitar el campo «%1»?

%n clientes tienen un valor en él; los valores se van con el campo al guardar los ajustes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::CustomerPicker</name>
    <message>
        <source>Name or number (empty: no customer)</source>
        <translation>Nombre o número (vacío: sin cliente)</translation>
    </message>
    <message>
        <source>No customer is called or numbered &apos;%1&apos;. Pick one from the list, or leave the field empty.</source>
        <translation>Ningún cliente se llama ni tiene el número &apos;%1&apos;. Elija uno de la lista o deje el campo vacío.</translation>
    </message>
    <message>
        <source>Several customers are called &apos;%1&apos;. Pick one from the list (it shows their number).</source>
        <translation>Varios clientes se llaman &apos;%1&apos;. Elija uno de la lista (muestra su número).</translation>
    </message>
</context>
<context>
    <name>cx::CustomersModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>N.º cliente</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Primer contacto</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interesado</translation>
    </message>
</context>
<context>
    <name>cx::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Search name, email, phone or customer number</source>
        <translation>Buscar nombre, correo, teléfono o n.º de cliente</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Interesados</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a customer</source>
        <translation>Doble clic o Intro para abrir un cliente</translation>
    </message>
    <message>
        <source>The customers could not be read: %1</source>
        <translation>No se pudieron leer los clientes: %1</translation>
    </message>
    <message>
        <source>Scroll for more customers</source>
        <translation>Desplácese para ver más clientes</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Nuevo cliente…</translation>
    </message>
    <message>
        <source>Add a customer by hand (Ctrl+N)</source>
        <translation>Añadir un cliente a mano (Ctrl+N)</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <source>Select two customers who are one person (Ctrl+click) to merge them</source>
        <translation>Seleccione dos clientes que sean la misma persona (Ctrl+clic) para fusionarlos</translation>
    </message>
    <message>
        <source>New &amp;customer…</source>
        <translation>Nuevo &amp;cliente…</translation>
    </message>
    <message>
        <source>Mail merge…</source>
        <translation>Combinar correspondencia…</translation>
    </message>
    <message>
        <source>Export a thank-you, apology or survey invitation to many customers at once, for your mail program</source>
        <translation>Exportar un agradecimiento, una disculpa o una invitación a una encuesta para muchos clientes a la vez, para su programa de correo</translation>
    </message>
    <message>
        <source>Show only the customers with this tag</source>
        <translation>Mostrar solo los clientes con esta etiqueta</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
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
        <translation>Satisfacción del cliente</translation>
    </message>
    <message>
        <source>Customer effort (1–7, higher is easier)</source>
        <translation>Esfuerzo del cliente (1–7, más alto es más fácil)</translation>
    </message>
    <message>
        <source>Satisfaction index</source>
        <translation>Índice de satisfacción</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Abandono</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>Captación</translation>
    </message>
    <message>
        <source>Conversion of leads</source>
        <translation>Conversión de interesados</translation>
    </message>
    <message>
        <source>Average resolution time</source>
        <translation>Tiempo medio de resolución</translation>
    </message>
    <message>
        <source>Perception gap (company − customer)</source>
        <translation>Brecha de percepción (empresa − cliente)</translation>
    </message>
    <message>
        <source>The dashboard could not be filled: %1</source>
        <translation>No se pudo llenar el panel: %1</translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation>1 respuesta</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 respuestas</translation>
    </message>
    <message>
        <source>± %1 · %2</source>
        <translation>± %1 · %2</translation>
    </message>
    <message>
        <source>no NPS answers in this period</source>
        <translation>sin respuestas NPS en este periodo</translation>
    </message>
    <message>
        <source> points</source>
        <translation> puntos</translation>
    </message>
    <message>
        <source>no CSAT answers in this period</source>
        <translation>sin respuestas CSAT en este periodo</translation>
    </message>
    <message>
        <source>no CES answers in this period</source>
        <translation>sin respuestas CES en este periodo</translation>
    </message>
    <message>
        <source>satisfied minus dissatisfied</source>
        <translation>satisfechos menos insatisfechos</translation>
    </message>
    <message>
        <source>%1 of %2 customers at the start</source>
        <translation>%1 de %2 clientes al inicio</translation>
    </message>
    <message>
        <source>%1 new customers</source>
        <translation>%1 clientes nuevos</translation>
    </message>
    <message>
        <source>%1 of %2 leads</source>
        <translation>%1 de %2 interesados</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>%1 resolved interactions</source>
        <translation>%1 interacciones resueltas</translation>
    </message>
    <message>
        <source>%1 interactions rated by both</source>
        <translation>%1 interacciones valoradas por ambos</translation>
    </message>
    <message>
        <source>Nothing was recorded in this period with these filters.</source>
        <translation>No se registró nada en este periodo con estos filtros.</translation>
    </message>
    <message>
        <source>NPS by month: promoters, passives, detractors</source>
        <translation>NPS por mes: promotores, pasivos, detractores</translation>
    </message>
    <message>
        <source>% of answers</source>
        <translation>% de respuestas</translation>
    </message>
    <message>
        <source>No NPS answers in this period.</source>
        <translation>Sin respuestas NPS en este periodo.</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promotores (9–10)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Pasivos (7–8)</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Detractores (0–6)</translation>
    </message>
    <message>
        <source>Score distribution (0–10)</source>
        <translation>Distribución de puntuaciones (0–10)</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>respuestas</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detractores</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Pasivos</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotores</translation>
    </message>
    <message>
        <source>CSAT by channel</source>
        <translation>CSAT por canal</translation>
    </message>
    <message>
        <source>% satisfied (4–5)</source>
        <translation>% satisfechos (4–5)</translation>
    </message>
    <message>
        <source>No CSAT answers in this period.</source>
        <translation>Sin respuestas CSAT en este periodo.</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>How the company rates itself vs how customers rate it, by touchpoint (largest gaps first)</source>
        <translation>Cómo se valora la empresa frente a cómo la valoran los clientes, por punto de contacto (mayores brechas primero)</translation>
    </message>
    <message>
        <source>mean rating (1–5)</source>
        <translation>valoración media (1–5)</translation>
    </message>
    <message>
        <source>No interaction in this period was rated by both the team and the customer.</source>
        <translation>Ninguna interacción de este periodo fue valorada por el equipo y por el cliente.</translation>
    </message>
    <message>
        <source>Company view</source>
        <translation>Visión de la empresa</translation>
    </message>
    <message>
        <source>Customer view</source>
        <translation>Visión del cliente</translation>
    </message>
    <message>
        <source>Average resolution time by month</source>
        <translation>Tiempo medio de resolución por mes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>No interaction was resolved in this period.</source>
        <translation>No se resolvió ninguna interacción en este periodo.</translation>
    </message>
    <message>
        <source>Hours to resolve</source>
        <translation>Horas hasta la resolución</translation>
    </message>
</context>
<context>
    <name>cx::DateOrderQuestion</name>
    <message>
        <source>How are the dates written?</source>
        <translation>¿Cómo están escritas las fechas?</translation>
    </message>
    <message>
        <source>The dates in this file could be day first or month first, and no row tells which. Line %1, column &apos;%2&apos; has %3:</source>
        <translation>Las fechas de este archivo pueden empezar por el día o por el mes, y ninguna fila indica cuál. La línea %1, columna &apos;%2&apos;, contiene %3:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not a possible date</source>
        <translation>%1: no es una fecha posible</translation>
    </message>
    <message>
        <source>Day first</source>
        <translation>Día primero</translation>
    </message>
    <message>
        <source>Month first</source>
        <translation>Mes primero</translation>
    </message>
    <message>
        <source>Every date of the file is read the same way; “Dates” in the import window changes it later.</source>
        <translation>Todas las fechas del archivo se leen igual; «Fechas» en la ventana de importación lo cambia después.</translation>
    </message>
</context>
<context>
    <name>cx::DeskPerson</name>
    <message>
        <source>Who is at the desk?</source>
        <translation>¿Quién está en el puesto?</translation>
    </message>
    <message>
        <source>What you enter is signed with your name:</source>
        <translation>Lo que introduzca se firma con su nombre:</translation>
    </message>
</context>
<context>
    <name>cx::EditStack</name>
    <message>
        <source>the change was not made through the edit history</source>
        <translation>el cambio no pasó por el historial de cambios</translation>
    </message>
    <message>
        <source>the change was not made</source>
        <translation>el cambio no se hizo</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2.</source>
        <translation>«%1» no se pudo deshacer: %2.</translation>
    </message>
    <message>
        <source>“%1” could not be redone: %2.</source>
        <translation>«%1» no se pudo rehacer: %2.</translation>
    </message>
</context>
<context>
    <name>cx::FilterBar</name>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el periodo</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervalo propio</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Todos los segmentos</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>El trimestre pasado</translation>
    </message>
</context>
<context>
    <name>cx::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <source>Responses to “%1”</source>
        <translation>Respuestas a «%1»</translation>
    </message>
    <message>
        <source>Add channels, touchpoints and customers the file names</source>
        <translation>Añadir los canales, puntos de contacto y clientes que nombra el archivo</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>El archivo contiene</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Columns, and what a check of every row found:</source>
        <translation>Columnas y lo que encontró la revisión de cada fila:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import the valid rows</source>
        <translation>Importar las filas válidas</translation>
    </message>
    <message>
        <source>%1 (needed)</source>
        <translation>%1 (obligatorio)</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— no está en el archivo —</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Revisando cada fila…</translation>
    </message>
    <message>
        <source>Checking every row… %1 so far</source>
        <translation>Revisando cada fila… %1 hasta ahora</translation>
    </message>
    <message>
        <source>%1 rows: %2 ready to import, %3 with problems.</source>
        <translation>%1 filas: %2 listas para importar, %3 con problemas.</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… y %1 problemas más</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Número de cliente</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>As the file shows</source>
        <translation>Como indica el archivo</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>Día primero (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Mes primero (12/31/2026)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>The first rows of the file, by line:</source>
        <translation>Las primeras filas del archivo, por número de línea:</translation>
    </message>
</context>
<context>
    <name>cx::InteractionForm</name>
    <message>
        <source>Customer (name or number; empty: walk-in)</source>
        <translation>Cliente (nombre o número; vacío: cliente de paso)</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Punto de contacto</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Staff rating</source>
        <translation>Valoración del equipo</translation>
    </message>
    <message>
        <source>Customer rating</source>
        <translation>Valoración del cliente</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Registrar interacción</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>No touchpoint</source>
        <translation>Sin punto de contacto</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Sin canal</translation>
    </message>
    <message>
        <source>No customer is called or numbered &apos;%1&apos;. Pick one from the list, or leave the field empty for a walk-in.</source>
        <translation>Ningún cliente se llama ni tiene el número &apos;%1&apos;. Elija uno de la lista o deje el campo vacío para un cliente de paso.</translation>
    </message>
    <message>
        <source>Several customers are called &apos;%1&apos;. Pick one from the list (it shows their number).</source>
        <translation>Varios clientes se llaman &apos;%1&apos;. Elija uno de la lista (muestra su número).</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Add &apos;%1&apos; as a new customer…</source>
        <translation>Añadir «%1» como nuevo cliente…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Saved with the time of saving unless you change it here</source>
        <translation>Se guarda con la hora de guardar, salvo que la cambie aquí</translation>
    </message>
</context>
<context>
    <name>cx::InteractionsModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Punto de contacto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Staff ★</source>
        <translation>Equipo ★</translation>
    </message>
    <message>
        <source>Customer ★</source>
        <translation>Cliente ★</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
</context>
<context>
    <name>cx::InteractionsPage</name>
    <message>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>Registrar una interacción</translation>
    </message>
    <message>
        <source>Delete interaction</source>
        <translation>Eliminar interacción</translation>
    </message>
    <message>
        <source>Change interaction</source>
        <translation>Cambiar interacción</translation>
    </message>
    <message>
        <source>Open and resolved</source>
        <translation>Abiertas y resueltas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected interaction (Delete); Edit → Undo brings it back</source>
        <translation>Eliminar la interacción elegida (Supr); Edición → Deshacer la recupera</translation>
    </message>
    <message>
        <source>Delete the %1 of %2? Follow-up actions stay, without the link. Edit → Undo brings it back.</source>
        <translation>¿Eliminar %1 de %2? Las acciones de seguimiento se quedan, sin el vínculo. Edición → Deshacer la recupera.</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>interacción</translation>
    </message>
    <message>
        <source>All touchpoints</source>
        <translation>Todos los puntos de contacto</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>The interactions could not be read: %1</source>
        <translation>No se pudieron leer las interacciones: %1</translation>
    </message>
    <message>
        <source>Newest first · scroll for more</source>
        <translation>Más recientes primero · desplácese para ver más</translation>
    </message>
    <message>
        <source>The interaction was not logged: %1.</source>
        <translation>La interacción no se registró: %1.</translation>
    </message>
    <message>
        <source>The change was not saved: %1.</source>
        <translation>El cambio no se guardó: %1.</translation>
    </message>
    <message>
        <source>Reloaded: this is the interaction as it was saved elsewhere.</source>
        <translation>Vuelto a cargar: esta es la interacción tal como se guardó en otro lugar.</translation>
    </message>
    <message>
        <source>Not saved yet: %1.</source>
        <translation>Aún no se ha guardado: %1.</translation>
    </message>
    <message>
        <source>The interaction was not deleted: %1.</source>
        <translation>La interacción no se eliminó: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln interacción</numerusform>
            <numerusform>%Ln interacciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Mostrar &amp;todo</translation>
    </message>
    <message>
        <source>Show every interaction of the filter above again</source>
        <translation>Volver a mostrar todas las interacciones del filtro de arriba</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Only %1, from the chart you clicked, within the filter above.</source>
        <translation>Solo %1, del gráfico en el que hizo clic, dentro del filtro de arriba.</translation>
    </message>
    <message>
        <source>Not logged yet: the connection to the server was lost. It is logged as soon as the server is back.</source>
        <translation>Aún no registrada: se perdió la conexión con el servidor. Se registrará en cuanto el servidor vuelva.</translation>
    </message>
    <message>
        <source>Logged: the server had taken it before the connection broke.</source>
        <translation>Registrada: el servidor ya la había recibido antes de que se cortara la conexión.</translation>
    </message>
    <message>
        <source>Logged now that the server is back.</source>
        <translation>Registrada ahora que el servidor ha vuelto.</translation>
    </message>
    <message>
        <source>Still not logged: %1 It stays in the form.</source>
        <translation>Aún sin registrar: %1 Se queda en el formulario.</translation>
    </message>
</context>
<context>
    <name>cx::JourneyDialog</name>
    <message>
        <source>Journey and persona</source>
        <translation>Recorrido y persona</translation>
    </message>
    <message>
        <source>for example Maya, the regular</source>
        <translation>por ejemplo Maya, la clienta habitual</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>&amp;Persona</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>&amp;About them</source>
        <translation>&amp;Sobre ella</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Objetivos</translation>
    </message>
    <message>
        <source>&amp;Frustrations</source>
        <translation>&amp;Frustraciones</translation>
    </message>
</context>
<context>
    <name>cx::JourneyMapView</name>
    <message>
        <source>This journey has no stages yet.</source>
        <translation>Este recorrido todavía no tiene etapas.</translation>
    </message>
    <message>
        <source>no phase</source>
        <translation>sin fase</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <source>+2 delighted</source>
        <translation>+2 encantado</translation>
    </message>
    <message>
        <source>0 neutral</source>
        <translation>0 neutro</translation>
    </message>
    <message>
        <source>−2 unhappy</source>
        <translation>−2 descontento</translation>
    </message>
    <message>
        <source>Customers, from their ratings</source>
        <translation>Clientes, según sus valoraciones</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clientes</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Equipo %1</translation>
    </message>
    <message>
        <source> · gap %1</source>
        <translation> · brecha %1</translation>
    </message>
    <message>
        <source>Pain point · target %1</source>
        <translation>Punto crítico · objetivo %1</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Objetivo %1</translation>
    </message>
    <message>
        <source>Target %1 · %2</source>
        <translation>Objetivo %1 · %2</translation>
    </message>
    <message>
        <source>Customer score %1 from %2 ratings; the team&apos;s %3 from %4</source>
        <translation>Puntuación del cliente %1 de %2 valoraciones; la del equipo %3 de %4</translation>
    </message>
    <message>
        <source>Double-click for its interactions</source>
        <translation>Doble clic para ver sus interacciones</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the map is saved as .png, .svg or .pdf</source>
        <translation>&apos;%1&apos;: el mapa se guarda como .png, .svg o .pdf</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln interacción</numerusform>
            <numerusform>%Ln interacciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation>
            <numerusform>%Ln respuesta</numerusform>
            <numerusform>%Ln respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>objetivo %1</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Punto crítico</translation>
    </message>
</context>
<context>
    <name>cx::JourneysPage</name>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Recorridos</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Puntos de contacto</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; on target · &lt;span style=&apos;color:%2&apos;&gt;■&lt;/span&gt; within half a point · &lt;span style=&apos;color:%3&apos;&gt;■&lt;/span&gt; below · red frame: pain point · double-click a card: its interactions</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; en el objetivo · &lt;span style=&apos;color:%2&apos;&gt;■&lt;/span&gt; a menos de medio punto · &lt;span style=&apos;color:%3&apos;&gt;■&lt;/span&gt; por debajo · marco rojo: punto crítico · doble clic en una tarjeta: sus interacciones</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Nuevo recorrido</translation>
    </message>
    <message>
        <source>New journey…</source>
        <translation>Nuevo recorrido…</translation>
    </message>
    <message>
        <source>From template: %1</source>
        <translation>Desde plantilla: %1</translation>
    </message>
    <message>
        <source>Journey and persona…</source>
        <translation>Recorrido y persona…</translation>
    </message>
    <message>
        <source>Export map…</source>
        <translation>Exportar mapa…</translation>
    </message>
    <message>
        <source>Save the map as a PNG picture, an SVG drawing or a landscape PDF page</source>
        <translation>Guardar el mapa como imagen PNG, dibujo SVG o página PDF apaisada</translation>
    </message>
    <message>
        <source>Delete journey…</source>
        <translation>Eliminar recorrido…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Add stage…</source>
        <translation>Añadir etapa…</translation>
    </message>
    <message>
        <source>Add touchpoint…</source>
        <translation>Añadir punto de contacto…</translation>
    </message>
    <message>
        <source>Move stage left</source>
        <translation>Mover etapa a la izquierda</translation>
    </message>
    <message>
        <source>Move stage right</source>
        <translation>Mover etapa a la derecha</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Exportar mapa</translation>
    </message>
    <message>
        <source>PDF, landscape (*.pdf);;PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF, apaisado (*.pdf);;Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>all time to %1</source>
        <translation>todo el periodo hasta el %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No journey yet.</source>
        <translation>Todavía no hay recorridos.</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Objetivos:</translation>
    </message>
    <message>
        <source>Frustrations:</source>
        <translation>Frustraciones:</translation>
    </message>
    <message>
        <source>new journey “%1”</source>
        <translation>nuevo recorrido «%1»</translation>
    </message>
    <message>
        <source>change journey “%1”</source>
        <translation>cambiar el recorrido «%1»</translation>
    </message>
    <message>
        <source>Delete the journey “%1” with its %2 stages and %3 touchpoints? Their %4 interactions and responses stay, without a touchpoint. Undo brings it all back.</source>
        <translation>¿Eliminar el recorrido «%1» con sus %2 etapas y %3 puntos de contacto? Sus %4 interacciones y respuestas se quedan, sin punto de contacto. Deshacer lo recupera todo.</translation>
    </message>
    <message>
        <source>delete journey “%1”</source>
        <translation>eliminar el recorrido «%1»</translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>Eliminar recorrido</translation>
    </message>
    <message>
        <source>add stage “%1”</source>
        <translation>añadir la etapa «%1»</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Añadir etapa</translation>
    </message>
    <message>
        <source>change stage “%1”</source>
        <translation>cambiar la etapa «%1»</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>move stage “%1”</source>
        <translation>mover la etapa «%1»</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Mover etapa</translation>
    </message>
    <message>
        <source>Delete the stage “%1” and its %2 touchpoints?</source>
        <translation>¿Eliminar la etapa «%1» y sus %2 puntos de contacto?</translation>
    </message>
    <message>
        <source>Their %1 interactions and %2 responses stay, without a touchpoint, and leave this map.</source>
        <translation>Sus %1 interacciones y %2 respuestas se quedan, sin punto de contacto, y salen de este mapa.</translation>
    </message>
    <message>
        <source>Undo brings it all back.</source>
        <translation>Deshacer lo recupera todo.</translation>
    </message>
    <message>
        <source>delete stage “%1”</source>
        <translation>eliminar la etapa «%1»</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Eliminar etapa</translation>
    </message>
    <message>
        <source>add touchpoint “%1”</source>
        <translation>añadir el punto de contacto «%1»</translation>
    </message>
    <message>
        <source>Add touchpoint</source>
        <translation>Añadir punto de contacto</translation>
    </message>
    <message>
        <source>change touchpoint “%1”</source>
        <translation>cambiar el punto de contacto «%1»</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Punto de contacto</translation>
    </message>
    <message>
        <source>Delete the touchpoint “%1”?</source>
        <translation>¿Eliminar el punto de contacto «%1»?</translation>
    </message>
    <message>
        <source>Its %1 interactions and %2 survey responses stay, without a touchpoint: they still count in the dashboard and the metrics, but no longer on this map. %3 surveys asked about it.</source>
        <translation>Sus %1 interacciones y %2 respuestas de encuesta se quedan, sin punto de contacto: siguen contando en el panel y en las cifras, pero ya no en este mapa. %3 encuestas preguntaban por él.</translation>
    </message>
    <message>
        <source>Undo brings it back with all of them.</source>
        <translation>Deshacer lo recupera con todo ello.</translation>
    </message>
    <message>
        <source>delete touchpoint “%1”</source>
        <translation>eliminar el punto de contacto «%1»</translation>
    </message>
    <message>
        <source>Delete touchpoint</source>
        <translation>Eliminar punto de contacto</translation>
    </message>
    <message>
        <source>the journey “%1”</source>
        <translation>el recorrido «%1»</translation>
    </message>
    <message>
        <source>the stage “%1”</source>
        <translation>la etapa «%1»</translation>
    </message>
    <message>
        <source>the touchpoint “%1”</source>
        <translation>el punto de contacto «%1»</translation>
    </message>
    <message>
        <source>The change was not saved: %1.</source>
        <translation>El cambio no se guardó: %1.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1.</source>
        <translation>No se guardó nada: %1.</translation>
    </message>
    <message>
        <source>Only the owner of the business changes the journey map.</source>
        <translation>Solo el dueño del negocio cambia el mapa del recorrido.</translation>
    </message>
</context>
<context>
    <name>cx::KioskPinDialog</name>
    <message>
        <source>Kiosk PIN</source>
        <translation>PIN del quiosco</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 8 digits. Staff enter it (or press Ctrl+Q, then enter it) to leave the kiosk.</source>
        <translation>Elija un PIN de 4 a 8 cifras. El personal lo introduce (o pulsa Ctrl+Q y luego lo introduce) para salir del quiosco.</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>&amp;Repeat the PIN</source>
        <translation>&amp;Repetir el PIN</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN again under Repeat.</source>
        <translation>Los dos PIN no coinciden. Escriba de nuevo el PIN en «Repetir el PIN».</translation>
    </message>
</context>
<context>
    <name>cx::KioskWindow</name>
    <message>
        <source>%1 — CX Desk kiosk</source>
        <translation>%1 — quiosco CX Desk</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>It takes less than a minute. Touch Start or press Enter.</source>
        <translation>Lleva menos de un minuto. Toque Empezar o pulse Intro.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Would you like us to get back to you?</source>
        <translation>¿Quiere que nos pongamos en contacto con usted?</translation>
    </message>
    <message>
        <source>Email or phone (optional)</source>
        <translation>Correo o teléfono (opcional)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation>Enviar mis respuestas</translation>
    </message>
    <message>
        <source>Staff only: enter the PIN to leave the kiosk</source>
        <translation>Solo personal: introduzca el PIN para salir del quiosco</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Your answers could not be saved yet</source>
        <translation>Sus respuestas aún no se han podido guardar</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Type here (optional unless marked)</source>
        <translation>Escriba aquí (opcional salvo que se indique)</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (opcional)</translation>
    </message>
    <message>
        <source>Touch an answer, or press Y or N.</source>
        <translation>Toque una respuesta o pulse Y o N.</translation>
    </message>
    <message>
        <source>Ctrl+Enter goes on.</source>
        <translation>Ctrl+Intro para continuar.</translation>
    </message>
    <message>
        <source>Choose all that apply, then Next.</source>
        <translation>Elija todas las que correspondan y luego Siguiente.</translation>
    </message>
    <message>
        <source>Touch an answer, or type its number.</source>
        <translation>Toque una respuesta o escriba su número.</translation>
    </message>
    <message>
        <source>Please ask a member of staff. (%1)</source>
        <translation>Consulte a un miembro del personal. (%1)</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Ese PIN no es correcto.</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 de 5</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Leave your email or phone number so we can reply to you about your visit. We will not use it for anything else. Skip to stay anonymous.</source>
        <translation>Deje su correo o su teléfono para que podamos responderle sobre su visita. No lo usaremos para nada más. Omita este paso para seguir en el anonimato.</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Pregunta %1</translation>
    </message>
</context>
<context>
    <name>cx::MailMergeDialog</name>
    <message>
        <source>Export mail merge</source>
        <translation>Exportar combinación de correspondencia</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>One message to many customers at once: the file holds each customer&apos;s name, email and message, for the mail merge of your mail program. CX Desk sends nothing itself.</source>
        <translation>Un mensaje para muchos clientes a la vez: el archivo contiene el nombre, el correo y el mensaje de cada cliente, para la combinación de correspondencia de su programa de correo. CX Desk no envía nada por sí mismo.</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Mensaje</translation>
    </message>
    <message>
        <source>Promoters (NPS 9–10)</source>
        <translation>Promotores (NPS 9–10)</translation>
    </message>
    <message>
        <source>Passives (NPS 7–8)</source>
        <translation>Pasivos (NPS 7–8)</translation>
    </message>
    <message>
        <source>Detractors (NPS 0–6)</source>
        <translation>Detractores (NPS 0–6)</translation>
    </message>
    <message>
        <source>Everyone who answered an NPS question</source>
        <translation>Todos los que respondieron a una pregunta NPS</translation>
    </message>
    <message>
        <source>The customers selected in the list (%1)</source>
        <translation>Los clientes seleccionados en la lista (%1)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Para</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>el principio</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Who answered &amp;from</source>
        <translation>Que respondieron &amp;del</translation>
    </message>
    <message>
        <source>Any survey</source>
        <translation>Cualquier encuesta</translation>
    </message>
    <message>
        <source>In &amp;survey</source>
        <translation>En la &amp;encuesta</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>The customers could not be read: %1.</source>
        <translation>No se pudieron leer los clientes: %1.</translation>
    </message>
    <message>
        <source>Customers who will get this message: %1.</source>
        <translation>Clientes que recibirán este mensaje: %1.</translation>
    </message>
    <message>
        <source>Left out for want of an email address: %1.</source>
        <translation>Omitidos por no tener correo electrónico: %1.</translation>
    </message>
    <message>
        <source>Nobody to write to: choose another group or period.</source>
        <translation>Nadie a quien escribir: elija otro grupo u otro periodo.</translation>
    </message>
    <message>
        <source>To: %1 &lt;%2&gt;
Subject: %3</source>
        <translation>Para: %1 &lt;%2&gt;
Asunto: %3</translation>
    </message>
    <message>
        <source>mail-merge-%1.csv</source>
        <translation>combinacion-%1.csv</translation>
    </message>
    <message>
        <source>The file was not written: %1.</source>
        <translation>No se escribió el archivo: %1.</translation>
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
        <translation>Panel</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Encuestas</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Datos de ejemplo</translation>
    </message>
    <message>
        <source>The sample data could not be created.

%1</source>
        <translation>No se pudieron crear los datos de ejemplo.

%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>Res&amp;taurar copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;About CX Desk</source>
        <translation>Acerca &amp;de CX Desk</translation>
    </message>
    <message>
        <source>About CX Desk</source>
        <translation>Acerca de CX Desk</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 vencidas</translation>
    </message>
    <message>
        <source>%1 – CX Desk</source>
        <translation>%1 – CX Desk</translation>
    </message>
    <message>
        <source>CX Desk databases (*.sqlite *.cxdesk);;All files (*)</source>
        <translation>Bases de datos de CX Desk (*.sqlite *.cxdesk);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name, or use Open to work with it.</source>
        <translation>%1 ya existe. Elija otro nombre o use Abrir para trabajar con ella.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>CX Desk databases (*.sqlite);;All files (*)</source>
        <translation>Bases de datos de CX Desk (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Copia guardada en %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Replace the data in %1 with the backup %2?

The current database is kept beside it, named …before-restore-DATE-TIME.</source>
        <translation>¿Sustituir los datos de %1 por la copia %2?

La base de datos actual se conserva al lado, con el nombre …before-restore-FECHA-HORA.</translation>
    </message>
    <message>
        <source>Restored; the previous database is kept as %1</source>
        <translation>Restaurada; la base anterior se conserva como %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>CSV or JSON files (*.csv *.txt *.json);;All files (*)</source>
        <translation>Archivos CSV o JSON (*.csv *.txt *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation>%1 añadidos, %2 actualizados, %3 sin cambios.</translation>
    </message>
    <message>
        <source>Follow-up actions opened for recent detractors and complaints: %1.</source>
        <translation>Acciones de seguimiento abiertas para detractores y quejas recientes: %1.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Responses to “%1”</source>
        <translation>Respuestas a «%1»</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (hojas de cálculo)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>The report was not printed: %1.</source>
        <translation>El informe no se imprimió: %1.</translation>
    </message>
    <message>
        <source>CX Desk user guide</source>
        <translation>Guía del usuario de CX Desk</translation>
    </message>
    <message>
        <source>The language changes when CX Desk starts again.</source>
        <translation>El idioma cambia cuando CX Desk se vuelva a iniciar.</translation>
    </message>
    <message>
        <source>The previous database could not be opened again either: %1</source>
        <translation>Tampoco se pudo volver a abrir la base de datos anterior: %1</translation>
    </message>
    <message>
        <source>The database could not be opened again: %1</source>
        <translation>No se pudo volver a abrir la base de datos: %1</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>Nueva &amp;base de datos…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Mostrarlos</translation>
    </message>
    <message>
        <source>Journeys</source>
        <comment>navigation</comment>
        <translation>Recorridos</translation>
    </message>
    <message numerus="yes">
        <source>Due today or overdue: %Ln follow-up(s).</source>
        <translation>
            <numerusform>Vence hoy o está vencido: %Ln seguimiento.</numerusform>
            <numerusform>Vencen hoy o están vencidos: %Ln seguimientos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln interacción</numerusform>
            <numerusform>%Ln interacciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation>
            <numerusform>%Ln respuesta</numerusform>
            <numerusform>%Ln respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open action(s)</source>
        <translation>
            <numerusform>%Ln acción abierta</numerusform>
            <numerusform>%Ln acciones abiertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows left out: %Ln; they are in %1 with the reason for each.</source>
        <translation>
            <numerusform>Filas omitidas: %Ln; está en %1 con su motivo.</numerusform>
            <numerusform>Filas omitidas: %Ln; están en %1 con el motivo de cada una.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s) to %1</source>
        <translation>
            <numerusform>%Ln registro exportado a %1</numerusform>
            <numerusform>%Ln registros exportados a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2 – CX Desk</source>
        <translation>%1 en %2 – CX Desk</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>The server does not answer; CX Desk connects again as soon as it is back, and what you typed is kept.</source>
        <translation>El servidor no responde; CX Desk vuelve a conectarse en cuanto vuelva, y lo que ha escrito se conserva.</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>Conectado de nuevo al servidor.</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>Conectar con un &amp;servidor…</translation>
    </message>
    <message>
        <source>&amp;Move this database to a server…</source>
        <translation>&amp;Trasladar esta base de datos a un servidor…</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Conectar con un servidor</translation>
    </message>
    <message>
        <source>Move this database to a server</source>
        <translation>Trasladar esta base de datos a un servidor</translation>
    </message>
    <message>
        <source>The data is now in %1, and the window works there.

%2 was not changed; what the team does on the server from now on does not reach it.</source>
        <translation>Los datos están ahora en %1 y la ventana trabaja allí.

%2 no se ha modificado; lo que el equipo haga a partir de ahora en el servidor no llega a él.</translation>
    </message>
    <message>
        <source>Replace the data in %1 with the backup %2?

Everyone working on the server then sees the backup&apos;s data. What the server holds now is first written to a file beside the backup.</source>
        <translation>¿Sustituir los datos de %1 por la copia de seguridad %2?

Todos los que trabajan en el servidor verán entonces los datos de la copia. Lo que el servidor contiene ahora se escribe primero en un archivo junto a la copia.</translation>
    </message>
    <message>
        <source>Restored. What the server held before is kept in %1.</source>
        <translation>Restaurado. Lo que el servidor contenía antes se guarda en %1.</translation>
    </message>
    <message>
        <source>&amp;Who is at the desk…</source>
        <translation>&amp;Quién está en el puesto…</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Conectado como %1 (%2)</translation>
    </message>
    <message>
        <source>At the desk: %1</source>
        <translation>En el puesto: %1</translation>
    </message>
    <message numerus="yes">
        <source>Kiosk %1 holds %Ln answer(s) taken while the server was away.</source>
        <translation>
            <numerusform>El quiosco %1 guarda %Ln respuesta recogida mientras el servidor no respondía.</numerusform>
            <numerusform>El quiosco %1 guarda %Ln respuestas recogidas mientras el servidor no respondía.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kiosk %1 sent %Ln answer(s) taken while the server was away.</source>
        <translation>
            <numerusform>El quiosco %1 envió %Ln respuesta recogida mientras el servidor no respondía.</numerusform>
            <numerusform>El quiosco %1 envió %Ln respuestas recogidas mientras el servidor no respondía.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a kiosk&apos;s account (counter): start CX Desk with it on the kiosk&apos;s computer, where it opens the kiosk.</source>
        <translation>%1 es la cuenta de un quiosco (mostrador): inicie CX Desk con ella en el ordenador del quiosco, donde abre el quiosco.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sentiment of written answers in English, German, French and Spanish, from these lexicons, each under its own licence:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;VADER lexicon (%1 entries, English), copyright 2016 C.J. Hutto, MIT licence;&lt;/li&gt;&lt;li&gt;Pattern 2.6 lexicons (%2 English and %3 French entries), CLiPS, University of Antwerp, public domain (PDDL 1.0);&lt;/li&gt;&lt;li&gt;ElhPolar 1.0 (%4 Spanish entries), Elhuyar Foundation (X. Saralegi, I. San Vicente), Lesser General Public License for Linguistic Resources (LGPLLR);&lt;/li&gt;&lt;li&gt;CX Desk&apos;s own word lists and rules for the four languages and emoji (%5 entries), under CX Desk&apos;s licence.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Word forms are joined by the Snowball stemmers (libstemmer, BSD licence). The lexicons and the texts of their licences are in resources/sentiment in the source and in the lexicons folder of CX Desk&apos;s documentation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;El sentimiento de las respuestas escritas en inglés, alemán, francés y español procede de estos léxicos, cada uno bajo su propia licencia:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;léxico VADER (%1 entradas, inglés), copyright 2016 C.J. Hutto, licencia MIT;&lt;/li&gt;&lt;li&gt;léxicos de Pattern 2.6 (%2 entradas en inglés y %3 en francés), CLiPS, Universidad de Amberes, dominio público (PDDL 1.0);&lt;/li&gt;&lt;li&gt;ElhPolar 1.0 (%4 entradas en español), Fundación Elhuyar (X. Saralegi, I. San Vicente), Lesser General Public License for Linguistic Resources (LGPLLR);&lt;/li&gt;&lt;li&gt;las listas de palabras y reglas propias de CX Desk para los cuatro idiomas y los emoji (%5 entradas), bajo la licencia de CX Desk.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Los lematizadores Snowball (libstemmer, licencia BSD) unen las formas de las palabras. Los léxicos y los textos de sus licencias están en resources/sentiment en el código fuente y en la carpeta lexicons de la documentación de CX Desk.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CX Desk %1&lt;/h3&gt;&lt;p&gt;Customer experience management for small businesses: journeys, customers, surveys and metrics in one local file, offline.&lt;/p&gt;%2&lt;p&gt;CX Desk is free software: you can redistribute it and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty. The licence is in the file LICENSE beside the source, and at &lt;a href=&apos;https://www.gnu.org/licenses/gpl-3.0.html&apos;&gt;gnu.org&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CX Desk %1&lt;/h3&gt;&lt;p&gt;Gestión de la experiencia del cliente para pequeñas empresas: recorridos, clientes, encuestas y cifras en un único archivo local, sin conexión.&lt;/p&gt;%2&lt;p&gt;CX Desk es software libre: puede redistribuirlo y modificarlo según los términos de la Licencia Pública General de GNU, versión 3 o (a su elección) cualquier versión posterior. Se ofrece sin ninguna garantía. La licencia está en el archivo LICENSE junto al código fuente y en &lt;a href=&apos;https://www.gnu.org/licenses/gpl-3.0.html&apos;&gt;gnu.org&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cx::MarkDoneDialog</name>
    <message>
        <source>Mark done</source>
        <translation>Completar</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>sin cliente</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sin fecha de vencimiento</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, vencida</translation>
    </message>
    <message>
        <source>Closing “%1”</source>
        <translation>Completar «%1»</translation>
    </message>
    <message>
        <source>For: %1 · Due: %2</source>
        <translation>Para: %1 · Vence: %2</translation>
    </message>
    <message>
        <source>What was done? (kept with the action)</source>
        <translation>¿Qué se hizo? (se guarda con la acción)</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
</context>
<context>
    <name>cx::MergeDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>Fusionar clientes</translation>
    </message>
    <message>
        <source>Pick the value that stays for each field. Everything recorded for the other customer moves to the one kept, and the other record is deleted; Edit → Undo brings it back.</source>
        <translation>Elija para cada campo el valor que se queda. Todo lo registrado para el otro cliente pasa al que se conserva, y el otro registro se elimina; Edición → Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>N.º de cliente</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Primer contacto</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Se fue el</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Record kept</source>
        <translation>Registro conservado</translation>
    </message>
    <message>
        <source>Interactions: %1 · Responses: %2 · Follow-ups: %3</source>
        <translation>Interacciones: %1 · Respuestas: %2 · Seguimientos: %3</translation>
    </message>
    <message>
        <source>Could not be counted: %1</source>
        <translation>No se pudo contar: %1</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation>Conservar este registro</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>The customers were not merged: %1.</source>
        <translation>Los clientes no se fusionaron: %1.</translation>
    </message>
</context>
<context>
    <name>cx::MessageChooser</name>
    <message>
        <source>Contact the customer</source>
        <translation>Contactar al cliente</translation>
    </message>
    <message>
        <source>This customer is no longer in the database.</source>
        <translation>Este cliente ya no está en la base de datos.</translation>
    </message>
    <message>
        <source>The customer could not be read: %1.</source>
        <translation>No se pudo leer el cliente: %1.</translation>
    </message>
    <message>
        <source>%1 has no email address yet: add one in their profile to write to them.</source>
        <translation>%1 aún no tiene correo electrónico: añada uno en su perfil para escribirle.</translation>
    </message>
    <message>
        <source>%1 has no phone number yet: add one in their profile to call them.</source>
        <translation>%1 aún no tiene número de teléfono: añada uno en su perfil para llamarle.</translation>
    </message>
    <message>
        <source>The phone number of %1, “%2”, holds no digits to dial.</source>
        <translation>El número de teléfono de %1, «%2», no contiene dígitos que marcar.</translation>
    </message>
    <message>
        <source>No mail program opened the message. Set one up as the system&apos;s email program, then try again.</source>
        <translation>Ningún programa de correo abrió el mensaje. Configure uno como programa de correo del sistema y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No program opened the phone number. Set one up for phone links, or dial %1 yourself.</source>
        <translation>Ningún programa abrió el número. Configure uno para los enlaces de teléfono o marque el %1 usted mismo.</translation>
    </message>
    <message>
        <source>The contact was opened but not recorded: %1.</source>
        <translation>El contacto se abrió pero no se registró: %1.</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>Escribir a %1</translation>
    </message>
    <message>
        <source>Your mail program opens with this message; change it there before you send it. The texts are in Settings → Messages.</source>
        <translation>Su programa de correo se abre con este mensaje; cámbielo allí antes de enviarlo. Los textos están en Ajustes → Mensajes.</translation>
    </message>
    <message>
        <source>&amp;Open in mail program</source>
        <translation>&amp;Abrir en el programa de correo</translation>
    </message>
    <message>
        <source>To: %1
Subject: %2</source>
        <translation>Para: %1
Asunto: %2</translation>
    </message>
</context>
<context>
    <name>cx::MessagesTab</name>
    <message>
        <source>Messa&amp;ge</source>
        <translation>Mensa&amp;je</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>&amp;Restablecer el original</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>A&amp;sunto</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texto</translation>
    </message>
    <message>
        <source>Click to insert %1</source>
        <translation>Haga clic para insertar %1</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Click one to insert it where the cursor is.</source>
        <translation>Haga clic en uno para insertarlo donde está el cursor.</translation>
    </message>
    <message>
        <source>Preview for a sample customer</source>
        <translation>Vista previa para un cliente de ejemplo</translation>
    </message>
    <message>
        <source>“Write…” on a customer opens your mail program with this message; nothing is sent until you send it there. A line whose placeholders have no value is left out.</source>
        <translation>«Escribir…» en un cliente abre su programa de correo con este mensaje; no se envía nada hasta que usted lo envíe allí. Se omite una línea cuyos marcadores están vacíos.</translation>
    </message>
    <message>
        <source>the text of the message “%1”</source>
        <translation>el texto del mensaje «%1»</translation>
    </message>
    <message>
        <source>the subject of the message “%1”</source>
        <translation>el asunto del mensaje «%1»</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Sam</source>
        <translation>Sam</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>the message “%1”: %2</source>
        <translation>el mensaje «%1»: %2</translation>
    </message>
</context>
<context>
    <name>cx::MetricTile</name>
    <message>
        <source>no earlier period to compare</source>
        <translation>no hay periodo anterior para comparar</translation>
    </message>
    <message>
        <source>= unchanged on the previous period</source>
        <translation>= sin cambios respecto al periodo anterior</translation>
    </message>
    <message>
        <source>%1 %2%3 on the previous period</source>
        <translation>%1 %2%3 respecto al periodo anterior</translation>
    </message>
    <message numerus="yes">
        <source>too few answers (%n) to judge a change</source>
        <translation>
            <numerusform>muy pocas respuestas (%n) para valorar un cambio</numerusform>
            <numerusform>muy pocas respuestas (%n) para valorar un cambio</numerusform>
        </translation>
    </message>
    <message>
        <source>no data in this period to compare</source>
        <translation>no hay datos en este periodo para comparar</translation>
    </message>
    <message>
        <source>no data in the previous period to compare</source>
        <translation>no hay datos en el periodo anterior para comparar</translation>
    </message>
    <message>
        <source>no data in %1 to compare</source>
        <translation>no hay datos de %1 para comparar</translation>
    </message>
    <message>
        <source>= unchanged vs %1</source>
        <translation>= sin cambios respecto a %1</translation>
    </message>
    <message>
        <source>%1 %2 vs %3</source>
        <translation>%1 %2 respecto a %3</translation>
    </message>
</context>
<context>
    <name>cx::NewActionDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>Nuevo seguimiento</translation>
    </message>
    <message>
        <source>What is to be done, e.g. “Call back about the late order”</source>
        <translation>Qué hay que hacer, p. ej. «Devolver la llamada por el pedido retrasado»</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Vence</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>A follow-up needs a title: it is what the list shows.</source>
        <translation>Un seguimiento necesita un título: es lo que muestra la lista.</translation>
    </message>
</context>
<context>
    <name>cx::NewCustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Customer &amp;no.</source>
        <translation>N.º de c&amp;liente</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation>&amp;Segmento</translation>
    </message>
    <message>
        <source>&amp;First contact</source>
        <translation>&amp;Primer contacto</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>No customer number could be suggested: %1</source>
        <translation>No se pudo proponer un número de cliente: %1</translation>
    </message>
    <message>
        <source>Could not look for customers with the same details: %1</source>
        <translation>No se pudieron buscar clientes con los mismos datos: %1</translation>
    </message>
    <message>
        <source>%1 already has this customer number</source>
        <translation>%1 ya tiene este número de cliente</translation>
    </message>
    <message>
        <source>%1 has this email</source>
        <translation>%1 tiene este correo electrónico</translation>
    </message>
    <message>
        <source>%1 has this phone number</source>
        <translation>%1 tiene este número de teléfono</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abrir</translation>
    </message>
    <message>
        <source>Customer numbers are unique: choose another one.</source>
        <translation>Los números de cliente son únicos: elija otro.</translation>
    </message>
    <message>
        <source>Two people may share an email or phone: you can still save.</source>
        <translation>Dos personas pueden compartir un correo o un teléfono: puede guardar igualmente.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>The customer needs a name.</source>
        <translation>El cliente necesita un nombre.</translation>
    </message>
    <message>
        <source>This customer number is taken: choose another one.</source>
        <translation>Este número de cliente ya está en uso: elija otro.</translation>
    </message>
    <message>
        <source>Look at the customers above before saving.</source>
        <translation>Revise los clientes de arriba antes de guardar.</translation>
    </message>
    <message>
        <source>The customer was not saved: %1.</source>
        <translation>El cliente no se guardó: %1.</translation>
    </message>
</context>
<context>
    <name>cx::NewJourneyDialog</name>
    <message>
        <source>New journey</source>
        <translation>Nuevo recorrido</translation>
    </message>
    <message>
        <source>An empty journey</source>
        <translation>Un recorrido vacío</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Plantilla: %1</translation>
    </message>
    <message>
        <source>for example Weekend brunch</source>
        <translation>por ejemplo Brunch del fin de semana</translation>
    </message>
    <message>
        <source>&amp;Start from</source>
        <translation>&amp;Empezar desde</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
</context>
<context>
    <name>cx::PaperEntryDialog</name>
    <message>
        <source>y or n</source>
        <translation>y o n</translation>
    </message>
    <message>
        <source>the number of the ticked box, 1 to %1</source>
        <translation>el número de la casilla marcada, de 1 a %1</translation>
    </message>
    <message>
        <source>the numbers of the ticked boxes, e.g. 1 3</source>
        <translation>los números de las casillas marcadas, p. ej. 1 3</translation>
    </message>
    <message>
        <source>what is written</source>
        <translation>lo que está escrito</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>Enter paper forms — %1</source>
        <translation>Introducir formularios en papel — %1</translation>
    </message>
    <message>
        <source>Type each card as it is written. Tab or Enter moves on; &lt;b&gt;Ctrl+Enter&lt;/b&gt; saves the card and opens a blank one. Leave a field empty when nothing is ticked.</source>
        <translation>Escriba cada tarjeta tal como está rellenada. Tab o Intro pasa al siguiente; &lt;b&gt;Ctrl+Intro&lt;/b&gt; guarda la tarjeta y abre una en blanco. Deje un campo vacío si no hay nada marcado.</translation>
    </message>
    <message>
        <source>Form number</source>
        <translation>N.º de formulario</translation>
    </message>
    <message>
        <source>Form &amp;number</source>
        <translation>&amp;Número de formulario</translation>
    </message>
    <message>
        <source>Save and next card (Ctrl+Enter)</source>
        <translation>Guardar y siguiente tarjeta (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>question %1 &apos;%2&apos;: there is no box %3 (1 to %4)</source>
        <translation>pregunta %1 &apos;%2&apos;: no hay casilla %3 (de 1 a %4)</translation>
    </message>
    <message>
        <source>the card could not be saved</source>
        <translation>no se pudo guardar la tarjeta</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>No guardado: %1.</translation>
    </message>
    <message>
        <source>Card %1 saved%2. %3 saved in this session.</source>
        <translation>Tarjeta %1 guardada%2. %3 guardadas en esta sesión.</translation>
    </message>
    <message>
        <source> — a follow-up was opened</source>
        <translation> — se abrió una acción de seguimiento</translation>
    </message>
    <message>
        <source>Date the card was filled in</source>
        <translation>Fecha en que se rellenó la tarjeta</translation>
    </message>
    <message>
        <source>Filled in &amp;on</source>
        <translation>Rellenada &amp;el</translation>
    </message>
    <message>
        <source>Email or phone, if the customer wrote one</source>
        <translation>Correo o teléfono, si el cliente escribió uno</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>&amp;Contact (optional)</source>
        <translation>&amp;Contacto (opcional)</translation>
    </message>
    <message>
        <source>The printed forms could not be read: %1.</source>
        <translation>No se pudieron leer los formularios impresos: %1.</translation>
    </message>
    <message>
        <source>Form %1 was already entered on %2.</source>
        <translation>El formulario %1 ya se registró el %2.</translation>
    </message>
    <message>
        <source>Printed on %1 (forms %2 to %3).</source>
        <translation>Impreso el %1 (formularios %2 a %3).</translation>
    </message>
    <message>
        <source>Form %1 was not printed for this survey, but for “%2” on %3: is the card in the right pile?</source>
        <translation>El formulario %1 no se imprimió para esta encuesta, sino para «%2» el %3: ¿está la tarjeta en el montón correcto?</translation>
    </message>
    <message>
        <source>Form %1 was never printed for this survey: check the number.</source>
        <translation>El formulario %1 nunca se imprimió para esta encuesta: compruebe el número.</translation>
    </message>
    <message>
        <source>No printed forms are recorded for this survey.</source>
        <translation>No hay formularios impresos registrados para esta encuesta.</translation>
    </message>
    <message>
        <source>the contact &apos;%1&apos; is neither an email address nor a phone number</source>
        <translation>el contacto «%1» no es ni un correo electrónico ni un número de teléfono</translation>
    </message>
    <message>
        <source>the card cannot have been filled in on %1, after today</source>
        <translation>la tarjeta no puede haberse rellenado el %1, después de hoy</translation>
    </message>
</context>
<context>
    <name>cx::PaperPrintDialog</name>
    <message>
        <source>Paper forms — %1</source>
        <translation>Formularios en papel — %1</translation>
    </message>
    <message>
        <source>Every form gets a number of its own, so each returned card is entered once. A new batch starts after the last number printed.</source>
        <translation>Cada formulario lleva su propio número, para que cada tarjeta devuelta se registre una sola vez. Un lote nuevo empieza después del último número impreso.</translation>
    </message>
    <message>
        <source>First form number</source>
        <translation>Primer número de formulario</translation>
    </message>
    <message>
        <source>&amp;First number</source>
        <translation>&amp;Primer número</translation>
    </message>
    <message>
        <source>Number of forms</source>
        <translation>Número de formularios</translation>
    </message>
    <message>
        <source>How &amp;many forms</source>
        <translation>&amp;Cuántos formularios</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta (US)</translation>
    </message>
    <message>
        <source>Paper &amp;size</source>
        <translation>&amp;Tamaño del papel</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Vista previa e impresión…</translation>
    </message>
    <message>
        <source>Forms %1 to %2.</source>
        <translation>Formularios %1 a %2.</translation>
    </message>
    <message>
        <source>The next number not yet printed is %1.</source>
        <translation>El siguiente número aún no impreso es %1.</translation>
    </message>
    <message>
        <source>The printed forms could not be read: %1.</source>
        <translation>No se pudieron leer los formularios impresos: %1.</translation>
    </message>
    <message>
        <source>forms %1 to %2, printed on %3 (batch %4 to %5)</source>
        <translation>formularios %1 a %2, impresos el %3 (lote %4 a %5)</translation>
    </message>
    <message numerus="yes">
        <source>%n of these numbers were already printed for this survey: %1. Cards with the same number cannot both be entered.</source>
        <translation>
            <numerusform>%n de estos números ya se imprimió para esta encuesta: %1. No se pueden registrar dos tarjetas con el mismo número.</numerusform>
            <numerusform>%n de estos números ya se imprimieron para esta encuesta: %1. No se pueden registrar dos tarjetas con el mismo número.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print these numbers again?</source>
        <translation>¿Imprimir estos números otra vez?</translation>
    </message>
</context>
<context>
    <name>cx::PasswordDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>Contraseña para %1</translation>
    </message>
    <message>
        <source>The server asks for the password of “%1” to open %2.</source>
        <translation>El servidor pide la contraseña de «%1» para abrir %2.</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>su cuenta</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Remember in the keychain</source>
        <translation>Recordar en el llavero</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
</context>
<context>
    <name>cx::RatingInput</name>
    <message>
        <source>Type 1 to 5; 0 or Backspace clears</source>
        <translation>Escriba de 1 a 5; 0 o Retroceso borra</translation>
    </message>
</context>
<context>
    <name>cx::Reminders</name>
    <message>
        <source>Follow-up overdue</source>
        <translation>Seguimiento vencido</translation>
    </message>
    <message>
        <source>“%1” was due %2.</source>
        <translation>«%1» vencía el %2.</translation>
    </message>
    <message>
        <source>“%1” (%2) was due %3.</source>
        <translation>«%1» (%2) vencía el %3.</translation>
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
        <translation>Informes</translation>
    </message>
    <message>
        <source>Summary of the period</source>
        <translation>Resumen del periodo</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Customer number or name, then Enter</source>
        <translation>N.º de cliente o nombre, luego Intro</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>Page setup (paper size, portrait or landscape) and printing</source>
        <translation>Configurar página (tamaño del papel, vertical u horizontal) e imprimir</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>There are no surveys yet.</source>
        <translation>Todavía no hay encuestas.</translation>
    </message>
    <message>
        <source>There are no journeys yet.</source>
        <translation>Todavía no hay recorridos.</translation>
    </message>
    <message>
        <source>Type a customer&apos;s number or name and press Enter.</source>
        <translation>Escriba el número o el nombre de un cliente y pulse Intro.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Ningún cliente coincide con «%1».</translation>
    </message>
    <message>
        <source>%1 — %2. The period comes from the filter bar; the preview shows the pages as they print.</source>
        <translation>%1 — %2. El periodo viene de la barra de filtros; la vista previa muestra las páginas tal como se imprimen.</translation>
    </message>
    <message>
        <source>there is no report to export</source>
        <translation>no hay ningún informe que exportar</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Vista previa — %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not exported: %1.</source>
        <translation>El informe no se exportó: %1.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Preparando el informe…</translation>
    </message>
</context>
<context>
    <name>cx::ResponseDialog</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>promoter</source>
        <translation>promotor</translation>
    </message>
    <message>
        <source>passive</source>
        <translation>pasivo</translation>
    </message>
    <message>
        <source>detractor</source>
        <translation>detractor</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; de %2</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>&lt;p&gt;This response is no longer in the database.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Esta respuesta ya no está en la base de datos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <source>at the counter kiosk</source>
        <translation>en el quiosco del mostrador</translation>
    </message>
    <message>
        <source>on paper form %1</source>
        <translation>en el formulario en papel %1</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importada</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>introducida a mano</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Customer:&lt;/b&gt; %1&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cliente:&lt;/b&gt; %1&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Abrir cliente</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Anonymous&lt;/b&gt; — no customer was given.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Anónima&lt;/b&gt; — no se indicó ningún cliente.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not asked or not answered</source>
        <translation>no preguntada o sin respuesta</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Follow-up:&lt;/b&gt; %1 — %2, due %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Seguimiento:&lt;/b&gt; %1 — %2, vence %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
</context>
<context>
    <name>cx::ServerActions</name>
    <message>
        <source>The system keychain cannot be reached: the password is not remembered.</source>
        <translation>No se puede acceder al llavero del sistema: la contraseña no se recuerda.</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached (%1), so CX Desk cannot remember the password: it asks for it each time, unless ~/.pgpass holds it.</source>
        <translation>No se puede acceder al llavero del sistema (%1), así que CX Desk no puede recordar la contraseña: la pide cada vez, salvo que ~/.pgpass la contenga.</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Conectar con un servidor</translation>
    </message>
    <message>
        <source>Move to a server</source>
        <translation>Trasladar a un servidor</translation>
    </message>
    <message>
        <source>The system keychain cannot keep the password (%1); CX Desk asks for it next time.</source>
        <translation>El llavero del sistema no puede guardar la contraseña (%1); CX Desk la pedirá la próxima vez.</translation>
    </message>
    <message>
        <source>%1 holds no CX Desk data yet.

Set up CX Desk in this database?</source>
        <translation>%1 todavía no contiene datos de CX Desk.

¿Preparar CX Desk en esta base de datos?</translation>
    </message>
    <message>
        <source>%1 already holds a business.

Replace its data with the data of %2? What it holds now is lost; %2 stays as it is.</source>
        <translation>%1 ya contiene un negocio.

¿Sustituir sus datos por los de %2? Lo que contiene ahora se pierde; %2 queda tal como está.</translation>
    </message>
    <message>
        <source>Copy the data of %1 to %2?

The file stays as it is; afterwards the window works on the server.</source>
        <translation>¿Copiar los datos de %1 a %2?

El archivo queda tal como está; después la ventana trabaja en el servidor.</translation>
    </message>
    <message>
        <source>Moving the data of %1 to %2…</source>
        <translation>Trasladando los datos de %1 a %2…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The move was stopped. %1 is as it was, and the window stays on %2.</source>
        <translation>El traslado se ha detenido. %1 está como estaba y la ventana sigue en %2.</translation>
    </message>
    <message>
        <source>The data could not be moved; %1 is as it was.

%2</source>
        <translation>No se han podido trasladar los datos; %1 está como estaba.

%2</translation>
    </message>
</context>
<context>
    <name>cx::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>&amp;Business name</source>
        <translation>&amp;Nombre del negocio</translation>
    </message>
    <message>
        <source>Shown on the kiosk and printed on paper forms and reports.</source>
        <translation>Aparece en el quiosco y se imprime en los formularios en papel y los informes.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Logo on reports</source>
        <translation>Logotipo en los informes</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PNG or JPEG picture.</source>
        <translation>&apos;%1&apos; no es una imagen PNG o JPEG.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;Follow-up actions are due after</source>
        <translation>Las acciones de &amp;seguimiento vencen a los</translation>
    </message>
    <message>
        <source>A detractor (NPS 0–6), a CSAT of 1–2 or a complaint opens a follow-up action due this many days later.</source>
        <translation>Un detractor (NPS 0–6), un CSAT de 1–2 o una queja abre una acción de seguimiento que vence tantos días después.</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The language applies from the next start of CX Desk.</source>
        <translation>El idioma se aplica a partir del próximo inicio de CX Desk.</translation>
    </message>
    <message>
        <source>New &amp;kiosk PIN</source>
        <translation>Nuevo PIN del &amp;quiosco</translation>
    </message>
    <message>
        <source>4 to 8 digits; staff enter it to leave the counter kiosk.</source>
        <translation>De 4 a 8 cifras; el personal lo introduce para salir del quiosco.</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>Aún no definido</translation>
    </message>
    <message>
        <source>Leave empty to keep the current PIN</source>
        <translation>Déjelo vacío para mantener el PIN actual</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>the business name</source>
        <translation>el nombre del negocio</translation>
    </message>
    <message>
        <source>the logo</source>
        <translation>el logotipo</translation>
    </message>
    <message>
        <source>when follow-ups are due</source>
        <translation>el vencimiento de las acciones de seguimiento</translation>
    </message>
    <message>
        <source>the kiosk PIN</source>
        <translation>el PIN del quiosco</translation>
    </message>
    <message>
        <source>Reloaded: these are the settings as they were saved elsewhere.</source>
        <translation>Vuelto a cargar: estos son los ajustes tal como se guardaron en otro lugar.</translation>
    </message>
    <message>
        <source>Not saved yet: %1.</source>
        <translation>Aún no se ha guardado: %1.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1.</source>
        <translation>No se guardó nada: %1.</translation>
    </message>
    <message>
        <source>&amp;Business</source>
        <translation>&amp;Negocio</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Personal</translation>
    </message>
    <message>
        <source>Customer &amp;fields</source>
        <translation>Campos de &amp;clientes</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Mensajes</translation>
    </message>
    <message>
        <source>&amp;Repeat the PIN</source>
        <translation>&amp;Repetir el PIN</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Equipo</translation>
    </message>
</context>
<context>
    <name>cx::StaffTab</name>
    <message>
        <source>The people follow-ups are given to and notes are signed with, in the order the lists show them. Renaming someone here does not change the follow-ups they already own.</source>
        <translation>Las personas a las que se asignan los seguimientos y que firman las notas, en el orden de las listas. Renombrar aquí a alguien no cambia los seguimientos que ya tiene.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nombrar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>the staff list</source>
        <translation>la lista del personal</translation>
    </message>
</context>
<context>
    <name>cx::StageDialog</name>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nueva etapa</translation>
    </message>
    <message>
        <source>for example Order</source>
        <translation>por ejemplo Pedido</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>How customers should feel here: −2 very unhappy to +2 delighted</source>
        <translation>Cómo deberían sentirse aquí los clientes: de −2 muy descontento a +2 encantado</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Lifecycle &amp;phase</source>
        <translation>&amp;Fase del ciclo de vida</translation>
    </message>
    <message>
        <source>&amp;Expected feeling</source>
        <translation>Sentimiento &amp;esperado</translation>
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
        <translation>CSAT (1–5 caras)</translation>
    </message>
    <message>
        <source>Effort, CES (1–7)</source>
        <translation>Esfuerzo, CES (1–7)</translation>
    </message>
    <message>
        <source>Rating (1–5)</source>
        <translation>Valoración (1–5)</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Sí / no</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>Una opción</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>Varias opciones</translation>
    </message>
    <message>
        <source>Written answer</source>
        <translation>Respuesta escrita</translation>
    </message>
    <message>
        <source>Edit survey — %1</source>
        <translation>Editar encuesta — %1</translation>
    </message>
    <message>
        <source>New survey</source>
        <translation>Nueva encuesta</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <source>One line shown on the first screen and the paper form</source>
        <translation>Una línea que aparece en la primera pantalla y en el formulario en papel</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>No touchpoint</source>
        <translation>Sin punto de contacto</translation>
    </message>
    <message>
        <source>The touchpoint&apos;s channel</source>
        <translation>El canal del punto de contacto</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>T&amp;ouchpoint</source>
        <translation>P&amp;unto de contacto</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>Ca&amp;nal</translation>
    </message>
    <message>
        <source>Thank-&amp;you message</source>
        <translation>Mensaje de a&amp;gradecimiento</translation>
    </message>
    <message>
        <source>Questions (drag to reorder)</source>
        <translation>Preguntas (arrastre para reordenar)</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>&amp;Añadir pregunta</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Duplicate the question (Ctrl+D)</source>
        <translation>Duplicar la pregunta (Ctrl+D)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the question (Delete); Ctrl+Z brings it back</source>
        <translation>Eliminar la pregunta (Supr); Ctrl+Z la recupera</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Subir (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Bajar (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>A short name for the question, used in imports, exports and conditions</source>
        <translation>Un nombre corto para la pregunta, usado en importaciones, exportaciones y condiciones</translation>
    </message>
    <message>
        <source>An answer is &amp;required</source>
        <translation>La respuesta es &amp;obligatoria</translation>
    </message>
    <message>
        <source>O&amp;ptions, one per line</source>
        <translation>O&amp;pciones, una por línea</translation>
    </message>
    <message>
        <source>Scale &amp;labels</source>
        <translation>Etiquetas de la &amp;escala</translation>
    </message>
    <message>
        <source>Lowest, e.g. Not at all likely</source>
        <translation>Valor más bajo, p. ej. Nada probable</translation>
    </message>
    <message>
        <source>Highest, e.g. Extremely likely</source>
        <translation>Valor más alto, p. ej. Muy probable</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <source>&amp;Wording</source>
        <translation>&amp;Redacción</translation>
    </message>
    <message>
        <source>Ask &amp;only when</source>
        <translation>Preguntar s&amp;olo si</translation>
    </message>
    <message>
        <source>Preview at the kiosk</source>
        <translation>Vista previa en el quiosco</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Edit the title</source>
        <translation>Editar el título</translation>
    </message>
    <message>
        <source>Edit the description</source>
        <translation>Editar la descripción</translation>
    </message>
    <message>
        <source>Edit the thank-you message</source>
        <translation>Editar el mensaje de agradecimiento</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Cambiar el estado</translation>
    </message>
    <message>
        <source>Link a touchpoint</source>
        <translation>Vincular un punto de contacto</translation>
    </message>
    <message>
        <source>Choose the channel</source>
        <translation>Elegir el canal</translation>
    </message>
    <message>
        <source>Edit the code</source>
        <translation>Editar el código</translation>
    </message>
    <message>
        <source>Change the kind</source>
        <translation>Cambiar el tipo</translation>
    </message>
    <message>
        <source>First choice</source>
        <translation>Primera opción</translation>
    </message>
    <message>
        <source>Second choice</source>
        <translation>Segunda opción</translation>
    </message>
    <message>
        <source>Edit the wording</source>
        <translation>Editar la redacción</translation>
    </message>
    <message>
        <source>Require an answer</source>
        <translation>Exigir respuesta</translation>
    </message>
    <message>
        <source>Make the answer optional</source>
        <translation>Hacer la respuesta opcional</translation>
    </message>
    <message>
        <source>Edit the options</source>
        <translation>Editar las opciones</translation>
    </message>
    <message>
        <source>Edit a scale label</source>
        <translation>Editar una etiqueta de la escala</translation>
    </message>
    <message>
        <source>Change when it is asked</source>
        <translation>Cambiar cuándo se pregunta</translation>
    </message>
    <message>
        <source>, required</source>
        <translation>, obligatoria</translation>
    </message>
    <message>
        <source>, only when %1 %2 %3</source>
        <translation>, solo si %1 %2 %3</translation>
    </message>
    <message>
        <source>Always ask</source>
        <translation>Preguntar siempre</translation>
    </message>
    <message>
        <source>Add a question to see it here.</source>
        <translation>Añada una pregunta para verla aquí.</translation>
    </message>
    <message>
        <source>Asked of everyone.</source>
        <translation>Se pregunta a todos.</translation>
    </message>
    <message>
        <source>Asked only of some: %1</source>
        <translation>Solo se pregunta a algunos: %1</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>su respuesta</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>la respuesta</translation>
    </message>
    <message>
        <source>Customers answer by touch, mouse or keyboard; the paper form shows the same question with boxes to tick.</source>
        <translation>Los clientes responden con el dedo, el ratón o el teclado; el formulario en papel muestra la misma pregunta con casillas para marcar.</translation>
    </message>
    <message>
        <source>Before saving: %1.</source>
        <translation>Antes de guardar: %1.</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nueva pregunta</translation>
    </message>
    <message>
        <source>How likely are you to recommend us to a friend or colleague?</source>
        <translation>¿Qué probabilidad hay de que nos recomiende a un amigo o colega?</translation>
    </message>
    <message>
        <source>Not at all likely</source>
        <translation>Nada probable</translation>
    </message>
    <message>
        <source>Extremely likely</source>
        <translation>Muy probable</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Añadir una pregunta</translation>
    </message>
    <message>
        <source>Duplicate a question</source>
        <translation>Duplicar una pregunta</translation>
    </message>
    <message>
        <source>Delete a question</source>
        <translation>Eliminar una pregunta</translation>
    </message>
    <message>
        <source>Move a question</source>
        <translation>Mover una pregunta</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>No guardado: %1.</translation>
    </message>
    <message>
        <source>Start from a template, or from scratch:</source>
        <translation>Empezar desde una plantilla o desde cero:</translation>
    </message>
    <message>
        <source>Empty survey
    One NPS question to start with; add your own.</source>
        <translation>Encuesta vacía
    Una pregunta NPS para empezar; añada las suyas.</translation>
    </message>
    <message>
        <source>the survey “%1”</source>
        <translation>la encuesta «%1»</translation>
    </message>
    <message>
        <source>Save survey</source>
        <translation>Guardar la encuesta</translation>
    </message>
    <message>
        <source>Reloaded: this is the survey as it was saved elsewhere.</source>
        <translation>Vuelto a cargar: esta es la encuesta tal como se guardó en otro lugar.</translation>
    </message>
    <message>
        <source>Not saved yet: %1.</source>
        <translation>Aún no se ha guardado: %1.</translation>
    </message>
</context>
<context>
    <name>cx::SurveyImportDialog</name>
    <message>
        <source>Import survey from %1</source>
        <translation>Importar encuesta desde %1</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>El archivo contiene</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The survey is imported in one language; its texts in the others stay in the file</source>
        <translation>La encuesta se importa en un solo idioma; sus textos en los demás idiomas se quedan en el archivo</translation>
    </message>
    <message>
        <source>The survey whose questions match the columns</source>
        <translation>La encuesta cuyas preguntas coinciden con las columnas</translation>
    </message>
    <message>
        <source>Add the responses to</source>
        <translation>Añadir las respuestas a</translation>
    </message>
    <message>
        <source>In CX Desk</source>
        <translation>En CX Desk</translation>
    </message>
    <message>
        <source>Every question of the file, what it becomes here, and when it is shown. Change what a question becomes in its list.</source>
        <translation>Cada pregunta del archivo, en qué se convierte aquí y cuándo se muestra. Cambie en qué se convierte una pregunta en su lista.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Se convierte en</translation>
    </message>
    <message>
        <source>Shown if</source>
        <translation>Se muestra si</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copiar informe</translation>
    </message>
    <message>
        <source>Copy the whole report as text, to keep or to send</source>
        <translation>Copiar todo el informe como texto, para guardarlo o enviarlo</translation>
    </message>
    <message>
        <source>Responses to “%1”</source>
        <translation>Respuestas a «%1»</translation>
    </message>
    <message>
        <source>“%1” updates the survey imported from this source before; its answers stay</source>
        <translation>«%1» actualiza la encuesta importada antes desde este origen; sus respuestas se conservan</translation>
    </message>
    <message>
        <source>“%1”, a new survey</source>
        <translation>«%1», una encuesta nueva</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Omitida: %1</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>What the question becomes in CX Desk</source>
        <translation>En qué se convierte la pregunta en CX Desk</translation>
    </message>
    <message>
        <source>From the file: %1</source>
        <translation>En el archivo: %1</translation>
    </message>
    <message>
        <source>Always (dropped: %1)</source>
        <translation>Siempre (descartada: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln pregunta</numerusform>
            <numerusform>%Ln preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln condition(s)</source>
        <translation>
            <numerusform>%Ln condición</numerusform>
            <numerusform>%Ln condiciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Responses: %1 new, %2 imported before.</source>
        <translation>Respuestas nuevas: %1; ya importadas antes: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Never submitted, so left out: %Ln response(s).</source>
        <translation>
            <numerusform>Nunca enviada, así que omitida: %Ln respuesta.</numerusform>
            <numerusform>Nunca enviadas, así que omitidas: %Ln respuestas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one question to import</source>
        <translation>Elija al menos una pregunta para importar</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>In the export</source>
        <translation>En la exportación</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>No survey to add them to yet</source>
        <translation>Aún no hay ninguna encuesta a la que añadirlas</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>no column</source>
        <translation>sin columna</translation>
    </message>
    <message>
        <source>%1 to import, %2 left out; %3 kept, %4 dropped.</source>
        <translation>Para importar: %1, omitidas: %2; conservadas: %3, descartadas: %4.</translation>
    </message>
    <message numerus="yes">
        <source>In the file twice, so left out once: %Ln response(s).</source>
        <translation>
            <numerusform>Dos veces en el archivo, así que omitida una vez: %Ln respuesta.</numerusform>
            <numerusform>Dos veces en el archivo, así que omitidas una vez: %Ln respuestas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fitting no option or scale, so left out: %Ln answer(s).</source>
        <translation>
            <numerusform>Sin encajar con ninguna opción ni escala, así que omitida: %Ln respuesta.</numerusform>
            <numerusform>Sin encajar con ninguna opción ni escala, así que omitidas: %Ln respuestas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The questions of the survey, and the column of the export that answers each.</source>
        <translation>Las preguntas de la encuesta y la columna de la exportación que responde a cada una.</translation>
    </message>
</context>
<context>
    <name>cx::SurveyResultsView</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positivo</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativo</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutro</translation>
    </message>
    <message>
        <source>%1

Double-click to open the response</source>
        <translation>%1

Doble clic para abrir la respuesta</translation>
    </message>
    <message>
        <source>Search the comments</source>
        <translation>Buscar en los comentarios</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 responses in the period</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 respuestas en el periodo</translation>
    </message>
    <message>
        <source>Responses by month</source>
        <translation>Respuestas por mes</translation>
    </message>
    <message>
        <source>No responses in the period</source>
        <translation>Sin respuestas en el periodo</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>No answers in the period</source>
        <translation>Sin respuestas en el periodo</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>respuestas</translation>
    </message>
    <message>
        <source>NPS %1 ± %2 — %3</source>
        <translation>NPS %1 ± %2 — %3</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detractores</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Pasivos</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotores</translation>
    </message>
    <message>
        <source>CSAT %1 % — %2</source>
        <translation>CSAT %1 % — %2</translation>
    </message>
    <message>
        <source>Mean %1 — %2</source>
        <translation>Media %1 — %2</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nada todavía</translation>
    </message>
    <message>
        <source>&lt;b&gt;Written answers&lt;/b&gt;: %1 — %2 positive, %3 neutral, %4 negative&lt;br&gt;&lt;span style=&apos;color:%5&apos;&gt;Promoters mention&lt;/span&gt; %6&lt;br&gt;&lt;span style=&apos;color:%7&apos;&gt;Detractors mention&lt;/span&gt; %8</source>
        <translation>&lt;b&gt;Respuestas escritas&lt;/b&gt;: %1 — %2 positivas, %3 neutras, %4 negativas&lt;br&gt;&lt;span style=&apos;color:%5&apos;&gt;Los promotores mencionan&lt;/span&gt; %6&lt;br&gt;&lt;span style=&apos;color:%7&apos;&gt;Los detractores mencionan&lt;/span&gt; %8</translation>
    </message>
    <message>
        <source>&lt;b&gt;Written answers&lt;/b&gt;: they could not be read (%1)</source>
        <translation>&lt;b&gt;Respuestas escritas&lt;/b&gt;: no se pudieron leer (%1)</translation>
    </message>
    <message>
        <source>Written answers of every channel and segment in the period</source>
        <translation>Respuestas escritas de todos los canales y segmentos del periodo</translation>
    </message>
    <message>
        <source>Reading the results…</source>
        <translation>Leyendo los resultados…</translation>
    </message>
</context>
<context>
    <name>cx::SurveysPage</name>
    <message>
        <source>Surveys</source>
        <translation>Encuestas</translation>
    </message>
    <message>
        <source>&amp;New survey…</source>
        <translation>&amp;Nueva encuesta…</translation>
    </message>
    <message>
        <source>Start from a template (NPS, CSAT, CES, product feedback) or from scratch</source>
        <translation>Empezar desde una plantilla (NPS, CSAT, CES, opinión de producto) o desde cero</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>Questions, wording, conditions and settings of the selected survey (or double-click it)</source>
        <translation>Preguntas, redacción, condiciones y ajustes de la encuesta elegida (o doble clic)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected survey with its responses</source>
        <translation>Eliminar la encuesta elegida con sus respuestas</translation>
    </message>
    <message>
        <source>Start &amp;kiosk</source>
        <translation>Iniciar &amp;quiosco</translation>
    </message>
    <message>
        <source>Run the selected survey full screen at the counter; the owner&apos;s PIN ends it</source>
        <translation>Mostrar la encuesta elegida a pantalla completa en el mostrador; el PIN del dueño la termina</translation>
    </message>
    <message>
        <source>&amp;Print paper forms…</source>
        <translation>Im&amp;primir formularios en papel…</translation>
    </message>
    <message>
        <source>Numbered paper forms of the selected survey, to print or save as PDF</source>
        <translation>Formularios en papel numerados de la encuesta elegida, para imprimir o guardar en PDF</translation>
    </message>
    <message>
        <source>&amp;Enter paper forms…</source>
        <translation>&amp;Introducir formularios en papel…</translation>
    </message>
    <message>
        <source>Type in returned paper cards by keyboard</source>
        <translation>Teclear las tarjetas en papel devueltas</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Vista previa…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Punto de contacto</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Respuestas</translation>
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
        <translation>Elija primero una encuesta con preguntas.</translation>
    </message>
    <message>
        <source>Delete “%1”? It has no responses yet.</source>
        <translation>¿Eliminar «%1»? Todavía no tiene respuestas.</translation>
    </message>
    <message>
        <source>Delete survey</source>
        <translation>Eliminar encuesta</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>The survey was not deleted: %1.</source>
        <translation>La encuesta no se eliminó: %1.</translation>
    </message>
    <message>
        <source>Paper forms</source>
        <translation>Formularios en papel</translation>
    </message>
    <message>
        <source>Save paper forms</source>
        <translation>Guardar formularios en papel</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Paper forms — %1</source>
        <translation>Formularios en papel — %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>No surveys yet.</source>
        <translation>Todavía no hay encuestas.</translation>
    </message>
    <message>
        <source>The surveys could not be read: %1</source>
        <translation>No se pudieron leer las encuestas: %1</translation>
    </message>
    <message>
        <source>The PIN was not saved: %1.</source>
        <translation>El PIN no se guardó: %1.</translation>
    </message>
    <message>
        <source>The forms were not saved: %1.</source>
        <translation>Los formularios no se guardaron: %1.</translation>
    </message>
    <message>
        <source>Forms %1 to %2 were printed, but their numbers could not be kept: %3. The next batch may start at a number printed now.</source>
        <translation>Los formularios %1 a %2 se imprimieron, pero sus números no se pudieron conservar: %3. El próximo lote podría empezar por un número impreso ahora.</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %Ln response(s)? Their answers leave every metric and report. Export them first if you may need them; this cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar «%1» y su %Ln respuesta? Sus respuestas salen de todas las métricas e informes. Expórtela antes si puede necesitarla; esto no se puede deshacer.</numerusform>
            <numerusform>¿Eliminar «%1» y sus %Ln respuestas? Sus respuestas salen de todas las métricas e informes. Expórtelas antes si puede necesitarlas; esto no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import survey…</source>
        <translation>I&amp;mportar encuesta…</translation>
    </message>
    <message>
        <source>A survey made in LimeSurvey, Qualtrics, KoboToolbox or ODK (with its answers, where the file has them), or a CX Desk survey file</source>
        <translation>Una encuesta hecha en LimeSurvey, Qualtrics, KoboToolbox u ODK (con sus respuestas, si el archivo las tiene), o un archivo de encuesta de CX Desk</translation>
    </message>
    <message>
        <source>Import survey</source>
        <translation>Importar encuesta</translation>
    </message>
    <message>
        <source>Survey files (*.lss *.lsa *.qsf *.csv *.xlsx *.xml *.json);;All files (*)</source>
        <translation>Archivos de encuesta (*.lss *.lsa *.qsf *.csv *.xlsx *.xml *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>JSON no válido en el carácter %1: %2</translation>
    </message>
    <message>
        <source>not a survey definition</source>
        <translation>no es una definición de encuesta</translation>
    </message>
    <message>
        <source>it could not be saved</source>
        <translation>no se pudo guardar</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 no se importó: %2</translation>
    </message>
    <message numerus="yes">
        <source>Added the survey “%1” with %Ln question(s).</source>
        <translation>
            <numerusform>Se añadió la encuesta «%1» con %Ln pregunta.</numerusform>
            <numerusform>Se añadió la encuesta «%1» con %Ln preguntas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated the survey “%1”; it has %Ln question(s).</source>
        <translation>
            <numerusform>Se actualizó la encuesta «%1»; tiene %Ln pregunta.</numerusform>
            <numerusform>Se actualizó la encuesta «%1»; tiene %Ln preguntas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>No se puede importar %1: %2</translation>
    </message>
    <message>
        <source>Responses added to “%1”.</source>
        <translation>Respuestas añadidas a «%1».</translation>
    </message>
    <message>
        <source>Added the survey “%1”.</source>
        <translation>Se añadió la encuesta «%1».</translation>
    </message>
    <message>
        <source>Updated the survey “%1”.</source>
        <translation>Se actualizó la encuesta «%1».</translation>
    </message>
    <message>
        <source>Responses: %1 added, %2 imported before.</source>
        <translation>Respuestas añadidas: %1; ya importadas antes: %2.</translation>
    </message>
    <message>
        <source>They were given from %1 to %2; choose a period that holds these dates to see them in the results.</source>
        <translation>Se recogieron del %1 al %2; elija un periodo que incluya esas fechas para verlas en los resultados.</translation>
    </message>
</context>
<context>
    <name>cx::TagEditor</name>
    <message>
        <source>Add a tag…</source>
        <translation>Añadir una etiqueta…</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>Quitar la etiqueta «%1»</translation>
    </message>
</context>
<context>
    <name>cx::TeamTab</name>
    <message>
        <source>everything, accounts and settings included</source>
        <translation>todo, cuentas y ajustes incluidos</translation>
    </message>
    <message>
        <source>customers, interactions, follow-ups, surveys and reports</source>
        <translation>clientes, interacciones, seguimientos, encuestas e informes</translation>
    </message>
    <message>
        <source>a kiosk: takes survey answers, reads nothing else</source>
        <translation>un quiosco: recoge respuestas de encuestas, no lee nada más</translation>
    </message>
    <message>
        <source>Each person logs in to the server with their own account. The server itself allows each account only what its role may do.</source>
        <translation>Cada persona inicia sesión en el servidor con su propia cuenta. El propio servidor solo permite a cada cuenta lo que su rol puede hacer.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kiosks&lt;/b&gt; — answers taken while the server was away wait on the kiosk until it is back</source>
        <translation>&lt;b&gt;Quioscos&lt;/b&gt; — las respuestas recogidas mientras el servidor no responde esperan en el quiosco hasta que el servidor vuelva</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Quiosco</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordenador</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Sent after outages</source>
        <translation>Enviadas tras cortes</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Último aviso</translation>
    </message>
    <message>
        <source>choose a role</source>
        <translation>elija un rol</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Añadir una cuenta</translation>
    </message>
    <message>
        <source>e.g. ben or kiosk1</source>
        <translation>p. ej. ben o quiosco1</translation>
    </message>
    <message>
        <source>&amp;Account name</source>
        <translation>&amp;Nombre de la cuenta</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>The same &amp;again</source>
        <translation>Otra &amp;vez</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Remove an account</source>
        <translation>Quitar una cuenta</translation>
    </message>
    <message>
        <source>Remove the account “%1”? They can no longer log in. What they entered stays, with their name on it.</source>
        <translation>¿Quitar la cuenta «%1»? Esa persona ya no podrá iniciar sesión. Lo que haya introducido se conserva, con su nombre.</translation>
    </message>
</context>
<context>
    <name>cx::Text</name>
    <message>
        <source>a journey needs a name</source>
        <translation>un recorrido necesita un nombre</translation>
    </message>
    <message>
        <source>a stage needs a name</source>
        <translation>una etapa necesita un nombre</translation>
    </message>
    <message>
        <source>the expected feeling %1 is outside -2 to +2</source>
        <translation>el sentimiento esperado %1 está fuera de -2 a +2</translation>
    </message>
    <message>
        <source>a touchpoint needs a name</source>
        <translation>un punto de contacto necesita un nombre</translation>
    </message>
    <message>
        <source>the target %1 is outside the 1-5 scale</source>
        <translation>el objetivo %1 está fuera de la escala 1-5</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1:%2: a quoted field is not closed before the end of the file</source>
        <translation>%1:%2: un campo entre comillas no se cierra antes del final del archivo</translation>
    </message>
    <message>
        <source>%1:%2: text after the closing quote of field %3</source>
        <translation>%1:%2: texto después de la comilla de cierre del campo %3</translation>
    </message>
    <message>
        <source>a customer needs a name</source>
        <translation>un cliente necesita un nombre</translation>
    </message>
    <message>
        <source>migration %1 is missing from this build</source>
        <translation>falta la migración %1 en esta compilación</translation>
    </message>
    <message>
        <source>cannot read migration %1</source>
        <translation>no se puede leer la migración %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a database file</source>
        <translation>&apos;%1&apos; es una carpeta, no un archivo de base de datos</translation>
    </message>
    <message>
        <source>cannot create database &apos;%1&apos;: folder &apos;%2&apos; does not exist</source>
        <translation>no se puede crear la base de datos &apos;%1&apos;: la carpeta &apos;%2&apos; no existe</translation>
    </message>
    <message>
        <source>cannot create database &apos;%1&apos;: %2</source>
        <translation>no se puede crear la base de datos &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>cannot read database &apos;%1&apos;: permission denied</source>
        <translation>no se puede leer la base de datos &apos;%1&apos;: permiso denegado</translation>
    </message>
    <message>
        <source>cannot open database &apos;%1&apos;: %2</source>
        <translation>no se puede abrir la base de datos &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a database file (it is not in SQLite format)</source>
        <translation>&apos;%1&apos; no es un archivo de base de datos (no está en formato SQLite)</translation>
    </message>
    <message>
        <source>cannot read database &apos;%1&apos;: %2</source>
        <translation>no se puede leer la base de datos &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CX Desk database (it is an SQLite file of another program)</source>
        <translation>&apos;%1&apos; no es una base de datos de CX Desk (es un archivo SQLite de otro programa)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer CX Desk (schema version %2; this version reads up to %3): update CX Desk to open it</source>
        <translation>&apos;%1&apos; la escribió un CX Desk más reciente (versión de esquema %2; esta versión lee hasta la %3): actualice CX Desk para abrirla</translation>
    </message>
    <message>
        <source>cannot configure database &apos;%1&apos;: %2</source>
        <translation>no se puede configurar la base de datos &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>cannot upgrade &apos;%1&apos;: %2</source>
        <translation>no se puede actualizar &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>cannot upgrade &apos;%1&apos; to schema version %2: %3</source>
        <translation>no se puede actualizar &apos;%1&apos; a la versión de esquema %2: %3</translation>
    </message>
    <message>
        <source>no transaction is active</source>
        <translation>no hay ninguna transacción activa</translation>
    </message>
    <message>
        <source>the condition is not a JSON object</source>
        <translation>la condición no es un objeto JSON</translation>
    </message>
    <message>
        <source>the condition names no question</source>
        <translation>la condición no nombra ninguna pregunta</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of = != &lt; &lt;= &gt; &gt;=</source>
        <translation>&apos;%1&apos; no es uno de = != &lt; &lt;= &gt; &gt;=</translation>
    </message>
    <message>
        <source>the condition has no value</source>
        <translation>la condición no tiene valor</translation>
    </message>
    <message>
        <source>responses are exported one survey at a time: name it with --survey UUID</source>
        <translation>las respuestas se exportan de encuesta en encuesta: indíquela con --survey UUID</translation>
    </message>
    <message>
        <source>cannot read the records: %1</source>
        <translation>no se pueden leer los registros: %1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <source>follow-up actions must be due within 0 to 365 days, not %1</source>
        <translation>las acciones de seguimiento deben vencer en 0 a 365 días, no %1</translation>
    </message>
    <message>
        <source>Follow up a complaint</source>
        <translation>Atender una queja</translation>
    </message>
    <message>
        <source>Follow up a complaint about %1</source>
        <translation>Atender una queja sobre %1</translation>
    </message>
    <message>
        <source>Follow up %1&apos;s complaint</source>
        <translation>Atender la queja de %1</translation>
    </message>
    <message>
        <source>Follow up %1&apos;s complaint about %2</source>
        <translation>Atender la queja de %1 sobre %2</translation>
    </message>
    <message>
        <source>Look into an anonymous %1 of %2</source>
        <translation>Revisar un %1 anónimo de %2</translation>
    </message>
    <message>
        <source>Call %1 back about their %2 of %3</source>
        <translation>Llamar a %1 por su %2 de %3</translation>
    </message>
    <message>
        <source>%1: not a JSON array of records (%2 at character %3)</source>
        <translation>%1: no es un array JSON de registros (%2 en el carácter %3)</translation>
    </message>
    <message>
        <source>%1:%2: column &apos;%3&apos;: %4</source>
        <translation>%1:%2: columna &apos;%3&apos;: %4</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; use YYYY-MM-DD</source>
        <translation>&apos;%1&apos; no es una fecha; use AAAA-MM-DD</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rating from 1 to 5</source>
        <translation>&apos;%1&apos; no es una valoración de 1 a 5</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: el archivo está vacío</translation>
    </message>
    <message>
        <source>responses are imported into one survey: name it (--survey UUID)</source>
        <translation>las respuestas se importan en una encuesta: indíquela (--survey UUID)</translation>
    </message>
    <message>
        <source>%1: not valid UTF-8; read as Windows-1252</source>
        <translation>%1: UTF-8 no válido; leído como Windows-1252</translation>
    </message>
    <message>
        <source>%1: the file is empty; a header row is required</source>
        <translation>%1: el archivo está vacío; se necesita una fila de encabezado</translation>
    </message>
    <message>
        <source>%1:1: column &apos;%2&apos; is missing; the header needs it (or --map %3=HEADER)</source>
        <translation>%1:1: falta la columna &apos;%2&apos;; el encabezado la necesita (o --map %3=ENCABEZADO)</translation>
    </message>
    <message>
        <source>--map %1=%2: &apos;%1&apos; is not a field of %3</source>
        <translation>--map %1=%2: &apos;%1&apos; no es un campo de %3</translation>
    </message>
    <message>
        <source>these responses</source>
        <translation>estas respuestas</translation>
    </message>
    <message>
        <source>%1:1: column &apos;%2&apos; (named by --map %3) is not in the header</source>
        <translation>%1:1: la columna &apos;%2&apos; (indicada por --map %3) no está en el encabezado</translation>
    </message>
    <message>
        <source>%1: ignored column%2 %3</source>
        <translation>%1: columna%2 ignorada %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot write to the database: %1</source>
        <translation>no se puede escribir en la base de datos: %1</translation>
    </message>
    <message>
        <source>channel &apos;%1&apos;</source>
        <translation>canal &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no channel is named &apos;%1&apos; (--create-missing adds it)</source>
        <translation>ningún canal se llama &apos;%1&apos; (--create-missing lo añade)</translation>
    </message>
    <message>
        <source>customer &apos;%1&apos;</source>
        <translation>cliente &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no customer has the number &apos;%1&apos; (--create-missing adds one)</source>
        <translation>ningún cliente tiene el número &apos;%1&apos; (--create-missing añade uno)</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation>la importación se canceló; no se importó nada</translation>
    </message>
    <message>
        <source>is missing from this row (%1 of %2 columns)</source>
        <translation>falta en esta fila (%1 de %2 columnas)</translation>
    </message>
    <message>
        <source>is empty; every customer needs one</source>
        <translation>está vacío; cada cliente necesita uno</translation>
    </message>
    <message>
        <source>is empty; every customer needs a name</source>
        <translation>está vacío; cada cliente necesita un nombre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address</source>
        <translation>&apos;%1&apos; no es una dirección de correo</translation>
    </message>
    <message>
        <source>%1 is before converted_on %2</source>
        <translation>%1 es anterior a converted_on %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of kiosk, paper, import, manual</source>
        <translation>&apos;%1&apos; no es uno de kiosk, paper, import, manual</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID</source>
        <translation>&apos;%1&apos; no es un UUID</translation>
    </message>
    <message>
        <source>is empty; the question is required</source>
        <translation>está vacío; la pregunta es obligatoria</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from %2 to %3 (a %4 answer)</source>
        <translation>&apos;%1&apos; no es un número entero de %2 a %3 (una respuesta %4)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of its options: %2</source>
        <translation>&apos;%1&apos; no es una de sus opciones: %2</translation>
    </message>
    <message>
        <source>Imported touchpoints</source>
        <translation>Puntos de contacto importados</translation>
    </message>
    <message>
        <source>Touchpoints named by imported files; move them to their journeys.</source>
        <translation>Puntos de contacto nombrados en archivos importados; muévalos a sus recorridos.</translation>
    </message>
    <message>
        <source>To place</source>
        <translation>Por ubicar</translation>
    </message>
    <message>
        <source>touchpoint &apos;%1&apos;</source>
        <translation>punto de contacto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no touchpoint is named &apos;%1&apos; (--create-missing adds it)</source>
        <translation>ningún punto de contacto se llama &apos;%1&apos; (--create-missing lo añade)</translation>
    </message>
    <message>
        <source>%1:%2: cannot be written: %3</source>
        <translation>%1:%2: no se puede escribir: %3</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>creados: %1</translation>
    </message>
    <message>
        <source>occurred_at &apos;%1&apos; is not a timestamp like 2026-03-01T14:05:00+01:00</source>
        <translation>occurred_at &apos;%1&apos; no es una marca de tiempo como 2026-03-01T14:05:00+01:00</translation>
    </message>
    <message>
        <source>resolved_at &apos;%1&apos; is not a timestamp like 2026-03-01T14:05:00+01:00</source>
        <translation>resolved_at &apos;%1&apos; no es una marca de tiempo como 2026-03-01T14:05:00+01:00</translation>
    </message>
    <message>
        <source>resolved_at %1 is before occurred_at %2</source>
        <translation>resolved_at %1 es anterior a occurred_at %2</translation>
    </message>
    <message>
        <source>staff_rating %1 is outside 1-5</source>
        <translation>staff_rating %1 está fuera de 1-5</translation>
    </message>
    <message>
        <source>customer_rating %1 is outside 1-5</source>
        <translation>customer_rating %1 está fuera de 1-5</translation>
    </message>
    <message>
        <source>an interaction without a uuid</source>
        <translation>una interacción sin uuid</translation>
    </message>
    <message>
        <source>there is no journey template &apos;%1&apos;</source>
        <translation>no existe la plantilla de recorrido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no customer has the number &apos;%1&apos;</source>
        <translation>ningún cliente tiene el número &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot erase: %1</source>
        <translation>no se puede borrar: %1</translation>
    </message>
    <message>
        <source>question %1 &apos;%2&apos;: %3 is not a whole number from %4 to %5</source>
        <translation>pregunta %1 &apos;%2&apos;: %3 no es un número entero de %4 a %5</translation>
    </message>
    <message>
        <source>question %1 &apos;%2&apos; needs an answer</source>
        <translation>la pregunta %1 &apos;%2&apos; necesita una respuesta</translation>
    </message>
    <message>
        <source>form %1 of this survey was already entered (response of %2)</source>
        <translation>el formulario %1 de esta encuesta ya se introdujo (respuesta del %2)</translation>
    </message>
    <message>
        <source>Gave their contact in a %1 survey response</source>
        <translation>Dejó su contacto en una respuesta de encuesta (%1)</translation>
    </message>
    <message>
        <source>the PIN must be 4 to 8 digits</source>
        <translation>el PIN debe tener de 4 a 8 cifras</translation>
    </message>
    <message>
        <source>Our business</source>
        <translation>Nuestro negocio</translation>
    </message>
    <message>
        <source>the logo is larger than 2 MB; use a smaller picture</source>
        <translation>el logotipo supera los 2 MB; use una imagen más pequeña</translation>
    </message>
    <message>
        <source>Thank you! Your answers help us do better.</source>
        <translation>¡Gracias! Sus respuestas nos ayudan a mejorar.</translation>
    </message>
    <message>
        <source>uuid &apos;%1&apos; is not a UUID</source>
        <translation>uuid &apos;%1&apos; no es un UUID</translation>
    </message>
    <message>
        <source>the survey needs a title</source>
        <translation>la encuesta necesita un título</translation>
    </message>
    <message>
        <source>the survey has no questions</source>
        <translation>la encuesta no tiene preguntas</translation>
    </message>
    <message>
        <source>question %1%2</source>
        <translation>pregunta %1%2</translation>
    </message>
    <message>
        <source> &apos;%1&apos;</source>
        <translation> &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: code is empty</source>
        <translation>%1: el código está vacío</translation>
    </message>
    <message>
        <source>%1: code is used twice</source>
        <translation>%1: el código se usa dos veces</translation>
    </message>
    <message>
        <source>%1: kind &apos;%2&apos; is not one of nps, csat, ces, rating, yesno, single, multi, text</source>
        <translation>%1: el tipo &apos;%2&apos; no es uno de nps, csat, ces, rating, yesno, single, multi, text</translation>
    </message>
    <message>
        <source>%1: text is empty</source>
        <translation>%1: el texto está vacío</translation>
    </message>
    <message>
        <source>%1: a %2 question needs options</source>
        <translation>%1: una pregunta %2 necesita opciones</translation>
    </message>
    <message>
        <source>%1: option &apos;%2&apos; may not contain &apos;;&apos;</source>
        <translation>%1: la opción &apos;%2&apos; no puede contener &apos;;&apos;</translation>
    </message>
    <message>
        <source>%1: show_if refers to &apos;%2&apos;, which is not an earlier question</source>
        <translation>%1: show_if se refiere a &apos;%2&apos;, que no es una pregunta anterior</translation>
    </message>
    <message>
        <source>%1: show_if op &apos;%2&apos; is not one of = != &lt; &lt;= &gt; &gt;=</source>
        <translation>%1: el operador show_if &apos;%2&apos; no es uno de = != &lt; &lt;= &gt; &gt;=</translation>
    </message>
    <message>
        <source>%1: show_if has no value</source>
        <translation>%1: show_if no tiene valor</translation>
    </message>
    <message>
        <source>%1: an option is empty</source>
        <translation>%1: una opción está vacía</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: its condition refers to &apos;%2&apos;, which is not an earlier question</source>
        <translation>%1: su condición se refiere a &apos;%2&apos;, que no es una pregunta anterior</translation>
    </message>
    <message>
        <source>cannot save question &apos;%1&apos;: %2</source>
        <translation>no se puede guardar la pregunta &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; has %2 answers and cannot be removed (nothing was changed)</source>
        <translation>la pregunta &apos;%1&apos; tiene %2 respuestas y no se puede quitar (no se cambió nada)</translation>
    </message>
    <message>
        <source>a survey needs a title</source>
        <translation>una encuesta necesita un título</translation>
    </message>
    <message>
        <source>cannot add question &apos;%1&apos;: %2</source>
        <translation>no se puede añadir la pregunta &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>submitted_at &apos;%1&apos; is not a timestamp like 2026-03-01T14:05:00+01:00</source>
        <translation>submitted_at &apos;%1&apos; no es una marca de tiempo como 2026-03-01T14:05:00+01:00</translation>
    </message>
    <message>
        <source>question %1 does not belong to this survey</source>
        <translation>la pregunta %1 no pertenece a esta encuesta</translation>
    </message>
    <message>
        <source>answer to &apos;%1&apos; is %2, outside %3-%4</source>
        <translation>la respuesta a &apos;%1&apos; es %2, fuera de %3-%4</translation>
    </message>
    <message>
        <source>answer to &apos;%1&apos; is &apos;%2&apos;, not one of its options</source>
        <translation>la respuesta a &apos;%1&apos; es &apos;%2&apos;, que no es una de sus opciones</translation>
    </message>
    <message>
        <source>an action needs a title</source>
        <translation>una acción necesita un título</translation>
    </message>
    <message>
        <source>created_at &apos;%1&apos; is not a timestamp</source>
        <translation>created_at &apos;%1&apos; no es una marca de tiempo</translation>
    </message>
    <message>
        <source>there is no survey %1</source>
        <translation>no existe la encuesta %1</translation>
    </message>
    <message>
        <source>cannot read the responses: %1</source>
        <translation>no se pueden leer las respuestas: %1</translation>
    </message>
    <message>
        <source>cannot read the answers: %1</source>
        <translation>no se pueden leer las respuestas: %1</translation>
    </message>
    <message>
        <source>Shop visit</source>
        <translation>Visita a la tienda</translation>
    </message>
    <message>
        <source>A regular from the neighbourhood</source>
        <translation>Una clienta habitual del barrio</translation>
    </message>
    <message>
        <source>From noticing the shop to coming back as a regular.</source>
        <translation>Desde fijarse en la tienda hasta volver como cliente habitual.</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Descubrir</translation>
    </message>
    <message>
        <source>Shop window</source>
        <translation>Escaparate</translation>
    </message>
    <message>
        <source>Social media posts</source>
        <translation>Publicaciones en redes sociales</translation>
    </message>
    <message>
        <source>Online reviews</source>
        <translation>Reseñas en línea</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Welcome at the door</source>
        <translation>Bienvenida en la puerta</translation>
    </message>
    <message>
        <source>Browsing the shelves</source>
        <translation>Mirar los estantes</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Comprar</translation>
    </message>
    <message>
        <source>Till and payment</source>
        <translation>Caja y pago</translation>
    </message>
    <message>
        <source>After the visit</source>
        <translation>Después de la visita</translation>
    </message>
    <message>
        <source>Returns and exchanges</source>
        <translation>Devoluciones y cambios</translation>
    </message>
    <message>
        <source>Questions by phone</source>
        <translation>Preguntas por teléfono</translation>
    </message>
    <message>
        <source>Come back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Tarjeta de fidelidad</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Boletín</translation>
    </message>
    <message>
        <source>Online order and delivery</source>
        <translation>Pedido en línea y entrega</translation>
    </message>
    <message>
        <source>A busy customer ordering from the phone</source>
        <translation>Una clienta ocupada que pide desde el móvil</translation>
    </message>
    <message>
        <source>From finding the web shop to the parcel at the door.</source>
        <translation>Desde encontrar la tienda en línea hasta el paquete en la puerta.</translation>
    </message>
    <message>
        <source>Search and ads</source>
        <translation>Búsqueda y anuncios</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedir</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>Tienda en línea</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Aplicación móvil</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pagar</translation>
    </message>
    <message>
        <source>Online checkout</source>
        <translation>Pago en línea</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Order confirmation</source>
        <translation>Confirmación del pedido</translation>
    </message>
    <message>
        <source>Delivery at the door</source>
        <translation>Entrega a domicilio</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Email support</source>
        <translation>Soporte por correo</translation>
    </message>
    <message>
        <source>Phone support</source>
        <translation>Soporte telefónico</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Opinión</translation>
    </message>
    <message>
        <source>Review request</source>
        <translation>Petición de opinión</translation>
    </message>
    <message>
        <source>Service or repair appointment</source>
        <translation>Cita de servicio o reparación</translation>
    </message>
    <message>
        <source>A customer whose device needs fixing</source>
        <translation>Un cliente cuyo aparato necesita reparación</translation>
    </message>
    <message>
        <source>From looking for help to the follow-up after the repair.</source>
        <translation>Desde buscar ayuda hasta el seguimiento tras la reparación.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Boca a boca</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Reservar</translation>
    </message>
    <message>
        <source>Booking by phone</source>
        <translation>Reserva por teléfono</translation>
    </message>
    <message>
        <source>Online booking</source>
        <translation>Reserva en línea</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Repair or service</source>
        <translation>Reparación o servicio</translation>
    </message>
    <message>
        <source>Invoice and payment</source>
        <translation>Factura y pago</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Llamada de seguimiento</translation>
    </message>
    <message>
        <source>Warranty claim</source>
        <translation>Reclamación de garantía</translation>
    </message>
    <message>
        <source>Restaurant visit</source>
        <translation>Visita al restaurante</translation>
    </message>
    <message>
        <source>Friends out for dinner</source>
        <translation>Amigos que salen a cenar</translation>
    </message>
    <message>
        <source>From choosing the restaurant to recommending it.</source>
        <translation>Desde elegir el restaurante hasta recomendarlo.</translation>
    </message>
    <message>
        <source>Table booking by phone</source>
        <translation>Reserva de mesa por teléfono</translation>
    </message>
    <message>
        <source>Eat</source>
        <translation>Comer</translation>
    </message>
    <message>
        <source>Welcome and seating</source>
        <translation>Bienvenida y mesa</translation>
    </message>
    <message>
        <source>Table service</source>
        <translation>Servicio de mesa</translation>
    </message>
    <message>
        <source>Food from the kitchen</source>
        <translation>Comida de la cocina</translation>
    </message>
    <message>
        <source>Bill and payment</source>
        <translation>Cuenta y pago</translation>
    </message>
    <message>
        <source>Loyalty offer</source>
        <translation>Oferta de fidelidad</translation>
    </message>
    <message>
        <source>What should we improve first?</source>
        <translation>¿Qué deberíamos mejorar primero?</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Tiempo de espera</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Staff friendliness</source>
        <translation>Amabilidad del personal</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horario de apertura</translation>
    </message>
    <message>
        <source>Relationship NPS</source>
        <translation>NPS relacional</translation>
    </message>
    <message>
        <source>How loyal customers are overall; ask every quarter, not after each visit.</source>
        <translation>Cuán fieles son los clientes en general; pregunte cada trimestre, no tras cada visita.</translation>
    </message>
    <message>
        <source>How likely are you to recommend us?</source>
        <translation>¿Nos recomendaría?</translation>
    </message>
    <message>
        <source>A quick question about us as a whole.</source>
        <translation>Una pregunta rápida sobre nosotros en general.</translation>
    </message>
    <message>
        <source>Thank you! Every answer is read by the owner.</source>
        <translation>¡Gracias! El dueño lee cada respuesta.</translation>
    </message>
    <message>
        <source>How likely are you to recommend us to a friend or colleague?</source>
        <translation>¿Qué probabilidad hay de que nos recomiende a un amigo o colega?</translation>
    </message>
    <message>
        <source>Not at all likely</source>
        <translation>Nada probable</translation>
    </message>
    <message>
        <source>Extremely likely</source>
        <translation>Muy probable</translation>
    </message>
    <message>
        <source>What is the main reason for your score?</source>
        <translation>¿Cuál es el motivo principal de su puntuación?</translation>
    </message>
    <message>
        <source>Will you visit us again?</source>
        <translation>¿Volverá a visitarnos?</translation>
    </message>
    <message>
        <source>Post-visit CSAT</source>
        <translation>CSAT tras la visita</translation>
    </message>
    <message>
        <source>How a single visit went; at the counter or on a card left with the bill.</source>
        <translation>Cómo fue una visita; en el mostrador o en una tarjeta junto a la cuenta.</translation>
    </message>
    <message>
        <source>How was your visit today?</source>
        <translation>¿Qué tal su visita de hoy?</translation>
    </message>
    <message>
        <source>Thirty seconds about today&apos;s visit.</source>
        <translation>Treinta segundos sobre su visita de hoy.</translation>
    </message>
    <message>
        <source>Thank you for your time. See you soon!</source>
        <translation>Gracias por su tiempo. ¡Hasta pronto!</translation>
    </message>
    <message>
        <source>How satisfied are you with your visit today?</source>
        <translation>¿Qué tan satisfecho está con su visita de hoy?</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>Muy insatisfecho</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Muy satisfecho</translation>
    </message>
    <message>
        <source>How would you rate our staff?</source>
        <translation>¿Cómo valora a nuestro personal?</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Malo</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Excelente</translation>
    </message>
    <message>
        <source>What could we have done better?</source>
        <translation>¿Qué podríamos haber hecho mejor?</translation>
    </message>
    <message>
        <source>Was your issue resolved?</source>
        <translation>¿Se resolvió su problema?</translation>
    </message>
    <message>
        <source>How many times did you contact us about it?</source>
        <translation>¿Cuántas veces nos contactó por ello?</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Una vez</translation>
    </message>
    <message>
        <source>Twice</source>
        <translation>Dos veces</translation>
    </message>
    <message>
        <source>Three times or more</source>
        <translation>Tres veces o más</translation>
    </message>
    <message>
        <source>Support CES</source>
        <translation>CES de soporte</translation>
    </message>
    <message>
        <source>How much effort getting help took; right after a call, email or repair.</source>
        <translation>Cuánto esfuerzo costó conseguir ayuda; justo después de una llamada, un correo o una reparación.</translation>
    </message>
    <message>
        <source>Support follow-up</source>
        <translation>Seguimiento del soporte</translation>
    </message>
    <message>
        <source>About the help you received from us.</source>
        <translation>Sobre la ayuda que recibió de nosotros.</translation>
    </message>
    <message>
        <source>Thank you. If something is still not right, we will be in touch.</source>
        <translation>Gracias. Si algo sigue sin estar bien, nos pondremos en contacto.</translation>
    </message>
    <message>
        <source>How easy was it to get your issue handled?</source>
        <translation>¿Qué tan fácil fue que atendieran su problema?</translation>
    </message>
    <message>
        <source>Very difficult</source>
        <translation>Muy difícil</translation>
    </message>
    <message>
        <source>Very easy</source>
        <translation>Muy fácil</translation>
    </message>
    <message>
        <source>What made it hard?</source>
        <translation>¿Qué lo hizo difícil?</translation>
    </message>
    <message>
        <source>Product feedback</source>
        <translation>Opinión sobre un producto</translation>
    </message>
    <message>
        <source>What customers think of a product or a new item on the menu.</source>
        <translation>Qué piensan los clientes de un producto o de un plato nuevo.</translation>
    </message>
    <message>
        <source>What do you think of it?</source>
        <translation>¿Qué le parece?</translation>
    </message>
    <message>
        <source>Your opinion on what you bought.</source>
        <translation>Su opinión sobre lo que compró.</translation>
    </message>
    <message>
        <source>Thank you for the feedback!</source>
        <translation>¡Gracias por su opinión!</translation>
    </message>
    <message>
        <source>How would you rate the product overall?</source>
        <translation>¿Cómo valora el producto en general?</translation>
    </message>
    <message>
        <source>What did you like?</source>
        <translation>¿Qué le gustó?</translation>
    </message>
    <message>
        <source>Taste or quality</source>
        <translation>Sabor o calidad</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Envase</translation>
    </message>
    <message>
        <source>Would you buy it again?</source>
        <translation>¿Lo volvería a comprar?</translation>
    </message>
    <message>
        <source>What one thing would you change?</source>
        <translation>¿Qué cosa cambiaría?</translation>
    </message>
    <message>
        <source>New survey</source>
        <translation>Nueva encuesta</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>staff %1/5</source>
        <translation>equipo %1/5</translation>
    </message>
    <message>
        <source>customer %1/5</source>
        <translation>cliente %1/5</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>resuelta el %1</translation>
    </message>
    <message>
        <source>answered &quot;%1&quot;</source>
        <translation>respondió «%1»</translation>
    </message>
    <message>
        <source>follow-up: %1</source>
        <translation>seguimiento: %1</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>hecha el %1</translation>
    </message>
    <message>
        <source>open, due %1</source>
        <translation>abierta, vence el %1</translation>
    </message>
    <message>
        <source>cannot add channel</source>
        <translation>no se puede añadir el canal</translation>
    </message>
    <message>
        <source>cannot add journey</source>
        <translation>no se puede añadir el recorrido</translation>
    </message>
    <message>
        <source>cannot delete journey</source>
        <translation>no se puede eliminar el recorrido</translation>
    </message>
    <message>
        <source>cannot add stage</source>
        <translation>no se puede añadir la etapa</translation>
    </message>
    <message>
        <source>cannot add touchpoint</source>
        <translation>no se puede añadir el punto de contacto</translation>
    </message>
    <message>
        <source>cannot save journey</source>
        <translation>no se puede guardar el recorrido</translation>
    </message>
    <message>
        <source>cannot save stage</source>
        <translation>no se puede guardar la etapa</translation>
    </message>
    <message>
        <source>cannot delete stage</source>
        <translation>no se puede eliminar la etapa</translation>
    </message>
    <message>
        <source>cannot save touchpoint</source>
        <translation>no se puede guardar el punto de contacto</translation>
    </message>
    <message>
        <source>cannot delete touchpoint</source>
        <translation>no se puede eliminar el punto de contacto</translation>
    </message>
    <message>
        <source>cannot link the touchpoint again</source>
        <translation>no se puede volver a vincular el punto de contacto</translation>
    </message>
    <message>
        <source>cannot add customer</source>
        <translation>no se puede añadir el cliente</translation>
    </message>
    <message>
        <source>cannot save customer</source>
        <translation>no se puede guardar el cliente</translation>
    </message>
    <message>
        <source>cannot delete customer</source>
        <translation>no se puede eliminar el cliente</translation>
    </message>
    <message>
        <source>cannot add interaction</source>
        <translation>no se puede añadir la interacción</translation>
    </message>
    <message>
        <source>cannot save interaction</source>
        <translation>no se puede guardar la interacción</translation>
    </message>
    <message>
        <source>cannot delete interaction</source>
        <translation>no se puede eliminar la interacción</translation>
    </message>
    <message>
        <source>cannot save the setting</source>
        <translation>no se puede guardar el ajuste</translation>
    </message>
    <message>
        <source>cannot update the survey</source>
        <translation>no se puede actualizar la encuesta</translation>
    </message>
    <message>
        <source>cannot reorder the questions</source>
        <translation>no se pueden reordenar las preguntas</translation>
    </message>
    <message>
        <source>cannot remove a question</source>
        <translation>no se puede quitar una pregunta</translation>
    </message>
    <message>
        <source>cannot add survey</source>
        <translation>no se puede añadir la encuesta</translation>
    </message>
    <message>
        <source>cannot add response</source>
        <translation>no se puede añadir la respuesta</translation>
    </message>
    <message>
        <source>cannot add answer</source>
        <translation>no se puede añadir la respuesta a una pregunta</translation>
    </message>
    <message>
        <source>cannot delete response</source>
        <translation>no se puede eliminar la respuesta</translation>
    </message>
    <message>
        <source>cannot add action</source>
        <translation>no se puede añadir la acción</translation>
    </message>
    <message>
        <source>cannot close action</source>
        <translation>no se puede cerrar la acción</translation>
    </message>
    <message>
        <source>cannot reopen action</source>
        <translation>no se puede reabrir la acción</translation>
    </message>
    <message>
        <source>cannot delete the survey</source>
        <translation>no se puede eliminar la encuesta</translation>
    </message>
    <message>
        <source>cannot rebuild the daily sums: %1</source>
        <translation>no se pueden reconstruir las sumas diarias: %1</translation>
    </message>
    <message>
        <source>cannot read the dashboard&apos;s data: %1</source>
        <translation>no se pueden leer los datos del panel: %1</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Sin canal</translation>
    </message>
    <message>
        <source>... and %1 more like the line above</source>
        <translation>... y %1 más como la línea anterior</translation>
    </message>
    <message>
        <source>integrity check failed to run: %1</source>
        <translation>no se pudo ejecutar la comprobación de integridad: %1</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>integridad: %1</translation>
    </message>
    <message>
        <source>foreign key: %1 row %2 points to a missing %3 row</source>
        <translation>clave externa: %1 fila %2 apunta a una fila de %3 que falta</translation>
    </message>
    <message>
        <source>schema: version %1, expected %2</source>
        <translation>esquema: versión %1, se esperaba %2</translation>
    </message>
    <message>
        <source>check could not run: %1</source>
        <translation>no se pudo ejecutar la comprobación: %1</translation>
    </message>
    <message>
        <source>cannot write backup &apos;%1&apos;: it is a folder</source>
        <translation>no se puede escribir la copia &apos;%1&apos;: es una carpeta</translation>
    </message>
    <message>
        <source>cannot write backup &apos;%1&apos;: folder &apos;%2&apos; does not exist</source>
        <translation>no se puede escribir la copia &apos;%1&apos;: la carpeta &apos;%2&apos; no existe</translation>
    </message>
    <message>
        <source>cannot write backup &apos;%1&apos;: it is the database itself</source>
        <translation>no se puede escribir la copia &apos;%1&apos;: es la propia base de datos</translation>
    </message>
    <message>
        <source>cannot write backup &apos;%1&apos;: %2</source>
        <translation>no se puede escribir la copia &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>cannot write backup &apos;%1&apos;: the finished copy could not be moved into place</source>
        <translation>no se puede escribir la copia &apos;%1&apos;: la copia terminada no se pudo mover a su sitio</translation>
    </message>
    <message>
        <source>cannot restore from &apos;%1&apos;: no such file</source>
        <translation>no se puede restaurar desde &apos;%1&apos;: no existe el archivo</translation>
    </message>
    <message>
        <source>cannot restore from &apos;%1&apos;: not a readable file</source>
        <translation>no se puede restaurar desde &apos;%1&apos;: no es un archivo legible</translation>
    </message>
    <message>
        <source>cannot restore from &apos;%1&apos;: it is the database itself</source>
        <translation>no se puede restaurar desde &apos;%1&apos;: es la propia base de datos</translation>
    </message>
    <message>
        <source>cannot restore into &apos;%1&apos;: folder &apos;%2&apos; does not exist</source>
        <translation>no se puede restaurar en &apos;%1&apos;: la carpeta &apos;%2&apos; no existe</translation>
    </message>
    <message>
        <source>cannot restore from &apos;%1&apos;: it could not be copied next to the database</source>
        <translation>no se puede restaurar desde &apos;%1&apos;: no se pudo copiar junto a la base de datos</translation>
    </message>
    <message>
        <source>cannot restore from &apos;%1&apos;: the file is empty</source>
        <translation>no se puede restaurar desde &apos;%1&apos;: el archivo está vacío</translation>
    </message>
    <message>
        <source>cannot restore from &apos;%1&apos;: %2</source>
        <translation>no se puede restaurar desde &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>the backup</source>
        <translation>la copia de seguridad</translation>
    </message>
    <message>
        <source>cannot restore from &apos;%1&apos;: the backup is damaged (integrity check failed)</source>
        <translation>no se puede restaurar desde &apos;%1&apos;: la copia está dañada (falló la comprobación de integridad)</translation>
    </message>
    <message>
        <source>cannot restore into &apos;%1&apos;: the current database could not be set aside</source>
        <translation>no se puede restaurar en &apos;%1&apos;: no se pudo apartar la base de datos actual</translation>
    </message>
    <message>
        <source>cannot restore into &apos;%1&apos;: the verified copy could not be moved into place</source>
        <translation>no se puede restaurar en &apos;%1&apos;: la copia verificada no se pudo mover a su sitio</translation>
    </message>
    <message>
        <source>cannot compute metrics: %1</source>
        <translation>no se pueden calcular las cifras: %1</translation>
    </message>
    <message>
        <source>the period starts (%1) after it ends (%2)</source>
        <translation>el periodo empieza (%1) después de terminar (%2)</translation>
    </message>
    <message>
        <source>cannot read the comments: %1</source>
        <translation>no se pueden leer los comentarios: %1</translation>
    </message>
    <message>
        <source>could not start the write</source>
        <translation>no se pudo iniciar la escritura</translation>
    </message>
    <message>
        <source>the journey “%1”</source>
        <translation>el recorrido «%1»</translation>
    </message>
    <message>
        <source>the stage “%1”</source>
        <translation>la etapa «%1»</translation>
    </message>
    <message>
        <source>the touchpoint “%1”</source>
        <translation>el punto de contacto «%1»</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>the persona&apos;s story</source>
        <translation>la historia de la persona</translation>
    </message>
    <message>
        <source>place on the map</source>
        <translation>lugar en el mapa</translation>
    </message>
    <message>
        <source>lifecycle phase</source>
        <translation>fase del ciclo de vida</translation>
    </message>
    <message>
        <source>expected feeling</source>
        <translation>sensación esperada</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>the customer “%1”</source>
        <translation>el cliente «%1»</translation>
    </message>
    <message>
        <source>customer number</source>
        <translation>número de cliente</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segmento</translation>
    </message>
    <message>
        <source>first contact</source>
        <translation>primer contacto</translation>
    </message>
    <message>
        <source>customer since</source>
        <translation>cliente desde</translation>
    </message>
    <message>
        <source>left on</source>
        <translation>se fue el</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>cannot compare the daily sums: %1</source>
        <translation>no se pueden comparar las sumas diarias: %1</translation>
    </message>
    <message>
        <source>daily sums: %1, survey %2, channel %3, touchpoint %4, %5 = %6: %7 counted, the responses hold %8</source>
        <translation>sumas diarias: %1, encuesta %2, canal %3, punto de contacto %4, %5 = %6: %7 contadas, las respuestas contienen %8</translation>
    </message>
    <message>
        <source>daily sums: %1, channel %2, touchpoint %3: the interaction sums differ from the interactions of that day</source>
        <translation>sumas diarias: %1, canal %2, punto de contacto %3: las sumas de interacciones difieren de las interacciones de ese día</translation>
    </message>
    <message>
        <source>there is no database at &apos;%1&apos;: check the path (a command that only reads never creates one)</source>
        <translation>no hay ninguna base de datos en «%1»: compruebe la ruta (una orden que solo lee nunca crea una)</translation>
    </message>
    <message>
        <source>there is no database at &apos;%1&apos;: folder &apos;%2&apos; does not exist</source>
        <translation>no hay ninguna base de datos en «%1»: la carpeta «%2» no existe</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>no se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>lo que se hizo</translation>
    </message>
    <message>
        <source>the follow-up “%1”</source>
        <translation>la acción de seguimiento «%1»</translation>
    </message>
    <message>
        <source>when follow-ups are due</source>
        <translation>el vencimiento de las acciones de seguimiento</translation>
    </message>
    <message>
        <source>the interaction of %1</source>
        <translation>la interacción del %1</translation>
    </message>
    <message>
        <source>the %1 of %2</source>
        <translation>la interacción «%1» del %2</translation>
    </message>
    <message>
        <source>when</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>punto de contacto</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>staff rating</source>
        <translation>valoración del equipo</translation>
    </message>
    <message>
        <source>customer rating</source>
        <translation>valoración del cliente</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelta</translation>
    </message>
    <message>
        <source>cannot count the records: %1</source>
        <translation>no se pueden contar los registros: %1</translation>
    </message>
    <message>
        <source>daily sums: rebuild them from the raw rows with: cxdesk check --repair</source>
        <translation>sumas diarias: reconstrúyalas a partir de las filas originales con: cxdesk check --repair</translation>
    </message>
    <message>
        <source>the list has no order to read it in</source>
        <translation>la lista no tiene un orden de lectura</translation>
    </message>
    <message>
        <source>%1 was changed in another window or program</source>
        <translation>otra ventana u otro programa modificó %1</translation>
    </message>
    <message>
        <source>%1 was changed in another window or program (%2)</source>
        <translation>otra ventana u otro programa modificó %1 (%2)</translation>
    </message>
    <message>
        <source>%1 was changed in another window or program at %2</source>
        <translation>otra ventana u otro programa modificó %1 a las %2</translation>
    </message>
    <message>
        <source>%1 was changed in another window or program at %2 (%3)</source>
        <translation>otra ventana u otro programa modificó %1 a las %2 (%3)</translation>
    </message>
    <message>
        <source>%1 was deleted in another window or program</source>
        <translation>otra ventana u otro programa eliminó %1</translation>
    </message>
    <message>
        <source>the setting “%1”</source>
        <translation>el ajuste «%1»</translation>
    </message>
    <message>
        <source>another CX Desk program is writing to this database — try again when it has finished</source>
        <translation>otro programa de CX Desk está escribiendo en esta base de datos — vuelva a intentarlo cuando haya terminado</translation>
    </message>
    <message>
        <source>the kiosk PIN</source>
        <translation>el PIN del quiosco</translation>
    </message>
    <message>
        <source>the business name</source>
        <translation>el nombre del negocio</translation>
    </message>
    <message>
        <source>the logo</source>
        <translation>el logotipo</translation>
    </message>
    <message>
        <source>the survey “%1”</source>
        <translation>la encuesta «%1»</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>where it is asked</source>
        <translation>dónde se pregunta</translation>
    </message>
    <message>
        <source>wording</source>
        <translation>redacción</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>preguntas</translation>
    </message>
    <message>
        <source>cannot delete action</source>
        <translation>no se puede eliminar la acción</translation>
    </message>
    <message>
        <source>marked done</source>
        <translation>marcada como hecha</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>reabierta</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>vencimiento</translation>
    </message>
    <message>
        <source>cannot link the follow-up again</source>
        <translation>no se puede volver a enlazar la acción de seguimiento</translation>
    </message>
    <message>
        <source>cannot read the surveys: %1</source>
        <translation>no se pueden leer las encuestas: %1</translation>
    </message>
    <message>
        <source>cannot write the customers&apos; search keys: %1</source>
        <translation>no se pueden escribir las claves de búsqueda de los clientes: %1</translation>
    </message>
    <message>
        <source>cannot write the customers&apos; search keys</source>
        <translation>no se pueden escribir las claves de búsqueda de los clientes</translation>
    </message>
    <message>
        <source>the SQLite driver gives no connection handle</source>
        <translation>el controlador de SQLite no da acceso a la conexión</translation>
    </message>
    <message>
        <source>cannot add the search function: %1</source>
        <translation>no se puede añadir la función de búsqueda: %1</translation>
    </message>
    <message>
        <source>cannot merge customers</source>
        <translation>no se pueden fusionar los clientes</translation>
    </message>
    <message>
        <source>two different stored customers are needed to merge</source>
        <translation>para fusionar hacen falta dos clientes guardados distintos</translation>
    </message>
    <message>
        <source>closed_at &apos;%1&apos; is not a timestamp</source>
        <translation>closed_at &apos;%1&apos; no es una marca de tiempo</translation>
    </message>
    <message>
        <source>cannot change action</source>
        <translation>no se puede cambiar la acción</translation>
    </message>
    <message>
        <source>a note needs some text</source>
        <translation>una nota necesita texto</translation>
    </message>
    <message>
        <source>written_at &apos;%1&apos; is not a timestamp</source>
        <translation>written_at &apos;%1&apos; no es una marca de tiempo</translation>
    </message>
    <message>
        <source>cannot add the note</source>
        <translation>no se puede añadir la nota</translation>
    </message>
    <message>
        <source>cannot remove the note</source>
        <translation>no se puede quitar la nota</translation>
    </message>
    <message>
        <source>the note was deleted in another window or program</source>
        <translation>la nota se borró en otra ventana u otro programa</translation>
    </message>
    <message>
        <source>the staff list</source>
        <translation>la lista del personal</translation>
    </message>
    <message>
        <source>a contact is by email or phone, not &apos;%1&apos;</source>
        <translation>un contacto es por correo o teléfono, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot record the contact</source>
        <translation>no se puede registrar el contacto</translation>
    </message>
    <message>
        <source>Phoned</source>
        <translation>Llamado</translation>
    </message>
    <message>
        <source>Emailed — apology</source>
        <translation>Correo — disculpa</translation>
    </message>
    <message>
        <source>Emailed — thank-you</source>
        <translation>Correo — agradecimiento</translation>
    </message>
    <message>
        <source>Emailed — survey invitation</source>
        <translation>Correo — invitación a la encuesta</translation>
    </message>
    <message>
        <source>Emailed</source>
        <translation>Correo escrito</translation>
    </message>
    <message>
        <source>cannot write the mail merge: %1</source>
        <translation>no se puede escribir la combinación de correspondencia: %1</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Disculpa</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Agradecimiento</translation>
    </message>
    <message>
        <source>Survey invitation</source>
        <translation>Invitación a la encuesta</translation>
    </message>
    <message>
        <source>We are sorry, {first_name}</source>
        <translation>Lo sentimos, {first_name}</translation>
    </message>
    <message>
        <source>Hello {first_name},

Thank you for telling us about your visit, and we are sorry we let you down.
What happened at {touchpoint} is not what we want for you, and we are putting it right.
We would love the chance to make it up to you: just reply to this email.

Warm regards,
{staff}
{business}</source>
        <translation>Hola {first_name}:

Gracias por contarnos su visita; sentimos haberle decepcionado.
Lo que pasó en {touchpoint} no es lo que queremos para usted, y lo estamos arreglando.
Nos encantaría tener la ocasión de compensarle: basta con responder a este correo.

Un cordial saludo,
{staff}
{business}</translation>
    </message>
    <message>
        <source>Thank you, {first_name}!</source>
        <translation>¡Gracias, {first_name}!</translation>
    </message>
    <message>
        <source>Hello {first_name},

Thank you for your kind words: they made our day.
We are glad {touchpoint} went well for you.
We look forward to seeing you again soon.

With warm thanks,
{staff}
{business}</source>
        <translation>Hola {first_name}:

Gracias por sus amables palabras: nos han alegrado el día.
Nos alegra que {touchpoint} haya ido bien.
Esperamos verle de nuevo pronto.

Con un cálido agradecimiento,
{staff}
{business}</translation>
    </message>
    <message>
        <source>Two quick questions from {business}</source>
        <translation>Dos preguntas rápidas de {business}</translation>
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
        <translation>Hola {first_name}:

Gracias por elegir {business}.
Nos encantaría saber qué tal fue {touchpoint}.
¿Respondería a dos preguntas rápidas contestando a este correo?
1. Del 0 al 10, ¿qué probabilidad hay de que nos recomiende a un amigo?
2. ¿Qué podríamos hacer mejor?

Gracias por su tiempo,
{staff}
{business}</translation>
    </message>
    <message>
        <source>the customer&apos;s name</source>
        <translation>el nombre del cliente</translation>
    </message>
    <message>
        <source>the customer&apos;s first name</source>
        <translation>el nombre de pila del cliente</translation>
    </message>
    <message>
        <source>your business&apos;s name</source>
        <translation>el nombre de su negocio</translation>
    </message>
    <message>
        <source>where it happened: the follow-up&apos;s, or the last visit</source>
        <translation>dónde ocurrió: el del seguimiento o la última visita</translation>
    </message>
    <message>
        <source>who writes (the follow-up&apos;s owner)</source>
        <translation>quién escribe (el responsable del seguimiento)</translation>
    </message>
    <message>
        <source>unknown placeholder %1 (it stays as typed); the placeholders are %2</source>
        <translation>marcador desconocido %1 (se queda tal cual); los marcadores son %2</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Hola:</translation>
    </message>
    <message>
        <source>the customer is no longer in the database</source>
        <translation>el cliente ya no está en la base de datos</translation>
    </message>
    <message>
        <source>place</source>
        <translation>posición</translation>
    </message>
    <message>
        <source>a customer field needs a name</source>
        <translation>un campo de cliente necesita un nombre</translation>
    </message>
    <message>
        <source>“%1” is a column of every customers file already; give the field another name</source>
        <translation>«%1» ya es una columna de todo archivo de clientes; dé otro nombre al campo</translation>
    </message>
    <message>
        <source>there is already a customer field named “%1”</source>
        <translation>ya hay un campo de cliente llamado «%1»</translation>
    </message>
    <message>
        <source>the customer field “%1”</source>
        <translation>el campo de cliente «%1»</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Sí/no</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>«%1» no es sí ni no</translation>
    </message>
    <message>
        <source>cannot add the customer field</source>
        <translation>no se puede añadir el campo de cliente</translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot become %2: %n customer(s) have a value it cannot hold</source>
        <translation>
            <numerusform>«%1» no puede pasar a %2: %n cliente tiene un valor que no puede contener</numerusform>
            <numerusform>«%1» no puede pasar a %2: %n clientes tienen un valor que no puede contener</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot save the customer field</source>
        <translation>no se puede guardar el campo de cliente</translation>
    </message>
    <message>
        <source>cannot remove the customer field</source>
        <translation>no se puede quitar el campo de cliente</translation>
    </message>
    <message>
        <source>cannot save the customer&apos;s fields</source>
        <translation>no se pueden guardar los campos del cliente</translation>
    </message>
    <message>
        <source>cannot save the tags</source>
        <translation>no se pueden guardar las etiquetas</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>responsable: %1</translation>
    </message>
    <message>
        <source>opened by %1</source>
        <translation>abierta por %1</translation>
    </message>
    <message>
        <source>a note: “%1”</source>
        <translation>una nota: «%1»</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>about the follow-up: %1</source>
        <translation>sobre el seguimiento: %1</translation>
    </message>
    <message>
        <source>cannot write the sample contacts</source>
        <translation>no se pueden escribir los contactos de ejemplo</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>custom fields</source>
        <translation>campos propios</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date like 2026-11-03, 03.11.2026 or 03/11/2026</source>
        <translation>&apos;%1&apos; no es una fecha como 2026-11-03, 03.11.2026 o 03/11/2026</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a possible date: %2</source>
        <translation>&apos;%1&apos; no es una fecha posible: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not name a possible time of day</source>
        <translation>&apos;%1&apos; no indica una hora posible</translation>
    </message>
    <message>
        <source>is empty; a date and time like 2026-03-01 14:05 or 2026-03-01T14:05:00+01:00 is required</source>
        <translation>está vacío; se necesita una fecha y hora como 2026-03-01 14:05 o 2026-03-01T14:05:00+01:00</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time like 2026-03-01 14:05, 01.03.2026 14:05 or 2026-03-01T14:05:00+01:00</source>
        <translation>&apos;%1&apos; no es una fecha y hora como 2026-03-01 14:05, 01.03.2026 14:05 o 2026-03-01T14:05:00+01:00</translation>
    </message>
    <message>
        <source>%1: no column is chosen for &apos;%2&apos;, which every row needs; choose a column for &apos;%2&apos; in the mapping above</source>
        <translation>%1: no se ha elegido ninguna columna para &apos;%2&apos;, que toda fila necesita; elija una columna para &apos;%2&apos; en la correspondencia de arriba</translation>
    </message>
    <message>
        <source>%1: dates are read day first, as line %2 shows (&apos;%3&apos;)</source>
        <translation>%1: las fechas se leen con el día primero, como muestra la línea %2 (&apos;%3&apos;)</translation>
    </message>
    <message>
        <source>%1: dates are read month first, as line %2 shows (&apos;%3&apos;)</source>
        <translation>%1: las fechas se leen con el mes primero, como muestra la línea %2 (&apos;%3&apos;)</translation>
    </message>
    <message>
        <source>choose how the dates are written under &apos;Dates&apos; above</source>
        <translation>elija cómo están escritas las fechas en &apos;Fechas&apos;, arriba</translation>
    </message>
    <message>
        <source>say how they are written with --date-format DMY (day first) or --date-format MDY (month first)</source>
        <translation>indique cómo están escritas con --date-format DMY (día primero) o --date-format MDY (mes primero)</translation>
    </message>
    <message>
        <source>%1: some dates are written day first (line %2: &apos;%3&apos;) and some month first (line %4: &apos;%5&apos;); %6</source>
        <translation>%1: algunas fechas empiezan por el día (línea %2: &apos;%3&apos;) y otras por el mes (línea %4: &apos;%5&apos;); %6</translation>
    </message>
    <message>
        <source>%1:%2: column &apos;%3&apos;: &apos;%4&apos; could be day first or month first, and no row of the file tells which; %5</source>
        <translation>%1:%2: columna &apos;%3&apos;: &apos;%4&apos; puede empezar por el día o por el mes, y ninguna fila del archivo indica cuál; %5</translation>
    </message>
    <message>
        <source>no channel is named &apos;%1&apos; (tick “Add channels, touchpoints and customers the file names” to add it)</source>
        <translation>ningún canal se llama &apos;%1&apos; (marque «Añadir los canales, puntos de contacto y clientes que nombra el archivo» para añadirlo)</translation>
    </message>
    <message>
        <source>no customer has the number &apos;%1&apos; (tick “Add channels, touchpoints and customers the file names” to add one)</source>
        <translation>ningún cliente tiene el número &apos;%1&apos; (marque «Añadir los canales, puntos de contacto y clientes que nombra el archivo» para añadir uno)</translation>
    </message>
    <message>
        <source>no touchpoint is named &apos;%1&apos; (tick “Add channels, touchpoints and customers the file names” to add it)</source>
        <translation>ningún punto de contacto se llama &apos;%1&apos; (marque «Añadir los canales, puntos de contacto y clientes que nombra el archivo» para añadirlo)</translation>
    </message>
    <message>
        <source>month %1 does not exist</source>
        <translation>el mes %1 no existe</translation>
    </message>
    <message>
        <source>day %1 does not exist</source>
        <translation>el día %1 no existe</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>29 February does not exist in %1</source>
        <translation>el 29 de febrero no existe en %1</translation>
    </message>
    <message>
        <source>%1 %2 does not exist</source>
        <translation>el %1 de %2 no existe</translation>
    </message>
    <message>
        <source>forms %1 to %2 cannot be numbered: numbers start at 1</source>
        <translation>los formularios %1 a %2 no se pueden numerar así: los números empiezan en 1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s), the last: “%1”</source>
        <translation>
            <numerusform>%Ln nota, la última: «%1»</numerusform>
            <numerusform>%Ln notas, la última: «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>Call %1 back about their CSAT of %2 at %3</source>
        <translation>Llamar a %1 por su CSAT de %2 en %3</translation>
    </message>
    <message>
        <source>the database cannot be written: check that the file and its folder may be changed</source>
        <translation>no se puede escribir en la base de datos: compruebe que el archivo y su carpeta se pueden modificar</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>no se pudo leer o escribir el disco</translation>
    </message>
    <message>
        <source>the database file is damaged: restore it from a backup</source>
        <translation>el archivo de la base de datos está dañado: restáurelo desde una copia de seguridad</translation>
    </message>
    <message>
        <source>the file is not a database file (it is not in SQLite format)</source>
        <translation>el archivo no es un archivo de base de datos (no está en formato SQLite)</translation>
    </message>
    <message>
        <source>the disk is full: make room and try again</source>
        <translation>el disco está lleno: libere espacio e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>no se puede abrir el archivo de la base de datos</translation>
    </message>
    <message>
        <source>another record already has this value (UNIQUE %1)</source>
        <translation>otro registro ya tiene este valor (UNIQUE %1)</translation>
    </message>
    <message>
        <source>it refers to a record that does not exist (any more)</source>
        <translation>hace referencia a un registro que no existe (o ya no existe)</translation>
    </message>
    <message>
        <source>a required value is missing (%1)</source>
        <translation>falta un valor obligatorio (%1)</translation>
    </message>
    <message>
        <source>a value is outside what the database allows (%1)</source>
        <translation>un valor está fuera de lo que permite la base de datos (%1)</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <extracomment>A calendar quarter: %1 its number (1-4), %2 the year (&quot;Q3 2026&quot;).</extracomment>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A period in a file name: %1 and %2 are dates written 2026-11-01.</extracomment>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>the server address is not a valid URI: %1</source>
        <translation>la dirección del servidor no es una URI válida: %1</translation>
    </message>
    <message>
        <source>the server address names the database &quot;%1&quot;; a database name has no &quot;/&quot;</source>
        <translation>la dirección del servidor nombra la base de datos «%1»; un nombre de base de datos no lleva «/»</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; in the server address is not a number from 1 to 65535</source>
        <translation>el puerto «%1» de la dirección del servidor no es un número de 1 a 65535</translation>
    </message>
    <message>
        <source>the TLS mode &quot;%1&quot; in the server address is not one of %2</source>
        <translation>el modo TLS «%1» de la dirección del servidor no es uno de %2</translation>
    </message>
    <message>
        <source>the connect_timeout &quot;%1&quot; in the server address is not a number of seconds</source>
        <translation>connect_timeout «%1» en la dirección del servidor no es un número de segundos</translation>
    </message>
    <message>
        <source>the server address has a setting CX Desk does not know: &quot;%1&quot; (known: host, port, dbname, user, sslmode, connect_timeout)</source>
        <translation>la dirección del servidor tiene un ajuste que CX Desk no conoce: «%1» (conocidos: host, port, dbname, user, sslmode, connect_timeout)</translation>
    </message>
    <message>
        <source>the server address names no database: add it after the host, as in postgresql://user@host/cxdesk</source>
        <translation>la dirección del servidor no nombra ninguna base de datos: añádala tras el host, como en postgresql://usuario@host/cxdesk</translation>
    </message>
    <message>
        <source>the server %1 refused the password of &quot;%2&quot;: check the user name and password (from the keychain or ~/.pgpass)</source>
        <translation>el servidor %1 rechazó la contraseña de «%2»: compruebe el usuario y la contraseña (del llavero o de ~/.pgpass)</translation>
    </message>
    <message>
        <source>the server %1 has no database &quot;%2&quot;: create it first (see the team set-up guide)</source>
        <translation>el servidor %1 no tiene la base de datos «%2»: créela primero (vea la guía de instalación en equipo)</translation>
    </message>
    <message>
        <source>the server %1 has no account &quot;%2&quot;</source>
        <translation>el servidor %1 no tiene la cuenta «%2»</translation>
    </message>
    <message>
        <source>the server %1 offers no TLS, but the connection requires it (sslmode %2)</source>
        <translation>el servidor %1 no ofrece TLS, pero la conexión lo exige (sslmode %2)</translation>
    </message>
    <message>
        <source>the server %1 does not let &quot;%2&quot; in from this computer (its pg_hba.conf has no line for it)</source>
        <translation>el servidor %1 no deja entrar a «%2» desde este equipo (su pg_hba.conf no tiene una línea para ello)</translation>
    </message>
    <message>
        <source>the server %1 cannot be reached: check that it is running and that the address is right</source>
        <translation>no se puede llegar al servidor %1: compruebe que está en marcha y que la dirección es correcta</translation>
    </message>
    <message>
        <source>the connection to the server %1 was lost</source>
        <translation>se perdió la conexión con el servidor %1</translation>
    </message>
    <message>
        <source>the server %1 said: %2</source>
        <translation>el servidor %1 respondió: %2</translation>
    </message>
    <message>
        <source>cannot open %1: Qt&apos;s PostgreSQL driver is not installed (the package libqt6sql6-psql)</source>
        <translation>no se puede abrir %1: el controlador PostgreSQL de Qt no está instalado (el paquete libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message numerus="yes">
        <source>the database &apos;%1&apos; belongs to another program: it holds %n table(s) but no CX Desk schema</source>
        <translation>
            <numerusform>la base de datos «%1» pertenece a otro programa: tiene %n tabla pero ningún esquema de CX Desk</numerusform>
            <numerusform>la base de datos «%1» pertenece a otro programa: tiene %n tablas pero ningún esquema de CX Desk</numerusform>
        </translation>
    </message>
    <message>
        <source>the database &apos;%1&apos; holds no CX Desk data yet: open it in the window or with a command that writes (such as demo or import) to set it up</source>
        <translation>la base de datos «%1» aún no tiene datos de CX Desk: ábrala en la ventana o con una orden que escriba (como demo o import) para prepararla</translation>
    </message>
    <message>
        <source>cannot read the schema version of &apos;%1&apos;</source>
        <translation>no se puede leer la versión del esquema de «%1»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was set up by a newer CX Desk (schema version %2; this version reads up to %3): install CX Desk %4 or newer to use it</source>
        <translation>«%1» fue preparada por un CX Desk más reciente (esquema versión %2; esta versión lee hasta %3): instale CX Desk %4 o posterior para usarla</translation>
    </message>
    <message>
        <source>the tables refer to each other in a circle (%1)</source>
        <translation>las tablas se refieren unas a otras en círculo (%1)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot read the list of tables</source>
        <translation>no se puede leer la lista de tablas</translation>
    </message>
    <message>
        <source>the two databases have different schema versions (%1 and %2)</source>
        <translation>las dos bases de datos tienen versiones de esquema distintas (%1 y %2)</translation>
    </message>
    <message>
        <source>the two databases&apos; tables differ (%1)</source>
        <translation>las tablas de las dos bases de datos difieren (%1)</translation>
    </message>
    <message>
        <source>the two databases&apos; tables differ (the target has %1 tables, the source %2)</source>
        <translation>las tablas de las dos bases de datos difieren (el destino tiene %1 tablas, el origen %2)</translation>
    </message>
    <message>
        <source>the target already holds customers, journeys, surveys or interactions; it is left as it was</source>
        <translation>el destino ya contiene clientes, recorridos, encuestas o interacciones; queda como estaba</translation>
    </message>
    <message>
        <source>the copy was stopped; the target is as it was</source>
        <translation>la copia se detuvo; el destino está como estaba</translation>
    </message>
    <message>
        <source>the copy of %1 differs from its source (%2 rows read, %3 written); the target is as it was</source>
        <translation>la copia de %1 difiere de su origen (%2 filas leídas, %3 escritas); el destino está como estaba</translation>
    </message>
    <message>
        <source>cannot save the copy: %1</source>
        <translation>no se puede guardar la copia: %1</translation>
    </message>
    <message>
        <source>cannot restore from &apos;%1&apos;: no room for a temporary copy (%2)</source>
        <translation>no se puede restaurar desde «%1»: no hay sitio para una copia temporal (%2)</translation>
    </message>
    <message>
        <source>cannot restore into the server: its data could not be kept first (%1)</source>
        <translation>no se puede restaurar en el servidor: antes no se pudieron conservar sus datos (%1)</translation>
    </message>
    <message>
        <source>cannot write to %1: the PostgreSQL driver gives no connection handle</source>
        <translation>no se puede escribir en %1: el controlador de PostgreSQL no da acceso a la conexión</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>no se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>cannot set the numbering of %1: %2</source>
        <translation>no se puede fijar la numeración de %1: %2</translation>
    </message>
    <message>
        <source>cannot add interactions: %1</source>
        <translation>no se pueden añadir las interacciones: %1</translation>
    </message>
    <message>
        <source>the connection to the database server was lost; what was not saved yet is not on the server</source>
        <translation>se perdió la conexión con el servidor de base de datos; lo que aún no se había guardado no está en el servidor</translation>
    </message>
    <message>
        <source>%1 is a file; it needs no new connection</source>
        <translation>%1 es un archivo; no necesita una conexión nueva</translation>
    </message>
    <message>
        <source>entered by %1</source>
        <translation>introducida por %1</translation>
    </message>
    <message>
        <source>%1 was changed by %2</source>
        <translation>%2 modificó %1</translation>
    </message>
    <message>
        <source>%1 was changed by %2 (%3)</source>
        <translation>%2 modificó %1 (%3)</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3</source>
        <translation>%2 modificó %1 a las %3</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 (%4)</source>
        <translation>%2 modificó %1 a las %3 (%4)</translation>
    </message>
    <message>
        <source>the server does not allow your account to do this (%1); the owner of the business can</source>
        <translation>el servidor no permite esto a su cuenta (%1); el dueño del negocio sí puede</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Dueño</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Counter (kiosk)</source>
        <translation>Mostrador (quiosco)</translation>
    </message>
    <message>
        <source>cannot tell what this account may do</source>
        <translation>no se puede saber qué puede hacer esta cuenta</translation>
    </message>
    <message>
        <source>the account &apos;%1&apos; is not in this business&apos;s team (owner, staff or counter); the owner can add it with: cxdesk team add</source>
        <translation>la cuenta «%1» no está en el equipo de este negocio (dueño, personal o mostrador); el dueño puede añadirla con: cxdesk team add</translation>
    </message>
    <message>
        <source>accounts are a server&apos;s: this database is a file</source>
        <translation>las cuentas solo existen en un servidor: esta base de datos es un archivo</translation>
    </message>
    <message>
        <source>give the account a name</source>
        <translation>dé un nombre a la cuenta</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be an account name: use up to 63 letters, digits and _ . @ -, starting with a letter</source>
        <translation>«%1» no puede ser un nombre de cuenta: use hasta 63 letras, cifras y _ . @ -, empezando por una letra</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be an account name: names starting with pg_ are the server&apos;s own</source>
        <translation>«%1» no puede ser un nombre de cuenta: los nombres que empiezan por pg_ están reservados al servidor</translation>
    </message>
    <message>
        <source>accounts are a server&apos;s: this database is a file, where whoever sits at the desk says who they are</source>
        <translation>las cuentas solo existen en un servidor: esta base de datos es un archivo, donde quien está en el puesto dice quién es</translation>
    </message>
    <message>
        <source>the password must have at least 8 characters</source>
        <translation>la contraseña debe tener al menos 8 caracteres</translation>
    </message>
    <message>
        <source>only the owner of the business can add accounts</source>
        <translation>solo el dueño del negocio puede añadir cuentas</translation>
    </message>
    <message>
        <source>there is already an account called &apos;%1&apos; on this server</source>
        <translation>ya hay una cuenta llamada «%1» en este servidor</translation>
    </message>
    <message>
        <source>cannot add the account &apos;%1&apos;: %2</source>
        <translation>no se puede añadir la cuenta «%1»: %2</translation>
    </message>
    <message>
        <source>only the owner of the business can remove accounts</source>
        <translation>solo el dueño del negocio puede quitar cuentas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an account of this business (see: cxdesk team list)</source>
        <translation>«%1» no es una cuenta de este negocio (vea: cxdesk team list)</translation>
    </message>
    <message>
        <source>you cannot remove your own account while you use it; log in as another owner to remove &apos;%1&apos;</source>
        <translation>no puede quitar su propia cuenta mientras la usa; inicie sesión como otro dueño para quitar «%1»</translation>
    </message>
    <message>
        <source>cannot remove the account &apos;%1&apos;: %2</source>
        <translation>no se puede quitar la cuenta «%1»: %2</translation>
    </message>
    <message>
        <source>cannot read the kiosk&apos;s queue &apos;%1&apos;: %2</source>
        <translation>no se puede leer la cola del quiosco «%1»: %2</translation>
    </message>
    <message>
        <source>the kiosk&apos;s queue &apos;%1&apos; is damaged (%2); it is kept as %1.damaged</source>
        <translation>la cola del quiosco «%1» está dañada (%2); se guarda como %1.damaged</translation>
    </message>
    <message>
        <source>the server does not answer</source>
        <translation>el servidor no responde</translation>
    </message>
    <message>
        <source>the survey is no longer active</source>
        <translation>la encuesta ya no está activa</translation>
    </message>
    <message>
        <source>cannot link the response</source>
        <translation>no se puede vincular la respuesta</translation>
    </message>
    <message>
        <source>cannot finish the handover</source>
        <translation>no se puede completar la entrega</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>the file holds no XML element</source>
        <translation>el archivo no contiene ningún elemento XML</translation>
    </message>
    <message>
        <source>not a LimeSurvey file: its first element is &lt;%1&gt;, not &lt;document&gt;</source>
        <translation>no es un archivo de LimeSurvey: su primer elemento es &lt;%1&gt;, no &lt;document&gt;</translation>
    </message>
    <message>
        <source>not a LimeSurvey survey structure: it has no LimeSurveyDocType</source>
        <translation>no es una estructura de encuesta de LimeSurvey: no tiene LimeSurveyDocType</translation>
    </message>
    <message>
        <source>a LimeSurvey file of kind &apos;%1&apos;, not a survey structure (.lss); import the survey archive (.lsa) for its responses</source>
        <translation>un archivo de LimeSurvey de tipo &apos;%1&apos;, no una estructura de encuesta (.lss); importe el archivo comprimido de la encuesta (.lsa) para tener sus respuestas</translation>
    </message>
    <message>
        <source>LimeSurvey 4 or later survey structure (.lss, database version %1)</source>
        <translation>estructura de encuesta de LimeSurvey 4 o posterior (.lss, versión de base de datos %1)</translation>
    </message>
    <message>
        <source>LimeSurvey 2 or 3 survey structure (.lss, database version %1)</source>
        <translation>estructura de encuesta de LimeSurvey 2 o 3 (.lss, versión de base de datos %1)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>a list with no options</source>
        <translation>una lista sin opciones</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>a multiple choice with no options</source>
        <translation>una selección múltiple sin opciones</translation>
    </message>
    <message>
        <source> (a number, kept as text)</source>
        <translation> (un número, guardado como texto)</translation>
    </message>
    <message>
        <source> (a date, kept as text)</source>
        <translation> (una fecha, guardada como texto)</translation>
    </message>
    <message>
        <source>an array (matrix) of several rows</source>
        <translation>una tabla (matriz) de varias filas</translation>
    </message>
    <message>
        <source>a ranking</source>
        <translation>una clasificación</translation>
    </message>
    <message>
        <source>a file upload</source>
        <translation>una subida de archivo</translation>
    </message>
    <message>
        <source>it only shows text and asks nothing</source>
        <translation>solo muestra texto y no pregunta nada</translation>
    </message>
    <message>
        <source>an equation LimeSurvey computes</source>
        <translation>una ecuación que calcula LimeSurvey</translation>
    </message>
    <message>
        <source>several answer fields in one question</source>
        <translation>varios campos de respuesta en una pregunta</translation>
    </message>
    <message>
        <source>a language switch</source>
        <translation>un cambio de idioma</translation>
    </message>
    <message>
        <source>a question type CX Desk does not know (&apos;%1&apos;)</source>
        <translation>un tipo de pregunta que CX Desk no conoce (&apos;%1&apos;)</translation>
    </message>
    <message numerus="yes">
        <source>Questions that show earlier answers in their text ({…}): %n; CX Desk shows those parts as they are written.</source>
        <translation>
            <numerusform>Preguntas que muestran respuestas anteriores en su texto ({…}): %n; CX Desk muestra esas partes tal como están escritas.</numerusform>
            <numerusform>Preguntas que muestran respuestas anteriores en su texto ({…}): %n; CX Desk muestra esas partes tal como están escritas.</numerusform>
        </translation>
    </message>
    <message>
        <source>the LimeSurvey survey has no questions</source>
        <translation>la encuesta de LimeSurvey no tiene preguntas</translation>
    </message>
    <message>
        <source>the responses file is a LimeSurvey file of kind &apos;%1&apos;</source>
        <translation>el archivo de respuestas es un archivo de LimeSurvey de tipo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>response %1: submitdate &apos;%2&apos; is not a timestamp</source>
        <translation>respuesta %1: submitdate &apos;%2&apos; no es una fecha y hora válida</translation>
    </message>
    <message>
        <source>the archive holds no LimeSurvey survey structure (.lss)</source>
        <translation>el archivo comprimido no contiene ninguna estructura de encuesta de LimeSurvey (.lss)</translation>
    </message>
    <message>
        <source>LimeSurvey survey archive (.lsa) with %1</source>
        <translation>archivo comprimido de encuesta de LimeSurvey (.lsa) con %1</translation>
    </message>
    <message>
        <source>The archive holds no responses (.lsr).</source>
        <translation>El archivo comprimido no contiene respuestas (.lsr).</translation>
    </message>
    <message>
        <source>display logic</source>
        <translation>lógica de visualización</translation>
    </message>
    <message>
        <source>it has no condition CX Desk can read</source>
        <translation>no tiene ninguna condición que CX Desk pueda leer</translation>
    </message>
    <message>
        <source>it joins several comparisons</source>
        <translation>combina varias comparaciones</translation>
    </message>
    <message>
        <source>it depends on %1, not on an answer</source>
        <translation>depende de %1, no de una respuesta</translation>
    </message>
    <message>
        <source>it is not one comparison of a question with a value</source>
        <translation>no es una sola comparación de una pregunta con un valor</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>JSON no válido en el carácter %1: %2</translation>
    </message>
    <message>
        <source>not a Qualtrics survey file: it lacks SurveyEntry or SurveyElements</source>
        <translation>no es un archivo de encuesta de Qualtrics: le falta SurveyEntry o SurveyElements</translation>
    </message>
    <message>
        <source>Qualtrics survey file (.qsf)</source>
        <translation>archivo de encuesta de Qualtrics (.qsf)</translation>
    </message>
    <message>
        <source>Branches of the survey flow are left out: their questions are asked to everyone.</source>
        <translation>Las ramas del flujo de la encuesta se omiten: sus preguntas se hacen a todos.</translation>
    </message>
    <message>
        <source>Randomised blocks are asked in the order of the file.</source>
        <translation>Los bloques en orden aleatorio se preguntan en el orden del archivo.</translation>
    </message>
    <message>
        <source>a choice with no options</source>
        <translation>una selección sin opciones</translation>
    </message>
    <message>
        <source>a form of several fields</source>
        <translation>un formulario de varios campos</translation>
    </message>
    <message>
        <source>a slider from %1 to %2</source>
        <translation>un control deslizante de %1 a %2</translation>
    </message>
    <message>
        <source>a matrix of several rows</source>
        <translation>una matriz de varias filas</translation>
    </message>
    <message>
        <source>side-by-side matrices</source>
        <translation>matrices una al lado de otra</translation>
    </message>
    <message>
        <source>a ranking into groups</source>
        <translation>una clasificación en grupos</translation>
    </message>
    <message>
        <source>a constant sum</source>
        <translation>una suma constante</translation>
    </message>
    <message>
        <source>a signature</source>
        <translation>una firma</translation>
    </message>
    <message>
        <source>a timer Qualtrics keeps</source>
        <translation>un cronómetro que lleva Qualtrics</translation>
    </message>
    <message>
        <source>browser information Qualtrics records</source>
        <translation>información del navegador que registra Qualtrics</translation>
    </message>
    <message>
        <source>a heat map</source>
        <translation>un mapa de calor</translation>
    </message>
    <message>
        <source>a hot spot picture</source>
        <translation>una imagen con zonas para pulsar</translation>
    </message>
    <message>
        <source>a captcha</source>
        <translation>un captcha</translation>
    </message>
    <message>
        <source>%1: its skip logic is left out.</source>
        <translation>%1: se omite su lógica de salto.</translation>
    </message>
    <message>
        <source>the Qualtrics survey has no questions outside the trash</source>
        <translation>la encuesta de Qualtrics no tiene preguntas fuera de la papelera</translation>
    </message>
    <message>
        <source>a Qualtrics responses export has three header rows; this file has fewer</source>
        <translation>una exportación de respuestas de Qualtrics tiene tres filas de encabezado; este archivo tiene menos</translation>
    </message>
    <message>
        <source>line 3: a Qualtrics responses export names a responseId column; this file does not</source>
        <translation>línea 3: una exportación de respuestas de Qualtrics nombra una columna responseId; este archivo no</translation>
    </message>
    <message>
        <source>line 1: the export has no RecordedDate or EndDate column</source>
        <translation>línea 1: la exportación no tiene columna RecordedDate ni EndDate</translation>
    </message>
    <message>
        <source>Qualtrics responses export (CSV)</source>
        <translation>exportación de respuestas de Qualtrics (CSV)</translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; is not a date and time like 2024-03-01 14:05:00</source>
        <translation>línea %1: &apos;%2&apos; no es una fecha y hora como 2024-03-01 14:05:00</translation>
    </message>
    <message>
        <source>its parentheses do not match</source>
        <translation>sus paréntesis no cuadran</translation>
    </message>
    <message>
        <source>it uses a function, not one comparison</source>
        <translation>usa una función, no una sola comparación</translation>
    </message>
    <message>
        <source>the survey names no languages, so &apos;%1&apos; cannot be chosen</source>
        <translation>la encuesta no nombra ningún idioma, así que no se puede elegir &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the survey is not in &apos;%1&apos;; it is in %2</source>
        <translation>la encuesta no está en &apos;%1&apos;; está en %2</translation>
    </message>
    <message>
        <source>a scale from %1 to %2 fits none of CX Desk&apos;s scales</source>
        <translation>una escala de %1 a %2 no encaja con ninguna escala de CX Desk</translation>
    </message>
    <message>
        <source>it refers to &apos;%1&apos;, which is not a question of the survey</source>
        <translation>se refiere a &apos;%1&apos;, que no es una pregunta de la encuesta</translation>
    </message>
    <message>
        <source>it refers to &apos;%1&apos;, which comes later</source>
        <translation>se refiere a &apos;%1&apos;, que viene después</translation>
    </message>
    <message>
        <source>it refers to &apos;%1&apos;, which is left out</source>
        <translation>se refiere a &apos;%1&apos;, que está omitida</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an answer &apos;%2&apos; can have</source>
        <translation>&apos;%1&apos; no es una respuesta posible a &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>the file is %1 MB; a survey file of more than %2 MB is not read</source>
        <translation>el archivo ocupa %1 MB; no se lee un archivo de encuesta de más de %2 MB</translation>
    </message>
    <message>
        <source>an Excel 97-2003 workbook (.xls); save it as an Excel workbook (.xlsx) first</source>
        <translation>un libro de Excel 97-2003 (.xls); guárdelo primero como libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>a ZIP archive that holds neither an XLSForm workbook nor a LimeSurvey survey</source>
        <translation>un archivo ZIP que no contiene ni un libro XLSForm ni una encuesta de LimeSurvey</translation>
    </message>
    <message>
        <source>LimeSurvey responses (.lsr) without their survey; import the survey archive (.lsa), which holds both</source>
        <translation>respuestas de LimeSurvey (.lsr) sin su encuesta; importe el archivo comprimido de la encuesta (.lsa), que contiene ambas cosas</translation>
    </message>
    <message>
        <source>a CX Desk survey definition, which is read as such</source>
        <translation>una definición de encuesta de CX Desk, que se lee como tal</translation>
    </message>
    <message>
        <source>not a survey file CX Desk can read (CX Desk JSON, LimeSurvey .lss or .lsa, Qualtrics .qsf or responses CSV, XLSForm .xlsx, XForm .xml)</source>
        <translation>no es un archivo de encuesta que CX Desk pueda leer (JSON de CX Desk, LimeSurvey .lss o .lsa, Qualtrics .qsf o CSV de respuestas, XLSForm .xlsx, XForm .xml)</translation>
    </message>
    <message>
        <source>Imported survey</source>
        <translation>Encuesta importada</translation>
    </message>
    <message>
        <source>The file gives the survey no title; it is called “%1”.</source>
        <translation>El archivo no da título a la encuesta; se llama «%1».</translation>
    </message>
    <message>
        <source>left out by choice</source>
        <translation>omitida a propósito</translation>
    </message>
    <message>
        <source>its code &apos;%1&apos; is used twice; here it is &apos;%2&apos;</source>
        <translation>su código &apos;%1&apos; se usa dos veces; aquí es &apos;%2&apos;</translation>
    </message>
    <message>
        <source>it has no code; here it is &apos;%1&apos;</source>
        <translation>no tiene código; aquí es &apos;%1&apos;</translation>
    </message>
    <message>
        <source>it has no text; its code stands in</source>
        <translation>no tiene texto; su código lo sustituye</translation>
    </message>
    <message>
        <source>no survey has the uuid %1</source>
        <translation>ninguna encuesta tiene el uuid %1</translation>
    </message>
    <message>
        <source>no survey here has questions named like the columns of this export; import the survey (.qsf) first</source>
        <translation>ninguna encuesta de aquí tiene preguntas con los nombres de las columnas de esta exportación; importe primero la encuesta (.qsf)</translation>
    </message>
    <message>
        <source>several surveys have questions named like these columns; name one with --survey: %1</source>
        <translation>varias encuestas tienen preguntas con los nombres de estas columnas; indique una con --survey: %1</translation>
    </message>
    <message>
        <source>the export has no column for it</source>
        <translation>la exportación no tiene columna para ella</translation>
    </message>
    <message>
        <source>Columns that are no question of the survey are left out: %1.</source>
        <translation>Se omiten las columnas que no son preguntas de la encuesta: %1.</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Leído: %1</translation>
    </message>
    <message>
        <source>Language: %1 (the file has %2)</source>
        <translation>Idioma: %1 (el archivo tiene %2)</translation>
    </message>
    <message>
        <source>Responses for the survey “%1” (%2)</source>
        <translation>Respuestas para la encuesta «%1» (%2)</translation>
    </message>
    <message>
        <source>Survey: “%1” updates the survey imported before from this source (%2)</source>
        <translation>Encuesta: «%1» actualiza la encuesta importada antes desde este origen (%2)</translation>
    </message>
    <message>
        <source>Survey: “%1”, new (%2)</source>
        <translation>Encuesta: «%1», nueva (%2)</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Preguntas:</translation>
    </message>
    <message>
        <source>%1 -&gt; %2: %3</source>
        <translation>%1 -&gt; %2: %3</translation>
    </message>
    <message>
        <source>%1 left out: %2</source>
        <translation>%1 omitida: %2</translation>
    </message>
    <message>
        <source>%1 left out: %2 (%3)</source>
        <translation>%1 omitida: %2 (%3)</translation>
    </message>
    <message>
        <source>       note: %1</source>
        <translation>       nota: %1</translation>
    </message>
    <message>
        <source>       shown if %1 (from: %2)</source>
        <translation>       se muestra si %1 (en el archivo: %2)</translation>
    </message>
    <message>
        <source>       condition dropped, %1: %2</source>
        <translation>       condición descartada, %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n condition(s)</source>
        <translation>
            <numerusform>%n condición</numerusform>
            <numerusform>%n condiciones</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>Responses: %1 new, %2 imported before</source>
        <translation>Respuestas nuevas: %1; ya importadas antes: %2</translation>
    </message>
    <message numerus="yes">
        <source>  never submitted, so left out: %n response(s)</source>
        <translation>
            <numerusform>  nunca enviada, así que omitida: %n respuesta</numerusform>
            <numerusform>  nunca enviadas, así que omitidas: %n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>no question of the survey can be imported</source>
        <translation>no se puede importar ninguna pregunta de la encuesta</translation>
    </message>
    <message>
        <source>response %1: %2</source>
        <translation>respuesta %1: %2</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1: línea %2, columna %3: %4</translation>
    </message>
    <message>
        <source> (a date or time, kept as text)</source>
        <translation> (una fecha o una hora, guardada como texto)</translation>
    </message>
    <message>
        <source>a file upload (picture, sound or file)</source>
        <translation>una subida de archivo (imagen, sonido o archivo)</translation>
    </message>
    <message>
        <source>a location</source>
        <translation>una ubicación</translation>
    </message>
    <message>
        <source>a barcode scan</source>
        <translation>un escaneo de código de barras</translation>
    </message>
    <message>
        <source>an acknowledgement with nothing to choose</source>
        <translation>una confirmación sin nada que elegir</translation>
    </message>
    <message>
        <source>a choice list kept in a separate file</source>
        <translation>una lista de opciones guardada en un archivo aparte</translation>
    </message>
    <message>
        <source>a value the form records or computes, not a question</source>
        <translation>un valor que el formulario registra o calcula, no una pregunta</translation>
    </message>
    <message>
        <source>it joins the conditions of a group and of the question</source>
        <translation>combina las condiciones de un grupo y de la pregunta</translation>
    </message>
    <message>
        <source>%1: cell &apos;%2&apos; is outside a worksheet</source>
        <translation>%1: la celda &apos;%2&apos; está fuera de una hoja de cálculo</translation>
    </message>
    <message>
        <source>%1: a cell names shared text %2, which the workbook lacks</source>
        <translation>%1: una celda nombra el texto compartido %2, que falta en el libro</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;</source>
        <translation>hoja &apos;%1&apos;</translation>
    </message>
    <message>
        <source>line %1: elements are nested too deeply</source>
        <translation>línea %1: los elementos están anidados a demasiada profundidad</translation>
    </message>
    <message>
        <source>the workbook has no sheet named &apos;survey&apos;, so it is not an XLSForm</source>
        <translation>el libro no tiene ninguna hoja llamada &apos;survey&apos;, así que no es un XLSForm</translation>
    </message>
    <message>
        <source>sheet &apos;survey&apos;: the XLSForm columns &apos;type&apos; and &apos;name&apos; are missing</source>
        <translation>hoja &apos;survey&apos;: faltan las columnas XLSForm &apos;type&apos; y &apos;name&apos;</translation>
    </message>
    <message>
        <source>XLSForm workbook (.xlsx)</source>
        <translation>libro XLSForm (.xlsx)</translation>
    </message>
    <message>
        <source>sheet &apos;survey&apos;: there is no label column</source>
        <translation>hoja &apos;survey&apos;: no hay columna label</translation>
    </message>
    <message>
        <source>its choice list &apos;%1&apos; is not on the choices sheet</source>
        <translation>su lista de opciones &apos;%1&apos; no está en la hoja choices</translation>
    </message>
    <message>
        <source>it is inside a repeat (a loop)</source>
        <translation>está dentro de una repetición (un bucle)</translation>
    </message>
    <message>
        <source>%1: its choice filter is left out; every option is offered.</source>
        <translation>%1: se omite su filtro de opciones; se ofrecen todas las opciones.</translation>
    </message>
    <message>
        <source>sheet &apos;survey&apos; has no questions</source>
        <translation>la hoja &apos;survey&apos; no tiene preguntas</translation>
    </message>
    <message>
        <source>not an XForm: it lacks the html, head, model or body element</source>
        <translation>no es un XForm: le falta el elemento html, head, model o body</translation>
    </message>
    <message>
        <source>XForm (ODK, KoboToolbox)</source>
        <translation>XForm (ODK, KoboToolbox)</translation>
    </message>
    <message>
        <source>the form has one language only, so &apos;%1&apos; cannot be chosen</source>
        <translation>el formulario tiene un solo idioma, así que no se puede elegir &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a choice whose options CX Desk cannot find</source>
        <translation>una selección cuyas opciones CX Desk no encuentra</translation>
    </message>
    <message>
        <source>%1 values the form computes or records are not questions and are left out.</source>
        <translation>%1 valores que el formulario calcula o registra no son preguntas y se omiten.</translation>
    </message>
    <message>
        <source>the form&apos;s body has no questions</source>
        <translation>el cuerpo (body) del formulario no tiene preguntas</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged or incomplete (it cannot be opened)</source>
        <translation>el archivo ZIP está dañado o incompleto (no se puede abrir)</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged (its list of files cannot be read)</source>
        <translation>el archivo ZIP está dañado (no se puede leer su lista de archivos)</translation>
    </message>
    <message>
        <source>the archive holds no file &apos;%1&apos;</source>
        <translation>el archivo comprimido no contiene ningún archivo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the archive unpacks to %2 MB, more than a survey file can be</source>
        <translation>&apos;%1&apos; en el archivo comprimido ocupa %2 MB al descomprimirlo, más de lo que puede ocupar un archivo de encuesta</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the archive cannot be unpacked (the archive is damaged)</source>
        <translation>&apos;%1&apos; en el archivo comprimido no se puede descomprimir (está dañado)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the archive unpacks to more than %2 MB</source>
        <translation>&apos;%1&apos; en el archivo comprimido ocupa más de %2 MB al descomprimirlo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the archive is damaged (its checksum does not match)</source>
        <translation>&apos;%1&apos; en el archivo comprimido está dañado (su suma de comprobación no coincide)</translation>
    </message>
    <message>
        <source>%1: option_codes names %2 codes for %3 options</source>
        <translation>%1: option_codes indica %2 códigos para %3 opciones</translation>
    </message>
    <message>
        <source>%1: option code &apos;%2&apos; may not contain &apos;;&apos;</source>
        <translation>%1: el código de opción &apos;%2&apos; no puede contener &apos;;&apos;</translation>
    </message>
    <message>
        <source>the survey “%1” was not saved</source>
        <translation>la encuesta «%1» no se guardó</translation>
    </message>
    <message>
        <source>a slider</source>
        <translation>un control deslizante</translation>
    </message>
    <message numerus="yes">
        <source>Preview responses (made while testing the survey), left out: %n.</source>
        <translation>
            <numerusform>Respuesta de vista previa (hecha al probar la encuesta), omitida: %n.</numerusform>
            <numerusform>Respuestas de vista previa (hechas al probar la encuesta), omitidas: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 de %2 a %3</translation>
    </message>
    <message>
        <source>%1 from %2 to %3 in steps of %4</source>
        <translation>%1 de %2 a %3 en pasos de %4</translation>
    </message>
    <message>
        <source>it refers to the question itself</source>
        <translation>se refiere a la propia pregunta</translation>
    </message>
    <message>
        <source>it asks whether &apos;%1&apos; is more or less than a value; only numbers and scales are</source>
        <translation>pregunta si &apos;%1&apos; es mayor o menor que un valor; eso solo es posible con números y escalas</translation>
    </message>
    <message>
        <source>kept as it was imported before</source>
        <translation>conservada tal como se importó antes</translation>
    </message>
    <message>
        <source>none of the export&apos;s columns is a question of “%1”</source>
        <translation>ninguna columna de la exportación es una pregunta de «%1»</translation>
    </message>
    <message>
        <source>%1 to import, %2 left out; %3 kept, %4 dropped</source>
        <translation>Para importar: %1, omitidas: %2; conservadas: %3, descartadas: %4</translation>
    </message>
    <message numerus="yes">
        <source>  in the file twice, so left out once: %n response(s)</source>
        <translation>
            <numerusform>  dos veces en el archivo, así que omitida una vez: %n respuesta</numerusform>
            <numerusform>  dos veces en el archivo, así que omitidas una vez: %n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  fitting no option or scale, so left out: %n answer(s)</source>
        <translation>
            <numerusform>  sin encajar con ninguna opción ni escala, así que omitida: %n respuesta</numerusform>
            <numerusform>  sin encajar con ninguna opción ni escala, así que omitidas: %n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>the database cannot be written: %1</source>
        <translation>no se puede escribir en la base de datos: %1</translation>
    </message>
    <message>
        <source>a range</source>
        <translation>un rango</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows, more than any form has</source>
        <translation>%1 tiene más de %2 filas, más de las que tiene cualquier formulario</translation>
    </message>
    <message numerus="yes">
        <source>Quotas are left out, so every response is taken: %n quota(s).</source>
        <translation>
            <numerusform>Las cuotas se omiten, se toman todas las respuestas: %n cuota.</numerusform>
            <numerusform>Las cuotas se omiten, se toman todas las respuestas: %n cuotas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quotas are left out, so every response is taken: %1.</source>
        <translation>Las cuotas se omiten, se toman todas las respuestas: %1.</translation>
    </message>
    <message>
        <source>The block “%1” loops (loop and merge); its questions are asked once.</source>
        <translation>El bloque «%1» se repite (bucle y combinación); sus preguntas se hacen una sola vez.</translation>
    </message>
</context>
<context>
    <name>cx::TouchpointDialog</name>
    <message>
        <source>Touchpoint</source>
        <translation>Punto de contacto</translation>
    </message>
    <message>
        <source>New touchpoint</source>
        <translation>Nuevo punto de contacto</translation>
    </message>
    <message>
        <source>for example Counter order</source>
        <translation>por ejemplo Pedido en el mostrador</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Sin canal</translation>
    </message>
    <message>
        <source>Not set (%1)</source>
        <translation>Sin definir (%1)</translation>
    </message>
    <message>
        <source>The customer score, 1 to 5, this touchpoint should reach</source>
        <translation>La puntuación del cliente, de 1 a 5, que debe alcanzar este punto de contacto</translation>
    </message>
    <message>
        <source>who looks after it</source>
        <translation>quién se encarga</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Etapa</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>&amp;Target score</source>
        <translation>Puntuación &amp;objetivo</translation>
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
        <translation>← Volver al mapa</translation>
    </message>
    <message>
        <source>Back to the journey map (Alt+Left)</source>
        <translation>Volver al mapa del recorrido (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Open in Interactions</source>
        <translation>Abrir en Interacciones</translation>
    </message>
    <message>
        <source>Every interaction at this touchpoint, to edit or follow up</source>
        <translation>Todas las interacciones en este punto de contacto, para editarlas o darles seguimiento</translation>
    </message>
    <message>
        <source>Customer score</source>
        <translation>Puntuación del cliente</translation>
    </message>
    <message>
        <source>The team&apos;s score</source>
        <translation>Puntuación del equipo</translation>
    </message>
    <message>
        <source>In the period</source>
        <translation>En el periodo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>&lt;b&gt;Interactions&lt;/b&gt; (customer and team ratings, 1–5)</source>
        <translation>&lt;b&gt;Interacciones&lt;/b&gt; (valoraciones del cliente y del equipo, 1–5)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Survey answers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Respuestas a encuestas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Etapa %1</translation>
    </message>
    <message>
        <source>looked after by %1</source>
        <translation>a cargo de %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>objetivo %1</translation>
    </message>
    <message>
        <source>%1 ratings and CSAT answers</source>
        <translation>%1 valoraciones y respuestas CSAT</translation>
    </message>
    <message>
        <source>gap %1%2</source>
        <translation>brecha %1%2</translation>
    </message>
    <message>
        <source>%1 ratings</source>
        <translation>%1 valoraciones</translation>
    </message>
    <message>
        <source>interactions, and %1 survey responses</source>
        <translation>interacciones y %1 respuestas a encuestas</translation>
    </message>
    <message>
        <source>Customer score by month</source>
        <translation>Puntuación del cliente por mes</translation>
    </message>
    <message>
        <source>No ratings in the period</source>
        <translation>Sin valoraciones en el periodo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>The figures follow the channel and segment filter; the chart and the lists below show every channel and segment of the period.</source>
        <translation>Las cifras siguen el filtro de canal y segmento; el gráfico y las listas de abajo muestran todos los canales y segmentos del periodo.</translation>
    </message>
</context>
<context>
    <name>cx::Vocabulary</name>
    <message>
        <source>purchase</source>
        <translation>compra</translation>
    </message>
    <message>
        <source>order</source>
        <translation>pedido</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visita</translation>
    </message>
    <message>
        <source>enquiry</source>
        <translation>consulta</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>entrega</translation>
    </message>
    <message>
        <source>support</source>
        <translation>soporte</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>queja</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>opinión</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>interacción</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>apology and voucher</source>
        <translation>disculpa y vale</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>reembolsado</translation>
    </message>
    <message>
        <source>late</source>
        <translation>con retraso</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondido</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>discover</source>
        <translation>descubrir</translation>
    </message>
    <message>
        <source>fulfil</source>
        <translation>cumplir</translation>
    </message>
    <message>
        <source>pay</source>
        <translation>pagar</translation>
    </message>
    <message>
        <source>advocate</source>
        <translation>recomendar</translation>
    </message>
    <message>
        <source>again</source>
        <translation>volver</translation>
    </message>
    <message>
        <source>buy_again</source>
        <translation>volver a comprar</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <source>improve</source>
        <translation>mejorar</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>personal</translation>
    </message>
</context>
<context>
    <name>cx::WelcomePage</name>
    <message>
        <source>Welcome to CX Desk</source>
        <translation>Bienvenido a CX Desk</translation>
    </message>
    <message>
        <source>Map how customers meet your business, record what happens at each touchpoint, run surveys and see how customers really feel — all in one file on this computer.</source>
        <translation>Dibuje cómo conocen los clientes su negocio, registre lo que ocurre en cada punto de contacto, haga encuestas y vea cómo se sienten de verdad sus clientes — todo en un único archivo en este ordenador.</translation>
    </message>
    <message>
        <source>Explore with sample data</source>
        <translation>Explorar con datos de ejemplo</translation>
    </message>
    <message>
        <source>A bakery-café with 18 months of customers, surveys and follow-ups.</source>
        <translation>Una panadería-cafetería con 18 meses de clientes, encuestas y seguimientos.</translation>
    </message>
    <message>
        <source>Start with an empty business</source>
        <translation>Empezar con un negocio vacío</translation>
    </message>
    <message>
        <source>Add your own journeys, customers and surveys.</source>
        <translation>Añada sus propios recorridos, clientes y encuestas.</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>Abrir base de datos…</translation>
    </message>
    <message>
        <source>Continue with a CX Desk file you already have.</source>
        <translation>Continuar con un archivo de CX Desk que ya tenga.</translation>
    </message>
</context>
<context>
    <name>cx::charts::ChartPanel</name>
    <message numerus="yes">
        <source>Hollow points: fewer than %n answers, too few to judge.</source>
        <translation>
            <numerusform>Puntos huecos: menos de %n respuesta, demasiado pocas para juzgar.</numerusform>
            <numerusform>Puntos huecos: menos de %n respuestas, demasiado pocas para juzgar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paler bars: fewer than %n answers, too few to judge.</source>
        <translation>
            <numerusform>Barras más claras: menos de %n respuesta, demasiado pocas para juzgar.</numerusform>
            <numerusform>Barras más claras: menos de %n respuestas, demasiado pocas para juzgar.</numerusform>
        </translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>too few answers (%n) to judge</source>
        <translation>
            <numerusform>demasiado pocas respuestas (%n) para juzgar</numerusform>
            <numerusform>demasiado pocas respuestas (%n) para juzgar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::edits</name>
    <message>
        <source>log interaction</source>
        <translation>registrar interacción</translation>
    </message>
    <message>
        <source>change interaction</source>
        <translation>cambiar interacción</translation>
    </message>
    <message>
        <source>delete interaction</source>
        <translation>eliminar interacción</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>cambiar %1</translation>
    </message>
    <message>
        <source>add action</source>
        <translation>añadir acción</translation>
    </message>
    <message>
        <source>mark action done</source>
        <translation>completar la acción</translation>
    </message>
    <message>
        <source>add customer %1</source>
        <translation>añadir el cliente %1</translation>
    </message>
    <message>
        <source>“%1” has interactions, responses or follow-ups now</source>
        <translation>«%1» ya tiene interacciones, respuestas o seguimientos</translation>
    </message>
    <message>
        <source>merge %1 and %2</source>
        <translation>fusionar %1 y %2</translation>
    </message>
    <message>
        <source>add note</source>
        <translation>añadir nota</translation>
    </message>
</context>
</TS>
