"""The PDF's words for its entries sections, in Spanish (merged into es.WORDS)."""

from __future__ import annotations

ENTRIES_WORDS: dict[str, str] = {
    "damage.one": (
        "El diario del que se hizo este documento tenía 1 problema (daño o alteración) al "
        "exportarse"
    ),
    "damage.many": (
        "El diario del que se hizo este documento tenía {count} problemas (daños o "
        "alteraciones) al exportarse"
    ),
    "damage.unreadable": "; pruebas que no se pudieron leer y quedan fuera: {count}",
    "damage.end": (
        "{text}. Lo que no se pudo leer falta en esta exportación; cada problema figura en "
        "la página de integridad."
    ),
    "chart.none": "Todavía no hay entradas con fecha, así que no hay ningún patrón que mostrar.",
    "chart.entries_one": "1 entrada",
    "chart.entries_many": "{count} entradas",
    "chart.months_one": "1 mes",
    "chart.months_many": "{count} meses",
    "chart.in_month": "{entries} en {month}.",
    "chart.span": "{entries} entre {first} y {last} ({months}).",
    "chart.month_count": "{month} ({count})",
    "chart.busiest_one": "Mes con más entradas: {months}.",
    "chart.busiest_many": "Meses con más entradas: {months}.",
    "chart.empty_one": "1 mes sin entradas.",
    "chart.empty_many": "{count} meses sin entradas.",
    "chart.undated_one": "1 entrada sin fecha.",
    "chart.undated_many": "{count} entradas sin fecha.",
    "chart.commas": "{first}, {then}",
    "chart.no_category": "Sin categoría",
    "chart.note": (
        "Cada barra cuenta las entradas de esta exportación cuyo hecho empezó en ese mes "
        "(mes/año), desglosadas por categoría. Una entrada con varias categorías se cuenta "
        "una vez en cada una; los meses sin entradas aparecen como huecos."
    ),
    "entry.outcome": "resultado: {outcome}",
    "entry.deadline": "próximo plazo: {deadline}",
    "entry.said": "Lo que dijeron: {text}",
    "entry.did": "Lo que hicieron: {text}",
    "entry.account_label": "Relato de lo que dijo otra persona",
    "entry.someone": "Alguien",
    "entry.told": "{who} le dijo a {told_to}",
    "entry.said_only": "{who} dijo",
    "entry.quote": ": «{text}»",
    "entry.learned": " — Cómo me enteré: {text}",
    "fld.messages": "mensajes vinculados",
    "evidence.label": "Pruebas",
    "evidence.bytes": "{size} bytes",
    "evidence.captured": "tomada el {time} (reloj de la cámara)",
    "picture.not_shown": (
        "Esta imagen no se muestra aquí: {reason}. El archivo se conserva sin cambios; su "
        "SHA-256, que figura arriba, lo identifica."
    ),
    "picture.empty": "el archivo está vacío",
    "picture.too_large": "el archivo es demasiado grande para imprimirlo con seguridad",
    "picture.huge": "es extremadamente grande ({width} × {height} píxeles)",
    "picture.unreadable": "no se puede leer su copia guardada: el diario está dañado en ese punto",
    "picture.not_picture": "su contenido no es una imagen que esta aplicación pueda leer",
    "picture.cut": "parece estar cortada o dañada",
    "picture.undecodable": "no se pudo descodificar",
    "exhibits.none": "Las entradas de esta exportación no tienen archivos de prueba adjuntos.",
    "exhibits.note": (
        "Cada archivo se conserva en el diario exactamente como se añadió, byte a byte. Su "
        "valor SHA-256 lo identifica: cualquier cambio en el archivo, por pequeño que sea, da "
        "un valor distinto. Las horas de captura proceden del propio reloj de la cámara, que "
        "puede no estar en hora."
    ),
    "exhibits.not_recorded": "no consta",
    "people.none": "No hay personas vinculadas a las entradas de esta exportación.",
    "people.appears": "Aparece en",
    "people.since": "Datos vigentes desde",
    "people.from": "Desde {date}: {details}",
    "people.more": "… y {count} más (véanse las entradas en detalle)",
    "people.rank": "Rango",
    "people.badge_number": "Número de placa",
    "people.agency": "Organismo",
    "people.station": "Comisaría",
    "people.unit": "Unidad",
    "people.supervisor": "Superior",
    "declaration.named": (
        "Yo, {name}, declaro que las entradas de esta cronología fueron escritas por mí y que, "
        "según mi leal saber y entender, son verdaderas. Los archivos de prueba que figuran en "
        "el índice de pruebas son los archivos que añadí a mi diario, sin cambios."
    ),
    "declaration.unnamed": (
        "Declaro que las entradas de esta cronología fueron escritas por mí y que, según mi "
        "leal saber y entender, son verdaderas. Los archivos de prueba que figuran en el "
        "índice de pruebas son los archivos que añadí a mi diario, sin cambios."
    ),
    "declaration.signature": "Firma",
    "declaration.name": "Nombre",
    "declaration.date": "Fecha",
    "contact.title": "Contacto a lo largo del tiempo",
    "contact.none": "No hay mensajes ni llamadas importados en las fechas de esta exportación.",
    "contact.messages_one": "1 mensaje",
    "contact.messages_many": "{count} mensajes",
    "contact.calls_one": "1 llamada",
    "contact.calls_many": "{count} llamadas",
    "contact.days_one": "1 día",
    "contact.days_many": "{count} días",
    "contact.figures": "{messages} y {calls} en {days}, del {first} al {last}; {night}.",
    "contact.night": "{messages} y {calls} entre las {start}:00 y las {end}:00",
    "contact.note": (
        "Cada barra es un día con contacto (los días sin ninguno se omiten), desglosado por "
        "remitente o por quien llamó: mensajes y llamadas juntos. El día y la hora son los de "
        "la hora tal como la indica la exportación; en una exportación sin zona horaria, en la "
        "zona aplicada al importarla (véase el registro de mensajes). Las líneas del sistema "
        "no se cuentan."
    ),
    "contact.busiest": "Días con más contacto",
    "contact.day": "{day}: {messages}, {calls} ({who})",
    "contact.others": "otros",
    "messages.title": "Mensajes vinculados ({count})",
    "messages.intro": (
        "Mensajes vinculados a esta entrada, procedentes de los historiales de mensajes "
        "importados en el diario, por orden cronológico. El texto es el que contiene el archivo "
        "de exportación. Las horas marcadas como «supuesta» proceden de una exportación que no "
        "indica zona horaria; se les aplicó la zona que se muestra."
    ),
    "messages.call": "Llamada, {direction}: {name} ({number}), {seconds} s",
    "messages.dir.incoming": "entrante",
    "messages.dir.outgoing": "saliente",
    "messages.dir.missed": "perdida",
    "messages.dir.voicemail": "buzón de voz",
    "messages.dir.rejected": "rechazada",
    "messages.dir.blocked": "bloqueada",
    "messages.dir.answered-elsewhere": "atendida en otro dispositivo",
    "messages.dir.unknown": "desconocida",
    "messages.system_sender": "(mensaje del sistema)",
    "messages.from": "de {source}",
    "messages.deleted": "marca de mensaje eliminado",
    "messages.edited": "editado",
    "messages.media": "archivo multimedia no incluido en la exportación",
    "messages.system": "mensaje del sistema",
    "messages.attachments": "Adjuntos: {names}",
    "messages.written": "Escrito en la exportación como: {raw} · {location}",
    "messages.missing": (
        "El mensaje vinculado {id} no se puede mostrar: no está entre los mensajes guardados "
        "que se pueden leer (véase la página de integridad)."
    ),
    "messages.assumed": "{time} {zone} (zona supuesta: {how})",
    "messages.assumed_ambiguous": "{time} {zone} (zona supuesta: {how}; ambigua en esa zona)",
    "messages.assumed_nonexistent": (
        "{time} {zone} (zona supuesta: {how}; hora inexistente en esa zona)"
    ),
    "messages.assumed_doubt": "{time} {zone} (zona supuesta: {how}; {doubt} en esa zona)",
    "messages.confirmed": "zona confirmada por la usuaria o el usuario",
    "messages.unconfirmed": "zona NO confirmada",
}
