<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>Keeps things simple.</source>
        <translation>Lo sencillo, sin complicaciones.</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>Alquiler</translation>
    </message>
    <message>
        <source>Groceries</source>
        <translation>Supermercado</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Luz</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Bus pass</source>
        <translation>Tarjeta de transporte</translation>
    </message>
    <message>
        <source>School trip</source>
        <translation>Excursión escolar</translation>
    </message>
    <message>
        <source>Item</source>
        <extracomment>&quot;1,250.50&quot;, &quot;12.5&quot;, &quot;12&quot;: an amount written the plain way, whatever the language.</extracomment>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Budget rows</source>
        <translation>Filas del presupuesto</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Añadir fila</translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation>Total: {amount}</translation>
    </message>
    <message numerus="yes">
        <source>%n items this month</source>
        <translation>
            <numerusform>%n concepto este mes</numerusform>
            <numerusform>%n conceptos este mes</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Start typing…</source>
        <translation>Empieza a escribir…</translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>Lentil soup</source>
        <extracomment>(name, ingredients, method), in English; shown in the interface language.</extracomment>
        <translation>Sopa de lentejas</translation>
    </message>
    <message>
        <source>1 onion, 2 carrots, 200 g red lentils, 1 litre stock, cumin</source>
        <translation>1 cebolla, 2 zanahorias, 200 g de lentejas rojas, 1 litro de caldo, comino</translation>
    </message>
    <message>
        <source>Soften the onion and carrots, add the lentils, stock and a pinch of cumin, simmer for 25 minutes and blend half of it.</source>
        <translation>Sofríe la cebolla y las zanahorias, añade las lentejas, el caldo y una pizca de comino, cuece a fuego lento 25 minutos y tritura la mitad.</translation>
    </message>
    <message>
        <source>Banana bread</source>
        <translation>Pan de plátano</translation>
    </message>
    <message>
        <source>3 ripe bananas, 75 g butter, 150 g sugar, 1 egg, 190 g flour, 1 tsp baking soda</source>
        <translation>3 plátanos maduros, 75 g de mantequilla, 150 g de azúcar, 1 huevo, 190 g de harina, 1 cucharadita de bicarbonato</translation>
    </message>
    <message>
        <source>Mash the bananas, stir in the melted butter, sugar and egg, fold in the flour and soda, bake at 175 °C for an hour.</source>
        <translation>Aplasta los plátanos, mezcla la mantequilla derretida, el azúcar y el huevo, incorpora la harina y el bicarbonato y hornea a 175 °C durante una hora.</translation>
    </message>
    <message>
        <source>Tomato pasta</source>
        <translation>Pasta con tomate</translation>
    </message>
    <message>
        <source>400 g pasta, 1 tin of tomatoes, 2 cloves of garlic, olive oil, basil</source>
        <translation>400 g de pasta, 1 lata de tomate, 2 dientes de ajo, aceite de oliva, albahaca</translation>
    </message>
    <message>
        <source>Fry the garlic in the oil, add the tomatoes and simmer for 15 minutes, toss with the cooked pasta and basil.</source>
        <translation>Fríe el ajo en el aceite, añade el tomate y cuece a fuego lento 15 minutos; mézclalo con la pasta cocida y la albahaca.</translation>
    </message>
    <message>
        <source>Vegetable curry</source>
        <translation>Curry de verduras</translation>
    </message>
    <message>
        <source>1 onion, 2 potatoes, 1 tin of chickpeas, 1 tin of coconut milk, curry paste</source>
        <translation>1 cebolla, 2 papas, 1 lata de garbanzos, 1 lata de leche de coco, pasta de curry</translation>
    </message>
    <message>
        <source>Fry the onion and paste, add the diced potatoes, chickpeas and coconut milk, simmer until the potatoes are soft.</source>
        <translation>Fríe la cebolla con la pasta de curry, añade las papas en dados, los garbanzos y la leche de coco, y cuece a fuego lento hasta que las papas estén tiernas.</translation>
    </message>
    <message>
        <source>Pancakes</source>
        <translation>Panqueques</translation>
    </message>
    <message>
        <source>100 g flour, 2 eggs, 300 ml milk, a pinch of salt</source>
        <translation>100 g de harina, 2 huevos, 300 ml de leche, una pizca de sal</translation>
    </message>
    <message>
        <source>Whisk everything smooth, rest for 10 minutes, fry thin in a hot buttered pan.</source>
        <translation>Bate todo hasta que quede liso, deja reposar 10 minutos y haz panqueques finos en una sartén caliente con mantequilla.</translation>
    </message>
    <message>
        <source>Find a recipe</source>
        <translation>Buscar una receta</translation>
    </message>
    <message>
        <source>Find a recipe…</source>
        <translation>Buscar una receta…</translation>
    </message>
    <message>
        <source>Recipes</source>
        <translation>Recetas</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Receta</translation>
    </message>
    <message numerus="yes">
        <source>%n recipes</source>
        <translation>
            <numerusform>%n receta</numerusform>
            <numerusform>%n recetas</numerusform>
        </translation>
    </message>
    <message>
        <source>You need</source>
        <translation>Ingredientes</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Buy milk and bread</source>
        <translation>Comprar leche y pan</translation>
    </message>
    <message>
        <source>Library books back</source>
        <translation>Devolver los libros de la biblioteca</translation>
    </message>
    <message>
        <source>Pay the electricity bill</source>
        <translation>Pagar la factura de la luz</translation>
    </message>
    <message>
        <source>Water the plants</source>
        <translation>Regar las plantas</translation>
    </message>
    <message>
        <source>Book the dentist</source>
        <translation>Pedir cita con el dentista</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>Add a task and press Enter</source>
        <translation>Escribe una tarea y pulsa Enter</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>{done} of {count} done</source>
        <comment>tasks ticked, of all tasks</comment>
        <translation>{done} de {count} hechas</translation>
    </message>
    <message>
        <source>Sunny</source>
        <translation>Soleado</translation>
    </message>
    <message>
        <source>Partly cloudy</source>
        <translation>Parcialmente nublado</translation>
    </message>
    <message>
        <source>Cloudy</source>
        <translation>Nublado</translation>
    </message>
    <message>
        <source>Light rain</source>
        <translation>Lluvia débil</translation>
    </message>
    <message>
        <source>Showers</source>
        <translation>Chubascos</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Despejado</translation>
    </message>
    <message>
        <source>Windy</source>
        <translation>Ventoso</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Town or postcode</source>
        <translation>Ciudad o código postal</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>The next five days</source>
        <translation>Los próximos cinco días</translation>
    </message>
    <message>
        <source>No forecast found for “{place}” offline. Showing your saved place.</source>
        <translation>No se encontró el pronóstico para «{place}» sin conexión. Se muestra tu lugar guardado.</translation>
    </message>
    <message>
        <source>Your saved place · updated this morning</source>
        <translation>Tu lugar guardado · actualizado esta mañana</translation>
    </message>
    <message>
        <source>Today: {sky}, high {high}, low {low}</source>
        <translation>Hoy: {sky}, máxima {high}, mínima {low}</translation>
    </message>
    <message>
        <source>Low tonight {low}</source>
        <translation>Mínima esta noche {low}</translation>
    </message>
    <message>
        <source>That would have opened it: the passphrase page would appear now.</source>
        <translation>Así se habría abierto: ahora aparecería la página de la frase de contraseña.</translation>
    </message>
    <message>
        <source>That would not have opened it. On the real one nothing would happen. Try again.</source>
        <translation>Así no se habría abierto. En la página real no pasaría nada. Prueba otra vez.</translation>
    </message>
    <message>
        <source>Practise the way in</source>
        <translation>Practicar el acceso secreto</translation>
    </message>
    <message>
        <source>This is what the locked app shows. To get past it, type your word anywhere you can type in it, then press Enter.</source>
        <translation>Esto es lo que muestra la aplicación bloqueada. Para pasar, escribe tu palabra en cualquier sitio donde se pueda escribir y pulsa Enter.</translation>
    </message>
    <message>
        <source>This is what the locked app shows. To get past it, press your keys one after the other (nothing shows until the last one).</source>
        <translation>Esto es lo que muestra la aplicación bloqueada. Para pasar, pulsa tus teclas una tras otra (no se ve nada hasta la última).</translation>
    </message>
    <message>
        <source>Practice page</source>
        <translation>Página de práctica</translation>
    </message>
    <message>
        <source>Nothing given yet.</source>
        <translation>Todavía no has probado nada.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>(kept as saved: type a new one to change it)</source>
        <translation>(se mantiene la guardada: escribe una nueva para cambiarla)</translation>
    </message>
    <message>
        <source>Press {low} to {high} keys, one after the other.</source>
        <translation>Pulsa de {low} a {high} teclas, una tras otra.</translation>
    </message>
    <message>
        <source>{key} is taken by quick exit: choose other keys.</source>
        <translation>{key} es la tecla de la salida rápida: elige otras teclas.</translation>
    </message>
    <message>
        <source>{key} is taken by the page&apos;s own menu: choose other keys.</source>
        <translation>{key} ya la usa el menú de la página: elige otras teclas.</translation>
    </message>
    <message>
        <source>Hold Ctrl or Alt with each key (or use F-keys), so ordinary typing never matches.</source>
        <translation>Mantén Ctrl o Alt con cada tecla (o usa las teclas F), para que escribir normalmente nunca coincida.</translation>
    </message>
    <message>
        <source>The passphrase page (not disguised)</source>
        <translation>La página de la frase de contraseña (sin cambiar la apariencia)</translation>
    </message>
    <message>
        <source>A working page of the app it is named after</source>
        <translation>Una página funcional de la aplicación cuyo nombre lleva</translation>
    </message>
    <message>
        <source>Type a secret &amp;word into it, then press Enter</source>
        <translation>Escribir una palabra &amp;secreta en ella y pulsar Enter</translation>
    </message>
    <message>
        <source>Secret word</source>
        <translation>Palabra secreta</translation>
    </message>
    <message>
        <source>Press a secret series of &amp;keys</source>
        <translation>Pulsar una serie secreta de &amp;teclas</translation>
    </message>
    <message>
        <source>Secret keys</source>
        <translation>Teclas secretas</translation>
    </message>
    <message>
        <source>&amp;Practise…</source>
        <translation>&amp;Practicar…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message numerus="yes">
        <source>Choose a word of at least %n letters.</source>
        <translation>
            <numerusform>Elige una palabra de al menos %n letra.</numerusform>
            <numerusform>Elige una palabra de al menos %n letras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a single word, without spaces.</source>
        <translation>Elige una sola palabra, sin espacios.</translation>
    </message>
    <message>
        <source>no backup yet</source>
        <translation>todavía no hay copia de seguridad</translation>
    </message>
    <message numerus="yes">
        <source>last backup %n days ago; a fresh one keeps your record safe</source>
        <translation>
            <numerusform>última copia de seguridad hace %n día; una copia nueva mantiene tu registro a salvo</numerusform>
            <numerusform>última copia de seguridad hace %n días; una copia nueva mantiene tu registro a salvo</numerusform>
        </translation>
    </message>
    <message>
        <source>last backup {date}</source>
        <translation>última copia de seguridad: {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n entries · {backup}</source>
        <translation>
            <numerusform>%n entrada · {backup}</numerusform>
            <numerusform>%n entradas · {backup}</numerusform>
        </translation>
    </message>
    <message>
        <source>That folder cannot be found. Is the USB stick plugged in?</source>
        <translation>No se encuentra esa carpeta. ¿Está conectada la memoria USB?</translation>
    </message>
    <message>
        <source>The journal is {size} GiB, but this stick is formatted as FAT32, which cannot hold files over 4 GiB. A stick formatted as exFAT or NTFS will work.</source>
        <translation>El diario ocupa {size} GiB, pero esta memoria USB tiene formato FAT32, que no admite archivos de más de 4 GiB. Una memoria con formato exFAT o NTFS sí sirve.</translation>
    </message>
    <message>
        <source>There is not enough free space there ({free} MiB free, the journal needs {needed} MiB).</source>
        <translation>No hay espacio libre suficiente ({free} MiB libres; el diario necesita {needed} MiB).</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the whole journal. It opens with the same passphrase or recovery code. Keep one away from home, for example on a USB stick with someone you trust.</source>
        <translation>Una copia de seguridad es una copia cifrada de todo el diario. Se abre con la misma frase de contraseña o el mismo código de recuperación. Guarda una fuera de casa, por ejemplo en una memoria USB, con alguien de confianza.</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>Carpeta para la copia de seguridad</translation>
    </message>
    <message>
        <source>Choose a folder or USB stick</source>
        <translation>Elige una carpeta o una memoria USB</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Progreso de la copia de seguridad</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Hacer una copia de seguridad</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Copies a backup to a new place and opens it there. Nothing existing is overwritten. You will need the passphrase the backup was made with.</source>
        <translation>Lleva una copia de seguridad a un lugar nuevo y la abre allí. No se sobrescribe nada de lo que ya existe. Necesitarás la frase de contraseña con la que se hizo la copia.</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar una copia…</translation>
    </message>
    <message>
        <source>Unlock the journal to make a backup.</source>
        <translation>Desbloquea el diario para hacer una copia de seguridad.</translation>
    </message>
    <message>
        <source>No backup has been made from this app yet.</source>
        <translation>Todavía no se ha hecho ninguna copia de seguridad desde esta aplicación.</translation>
    </message>
    <message>
        <source>Last backup: {when} (today).</source>
        <translation>Última copia de seguridad: {when} (hoy).</translation>
    </message>
    <message numerus="yes">
        <source>Last backup: {when} (%n days ago).</source>
        <translation>
            <numerusform>Última copia de seguridad: {when} (hace %n día).</numerusform>
            <numerusform>Última copia de seguridad: {when} (hace %n días).</numerusform>
        </translation>
    </message>
    <message>
        <source>Where to put the backup</source>
        <translation>Dónde guardar la copia de seguridad</translation>
    </message>
    <message>
        <source>Please choose a folder or USB stick first.</source>
        <translation>Primero elige una carpeta o una memoria USB.</translation>
    </message>
    <message>
        <source>Writing the copy and checking it against the journal…</source>
        <translation>Escribiendo la copia y comprobándola con el diario…</translation>
    </message>
    <message>
        <source>Done. The copy was checked and saved as {file}.</source>
        <translation>Hecho. La copia se comprobó y se guardó como {file}.</translation>
    </message>
    <message>
        <source>Your journal is unchanged.</source>
        <translation>Tu diario no ha cambiado.</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Elige la copia de seguridad que quieres restaurar</translation>
    </message>
    <message>
        <source>Where to put the restored journal</source>
        <translation>Dónde guardar el diario restaurado</translation>
    </message>
    <message>
        <source>Copying the backup and checking the copy…</source>
        <translation>Copiando la copia de seguridad y comprobando el resultado…</translation>
    </message>
    <message>
        <source>Restored to {file}. It will open next.</source>
        <translation>Restaurado en {file}. Se abrirá a continuación.</translation>
    </message>
    <message>
        <source>Examples of places worth listing: a domestic-violence service or helpline, legal aid, the independent police-oversight body, the prosecutor&apos;s office, and a way to report that does not go through the local police command. No numbers are built in: add the ones that are right where you live.</source>
        <translation>Ejemplos de lugares que vale la pena anotar: un servicio o línea de ayuda contra la violencia doméstica, asistencia jurídica gratuita, el organismo independiente que supervisa a la policía, la fiscalía y una forma de denunciar que no pase por la comisaría local. No viene ningún número incluido: añade los que correspondan a donde vives.</translation>
    </message>
    <message>
        <source>Support contacts</source>
        <translation>Contactos de apoyo</translation>
    </message>
    <message>
        <source>Phone, address, website, opening hours…</source>
        <translation>Teléfono, dirección, sitio web, horario…</translation>
    </message>
    <message>
        <source>Who to ask for, what to bring, what they said…</source>
        <translation>Por quién preguntar, qué llevar, qué te dijeron…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;How to reach</source>
        <translation>&amp;Cómo contactar</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>&amp;Add a contact</source>
        <translation>&amp;Añadir un contacto</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Save the list</source>
        <translation>&amp;Guardar la lista</translation>
    </message>
    <message>
        <source>{name} — {kind}</source>
        <translation>{name} — {kind}</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(todavía sin nombre)</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Sin guardar todavía.</translation>
    </message>
    <message>
        <source>Removed. Save the list to keep this change.</source>
        <translation>Quitado. Guarda la lista para conservar este cambio.</translation>
    </message>
    <message>
        <source>Nothing was lost; the list is as you left it.</source>
        <translation>No se ha perdido nada; la lista está como la dejaste.</translation>
    </message>
    <message>
        <source>Saved inside the encrypted journal.</source>
        <translation>Guardado dentro del diario cifrado.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <source>Lock and hide everything at once ({key}, or Esc twice)</source>
        <translation>Bloquear y ocultar todo de inmediato ({key}, o Esc dos veces)</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minutes without use, to keep it private. Anything you were writing was kept, encrypted.</source>
        <translation>
            <numerusform>Bloqueado tras %n minuto sin uso, para mantenerlo privado. Lo que estabas escribiendo se ha guardado cifrado.</numerusform>
            <numerusform>Bloqueado tras %n minutos sin uso, para mantenerlo privado. Lo que estabas escribiendo se ha guardado cifrado.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>Key (kept in settings) -&gt; the name, in English; shown through `tr` (`look_name`).</extracomment>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Clima</translation>
    </message>
    <message>
        <source>You have an unfinished entry (“{title}”).</source>
        <translation>Tienes una entrada sin terminar («{title}»).</translation>
    </message>
    <message>
        <source>You have an unfinished entry.</source>
        <translation>Tienes una entrada sin terminar.</translation>
    </message>
    <message>
        <source>It is a new entry you were writing on {when}. It was kept, encrypted, when the journal closed. You can go on with it now, or later.</source>
        <translation>Es una entrada nueva que estabas escribiendo el {when}. Se guardó cifrada cuando se cerró el diario. Puedes seguir con ella ahora o más tarde.</translation>
    </message>
    <message>
        <source>It is changes to an entry you were writing on {when}. It was kept, encrypted, when the journal closed. You can go on with it now, or later.</source>
        <translation>Son cambios en una entrada que estabas escribiendo el {when}. Se guardaron cifrados cuando se cerró el diario. Puedes seguir con ellos ahora o más tarde.</translation>
    </message>
    <message>
        <source>&amp;Continue writing</source>
        <translation>&amp;Seguir escribiendo</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Passphrase and recovery code</source>
        <translation>Frase de contraseña y código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>Código de &amp;recuperación</translation>
    </message>
    <message>
        <source>&amp;Signing key</source>
        <translation>Cla&amp;ve de firma</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Choose a new passphrase that the other person could not guess. The old one stops working here; the recovery code stays the same.</source>
        <translation>Elige una frase de contraseña nueva que la otra persona no pueda adivinar. La anterior deja de funcionar aquí; el código de recuperación sigue siendo el mismo.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>Frase de contraseña &amp;actual</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Frase de contraseña nueva:</translation>
    </message>
    <message>
        <source>Please type your current passphrase first.</source>
        <translation>Primero escribe tu frase de contraseña actual.</translation>
    </message>
    <message>
        <source>Changing the passphrase… this takes a moment on purpose.</source>
        <translation>Cambiando la frase de contraseña… tarda un poco a propósito.</translation>
    </message>
    <message>
        <source>Done. From now on the journal opens with the new passphrase. Exports are now signed with a new signing key (see the Signing key tab).</source>
        <translation>Hecho. Desde ahora el diario se abre con la frase de contraseña nueva. Las exportaciones se firman ahora con una clave de firma nueva (mira la pestaña Clave de firma).</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>If the recovery code may have been seen by someone else, make a new one. The old code stops working at once. The new one is shown only once.</source>
        <translation>Si alguien más ha podido ver el código de recuperación, haz uno nuevo. El código anterior deja de funcionar en ese momento. El nuevo se muestra una sola vez.</translation>
    </message>
    <message>
        <source>Make a &amp;new recovery code</source>
        <translation>Hacer un código de recuperación &amp;nuevo</translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation>Tu nuevo código de recuperación</translation>
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
        <source>I have &amp;written it down</source>
        <translation>Ya lo he &amp;anotado</translation>
    </message>
    <message>
        <source>Keep it with someone you trust or away from home, not with the computer.</source>
        <translation>Guárdalo con alguien de confianza o fuera de casa, no junto a la computadora.</translation>
    </message>
    <message>
        <source>Exports are signed so that whoever receives one can check it was not changed. The signing-key fingerprint identifies the key: read it to them by phone or give it on paper, so they can compare it.</source>
        <translation>Las exportaciones van firmadas para que quien las reciba pueda comprobar que no se cambiaron. La huella de la clave de firma identifica la clave: díctasela por teléfono o dásela en papel para que pueda compararla.</translation>
    </message>
    <message>
        <source>A new signing key is made each time you change the passphrase or the recovery code. Every backup or old copy of this journal still holds the signing key that was in use when it was made, so someone who has an old copy and the old passphrase could sign files with that old key, but never with the new one.</source>
        <translation>Se hace una clave de firma nueva cada vez que cambias la frase de contraseña o el código de recuperación. Cada copia de seguridad o copia antigua de este diario conserva la clave de firma que se usaba cuando se hizo; así, alguien que tenga una copia antigua y la frase de contraseña antigua podría firmar archivos con esa clave antigua, pero nunca con la nueva.</translation>
    </message>
    <message>
        <source>If you think an old copy was taken, make a new signing key and give the new fingerprint to the people who receive your exports. The old key signs a short note naming the new one, which goes into every bundle.</source>
        <translation>Si crees que alguien se llevó una copia antigua, haz una clave de firma nueva y da la huella nueva a las personas que reciben tus exportaciones. La clave antigua firma una nota breve que nombra la nueva, y esa nota va en cada paquete.</translation>
    </message>
    <message>
        <source>Signing-key fingerprint</source>
        <translation>Huella de la clave de firma</translation>
    </message>
    <message>
        <source>Make a new &amp;signing key</source>
        <translation>Hacer una clave de &amp;firma nueva</translation>
    </message>
    <message>
        <source>Every signing key of this journal, newest first:</source>
        <translation>Todas las claves de firma de este diario, de la más reciente a la más antigua:</translation>
    </message>
    <message>
        <source>Signing-key fingerprint now in use:</source>
        <translation>Huella de la clave de firma en uso:</translation>
    </message>
    <message>
        <source>Making a new signing key…</source>
        <translation>Haciendo una clave de firma nueva…</translation>
    </message>
    <message>
        <source>Done. Exports from now on are signed with the new key. Bundles you made before keep the old one. Give the new fingerprint to the people who receive your exports.</source>
        <translation>Hecho. Desde ahora las exportaciones se firman con la clave nueva. Los paquetes que hiciste antes conservan la anterior. Da la huella nueva a las personas que reciben tus exportaciones.</translation>
    </message>
    <message>
        <source>Making a new recovery code…</source>
        <translation>Haciendo un código de recuperación nuevo…</translation>
    </message>
    <message>
        <source>The old recovery code no longer works. Exports are now signed with a new signing key (see the Signing key tab).</source>
        <translation>El código de recuperación anterior ya no funciona. Las exportaciones se firman ahora con una clave de firma nueva (mira la pestaña Clave de firma).</translation>
    </message>
    <message>
        <source>That does not match the group shown. Please check it.</source>
        <translation>No coincide con el grupo que se muestra. Revísalo, por favor.</translation>
    </message>
    <message>
        <source>Thank you. The new code is not shown again.</source>
        <translation>Gracias. El código nuevo no se volverá a mostrar.</translation>
    </message>
    <message>
        <source>Safety &amp;settings…</source>
        <translation>&amp;Ajustes de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Passphrase and recovery code…</source>
        <translation>&amp;Frase de contraseña y código de recuperación…</translation>
    </message>
    <message>
        <source>&amp;Staying safe…</source>
        <translation>&amp;Mantenerte a salvo…</translation>
    </message>
    <message>
        <source>&amp;Repair a damaged journal…</source>
        <translation>&amp;Reparar un diario dañado…</translation>
    </message>
    <message>
        <source>To open this file in another program, an unencrypted copy has to be made. It is kept in a private temporary folder (in memory where this computer allows it) and is wiped when you lock, use quick exit or close the app.

The other program may still remember it: in its list of recent files, in a thumbnail, or in its own backups. If someone else may look through this computer, viewing the file here is safer.</source>
        <translation>Para abrir este archivo en otro programa hay que hacer una copia sin cifrar. Se guarda en una carpeta temporal privada (en la memoria, si esta computadora lo permite) y se borra cuando bloqueas, usas la salida rápida o cierras la aplicación.

El otro programa puede recordarlo de todos modos: en su lista de archivos recientes, en una miniatura o en sus propias copias. Si otra persona puede revisar esta computadora, es más seguro ver el archivo aquí.</translation>
    </message>
    <message>
        <source>Open in another program…</source>
        <translation>Abrir en otro programa…</translation>
    </message>
    <message>
        <source>Makes a temporary unencrypted copy, after a warning.</source>
        <translation>Hace una copia temporal sin cifrar, después de un aviso.</translation>
    </message>
    <message>
        <source>Open in another program?</source>
        <translation>¿Abrir en otro programa?</translation>
    </message>
    <message>
        <source>This makes a temporary copy that is NOT encrypted.</source>
        <translation>Esto hace una copia temporal que NO está cifrada.</translation>
    </message>
    <message>
        <source>Make the copy and open it</source>
        <translation>Hacer la copia y abrirla</translation>
    </message>
    <message>
        <source>No program on this computer offered to open this kind of file.</source>
        <translation>Ningún programa de esta computadora se ofreció a abrir este tipo de archivo.</translation>
    </message>
    <message>
        <source>The copy could not be made. {reason}</source>
        <translation>No se pudo hacer la copia. {reason}</translation>
    </message>
    <message>
        <source>Open in another program</source>
        <translation>Abrir en otro programa</translation>
    </message>
    <message>
        <source>Lock and hide everything at once ({key})</source>
        <translation>Bloquear y ocultar todo de inmediato ({key})</translation>
    </message>
    <message>
        <source>If a journal file was damaged (a failing disk, a pulled USB stick, a bad copy), this copies everything that can still be read into a new journal file. The damaged file is only read, never changed. The new file opens with the same passphrase, and what it holds still matches exports made before the damage.</source>
        <translation>Si un archivo de diario se dañó (un disco que falla, una memoria USB que se sacó a destiempo, una copia defectuosa), esto copia todo lo que aún se puede leer a un archivo de diario nuevo. El archivo dañado solo se lee, nunca se cambia. El archivo nuevo se abre con la misma frase de contraseña, y lo que contiene sigue coincidiendo con las exportaciones hechas antes del daño.</translation>
    </message>
    <message>
        <source>Copied into {file}. Saved versions: {saved} of {found}. Evidence files: {files_saved} of {files_found}.</source>
        <translation>Copiado en {file}. Versiones guardadas: {saved} de {found}. Archivos de prueba: {files_saved} de {files_found}.</translation>
    </message>
    <message>
        <source>Part of the file was missing; what followed the gap was lined up again before copying.</source>
        <translation>Faltaba una parte del archivo; lo que venía después del hueco se volvió a alinear antes de copiar.</translation>
    </message>
    <message>
        <source>The settings could not be read; the new journal starts them afresh.</source>
        <translation>No se pudieron leer los ajustes; el diario nuevo empieza con ajustes nuevos.</translation>
    </message>
    <message>
        <source>Nothing was lost.</source>
        <translation>No se ha perdido nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n things could not be saved; they are listed below.</source>
        <translation>
            <numerusform>%n elemento no se pudo guardar; aparece en la lista de abajo.</numerusform>
            <numerusform>%n elementos no se pudieron guardar; aparecen en la lista de abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Repair a damaged journal</source>
        <translation>Reparar un diario dañado</translation>
    </message>
    <message>
        <source>Damaged journal file</source>
        <translation>Archivo del diario dañado</translation>
    </message>
    <message>
        <source>Passphrase of the damaged journal</source>
        <translation>Frase de contraseña del diario dañado</translation>
    </message>
    <message>
        <source>New journal file</source>
        <translation>Archivo del diario nuevo</translation>
    </message>
    <message>
        <source>Damaged journal:</source>
        <translation>Diario dañado:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>New journal file:</source>
        <translation>Archivo del diario nuevo:</translation>
    </message>
    <message>
        <source>&amp;Repair into the new file</source>
        <translation>&amp;Reparar en el archivo nuevo</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Open the repaired journal</source>
        <translation>&amp;Abrir el diario reparado</translation>
    </message>
    <message>
        <source>Repair progress</source>
        <translation>Progreso de la reparación</translation>
    </message>
    <message>
        <source>What could not be saved</source>
        <translation>Lo que no se pudo guardar</translation>
    </message>
    <message>
        <source>The damaged journal</source>
        <translation>El diario dañado</translation>
    </message>
    <message>
        <source>The new journal file</source>
        <translation>El archivo del diario nuevo</translation>
    </message>
    <message>
        <source>Please choose the damaged journal and a new file name.</source>
        <translation>Elige el diario dañado y un nombre para el archivo nuevo.</translation>
    </message>
    <message>
        <source>Reading the damaged journal and copying what can be read…</source>
        <translation>Leyendo el diario dañado y copiando lo que se puede leer…</translation>
    </message>
    <message>
        <source>Stopped. No new file was left behind.</source>
        <translation>Detenido. No quedó ningún archivo nuevo.</translation>
    </message>
    <message>
        <source>The repair stopped because of something the app did not expect. No new file was left behind, and the damaged journal was not changed.</source>
        <translation>La reparación se detuvo por algo que la aplicación no esperaba. No quedó ningún archivo nuevo y el diario dañado no se cambió.</translation>
    </message>
    <message>
        <source>The damaged journal was not changed.</source>
        <translation>El diario dañado no se cambió.</translation>
    </message>
    <message>
        <source>If you are in danger now</source>
        <extracomment>A tab&apos;s sections: (heading, its points). One string per point, so that a translator works on a sentence or two at a time; {key} is the quick-exit key.</extracomment>
        <translation>Si estás en peligro ahora</translation>
    </message>
    <message>
        <source>&lt;b&gt;Get to a safe place&lt;/b&gt; if you can: another room with a lock, a neighbour, a shop, anywhere with other people.</source>
        <translation>&lt;b&gt;Ve a un lugar seguro&lt;/b&gt; si puedes: otra habitación con cerrojo, la casa de un vecino, una tienda, cualquier sitio donde haya más gente.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Call your local emergency number&lt;/b&gt; if it is safe to. If you cannot speak, many emergency services can be reached by text message: find out now how it works where you live.</source>
        <translation>&lt;b&gt;Llama al número de emergencias de tu zona&lt;/b&gt; si es seguro hacerlo. Si no puedes hablar, en muchos lugares se puede contactar con emergencias por mensaje de texto: averigua ahora cómo funciona donde vives.</translation>
    </message>
    <message>
        <source>If the person hurting you is a police officer, you can still call. You can say that the person is an officer and ask for a supervisor, or for officers from another station.</source>
        <translation>Si la persona que te hace daño es policía, puedes llamar igualmente. Puedes decir que esa persona es agente y pedir hablar con un superior, o que vengan agentes de otra comisaría.</translation>
    </message>
    <message>
        <source>Your &lt;b&gt;support contacts&lt;/b&gt; (the last tab) are the people and services you chose to have at hand: a helpline, an advocate, a friend.</source>
        <translation>Tus &lt;b&gt;contactos de apoyo&lt;/b&gt; (la última pestaña) son las personas y los servicios que elegiste tener a mano: una línea de ayuda, una persona de apoyo, una amistad.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This journal can wait.&lt;/b&gt; Quick exit (the button at the top, {key}) hides it at once, and what you were writing is kept.</source>
        <translation>&lt;b&gt;Este diario puede esperar.&lt;/b&gt; La salida rápida (el botón de arriba, {key}) lo oculta de inmediato, y lo que estabas escribiendo se guarda.</translation>
    </message>
    <message>
        <source>What this app protects</source>
        <translation>Lo que protege esta aplicación</translation>
    </message>
    <message>
        <source>Everything you write and every piece of evidence is kept in &lt;b&gt;one encrypted file&lt;/b&gt;. Without your passphrase or recovery code it cannot be read, even by someone who copies the file or takes the computer.</source>
        <translation>Todo lo que escribes y cada prueba se guardan en &lt;b&gt;un solo archivo cifrado&lt;/b&gt;. Sin tu frase de contraseña o tu código de recuperación no se puede leer, ni siquiera si alguien copia el archivo o se lleva la computadora.</translation>
    </message>
    <message>
        <source>Nothing readable is written anywhere else on this computer: no temporary files, no thumbnails, no recent-files lists, no readable settings.</source>
        <translation>No se escribe nada legible en ningún otro lugar de esta computadora: ni archivos temporales, ni miniaturas, ni listas de archivos recientes, ni ajustes legibles.</translation>
    </message>
    <message>
        <source>It locks itself when you stop using it for a while, and when the screen locks.</source>
        <translation>Se bloquea sola cuando dejas de usarla un rato y cuando se bloquea la pantalla.</translation>
    </message>
    <message>
        <source>Every saved change is kept with the time it was saved, so a lawyer or court can see that the record was not changed afterwards.</source>
        <translation>Cada cambio guardado se conserva con la hora en que se guardó, así una abogada, un abogado o un tribunal pueden ver que el registro no se cambió después.</translation>
    </message>
    <message>
        <source>What it cannot protect against</source>
        <translation>Contra lo que no puede protegerte</translation>
    </message>
    <message>
        <source>&lt;b&gt;A keylogger&lt;/b&gt; or other spying program on this computer: it can see what you type, including the passphrase.</source>
        <translation>&lt;b&gt;Un registrador de teclas&lt;/b&gt; u otro programa espía en esta computadora: puede ver lo que escribes, también la frase de contraseña.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Someone watching the screen&lt;/b&gt;, or a camera pointed at it, while the journal is open.</source>
        <translation>&lt;b&gt;Alguien que mire la pantalla&lt;/b&gt;, o una cámara que apunte a ella, mientras el diario está abierto.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A computer the other person controls&lt;/b&gt; (they set it up, know its password, or can install programs on it).</source>
        <translation>&lt;b&gt;Una computadora que controla la otra persona&lt;/b&gt; (la configuró, conoce su contraseña o puede instalar programas en ella).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stalkerware on a phone&lt;/b&gt;: photos and messages may be seen on the phone before they reach this app.</source>
        <translation>&lt;b&gt;Un programa espía en un teléfono&lt;/b&gt;: las fotos y los mensajes pueden verse en el teléfono antes de llegar a esta aplicación.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A cloud account the other person can reach&lt;/b&gt;: files synced there (photos, backups, exports) may be seen by them.</source>
        <translation>&lt;b&gt;Una cuenta en la nube a la que la otra persona tiene acceso&lt;/b&gt;: los archivos que se sincronizan allí (fotos, copias de seguridad, exportaciones) pueden ser vistos por esa persona.</translation>
    </message>
    <message>
        <source>Using it more safely</source>
        <translation>Usarla con más seguridad</translation>
    </message>
    <message>
        <source>If you can, use a computer the other person cannot reach, for example at a friend&apos;s, at work or at a library you trust.</source>
        <translation>Si puedes, usa una computadora a la que la otra persona no tenga acceso, por ejemplo en casa de una amistad, en el trabajo o en una biblioteca de confianza.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quick exit&lt;/b&gt;: the button at the top, &lt;b&gt;{key}&lt;/b&gt;, or &lt;b&gt;Esc twice&lt;/b&gt; locks everything and hides the app at once. Under Safety settings you can choose an empty notepad to appear instead.</source>
        <translation>&lt;b&gt;Salida rápida&lt;/b&gt;: el botón de arriba, &lt;b&gt;{key}&lt;/b&gt;, o &lt;b&gt;Esc dos veces&lt;/b&gt; bloquea todo y oculta la aplicación de inmediato. En Ajustes de seguridad puedes elegir que aparezca un bloc de notas vacío en su lugar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Disguise&lt;/b&gt;: under Safety settings you can give the app another name and icon (Notes, Budget, Recipes…).</source>
        <translation>&lt;b&gt;Apariencia&lt;/b&gt;: en Ajustes de seguridad puedes darle a la aplicación otro nombre y otro icono (Notas, Presupuesto, Recetas…).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups&lt;/b&gt;: make one regularly and keep it away from home, with someone you trust. Keep the &lt;b&gt;recovery code&lt;/b&gt; there too, not with the computer.</source>
        <translation>&lt;b&gt;Copias de seguridad&lt;/b&gt;: haz una con regularidad y guárdala fuera de casa, con alguien de confianza. Guarda allí también el &lt;b&gt;código de recuperación&lt;/b&gt;, no junto a la computadora.</translation>
    </message>
    <message>
        <source>Exports (PDFs, bundles) and saved copies of evidence are &lt;b&gt;not encrypted&lt;/b&gt;. Save them to a USB stick, hand them over, then delete them.</source>
        <translation>Las exportaciones (PDF, paquetes) y las copias guardadas de las pruebas &lt;b&gt;no están cifradas&lt;/b&gt;. Guárdalas en una memoria USB, entrégalas y después bórralas.</translation>
    </message>
    <message>
        <source>If you think someone knows your passphrase or has seen the recovery code, change them under Passphrase and recovery code.</source>
        <translation>Si crees que alguien conoce tu frase de contraseña o ha visto el código de recuperación, cámbialos en Frase de contraseña y código de recuperación.</translation>
    </message>
    <message>
        <source>In danger now</source>
        <translation>En peligro ahora</translation>
    </message>
    <message>
        <source>What it protects</source>
        <translation>Lo que protege</translation>
    </message>
    <message>
        <source>Using it safely</source>
        <translation>Usarla con seguridad</translation>
    </message>
    <message>
        <source>Staying safe</source>
        <translation>Mantenerte a salvo</translation>
    </message>
    <message>
        <source>My support contacts</source>
        <translation>Mis contactos de apoyo</translation>
    </message>
    <message>
        <source>Your list of support contacts is kept inside the encrypted journal. Unlock it to see or change the list.</source>
        <translation>Tu lista de contactos de apoyo se guarda dentro del diario cifrado. Desbloquéalo para ver o cambiar la lista.</translation>
    </message>
    <message>
        <source>Safety settings</source>
        <translation>Ajustes de seguridad</translation>
    </message>
    <message>
        <source>Name and icon</source>
        <translation>Nombre e icono</translation>
    </message>
    <message>
        <source>Lock after this long without use</source>
        <translation>Bloquear tras este tiempo sin uso</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>Cerrar la aplicación</translation>
    </message>
    <message>
        <source>&amp;Name and icon</source>
        <translation>&amp;Nombre e icono</translation>
    </message>
    <message>
        <source>What the app is called in window titles and the taskbar. Pick one that would not draw attention on this computer.</source>
        <translation>Cómo se llama la aplicación en los títulos de las ventanas y en la barra de tareas. Elige uno que no llame la atención en esta computadora.</translation>
    </message>
    <message>
        <source>When locked, show</source>
        <translation>Al bloquear, mostrar</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Bloquear tras</translation>
    </message>
    <message>
        <source>The journal also locks when the computer&apos;s screen locks or sleeps.</source>
        <translation>El diario también se bloquea cuando se bloquea la pantalla de la computadora o cuando esta entra en reposo.</translation>
    </message>
    <message>
        <source>After quick exit</source>
        <translation>Tras la salida rápida</translation>
    </message>
    <message>
        <source>Quick exit: the button at the top, {key}, or Esc pressed twice. From the empty notepad, {back} brings back the passphrase screen; from a working page, your secret way in does.</source>
        <translation>Salida rápida: el botón de arriba, {key}, o Esc dos veces. Desde el bloc de notas vacío, {back} vuelve a la pantalla de la frase de contraseña; desde una página funcional, lo hace tu acceso secreto.</translation>
    </message>
    <message>
        <source>Show the working page, as when locked</source>
        <translation>Mostrar la página funcional, como al bloquear</translation>
    </message>
    <message>
        <source>Show an empty notepad instead</source>
        <translation>Mostrar un bloc de notas vacío</translation>
    </message>
    <message numerus="yes">
        <source> minutes</source>
        <comment>after a number: lock after 5 minutes</comment>
        <translation>
            <numerusform> minuto</numerusform>
            <numerusform> minutos</numerusform>
        </translation>
    </message>
</context>
</TS>
