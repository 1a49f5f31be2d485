"""Which outlet carries which quote: one row per utterance family, one column per outlet."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable
from textual.widgets.data_table import RowKey

from .. import features
from ..render import outlet_label
from ..safe import safe, shorten

if TYPE_CHECKING:
    from ...core.model import Dossier


QUOTE_WIDTH = 42
SPEAKER_WIDTH = 18
OUTLET_WIDTH = 12
"""Columns are narrow and outlet names take two lines, so seven outlets fit in 160 columns."""
HINT = "enter opens · esc closes"
WIDE_HINT = "←/→ more outlets · " + HINT
"""Said only when some outlets' columns are off to the side."""
FIRST_BATCH = 60
"""Rows shown before the event loop gets its first turn: a screenful, at once."""
FILL_BATCH = 500
"""Rows added between two later turns. On polnear-train (7,000 rows) the longest stall is about
a third of what one go gives, for about the same total time (``python bench/coverage_fill.py``)."""


def _two_lines(label: str, width: int) -> str:
    """An outlet's name in at most two lines of ``width``, broken at a space ("The New / York Times")."""
    words = label.split()
    first = ""
    while words and len(f"{first} {words[0]}".strip()) <= width:
        first = f"{first} {words.pop(0)}".strip()
    if not first:  # one long word, a file's id standing in for its outlet: its start and its end
        rest = label[width:]
        return f"{label[:width]}\n{rest if len(rest) <= width else '…' + label[-(width - 1) :]}"
    return f"{first}\n{shorten(' '.join(words), width)}" if words else first


def coverage_rows(dossier: Dossier) -> list[tuple[str, ...]]:
    """Groups of quote ids that are one utterance: the families and the quotes compared and found in
    one outlet only (the export's coverage gaps), or (before families exist) the quotes with the
    same normalised words. Quotes too short to compare ("will never") are left out: whether
    another outlet carries them is not known. Sorted by how many outlets carry them."""
    fam = features.families(dossier, wait=False)
    groups: list[tuple[str, ...]] = []
    if fam is not None:
        seen: set[str] = set()
        for f in fam.families:
            groups.append(tuple(f.members))
            seen.update(f.members)
        groups.extend((qid,) for qid in fam.singletons if qid not in seen)
    else:
        by_key: dict[str, list[str]] = {}
        for q in dossier.quotes:
            by_key.setdefault(features.normalised(q.text) or q.id, []).append(q.id)
        groups = [tuple(v) for v in by_key.values()]

    def n_outlets(g: tuple[str, ...]) -> int:
        # outlets, not articles: one outlet repeating itself in two articles is carried by one
        return len({outlet_label(dossier.article(dossier.quote(q).article))[0] for q in g})

    return sorted(groups, key=lambda g: (-n_outlets(g), g[0]))


def _row_key_at_cursor(table: DataTable) -> RowKey | None:
    if not table.row_count:
        return None
    return table.coordinate_to_cell_key(table.cursor_coordinate).row_key


class CoverageScreen(ModalScreen[str | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,c", "dismiss(None)", "Close", id="coverage.close"),
        Binding("j", "cursor_down", "Down", show=False, id="coverage.down"),
        Binding("k", "cursor_up", "Up", show=False, id="coverage.up"),
    ]

    def __init__(self, dossier: Dossier) -> None:
        super().__init__()
        self.dossier = dossier

    def compose(self):
        with Vertical(id="dialog") as box:
            box.border_title = "Coverage · which outlet carries which quote"
            box.border_subtitle = HINT
            yield DataTable(cursor_type="row", zebra_stripes=True, header_height=2)

    def on_mount(self) -> None:
        self.refill()
        self.query_one(DataTable).focus()

    def refill(self) -> None:
        """The table from what is known now; again when the families arrive (until then, only
        identical wordings are grouped, and the title says so)."""
        d = self.dossier
        table = self.query_one(DataTable)
        at = _row_key_at_cursor(table)
        table.clear(columns=True)
        self.query_one("#dialog").border_title = (
            "Coverage · which outlet carries which quote"
            if features.families(d, wait=False) is not None
            else "Coverage · comparing outlets… (for now, identical wordings only)"
        )
        columns: list[str] = []
        for a in d.articles:
            label = outlet_label(a)[0]
            if label not in columns:
                columns.append(label)
        table.add_column("Quote", key="quote")
        table.add_column("Speaker", key="speaker")
        for n, label in enumerate(columns):
            table.add_column(Text(_two_lines(label, OUTLET_WIDTH)), key=f"o{n}")
        self._fill(columns, at)

    @work(exclusive=True, group="coverage-fill", exit_on_error=False, description="coverage rows")
    async def _fill(self, columns: list[str], at: RowKey | None) -> None:
        """The rows are ranked in a thread: at 8,400 articles, before the families, grouping 90,000
        quotes by their words held the UI for 1.5 s. Then they are added a batch at a time, the
        event loop free in between: a DataTable row costs ~0.4 ms, and at 840 articles (7,000 rows)
        one go would freeze keys and drawing for seconds. The first batch (the quotes most outlets
        carry) shows at once."""
        d = self.dossier
        table = self.query_one(DataTable)
        table.loading = True
        try:
            groups = await asyncio.to_thread(coverage_rows, d)
        finally:
            table.loading = False
        outlet_of = {a.id: outlet_label(a)[0] for a in d.articles}
        for n, group in enumerate(groups):
            if n == FIRST_BATCH or (n > FIRST_BATCH and (n - FIRST_BATCH) % FILL_BATCH == 0):
                await asyncio.sleep(0)
            first = d.quote(group[0])
            carried = {outlet_of[d.quote(q).article] for q in group}
            name = d.speaker_name(first)
            table.add_row(
                Text(f"“{shorten(safe(first.text), QUOTE_WIDTH)}”"),
                Text(shorten(safe(name), SPEAKER_WIDTH), "bold") if name else Text("-", "dim"),
                *[Text("●", "bold green") if c in carried else Text("·", "dim") for c in columns],
                key=group[0],
            )
            if at is not None and at.value == group[0]:  # the row the user was on before a refill
                table.move_cursor(row=n)
                at = None
            if n == 0:
                self.call_after_refresh(self._hint)  # the columns' widths are known from a row on

    def on_resize(self) -> None:
        self.call_after_refresh(self._hint)

    def _hint(self) -> None:
        """Name the ←/→ keys only when the table is wider than its box."""
        hidden = self.query_one(DataTable).max_scroll_x > 0
        self.query_one("#dialog").border_subtitle = WIDE_HINT if hidden else HINT

    @on(DataTable.RowSelected)
    def _chosen(self, event: DataTable.RowSelected) -> None:
        self.dismiss(event.row_key.value)

    def action_cursor_down(self) -> None:
        self.query_one(DataTable).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one(DataTable).action_cursor_up()
