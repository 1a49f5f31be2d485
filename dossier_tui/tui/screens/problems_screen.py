"""Files that could not be read, or were read with doubt: one line each, naming the file."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from ...core.text import escape_controls
from ..safe import plain
from ..theme import MUTED

if TYPE_CHECKING:
    from ...core.model import Dossier


class ProblemsScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,exclamation_mark", "dismiss(None)", "Close", id="problems.close"),
    ]

    def __init__(self, dossier: Dossier) -> None:
        super().__init__()
        self.dossier = dossier

    def compose(self):
        lines = [
            Content.assemble(
                (f"{p.severity:<8}", "bold $error" if p.severity == "error" else "bold $warning"),
                # A hostile file name keeps its escapes, shown escaped: the user can still find it.
                plain(escape_controls(p.path), "bold"),
                ": ",
                plain(p.message),
            )
            for p in self.dossier.problems
        ] or [Content.styled("Every file loaded cleanly.", MUTED)]
        with VerticalScroll(id="dialog") as box:
            box.border_title = f"Problems ({len(self.dossier.problems)})"
            yield Static(Content("\n").join(lines))
