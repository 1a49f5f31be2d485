"""Who said what, across outlets: speakers with roles and counts, and the quotes of the one
highlighted. ``enter`` on a quote jumps to it in the reader."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import DataTable, Input, OptionList
from textual.widgets.option_list import Option

from ...core.article_filter import word_start
from ...core.search import fold_query
from ..render import MUTED, outlet_label
from ..safe import safe, shorten
from ..widgets.filter_box import FilterBox

if TYPE_CHECKING:
    from ...core.model import Dossier

UNATTRIBUTED = "-"
NAME_WIDTH = 40


class SpeakersScreen(ModalScreen[str | None]):
    """Dismisses with a quote id to jump to, or ``None``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,p", "dismiss(None)", "Close", id="speakers.close"),
        Binding("j", "cursor_down", "Down", show=False, id="speakers.down"),
        Binding("k", "cursor_up", "Up", show=False, id="speakers.up"),
        Binding("g,home", "first", "First", show=False, id="speakers.first"),
        Binding("G,end", "last", "Last", show=False, id="speakers.last"),
        Binding(
            "slash,f",
            "find",
            "Find",
            tooltip="Narrow the list to speakers whose name or role has these words",
            id="speakers.find",
        ),
    ]

    def __init__(self, dossier: Dossier, speaker_id: str | None = None) -> None:
        super().__init__()
        self.dossier = dossier
        self.start_speaker = speaker_id

    def compose(self):
        with Vertical(id="dialog") as box:
            box.border_title = "Speakers · who said what (/ finds)"
            yield FilterBox("find a speaker: name, spelling or role words", id="speaker-find")
            yield DataTable(cursor_type="row", zebra_stripes=True, id="speaker-table")
            yield OptionList(markup=False, id="speaker-quotes")

    def on_mount(self) -> None:
        d = self.dossier
        table = self.query_one(DataTable)
        table.add_columns("Speaker", "Quotes", "Outlets", "Roles / spellings")
        by_speaker: dict[str, list] = {}
        for q in d.quotes:
            by_speaker.setdefault(q.speaker or UNATTRIBUTED, []).append(q)
        self._by_speaker = by_speaker
        self._order = sorted(d.speakers, key=lambda s: -len(by_speaker.get(s.id, [])))
        self._fill("")
        if self.start_speaker and self.start_speaker in by_speaker:
            table.move_cursor(row=table.get_row_index(self.start_speaker))
        table.focus()
        self._show_quotes()

    def _fill(self, find: str) -> None:
        """The rows of the speakers whose name, spellings or roles hold every word of ``find``."""
        d, by_speaker = self.dossier, self._by_speaker
        table = self.query_one(DataTable)
        table.clear()
        words = fold_query(find).split()
        for s in self._order:
            if words:
                hay = fold_query(" ".join([s.name, *s.roles, *s.variants]))
                if not all(word_start(w).search(hay) for w in words):
                    continue
            quotes = by_speaker.get(s.id, [])
            outlets = {outlet_label(d.article(q.article))[0] for q in quotes}
            extra = "; ".join([*s.roles, *(v for v in s.variants if v != s.name)])
            table.add_row(
                # a long name must not squeeze the roles off screen (the quotes below show it whole)
                Text(shorten(safe(s.name), NAME_WIDTH), "bold"),
                Text(str(len(quotes))),
                Text(str(len(outlets))),
                Text(shorten(safe(extra), 60), "dim"),
                key=s.id,
            )
        if by_speaker.get(UNATTRIBUTED) and not words:
            n = len(by_speaker[UNATTRIBUTED])
            outlets = {outlet_label(d.article(q.article))[0] for q in by_speaker[UNATTRIBUTED]}
            table.add_row(
                Text("(not attributed)", "italic"),
                Text(str(n)),
                Text(str(len(outlets))),
                Text(""),
                key=UNATTRIBUTED,
            )
        box = self.query_one("#dialog")
        box.border_subtitle = f"{table.row_count} of {len(self._order)} speakers" if words else None

    def action_find(self) -> None:
        self.add_class("-finding")
        self.query_one("#speaker-find", FilterBox).focus()

    @on(Input.Changed, "#speaker-find")
    def _find_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._fill(event.value)
        self._show_quotes()

    @on(Input.Submitted, "#speaker-find")
    def _find_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one(DataTable).focus()

    @on(FilterBox.Cleared, "#speaker-find")
    def _find_cleared(self, event: FilterBox.Cleared) -> None:
        event.stop()
        self.remove_class("-finding")
        self.query_one(DataTable).focus()

    def _show_quotes(self) -> None:
        table = self.query_one(DataTable)
        quotes_list = self.query_one("#speaker-quotes", OptionList)
        quotes_list.clear_options()
        if not table.row_count:
            nothing = (
                "No speaker has these words." if self.has_class("-finding") else "No quotes in this dossier."
            )
            quotes_list.add_option(Option(Content.styled(nothing, MUTED), disabled=True))
            return
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        for q in self._by_speaker.get(key or "", []):
            outlet, _ = outlet_label(self.dossier.article(q.article))
            quotes_list.add_option(
                Option(
                    Content.assemble((f"{outlet}: ", "$accent"), f"“{shorten(safe(q.text), 90)}”"), id=q.id
                )
            )

    @on(DataTable.RowHighlighted)
    def _row(self, event: DataTable.RowHighlighted) -> None:
        self._show_quotes()

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        quotes_list = self.query_one("#speaker-quotes", OptionList)
        if quotes_list.option_count:
            quotes_list.focus()
            quotes_list.highlighted = 0

    @on(OptionList.OptionSelected)
    def _quote(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.dismiss(event.option.id)

    def action_cursor_down(self) -> None:
        focused = self.focused
        if hasattr(focused, "action_cursor_down"):
            focused.action_cursor_down()

    def action_cursor_up(self) -> None:
        focused = self.focused
        if hasattr(focused, "action_cursor_up"):
            focused.action_cursor_up()

    def action_first(self) -> None:
        self._move_to(first=True)

    def action_last(self) -> None:
        self._move_to(first=False)

    def _move_to(self, *, first: bool) -> None:
        focused = self.focused
        if isinstance(focused, DataTable) and focused.row_count:
            focused.move_cursor(row=0 if first else focused.row_count - 1)
        elif isinstance(focused, OptionList):
            focused.action_first() if first else focused.action_last()
