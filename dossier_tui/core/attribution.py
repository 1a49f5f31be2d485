"""Who said each quote: the cue ("said"), the mention it rests on ("he"), and the entity meant.

Rules, tried in order for each quote, all on text whose quotes are masked out:
1. after the quote: `"…," Lukashenko said` / `"…," said Sen. Ted Cruz` / `"…," according to X`;
2. before it, in the same sentence: `Peskov told reporters: "…"` / `X, who …, said that "…"`;
3. later in the same sentence: `the Kremlin "will never" accept it, Lukashenko warned`;
4. a paragraph ending in a colon introduces the next paragraph's quote;
   or the line after a quote credits it: `— Bernie Sanders.`;
5. no cue at all: the quote continues the previous speaker (same or previous paragraph).
The mention is then resolved: a name to the fullest form of that name in the article, a pronoun
to the most recent subject (or the previous speaker), a description ("the Belarusian leader") to
the person whose roles share its words.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from rapidfuzz.distance import Levenshtein

from .lexicon import (
    ABBREVIATIONS,
    BARE_CUES,
    CUE_PHRASES,
    CUE_WORDS,
    DOCUMENT_NOUNS,
    EVENT_NOUNS,
    GOVERNING_WORDS,
    GROUP_PLURAL_ENDINGS,
    INVERTING_CUES,
    NAME_PARTICLES,
    NOT_NAMES,
    NOUNISH_PRESENT,
    OFFICE_WORDS,
    PARTY_WORDS,
    PHRASE_NOUNS,
    PLACE_ADJECTIVES,
    PLACE_AND_WORK_NOUNS,
    PUBLICATION_NOUNS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    SENTENCE_STARTERS,
    SHORT_GIVEN_NAMES,
    SOURCE_NOUNS,
    STRONG_CUES,
    TITLES,
    US_STATES,
    WEEKDAYS,
)
from .mentions import (
    MASK,
    NOT_IN_DESCRIPTION,
    Mention,
    description_at,
    is_person_head,
    mask_quotes,
    names_in,
    pronouns_in,
    role_modifier,
    subject_phrase,
)
from .model import Article, Paragraph, Span
from .quotes import RawQuote


def prefix_tree(phrases: tuple[str, ...] | list[str]) -> str:
    """An alternation of lowercase ``phrases`` with common beginnings factored out ("fire(?:d|s)
    back"): the regex engine tries each alternative at every word start, so 22 phrases cost 22
    tries there, the factored form one per distinct first letter (cue windows: 1.9× faster).
    Matches exactly what ``"|".join(phrases)`` matches as long as no phrase begins another (then
    at most one can match at any position, whatever the order; ASCII, so that no two first letters
    are one letter under ``re.I``): checked here."""
    low = sorted(set(phrases))
    bad = any(p != p.lower() or not p or not p.isascii() for p in low)
    if bad or any(b.startswith(a) for a, b in itertools.pairwise(low)):
        raise ValueError("phrases must be lowercase ASCII, non-empty, and none may begin another")
    by_first: dict[str, list[str]] = {}
    for p in low:
        by_first.setdefault(p[0], []).append(p[1:])
    alts = []
    for first, rests in by_first.items():
        if len(rests) == 1:
            alts.append(re.escape(first + rests[0]))
        else:
            alts.append(re.escape(first) + "(?:" + prefix_tree(rests) + ")")
    return "|".join(alts)


_CUE_PHRASE_RE = re.compile(r"\b(?:" + prefix_tree(CUE_PHRASES) + r")\b", re.I)
_WORD = re.compile(r"[A-Za-z][\w’'\-]*")
_VIA = re.compile(
    r"\b(?:as\s+(?:quoted|reported|cited|carried|relayed)\s+by|according\s+to|as\s+told\s+to)\s+"
    r"((?:the\s+)?[^,.;:\n" + MASK + r"]{2,80}?)(?=[,.;:\n" + MASK + r"]|$)",
)
_ADVERB = re.compile(
    r"^(?:also|later|then|again|once|simply|only|even|recently|previously|repeatedly|now|still|never|"
    r"always|just|already|often|first|too|ever|since|"
    r"\w+ly|has|had|have|would|will|could|was|were|is|had\s+previously|has\s+also|"
    r"once\s+again|in\s+\w+|on\s+\w+)$"
)


@dataclass(frozen=True)
class Entity:
    """A speaker as the article names it, before resolution across the dossier."""

    key: str
    """Resolution key: a full name, an organisation's name, or ``desc:<article>:<text>``."""
    name: str
    kind: str = "person"
    roles: tuple[str, ...] = ()
    spellings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Attribution:
    entity: Entity | None
    mention: Span | None
    cue: Span | None
    via: Span | None
    rule: str | None
    continues: bool = False
    """True when the quote continues the previous quote's utterance (no cue of its own)."""
    inscription: bool = False
    """Words a thing bears (`a shirt that read “…”`, `The sign reads: “…”`): nobody speaks them."""


_INSCRIPTION = Attribution(None, None, None, None, None, inscription=True)
_READING = frozenset(["read", "reads", "reading"])


def _bears_words(phrase: str, mention: Mention) -> bool:
    """Is ``mention`` a thing that ``phrase`` ("read") gives the words of: a shirt, a sign, a
    placard (not a person, nor a source that speaks, such as a letter or a statement)?"""
    if phrase not in _READING or mention.kind != "description":
        return False
    head = re.sub(r"[’']s?$", "", mention.text.split()[-1]).lower()
    return not is_person_head(head) and head not in SOURCE_NOUNS


@dataclass
class _ArticleState:
    article: Article
    masked: str
    names: list[Mention]
    pronouns: list[Mention]
    sentence_starts: list[int]
    quote_ends: dict[int, int]
    fullnames: dict[str, Mention] = field(default_factory=dict)
    roles: dict[str, set[str]] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    full_keys: dict[str, str] = field(default_factory=dict)
    by_last: dict[str, list[str]] = field(default_factory=dict)
    persons: dict[str, bool] = field(default_factory=dict)
    prev_at: int = -1
    """Offset of the previous attributed quote: a subject named after it outranks its speaker."""
    para_starts: list[int] = field(default_factory=list)
    """Start offsets of the article's paragraphs, for bisection."""
    body: list[Paragraph] | None = None
    body_ends: list[int] = field(default_factory=list)
    ends: dict[int, list[Mention]] = field(default_factory=dict)
    """Pronouns then names by end offset: scanning both lists per quote was quadratic."""
    name_ends: list[int] = field(default_factory=list)
    """End offsets of ``names`` (in order, as names never overlap), for bisection."""
    the_names: dict[str, bool] = field(default_factory=dict)
    """Whether "the <name>" occurs in the article, by name."""
    clause_starts: dict[int, bool] = field(default_factory=dict)
    """``_starts_clause`` by mention start: the sentence bounds it reads never change."""
    section_starts: list[int] | None = None
    """Ends of section-break lines (`___`, `* * *`), for bisection: found on first use."""
    pronoun_starts: list[int] = field(default_factory=list)
    """Start offsets of ``pronouns``, for bisection: filled on first use."""
    all_roles: dict[str, set[str]] | None = None
    """``roles`` plus roles given in apposition (`Ann Hale, the Democratic nominee,`): on first use."""
    sentences: dict[int, tuple[int, int]] = field(default_factory=dict)
    """``_sentence_of`` by offset: asked 48 times an article, half of them again for the same offset."""
    cue_windows: dict[tuple[int, int], list[tuple[int, int]]] = field(default_factory=dict)
    """``_cue_words`` by window (one in eight is asked again); its lists are never changed."""
    kinds: dict[tuple[str, bool, tuple[str, ...]], str] = field(default_factory=dict)
    """``_kind_of`` by what it reads (a third of its calls repeat one)."""
    pronoun_at: dict[int, Mention] | None = None
    """``pronouns`` by start offset, for the attributed quotes' mentions: made on first use."""
    bearers: dict[str, list[tuple[int, str, str]]] = field(default_factory=dict)
    """People sharing a surname, by surname: (first named at, given name, key). Filled on use."""
    bearer_genders: dict[str, str | None] = field(default_factory=dict)
    """``_bearer_gender`` by key."""
    coordinated: dict[str, list[tuple[int, str]]] | None = None
    """``_coordinated``: on first use."""
    mention_keys: dict[int, str] = field(default_factory=dict)
    """``_key_of`` by mention start."""
    given_keys: dict[str, str] | None = None
    """A given name alone ("James") -> the one full name it opens in the article: on first use."""
    the_ends: list[int] | None = None
    """Where a word after "the" starts: on first use."""
    honorific_ends: list[tuple[int, bool]] | None = None
    """Where a name after "Mr."/"Ms."/"Mrs." starts, and whether it is "Mr.": on first use."""
    quoted_by_last: dict[str, set[str]] = field(default_factory=dict)
    """Full names inside the article's quotes, by surname: on first use (:func:`_quoted_full`)."""
    quoted_names: dict[int, list[str]] = field(default_factory=dict)
    """The full names a quote holds, by the quote's start: read on first use."""
    by_middle: dict[str, list[str]] | None = None
    """Names of three words by their middle word (:func:`_first_surname_of`): on first use."""
    heads: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    """The words a place's or a preposition's object resolved to (`One operative inside Trump
    Tower` → "One operative"), by the object's span: the evidence a user is shown."""


_SECTION_BREAK = re.compile(r"\s*(?:[_*#=~\-–—]\s*){3,}[.]?\s*")
"""A line of rules or stars: a live blog's or a digest's break between unrelated items."""


def _section_start(state: _ArticleState, at: int) -> int:
    """Where the section holding ``at`` starts: after the last break line before it (0 if none).
    A pronoun or a quote with no cue never reaches back across a break: the next item is about
    someone else."""
    if state.section_starts is None:
        state.section_starts = [
            p.end
            for p in state.article.paragraphs
            if _SECTION_BREAK.fullmatch(state.article.text, p.start, p.end)
        ]
    i = bisect.bisect_right(state.section_starts, at) - 1
    return state.section_starts[i] if i >= 0 else 0


_ENDING_ABBREVIATIONS = frozenset(["u.s", "u.k", "u.n", "a.m", "p.m", "d.c", "etc", "inc", "corp", "co"])
"""Abbreviations a sentence can end on ("… in the U.S.", "… at 9 p.m.")."""

_SENTENCE_END = re.compile(r"[.!?]+[)\]’'\"”]*\s+(?=[A-Z" + MASK + r"“\"‘(])")
_WORD_BEFORE_DOT = re.compile(r"([\w.]+)$")
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
_SPACE_BEFORE_SENTENCE = re.compile(r"\s+(?=[A-Z" + MASK + "])")


def _sentence_starts(
    masked: str,
    text: str,
    article: Article,
    quotes: list[RawQuote],
    spans: list[tuple[int, int]] | None = None,
) -> list[int]:
    """Offsets where sentences start, computed on masked text; a quote that ends a sentence inside
    its marks (`… peace.” He added`) ends the sentence too. ``spans``: the body paragraphs' (start,
    end), when the caller has them."""
    if spans is None:
        spans = _body_spans(article)
    starts: list[int] = []
    quote_close = {q.end: q for q in quotes if q.closed}
    for a, b in spans:
        starts.append(a)
        for m in _SENTENCE_END.finditer(masked, a, b):
            dot = m.start()
            wm = _WORD_BEFORE_DOT.search(masked, dot - 12 if dot - 12 > a else a, dot)
            prev = wm.group(1).lower() if wm else ""
            if prev in ABBREVIATIONS and prev not in _ENDING_ABBREVIATIONS:
                continue  # "Sen. Warren", "Jan. 5": no sentence ends here
            if len(prev) == 1 and prev.isalpha():
                continue  # an initial: "George W. Bush"
            if prev in _ENDING_ABBREVIATIONS or _INITIALS.fullmatch(prev):
                # "the U.S. Army", but "the U.S. While Clinton …": a new sentence only when a
                # word that opens sentences follows
                nxt = _WORD.match(masked, m.end())
                if nxt is None or nxt.group() not in SENTENCE_STARTERS:
                    continue
            starts.append(m.end())
    # Each quote once, found in its paragraph by bisection (a loop per paragraph was quadratic).
    body_starts = [a for a, _ in spans]
    for q in quote_close.values():
        end = q.outer_end
        i = bisect.bisect_right(body_starts, end) - 1
        if i >= 0 and end < spans[i][1] and text[q.start : q.end].rstrip()[-1:] in ".!?":
            m2 = _SPACE_BEFORE_SENTENCE.match(masked, end, end + 20)
            if m2:
                starts.append(m2.end())
    return sorted(set(starts))


def _body_spans(article: Article) -> list[tuple[int, int]]:
    """(start, end) of each body paragraph, read once (``Paragraph.start`` and ``end`` are
    properties: a Python call each)."""
    return [(p.start, p.end) for p in article.paragraphs if p.kind == "body"]


def _paragraph_at(state: _ArticleState, offset: int) -> Paragraph | None:
    """``Article.paragraph_at`` by bisection (paragraphs are disjoint and in order): a linear scan
    per quote was quadratic on articles of thousands of paragraphs."""
    paras = state.article.paragraphs
    if len(state.para_starts) != len(paras):
        state.para_starts = [p.start for p in paras]
    i = bisect.bisect_right(state.para_starts, offset) - 1
    return paras[i] if i >= 0 and offset < paras[i].end else None


def _body_ending_by(state: _ArticleState, offset: int) -> list[Paragraph]:
    """The last two body paragraphs that end at or before ``offset``, found by bisection (a list of
    all of them per quote was quadratic)."""
    if state.body is None:
        state.body = [p for p in state.article.paragraphs if p.kind == "body"]
        state.body_ends = [p.end for p in state.body]
    n = bisect.bisect_right(state.body_ends, offset)
    return state.body[max(0, n - 2) : n]


def _sentence_of(state: _ArticleState, offset: int) -> tuple[int, int]:
    got = state.sentences.get(offset)
    if got is not None:
        return got
    starts = state.sentence_starts
    i = bisect.bisect_right(starts, offset) - 1
    lo = starts[i] if i >= 0 else 0
    hi = starts[i + 1] if i + 1 < len(starts) else len(state.masked)
    para = _paragraph_at(state, offset)
    if para is not None:
        lo, hi = max(lo, para.start), min(hi, para.end)
    got = state.sentences[offset] = (lo, hi)
    return got


def _cue_words(state: _ArticleState, lo: int, hi: int) -> list[tuple[int, int]]:
    """Cue words and phrases in ``masked[lo:hi]``, in order: only the windows rules look at are
    scanned (a scan of the whole article costs more than all of them)."""
    got = state.cue_windows.get((lo, hi))
    if got is not None:
        return got
    masked = state.masked
    out = [m.span() for m in _WORD.finditer(masked, lo, hi) if m.group().lower() in CUE_WORDS]
    out += [
        m.span()
        for m in _CUE_PHRASE_RE.finditer(masked, lo, hi)
        if not (m.group().lower().endswith(" on") and _ON_WHAT.match(masked, m.end()))
    ]
    out.sort()
    state.cue_windows[(lo, hi)] = out
    return out


_ON_WHAT = re.compile(r"\s+(?!to\b|saying\b|with\b|about\b)[a-z]")
"""`the Senate goes on recess`, `went on television`: "go on" with an object is no verb of saying
(`went on to say`, `went on:`, `goes on, “…”` are)."""


_ASIDE_OPEN = re.compile(
    r",\s+(?:who|whose|which|a|an|the|his|her|their|its|\d+|former|then|now|also|once|like|as|"
    r"during|speaking|addressing|following|"
    r"[A-Z][\w’'\-]*(?:’s|'s))\b"
)


def _mention_ending_at(state: _ArticleState, lo: int, hi: int, subject: bool = True) -> Mention | None:
    """The mention whose end is the last thing in ``masked[lo:hi]`` (after skipping adverbs,
    auxiliaries and a comma- or dash-delimited aside). ``subject``: it must be able to be the
    subject of a verb that follows (not so for the antecedent of "who")."""
    masked = state.masked
    start = lo + len(masked[lo:hi]) - len(masked[lo:hi].lstrip())
    if intro := _INTRO.match(masked, start):
        # "In a statement to the Observer, her adviser said": the opening phrase names nobody
        # who speaks; the subject comes after it
        cut = _intro_end(masked, start, hi)
        if start < cut < hi:
            found = _mention_ending_in(state, cut, hi, subject)
            if found is not None or intro.group() != "As":
                return found
            # `As John Cornyn, the No. 2 in the leadership, put it:`: the comma closes no opening
            # phrase; it opens an aside after the subject of "as"
    return _mention_ending_in(state, lo, hi, subject)


def _mention_ending_in(state: _ArticleState, lo: int, hi: int, subject: bool) -> Mention | None:
    """``_mention_ending_at`` once any opening phrase is cut off."""
    masked = state.masked
    end = hi
    for _ in range(4):
        seg = masked[lo:end].rstrip()
        end = lo + len(seg)
        if end <= lo:
            return None
        for m in state.ends.get(end, ()):  # pronouns first, then names, as listed
            if m.start >= lo:
                return _unless_object(state, lo, m) if subject else m
        surname = _surname_ending_at(state, lo, end)
        if surname is not None:
            return surname
        group = _PLURAL_PAIR.search(masked, max(lo, end - 80), end)
        if group is not None and is_person_head(group.group(2)) and is_person_head(group.group(3)):
            # `many marchers and spectators chanting`: one group of people, not two speakers
            return Mention(group.start(1), end, "description", group.group(1), plural=True)
        d = description_at(masked, max(lo, end - 80), end)
        if d is not None:
            return _unless_object(state, lo, d) if subject else d
        # a parenthesis: "Sen. Elizabeth Warren (D-MA) said"
        if seg.endswith(")"):
            opener = masked.rfind("(", lo, end)
            if opener > lo:
                end = opener
                continue
            return None
        # an aside: ", who replaced Y as leader in July," / "-- a close ally of Putin --"
        if seg.endswith((",", "--", "—", "–", "―")):
            closer = "," if seg.endswith(",") else seg[-2:] if seg.endswith("--") else seg[-1]
            inner_end = end - len(closer)
            if closer == ",":
                # the aside opens at the first ", who/which/a/the/31/former …" of the clause
                am = _ASIDE_OPEN.search(masked, lo, inner_end)
                if am is None and masked[inner_end - 1 : inner_end] == ")":
                    end = inner_end  # `Gov. Tom Hale (R-OH), said`: a stray comma after the party
                    continue
                opener = am.start() if am else masked.rfind(closer, lo, inner_end)
                if am is None and opener > lo and masked[opener - 1 : opener].islower():
                    # "her chief of staff, Paul Reyes, said": a name set off after a description
                    # is the one speaking, not an aside about them
                    name = next((x for x in state.ends.get(inner_end, ()) if x.kind == "name"), None)
                    if (
                        name is not None
                        and name.start > opener
                        and _only_role_before(masked, opener + 1, name)
                    ):
                        return name
            else:
                opener = masked.rfind(closer, lo, inner_end)
            if opener > lo:
                end = opener
                continue
            return None
        # an adverb or auxiliary between subject and verb: "Lukashenko also said"
        wm = re.search(r"(\b[\w’'\-]+)$", seg)
        if wm and _ADVERB.match(wm.group(1).lower()):
            end = lo + wm.start(1)
            continue
        return None
    return None


_PLURAL_PAIR = re.compile(
    r"\b((?:[Mm]any|[Ss]ome|[Ss]everal|[Tt]he|[Hh]undreds\s+of|[Tt]housands\s+of|[Dd]ozens\s+of)\s+"
    r"(?:[a-z\-]+\s+)?([a-z\-]+s)\s+and\s+([a-z\-]+s))$"
)
_CAPITALISED_AT_END = re.compile(r"(?<![\w’'.\-])([A-Z][a-z]+)$")


def _surname_ending_at(state: _ArticleState, lo: int, end: int) -> Mention | None:
    """`“…,” From said` after `Al From`: a surname that is also a common word ("From", "Will",
    "Long") is no name on its own, but it is once the article has named the person in full."""
    w = _CAPITALISED_AT_END.search(state.masked, max(lo, end - 20), end)
    if w is None or w.start(1) != lo + len(state.masked[lo:end]) - len(state.masked[lo:end].lstrip()):
        return None  # only the whole phrase before the verb
    word = w.group(1)
    if word.lower() not in NOT_NAMES or word.lower() in TITLES or word.endswith("s"):
        return None  # (any other capitalised word would have been a name already; "Officials")
    # the full name where the story introduces the person: `said Al From,`, `by Al From`
    pattern = r"(?:\b(?:said|says|by|with|and)\s|,\s)([A-Z][a-z]+) " + word + r"\b(?! [A-Z])"
    for full in re.finditer(pattern, state.masked):
        first = full.group(1)
        if first.lower() not in NOT_NAMES and first.lower() not in TITLES:
            return Mention(w.start(1), w.end(1), "name", f"{first} {word}")
    return None


_PREP_BEFORE = re.compile(
    r"\b(?:of|by|from|for|with|at|in|on|to|about|against|among|between|near|under|over)\s+(?:[Tt]he\s+)?$"
)
_NP_BEFORE = re.compile(
    r"(?:^|(?<=[\s,(]))((?:[Tt]he|[Aa]n?|[Mm]ost|[Mm]any|[Ss]ome|[Aa]ll|[Hh]alf|[Oo]ne|[Tt]wo|[Tt]hree|"
    r"[Ss]everal|[Ff]ew|[Oo]ther|[Aa]nother|[Tt]hose|[Tt]hese|[Ee]ach|\d[\d.,%]*)"
    r"(?:\s+[\w’'\-.%]+){0,5})\s*$"
)


def _unless_object(state: _ArticleState, lo: int, m: Mention) -> Mention | None:
    """A name right after a preposition is not the subject of the verb that follows: "the vast
    majority of Americans say" (the majority), "a letter obtained by the AP warns" (the letter),
    "Ted Cruz of Texas said" (Ted Cruz)."""
    if m.kind == "pronoun":
        return m
    prep = _PREP_BEFORE.search(state.masked, max(lo, m.start - 12), m.start)
    if prep is None:
        return m
    head_end = prep.start()
    seg = state.masked[lo:head_end].rstrip()
    if not seg or seg.endswith((",", MASK)):
        return m  # nothing the phrase could hang on: "…, according to X" style asides
    for x in state.ends.get(lo + len(seg), ()):
        if x.start >= lo and not x.possessive:
            return x
    np_lo = max(lo, head_end - 80)
    while (np := _NP_BEFORE.search(state.masked, np_lo, lo + len(seg))) is not None and (
        {w.lower() for w in np.group(1).split()[1:]} & _NOT_IN_NP
        or state.masked[np.start(1) - 1 : np.start(1)] in (",", ".", "$")
    ):
        # "The fight erupted as the head of …": the phrase is "the head"; "$332,000 on …": the
        # "000" is no determiner
        np_lo = np.start(1) + 1
    if np is not None:
        np_start = np.start(1)
    elif re.fullmatch(r"[A-Za-z][\w\-]*s", seg.strip()):
        # "Proponents of the bill say", "Leaders of the group have said": a bare plural opening
        # the clause is what the phrase hangs on
        np_start = lo + len(seg) - len(seg.lstrip())
    else:
        return None
    text = " ".join(state.masked[np_start : m.end].split())
    return Mention(np_start, m.end, "description", text, plural=True)


_NOT_ROLE_WORDS = frozenset(
    [
        "that",
        "on",
        "in",
        "at",
        "to",
        "after",
        "before",
        "when",
        "because",
        "while",
        "during",
        "it",
        "he",
        "she",
        "they",
        "this",
        "there",
        "then",
        "and",
        "but",
        "if",
        "as",
        "with",
        "by",
        "from",
        "last",
        "next",
        "earlier",
        "later",
        "recently",
        "previously",
        "also",
        "not",
        "about",
        "a",
        "an",
        "the",
        "another",
        "one",
        "his",
        "her",
        "their",
        "its",
        "which",
        "who",
        "whose",
        "himself",
        "herself",
        "source",
        "sources",
        "yet",
        "still",
        "for",
        "so",
    ]
)


_PERSONAL_TITLES = frozenset(
    [
        *["governor", "senator", "mayor", "president", "chairman", "chairwoman", "secretary"],
        *["minister", "representative", "congressman", "congresswoman", "judge", "sheriff", "ambassador"],
    ]
)


def _ends_in_title(name: str) -> bool:
    """ "Pennsylvania Gov.", "Ohio Senator": a run of capitals ending in a title before a name,
    not a name ("House", "GOP" end organisations' names and stay)."""
    last = name.rsplit(None, 1)[-1]
    return (last.endswith(".") and last[:-1].lower() in TITLES) or last.lower() in _PERSONAL_TITLES


def _name_at_or_after(state: _ArticleState, lo: int, hi: int) -> Mention | None:
    """The first name starting in ``[lo, hi)``."""
    i = bisect.bisect_right(state.name_ends, lo)
    return state.names[i] if i < len(state.names) and state.names[i].start < hi else None


def _mention_starting_at(state: _ArticleState, lo: int, hi: int) -> Mention | None:
    """A mention right at the start of ``masked[lo:hi]`` (after a cue: "said Sen. Ted Cruz")."""
    seg = state.masked[lo:hi]
    start = lo + len(seg) - len(seg.lstrip())
    for m in state.pronouns:
        if m.start == start:
            return m
    for m in state.names:
        if start <= m.start <= start + 40 and m.start < hi:
            if _ends_in_title(m.text):
                # `said former Ohio Gov. and party chairman Ed Lee`: a state and a title are a role
                # (the first of two), the name comes after them
                nxt = _name_at_or_after(state, m.end, min(hi, m.end + 80))
                if nxt is None or any(
                    not (w == "and" or w[:1].isupper() or w.lower().strip(".,") in TITLES or w in ROLE_NOUNS)
                    for w in state.masked[m.end : nxt.start].split()
                ):
                    return None
                return _as_modifier(state, nxt)
            between = state.masked[start : m.start].split()
            if all(w.lower().strip(".,") in TITLES or w[:1].isupper() for w in between) or (
                # "said master of ceremonies Asab Al-Tabchi", "said retired Army Lt. Gen. Ann Lee":
                # lowercase role words and abbreviated titles, no clause
                len(between) <= 4
                and not any(
                    w.lower() in _NOT_ROLE_WORDS or not (w.isalpha() or w.lower().strip(".") in TITLES)
                    for w in between
                )
            ):
                return _as_modifier(state, m)
    m2 = re.match(
        r"((?:the|a|an|his|her|their|one|two|three|several|many|some|another)\s+(?:[\w’'\-.]+,?\s+){0,5}?[\w\-]+)(?=\s*(?:[,.;:]|$|\s+(?:who|of|for|in|at|on|to)\b))",
        seg.lstrip(),
        re.I,
    )
    if m2:
        d = description_at(state.masked, start, start + m2.end(1))
        if d is not None:
            return d
    return None


_CLAUSE_BREAK = re.compile(r"(?:;\s|[,—–]\s*(?:but|though|although|while|and|whereas|yet)\s)")

_SUBORDINATE_BEFORE_PARTICIPLE = re.compile(
    r"\b(?:even\s+as|even\s+though|where|as|while|when|because|although|though)\s(?=[^,;:]*,\s*$)"
)
"""A subordinate clause running up to the participle's comma (`even as he defended X, saying`):
when a name or pronoun opens it, the participle goes with that subject."""


_NEW_SUBJECT = re.compile(
    r"(?:[A-Z" + MASK + r"“\"]|(?:he|she|they|it|we|i|you|the|a|an|his|her|their|its|this|that|these|"
    r"those|some|many|most|one|two|several|another|other|others)\b)"
)


def _participle_subject(state: _ArticleState, lo: int, hi: int) -> Mention | None:
    """The subject of the clause a participle ("saying", "calling") attaches to."""
    clause_lo = lo
    for m in _CLAUSE_BREAK.finditer(state.masked, lo, hi):
        # ", and took questions, saying": a second verb, same subject; a new clause has its own
        if _NEW_SUBJECT.match(state.masked, m.end(), hi):
            clause_lo = m.end()
    sub = _SUBORDINATE_BEFORE_PARTICIPLE.search(state.masked, clause_lo, hi)
    if sub is not None and _end_of_mention_at(state, sub.end()) != -1:
        clause_lo = sub.end()
    if _INTRO.match(state.masked, clause_lo):
        # "After the Paris attacks, Trump released an ad calling it …": past the opening phrase
        clause_lo = _intro_end(state.masked, clause_lo, hi)
    cands = sorted(
        (m for m in state.names + state.pronouns if clause_lo <= m.start < hi and not m.possessive),
        key=lambda m: m.start,
    )
    # `“…,” the Republican candidate told CBS, saying`: past the comma after the previous quote
    seg = state.masked[clause_lo:hi]
    np = _opening_np(state.masked, clause_lo + len(seg) - len(seg.lstrip(" ,;:\u00a0" + MASK)), hi)
    if np is not None and not (cands and cands[0].start < np.end and cands[0].end >= np.end):
        # (a name inside the phrase is its modifier: `a top GOP strategist said`)
        return np
    for m in cands:
        if _starts_clause(state, m) or m.start == clause_lo or m.kind == "pronoun":
            return _as_modifier(state, m)
    return _as_modifier(state, cands[0]) if cands else subject_phrase(state.masked, clause_lo, hi)


_NEXT_WORD = re.compile(r"\s+[a-z][\w\-]*\b")


def _head_name(state: _ArticleState, m: Mention) -> Mention:
    """`Clinton campaign manager Robby Mook`, `Cruz adviser Ann Lee`: in a noun phrase `<name>
    <role words> <name>` the last name is the head, the one who speaks; the first is a modifier
    (an employer, a candidate), part of the head's role."""
    if m.kind != "name":
        return m
    i = bisect.bisect_right(state.name_ends, m.end)
    if i >= len(state.names):
        return m
    n = state.names[i]
    if n.start - m.end > 60:
        return m
    between = state.masked[m.end : n.start].split()
    if between and between[0] in ("’s", "'s"):
        between = between[1:]
    # (hyphenated modifiers too: "Idaho nutritional-supplement executive Ann Lee")
    if not 1 <= len(between) <= 4 or not all(w.replace("-", "").isalpha() and w.islower() for w in between):
        return m
    if n.role is not None and n.role.split()[-len(between) :] == between:
        return n
    # a role the lexicon does not list ("CBS moderator Ann Lee"): a singular noun for a person
    # last, no verb among the words ("Trump told reporters Clinton …" is a clause)
    head = between[-1]
    if head in ROLE_MODIFIERS or not (head in ROLE_NOUNS or head in TITLES or is_person_head(head)):
        return m  # "former", "then": a modifier, not a head
    if any(
        w in CUE_WORDS
        or w in NOT_NAMES
        or w.endswith(("ed", "ing"))
        or (w.endswith("s") and not w.endswith("ss"))
        for w in between
    ):
        return m  # a verb ("Frank quotes former Carter adviser …") or a plural
    return n


def _as_modifier(state: _ArticleState, m: Mention) -> Mention:
    """ "The Florida senator": a name used as a modifier stands for the noun phrase it is in."""
    if m.kind != "name":
        return m
    head = _head_name(state, m)
    if head is not m:
        return head
    nxt = _NEXT_WORD.match(state.masked, m.end)
    if nxt is None:
        return m
    lo = max(_sentence_of(state, m.start)[0], m.start - 30)
    dets = list(_DETERMINER.finditer(state.masked, lo, m.start))
    # the nearest determiner: "the law with his Benghazi committee" is "his Benghazi committee"
    d = description_at(state.masked, dets[-1].start() if dets else lo, nxt.end())
    return d if d is not None and d.start < m.start else m


_DETERMINER = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne)\s")


_INTRO = re.compile(
    r"(?:(?:Even|Just|Only|Shortly|Long|Soon|Right)\s+(?:before|after|as|when|while|in|on|at|during|"
    r"since|though|if|with)"
    r"|In|On|At|After|Before|During|Speaking|Asked|When|While|Since|As|From|Like|Unlike|Despite|"
    r"Amid|Following|Responding|Citing|Addressing|Appearing|Campaigning|Writing|Pressed|Under|"
    r"Later|Earlier|Meanwhile|However|But|And|Still|Yet|Alongside|Beyond|Besides|Among|Against|"
    r"Throughout|Through|Within|Without|Across|Behind|Beside|Toward|Towards|Upon|Until|Given|"
    r"Regarding|Including|Along|Ahead)\b"
)
"""Words that open an introductory phrase: its names are not the clause's subject."""

_PLACE_COMMA = re.compile(r"(?<=[a-z]), (?=[A-Z][\w.]*(?: [A-Z][\w.]*)?,)")
"""The comma of "in Salem, New Hampshire, Trump …": a place and its state, not the phrase's end."""


def _intro_end(masked: str, lo: int, hi: int) -> int:
    """Where the clause after an introductory phrase starts: after its comma, skipping the
    comma between a place and its state or country."""
    pos = lo
    while True:
        comma = masked.find(", ", pos, hi)
        if comma == -1:
            return lo
        if _PLACE_COMMA.match(masked, comma) and masked[comma - 1 : comma].isalpha():
            before = masked.rfind(" ", lo, comma) + 1
            if before > lo and masked[before : before + 1].isupper():  # not "Still, Petrilli,"
                pos = comma + 2
                continue
        return comma + 2


def _subject_of_clause(state: _ArticleState, lo: int, hi: int) -> Mention | None:
    """The first name or pronoun of the clause ``masked[lo:hi]``, skipping introductory phrases."""
    cands = [m for m in state.names + state.pronouns if lo <= m.start < hi and not m.possessive]
    # An introductory phrase ends with a comma: prefer the first mention after it.
    start = lo
    if _INTRO.match(state.masked, lo):
        start = _intro_end(state.masked, lo, hi)
    if not cands:
        # nobody named: a noun phrase for people opening the clause ("The party's nominee for
        # the Senate said"), not one for things ("His comments were")
        np = _opening_np(state.masked, start, hi)
        head = np.text.split()[-1].lower() if np is not None else ""
        return np if is_person_head(head) and head.rstrip("s") not in _WORDS_NOUNS else None
    cands.sort(key=lambda m: m.start)
    after = [m for m in cands if m.start >= start]
    np = _opening_np(state.masked, start, hi)
    if np is not None and not (after and after[0].start < np.end and after[0].end >= np.end):
        return np  # (a name inside the phrase is its modifier: `A campaign TV ad released …`)
    first = after[0] if after and start > lo else cands[0]
    if (
        first.kind == "name"
        and _PREP_BEFORE.search(state.masked, max(start, first.start - 14), first.start)
        and _POSSESSIVE_OPENING.match(state.masked, start)
    ):
        # `Lee's attacks on Hale stand out …`: the clause's subject is a thing someone owns; the
        # name in its prepositional phrase is an object
        return None
    return _modified_head(state, first, hi) or _head_name(state, first)


_POSSESSIVE_OPENING = re.compile(r"\s*(?:[A-Z][\w\-.]*\s+){0,3}[A-Z][\w\-]*[’']s\s+[a-z]")
"""A clause opening with someone's possession: `Sen. Ann Lee's attacks`."""


_MODIFIED_HEAD = re.compile(
    r"((?:\s+[a-z][\w\-]*){1,3}?)(?:\s+(?:also|then|now|still|often|\w+ly|have|has|had|would|will|could|may|might))*\s*$"
)


def _modified_head(state: _ArticleState, m: Mention, hi: int) -> Mention | None:
    """`old Iowa political hands say`: a name followed by lowercase words up to the verb, the last
    a noun for people, is a modifier; the phrase is the subject."""
    if m.kind != "name":
        return None
    tail = _MODIFIED_HEAD.fullmatch(state.masked, m.end, hi)
    if tail is None:
        return None
    words = tail.group(1).split()
    head = words[-1].lower()
    if not is_person_head(head) or set(words) & (_NOT_IN_NP | _PREPOSITIONS) or head in CUE_WORDS:
        return None
    if any(w in CUE_WORDS or w.endswith("ed") for w in words):
        return None
    before = re.search(r"(?:^|\s)((?:[a-z][\w\-]*\s+){0,2})$", state.masked[max(0, m.start - 30) : m.start])
    lead = [w for w in (before.group(1).split() if before else []) if w not in _NOT_IN_NP | _PREPOSITIONS]
    lead = lead if len(lead) == len(before.group(1).split() if before else []) else []
    a = m.start - len(" ".join(lead)) - (1 if lead else 0)
    b = m.end + len(tail.group(1))
    return Mention(a, b, "description", " ".join(state.masked[a:b].split()), plural=head.endswith("s"))


_OPENING_NP = re.compile(
    r"\s*(?:(?:even|also|only|then|now)\s+)?((?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne|[Aa]nother)\s+(?:[\w’'\-]+\s+){0,3}?[\w\-]+"
    r"|(?:Others|Some|Many|Most|Both|Several|Critics|Protesters|Officials)"
    r"|[A-Z][\w\-]*(?:\s[A-Z][\w\-.]*){0,4}[’']s\s+(?:[\w\-]+\s+){0,2}?[a-z][\w\-]*)"
    r"(?P<pp>\s+(?:of|for|from|at|in|with)\s+(?:[\w’'\-.]+\s+){0,3}?[\w’'\-.]+)?"
    r"(?:,\s+[^,]{1,80},)?)"
    r"(?=\s+(?:(?:also|then|later|now|still|often|just|even|never|\w+ly)\s+)?(?:has|have|had|was|were|is|are|will|would|could|did|does|"
    r"went|took|made|gave|sought|told|said|wrote|spoke|came|got|held|kept|left|put|ran|saw|sent|stood|"
    r"drew|brought|began|won|lost|met|paid|led|fought|[a-z]+ed)\b)"
)
"""A noun phrase opening a clause and followed by its verb: "the justice sounded off", "Others,
reacting to the video, shouted", "A federal lawsuit was filed"."""


def _opening_np(masked: str, lo: int, hi: int) -> Mention | None:
    """The noun phrase that opens ``masked[lo:hi]`` as the subject of a verb, any head noun."""
    m = _OPENING_NP.match(masked, lo, hi + 40)  # its verb may be the cue, at ``hi``
    if m is None or m.end(1) > hi or MASK in m.group(1):
        return None
    words = m.group(1).split(",")[0].split()
    if {w.lower() for w in words[1:]} & _NOT_IN_NP:
        return None
    if m.group("pp") and not is_person_head(masked[m.start(1) : m.start("pp")].split()[-1]):
        return None  # "The nominee for the Senate said"; not "The rejection of the plan was"
    if any(w.endswith(("’s", "'s")) for w in words[:-1]) and not is_person_head(words[-1]):
        return None  # "Ryan’s campaign shrugged": a speaker; "Clinton’s attacks were echoed": none
    a = m.start(1)
    text = m.group(1).split(",")[0]
    return Mention(a, a + len(text), "description", " ".join(text.split()))


_THING = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w\-]+\s+){0,2}?(?:"
    + "|".join(sorted(SOURCE_NOUNS - {"campaign", "post", "site", "show"}))
    + r")\b"
)


def _resolve(state: _ArticleState, mention: Mention, at: int, prev: Entity | None) -> Entity | None:
    art = state.article
    if mention.kind != "pronoun" and _two_people(state, mention):
        return None
    if mention.kind == "name":
        if mention.text.lower() in _STATE_NOT_SURNAME:
            return _person_from_place(state, mention)
        if _describes_only(mention.text) and _full_key(state, mention.text) == mention.text:
            # (a surname such as "Cuban" or "English" is a name once the article gives it in full)
            return _descriptive_name(state, mention, at, prev)
        prep = _preposition_before(state.masked, mention.start)
        if prep != -1 and not _WHO_AFTER.match(state.masked, mention.end):
            # (`an attack on Trump, who has said …`: the relative clause's subject)
            return _head_before_preposition(state, mention, prep, prev)
        return _entity_for_name(state, mention)
    if mention.kind == "description" and mention.text.rsplit(None, 1)[-1].lower() in EVENT_NOUNS:
        return None  # `The attack sparked a debate, with …`: an event says nothing
    if mention.kind == "pronoun":
        if mention.text == "I":
            # the writer, whoever the byline names (an excerpt's writer is not its byline's)
            return Entity(f"desc:{art.id}:the author", "the author", "unknown")
        if mention.text.lower() in ("they", "it"):
            if prev is not None and prev.kind != "person":
                return prev
            if mention.text.lower() == "it":
                # "…," it read: the letter, the report, the statement named just before
                m = None
                for found in _THING.finditer(state.masked, max(0, at - 400), at):
                    m = found  # the last one before the pronoun
                if m is not None:
                    return Entity(f"desc:{art.id}:{m.group().lower()}", m.group(), "unknown")
            return None
        return _antecedent(state, at, mention.gender, prev)
    head = mention.text.rsplit(None, 1)[-1]
    if head[:1].isupper() and mention.text[:1].islower() and head in state.fullnames:
        # "an angry Hollande": adjectives before a person's name describe that person
        words = mention.text.split()[1:-1]
        if all(w.islower() for w in words):
            name = _name_at(state, mention.end - len(head))
            if name is not None and name.end == mention.end and _is_person(state, name):
                return _entity_for_name(state, name)
    return _resolve_description(state, mention, at, prev)


_DESCRIPTIVE_WORDS = (
    US_STATES
    | PLACE_ADJECTIVES
    | PARTY_WORDS
    | frozenset(["democrat", "gop", "islamic", "muslim", "christian", "jewish", "catholic", "evangelical"])
)


@functools.lru_cache(maxsize=8192)
def _describes_only(name: str) -> bool:
    """ "Wisconsin Republican", "Texan", "Islamic": a run of place, nationality, party or faith words
    describes someone ("the Wisconsin Republican") or something ("a Mexican troupe"); it is no
    one's name."""
    words = name.lower().split()
    if len(words) > 1 and " ".join(words[:2]) in US_STATES:
        words = words[2:]  # "New Hampshire Democrat"
    return all(w in _DESCRIPTIVE_WORDS for w in words)


_DETERMINER_BEFORE = re.compile(r"\b([Tt]he|[Aa]n?|[Aa]nother|[Oo]ne)\s+$")
_NEXT_LOWER = re.compile(r"\s+([a-z][\w\-]*)")


def _descriptive_name(state: _ArticleState, mention: Mention, at: int, prev: Entity | None) -> Entity | None:
    """ "the Wisconsin Republican said" is a description of someone the story named, resolved as
    "the senator" is; "a Mexican troupe", "Wisconsin Republicans say" name no one."""
    det = _DETERMINER_BEFORE.search(state.masked, max(0, mention.start - 9), mention.start)
    if det is None:
        return None
    nxt = _NEXT_LOWER.match(state.masked, mention.end)
    if nxt is not None and nxt.group(1) not in CUE_WORDS and nxt.group(1) not in _AUXILIARIES:
        return None  # "the Mexican audience": the name is a modifier of the noun after it
    text = state.masked[det.start() : mention.end]
    own = Entity(f"desc:{state.article.id}:{text.lower()}", text, "unknown")
    if det.group(1).lower() != "the":
        return own  # "another Muslim who worshiped there said": someone the story does not name
    ent = _resolve_description(state, Mention(det.start(), mention.end, "description", text), at, prev)
    if ent.key.startswith("desc:") or (prev is not None and ent.key == prev.key):
        return ent
    # a place and a party say too little to pick anyone else: the person must be known by them
    # (`Ann Lee (R-Utah)`, `Utah Sen. Ann Lee`), else the description stands for itself
    said = {_state_of(w) for w in _role_words(text)}
    known = {_state_of(w) for r in _all_roles(state).get(ent.key, ()) for w in _role_words(r)}
    return ent if said & known else own


_AUXILIARIES = frozenset(
    [
        "did",
        "does",
        "do",
        "has",
        "had",
        "have",
        "is",
        "was",
        "were",
        "are",
        "will",
        "would",
        "also",
        "could",
        "should",
        "can",
        "may",
        "might",
        "then",
        "later",
        "again",
        "once",
        "still",
        "who",
    ]
)
_LOCATIVE_WORDS = frozenset(
    [
        "in",
        "at",
        "inside",
        "outside",
        "near",
        "toward",
        "towards",
        "across",
        "within",
        "throughout",
        "behind",
        "into",
        "onto",
        "on",
        "of",
    ]
)
"""A name after these is a place, a building or a body something is in or of (`an operative inside
Trump Tower`, `the tragedy in Nice`, `an expert on Syria`), not who speaks."""


_WHO_AFTER = re.compile(r",\s+who\s")
_APPOSED_NAME_BEFORE = re.compile(r"(\S)\s*,\s+$")
_APPOSED_NAME_AFTER = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)?,\s+")


def _preposition_before(masked: str, start: int) -> int:
    """Where a preposition of ``_LOCATIVE_WORDS`` stands right before ``start`` ("in Nice", "of the
    Diocese"), or -1 (a word test, no regex: asked for every name a rule resolves)."""
    end = start - 1
    if end <= 0 or masked[end] != " ":
        return -1
    at = masked.rfind(" ", max(0, end - 12), end) + 1
    word = masked[at:end]
    if word in ("the", "The"):
        end = at - 1
        at = masked.rfind(" ", max(0, end - 12), end) + 1
        word = masked[at:end]
    return at if word in _LOCATIVE_WORDS and at > 0 else -1


def _head_before_preposition(
    state: _ArticleState, mention: Mention, prep_at: int, prev: Entity | None
) -> Entity | None:
    """The speaker whose phrase a name after a preposition ends: the person or description the
    phrase hangs on (`Archbishop Ann Lee of the Patriarchate` → Ann Lee, `one operative inside
    Trump Tower` → the operative). "of" after a thing (`the paradox of Nancy`) keeps the name, as
    before; any other preposition after a thing leaves no one."""
    end = prep_at
    while end > 0 and state.masked[end - 1] in " \u00a0":
        end -= 1
    for m in state.ends.get(end, ()):
        if m.kind == "name" and not m.possessive and _is_person(state, m):
            state.heads[mention.start, mention.end] = (m.start, m.end)
            return _entity_for_name(state, m)
    s_lo = _sentence_of(state, end)[0]
    d = description_at(state.masked, max(s_lo, end - 80), end)
    if d is not None and d.end == end and is_person_head(d.text.split()[-1]):
        # `Ann Lee, an expert on Syria,`, `the director of the FBI, Ann Lee,`: the name the
        # description is apposed to
        apposed = _APPOSED_NAME_BEFORE.search(state.masked, max(s_lo, d.start - 60), d.start)
        if apposed is not None:
            for m in state.ends.get(apposed.end(1), ()):
                if m.kind == "name" and _is_person(state, m):
                    state.heads[mention.start, mention.end] = (m.start, m.end)
                    return _entity_for_name(state, m)
        after = _APPOSED_NAME_AFTER.match(state.masked, mention.end)
        if after is not None:
            m = _name_at(state, after.end())
            if m is not None and state.masked[m.end : m.end + 1] == "," and _is_person(state, m):
                state.heads[mention.start, mention.end] = (m.start, m.end)
                return _entity_for_name(state, m)
        state.heads[mention.start, mention.end] = (d.start, d.end)
        return _resolve_description(state, d, d.start, prev)
    if state.masked.startswith("of ", prep_at):
        return _entity_for_name(state, mention)
    return None


def _person_from_place(state: _ArticleState, mention: Mention) -> Entity | None:
    """A state is a place, never a speaker: `Sen. Ann Lee of Ohio`, `Ann Lee of Dayton, Ohio` and
    `Ann Lee, Republican of Ohio` mean the person named before it; otherwise no one."""
    at = mention.start
    for _ in range(3):
        link = _PLACE_LINK.search(state.masked, max(0, at - 40), at)
        if link is None:
            return None
        before = next((m for m in state.ends.get(link.start(), ()) if m.kind == "name"), None)
        if before is None:
            # `the former senator from Ohio`: that person, whoever the story named before (their
            # state may be the one thing the story says of them); the description speaks
            d = description_at(state.masked, max(0, link.start() - 60), link.start())
            if d is not None and d.end == link.start() and d.text.split()[0].lower() == "the":
                text = state.masked[d.start : mention.end]
                state.heads[mention.start, mention.end] = (d.start, mention.end)
                return Entity(f"desc:{state.article.id}:{text.lower()}", text, "unknown")
            return None
        if _is_person(state, before):
            state.heads[mention.start, mention.end] = (before.start, before.end)
            return _entity_for_name(state, before)
        at = before.start
    return None


_PLACE_LINK = re.compile(r"(?:,\s+(?:a\s+)?(?:Republican|Democrat|Independent)\s+of|\s+of|\s+from|,)\s+$")


_AND = re.compile(r"\s+(?:and|&)\s+")
_DETERMINED = re.compile(
    r"(?:the|a|an|his|her|their|its|my|our|your|one|two|three|another|other|others|some|several|many)\b",
    re.I,
)
_NAME_AND = re.compile(r"\s+(?:and|&)\s+$")


def _two_people(state: _ArticleState, mention: Mention) -> bool:
    """`Smith and Jones said`, `the senator and his wife said`: two people speaking together are
    no one speaker. `The front-runner and former secretary of state said` describes one person
    twice: the second half has no determiner and names nobody."""
    if " and " not in mention.text and " & " not in mention.text:
        before = state.masked[max(0, mention.start - 6) : mention.start]
        if "and" not in before and "&" not in before:
            return False  # (most mentions: no "and" in or before them)
    parts = _AND.split(mention.text, maxsplit=1)
    if len(parts) == 2:
        _a, b = parts
        b_at = state.masked.find(b, mention.start)
        return bool(
            _DETERMINED.match(b)
            or _name_at(state, b_at) is not None
            or (_name_at(state, mention.start) is not None and b[:1].isupper())
        )
    # `Smith and Jones said`: the mention is the last of two subjects joined by "and"
    before = _NAME_AND.search(state.masked, max(0, mention.start - 8), mention.start)
    if before is None:
        return False
    return any(not m.possessive and _starts_clause(state, m) for m in state.ends.get(before.start(), ()))


def _name_at(state: _ArticleState, at: int) -> Mention | None:
    """The name starting at ``at``, if any (after abbreviated titles: "Sen. Ann Lee")."""
    i = bisect.bisect_left(state.name_ends, at + 1)
    if i < len(state.names) and state.names[i].start - at < 20:
        m = state.names[i]
        if all(w.endswith(".") or w in ("Mr", "Mrs", "Ms", "Dr") for w in state.masked[at : m.start].split()):
            return m
    return None


def _resolve_description(state: _ArticleState, mention: Mention, at: int, prev: Entity | None) -> Entity:
    """ "the Belarusian leader": the person whose roles share the most of its words, among those
    its party, nationality, state, office and gender do not rule out (`the Republican nominee`
    is never someone the story calls a Democrat, however many other words they share)."""
    art = state.article
    own = Entity(f"desc:{art.id}:{mention.text.lower()}", mention.text, "unknown")
    head = mention.text.split()[-1]
    if mention.plural or _PLURAL_HEAD.search(head) or head.lower() in _NUMBER_HEADS | _COLLECTIVE_HEADS:
        return own  # "the committee chairmen", "the two" and "the crowd" are several people
    owned = _POSSESSED.search(mention.text) is not None and head[:1].islower()
    words = _description_words(mention.text)
    gender = _description_gender(state, mention)
    fits = _Fit(words, gender)
    # the words shared must describe the person: a party alone only rules out ("the Republican
    # front-runner" is not every Republican the story names); in "the former vice president’s
    # spokeswoman" only "spokeswoman" describes her
    core = _PP_IN_DESCRIPTION.sub("", mention.text)
    if owned:
        core = re.split(r"[’']s?\s", core)[-1]
    plain = {w.lower() for w in _ROLE_WORD.findall(core)}
    plain -= _DESCRIPTION_STOP | PARTY_WORDS | {"democrat", "gop"}
    top, tied = 0, []
    for key, roles in _all_roles(state).items():
        overlap = len(plain & set().union(*(_plain_words(r) for r in roles)))
        if overlap < top or not overlap:
            continue
        if not fits.allows(state, key) or _kind_of(state, key, key, ()) == "organisation":
            continue
        if overlap > top:
            top, tied = overlap, []
        tied.append(key)
    if tied and mention.text.split()[0].lower() in ("the", "his", "her", "their"):
        # a tie goes to the one named last before the description: the one in the reader's mind
        key = tied[0] if len(tied) == 1 else max(tied, key=lambda k: _last_named_before(state, k, at))
        return _entity_for_key(state, key)
    if owned:
        return own  # someone's spokeswoman is no one else the story named
    if (
        mention.text.split()[0].lower() == "the"
        and not mention.plural
        and mention.text.split()[-1].lower() not in DOCUMENT_NOUNS | SOURCE_NOUNS | PLACE_AND_WORK_NOUNS
        and not _person_inside(state, mention)
    ):
        # a definite description points back to someone already in the story; not to the subject
        # of its own sentence (`Trump took on Clinton after the Democratic front-runner said`: a
        # writer would say "he"), but to the other person that sentence names
        other = _other_in_sentence(state, at)
        if other is not None and fits.allows(state, _key_of(state, other) or other.text):
            return _entity_for_name(state, other)
        ent = _antecedent(state, at, gender, prev, fits)
        if ent is not None:
            return ent
    key = f"desc:{art.id}:{mention.text.lower()}"
    return Entity(key, mention.text, "unknown")


_ROLE_WORD = re.compile(r"[\w\-]+")
_DESCRIPTION_STOP = frozenset(["the", "a", "an", "of", "his", "her", "their", "its"])
_PP_IN_DESCRIPTION = re.compile(r"\s(?:for|from|at|in|with|on|to|during|since)\s.*$")
"""A prepositional phrase after a description's head: "the nominee for the Nov. 8 election"
describes the race, not the person, and shares no role words with anyone."""


_POSSESSED = re.compile(r"\w[’']s?\s+\S")
_PLURAL_HEAD = re.compile(r"(?:men|people|[^su’'s]s)$")
_COLLECTIVE_HEADS = frozenset(
    ["crowd", "audience", "throng", "mob", "chorus", "congregation", "gathering", "assembly", "room"]
)
"""A collective noun heading a description (`"Send them home," the crowd chanted back at him`) is
many people: never the one the sentence names."""
_NUMBER_HEADS = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both"])
"""A number heading a description (`“…,” the two write`) counts people: never one of them."""


def _description_words(text: str) -> set[str]:
    head = _PP_IN_DESCRIPTION.sub("", text)
    return _role_words(head) - _DESCRIPTION_STOP


@functools.lru_cache(maxsize=4096)
def _plain_words(role: str) -> frozenset[str]:
    """A role's words, lowercased, as written."""
    return frozenset(w.lower() for w in _ROLE_WORD.findall(role))


@functools.lru_cache(maxsize=4096)
def _role_words(role: str) -> frozenset[str]:
    """A role's words, lowercased, abbreviated titles spelled out ("Sen." → senator): "the Texas
    senator" shares "senator" with "Texas Sen."."""
    words = [x.lower() for x in _ROLE_WORD.findall(role)]
    # "vice-presidential" is "vice" + "presidential", as "vice president" is
    words = [p for w in words for p in (w.split("-", 1) if w.startswith("vice-") else (w,))]
    return frozenset(_SPELLED_OUT.get(w, w) for w in words)


_SPELLED_OUT = {
    "sen": "senator",
    "gov": "governor",
    "rep": "representative",
    "congressman": "representative",
    "congresswoman": "representative",
    "pres": "president",
    "democrat": "democratic",
    "gop": "republican",
    "lt": "lieutenant",
}


class _Fit:
    """What a description says about who it can be: a party, a nationality or state, an office, a
    gender. A candidate whose known roles say otherwise is ruled out (nothing known rules nobody
    out)."""

    def __init__(self, words: set[str], gender: str | None) -> None:
        self.parties = words & PARTY_WORDS
        self.places = {_state_of(w) for w in words if w in PLACE_ADJECTIVES or w in US_STATES}
        self.offices = _offices(words)
        self.gender = gender
        self.vice = "vice" in words and bool(words & _PRESIDENTIAL)

    def allows(self, state: _ArticleState, key: str, rw: frozenset[str] | set[str] | None = None) -> bool:
        if rw is None:
            rw = {w for r in _all_roles(state).get(key, ()) for w in _role_words(r)}
        if self.gender is not None and _gender_of(state, key, rw) not in (None, self.gender):
            return False
        if self.vice and rw & _PRESIDENTIAL and "vice" not in rw:
            return False  # "the vice-presidential nominee" is not the presidential nominee
        for mine, theirs in (
            (self.parties, rw & PARTY_WORDS),
            (self.places, {_state_of(w) for w in rw if w in PLACE_ADJECTIVES or w in US_STATES}),
            (self.offices, _offices(rw)),
        ):
            if mine and theirs and not mine & theirs:
                return False
        return True


_PRESIDENTIAL = frozenset(["president", "presidential"])


@functools.lru_cache(maxsize=1024)
def _state_of(word: str) -> str:
    """A state's demonym as the state ("texan" → "texas", "floridian" → "florida", "iowan" →
    "iowa"): "the Texan" fits "Texas Gov. Ann Lee"; any other word as it is."""
    if word.endswith("an") and word not in US_STATES:
        for stem in (word[:-1], word[:-2], word[:-1] + "s", word[:-3] + "a"):
            if stem in US_STATES:
                return stem
    return word


def _offices(words: set[str] | frozenset[str]) -> set[str]:
    """The offices among a role's words; "vice president" and "lieutenant governor" are offices of
    their own, not the president's or the governor's."""
    out = {w for w in words if w in OFFICE_WORDS}
    if "vice" in words:
        out = {"vice " + w for w in out}
    if "lieutenant" in words:
        out = {"lieutenant " + w for w in out}
    return out


_FEMININE = re.compile(
    r"(?:wom[ae]n|wife|mother|daughter|sister|grandmother|aunt|niece|widow|mrs|ms|miss|lady)$"
)
_MASCULINE = re.compile(r"(?:(?<!wo)m[ae]n|husband|father|son|brother|grandfather|uncle|nephew|widower|mr)$")


def _gender_of(state: _ArticleState, key: str, rw: frozenset[str] | set[str]) -> str | None:
    known = state.genders.get(key)
    if known is not None:
        return known
    fem = any(_FEMININE.search(w) for w in rw)
    masc = any(_MASCULINE.search(w) for w in rw if w not in ("human", "chairman"))
    return "f" if fem and not masc else "m" if masc and not fem else None


_SAID_PRONOUN = re.compile(r"\s*(?:\w+ly\s+)?([a-z]+)\s+(?:that\s+)?(he|she)\b")


def _description_gender(state: _ArticleState, mention: Mention) -> str | None:
    """A description's gender: its head noun's ("the spokeswoman"), or a pronoun that is the
    subject of the clause its own verb of saying opens (`the nominee said he was`)."""
    head = mention.text.split()[-1].lower()
    if _FEMININE.search(head) or _MASCULINE.search(head):
        return _gender_of(state, "", {head})
    m = _SAID_PRONOUN.match(state.masked, mention.end)
    if m is not None and (m.group(1) in CUE_WORDS or m.group(1) in GOVERNING_WORDS):
        return "m" if m.group(2) == "he" else "f"
    return None


def _last_named_before(state: _ArticleState, key: str, at: int) -> int:
    """Where ``key``'s person was last named before ``at`` (-1: not before it)."""
    for i in range(bisect.bisect_right(state.name_ends, at) - 1, -1, -1):
        if _key_of(state, state.names[i]) == key:
            return state.names[i].start
    return -1


_APPOSITIVE_ROLE = re.compile(
    r",\s+(?:the|a|an)\s+((?:[\w’'\-.]+\s+){0,4}?[a-z][\w\-]*)(?=\s*(?:[,;.]|\s+who\b))"
)


_PARTY_STATE = re.compile(r",?\s*\(?([RDI])-([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b")
"""`Sen. Ann Lee, R-Iowa,` / `(D-Vermont)`: a party and a state, the person's roles."""
_PARTY_LETTERS = {"R": "Republican", "D": "Democratic", "I": "independent"}


def _all_roles(state: _ArticleState) -> dict[str, set[str]]:
    """Roles before names ("Democratic nominee Ann Hale") and in apposition after them ("Ann
    Hale, the Democratic nominee,"), by person: found on first use, as most articles never
    resolve a description."""
    if state.all_roles is None:
        roles = {k: set(v) for k, v in state.roles.items()}
        for m in state.names:
            if m.possessive:
                continue
            party = _PARTY_STATE.match(state.masked, m.end)
            if party is not None and _is_person(state, m):
                role = f"{_PARTY_LETTERS[party.group(1)]} {party.group(2)}"
                roles.setdefault(_full_key(state, m.text), set()).add(role)
            a = _APPOSITIVE_ROLE.match(state.masked, m.end)
            if a is None:
                continue
            words = a.group(1).split()
            if not is_person_head(words[-1]) or {w.lower() for w in words} & _NOT_IN_NP:
                continue
            key = _full_key(state, m.text)
            if _is_person(state, m):
                roles.setdefault(key, set()).add(a.group(1))
        state.all_roles = roles
    return state.all_roles


def _person_inside(state: _ArticleState, mention: Mention) -> bool:
    """ "the senior Cruz adviser": a description with a person's name as a modifier is someone
    working for that person, not them nor anyone the story named before."""
    i = bisect.bisect_right(state.name_ends, mention.start)
    return any(
        _is_person(state, m)
        for m in state.names[i : bisect.bisect_right(state.name_ends, mention.end)]
        if m.start > mention.start
    )


def _other_in_sentence(state: _ArticleState, at: int) -> Mention | None:
    """The last person named before ``at`` in its sentence who is not that sentence's subject,
    when the subject is a person named before them."""
    s_lo = _sentence_of(state, at)[0]
    i = bisect.bisect_left(state.name_ends, s_lo)
    named = [
        m
        for m in state.names[i : bisect.bisect_right(state.name_ends, at)]
        if m.start >= s_lo and not m.possessive and _is_person(state, m)
    ]
    if len(named) < 2 or not _starts_clause(state, named[0]):
        return None
    subject = _key_of(state, named[0])
    others = [m for m in named[1:] if _key_of(state, m) != subject]
    return others[-1] if others else None


def _entity_for_key(state: _ArticleState, key: str) -> Entity:
    m = state.fullnames.get(key)
    roles = tuple(sorted(state.roles.get(key, ())))
    name = m.text if m is not None else key
    return Entity(key, name, _kind_of(state, name, key, roles), roles, (name,))


_ORG_WORDS = re.compile(
    r"\b(?:Committee|Party|Campaign|Department|Agency|Ministry|Kremlin|House|Post|Times|News|Inc|Corp|"
    r"Council|Association|Union|Institute|Foundation|Office|Court|Congress|Senate|Government|Network|"
    r"Center|Centre|University|College|Commission|Bureau|Service|Group|Fund|PAC|Journal|Press|Tribune|"
    r"Convention|Consortium|Caucus|Conference|Parliament)\b"
    r"|\b(?:Army|Navy|Marines|Corps|Force|Guard|Police|Administration|Board|Authority|School|Hospital|Bank|"
    r"Company|Arena|Stadium|Hall|Airport|Plaza|Square|Building|Tower)$"
)
"""Words that make a name an organisation's or a building's: nobody "he" or "she" can mean
(`He told his Democratic audience` never "Democratic National Convention")."""


_STATE_NOT_SURNAME = US_STATES - {"washington", "georgia"}
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_PLACE_WORDS = US_STATES | PLACE_ADJECTIVES
_REGION = re.compile(r"(?:North|South|East|West|Middle|Central|Northern|Southern|Eastern|Western)\s+[A-Z]\w+")
"""`the Middle East`, `a North African`: a region, not a person's name (Oliver North's name ends in it)."""


@functools.lru_cache(maxsize=8192)
def _name_shape(name: str) -> str | None:
    """What the name's own words say it is, whatever the article: an organisation, something
    that is no one ("unknown"), or ``None`` (the article decides)."""
    if _ORG_WORDS.search(name) or (name.isupper() and len(name) <= 6):
        return "organisation"
    words = name.split()
    if (
        name.endswith(GROUP_PLURAL_ENDINGS)
        or (" " in name and words[-1].lower() in _STATE_NOT_SURNAME)
        or (len(words) > 2 and " ".join(words[-2:]).lower() in _STATE_NOT_SURNAME)
        or name.lower() in _STATE_NOT_SURNAME
        or (len(words) > 1 and _ends_in_title(name))
        or _REGION.fullmatch(name) is not None
    ):
        # "Iowa Democrats" are many people; "Sanders Iowa", "Ted Cruz South Carolina" (from
        # "the Ted Cruz South Carolina victory party") and "Pennsylvania Gov." no one's name;
        # "New York" a place
        return "unknown"
    if _describes_only(name):
        return "unknown"  # "Wisconsin Republican", "Texan": a description, not a name
    if len(words) > 1 and _ACRONYM.fullmatch(words[-1]) and words[0].lower() in _PLACE_WORDS:
        return "organisation"  # "Iowa TV", "Texas GOP": a place's outlet or body, not a person
    return None


def _kind_of(state: _ArticleState, name: str, key: str, roles: tuple[str, ...]) -> str:
    memo = (name, key in state.genders, roles)
    got = state.kinds.get(memo)
    if got is None:
        got = state.kinds[memo] = _kind_of_plain(state, name, key, roles)
    return got


def _kind_of_plain(state: _ArticleState, name: str, key: str, roles: tuple[str, ...]) -> str:
    shape = _name_shape(name)
    if shape is not None:
        return shape
    if len(name.split()) > 1 or key in state.genders:
        return "person"
    if any(w.lower().strip(".") in TITLES for r in roles for w in r.split()):
        return "person"
    the = state.the_names.get(name)
    if the is None:
        # "the Kremlin said", "the Pentagon’s": the name is the phrase's head; in "the Trump
        # campaign" it is a modifier, and a person can be one
        the = state.the_names[name] = _heads_after_the(state, name)
    if the or _names_a_publication(state.article.text, name):
        return "organisation"
    return "unknown"


_OUTLET_BRAND_WORDS = ("News", "Politics", "Radio", "Television", "Magazine", "Businessweek")


def _names_a_publication(text: str, name: str) -> bool:
    """`wrote Time magazine`: a one-word name the article sets before a publication noun is that
    publication, never a person's surname (nor "Eastern Standard Time" elsewhere in the dossier);
    so is one the article names as an outlet's brand (`told Bloomberg Politics`, `Bloomberg
    reported`): no Michael Bloomberg."""
    # (one scan for the name, then the nouns where it stands: not one scan per noun)
    for at in _finds(text, name + " "):
        if _word_ends_at(text, at):
            after = at + len(name) + 1
            for noun in _PUBLICATION_WORDS:
                if text.startswith(noun, after) and _word_ends_at(text, after + len(noun)):
                    return True
    return False


_PUBLICATION_WORDS = (*PUBLICATION_NOUNS, *_OUTLET_BRAND_WORDS)


_THE = re.compile(r"\bthe\s+")


def _after_the(state: _ArticleState) -> list[int]:
    """Where a word after "the" starts in the article: found once. (:func:`_heads_after_the`
    reads only where its name stands; this is its plain form, for a name opening on a space.)"""
    if state.the_ends is None:
        state.the_ends = [m.end() for m in _THE.finditer(state.masked)]
    return state.the_ends


def _heads_after_the(state: _ArticleState, name: str) -> bool:
    """Whether "the <name>" occurs with the name as the phrase's head ("the Kremlin said"). Read
    where the name stands (a few places), not at every "the" of the article."""
    masked, n = state.masked, len(name)
    if not name or name[0].isspace():
        starts: Iterable[int] = _after_the(state)
    else:
        starts = (at for at in _finds(masked, name) if _after_a_the(masked, at))
    return any(
        masked.startswith(name, at)
        and _word_ends_at(masked, at + n)
        and _THE_NAME_HEAD.match(masked, at + n) is not None
        for at in starts
    )


def _finds(text: str, sub: str) -> Iterator[int]:
    """Where ``sub`` starts in ``text``, overlaps included."""
    at = text.find(sub)
    while at >= 0:
        yield at
        at = text.find(sub, at + 1)


def _after_a_the(masked: str, at: int) -> bool:
    """Whether a match of ``_THE`` (`\\bthe\\s+`) ends at ``at``: "the", a word break before it,
    then white space up to ``at``, and none at ``at`` (the match takes it all)."""
    j = at
    while j > 0 and masked[j - 1].isspace():
        j -= 1
    return (
        j < at
        and (at == len(masked) or not masked[at].isspace())
        and j >= 3
        and masked[j - 3 : j] == "the"
        and (j == 3 or not _is_word_char(masked[j - 4]))
    )


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _word_ends_at(text: str, at: int) -> bool:
    """A regex ``\\b`` at ``at``: a word character on one side only."""
    before = at > 0 and _is_word_char(text[at - 1])
    after = at < len(text) and _is_word_char(text[at])
    return before != after


_THE_NAME_HEAD = re.compile(
    r"(?:[’']s\b|\s*(?:[^\w\s]|$)|\s+(?:(?:has|have|had|is|was|were|are|will|would|could|did|does|"
    + "|".join(sorted(CUE_WORDS))
    + r")\b))"
)
"""What follows a name that heads "the <name>": a possessive, punctuation or a verb (not a noun,
nor a capitalised word: "the Trump campaign", "the Trump Organization" use it as a modifier)."""


def _entity_for_name(state: _ArticleState, mention: Mention) -> Entity:
    key = _key_of(state, mention)
    if key is None:
        # a surname several people in the article share, and nothing says which of them: no
        # one (a wrong person is worse)
        return Entity(f"desc:{state.article.id}:{mention.text.lower()}", mention.text, "unknown")
    if " " not in key and _kin_given_name(state, key):
        # `Khan's wife, Ghazala`: a given name this article alone ties to someone; no one of
        # another article whose surname is spelled like it
        return Entity(f"desc:{state.article.id}:{key.lower()}", key, "person")
    return _entity_for_key(state, key)


def _kin_given_name(state: _ArticleState, name: str) -> bool:
    """Whether the article introduces ``name`` after a word for kin (`his wife, Jane`)."""
    for m in state.names:
        if m.text == name:
            return _KIN_BEFORE.search(state.masked, max(0, m.start - 40), m.start) is not None
    return False


def _state_glued(full: str, name: str) -> bool:
    """ "a fellow New Hampshire Sanders veteran": a state run into a surname is no fuller name."""
    rest = full[: len(full) - len(name)].strip().lower()
    return rest in _STATE_NOT_SURNAME and not _ORG_WORDS.search(full)  # (not "New York Times")


def _full_key(state: _ArticleState, name: str) -> str:
    """The fullest form of a name in this article: "Lukashenko" → "Alexander Lukashenko"."""
    cached = state.full_keys.get(name)
    if cached is not None:
        return cached
    best = name
    last = name.split()[-1]
    if last[2:3] == "-" and last[:2] in ("Al", "El"):
        last = last[:1].lower() + last[1:]
    if not (name in state.fullnames and len(name.split()) > 1):
        for full in state.by_last.get(last, ()):
            if (
                len(full.split()) > 1
                and (len(name.split()) == 1 or full.endswith(name))
                and len(full) > len(best)
                and not _state_glued(full, name)
            ):
                best = full
    else:
        # a two-word surname the article also gives in full: "Eskelsen García" → "Lily Eskelsen García"
        for full in state.by_last.get(last, ()):
            if full.endswith(" " + name) and len(full) > len(best):
                best = full
    if best == name and " " not in name:
        best = _quoted_full(state, name) or _first_surname_of(state, name) or best
    state.full_keys[name] = best
    return best


def _first_surname_of(state: _ArticleState, name: str) -> str | None:
    """ "Basáñez" for "Miguel Basáñez Ebert": a name of two surnames whose first one the article
    uses alone, when it names no one else with that word (and "Basáñez" opens no name itself)."""
    if len(name) < 4 or not name[0].isupper():
        return None
    if state.by_middle is None:
        # (fullnames is complete once ``_prepare`` has run, before any key is asked for)
        state.by_middle = {}
        for full in state.fullnames:
            if len(w := full.split()) == 3:
                state.by_middle.setdefault(w[1], []).append(full)
    found = {
        full
        for full in state.by_middle.get(name, ())
        if _given_like(state, (w := full.split())[0])
        and not _gerund(w[0])
        and not _REGION.match(full)  # "South China Sea"
        and _name_shape(full) is None
    }
    return found.pop() if len(found) == 1 else None


def _quoted_full(state: _ArticleState, last: str) -> str | None:
    """The one person of surname ``last`` the article names in full only inside quotes
    (`"… a Donald Trump nomination …," Cruz said.` then `Trump told supporters`): a bare surname
    the article never gives in full outside quotes means them, when the quotes name no one else
    of that surname."""
    fulls = state.quoted_by_last.get(last)
    if fulls is None:
        # only the quotes that hold the surname's letters are read for names (once each): a
        # name ending in it is in no other quote
        fulls = state.quoted_by_last[last] = set()
        text = state.article.text
        for q_end, q_start in state.quote_ends.items():
            if text.find(last, q_start, q_end) < 0:
                continue
            names = state.quoted_names.get(q_start)
            if names is None:
                names = state.quoted_names[q_start] = [
                    m.text
                    for m in names_in(text, q_start, q_end)
                    if len(w := m.text.split()) > 1 and not _gerund(w[0]) and _name_shape(m.text) is None
                ]
            fulls.update(n for n in names if n.rsplit(None, 1)[-1] == last)
    if not fulls:
        return None
    givens = {f.split()[0] for f in fulls}
    if not all(_given_like(state, g) for g in givens):
        return None
    if len({g for g in givens if not any(_same_given(g, h) for h in givens if h < g)}) != 1:
        return None  # two people of that surname ("Bill and Hillary Clinton"): no one
    return max(fulls, key=lambda f: (len(f), f))


_HONORIFIC_BEFORE = re.compile(r"(?<![\w’'])M(r|rs|s|iss)\.?\s+$")
_COUPLE = re.compile(r"(?<![\w’'])Mr\.?\s+(?:and|&)\s+Mrs\.?\s+$")
_GIVEN_AND = re.compile(r"\s+(?:and|&)\s+$")


_NOT_GIVEN = frozenset(
    [
        "neither",
        "either",
        "both",
        "top",
        "all",
        "every",
        "each",
        "no",
        "not",
        "only",
        "even",
        "also",
        "then",
        "now",
        "so",
        "while",
        "if",
        "as",
        "since",
        "after",
        "before",
        "meanwhile",
        "still",
        "yet",
        "plus",
        "unlike",
        "like",
        "despite",
        "whatever",
        "whoever",
    ]
)


def _given_like(state: _ArticleState, word: str) -> bool:
    """Can ``word`` be a person's given name here? Not a word the article also writes in lower
    case ("Never Trump", "Team Clinton", "Stop Trump"), nor a title, role, party, place or
    organisation word, nor an acronym ("Navy SEAL Ty Woods" is Ty)."""
    w = word.strip(".")
    if len(w) < 2 or not w[0].isupper() or not any(c.islower() for c in w) or "’" in w or "'" in w:
        return False
    low = w.lower()
    if low in NOT_NAMES or low in TITLES or low in ROLE_NOUNS or low in PARTY_WORDS or low in _PLACE_WORDS:
        return False
    if low.endswith(("ing", "ly")) or _ORG_WORDS.search(w) or low in _NOT_GIVEN:
        return False
    if low.endswith("s") and (low[:-1] in ROLE_NOUNS or low[:-1] in TITLES):
        return False  # "Professors Foner"
    # `` {low}`` then a space or a stop: one scan of the article, not one per ending
    masked, needle = state.masked, " " + low
    at = masked.find(needle)
    while at >= 0:
        if masked[at + len(needle) : at + len(needle) + 1] in _LOWER_WORD_ENDS:
            return False
        at = masked.find(needle, at + 1)
    return True


_LOWER_WORD_ENDS = frozenset(" ,.;:")


_COORDINATED_NAMES = re.compile(r"([A-Z][a-z]+)\s+(?:and|&)\s+[A-Z][a-z]+\s+([A-Z][\w\-]*[a-z])(?![\w\-])")
_PRECEDING_CAPITAL = re.compile(r"[A-Z][\w.’'\-]*\s+$")


def _surname_bearers(state: _ArticleState, last: str) -> list[tuple[int, str, str]]:
    """The different people the article names in full with surname ``last``, in the order it
    introduces them: (where first named, given name, key). One person's forms ("Hillary Clinton",
    "Hillary Rodham Clinton") are one bearer; "Khizr and Ghazala Khan" names two."""
    known = state.bearers.get(last)
    if known is not None:
        return known
    by_given: dict[str, tuple[int, str]] = {}
    starts: dict[str, str] = {}
    for full in state.by_last.get(last, ()):
        words = full.split()
        if len(words) < 2 or _name_shape(full) is not None:
            continue
        given = next((w for w in words[:-1] if _given_like(state, w)), None)
        if given is None:
            continue
        at = state.fullnames[full].start
        key = _full_key(state, full)
        # one person's given name spelled two ways ("Hilary", "Hillary"; "Pete", "Peter")
        given = next((g for g in by_given if _same_given(g, given)), given)
        if _same_given(words[0], given) or given not in starts:
            # the key: the fullest form that opens with the given name ("Neither Alan Grayson" is
            # Alan Grayson's, not a name of its own)
            old_key = starts.get(given)
            if (
                old_key is None
                or len(key) > len(old_key)
                or (words[0] == given and old_key.split()[0] != given)
            ):
                starts[given] = key
        old = by_given.get(given)
        by_given[given] = (at if old is None else min(at, old[0]), starts[given])
    if by_given:
        # `Khizr and Ghazala Khan`: the first given name shares the surname
        for c_at, given in _coordinated(state).get(last, ()):
            if (
                given not in by_given
                and not _PRECEDING_CAPITAL.search(state.masked, max(0, c_at - 30), c_at)
                and not any(" " in f for f in state.by_last.get(given, ()))  # (someone's surname)
                and _given_like(state, given)
            ):
                by_given[given] = (c_at, f"{given} {last}")
    out = sorted((at, g, k) for g, (at, k) in by_given.items())
    state.bearers[last] = out
    return out


def _same_given(a: str, b: str) -> bool:
    if a == b:
        return True
    if SHORT_GIVEN_NAMES.get(a.lower(), a.lower()) == SHORT_GIVEN_NAMES.get(b.lower(), b.lower()):
        return True
    return min(len(a), len(b)) >= 5 and a[0] == b[0] and Levenshtein.distance(a, b, score_cutoff=1) <= 1


_KIN_BEFORE = re.compile(
    r"\b(?:(wife|widow|mother|daughter|sister|aunt|niece|grandmother)|"
    r"(husband|widower|father|son|brother|uncle|nephew|grandfather))\b,?\s+(?:[A-Z][\w.]*\s+){0,2}$"
)
_PRONOUN_AFTER = re.compile(r"\b(?:(he|his|himself)|(she|herself))\b", re.I)
"""Pronouns that, after a subject, are mostly that subject ("her" and "him" are often others)."""


def _bearer_gender(state: _ArticleState, key: str) -> str | None:
    """A surname sharer's gender from the text around their own names: a title ("Mrs. Ann
    Hale"), a word for kin before the name (`her son, Tom Hale`, `husband Bill`), or the first
    pronoun after the name in its own sentence when that name is the sentence's subject and no
    other person is named between (`Ann Hale took her seat`)."""
    known = state.genders.get(key)
    if known is not None:
        return known
    if key in state.bearer_genders:
        return state.bearer_genders[key]
    given = key.split()[0]
    votes, kin_votes = set(), set()
    for m in state.names:
        if m.text != key and m.text != given:
            continue
        kin = _KIN_BEFORE.search(state.masked, max(0, m.start - 40), m.start)
        if kin is not None:
            kin_votes.add("f" if kin.group(1) else "m")
            continue
        if m.text != key or m.possessive or not _starts_clause(state, m):
            continue
        s_hi = _sentence_of(state, m.start)[1]
        p = _PRONOUN_AFTER.search(state.masked, m.end, s_hi)
        if p is not None and not _names_between(state, m.end, p.start()):
            votes.add("m" if p.group(1) else "f")
    votes = kin_votes or votes
    found = state.bearer_genders[key] = votes.pop() if len(votes) == 1 else None
    return found


def _shared_surname(state: _ArticleState, name: str) -> list[tuple[int, str, str]]:
    fulls = state.by_last.get(name, ())
    if len(fulls) < 2:
        return []
    if len({f.split(None, 1)[0] for f in fulls if " " in f}) < 2 and name not in _coordinated(state):
        return []  # (one person's forms: "Donald Trump", "Donald J. Trump")
    return _surname_bearers(state, name)


def _coordinated(state: _ArticleState) -> dict[str, list[tuple[int, str]]]:
    """`Khizr and Ghazala Khan`: by surname, where a first given name stands and what it is."""
    if state.coordinated is None:
        state.coordinated = {}
        masked = state.masked
        if " and " not in masked and " & " not in masked:
            return state.coordinated
        for c in _COORDINATED_NAMES.finditer(masked):
            if c.start() and (masked[c.start() - 1].isalnum() or masked[c.start() - 1] in "’'"):
                continue
            state.coordinated.setdefault(c.group(2), []).append((c.start(), c.group(1)))
    return state.coordinated


def _given_key(state: _ArticleState, name: str) -> str | None:
    """ "James has spearheaded …" after "James Murdoch": a given name alone is the one person
    the article names in full with it, when no one has it for a surname."""
    if state.given_keys is None:
        firsts: dict[str, set[str]] = {}
        for last, fulls in state.by_last.items():
            if sum(" " in f for f in fulls) < 2:
                continue  # (the given name matters where a surname is shared)
            for _at, given, key in _surname_bearers(state, last):
                firsts.setdefault(given, set()).add(key)
        state.given_keys = {g: next(iter(k)) for g, k in firsts.items() if len(k) == 1}
    key = state.given_keys.get(name)
    if key is None or any(" " in f for f in state.by_last.get(name, ())):
        return None
    return key


def _key_of(state: _ArticleState, m: Mention) -> str | None:
    """The person a name mention means. A surname several people in the article share ("Mr.
    Khan", "Woods") means the one its honorific's gender allows, among those introduced before
    it, the first introduced (the story's own subject; the others keep their given names).
    ``None``: the honorific rules out all of them."""
    if " " in m.text:
        return _full_key(state, m.text)  # (a full name means its own person: cached by text)
    known = state.mention_keys.get(m.start)
    if known is not None:
        return known or None
    key: str | None = _full_key(state, m.text)
    bearers = _shared_surname(state, m.text)
    if len(bearers) > 1:
        _resolve_surname(state, m.text, bearers)
        if m.start in state.mention_keys:
            return state.mention_keys[m.start] or None
    elif not bearers and key == m.text:
        key = _given_key(state, m.text) or key
    state.mention_keys[m.start] = key or ""
    return key


def _resolve_surname(state: _ArticleState, last: str, bearers: list[tuple[int, str, str]]) -> None:
    """Decide, in reading order, whom each bare "Khan", "Mr. Khan" or "Ms. Khan" means when several
    people the article names share the surname. The honorific's gender rules out those of the
    other one; then the one named in full as a clause's subject since the surname was last used
    alone (in this paragraph or the one before), else whom the surname last meant (a writer keeps
    a bare surname for one person, the others keep their given names), else the first introduced
    (the story's own subject). None (stored as ""): no one fits."""
    genders = {b[2]: _bearer_gender(state, b[2]) for b in bearers}
    both = _both_honorifics(state, last)
    if both:
        # the article tells a "Mr." and a "Ms." of this name apart: a couple it names together
        # ("Khizr and Ghazala Khan", like "Mr. and Mrs. Khan") is named husband first
        for first, second in itertools.pairwise(bearers):
            if (
                first[0] < second[0] <= first[0] + len(first[1]) + 7
                and genders[first[2]] is None is genders[second[2]]
            ):
                genders[first[2]], genders[second[2]] = "m", "f"
    keys = {b[2] for b in bearers}
    prev_key: str | None = None
    prev_gender: str | None = None
    prev_end = 0
    masked = state.masked
    for n in state.names:
        if n.text != last:
            continue
        before = masked[max(0, n.start - 16) : n.start]
        key: str | None = None
        if not _COUPLE.search(before):  # "Mr. and Mrs. Khan": two people
            h = _HONORIFIC_BEFORE.search(before)
            gender = None if h is None else "m" if h.group(1) == "r" else "f"
            cands = [b[2] for b in bearers if b[0] < n.start] or [b[2] for b in bearers]
            cands = [k for k in cands if gender is None or genders[k] in (None, gender)]
            undecided = (
                gender is not None
                and both
                and sum(genders[k] is None for k in cands) > 1
                and not any(genders[k] == gender for k in cands)
            )
            lo = max(prev_end, _previous_paragraph_start(masked, n.start))
            recent = None
            for i in range(bisect.bisect_right(state.name_ends, n.start) - 1, -1, -1):
                m = state.names[i]
                if m.start < lo:
                    break
                if " " in m.text and not m.possessive:
                    k = _full_key(state, m.text)
                    if k in keys and k in cands and _bearer_subject(state, m):
                        recent = k
                        break
            if recent is not None:
                key = recent
            elif prev_key is not None and prev_key in cands and prev_gender == gender:
                key = prev_key
            elif cands and not undecided:
                # (the article calls one "Mr." and another "Ms." and nothing tells which is which:
                # no one)
                key = cands[0]
            if key is not None:
                prev_key, prev_end, prev_gender = key, n.end, gender
        state.mention_keys[n.start] = key or ""


def _previous_paragraph_start(masked: str, at: int) -> int:
    i = masked.rfind("\n", 0, at)
    while i > 0 and masked[i - 1] in "\n \t\r":
        i -= 1
    return masked.rfind("\n", 0, max(i, 0)) + 1


_APPOSITION_BEFORE = re.compile(
    r"(?:\b(?:whose|his|her|their|its|the|a|an)|[’']s)\s+(?:[\w\-]+\s+){0,3}[a-z][\w\-]*,\s*$"
)


def _bearer_subject(state: _ArticleState, n: Mention) -> bool:
    """A name that is its clause's subject: not in apposition (`whose husband, Ty Hale,`), not
    joined by "and", not modifying a noun (`the Hale outlets`)."""
    return (
        _starts_clause(state, n)
        and not _and_joined(state, n)
        and _APPOSITION_BEFORE.search(state.masked, max(0, n.start - 60), n.start) is None
        and not _THE_MODIFIER.match(state.masked, max(0, n.start - 4), n.end + 2)
    )


_HONORIFIC = re.compile(r"(?<![\w’'])M(r|rs|s)\.?\s+")


def _both_honorifics(state: _ArticleState, last: str) -> bool:
    """Whether the article calls someone both "Mr." and "Ms."/"Mrs." ``last``."""
    if state.honorific_ends is None:
        state.honorific_ends = [(h.end(), h.group(1) == "r") for h in _HONORIFIC.finditer(state.masked)]
    masked = state.masked
    found = {
        mr
        for at, mr in state.honorific_ends
        if masked.startswith(last, at) and _word_ends_at(masked, at + len(last))
    }
    return len(found) == 2


def _is_person(state: _ArticleState, m: Mention) -> bool:
    if m.kind != "name":
        return False
    cached = state.persons.get(m.text)
    if cached is None:
        key = _full_key(state, m.text)
        if key == m.text and " " not in key:
            key = _given_key(state, key) or key  # "James" for James Murdoch
        cached = len(key.split()) > 1 or key in state.genders
        cached = cached and _kind_of(state, key, key, ()) == "person"
        state.persons[m.text] = cached
    return cached or bool(m.role and any(w.lower().strip(".") in TITLES for w in m.role.split()))


def _antecedent(
    state: _ArticleState, at: int, gender: str | None, prev: Entity | None, fits: _Fit | None = None
) -> Entity | None:
    """The person a pronoun or bare description most likely means: a sentence subject named since
    the previous attributed quote, else the previous speaker, else the last person named. ``fits``:
    what a description says of them (a party, an office) rules out those known otherwise."""
    section = _section_start(state, at)
    prev_ok = (
        prev is not None
        and prev.kind == "person"
        and (gender is None or state.genders.get(prev.key) in (None, gender))
        and state.prev_at >= section
        and (fits is None or fits.allows(state, prev.key))
    )
    since = _gender_since(state, prev, at) if prev_ok and gender is not None else None
    if since is not None and since != gender:
        prev_ok = False  # (and the walk below passes over the previous speaker's names too)
    else:
        since = None
    # Walk back from the last name ending before ``at``: the nearest person, and the nearest one
    # who is a clause's subject (a scan of every earlier name per pronoun was quadratic).
    last_person: Mention | None = None
    subj: Mention | None = None
    for i in range(bisect.bisect_right(state.name_ends, at) - 1, -1, -1):
        m = state.names[i]
        if m.start < section:
            break
        if not _is_person(state, m):
            continue
        near = state.masked[max(0, m.start - 6) : m.start]
        if ("Mrs" in near and _COUPLE.search(state.masked, max(0, m.start - 16), m.start)) or (
            near.endswith("he ") and _THE_MODIFIER.match(state.masked, max(0, m.start - 4), m.end + 2)
        ):
            continue  # "Mr. and Mrs. Khan" are two people; "the Murdoch outlets" are things
        m_key = _key_of(state, m)
        if gender is not None and (
            state.genders.get(m_key)
            or state.bearer_genders.get(m_key)
            or (since if since and m_key == prev.key else None)
        ) not in (None, gender):
            continue
        if fits is not None and not fits.allows(state, m_key or m.text):
            continue
        if last_person is None:
            last_person = m
        if not m.possessive and (
            _heads_clause(state, m)
            if fits is not None
            else (_starts_clause(state, m) or _inner_subject(state, m)) and not _and_joined(state, m)
        ):
            subj = m
            break
    if fits is None:
        # `When the moderator pointed out that Trump had not answered, the candidate said …
        # “They sue,” he said`: a person described as a later clause's subject is nearer
        lo = max(section, subj.end if subj is not None else 0, state.prev_at if prev_ok else 0)
        desc = _description_subject(state, lo, at)
        if desc is not None:
            ent = _described_person(state, desc, prev)
            if ent is None:
                return None  # someone described whom the story has not named: no guess
            if gender is None or (state.genders.get(ent.key) or _description_gender(state, desc)) in (
                None,
                gender,
            ):
                return ent
    if subj is not None and (not prev_ok or subj.start > state.prev_at):
        return _entity_for_name(state, subj)
    if prev_ok:
        para = state.masked.rfind("\n", 0, at)
        if (
            fits is None
            and last_person is not None
            and last_person.possessive
            and last_person.start > para > state.prev_at
            and not _starts_clause(state, last_person)
        ):
            # `“…,” Lee said. ¶ … Ann Hale’s statement … He called it “careless”`: the last person
            # named, in this paragraph, owns what a verb or preposition talks about, and the last
            # speaker's quote was in an earlier one; which of them is meant is a guess, and no
            # speaker is better than a wrong one
            other = _entity_for_name(state, last_person)
            if other is not None and other.key != prev.key:
                return None
        if fits is None and _described_subject_since(state, max(state.prev_at, para - 1500), para, prev):
            return None
        return prev
    if last_person is not None:
        return _entity_for_name(state, last_person)
    return None


def _gender_since(state: _ArticleState, prev: Entity, at: int) -> str | None:
    """The sex a sentence-opening "He" or "She" after the previous speaker's quote gives that
    speaker, when no one else has been the subject of a clause since (`“…,” said Murphy. … He
    was joined on the call by Ann Hale. She said`: "He" is Murphy, so "She" is not)."""
    lo = state.prev_at
    starts = state.sentence_starts
    j = bisect.bisect_right(starts, lo)
    while j < len(starts) and starts[j] < at:
        p = _pronoun_at(state, starts[j])
        if p is not None and p.gender in ("m", "f"):
            for m in _names_between(state, lo, p.start):
                if (
                    not m.possessive
                    and _starts_clause(state, m)
                    and _is_person(state, m)
                    and _key_of(state, m) != prev.key
                ):
                    return None
            return p.gender
        j += 1
    return None


_DESCRIPTION_SUBJECT = re.compile(
    # (the clause openings are read behind the "T", so that the pattern opens on a letter and
    # the scan skips to each "T" or "t" rather than trying five openings at every position)
    r"([Tt](?:(?<=^.)|(?<=[.,;:]\s.)|(?<=\n.)|(?<=\band\s.)|(?<=\bbut\s.))he(?:\s+[a-z][\w\-]*){1,4}?)\s+"
    r"(?:[a-z]+ed|has|had|was|is|said|says|told|gave|spoke|went|came|took|made|wrote|began|sent|"
    r"won|lost|saw|met|left|ran|got|kept|stood|held|brought|thought|felt|knew|found|put)\b"
)
"""`the candidate said`, `the former president gave`: "the", up to three modifiers and a head,
then a verb, opening a clause."""


def _description_subject(state: _ArticleState, lo: int, hi: int) -> Mention | None:
    """The last description of one person (`the former president`) that is a clause's subject
    in ``masked[lo:hi]``."""
    found = None
    for m in _DESCRIPTION_SUBJECT.finditer(state.masked, lo, hi):
        words = m.group(1).split()
        head = words[-1]
        if head in TITLES and head in ROLE_NOUNS and not any(w in NOT_IN_DESCRIPTION for w in words[1:]):
            found = Mention(m.start(1), m.end(1), "description", m.group(1))
    return found


def _described_person(state: _ArticleState, desc: Mention, prev: Entity | None) -> Entity | None:
    """Whom a description a pronoun goes back to means, among people named before it (a
    description points back): the one whose roles hold its head noun; else the last person
    named before it in its own sentence (`When the moderator said Trump had not answered, the
    candidate said`); else whom :func:`_resolve_description` finds, unless that is only the
    last speaker, its fallback when nothing fits; ``None`` when none of these is known."""
    ent = _resolve_description(state, desc, desc.start, prev)
    named = not ent.key.startswith("desc:") and _last_named_before(state, ent.key, desc.start) >= 0
    head = desc.text.split()[-1].lower()
    if named and any(head in _role_words(r) for r in _all_roles(state).get(ent.key, ())):
        return ent
    s_lo = _sentence_of(state, desc.start)[0]
    for m in reversed(_names_between(state, s_lo - 1, desc.start)):
        if not m.possessive and _is_person(state, m):
            return _entity_for_name(state, m)
    if named and (prev is None or ent.key != prev.key):
        return ent
    return None


_INVERTED = ("said", "says", "added", "adds", "wrote", "writes", "told", "tells", "explained", "argued")
_INNER_SUBJECT = re.compile(
    r"(?:\b(?:while|whereas)"
    r"|(?:(?<=[.!?]\s)|(?<=\n))It\s+(?:was|is)\b[^,;:.]{0,40}?\sthat"
    r"|[,;]\s*(?:" + "|".join(_INVERTED) + r"))"
    r"\s+((?:[A-Z][\w’'\-.]*\s+){0,4})$"
)
"""A name after a contrasting "while" (`Sanders held a rally while Clinton hosted`), in a cleft
(`It was with that grit that Mrs. Clinton picked`) or after a verb of saying put first (`…, said
Grant Green, a …`): the subject of its own clause, whom a later "he" or "she" means rather than
an earlier sentence's subject. Not after a bare "that", "when" or "because": `Ryan said that
Trump needs …` is what Ryan said, and "he said" after it is still Ryan (so is `the possibility
that Trump would be president`); in `Ryan did not exude confidence when Tapper asked …` Ryan is
still the one talking."""


def _inner_subject(state: _ArticleState, m: Mention) -> bool:
    """A name that is the subject of a subordinate or inverted clause (see ``_INNER_SUBJECT``)."""
    found = _INNER_SUBJECT.search(state.masked, max(0, m.start - 60), m.start)
    if found is None:
        return False
    if found.group().lstrip(",; ").startswith(_INVERTED):
        # `…, said Grant Green, a …`, not `…, said Trump will …` (what someone said about Trump)
        return state.masked[m.end : m.end + 1] in (",", ".", "")
    return True


_THE_MODIFIER = re.compile(r"[Tt]he (?:[A-Z][^\s]*[ \u00a0]){1,3}[a-z]")
"""A name between "the" and a lower-case word modifies that word (`The Murdoch outlets have`,
`from the Los Angeles area`)."""
_AND_BEFORE = re.compile(r"\s(and|&)\s+(?:[A-Z][\w.’'\-]*\s+){0,2}$")


def _and_joined(state: _ArticleState, m: Mention) -> bool:
    """`she does not believe Khizr and Ghazala Khan should …`: a name joined by "and" to a name
    that is no subject is no subject either (nor is either of them one person)."""
    j = _AND_BEFORE.search(state.masked, max(0, m.start - 40), m.start)
    return j is not None and not _not_joined_to_phrase(state, "and", j.start(1), m)


def _described_subject_since(state: _ArticleState, lo: int, hi: int, prev: Entity) -> bool:
    """`“…,” Trump said. ¶ …, the president framed the shooting as … ¶ … he called on …`: a
    sentence since the last speaker's quote has "the <title>" for its subject, someone the
    description does not fit the last speaker as; a later "he" may be either of them."""
    if hi <= lo:
        return False
    for m in _THE_TITLE_SUBJECT.finditer(state.masked, lo, hi):
        head = m.group(1).lower()
        if head not in TITLES and head not in ROLE_NOUNS:
            continue
        desc = Mention(m.start(1) - 4, m.end(1), "description", state.masked[m.start(1) - 4 : m.end(1)])
        ent = _resolve_description(state, desc, desc.start, None)
        if ent.key != prev.key:
            return True
    return False


_THE_TITLE_SUBJECT = re.compile(
    r"(?:^|(?<=[.,]\s)|(?<=\n))[Tt]he ([a-z]+)\s+(?:[a-z]+ed|has|had|was|is|said)\b"
)


_CLAUSE_OPEN = re.compile(r"(?:^|[,;:]\s|—\s|--\s|\band\s|\bbut\s|\bBut\s|\bAnd\s)((?:[\w’'\-.]+\s+){0,4})$")


def _starts_clause(state: _ArticleState, m: Mention) -> bool:
    """A mention at the start of a sentence or clause, possibly after titles and an opener."""
    known = state.clause_starts.get(m.start)
    if known is None:
        known = state.clause_starts[m.start] = _starts_clause_uncached(state, m)
    return known


def _starts_clause_uncached(state: _ArticleState, m: Mention) -> bool:
    i = bisect.bisect_right(state.sentence_starts, m.start) - 1
    lo = state.sentence_starts[i] if i >= 0 else 0
    before = state.masked[lo : m.start]
    if m.role:
        # "Democratic front-runner Hillary Clinton stretched …": the name's own title or role
        # words belong to the subject
        before = before[: _role_at_end(before, m.role)]
    if not before.strip():
        return True
    tail = before[-60:]
    if _CLEFT.search(tail):
        return True  # `it was Trump who commanded the attention`: the one who does it
    if tail.endswith("of ") and _DEPICTION_OF.search(tail):
        return True  # `Footage of Ann Lee appears. “…,” she says`: the one shown speaks
    # "Belarusian President", "But the Belarusian leader", "In a statement, X"
    sep = _CLAUSE_OPEN.search(tail)
    if sep:
        # only the words after the separator: "In an interview with CNN, Trump" starts a clause
        words = sep.group(1).split()
        if words and words[-1] in NAME_PARTICLES:
            words.pop()  # `…, dos Santos says`: the particle is the surname's own
        return not (
            words
            and not all(
                w[:1].isupper()
                or w.lower().strip(".,") in TITLES
                or w.lower() in ("the", "but", "and", "former", "then")
                or w.endswith(",")
                or _AGE.fullmatch(w) is not None
                for w in words[-4:]
            )
        )
    return False


def _role_at_end(before: str, role: str) -> int:
    """Where ``role``'s words, one space-like character apart, end ``before`` (trailing space
    aside); else ``len(before)``. A string match, not a pattern built and compiled per role (a
    cold load compiled 260 of them)."""
    text = before.rstrip()
    pos = len(text)
    words = role.split()
    for i, w in enumerate(reversed(words)):
        if not text.endswith(w, 0, pos):
            return len(before)
        pos -= len(w)
        if i < len(words) - 1:
            if pos == 0 or not text[pos - 1].isspace():
                return len(before)
            pos -= 1
    return pos


def _heads_clause(state: _ArticleState, m: Mention) -> bool:
    """:func:`_starts_clause`, and not joined to the phrase before it by "and" or a comma (`hosts
    Joe Lee and Ann Hale`, `painting his rival, Tom Hale, as …`): what a description such as "the
    Democratic nominee" points back to is a sentence's own subject."""
    if not _starts_clause(state, m):
        return False
    i = bisect.bisect_right(state.sentence_starts, m.start) - 1
    lo = max(state.sentence_starts[i] if i >= 0 else 0, m.start - 80)
    sep = _JOINED.search(state.masked, lo, m.start)
    return sep is None or _not_joined_to_phrase(state, sep.group(1), sep.start(1), m)


_JOINED = re.compile(r"(,|\band)\s+(?:(?:[A-Z][\w.’'\-]*|[a-z]+-year-old)\s+){0,4}$")


_APPOSED_TO = re.compile(
    r"(?:^|(?<=\s))(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w\-]*[’']s)(?:\s+[\w\-]+){0,4}\s+([a-z][\w\-]*)$"
)


def _not_joined_to_phrase(state: _ArticleState, sep: str, at: int, m: Mention) -> bool:
    """A mention right after "and" or a comma starts a clause unless it is joined to the phrase
    before it: `hosts Joe Lee and Ann Hale` (Ann Hale starts a clause only if Joe Lee does),
    `painting his rival, Tom Hale, as …` (a name in apposition to a noun for a person: a subject
    only if that noun phrase is)."""
    masked = state.masked
    if sep == "and":
        end = at
        while end > 0 and masked[end - 1] in " \u00a0":
            end -= 1
        for x in state.ends.get(end, ()):
            if x.kind == "name" and not x.possessive:
                return _starts_clause(state, x)
        return True
    if sep == "," and masked[m.end : m.end + 1] == ",":
        np = _APPOSED_TO.search(masked, max(0, at - 80), at)
        if np is not None and np.group(1) not in _NOT_IN_NP and is_person_head(np.group(1)):
            s_lo = _sentence_of(state, np.start())[0]
            return not masked[s_lo : np.start()].strip() or bool(
                re.search(r"(?:[,;:—]|--|\b(?:and|but))\s*$", masked[s_lo : np.start()])
            )
    return True


_AGE = re.compile(r"\d+-year-old")
_DEPICTION_OF = re.compile(
    r"(?:^|[,;:]\s|\band\s)(?:(?:[Tt]he|[Aa]n?|[Mm]ore|[Nn]ew)\s+)?"
    r"(?:[Ff]ootage|[Vv]ideo|[Cc]lips?|[Ii]mages?|[Pp]hotos?|[Pp]ictures?)\s+of\s+$"
)
_CLEFT = re.compile(r"\b[Ii]t\s+(?:was|is|[’']s)\s+(?:M(?:r|rs|s)\.?\s+)?$")
"""`it was Trump who …`, `it was Mr. Trump who …`: the one who does it."""


def _record_gender(state: _ArticleState, entity: Entity | None, mention: Mention) -> None:
    if entity is not None and mention.kind == "pronoun" and mention.gender in ("m", "f"):
        state.genders.setdefault(entity.key, mention.gender)


def _prepare(article: Article, quotes: list[RawQuote], masked: str | None = None) -> _ArticleState:
    if masked is None:
        masked = mask_quotes(article.text, [(q.outer_start, q.outer_end) for q in quotes])
    names: list[Mention] = []
    pronouns: list[Mention] = []
    spans = _body_spans(article)
    for a, b in spans:
        names += names_in(masked, a, b)
        pronouns += pronouns_in(masked, a, b)
    state = _ArticleState(article, masked, names, pronouns, [], {q.end: q.start for q in quotes})
    state.sentence_starts = _sentence_starts(masked, article.text, article, quotes, spans)
    # (role_modifier's own first test inline: most names are followed by no lowercase word)
    state.names = [
        m
        for m in _drop_gerund_openers(state, _drop_sentence_openers(state, names))
        if m.possessive or not masked[m.end + 1 : m.end + 2].islower() or not role_modifier(masked, m)
    ]
    # A dateline opens the first body paragraph, or the second when the first is a headline the
    # layout kept as body; there it must start in capitals ("LONDON —", "WASHINGTON, Dec. 8 (UPI) —").
    for n, p in enumerate(article.body[:2]):
        dl = _DATELINE.match(masked, p.start, p.end)
        if dl and (n == 0 or masked[p.start : p.start + 3].isupper()):
            state.names = [m for m in state.names if not (p.start <= m.start < dl.end())]
            break
    state.name_ends = [m.end for m in state.names]
    ends = state.ends
    for m in state.pronouns + state.names:
        if m.end in ends:
            ends[m.end].append(m)
        else:
            ends[m.end] = [m]
    fullnames, by_last = state.fullnames, state.by_last
    for m in state.names:
        if m.text not in fullnames:
            fullnames[m.text] = m
            last = m.text.split()[-1]
            if last[2:3] == "-" and last[:2] in ("Al", "El"):
                # "Al-Hadi" opening a sentence is the "al-Hadi" of "Anwar al-Hadi"
                last = last[:1].lower() + last[1:]
            by_last.setdefault(last, []).append(m.text)
    # Only names with a role record anything (``_full_key`` depends on fullnames and by_last
    # alone, both complete by now, so keys not asked for here are the same when asked later).
    for m in names:
        if not m.role:
            continue
        key = _full_key(state, m.text)
        state.roles.setdefault(key, set()).add(m.role)
        if _MRS.search(m.role):
            state.genders[key] = "f"
        elif _MR.search(m.role):
            state.genders[key] = "m"
    return state


_MRS = re.compile(r"\b(?:Mrs|Ms|Miss)\b")
_MR = re.compile(r"\bMr\b")


_DATELINE = re.compile(r"[A-Z][A-Za-z0-9 .,’'\-]{1,40}?\s*(?:\([A-Za-z .]{2,20}\)\s*)?(?:—|–|--|-)\s")


def _drop_sentence_openers(state: _ArticleState, names: list[Mention]) -> list[Mention]:
    """A lone capitalised word opening a sentence ("Wait, it gets better") is a name only when the
    article also uses it as one elsewhere."""
    starts = set(state.sentence_starts)
    elsewhere: set[str] = set()
    for m in names:
        words = m.text.split()
        if len(words) > 1 or m.start not in starts or m.role:
            elsewhere.update(words)
    return [
        m
        for m in names
        if not (
            m.start in starts
            and " " not in m.text
            and not m.role
            and m.text not in elsewhere
            and not _APPOSITIVE_AFTER.match(state.masked, m.end)
        )
    ]


def _gerund(word: str) -> bool:
    """A capitalised -ing word ("Chasing"), which may open a sentence as a gerund."""
    return len(word) > 5 and word.endswith("ing") and word[:1].isupper() and word[1:].islower()


def _opener(state: _ArticleState, word: str) -> bool:
    """A capitalised word that may open a sentence before a name without being a given name:
    a gerund ("Chasing"), a verb in the past ("Stated"), an adverb ("Interestingly"), a plural
    group ("Republicans"), a title in the plural ("Professors"), a particle ("De Blasio") or a
    word such as "Whatever" or "Thanks"."""
    if not word[:1].isupper() or not word[1:].islower():
        return False
    low = word.lower()
    return (
        _gerund(word)
        or (len(low) > 5 and low.endswith("ed") and not low.endswith("med"))
        or low.endswith(_ADVERB_ENDINGS)
        or low.endswith(GROUP_PLURAL_ENDINGS)
        or (low.endswith("s") and (low[:-1] in ROLE_NOUNS or low[:-1] in TITLES))
        or low in NAME_PARTICLES
        or low in _NOT_GIVEN
        or low in _INTERJECTIONS
    )


_OPENS_AFTER_MARK = re.compile(r"(?:^|[\n.!?])[\s\u202a-\u202e“”\"‘’']*$")
"""A sentence's first word behind its quote marks (`”Sorry Sarah, …` in a pasted comment)."""
_ADVERB_ENDINGS = ("ally", "ingly", "edly", "ously", "ively", "ently", "antly", "fully", "lessly")
_INTERJECTIONS = frozenset(["thanks", "thank", "sorry", "please", "yes", "no", "well", "oh", "hey", "dear"])


def _drop_gerund_openers(state: _ArticleState, names: list[Mention]) -> list[Mention]:
    """ "Chasing Trump and Cruz was Rubio", "Stated Stone:", "Republicans Jolly of Indian Shores
    and …": a word opening a sentence that is no given name is not part of the name after it when
    the article names that person otherwise ("Donald Trump", "Roger Stone", "David Jolly"). Left
    in, "Chasing Trump" is the longest form of "Trump", so every bare "Trump" of the article
    becomes a speaker of that name instead of Donald Trump."""
    starts = set(state.sentence_starts)
    openers = [
        i
        for i, m in enumerate(names)
        if " " in m.text
        and not m.role
        and (m.start in starts or _OPENS_AFTER_MARK.search(state.masked, max(0, m.start - 8), m.start))
        and _opener(state, m.text.split(None, 1)[0])
    ]
    if not openers:
        return names
    dropped = set(openers)
    words = {w for i, m in enumerate(names) if i not in dropped for w in m.text.split()}
    out = names[:]
    for i in openers:
        m = names[i]
        first, rest = m.text.split(None, 1)
        if rest.split()[-1] in words:
            at = state.masked.find(rest, m.start + len(first), m.end + 1)
            if at > 0:
                out[i] = m._replace(start=at, text=rest)
    return out


_APPOSITIVE_AFTER = re.compile(r",\s+(?:a|an|the|who|whose|\d+)\s[^,.;:\n" + MASK + r"]{1,80},\s+[a-z]")
"""`Smith, a farmer in Ohio, said`: a word described in apposition, then a verb, is a name."""


_SHORT_NP = re.compile(r"(?:the|a|an|his|her|their|its|one|another|this)(?:\s+[\w’'\-]+){1,4}", re.I)


def _between_quote_and_cue(masked: str, lo: int, hi: int) -> Mention | None:
    """`"…," the gambling tycoon told Reuters`: a short noun phrase standing alone between a quote
    and its cue is the speaker, whatever its head noun."""
    seg = masked[lo:hi].rstrip()
    if not _SHORT_NP.fullmatch(seg):
        return None
    words = [w.lower() for w in seg.split()]
    if set(words[1:]) & _NOT_IN_NP or words[-1].endswith(("ly", "ing")):
        return None
    return Mention(lo, lo + len(seg), "description", " ".join(seg.split()))


_NOT_IN_NP = NOT_IN_DESCRIPTION | {"also"}

_PREPOSITIONS = frozenset(
    ["to", "of", "for", "from", "with", "in", "on", "at", "by", "under", "about", "into", "over", "this"]
)
_NAMING = frozenset(["called", "labeled", "labelled", "dubbed", "named", "titled", "termed", "branded"])
"""After a noun phrase these are passive participles ("a film called …"): the phrase is named,
it does not speak."""

_NP_AT_END = re.compile(
    r"(?:^|(?<=[\s(]))((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne|[Aa]nother|[Tt]his)"
    r"(?:\s+[\w’'\-]+){1,4}?)(?:\s+(?:also|then|later|now|still|first|\w+ly|has|had|have))*\s*$"
)


_TIME_NOUNS = frozenset(
    [
        "year",
        "years",
        "week",
        "weeks",
        "month",
        "months",
        "day",
        "days",
        "night",
        "morning",
        "afternoon",
        "evening",
        "weekend",
        "decade",
        "season",
        "time",
        "spring",
        "summer",
        "fall",
        "autumn",
        "winter",
    ]
)


def _np_ending_at(state: _ArticleState, lo: int, hi: int) -> Mention | None:
    """A determiner noun phrase that ends right before a verb is its subject, whatever its head
    ("an FBI investigation said"), unless a preposition makes it an object ("familiar with the
    plan said")."""
    m = _NP_AT_END.search(state.masked, max(lo, hi - 80), hi)
    if m is None:
        return None
    words = [w.lower() for w in m.group(1).split()]
    if any(w.endswith("ing") for w in words[1:-1]):
        # "the back wearing a cap": a participle opens a clause, the phrase is the one after it
        inner = _DETERMINER.search(state.masked, m.start(1) + 1, hi)
        if inner is not None:
            return _np_ending_at(state, inner.start(), hi)
    if (
        set(words[1:]) & (_NOT_IN_NP | _PREPOSITIONS)
        or words[-1].endswith("ing")
        or words[-1] in WEEKDAYS
        or words[-1] in _TIME_NOUNS
    ):
        return None  # (`Hale during a Sunday thanked`, `a report issued this year said`: a time is nobody)
    if _PREP_BEFORE.search(state.masked, max(lo, m.start(1) - 12), m.start(1)):
        return None
    return Mention(m.start(1), m.end(1), "description", " ".join(m.group(1).split()))


_PAST_AFTER_SUBJECT = re.compile(
    r"[^.!?;:\n" + MASK + r"]{1,60}?\s(?:[a-z]+ly\s+)?([a-z]{3,}ed|[a-z]{3,}s)"
    r"(?=\s*(?:[.,;:!?" + MASK + r"]|$|(?:back|and|as|while|before|after|when|on|at|about)\b))"
)


_PAST_BEFORE_NAME = re.compile(r"([a-z]{3,}ed)\s+(?=(?:[A-Z][\w.’'\-]*\s+)*[A-Z][\w’'\-]+(?:[,.;]|\s*$))")
"""A verb in the past right after a quote, then a name: `“…,” remembered Roy Verley, …`."""


_PLURAL_PRONOUN_VERB = re.compile(
    r"(?:they|we)\s+(?:[a-z]+ly\s+)?([a-z]{3,})(?=\s*(?:[.,;:!?" + MASK + r"]|$))"
)
"""A plural pronoun and the verb right after a quote, closing the attribution."""


def _last_chars(state: _ArticleState, q: RawQuote) -> str:
    """The quote's text up to its last non-space character, read from its end only (a quote can be
    long: slicing all of it per rule cost more than the rule)."""
    end = q.end
    lo = max(q.start, end - 16)
    tail = state.article.text[lo:end].rstrip()
    while not tail and lo > q.start:
        end, lo = lo, max(q.start, lo - 64)
        tail = state.article.text[lo:end].rstrip()
    return tail


def _verb_after_speech(state: _ArticleState, q: RawQuote, lo: int, hi: int) -> list[tuple[int, int]]:
    """`“That is a lie,” the senator bristled`: a quote whose words stop on a comma, "!" or "?"
    and that is followed straight away by a subject and a verb in the past with no object is
    attributed by that verb, known verb of saying or not (the comma is the writer's sign that an
    attribution follows). Returns the verb's span as the cue."""
    if not _last_chars(state, q).endswith((",", "!", "?")):
        return []
    inverted = _PAST_BEFORE_NAME.match(state.masked, lo, min(hi, lo + 80))
    if inverted is not None:
        return [inverted.span(1)]  # `“…,” remembered Roy Verley, …`
    plural = _PLURAL_PRONOUN_VERB.match(state.masked, lo, min(hi, lo + 40))
    if plural is not None and plural.group(1).lower() in BARE_CUES:
        return [plural.span(1)]  # `“…,” they conclude.`: a plural's present is the bare verb
    m = _PAST_AFTER_SUBJECT.match(state.masked, lo, min(hi, lo + 80))
    if m is None or (not m.group(1).endswith("ed") and m.group(1) not in NOUNISH_PRESENT):
        return []  # (an -s form only of a verb of saying: `“…,” a voice-over in the ad states.`)
    return [m.span(1)]


def _after(state: _ArticleState, q: RawQuote, prev: Entity | None) -> Attribution | None:
    masked = state.masked
    close = q.outer_end
    rest = masked[close : close + 40]
    lo = close + len(rest) - len(rest.lstrip(" ,;:—–-\u00a0"))
    # `“…!” Maher replied.` reads as its own sentence; the attribution still belongs to the quote.
    _, s_hi = _sentence_of(state, lo)
    nxt = masked.find(MASK, lo, s_hi)
    hi = nxt if nxt != -1 else s_hi
    cues = _cue_words(state, lo, min(hi, lo + 120)) or _verb_after_speech(state, q, lo, hi)
    # A quote that ends its own sentence (`… Mrs. Clinton." Sanders strategist Tad Devine said the …`)
    # is followed by a new sentence unless a short attribution follows: `…." he said.`
    last = _last_chars(state, q)
    ends_sentence = last.endswith(".")
    # ... and a quote inside the reporter's sentence (`Clinton called him “ISIS’ best recruiter.”
    # She also said, …`) belongs to that sentence: the next one's cue is the next quote's
    s_lo = _sentence_of(state, q.outer_start)[0]
    embedded = (
        ends_sentence
        and masked[s_lo : q.outer_start].strip() not in ("", ":")
        and not masked[s_lo : q.outer_start].rstrip().endswith((":", MASK))
    )
    exclaims = last.endswith(("!", "?"))
    # `even as Trump claimed that “…,” one of the prosecutors said the cases differ`: a quote that
    # is the that-clause of a cue before it is that cue's; a cue after it with its own object
    # opens the next clause
    governed = None
    for c_a, c_b in cues[:2]:
        if (
            ends_sentence
            and masked[lo:c_a].strip()
            and (embedded or not re.match(r"\s*(?:[,.;:]|$)", masked[c_b : c_b + 3]))
        ):
            continue
        if governed is None:
            # (most quotes: no "that" right before them, nothing more to ask)
            governed = bool(_THAT_BEFORE.search(masked, max(s_lo, q.outer_start - 12), q.outer_start))
            governed = governed and bool(_cue_words(state, s_lo, q.outer_start))
        if governed and masked[lo:c_a].strip() and not _PUNCT_NEXT.match(masked, c_b, c_b + 3):
            continue
        if exclaims and _NARRATIVE_SUBJECT.fullmatch(masked, lo, c_a):
            # `“eminent domain!” A campaign TV ad released Thursday accuses …`: a subject with a
            # clause of its own opens the reporter's next sentence; it is no attribution tag
            continue
        mention = _mention_ending_at(state, lo, c_a) if c_a > lo else None
        if mention is None and masked[lo:c_a].rstrip() in ("it", "I"):
            # `“…,” it stated`: a document speaks; `“Okay,” I said`: the writer
            mention = Mention(lo, lo + len(masked[lo:c_a].rstrip()), "pronoun", masked[lo:c_a].rstrip())
        if mention is not None and not _only_role_before(masked, lo, mention):
            mention = None  # the mention must follow the quote directly: `"…," X said`
        if mention is None and masked[lo:c_a].strip() == "" and not masked[c_a:c_b].endswith("ing"):
            # (`“…,” describing the team as …`: a participle is not inverted with its subject)
            mention = _mention_starting_at(state, c_b, hi)
            if mention is None:
                m_end = re.search(r"[,.;:(]|$", masked[c_b:hi])
                np_lo = c_b + len(masked[c_b:hi]) - len(masked[c_b:hi].lstrip())
                mention = _apposed_name(state, subject_phrase(masked, c_b, c_b + m_end.start()))
                if mention is None and masked[c_a:c_b].isalpha() and not masked[c_a:c_b].endswith("ing"):
                    # `“…?” asked the boy, who …`: a verb inverted with its subject is followed
                    # by the speaker, whatever the noun phrase's head
                    mention = _between_quote_and_cue(masked, np_lo, c_b + m_end.start())
        elif (
            mention is None
            and not ends_sentence
            and not (
                # `he would “bomb the daylights out of” the oil fields - said`: words running on from
                # a quote inside the reporter's sentence are its object, not who speaks
                masked[s_lo : q.outer_start].strip() and not last.endswith((",", "!", "?", "—", "–", "-"))
            )
        ):
            mention = (
                _apposed_name(state, subject_phrase(masked, lo, c_a))
                or _between_quote_and_cue(masked, lo, c_a)
                # `“…,” federal prosecutors wrote`: a plural for people with no determiner
                or _bare_plural_subject(state, lo, c_a)
            )
        if mention is None:
            continue
        mention = _widen_to_description(state, mention)
        entity = _resolve(state, mention, mention.start, prev)
        if mention.kind == "pronoun" and mention.text.lower() in ("he", "she"):
            # `Cruz spokesman Rick Tyler said that … “…,” he said.`: the pronoun closing a
            # sentence opened by a named person's verb of saying is that person
            reporter = _sentence_reporter(state, s_lo, q.outer_start, mention)
            if reporter is not None:
                entity = reporter
        via = _via(state, lo, s_hi)
        return Attribution(entity, (mention.start, mention.end), (c_a, c_b), via, "cue-after")
    return None


def _sentence_reporter(state: _ArticleState, s_lo: int, hi: int, pronoun: Mention) -> Entity | None:
    """The person named as the subject of a verb of saying earlier in the sentence, if the
    pronoun can be them."""
    if _sentence_of(state, pronoun.start)[0] != s_lo:
        return None  # `…!” She replied`: a sentence of its own
    cues = _cue_words(state, s_lo, hi)
    if not cues:
        return None
    subject = _subject_of_clause(state, s_lo, cues[0][0])
    if subject is None or subject.kind != "name" or not _is_person(state, subject):
        return None
    key = _full_key(state, subject.text)
    if state.genders.get(key) not in (None, pronoun.gender):
        return None
    return _entity_for_name(state, subject)


_THAT_BEFORE = re.compile(r"\bthat\s*$")
_PUNCT_NEXT = re.compile(r"\s*(?:[,.;:]|$)")
_NARRATIVE_SUBJECT = re.compile(
    r"\s*[A-Z][^\s,;:"
    + MASK
    + r"]*(?:\s+[^\s,;:"
    + MASK
    + r"]+)+\s+[a-z]{3,}ed(?:\s+[^\s,;:"
    + MASK
    + r"]+)+\s*"
)
"""A subject with a participle clause of its own (`A campaign TV ad released Thursday`)."""


def _apposed_name(state: _ArticleState, m: Mention | None) -> Mention | None:
    """The name in a phrase of comma-separated parts: "another friend, Mariam Emara", "Mr. Conant,
    the Republican consultant", "Brent Bozell III, founder of …" (the last part when it is a
    name, else the first)."""
    if m is None or ", " not in m.text:
        return m
    masked = state.masked
    parts, pos = [], m.start
    for piece in masked[m.start : m.end].split(", "):
        parts.append((pos, pos + len(piece)))
        pos += len(piece) + 2
    for a, b in (parts[-1], parts[0]):
        i = bisect.bisect_left(state.name_ends, a)
        name = state.names[i] if i < len(state.names) else None
        if name is None or not a <= name.start < b or not _only_role_before(masked, a, name):
            continue
        if _NAME_TAIL.fullmatch(masked, name.end, b):
            return name
    return m


_NAME_TAIL = re.compile(r"(?:,?\s+(?:Jr\.?|Sr\.?|II|III|IV))?(?:\s*\([RDI]-[\w.]+\))?\s*")


def _only_role_before(masked: str, lo: int, m: Mention) -> bool:
    """Is ``masked[lo:m.start]`` empty or only the mention's own title or role words (`"…,"
    Mayor John Smith said`: the speaker is John Smith, Mayor is his role)?"""
    between = masked[lo : m.start].split()
    if all(w.lower().rstrip(".") in TITLES for w in between):
        return True  # "Mr. Hale", "Sen. Ruiz"
    return m.role is not None and m.role.split()[-len(between) :] == between


_FOR_NAME = re.compile(
    r"(?:^|(?<=[\s,(]))((?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+(?:[\w’'\-]+\s+){0,3}?"
    r"(?:spokesman|spokeswoman|spokesperson|aide|adviser|advisor|official|source|representative|"
    r"lawyer|attorney|member|friend|supporter|staffer|strategist|employee|ally|allies|officials|"
    r"sources|aides|advisers)\s+(?:for|of|to|with|from|at|in|close\s+to|familiar\s+with)\s+"
    r"(?:[\w’'\-.]+\s+){0,4}?)$"
)


def _widen_to_description(state: _ArticleState, mention: Mention) -> Mention:
    """ "A spokesman for candidate Hillary Clinton said": the speaker is the spokesman, not the
    name that ends the phrase."""
    if mention.kind != "name":
        return mention
    m = _FOR_NAME.search(state.masked, max(0, mention.start - 90), mention.start)
    plural = False
    if m is None:
        # `Attorneys for Clinton appeared to oppose it, saying`: a bare plural needs no determiner
        m = _PLURAL_FOR_NAME.search(state.masked, max(0, mention.start - 60), mention.start)
        if m is None:
            return mention
        plural = True
    text = state.masked[m.start(1) : mention.end]
    if "\n" in text or _SENTENCE_END_INSIDE.search(text):
        return mention  # `… a source for the information. ¶ Ann Hale`: no phrase runs past a sentence
    return Mention(m.start(1), mention.end, "description", " ".join(text.split()), plural=plural)


_PLURAL_FOR_NAME = re.compile(
    r"(?:^|(?<=[\s,(]))((?:[A-Z][a-z]+\s+|[a-z]+\s+)?(?:[Aa]ttorneys|[Ll]awyers|[Aa]ides|[Aa]dvisers|[Aa]dvisors|"
    r"[Oo]fficials|[Ss]pokesmen|[Ss]taffers|[Ss]ources|[Aa]llies|[Rr]epresentatives)\s+(?:for|of|to|close\s+to)\s+"
    r"(?:[\w’'\-.]+\s+){0,3}?)$"
)


_SENTENCE_END_INSIDE = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")


_STATE_AFTER_COMMA = re.compile(r", ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")


def _state_after_comma(masked: str, at: int) -> bool:
    """Is the comma at ``at`` the one between a place and its state (`Laredo, Texas`)?"""
    m = _STATE_AFTER_COMMA.match(masked, at)
    return m is not None and m.group(1).lower() in US_STATES


def _clause_start(masked: str, lo: int, hi: int) -> int:
    """Start of the clause that ends at ``hi``: after the last comma, semicolon or dash."""
    seg = masked[lo:hi]
    cut = max(seg.rfind(", "), seg.rfind("; "), seg.rfind("— "), seg.rfind("-- "))
    while cut > 0 and seg[cut] == "," and _state_after_comma(masked, lo + cut) and seg[cut - 1].isalpha():
        # `a visit to the border in Laredo, Texas and explained`: a place and its state
        cut = max(
            seg.rfind(", ", 0, cut),
            seg.rfind("; ", 0, cut),
            seg.rfind("— ", 0, cut),
            seg.rfind("-- ", 0, cut),
        )
    return lo if cut == -1 else lo + cut + 2


def _via(state: _ArticleState, lo: int, hi: int) -> Span | None:
    m = _VIA.search(state.masked, lo, hi)
    return m.span(1) if m else None


_PASSIVE = re.compile(r"\b(?:being|been|was|were|is|are|be|get|gets|got)\s+$", re.I)
_COORDINATED = re.compile(r"\b(?:and|but|then)\s+(?:(?:also|later|then|again|\w+ly)\s+)?$")
_RELATIVE = re.compile(
    r"(?:,|\s[—–-]{1,2})?\s*\b(who|which|that)\s+(?:(?:also|later|then|again|once|has|had|have|\w+ly)\s+)*$"
)


_COMPLEMENT_BREAK = re.compile(
    r"[;:()]|\s[—–-]\s|--|,\s+(?:which|who|whom|whose|where|when|while|but|although|though|whereas|yet)\b"
    r"[^,]*$"
    r"|,\s+(?:and|so|or)\s"
)
"""What closes a verb's complement before a quote: the quote is no longer the verb's object."""

_COMPLEMENT_REACH = 160
"""Characters from a governing verb to the quote: farther, the quote is about something else."""


def _governing_words(state: _ArticleState, lo: int, hi: int) -> list[tuple[int, int]]:
    """Verbs of saying, thinking, naming or attacking in ``masked[lo:hi]`` whose complement runs on
    to ``hi`` unbroken (`Hewlett sniped that Fiorina was `, `Trump attacked Romney for being a `)."""
    masked = state.masked
    if _POSSESSIVE_BEFORE.search(masked, max(lo, hi - 40), hi):
        return []  # `Trump’s “woman’s card” remark`: the words are named as the owner's, not quoted
    return [
        m.span()
        for m in _WORD.finditer(masked, max(lo, hi - _COMPLEMENT_REACH), hi)
        if m.group().lower() in GOVERNING_WORDS
        and not _COMPLEMENT_BREAK.search(masked, m.end(), hi)
        and not _NOUN_AFTER.search(masked, max(lo, m.start() - 30), m.start())
        and not _PASSIVE_TO.search(masked, lo, m.start())
    ]


_NEW_CLAUSE = re.compile(r"(?:\b(?:while|whereas|but|although|though)|;)\s+$")

_SET_OFF = re.compile(r"(?:^|[,;:—–]|\b(?:and|or|by|after|before|while|when|in|also))\s*$")
"""What stands before a participle that takes the clause's subject: a comma, "and", "by"."""

_PASSIVE_TO = re.compile(r"\b(?:being|been|was|were|is|are|be)\s+\w+ed\s+(?:\w+\s+)?to\s+$")
"""`after being asked to defend`: the one asked is not the clause's subject."""

_POSSESSIVE_BEFORE = re.compile(r"(?:[’']s|s[’'])\s*$")
_NOUN_AFTER = re.compile(
    r"(?:\b(?:[Aa]n?|[Tt]his|[Tt]hese|[Tt]hose|[Ss]uch|[Nn]o|[Aa]ny|[Ee]ach|[Ee]very|of|for)|\w+s[’'])"
    r"\s+(?:\w+-\w+\s+)?$"
)
"""A governing word after an article or a plural possessive is a noun: "a call for", "Sanders' call"."""


_BARE_PLURAL = re.compile(
    r"\s*((?:[A-Z][\w\-]*\s+){0,3}(?:[a-z][\w\-]*\s+)?[A-Za-z][\w\-]*s)"
    r"(?:\s+(?:also|then|later|now|still|often|\w+ly|have|has|had|would|will|could|may|might|must|"
    r"can|should|do|did))*\s*$"
)


def _bare_plural_subject(state: _ArticleState, lo: int, hi: int) -> Mention | None:
    """A plural noun phrase with no determiner that is the whole clause before its verb, headed by
    a noun for people ("Legal observers note", "Andrean High School fans also chanted")."""
    m = _BARE_PLURAL.fullmatch(state.masked, lo, hi)
    if m is None or not is_person_head(m.group(1).split()[-1]):
        return None
    if m.group(1).split()[0].lower() in _NOT_IN_NP:
        return None
    return Mention(m.start(1), m.end(1), "description", " ".join(m.group(1).split()), plural=True)


def _can_govern(state: _ArticleState, m: Mention, verb_at: int) -> bool:
    """Could ``m`` be the subject of a governing verb at ``verb_at``: someone who speaks or
    thinks (a pronoun, a noun phrase for people, a person or organisation named) and the subject
    of the verb's clause, not a name in a phrase before it ("the Orlando attack", "in downtown
    Washington")."""
    if m.kind == "pronoun":
        return True
    if m.kind == "description":
        return is_person_head(re.sub(r"[’']s?$", "", m.text.split()[-1]))
    key = _full_key(state, m.text)
    if not (_is_person(state, m) or _kind_of(state, key, key, ()) == "organisation"):
        return False
    return _starts_clause(state, m) or not state.masked[m.end : verb_at].strip(" ,")


def _governed(state: _ArticleState, q: RawQuote, prev: Entity | None) -> Attribution | None:
    """A quote no speech cue claims, in the complement of a verb of complaint, naming, portrayal,
    attack or belief (`X called the plan “a disaster”`, `X described him as “…”`, `X attacked Y
    for being a “failed candidate”`): the words are that verb's subject's. Titles, nicknames and
    scare quotes with no such verb governing them stay unattributed."""
    return _before(state, q, prev, governing=True)


def _before(
    state: _ArticleState, q: RawQuote, prev: Entity | None, governing: bool = False
) -> Attribution | None:
    masked = state.masked
    s_lo, _ = _sentence_of(state, q.outer_start)
    open_at = q.outer_start
    prev_mask = masked.rfind(MASK, s_lo, open_at)
    lo = prev_mask + 1 if prev_mask != -1 else s_lo
    found = _governing_words(state, lo, open_at) if governing else _cue_words(state, lo, open_at)
    cues = [
        c
        for c in found
        if c[1] <= open_at
        and not _AS_NOUN.search(masked, max(lo, c[0] - 30), c[0])
        and not (
            masked[c[0] : c[1]].lower() in _PLURAL_NOUN_CUES
            and _AS_NOUN_WITH_ADJECTIVE.search(masked, max(lo, c[0] - 40), c[0])
        )
    ]
    # `he doesn't have small hands - as Rubio has said - and he can “guarantee”`: a verb in an
    # aside closed before the quote is not the quote's
    if cues:
        dashes = [d.start() for d in _DASH.finditer(masked, lo, open_at)]
        if len(dashes) > 1:
            cues = [c for c in cues if not (dashes[0] < c[0] and dashes[-1] >= c[1])]
    start = s_lo
    while start < open_at and masked[start].isspace():
        start += 1
    if cues and _SUBORDINATE_OPENING.match(masked, start):
        # `When Trump suggested that …, Rubio fired back: “…”`: a verb in the opening clause is
        # not the quote's
        cut = _intro_end(masked, start, open_at)
        if start < cut and masked[cut:open_at].strip(" ,:\u00a0"):
            cues = [c for c in cues if c[0] >= cut]
    for i in range(len(cues) - 1, -1, -1):
        c_a, c_b = cues[i]
        phrase = masked[c_a:c_b].lower()
        if i and phrase.startswith("in ") and not masked[cues[i - 1][1] : c_a].strip():
            continue  # `said in a statement`: the verb is the cue, the phrase only says where
        if i and _MODAL_BEFORE.search(masked, max(lo, c_a - 12), c_a):
            # `Obama said he expected Americans will say “no”`: speech foretold inside someone's
            # report is not said; the quote is the reporting verb's
            continue
        head = masked[lo:c_a]
        if phrase != "according to" and not phrase.endswith("ing") and _PASSIVE.search(head):
            # "after being asked", "was told": the subject is not the one speaking; the agent is
            # (`Sanders was asked by host Bill Maher, “…”`)
            agent = re.match(r"\s+by\s+", masked[c_b : c_b + 6])
            mention = _mention_starting_at(state, c_b + agent.end(), open_at) if agent else None
            if mention is None:
                continue
            mention = _widen_to_description(state, mention)
            entity = _resolve(state, mention, mention.start, prev)
            return Attribution(entity, (mention.start, mention.end), (c_a, c_b), None, "cue-before")
        coordinated = _COORDINATED.search(head) is not None
        rel = _RELATIVE.search(head)
        if rel is not None:
            # "said Scott Reed, the Chamber's strategist, who added that …": the mention is the
            # relative pronoun, its antecedent the phrase just before it
            ante = _mention_ending_at(state, lo, lo + rel.start(), subject=False)
            if ante is None and rel.group(1) != "who":
                # `a sign that read`, `a headline that said`: any noun phrase, whatever its head
                ante = _np_ending_at(state, lo, lo + rel.start())
            elif ante is None:
                # `said one Democrat familiar with the talks, who added`: a phrase with its own
                # prepositional phrase; `rebuked critics who say`: a plural for people
                ante = _np_with_phrase(state, lo, lo + rel.start()) or _plural_before(
                    state, lo, lo + rel.start()
                )
            if ante is not None and _bears_words(phrase, ante):
                return _INSCRIPTION
            if ante is not None:
                ante = _widen_to_description(state, ante)
                entity = _resolve(state, ante, ante.start, prev)
                return Attribution(
                    entity,
                    (lo + rel.start(1), lo + rel.end(1)),
                    (c_a, c_b),
                    _via(state, lo, open_at),
                    "cue-before",
                )
        if phrase == "according to":
            mention = _mention_starting_at(state, c_b, open_at)
        elif phrase.endswith("ing") and (qa := _QUOTED_AS.search(masked, max(lo, c_a - 100), c_a)):
            # "a tweet quoted the president as saying": the one quoted speaks
            mention = _mention_ending_at(state, qa.start(1), qa.end(1), subject=False)
            if mention is None:
                continue
        elif phrase.endswith("ing"):
            # "Bush … attacked Donald Trump, with whom he clashed, calling him a “loser.”"
            # the subject may stand before an earlier quote of the sentence: “Today” in
            # `Sanders visited NBC’s “Today” to discuss …, saying “…”`
            between = re.sub(r"^(?:and|but|while)\s+", "", masked[lo:c_a].strip(" ,;—–-\u00a0"))
            if prev_mask != -1 and not between and state.prev_at >= s_lo:
                continue  # `“…,” adding, “…”`: the previous quote's speaker goes on
            first = lo + masked[lo:c_a].index(between[:1]) if between else c_a
            own = any(m.start == first for m in state.names + state.pronouns)
            prior = cues[i - 1] if i else None
            if prior is None and governing:
                # (a verb that governs a fragment: the attribution's verb is no governing word)
                said = [c for c in _cue_words(state, lo, c_a) if c[1] <= c_a]
                prior = said[-1] if said else None
            absolute = _absolute_subject(state, lo, c_a) or (
                _said_before(state, lo, prior, c_a) if prior is not None else None
            )
            if absolute is not None:
                mention = absolute
            elif governing and not _SET_OFF.search(masked, lo, c_a):
                # `many marchers chanting “…”`, `supporters were shown chanting “…”`: the participle
                # has its own subject right before it, or none that speaks
                mention = _mention_ending_at(state, lo, c_a)
            elif perceived := _PERCEIVED.search(masked, max(lo, c_a - 70), c_a):
                # `a video that showed armed fighters warning of “…”`, `the film depicts one of the
                # guards asking`: after a verb of showing or perceiving, the participle's subject is
                # the object shown, not the sentence's subject
                np_lo = perceived.start(1)
                mention = _mention_starting_at(state, np_lo, c_a) or description_at(masked, np_lo, c_a)
                if mention is not None and mention.kind == "name" and masked[mention.end : c_a].strip():
                    mention = None  # `Islamic State fighters`: the name modifies the noun after it
                if mention is None and is_person_head(masked[np_lo:c_a].split()[-1]):
                    words = masked[np_lo:c_a].strip()
                    mention = Mention(
                        np_lo, np_lo + len(words), "description", words, plural=words.endswith("s")
                    )
            else:
                mention = _participle_subject(state, lo if own or prev_mask == -1 else s_lo, c_a)
            if mention is None:
                continue
        elif coordinated:
            # "Lazar said … and added, “…”": the subject of the clause the first verb heads
            clause_lo = _clause_start(masked, lo, c_a)
            if (w := _WORD.match(masked, clause_lo)) and w.group() in CUE_WORDS:
                # `Ann Lister, also campaigning in Ohio, said … and accused`: the clause after the
                # aside opens with its verb, its subject stands before the aside
                clause_lo = lo
            mention = _subject_of_clause(state, clause_lo, c_a)
            if mention is None and i == 0:
                # "X compared …, and urged …": no earlier cue to share, the sentence's subject;
                # past earlier quotes (`Clinton supports “…,” opposes “…” and recalled`)
                mention = _subject_of_clause(state, lo, c_a) or (
                    _subject_of_clause(state, s_lo, c_a) if prev_mask != -1 else None
                )
        else:
            mention = _mention_ending_at(state, lo, c_a)
            if (
                mention is None
                and _I_BEFORE_CUE.search(masked[max(lo, c_a - 6) : c_a])
                and not masked[c_b:open_at].strip(" ,:")
            ):
                mention = Mention(c_a - 2, c_a - 1, "pronoun", "I")  # `I said, “…”`: the writer
            if mention is None and phrase in _NAMING and _np_ending_at(state, lo, c_a) is not None:
                continue  # `a short film called “…”`: a name given, nobody speaking
            if mention is None and (rel_what := _last_relative(masked, lo, c_a)) is not None:
                # `whether Hale Tours is what former clients have called a “scam”`: the plural
                # for people right before the verb, not the main clause's subject
                mention = _bare_plural_subject(state, rel_what, c_a)
            if mention is None and (who := _WHO_CLAUSE.search(masked, lo, c_a)):
                # "the groups who wrote to her on Thursday say": the phrase the clause is about
                mention = _mention_ending_at(state, lo, who.start(), subject=False) or _np_ending_at(
                    state, lo, who.start()
                )
            if mention is None:
                # `which an FBI investigation said was`: a noun phrase right before its verb
                mention = _np_ending_at(state, lo, c_a)
            if mention is None and governing:
                mention = _bare_plural_subject(state, _clause_start(masked, lo, c_a), c_a)
            if mention is None:
                mention = _subject_of_clause(state, _subordinate_start(state, lo, c_a), c_a)
            if mention is None and phrase in INVERTING_CUES and not governing and _subject_slot_empty(head):
                mention = _mention_starting_at(state, c_b, open_at)
            if mention is None and not governing:
                mention = _apposed_name(state, subject_phrase(masked, _clause_start(masked, lo, c_a), c_a))
            if mention is None and prev_mask != -1 and (head.rstrip().endswith(",") or not head.strip()):
                # `Hemsley, the co-author of “Going Viral,” about …, said`, `Washington, star of
                # “Scandal,” thanked`: an aside holding a quote parts the subject from its verb
                first = _subject_of_clause(state, s_lo, c_a)
                if first is not None and masked[first.end : first.end + 2] == ", ":
                    mention = first
        if mention is None:
            continue
        if governing and not _can_govern(state, mention, c_a):
            continue
        if (
            phrase in _NAMING
            and mention.kind == "description"
            and mention.text.split()[0].lower() in ("a", "an")
            and not masked[c_b:open_at].strip()
        ):
            continue  # `from an account called “Hypo-Cruz”`: a thing introduced by its name
        if _bears_words(phrase, mention):
            return _INSCRIPTION
        mention = _widen_to_description(state, mention)
        entity = _resolve(state, mention, mention.start, prev)
        return Attribution(
            entity, (mention.start, mention.end), (c_a, c_b), _via(state, lo, open_at), "cue-before"
        )
    if not governing and masked[lo:open_at].rstrip().endswith(":"):
        # `Kasich resisted: "…"`, `the board was conclusive in its findings: "…"`
        mention = None
        if prev_mask != -1 and _NO_SUBJECT_AFTER.match(masked, lo, open_at):
            # `Clinton supports “…,” opposes “…” and recalled the freeze:`, `Perez contrasted
            # him, whom he described as “volatile,” with Clinton:`: the words after the earlier
            # quote go on with the sentence's clause and its subject
            mention = _subject_of_clause(state, s_lo, open_at)
        if mention is None:
            mention = _subject_of_clause(
                state, _subordinate_start(state, lo, open_at), open_at
            ) or subject_phrase(
                masked,
                lo,
                lo + len(re.split(r"\s+(?:was|were|is|are|has|had|\w+ed)\b", masked[lo:open_at])[0]),
            )
        if mention is None:
            # "Clinton’s response was:", "Hoff’s letter makes the case:": the owner of the words
            mention = _owner_of_words(state, lo, open_at)
        if mention is not None:
            mention = _widen_to_description(state, mention)
            entity = _resolve(state, mention, mention.start, prev)
            return Attribution(entity, (mention.start, mention.end), None, None, "colon")
    return None


_PERCEIVED = re.compile(
    r"\b(?:show|shows|showed|showing|shown|depict|depicts|depicted|depicting|feature|features|featured|"
    r"featuring|saw|see|sees|seen|heard|hear|hears|watched|watch|watches|caught|pictured|filmed)\s+"
    r"((?:[\w’'\-]+\s+){1,5}?)$"
)
"""A verb of showing or perceiving and its object, right before a participle."""

_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|might|may|should|must|can|won[’']t|wouldn[’']t)\s+$")

_WITH_PHRASE = re.compile(r"\bwith\s+([^,;:()\n" + MASK + r"]{1,60}?)\s*$")
_WITH_NP = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne\s+of\s+(?:the|his|her|their|its)|[Ss]ome|[Mm]any|"
    r"[Ss]everal|[Oo]thers?)\s+)?(?:[\w’'\-.]+\s+){0,4}[\w\-]+$"
)


_I_BEFORE_CUE = re.compile(r"(?:^|[.;]\s+|\n)I\s$")
"""`I said, “…”` opening its sentence: the writer speaks (not `when I asked him, he said`)."""

_RELATIVE_WORD = re.compile(r"\b(?:what|which|that|whom)\s+")


def _last_relative(masked: str, lo: int, hi: int) -> int | None:
    """Where the words after the last relative or complementiser in ``masked[lo:hi]`` start."""
    last = None
    for m in _RELATIVE_WORD.finditer(masked, max(lo, hi - 80), hi):
        last = m.end()
    return last


_WHEN_AFTER_CUE = re.compile(
    r"\s*(?:(?:on\s+|late\s+|early\s+)?(?:" + "|".join(w.title() for w in WEEKDAYS) + r")(?:\s+(?:morning|"
    r"afternoon|evening|night))?|today|yesterday|tonight|(?:last|this)\s+(?:week|month|year|night)|"
    r"earlier|later|\w+ly)?\s*,\s*$"
)
"""What may stand between an attribution's verb and the participle's comma: a time
(`…, Mayor Ann Hale announced Wednesday, calling the repairs “…”`) or an adverb."""


def _only_titles_between(state: _ArticleState, lo: int, m: Mention) -> bool:
    """Whether ``masked[lo:m.start]`` ends with a comma and then at most the name's titles
    (`…, Mayor Ann Hale said,`: "Mayor" is Ann Hale's, the attribution is short)."""
    head = state.masked[lo : m.start].rstrip()
    words: list[str] = []
    while head and not head.endswith((",", MASK)) and len(words) <= 3:
        head, _, word = head.rpartition(" ")
        words.append(word)
        head = head.rstrip()
    return head.endswith((",", MASK)) and all(w.lower().strip(".") in TITLES for w in words)


def _said_before(state: _ArticleState, lo: int, cue: tuple[int, int], c_a: int) -> Mention | None:
    """`…, Nefzi said, adding, “…”` / `…, said Nefzi, adding`: a participle right after an
    attribution goes with that attribution's speaker, not with the sentence's subject (also
    with a title before the name or a time after the verb: `…, Mayor Ann Hale announced
    Wednesday, calling`)."""
    gap = state.masked[cue[1] : c_a]
    if not state.masked[lo : cue[0]].rstrip().endswith((",", MASK)) and _WHEN_AFTER_CUE.fullmatch(gap):
        m = _mention_ending_at(state, lo, cue[0])
        # only a short attribution: `, Nefzi said,` (not `Trump questioned the senator,`)
        if m is not None and _only_titles_between(state, lo, m):
            return m
        return None
    if state.masked[lo : cue[0]].rstrip().endswith((",", MASK)) and gap.rstrip().endswith(","):
        m = _mention_starting_at(state, cue[1], c_a)
        if m is not None and m.kind != "description" and "," not in gap.rstrip()[:-1]:
            return m
    return None


def _absolute_subject(state: _ArticleState, lo: int, c_a: int) -> Mention | None:
    """`…, with Kate Morrow noting that …`, `with one of her ads asking, “…”`: the noun phrase
    between "with" and the participle is the participle's own subject, not the clause's."""
    w = _WITH_PHRASE.search(state.masked, max(lo, c_a - 80), c_a)
    if w is None:
        return None
    m = _mention_ending_at(state, w.start(1), c_a, subject=False)
    if m is not None:
        # (`with Republican Senator Ann Hale telling`: the name's own titles may open the phrase)
        lead = state.masked[w.start(1) : m.start].split()
        if all(w_[:1].isupper() or w_.lower().strip(".") in TITLES for w_ in lead) and len(lead) <= 4:
            return _as_modifier(state, m)
        return None
    phrase = re.sub(r"\s+\w+ly$", "", w.group(1))
    if not _WITH_NP.fullmatch(phrase) or not phrase[:1].isalpha():
        return None
    words = phrase.lower().split()
    if set(words) & (_NOT_IN_NP | {"to", "in", "on", "at", "from", "by", "for"}) or len(words) > 6:
        return None
    if any(w.endswith(("ed", "ing")) for w in words[1:]):
        return None
    return Mention(w.start(1), w.start(1) + len(phrase), "description", " ".join(phrase.split()))


_SUBORDINATOR = re.compile(
    r"\b(?:that|because|since|so|after|when|whenever|although|though|while|if|until|before|once|as|"
    r"who|whom)\s+"
)


def _subordinate_start(state: _ArticleState, lo: int, hi: int) -> int:
    """`It has become such a presence that Pryor on Sunday thanked`: where the clause of the verb
    at ``hi`` opens, when a subordinate clause with a named subject holds it (the main clause's
    subject is someone else). ``lo`` when there is none."""
    hi = lo + len(state.masked[lo:hi].rstrip(" :\u00a0"))
    for m in reversed(list(_SUBORDINATOR.finditer(state.masked, lo, hi))):
        if re.search(r"[,;:—–" + MASK + r"]", state.masked[m.end() : hi]):
            return lo  # the verb is past the clause: `…, although he …, Trump said`
        if any(
            x.start == m.end() and not x.possessive
            for x in state.ends.get(_end_of_mention_at(state, m.end()), ())
        ):
            return m.end()
        np = _opening_np(state.masked, m.end(), hi)
        if np is not None and is_person_head(_HEAD_BEFORE_PP.split(np.text)[0].split()[-1].lower()):
            return m.end()  # `so odd that a spokesman for Sanders could only quip:`
        return lo
    return lo


def _end_of_mention_at(state: _ArticleState, at: int) -> int:
    """End of the name or pronoun starting at ``at`` (-1 if none)."""
    i = bisect.bisect_left(state.name_ends, at)
    if i < len(state.names) and state.names[i].start == at:
        return state.names[i].end
    p = next((x for x in state.pronouns if x.start == at), None)
    return p.end if p is not None else -1


_NO_SUBJECT_AFTER = re.compile(
    r"\s*(?:,\s*)?(?!(?:he|she|they|it|we|i|the|a|an|his|her|their|its|this|that|these|those)\b)"
    r"(?!(?:and|but|yet|so|while|although|though)\s+(?:he|she|they|it|we|i|the|a|an|his|her|their|[A-Z]))"
    r"[a-z]+\b"
)
"""Words after a quote inside a sentence that go on with its clause (`“…” and recalled`, `“…,”
with Clinton:`): no new subject, the sentence's is theirs."""

_DASH = re.compile(r"\s(?:-|--|—|–)\s")

_PLURAL_AT_END = re.compile(r"(?<![\w’'])([a-z][\w\-]*s)\s*$")


def _plural_before(state: _ArticleState, lo: int, hi: int) -> Mention | None:
    """`rebuked critics who say`: a plural noun for people right before "who" is its antecedent."""
    m = _PLURAL_AT_END.search(state.masked, max(lo, hi - 40), hi)
    if m is None or not is_person_head(m.group(1)) or m.group(1) in _NOT_IN_NP:
        return None
    return Mention(m.start(1), m.end(1), "description", m.group(1), plural=True)


_SUBORDINATE_OPENING = re.compile(
    r"(?:When|After|Before|While|Although|Though|Because|If|Since|Once|Until|Whereas)\s"
)

_PHRASE_PREPOSITION = re.compile(r"\s(?:with|of|from|at|in|on|for|to)\s")


def _np_with_phrase(state: _ArticleState, lo: int, hi: int) -> Mention | None:
    """A noun phrase for someone that a prepositional phrase ends: "one Democrat familiar with the
    talks", "a senior aide to the governor" (its determiner first, a person noun or a capitalised
    word before the preposition)."""
    seg = state.masked[lo:hi].rstrip()
    hi = lo + len(seg)
    pp = _PHRASE_PREPOSITION.search(state.masked, max(lo, hi - 80), hi)
    if pp is None:
        return None
    np = _NP_BEFORE.search(state.masked, max(lo, pp.start() - 60), pp.start())
    if np is None:
        return None
    words = np.group(1).split()
    if {w.lower() for w in words[1:]} & (_NOT_IN_NP | _PREPOSITIONS) or MASK in state.masked[
        np.start(1) : hi
    ]:
        return None
    if not any(w[:1].isupper() or is_person_head(w.lower()) for w in words[1:]):
        return None
    text = " ".join(state.masked[np.start(1) : hi].split())
    return Mention(np.start(1), hi, "description", text)


def _subject_slot_empty(head: str) -> bool:
    """Can a cue be inverted with its subject (`Then explained CBS moderator Ann Lee:`)? Only when
    nothing that could be its subject stands before it: an opening phrase closed by a comma, an
    adverb, or nothing (`The nominee and former secretary said the U.S. …` is not inverted)."""
    seg = head.strip(" \u00a0")
    if not seg or seg.endswith((",", ":", ";", MASK, "—", "--")):
        return True
    return len(seg.split()) == 1 and _ADVERB.match(seg.lower()) is not None


_WHO_CLAUSE = re.compile(r"\s+who\s+[^,;:" + MASK + r"]{1,80}$")

_WORDS_NOUNS = DOCUMENT_NOUNS | {
    "response",
    "reply",
    "answer",
    "reaction",
    "words",
    "comment",
    "remarks",
    "message",
}


def _owner_of_words(state: _ArticleState, lo: int, hi: int) -> Mention | None:
    """The possessive name opening ``masked[lo:hi]`` when what it owns is words: "Clinton’s
    response", "Hoff’s letter" (the response is Clinton's)."""
    seg = state.masked[lo:hi]
    start = lo + len(seg) - len(seg.lstrip())
    i = bisect.bisect_left(state.name_ends, start)
    m = state.names[i] if i < len(state.names) else None
    if m is None or m.start != start or not m.possessive:
        return None
    nxt = _NEXT_NOUN.match(state.masked, m.end)
    if nxt is None or not {nxt.group(1), nxt.group(2)} & _WORDS_NOUNS:
        return None
    return Mention(m.start, m.end, "name", m.text, m.role)


_NEXT_NOUN = re.compile(r"[’']s\s+([a-z\-]+)(?:\s+([a-z]+))?\b")
"""The noun a possessive owns, or the one after its modifier ("Trump’s latest statement")."""

_QUOTED_AS = re.compile(
    r"\b(?:quoted|quoting|quotes|cited|citing|cites)\s+([^,;:" + MASK + r"]{2,80}?)\s+as\s+$"
)

_AS_NOUN = re.compile(
    r"(?:\b(?:the|his|her|their|its|our|my|your)|\b(?!(?:he|she|it|that|who|there|what|here)[’']s)\w+[’']s)"
    r"\s+(?:\w+-\w+\s+)?$",
    re.I,
)
"""A cue word after a determiner or possessive is a noun: "Trump's remarks", "the initial comments"."""

_AS_NOUN_WITH_ADJECTIVE = re.compile(
    r"\b(?:the|his|her|their|its|our|my|your|these|those|such)\s+[a-z]+(?:ous|ful|less|est|ial|ical|ary|ist)\s+$",
    re.I,
)
_PLURAL_NOUN_CUES = frozenset(
    ["remarks", "comments", "statements", "claims", "tweets", "quips", "jokes", "warnings"]
)
"""`the racial remarks`, `his famous quips`: a plural noun after a determiner and an adjective (one
whose ending no noun for a person has), not a verb."""

_LATER_WINDOW = 500
"""Characters after a quote searched for a later cue; farther ones are not evidence anyway."""


def _later(state: _ArticleState, q: RawQuote, prev: Entity | None) -> Attribution | None:
    masked = state.masked
    close = q.outer_end
    _, s_hi = _sentence_of(state, close)
    s_hi = min(s_hi, close + _LATER_WINDOW)  # bounded: a paragraph of thousands of quotes
    cues = [c for c in _cue_words(state, close, s_hi) if masked[c[0] : c[1]].lower() in STRONG_CUES]
    if cues and _not_reported_by_later(state, q, cues[0][0]):
        return None
    for c_a, c_b in cues:
        # only `…, Lukashenko warned` or `…, said X`: a cue far off in the sentence is not evidence
        mention = _mention_ending_at(state, close, c_a)
        if mention is None and re.search(r"[,;—–-]\s*$", masked[close:c_a]):
            mention = _mention_starting_at(state, c_b, s_hi)
        if mention is None:
            continue
        entity = _resolve(state, mention, mention.start, prev)
        return Attribution(entity, (mention.start, mention.end), (c_a, c_b), None, "cue-later")
    return None


def _not_reported_by_later(state: _ArticleState, q: RawQuote, cue_at: int) -> bool:
    """A cue later in the sentence does not report a quote named as someone's (`Lee’s “soft on
    crime” line was “a lie,” Hale said`) or one in a clause of its own (`Voters chanted “…” at the
    rally; “…,” Hale said`)."""
    masked = state.masked
    if _SHARED_CLAUSE_BREAK.search(masked, q.outer_end, cue_at) is not None:
        return True
    noun = _NOUN_AFTER_QUOTE.match(masked, q.outer_end)
    return (
        noun is not None
        and noun.group(1) in PHRASE_NOUNS
        and _POSSESSIVE_BEFORE.search(masked, max(0, q.outer_start - 4), q.outer_start) is not None
    )


def _colon_intro(state: _ArticleState, q: RawQuote, prev: Entity | None) -> Attribution | None:
    """A paragraph ending in a colon introduces the next paragraph's quote."""
    art = state.article
    para = art.paragraphs[q.paragraph]
    if state.masked[para.start : q.outer_start].strip():
        return None
    body = _body_ending_by(state, para.start)
    if not body:
        return None
    pp = body[-1]
    if not state.masked[pp.start : pp.end].rstrip().endswith(":"):
        return None
    s_lo, _ = _sentence_of(state, pp.end - 1)
    cues = _cue_words(state, s_lo, pp.end)
    mention = _subject_of_clause(state, s_lo, pp.end)
    if mention is None:
        return None
    entity = _resolve(state, mention, mention.start, prev)
    cue = cues[-1] if cues else None
    return Attribution(entity, (mention.start, mention.end), cue, None, "colon-intro")


_CREDIT_DASH = re.compile(r"[-—–―]{1,2}\s*")


def _credit_line(state: _ArticleState, q: RawQuote, prev: Entity | None) -> Attribution | None:
    """A quote that fills its paragraph, credited on the next line: `“…” / — Bernie Sanders.`"""
    art = state.article
    para = art.paragraphs[q.paragraph]
    masked = state.masked
    if masked[para.start : q.outer_start].strip() or masked[q.outer_end : para.end].strip(" .,"):
        return None
    i = q.paragraph + 1
    if i >= len(art.paragraphs):
        return None
    nxt = art.paragraphs[i]
    dash = _CREDIT_DASH.match(masked, nxt.start)
    if dash is None or nxt.end - nxt.start > 160:
        return None
    mention = next(
        (
            m
            for m in state.names
            if m.start == dash.end() or (dash.end() <= m.start < dash.end() + 25 and m.role)
        ),
        None,
    )
    if mention is None:
        # `-Michelle Marks, Philadelphia.`, `-President Obama, tweeting …`: a dash glued to the
        # name hides its first word from the name's run
        first = next((m for m in state.names if dash.end() < m.start < dash.end() + 25), None)
        lead = masked[dash.end() : first.start].split() if first is not None else []
        if first is None or not lead or not all(w[:1].isupper() and w.isalpha() for w in lead):
            return None
        if all(w.lower() in TITLES for w in lead):
            mention = first
        else:
            text = " ".join([*lead, first.text])
            mention = Mention(dash.end(), first.end, "name", text)
    return Attribution(
        _resolve(state, mention, mention.start, prev), (mention.start, mention.end), None, None, "credit-line"
    )


def _context(state: _ArticleState, q: RawQuote, prev: Entity | None) -> Attribution | None:
    """A quote standing as its own sentence with no cue, right after narration about someone
    ("Howard continued his scathing remarks. / “Eight years ago …”"): that person, if the
    narration since the paragraph before names a subject."""
    art = state.article
    text = art.text[q.start : q.end]
    if len(text.split()) < 4 or not text[:1].isupper():
        return None
    para = art.paragraphs[q.paragraph]
    before = state.masked[para.start : q.outer_start].rstrip()
    if before and not before.endswith((".", "?", "!", ":", MASK)):
        return None
    body = _body_ending_by(state, q.outer_start)
    lo = body[-2].start if len(body) >= 2 and not before else para.start
    if q.outer_start - lo > 700:
        lo = q.outer_start - 700
    lo = max(lo, _section_start(state, q.outer_start))
    if len(state.pronoun_starts) != len(state.pronouns):
        state.pronoun_starts = [m.start for m in state.pronouns]
    j = bisect.bisect_left(state.pronoun_starts, lo)
    pronouns = state.pronouns[j : bisect.bisect_left(state.pronoun_starts, q.outer_start, j)]
    cands = [m for m in pronouns if not m.possessive] + [
        m for m in _names_between(state, lo - 1, q.outer_start) if _is_person(state, m) and not m.possessive
    ]
    cands = [m for m in cands if _starts_clause(state, m)]
    if not cands:
        return None
    m = max(cands, key=lambda m: m.start)
    if _described_speaker_between(state, m.end, q.outer_start):
        return None  # `Hale said, and her husband cut in. “…”`: someone else may speak
    entity = _resolve(state, m, m.start, prev)
    if entity is None:
        return None
    return Attribution(entity, (m.start, m.end), None, None, "context")


_PARTICIPLE_OPENING = re.compile(r"[A-Z][a-z]+ing\s+[a-z]")
"""A sentence opening on a participle phrase ("Reprising one of her lines,"): its subject follows."""
_HEAD_BEFORE_PP = re.compile(r"\s(?:of|for|from|at|in|with)\s")

_OPENER = re.compile(
    r"(?:(?:Then|Now|Later|Next|Finally|Soon|Again|Also|Instead|Often|Once|Twice|Here|There|"
    r"[A-Z][a-z]+ly)\s+|[A-Z][a-z]+(?:\s+[a-z]+){0,4},\s+)(?=(?:he|she|they|[A-Z]\w+)\b)"
)
"""An adverb or a short phrase of lowercase words before a sentence's subject: "Then he",
"Somewhere in there, he", "Privately, Smith"."""

_PASSIVE_AFTER = re.compile(
    r"\s+(?:\w+ly\s+)?(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b"
)


def _sentence_subject(
    state: _ArticleState, q: RawQuote, prev: Entity | None, strict: bool = False
) -> Attribution | None:
    """A quote with no cue inside a sentence of its own whose subject is named before it ("The
    agency declined to detail the inquiry's “specific focus”"): that subject, rather than the
    previous quote's speaker; the sentence is about them. ``strict`` (nobody to continue): the
    subject must be someone who can speak, and active ("Trump was asked" is not)."""
    masked = state.masked
    s_lo, _ = _sentence_of(state, q.outer_start)
    seg = masked[s_lo : q.outer_start]
    if not seg.strip() or MASK in seg:
        return None
    start = s_lo + len(seg) - len(seg.lstrip())
    if _INTRO.match(masked, start):
        start = _intro_end(masked, start, q.outer_start)
    elif _PARTICIPLE_OPENING.match(masked, start) and not any(m.start == start for m in state.names):
        # "Reprising one of her lines, the former secretary of state talked about …"
        start = _intro_end(masked, start, q.outer_start)
    elif (opener := _OPENER.match(masked, start, q.outer_start)) and not is_person_head(
        opener.group().rstrip(", ").split()[-1].lower()
    ):
        # "Then he turned to …", "Somewhere in there, he tossed in …"; not an apposition
        # ("Two analysts, Ann Lee and Tom Hart, found")
        start = opener.end()
    first = min(
        (m for m in state.names + state.pronouns if start <= m.start < q.outer_start and not m.possessive),
        key=lambda m: m.start,
        default=None,
    )
    m = first if first is not None and first.start == start else None
    if m is not None and m.kind == "name":
        m = _as_modifier(state, m)
        if m.kind == "name" and _kind_of(
            state, _full_key(state, m.text), _full_key(state, m.text), ()
        ) not in (
            "person",
            "organisation",
        ):
            return None
    if m is None:
        m = _opening_np(masked, start, q.outer_start)
        if m is not None and strict and not is_person_head(_HEAD_BEFORE_PP.split(m.text)[0].split()[-1]):
            return None  # (the head is before its phrase: "the former secretary of state")
        if m is not None and {m.text.split()[-1].lower(), m.text.split()[-1].lower()[:-1]} & _WORDS_NOUNS:
            return None  # "His comments came after …": the words are the speaker's, who goes on
    if m is None:
        return None
    if strict and _PASSIVE_AFTER.match(masked, m.end, q.outer_start):
        return None
    if not re.search(r"[a-z]{2,}", masked[m.end : q.outer_start]):
        return None  # `Biden “kind of misspoke.”`: no verb, the quote is about the subject
    entity = _resolve(state, m, m.start, prev)
    if entity is None:
        return None
    if m.kind == "pronoun" and _reported_by_other(state, s_lo, entity, prev):
        return None
    return Attribution(entity, (m.start, m.end), None, None, "context")


def _reported_by_other(state: _ArticleState, s_lo: int, entity: Entity, prev: Entity | None) -> bool:
    """`Mr. Lee described her habits. She took her phone everywhere, “sending emails …”`: the
    paragraph reports someone else's account, and "she" is who it is about; the quoted words may
    be the reporter's source's, not hers. (A sentence of the paragraph before the quote's has
    another person for the subject of a verb of saying.)"""
    para = _paragraph_at(state, s_lo)
    if para is None or para.start >= s_lo:
        return False
    for w in _WORD.finditer(state.masked, para.start, s_lo):
        if w.group().lower() not in GOVERNING_WORDS:
            continue
        subject = _subject_of_clause(state, _sentence_of(state, w.start())[0], w.start())
        if subject is None or subject.kind != "name" or not _is_person(state, subject):
            continue
        other = _resolve(state, subject, subject.start, prev)
        if other is not None and other.key != entity.key:
            return True
    return False


def attribute(
    article: Article, quotes: list[RawQuote], masked: str | None = None
) -> tuple[list[Attribution], list[str]]:
    """One Attribution per raw quote, in the same order; and the full person names the article
    mentions (for spellings across the dossier). ``masked``: the text with ``quotes`` masked
    (:func:`.mentions.mask_quotes`), when the caller has it."""
    state = _prepare(article, quotes, masked)
    _honorific_genders(state)
    _pronoun_genders(state)
    out: list[Attribution] = []
    prev: Attribution | None = None
    prev_q: RawQuote | None = None
    said_q: RawQuote | None = None
    """The quote ``prev`` attributed: someone named since it interrupts, past quotes nobody said."""
    for q in quotes:
        prev_entity = prev.entity if prev is not None else None
        att = None
        for rule in (_after, _before, _later, _colon_intro, _credit_line):
            att = rule(state, q, prev_entity)
            if att is not None:
                break
        if att is None or (att.entity is None and att.mention is None and not att.inscription):
            continues = (
                prev is not None
                and state.prev_at >= _section_start(state, q.start)
                and _continues(state, prev_q, q)
                and (said_q is prev_q or _continues(state, said_q, q))
            )
            # a quote of a few words with no cue and nobody to continue stays unattributed (scare
            # quotes, terms): only the subject of a longer one is taken
            long_enough = len(state.article.text[q.start : q.end].split()) > 4
            own = (
                _sentence_subject(state, q, prev_entity, strict=not continues)
                if continues or long_enough
                else None
            )
            # not inside the previous speaker's own sentence (`she said, meaning he "…" and says
            # what he believes "…"`): that quote's speaker holds the whole sentence
            same_sentence = state.prev_at >= _sentence_of(state, q.outer_start)[0]
            gov = _governed(state, q, prev_entity) if att is None else None
            if gov is not None and same_sentence and not _NEW_CLAUSE.search(state.masked, 0, gov.mention[0]):
                gov = None  # unless a new clause opens with its own subject (`…,” while Trump …`)
            if gov is not None:
                # a verb in the quote's own clause names whose words they are: stronger than the
                # previous quote's speaker going on
                att = gov
            elif own is not None:
                att = own
            elif continues:
                # no cue of its own: the quote rests on the previous quote's evidence, or on the
                # same person's mention since (`…," says Garcia. She says … "…"`: "She")
                mention = prev.mention
                near = _context(state, q, prev_entity) if _named_after_attribution(state, said_q, q) else None
                if (
                    near is not None
                    and near.entity == prev_entity
                    and said_q is not None
                    and near.mention[0] > said_q.outer_end
                ):
                    mention = near.mention
                att = Attribution(prev_entity, mention, prev.cue, prev.via, "continuation", continues=True)
            elif att is None:
                att = _context(state, q, prev_entity) or Attribution(None, None, None, None, None)
        if att.mention is not None and att.entity is not None and att.mention in state.heads:
            # the evidence is the words the speaker was read from, not the place after them
            att = replace(att, mention=state.heads[att.mention])
        if att.mention is not None and att.entity is not None:
            m = _pronoun_at(state, att.mention[0])
            if m is not None:
                _record_gender(state, att.entity, m)
        out.append(att)
        if att.entity is not None or _group_speaks(state, att):
            prev = att
            said_q = q
            state.prev_at = q.outer_start
        prev_q = q
    _share_trailing_cues(state, quotes, out)
    # (``_kind_of`` of a name of several words is its shape, or "person" when it has none)
    full = sorted({k for k in state.fullnames if len(k.split()) > 1 and _name_shape(k) is None})
    return out, full


def _pronoun_at(state: _ArticleState, start: int) -> Mention | None:
    """The first pronoun starting at ``start`` (a scan of them all per quote was quadratic)."""
    if state.pronoun_at is None:
        state.pronoun_at = {}
        for x in state.pronouns:
            state.pronoun_at.setdefault(x.start, x)
    return state.pronoun_at.get(start)


_SHARED_CLAUSE_BREAK = re.compile(r";|:\s")
"""What parts two quotes of one sentence into clauses with their own speakers."""
_NOUN_AFTER_QUOTE = re.compile(r"\s*([a-z]+)")


def _share_trailing_cues(state: _ArticleState, quotes: list[RawQuote], out: list[Attribution]) -> None:
    """`The plan is “unworkable” and “cruel,” Hale said.`: a cue after the sentence's last quote
    reports the whole sentence, so a quote before it in the same clause, with no speaker of its
    own, is that speaker's too. Not someone else's words named by their owner (`Lee’s “woman’s
    card” remark was “offensive,” Hale said`)."""
    for i in range(len(quotes) - 2, -1, -1):
        att, nxt = out[i], out[i + 1]
        if att.entity is not None or att.mention is not None or att.inscription:
            continue
        if nxt.entity is None or nxt.rule not in ("cue-after", "cue-later") or nxt.cue is None:
            continue
        q, r = quotes[i], quotes[i + 1]
        if nxt.cue[0] < r.outer_end or _sentence_of(state, q.outer_start) != _sentence_of(
            state, r.outer_start
        ):
            continue
        if _not_reported_by_later(state, q, r.outer_start):
            continue
        out[i] = Attribution(nxt.entity, nxt.mention, nxt.cue, nxt.via, "cue-later")


_HONORIFIC = re.compile(r"M(?<![\w’']M)(r|rs|s|iss)\b\.?\s+")


def _honorific_genders(state: _ArticleState) -> None:
    """ "Mr. Brandt", "Mrs. Hale": a person's gender, for pronouns and descriptions ("she said"
    is not Mr. Brandt). Names keep no such title as a role."""
    starts = {m.start: m for m in state.names}
    for h in _HONORIFIC.finditer(state.masked):
        m = starts.get(h.end())
        if m is not None and (" " in m.text or len(_shared_surname(state, m.text)) < 2):
            # (not "Mr. Khan" where several Khans are named: which one it is depends on it)
            state.genders.setdefault(_full_key(state, m.text), "m" if h.group(1) == "r" else "f")


def _pronoun_genders(state: _ArticleState) -> None:
    """What the article's own pronouns say of each person named in full: `Ann Hale took her
    seat … Hale said she …` makes Ann Hale a woman, so a later "he said" cannot be hers. Votes
    come from a person named as a clause's subject followed, in the same sentence and with no
    one else named between, by "he"/"his"/"himself" or "she"/"herself" (not "her" or "him",
    which are mostly someone else), and from a word for kin before a name (`his wife, Ann Hale`).
    A person with votes of both sexes keeps a gender only when one side outnumbers the other
    three to one. Honorifics, read before, win; nothing is guessed from a given name."""
    votes: dict[str, list[int]] = {}
    kin: dict[str, set[str]] = {}
    masked = state.masked
    # the last search for a pronoun: (from, to, what it found)
    last: tuple[int, int, re.Match[str] | None] = (-1, -1, None)
    for m in state.names:
        # the cheap tests first: four names in five have no kin word before them and no "he" or
        # "she" after them in their sentence, and so no vote (every test is a pure function of
        # the article, so their order changes nothing but the time: 18 % of the stage before)
        k = _KIN_BEFORE.search(masked, max(0, m.start - 40), m.start)
        if k is None:
            if m.possessive:
                continue
            hi = _sentence_of(state, m.start)[1]
            lo, last_hi, p = last
            if not (hi == last_hi and lo <= m.end and (p is None or p.start() >= m.end)):
                # (names are in order: a later name in the same sentence that comes before the
                # pronoun found for an earlier one finds that same pronoun)
                p = _PRONOUN_AFTER.search(masked, m.end, hi)
                last = (m.end, hi, p)
            if p is None:
                continue
        key = _gender_key(state, m)
        if key is None:
            continue
        if k is not None:
            kin.setdefault(key, set()).add("f" if k.group(1) else "m")
            continue
        if not _starts_clause(state, m) or _and_joined(state, m):
            continue
        sex = _pronoun_vote(state, m, p)
        if sex is not None:
            votes.setdefault(key, [0, 0])[sex == "f"] += 1
    for key, (male, female) in votes.items():
        if key in kin:
            continue
        if male > 3 * female or (female == 0 and male):
            state.genders.setdefault(key, "m")
        elif female > 3 * male or (male == 0 and female):
            state.genders.setdefault(key, "f")
    for key, sexes in kin.items():
        if len(sexes) == 1:
            state.genders.setdefault(key, next(iter(sexes)))


_OTHER_PERSON = re.compile(r"\b(?:him|her|hers|them|their)\b")
_APPOSED_PRONOUN = re.compile(r"\s*,\s*(?:\w+\s+)?$")
"""`Unlike Sanders, she …`, `Hicks, his spokeswoman`: a name then a comma is no subject here."""


def _pronoun_vote(state: _ArticleState, m: Mention, p: re.Match[str]) -> str | None:
    """The sex the first "he"/"his"/"she"/… after subject ``m`` in its sentence (``p``) gives it,
    unless someone else may be meant: a quotation between (`Lee cracked, “…” he`), another person
    named, spoken of ("him", "her", "their") or described (`Hale mocked the front-runner,
    saying she`)."""
    masked = state.masked
    if _names_between(state, m.end, p.start()):
        return None
    between = masked[m.end : p.start()]
    if MASK in between or _OTHER_PERSON.search(between) or _APPOSED_PRONOUN.match(between):
        return None
    if any(is_person_head(w) for w in re.findall(r"\b[a-z][a-z\-]+\b", between)):
        return None
    return "m" if p.group(1) else "f"


_PLACE_PREPOSITIONS = ("In", "in", "to", "from", "at", "near", "outside")


def _placed(masked: str, word: str) -> bool:
    """Whether the article uses ``word`` (letters only) as a place: `in Clarkston`, `Greeley,
    Colo.,`. Found from where the word stands after a space, not by a pattern compiled and run
    over the article for each word (a sixth of the per-article stage)."""
    needle = " " + word
    at = masked.find(needle)
    while at >= 0:
        end = at + len(needle)
        if at > 0 and masked[at - 1] == "," and masked.startswith(".,", end):
            return True
        if end == len(masked) or not _is_word_char(masked[end]):
            for p in _PLACE_PREPOSITIONS:
                lo = at - len(p)
                if lo >= 0 and masked.startswith(p, lo) and (lo == 0 or not _is_word_char(masked[lo - 1])):
                    return True
        at = masked.find(needle, at + 1)
    return False


def _gender_key(state: _ArticleState, m: Mention) -> str | None:
    """The person of several words a name mention means, when that does not hang on gender
    (a surname several people share is left out: which of them it is depends on gender)."""
    if " " not in m.text and _shared_surname(state, m.text):
        return None
    key = _full_key(state, m.text)
    if " " not in key:
        # one word named as no fuller name (a given name, "Bob"; a surname alone): a person
        # when the article's own pronouns say so, and never an organisation's or a place's name
        # (the costliest test last: each is a pure function of the article)
        if (
            not key.isalpha()
            or _name_shape(key) is not None
            or not _given_like(state, key)
            or _placed(state.masked, key)
            or _kind_of(state, key, key, ()) == "organisation"
        ):
            return None
        return key
    if not _is_person(state, m):
        return None
    return key


def _named_after_attribution(state: _ArticleState, a: RawQuote | None, b: RawQuote) -> bool:
    """Is anyone named, or a pronoun used, between the end of quote ``a``'s own attribution
    sentence and quote ``b``? (A bisection: most quotes going on have nothing there, and the
    full search costs a scan.)"""
    if a is None:
        return False
    lo = _sentence_of(state, a.outer_end - 1)[1]  # the sentence holding the quote and its cue
    i = bisect.bisect_right(state.name_ends, lo)
    if i < len(state.names) and state.names[i].start < b.outer_start:
        return True
    if len(state.pronoun_starts) != len(state.pronouns):
        state.pronoun_starts = [m.start for m in state.pronouns]
    j = bisect.bisect_left(state.pronoun_starts, lo)
    return j < len(state.pronouns) and state.pronouns[j].start < b.outer_start


def _group_speaks(state: _ArticleState, att: Attribution) -> bool:
    """Did people who are no one speaker say it (`Smith and Jones said`)? The next quote with no
    cue goes on with them, not with someone named before them."""
    if att.entity is not None or att.mention is None or att.rule == "continuation":
        return False
    return not any(m.kind == "pronoun" for m in state.ends.get(att.mention[1], ()))


def _continues(state: _ArticleState, prev_q: RawQuote | None, q: RawQuote) -> bool:
    """Does ``q`` carry on from ``prev_q`` with no new speaker in between?"""
    if prev_q is None or _section_start(state, q.start) > prev_q.end:
        return False
    art = state.article
    gap = state.masked[prev_q.outer_end : q.outer_start]
    # a quote running over paragraphs (`“A. / “B,” Sexton said. “C.”`) ends in the next one
    # names in the previous quote's own attribution ("…," Lukashenko said, as quoted by Belta)
    # do not interrupt it
    after = state.masked[prev_q.outer_end : prev_q.outer_end + 20]
    s_lo, s_hi = _sentence_of(state, prev_q.outer_end + len(after) - len(after.lstrip()))
    others = [
        m
        for m in _names_between(state, prev_q.end, q.start)
        if not m.possessive and not (s_lo <= m.start < s_hi)
    ]
    if not others and _described_speaker_between(state, prev_q.outer_end, q.outer_start):
        return False
    if prev_q.paragraph == q.paragraph or _paragraph_at(state, prev_q.end) is art.paragraphs[q.paragraph]:
        return not others
    # next body paragraph, starting with the quote (`“A,” Carson said. / “B.”`)
    para = art.paragraphs[q.paragraph]
    if state.masked[para.start : q.outer_start].strip():
        return False
    between = [p for p in art.paragraphs if p.kind == "body" and prev_q.end < p.start < para.start]
    return not between and not others and len(gap) < 400


_DESCRIBED_CLAUSE = re.compile(
    r"(?:,\s+and|;|[.!?]\s|\n)\s*((?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[Oo]ne)\s+(?:[a-z\-]+\s+){0,2}([a-z]+))"
    r"\s+(?:\w+ly\s+)?(?:[a-z]+ed|cut|broke|spoke|said|says|told|asked|interjected|shot)\b"
)


def _described_speaker_between(state: _ArticleState, lo: int, hi: int) -> bool:
    """`“A,” Ebeling said, and her husband cut in. “B.”`: a clause between the two quotes whose
    subject is someone described, not named, may bring in the next speaker; B does not go on."""
    for m in _DESCRIBED_CLAUSE.finditer(state.masked, lo, hi):
        if is_person_head(m.group(2)) and m.group(2) not in ("people", "others"):
            return True
    return False


def _names_between(state: _ArticleState, lo: int, hi: int) -> list[Mention]:
    """The names starting strictly between ``lo`` and ``hi``, by bisection (names are in order and
    never overlap)."""
    i = bisect.bisect_right(state.name_ends, lo)
    out = []
    while i < len(state.names) and state.names[i].start < hi:
        if state.names[i].start > lo:
            out.append(state.names[i])
        i += 1
    return out
