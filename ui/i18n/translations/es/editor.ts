<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>{label}: what someone (for example the abuser) told another person about you or about what happened, as you came to know it. It is shown and exported as your account, not as their statement.</source>
        <translation>{label}: lo que alguien (por ejemplo, quien te maltrata) le dijo a otra persona sobre ti o sobre lo ocurrido, tal como llegaste a saberlo. Se muestra y se exporta como tu relato, no como una declaración de esa persona.</translation>
    </message>
    <message>
        <source>Remove account {number}</source>
        <translation>Quitar el relato {number}</translation>
    </message>
    <message>
        <source>Take account {number} off this entry</source>
        <translation>Quitar el relato {number} de esta entrada</translation>
    </message>
    <message>
        <source>e.g. my ex-partner, his colleague</source>
        <translation>p. ej., mi expareja, un compañero suyo</translation>
    </message>
    <message>
        <source>e.g. my employer, the school, the officer at the desk</source>
        <translation>p. ej., mi empleador, la escuela, el agente de la recepción</translation>
    </message>
    <message>
        <source>e.g. 2025-03-20, or roughly</source>
        <translation>p. ej., 2025-03-20, o aproximadamente</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Lo que se dijo</translation>
    </message>
    <message>
        <source>As close to their words as you know</source>
        <translation>Lo más parecido posible a sus palabras</translation>
    </message>
    <message>
        <source>e.g. my manager told me the next day</source>
        <translation>p. ej., mi jefa me lo dijo al día siguiente</translation>
    </message>
    <message>
        <source>Who sa&amp;id it</source>
        <translation>Quién lo &amp;dijo</translation>
    </message>
    <message>
        <source>To &amp;whom</source>
        <translation>A &amp;quién</translation>
    </message>
    <message>
        <source>Whe&amp;n</source>
        <translation>Cuá&amp;ndo</translation>
    </message>
    <message>
        <source>How you &amp;learned of it</source>
        <translation>Cómo te ente&amp;raste</translation>
    </message>
    <message>
        <source>What was said, as you &amp;know it</source>
        <translation>Lo que se dijo, tal como lo &amp;sabes</translation>
    </message>
    <message>
        <source>Account {number}: who said it</source>
        <translation>Relato {number}: quién lo dijo</translation>
    </message>
    <message>
        <source>Account {number}: to whom</source>
        <translation>Relato {number}: a quién</translation>
    </message>
    <message>
        <source>Account {number}: when</source>
        <translation>Relato {number}: cuándo</translation>
    </message>
    <message>
        <source>Account {number}: how you learned of it</source>
        <translation>Relato {number}: cómo te enteraste</translation>
    </message>
    <message>
        <source>Account {number}: what was said</source>
        <translation>Relato {number}: lo que se dijo</translation>
    </message>
    <message>
        <source>What others were told (you&amp;r account)</source>
        <translation>Lo que se dijo a otras personas (tu &amp;relato)</translation>
    </message>
    <message>
        <source>Add what someone &amp;told others</source>
        <translation>Añadir lo que alguien &amp;contó a otros</translation>
    </message>
    <message>
        <source>Nothing written down. Useful when someone spread their version of events.</source>
        <translation>No hay nada anotado. Es útil cuando alguien difundió su versión de los hechos.</translation>
    </message>
    <message numerus="yes">
        <source>%n written down</source>
        <comment>accounts</comment>
        <translation>
            <numerusform>%n anotado</numerusform>
            <numerusform>%n anotados</numerusform>
        </translation>
    </message>
    <message>
        <source>Please say who said it, or what was said, for each account.</source>
        <translation>Indica quién lo dijo, o lo que se dijo, en cada relato.</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>antes</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>a date, e.g. 14 Mar 2025</comment>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} a las {time}</translation>
    </message>
    <message>
        <source>Unsaved draft</source>
        <translation>Borrador sin guardar</translation>
    </message>
    <message>
        <source>Continue the &amp;draft</source>
        <translation>Continuar el &amp;borrador</translation>
    </message>
    <message>
        <source>Disca&amp;rd the draft</source>
        <translation>Desc&amp;artar el borrador</translation>
    </message>
    <message>
        <source>You have a draft (“{title}”) from {when} that was not saved. Would you like to continue it?</source>
        <translation>Tienes un borrador («{title}») del {when} que no se guardó. ¿Quieres continuarlo?</translation>
    </message>
    <message>
        <source>You have a draft from {when} that was not saved. Would you like to continue it?</source>
        <translation>Tienes un borrador del {when} que no se guardó. ¿Quieres continuarlo?</translation>
    </message>
    <message>
        <source>The entry was saved again after this draft was written (for example, evidence was added). Saving the draft keeps the evidence and replaces the text.</source>
        <translation>La entrada se guardó de nuevo después de escribir este borrador (por ejemplo, se añadieron pruebas). Si guardas el borrador, las pruebas se conservan y el texto se reemplaza.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>{heading} — {summary}</source>
        <translation>{heading} — {summary}</translation>
    </message>
    <message>
        <source>{heading} section, {summary}</source>
        <translation>Sección {heading}, {summary}</translation>
    </message>
    <message>
        <source>{heading} section</source>
        <translation>Sección {heading}</translation>
    </message>
    <message>
        <source>Draft kept in the journal at {time}.</source>
        <translation>Borrador guardado en el diario a las {time}.</translation>
    </message>
    <message>
        <source>The draft could not be kept just now: {reason}</source>
        <translation>No se pudo guardar el borrador en este momento: {reason}</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Tipo de entrada</translation>
    </message>
    <message>
        <source>A few words to find it again, e.g. “Shouting in the car”</source>
        <translation>Unas palabras para encontrarla después, p. ej., «Gritos en el coche»</translation>
    </message>
    <message>
        <source>Optional: a place, an address, a room</source>
        <translation>Opcional: un lugar, una dirección, una habitación</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>In your own words. It does not need to be complete: you can add to it later.</source>
        <translation>Con tus propias palabras. No tiene que estar completo: puedes añadir más después.</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>Tít&amp;ulo</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>Date it happened</source>
        <translation>Fecha en que pasó</translation>
    </message>
    <message>
        <source>W&amp;here</source>
        <translation>&amp;Dónde</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>Dónde pasó</translation>
    </message>
    <message>
        <source>Wh&amp;at happened</source>
        <translation>&amp;Qué pasó</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>Prue&amp;bas</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>A&amp;dd evidence…</source>
        <translation>Añadir &amp;pruebas…</translation>
    </message>
    <message>
        <source>Attached fi&amp;les</source>
        <translation>Archivos a&amp;djuntos</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Archivos de prueba</translation>
    </message>
    <message>
        <source>SHA-256 {digest}</source>
        <translation>SHA-256 {digest}</translation>
    </message>
    <message>
        <source>Photos, recordings, screenshots, documents. The entry is saved first, then you choose the file; the original stays where it is.</source>
        <translation>Fotos, grabaciones, capturas de pantalla, documentos. Primero se guarda la entrada y luego eliges el archivo; el original se queda donde está.</translation>
    </message>
    <message>
        <source>Files are stored encrypted in the journal, exactly as they were.</source>
        <translation>Los archivos se guardan cifrados en el diario, exactamente como eran.</translation>
    </message>
    <message>
        <source>No evidence yet. Files are stored encrypted in the journal, unchanged.</source>
        <translation>Todavía no hay pruebas. Los archivos se guardan cifrados en el diario, sin cambios.</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove injury {number}</source>
        <translation>Quitar la lesión {number}</translation>
    </message>
    <message>
        <source>Take injury {number} off this entry</source>
        <translation>Quitar la lesión {number} de esta entrada</translation>
    </message>
    <message>
        <source>e.g. bruise, cut, pain when breathing</source>
        <translation>p. ej., moretón, corte, dolor al respirar</translation>
    </message>
    <message>
        <source>e.g. left upper arm</source>
        <translation>p. ej., parte superior del brazo izquierdo</translation>
    </message>
    <message>
        <source>e.g. GP the next day, none yet</source>
        <translation>p. ej., médico de cabecera al día siguiente, ninguna todavía</translation>
    </message>
    <message>
        <source>Photo&amp;graphed</source>
        <translation>&amp;Fotografiada</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>&amp;Body area</source>
        <translation>&amp;Zona del cuerpo</translation>
    </message>
    <message>
        <source>&amp;Medical attention</source>
        <translation>Atención &amp;médica</translation>
    </message>
    <message>
        <source>Injury {number}: description</source>
        <translation>Lesión {number}: descripción</translation>
    </message>
    <message>
        <source>Injury {number}: body area</source>
        <translation>Lesión {number}: zona del cuerpo</translation>
    </message>
    <message>
        <source>Injury {number}: medical attention</source>
        <translation>Lesión {number}: atención médica</translation>
    </message>
    <message>
        <source>Injury {number}: photographed</source>
        <translation>Lesión {number}: fotografiada</translation>
    </message>
    <message>
        <source>In&amp;juries and medical</source>
        <translation>Lesiones y atención &amp;médica</translation>
    </message>
    <message>
        <source>Add an injur&amp;y</source>
        <translation>Añadir una &amp;lesión</translation>
    </message>
    <message>
        <source>No injuries written down. Add one for each injury, even small ones.</source>
        <translation>No hay lesiones anotadas. Añade una por cada lesión, aunque sea pequeña.</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Atención médica</translation>
    </message>
    <message>
        <source>Who you saw, when, what they did or said, any follow-up.</source>
        <translation>A quién viste, cuándo, qué hicieron o dijeron, cualquier seguimiento.</translation>
    </message>
    <message>
        <source>Medica&amp;l care</source>
        <translation>Atención mé&amp;dica</translation>
    </message>
    <message numerus="yes">
        <source>%n injuries, medical care</source>
        <translation>
            <numerusform>%n lesión, atención médica</numerusform>
            <numerusform>%n lesiones, atención médica</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n injuries</source>
        <translation>
            <numerusform>%n lesión</numerusform>
            <numerusform>%n lesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>medical care</source>
        <translation>atención médica</translation>
    </message>
    <message>
        <source>Leave this entry?</source>
        <translation>¿Salir de esta entrada?</translation>
    </message>
    <message>
        <source>Some of what you wrote is not saved yet.</source>
        <translation>Parte de lo que escribiste todavía no está guardado.</translation>
    </message>
    <message>
        <source>You can keep it as a draft inside the journal and finish it later, or discard it.</source>
        <translation>Puedes guardarlo como borrador dentro del diario y terminarlo más tarde, o descartarlo.</translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation>&amp;Guardar como borrador</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>&amp;Categories and tags</source>
        <translation>&amp;Categorías y etiquetas</translation>
    </message>
    <message>
        <source>Your own words, separated by commas, e.g. car, birthday</source>
        <translation>Tus propias palabras, separadas por comas, p. ej., coche, cumpleaños</translation>
    </message>
    <message>
        <source>Tick any that fit (Space ticks the highlighted one). None are needed.</source>
        <translation>Marca las que correspondan (Espacio marca la resaltada). Ninguna es obligatoria.</translation>
    </message>
    <message>
        <source>Cate&amp;gories</source>
        <translation>Cate&amp;gorías</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>&amp;Free tags</source>
        <translation>&amp;Etiquetas libres</translation>
    </message>
    <message>
        <source>Free tags</source>
        <translation>Etiquetas libres</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <comment>categories</comment>
        <translation>
            <numerusform>%n elegida</numerusform>
            <numerusform>%n elegidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Private &amp;notes</source>
        <translation>&amp;Notas privadas</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notas privadas</translation>
    </message>
    <message>
        <source>Feelings, safety thoughts, anything just for you.</source>
        <translation>Sentimientos, ideas sobre tu seguridad, cualquier cosa solo para ti.</translation>
    </message>
    <message>
        <source>Private notes stay in this journal. They are left out of exports and printouts unless you choose to include them.</source>
        <translation>Las notas privadas se quedan en este diario. No se incluyen en las exportaciones ni en las impresiones, salvo que elijas incluirlas.</translation>
    </message>
    <message>
        <source>Notes just for &amp;me</source>
        <translation>Notas solo para &amp;mí</translation>
    </message>
    <message>
        <source>written</source>
        <comment>private notes</comment>
        <translation>escritas</translation>
    </message>
    <message>
        <source>(choose someone)</source>
        <translation>(elige a alguien)</translation>
    </message>
    <message>
        <source>{name} ({relationship})</source>
        <translation>{name} ({relationship})</translation>
    </message>
    <message>
        <source>{person} — officer, {badge}</source>
        <translation>{person} — agente, {badge}</translation>
    </message>
    <message>
        <source>{person} — officer</source>
        <translation>{person} — agente</translation>
    </message>
    <message>
        <source>Remove person {number}</source>
        <translation>Quitar la persona {number}</translation>
    </message>
    <message>
        <source>Take person {number} off this entry</source>
        <translation>Quitar la persona {number} de esta entrada</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>On or off duty</source>
        <translation>De servicio o fuera de servicio</translation>
    </message>
    <message>
        <source>For a police officer: on or off duty at the time</source>
        <translation>Para un agente de policía: si estaba de servicio o no en ese momento</translation>
    </message>
    <message>
        <source>Optional, e.g. “in uniform”, “stood in the doorway”</source>
        <translation>Opcional, p. ej., «de uniforme», «de pie en la puerta»</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>No&amp;mbre</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>Pape&amp;l</translation>
    </message>
    <message>
        <source>Dut&amp;y</source>
        <translation>Ser&amp;vicio</translation>
    </message>
    <message>
        <source>E&amp;xtra note</source>
        <translation>Nota a&amp;dicional</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Person {number}</source>
        <translation>Persona {number}</translation>
    </message>
    <message>
        <source>Person {number}: role</source>
        <translation>Persona {number}: papel</translation>
    </message>
    <message>
        <source>Person {number}: on or off duty</source>
        <translation>Persona {number}: de servicio o fuera de servicio</translation>
    </message>
    <message>
        <source>Person {number}: note</source>
        <translation>Persona {number}: nota</translation>
    </message>
    <message>
        <source>(a person no longer in the list)</source>
        <translation>(una persona que ya no está en la lista)</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>Link someone &amp;from the list</source>
        <translation>Vincular a alguien &amp;de la lista</translation>
    </message>
    <message>
        <source>Nobody linked yet: the abuser, witnesses, children present, anyone you spoke to. Each person is kept in one list and can be linked to any entry.</source>
        <translation>Todavía no hay nadie vinculado: quien te maltrata, testigos, niñas o niños presentes, cualquier persona con quien hablaste. Cada persona se guarda en una sola lista y se puede vincular a cualquier entrada.</translation>
    </message>
    <message>
        <source>A&amp;dd a person…</source>
        <translation>Añadir una p&amp;ersona…</translation>
    </message>
    <message>
        <source>Someone not in the list yet, with officer details</source>
        <translation>Alguien que todavía no está en la lista, con datos de agente</translation>
    </message>
    <message numerus="yes">
        <source>%n linked</source>
        <comment>people</comment>
        <translation>
            <numerusform>%n vinculada</numerusform>
            <numerusform>%n vinculadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Under People, line {number} does not say who it is yet. Choose someone from the list, or remove that line.</source>
        <translation>En Personas, la línea {number} todavía no dice quién es. Elige a alguien de la lista o quita esa línea.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>Correct details</source>
        <translation>Corregir datos</translation>
    </message>
    <message>
        <source>People are kept in one list and can be linked to any entry. Only a name or a short description is needed. The person is saved to the journal when you add them.</source>
        <translation>Las personas se guardan en una sola lista y se pueden vincular a cualquier entrada. Solo hace falta un nombre o una descripción corta. La persona se guarda en el diario cuando la añades.</translation>
    </message>
    <message>
        <source>A name, or a description like “his sergeant”</source>
        <translation>Un nombre, o una descripción como «su sargento»</translation>
    </message>
    <message>
        <source>e.g. ex-partner, neighbour, his colleague</source>
        <translation>p. ej., expareja, vecino, un compañero suyo</translation>
    </message>
    <message>
        <source>Notes about this person</source>
        <translation>Notas sobre esta persona</translation>
    </message>
    <message>
        <source>This person is a &amp;police officer</source>
        <translation>Esta persona es agente de &amp;policía</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Name or description</source>
        <translation>Nombre o descripción</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Relación</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>e.g. the police force or service</source>
        <translation>p. ej., el cuerpo o servicio de policía</translation>
    </message>
    <message>
        <source>e.g. 2023-09, if known (for later transfers)</source>
        <translation>p. ej., 2023-09, si lo sabes (para traslados posteriores)</translation>
    </message>
    <message>
        <source>Officer details (any you know)</source>
        <translation>Datos del agente (los que sepas)</translation>
    </message>
    <message>
        <source>Ran&amp;k</source>
        <translation>Ran&amp;go</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>&amp;Badge or service number</source>
        <translation>Número de &amp;placa o de servicio</translation>
    </message>
    <message>
        <source>Badge or service number</source>
        <translation>Número de placa o de servicio</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>&amp;Cuerpo u organismo</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>&amp;Station or command</source>
        <translation>Comi&amp;saría o mando</translation>
    </message>
    <message>
        <source>Station or command</source>
        <translation>Comisaría o mando</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unidad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Superv&amp;isor</source>
        <translation>&amp;Superior</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>In this post si&amp;nce</source>
        <translation>En este puesto &amp;desde</translation>
    </message>
    <message>
        <source>In this post since</source>
        <translation>En este puesto desde</translation>
    </message>
    <message>
        <source>Add &amp;this person</source>
        <translation>Añadir es&amp;ta persona</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>Guardar &amp;cambios</translation>
    </message>
    <message>
        <source>Correct what is wrong. Every earlier version stays in the journal&apos;s history. For a transfer or promotion, use “Record a change” instead, so the date is kept.</source>
        <translation>Corrige lo que esté mal. Cada versión anterior se queda en el historial del diario. Para un traslado o un ascenso, usa «Registrar un cambio», para que se conserve la fecha.</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Hide su&amp;ggestions</source>
        <translation>Ocultar su&amp;gerencias</translation>
    </message>
    <message>
        <source>Hide these suggestions for this entry; nothing is lost.</source>
        <translation>Oculta estas sugerencias para esta entrada; no se pierde nada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggestions&lt;/b&gt; — optional, only if they help</source>
        <translation>&lt;b&gt;Sugerencias&lt;/b&gt; — opcionales, solo si te ayudan</translation>
    </message>
    <message>
        <source>Remove report {number}</source>
        <translation>Quitar la denuncia {number}</translation>
    </message>
    <message>
        <source>Take report {number} off this entry</source>
        <translation>Quitar la denuncia {number} de esta entrada</translation>
    </message>
    <message>
        <source>Kind of body</source>
        <translation>Tipo de organismo</translation>
    </message>
    <message>
        <source>e.g. the name of the office or service</source>
        <translation>p. ej., el nombre de la oficina o el servicio</translation>
    </message>
    <message>
        <source>Name, role, badge number if known</source>
        <translation>Nombre, cargo, número de placa si lo sabes</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Lo que dijeron</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What they did about it</source>
        <translation>Lo que hicieron al respecto</translation>
    </message>
    <message>
        <source>e.g. no further action, upheld, charges laid</source>
        <translation>p. ej., sin más acciones, aceptada, se presentaron cargos</translation>
    </message>
    <message>
        <source>T&amp;ype of body</source>
        <translation>&amp;Tipo de organismo</translation>
    </message>
    <message>
        <source>Name of the &amp;body</source>
        <translation>Nombre del &amp;organismo</translation>
    </message>
    <message>
        <source>Date &amp;made</source>
        <translation>&amp;Fecha de presentación</translation>
    </message>
    <message>
        <source>Re&amp;ference number</source>
        <translation>Número de re&amp;ferencia</translation>
    </message>
    <message>
        <source>Person dea&amp;lt with</source>
        <translation>Persona que te a&amp;tendió</translation>
    </message>
    <message>
        <source>Pro&amp;gress</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <source>What they said (&amp;quote them if you can)</source>
        <translation>Lo que dijeron (&amp;cítalo si puedes)</translation>
    </message>
    <message>
        <source>What they &amp;did about it (action taken, or refused)</source>
        <translation>Lo que &amp;hicieron al respecto (medidas tomadas o rechazadas)</translation>
    </message>
    <message>
        <source>Ne&amp;xt deadline</source>
        <translation>Próximo &amp;plazo</translation>
    </message>
    <message>
        <source>Out&amp;come (when closed)</source>
        <translation>Res&amp;ultado (al cerrarse)</translation>
    </message>
    <message>
        <source>I&amp;ncidents it is about</source>
        <translation>I&amp;ncidentes a los que se refiere</translation>
    </message>
    <message>
        <source>(an entry not listed: {id})</source>
        <translation>(una entrada que no está en la lista: {id})</translation>
    </message>
    <message>
        <source>No other entries yet</source>
        <translation>Todavía no hay otras entradas</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen…</source>
        <comment>entries</comment>
        <translation>
            <numerusform>%n elegida…</numerusform>
            <numerusform>%n elegidas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Report {number}: kind of body</source>
        <translation>Denuncia {number}: tipo de organismo</translation>
    </message>
    <message>
        <source>Report {number}: name of the body</source>
        <translation>Denuncia {number}: nombre del organismo</translation>
    </message>
    <message>
        <source>Report {number}: date made</source>
        <translation>Denuncia {number}: fecha de presentación</translation>
    </message>
    <message>
        <source>Report {number}: reference number</source>
        <translation>Denuncia {number}: número de referencia</translation>
    </message>
    <message>
        <source>Report {number}: person dealt with</source>
        <translation>Denuncia {number}: persona que te atendió</translation>
    </message>
    <message>
        <source>Report {number}: progress</source>
        <translation>Denuncia {number}: estado</translation>
    </message>
    <message>
        <source>Report {number}: what they said</source>
        <translation>Denuncia {number}: lo que dijeron</translation>
    </message>
    <message>
        <source>Report {number}: next deadline</source>
        <translation>Denuncia {number}: próximo plazo</translation>
    </message>
    <message>
        <source>Report {number}: what they did</source>
        <translation>Denuncia {number}: lo que hicieron</translation>
    </message>
    <message>
        <source>Report {number}: outcome</source>
        <translation>Denuncia {number}: resultado</translation>
    </message>
    <message>
        <source>Report {number}: incidents it is about</source>
        <translation>Denuncia {number}: incidentes a los que se refiere</translation>
    </message>
    <message>
        <source>Rep&amp;orts and complaints</source>
        <translation>Denuncias y &amp;quejas</translation>
    </message>
    <message>
        <source>I told someone about the abuse here (shown in “After disclosure”)</source>
        <translation>Aquí le conté a alguien lo del maltrato (se muestra en «Después de la denuncia»)</translation>
    </message>
    <message>
        <source>I told someone about the abuse here</source>
        <translation>Aquí le conté a alguien lo del maltrato</translation>
    </message>
    <message>
        <source>A&amp;dd a report or complaint</source>
        <translation>Añadir una denuncia o &amp;queja</translation>
    </message>
    <message>
        <source>None written down. Add one for each report, complaint or call about this event.</source>
        <translation>No hay ninguna anotada. Añade una por cada denuncia, queja o llamada sobre este hecho.</translation>
    </message>
    <message numerus="yes">
        <source>%n written down, told someone</source>
        <comment>reports</comment>
        <translation>
            <numerusform>%n anotada, se lo contaste a alguien</numerusform>
            <numerusform>%n anotadas, se lo contaste a alguien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n written down</source>
        <comment>reports</comment>
        <translation>
            <numerusform>%n anotada</numerusform>
            <numerusform>%n anotadas</numerusform>
        </translation>
    </message>
    <message>
        <source>told someone</source>
        <translation>se lo contaste a alguien</translation>
    </message>
    <message>
        <source>Risk in&amp;dicators</source>
        <translation>&amp;Indicadores de riesgo</translation>
    </message>
    <message>
        <source>{disclaimer} Anything left as “{not_noted}” is simply not recorded. Risk notes are left out of exports unless you choose to include them.</source>
        <translation>{disclaimer} Lo que quede como «{not_noted}» simplemente no se registra. Las notas de riesgo no se incluyen en las exportaciones, salvo que elijas incluirlas.</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Nota opcional</translation>
    </message>
    <message>
        <source>{indicator}: note</source>
        <translation>{indicator}: nota</translation>
    </message>
    <message numerus="yes">
        <source>%n noted</source>
        <comment>risk indicators</comment>
        <translation>
            <numerusform>%n anotado</numerusform>
            <numerusform>%n anotados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n yes</source>
        <comment>risk indicators answered yes</comment>
        <translation>
            <numerusform>%n con «sí»</numerusform>
            <numerusform>%n con «sí»</numerusform>
        </translation>
    </message>
    <message>
        <source>{noted}, {answered_yes}</source>
        <translation>{noted}, {answered_yes}</translation>
    </message>
    <message>
        <source>Remove item {number}</source>
        <translation>Quitar el elemento {number}</translation>
    </message>
    <message>
        <source>Take item {number} off this entry</source>
        <translation>Quitar el elemento {number} de esta entrada</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>at a known t&amp;ime</source>
        <translation>a una &amp;hora conocida</translation>
    </message>
    <message>
        <source>The time of day is known</source>
        <translation>Se sabe la hora</translation>
    </message>
    <message>
        <source>Time it happened</source>
        <translation>Hora en que pasó</translation>
    </message>
    <message>
        <source>How sure you are of the time</source>
        <translation>Cuánta seguridad tienes sobre la hora</translation>
    </message>
    <message>
        <source>Pr&amp;ecision</source>
        <translation>Pr&amp;ecisión</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>It went on until a later time</source>
        <translation>Continuó hasta más tarde</translation>
    </message>
    <message>
        <source>Date it ended</source>
        <translation>Fecha en que terminó</translation>
    </message>
    <message>
        <source>Time it ended</source>
        <translation>Hora en que terminó</translation>
    </message>
    <message>
        <source>e.g. Europe/London or +01:00</source>
        <translation>p. ej., Europe/Madrid o +01:00</translation>
    </message>
    <message>
        <source>A place name like Europe/London, or an offset like +01:00</source>
        <translation>Un nombre de lugar como Europe/Madrid, o una diferencia horaria como +01:00</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Editar entrada</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>Everything below is optional. Add it now or later.</source>
        <translation>Todo lo que sigue es opcional. Añádelo ahora o más tarde.</translation>
    </message>
    <message>
        <source>Only a title and roughly when are needed. {keys} saves.</source>
        <translation>Solo hacen falta un título y cuándo, aproximadamente. {keys} guarda.</translation>
    </message>
    <message>
        <source>Draft status</source>
        <translation>Estado del borrador</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Cancel ({key})</source>
        <translation>Cancelar ({key})</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Saved (UTC)</source>
        <translation>Guardada (UTC)</translation>
    </message>
    <message>
        <source>Saved (local time)</source>
        <translation>Guardada (hora local)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Save times are recorded by the app at the moment each version is saved, and cannot be edited.</source>
        <translation>La aplicación registra la hora de guardado en el momento en que se guarda cada versión, y no se puede modificar.</translation>
    </message>
    <message>
        <source>Recorded by the app: {moment}</source>
        <translation>Registrado por la aplicación: {moment}</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>What changed in this revision</source>
        <translation>Qué cambió en esta versión</translation>
    </message>
    <message>
        <source>History of “{title}”</source>
        <translation>Historial de «{title}»</translation>
    </message>
    <message>
        <source>History of a purged entry</source>
        <translation>Historial de una entrada eliminada definitivamente</translation>
    </message>
    <message numerus="yes">
        <source>… %n unchanged lines …</source>
        <translation>
            <numerusform>… %n línea sin cambios …</numerusform>
            <numerusform>… %n líneas sin cambios …</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Revision {number}</source>
        <translation>Versión {number}</translation>
    </message>
    <message>
        <source>Revision {number}, compared with revision {previous}</source>
        <translation>Versión {number}, comparada con la versión {previous}</translation>
    </message>
    <message>
        <source>Saved {utc} · {local} on this computer.</source>
        <translation>Guardada {utc} · {local} en este equipo.</translation>
    </message>
    <message>
        <source>The content of this revision was removed for good (purged). The record keeps only its save time and a fingerprint (hash) of what was there.</source>
        <translation>El contenido de esta versión se eliminó definitivamente. El registro conserva solo la hora de guardado y una huella (hash) de lo que había.</translation>
    </message>
    <message>
        <source>This revision withdrew the entry.</source>
        <translation>Esta versión retiró la entrada.</translation>
    </message>
    <message>
        <source>Its earlier versions stay in the history.</source>
        <translation>Sus versiones anteriores se quedan en el historial.</translation>
    </message>
    <message>
        <source>This is the first saved version. It said:</source>
        <translation>Esta es la primera versión guardada. Decía:</translation>
    </message>
    <message>
        <source>The revision before this one was purged; there is nothing to compare.</source>
        <translation>La versión anterior se eliminó definitivamente; no hay nada que comparar.</translation>
    </message>
    <message>
        <source>Nothing in the entry changed in this revision.</source>
        <translation>En esta versión no cambió nada de la entrada.</translation>
    </message>
    <message>
        <source>In longer text, lines marked {minus} were removed and {plus} added; changed words are in bold.</source>
        <translation>En los textos largos, las líneas marcadas con {minus} se quitaron y las marcadas con {plus} se añadieron; las palabras cambiadas están en negrita.</translation>
    </message>
    <message>
        <source>Entries per month by category</source>
        <translation>Entradas por mes y por categoría</translation>
    </message>
    <message>
        <source>Entries per month by category; {month}, {entries}</source>
        <translation>Entradas por mes y por categoría; {month}, {entries}</translation>
    </message>
    <message>
        <source>Number of entries, by category</source>
        <translation>Número de entradas, por categoría</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>{category} ({total})</source>
        <translation>{category} ({total})</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Pattern over time</source>
        <translation>Patrón en el tiempo</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Entries per month by category, as a table</source>
        <translation>Entradas por mes y por categoría, en una tabla</translation>
    </message>
    <message>
        <source>Entries per month, by category, from your first to your last entry. The number above a bar is how many entries that month; an entry with several categories is counted once in each, so a bar can be taller. Click a month, or move with the arrow keys and press Enter, to show it in the timeline.</source>
        <translation>Entradas por mes, por categoría, desde tu primera hasta tu última entrada. El número sobre una barra es cuántas entradas hubo ese mes; una entrada con varias categorías se cuenta una vez en cada una, así que una barra puede ser más alta. Haz clic en un mes, o muévete con las flechas y pulsa Intro, para verlo en la cronología.</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabla</translation>
    </message>
    <message>
        <source>&amp;Show this month in the timeline</source>
        <translation>&amp;Mostrar este mes en la cronología</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <comment>a month and its year, e.g. March 2025</comment>
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
        <source>{month}: {entries}</source>
        <translation>{month}: {entries}</translation>
    </message>
    <message>
        <source>{category}: {count}</source>
        <translation>{category}: {count}</translation>
    </message>
    <message>
        <source>(an entry with several categories is counted in each)</source>
        <translation>(una entrada con varias categorías se cuenta en cada una)</translation>
    </message>
    <message>
        <source>{month}: {entries}.</source>
        <translation>{month}: {entries}.</translation>
    </message>
    <message>
        <source>{category} {count}</source>
        <comment>a category and how many entries</comment>
        <translation>{category} {count}</translation>
    </message>
    <message>
        <source>{month}: {entries} ({details}).</source>
        <translation>{month}: {entries} ({details}).</translation>
    </message>
</context>
</TS>
