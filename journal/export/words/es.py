"""Spanish (español). Wants review by a native speaker (docs/exports.md)."""

from __future__ import annotations

from journal.export.words.es_case import CASE_WORDS
from journal.export.words.es_entries import ENTRIES_WORDS
from journal.export.words.es_labels import LABELS

RTL = False
WORDS = {
    "title": "Cronología de los hechos",
    "h.summary": "Cronología resumida",
    "h.chart": "Hechos por mes",
    "h.entries": "Entradas en detalle",
    "h.exhibits": "Índice de pruebas",
    "h.people": "Personas",
    "h.reports": "Denuncias e informes",
    "h.after": "Después de la denuncia",
    "h.risk": "Indicadores de riesgo a lo largo del tiempo",
    "h.risk_changes": "Qué cambió entre una evaluación y otra",
    "h.integrity": "Integridad: lo que muestran los valores hash",
    "h.declaration": "Declaración",
    "page": "Página {page} de ",
    "generated": "Generado el {time}",
    "col.date": "Fecha/hora",
    "col.event": "Hecho",
    "col.source": "Fuente / Prueba",
    "col.notes": "Notas",
    "ex.number": "Prueba",
    "ex.file": "Nombre del archivo",
    "ex.type": "Tipo",
    "ex.size": "Tamaño",
    "ex.captured": "Tomada el",
    "ex.picture": "Imagen",
    "cover.period": "Período",
    "cover.filters": "Filtros",
    "cover.redaction": "Datos ocultos",
    "cover.generated": "Generado",
    "cover.contents": "Contenido",
    "cover.journal_id": "Identificador del diario (no es una clave)",
    "cover.chain_head": "Cabeza de la cadena",
    "cover.signing": "Huella de la clave de firma",
    "cover.damaged": "Diario de origen: DAÑADO",
    "cover.prepared_by": "Preparado por {name}",
    "cover.note": (
        "Todo lo que contiene esta cronología lo escribió la persona que llevaba el diario, "
        "salvo lo que se indica como registrado por el sistema: horas de guardado, número de "
        "versiones y valores hash de los archivos. Las horas de los hechos se muestran solo con "
        "la precisión con que se indicaron («aprox.», un día o un mes). La última página explica "
        "qué muestran los valores de arriba, qué no muestran y cómo comprobarlos."
    ),
    "int.proves": (
        "Cada versión guardada de cada entrada está enlazada en una cadena de hash: cada "
        "eslabón es un valor SHA-256 calculado a partir del contenido exacto de la entrada y del "
        "eslabón anterior. La cabeza de la cadena impresa en la portada resume todo el diario tal "
        "como estaba cuando se hizo este documento. Cada archivo de prueba tiene su propio valor "
        "SHA-256, calculado a partir de sus bytes exactos cuando se añadió."
    ),
    "int.shows": (
        "Lo que esto muestra: cambiar un solo carácter de una entrada, o un solo byte de un "
        "archivo, cambia su valor hash. Si otra persona guarda una copia de este documento o de "
        "la cabeza de la cadena, una comparación posterior con el propio diario "
        "(incident-journal-cli check --since-head seguido de la cabeza de la cadena que figura "
        "abajo) muestra si cada versión guardada antes de hacer este documento sigue en el "
        "diario sin cambios. Una modificación añade una versión nueva y nunca sobrescribe una "
        "anterior; la única excepción es un borrado que la persona confirma, que sustituye el "
        "contenido de una entrada por un aviso que lo indica y mantiene sus valores hash en la "
        "cadena."
    ),
    "int.not": (
        "Lo que esto no prueba: un hash no puede mostrar que un hecho ocurrió tal como se "
        "describe, ni que el reloj del ordenador estuviera en hora cuando se guardó una entrada. "
        "Las fechas y horas de los hechos son el relato de la propia autora o autor. Las horas "
        "de guardado del sistema proceden del reloj del ordenador. Las horas de captura de las "
        "fotos proceden del reloj de la cámara."
    ),
    "int.values": "Valores registrados en esta exportación",
    "int.journal_id": "Identificador del diario (nombra el diario; no es una clave): {value}",
    "int.chain_head": "Cabeza de la cadena: {value}",
    "int.signing": "Huella de la clave de firma: {value}",
    "int.pdf_signature": (
        "Salvo que se pidiera una copia sin firmar, este archivo PDF lleva una firma digital "
        "de este diario (firmante \u00abIncident Journal export signature\u00bb, \u00abjournal "
        "key {value}\u00bb). El panel de firmas de un lector de PDF, o pdfsig, indica si el "
        "archivo cambió después de exportarse. Muestra que el archivo no se ha alterado desde "
        "la exportación por quien tiene la clave de este diario, no quién lo escribió; el "
        "certificado es autofirmado, por lo que los lectores llaman desconocido al firmante."
    ),
    "int.message_files": (
        "Historiales de mensajes. Los mensajes vinculados proceden de archivos de exportación "
        "que escribió un teléfono o un servicio (WhatsApp, copias de SMS, Telegram, Messenger, "
        "correo), cada uno guardado como prueba byte a byte. Lo que ese archivo puede mostrar: "
        "que estos mensajes, con estos nombres, horas y textos, estaban en el archivo cuando se "
        "importó; su SHA-256 lo fija desde ese momento, de modo que cualquier cambio posterior "
        "se nota. Lo que no puede mostrar: un archivo de exportación son datos simples que "
        "cualquiera pudo editar antes de importarlos (una exportación de WhatsApp no lleva "
        "firma, ni números de teléfono, ni zona horaria); los nombres son los que tenía "
        "guardados el teléfono que exportó; los mensajes borrados solo aparecen como una "
        "marca. Las horas marcadas como «supuesta» se escribieron sin zona horaria y se leen "
        "en la zona indicada. Una prueba más sólida viene del propio teléfono o del proveedor "
        "del servicio."
    ),
    "int.signing_note": (
        "Una firma muestra quién hizo un paquete solo después de confirmar la huella de la "
        "clave de firma con quien lo envía por otra vía (por teléfono o en papel). El diario "
        "crea una clave de firma nueva cuando cambian su frase de contraseña o su código de "
        "recuperación; el archivo key_history.json del paquete enlaza cada clave con la anterior."
    ),
    "int.problems": "Problemas en el diario del que se hizo esta copia",
    "int.more": "… y {count} más (véase manifest.json)",
    "int.how": "Cómo comprobarlo",
    "int.verify_bundle": (
        "Si este documento llegó con un paquete para el tribunal (un archivo zip), en la "
        "carpeta descomprimida:"
    ),
    "int.verify_sums": "Comprobar cada archivo con la lista de valores hash:",
    "int.verify_sig": "Comprobar que la lista fue firmada con la clave de vault_pub.pem:",
    "int.verify_app": (
        "O comprobar todo el paquete con la aplicación, comparando la huella de la clave de "
        "firma que le dio quien lo envía:"
    ),
    "int.verify_journal": (
        "Con el propio diario: comprobar cada versión guardada, y que la cabeza de la cadena de "
        "esta exportación sigue siendo un punto de su cadena:"
    ),
    "int.hash_note": (
        "El valor hash de cada archivo de prueba figura en el índice de pruebas y con cada "
        "entrada. Cualquiera puede volver a calcularlo a partir del archivo original (por "
        "ejemplo con sha256sum) y compararlo."
    ),
    "f.kind": "Tipo",
    "f.when": "Cuándo",
    "f.precision": "Precisión",
    "f.entered": "Anotado como",
    "f.timezone": "Zona horaria",
    "f.where": "Dónde",
    "f.categories": "Categorías",
    "f.tags": "Etiquetas",
    "f.people": "Personas",
    "f.injuries": "Lesiones",
    "f.medical": "Atención médica",
    "f.reports": "Denuncias y quejas",
    "f.risk": "Indicadores de riesgo",
    "f.told": "Se lo contó a alguien",
    "f.yes": "Sí",
    "f.what_happened": "Qué pasó",
    "f.private": "Notas privadas",
    "precision.exact": "Exacta, tal como se indicó",
    "precision.approximate": "Aproximada: no se sabe la hora exacta",
    "precision.day": "Solo el día: no se indicó la hora",
    "precision.month": "Solo el mes: no se indicó el día",
    "sys.recorded": (
        "Registrado por el sistema: guardado por primera vez el {first}; por última vez el "
        "{last}; {saved}."
    ),
    "sys.once": "guardado una vez",
    "sys.times": "guardado {count} veces ({changes})",
    "sys.later": "Anotado más tarde: guardado por primera vez más de dos días después del hecho.",
    "sys.redacted": "Algunos datos de esta entrada no figuran en esta copia (véase la portada).",
    "no_entries": "Ninguna entrada coincide con lo elegido para esta exportación.",
    "cover.all_dates": "Todas las fechas",
    "cover.from_to": "Del {start} al {end}",
    "cover.first_entry": "la primera entrada",
    "cover.last_entry": "la última entrada",
    "cover.kinds": "Tipos: {kinds}",
    "cover.all_kinds": "Todos los tipos",
    "cover.categories": "Categorías: {categories}",
    "cover.all_categories": "Todas las categorías",
    "cover.private_in": "Notas privadas: incluidas",
    "cover.private_out": "Notas privadas: no incluidas",
    "cover.history_in": "Historial de cambios: incluido",
    "cover.history_out": "Historial de cambios: no incluido",
    "cover.no_redaction": "Ninguno",
    "cover.redacted_one": "Perfil «{name}»: 1 dato oculto, que se muestra como [redacted]",
    "cover.redacted_many": (
        "Perfil «{name}»: {places} datos ocultos, cada uno se muestra como [redacted]"
    ),
    "cover.utc": "{time} UTC",
    "cover.local": "{time} hora local (UTC{offset})",
    "cover.counts": "Entradas incluidas: {entries}; dejadas fuera por los filtros: {excluded}",
    "cover.exhibit_counts": "Anexos: {exhibits}; personas: {people}",
    "sum.journal_entry": "Entrada del diario",
    "sum.ref": "ref. {reference}",
    "sum.later": "Escrita más tarde",
    "sum.redacted": "Algunos datos no están en esta copia",
    "vol.title": "Volúmenes de esta cronología",
    "vol.intro": (
        "Esta cronología ocupa {count} volúmenes: es un solo documento dividido para que "
        "cada archivo no supere un límite de tamaño. Los números de página continúan de un "
        "volumen al siguiente. Cada entrada está en un único volumen. Este volumen contiene "
        "además la portada y el resumen; el último contiene el índice de pruebas, la página "
        "de integridad y la declaración."
    ),
    "vol.intro_bates": (
        "Esta cronología ocupa {count} volúmenes: es un solo documento dividido para que "
        "cada archivo no supere un límite de tamaño. Los números de página y los sellos "
        "Bates continúan de un volumen al siguiente. Cada entrada está en un único volumen. "
        "Este volumen contiene además la portada y el resumen; el último contiene el índice "
        "de pruebas, la página de integridad y la declaración."
    ),
    "vol.volume": "Volumen",
    "vol.file": "Archivo",
    "vol.pages": "Páginas",
    "vol.entries": "Entradas",
    "vol.no": "N.º",
    "vol.when": "Cuándo",
    "vol.entry": "Entrada",
    "vol.page": "Página",
    "vol.entries_from": "Entradas en detalle (desde la entrada {first})",
    "vol.running": "volumen {number} de {count}",
    "vol.none": "ninguna",
    "vol.heading": "Volumen {number} de {count}",
    "ent.not_exported": "(no está en esta exportación)",
    "ent.photographed": "fotografiada",
    "vol.opening_last": (
        "Este es el volumen {number} de {count} de una sola cronología; contiene las "
        "entradas {run}. El volumen 1 ({first}) contiene la portada, el resumen y el índice "
        "de volúmenes; este volumen contiene además el índice de pruebas, la página de "
        "integridad y la declaración."
    ),
    "vol.opening_other": (
        "Este es el volumen {number} de {count} de una sola cronología; contiene las "
        "entradas {run}. El volumen 1 ({first}) contiene la portada, el resumen y el índice "
        "de volúmenes; el último volumen ({last}) contiene el índice de pruebas, la página "
        "de integridad y la declaración."
    ),
    **LABELS,
    **ENTRIES_WORDS,
    **CASE_WORDS,
}
