"""The model's fixed labels (kinds, categories, roles...) in the PDF's language.

English comes from the model itself (journal/entries/model.py), so it cannot drift;
Spanish and Arabic from es_labels.py and ar_labels.py, keyed "<group>.<key>"
("kind.incident", "cat.physical"). A key the catalogue lacks shows the English label,
and a key the model does not know shows the key itself, as before.
"""

from __future__ import annotations

from collections.abc import Mapping

from journal.entries.model import (
    CATEGORIES,
    DUTY,
    KINDS,
    PERSON_ROLES,
    REPORT_BODIES,
    REPORT_STATUSES,
    RISK_INDICATORS,
    RISK_STATES,
)
from journal.entries.revision_diff import FIELD_LABELS

GROUPS: Mapping[str, Mapping[str, str]] = {
    "kind": KINDS,
    "cat": CATEGORIES,
    "role": PERSON_ROLES,
    "body": REPORT_BODIES,
    "status": REPORT_STATUSES,
    "risk": RISK_INDICATORS,
    "risk_state": RISK_STATES,
    "duty": DUTY,
    "fld": FIELD_LABELS,
}


def english_labels() -> dict[str, str]:
    """Every label as the English catalogue holds it."""
    return {
        f"{group}.{key}": text for group, labels in GROUPS.items() for key, text in labels.items()
    }
