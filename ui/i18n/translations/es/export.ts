<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>&amp;Complaints and reports</source>
        <translation>&amp;Quejas y denuncias</translation>
    </message>
    <message>
        <source>&amp;After disclosure</source>
        <translation>&amp;Después de contarlo</translation>
    </message>
    <message>
        <source>&amp;Risk indicators over time</source>
        <translation>&amp;Indicadores de riesgo en el tiempo</translation>
    </message>
    <message>
        <source>&amp;Note a risk check…</source>
        <translation>A&amp;notar una revisión de riesgo…</translation>
    </message>
    <message>
        <source>&amp;People and officer profiles</source>
        <translation>&amp;Personas y perfiles de agentes</translation>
    </message>
    <message>
        <source>Risk check</source>
        <translation>Revisión de riesgo</translation>
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
        <source>To whom / marked as</source>
        <translation>A quién / marcado como</translation>
    </message>
    <message>
        <source>What followed</source>
        <translation>Qué vino después</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>el mismo día</translation>
    </message>
    <message numerus="yes">
        <source>+%n days</source>
        <translation>
            <numerusform>+%n día</numerusform>
            <numerusform>+%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>After disclosure</source>
        <translation>Después de contarlo</translation>
    </message>
    <message>
        <source>Each report, complaint or time you told someone, with what was written down for the days after it. Entries marked as retaliation, counter-allegation, threats, stalking or misuse of police power are in bold. This shows what came after, in time; it does not say why. {basis} When a date is not exact and could be before or after a disclosure, the entry is listed apart, under “{around}”.</source>
        <translation>Cada denuncia, queja o vez que se lo contaste a alguien, con lo que anotaste en los días siguientes. Las entradas marcadas como represalia, contradenuncia, amenazas, acoso o abuso del poder policial aparecen en negrita. Esto muestra lo que vino después en el tiempo; no dice por qué. {basis} Cuando una fecha no es exacta y podría ser anterior o posterior, la entrada aparece aparte, en «{around}».</translation>
    </message>
    <message>
        <source>How this is &amp;counted</source>
        <translation>Cómo se &amp;cuenta</translation>
    </message>
    <message>
        <source> days</source>
        <comment>after a number of days in a box</comment>
        <translation> días</translation>
    </message>
    <message>
        <source>Days after each disclosure</source>
        <translation>Días después de cada vez que lo contaste</translation>
    </message>
    <message>
        <source>Show what followed &amp;within</source>
        <translation>Mostrar lo que vino &amp;en</translation>
    </message>
    <message>
        <source>Disclosures and what followed</source>
        <translation>Cuándo lo contaste y qué vino después</translation>
    </message>
    <message>
        <source>Double-click a row to show its entry on the timeline.</source>
        <translation>Haz doble clic en una fila para ver su entrada en la línea de tiempo.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{entries}, %n marked</source>
        <translation>
            <numerusform>{entries}, %n marcada</numerusform>
            <numerusform>{entries}, %n marcadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{entries}; %n order uncertain</source>
        <translation>
            <numerusform>{entries}; %n con orden dudoso</numerusform>
            <numerusform>{entries}; %n con orden dudoso</numerusform>
        </translation>
    </message>
    <message>
        <source>{when}. {note}</source>
        <translation>{when}. {note}</translation>
    </message>
    <message numerus="yes">
        <source>{followed}: %n entries around the same time (order not certain)</source>
        <translation>
            <numerusform>{followed}: %n entrada por las mismas fechas (orden no seguro)</numerusform>
            <numerusform>{followed}: %n entradas por las mismas fechas (orden no seguro)</numerusform>
        </translation>
    </message>
    <message>
        <source>No reports, complaints or disclosures are written down yet. An entry of kind “Report”, one with a report or complaint in it, or one marked “I told someone here” counts as a disclosure.</source>
        <translation>Todavía no hay denuncias, quejas ni veces que lo hayas contado. Cuenta como tal una entrada de tipo «Denuncia o informe», una que incluya una denuncia o queja, o una marcada con «Aquí se lo conté a alguien».</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>inside: In the {days} after it</comment>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>In the {days} after it, nothing written down is marked as retaliation or something like it.</source>
        <translation>En los {days} siguientes, nada de lo anotado está marcado como represalia o algo parecido.</translation>
    </message>
    <message>
        <source>In the {days} after each, nothing written down is marked as retaliation or something like it.</source>
        <translation>En los {days} siguientes a cada vez, nada de lo anotado está marcado como represalia o algo parecido.</translation>
    </message>
    <message numerus="yes">
        <source>In the {days} after it, %n entries are marked as retaliation or something like it.</source>
        <translation>
            <numerusform>En los {days} siguientes, %n entrada está marcada como represalia o algo parecido.</numerusform>
            <numerusform>En los {days} siguientes, %n entradas están marcadas como represalia o algo parecido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the {days} after each, %n entries are marked as retaliation or something like it.</source>
        <translation>
            <numerusform>En los {days} siguientes a cada vez, %n entrada está marcada como represalia o algo parecido.</numerusform>
            <numerusform>En los {days} siguientes a cada vez, %n entradas están marcadas como represalia o algo parecido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You spoke up %n times.</source>
        <translation>
            <numerusform>Lo contaste una vez.</numerusform>
            <numerusform>Lo contaste %n veces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. While it is fresh, would you like to add a few details?</source>
        <translation>Guardado. Ahora que lo tienes presente, ¿quieres añadir algunos detalles?</translation>
    </message>
    <message>
        <source>Only if you can, and only what you know:
{details}

You can add them later.</source>
        <translation>Solo si puedes, y solo lo que sepas:
{details}

Puedes añadirlos más tarde.</translation>
    </message>
    <message>
        <source>&amp;Add them now</source>
        <translation>&amp;Añadirlos ahora</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <source>Ran&amp;k</source>
        <translation>Ran&amp;go</translation>
    </message>
    <message>
        <source>&amp;Badge or service number</source>
        <translation>Número de &amp;placa o de servicio</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>&amp;Cuerpo u organismo</translation>
    </message>
    <message>
        <source>&amp;Station or command</source>
        <translation>Comi&amp;saría o mando</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unidad</translation>
    </message>
    <message>
        <source>Superv&amp;isor</source>
        <translation>&amp;Superior</translation>
    </message>
    <message>
        <source>no. {number}</source>
        <translation>n.º {number}</translation>
    </message>
    <message>
        <source>supervisor {name}</source>
        <translation>superior {name}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation>desde {date}</translation>
    </message>
    <message>
        <source>date not given</source>
        <translation>fecha no indicada</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Officer details over time</source>
        <translation>Datos del agente a lo largo del tiempo</translation>
    </message>
    <message numerus="yes">
        <source>Entries that mention this person (%n)</source>
        <translation>
            <numerusform>Entradas que mencionan a esta persona (%n)</numerusform>
            <numerusform>Entradas que mencionan a esta persona (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Ninguna todavía.</translation>
    </message>
    <message>
        <source>Record a change in officer details</source>
        <translation>Anotar un cambio en los datos del agente</translation>
    </message>
    <message>
        <source>Change what is different now. The earlier details stay on the profile with the dates, so nothing is lost.</source>
        <translation>Cambia lo que ahora es distinto. Los datos anteriores se quedan en el perfil con sus fechas, así que no se pierde nada.</translation>
    </message>
    <message>
        <source>e.g. 2025-06-01, or 2025-06</source>
        <translation>p. ej., 2025-06-01 o 2025-06</translation>
    </message>
    <message>
        <source>e.g. transferred, promoted</source>
        <translation>p. ej., trasladado, ascendido</translation>
    </message>
    <message>
        <source>&amp;From when</source>
        <translation>&amp;Desde cuándo</translation>
    </message>
    <message>
        <source>From when</source>
        <translation>Desde cuándo</translation>
    </message>
    <message>
        <source>&amp;What changed</source>
        <translation>&amp;Qué cambió</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Record a &amp;change (transfer, promotion)…</source>
        <translation>Anotar un &amp;cambio (traslado, ascenso)…</translation>
    </message>
    <message>
        <source>Correct &amp;details…</source>
        <translation>Corregir &amp;datos…</translation>
    </message>
    <message>
        <source>{name} (officer)</source>
        <translation>{name} (agente)</translation>
    </message>
    <message>
        <source>No people added yet. People are added from an entry.</source>
        <translation>Todavía no hay personas. Las personas se añaden desde una entrada.</translation>
    </message>
    <message>
        <source>{body} (ref. {reference})</source>
        <translation>{body} (ref. {reference})</translation>
    </message>
    <message numerus="yes">
        <source>{what}: the date {date} passed %n days ago.</source>
        <translation>
            <numerusform>{what}: la fecha {date} pasó hace %n día.</numerusform>
            <numerusform>{what}: la fecha {date} pasó hace %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>{what}: the next date is today.</source>
        <translation>{what}: la próxima fecha es hoy.</translation>
    </message>
    <message numerus="yes">
        <source>{what}: the next date is in %n days, {date}.</source>
        <translation>
            <numerusform>{what}: la próxima fecha es dentro de %n día, el {date}.</numerusform>
            <numerusform>{what}: la próxima fecha es dentro de %n días, el {date}.</numerusform>
        </translation>
    </message>
    <message>
        <source>A gentle reminder about dates you wrote down for open reports or complaints:</source>
        <translation>Un pequeño recordatorio sobre fechas que anotaste para denuncias o quejas abiertas:</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more in the tracker.</source>
        <translation>
            <numerusform>…y %n más en el seguimiento.</numerusform>
            <numerusform>…y %n más en el seguimiento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Open the tracker</source>
        <translation>Abrir el seguimiento</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Ocultar el recordatorio</translation>
    </message>
    <message>
        <source>{pointer} You can keep their details in the app&apos;s support contacts.</source>
        <translation>{pointer} Puedes guardar sus datos en los contactos de apoyo de la aplicación.</translation>
    </message>
    <message>
        <source>{pointer} Your support contacts: {contacts}.</source>
        <translation>{pointer} Tus contactos de apoyo: {contacts}.</translation>
    </message>
    <message>
        <source>Risk indicators over time</source>
        <translation>Indicadores de riesgo en el tiempo</translation>
    </message>
    <message>
        <source>Risk indicators by date</source>
        <translation>Indicadores de riesgo por fecha</translation>
    </message>
    <message>
        <source>What changed between checks</source>
        <translation>Qué cambió entre revisiones</translation>
    </message>
    <message>
        <source>&amp;Note a new risk check…</source>
        <translation>A&amp;notar una nueva revisión de riesgo…</translation>
    </message>
    <message>
        <source>What changed from one check to the next:</source>
        <translation>Qué cambió de una revisión a la siguiente:</translation>
    </message>
    <message>
        <source>No risk checks written down yet. “Note a new risk check” starts one.</source>
        <translation>Todavía no hay revisiones de riesgo. «Anotar una nueva revisión de riesgo» empieza una.</translation>
    </message>
    <message>
        <source>Nothing changed between the checks.</source>
        <translation>Nada cambió entre las revisiones.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Person dealt with</source>
        <translation>Persona que te atendió</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Próxima fecha</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Se refiere a</translation>
    </message>
    <message>
        <source>{status}: {outcome}</source>
        <translation>{status}: {outcome}</translation>
    </message>
    <message>
        <source>{date} (passed)</source>
        <translation>{date} (ya pasó)</translation>
    </message>
    <message>
        <source>Written down in: {title}</source>
        <translation>Anotado en: {title}</translation>
    </message>
    <message>
        <source>What they said: {text}</source>
        <translation>Qué dijeron: {text}</translation>
    </message>
    <message>
        <source>What they did: {text}</source>
        <translation>Qué hicieron: {text}</translation>
    </message>
    <message>
        <source>Outcome: {text}</source>
        <translation>Resultado: {text}</translation>
    </message>
    <message>
        <source>Complaints and reports</source>
        <translation>Quejas y denuncias</translation>
    </message>
    <message>
        <source>&amp;Open matters only</source>
        <translation>Solo asuntos &amp;abiertos</translation>
    </message>
    <message>
        <source>Kind of body</source>
        <translation>Tipo de organismo</translation>
    </message>
    <message>
        <source>Every kind of body</source>
        <translation>Todos los organismos</translation>
    </message>
    <message>
        <source>Search reference, names, what was said…</source>
        <translation>Buscar referencia, nombres, lo que se dijo…</translation>
    </message>
    <message>
        <source>Search the reports</source>
        <translation>Buscar en las denuncias</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Organismo</translation>
    </message>
    <message>
        <source>Reports and complaints</source>
        <translation>Denuncias y quejas</translation>
    </message>
    <message>
        <source>&amp;Add a report or complaint…</source>
        <translation>&amp;Añadir una denuncia o queja…</translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of {total} · %n still open</source>
        <translation>
            <numerusform>Mostrando {shown} de {total} · %n sigue abierta</numerusform>
            <numerusform>Mostrando {shown} de {total} · %n siguen abiertas</numerusform>
        </translation>
    </message>
    <message>
        <source>No reports or complaints written down yet. “Add a report or complaint…” below writes one down.</source>
        <translation>Todavía no hay denuncias ni quejas. «Añadir una denuncia o queja…», abajo, anota una.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Verify a bundle…</source>
        <translation>&amp;Comprobar un paquete…</translation>
    </message>
    <message>
        <source>Trusted &amp;timestamps…</source>
        <translation>&amp;Sellos de tiempo…</translation>
    </message>
    <message>
        <source>An export is not encrypted: anyone who has the file can read it. If you can, save it to a USB stick you keep safe rather than to this computer or a synced folder, and delete copies you no longer need.</source>
        <translation>Lo exportado no está cifrado: cualquiera que tenga el archivo puede leerlo. Si puedes, guárdalo en una memoria USB que tengas en un lugar seguro, no en este ordenador ni en una carpeta sincronizada, y borra las copias que ya no necesites.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;This journal has %n problems&lt;/b&gt; (damage or changes made outside the app). What cannot be read will be missing from the export, and the export says so on its cover, on its integrity page and in its manifest. Safety → Repair a damaged journal… copies what can be read into a new file.</source>
        <translation>
            <numerusform>&lt;b&gt;Este diario tiene %n problema&lt;/b&gt; (daños o cambios hechos fuera de la aplicación). Lo que no se puede leer faltará en lo exportado, y así lo dice en la portada, en la página de integridad y en el manifiesto. Seguridad → Reparar un diario dañado… copia lo que se puede leer en un archivo nuevo.</numerusform>
            <numerusform>&lt;b&gt;Este diario tiene %n problemas&lt;/b&gt; (daños o cambios hechos fuera de la aplicación). Lo que no se puede leer faltará en lo exportado, y así lo dice en la portada, en la página de integridad y en el manifiesto. Seguridad → Reparar un diario dañado… copia lo que se puede leer en un archivo nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Hide for this audience</source>
        <translation>Ocultar para estos destinatarios</translation>
    </message>
    <message>
        <source>Damage warning</source>
        <translation>Aviso de daños</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Please tick at least one kind of entry to export.</source>
        <translation>Marca al menos un tipo de entrada para exportar.</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Guardar lo exportado como</translation>
    </message>
    <message>
        <source>There is already a file called {name} there. Please choose another name; nothing was overwritten.</source>
        <translation>Ya hay un archivo llamado {name} ahí. Elige otro nombre; no se ha sobrescrito nada.</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Exportando a {name}…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>The export was stopped. No file was left behind.</source>
        <translation>Se detuvo la exportación. No quedó ningún archivo.</translation>
    </message>
    <message>
        <source>The export could not be finished because of something the app did not expect. No file was left behind, and the journal is unchanged.</source>
        <translation>No se pudo terminar la exportación por algo que la aplicación no esperaba. No quedó ningún archivo y el diario no ha cambiado.</translation>
    </message>
    <message>
        <source>Court bundle (.zip): chronology, evidence files and a signed list of hashes</source>
        <translation>Paquete de pruebas (.zip): cronología, archivos de prueba y lista firmada de valores hash</translation>
    </message>
    <message>
        <source>Chronology (PDF) only</source>
        <translation>Solo la cronología (PDF)</translation>
    </message>
    <message>
        <source>Spreadsheet of the chronology (CSV)</source>
        <translation>Hoja de cálculo de la cronología (CSV)</translation>
    </message>
    <message>
        <source>Data for case-management software (JSON)</source>
        <translation>Datos para programas de gestión de casos (JSON)</translation>
    </message>
    <message>
        <source>The original files are the strongest evidence, so they are included unless you tick this. If you leave them out, the chronology still shows each picture, without the place, and the bundle lists each original&apos;s SHA-256, so the original can be checked against it if you share it later.</source>
        <translation>Los archivos originales son la prueba más sólida, por eso se incluyen salvo que marques esto. Si los dejas fuera, la cronología sigue mostrando cada imagen, sin el lugar, y el paquete indica el SHA-256 de cada original, para poder comprobarlo si lo compartes más adelante.</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <source>from</source>
        <comment>dates: from this day</comment>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <comment>dates: up to this day</comment>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Dates (optional)</source>
        <translation>Fechas (opcional)</translation>
    </message>
    <message>
        <source>Kinds of entry</source>
        <translation>Tipos de entrada</translation>
    </message>
    <message>
        <source>Only these categories
(none ticked: all)</source>
        <translation>Solo estas categorías
(ninguna marcada: todas)</translation>
    </message>
    <message>
        <source>Include my private notes</source>
        <translation>Incluir mis notas privadas</translation>
    </message>
    <message>
        <source>Private notes will be in the export, readable by everyone who receives it. Leave this off unless you are sure.</source>
        <translation>Las notas privadas irán en lo exportado y podrá leerlas cualquiera que lo reciba. Déjalo sin marcar salvo que estés segura o seguro.</translation>
    </message>
    <message>
        <source>Include earlier versions of each entry</source>
        <translation>Incluir las versiones anteriores de cada entrada</translation>
    </message>
    <message>
        <source>Include risk indicators (risk checks)</source>
        <translation>Incluir indicadores de riesgo (revisiones de riesgo)</translation>
    </message>
    <message>
        <source>Include contact over time (messages and calls per day)</source>
        <translation>Incluir el contacto en el tiempo (mensajes y llamadas por día)</translation>
    </message>
    <message>
        <source>A chart of the imported messages and calls in these dates, per day and sender, with the busiest days and how many came between 22:00 and 04:00</source>
        <translation>Un gráfico de los mensajes y llamadas importados en estas fechas, por día y remitente, con los días de más contacto y cuántos llegaron entre las 22:00 y las 04:00</translation>
    </message>
    <message>
        <source>After disclosure: days shown after each one</source>
        <translation>Después de contarlo: días que se muestran tras cada vez</translation>
    </message>
    <message>
        <source>After disclosure, show</source>
        <translation>Después de contarlo, mostrar</translation>
    </message>
    <message>
        <source>optional, e.g. SMITH (pages become SMITH-000001)</source>
        <translation>opcional, p. ej., GARCIA (las páginas serán GARCIA-000001)</translation>
    </message>
    <message>
        <source>Page stamp prefix</source>
        <translation>Prefijo del sello de página</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <source>Add a declaration page with a signature line</source>
        <translation>Añadir una página de declaración con línea para firmar</translation>
    </message>
    <message>
        <source>Language of the app&apos;s words in the PDF</source>
        <translation>Idioma de las palabras de la aplicación en el PDF</translation>
    </message>
    <message>
        <source>The headings and explanations the app adds to the PDF. What you wrote is never translated.</source>
        <translation>Los títulos y explicaciones que la aplicación añade al PDF. Lo que tú escribiste nunca se traduce.</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Archivo PDF</translation>
    </message>
    <message>
        <source>Leave these photos out of the bundle</source>
        <translation>Dejar estas fotos fuera del paquete</translation>
    </message>
    <message>
        <source>Places in photos</source>
        <translation>Lugares en las fotos</translation>
    </message>
    <message numerus="yes">
        <source>%n photos carry the places where they were taken (GPS). Anyone with the export can see those places.</source>
        <translation>
            <numerusform>%n foto lleva el lugar donde se tomó (GPS). Cualquiera que tenga lo exportado puede ver ese lugar.</numerusform>
            <numerusform>%n fotos llevan los lugares donde se tomaron (GPS). Cualquiera que tenga lo exportado puede ver esos lugares.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pictures could not be checked for a location.</source>
        <translation>
            <numerusform>No se pudo comprobar si %n imagen lleva un lugar.</numerusform>
            <numerusform>No se pudo comprobar si %n imágenes llevan un lugar.</numerusform>
        </translation>
    </message>
    <message>
        <source>A signed PDF shows in Adobe Reader, Okular and other readers as signed and not changed since you exported it. Some court filing systems refuse signed files: untick this to save a plain PDF.</source>
        <translation>Un PDF firmado aparece en Adobe Reader, Okular y otros lectores como firmado y sin cambios desde que lo exportaste. Algunos sistemas de presentación judicial rechazan archivos firmados: desmarca esto para guardar un PDF normal.</translation>
    </message>
    <message>
        <source>Many e-filing systems limit the size of a file. The chronology is then saved as NAME-1.pdf, NAME-2.pdf, …, each under the size, numbered as one document, with an index of which entry is in which volume in the first.</source>
        <translation>Muchos sistemas de presentación electrónica limitan el tamaño de los archivos. La cronología se guarda entonces como NOMBRE-1.pdf, NOMBRE-2.pdf, …, cada uno por debajo del tamaño, numerados como un solo documento, con un índice en el primero de qué entrada está en cada volumen.</translation>
    </message>
    <message>
        <source>Sign the PDF</source>
        <translation>Firmar el PDF</translation>
    </message>
    <message>
        <source>Split into volumes of at most</source>
        <translation>Dividir en volúmenes de como máximo</translation>
    </message>
    <message>
        <source> MB</source>
        <comment>megabytes, after a number</comment>
        <translation> MB</translation>
    </message>
    <message>
        <source>Largest size of one volume, in megabytes</source>
        <translation>Tamaño máximo de un volumen, en megabytes</translation>
    </message>
    <message>
        <source>Hide nothing</source>
        <translation>No ocultar nada</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>The places preview_redactions names that are not hideable fields (those have their words in HIDEABLE_FIELDS), in words.</extracomment>
        <translation>Título</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notas privadas</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Denuncia o informe</translation>
    </message>
    <message>
        <source>People or injuries</source>
        <translation>Personas o lesiones</translation>
    </message>
    <message>
        <source>What to hide from this audience</source>
        <translation>Qué ocultar a estos destinatarios</translation>
    </message>
    <message>
        <source>e.g. For the court, For the police</source>
        <translation>p. ej., Para el juzgado, Para la policía</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Hide whole fields</source>
        <translation>Ocultar campos enteros</translation>
    </message>
    <message>
        <source>One per line: an address, a school, the name of a shelter…
Each is hidden wherever it appears in the text.</source>
        <translation>Una por línea: una dirección, una escuela, el nombre de un refugio…
Cada una se oculta allí donde aparezca en el texto.</translation>
    </message>
    <message>
        <source>Hide these words</source>
        <translation>Ocultar estas palabras</translation>
    </message>
    <message>
        <source>Please give this profile a name.</source>
        <translation>Ponle un nombre a este perfil.</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>What to &amp;hide:</source>
        <translation>Qué &amp;ocultar:</translation>
    </message>
    <message>
        <source>Preview of what this copy hides</source>
        <translation>Vista previa de lo que oculta esta copia</translation>
    </message>
    <message>
        <source>Nothing will be hidden, apart from private notes if left out.</source>
        <translation>No se ocultará nada, salvo las notas privadas si no las incluyes.</translation>
    </message>
    <message>
        <source>Checking what this profile hides…</source>
        <translation>Comprobando qué oculta este perfil…</translation>
    </message>
    <message>
        <source>{title} — {field}: {text}</source>
        <translation>{title} — {field}: {text}</translation>
    </message>
    <message>
        <source>{title} — {field}</source>
        <translation>{title} — {field}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…y %n más</numerusform>
            <numerusform>…y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This profile hides text in %n places, listed below. Evidence files are included exactly as they are; hiding text does not change what is inside a photo or document.</source>
        <translation>
            <numerusform>Este perfil oculta texto en %n lugar, indicado abajo. Los archivos de prueba se incluyen tal como son; ocultar texto no cambia lo que hay dentro de una foto o un documento.</numerusform>
            <numerusform>Este perfil oculta texto en %n lugares, indicados abajo. Los archivos de prueba se incluyen tal como son; ocultar texto no cambia lo que hay dentro de una foto o un documento.</numerusform>
        </translation>
    </message>
    <message>
        <source>This profile hides nothing in the entries chosen.</source>
        <translation>Este perfil no oculta nada en las entradas elegidas.</translation>
    </message>
    <message>
        <source>The list of what this profile hides could not be made just now. The profile still applies when you export.</source>
        <translation>Ahora no se pudo hacer la lista de lo que oculta este perfil. El perfil se aplica igualmente al exportar.</translation>
    </message>
    <message>
        <source>Only if the person receiving it wants to check that it came from you: give them this signing-key fingerprint separately, for example by phone.</source>
        <translation>Solo si quien lo recibe quiere comprobar que viene de ti: dale esta huella de la clave de firma por otra vía, por ejemplo por teléfono.</translation>
    </message>
    <message>
        <source>Export saved</source>
        <translation>Exportación guardada</translation>
    </message>
    <message>
        <source>Signing-key fingerprint</source>
        <translation>Huella de la clave de firma</translation>
    </message>
    <message>
        <source>Get a trusted timestamp now</source>
        <translation>Obtener un sello de tiempo ahora</translation>
    </message>
    <message>
        <source>A trusted timestamp is a signed statement from an independent timestamp authority that your journal, as it is now, existed no later than a certain time. A court can check it without trusting this computer&apos;s clock.</source>
        <extracomment>What a trusted timestamp is, what is sent and what the authority learns: one paragraph each, so that each is translated (and wrapped) on its own.</extracomment>
        <translation>Un sello de tiempo es una declaración firmada por una autoridad de sellado de tiempo independiente de que tu diario, tal como está ahora, existía a más tardar en un momento dado. Un juzgado puede comprobarlo sin fiarse del reloj de este ordenador.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What is sent:&lt;/b&gt; only a hash of the journal&apos;s chain head, a string of 64 characters from which nothing can be read back. No entry, name, file or date is ever sent.</source>
        <translation>&lt;b&gt;Qué se envía:&lt;/b&gt; solo un valor hash de la cabeza de la cadena del diario, una cadena de 64 caracteres de la que no se puede leer nada. Nunca se envía ninguna entrada, nombre, archivo ni fecha.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the authority learns:&lt;/b&gt; that someone asked for a timestamp, from this computer&apos;s internet address, and when. If that address could point to you, leave this off or use it from another network.</source>
        <translation>&lt;b&gt;Qué sabe la autoridad:&lt;/b&gt; que alguien pidió un sello de tiempo, desde la dirección de internet de este ordenador, y cuándo. Si esa dirección pudiera llevar hasta ti, déjalo desactivado o úsalo desde otra red.</translation>
    </message>
    <message>
        <source>It is off until you tick an authority below. You can ask for a timestamp after each export (“Get a trusted timestamp now”).</source>
        <translation>Está desactivado hasta que marques una autoridad abajo. Puedes pedir un sello de tiempo después de cada exportación («Obtener un sello de tiempo ahora»).</translation>
    </message>
    <message>
        <source>Trusted timestamps</source>
        <translation>Sellos de tiempo</translation>
    </message>
    <message>
        <source>Timestamp authorities to ask</source>
        <translation>Autoridades de sellado de tiempo a las que preguntar</translation>
    </message>
    <message>
        <source>{name} ({address})</source>
        <translation>{name} ({address})</translation>
    </message>
    <message>
        <source>https://… (an authority&apos;s RFC 3161 address)</source>
        <translation>https://… (la dirección RFC 3161 de una autoridad)</translation>
    </message>
    <message>
        <source>Another authority&apos;s address</source>
        <translation>Dirección de otra autoridad</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Another authority:</source>
        <translation>Otra autoridad:</translation>
    </message>
    <message>
        <source>{address} will be asked too once you save.</source>
        <translation>También se preguntará a {address} cuando guardes.</translation>
    </message>
    <message>
        <source>{authority} vouches that your journal existed as it is now no later than {time}.</source>
        <translation>{authority} garantiza que tu diario existía tal como está ahora a más tardar el {time}.</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <comment>an authority&apos;s error as a sentence</comment>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>The timestamp is kept inside your journal, and goes into your next court bundle and onto its integrity page.</source>
        <translation>El sello de tiempo se guarda dentro de tu diario y va en tu próximo paquete de pruebas y en su página de integridad.</translation>
    </message>
    <message>
        <source>Nothing was changed. You can try again later, or choose another authority.</source>
        <translation>No se ha cambiado nada. Puedes volver a intentarlo más tarde o elegir otra autoridad.</translation>
    </message>
    <message>
        <source>{day} {month} {year}, {clock} UTC</source>
        <translation>{day} de {month} de {year}, {clock} UTC</translation>
    </message>
    <message>
        <source>No timestamp authority is chosen, so nothing was sent.</source>
        <translation>No hay ninguna autoridad elegida, así que no se envió nada.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Asking %n timestamp authorities… Only a hash is sent.</source>
        <translation>
            <numerusform>Preguntando a %n autoridad de sellado de tiempo… Solo se envía un valor hash.</numerusform>
            <numerusform>Preguntando a %n autoridades de sellado de tiempo… Solo se envía un valor hash.</numerusform>
        </translation>
    </message>
    <message>
        <source>No timestamp could be stored. The journal is unchanged.</source>
        <translation>No se pudo guardar ningún sello de tiempo. El diario no ha cambiado.</translation>
    </message>
    <message>
        <source>Timestamp result</source>
        <translation>Resultado del sello de tiempo</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Hidden data</source>
        <translation>Datos ocultos</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Ilegible</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clave de firma</translation>
    </message>
    <message>
        <source>Key history</source>
        <translation>Historial de claves</translation>
    </message>
    <message>
        <source>Trusted timestamp</source>
        <translation>Sello de tiempo</translation>
    </message>
    <message>
        <source>key {number}: {fingerprint} (in use from {since})</source>
        <translation>clave {number}: {fingerprint} (en uso desde {since})</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>el principio</translation>
    </message>
    <message>
        <source>This journal has used several signing keys, oldest first; each was announced by the one before:</source>
        <translation>Este diario ha usado varias claves de firma, de la más antigua a la más reciente; cada una fue anunciada por la anterior:</translation>
    </message>
    <message>
        <source>Trusted timestamps (each checked against the certificate inside it; check the authority&apos;s own certificate with openssl ts -verify):</source>
        <translation>Sellos de tiempo (cada uno comprobado con el certificado que lleva dentro; el certificado propio de la autoridad se comprueba con openssl ts -verify):</translation>
    </message>
    <message>
        <source>The journal it was made from was damaged:</source>
        <translation>El diario del que se hizo estaba dañado:</translation>
    </message>
    <message numerus="yes">
        <source>Everything in {name} matches. All %n files are as they were when signed, and the signing key is the one you confirmed with the sender.</source>
        <translation>
            <numerusform>Todo en {name} coincide. El único archivo está tal como estaba al firmarse, y la clave de firma es la que confirmaste con quien lo envió.</numerusform>
            <numerusform>Todo en {name} coincide. Los %n archivos están tal como estaban al firmarse, y la clave de firma es la que confirmaste con quien lo envió.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything in {name} matches its signed list: all %n files are as they were when signed by the key whose fingerprint is under For checking.</source>
        <translation>
            <numerusform>Todo en {name} coincide con su lista firmada: el único archivo está tal como estaba cuando lo firmó la clave cuya huella aparece en Para comprobar.</numerusform>
            <numerusform>Todo en {name} coincide con su lista firmada: los %n archivos están tal como estaban cuando los firmó la clave cuya huella aparece en Para comprobar.</numerusform>
        </translation>
    </message>
    <message>
        <source>That shows who made it only once this fingerprint is confirmed with the sender by another way (for example by phone or on paper).</source>
        <translation>Esto solo muestra quién lo hizo cuando esa huella se confirma con quien lo envió por otra vía (por ejemplo, por teléfono o en papel).</translation>
    </message>
    <message>
        <source>Type the fingerprint they gave you above to compare.</source>
        <translation>Escribe arriba la huella que te dieron para compararla.</translation>
    </message>
    <message numerus="yes">
        <source>All %n files in {name} are as they were when signed, but not by the key you confirmed: {reason}.</source>
        <translation>
            <numerusform>El único archivo de {name} está tal como estaba al firmarse, pero no con la clave que confirmaste: {reason}.</numerusform>
            <numerusform>Los %n archivos de {name} están tal como estaban al firmarse, pero no con la clave que confirmaste: {reason}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra files were added to {name}; every listed file ({listed}) matches and the signature is valid (its fingerprint is under For checking). The added files are listed below; they were not part of the export.</source>
        <translation>
            <numerusform>Se añadió un archivo más a {name}; todos los archivos de la lista ({listed}) coinciden y la firma es válida (su huella aparece en Para comprobar). El archivo añadido aparece abajo; no formaba parte de lo exportado.</numerusform>
            <numerusform>Se añadieron %n archivos más a {name}; todos los archivos de la lista ({listed}) coinciden y la firma es válida (su huella aparece en Para comprobar). Los archivos añadidos aparecen abajo; no formaban parte de lo exportado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} is not as it was exported: %n problems, listed below. Files not listed matched.</source>
        <translation>
            <numerusform>{name} no está como se exportó: %n problema, indicado abajo. Los archivos que no aparecen coinciden.</numerusform>
            <numerusform>{name} no está como se exportó: %n problemas, indicados abajo. Los archivos que no aparecen coinciden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The signature itself is valid (its fingerprint is under For checking).</source>
        <translation>La firma en sí es válida (su huella aparece en Para comprobar).</translation>
    </message>
    <message>
        <source>The signature could not be confirmed.</source>
        <translation>No se pudo confirmar la firma.</translation>
    </message>
    <message>
        <source>Check an export bundle</source>
        <translation>Comprobar un paquete de pruebas</translation>
    </message>
    <message>
        <source>Choose a bundle (.zip) or the folder it was unpacked into. No journal or passphrase is needed.</source>
        <translation>Elige un paquete (.zip) o la carpeta donde se descomprimió. No hace falta ningún diario ni frase de contraseña.</translation>
    </message>
    <message>
        <source>for example 3f2a 9c01 … (spaces do not matter)</source>
        <translation>por ejemplo 3f2a 9c01 … (los espacios no importan)</translation>
    </message>
    <message>
        <source>Signing-key fingerprint the sender gave you</source>
        <translation>Huella de la clave de firma que te dio quien lo envió</translation>
    </message>
    <message>
        <source>Signing-key &amp;fingerprint the sender gave you by phone or on paper (optional):</source>
        <translation>&amp;Huella de la clave de firma que te dio quien lo envió, por teléfono o en papel (opcional):</translation>
    </message>
    <message>
        <source>Choose a .zip…</source>
        <translation>Elegir un .zip…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Elegir una carpeta…</translation>
    </message>
    <message>
        <source>The signing-key fingerprint of the bundle, to compare with the one the sender gave you.</source>
        <translation>La huella de la clave de firma del paquete, para compararla con la que te dio quien lo envió.</translation>
    </message>
    <message>
        <source>Choose the bundle</source>
        <translation>Elige el paquete</translation>
    </message>
    <message>
        <source>Choose the unpacked bundle folder</source>
        <translation>Elige la carpeta del paquete descomprimido</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Comprobando {name}…</translation>
    </message>
    <message>
        <source>{kind}: {finding}</source>
        <translation>{kind}: {finding}</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>Se detuvo la comprobación.</translation>
    </message>
    <message>
        <source>The bundle could not be read: something happened that the app did not expect. The bundle was not changed.</source>
        <translation>No se pudo leer el paquete: pasó algo que la aplicación no esperaba. El paquete no ha cambiado.</translation>
    </message>
    <message numerus="yes">
        <source>%n volumes ({first} to {last})</source>
        <translation>
            <numerusform>%n volumen ({first} a {last})</numerusform>
            <numerusform>%n volúmenes ({first} a {last})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence files</source>
        <translation>
            <numerusform>%n archivo de prueba</numerusform>
            <numerusform>%n archivos de prueba</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {file} with {entries} and {files}, in {folder}.</source>
        <translation>Se guardó {file} con {entries} y {files}, en {folder}.</translation>
    </message>
    <message>
        <source>Saved {file} with {entries}, in {folder}.</source>
        <translation>Se guardó {file} con {entries}, en {folder}.</translation>
    </message>
    <message numerus="yes">
        <source>%n photos with a location were left out, as you chose; the manifest lists their SHA-256.</source>
        <translation>
            <numerusform>Se dejó fuera %n foto con ubicación, como elegiste; el manifiesto indica su SHA-256.</numerusform>
            <numerusform>Se dejaron fuera %n fotos con ubicación, como elegiste; el manifiesto indica su SHA-256.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not encrypted.</source>
        <translation>El archivo no está cifrado.</translation>
    </message>
    <message>
        <source>They need no app to check it: the bundle carries verify.html, which checks it in any web browser, and README-VERIFY.txt, which explains it.</source>
        <translation>No necesitan ninguna aplicación para comprobarlo: el paquete lleva verify.html, que lo comprueba en cualquier navegador web, y README-VERIFY.txt, que lo explica.</translation>
    </message>
    <message>
        <source>The PDF is signed: a PDF reader shows it as not changed since this export (it proves it is unaltered, not who wrote it).</source>
        <translation>El PDF está firmado: un lector de PDF lo muestra como sin cambios desde esta exportación (prueba que no se ha alterado, no quién lo escribió).</translation>
    </message>
    <message>
        <source>The PDF is not signed, as you chose.</source>
        <translation>El PDF no está firmado, como elegiste.</translation>
    </message>
</context>
</TS>
