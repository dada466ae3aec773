"""e. Opening and searching a journal of many entries, and saving into it.

    .venv/bin/python benchmarks/many_entries.py [--entries 10000] [--keep DIR]

A vault of realistic entries (titles, ~500-character narratives, categories,
tags, places, links to a few people, some injuries and reports) is built through
`Journal.add_entry` with fsync off (fixture speed only), then unlocked with the
real settings. Measured, each repeatedly and reported as medians:

- `Journal.open` after the KDF (decrypting every revision, verifying the whole
  chain, decoding the records and building the search index);
- text searches (seven queries, seven times each), including the first search
  right after opening;
- `Journal.people()` (asked on every save to check people links);
- saving into the large journal with the real durability settings: `add_entry`
  and `update_entry`, fsyncs included.

`--edits N` also saves N later versions of random entries before measuring, so
the open covers records with several revisions. `--keep DIR` builds the vault
into DIR once and reuses it on later runs. Run by run_all.py as row e.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from bench_common import (
    PASSPHRASE,
    Row,
    durability_off,
    fmt_s,
    log,
    print_table,
    remove,
    timed,
)

from journal.entries.model import (
    CATEGORIES,
    EntryContent,
    EventTime,
    Injury,
    PersonContent,
    PersonLink,
    ReportRecord,
)
from journal.session.journal import Journal
from journal.vault.lifecycle import create_vault, unlock

TARGET_OPEN_S = 1.0
TARGET_SEARCH_S = 0.050

PLACES = [
    "at home",
    "in the kitchen",
    "in the car",
    "outside the station",
    "at my mother's house",
    "in the car park at work",
    "at the school gate",
    "on the phone",
    "at the supermarket",
    "in the bedroom",
]
TITLES = [
    "Argument about money",
    "He took my phone",
    "Threats after dinner",
    "Turned up at work",
    "Messages all night",
    "Pushed me against the wall",
    "Followed me home",
    "Checked my location again",
    "Called in sick for me",
    "Shouted at the children",
    "Broke the door",
    "Took the car keys",
    "Colleague drove past the house",
    "Report to professional standards",
    "GP appointment",
    "Call to the helpline",
    "Said nobody would believe me",
    "Showed his service weapon",
    "Read my emails",
    "Cancelled my bank card",
]
SENTENCES = [
    "He came home late and started shouting about the {thing} before I could say anything.",
    "I was {place} when he grabbed my arm and would not let go for several minutes.",
    "He said that if I ever called the police his colleagues would make sure nothing happened.",
    "He checked my phone again and deleted the messages from my sister.",
    "The children were in the next room and heard everything; {child} was crying afterwards.",
    "He told me he can see where I am at any time and named the street I had walked down.",
    "I have a bruise on my {body} which I photographed the next morning.",
    "He took the {thing} and would not give it back until I apologised.",
    "A patrol car drove slowly past the house twice that evening and stopped outside.",
    "I wrote this down the same night so that I would remember the exact words.",
    "He said I was making it all up and that nobody would believe someone like me.",
    "I called the helpline afterwards and they gave me a reference number.",
    "He blocked the door so I could not leave the {room} until he had finished.",
    "My friend saw the marks and said I should go to the doctor.",
    "He threatened to take the children if I told anyone at his work.",
    "The money for the rent was gone from the account again without explanation.",
]
THINGS = ["car keys", "bank card", "phone", "laptop", "passport", "house keys", "wallet"]
BODY = ["upper arm", "wrist", "neck", "shoulder", "back", "leg"]
ROOMS = ["kitchen", "bedroom", "hallway", "bathroom", "living room"]
CHILDREN = ["Mia", "Sam", "the baby", "our eldest"]
TAGS = ["phone", "money", "children", "work", "car", "night", "threat", "weapon"]
SEARCHES = [
    "car keys",
    "helpline reference",
    "bruise photographed",
    "colleagues police",
    "kitchen",
    "strangulation",
    "nothing-matches-this",
]


def narrative(rng: random.Random) -> str:
    parts: list[str] = []
    while sum(len(p) + 1 for p in parts) < 480:
        parts.append(
            rng.choice(SENTENCES).format(
                thing=rng.choice(THINGS),
                place=rng.choice(PLACES),
                body=rng.choice(BODY),
                room=rng.choice(ROOMS),
                child=rng.choice(CHILDREN),
            )
        )
    return " ".join(parts)


def build_big_vault(path: Path, count: int) -> None:
    """A vault of `count` realistic entries and a few people (fsync-free build)."""
    rng = random.Random(20250314)
    categories = sorted(CATEGORIES)
    with durability_off():
        vault, _code = create_vault(path, PASSPHRASE)
        book = Journal.open(vault)
        people = [
            book.add_person(PersonContent(name=name, relationship=rel))
            for name, rel in [
                ("Daniel", "husband, police officer"),
                ("Sgt. Miller", "colleague"),
                ("Anna", "sister"),
                ("Dr Okafor", "GP"),
                ("Constable Reyes", "attending officer"),
                ("Mia", "daughter"),
            ]
        ]
        roles = ["abuser", "witness", "professional", "other", "child_present", "child_present"]
        start = time.perf_counter()
        for n in range(count):
            year = rng.randint(2019, 2025)
            links = tuple(
                PersonLink(people[i], roles[i], "on" if i == 1 else "")
                for i in sorted(rng.sample(range(len(people)), rng.randint(0, 2)))
            )
            kind = rng.choice(["incident"] * 6 + ["report", "medical", "contact", "note"])
            book.add_entry(
                EntryContent(
                    kind=kind,
                    title=rng.choice(TITLES),
                    occurred=EventTime(
                        f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T"
                        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
                        timezone=rng.choice([None, "Europe/London", "+10:00"]),
                        precision=rng.choice(["exact", "exact", "approximate"]),
                    ),
                    narrative=narrative(rng),
                    location=rng.choice(PLACES),
                    categories=tuple(rng.sample(categories, rng.randint(1, 3))),
                    tags=tuple(rng.sample(TAGS, rng.randint(0, 2))),
                    people=links,
                    injuries=(Injury(f"bruise on {rng.choice(BODY)}", "arm", "none"),)
                    if rng.random() < 0.2
                    else (),
                    reports=(
                        ReportRecord(
                            "police",
                            "Local station",
                            "2025-01-02",
                            f"REF-{rng.randint(1000, 9999)}",
                            "Duty sergeant",
                            "Said it was a civil matter",
                            "made",
                        ),
                    )
                    if rng.random() < 0.1
                    else (),
                )
            )
            if (n + 1) % 1000 == 0:
                rate = (n + 1) / (time.perf_counter() - start)
                log(f"built {n + 1}/{count} entries ({rate:.0f}/s)")
        vault.lock()


def add_edits(path: Path, edits: int) -> None:
    """Save `edits` later versions of random entries (fsync-free, fixture only)."""
    rng = random.Random(7)
    with durability_off():
        book = Journal.open(unlock(path, PASSPHRASE))
        ids = [e.entry_id for e in book.entries()]
        for n in range(edits):
            entry = book.entry(rng.choice(ids))
            narrative = entry.content.narrative + f" Added later ({n})."
            book.update_entry(entry.entry_id, replace(entry.content, narrative=narrative))
        book.vault.lock()


def _median_ms(times: list[float]) -> str:
    return f"{statistics.median(times) * 1000:.1f} ms"


def measure(path: Path, repeat: int) -> dict[str, list[float]]:
    """Open `path` `repeat` times and search, list people and save in the last one."""
    vault = unlock(path, PASSPHRASE)
    out: dict[str, list[float]] = {"open": [], "open_cpu": [], "search": [], "first": []}
    book = None
    for _ in range(repeat):
        book = None
        start, start_cpu = time.perf_counter(), time.process_time()
        book = Journal.open(vault)
        out["open"].append(time.perf_counter() - start)
        out["open_cpu"].append(time.process_time() - start_cpu)
        start = time.perf_counter()
        book.search(SEARCHES[0])
        out["first"].append(time.perf_counter() - start)
    assert book is not None
    assert book.problems == (), book.problems
    out["entries"] = [float(len(book.entries()))]
    for _ in range(7):
        for query in SEARCHES:
            start = time.perf_counter()
            found = book.search(query)
            out.setdefault(f"q:{query}", []).append(time.perf_counter() - start)
            out[f"hits:{query}"] = [float(len(found))]
    out["search"] = [t for k, v in out.items() if k.startswith("q:") for t in v]
    out["people"] = [timed(book.people) for _ in range(50)]
    person = book.people()[0].person_id
    for n in range(10):
        content = EntryContent(
            kind="note",
            title=f"Saved during the benchmark {n}",
            occurred=EventTime("2025-01-02T10:00"),
            narrative="A note saved into a large journal. " * 12,
            people=(PersonLink(person, "witness"),),
        )
        start = time.perf_counter()
        entry_id = book.add_entry(content)
        middle = time.perf_counter()
        book.update_entry(entry_id, replace(content, title=f"Saved and edited {n}"))
        out.setdefault("add", []).append(middle - start)
        out.setdefault("update", []).append(time.perf_counter() - middle)
    vault.lock()
    return out


def rows(m: dict[str, list[float]], count: int, revisions: int, t_build: float) -> list[Row]:
    t_open, t_search = statistics.median(m["open"]), statistics.median(m["search"])
    queries = [k[2:] for k in m if k.startswith("q:")]
    slowest = max(queries, key=lambda q: statistics.median(m[f"q:{q}"]))
    what = f"{count:,} entries" + (f", {revisions:,} revisions" if revisions > count else "")
    return [
        Row(
            f"e. Journal.open, {what} (after KDF)",
            fmt_s(t_open),
            f"CPU {statistics.median(m['open_cpu']):.2f} s; build {t_build:.0f} s",
            f"{t_open / TARGET_OPEN_S:.2f}x",
            f"<= {TARGET_OPEN_S:.0f} s",
            t_open <= TARGET_OPEN_S,
        ),
        Row(
            f"e. text search, {count:,} entries (median)",
            fmt_s(t_search),
            f"slowest query {fmt_s(statistics.median(m[f'q:{slowest}']))}; "
            f"first after open {fmt_s(statistics.median(m['first']))}",
            f"{t_search / TARGET_SEARCH_S:.2f}x",
            f"<= {TARGET_SEARCH_S * 1000:.0f} ms",
            t_search <= TARGET_SEARCH_S,
        ),
        Row(
            f"e. people(), {count:,} entries (median)",
            f"{statistics.median(m['people']) * 1e6:.1f} us",
            "asked on every save",
            "",
            "",
            None,
        ),
        Row(
            f"e. save into {count:,} entries (median)",
            f"add {_median_ms(m['add'])}, update {_median_ms(m['update'])}",
            "fsyncs included",
            "",
            "",
            None,
        ),
    ]


def bench_open_search(work: Path, count: int, repeat: int, edits: int = 0) -> list[Row]:
    path = work / "many" / "vault.db"
    t_build = timed(lambda: build_big_vault(path, count))
    if edits:
        t_build += timed(lambda: add_edits(path, edits))
    size = path.stat().st_size / 2**20
    log(f"built a vault of {count} entries in {t_build:.0f} s ({size:.1f} MiB)")
    m = measure(path, repeat)
    remove(path.parent)
    report(m)
    return rows(m, count, count + 6 + edits, t_build)


def report(m: dict[str, list[float]]) -> None:
    print(
        f"\nJournal.open times: {[round(t, 2) for t in m['open']]} s, "
        f"CPU {[round(t, 2) for t in m['open_cpu']]} s; first search after each open "
        f"{[round(t * 1000, 1) for t in m['first']]} ms"
    )
    print(
        "search medians: "
        + ", ".join(
            f"{k[2:]!r}: {_median_ms(v)} ({int(m['hits:' + k[2:]][0])} hits)"
            for k, v in m.items()
            if k.startswith("q:")
        )
    )
    print(
        f"save times: add {[round(t * 1000, 1) for t in m['add']]} ms, "
        f"update {[round(t * 1000, 1) for t in m['update']]} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument(
        "--edits", type=int, default=0, help="later versions saved before measuring"
    )
    parser.add_argument("--repeat", type=int, default=5, help="opens to time (default 5)")
    parser.add_argument(
        "--keep", type=Path, default=None, help="build once into this folder, reuse"
    )
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="ij-many-"))
    source = folder / f"vault-{args.entries}-{args.edits}.db"
    t_build = 0.0
    if not source.exists():
        t_build = timed(lambda: build_big_vault(source, args.entries))
        if args.edits:
            t_build += timed(lambda: add_edits(source, args.edits))
    copy = folder / "measured" / "vault.db"
    copy.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, copy)  # saves go into a copy, so a kept vault stays as built
    try:
        m = measure(copy, args.repeat)
    finally:
        remove(copy.parent)
        if args.keep is None:
            remove(folder)
    report(m)
    print_table(rows(m, args.entries, args.entries + 6 + args.edits, t_build), "Many entries")


if __name__ == "__main__":
    main()
