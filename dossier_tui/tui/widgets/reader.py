"""The reader: one article as clean text, quotes coloured by speaker, the selected one emphasised."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from ...core.model import Article, Dossier
from ..messages import QuoteSelected
from ..render import meta_content, paragraph_content

# Non-body paragraphs (bylines, captions, footers) are shown dimmed; every paragraph is shown.
_DIM_KINDS = {"caption", "related", "url", "footer", "other", "byline", "date", "dateline"}


class ParagraphView(Static):
    """One paragraph; a Static of literal Content (never markup), so nothing in it is clickable."""

    DEFAULT_CSS = "ParagraphView { margin-bottom: 1; }"


class Reader(VerticalScroll):
    """Scrollable article; its quotes are walked (from the screen's ``[``/``]``) and the selected
    one is scrolled into view."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Scroll down", show=False, id="reader.down"),
        Binding("k", "scroll_up", "Scroll up", show=False, id="reader.up"),
        Binding("g", "scroll_home", "Top", show=False, id="reader.top"),
        Binding("G", "scroll_end", "Bottom", show=False, id="reader.bottom"),
    ]

    can_focus = True

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.dossier: Dossier | None = None
        self.article: Article | None = None
        self.quote_id: str | None = None
        self.hit_spans: list[tuple[int, int]] = []
        self._views: list[ParagraphView] = []
        self.border_title = "Reader"

    async def show(
        self,
        dossier: Dossier,
        article: Article,
        *,
        quote_id: str | None = None,
        hit_spans: Sequence[tuple[int, int]] = (),
    ) -> None:
        """Show ``article``; select ``quote_id`` (default: its first quote) and underline hits."""
        same = self.article is article and self.dossier is dossier
        self.dossier, self.article = dossier, article
        quotes = dossier.quotes_in(article.id)
        if quote_id is None and not same:
            quote_id = quotes[0].id if quotes else None
        elif quote_id is None:
            quote_id = self.quote_id
        self.quote_id = quote_id
        self.hit_spans = list(hit_spans)
        self.border_title = article.id
        if same:
            self._restyle()
        else:
            await self.remove_children()
            self._views = []
            for p in article.paragraphs:
                view = ParagraphView(self._paragraph(p))
                if p.kind in _DIM_KINDS:
                    view.add_class("dim")
                self._views.append(view)
            await self.mount_all(
                [ParagraphView(meta_content(dossier, article), classes="meta"), *self._views]
            )
            self.scroll_home(animate=False)
        self.post_message(QuoteSelected(quote_id))
        self.call_after_refresh(self._scroll_to_target)

    def _paragraph(self, p):
        assert self.dossier is not None and self.article is not None
        return paragraph_content(
            self.dossier, self.article, p, selected=self.quote_id, hit_spans=self.hit_spans
        )

    def _restyle(self) -> None:
        assert self.article is not None
        for p, view in zip(self.article.paragraphs, self._views, strict=False):
            view.update(self._paragraph(p))

    def _target_paragraph(self) -> int | None:
        if self.dossier is None or self.article is None:
            return None
        if self.hit_spans:
            para = self.article.paragraph_at(self.hit_spans[0][0])
            if para is not None:
                return para.index
        if self.quote_id is not None:
            try:
                return self.dossier.quote(self.quote_id).paragraph
            except KeyError:
                return None
        return None

    def _scroll_to_target(self) -> None:
        index = self._target_paragraph()
        if index is None or not 0 <= index < len(self._views):
            return
        self.scroll_to_widget(self._views[index], animate=False, top=False)

    def select_quote(self, quote_id: str | None) -> None:
        if self.dossier is None or self.article is None:
            return
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
