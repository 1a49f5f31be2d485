"""Mentions of people and organisations in narration: names, pronouns and descriptions.

Quote contents are masked out first (same length, so offsets stay valid): a name inside a quote
is the speaker's words, not the reporter's, and must never be taken for an antecedent.
"""

from __future__ import annotations

import functools
import re
from typing import Literal, NamedTuple

from .lexicon import (
    NOT_NAMES,
    PARTY_WORDS,
    PERSONAL_PRONOUNS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    SOURCE_NOUNS,
    TITLES,
    WEEKDAYS,
)

MASK = "\u25a1"
"""Stands in for every character of a quote (marks included) in masked text."""

_APOS = "'’"
_TITLES_BEFORE_OF = [
    "Chief",
    "Secretary",
    "Director",
    "Minister",
    "Chairman",
    "Chairwoman",
    "Chair",
    "President",
    "Head",
    "Commissioner",
    "Administrator",
    "Deputy",
    "Undersecretary",
    "Ambassador",
    "Editor",
    "Dean",
    "Chancellor",
]
_TITLE_OF = r"of(?=\s+[A-Z])(?:" + "|".join(rf"(?<={t} of)" for t in _TITLES_BEFORE_OF) + ")"
"""A title's "of" inside a name run: "RNC Chief of Staff Ann Lee" is one run, Ann Lee's."""
_NAME_WORD = (
    r"(?:(?:Sen|Rep|Gov|Lt|Gen|Col|Maj|Capt|Sgt|Adm|Mr|Mrs|Ms|Dr|Prof|Rev|Fr|Sr|Jr|Ft|Mt|Gov|Atty|Supt|Cmdr)\."
    r"|[A-Z]\.(?:[A-Z]\.)*|(?:Mc|Mac|O[’'])?[A-Z][\w’'\-"
    + "\u0300-\u036f\u0080-\u009f\u00a1-\u00aa\u00ac\u00ae-\u00b6\u00b8-\u00ba\u00bc-\u00bf"
    + r"]*[\w])"
)
"""Inside a word, also combining marks and the Latin-1 signs that UTF-8 read twice leaves
("Marc TrÃ©vidic" is "Tr", "A", a combining tilde, "©", "vidic"): the name is the source's
characters, whole, not cut at the first one."""
_CONNECT = r"(?:de|da|del|der|den|van|von|bin|al|la|le|du|dos|y|ibn|el)"
# The lookahead lets the regex engine skip to capitals: 2.7× faster than the bare lookbehind.
_ARTICLE_PARTICLE = r"(?:al|el|ad|as|ash|at|an|ar|az)-[A-Z][\w’'\-]*[\w]"
"""An Arabic surname with its article: "Anwar al-Awlaki", "Ayman al-Zawahiri"."""
_NAME_SEQ = re.compile(
    rf"(?=[A-Z])(?<![\w’'\-]){_NAME_WORD}(?:\s+(?:(?:{_CONNECT}\s+)?{_NAME_WORD}|{_ARTICLE_PARTICLE}|{_TITLE_OF}))*"
    rf"(?:[’']s\b)?"
)
_PRONOUN = re.compile(r"(?=[hsHStTI])\b(?:he|she|they|He|She|They|It)\b")
_DESCRIPTION = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne)\s+((?:[\w’'\-]+\s+){0,4}?)([\w\-]+)\b"
)
_SUFFIXES = {"Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"}
_ABBREV_PARTY = re.compile(r",?\s*\(?[RDI]-[A-Z][a-z.]*\.?\)?")


class Mention(NamedTuple):
    """A named tuple, not a frozen dataclass: tens of thousands are made per dossier, and a frozen
    dataclass costs three times as much to build."""

    start: int
    end: int
    kind: Literal["name", "pronoun", "description"]
    text: str
    """The mention as written (for names: titles stripped, possessive stripped)."""
    role: str | None = None
    """Title or role words that stood before the name ("Belarusian President")."""
    possessive: bool = False
    gender: str | None = None
    plural: bool = False


def mask_quotes(text: str, spans: list[tuple[int, int]]) -> str:
    """Replace each quote with its marks (``spans`` are outer bounds) by MASK characters, keeping
    every offset."""
    if "\u00ad" in text:
        text = _soft_hyphens(text)
    if not spans:
        return text
    parts = []
    pos = 0
    for a, b in sorted(spans):
        a = max(a, pos)
        if b <= a:
            continue
        parts.append(text[pos:a])
        parts.append(MASK * (b - a))
        pos = b
    parts.append(text[pos:])
    return "".join(parts)


_SOFT_HYPHEN_AT_EDGE = re.compile(r"(?<=\s)\u00ad+|\u00ad+(?=\s)")


def _soft_hyphens(text: str) -> str:
    """A soft hyphen (U+00AD, invisible) must not split a name: one beside a space is a space
    ("Doug \u00adAndres"), one inside a word a hyphen ("news\u00adpaper"), as names may hold those."""
    return _SOFT_HYPHEN_AT_EDGE.sub(lambda m: " " * len(m.group()), text).replace("\u00ad", "-")


def _is_title(word: str) -> bool:
    w = word.lower()
    if w.rstrip(".") in TITLES or w in TITLES:
        return True
    # a compound with a title in it is one: "co-founder", "Editor-in-Chief", "ex-president"
    return "-" in w and any(part in TITLES and part not in _NOT_TITLE_PARTS for part in w.split("-"))


_NOT_TITLE_PARTS = frozenset(["the", "first", "late", "then", "former", "acting", "senior", "junior"])


def _looks_adjectival(word: str) -> bool:
    """Nationality and party adjectives that precede a title: Belarusian, Ukrainian, Democratic."""
    w = word.lower()
    return w.endswith(("ian", "ean", "ese", "ish", "ic", "an")) and len(w) > 4


def names_in(masked: str, lo: int, hi: int) -> list[Mention]:
    """Proper-name mentions in ``masked[lo:hi]``, titles split off as roles."""
    out = []
    parse, head, new = _parse_name, _role_head_cached, _new_tuple
    for m in _NAME_SEQ.finditer(masked, lo, hi):
        parsed = parse(m.group())
        if parsed is None:
            continue
        a, b, name, role_words, possessive = parsed
        start = m.start()
        # _role_before's answer for most names, without the call: no run words, and the word
        # before is no role's head (tests/test_fast_scans.py checks both agree)
        if role_words or (
            masked[start - 1 : start] in _ROLE_GAP
            and (last := masked[max(0, start - 30) : start].rsplit(None, 1)[-1:])
            and head(last[0])
        ):
            role = _role_before(masked, start, role_words)
        else:
            role = None
        # tuple.__new__ straight away: the named tuple's own __new__ is one more Python call per name
        out.append(new(Mention, (start + a, start + b, "name", name, role, possessive, None, False)))
    return out


def _title_of_name(raw: str, possessive: bool) -> tuple[int, int, str, tuple[str, ...], bool] | None:
    """ "RNC Chief of Staff Ann Lee", "Director of National Intelligence Tom J. Hale": after a title
    and its "of" come what the title is of, then the person (a given name, middle initials, a
    surname), whose role is all of it. "CEO of Harbor Growers Association", "President of Peru"
    name an organisation or place, which is then the name, with no role."""
    at = raw.rindex(" of ") + 4
    head, rest = raw[: at - 4].split(), raw[at:].split()
    i = len(rest) - 1
    while i > 1 and _INITIAL_WORD.fullmatch(rest[i - 1]):
        i -= 1
    i -= 1
    if i == 0 and (rest[0].lower() in ROLE_NOUNS or rest[0] in _DEPARTMENTS):
        i = 1  # "Chief of Staff Lee"
    if i <= 0 or any(w in _ORG_HEADS for w in rest) or rest[0] in ("The", "A", "An"):
        parsed = _parse_name(raw[at:] + ("’s" if possessive else ""))
        if parsed is None:
            return None
        a, b, name, role_words, poss = parsed
        return a + at, b + at, name, role_words, poss
    start = raw.index(rest[i], at)
    return start, len(raw), " ".join(rest[i:]), (*head, "of", *rest[:i]), possessive


_INITIAL_WORD = re.compile(r"[A-Z]\.")
_ORG_HEADS = frozenset(
    [
        "Association",
        "Committee",
        "Council",
        "Institute",
        "Foundation",
        "Department",
        "Agency",
        "Party",
        "University",
        "College",
        "Center",
        "Centre",
        "Group",
        "Fund",
        "Bank",
        "Company",
        "Corporation",
        "Inc",
        "Board",
        "Commission",
        "Union",
        "Office",
        "Bureau",
        "Service",
        "Network",
        "Times",
        "Post",
        "News",
        "Journal",
        "Club",
        "Society",
        "League",
        "Coalition",
        "Alliance",
        "Organization",
    ]
)


_BODY_HEADS = frozenset(["Convention", "Consortium", "Caucus", "Conference", "Congress", "Parliament"])
"""Heads of a body's name that are no organisation word elsewhere in the lexicon."""
_ROLE_COMPOUND = re.compile(r"(?:committee|chair|congress|council|spokes|assembly|alder)(?:wo)?m[ae]n", re.I)
"""A post named by a compound ("Committeeman", "Councilwoman"): a run that ends in one is a role."""


def _org_word(word: str) -> bool:
    """A word that may open an organisation's name: a party or place adjective ("Democratic",
    "Belarusian"), or a chamber ("Senate Judiciary Committee")."""
    w = word.lower()
    return w in PARTY_WORDS or w in ("senate", "house", "national", "state") or _looks_adjectival(word)


_ROLE_GAP = (" ", "\u00a0")
"""What may stand between a role and its name (:func:`_role_before`)."""


_new_tuple = tuple.__new__


@functools.lru_cache(maxsize=65536)
def _parse_name(raw: str) -> tuple[int, int, str, tuple[str, ...], bool] | None:
    """A matched capitalised run split into (start, end relative to the run, name, leading role
    words, possessive), or None when it is no name. Depends on the run alone, so it is memoised:
    the same names recur all through a dossier."""
    if raw.lower() in NOT_NAMES:
        return None  # a capitalised sentence opener alone ("The", "But"): most matches
    possessive = raw.endswith(("’s", "'s"))
    if possessive:
        raw = raw[:-2]
    if " of " in raw:
        return _title_of_name(raw, possessive)
    words = raw.split()
    if len(words) == 1:
        # one word: nothing to strip but a suffix or opener (most names after the first)
        if (
            raw.lower().strip(".") in NOT_NAMES
            or not raw
            or _HYPHEN_ADJECTIVE.search(raw)
            or _lone_title(raw)
            or raw.lower() in _COUNT_WORDS
        ):
            return None
        return 0, len(raw), raw, (), possessive
    # a sentence that starts after an abbreviation: "in the U.S. While Clinton …"
    opener = max((i for i, w in enumerate(words[1:-1], 1) if w in _SENTENCE_OPENERS), default=0)
    if opener:
        words = words[opener + 1 :]
    # (after the run's leading openers: "As The Post's Ann Lee" is no headline)
    lead = 0
    while lead < len(words) - 1 and words[lead].lower().strip(".") in NOT_NAMES:
        lead += 1
    tail = words[lead + 1 :]
    if len(tail) == 1 and tail[0] in _SURNAMES_TOO:
        tail = []  # "George Will": the surname, not "will" in a headline
    if any(w in _HEADLINE_WORDS for w in tail):
        return None  # a title-case headline: "Gina Rodriguez Questioned What It Means To Be"
    # a heading in capitals before the sentence: "ROLL TIDE Alabama beat …"
    shouted = [i for i, w in enumerate(words) if len(w) > 1 and w.isupper() and w.isalpha()]
    if len(shouted) > 1:
        words = words[shouted[-1] + 1 :]
        if not words:
            return None
    # Leading words that are not part of the name: sentence openers, then everything up to
    # the last title ("U.S. President Donald Trump", "Belarusian President Alexander ...").
    while words and (words[0].lower().strip(".") in NOT_NAMES or words[0].lower() in _COUNT_WORDS):
        words = words[1:]  # "Six Trump supporters", "Neither Cruz nor …": a count is no given name
    department = len(words) > 2 and words[0] in _DEPARTMENTS and not _is_title(words[1])
    if not words or _HYPHEN_ADJECTIVE.search(words[-1]):
        return None  # "Los Angeles-based": an adjective
    # "Texas-based Matt Mackowiak": the adjective is a role
    last_title = max(
        (i for i, w in enumerate(words[:-1]) if _is_title(w) or _HYPHEN_ADJECTIVE.search(w)),
        default=0 if department else -1,
    )
    if last_title == -1 and len(words) > 2 and _looks_adjectival(words[0]):
        last_title = 0
    # "Media Research Center’s Bozell": an owner's name before the person is a role
    last_owner = max((i for i, w in enumerate(words[:-1]) if w.endswith(("’s", "'s"))), default=-1)
    last_title = max(last_title, last_owner)
    role_words = words[: last_title + 1]
    words = words[last_title + 1 :]
    if words and words[-1] in _ORG_HEADS | _BODY_HEADS and all(_org_word(w) for w in role_words):
        # "The Democratic National Committee": the party word is the organisation's own name,
        # not a role of someone called "National Committee"
        words, role_words = role_words + words, []
    if len(words) > 1 and _ROLE_COMPOUND.fullmatch(words[-1]):
        return None  # "the Republican National Committeeman from Utah": a post, no one's name
    start = 0
    if words:
        start = raw.index(words[0], 0 if not role_words else raw.index(role_words[-1]) + len(role_words[-1]))
    while words and words[-1] in _SUFFIXES and len(words) > 1:
        words = words[:-1]
    # a day or month run into the name's end: "CNN Tuesday", "New Hampshire Monday"
    while len(words) > 1 and words[-1].lower() in _TIME_WORDS:
        words = words[:-1]
    if not words or (len(words) == 1 and _lone_title(words[0])):
        return None
    end = raw.index(words[-1], start) + len(words[-1])
    return start, end, " ".join(words), tuple(role_words), possessive


def _lone_title(word: str) -> bool:
    """ "Secretary", "Republican": a title standing alone is no one's name (the name it belongs to
    was cut off: "Former Secretary of State …"); organisations that are titles too ("House",
    "Senate", "GOP") and surnames ("King") stay names."""
    return _is_title(word) and word.lower() not in _TITLES_THAT_NAME


_TITLES_THAT_NAME = frozenset(
    ["house", "senate", "committee", "campaign", "gop"]
) | frozenset(  # titles that are surnames too: "King says Ali …"
    [
        "king",
        "queen",
        "prince",
        "princess",
        "judge",
        "bishop",
        "cardinal",
        "pope",
        "lord",
        "dame",
        "sir",
        "host",
        "coach",
        "singer",
        "chancellor",
        "pastor",
        "rabbi",
        "imam",
        "sheriff",
        "mayor",
        "whip",
    ]
)
_COUNT_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "hundred",
        "hundreds",
        "thousands",
        "dozens",
        "neither",
        "either",
        "few",
        "fewer",
        "more",
        "only",
    ]
)
"""Words that count or negate the noun after them: capitalised at a sentence's start, never a name's."""
_TIME_WORDS = frozenset([*WEEKDAYS, "january", "february", "september", "october", "november", "december"])
"""Days and months that are never the last word of a name (not "May", "June", "August")."""
_DEPARTMENTS = frozenset(
    ["State", "Defense", "Treasury", "Labor", "Energy", "Commerce", "Education", "Agriculture", "Interior"]
)
"""What follows "Secretary of" and opens the next capitalised run: "Secretary of State John Kerry"."""

_HYPHEN_ADJECTIVE = re.compile(
    r"-(?:based|born|bred|raised|led|backed|funded|owned|run|area|style|era|made|linked|allied|aligned|"
    r"leaning|controlled|affiliated|sponsored|educated|trained|American|Americans)$"
)
_SENTENCE_OPENERS = frozenset(
    [
        "While",
        "When",
        "But",
        "And",
        "After",
        "Before",
        "If",
        "Because",
        "Although",
        "Since",
        "Then",
        "So",
        "Yet",
    ]
)
_HEADLINE_WORDS = frozenset(
    [
        "To",
        "What",
        "It",
        "Is",
        "Are",
        "Was",
        "Were",
        "Does",
        "Do",
        "Did",
        "Not",
        "Will",
        "Can",
        "Has",
        "Have",
        "Had",
        "Be",
        "Been",
        "By",
        "For",
        "With",
        "Or",
        "The",
        "An",
        "Of",
        "In",
        "On",
        "At",
        "As",
        "From",
        "Into",
        "Over",
        "About",
        "Than",
        "That",
        "This",
        "How",
        "Why",
        "Who",
        "Just",
        "Up",
        "Out",
    ]
)
"""Capitalised inside a run only in title-case headlines, never inside a person's name (but see
``_SURNAMES_TOO``)."""
_SURNAMES_TOO = frozenset(["Will"])
"""Headline words that are also surnames, when they end a two-word name (George Will)."""


def _role_before(masked: str, start: int, role_words: tuple[str, ...]) -> str | None:
    """Title and role words right before a name: "Kremlin spokesman Dmitry Peskov". A role is a
    noun phrase that ends in its head noun ("Republican presidential candidate"): never a clause
    piece ("he met presidential candidate", "is expected to host"), a lone modifier ("former",
    "then") or a headline glued on from the line before."""
    words: list[str] = []
    if masked[start - 1 : start] in _ROLE_GAP:
        last = masked[max(0, start - 30) : start].rsplit(None, 1)[-1:]
        if last and _role_head_cached(last[0]):
            line = masked.rfind("\n", max(0, start - 60), start) + 1
            window = masked[max(line, start - 60) : start].split()[-5:]
            words = _role_tail(window)
    if role_words:  # (no run words: no role from them; most names)
        words += _role_tail(list(role_words), run=True)
    if not words or not (
        _role_head(words[-1])
        or words[-1].endswith(("’s", "'s"))
        or ("of" in words and _role_head(words[len(words) - 1 - words[::-1].index("of") - 1]))
    ):
        return None  # an owner is a role too: "Media Research Center’s Bozell"
    return " ".join(words)


@functools.lru_cache(maxsize=65536)
def _role_head_cached(word: str) -> bool:
    """:func:`_role_head` of the word before each name: a few thousand distinct words, asked about
    50,000 times a load."""
    return _role_head(word)


def _role_head(word: str) -> bool:
    """Can this word end a role: a title or role noun, not a modifier ("former", "then")?"""
    w = word.lower()
    return (w in ROLE_NOUNS or _is_title(w)) and w.rstrip(".") not in ROLE_MODIFIERS


def _role_tail(words: list[str], run: bool = False) -> list[str]:
    """The longest tail of ``words`` that can stand before a name as its role. ``run``: the
    words are capitalised ones from the name's own run (titles, organisations)."""
    take: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        lw = w.lower()
        if run and take and w == "of" and i and _is_title(words[i - 1]):
            take.append(w)  # "Chief of Staff"
            continue
        if not run and not _PLAIN_WORD.fullmatch(w):
            break
        if _GLUED.search(w) or lw == "the":
            break  # "BushASSOCIATED PRESSOhio Gov.": page furniture run together
        if take and take[-1].lower().rstrip(".") in _HONORIFICS:
            break  # nothing stands before "Mr.": "#Franceisstrong Mr. Trump"
        if take and not _is_title(lw) and lw not in ROLE_NOUNS:
            # (an acronym is no function word: "US Senator" is not the pronoun "us")
            stop = lw in _ROLE_STOP and not (len(w) > 1 and w.isupper())
            if stop or (lw.endswith(("ed", "ing")) and not w[:1].isupper()):
                if not run and len(take) == 1 and lw in _VERB_BEFORE:
                    return []  # "is expected to host Donald Trump": the head is a verb
                break
            if not w[:1].isupper() and take[-1][:1].isupper():
                break  # "not mention Republican front-runner": lowercase only within the phrase
        elif take and lw in _VERB_BEFORE:
            break
        take.append(w)
    return list(reversed(take))


_GLUED = re.compile(r"[a-z][A-Z]{2,}|[A-Z]{2,}[a-z]")
_HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "dr"])
_VERB_BEFORE = frozenset(["to", "will", "would", "can", "could", "should", "may", "might", "must", "did"])
_ROLE_STOP = (NOT_NAMES - {"then"}) | frozenset(
    [
        "said",
        "says",
        "told",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "met",
        "saw",
        "gave",
        "made",
        "took",
        "beat",
        "led",
        "won",
        "lost",
        "called",
        "named",
        "him",
        "them",
        "us",
        "me",
        "whom",
        "whose",
    ]
)


_PLAIN_WORD = re.compile(r"[\w’'\-]+")


def role_modifier(masked: str, m: Mention) -> bool:
    """ "Pentagon spokesman Jeff Davis": a name followed by a role noun and another name is part of
    that person's role, never a speaker itself."""
    if m.possessive or not masked[m.end + 1 : m.end + 2].islower():
        return False
    after = _ROLE_THEN_NAME.match(masked, m.end)
    return after is not None and _role_head_cached(after.group(1))


_ROLE_THEN_NAME = re.compile(r"[ \u00a0]([a-z][a-z\-]+)[ \u00a0](?=[A-Z][a-z]*\.?[ \u00a0][A-Z])")
"""A lowercase role noun right after a name and before another capitalised name."""


def pronouns_in(masked: str, lo: int, hi: int) -> list[Mention]:
    info = _PRONOUN_INFO
    return [
        _new_tuple(Mention, (m.start(), m.end(), "pronoun", w, None, False, *info[w]))
        for m in _PRONOUN_SCAN.finditer(masked, lo, hi)
        for w in (m.group(),)
    ]


_PRONOUN_SCAN = re.compile(r"[hsHStTI](?<!\w[hsHStTI])(?:(?<=[hH])e|(?<=[sS])he|(?<=[tT])hey|(?<=I)t)\b")
"""``_PRONOUN``'s matches, found 1.5× faster: a pattern that opens on a character class lets the
regex engine skip to those letters (one opening on a lookahead is tried at every position).
tests/test_fast_scans.py checks that both agree."""
_PRONOUN_INFO = {
    w: (PERSONAL_PRONOUNS[w.lower()], w.lower() == "they")
    for w in ("he", "she", "they", "He", "She", "They", "It")
}
"""Each word ``_PRONOUN`` matches -> (gender, plural)."""


_DET = r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any|[Ss]ome|[Aa]nother|[Oo]ther)"
_DESC_AT_END = re.compile(rf"(?:^|(?<=[\s,(]))({_DET}(?:\s+[\w’'\-.]+,?){{0,5}}?\s+([\w\-]+))\s*$")
_COMMA_DET = re.compile(rf",\s+(?={_DET}\s)")
NOT_IN_DESCRIPTION = frozenset(
    [
        "and",
        "or",
        "but",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "while",
        "if",
        "as",
        "than",
        "then",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "has",
        "have",
        "had",
        "said",
        "says",
        "told",
    ]
)
_NOT_PERSON_HEADS = frozenset(
    [
        "later",
        "other",
        "another",
        "rather",
        "never",
        "ever",
        "after",
        "under",
        "over",
        "either",
        "neither",
        "whether",
        "together",
        "however",
        "further",
        "earlier",
        "former",
        "latter",
        "matter",
        "order",
        "number",
        "center",
        "centre",
        "paper",
        "letter",
        "water",
        "power",
        "border",
        "murder",
        "chapter",
        "quarter",
        "cover",
        "dinner",
        "summer",
        "winter",
        "october",
        "november",
        "december",
        "september",
        "career",
        "corner",
        "answer",
        "weather",
        "computer",
        "computers",
        "character",
        "shelter",
        "theater",
        "theatre",
        "remainder",
        "reminder",
        "register",
        "ledger",
        "meter",
        "filter",
        "poster",
        "banner",
        "platter",
    ]
)


_NP_VERBS = frozenset(["came", "went", "was", "were", "had", "has", "said", "told", "is", "are"])


def is_person_head(head: str) -> bool:
    """Could this noun head a speaker (for rules outside this module)?"""
    return _person_head(head.lower())


_PEOPLE_NOUNS = frozenset(
    ["employee", "trainee", "appointee", "retiree", "refugee", "attendee", "veteran", "citizen"]
)
"""Nouns for people no ending gives away ("former employees have called")."""


def _person_head(head: str) -> bool:
    """Could this noun head a speaker: a person, or an organisation or document that speaks?"""
    if head in ROLE_NOUNS or head in SOURCE_NOUNS or head.rstrip("s") in SOURCE_NOUNS:
        return True
    if head.endswith("s") and (head[:-1] in ROLE_NOUNS or head[:-3] + "y" in ROLE_NOUNS):
        return True  # "aides", "allies": a role noun's plural
    if head in _NOT_PERSON_HEADS:
        return False
    if head in _PEOPLE_NOUNS or (head.endswith("s") and head[:-1] in _PEOPLE_NOUNS):
        return True
    return head.endswith(
        (
            "man",
            "woman",
            "men",
            "women",
            "person",
            "people",
            "ist",
            "ists",
            "er",
            "ers",
            "or",
            "ors",
            "ian",
            "ians",
            "ent",
            "ents",
            "ant",
            "ants",
        )
    )


def description_at(masked: str, lo: int, hi: int) -> Mention | None:
    """A description ending right at ``hi``: "the Belarusian leader", "a campaign spokeswoman"."""
    window = masked[lo:hi]
    m = _DESC_AT_END.search(window)
    if not m:
        return None
    # "the rally, one volunteer": a determiner after a comma starts the description afresh
    cuts = list(_COMMA_DET.finditer(window, m.start(1), m.start(2)))
    if cuts:
        m = _DESC_AT_END.match(window, cuts[-1].end()) or m
    inner_np = _OF_DET.search(window, m.start(1), m.start(2))
    outer = window[m.start(1) : inner_np.start()].split()[-1].lower() if inner_np is not None else ""
    if inner_np is not None and outer not in _QUANTIFIERS and not _person_head(outer):
        # "the support of a retired general": the phrase after "of" names the person, the one
        # before it a thing
        m = _DESC_AT_END.match(window, inner_np.start() + 4) or m
    head = m.group(2).lower()
    if head in _NP_VERBS or head in _TIME_WORDS or not head.strip("-"):
        return None  # "during a Sunday": a day is nobody
    words = m.group(1).split()
    inner = {w.lower().strip(",.") for w in words[1:]}
    if inner & NOT_IN_DESCRIPTION or not (_person_head(head) or m.group(2)[:1].isupper()):
        return None
    if _NOT_A_PHRASE.search(m.group(1)):
        return None  # "accused her of making racist remarks": an object and a verb, no noun phrase
    if inner & _PLACE_PREPOSITIONS and any(
        w.lower() in _PLACE_PREPOSITIONS and not _takes_complement(words[i - 1])
        for i, w in enumerate(words[1:-1], 1)
    ):
        return None  # "a statement to the Observer", "her on Thursday": no one's description
    a = lo + m.start(1)
    text = m.group(1)
    plural = head.endswith("s") and not head.endswith("ss")
    return Mention(a, hi - (len(window) - len(window.rstrip())), "description", text.strip(), plural=plural)


_QUANTIFIERS = frozenset(
    ["one", "two", "three", "some", "many", "most", "all", "each", "several", "none", "both", "any"]
)
_OF_DET = re.compile(r"\sof\s(?=(?:the|a|an)\s)")
_NOT_A_PHRASE = re.compile(
    r"^(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?)\s+(?:of|for|by|to|with|from|about|into|on|at|in)\b"
    r"|\b(?:of|for|by|about|from|without|after|before|into)\s+[a-z]+ing\b"
)
"""A determiner straight before a preposition ("her of") is an object pronoun, and a gerund after a
preposition ("of making") opens a verb phrase: neither is part of a noun phrase naming someone."""

_PLACE_PREPOSITIONS = frozenset(
    ["to", "with", "on", "in", "at", "about", "into", "during", "after", "before", "over", "against"]
)
"""Prepositions that tie a phrase to a listener, a place or a time: after anything but a person
noun ("a spokesman in Iowa") they end the description ("an interview with", "her on Thursday")."""


def _takes_complement(word: str) -> bool:
    w = word.lower().strip(",")
    if w in ("close", "familiar", "involved", "member", "members", "some", "many", "most", "others", "those"):
        return True  # "a source close to the campaign", "some on Twitter", "many in the party"
    if word[:1].isupper():
        return True  # "the FBI agent in Iowa" ends at a person noun; "the head of the FBI in"
    return w not in SOURCE_NOUNS and w not in NOT_NAMES and _person_head(w)


def org_or_name_alone(words: str) -> bool:
    return bool(_ABBREV_PARTY.fullmatch(words))


_WH = frozenset(
    [
        "why",
        "what",
        "how",
        "when",
        "where",
        "who",
        "whom",
        "which",
        "whether",
        "also",
        "so",
        "then",
        "and",
        "but",
        "or",
        "if",
    ]
)
_EXISTENTIAL = ("there’s", "there's", "there", "here’s", "here's", "it’s", "it's", "that’s", "that's")
_NP_STOP = re.compile(
    r"\b(?:said|says|say|told|tells|is|are|was|were|has|have|had|will|would|can|could|that|which|"
    r"when|because|if|but|and then|came|went|being|been|did|does|after|before)\b"
)


def subject_phrase(masked: str, lo: int, hi: int) -> Mention | None:
    """The whole noun phrase standing as subject in ``masked[lo:hi]`` (up to a cue), for sources
    no narrower rule names: "Another source familiar with Cruz’s thinking", "one P&G employee"."""
    seg = masked[lo:hi]
    stripped = re.sub(r"(?:,?\s+(?:and|or|but|then))+$", "", seg.strip(" ,\u00a0")).strip(" ,")
    words = stripped.split()  # (empty for a segment of white space and commas: ", \n")
    if not words or MASK in stripped or len(words) > 12 or _NP_STOP.search(stripped):
        return None
    first = words[0]
    if not (first[:1].isupper() or first.lower() in ("a", "an", "the", "one", "another", "some", "several")):
        return None
    if first.lower() in _WH or first.lower().startswith(_EXISTENTIAL) or re.search(r"[:;]", stripped):
        return None  # "There’s a conundrum for the media, though:" is no one
    # it must name someone: a person noun ("source", "employee") or a proper name after the first word
    if not any(
        _person_head(w.lower().strip(",.’'s")) and not w.lower().endswith(("ing", "ed")) for w in words
    ) and not any(w[:1].isupper() for w in words[1:]):
        return None
    a = lo + seg.index(stripped)
    # "a Quinnipiac poll conducted in February", "Democrats in Iowa who watched the debate": the
    # phrase ends before a participle or a relative clause that describes it
    cut = _REDUCED_RELATIVE.search(stripped)
    if cut is not None and len(stripped[: cut.start()].split()) >= 2:
        stripped = stripped[: cut.start()]
    return Mention(a, a + len(stripped), "description", stripped)


_REDUCED_RELATIVE = re.compile(
    r"\s+(?:(?:who|which|that)\s|(?!(?:un|self-)\w+)[a-z]+ed\s+(?:in|on|at|last|this|\w+day)\b)"
)
