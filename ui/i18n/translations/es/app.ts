<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Something went wrong that the app did not expect. What was saved before is still in your journal, and you can go on.</source>
        <translation>Algo salió mal y la aplicación no lo esperaba. Lo que guardaste antes sigue en tu diario y puedes continuar.</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Nueva entrada</translation>
    </message>
    <message>
        <source>&amp;Edit entry</source>
        <translation>&amp;Editar entrada</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Add e&amp;vidence…</source>
        <translation>Añadir &amp;pruebas…</translation>
    </message>
    <message>
        <source>Revision &amp;history</source>
        <translation>&amp;Historial de cambios</translation>
    </message>
    <message>
        <source>&amp;Pattern over time</source>
        <translation>Pa&amp;trón en el tiempo</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>B&amp;loquear</translation>
    </message>
    <message>
        <source>&amp;Open another journal…</source>
        <translation>&amp;Abrir otro diario…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Idioma…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Titles of the menus the controllers ask for by role.</extracomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The file itself is damaged, so it was opened read-only: nothing can be saved into it. Safety → Repair a damaged journal… copies what can be read into a new file.</source>
        <translation>El propio archivo está dañado, por eso se abrió solo para lectura: no se puede guardar nada en él. Seguridad → Reparar un diario dañado… copia lo que se puede leer en un archivo nuevo.</translation>
    </message>
    <message>
        <source>Some parts of this journal could not be read or were changed outside the app. Everything else is shown. Details:

{problems}</source>
        <translation>Algunas partes de este diario no se pudieron leer o se cambiaron fuera de la aplicación. Todo lo demás se muestra. Detalles:

{problems}</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>The app&apos;s everyday name (its disguise &quot;Notes&quot;), translated where it is shown.</extracomment>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <source>&amp;Safety</source>
        <translation>&amp;Seguridad</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Open a journal</source>
        <translation>Abrir un diario</translation>
    </message>
    <message>
        <source>Choose the entry the evidence belongs to first.</source>
        <translation>Primero elige la entrada a la que pertenecen las pruebas.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the app&apos;s windows and messages:</source>
        <translation>El idioma de las ventanas y los mensajes de la aplicación:</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>El idioma del ordenador</translation>
    </message>
    <message>
        <source>The app uses the new language the next time it starts. Each export chooses its own language for the PDF, for whoever will read it.</source>
        <translation>La aplicación usará el nuevo idioma la próxima vez que se abra. Cada exportación elige su propio idioma para el PDF, según quién vaya a leerlo.</translation>
    </message>
    <message>
        <source>A private place to write down what happened</source>
        <translation>Un lugar privado para anotar lo que pasó</translation>
    </message>
    <message>
        <source>This app keeps a record of incidents, with photos, recordings and messages as evidence, so that you can show it to a lawyer, a court or an oversight body when you choose to.</source>
        <translation>Esta aplicación guarda un registro de incidentes, con fotos, grabaciones y mensajes como pruebas, para que puedas mostrarlo a una abogada o un abogado, a un tribunal o a un organismo de control cuando tú lo decidas.</translation>
    </message>
    <message>
        <source>Everything is kept in &lt;b&gt;one encrypted file&lt;/b&gt;, locked with a passphrase that only you know. Nothing readable is written anywhere else on this computer.</source>
        <translation>Todo se guarda en &lt;b&gt;un solo archivo cifrado&lt;/b&gt;, protegido con una frase de contraseña que solo tú conoces. No se escribe nada legible en ningún otro lugar de este ordenador.</translation>
    </message>
    <message>
        <source>When you create it, you will get a &lt;b&gt;recovery code&lt;/b&gt;. It opens the file if you ever forget the passphrase. Keep it with someone you trust, not at home.</source>
        <translation>Al crearlo, recibirás un &lt;b&gt;código de recuperación&lt;/b&gt;. Sirve para abrir el archivo si alguna vez olvidas la frase de contraseña. Déjalo con alguien de confianza, no en casa.</translation>
    </message>
    <message>
        <source>Where the journal file is kept</source>
        <translation>Dónde se guarda el archivo del diario</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>You can keep it on a USB stick. The file name does not say what it is.</source>
        <translation>Puedes guardarlo en una memoria USB. El nombre del archivo no dice lo que es.</translation>
    </message>
    <message>
        <source>&amp;Create my journal</source>
        <translation>&amp;Crear mi diario</translation>
    </message>
    <message>
        <source>I already have one: &amp;open it…</source>
        <translation>Ya tengo uno: &amp;abrirlo…</translation>
    </message>
    <message>
        <source>Journal file:</source>
        <translation>Archivo del diario:</translation>
    </message>
    <message>
        <source>Where to keep the journal</source>
        <translation>Dónde guardar el diario</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Choose a passphrase&lt;/h3&gt;&lt;p&gt;A few unrelated words are easy to remember and hard to guess. Do not use one the other person might know.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Elige una frase de contraseña&lt;/h3&gt;&lt;p&gt;Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar. No uses una que la otra persona pueda conocer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;rear</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Creating the encrypted file…</source>
        <translation>Creando el archivo cifrado…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your recovery code&lt;/h3&gt;&lt;p&gt;This is shown &lt;b&gt;only once&lt;/b&gt;. Write it down or save the emergency sheet, and keep it with someone you trust or somewhere away from home. Anyone with this code and the file can read the journal.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tu código de recuperación&lt;/h3&gt;&lt;p&gt;Se muestra &lt;b&gt;solo una vez&lt;/b&gt;. Anótalo o guarda la hoja de emergencia, y déjalo con alguien de confianza o en un lugar fuera de casa. Cualquiera que tenga este código y el archivo puede leer el diario.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save emergency &amp;sheet (PDF)…</source>
        <translation>Guardar la &amp;hoja de emergencia (PDF)…</translation>
    </message>
    <message>
        <source>Group of the recovery code</source>
        <translation>Grupo del código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grupo</translation>
    </message>
    <message>
        <source>That does not match the group shown above. Please check and type it again.</source>
        <translation>No coincide con el grupo que aparece arriba. Revísalo y escríbelo de nuevo.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome back&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Hola de nuevo&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Journal file: {path}</source>
        <translation>Archivo del diario: {path}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>Use &amp;recovery code instead</source>
        <translation>Usar el código de &amp;recuperación</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <comment>the shape of a recovery code: keep it</comment>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>Open and set the new &amp;passphrase</source>
        <translation>Abrir y &amp;poner la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Back to &amp;passphrase</source>
        <translation>&amp;Volver a la frase de contraseña</translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation>&amp;Código de recuperación</translation>
    </message>
    <message>
        <source>Then choose a new passphrase; the old one will stop working.</source>
        <translation>Después elige una frase de contraseña nueva; la anterior dejará de funcionar.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Open &amp;another journal…</source>
        <translation>Abrir &amp;otro diario…</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Escribe tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Unlocking… this takes a moment on purpose, to slow down guessing.</source>
        <translation>Desbloqueando… tarda un momento a propósito, para que adivinar sea más lento.</translation>
    </message>
    <message>
        <source>Opening with the recovery code and setting the new passphrase…</source>
        <translation>Abriendo con el código de recuperación y poniendo la nueva frase de contraseña…</translation>
    </message>
    <message numerus="yes">
        <source>What followed within %n days</source>
        <translation>
            <numerusform>Lo que siguió en %n día</numerusform>
            <numerusform>Lo que siguió en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing written down for those days.</source>
        <translation>No hay nada anotado para esos días.</translation>
    </message>
    <message>
        <source>What they did: {what}</source>
        <translation>Lo que hicieron: {what}</translation>
    </message>
    <message numerus="yes">
        <source>About %n other entries</source>
        <translation>
            <numerusform>Sobre %n entrada más</numerusform>
            <numerusform>Sobre %n entradas más</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>When (as you said)</source>
        <translation>Cuándo (como lo indicaste)</translation>
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
        <source>(unknown person)</source>
        <translation>(persona desconocida)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>{injury} (photographed)</source>
        <translation>{injury} (fotografiada)</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>Lesión</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Atención médica</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Denuncia o informe</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Lo contaste</translation>
    </message>
    <message>
        <source>You told someone about the abuse here.</source>
        <translation>Aquí le contaste a alguien lo del maltrato.</translation>
    </message>
    <message>
        <source>Risk noted</source>
        <translation>Riesgo anotado</translation>
    </message>
    <message numerus="yes">
        <source>First saved {first} UTC; saved %n times ({changes}); last saved {last} UTC.</source>
        <translation>
            <numerusform>Guardada por primera vez el {first} UTC; guardada una vez ({changes}); guardada por última vez el {last} UTC.</numerusform>
            <numerusform>Guardada por primera vez el {first} UTC; guardada %n veces ({changes}); guardada por última vez el {last} UTC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First saved {first} UTC; saved %n times; last saved {last} UTC.</source>
        <translation>
            <numerusform>Guardada por primera vez el {first} UTC; guardada una vez; guardada por última vez el {last} UTC.</numerusform>
            <numerusform>Guardada por primera vez el {first} UTC; guardada %n veces; guardada por última vez el {last} UTC.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written down some time after the event.</source>
        <translation>Anotada un tiempo después del hecho.</translation>
    </message>
    <message>
        <source>Recorded by the app: {recorded}</source>
        <translation>Registrado por la aplicación: {recorded}</translation>
    </message>
    <message>
        <source>{kind}, {size}</source>
        <translation>{kind}, {size}</translation>
    </message>
    <message>
        <source>This entry was withdrawn. Its history is kept.</source>
        <translation>Esta entrada se retiró. Su historial se conserva.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notas privadas</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Detalles de la entrada</translation>
    </message>
    <message>
        <source>Choose an entry to see it here.</source>
        <translation>Elige una entrada para verla aquí.</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texto que buscar</translation>
    </message>
    <message>
        <source>From</source>
        <comment>a date: from this day</comment>
        <translation>Desde</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>To</source>
        <comment>a date: up to this day</comment>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtro por tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtro por categoría</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Person filter</source>
        <translation>Filtro por persona</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>A disclosure or complaint. “After disclosure” shows what followed it.</source>
        <translation>Una vez que lo contaste, o una denuncia. «Después de contarlo» muestra lo que vino después.</translation>
    </message>
    <message>
        <source>Written down later (first saved {day})</source>
        <translation>Anotada más tarde (guardada por primera vez el {day})</translation>
    </message>
    <message>
        <source>{kind} · disclosure</source>
        <translation>{kind} · lo contaste</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
    <message>
        <source>Show &amp;all entries</source>
        <translation>Mostrar &amp;todas las entradas</translation>
    </message>
    <message>
        <source>Clear the search and filters</source>
        <translation>Borrar la búsqueda y los filtros</translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %n entries (search: “{query}”).</source>
        <translation>
            <numerusform>Se muestran {shown} de %n entrada (búsqueda: «{query}»).</numerusform>
            <numerusform>Se muestran {shown} de %n entradas (búsqueda: «{query}»).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %n entries (filters on).</source>
        <translation>
            <numerusform>Se muestran {shown} de %n entrada (con filtros).</numerusform>
            <numerusform>Se muestran {shown} de %n entradas (con filtros).</numerusform>
        </translation>
    </message>
    <message>
        <source>The entry you just saved does not match, so it is not shown here.</source>
        <translation>La entrada que acabas de guardar no coincide, por eso no aparece aquí.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Nothing written yet. Choose “New entry” (Ctrl+N) to write down what happened; only a title and roughly when are needed.</source>
        <translation>Todavía no hay nada escrito. Elige «Nueva entrada» (Ctrl+N) para anotar lo que pasó; solo hacen falta un título y cuándo fue, más o menos.</translation>
    </message>
    <message>
        <source>The search could not be completed. {reason}</source>
        <translation>No se pudo terminar la búsqueda. {reason}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>{text}; {items}</source>
        <translation>{text}; {items}</translation>
    </message>
    <message>
        <source>There is already a file at {path}. Please choose a new name; nothing was overwritten.</source>
        <translation>Ya hay un archivo en {path}. Elige otro nombre; no se sobrescribió nada.</translation>
    </message>
    <message>
        <source>For checking</source>
        <translation>Para comprobar</translation>
    </message>
    <message>
        <source>For checking section</source>
        <translation>Sección «Para comprobar»</translation>
    </message>
    <message>
        <source>Show {field}</source>
        <translation>Mostrar {field}</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Mostrar u ocultar lo que escribiste</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>the passphrase typed</comment>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Hide</source>
        <comment>the passphrase typed</comment>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nueva frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase advice</source>
        <translation>Consejo sobre la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>O&amp;tra vez</translation>
    </message>
    <message>
        <source>Strength: {label}.</source>
        <translation>Solidez: {label}.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Las dos frases de contraseña todavía no son iguales.</translation>
    </message>
    <message>
        <source>Type it once more to be sure.</source>
        <translation>Escríbela otra vez para estar seguros.</translation>
    </message>
    <message>
        <source>the first on the first line</source>
        <extracomment>Where each group is on screen (code_lines: four on the first line, the rest on the second), whole phrases so that each language can word its own ordinals.</extracomment>
        <translation>el primero de la primera línea</translation>
    </message>
    <message>
        <source>the second on the first line</source>
        <translation>el segundo de la primera línea</translation>
    </message>
    <message>
        <source>the third on the first line</source>
        <translation>el tercero de la primera línea</translation>
    </message>
    <message>
        <source>the fourth on the first line</source>
        <translation>el cuarto de la primera línea</translation>
    </message>
    <message>
        <source>the first on the second line</source>
        <translation>el primero de la segunda línea</translation>
    </message>
    <message>
        <source>the second on the second line</source>
        <translation>el segundo de la segunda línea</translation>
    </message>
    <message>
        <source>the third on the second line</source>
        <translation>el tercero de la segunda línea</translation>
    </message>
    <message>
        <source>the fourth on the second line</source>
        <translation>el cuarto de la segunda línea</translation>
    </message>
    <message>
        <source>To be sure it is written down, type group {number} of the code here:</source>
        <translation>Para asegurarte de que lo anotaste, escribe aquí el grupo {number} del código:</translation>
    </message>
    <message>
        <source>To be sure it is written down, type group {number} of the code ({where}) here:</source>
        <translation>Para asegurarte de que lo anotaste, escribe aquí el grupo {number} del código ({where}):</translation>
    </message>
    <message>
        <source>Group {number}: {letters}</source>
        <translation>Grupo {number}: {letters}</translation>
    </message>
    <message>
        <source>Save the emergency sheet</source>
        <translation>Guardar la hoja de emergencia</translation>
    </message>
    <message>
        <source>Saved. The sheet is not encrypted: print it, then delete the file.</source>
        <translation>Guardada. La hoja no está cifrada: imprímela y después borra el archivo.</translation>
    </message>
    <message>
        <source>Something went wrong that the app did not expect. Your journal was not changed.</source>
        <translation>Ocurrió algo que la aplicación no esperaba. Tu diario no ha cambiado.</translation>
    </message>
    <message>
        <source>Details: {kind}</source>
        <translation>Detalles: {kind}</translation>
    </message>
    <message>
        <source>The file “{name}” could not be read or written because {why}.</source>
        <translation>No se pudo leer ni escribir el archivo «{name}» porque {why}.</translation>
    </message>
    <message>
        <source>A file could not be read or written because {why}.</source>
        <translation>No se pudo leer ni escribir un archivo porque {why}.</translation>
    </message>
</context>
</TS>
