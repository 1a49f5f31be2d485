"""Which articles a filter such as ``nyt 2016-06 -opinion`` keeps.

A large dossier is navigated by outlet, date and title first, so the filter speaks those three:
a date (``2016``, ``2016-06``, ``2016-06-27``) or a range (``2016-06-20..2016-06-30``, open at
either end) keeps articles dated within it; any other word must begin a word of the article's outlet,
title, authors, wire, dateline or file id; ``-word`` excludes; ``outlet:``, ``title:``, ``by:``
limit a word to one field. Several dates are alternatives (``2016-06 2016-08``); words must all
match. An article whose date is unknown is kept by no date filter: it is not known to be in range.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .model import Article
from .search import fold_query

FIELDS = {"outlet": ("outlet", "wire"), "title": ("title",), "by": ("authors",), "author": ("authors",)}
"""Field prefixes a word may carry, and the metadata each one looks in."""

_DAY = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
_DATE = re.compile(rf"^(?P<start>{_DAY})?(?:(?P<dots>\.\.)(?P<end>{_DAY})?)?$")
_PHRASE = re.compile(r'-?(?:\w+:)?"[^"]*"?|\S+')
_SKIPPED_INITIALS = {"the"}


class FilterError(ValueError):
    """A filter that cannot mean what it says (``2016-13``, ``..``): said to the user, not ignored.
    The message is short and leaves the filter out: it shows under the box the user typed it in."""


@dataclass(frozen=True)
class DateRange:
    """Inclusive; each end an ISO date or a prefix of one (a year, a month), ``""`` when open."""

    start: str
    end: str

    def holds(self, date: str) -> bool:
        return (not self.start or date[: len(self.start)] >= self.start) and (
            not self.end or date[: len(self.end)] <= self.end
        )


@dataclass(frozen=True)
class Word:
    text: str
    """Folded (case, diacritics, punctuation as search folds them)."""
    fields: tuple[str, ...] | None
    """The metadata fields it must occur in; ``None``: any, or the file id."""
    excluded: bool = False

    @property
    def pattern(self) -> re.Pattern[str]:
        """At a word's start: ``new`` finds "New York", not "renewed"."""
        return word_start(self.text)


@dataclass(frozen=True)
class ArticleFilter:
    words: tuple[Word, ...] = ()
    dates: tuple[DateRange, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.words or self.dates)

    def keeps(self, article: Article) -> bool:
        if self.dates:
            date = article.meta.value("date")
            if not date or not any(r.holds(date) for r in self.dates):
                return False
        return all(_occurs(w, article) != w.excluded for w in self.words)

    def apply(self, articles: Iterable[Article]) -> list[Article]:
        return [a for a in articles if self.keeps(a)]


def _field_text(article: Article, name: str) -> str:
    value = article.meta.value(name)
    if value is None:
        return ""
    return " ".join(value) if isinstance(value, tuple) else str(value)


@lru_cache(maxsize=1 << 16)
def _folded(text: str) -> str:
    """Remembered: a filter is re-applied at every keystroke, to the same few outlets and titles."""
    return fold_query(text)


@lru_cache(maxsize=256)
def word_start(text: str) -> re.Pattern[str]:
    """``text`` (folded) where a word begins: what a list filter or a find box matches."""
    return re.compile(r"(?<!\w)" + re.escape(text))


@lru_cache(maxsize=1 << 12)
def _initials(text: str) -> str:
    """``The New York Times`` → ``nyt``: what people type for an outlet."""
    return "".join(w[0] for w in _folded(text).split() if w[0].isalnum() and w not in _SKIPPED_INITIALS)


def _occurs(word: Word, article: Article) -> bool:
    pattern = word.pattern
    for name in word.fields or ("outlet", "wire", "title", "authors", "dateline"):
        text = _field_text(article, name)
        if text and (
            pattern.search(_folded(text)) or (name in ("outlet", "wire") and word.text == _initials(text))
        ):
            return True
    return word.fields is None and pattern.search(_folded(article.id)) is not None


_DATE_LIKE = re.compile(r"^(?:\d{4}[-.\d]*|\.\.[-.\d]*)$")
"""What the user means as a date, typed in full or not yet: it is never looked for as a word."""


def _date_range(token: str) -> DateRange | None:
    if not _DATE_LIKE.match(token):
        return None
    m = _DATE.match(token)
    if m is None or not (m["start"] or m["end"]):
        raise FilterError("dates: 2016-06-27, 2016-06, A..B")
    start, end = m["start"] or "", m["end"] or ""
    for part in (start, end):
        bits = part.split("-")
        if len(bits) > 1 and not 1 <= int(bits[1]) <= 12:
            raise FilterError(f"no month {bits[1]}")
        if len(bits) > 2 and not 1 <= int(bits[2]) <= calendar.monthrange(int(bits[0]), int(bits[1]))[1]:
            raise FilterError(f"no day {bits[2]} in {bits[0]}-{bits[1]}")
    if not m["dots"]:
        end = start
    if start and end and start > end[: len(start)]:
        raise FilterError("range ends before it starts")
    return DateRange(start, end)


def parse_filter(text: str) -> ArticleFilter:
    """Raises :class:`FilterError` for a date that cannot be one or a field that does not exist."""
    words: list[Word] = []
    dates: list[DateRange] = []
    for token in _PHRASE.findall(text):
        excluded = token.startswith("-") and len(token) > 1 and not token[1].isdigit()
        body = token[1:] if excluded else token
        fields = None
        name, colon, rest = body.partition(":")
        if colon and name.isalpha():
            if name.casefold() not in FIELDS:
                # short: it is shown under the filter box, in a pane 40 columns wide
                known = " ".join(f"{f}:" for f in FIELDS if f != "author")
                raise FilterError(f"fields are {known}")
            fields, body = FIELDS[name.casefold()], rest
        body = body.strip('"')
        if fields is None and not excluded and (period := _date_range(body)) is not None:
            dates.append(period)
            continue
        folded = " ".join(fold_query(body).split())
        if folded:
            words.append(Word(folded, fields, excluded))
    return ArticleFilter(tuple(words), tuple(dates))


def filter_articles(articles: Sequence[Article], text: str) -> list[Article]:
    """The articles ``text`` keeps, in their order (all of them for an empty filter)."""
    f = parse_filter(text)
    return list(articles) if not f else f.apply(articles)
