"""The PDF's words for its case sections, in Spanish (merged into es.WORDS). Wants
review by a native speaker (docs/exports.md)."""

from __future__ import annotations

CASE_WORDS: dict[str, str] = {
    # denuncias e informes
    "rep.date": "Fecha",
    "rep.body": "Organismo",
    "rep.reference": "Referencia",
    "rep.contact": "Tramitada por",
    "rep.status": "Estado",
    "rep.deadline": "Próximo plazo",
    "rep.none": "En las entradas de esta exportación no consta ninguna denuncia ni queja.",
    "rep.not_given": "no indicada",
    "rep.outcome": "Resultado: {outcome}",
    "rep.entry": "Entrada {number}: {title}",
    "rep.said": "Lo que dijeron: {text}",
    "rep.did": "Lo que hicieron: {text}",
    "rep.about": "Se refiere a: {entries}",
    "rep.about_one": "entrada {numbers}",
    "rep.about_many": "entradas {numbers}",
    "rep.left_out": "entradas que no están en esta exportación: {count}",
    # después de la denuncia
    "after.intro": (
        "Cada denuncia, queja o vez en que la autora o el autor se lo contó a alguien, "
        "seguida de las entradas fechadas dentro de los {days} días posteriores. Esto muestra "
        "lo que vino después en el tiempo; no muestra por sí solo el porqué. Los números de "
        "entrada remiten a las entradas en detalle. Los días se cuentan desde el último día en "
        "que pudo producirse cada comunicación (ese mismo día, o el final del mes cuando solo "
        "se conoce el mes). Una entrada figura como posterior solo cuando el momento más "
        "temprano en que pudo ocurrir es posterior al momento más tardío en que pudo "
        "producirse la comunicación; las entradas cuyas fechas se solapan con las de la "
        "comunicación figuran aparte, como ocurridas hacia la misma fecha, sin orden seguro."
    ),
    "after.outline": "Después de: {title}",
    "after.to": "Entrada {number}. Comunicada a: {where}",
    "after.told": "otra persona",
    "after.basis": "Días contados desde el {date}, el último día en que pudo producirse.",
    "after.followed_one": (
        "Entradas posteriores: 1; marcadas como represalia, amenazas o similares: {notable}."
    ),
    "after.followed_many": (
        "Entradas posteriores: {count}; marcadas como represalia, amenazas o similares: {notable}."
    ),
    "after.none": "Ninguna entrada tiene fecha dentro de los {days} días posteriores.",
    "after.around": "Hacia la misma fecha (sin orden seguro):",
    "after.uncertain": "sin orden seguro",
    "after.same_day": "el mismo día",
    "after.one_day": "+1 día",
    "after.days": "+{days} días",
    "after.col.after": "Después",
    "after.col.when": "Cuándo",
    "after.col.entry": "Entrada",
    "after.col.marked": "Marcada como",
    # indicadores de riesgo
    "rk.disclaimer": (
        "Son notas de lo que se advirtió en su momento. No sustituyen una evaluación del "
        "riesgo hecha por una o un profesional con formación. Si está en peligro ahora, llame "
        "al número de emergencias de su zona."
    ),
    "rk.key": (
        "Lo que la autora o el autor anotó en cada evaluación (Sí, No, No está claro; en "
        "blanco: sin anotar)."
    ),
    "rk.indicator": "Indicador",
    "rk.change": "{when}: {indicator} — {state} (antes: {was})",
    "rk.not_noted": "sin anotar",
    # historial de cambios
    "hist.title": "Historial de cambios",
    "hist.revision": "Versión {number} · {status} · guardada el {saved}",
    "hist.saved": "Guardada",
    "hist.deleted": "Retirada",
    "hist.purged": "Eliminada definitivamente",
    "hist.purged_note": ("Contenido eliminado definitivamente; solo se conserva su valor hash."),
    "hist.no_change": "Ningún cambio visible en esta copia.",
    "hist.before": "antes: {value}",
    "hist.now": "ahora: {value}",
    "hd.diff.entered": "Anotado como",
    "hd.diff.timezone": "Zona horaria",
    "hd.diff.precision": "Precisión",
    "hd.diff.said": "Lo que dijeron",
    "hd.diff.description": "Descripción",
    "hd.diff.photographed": "fotografiada",
    "hd.diff.yes": "Sí",
    "hd.diff.unknown_person": "(persona desconocida)",
    "hd.diff.stored": "guardado como",
    "hd.precision.exact": "Exacta",
    "hd.precision.approximate": "Aproximada",
    "hd.precision.day": "Solo el día",
    "hd.precision.month": "Solo el mes",
    # sellos de tiempo (página de integridad)
    "ts.title": "Sellos de tiempo de confianza",
    "ts.what": (
        "Una autoridad de sellado de tiempo independiente firmó una cabeza de la cadena de "
        "este diario con la hora de su propio reloj. Solo se le envió un valor hash de la "
        "cabeza de la cadena, nunca contenido alguno. La cabeza de la cadena resume cada "
        "versión guardada hasta ese momento, de modo que nada de lo guardado antes pudo "
        "escribirse ni modificarse después sin que esta comprobación falle. No muestra que "
        "un hecho ocurriera tal como se describe, ni cuándo ocurrió."
    ),
    "ts.all": (
        "Este registro existía en esta forma a más tardar el {time}, según {signer} (la "
        "autoridad de sellado de tiempo en {host})."
    ),
    "ts.first_one": (
        "La primera versión guardada de este registro existía en esta forma a más tardar el "
        "{time}, según {signer} (la autoridad de sellado de tiempo en {host})."
    ),
    "ts.first_many": (
        "Las primeras {count} versiones guardadas de este registro existían en esta forma a "
        "más tardar el {time}, según {signer} (la autoridad de sellado de tiempo en {host})."
    ),
    "ts.time": "{day} de {month} de {year}, {clock} UTC",
    "ts.checking": "Para comprobarlo",
    "ts.token": (
        "{name}.tsr (en el paquete para el tribunal): cabeza de la cadena {head} tras la "
        "versión {revisions}; hora {time}; solicitado a {authority}; firmado por {signer}."
    ),
    "ts.verify": (
        "En el paquete descomprimido, con el certificado de la autoridad de certificación "
        "que publica la autoridad:"
    ),
    # daños del diario de origen (página de integridad)
    "dmg.exhibit": "prueba {number} ({name}) dejada fuera: {why}",
}
