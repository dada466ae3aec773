"""Audio and video played by QtMultimedia from memory (no temp file).

The recording is decrypted off the GUI thread into an in-memory QBuffer (see
media_device.py for why not a Python QIODevice). Recordings never start on
their own: the person chooses Play. The player is given no URL, so no file name
reaches FFmpeg; FFmpeg's own stream summaries are silenced (they include
metadata). `release()` stops playback and wipes the plaintext.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from ui.app.errors import describe
from ui.app.session import Session
from ui.evidence.media_device import (
    MAX_PLAY_BYTES,
    PlaintextBuffer,
    decrypt_to_memory,
    quiet_media_logs,
)
from ui.i18n import tr


def clock(ms: int) -> str:
    seconds = max(0, ms) // 1000
    return f"{seconds // 60}:{seconds % 60:02d}"


def _wipe(data: bytearray) -> None:
    """A recording nobody will play: its plaintext is overwritten, not left to the GC."""
    data[:] = bytes(len(data))


class MediaView(QWidget):
    def __init__(
        self,
        session: Session,
        attachment_id: str,
        size: int,
        video: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.released = False
        self.player = QMediaPlayer(self)
        quiet_media_logs()  # after the player: Qt sets FFmpeg's log level when it starts
        self.device: PlaintextBuffer | None = None
        self.audio_output = QAudioOutput(self)
        self.player.setAudioOutput(self.audio_output)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.video_widget = None
        if video:
            from PySide6.QtMultimediaWidgets import QVideoWidget

            self.video_widget = QVideoWidget()
            self.video_widget.setAccessibleName(tr("Video"))
            self.player.setVideoOutput(self.video_widget)
            column.addWidget(self.video_widget, 1)
        note = QLabel(
            tr("A video. It plays only when you choose Play.")
            if video
            else tr("A recording. It plays only when you choose Play.")
        )
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setWordWrap(True)
        column.addWidget(note, 0 if video else 1)
        if not QMediaDevices.audioOutputs():
            silent = QLabel(
                tr("No sound output was found on this computer, so nothing will be heard.")
            )
            silent.setWordWrap(True)
            column.addWidget(silent)

        self.play_button = QPushButton(tr("Play"))
        self.play_button.clicked.connect(self.toggle_play)
        self.position_slider = QSlider(Qt.Orientation.Horizontal)
        self.position_slider.setAccessibleName(tr("Position"))
        self.position_slider.setRange(0, 0)
        self.position_slider.sliderMoved.connect(self.player.setPosition)
        self.time_label = QLabel("0:00 / 0:00")
        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(self.position_slider, 1)
        controls.addWidget(self.time_label)
        column.addLayout(controls)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        column.addWidget(self.problem)

        self.player.durationChanged.connect(self._duration_changed)
        self.player.positionChanged.connect(self._position_changed)
        self.player.playbackStateChanged.connect(self._playback_changed)
        self.player.errorOccurred.connect(self._error)
        self.play_button.setEnabled(False)
        if size > MAX_PLAY_BYTES:
            self._show_problem(
                tr(
                    "This recording is too large to play inside the app. It stays stored "
                    "unchanged; you can save a copy to play it elsewhere."
                )
            )
        else:
            journal = session.journal
            session.run(
                lambda _task: decrypt_to_memory(journal.read_attachment(attachment_id)),
                self._loaded,
                lambda error: self._show_problem(
                    tr("It could not be read. {reason}").format(reason=describe(error))
                ),
                owner=self,
                on_dropped=_wipe,
            )

    def _loaded(self, data: bytearray) -> None:
        if self.released:
            _wipe(data)
            return
        # The player owns the buffer, so the player (and its reading threads) goes first.
        self.device = PlaintextBuffer(data, self.player)
        self.player.setSourceDevice(self.device, QUrl())
        self.play_button.setEnabled(True)

    def _show_problem(self, text: str) -> None:
        if self.released:
            return
        self.problem.setText(text)
        self.problem.show()
        self.play_button.setEnabled(False)

    def toggle_play(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def _duration_changed(self, ms: int) -> None:
        self.position_slider.setRange(0, max(0, ms))
        self._position_changed(self.player.position())

    def _position_changed(self, ms: int) -> None:
        if not self.position_slider.isSliderDown():
            self.position_slider.setValue(ms)
        self.time_label.setText(f"{clock(ms)} / {clock(self.player.duration())}")

    def _playback_changed(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(tr("Pause") if playing else tr("Play"))

    def _error(self, _error: QMediaPlayer.Error, text: str) -> None:
        if self.released:
            return
        reason = text or tr("the reason is unknown")
        self.problem.setText(
            tr(
                "This recording cannot be played here ({reason}). "
                "It stays stored unchanged; you can still save a copy."
            ).format(reason=reason)
        )
        self.problem.show()
        self.play_button.setEnabled(False)

    def release(self) -> None:
        """Stop, detach the device and wipe what it decrypted."""
        if self.released:
            return
        self.released = True
        # setSource first: PySide lets go of the GIL while it waits for the media
        # threads to end (media_device.py says why that matters); stop() keeps it.
        self.player.setSource(QUrl())
        self.player.stop()
        if self.device is not None:
            self.device.wipe()
