"""The article list's filter box: ``f`` opens it, typing narrows the list, ``esc`` clears it."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Input


class ArticleFilterBox(Input):
    """An input whose ``esc`` means "no filter": a filter left on by mistake hides articles."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "clear_filter", "Clear filter", show=False, id="filter.clear"),
    ]

    class Cleared(Message):
        """The box was emptied by ``esc``: the list shows every article again."""

    def __init__(self, **kwargs) -> None:
        # Not selected on focus: tabbing back to the box, a key typed would replace the filter.
        super().__init__(placeholder="filter: nyt 2016-06 -opinion by:name", select_on_focus=False, **kwargs)

    def action_clear_filter(self) -> None:
        self.value = ""
        self.post_message(self.Cleared())
