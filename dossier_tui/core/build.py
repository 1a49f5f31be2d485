"""From loaded articles to the full dossier: quotes, attribution, speakers."""

from __future__ import annotations

from dataclasses import replace

from .loader import Loaded, load_articles
from .model import Dossier, Quote
from .quotes import find_quotes


def build_dossier(loaded: Loaded) -> Dossier:
    quotes: list[Quote] = []
    for art in loaded.articles:
        for n, rq in enumerate(find_quotes(art), 1):
            quotes.append(
                Quote(
                    id=f"{art.id}:q{n}",
                    article=art.id,
                    start=rq.start,
                    end=rq.end,
                    text=art.text[rq.start : rq.end],
                    paragraph=rq.paragraph,
                )
            )
    d = Dossier(loaded.title, loaded.articles, tuple(quotes), (), loaded.problems, loaded.root)
    return replace(d)


def load(*paths) -> Dossier:
    """Load a dossier from article files, directories or manifests; no paths: the bundled seeds."""
    return build_dossier(load_articles(*paths))
