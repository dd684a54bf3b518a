"""One chat message drawn as a bubble: who, when, what; styled by role and ownership."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from healthdesk.services.search import entity_label

from ..qt import (
    QCoreApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
)
from ..text_fit import px
from .records_common import fmt_datetime

# background, border, header colour; always with a text label saying who wrote it.
STYLES = {
    "mine": ("#DCEBFF", "#8DB6EE", "#0D47A1"),
    "other": ("#F3F3F3", "#D0D0D0", "#37474F"),
    "assistant": ("#EAF6EC", "#6DB27C", "#1B5E20"),
    "system": ("transparent", "transparent", "#616161"),
}


def style_of(m: Any, mine: bool) -> str:
    if m.role == "assistant":
        return "assistant"
    if m.role == "system":
        return "system"
    return "mine" if mine else "other"


def header_text(m: Any, mine: bool, zone: str | None = None) -> str:
    if m.role == "assistant":
        who = "Assistant"
    elif m.role == "system":
        who = "Note from HealthDesk"
    else:
        who = m.author or "Someone"
        if mine:
            who += " (you)"
    edited = " · " + QCoreApplication.translate("ChatBubbles", "edited") if m.edited else ""
    return f"{who} · {fmt_datetime(m.sent_at, zone)}{edited}"


class MessageBubble(QFrame):
    """A message; ``kind`` is "mine", "other", "assistant" or "system"."""

    def __init__(self, message: Any, mine: bool, zone: str | None = None,
                 on_cite: Callable[[str, str], None] | None = None) -> None:
        super().__init__()
        self.message = message
        self.kind = style_of(message, mine)
        self.setObjectName("bubble")
        self.author_label = QLabel(header_text(message, mine, zone))
        self.content_label = QLabel(message.content)
        self.content_label.setTextFormat(Qt.TextFormat.PlainText)
        self.content_label.setWordWrap(True)
        self.content_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.content_label.setSizePolicy(QSizePolicy.Policy.Preferred,
                                         QSizePolicy.Policy.Minimum)
        self.setAccessibleName(self.author_label.text())
        self.setAccessibleDescription(message.content)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 10)
        lay.setSpacing(4)
        lay.addWidget(self.author_label)
        lay.addWidget(self.content_label)
        self.sources_label: QLabel | None = None
        if self.kind == "assistant" and message.metadata and message.metadata.get("sources"):
            self.sources_label = sources_label(message.metadata["sources"], on_cite)
            lay.addWidget(self.sources_label)
        self.set_highlight(False)

    def set_highlight(self, on: bool) -> None:
        bg, border, head = STYLES[self.kind]
        edge = "3px solid #F9A825" if on else f"1px solid {border}"
        self.setStyleSheet(f"#bubble {{ background: {bg}; border: {edge}; "
                           "border-radius: 10px; }")
        italic = " font-style: italic;" if self.kind == "system" else ""
        self.author_label.setStyleSheet(f"color: {head}; font-weight: 700; font-size: {px(13)};"
                                        f" border: none; background: transparent;{italic}")
        self.content_label.setStyleSheet(f"font-size: {px(15)}; border: none; "
                                         f"background: transparent;{italic}")
        self.highlighted = on


SHOWN_SOURCES = 12


def sources_label(sources: list[dict[str, str]],
                  on_cite: Callable[[str, str], None] | None) -> QLabel:
    """"Sources: Reading 1, Reading 2…", each a link that opens the cited row."""
    counts: dict[str, int] = {}
    links = []
    for src in sources[:SHOWN_SOURCES]:
        label = entity_label(src["entity"])
        counts[label] = counts.get(label, 0) + 1
        links.append(QCoreApplication.translate("ChatBubbles", '<a href="{0}:{1}">{label} {2}</a>')
                .format(src["entity"], src["id"], counts[label], label=label))
    more = len(sources) - SHOWN_SOURCES
    text = "Sources: " + ", ".join(links) + (f" and {more} more" if more > 0 else "")
    lab = QLabel(text)
    lab.setTextFormat(Qt.TextFormat.RichText)
    lab.setWordWrap(True)
    lab.setToolTip(QCoreApplication.translate("ChatBubbles", "Open a cited item of the record"))
    lab.setStyleSheet(f"color: #1B5E20; font-size: {px(12)}; border: none;")
    lab.setAccessibleName(f"{len(sources)} sources")
    if on_cite is not None:
        lab.linkActivated.connect(lambda href: on_cite(*href.split(":", 1)))
    return lab


def bubble_row(bubble: MessageBubble) -> QWidget:
    """Your own messages on the right, everyone else's on the left, system centred."""
    row = QWidget()
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 0)
    if bubble.kind == "mine":
        lay.addStretch(1)
        lay.addWidget(bubble, 4)
    elif bubble.kind == "system":
        lay.addStretch(1)
        lay.addWidget(bubble, 4)
        lay.addStretch(1)
    else:
        lay.addWidget(bubble, 4)
        lay.addStretch(1)
    return row
