<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>&amp;Conversations…</source>
        <translation>&amp;Conversaciones…</translation>
    </message>
    <message>
        <source>Import &amp;messages…</source>
        <translation>Importar &amp;mensajes…</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>No se ha vinculado</translation>
    </message>
    <message numerus="yes">
        <source>Linked %n messages to “{title}”.</source>
        <translation>
            <numerusform>%n mensaje vinculado a «{title}».</numerusform>
            <numerusform>%n mensajes vinculados a «{title}».</numerusform>
        </translation>
    </message>
    <message>
        <source>No entry made</source>
        <translation>No se ha creado la entrada</translation>
    </message>
    <message>
        <source>Contact per day by sender</source>
        <translation>Contacto por día y por remitente</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calls</source>
        <translation>
            <numerusform>%n llamada</numerusform>
            <numerusform>%n llamadas</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} {count}</source>
        <comment>a sender and their count</comment>
        <translation>{name} {count}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>{day}: {messages}, {calls} ({senders})</source>
        <translation>{day}: {messages}, {calls} ({senders})</translation>
    </message>
    <message>
        <source>{messages} and {calls} between {start} and {end}</source>
        <translation>{messages} y {calls} entre las {start} y las {end}</translation>
    </message>
    <message>
        <source>No messages or calls match.</source>
        <translation>Ningún mensaje ni llamada coincide.</translation>
    </message>
    <message>
        <source>{messages} and {calls} on {days}, from {first} to {last}; {night}.</source>
        <translation>{messages} y {calls} en {days}, del {first} al {last}; {night}.</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Busiest days:</source>
        <translation>Días con más contacto:</translation>
    </message>
    <message numerus="yes">
        <source>%n days with contact</source>
        <translation>
            <numerusform>%n día con contacto</numerusform>
            <numerusform>%n días con contacto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days with contact; the most on {day} ({count})</source>
        <translation>
            <numerusform>%n día con contacto; el que más, {day} ({count})</numerusform>
            <numerusform>%n días con contacto; el que más, {day} ({count})</numerusform>
        </translation>
    </message>
    <message>
        <source>WhatsApp writes the time as the phone showed it, without saying which time zone the phone was set to. Which zone was it? This computer&apos;s zone is filled in; change it if the phone was somewhere else (for example Europe/Berlin or +01:00).</source>
        <translation>WhatsApp escribe la hora tal como la mostraba el teléfono, sin decir qué zona horaria tenía configurada. ¿Qué zona era? Ya está puesta la zona de esta computadora; cámbiala si el teléfono estaba en otro lugar (por ejemplo Europe/Berlin o +01:00).</translation>
    </message>
    <message>
        <source>Every time from this chat will be shown with this zone and the words “assumed: zone confirmed by the user”, and the time exactly as the export wrote it is kept beside it. Nothing is corrected.</source>
        <translation>Cada hora de este chat se mostrará con esta zona y la indicación «supuesta: zona confirmada por la usuaria o el usuario», y al lado se guarda la hora tal como la escribió la exportación. No se corrige nada.</translation>
    </message>
    <message>
        <source>WhatsApp chat (.txt or .zip)</source>
        <extracomment>The formats the core reads (journal/messages FORMATS), by the names people know them by.</extracomment>
        <translation>Chat de WhatsApp (.txt o .zip)</translation>
    </message>
    <message>
        <source>SMS Backup &amp; Restore (.xml)</source>
        <translation>SMS Backup &amp; Restore (.xml)</translation>
    </message>
    <message>
        <source>Telegram (result.json)</source>
        <translation>Telegram (result.json)</translation>
    </message>
    <message>
        <source>Facebook Messenger (.json)</source>
        <translation>Facebook Messenger (.json)</translation>
    </message>
    <message>
        <source>Email mailbox (.mbox)</source>
        <translation>Buzón de correo electrónico (.mbox)</translation>
    </message>
    <message>
        <source>Email message (.eml)</source>
        <translation>Mensaje de correo electrónico (.eml)</translation>
    </message>
    <message>
        <source>Time zone of the chat</source>
        <translation>Zona horaria del chat</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>&amp;Import with this zone</source>
        <translation>&amp;Importar con esta zona</translation>
    </message>
    <message>
        <source>&amp;Skip this file</source>
        <translation>&amp;Omitir este archivo</translation>
    </message>
    <message>
        <source>“{file}” is a WhatsApp chat.</source>
        <translation>«{file}» es un chat de WhatsApp.</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone this computer knows. Try a name such as Europe/London or an offset such as +02:00.</source>
        <translation>«{zone}» no es una zona horaria que esta computadora conozca. Prueba con un nombre como Europe/London o una diferencia como +02:00.</translation>
    </message>
    <message>
        <source>Message file not imported</source>
        <translation>Archivo de mensajes no importado</translation>
    </message>
    <message>
        <source>“{file}” was not imported, and nothing was stored:
{reason}</source>
        <translation>«{file}» no se ha importado y no se ha guardado nada:
{reason}</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>If you know what kind of export it is, &amp;read it as:</source>
        <translation>Si sabes qué tipo de exportación es, &amp;léela como:</translation>
    </message>
    <message>
        <source>T&amp;ry as this format</source>
        <translation>&amp;Probar con este formato</translation>
    </message>
    <message>
        <source>{file}: imported before; nothing new was stored.</source>
        <translation>{file}: ya se había importado; no se ha guardado nada nuevo.</translation>
    </message>
    <message>
        <source>{file}: {messages} and {calls} stored, {known} already in the journal.</source>
        <translation>{file}: se han guardado {messages} y {calls}; {known} ya estaban en el diario.</translation>
    </message>
    <message>
        <source>{file}: {messages} and {calls} stored.</source>
        <translation>{file}: se han guardado {messages} y {calls}.</translation>
    </message>
    <message>
        <source>Times shown in {zone} (assumed, confirmed by you).</source>
        <translation>Horas mostradas en {zone} (supuesta, confirmada por ti).</translation>
    </message>
    <message>
        <source>Times shown in {zone} (assumed, not confirmed).</source>
        <translation>Horas mostradas en {zone} (supuesta, sin confirmar).</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Import messages</source>
        <translation>Importar mensajes</translation>
    </message>
    <message>
        <source>Messages imported</source>
        <translation>Mensajes importados</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>{file}: not imported; nothing was stored.</source>
        <translation>{file}: no se ha importado; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Importing “{file}”…</source>
        <translation>Importando «{file}»…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Importing messages</source>
        <translation>Importando mensajes</translation>
    </message>
    <message>
        <source>Importing “{file}”: {count} read so far…</source>
        <translation>Importando «{file}»: {count} leídos hasta ahora…</translation>
    </message>
    <message>
        <source>{file}: cancelled; nothing was stored.</source>
        <translation>{file}: cancelado; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Something went wrong that the app did not expect.</source>
        <translation>Ocurrió algo que la aplicación no esperaba.</translation>
    </message>
    <message>
        <source>Link to entry</source>
        <translation>Vincular a una entrada</translation>
    </message>
    <message numerus="yes">
        <source>Link %n messages to this entry:</source>
        <translation>
            <numerusform>Vincular %n mensaje a esta entrada:</numerusform>
            <numerusform>Vincular %n mensajes a esta entrada:</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Vincular</translation>
    </message>
    <message>
        <source>Messages from {names}</source>
        <translation>Mensajes de {names}</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>incoming</source>
        <extracomment>A call&apos;s direction as the parsers store it (journal/messages/model.py CallDirection).</extracomment>
        <translation>entrante</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>saliente</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perdida</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>buzón de voz</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>answered elsewhere</source>
        <translation>contestada en otro dispositivo</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>(system line)</source>
        <translation>(línea del sistema)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>borrado</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <source>media left out of the export</source>
        <translation>archivos multimedia no incluidos en la exportación</translation>
    </message>
    <message>
        <source>attachments: {names}</source>
        <translation>archivos adjuntos: {names}</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the notes about a message</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>{hours} h {minutes} min {seconds} s</source>
        <translation>{hours} h {minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>From: {sender}</source>
        <translation>De: {sender}</translation>
    </message>
    <message>
        <source>Sent: {time}</source>
        <translation>Enviado: {time}</translation>
    </message>
    <message>
        <source>As written in the export: {time}</source>
        <translation>Tal como figura en la exportación: {time}</translation>
    </message>
    <message>
        <source>Where in the export file: {place}</source>
        <translation>Lugar en el archivo exportado: {place}</translation>
    </message>
    <message>
        <source>The “From” date “{text}” is not a date like 2025-03-14.</source>
        <extracomment>The two date filters&apos; complaints, one whole sentence each.</extracomment>
        <translation>La fecha «Desde» «{text}» no es una fecha como 2025-03-14.</translation>
    </message>
    <message>
        <source>The “To” date “{text}” is not a date like 2025-03-14.</source>
        <translation>La fecha «Hasta» «{text}» no es una fecha como 2025-03-14.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>words in a message</source>
        <translation>palabras de un mensaje</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>M&amp;ostrar</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>S&amp;ender:</source>
        <translation>&amp;Remitente:</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>The selected message, exactly</source>
        <translation>El mensaje elegido, tal cual</translation>
    </message>
    <message>
        <source>&amp;Link to entry…</source>
        <translation>&amp;Vincular a una entrada…</translation>
    </message>
    <message>
        <source>&amp;New entry from these messages</source>
        <translation>&amp;Nueva entrada con estos mensajes</translation>
    </message>
    <message>
        <source>Show &amp;picture</source>
        <translation>Ver &amp;imagen</translation>
    </message>
    <message>
        <source>Opens blurred until you choose to look</source>
        <translation>Se abre difuminada hasta que decidas verla</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Mensajes</translation>
    </message>
    <message>
        <source>C&amp;alls</source>
        <translation>&amp;Llamadas</translation>
    </message>
    <message>
        <source>Contact &amp;over time</source>
        <translation>Contacto en el &amp;tiempo</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Todas las conversaciones</translation>
    </message>
    <message>
        <source>Reading the messages…</source>
        <translation>Leyendo los mensajes…</translation>
    </message>
    <message>
        <source>The messages could not be read.</source>
        <translation>No se pudieron leer los mensajes.</translation>
    </message>
    <message>
        <source>{messages} and {calls} (the first {shown} are shown; narrow the search).</source>
        <translation>{messages} y {calls} (se muestran los primeros {shown}; acota la búsqueda).</translation>
    </message>
    <message>
        <source>{messages} and {calls}.</source>
        <translation>{messages} y {calls}.</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message numerus="yes">
        <source>%n messages chosen.</source>
        <translation>
            <numerusform>%n mensaje elegido.</numerusform>
            <numerusform>%n mensajes elegidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>About this picture&apos;s date</source>
        <translation>Sobre la fecha de esta imagen</translation>
    </message>
    <message>
        <source>For example: an older photo of the same bruise; the camera&apos;s clock was wrong.</source>
        <translation>Por ejemplo: una foto anterior del mismo moretón; el reloj de la cámara estaba mal.</translation>
    </message>
    <message>
        <source>Your note about the date</source>
        <translation>Tu nota sobre la fecha</translation>
    </message>
    <message>
        <source>&amp;Your note:</source>
        <translation>&amp;Tu nota:</translation>
    </message>
    <message>
        <source>&amp;Keep this note</source>
        <translation>&amp;Guardar esta nota</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <source>Save an unencrypted copy?</source>
        <translation>¿Guardar una copia sin cifrar?</translation>
    </message>
    <message>
        <source>The copy will NOT be encrypted.</source>
        <translation>La copia NO estará cifrada.</translation>
    </message>
    <message>
        <source>Anyone who can reach the place you save it to, including anyone who looks through this computer, will be able to open it. If you can, save it to a USB stick or other removable drive that you keep somewhere safe, rather than to this computer.

The copy is checked against the SHA-256 recorded when the file was added, so you can show it is the same file.</source>
        <translation>Cualquier persona que pueda llegar al lugar donde la guardes, incluida cualquiera que revise esta computadora, podrá abrirla. Si puedes, guárdala en una memoria USB u otra unidad extraíble que tengas en un lugar seguro, en vez de en esta computadora.

La copia se comprueba con el SHA-256 registrado cuando se añadió el archivo, así puedes demostrar que es el mismo archivo.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Elegir dónde guardar…</translation>
    </message>
    <message>
        <source>Writing the copy and checking it against the recorded SHA-256…</source>
        <translation>Escribiendo la copia y comprobándola con el SHA-256 registrado…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Saving a copy</source>
        <translation>Guardando una copia</translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation>Copia guardada</translation>
    </message>
    <message>
        <source>The copy was saved as {path}.

It matches the SHA-256 recorded when the file was added. Remember that this copy is not encrypted.</source>
        <translation>La copia se guardó como {path}.

Coincide con el SHA-256 registrado cuando se añadió el archivo. Recuerda que esta copia no está cifrada.</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>La copia no se guardó</translation>
    </message>
    <message>
        <source>The evidence in the journal is unchanged.</source>
        <translation>Las pruebas del diario no han cambiado.</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <extracomment>EXIF orientations that turn the picture a quarter: its width and height swap.</extracomment>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} ({count} bytes)</source>
        <translation>{size} ({count} bytes)</translation>
    </message>
    <message>
        <source>{width} × {height} pixels as stored; shown upright as {height} × {width}, turned as the camera&apos;s orientation tag says</source>
        <translation>{width} × {height} píxeles tal como está guardada; se muestra derecha como {height} × {width}, girada según indica la etiqueta de orientación de la cámara</translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} píxeles</translation>
    </message>
    <message>
        <source>Recorded by the app when the file was added</source>
        <translation>Registrado por la aplicación al añadir el archivo</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <source>{kind}, {size}</source>
        <translation>{kind}, {size}</translation>
    </message>
    <message>
        <source>Added to the journal</source>
        <translation>Añadido al diario</translation>
    </message>
    <message>
        <source>File last modified</source>
        <translation>Última modificación del archivo</translation>
    </message>
    <message>
        <source>Taken (camera&apos;s clock)</source>
        <translation>Tomada (reloj de la cámara)</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensiones</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Your description</source>
        <translation>Tu descripción</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&lt;b&gt;For checking&lt;/b&gt; (the exact type, size and fingerprint)</source>
        <translation>&lt;b&gt;Para comprobar&lt;/b&gt; (el tipo, el tamaño y la huella exactos)</translation>
    </message>
    <message>
        <source>Type (from its content)</source>
        <translation>Tipo (según su contenido)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <comment>the fingerprint&apos;s name; keep it as it is</comment>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Something went wrong that the app did not expect while adding this file. Nothing from it was added.</source>
        <translation>Al añadir este archivo ocurrió algo que la aplicación no esperaba. No se ha añadido nada de él.</translation>
    </message>
    <message>
        <source>Add evidence to this entry</source>
        <translation>Añadir pruebas a esta entrada</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>• {name}: {text}</source>
        <translation>• {name}: {text}</translation>
    </message>
    <message>
        <source>Nothing from it was added.</source>
        <translation>No se ha añadido nada de él.</translation>
    </message>
    <message>
        <source>Stopping… nothing half-added will be kept.</source>
        <translation>Deteniendo… no se guardará nada a medio añadir.</translation>
    </message>
    <message>
        <source>Adding files</source>
        <translation>Añadiendo archivos</translation>
    </message>
    <message>
        <source>Adding “{name}” ({number} of {count}): {done} of {size}.</source>
        <translation>Añadiendo «{name}» ({number} de {count}): {done} de {size}.</translation>
    </message>
    <message>
        <source>Adding “{name}”: {done} of {size}.</source>
        <translation>Añadiendo «{name}»: {done} de {size}.</translation>
    </message>
    <message>
        <source>It is encrypted into the journal; the original file stays where it is.</source>
        <translation>Se cifra dentro del diario; el archivo original se queda donde está.</translation>
    </message>
    <message>
        <source>You can stop at any time; nothing half-added is kept.</source>
        <translation>Puedes detenerlo en cualquier momento; no se guarda nada a medio añadir.</translation>
    </message>
    <message>
        <source>Nothing was lost.</source>
        <translation>No se ha perdido nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n files were added to the entry.</source>
        <translation>
            <numerusform>Se añadió %n archivo a la entrada.</numerusform>
            <numerusform>Se añadieron %n archivos a la entrada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation>No añadidos:</translation>
    </message>
    <message>
        <source>Good to know (the files are stored exactly as they are):</source>
        <translation>Conviene saber (los archivos se guardan tal como son):</translation>
    </message>
    <message>
        <source>Files added</source>
        <translation>Archivos añadidos</translation>
    </message>
    <message>
        <source>Files not added</source>
        <translation>Archivos no añadidos</translation>
    </message>
    <message>
        <source>Choose an entry first</source>
        <translation>Primero elige una entrada</translation>
    </message>
    <message>
        <source>Evidence belongs to an entry. Choose the entry in the list first, then drop the files on it again. Nothing was added.</source>
        <translation>Las pruebas pertenecen a una entrada. Elige primero la entrada en la lista y luego vuelve a soltar los archivos sobre ella. No se ha añadido nada.</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>A video. It plays only when you choose Play.</source>
        <translation>Un video. Solo se reproduce cuando eliges Reproducir.</translation>
    </message>
    <message>
        <source>A recording. It plays only when you choose Play.</source>
        <translation>Una grabación. Solo se reproduce cuando eliges Reproducir.</translation>
    </message>
    <message>
        <source>No sound output was found on this computer, so nothing will be heard.</source>
        <translation>No se encontró ninguna salida de sonido en esta computadora, así que no se oirá nada.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>This recording is too large to play inside the app. It stays stored unchanged; you can save a copy to play it elsewhere.</source>
        <translation>Esta grabación es demasiado grande para reproducirla en la aplicación. Sigue guardada sin cambios; puedes guardar una copia para reproducirla en otro lugar.</translation>
    </message>
    <message>
        <source>It could not be read. {reason}</source>
        <translation>No se pudo leer. {reason}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>the reason is unknown</source>
        <translation>no se sabe por qué</translation>
    </message>
    <message>
        <source>This recording cannot be played here ({reason}). It stays stored unchanged; you can still save a copy.</source>
        <translation>Esta grabación no se puede reproducir aquí ({reason}). Sigue guardada sin cambios; aún puedes guardar una copia.</translation>
    </message>
    <message>
        <source>This picture is blurred until you choose to look.</source>
        <translation>Esta imagen está difuminada hasta que decidas verla.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Show the picture clearly (you can blur it again)</source>
        <translation>Ver la imagen con claridad (puedes volver a difuminarla)</translation>
    </message>
    <message>
        <source>Zoom out ({shortcut})</source>
        <translation>Alejar ({shortcut})</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the window ({shortcut})</source>
        <translation>Ajustar a la ventana ({shortcut})</translation>
    </message>
    <message>
        <source>Zoom in ({shortcut})</source>
        <translation>Acercar ({shortcut})</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Blur pictures when I open them</source>
        <translation>Difuminar las imágenes al abrirlas</translation>
    </message>
    <message>
        <source>Blur again</source>
        <translation>Difuminar</translation>
    </message>
    <message>
        <source>Shown clearly.</source>
        <translation>Se ve con claridad.</translation>
    </message>
    <message>
        <source>Fit ({percent}%)</source>
        <translation>Ajustada ({percent} %)</translation>
    </message>
    <message>
        <source>This file is empty (0 bytes), so there is nothing to show.</source>
        <translation>Este archivo está vacío (0 bytes), así que no hay nada que mostrar.</translation>
    </message>
    <message>
        <source>PDF documents are not previewed inside the app.</source>
        <translation>Los documentos PDF no se muestran dentro de la aplicación.</translation>
    </message>
    <message>
        <source>Files of this type ({type}) are not previewed inside the app.</source>
        <translation>Los archivos de este tipo ({type}) no se muestran dentro de la aplicación.</translation>
    </message>
    <message>
        <source>This picture could not be decoded for display.</source>
        <translation>No se pudo leer esta imagen para mostrarla.</translation>
    </message>
    <message>
        <source>none: kept from an imported message export</source>
        <translation>ninguna: se guardó de una exportación de mensajes importada</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Archivo adjunto</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Details of this file</source>
        <translation>Detalles de este archivo</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Write the original file out, unencrypted, after a warning.</source>
        <translation>Guarda el archivo original, sin cifrar, después de un aviso.</translation>
    </message>
    <message>
        <source>This evidence cannot be opened. {reason}</source>
        <translation>Esta prueba no se puede abrir. {reason}</translation>
    </message>
    <message>
        <source>This file cannot be previewed here.

{reason}</source>
        <translation>Este archivo no se puede mostrar aquí.

{reason}</translation>
    </message>
    <message>
        <source>{reason} It stays stored unchanged; you can still save a copy.</source>
        <translation>{reason} Sigue guardado sin cambios; aún puedes guardar una copia.</translation>
    </message>
    <message>
        <source>This picture is too large to preview inside the app.</source>
        <translation>Esta imagen es demasiado grande para mostrarla en la aplicación.</translation>
    </message>
    <message>
        <source>The stored copy could not be read. {reason}</source>
        <translation>No se pudo leer la copia guardada. {reason}</translation>
    </message>
    <message>
        <source>The choice could not be saved</source>
        <translation>No se pudo guardar la elección</translation>
    </message>
    <message>
        <source>Text of the file</source>
        <translation>Texto del archivo</translation>
    </message>
    <message>
        <source>Showing the first 2 MiB only. Save a copy to read all of it elsewhere.</source>
        <translation>Solo se muestran los primeros 2 MiB. Guarda una copia para leerlo entero en otro lugar.</translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation>Guardar una copia sin cifrar</translation>
    </message>
</context>
</TS>
