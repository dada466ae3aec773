"""A decoded picture, blurred until the person chooses to look, with zoom.

The picture arrives as QImages made in a worker (never QPixmaps there): the
clear image and a tiny "veil" copy that, stretched to the display size, shows
only soft colours. Ctrl++ / Ctrl+- zoom, Ctrl+0 fits the window again.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import QT_TR_NOOP, tr

MAX_SHOWN_PIXELS = 40_000_000  # zooming stops before the displayed picture gets bigger
MAX_ZOOM = 8.0
MIN_ZOOM = 0.05
STEP = 1.25

BLURRED_NOTE = QT_TR_NOOP("This picture is blurred until you choose to look.")


def make_veil(image: QImage) -> QImage:
    """A copy so small that, stretched, it keeps only colours and rough shapes."""
    side = max(6, min(16, max(image.width(), image.height()) // 32))
    return image.scaled(
        side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def _shortcuts(*keys: QKeySequence.StandardKey | str) -> list[QKeySequence]:
    sequences: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            sequences += QKeySequence.keyBindings(key)
        else:
            sequences.append(QKeySequence(key))
    return list(dict.fromkeys(sequences))


class PictureView(QWidget):
    """`blur_choice_changed(on)` says the person changed "blur pictures when I open them"."""

    blur_choice_changed = Signal(bool)

    def __init__(
        self, image: QImage, veil: QImage, blurred: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.image: QImage | None = image
        self.veil: QImage | None = veil
        self.revealed = not blurred
        self.zoom: float | None = None  # None: fit the window

        self.blur_note = QLabel(tr(BLURRED_NOTE))
        self.blur_note.setWordWrap(True)
        self.reveal_button = QPushButton(tr("Show"))
        self.reveal_button.setToolTip(tr("Show the picture clearly (you can blur it again)"))
        self.reveal_button.clicked.connect(self.toggle_reveal)
        self.zoom_out_button = QToolButton()  # a sign, not a word: as small as a sign
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(tr("Zoom out ({shortcut})").format(shortcut="Ctrl+-"))
        self.zoom_out_button.setAccessibleName(tr("Zoom out"))
        self.zoom_fit_button = QPushButton(tr("Fit"))
        self.zoom_fit_button.setToolTip(tr("Fit the window ({shortcut})").format(shortcut="Ctrl+0"))
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(tr("Zoom in ({shortcut})").format(shortcut="Ctrl++"))
        self.zoom_in_button.setAccessibleName(tr("Zoom in"))
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_fit_button.clicked.connect(self.zoom_fit)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_label = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.blur_note, 1)
        bar.addWidget(self.reveal_button)
        for button in (self.zoom_out_button, self.zoom_fit_button, self.zoom_in_button):
            bar.addWidget(button)
        bar.addWidget(self.zoom_label)

        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_label.setAccessibleName(tr("Picture"))
        self.image_area = QScrollArea()
        self.image_area.setAccessibleName(tr("Picture"))
        self.image_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_area.setWidget(self.image_label)
        self.image_area.setWidgetResizable(False)
        self.blur_choice = QCheckBox(tr("Blur pictures when I open them"))
        self.blur_choice.setChecked(blurred)
        self.blur_choice.toggled.connect(self.blur_choice_changed.emit)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.image_area, 1)
        column.addWidget(self.blur_choice)

        for text, keys, slot in (
            (
                tr("Zoom in"),
                _shortcuts(QKeySequence.StandardKey.ZoomIn, "Ctrl+=", "Ctrl++"),
                self.zoom_in,
            ),
            (tr("Zoom out"), _shortcuts(QKeySequence.StandardKey.ZoomOut, "Ctrl+-"), self.zoom_out),
            (tr("Fit"), _shortcuts("Ctrl+0"), self.zoom_fit),
        ):
            action = QAction(text, self)
            action.setShortcuts(keys)
            action.triggered.connect(slot)
            self.addAction(action)
        self._update_reveal()
        QTimer.singleShot(0, self.redraw)

    # blur ---------------------------------------------------------------------
    def toggle_reveal(self) -> None:
        self.revealed = not self.revealed
        self._update_reveal()
        self.redraw()

    def _update_reveal(self) -> None:
        self.reveal_button.setText(tr("Blur again") if self.revealed else tr("Show"))
        self.blur_note.setText(tr("Shown clearly.") if self.revealed else tr(BLURRED_NOTE))

    # zoom ---------------------------------------------------------------------
    def shown_size(self) -> QSize:
        """The size the picture is displayed at, for the current zoom."""
        if self.image is None:
            return QSize()
        size = self.image.size()
        if self.zoom is None:
            room = (self.image_area.viewport().size() - QSize(4, 4)).expandedTo(QSize(16, 16))
            if size.width() > room.width() or size.height() > room.height():
                size = size.scaled(room, Qt.AspectRatioMode.KeepAspectRatio)
            return size
        return QSize(
            max(1, round(size.width() * self.zoom)), max(1, round(size.height() * self.zoom))
        )

    def scale(self) -> float:
        if self.image is None or self.image.width() == 0:
            return 1.0
        return self.shown_size().width() / self.image.width()

    def zoom_in(self) -> None:
        if self.image is None:
            return
        scale = self.scale() * STEP
        area = self.image.width() * self.image.height()
        if area * scale * scale > MAX_SHOWN_PIXELS:
            scale = (MAX_SHOWN_PIXELS / area) ** 0.5
        self.zoom = min(scale, MAX_ZOOM)
        self.redraw()

    def zoom_out(self) -> None:
        if self.image is not None:
            self.zoom = max(self.scale() / STEP, MIN_ZOOM)
            self.redraw()

    def zoom_fit(self) -> None:
        self.zoom = None
        self.redraw()

    # drawing ----------------------------------------------------------------
    def redraw(self) -> None:
        source = self.image if self.revealed else self.veil
        if source is None:
            return
        size = self.shown_size()
        shown = source.scaled(
            size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.image_label.setPixmap(QPixmap.fromImage(shown))
        self.image_label.resize(size)
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if self.zoom is None
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self.image_area.setHorizontalScrollBarPolicy(policy)
        self.image_area.setVerticalScrollBarPolicy(policy)
        percent = round(self.scale() * 100)
        fit = tr("Fit ({percent}%)") if self.zoom is None else "{percent}%"
        self.zoom_label.setText(fit.format(percent=percent))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.zoom is None:
            self.redraw()

    def clear(self) -> None:
        """Drop the decoded picture from memory and from the screen."""
        self.image = self.veil = None
        self.image_label.clear()
