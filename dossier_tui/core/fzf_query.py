"""fzf's extended search syntax, parsed into AND-ed groups of OR-ed terms.

Space-separated terms are AND-ed; ``a | b`` ORs neighbours; ``'exact`` is a substring (``'word'``
a whole word, ``'two words'`` a phrase of whole words), ``^prefix`` / ``suffix$`` anchor to the start / end of the text, ``!term`` excludes;
``\\ `` keeps a space inside a term. Smart case: any uppercase letter makes the query case sensitive.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Mode = Literal["fuzzy", "exact", "word", "prefix", "suffix", "equal"]


@dataclass(frozen=True)
class Term:
    text: str
    """The term without its operator characters, as typed (not yet normalised)."""
    mode: Mode = "fuzzy"
    inverse: bool = False
    variant: bool = False
    """Added for the user (another outlet's spelling of a typed name), not typed: its matches rank
    after the typed term's at the same level."""


@dataclass(frozen=True)
class Query:
    groups: tuple[tuple[Term, ...], ...]
    """AND of groups; each group is an OR of terms."""
    case_sensitive: bool = False
    speakers: tuple[str, ...] = ()
    """``@name`` tokens: only quotes whose speaker's name matches one of them (not fzf syntax: a
    reader of quotes asks "what did Graham say about it")."""
    phrase: str | None = None
    """A query of plain words only (a pasted line), as one phrase with the marks inside it kept:
    only its ends are unquoted, so 'We “We' is looked for as typed, not as 'We We'."""

    @property
    def positive(self) -> tuple[tuple[Term, ...], ...]:
        """Groups that can produce matches (fzf treats an all-inverse group as a filter)."""
        return tuple(g for g in self.groups if not all(t.inverse for t in g))

    @property
    def negative(self) -> tuple[tuple[Term, ...], ...]:
        return tuple(g for g in self.groups if all(t.inverse for t in g))


def _split(query: str) -> list[str]:
    """Split on unescaped spaces; ``\\ `` is a literal space."""
    tokens: list[str] = []
    cur: list[str] = []
    i = 0
    while i < len(query):
        c = query[i]
        if c == "\\" and i + 1 < len(query) and query[i + 1] == " ":
            cur.append(" ")
            i += 2
            continue
        if c.isspace():
            if cur:
                tokens.append("".join(cur))
                cur = []
        else:
            cur.append(c)
        i += 1
    if cur:
        tokens.append("".join(cur))
    return tokens


OPENING_MARKS = '“„‟"«‹‘‚'
CLOSING_MARKS = '”"»›’'


def unquote(token: str) -> str:
    """A word of a pasted quote without the quote's marks (and a comma or period just inside the
    closing one), which the quote's text, taken between its marks, does not hold. The straight
    single mark is fzf's exact operator and stays."""
    core = token.lstrip(OPENING_MARKS)
    stripped = core.rstrip(CLOSING_MARKS)
    if stripped != core:
        stripped = stripped.rstrip(",.;:")
    return stripped


def parse_term(token: str) -> Term | None:
    inverse = token.startswith("!")
    if inverse:
        token = token[1:]
    mode: Mode = "exact" if inverse else "fuzzy"
    if not inverse and token[:1] != "'":
        token = unquote(token) or token  # (marks alone: the user looks for the marks)
    if token.startswith("'"):
        token = token[1:]
        mode = "exact"
        if len(token) > 1 and token.endswith("'"):
            token = token[:-1]
            mode = "word"
    elif token.startswith("^"):
        token = token[1:]
        mode = "prefix"
        if len(token) > 1 and token.endswith("$") and not token.endswith("\\$"):
            token = token[:-1]
            mode = "equal"
    elif len(token) > 1 and token.endswith("$") and not token.endswith("\\$"):
        token = token[:-1]
        mode = "suffix"
    if token.endswith("\\$"):
        token = token[:-2] + "$"
    if not token:
        return None
    return Term(token, mode, inverse)


def _single_quoted_phrases(tokens: list[str]) -> list[str]:
    """``'build a wall'`` as one token, ``'build\\ a\\ wall'``: people put a phrase in straight
    single quotes to look it up as written, which fzf would read as ``'build`` (exact), ``a`` and
    ``wall'`` (a word ending in an apostrophe) and find nothing like it."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        bare = t[1:] if t.startswith("!") else t  # (!'two words' excludes the phrase)
        opens = (
            bare.startswith("'") and not bare.startswith("''") and not (len(bare) > 1 and bare.endswith("'"))
        )
        close = (
            next((j for j in range(i + 1, len(tokens)) if tokens[j].endswith("'")), None) if opens else None
        )
        if close is not None and all(tokens[k] != "|" for k in range(i + 1, close)):
            out.append(" ".join(tokens[i : close + 1]))
            i = close + 1
        else:
            out.append(t)
            i += 1
    return out


def parse(query: str) -> Query:
    groups: list[list[Term]] = []
    speakers: list[str] = []
    join_next = False
    tokens = _single_quoted_phrases(_split(query))
    plain = bool(tokens)
    for token in tokens:
        if token.startswith("@") and len(token) > 1:
            speakers.append(token[1:])
            plain = False
            continue
        if token == "|":
            join_next = bool(groups)
            plain = False
            continue
        term = parse_term(token)
        if term is None or term.mode != "fuzzy" or term.inverse:
            plain = False
        if term is None:
            continue
        if join_next and groups:
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = False
    case_sensitive = any(c.isupper() for c in query)
    phrase = unquote(" ".join(tokens)) if plain and len(groups) >= 2 else None
    return Query(tuple(tuple(g) for g in groups), case_sensitive, tuple(speakers), phrase or None)
