"""The quote inspector: speaker, kind, evidence, citation and the other outlets' wording."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from ..theme import MUTED

if TYPE_CHECKING:
    from ...core.model import Dossier


class QuoteInspector(VerticalScroll):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Scroll down", show=False, id="inspector.down"),
        Binding("k", "scroll_up", "Scroll up", show=False, id="inspector.up"),
    ]

    can_focus = True

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.dossier: Dossier | None = None
        self.quote_id: str | None = None
        self.hide_trivial = True
        self.style_name = "plain"
        self.border_title = "Quote"

    def compose(self):
        yield Static(Content.styled("No quote selected.", MUTED), id="inspector-body")

    def show(self, dossier: Dossier, quote_id: str | None, style_name: str | None = None) -> None:
        self.dossier, self.quote_id = dossier, quote_id
        if style_name:
            self.style_name = style_name
        self.refresh_view()

    def refresh_view(self, keep_scroll: bool = False) -> None:
        """``keep_scroll``: the same quote shown again (``t``): stay where the reader was, usually
        down at the other outlets, instead of back at the top."""
        from ..render import inspector_content

        body = self.query_one("#inspector-body", Static)
        if self.dossier is None or self.quote_id is None:
            body.update(Content.styled("No quote selected.", MUTED))
            self.border_title = "Quote"
            return
        try:
            quote = self.dossier.quote(self.quote_id)
        except KeyError:
            body.update(Content.styled("No quote selected.", MUTED))
            return
        self.border_title = f"Quote {quote.id}"
        self.border_subtitle = "trivial diffs hidden" if self.hide_trivial else "all diffs"
        body.update(
            inspector_content(self.dossier, quote, hide_trivial=self.hide_trivial, style=self.style_name)
        )
        if not keep_scroll:
            self.scroll_home(animate=False)

    def action_toggle_trivial(self) -> None:
        self.hide_trivial = not self.hide_trivial
        self.refresh_view(keep_scroll=True)
