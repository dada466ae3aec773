"""Evidence and conversations in Spanish and Arabic, through the compiled translations:
plural forms that show the right count, and the contact chart drawn right to left
inside its widget."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QStyleOptionViewItem,
    QTableWidgetItem,
)

from journal.conversations.contact import ContactCounts, DayCount
from journal.conversations.zones import ZoneChoice
from journal.session.message_import import ImportResult
from ui.app.window import AppWindow
from ui.conversations.contact_chart import ContactBars
from ui.conversations.contact_words import summary_text
from ui.conversations.import_dialogs import ZoneQuestion
from ui.conversations.importing import result_line
from ui.conversations.own_direction import OwnDirectionDelegate, own_direction
from ui.conversations.tables import plain_table
from ui.evidence.viewer import EvidenceViewer

from .conftest import unlock_window
from .test_evidence import add, open_viewer
from .translated import installed

RLM = "\u200f"  # the right-to-left mark the Arabic templates start with


def counts_of(days: int, messages_a_day: int, night_messages: int) -> ContactCounts:
    """`days` days of `messages_a_day` messages each from one sender, no calls."""
    every = tuple(
        DayCount(f"2025-03-{day + 1:02d}", {"Sam": messages_a_day}) for day in range(days)
    )
    return ContactCounts(every, ("Sam",), days * messages_a_day, 0, night_messages, 0)


def test_arabic_plurals_show_the_right_form_for_each_count(qtbot, tmp_path: Path) -> None:
    with installed("ar", tmp_path / "qm"):
        summary = summary_text(counts_of(days=11, messages_a_day=2, night_messages=3))
        one_day = summary_text(counts_of(days=1, messages_a_day=1, night_messages=0))
    # every line reads right to left, even one that starts with a date or a count
    assert all(
        own_direction(line) == Qt.LayoutDirection.RightToLeft for line in summary.split("\n")
    )
    summary, one_day = (text.replace(RLM, "") for text in (summary, one_day))  # the mark only
    # 22 messages (many), no calls (zero), 11 days (many), 3 at night (few), 2 a day (two)
    assert summary.startswith("22 رسالة ولا مكالمات في 11 يومًا، من 2025-03-01 إلى 2025-03-11؛")
    assert "3 رسائل ولا مكالمات بين الساعة 22:00 والساعة 04:00" in summary
    assert "2025-03-01: رسالتان، لا مكالمات (Sam 2)" in summary
    assert one_day.startswith("رسالة واحدة ولا مكالمات في يوم واحد،")


def test_spanish_plurals_and_words(qtbot, tmp_path: Path) -> None:
    with installed("es", tmp_path / "qm"):
        one = summary_text(counts_of(days=1, messages_a_day=1, night_messages=1))
    assert one.startswith("1 mensaje y 0 llamadas en 1 día, del 2025-03-01 al 2025-03-01;")
    assert "\nDías con más contacto:\n" in one


def ink_columns(bars: ContactBars) -> list[int]:
    """The x of every column the chart drew anything in (its background is white)."""
    image = QImage(bars.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    bars.render(image)
    white = QColor("white").rgb()
    return [
        x
        for x in range(image.width())
        if any(image.pixel(x, y) != white for y in range(image.height()))
    ]


def test_the_contact_chart_starts_at_the_right_in_arabic(qtbot, tmp_path: Path) -> None:
    counts = counts_of(days=4, messages_a_day=9, night_messages=0)
    charts = {}
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        bars = ContactBars()
        qtbot.addWidget(bars)
        bars.setLayoutDirection(direction)
        palette = bars.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("black"))
        bars.setPalette(palette)
        bars.resize(300, 180)
        bars.set_counts(counts)
        chart = bars.chart_layout(bars.fontMetrics())
        assert chart is not None
        charts[direction] = chart
        inside = bars.rect()
        for box, _align, text in chart.texts:
            assert inside.contains(box), f"{text!r} drawn outside the chart: {box}"
        (scale_top, _zero, first, last) = (box for box, _a, _t in chart.texts)
        bar_boxes = [box for box, _who in chart.bars]
        if direction == Qt.LayoutDirection.RightToLeft:
            # the scale stands right of every bar, the first day at the right, time leftwards
            assert all(scale_top.left() >= box.right() for box in bar_boxes)
            assert first.right() > last.right() and first.left() > last.right()
            assert bar_boxes[0].left() > bar_boxes[-1].left()
        else:
            assert all(scale_top.right() <= box.left() for box in bar_boxes)
            assert first.left() < last.left() and first.right() < last.left()
        columns = ink_columns(bars)
        figure = QRect(scale_top)
        assert any(figure.left() <= x <= figure.right() for x in columns), "the scale is drawn"
    # mirrored: every bar of one direction is the other's reflected
    width = 300
    ltr = [box for box, _ in charts[Qt.LayoutDirection.LeftToRight].bars]
    rtl = [box for box, _ in charts[Qt.LayoutDirection.RightToLeft].bars]
    assert [QRect(width - b.right() - 1, b.top(), b.width(), b.height()) for b in ltr] == rtl


def test_the_evidence_viewer_in_arabic_reads_right_to_left(
    qtbot, window: AppWindow, tmp_path: Path
) -> None:
    session = unlock_window(qtbot, window)
    entry_id = session.journal.entries()[0].entry_id
    note = tmp_path / "note.txt"
    note.write_bytes(b"eleven byte")  # 11 bytes: Arabic's "many" form
    (info,) = add(qtbot, window, session, entry_id, note)
    with installed("ar", tmp_path / "qm"):
        viewer = open_viewer(qtbot, window, session, info.attachment_id)
        assert isinstance(viewer, EvidenceViewer) and viewer.kind == "text"
        assert viewer.isRightToLeft()
        assert viewer.save_button.text() == "حفظ نسخة…"
        labels = [label.text() for label in viewer.details.findChildren(QLabel)]
        assert any(text.endswith("، 11 بايتًا") for text in labels), labels
        assert "الحجم" in labels and "اسم الملف" in labels
        viewer.close()


def test_an_arabic_import_line_starting_with_a_file_name_reads_right_to_left(
    qtbot, tmp_path: Path
) -> None:
    """A line led by an English file name would be laid out left to right (its first
    strong letter is Latin) unless the Arabic template starts with a right-to-left mark."""
    result = ImportResult(
        file_name="WhatsApp Chat with Sam.txt",
        sha256="ab" * 32,
        conversations=1,
        messages=2,
        calls=11,
        known=0,
        already_imported=False,
        zone=ZoneChoice("Europe/Berlin", ZoneInfo("Europe/Berlin"), confirmed=True),
        warnings=(),
        source_attachment="",
    )
    with installed("ar", tmp_path / "qm"):
        line = result_line(result)
    assert own_direction(line) == Qt.LayoutDirection.RightToLeft
    assert line.replace(RLM, "").startswith("WhatsApp Chat with Sam.txt: حُفظت رسالتان و11 مكالمة.")
    assert "(مفترضة، أكّدتها أنت)" in line


def test_a_message_keeps_its_own_direction_in_either_interface(qtbot) -> None:
    """In the Arabic interface an English message keeps its full stop at its end (and an
    Arabic one does in the English interface); a cell without letters follows the view."""
    table = plain_table(["Time", "Message"], "Messages", own_text=(1,))
    qtbot.addWidget(table)
    texts = ["Leave me alone.", "اتركني وشأني.", "12:30"]
    table.setRowCount(len(texts))
    for row, text in enumerate(texts):
        table.setItem(row, 1, QTableWidgetItem(text))
    delegate = table.itemDelegateForColumn(1)
    assert isinstance(delegate, OwnDirectionDelegate)
    for view_direction in (Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight):
        table.setLayoutDirection(view_direction)
        shown = []
        for row in range(len(texts)):
            option = QStyleOptionViewItem()
            option.initFrom(table)
            delegate.initStyleOption(option, table.model().index(row, 1))
            shown.append(option.direction)
        assert shown == [
            Qt.LayoutDirection.LeftToRight,
            Qt.LayoutDirection.RightToLeft,
            view_direction,
        ]


def cut_off(dialog: QDialog) -> list[str]:
    """The wrapped labels shown shorter than the height their lines need."""
    return [
        label.text()[:40]
        for label in dialog.findChildren(QLabel)
        if label.isVisible()
        and label.wordWrap()
        and label.height() < label.heightForWidth(label.width())
    ]


def test_the_zone_question_grows_to_show_every_line(qtbot) -> None:
    """Longer words (a translation, a long file name, a long wrong answer) are never cut:
    Qt sizes the window before it knows how many lines a wrapped text takes."""
    question = ZoneQuestion("WhatsApp Chat with " + "a long name " * 20 + ".txt")
    qtbot.addWidget(question)
    question.show()
    qtbot.waitExposed(question)
    qtbot.waitUntil(lambda: cut_off(question) == [])  # fitted once laid out
    question.zone.setText("No/Such " * 30)
    question.accept()  # refused: the problem is shown below the field
    assert question.isVisible() and question.problem.text()
    qtbot.waitUntil(lambda: cut_off(question) == [])
