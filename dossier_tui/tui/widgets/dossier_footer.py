"""The footer, narrowed by dropping the keys a newcomer needs least, so that ``q Quit`` and
``? Help`` (the app's own keys, which Textual lists last) stay on the line at 80 columns."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.events import Resize
from textual.widgets import Footer

DROPPED_BELOW: tuple[tuple[int, frozenset[str]], ...] = (
    (100, frozenset({"copy_menu", "cycle_sort", "coverage"})),
    (80, frozenset({"speakers", "filter_articles"})),
)
"""(width, actions): under that many columns these keys leave the footer. They stay bound, and the
help (``?``) lists every key."""


def dropped_at(width: int) -> frozenset[str]:
    return frozenset().union(*(actions for below, actions in DROPPED_BELOW if width < below))


class DossierFooter(Footer):
    def compose(self) -> ComposeResult:
        dropped = dropped_at(self.size.width) if self.size.width else frozenset()
        kept = 0
        for widget in super().compose():  # passed on as made: Footer's key groups rely on that
            if getattr(widget, "action", None) not in dropped:
                kept += 1
                yield widget
        self.styles.grid_size_columns = kept

    def on_resize(self, event: Resize) -> None:
        if dropped_at(event.size.width) != dropped_at(self._drawn_at):
            self.refresh(recompose=True)
        self._drawn_at = event.size.width

    _drawn_at = 0
