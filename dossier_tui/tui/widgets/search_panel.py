"""Live fuzzy search: an input and the ranked hits, each with outlet, speaker and context."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from ..theme import MUTED

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
        yield Input(placeholder="fuzzy search: 'exact ^prefix suffix$ !not a | b", id="search-input")
        yield OptionList(markup=False, id="search-results")

    @property
    def input(self) -> Input:
        return self.query_one("#search-input", Input)

    @property
    def results(self) -> OptionList:
        return self.query_one("#search-results", OptionList)

    def show_hits(self, dossier: Dossier, query: str, hits: list[Any], error: str | None = None) -> None:
        from ..render import hit_content

        results = self.results
        results.clear_options()
        if error:
            results.add_option(Option(Content.styled(error, "$error"), disabled=True))
        elif not hits and query.strip():
            results.add_option(Option(Content.styled("no match", MUTED), disabled=True))
        else:
            results.add_options([Option(hit_content(dossier, h), id=str(n)) for n, h in enumerate(hits)])
        self.border_title = f"Search · {len(hits)} hits" if query.strip() else "Search"

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.QueryChanged(event.value))

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.results.option_count and self.results.get_option_at_index(0).id is not None:
            self.post_message(self.HitChosen(0))

    @on(OptionList.OptionSelected, "#search-results")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.HitChosen(int(event.option.id)))

    def action_focus_results(self) -> None:
        if self.results.option_count:
            self.results.focus()
            if self.results.highlighted is None:
                self.results.highlighted = 0
