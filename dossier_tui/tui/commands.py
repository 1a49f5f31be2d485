"""Command palette (``ctrl+p``): jump to an article, a speaker or a quote; change citation style.
Displays are ``Content`` built here (never markup), highlighted from the fuzzy matcher's offsets."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from . import features
from .render import MUTED, outlet_label, title_label
from .safe import safe, shorten

if TYPE_CHECKING:
    from ..core.model import Article, Dossier
    from .app import DossierApp
    from .screens.main_screen import MainScreen

MATCH_STYLE = "bold underline $accent"


def highlighted(query: str, text: str, fuzzy, prefix: str = "") -> Content:
    """``prefix`` + ``text`` with the fuzzy-matched characters styled, built on literal Content."""
    _, offsets = fuzzy.match(query, text) if query else (0, ())
    content = Content(text)
    for offset in offsets:
        if offset < len(text) and not text[offset].isspace():
            content = content.stylize(MATCH_STYLE, offset, offset + 1)
    return Content.assemble((prefix, MUTED), content) if prefix else content


class _DossierProvider(Provider):
    """Base: items are (prefix, searchable text, callback); subclasses list them."""

    @property
    def main(self) -> MainScreen | None:
        return getattr(self.app, "main_screen", None)

    def items(self) -> Iterator[tuple[str, str, Callable[[], None]]]:
        raise NotImplementedError

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for prefix, text, callback in self.items():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, highlighted(query, text, matcher.fuzzy_search, prefix), callback, text=text)

    async def discover(self) -> Hits:
        for n, (prefix, text, callback) in enumerate(self.items()):
            if n >= 20:
                break
            yield DiscoveryHit(Content.assemble((prefix, MUTED), text), callback, text=text)


def _article_label(a: Article) -> str:
    """ "Outlet 2016-06-27: Title": the date is typed to find a day's articles in a large dossier."""
    date = a.meta.value("date")
    return shorten(f"{outlet_label(a)[0]}{' ' + date if date else ''}: {title_label(a)[0]}", 100)


def _article_items(dossier: Dossier) -> list[tuple[str, str]]:
    """(article id, "Outlet date: Title") once per dossier, not on every keystroke."""
    return dossier.derived("tui.palette_articles", lambda d: [(a.id, _article_label(a)) for a in d.articles])


class ArticleCommands(_DossierProvider):
    def items(self):
        main = self.main
        if main is None or main.dossier is None:
            return
        for article_id, text in _article_items(main.dossier):
            yield "article  ", text, partial(main.jump_to_article, article_id)


class SpeakerCommands(_DossierProvider):
    def items(self):
        main = self.main
        if main is None or main.dossier is None:
            return
        for s in main.dossier.speakers:
            yield "speaker  ", shorten(safe(s.name), 80), partial(main.action_speakers, s.id)


QUOTE_HITS = 30
"""Quotes offered by the palette: the search engine's best, so a keystroke never scans them all."""


class QuoteCommands(_DossierProvider):
    def _quote_item(self, main: MainScreen, quote_id: str) -> tuple[str, str, Callable[[], None]]:
        assert main.dossier is not None
        d = main.dossier
        q = d.quote(quote_id)
        who = d.speaker_name(q)
        text = shorten(safe(q.text), 90) + (f" — {safe(who)}" if who else "")
        return "quote    ", text, partial(main.jump_to_quote, q.id)

    def items(self):
        main = self.main
        if main is None or main.dossier is None:
            return
        for q in main.dossier.quotes[:20]:
            yield self._quote_item(main, q.id)

    async def search(self, query: str) -> Hits:
        main = self.main
        if main is None or main.dossier is None or not query.strip():
            return
        matcher = self.matcher(query)
        try:
            hits, _spellings = features.search(main.dossier, query, limit=QUOTE_HITS * 2)
        except Exception:  # the palette must never fail on a search bug
            return
        seen: set[str] = set()
        for hit in hits:
            if hit.kind != "quote" or hit.quote is None or hit.quote in seen:
                continue
            seen.add(hit.quote)
            prefix, text, callback = self._quote_item(main, hit.quote)
            # the engine found it (maybe across words); rank by the palette's own matcher, its
            # other finds last
            score = matcher.match(text) or 0.001
            yield Hit(score, highlighted(query, text, matcher.fuzzy_search, prefix), callback, text=text)
            if len(seen) >= QUOTE_HITS:
                break


class CitationStyleCommands(_DossierProvider):
    def items(self):
        app: DossierApp = self.app  # type: ignore[assignment]
        for style in features.citation_styles():
            mark = " (current)" if style == app.citation_style else ""
            # The words shown are the words searched: "citation", "style" and "apa" all find it.
            yield "", f"citation style {style}{mark}", partial(app.set_citation_style, style)


PROVIDERS = (ArticleCommands, SpeakerCommands, QuoteCommands, CitationStyleCommands)
