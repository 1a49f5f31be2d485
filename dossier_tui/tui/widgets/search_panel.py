"""Live fuzzy search: an input and the ranked hits, each with outlet, speaker and context."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Input

from ..safe import safe
from ..theme import MUTED
from .hit_list import HitList

if TYPE_CHECKING:
    from ...core.model import Dossier


class SearchPanel(Vertical):
    """Shown by ``/``; typing posts :class:`SearchPanel.QueryChanged`, ``enter`` picks a hit."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "focus_results", "Results", show=False, id="search.results"),
    ]

    class QueryChanged(Message):
        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class HitChosen(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def compose(self):
        # Not selected on focus: tabbing back through the panes, a key typed would replace the query.
        yield Input(
            placeholder="fuzzy search: 'exact ^prefix suffix$ !not a | b @speaker",
            id="search-input",
            select_on_focus=False,
        )
        yield HitList(id="search-results")

    @property
    def input(self) -> Input:
        return self.query_one("#search-input", Input)

    @property
    def results(self) -> HitList:
        return self.query_one("#search-results", HitList)

    def show_hits(
        self,
        dossier: Dossier,
        query: str,
        hits: list[Any],
        error: str | None = None,
        more: bool = False,
        spellings: tuple[str, ...] = (),
    ) -> None:
        """``more``: the search found more than the hits shown (it stops at the first ones);
        ``spellings``: other spellings of a name in the query, searched too (said in the title)."""
        message = None
        if error:
            message = Content.styled(error, "$error")
        elif not hits and query.strip():
            message = Content.styled("no match", MUTED)
        self.results.show(dossier, hits if message is None else [], message)
        n = len(hits)
        count = f"first {n} hits" if more else (f"{n} hit" if n == 1 else f"{n} hits")
        # Content, not a str: a border title string is read as markup, and spellings are article text.
        also = f" · also {', '.join(safe(x) for x in spellings)}" if spellings else ""
        self.border_title = Content(f"Search · {count}{also}") if query.strip() else "Search"

    def show_indexing(self) -> None:
        """The first search of a large dossier waits for its index (seconds at 8,000 articles): say
        so, rather than leave the last hits standing as if they answered the new query."""
        self.border_title = "Search · indexing the dossier…"

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.QueryChanged(event.value))

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.results.hit_count:
            self.post_message(self.HitChosen(0))

    @on(HitList.Picked)
    def _picked(self, event: HitList.Picked) -> None:
        event.stop()
        self.post_message(self.HitChosen(event.index))

    def action_focus_results(self) -> None:
        if self.results.hit_count:
            self.results.focus()
            if self.results.highlighted is None:
                self.results.highlighted = 0
