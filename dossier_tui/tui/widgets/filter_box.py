"""A filter box: typing narrows a list (the articles, the speakers); ``esc`` clears it."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Input


class FilterBox(Input):
    """An input whose ``esc`` means "no filter": a filter left on by mistake hides rows."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "clear_filter", "Clear filter", show=False, id="filter.clear"),
    ]

    class Cleared(Message):
        """The box was emptied by ``esc``: the list shows every row again."""

        def __init__(self, box: FilterBox) -> None:
            super().__init__()
            self.box = box

        @property
        def control(self) -> FilterBox:
            """The box, so a handler can be chosen by its id (``@on(FilterBox.Cleared, "#id")``)."""
            return self.box

    def __init__(self, placeholder: str, **kwargs) -> None:
        # Not selected on focus: tabbing back to the box, a key typed would replace the filter.
        super().__init__(placeholder=placeholder, select_on_focus=False, **kwargs)

    def action_clear_filter(self) -> None:
        self.value = ""
        self.post_message(self.Cleared(self))
