"""The header: the dossier's name and its counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.events import Resize
from textual.widgets import Static

from ...core.text import shorten
from ..safe import safe
from ..theme import MUTED

if TYPE_CHECKING:
    from ...core.model import Dossier

MIN_TITLE = 12
"""The title gives way to the counts down to this many characters; below, both are cut at the edge."""
HELP_HINT = "? help"
HINT_BELOW = 110
"""Below this width the footer cannot hold every key up to "? Help": the header says it instead,
so a newcomer in an 80-column terminal still finds the keys."""


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def header_content(
    dossier: Dossier | None, loading: str | None = None, width: int | None = None, new: int = 0
) -> Content:
    """``width``: the line's room. A long title is shortened first, so the counts stay readable in a
    narrow terminal. ``new``: articles added since the dossier was last opened."""
    if dossier is None:
        return Content.assemble(("dossier", "bold"), (f"  {loading or ''}", MUTED))
    counts = " · ".join(
        _count(len(things), word)
        for things, word in (
            (dossier.articles, "article"),
            (dossier.outlets, "outlet"),
            (dossier.quotes, "quote"),
            (dossier.speakers, "speaker"),
        )
    )
    fresh = f" · {new} new" if new else ""
    problems = f" · {_count(len(dossier.problems), 'problem')} (!)" if dossier.problems else ""
    title = safe(dossier.title) or "dossier"
    hint = width is not None and width < HINT_BELOW
    if width is not None:
        room = width - len(counts) - len(fresh) - len(problems) - 2 - (len(HELP_HINT) + 2 if hint else 0)
        title = shorten(title, max(MIN_TITLE, room))
    line = Content.assemble(
        (title, "bold"), ("  ", ""), (counts, MUTED), (fresh, "bold $success"), (problems, "bold $error")
    )
    if hint and width is not None and (gap := width - len(line) - len(HELP_HINT)) >= 2:
        line = Content.assemble(line, " " * gap, (HELP_HINT, "bold $accent"))
    return line


class DossierHeader(Static):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._shown: tuple[Dossier | None, str | None] = (None, None)
        self.new = 0

    def show(self, dossier: Dossier | None, loading: str | None = None, new: int = 0) -> None:
        self._shown = (dossier, loading)
        self.new = new
        self._render_for(self.content_size.width or None)

    def on_resize(self, _event: Resize) -> None:
        self._render_for(self.content_size.width)

    def _render_for(self, width: int | None) -> None:
        self.update(header_content(*self._shown, width, new=self.new))
