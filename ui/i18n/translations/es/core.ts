<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>core</name>
    <message>
        <source>The window must be between 1 and {most} days.</source>
        <translation>La ventana debe ser de entre 1 y {most} días.</translation>
    </message>
    <message>
        <source>Days counted from {date}, the last day it could have been.</source>
        <extracomment>Categories that usually matter most after a disclosure; they are highlighted.</extracomment>
        <translation>Días contados desde el {date}, el último día en que pudo ocurrir.</translation>
    </message>
    <message>
        <source>Domestic-violence service or helpline</source>
        <translation>Servicio o línea de ayuda contra la violencia doméstica</translation>
    </message>
    <message>
        <source>Legal aid or a lawyer</source>
        <translation>Asistencia jurídica o una abogada o abogado</translation>
    </message>
    <message>
        <source>Independent police-oversight body</source>
        <translation>Organismo independiente de supervisión policial</translation>
    </message>
    <message>
        <source>Prosecutor&apos;s office</source>
        <translation>Fiscalía</translation>
    </message>
    <message>
        <source>A reporting route outside the local police command</source>
        <translation>Una vía de denuncia fuera del mando policial local</translation>
    </message>
    <message>
        <source>Doctor, clinic or counsellor</source>
        <translation>Médico, clínica o consejero</translation>
    </message>
    <message>
        <source>Someone I trust</source>
        <translation>Alguien de confianza</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>The list can hold up to {limit} contacts.</source>
        <translation>La lista puede tener como máximo {limit} contactos.</translation>
    </message>
    <message>
        <source>Contact {position}: {problem}</source>
        <translation>Contacto {position}: {problem}</translation>
    </message>
    <message>
        <source>{status}: {outcome}</source>
        <translation>{status}: {outcome}</translation>
    </message>
    <message>
        <source>{body} (ref. {reference})</source>
        <translation>{body} (ref. {reference})</translation>
    </message>
    <message>
        <source>{what}: the date {due} passed {days} ago.</source>
        <translation>{what}: la fecha {due} pasó hace {days}.</translation>
    </message>
    <message>
        <source>{what}: the next date is today.</source>
        <translation>{what}: la próxima fecha es hoy.</translation>
    </message>
    <message>
        <source>{what}: the next date is in {days}, {due}.</source>
        <translation>{what}: la próxima fecha es dentro de {days}, el {due}.</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>A gentle reminder about dates you wrote down for open reports or complaints:</source>
        <translation>Un recordatorio tranquilo sobre fechas que anotaste para denuncias o quejas abiertas:</translation>
    </message>
    <message>
        <source>• {note}</source>
        <translation>• {note}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more in the tracker.</source>
        <translation>
            <numerusform>…y %n más en el seguimiento.</numerusform>
            <numerusform>…y %n más en el seguimiento.</numerusform>
        </translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Sin categoría</translation>
    </message>
    <message>
        <source>January</source>
        <extracomment>The months&apos; English names.</extracomment>
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
        <source>Jan</source>
        <extracomment>Their short forms, as strftime&apos;s %b writes them in English.</extracomment>
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no dated entries yet, so there is no pattern to show.</source>
        <translation>Todavía no hay entradas con fecha, así que no hay ningún patrón que mostrar.</translation>
    </message>
    <message>
        <source>{entries} in {month}.</source>
        <translation>{entries} en {month}.</translation>
    </message>
    <message>
        <source>{entries} from {first} to {last} ({months}).</source>
        <translation>{entries} de {first} a {last} ({months}).</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>{month} ({count})</source>
        <translation>{month} ({count})</translation>
    </message>
    <message>
        <source>Busiest month: {months}.</source>
        <translation>Mes con más entradas: {months}.</translation>
    </message>
    <message>
        <source>Busiest months: {months}.</source>
        <translation>Meses con más entradas: {months}.</translation>
    </message>
    <message numerus="yes">
        <source>%n months with no entries.</source>
        <translation>
            <numerusform>%n mes sin entradas.</numerusform>
            <numerusform>%n meses sin entradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries without a date.</source>
        <translation>
            <numerusform>%n entrada sin fecha.</numerusform>
            <numerusform>%n entradas sin fecha.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keeping messages as evidence</source>
        <translation>Guardar mensajes como pruebas</translation>
    </message>
    <message>
        <source>Note the sender&apos;s number or account, not only the name saved in your phone.</source>
        <translation>Anota el número o la cuenta de quien envía, no solo el nombre guardado en tu teléfono.</translation>
    </message>
    <message>
        <source>Note the platform (SMS, WhatsApp, e-mail, social media…).</source>
        <translation>Anota la plataforma (SMS, WhatsApp, correo electrónico, redes sociales…).</translation>
    </message>
    <message>
        <source>Make sure the date and time of each message are visible in screenshots.</source>
        <translation>Asegúrate de que la fecha y la hora de cada mensaje se vean en las capturas de pantalla.</translation>
    </message>
    <message>
        <source>Screenshot the whole conversation, not only the worst message.</source>
        <translation>Haz capturas de toda la conversación, no solo del peor mensaje.</translation>
    </message>
    <message>
        <source>Photographing injuries</source>
        <translation>Fotografiar lesiones</translation>
    </message>
    <message>
        <source>Photograph again after a few days: bruises often show more later.</source>
        <translation>Vuelve a hacer fotos a los pocos días: los moretones suelen verse más después.</translation>
    </message>
    <message>
        <source>Put something for scale in the photo (a coin or a ruler).</source>
        <translation>Pon algo que dé la escala en la foto (una moneda o una regla).</translation>
    </message>
    <message>
        <source>A doctor or nurse can record injuries too, even small ones.</source>
        <translation>Un médico o una enfermera también pueden registrar las lesiones, aunque sean pequeñas.</translation>
    </message>
    <message>
        <source>Contact with police</source>
        <translation>Contacto con la policía</translation>
    </message>
    <message>
        <source>Names and badge or service numbers of the officers.</source>
        <translation>Nombres y número de placa o de servicio de los agentes.</translation>
    </message>
    <message>
        <source>The report or incident number, if one was given.</source>
        <translation>El número de denuncia o de incidente, si te lo dieron.</translation>
    </message>
    <message>
        <source>What was said and what was done, in their words if you can.</source>
        <translation>Lo que se dijo y lo que se hizo, con sus palabras si puedes.</translation>
    </message>
    <message>
        <source>Whether a supervisor attended or was asked for.</source>
        <translation>Si acudió un superior o si se pidió que acudiera.</translation>
    </message>
    <message>
        <source>who did it</source>
        <extracomment>Words in the title or narrative that make a checklist useful even before any category is ticked (categories sit in a closed section): &quot;he grabbed my arm and it hurt&quot;.</extracomment>
        <translation>quién lo hizo</translation>
    </message>
    <message>
        <source>any injuries, even small ones</source>
        <translation>cualquier lesión, aunque sea pequeña</translation>
    </message>
    <message>
        <source>anyone who saw or heard it</source>
        <translation>cualquier persona que lo viera o lo oyera</translation>
    </message>
    <message>
        <source>whether you told anyone or reported it</source>
        <translation>si se lo contaste a alguien o lo denunciaste</translation>
    </message>
    <message>
        <source>There is already a file at {target}. Choose a new name.</source>
        <translation>Ya hay un archivo en {target}. Elige otro nombre.</translation>
    </message>
    <message>
        <source>{what} has an impossible id {object_id!r}</source>
        <translation>{what} tiene un identificador imposible {object_id!r}</translation>
    </message>
    <message>
        <source>{what} ({object_id}) is missing: it was deleted</source>
        <translation>{what} ({object_id}) falta: se borró</translation>
    </message>
    <message>
        <source>{what} ({object_id}) was replaced by an object of another kind</source>
        <translation>{what} ({object_id}) fue sustituido por un objeto de otro tipo</translation>
    </message>
    <message>
        <source>{what} ({object_id}): parts of it are missing</source>
        <translation>{what} ({object_id}): faltan partes</translation>
    </message>
    <message>
        <source>{what}: {error}</source>
        <translation>{what}: {error}</translation>
    </message>
    <message>
        <source>{what} ({object_id}) is not the one written at the last import: it was swapped</source>
        <translation>{what} ({object_id}) no es el que se escribió en la última importación: fue cambiado por otro</translation>
    </message>
    <message>
        <source>the settings&apos; reference to the stored messages is malformed</source>
        <translation>la referencia de los ajustes a los mensajes guardados está mal formada</translation>
    </message>
    <message>
        <source>the list of stored messages</source>
        <translation>la lista de mensajes guardados</translation>
    </message>
    <message>
        <source>the list of stored messages cannot be read: {error}</source>
        <translation>no se puede leer la lista de mensajes guardados: {error}</translation>
    </message>
    <message>
        <source>Another import of messages finished while this one ran; nothing was added. Import the file again.</source>
        <translation>Otra importación de mensajes terminó mientras esta estaba en curso; no se añadió nada. Vuelve a importar el archivo.</translation>
    </message>
    <message>
        <source>The file {name!r} in the zip unpacks to {ratio} times its packed size or more, which photos, videos and voice notes never do (a possible zip bomb). The zip was refused; nothing was imported.</source>
        <translation>El archivo {name!r} del zip se descomprime a {ratio} veces su tamaño comprimido o más, algo que las fotos, los vídeos y las notas de voz nunca hacen (una posible bomba zip). Se rechazó el zip; no se importó nada.</translation>
    </message>
    <message>
        <source>The file {name!r} in the zip is damaged ({error}). Nothing was imported.</source>
        <translation>El archivo {name!r} del zip está dañado ({error}). No se importó nada.</translation>
    </message>
    <message>
        <source>message batch {number} ({records} messages and calls)</source>
        <translation>lote de mensajes {number} ({records} mensajes y llamadas)</translation>
    </message>
    <message>
        <source>the stored messages cannot be read: {error}</source>
        <translation>no se pueden leer los mensajes guardados: {error}</translation>
    </message>
    <message>
        <source>the index of {batch}</source>
        <translation>el índice del {batch}</translation>
    </message>
    <message>
        <source>{what} cannot be read: {error}</source>
        <translation>no se puede leer {what}: {error}</translation>
    </message>
    <message>
        <source>{what} holds {count} records</source>
        <translation>{what} contiene {count} registros</translation>
    </message>
    <message>
        <source>There is no stored message or call {record_id}.</source>
        <translation>No hay ningún mensaje ni llamada guardados {record_id}.</translation>
    </message>
    <message>
        <source>The stored message {record_id} cannot be read: {error}</source>
        <translation>No se puede leer el mensaje guardado {record_id}: {error}</translation>
    </message>
    <message>
        <source>The stored message {record_id} is not where its index says.</source>
        <translation>El mensaje guardado {record_id} no está donde indica su índice.</translation>
    </message>
    <message>
        <source>{time} {zone} (assumed: {how}; {doubt} in that zone)</source>
        <translation>{time} {zone} (supuesta: {how}; {doubt} en esa zona)</translation>
    </message>
    <message>
        <source>{time} {zone} (assumed: {how}; ambiguous in that zone)</source>
        <translation>{time} {zone} (supuesta: {how}; ambigua en esa zona)</translation>
    </message>
    <message>
        <source>{time} {zone} (assumed: {how}; nonexistent in that zone)</source>
        <translation>{time} {zone} (supuesta: {how}; inexistente en esa zona)</translation>
    </message>
    <message>
        <source>zone confirmed by the user</source>
        <translation>zona confirmada por la persona usuaria</translation>
    </message>
    <message>
        <source>zone NOT confirmed</source>
        <translation>zona NO confirmada</translation>
    </message>
    <message>
        <source>{time} {zone} (assumed: {how})</source>
        <translation>{time} {zone} (supuesta: {how})</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exacta</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>Aproximada</translation>
    </message>
    <message>
        <source>Day only</source>
        <translation>Solo el día</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>Solo el mes</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Denuncia</translation>
    </message>
    <message>
        <source>Institutional response</source>
        <translation>Respuesta institucional</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Contact (messages received)</source>
        <translation>Contacto (mensajes recibidos)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Risk check</source>
        <translation>Revisión de riesgo</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Física</translation>
    </message>
    <message>
        <source>Sexual</source>
        <translation>Sexual</translation>
    </message>
    <message>
        <source>Emotional / psychological</source>
        <translation>Emocional / psicológica</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Amenazas</translation>
    </message>
    <message>
        <source>Coercive control</source>
        <translation>Control coercitivo</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Económica</translation>
    </message>
    <message>
        <source>Technology-facilitated (tracking, monitoring)</source>
        <translation>A través de la tecnología (rastreo, vigilancia)</translation>
    </message>
    <message>
        <source>Stalking</source>
        <translation>Acoso y seguimiento</translation>
    </message>
    <message>
        <source>Property damage</source>
        <translation>Daños a la propiedad</translation>
    </message>
    <message>
        <source>Harm or threats to children or pets</source>
        <translation>Daño o amenazas a hijos, hijas o mascotas</translation>
    </message>
    <message>
        <source>Weapon or firearm (service weapon)</source>
        <translation>Arma o arma de fuego (arma de servicio)</translation>
    </message>
    <message>
        <source>Strangulation / choking</source>
        <translation>Estrangulamiento / asfixia</translation>
    </message>
    <message>
        <source>Misuse of police power or systems</source>
        <translation>Abuso del poder o de los sistemas policiales</translation>
    </message>
    <message>
        <source>Involvement of colleagues</source>
        <translation>Participación de colegas</translation>
    </message>
    <message>
        <source>Retaliation after disclosure</source>
        <translation>Represalias tras contarlo</translation>
    </message>
    <message>
        <source>Counter-allegation / story-flipping</source>
        <translation>Contradenuncia / inversión de la historia</translation>
    </message>
    <message>
        <source>Invitation to collude</source>
        <translation>Invitación a la complicidad</translation>
    </message>
    <message>
        <source>Failure to protect (institutional)</source>
        <translation>Falta de protección (institucional)</translation>
    </message>
    <message>
        <source>Abuser</source>
        <translation>Agresor</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>Child present</source>
        <translation>Menor presente</translation>
    </message>
    <message>
        <source>Professional spoken to</source>
        <translation>Profesional consultado</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Policía</translation>
    </message>
    <message>
        <source>Internal affairs / professional standards</source>
        <translation>Asuntos internos / normas profesionales</translation>
    </message>
    <message>
        <source>Independent oversight body</source>
        <translation>Organismo de supervisión independiente</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Fiscalía</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Juzgado</translation>
    </message>
    <message>
        <source>Domestic-violence service</source>
        <translation>Servicio de atención a la violencia doméstica</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Presentada</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>En investigación</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Access to a firearm or service weapon</source>
        <extracomment>Dated risk indicators (docs/case-tools.md). Noting them is not a risk assessment.</extracomment>
        <translation>Acceso a un arma de fuego o arma de servicio</translation>
    </message>
    <message>
        <source>Strangulation or choking</source>
        <translation>Estrangulamiento o asfixia</translation>
    </message>
    <message>
        <source>Threats to kill</source>
        <translation>Amenazas de muerte</translation>
    </message>
    <message>
        <source>Rising frequency or severity</source>
        <translation>Más frecuencia o más gravedad</translation>
    </message>
    <message>
        <source>Separation (recent or planned)</source>
        <translation>Separación (reciente o prevista)</translation>
    </message>
    <message>
        <source>Stalking or following</source>
        <translation>Acoso o seguimiento</translation>
    </message>
    <message>
        <source>Use of police systems or colleagues</source>
        <translation>Uso de sistemas policiales o de colegas</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Sin anotar</translation>
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
        <source>Not sure</source>
        <translation>No está claro</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>De servicio</translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation>Fuera de servicio</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivo comprimido</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>ref. {reference}</source>
        <translation>ref. {reference}</translation>
    </message>
    <message>
        <source>outcome: {outcome}</source>
        <translation>resultado: {outcome}</translation>
    </message>
    <message>
        <source>next deadline {deadline}</source>
        <translation>próxima fecha límite {deadline}</translation>
    </message>
    <message>
        <source>Your account of what someone else said</source>
        <translation>Tu relato de lo que otra persona dijo</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>Eliminada definitivamente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>When (as you said)</source>
        <translation>Cuándo (según tú)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Lesiones</translation>
    </message>
    <message>
        <source>Reports and complaints</source>
        <translation>Denuncias y quejas</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notas privadas</translation>
    </message>
    <message>
        <source>What others were told (your account)</source>
        <translation>Lo que se contó a otras personas (tu relato)</translation>
    </message>
    <message>
        <source>Risk indicators</source>
        <translation>Indicadores de riesgo</translation>
    </message>
    <message>
        <source>Told someone (disclosure)</source>
        <translation>Se lo contaste a alguien</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Officer details</source>
        <translation>Datos del agente</translation>
    </message>
    <message>
        <source>In this post since</source>
        <translation>En este puesto desde</translation>
    </message>
    <message>
        <source>Earlier officer details</source>
        <translation>Datos anteriores del agente</translation>
    </message>
    <message numerus="yes">
        <source>%n files added</source>
        <extracomment>List fields whose items are counted as added or removed: their English nouns, and the whole counted sentences the app translates (journal/translatable.py).</extracomment>
        <translation>
            <numerusform>%n archivo añadido</numerusform>
            <numerusform>%n archivos añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reports added</source>
        <translation>
            <numerusform>%n denuncia añadida</numerusform>
            <numerusform>%n denuncias añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n injuries added</source>
        <translation>
            <numerusform>%n lesión añadida</numerusform>
            <numerusform>%n lesiones añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people added</source>
        <translation>
            <numerusform>%n persona añadida</numerusform>
            <numerusform>%n personas añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts added</source>
        <translation>
            <numerusform>%n relato añadido</numerusform>
            <numerusform>%n relatos añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files removed</source>
        <translation>
            <numerusform>%n archivo quitado</numerusform>
            <numerusform>%n archivos quitados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reports removed</source>
        <translation>
            <numerusform>%n denuncia quitada</numerusform>
            <numerusform>%n denuncias quitadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n injuries removed</source>
        <translation>
            <numerusform>%n lesión quitada</numerusform>
            <numerusform>%n lesiones quitadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people removed</source>
        <translation>
            <numerusform>%n persona quitada</numerusform>
            <numerusform>%n personas quitadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts removed</source>
        <translation>
            <numerusform>%n relato quitado</numerusform>
            <numerusform>%n relatos quitados</numerusform>
        </translation>
    </message>
    <message>
        <source>written once, not changed since</source>
        <translation>escrita una vez, sin cambios desde entonces</translation>
    </message>
    <message>
        <source>changed: {fields}</source>
        <translation>cambiado: {fields}</translation>
    </message>
    <message>
        <source>text unchanged</source>
        <translation>texto sin cambios</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>content purged</source>
        <translation>contenido eliminado definitivamente</translation>
    </message>
    <message>
        <source>The time zone {name!r} is not known.</source>
        <translation>No se conoce la zona horaria {name!r}.</translation>
    </message>
    <message>
        <source>The start {text!r} is not a date this app understands. Use a form like 2025-03-14 21:07, 2025-03-14 or 2025-03.</source>
        <extracomment>Whole sentences per field, so a translation need not fit a word into one.</extracomment>
        <translation>El inicio {text!r} no es una fecha que esta aplicación entienda. Usa una forma como 2025-03-14 21:07, 2025-03-14 o 2025-03.</translation>
    </message>
    <message>
        <source>The end {text!r} is not a date this app understands. Use a form like 2025-03-14 21:07, 2025-03-14 or 2025-03.</source>
        <translation>El final {text!r} no es una fecha que esta aplicación entienda. Usa una forma como 2025-03-14 21:07, 2025-03-14 o 2025-03.</translation>
    </message>
    <message>
        <source>The time {text!r} is not a date this app understands. Use a form like 2025-03-14 21:07, 2025-03-14 or 2025-03.</source>
        <translation>La hora {text!r} no es una fecha que esta aplicación entienda. Usa una forma como 2025-03-14 21:07, 2025-03-14 o 2025-03.</translation>
    </message>
    <message>
        <source>Precision must be one of {names}, not {precision!r}.</source>
        <translation>La precisión debe ser una de {names}, no {precision!r}.</translation>
    </message>
    <message>
        <source>The end of the event is before its start.</source>
        <translation>El final del hecho es anterior a su inicio.</translation>
    </message>
    <message>
        <source>The start of the event is in the future.</source>
        <translation>El inicio del hecho está en el futuro.</translation>
    </message>
    <message>
        <source>{place} time, {utc}</source>
        <translation>hora de {place}, {utc}</translation>
    </message>
    <message>
        <source>{date} {time} ({zone})</source>
        <translation>{date} {time} ({zone})</translation>
    </message>
    <message>
        <source>{date} {time}</source>
        <translation>{date} {time}</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>approx. {time}</source>
        <translation>aprox. {time}</translation>
    </message>
    <message>
        <source>title</source>
        <extracomment>The name of each checked field, as the messages below say it.</extracomment>
        <translation>título</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>relato</translation>
    </message>
    <message>
        <source>location</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>medical</source>
        <translation>datos médicos</translation>
    </message>
    <message>
        <source>private notes</source>
        <translation>notas privadas</translation>
    </message>
    <message>
        <source>what they said</source>
        <translation>lo que dijeron</translation>
    </message>
    <message>
        <source>what they did</source>
        <translation>lo que hicieron</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>account</source>
        <translation>relato de otra persona</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>The {what} is longer than {limit:,} characters.</source>
        <translation>El campo «{what}» tiene más de {limit:,} caracteres.</translation>
    </message>
    <message>
        <source>The {what} contains characters that cannot be stored.</source>
        <translation>El campo «{what}» contiene caracteres que no se pueden guardar.</translation>
    </message>
    <message>
        <source>The kind must be one of: {names} (not {kind!r}).</source>
        <translation>El tipo debe ser uno de estos: {names} (no {kind!r}).</translation>
    </message>
    <message>
        <source>Please give the entry a short title so it can be found later.</source>
        <translation>Pon a la entrada un título corto para poder encontrarla después.</translation>
    </message>
    <message>
        <source>Unknown categories: {names}.</source>
        <translation>Categorías desconocidas: {names}.</translation>
    </message>
    <message>
        <source>The person {person_id} is not in the people list.</source>
        <translation>La persona {person_id} no está en la lista de personas.</translation>
    </message>
    <message>
        <source>The role or duty status of person {person_id} is not known.</source>
        <translation>No se conoce el papel o la situación de servicio de la persona {person_id}.</translation>
    </message>
    <message>
        <source>Unknown kind of body for a report: {body_type!r}.</source>
        <translation>Tipo de organismo desconocido para una denuncia: {body_type!r}.</translation>
    </message>
    <message>
        <source>Unknown report status: {status!r}.</source>
        <translation>Estado de denuncia desconocido: {status!r}.</translation>
    </message>
    <message>
        <source>Please say who said it, or what was said, for each account.</source>
        <translation>Indica quién lo dijo, o qué se dijo, en cada relato.</translation>
    </message>
    <message>
        <source>Unknown risk indicator or state: {key!r}.</source>
        <translation>Indicador de riesgo o estado desconocido: {key!r}.</translation>
    </message>
    <message>
        <source>The risk indicator {key!r} is listed twice.</source>
        <translation>El indicador de riesgo {key!r} aparece dos veces.</translation>
    </message>
    <message>
        <source>Please give the person a name or a description.</source>
        <translation>Pon a la persona un nombre o una descripción.</translation>
    </message>
    <message>
        <source>Earlier officer details need current ones; please fill them in.</source>
        <translation>Los datos anteriores del agente necesitan los actuales; complétalos, por favor.</translation>
    </message>
    <message>
        <source>That passphrase does not open this journal. Check the keyboard layout and Caps Lock, and try again. Nothing has been changed.</source>
        <translation>Esa frase de contraseña no abre este diario. Revisa la distribución del teclado y la tecla Bloq Mayús, y vuelve a intentarlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>That recovery code does not open this journal. Nothing has been changed.</source>
        <translation>Ese código de recuperación no abre este diario. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The file {path} is not a journal this app can open ({reason}).</source>
        <translation>El archivo {path} no es un diario que esta aplicación pueda abrir ({reason}).</translation>
    </message>
    <message>
        <source>The file {path} is not a journal this app can open.</source>
        <translation>El archivo {path} no es un diario que esta aplicación pueda abrir.</translation>
    </message>
    <message>
        <source>The journal {path} was written by a newer version of this app (format {version}; this version reads up to {supported}). Please update the app. The file has not been changed.</source>
        <translation>El diario {path} se escribió con una versión más nueva de esta aplicación (formato {version}; esta versión lee hasta el {supported}). Actualiza la aplicación. El archivo no se ha cambiado.</translation>
    </message>
    <message>
        <source>This journal file is damaged where its key records are kept, so it cannot be opened ({finding}). Nothing has been changed. Open a backup copy, and keep this file as it is.</source>
        <translation>Este archivo de diario está dañado en la parte donde se guardan sus registros de claves, así que no se puede abrir ({finding}). No se ha cambiado nada. Abre una copia de seguridad y conserva este archivo tal como está.</translation>
    </message>
    <message>
        <source>This journal&apos;s key records were changed outside this app: {detail}. Nothing has been changed. Open a backup copy, and keep this file as it is: it shows the change.</source>
        <translation>Los registros de claves de este diario se cambiaron fuera de esta aplicación: {detail}. No se ha cambiado nada. Abre una copia de seguridad y conserva este archivo tal como está: muestra el cambio.</translation>
    </message>
    <message>
        <source>The journal {path} is damaged ({why}), so nothing can be saved into it: writing could lose more. Everything that can still be read is shown. Use &apos;Repair a damaged journal&apos; (incident-journal-cli salvage --out NEW) to copy it into a new journal file.</source>
        <translation>El diario {path} está dañado ({why}), así que no se puede guardar nada en él: escribir podría hacer perder más. Se muestra todo lo que todavía se puede leer. Usa «Reparar un diario dañado» (incident-journal-cli salvage --out NEW) para copiarlo en un nuevo archivo de diario.</translation>
    </message>
    <message>
        <source>The journal is locked.</source>
        <translation>El diario está bloqueado.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>El archivo {path} no existe.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>This app is not allowed to read {path}.</source>
        <translation>Esta aplicación no tiene permiso para leer {path}.</translation>
    </message>
    <message>
        <source>The file {path} could not be read ({strerror}).</source>
        <translation>No se pudo leer el archivo {path} ({strerror}).</translation>
    </message>
    <message>
        <source>There is already a file at {out}; choose another name.</source>
        <translation>Ya hay un archivo en {out}; elige otro nombre.</translation>
    </message>
    <message>
        <source>The extracted copy does not match the hash recorded at import; it was not saved.</source>
        <translation>La copia extraída no coincide con el hash registrado al importarla; no se guardó.</translation>
    </message>
    <message>
        <source>Exhibit {number} ({original_name}) no longer matches the SHA-256 recorded when it was imported, so the bundle was not written. Run the journal check for details.</source>
        <translation>La prueba {number} ({original_name}) ya no coincide con el SHA-256 registrado cuando se importó, así que no se escribió el paquete. Ejecuta la comprobación del diario para ver los detalles.</translation>
    </message>
    <message>
        <source>revision {seq} is missing from the journal</source>
        <translation>la revisión {seq} falta en el diario</translation>
    </message>
    <message>
        <source>revision {seq} no longer matches its chain leaf</source>
        <translation>la revisión {seq} ya no coincide con su eslabón de la cadena</translation>
    </message>
    <message>
        <source>The signature carries a trusted time from {host}.</source>
        <translation>La firma lleva una hora de confianza de {host}.</translation>
    </message>
    <message>
        <source>No timestamp authority could be reached, so the signature carries no trusted time ({names}).</source>
        <translation>No se pudo contactar con ninguna autoridad de sellado de tiempo, así que la firma no lleva una hora de confianza ({names}).</translation>
    </message>
    <message>
        <source>There is already a {name} beside these volumes (from an earlier export?); it would look like part of this one. Move it away or choose another name. Nothing was written.</source>
        <translation>Ya hay un {name} junto a estos volúmenes (¿de una exportación anterior?); parecería parte de esta. Muévelo a otro lugar o elige otro nombre. No se escribió nada.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Se canceló la exportación; no se escribió nada.</translation>
    </message>
    <message>
        <source>The export could not be finished, and nothing was written. {reason}</source>
        <translation>No se pudo terminar la exportación y no se escribió nada. {reason}</translation>
    </message>
    <message>
        <source>The export could not be finished, and nothing was written.</source>
        <translation>No se pudo terminar la exportación y no se escribió nada.</translation>
    </message>
    <message>
        <source>Location</source>
        <extracomment>Fields of an entry a redaction profile can hide outright.</extracomment>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Medical details</source>
        <translation>Datos médicos</translation>
    </message>
    <message>
        <source>Notes on people involved</source>
        <translation>Notas sobre las personas implicadas</translation>
    </message>
    <message>
        <source>A part of it was too large to fit on a page. Please tell the developers; the journal itself is unchanged.</source>
        <translation>Una parte era demasiado grande para caber en una página. Avisa a las personas que desarrollan la aplicación; el diario no ha cambiado.</translation>
    </message>
    <message>
        <source>{what} is larger than {megabytes:g} MB on its own, so no volume can hold it under that limit. Choose a larger size, or export without a size limit.</source>
        <translation>{what} ocupa más de {megabytes:g} MB por sí solo, así que ningún volumen puede contenerlo con ese límite. Elige un tamaño mayor o exporta sin límite de tamaño.</translation>
    </message>
    <message>
        <source>One entry with its pictures</source>
        <translation>Una entrada con sus imágenes</translation>
    </message>
    <message>
        <source>The opening of volume 1 (cover, summary, index of volumes)</source>
        <translation>El comienzo del volumen 1 (portada, resumen, índice de volúmenes)</translation>
    </message>
    <message>
        <source>The part after the entries (the exhibit index, with a small copy of each picture, the people, the reports and the integrity page)</source>
        <translation>La parte posterior a las entradas (el índice de pruebas, con una copia pequeña de cada imagen, las personas, las denuncias y la página de integridad)</translation>
    </message>
    <message>
        <source>A signed PDF</source>
        <translation>Un PDF firmado</translation>
    </message>
    <message>
        <source>The volumes could not be numbered consistently. Please tell the developers; export without a size limit meanwhile.</source>
        <translation>No se pudieron numerar los volúmenes de forma coherente. Avisa a las personas que desarrollan la aplicación; mientras tanto, exporta sin límite de tamaño.</translation>
    </message>
    <message>
        <source>Volume {number}</source>
        <translation>Volumen {number}</translation>
    </message>
    <message>
        <source>The journal&apos;s PDF-signing key is damaged, so the PDF cannot be signed. Export the PDF unsigned, or make a new signing key under Safety &gt; Keys.</source>
        <translation>La clave de firma de PDF del diario está dañada, así que no se puede firmar el PDF. Exporta el PDF sin firma o crea una nueva clave de firma en Seguridad &gt; Claves.</translation>
    </message>
    <message>
        <source>The PDF could not be signed ({kind}). The journal is unchanged; you can export it unsigned.</source>
        <translation>No se pudo firmar el PDF ({kind}). El diario no ha cambiado; puedes exportarlo sin firma.</translation>
    </message>
    <message>
        <source>A size limit and an unsigned copy apply to the chronology PDF only.</source>
        <translation>El límite de tamaño y la copia sin firma solo se aplican al PDF de la cronología.</translation>
    </message>
    <message>
        <source>There is no export of kind {kind!r}; choose one of {names}.</source>
        <translation>No hay ninguna exportación del tipo {kind!r}; elige una de estas: {names}.</translation>
    </message>
    <message>
        <source>The settings holding this journal&apos;s signing key were removed from the file (run a full check). Nothing was signed. Restore a backup, or make a new signing key under Safety &gt; Keys and give its fingerprint to your recipients.</source>
        <translation>Los ajustes que guardan la clave de firma de este diario se quitaron del archivo (haz una comprobación completa). No se firmó nada. Restaura una copia de seguridad o crea una nueva clave de firma en Seguridad &gt; Claves y da su huella a quienes reciban tus exportaciones.</translation>
    </message>
    <message>
        <source>{address} is not a timestamp authority address: it should start with http:// or https://, as the authority publishes it.</source>
        <translation>{address} no es una dirección de autoridad de sellado de tiempo: debe empezar por http:// o https://, tal como la publica la autoridad.</translation>
    </message>
    <message>
        <source>{host} sent an answer that cannot be used: {problem}</source>
        <translation>{host} envió una respuesta que no se puede usar: {problem}</translation>
    </message>
    <message>
        <source>{where} answered with an error (HTTP {code}); no timestamp was stored</source>
        <translation>{where} respondió con un error (HTTP {code}); no se guardó ningún sello de tiempo</translation>
    </message>
    <message>
        <source>{where} did not answer within {timeout:g} seconds; no timestamp was stored</source>
        <translation>{where} no respondió en {timeout:g} segundos; no se guardó ningún sello de tiempo</translation>
    </message>
    <message>
        <source>{where} could not be reached ({plain}); no timestamp was stored</source>
        <translation>No se pudo contactar con {where} ({plain}); no se guardó ningún sello de tiempo</translation>
    </message>
    <message>
        <source>the timestamp answer is far too large to be a token</source>
        <translation>la respuesta de sellado de tiempo es demasiado grande para ser un sello</translation>
    </message>
    <message>
        <source>the authority refused to give a timestamp ({why})</source>
        <translation>la autoridad se negó a dar un sello de tiempo ({why})</translation>
    </message>
    <message>
        <source>the answer holds no timestamp</source>
        <translation>la respuesta no contiene ningún sello de tiempo</translation>
    </message>
    <message>
        <source>the answer cannot be read as a timestamp token ({kind})</source>
        <translation>la respuesta no se puede leer como un sello de tiempo ({kind})</translation>
    </message>
    <message>
        <source>the token carries no certificate of the authority, so it cannot be checked</source>
        <translation>el sello no lleva ningún certificado de la autoridad, así que no se puede comprobar</translation>
    </message>
    <message>
        <source>the authority&apos;s signature on the token does not hold ({kind})</source>
        <translation>la firma de la autoridad en el sello no es válida ({kind})</translation>
    </message>
    <message>
        <source>the authority&apos;s signature on the token does not hold</source>
        <translation>la firma de la autoridad en el sello no es válida</translation>
    </message>
    <message>
        <source>the token&apos;s certificates do not form a chain from the signer to its issuer</source>
        <translation>los certificados del sello no forman una cadena desde quien firma hasta quien emite</translation>
    </message>
    <message>
        <source>the token uses {algorithm}, not SHA-256</source>
        <translation>el sello usa {algorithm}, no SHA-256</translation>
    </message>
    <message>
        <source>the token is for other data: its hash does not match</source>
        <translation>el sello es de otros datos: su hash no coincide</translation>
    </message>
    <message>
        <source>the answer is not for this request (its nonce differs)</source>
        <translation>la respuesta no es para esta solicitud (su nonce es distinto)</translation>
    </message>
    <message>
        <source>That fingerprint cannot be read: it should be 64 characters 0-9 and a-f (spaces do not matter).</source>
        <translation>No se puede leer esa huella: debe tener 64 caracteres del 0 al 9 y de la a a la f (los espacios no importan).</translation>
    </message>
    <message>
        <source>{name} is far too large</source>
        <translation>{name} es demasiado grande</translation>
    </message>
    <message>
        <source>SHA256SUMS is not readable text</source>
        <translation>SHA256SUMS no es un texto legible</translation>
    </message>
    <message>
        <source>line {number} of SHA256SUMS cannot be read</source>
        <translation>la línea {number} de SHA256SUMS no se puede leer</translation>
    </message>
    <message>
        <source>SHA256SUMS lists {name}, which is not allowed</source>
        <translation>SHA256SUMS incluye {name}, y eso no está permitido</translation>
    </message>
    <message>
        <source>{name} is missing, so the signature cannot be checked</source>
        <translation>falta {name}, así que no se puede comprobar la firma</translation>
    </message>
    <message>
        <source>{name} is not a valid Ed25519 public key</source>
        <translation>{name} no es una clave pública Ed25519 válida</translation>
    </message>
    <message>
        <source>the signature does not match: SHA256SUMS or SHA256SUMS.sig was changed, or they were signed by another key</source>
        <translation>la firma no coincide: SHA256SUMS o SHA256SUMS.sig han sido alterados, o los firmó otra clave</translation>
    </message>
    <message>
        <source>{name} cannot be read as the bundle&apos;s manifest</source>
        <translation>{name} no se puede leer como el manifiesto del paquete de pruebas</translation>
    </message>
    <message>
        <source>{name} does not name the signing key</source>
        <translation>{name} no indica la clave de firma</translation>
    </message>
    <message>
        <source>{name} names the signing key {named}, but the bundle was signed by the key {signer}: it was signed again by someone else</source>
        <translation>{name} indica la clave de firma {named}, pero el paquete de pruebas se firmó con la clave {signer}: otra persona lo volvió a firmar</translation>
    </message>
    <message>
        <source>the bundle was signed by a newer key ({signer}) than the one you confirmed, which is key {number} in its key history and announced the newer keys. An old copy of the journal still holds that older key, so please confirm the newer fingerprint with the sender before relying on it</source>
        <translation>el paquete de pruebas se firmó con una clave más reciente ({signer}) que la que confirmaste, que es la clave {number} de su historial de claves y anunció las claves más recientes. Una copia antigua del diario todavía contiene esa clave anterior, así que confirma la nueva huella con quien lo envió antes de confiar en ella</translation>
    </message>
    <message>
        <source>the bundle was signed by the key {signer}, not by the key {confirmed} you confirmed with the sender</source>
        <translation>el paquete de pruebas se firmó con la clave {signer}, no con la clave {confirmed} que confirmaste con quien lo envió</translation>
    </message>
    <message>
        <source>There is nothing at {path}.</source>
        <translation>No hay nada en {path}.</translation>
    </message>
    <message>
        <source>it has no SHA256SUMS and no manifest.json</source>
        <translation>no tiene SHA256SUMS ni manifest.json</translation>
    </message>
    <message>
        <source>SHA256SUMS is missing, so no file can be checked</source>
        <translation>falta SHA256SUMS, así que no se puede comprobar ningún archivo</translation>
    </message>
    <message>
        <source>SHA256SUMS cannot be read ({error})</source>
        <translation>SHA256SUMS no se puede leer ({error})</translation>
    </message>
    <message>
        <source>{name} is compressed with {method}; bundles from this app only store or deflate their files, so it was not opened</source>
        <translation>{name} está comprimido con {method}; los paquetes de pruebas de esta aplicación solo guardan o comprimen con deflate sus archivos, así que no se abrió</translation>
    </message>
    <message>
        <source>{name} is compressed with compression method {number}; bundles from this app only store or deflate their files, so it was not opened</source>
        <translation>{name} está comprimido con el método de compresión {number}; los paquetes de pruebas de esta aplicación solo guardan o comprimen con deflate sus archivos, así que no se abrió</translation>
    </message>
    <message>
        <source>{name} is encrypted inside the zip</source>
        <translation>{name} está cifrado dentro del zip</translation>
    </message>
    <message>
        <source>{name} declares an impossible size; not opened</source>
        <translation>{name} declara un tamaño imposible; no se abrió</translation>
    </message>
    <message>
        <source>{name} shares its bytes with {previous} (overlapping members, the trick of zip bombs); neither was opened</source>
        <translation>{name} comparte sus bytes con {previous} (miembros superpuestos, el truco de las bombas zip); no se abrió ninguno de los dos</translation>
    </message>
    <message>
        <source>{name} runs into the zip&apos;s central directory</source>
        <translation>{name} invade el directorio central del zip</translation>
    </message>
    <message>
        <source>the zip has a comment ({count} bytes); a bundle from this app has none, and the signature does not cover it</source>
        <translation>el zip tiene un comentario ({count} bytes); un paquete de pruebas de esta aplicación no tiene ninguno, y la firma no lo cubre</translation>
    </message>
    <message>
        <source>the zip holds {count} bytes after its end that belong to no file and are not covered by the signature</source>
        <translation>el zip contiene {count} bytes después de su final que no pertenecen a ningún archivo y que la firma no cubre</translation>
    </message>
    <message>
        <source>the zip holds {count} bytes before the first file that belong to no file and are not covered by the signature</source>
        <translation>el zip contiene {count} bytes antes del primer archivo que no pertenecen a ningún archivo y que la firma no cubre</translation>
    </message>
    <message>
        <source>the zip holds {count} bytes after {previous} that belong to no file and are not covered by the signature</source>
        <translation>el zip contiene {count} bytes después de {previous} que no pertenecen a ningún archivo y que la firma no cubre</translation>
    </message>
    <message>
        <source>not a readable zip file: {error}</source>
        <translation>no es un archivo zip legible: {error}</translation>
    </message>
    <message>
        <source>{name} appears more than once in the zip</source>
        <translation>{name} aparece más de una vez en el zip</translation>
    </message>
    <message>
        <source>it cannot be read: {strerror}</source>
        <translation>no se puede leer: {strerror}</translation>
    </message>
    <message>
        <source>it is not a file or a folder</source>
        <translation>no es un archivo ni una carpeta</translation>
    </message>
    <message>
        <source>{out} is a folder; give a file name for the export.</source>
        <translation>{out} es una carpeta; indica un nombre de archivo para la exportación.</translation>
    </message>
    <message>
        <source>There is already a file at {out}. Choose another name (nothing was overwritten).</source>
        <translation>Ya hay un archivo en {out}. Elige otro nombre (no se sobrescribió nada).</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>La carpeta {parent} no existe.</translation>
    </message>
    <message>
        <source>The export to {out} could not be written because {reason}. No partial file was left behind, and the journal itself is unchanged.</source>
        <translation>No se pudo escribir la exportación en {out} porque {reason}. No quedó ningún archivo a medias y el diario no ha cambiado.</translation>
    </message>
    <message>
        <source>The file {name} is nested too deeply to read.</source>
        <translation>El archivo {name} tiene demasiados niveles anidados para leerlo.</translation>
    </message>
    <message>
        <source>The file {name} changed while it was being read. Nothing was imported; try again once nothing else is writing to it.</source>
        <translation>El archivo {name} cambió mientras se leía. No se importó nada; vuelve a intentarlo cuando nada más esté escribiendo en él.</translation>
    </message>
    <message>
        <source>The zip file {name} is damaged ({error}).</source>
        <translation>El archivo zip {name} está dañado ({error}).</translation>
    </message>
    <message>
        <source>The zip file holds {count} files, more than the {archive_members} an export can have. It was refused.</source>
        <translation>El archivo zip contiene {count} archivos, más de los {archive_members} que puede tener una exportación. Se rechazó.</translation>
    </message>
    <message>
        <source>The zip file holds a file named {filename!r} that points outside its folder. A real export never does this; the zip was refused.</source>
        <translation>El archivo zip contiene un archivo llamado {filename!r} que apunta fuera de su carpeta. Una exportación real nunca hace esto; se rechazó el zip.</translation>
    </message>
    <message>
        <source>The file {filename!r} in the zip is encrypted.</source>
        <translation>El archivo {filename!r} del zip está cifrado.</translation>
    </message>
    <message>
        <source>The file {filename!r} in the zip uses a compression this app does not unpack (only stored and deflated). The zip was refused.</source>
        <translation>El archivo {filename!r} del zip usa una compresión que esta aplicación no descomprime (solo almacenado y deflate). Se rechazó el zip.</translation>
    </message>
    <message>
        <source>The zip file would unpack to {megabytes} MB, more than this app unpacks (a possible zip bomb). It was refused.</source>
        <translation>El archivo zip se descomprimiría a {megabytes} MB, más de lo que esta aplicación descomprime (una posible bomba zip). Se rechazó.</translation>
    </message>
    <message>
        <source>The file {name!r} in the zip is damaged ({error}).</source>
        <translation>El archivo {name!r} del zip está dañado ({error}).</translation>
    </message>
    <message>
        <source>The file {name!r} in the zip unpacks to more than {megabytes} MB (a possible zip bomb). It was refused.</source>
        <translation>El archivo {name!r} del zip se descomprime a más de {megabytes} MB (una posible bomba zip). Se rechazó.</translation>
    </message>
    <message>
        <source>The file {name} is not a message export this app recognises (WhatsApp, SMS Backup &amp; Restore, Telegram, Messenger/Instagram, .eml or .mbox).</source>
        <translation>El archivo {name} no es una exportación de mensajes que esta aplicación reconozca (WhatsApp, SMS Backup &amp; Restore, Telegram, Messenger/Instagram, .eml o .mbox).</translation>
    </message>
    <message>
        <source>{name!r} is not a message format; use one of: {names}.</source>
        <translation>{name!r} no es un formato de mensajes; usa uno de estos: {names}.</translation>
    </message>
    <message>
        <source>The mailbox {name} could not be read ({error}).</source>
        <translation>No se pudo leer el buzón {name} ({error}).</translation>
    </message>
    <message>
        <source>message {number} of the mailbox</source>
        <translation>el mensaje {number} del buzón</translation>
    </message>
    <message>
        <source>The {where} is larger than {megabytes} MB, more than this app reads for one email. Nothing was imported.</source>
        <translation>El elemento «{where}» ocupa más de {megabytes} MB, más de lo que esta aplicación lee para un correo. No se importó nada.</translation>
    </message>
    <message>
        <source>The mailbox holds no messages.</source>
        <translation>El buzón no contiene mensajes.</translation>
    </message>
    <message>
        <source>The {where} has no From line, so it is not a readable email.</source>
        <translation>El elemento «{where}» no tiene línea From, así que no es un correo legible.</translation>
    </message>
    <message>
        <source>The {where} has no Date this app can read ({raw!r}). Nothing was imported.</source>
        <translation>El elemento «{where}» no tiene una Date que esta aplicación pueda leer ({raw!r}). No se importó nada.</translation>
    </message>
    <message>
        <source>The {where} has no plain-text part; its text is only in the file.</source>
        <translation>El elemento «{where}» no tiene parte de texto sin formato; su texto solo está en el archivo.</translation>
    </message>
    <message>
        <source>The text of the {where} could not be decoded ({error}).</source>
        <translation>No se pudo descodificar el texto del elemento «{where}» ({error}).</translation>
    </message>
    <message>
        <source>The Messenger/Instagram export</source>
        <translation>La exportación de Messenger/Instagram</translation>
    </message>
    <message>
        <source>The export&apos;s {place} is not an object.</source>
        <translation>El elemento {place} de la exportación no es un objeto.</translation>
    </message>
    <message>
        <source>The export&apos;s {place} has a time out of range.</source>
        <translation>El elemento {place} de la exportación tiene una hora fuera de rango.</translation>
    </message>
    <message>
        <source>{what} is damaged or cut short at line {lineno}, column {colno} ({msg}). Nothing was imported.</source>
        <translation>{what} está dañado o cortado en la línea {lineno}, columna {colno} ({msg}). No se importó nada.</translation>
    </message>
    <message>
        <source>{what} is nested too deeply to be an export.</source>
        <translation>{what} tiene demasiados niveles anidados para ser una exportación.</translation>
    </message>
    <message>
        <source>{what} is not a JSON object.</source>
        <translation>{what} no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The export&apos;s {where} has no valid {key!r} field. Nothing was imported.</source>
        <translation>El elemento {where} de la exportación no tiene un campo {key!r} válido. No se importó nada.</translation>
    </message>
    <message>
        <source>{what} declares a DOCTYPE or entities, which a real backup never does; it was refused.</source>
        <translation>{what} declara un DOCTYPE o entidades, algo que una copia de seguridad real nunca hace; se rechazó.</translation>
    </message>
    <message>
        <source>{what} is damaged or cut short near line {line}, column {column}. Nothing was imported.</source>
        <translation>{what} está dañado o cortado cerca de la línea {line}, columna {column}. No se importó nada.</translation>
    </message>
    <message>
        <source>{what} could not be read ({problem}).</source>
        <translation>No se pudo leer {what} ({problem}).</translation>
    </message>
    <message>
        <source>a draft that was never sent</source>
        <translation>un borrador que nunca se envió</translation>
    </message>
    <message>
        <source>a message that failed to send</source>
        <translation>un mensaje que no se pudo enviar</translation>
    </message>
    <message>
        <source>The SMS backup</source>
        <translation>La copia de seguridad de SMS</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; number {number}</source>
        <translation>&lt;{tag}&gt; número {number}</translation>
    </message>
    <message>
        <source>The XML file is not an SMS Backup &amp; Restore file (no &lt;smses&gt; or &lt;calls&gt;).</source>
        <translation>El archivo XML no es un archivo de SMS Backup &amp; Restore (no tiene &lt;smses&gt; ni &lt;calls&gt;).</translation>
    </message>
    <message>
        <source>The SMS backup&apos;s {where} has no {name!r}. Nothing was imported.</source>
        <translation>El elemento {where} de la copia de seguridad de SMS no tiene {name!r}. No se importó nada.</translation>
    </message>
    <message>
        <source>The SMS backup&apos;s {where} has a date that is not a time: {raw!r}.</source>
        <translation>El elemento {where} de la copia de seguridad de SMS tiene una fecha que no es una hora: {raw!r}.</translation>
    </message>
    <message>
        <source>The {where} is {what}.</source>
        <translation>El elemento «{where}» es {what}.</translation>
    </message>
    <message>
        <source>The {where} has a call type {kind!r} this app does not know.</source>
        <translation>El elemento «{where}» tiene un tipo de llamada {kind!r} que esta aplicación no conoce.</translation>
    </message>
    <message>
        <source>The SMS backup&apos;s {where} has a duration that is not a number.</source>
        <translation>El elemento {where} de la copia de seguridad de SMS tiene una duración que no es un número.</translation>
    </message>
    <message>
        <source>{name} is not a file this app can import.</source>
        <translation>{name} no es un archivo que esta aplicación pueda importar.</translation>
    </message>
    <message>
        <source>The file {name} could not be read ({problem}).</source>
        <translation>No se pudo leer el archivo {name} ({problem}).</translation>
    </message>
    <message>
        <source>The file {name} is larger than {megabytes} MB, more than this app reads for one export. Nothing was imported.</source>
        <translation>El archivo {name} ocupa más de {megabytes} MB, más de lo que esta aplicación lee para una exportación. No se importó nada.</translation>
    </message>
    <message>
        <source>{what} is damaged: its UTF-16 text is cut.</source>
        <translation>{what} está dañado: su texto UTF-16 está cortado.</translation>
    </message>
    <message>
        <source>{what} is not UTF-8 text: line {line} holds bytes that are not UTF-8 (the file may be in another encoding or damaged). Nothing was imported.</source>
        <translation>{what} no es texto UTF-8: la línea {line} contiene bytes que no son UTF-8 (el archivo puede estar en otra codificación o dañado). No se importó nada.</translation>
    </message>
    <message>
        <source>The Telegram export</source>
        <translation>La exportación de Telegram</translation>
    </message>
    <message>
        <source>Chat {number} of the Telegram export is not an object.</source>
        <translation>El chat {number} de la exportación de Telegram no es un objeto.</translation>
    </message>
    <message>
        <source>The Telegram export&apos;s chats list is not a list.</source>
        <translation>La lista de chats de la exportación de Telegram no es una lista.</translation>
    </message>
    <message>
        <source>The Telegram export&apos;s {place} is not an object.</source>
        <translation>El elemento {place} de la exportación de Telegram no es un objeto.</translation>
    </message>
    <message>
        <source>The Telegram export&apos;s {place} has a time out of range.</source>
        <translation>El elemento {place} de la exportación de Telegram tiene una hora fuera de rango.</translation>
    </message>
    <message>
        <source>The Telegram export&apos;s {place} has no time this app can read.</source>
        <translation>El elemento {place} de la exportación de Telegram no tiene una hora que esta aplicación pueda leer.</translation>
    </message>
    <message>
        <source>The Telegram export&apos;s {place} has a text that is not text.</source>
        <translation>El elemento {place} de la exportación de Telegram tiene un texto que no es texto.</translation>
    </message>
    <message>
        <source>The Telegram export&apos;s {place} has a text piece of no text.</source>
        <translation>El elemento {place} de la exportación de Telegram tiene un fragmento de texto vacío.</translation>
    </message>
    <message>
        <source>The export does not end with a line break, so its last message may be cut short.</source>
        <translation>La exportación no termina con un salto de línea, así que su último mensaje puede estar cortado.</translation>
    </message>
    <message>
        <source>Line {line} names the file {name!r}, which the zip lacks.</source>
        <translation>La línea {line} nombra el archivo {name!r}, que no está en el zip.</translation>
    </message>
    <message>
        <source>The WhatsApp export</source>
        <translation>La exportación de WhatsApp</translation>
    </message>
    <message>
        <source>The file {name!r}</source>
        <translation>El archivo {name!r}</translation>
    </message>
    <message>
        <source>The zip file holds no WhatsApp chat text (a .txt file whose lines start with a date and time). Nothing was imported.</source>
        <translation>El archivo zip no contiene texto de un chat de WhatsApp (un archivo .txt cuyas líneas empiezan con una fecha y una hora). No se importó nada.</translation>
    </message>
    <message>
        <source>Line {number} of the WhatsApp export does not start with a date and time, so this is not a complete WhatsApp export. Nothing was imported.</source>
        <translation>La línea {number} de la exportación de WhatsApp no empieza con una fecha y una hora, así que esta no es una exportación completa de WhatsApp. No se importó nada.</translation>
    </message>
    <message>
        <source>The WhatsApp export holds no messages.</source>
        <translation>La exportación de WhatsApp no contiene mensajes.</translation>
    </message>
    <message>
        <source>The dates in this WhatsApp export mix day-first and month-first forms, so no date in it can be read with certainty. Nothing was imported.</source>
        <translation>Las fechas de esta exportación de WhatsApp mezclan formas con el día primero y con el mes primero, así que ninguna fecha se puede leer con seguridad. No se importó nada.</translation>
    </message>
    <message>
        <source>No date in this export has a day above 12, so the order of day and month could not be proven from the file; it was read as {order}. Check one date against the phone before relying on it.</source>
        <translation>Ninguna fecha de esta exportación tiene un día mayor que 12, así que el archivo no permite saber el orden del día y el mes; se leyó como {order}. Comprueba una fecha con el teléfono antes de confiar en ella.</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>día/mes/año</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>mes/día/año</translation>
    </message>
    <message>
        <source>year-month-day</source>
        <translation>año-mes-día</translation>
    </message>
    <message>
        <source>Line {line} of the WhatsApp export has a date that does not exist: {raw!r}. Nothing was imported.</source>
        <translation>La línea {line} de la exportación de WhatsApp tiene una fecha que no existe: {raw!r}. No se importó nada.</translation>
    </message>
    <message>
        <source>the record of the last save cannot be read</source>
        <translation>no se puede leer el registro del último guardado</translation>
    </message>
    <message>
        <source>the list of objects cannot be read</source>
        <translation>no se puede leer la lista de objetos</translation>
    </message>
    <message>
        <source>{record_label} has missing or repeated versions: {numbers}</source>
        <translation>{record_label} tiene versiones que faltan o se repiten: {numbers}</translation>
    </message>
    <message>
        <source>{record_label} version {revision} does not follow version {previous}</source>
        <translation>{record_label}: la versión {revision} no sigue a la versión {previous}</translation>
    </message>
    <message>
        <source>{kind} {record_id}: revision(s) {seqs} were replaced by purged stubs, but no purge of it is recorded in the chain (the file was altered, perhaps with an old key); its content and evidence are gone from this file</source>
        <translation>{kind} {record_id}: las revisiones {seqs} se sustituyeron por marcadores de eliminación, pero la cadena no registra ninguna eliminación definitiva (el archivo se alteró, quizá con una clave antigua); su contenido y sus pruebas ya no están en este archivo</translation>
    </message>
    <message>
        <source>SQLite reports damage in the file ({why}); it was opened read-only and what can still be read is shown. &apos;salvage&apos; copies it into a new journal file</source>
        <translation>SQLite informa de daños en el archivo ({why}); se abrió en modo de solo lectura y se muestra lo que todavía se puede leer. «salvage» lo copia en un nuevo archivo de diario</translation>
    </message>
    <message>
        <source>entry {title!r} ({id})</source>
        <translation>la entrada {title!r} ({id})</translation>
    </message>
    <message>
        <source>person {name!r} ({id})</source>
        <translation>la persona {name!r} ({id})</translation>
    </message>
    <message>
        <source>record {id}</source>
        <translation>el registro {id}</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>un registro</translation>
    </message>
    <message>
        <source>{record}, version {version}: {problem}</source>
        <translation>{record}, versión {version}: {problem}</translation>
    </message>
    <message>
        <source>{problem} (which entry it belonged to cannot be known: no other version of it can be read)</source>
        <translation>{problem} (no se puede saber a qué entrada pertenecía: no se puede leer ninguna otra versión)</translation>
    </message>
    <message>
        <source>SQLite cannot open the file for its integrity check ({error})</source>
        <translation>SQLite no puede abrir el archivo para su comprobación de integridad ({error})</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check could not finish ({error})</source>
        <translation>La comprobación de integridad de SQLite no pudo terminar ({error})</translation>
    </message>
    <message>
        <source>the file is {missing} bytes short of whole pages: bytes were cut out of it or it was truncated; &apos;salvage&apos; realigns the pages after a cut before copying</source>
        <translation>al archivo le faltan {missing} bytes para completar sus páginas: se le quitaron bytes o se cortó; «salvage» vuelve a alinear las páginas tras un corte antes de copiar</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check: {line}</source>
        <translation>Comprobación de integridad de SQLite: {line}</translation>
    </message>
    <message>
        <source>a stored value (meta)</source>
        <translation>un valor guardado (meta)</translation>
    </message>
    <message>
        <source>a key-epoch link</source>
        <translation>un enlace de época de claves</translation>
    </message>
    <message>
        <source>a key slot</source>
        <translation>una ranura de clave</translation>
    </message>
    <message>
        <source>an object&apos;s wrapped key</source>
        <translation>la clave cifrada de un objeto</translation>
    </message>
    <message>
        <source>revision {seq}</source>
        <translation>la revisión {seq}</translation>
    </message>
    <message>
        <source>object {id}</source>
        <translation>el objeto {id}</translation>
    </message>
    <message>
        <source>{where}: the file&apos;s record header for chunk {idx} was changed (a value stored as binary is marked as text); its bytes were read as binary and checked</source>
        <translation>{where}: la cabecera de registro del archivo para el fragmento {idx} se cambió (un valor guardado como binario figura como texto); sus bytes se leyeron como binario y se comprobaron</translation>
    </message>
    <message>
        <source>the file&apos;s record header of {count} row(s) of {what} was changed (a value stored as binary is marked as text); the bytes were read as binary</source>
        <translation>la cabecera de registro del archivo de {count} filas de {what} se cambió (un valor guardado como binario figura como texto); los bytes se leyeron como binario</translation>
    </message>
    <message>
        <source>The keys of the damaged journal cannot be read in full ({error}), so nothing could be copied that the passphrase would open. Try a backup.</source>
        <translation>No se pueden leer completas las claves del diario dañado ({error}), así que no se pudo copiar nada que la frase de contraseña pudiera abrir. Prueba con una copia de seguridad.</translation>
    </message>
    <message>
        <source>chunk {idx} failed authentication</source>
        <translation>el fragmento {idx} no superó la autenticación</translation>
    </message>
    <message>
        <source>chunk {idx} is missing</source>
        <translation>falta el fragmento {idx}</translation>
    </message>
    <message>
        <source>The damaged journal cannot be read ({error}).</source>
        <translation>No se puede leer el diario dañado ({error}).</translation>
    </message>
    <message>
        <source>The repaired copy must be a new file, not the damaged one.</source>
        <translation>La copia reparada debe ser un archivo nuevo, no el dañado.</translation>
    </message>
    <message>
        <source>There is already a file at {target}; nothing was overwritten.</source>
        <translation>Ya hay un archivo en {target}; no se sobrescribió nada.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist (is the USB stick plugged in?).</source>
        <translation>La carpeta {parent} no existe (¿está conectada la memoria USB?).</translation>
    </message>
    <message>
        <source>The journal is {gib:.1f} GiB, but this stick is formatted as FAT32, which cannot hold files over 4 GiB. Use a stick formatted as exFAT or NTFS.</source>
        <translation>El diario ocupa {gib:.1f} GiB, pero esta memoria tiene formato FAT32, que no admite archivos de más de 4 GiB. Usa una memoria con formato exFAT o NTFS.</translation>
    </message>
    <message>
        <source>The backup copy failed SQLite&apos;s own check; it was removed.</source>
        <translation>La copia de seguridad no superó la comprobación de SQLite; se eliminó.</translation>
    </message>
    <message>
        <source>The backup copy differs from the journal; it was removed.</source>
        <translation>La copia de seguridad es distinta del diario; se eliminó.</translation>
    </message>
    <message>
        <source>That chain head cannot be read: it should be 64 characters 0-9 and a-f, as printed in chain.txt or on the cover of the chronology.</source>
        <translation>No se puede leer esa cabeza de la cadena: debe tener 64 caracteres del 0 al 9 y de la a a la f, como aparece en chain.txt o en la portada de la cronología.</translation>
    </message>
    <message>
        <source>{label}: {error}</source>
        <translation>{label}: {error}</translation>
    </message>
    <message>
        <source>{label}: its content no longer matches the SHA-256 recorded at import</source>
        <translation>{label}: su contenido ya no coincide con el SHA-256 registrado al importarlo</translation>
    </message>
    <message>
        <source>attachment {file_name!r} ({attachment_id}), named by an earlier version of entry {title!r} ({entry_id}), is missing and no purge is recorded</source>
        <translation>el archivo adjunto {file_name!r} ({attachment_id}), citado por una versión anterior de la entrada {title!r} ({entry_id}), falta y no hay ninguna eliminación definitiva registrada</translation>
    </message>
    <message>
        <source>Purging removes the entry and its evidence for good; confirm with PURGE.</source>
        <translation>La eliminación definitiva borra la entrada y sus pruebas para siempre; confírmala con PURGE.</translation>
    </message>
    <message>
        <source>This entry was deleted; evidence cannot be added to it.</source>
        <translation>Esta entrada se retiró; no se le pueden añadir pruebas.</translation>
    </message>
    <message>
        <source>The entry was withdrawn during the import; nothing was added.</source>
        <translation>La entrada se retiró durante la importación; no se añadió nada.</translation>
    </message>
    <message>
        <source>There is no attachment {attachment_id}.</source>
        <translation>No hay ningún archivo adjunto {attachment_id}.</translation>
    </message>
    <message>
        <source>The file {name} changed while it was being imported. Nothing was imported.</source>
        <translation>El archivo {name} cambió mientras se importaba. No se importó nada.</translation>
    </message>
    <message>
        <source>This entry was deleted; messages cannot be linked to it.</source>
        <translation>Esta entrada se retiró; no se le pueden vincular mensajes.</translation>
    </message>
    <message>
        <source>There is no entry {entry_id}.</source>
        <translation>No hay ninguna entrada {entry_id}.</translation>
    </message>
    <message>
        <source>There is no entry {record_id}.</source>
        <translation>No hay ninguna entrada {record_id}.</translation>
    </message>
    <message>
        <source>There is no person {person_id}.</source>
        <translation>No hay ninguna persona {person_id}.</translation>
    </message>
    <message>
        <source>there is not enough space on the disk or stick</source>
        <translation>no hay espacio suficiente en el disco o la memoria USB</translation>
    </message>
    <message>
        <source>that place cannot be written to (read-only or no permission)</source>
        <translation>no se puede escribir en ese lugar (solo lectura o sin permiso)</translation>
    </message>
    <message>
        <source>the device could not be read or written (was a USB stick removed?)</source>
        <translation>no se pudo leer ni escribir en el dispositivo (¿se quitó una memoria USB?)</translation>
    </message>
    <message>
        <source>another program is using the file</source>
        <translation>otro programa está usando el archivo</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>el archivo está dañado</translation>
    </message>
    <message>
        <source>the file or folder is no longer there (was a USB stick removed?)</source>
        <translation>el archivo o la carpeta ya no está ahí (¿se quitó una memoria USB?)</translation>
    </message>
    <message>
        <source>the system reported: {said}</source>
        <translation>el sistema informó: {said}</translation>
    </message>
    <message>
        <source>the storage reported: {said}</source>
        <translation>el almacenamiento informó: {said}</translation>
    </message>
    <message>
        <source>A file appeared at {out} meanwhile; nothing was overwritten.</source>
        <translation>Mientras tanto apareció un archivo en {out}; no se sobrescribió nada.</translation>
    </message>
    <message>
        <source>{first}, {then}</source>
        <translation>{first}, {then}</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <source>the record of the last save has an impossible length</source>
        <translation>el registro del último guardado tiene una longitud imposible</translation>
    </message>
    <message>
        <source>{label} was moved: it says it is revision {stated_seq}</source>
        <translation>{label} se movió: dice ser la revisión {stated_seq}</translation>
    </message>
    <message>
        <source>the chain breaks at {label}: it does not follow the one before</source>
        <translation>la cadena se rompe en {label}: no sigue a la anterior</translation>
    </message>
    <message>
        <source>the last {removed} revision(s) were removed (the journal recorded {exp_count} revisions at its last save, the last one present is {last_seq})</source>
        <translation>se quitaron las últimas {removed} revisiones (el diario registró {exp_count} revisiones en su último guardado; la última presente es la {last_seq})</translation>
    </message>
    <message>
        <source>the chain head does not match the one recorded at the last save</source>
        <translation>la cabeza de la cadena no coincide con la registrada en el último guardado</translation>
    </message>
    <message>
        <source>there is no file there</source>
        <translation>no hay ningún archivo ahí</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>it is some other kind of file</source>
        <translation>es otro tipo de archivo</translation>
    </message>
    <message>
        <source>the file is damaged or not a database</source>
        <translation>el archivo está dañado o no es una base de datos</translation>
    </message>
    <message>
        <source>it is a database, but not a journal</source>
        <translation>es una base de datos, pero no un diario</translation>
    </message>
    <message>
        <source>its format version is unreadable</source>
        <translation>no se puede leer la versión de su formato</translation>
    </message>
    <message>
        <source>it looks like a journal, but the file is damaged where SQLite keeps what identifies it; a backup may still open</source>
        <translation>parece un diario, pero el archivo está dañado donde SQLite guarda lo que lo identifica; puede que una copia de seguridad sí se abra</translation>
    </message>
    <message>
        <source>it looks like a journal, but the file is damaged where SQLite keeps its table list; a backup may still open</source>
        <translation>parece un diario, pero el archivo está dañado donde SQLite guarda su lista de tablas; puede que una copia de seguridad sí se abra</translation>
    </message>
    <message>
        <source>no table in it can be read: the file is damaged, or it is not a journal</source>
        <translation>no se puede leer ninguna tabla: el archivo está dañado o no es un diario</translation>
    </message>
    <message>
        <source>There is already a file at {path}. Choose another name; nothing was overwritten.</source>
        <translation>Ya hay un archivo en {path}. Elige otro nombre; no se sobrescribió nada.</translation>
    </message>
    <message>
        <source>key_history.json cannot be read as a key history</source>
        <translation>key_history.json no se puede leer como un historial de claves</translation>
    </message>
    <message>
        <source>the PDF-signing certificate of key {number} in key_history.json was not signed by that key: its signature does not match</source>
        <translation>el certificado de firma de PDF de la clave {number} en key_history.json no lo firmó esa clave: su firma no coincide</translation>
    </message>
    <message>
        <source>key {number} in key_history.json was not announced by key {previous}: its succession signature does not match</source>
        <translation>la clave {number} en key_history.json no fue anunciada por la clave {previous}: su firma de sucesión no coincide</translation>
    </message>
    <message>
        <source>key_history.json does not end at the key that signed this bundle (vault_pub.pem)</source>
        <translation>key_history.json no termina en la clave que firmó este paquete (vault_pub.pem)</translation>
    </message>
    <message>
        <source>the stored {name} is from another key epoch (altered)</source>
        <translation>el elemento {name} guardado es de otra época de claves (alterado)</translation>
    </message>
    <message>
        <source>the stored {name} failed authentication</source>
        <translation>el elemento {name} guardado no superó la autenticación</translation>
    </message>
    <message>
        <source>the recovery key record is missing (the file was altered)</source>
        <translation>falta el registro de la clave de recuperación (el archivo se alteró)</translation>
    </message>
    <message>
        <source>Argon2id memory below 64 MiB is refused.</source>
        <translation>Se rechaza una memoria de Argon2id inferior a 64 MiB.</translation>
    </message>
    <message>
        <source>Argon2id parameters refused: {error}.</source>
        <translation>Parámetros de Argon2id rechazados: {error}.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La frase de contraseña está vacía.</translation>
    </message>
    <message>
        <source>SQLite reads its table list only with the damage tolerated</source>
        <translation>SQLite solo lee su lista de tablas tolerando los daños</translation>
    </message>
    <message>
        <source>The journal {path} is damaged: its identifier is missing.</source>
        <translation>El diario {path} está dañado: falta su identificador.</translation>
    </message>
    <message>
        <source>the key for data written before key change {current} is damaged</source>
        <translation>la clave de los datos escritos antes del cambio de claves {current} está dañada</translation>
    </message>
    <message>
        <source>object {hex} names an unknown key epoch {epoch}</source>
        <translation>el objeto {hex} cita una época de claves desconocida {epoch}</translation>
    </message>
    <message>
        <source>object {hex}: its key failed authentication (changed or moved)</source>
        <translation>objeto {hex}: su clave no superó la autenticación (se cambió o se movió)</translation>
    </message>
    <message>
        <source>object {hex}: its content is missing</source>
        <translation>objeto {hex}: falta su contenido</translation>
    </message>
    <message>
        <source>object {hex}: {error}</source>
        <translation>objeto {hex}: {error}</translation>
    </message>
    <message>
        <source>object {hex} is missing</source>
        <translation>falta el objeto {hex}</translation>
    </message>
    <message>
        <source>object {hex} is not a {role}</source>
        <translation>el objeto {hex} no es un {role}</translation>
    </message>
    <message>
        <source>object {hex}: chunks are missing</source>
        <translation>objeto {hex}: faltan fragmentos</translation>
    </message>
    <message>
        <source>object {name}: chunk {idx} is missing</source>
        <translation>objeto {name}: falta el fragmento {idx}</translation>
    </message>
    <message>
        <source>object {name}: {error}</source>
        <translation>objeto {name}: {error}</translation>
    </message>
    <message>
        <source>A recovery code has {expected} letters and digits; this one has {count}.</source>
        <translation>Un código de recuperación tiene {expected} letras y cifras; este tiene {count}.</translation>
    </message>
    <message>
        <source>The character {character!r} does not appear in recovery codes.</source>
        <translation>El carácter {character!r} no aparece en los códigos de recuperación.</translation>
    </message>
    <message>
        <source>This recovery code has a typing mistake in its first group.</source>
        <translation>Este código de recuperación tiene un error de escritura en su primer grupo.</translation>
    </message>
    <message>
        <source>This recovery code has a typing mistake somewhere; please check each group.</source>
        <translation>Este código de recuperación tiene un error de escritura en algún lugar; revisa cada grupo.</translation>
    </message>
    <message>
        <source>The restored copy differs from the backup; it was removed.</source>
        <translation>La copia restaurada es distinta de la copia de seguridad; se eliminó.</translation>
    </message>
    <message>
        <source>The backup failed SQLite&apos;s own check; nothing was restored.</source>
        <translation>La copia de seguridad no superó la comprobación de SQLite; no se restauró nada.</translation>
    </message>
    <message>
        <source>The journal&apos;s signing key is damaged, so exports cannot be signed.</source>
        <translation>La clave de firma del diario está dañada, así que las exportaciones no se pueden firmar.</translation>
    </message>
    <message>
        <source>it has no key epochs; the passphrase was not tried</source>
        <translation>no tiene épocas de claves; no se probó la frase de contraseña</translation>
    </message>
    <message>
        <source>its key epochs should run 1 to {newest} but epochs {epochs} are missing or out of place; the passphrase was not tried</source>
        <translation>sus épocas de claves deberían ir de 1 a {newest}, pero las épocas {epochs} faltan o no están en su sitio; no se probó la frase de contraseña</translation>
    </message>
    <message>
        <source>a key epoch&apos;s link to the one before it was added or removed; the passphrase was not tried</source>
        <translation>se añadió o se quitó el enlace de una época de claves con la anterior; no se probó la frase de contraseña</translation>
    </message>
    <message>
        <source>its newest key epoch, {newest}, has no passphrase slot (an epoch row was added?); the passphrase was not tried</source>
        <translation>su época de claves más reciente, {newest}, no tiene ranura de frase de contraseña (¿se añadió una fila de época?); no se probó la frase de contraseña</translation>
    </message>
    <message>
        <source>data was written in key epoch {written}, but the key records end at epoch {newest} (newer ones were removed); the passphrase was not tried</source>
        <translation>se escribieron datos en la época de claves {written}, pero los registros de claves terminan en la época {newest} (se quitaron las más nuevas); no se probó la frase de contraseña</translation>
    </message>
    <message>
        <source>it has {count} key slots where this app keeps two; the passphrase was not tried</source>
        <translation>tiene {count} ranuras de clave donde esta aplicación guarda dos; no se probó la frase de contraseña</translation>
    </message>
    <message>
        <source>{notices}. The passphrase opened none of them: if you are sure it is right, someone replaced its key slot</source>
        <translation>{notices}. La frase de contraseña no abrió ninguna: si estás segura o seguro de que es correcta, alguien sustituyó su ranura de clave</translation>
    </message>
    <message>
        <source>key slot {slot_id} belongs to the older key epoch {epoch} (copied back in from an old copy of the file?); it was ignored</source>
        <translation>la ranura de clave {slot_id} pertenece a la época de claves anterior {epoch} (¿copiada desde una copia antigua del archivo?); se ignoró</translation>
    </message>
    <message>
        <source>key slot {slot_id} has an impossible number; it was ignored</source>
        <translation>la ranura de clave {slot_id} tiene un número imposible; se ignoró</translation>
    </message>
    <message>
        <source>key slot {slot_id} has unusable key derivation settings ({error}); it was skipped</source>
        <translation>la ranura de clave {slot_id} tiene ajustes de derivación de clave inservibles ({error}); se omitió</translation>
    </message>
    <message>
        <source>the newest key epoch has {count} passphrase slots where the app keeps one (slots {names}): the file was altered</source>
        <translation>la época de claves más reciente tiene {count} ranuras de frase de contraseña donde la aplicación guarda una (ranuras {names}): el archivo se alteró</translation>
    </message>
    <message>
        <source>the newest key epoch has {count} recovery slots where the app keeps one: the file was altered</source>
        <translation>la época de claves más reciente tiene {count} ranuras de recuperación donde la aplicación guarda una: el archivo se alteró</translation>
    </message>
    <message>
        <source>The journal at {path} could not be saved or read because {reason}. Whatever was saved before is still in the file.</source>
        <translation>No se pudo guardar ni leer el diario en {path} porque {reason}. Todo lo que se guardó antes sigue en el archivo.</translation>
    </message>
    <message>
        <source>The journal {path} is open read-only; nothing was saved.</source>
        <translation>El diario {path} está abierto en modo de solo lectura; no se guardó nada.</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>una imagen JPEG</translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation>una imagen PNG</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a WAV recording</source>
        <translation>una grabación WAV</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>The file name ends in .{ext}, but its content is {what}. It is stored as it is; this app goes by the content, not the name.</source>
        <translation>El nombre del archivo termina en .{ext}, pero su contenido es {what}. Se guarda tal como está; esta aplicación se guía por el contenido, no por el nombre.</translation>
    </message>
    <message>
        <source>The file name contains hidden control characters that can disguise its real ending; it is shown as: {name}</source>
        <translation>El nombre del archivo contiene caracteres de control ocultos que pueden disimular su verdadera terminación; se muestra así: {name}</translation>
    </message>
    <message>
        <source>This file is empty (0 bytes). It has been stored as it is.</source>
        <translation>Este archivo está vacío (0 bytes). Se ha guardado tal como está.</translation>
    </message>
    <message>
        <source>This picture is extremely large ({width} × {height} pixels). It is stored as it is, but it will not be previewed, to keep the computer safe.</source>
        <translation>Esta imagen es enorme ({width} × {height} píxeles). Se guarda tal como está, pero no se mostrará una vista previa, para proteger el ordenador.</translation>
    </message>
    <message>
        <source>The picture&apos;s header could not be read; it is stored as it is.</source>
        <translation>No se pudo leer la cabecera de la imagen; se guarda tal como está.</translation>
    </message>
    <message>
        <source>This picture appears to be cut off (the file ends early). It is stored as it is, but it may not preview fully.</source>
        <translation>Esta imagen parece estar cortada (el archivo termina antes de tiempo). Se guarda tal como está, pero puede que la vista previa no se vea completa.</translation>
    </message>
    <message>
        <source>This picture is too large to preview safely ({width} × {height} pixels). It is stored unchanged.</source>
        <translation>Esta imagen es demasiado grande para mostrarla con seguridad ({width} × {height} píxeles). Se guarda sin cambios.</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to show.</source>
        <translation>Este archivo está vacío: no hay nada que mostrar.</translation>
    </message>
    <message>
        <source>This file is too large to preview inside the app.</source>
        <translation>Este archivo es demasiado grande para mostrarlo dentro de la aplicación.</translation>
    </message>
    <message>
        <source>This file is not a picture this app can show.</source>
        <translation>Este archivo no es una imagen que la aplicación pueda mostrar.</translation>
    </message>
    <message>
        <source>This picture cannot be previewed (it appears to be cut off or damaged). It is stored unchanged.</source>
        <translation>No se puede mostrar esta imagen (parece cortada o dañada). Se guarda sin cambios.</translation>
    </message>
    <message>
        <source>This picture cannot be previewed ({reason}). It is stored unchanged.</source>
        <translation>No se puede mostrar esta imagen ({reason}). Se guarda sin cambios.</translation>
    </message>
    <message>
        <source>These are notes of what was noticed at the time. They do not replace a risk assessment by a trained professional. If you are in danger now, call your local emergency number.</source>
        <extracomment>Shown wherever risk indicators are shown or exported.</extracomment>
        <translation>Son notas de lo que se observó en su momento. No sustituyen una evaluación de riesgo hecha por una persona profesional. Si ahora estás en peligro, llama al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <source>Support services (a domestic-violence helpline or advocate) can talk a risk assessment and a safety plan through with you.</source>
        <translation>Los servicios de apoyo (una línea de ayuda contra la violencia doméstica o una persona de acompañamiento) pueden revisar contigo una evaluación de riesgo y un plan de seguridad.</translation>
    </message>
    <message>
        <source>This picture&apos;s camera says it was taken on {taken}, and this entry is about {about}. That can be quite right: an older photo, or a camera whose clock was wrong. Someone may ask about it later, so you can add a short note now to explain it. It is kept with the picture and shown with it in exports.</source>
        <extracomment>How far outside the entry&apos;s stated time a capture time may be before she is asked.</extracomment>
        <translation>La cámara de esta imagen dice que se tomó el {taken}, y esta entrada trata del {about}. Puede estar bien: una foto más antigua, o una cámara con la hora mal puesta. Más adelante alguien podría preguntar por ello, así que puedes añadir ahora una nota breve que lo explique. Se guarda con la imagen y aparece con ella en las exportaciones.</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} a las {time}</translation>
    </message>
    <message numerus="yes">
        <source>Since this journal was last opened, someone tried to open it with a wrong passphrase or recovery code %n times (the last on {when}). If that was not you, someone may be trying to get in: see Staying safe.</source>
        <translation>
            <numerusform>Desde la última vez que se abrió este diario, alguien intentó abrirlo una vez con una frase de contraseña o un código de recuperación incorrectos (el {when}). Si no fuiste tú, puede que alguien esté intentando entrar: consulta Mantenerte a salvo.</numerusform>
            <numerusform>Desde la última vez que se abrió este diario, alguien intentó abrirlo %n veces con una frase de contraseña o un código de recuperación incorrectos (la última, el {when}). Si no fuiste tú, puede que alguien esté intentando entrar: consulta Mantenerte a salvo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Muy fuerte</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <extracomment>zxcvbn&apos;s own advice (its feedback.py), in English; marked here so that the app shows it in its own language like the rest of the verdict.</extracomment>
        <translation>Una palabra sola es fácil de adivinar.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Añade una o dos palabras más. Las palabras poco comunes son mejores.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Todo en mayúsculas es casi tan fácil de adivinar como todo en minúsculas.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Evita fechas y años relacionados contigo.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Evita los años recientes.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Evita repetir palabras y caracteres.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Evita las secuencias.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Evita años relacionados contigo.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Las mayúsculas no ayudan mucho.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Los nombres y apellidos comunes son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Las fechas suelen ser fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Los nombres y apellidos solos son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>No hacen falta símbolos, números ni mayúsculas.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Sustituciones previsibles como «@» en lugar de «a» no ayudan mucho.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Los años recientes son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Las repeticiones como «aaa» son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Las repeticiones como «abcabcabc» son apenas más difíciles de adivinar que «abc».</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Las palabras al revés no son mucho más difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Las secuencias como «abc» o «6543» son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Los patrones cortos del teclado son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Las filas seguidas de teclas son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>Es una de las 10 contraseñas más comunes.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>Es una de las 100 contraseñas más comunes.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>Es una contraseña muy común.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Se parece a una contraseña muy usada.</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Usa varias palabras y evita frases conocidas.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Usa un patrón de teclado más largo y con más giros.</translation>
    </message>
    <message>
        <source>Type a passphrase: a few unrelated words work well.</source>
        <translation>Escribe una frase de contraseña: unas cuantas palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vacía</translation>
    </message>
    <message>
        <source>Use at least {count} characters; a short sentence is easy to remember.</source>
        <translation>Usa al menos {count} caracteres; una frase corta es fácil de recordar.</translation>
    </message>
    <message>
        <source>This would be quick to guess. Add another word or two.</source>
        <translation>Sería fácil de adivinar. Añade una o dos palabras más.</translation>
    </message>
    <message>
        <source>{name} is missing</source>
        <translation>falta {name}</translation>
    </message>
    <message>
        <source>{name} was changed (its SHA-256 differs from SHA256SUMS)</source>
        <translation>{name} ha sido alterado (su SHA-256 no coincide con SHA256SUMS)</translation>
    </message>
    <message>
        <source>{name} was added: it is not listed in SHA256SUMS</source>
        <translation>{name} se añadió: no figura en SHA256SUMS</translation>
    </message>
    <message>
        <source>{name} cannot be read (it is stored in a way this check cannot read, such as an unknown compression)</source>
        <translation>{name} no se puede leer (está guardado de una forma que esta comprobación no puede leer, como una compresión desconocida)</translation>
    </message>
    <message>
        <source>{name} cannot be read (the file cannot be opened: {reason})</source>
        <translation>{name} no se puede leer (el archivo no se puede abrir: {reason})</translation>
    </message>
    <message>
        <source>{name} cannot be read (the zip is damaged there)</source>
        <translation>{name} no se puede leer (el zip está dañado en ese punto)</translation>
    </message>
    <message>
        <source>{name} has a backslash or an empty or NUL character; it was not opened</source>
        <translation>{name} tiene una barra invertida o un carácter vacío o NUL; no se abrió</translation>
    </message>
    <message>
        <source>{name} is an absolute path; it was not opened</source>
        <translation>{name} es una ruta absoluta; no se abrió</translation>
    </message>
    <message>
        <source>{name} points outside the bundle (..); it was not opened</source>
        <translation>{name} apunta fuera del paquete de pruebas (..); no se abrió</translation>
    </message>
    <message>
        <source>{name} contains control characters; it was not opened</source>
        <translation>{name} contiene caracteres de control; no se abrió</translation>
    </message>
    <message>
        <source>{name} cannot be read</source>
        <translation>{name} no se puede leer</translation>
    </message>
    <message>
        <source>{name} is a link; links are not followed</source>
        <translation>{name} es un enlace; los enlaces no se siguen</translation>
    </message>
    <message>
        <source>{name} is a link; links are not followed (inside the zip)</source>
        <translation>{name} es un enlace; los enlaces no se siguen (dentro del zip)</translation>
    </message>
    <message>
        <source>{name} is a named pipe, not a file; it was not opened</source>
        <translation>{name} es una tubería con nombre, no un archivo; no se abrió</translation>
    </message>
    <message>
        <source>{name} is a named pipe, not a file; it was not opened (inside the zip)</source>
        <translation>{name} es una tubería con nombre, no un archivo; no se abrió (dentro del zip)</translation>
    </message>
    <message>
        <source>{name} is a socket, not a file; it was not opened</source>
        <translation>{name} es un socket, no un archivo; no se abrió</translation>
    </message>
    <message>
        <source>{name} is a socket, not a file; it was not opened (inside the zip)</source>
        <translation>{name} es un socket, no un archivo; no se abrió (dentro del zip)</translation>
    </message>
    <message>
        <source>{name} is a device, not a file; it was not opened</source>
        <translation>{name} es un dispositivo, no un archivo; no se abrió</translation>
    </message>
    <message>
        <source>{name} is a device, not a file; it was not opened (inside the zip)</source>
        <translation>{name} es un dispositivo, no un archivo; no se abrió (dentro del zip)</translation>
    </message>
    <message>
        <source>{name} is not a regular file; it was not opened</source>
        <translation>{name} no es un archivo normal; no se abrió</translation>
    </message>
    <message>
        <source>{name} is not a regular file; it was not opened (inside the zip)</source>
        <translation>{name} no es un archivo normal; no se abrió (dentro del zip)</translation>
    </message>
    <message>
        <source>{name} is missing, so the timestamp beside it cannot be checked</source>
        <translation>falta {name}, así que no se puede comprobar el sello de tiempo que lo acompaña</translation>
    </message>
    <message>
        <source>{name} is not a valid timestamp of {data}: {problem}</source>
        <translation>{name} no es un sello de tiempo válido de {data}: {problem}</translation>
    </message>
    <message>
        <source>{name} does not hold a chain head</source>
        <translation>{name} no contiene una cabeza de cadena</translation>
    </message>
    <message>
        <source>the chain head in {name} is not listed in {chain}</source>
        <translation>la cabeza de cadena de {name} no figura en {chain}</translation>
    </message>
    <message>
        <source>{name}: chain head {head}… existed no later than {time} according to {signer}</source>
        <translation>{name}: la cabeza de cadena {head}… ya existía el {time} a más tardar, según {signer}</translation>
    </message>
</context>
</TS>
