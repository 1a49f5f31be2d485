"""Search results drawn with the line API: two lines a hit, only the visible ones rendered.

Replacing the hits on each keystroke changes no widget and no layout (an ``OptionList`` re-measured
every option and re-laid out the screen), so the results pane keeps up with typing on big dossiers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.content import Content
from textual.events import Click
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..strips import line_strip

if TYPE_CHECKING:
    from ...core.model import Dossier

LINES_PER_HIT = 2


class HitList(ScrollView, can_focus=True):
    """The ranked hits; ``up``/``down`` move, ``enter`` or a click picks one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor(1)", "Next", show=False, id="search.hit_down"),
        Binding("up,k", "cursor(-1)", "Previous", show=False, id="search.hit_up"),
        Binding("enter", "pick", "Open", show=False, id="search.open"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {"hit-list--cursor"}
    DEFAULT_CSS = """
    HitList { overflow-x: hidden; }
    HitList > .hit-list--cursor { background: $block-cursor-blurred-background; }
    HitList:focus > .hit-list--cursor { background: $block-cursor-background; }
    """

    highlighted: reactive[int | None] = reactive(None, always_update=True)

    class Picked(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.dossier: Dossier | None = None
        self.hits: list[Any] = []
        self.message: Content | None = None
        self._rows: LRUCache[tuple[int, int, bool, bool], Strip] = LRUCache(256)
        self._contents: dict[int, list[Content]] = {}
        self._wrapped: tuple[int, list[Content]] | None = None

    @property
    def hit_count(self) -> int:
        return len(self.hits)

    def show(self, dossier: Dossier, hits: list[Any], message: Content | None = None) -> None:
        """New hits (or a one-line message instead); the cursor goes back to none."""
        self.dossier, self.hits, self.message = dossier, hits, message
        self._wrapped = None
        self._contents.clear()
        self._rows.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, self._line_count())
        self.scroll_to(0, 0, animate=False, immediate=True)
        self.highlighted = None

    def _line_count(self) -> int:
        return len(self._message_lines()) if self.message is not None else len(self.hits) * LINES_PER_HIT

    def _message_lines(self) -> list[Content]:
        """The message wrapped to the pane (an error can be longer than the pane is wide)."""
        width = max(1, self.scrollable_content_region.width)
        if self.message is None:
            return []
        if self._wrapped is None or self._wrapped[0] != width:
            self._wrapped = (width, self.message.wrap(width))
        return self._wrapped[1]

    def _hit_lines(self, index: int, width: int) -> list[Content]:
        lines = self._contents.get(index)
        if lines is None:
            from ..render import hit_content

            assert self.dossier is not None
            lines = hit_content(self.dossier, self.hits[index], max(10, width - 2)).split("\n")
            lines = (lines + [Content("")] * LINES_PER_HIT)[:LINES_PER_HIT]
            self._contents[index] = lines
        return lines

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        line = y + scroll_y
        width = self.scrollable_content_region.width
        base = self.visual_style
        if line >= self._line_count():
            return Strip.blank(width, base.rich_style)
        if self.message is not None:
            content, index = self._message_lines()[line], -1
        else:
            index, row = divmod(line, LINES_PER_HIT)
            content = self._hit_lines(index, width)[row]
        cursor = index >= 0 and index == self.highlighted
        key = (line, width, cursor, self.has_focus)
        strip = self._rows.get(key)
        if strip is None:
            style = self.get_visual_style("hit-list--cursor") if cursor else base
            strip = line_strip(self, content, width, style)
            self._rows[key] = strip
        return strip.crop_extend(scroll_x, scroll_x + width, base.rich_style)

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        self.refresh()
        if new is not None:
            self.scroll_to_region_lines(new * LINES_PER_HIT, LINES_PER_HIT)

    def scroll_to_region_lines(self, top: int, height: int) -> None:
        view = self.scrollable_content_region.height
        if top < self.scroll_y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif top + height > self.scroll_y + view:
            self.scroll_to(y=top + height - view, animate=False, immediate=True)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def on_resize(self) -> None:
        self._contents.clear()
        self._rows.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, self._line_count())

    def action_cursor(self, delta: int) -> None:
        if not self.hits or self.message is not None:
            return
        current = -1 if self.highlighted is None and delta > 0 else (self.highlighted or 0)
        self.highlighted = max(0, min(len(self.hits) - 1, current + delta))

    def action_pick(self) -> None:
        if self.highlighted is not None and self.message is None:
            self.post_message(self.Picked(self.highlighted))

    def on_click(self, event: Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or self.message is not None:
            return
        index = (offset.y + int(self.scroll_y)) // LINES_PER_HIT
        if 0 <= index < len(self.hits):
            self.highlighted = index
            self.post_message(self.Picked(index))
