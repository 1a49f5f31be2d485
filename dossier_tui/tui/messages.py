"""Messages between workers, widgets and screens: workers post, handlers change state."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.message import Message

if TYPE_CHECKING:
    from ..core.model import Dossier


@dataclass
class DossierLoaded(Message):
    """The loading worker finished."""

    dossier: Dossier
    new: frozenset[str] = frozenset()
    """Ids of the articles added since the user last opened this dossier (:mod:`core.seen`)."""


class DossierWarmed(Message):
    """The loading thread built the families and the search index (or gave up on them): views
    that went without them can be drawn in full."""


@dataclass
class LoadFailed(Message):
    error: str


@dataclass
class ArticleChosen(Message):
    """Show this article in the reader (optionally at a quote or a search hit)."""

    article_id: str
    quote_id: str | None = None
    hit: Any = None
    focus: bool = False
    """Move the focus to the reader (``enter``), not just preview (highlight)."""


@dataclass
class QuoteSelected(Message):
    """The reader's selected quote changed; the inspector follows."""

    quote_id: str | None


@dataclass
class SearchResults(Message):
    """Hits for ``query``; stale ones (query no longer current) are dropped by the handler."""

    query: str
    hits: list[Any]
    error: str | None = None
    spellings: tuple[str, ...] = ()
    """Other spellings of a name in the query that were searched too."""
