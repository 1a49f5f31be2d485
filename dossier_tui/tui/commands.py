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


class ArticleCommands(_DossierProvider):
    def items(self):
        main = self.main
        if main is None or main.dossier is None:
            return
        for a in main.dossier.articles:
            outlet, _ = outlet_label(a)
            title, _ = title_label(a)
            yield "article  ", shorten(f"{outlet}: {title}", 100), partial(main.jump_to_article, a.id)


class SpeakerCommands(_DossierProvider):
    def items(self):
        main = self.main
        if main is None or main.dossier is None:
            return
        for s in main.dossier.speakers:
            yield "speaker  ", shorten(safe(s.name), 80), partial(main.action_speakers, s.id)


class QuoteCommands(_DossierProvider):
    def items(self):
        main = self.main
        if main is None or main.dossier is None:
            return
        d = main.dossier
        for q in d.quotes:
            who = d.speaker_name(q)
            text = shorten(safe(q.text), 90) + (f" — {safe(who)}" if who else "")
            yield "quote    ", text, partial(main.jump_to_quote, q.id)


class CitationStyleCommands(_DossierProvider):
    def items(self):
        app: DossierApp = self.app  # type: ignore[assignment]
        for style in features.citation_styles():
            mark = " (current)" if style == app.citation_style else ""
            yield "citation style  ", f"{style}{mark}", partial(app.set_citation_style, style)


PROVIDERS = (ArticleCommands, SpeakerCommands, QuoteCommands, CitationStyleCommands)
