"""The reader: one article as clean text, quotes coloured by speaker, the selected one emphasised.

Drawn with Textual's line API (like toolong): the article is laid out as character ranges per
screen line, and only the lines on screen are styled and rendered, from a small cache. So a
10,000-paragraph article or a 100,000-character quote opens and scrolls at once. Every line is
built as literal ``Content`` of text cleaned of escape sequences: nothing is parsed as markup.
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, ClassVar

from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.content import Content
from textual.events import Click, Resize
from textual.geometry import Offset, Size
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip
from textual.style import Style

from ..markdown_marks import markdown_marks
from ..messages import QuoteSelected
from ..strips import line_strip
from ..theme import (
    CUE_STYLE,
    DIM_STYLE,
    HIT_STYLE,
    MENTION_STYLE,
    MUTED,
    SELECTED_STYLE,
)

if TYPE_CHECKING:
    from ...core.model import Article, Dossier, Quote

# Non-body paragraphs (bylines, captions, footers) are shown dimmed; every paragraph is shown.
CONTEXT_LINES = 2
"""Lines kept in view above and below a quote stepped to, room allowing: the cue that follows."""
_DIM_KINDS = frozenset({"caption", "related", "url", "footer", "other", "byline", "date", "dateline"})

# What a screen line shows: (block, start, end). block >= 0: characters start..end of that
# paragraph's display text; the negative blocks below.
_META, _RULE, _BLANK, _MESSAGE = -1, -2, -3, -4

Span = tuple[int, int]


def display_text(clean: str, segments: Sequence[Span]) -> str:
    """A paragraph as shown: its source segments joined by one space (as ``Paragraph.text``),
    newlines and tabs made spaces so offsets stay those of the joined text."""
    return " ".join(clean[a:b] for a, b in segments).replace("\n", " ").replace("\t", " ")


class Reader(ScrollView, can_focus=True):
    """Scrollable article; its quotes are walked (from the screen's ``[``/``]``), the selected one
    is scrolled into view, and clicking a quote selects it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Scroll down", show=False, id="reader.down"),
        Binding("k", "scroll_up", "Scroll up", show=False, id="reader.up"),
        Binding("g", "scroll_home", "Top", show=False, id="reader.top"),
        Binding("G", "scroll_end", "Bottom", show=False, id="reader.bottom"),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.dossier: Dossier | None = None
        self.article: Article | None = None
        self.quote_id: str | None = None
        self.hit_spans: list[Span] = []
        self._default_unseen = False
        """The quote was selected by opening the article, below the fold, and not yet shown."""
        self.border_title = "Reader"
        self._texts: list[str] = []  # display text per paragraph
        self._quotes_by_para: dict[int, list[Quote]] = {}
        self._message: Content | None = None
        self._meta: Callable[[int], Content] = lambda width: Content("")
        self._lines: list[tuple[int, int, int]] = []
        self._para_first_line: list[int] = []
        self._meta_lines: list[Content] = []
        self._layout_width = -1
        self._spans: dict[int, list[tuple[int, int, str]]] = {}
        self._strips: LRUCache[tuple[int, int], Strip] = LRUCache(1024)

    # -- what is shown ---------------------------------------------------------------------
    async def show(
        self,
        dossier: Dossier,
        article: Article,
        *,
        quote_id: str | None = None,
        hit_spans: Sequence[Span] = (),
    ) -> None:
        """Show ``article``; select ``quote_id`` (default: its first quote) and underline hits."""
        same = self.article is article and self.dossier is dossier
        # Opened at its start (from the list), an article shows its header first, even when its
        # first quote, selected, lies below the fold; a quote or hit asked for is scrolled to.
        scroll = bool(quote_id is not None or hit_spans or same)
        self.dossier, self.article = dossier, article
        quotes = dossier.quotes_in(article.id)
        if quote_id is None and not same:
            quote_id = quotes[0].id if quotes else None
        elif quote_id is None:
            quote_id = self.quote_id
        self.quote_id = quote_id
        self.hit_spans = list(hit_spans)
        self.border_title = article.id
        self._message = None
        if not same:
            self._prepare_article(dossier, article)
            self._relayout(keep_position=False)
            self.scroll_to(0, 0, animate=False, immediate=True)
        self._restyle()
        self.post_message(QuoteSelected(quote_id))
        self._default_unseen = not scroll and quote_id is not None
        if scroll:
            self.call_after_refresh(self._scroll_to_target)

    def show_message(self, text: str) -> None:
        """Show one line of our own text instead of an article (e.g. nothing could be loaded)."""
        self.dossier = self.article = None
        self.quote_id, self.hit_spans = None, []
        self._texts, self._quotes_by_para = [], {}
        self._message = Content(text)
        self._relayout(keep_position=False)

    def _prepare_article(self, dossier: Dossier, article: Article) -> None:
        """Per article, once: display texts and which quotes touch which paragraph."""
        from ..render import meta_content
        from ..safe import safe_same_length

        clean = safe_same_length(article.text)
        paragraphs = article.paragraphs
        self._texts = [display_text(clean, p.segments) for p in paragraphs]
        starts = [p.start for p in paragraphs]
        by_para: dict[int, list[Quote]] = {}
        for q in dossier.quotes_in(article.id):
            first = max(0, bisect_right(starts, q.start) - 1)
            last = max(first, bisect_left(starts, q.end) - 1)
            for i in range(first, min(last, len(paragraphs) - 1) + 1):
                if paragraphs[i].end > q.start and paragraphs[i].start < q.end:
                    by_para.setdefault(i, []).append(q)
        self._quotes_by_para = by_para
        self._meta = functools.partial(meta_content, dossier, article)

    # -- layout: character ranges per screen line ------------------------------------------
    @property
    def _text_width(self) -> int:
        return max(1, self.scrollable_content_region.width)

    def on_resize(self, event: Resize) -> None:
        if self._text_width != self._layout_width:
            self._relayout(keep_position=True)

    def _relayout(self, *, keep_position: bool) -> None:
        from ..wrap import wrap_offsets

        anchor = self._line_anchor(int(self.scroll_y)) if keep_position else None
        width = self._text_width
        lines: list[tuple[int, int, int]] = []
        self._para_first_line = []
        self._meta_lines = []
        if self._message is not None:
            lines = [(_MESSAGE, 0, 0)]
        elif self.article is not None:
            self._meta_lines = self._meta(width).wrap(width)
            lines.extend((_META, i, 0) for i in range(len(self._meta_lines)))
            lines.append((_RULE, 0, 0))
            append = lines.append
            for index, text in enumerate(self._texts):
                append((_BLANK, 0, 0))
                self._para_first_line.append(len(lines))
                offsets = wrap_offsets(text, width) or [(0, 0)]
                lines.extend((index, a, b) for a, b in offsets)
        self._lines = lines
        self._layout_width = width
        self._strips.clear()
        self.virtual_size = Size(width, len(lines))
        if anchor is not None:
            y = self._line_of(*anchor)
            self.call_after_refresh(lambda: self.scroll_to(y=y, animate=False, immediate=True))
        self.refresh()

    def _line_anchor(self, y: int) -> tuple[int, int] | None:
        """(paragraph, offset) of the first text line at or below screen line ``y``."""
        for block, start, _ in self._lines[max(0, y) : max(0, y) + 3]:
            if block >= 0:
                return block, start
        return None

    def _line_of(self, paragraph: int, offset: int) -> int:
        """The screen line showing character ``offset`` of ``paragraph``'s display text."""
        if not 0 <= paragraph < len(self._para_first_line):
            return 0
        first = self._para_first_line[paragraph]
        end = (
            self._para_first_line[paragraph + 1] - 1
            if paragraph + 1 < len(self._para_first_line)
            else len(self._lines)
        )
        y = first
        while y + 1 < end and self._lines[y + 1][0] == paragraph and self._lines[y + 1][1] <= offset:
            y += 1
        return y

    # -- styles ----------------------------------------------------------------------------
    def _restyle(self) -> None:
        self._spans.clear()
        self._strips.clear()
        self.refresh()

    def _para_spans(self, index: int) -> list[tuple[int, int, str]]:
        """(start, end, style) in the paragraph's display text, lowest layer first."""
        spans = self._spans.get(index)
        if spans is not None:
            return spans
        from ..render import display_span, speaker_style

        assert self.article is not None and self.dossier is not None
        paragraph = self.article.paragraphs[index]
        spans = []
        if paragraph.kind in _DIM_KINDS:
            spans.append((0, len(self._texts[index]), DIM_STYLE))
        spans.extend(markdown_marks(self._texts[index]))
        for q in self._quotes_by_para.get(index, ()):
            span = display_span(paragraph, q.start, q.end)
            if span is None:
                continue
            spans.append((*span, speaker_style(self.dossier, q.speaker)))
            if q.id == self.quote_id:
                spans.append((*span, SELECTED_STYLE))
                for mark, style in ((q.cue, CUE_STYLE), (q.mention, MENTION_STYLE)):
                    if mark is not None and (m := display_span(paragraph, *mark)):
                        spans.append((*m, style))
        for a, b in self.hit_spans:
            if a < paragraph.end and b > paragraph.start and (span := display_span(paragraph, a, b)):
                spans.append((*span, HIT_STYLE))
        self._spans[index] = spans
        return spans

    def _line_content(self, y: int) -> Content:
        block, start, end = self._lines[y]
        if block == _META:
            return self._meta_lines[start]
        if block == _RULE:
            return Content.styled("─" * self._layout_width, MUTED)
        if block == _MESSAGE:
            return self._message or Content("")
        if block == _BLANK:
            return Content("")
        content = Content(self._texts[block][start:end], strip_control_codes=False)
        for a, b, style in self._para_spans(block):
            if a < end and b > start:
                content = content.stylize(style, max(a, start) - start, min(b, end) - start)
        return content

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = y + scroll_y
        width = self.scrollable_content_region.width
        style = self.visual_style
        if not 0 <= index < len(self._lines):
            return Strip.blank(width, style.rich_style)
        selection = self.text_selection
        span = selection.get_span(index) if selection is not None else None
        if span is not None:  # selected lines are drawn afresh, never cached
            content = self._line_content(index)
            end = len(content) if span[1] == -1 else span[1]
            content = content.stylize(
                Style.from_styles(self.screen.get_component_styles("screen--selection")), *span[:1], end
            )
            strip = line_strip(self, content, self._layout_width, style)
        else:
            key = (index, self._layout_width)
            strip = self._strips.get(key)
            if strip is None:
                strip = line_strip(self, self._line_content(index), self._layout_width, style)
                self._strips[key] = strip
        # Offsets tell Textual which character is under the mouse: (column, screen line of the layout).
        return strip.crop_extend(scroll_x, scroll_x + width, style.rich_style).apply_offsets(scroll_x, index)

    # -- selecting with the mouse ------------------------------------------------------------
    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The text under a mouse selection as the article reads: a paragraph's wrapped lines
        joined as they were (with the space the wrap took), paragraphs apart by a blank line."""
        if not self._lines:
            return None
        last = len(self._lines) - 1
        start = selection.start or Offset(0, 0)
        end = selection.end or Offset(len(self._line_content(last)), last)
        parts: list[list] = []  # [paragraph or ("line", y), text, start, end]
        for y in range(max(0, start.y), min(last, end.y) + 1):
            block, a, b = self._lines[y]
            if block in (_RULE, _BLANK):
                continue
            if block >= 0:
                key, text = block, self._texts[block]
            else:  # the header and messages: each screen line stands alone
                key, a, text = ("line", y), 0, self._line_content(y).plain
                b = len(text)
            lo = min(b, a + (start.x if y == start.y else 0))
            hi = min(b, a + end.x) if y == end.y else b
            if parts and parts[-1][0] == key:
                parts[-1][3] = hi
            else:
                parts.append([key, text, lo, hi])
        return "\n\n".join(t[lo:hi] for _key, t, lo, hi in parts if t[lo:hi]), "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        self._strips.clear()
        self.refresh()

    # -- the selected quote ----------------------------------------------------------------
    def _target(self) -> tuple[int, int, int] | None:
        """(paragraph, display start, display end) of the first hit, else of the selected quote."""
        if self.dossier is None or self.article is None:
            return None
        from ..render import display_span

        spans = list(self.hit_spans)
        if not spans and self.quote_id is not None:
            try:
                q = self.dossier.quote(self.quote_id)
            except KeyError:
                return None
            spans = [(q.start, q.end)]
        for a, b in spans:
            para = self.article.paragraph_at(a)
            if para is not None and (span := display_span(para, a, min(b, para.end))):
                return para.index, span[0], span[1]
        return None

    def _target_lines(self) -> tuple[int, int] | None:
        """The first and last line of the hit or quote."""
        target = self._target()
        if target is None:
            return None
        para, start, end = target
        return self._line_of(para, start), self._line_of(para, max(start, end - 1))

    def _target_in_view(self, lines: tuple[int, int] | None = None) -> bool:
        lines = lines or self._target_lines()
        top, height = int(self.scroll_y), max(1, self.scrollable_content_region.height)
        return lines is None or (top <= lines[0] and lines[1] < top + height)

    def _scroll_to_target(self) -> None:
        """Bring the hit or quote into view: all of it when it fits, with a line or two around it
        (the cue, "Trump told a rally", usually follows the quote), else its start near the top."""
        lines = self._target_lines()
        if lines is None:
            return
        first, last = lines
        top, height = int(self.scroll_y), max(1, self.scrollable_content_region.height)
        if last - first < height and not self.hit_spans:
            margin = min(CONTEXT_LINES, (height - (last - first + 1)) // 2)
            ends = last < top + height and (last + margin < top + height or top >= int(self.max_scroll_y))
            if top <= max(0, first - margin) and ends:  # in view, context too (or the text ends)
                return
            # stepping through quotes: scroll least, keeping the context lines in view
            y = first - margin if first - margin < top else last + margin - height + 1
        elif self._target_in_view(lines):
            return
        else:  # a search hit (or a long quote): near the top, with what follows it in view
            y = first - min(2, height // 3)
        self.scroll_to(y=max(0, y), animate=False, immediate=True)

    def select_quote(self, quote_id: str | None) -> None:
        if self.dossier is None or self.article is None:
            return
        self._default_unseen = False
        self.quote_id = quote_id
        self.hit_spans = []
        self._restyle()
        self.post_message(QuoteSelected(quote_id))
        self._scroll_to_target()

    def _step(self, delta: int) -> None:
        if self.dossier is None or self.article is None:
            return
        quotes = self.dossier.quotes_in(self.article.id)
        if not quotes:
            self.app.notify("This article has no quotes", timeout=2)
            return
        if delta > 0 and self._default_unseen and not self._target_in_view():
            # The article opened at its top with its first quote selected below the fold: the
            # first ] shows that quote rather than passing it unseen.
            self._default_unseen = False
            self._scroll_to_target()
            return
        ids = [q.id for q in quotes]
        if self.quote_id in ids:
            index = (ids.index(self.quote_id) + delta) % len(ids)
        else:
            index = 0 if delta > 0 else len(ids) - 1
        self.select_quote(ids[index])

    def action_next_quote(self) -> None:
        self._step(1)

    def action_previous_quote(self) -> None:
        self._step(-1)

    def quote_at(self, x: int, y: int) -> Quote | None:
        """The quote under content coordinates (``x``, ``y``) of the widget, if any."""
        index = y + int(self.scroll_y)
        if not 0 <= index < len(self._lines) or self.article is None or self.dossier is None:
            return None
        block, start, end = self._lines[index]
        offset = start + x + int(self.scroll_x)
        if block < 0 or not start <= offset < end:
            return None
        from ..render import display_span

        paragraph = self.article.paragraphs[block]
        for q in self._quotes_by_para.get(block, ()):
            span = display_span(paragraph, q.start, q.end)
            if span is not None and span[0] <= offset < span[1]:
                return q
        return None

    def on_click(self, event: Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        quote = self.quote_at(offset.x, offset.y)
        if quote is not None and quote.id != self.quote_id:
            self.select_quote(quote.id)
