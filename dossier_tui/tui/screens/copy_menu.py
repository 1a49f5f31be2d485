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


class CopyMenu(ModalScreen[int | None]):
    """Dismisses with the index of the chosen payload, or ``None``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "dismiss(None)", "Close", id="copy_menu.close"),
    ]

    def __init__(self, choices: list[tuple[str, str]]) -> None:
        super().__init__()
        self.choices = choices

    def compose(self):
        with Vertical(id="dialog") as box:
            box.border_title = "Copy"
            yield OptionList(
                *[
                    Option(
                        Content.assemble((label, "bold"), "\n", (shorten(safe(payload), 70), MUTED)),
                        id=str(n),
                    )
                    for n, (label, payload) in enumerate(self.choices)
                ],
                markup=False,
            )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(int(event.option.id or 0))
