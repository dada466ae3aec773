"""One mechanism, shared by every parser, that turns parsed fields into model values.

It numbers repeats: two identical messages (same sender, same minute, same text) are
two messages, so the n-th repeat gets its own fingerprint; the same n-th repeat in an
overlapping export of the same chat gets the same fingerprint, which is what lets a
later layer drop it as a duplicate.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from journal.messages.model import (
    Attachment,
    CallDirection,
    CallRecord,
    Conversation,
    Message,
    MessageTime,
    ParsedExport,
    content_digest,
    numbered_fingerprint,
)

Sink = Callable[[Message | CallRecord], None]


class ExportCollector:
    """Collects a parse's values; with a `sink`, messages and calls go to it as they
    are made instead of into the result, so a large export never sits in memory."""

    def __init__(self, fmt: str, sink: Sink | None = None) -> None:
        self.format = fmt
        self._sink = sink
        self.counts = {"messages": 0, "calls": 0}
        self._messages: list[Message] = []
        self._calls: list[CallRecord] = []
        self._titles: dict[str, str] = {}
        self._participants: dict[str, dict[str, None]] = {}
        self._warnings: list[str] = []
        self._repeats: Counter[bytes] = Counter()

    def conversation(self, conversation_id: str, title: str, *participants: str) -> None:
        self._titles.setdefault(conversation_id, title)
        known = self._participants.setdefault(conversation_id, {})
        for name in participants:
            if name:
                known[name] = None

    def warn(self, text: str) -> None:
        self._warnings.append(text)

    def _numbered(self, *parts: str) -> str:
        key = content_digest(*parts)  # 32 bytes kept per distinct message, not its text
        self._repeats[key] += 1
        return numbered_fingerprint(key, self._repeats[key])

    def _emit(self, item: Message | CallRecord) -> None:
        self.counts["calls" if isinstance(item, CallRecord) else "messages"] += 1
        if self._sink is not None:
            self._sink(item)
        elif isinstance(item, CallRecord):
            self._calls.append(item)
        else:
            self._messages.append(item)

    def message(
        self,
        *,
        conversation_id: str,
        sender_name: str,
        sender_id: str | None,
        time: MessageTime,
        text: str,
        location: str,
        attachments: tuple[Attachment, ...] = (),
        content_key: str | None = None,
        source_id: str | None = None,
        from_me: bool | None = None,
        is_system: bool = False,
        is_deleted: bool = False,
        is_edited: bool = False,
        media_omitted: bool = False,
    ) -> None:
        """Add one message; `content_key` replaces the text in the fingerprint where a
        format writes the same message differently in two exports (WhatsApp media)."""
        self.conversation(conversation_id, conversation_id, "" if is_system else sender_name)
        print_ = self._numbered(
            "message",
            conversation_id,
            sender_name,
            sender_id or "",
            time.value.isoformat(),
            text if content_key is None else content_key,
        )
        self._emit(
            Message(
                conversation_id=conversation_id,
                sender_name=sender_name,
                sender_id=sender_id,
                time=time,
                text=text,
                attachments=attachments,
                location=location,
                fingerprint=print_,
                source_id=source_id,
                from_me=from_me,
                is_system=is_system,
                is_deleted=is_deleted,
                is_edited=is_edited,
                media_omitted=media_omitted,
            )
        )

    def call(
        self,
        *,
        direction: CallDirection,
        number: str,
        name: str | None,
        time: MessageTime,
        duration_seconds: int,
        location: str,
        conversation_id: str | None = None,
    ) -> None:
        print_ = self._numbered(
            "call", direction, number, time.value.isoformat(), str(duration_seconds)
        )
        self._emit(
            CallRecord(
                direction=direction,
                number=number,
                name=name,
                time=time,
                duration_seconds=duration_seconds,
                location=location,
                fingerprint=print_,
                conversation_id=conversation_id,
            )
        )

    def result(self, archive_members: tuple[Attachment, ...] = ()) -> ParsedExport:
        conversations = tuple(
            Conversation(id=cid, title=title, participants=tuple(self._participants[cid]))
            for cid, title in self._titles.items()
        )
        return ParsedExport(
            format=self.format,
            conversations=conversations,
            messages=tuple(self._messages),
            calls=tuple(self._calls),
            warnings=tuple(self._warnings),
            archive_members=archive_members,
            message_count=self.counts["messages"],
            call_count=self.counts["calls"],
        )
