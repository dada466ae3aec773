"""Realistic message exports built from each format's documented shape."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import quoteattr

NNBSP = "\u202f"
LRM = "\u200e"


@dataclass(frozen=True)
class Line:
    when: datetime
    sender: str | None  # None: a system line
    text: str


def en_us(when: datetime) -> str:
    """Android, en-US: month-first, 2-digit year, 12-hour with a narrow no-break space."""
    hour = when.hour % 12 or 12
    ampm = "AM" if when.hour < 12 else "PM"
    return f"{when.month}/{when.day}/{when:%y}, {hour}:{when:%M}{NNBSP}{ampm}"


def en_gb(when: datetime) -> str:
    return f"{when:%d/%m/%Y, %H:%M}"


def de_de(when: datetime) -> str:
    return f"{when:%d.%m.%y, %H:%M}"


def iphone(when: datetime) -> str:
    return f"{when:%d/%m/%Y, %H:%M:%S}"


def android_chat(
    lines: Sequence[Line], stamp: Callable[[datetime], str], newline: str = "\n"
) -> str:
    out = []
    for line in lines:
        text = line.text.replace("\n", newline)
        prefix = f"{stamp(line.when)} - "
        out.append(prefix + (text if line.sender is None else f"{line.sender}: {text}"))
    return newline.join(out) + newline


def iphone_chat(lines: Sequence[Line], newline: str = "\r\n") -> str:
    out = []
    for line in lines:
        mark = LRM if line.sender is None or line.text.startswith(LRM) else ""
        sender = line.sender if line.sender is not None else "Family"
        text = (LRM if line.sender is None else "") + line.text.replace("\n", newline)
        out.append(f"{mark}[{iphone(line.when)}] {sender}: {text}")
    return newline.join(out) + newline


def write_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def sms_backup(items: Sequence[str]) -> str:
    head = (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
        "<!--File Created By SMS Backup & Restore v10.20.002 on 15/03/2025 10:00:00-->\n"
        '<?xml-stylesheet type="text/xsl" href="sms.xsl"?>\n'
        f'<smses count="{len(items)}" backup_set="a1b2" backup_date="1742032800000" type="full">\n'
    )
    return head + "\n".join(items) + "\n</smses>\n"


def xml_attr(value: str) -> str:
    """As SMS Backup & Restore writes attributes: line breaks as character references."""
    return quoteattr(value, {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def sms(address: str, millis: int, kind: int, body: str, name: str = "(Unknown)") -> str:
    return (
        f'  <sms protocol="0" address={xml_attr(address)} date="{millis}" type="{kind}" '
        f'subject="null" body={xml_attr(body)} toa="null" sc_toa="null" service_center="null" '
        f'read="1" status="-1" locked="0" date_sent="{millis - 2000}" sub_id="1" '
        f'readable_date="14 Mar 2025 21:07:55" contact_name={xml_attr(name)} />'
    )


def write_json(path: Path, data: object, *, ensure_ascii: bool = False) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=ensure_ascii, indent=1), encoding="utf-8")
    return path


def mojibake(text: str) -> str:
    """What Meta's export writes: each UTF-8 byte as one Latin-1 character."""
    return text.encode("utf-8").decode("latin-1")


def es_es(when: datetime) -> str:
    """Android, es-ES: day-first, 12-hour with "p. m."."""
    hour = when.hour % 12 or 12
    ampm = "a.\u00a0m." if when.hour < 12 else "p.\u00a0m."
    return f"{when.day}/{when.month}/{when:%y}, {hour}:{when:%M}\u00a0{ampm}"


def pt_br(when: datetime) -> str:
    """Android, pt-BR: no comma between date and time."""
    return f"{when:%d/%m/%Y %H:%M}"


def sv_se(when: datetime) -> str:
    """Android, sv-SE: year first with dashes."""
    return f"{when:%Y-%m-%d %H:%M}"


def iphone_us(when: datetime) -> str:
    hour = when.hour % 12 or 12
    ampm = "AM" if when.hour < 12 else "PM"
    return f"{when.month}/{when.day}/{when:%y}, {hour}:{when:%M:%S}{NNBSP}{ampm}"
