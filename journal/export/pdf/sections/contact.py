"""Contact over time: messages and calls per day by sender, stacked bars drawn with
reportlab.graphics (the drawing of the events-per-month chart), then the figures in
words and the busiest days. Only when the export's options ask for it; counted by
journal/conversations/contact.py over the messages and calls in the export's dates.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable

from journal.conversations.contact import NIGHT_FROM, NIGHT_UNTIL, ContactCounts, count_contact
from journal.conversations.index import MessageFilters
from journal.export.message_log import hide_terms
from journal.export.pdf.context import RenderContext
from journal.export.pdf.sections.chart import (
    CHART_HEIGHT,
    MAX_LABELS,
    series_legend,
    style_stacked_bars,
)
from journal.export.pdf.styles import FRAME_WIDTH, MUTED
from journal.export.words import Words

SENDERS_DRAWN = 8  # the rest are drawn together as "others"
BUSIEST = 10
OTHERS = "others"


def _stacks(counts: ContactCounts) -> tuple[list[str], list[list[int]]]:
    named = list(counts.senders[:SENDERS_DRAWN])
    rows = [[day.by_sender().get(who, 0) for day in counts.days] for who in named]
    if len(counts.senders) > SENDERS_DRAWN:
        rest = [day.total - sum(day.by_sender().get(w, 0) for w in named) for day in counts.days]
        named.append(OTHERS)
        rows.append(rest)
    return named, rows


def drawing(ctx: RenderContext, counts: ContactCounts, names: list[str]) -> Drawing:
    font = ctx.styles.fonts.regular.name
    senders, data = _stacks(counts)
    d = Drawing(FRAME_WIDTH, CHART_HEIGHT, initialFontName=font, initialFontSize=7)
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 28
    chart.width, chart.height = FRAME_WIDTH - 40, CHART_HEIGHT - 40
    chart.data = data
    chart.categoryAxis.style = "stacked"
    step = max(1, -(-len(counts.days) // MAX_LABELS))
    chart.categoryAxis.categoryNames = [
        day.day[2:] if i % step == 0 else "" for i, day in enumerate(counts.days)
    ]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 45
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.categoryAxis.strokeColor = MUTED
    top = max(day.total for day in counts.days)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(1, top)
    chart.valueAxis.valueStep = max(1, -(-top // 6))
    style_stacked_bars(chart, font, len(senders), 1 if len(counts.days) > 40 else 4)
    d.add(chart)
    return d


def sender_names(counts: ContactCounts, names: list[str], words: Words) -> list[str]:
    senders = _stacks(counts)[0]
    return [names[i] if i < len(names) else words("contact.others") for i in range(len(senders))]


def count_text(words: Words, number: int, noun: str) -> str:
    """ "1 message", "1,024 messages" (plain_words.counted) in the export's language;
    `noun` is "messages", "calls" or "days"."""
    if number == 1:
        return words(f"contact.{noun}_one")
    shown = f"{number:,}" if words.language == "en" else str(number)
    return words(f"contact.{noun}_many", count=shown)


def figures(words: Words, counts: ContactCounts) -> str:
    """The totals, the span and the night-time contact, in one sentence."""
    night = words(
        "contact.night",
        messages=count_text(words, counts.night_messages, "messages"),
        calls=count_text(words, counts.night_calls, "calls"),
        start=f"{NIGHT_FROM:02d}",
        end=f"{NIGHT_UNTIL:02d}",
    )
    return words(
        "contact.figures",
        messages=count_text(words, counts.messages, "messages"),
        calls=count_text(words, counts.calls, "calls"),
        days=count_text(words, len(counts.days), "days"),
        first=counts.days[0].day,
        last=counts.days[-1].day,
        night=night,
    )


def build(ctx: RenderContext) -> list[Flowable]:
    options = ctx.selection.options
    if not options.include_contact:
        return []
    store = ctx.journal.messages
    messages = store.search("", MessageFilters(options.date_from, options.date_to))
    calls = store.calls(MessageFilters(options.date_from, options.date_to, calls=True))
    counts = count_contact(messages, calls)
    styles, words = ctx.styles, ctx.words
    story: list[Flowable] = [ctx.heading(words("contact.title"), 0, "contact")]
    if not counts.days:
        story.append(ctx.p(words("contact.none"), styles.body))
        return story
    names = [hide_terms(options.redaction, who) for who in counts.senders[:SENDERS_DRAWN]]
    story += [
        ctx.p(figures(words, counts), styles.body),
        drawing(ctx, counts, names),
        series_legend(ctx, sender_names(counts, names, words)),
        ctx.p(words("contact.note"), styles.muted),
        ctx.p(words("contact.busiest"), styles.label),
    ]
    for day in counts.busiest(BUSIEST):
        who = ", ".join(
            f"{hide_terms(options.redaction, name)} {n}"
            for name, n in sorted(day.by_sender().items())
        )
        line = words(
            "contact.day",
            day=day.day,
            messages=count_text(words, sum(day.messages.values()), "messages"),
            calls=count_text(words, sum(day.calls.values()), "calls"),
            who=who,
        )
        story.append(ctx.p(line, styles.body))
    return story
