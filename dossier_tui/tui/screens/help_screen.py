"""``?``: every binding, where it works, and its id (for rebinding via a keymap)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from ..theme import MUTED

# Keys Textual provides that the user should know about too.
BUILTIN: tuple[tuple[str, str], ...] = (
    ("tab / shift+tab", "Move between panes"),
    ("up / down", "Move in lists, scroll text"),
    ("enter", "Open the highlighted article, hit or quote"),
    ("mouse", "Click to focus and select; wheel to scroll"),
)


def binding_rows(sources: Iterable[tuple[str, list[BindingType]]], keymap: dict[str, str]) -> list[Content]:
    lines: list[Content] = []
    for where, bindings in sources:
        lines.append(Content.styled(where, "bold $primary"))
        for b in bindings:
            if not isinstance(b, Binding):
                continue
            key = keymap.get(b.id, b.key) if b.id else b.key
            shown = ", ".join(_pretty(k) for k in key.split(","))
            lines.append(
                Content.assemble(
                    (f"  {shown:<18}", "bold $accent"),
                    f"{b.description or b.action:<22}",
                    (f" {b.id or ''}", MUTED),
                )
            )
        lines.append(Content(""))
    lines.append(Content.styled("Everywhere", "bold $primary"))
    for key, what in BUILTIN:
        lines.append(Content.assemble((f"  {key:<18}", "bold $accent"), what))
    return lines


def _pretty(key: str) -> str:
    return {
        "slash": "/",
        "exclamation_mark": "!",
        "question_mark": "?",
        "left_square_bracket": "[",
        "right_square_bracket": "]",
        "greater_than_sign": ">",
        "less_than_sign": "<",
    }.get(key.strip(), key.strip())


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss(None)", "Close", id="help.close"),
        Binding("j", "scroll('down')", "Down", show=False, id="help.down"),
        Binding("k", "scroll('up')", "Up", show=False, id="help.up"),
    ]

    def __init__(self, sources: list[tuple[str, list[BindingType]]], keymap: dict[str, str]) -> None:
        super().__init__()
        self.sources = sources
        self.keymap = keymap

    def compose(self):
        with VerticalScroll(id="dialog") as box:
            box.border_title = "Keys (esc closes)"
            yield Static(Content("\n").join(binding_rows(self.sources, self.keymap)), id="help-text")

    def action_scroll(self, direction: str) -> None:
        box = self.query_one("#dialog", VerticalScroll)
        box.scroll_down() if direction == "down" else box.scroll_up()
