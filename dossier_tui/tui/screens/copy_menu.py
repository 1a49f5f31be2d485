"""The ``Y`` menu: quote only, quote + citation in each style, Markdown, the whole family."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..safe import safe, shorten
from ..theme import MUTED

PREVIEW = 70
CONTEXT = 12


def preview(payload: str, quote: str, width: int = PREVIEW) -> str:
    """What tells this choice from the others: every payload holds the same quote, so past the
    first choice (the quote alone) the preview starts a little before the quote ends."""
    text, words = safe(payload), safe(quote)
    tail = words[-24:-2]  # (its last characters may be fitted to the citation: "Zelensky," / ".")
    at = text.find(tail) if text != words and len(tail) >= CONTEXT else -1
    if at >= 0 and at + len(tail) > CONTEXT * 2:
        start = at + len(tail) - CONTEXT
        space = text.rfind(" ", 0, start)  # from a word's start: "…Putin and Zelensky", not "…n and"
        text = "…" + text[space + 1 if start - space <= CONTEXT else start :]
    return shorten(text, width)


class CopyMenu(ModalScreen[int | None]):
    """Dismisses with the index of the chosen payload, or ``None``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "dismiss(None)", "Close", id="copy_menu.close"),
    ]

    def __init__(self, choices: list[tuple[str, str]]) -> None:
        super().__init__()
        self.choices = choices

    def compose(self):
        width = max(PREVIEW // 2, min(110, self.app.size.width * 9 // 10 - 8))  # the dialog's room
        with Vertical(id="dialog") as box:
            box.border_title = "Copy"
            yield OptionList(
                *[
                    Option(
                        Content.assemble(
                            (label, "bold"), "\n", (preview(payload, self.choices[0][1], width), MUTED)
                        ),
                        id=str(n),
                    )
                    for n, (label, payload) in enumerate(self.choices)
                ],
                markup=False,
            )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(int(event.option.id or 0))
