"""Speakers resolved across the whole dossier.

"Lukashenko", "Alexander Lukashenko" and "the Belarusian leader" (once resolved in its article)
are one speaker; so are transliteration variants of one person ("Volodymyr Zelensky" /
"Volodymyr Zelenskyy", "Mario Nawfal" / "Mario Naufal"), with every spelling kept. Two people who
share a surname stay apart when their first names differ.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from .attribution import Entity
from .lexicon import GROUP_PLURAL_ENDINGS, SHORT_GIVEN_NAMES
from .model import Speaker

_MOJIBAKE = re.compile("[\u00c2\u00c3][\u0080-\u00bf]")


def _unmojibake(s: str) -> str:
    """ "FranÃ§ois" (UTF-8 read as Latin-1, once or twice) → "François", else ``s``: one
    person's name, whichever way an outlet's file was decoded."""
    for _ in range(2):
        if not _MOJIBAKE.search(s):
            break
        try:
            s = s.encode("latin-1").decode("utf-8")
        except UnicodeError:
            break
    return s


@functools.lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Casefold and strip diacritics: the key names are compared on (mojibake read back first)."""
    s = unicodedata.normalize("NFKD", _unmojibake(unicodedata.normalize("NFC", s)))
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().replace("’", "'")


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(s)).strip("-") or "speaker"


def _close_spelling(a: str, b: str) -> bool:
    """Transliteration variants: one or two edits apart, same initial, long enough to be safe."""
    if a == b:
        return True
    if a[:1] != b[:1] or min(len(a), len(b)) < 5:
        return False
    limit = 1 if min(len(a), len(b)) < 8 else 2
    return Levenshtein.distance(a, b, score_cutoff=limit) <= limit


def _skeleton(name: str) -> str:
    """First letter and consonants, runs collapsed, w/y/h dropped: transliterations of one name
    share it (zelensky, zelenskyy, zelenskiy → zlnsk; nawfal, naufal → nfl)."""
    out = name[:1]
    for ch in name[1:]:
        if ch in "aeiouywh'’- " or not ch.isalpha() or ch == out[-1]:
            continue
        out += ch
    return out


@dataclass
class _Cluster:
    first: str | None
    last: str
    kind: str
    names: Counter
    roles: set
    speaks: bool = False
    middle: str | None = None
    """Middle initials ("w", "hw"): George W. and George H.W. Bush are two people."""

    def canonical(self, keep_initials: bool = False) -> str:
        """The most used full name; without its middle initial when the dossier also writes it so:
        which form a few articles use most should not change the name (and id) a small dossier
        gives from the one a large dossier gives ("Donald J. Trump" / "Donald Trump").
        ``keep_initials``: another person has the same first and last name (George W. / George
        H.W. Bush), so the initial is what tells them apart."""
        full = [n for n in self.names if len(n.split()) > 1] or list(self.names)
        best = max(  # (a spelling some outlet's mojibake garbled only when there is no other)
            full,
            key=lambda n: (
                not _MOJIBAKE.search(unicodedata.normalize("NFC", n)),
                self.names[n] if len(n.split()) > 1 else 0,
                len(n.split()),
                len(n),
                n,
            ),
        )
        words = best.split()
        if len(words) > 2 and not keep_initials:
            bare = " ".join([words[0], *(w for w in words[1:-1] if not _INITIALS.fullmatch(w)), words[-1]])
            if bare != best and bare in self.names:
                return bare
        return best


def _without_lead(e: Entity, known: Counter) -> Entity:
    """ "State John F. Kerry" (from "Secretary of State John F. Kerry") or "Year Barack Obama" is
    John F. Kerry / Barack Obama when the dossier names that person far more often without the
    leading word: words run into the front of a name are not part of it. A real longer name
    ("George W. Bush", "Debbie Wasserman Schultz") is as common as its tail, or more."""
    words = e.name.split()
    full = known[fold(e.name)]
    for k in range(1, len(words) - 1):
        if _INITIAL.fullmatch(words[k]):
            continue
        tail = " ".join(words[k:])
        n = known[fold(tail)]
        if n >= 2 and n >= 3 * full:
            return Entity(e.key, tail, e.kind, e.roles, e.spellings)
    return e


_INITIAL = re.compile(r"[A-Z]\.?")
_INITIALS = re.compile(r"(?:[A-Z]\.?){1,3}")
"""Middle initials as written: "W.", "H.W.", "HW"."""


def _is_description(key: str) -> bool:
    """A description ("his wife", "the minister") stands for someone in its own article only; keys
    come scoped by article (``<article>|desc:…``)."""
    return key.split("|", 1)[-1].startswith("desc:")


_CLAUSE_OPENERS = frozenset(
    [
        *["for", "of", "in", "on", "at", "by", "with", "from", "to", "as", "into", "about", "like"],
        *["and", "but", "or", "nor", "yet", "so", "if", "when", "while", "after", "before", "since"],
        *["because", "although", "though", "unless", "until", "who", "whom", "whose", "which", "than"],
    ]
)
"""A preposition, conjunction or relative opens a clause ("For someone who"), never a name or a
description of someone."""

_INDEFINITES = frozenset(["someone", "somebody", "anyone", "anybody", "one", "those", "people"])

_BARE_QUALIFIERS = frozenset(["national", "international", "federal", "central", "executive", "joint"])
_BARE_HEADS = frozenset(
    [
        *["committee", "committeeman", "committeewoman", "convention", "conference", "consortium"],
        *["council", "commission", "association", "caucus"],
    ]
)
""""National Committee", "National Convention", "International Consortium": the tail of a longer
name whose own word ("Republican", "Democratic", "of Investigative Journalists") was cut off. The
body may be the right one, but the name tells no one which."""


def is_fragment(name: str) -> bool:
    """A cut-off organisation name ("National Committee"): shown as found, but no name another
    outlet's speaker can contradict."""
    words = name.split()
    return len(words) == 2 and fold(words[0]) in _BARE_QUALIFIERS and fold(words[1]) in _BARE_HEADS


_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")
_ADJECTIVE_ENDINGS = ("ic", "ist", "ian", "ive", "al")


def _gerund(word: str) -> bool:
    """A capitalised -ing word opening a sentence ("Chasing Trump and Cruz was Rubio")."""
    return len(word) > 5 and word.endswith("ing") and word[:1].isupper() and word[1:].islower()


def repaired(e: Entity, surnames: frozenset[str]) -> Entity:
    """The entity with words run into its name taken off.

    Attribution takes the capitalised run before "said" as a name; a run may open with a sentence's
    gerund ("Chasing Trump"), a clause word ("For someone who") or a loose adjective ("Eurosceptic
    SVP"). (A cut-off organisation name, "National Committee", is kept: :func:`is_fragment`.)
    ``surnames``: last words of the people the dossier names in full, which a gerund may run into."""
    words = e.name.split()
    if len(words) > 2 and fold(words[0]) in _CLAUSE_OPENERS and fold(words[1]) in _INDEFINITES:
        # "For someone who conceded …": the person is "someone who", as the text says
        return Entity(e.key, " ".join(words[1:]), "unknown", e.roles, e.spellings)
    if _is_description(e.key):
        return e
    if len(words) > 1 and _gerund(words[0]) and fold(words[-1]) in surnames:
        return Entity(e.key, " ".join(words[1:]), e.kind, e.roles, e.spellings)
    if (
        len(words) > 1
        and _ACRONYM.fullmatch(words[-1])
        and all(w[1:].islower() and w.endswith(_ADJECTIVE_ENDINGS) for w in words[:-1])
    ):
        return Entity(e.key, words[-1], "organisation", e.roles, e.spellings)
    return e


MEMO_CLUSTERS = True
"""Off only in tests, to check the memoised cluster lookup against a full scan every time."""


def resolve_speakers(
    entities: list[Entity], mentioned: list[str] = ()
) -> tuple[tuple[Speaker, ...], dict[str, str]]:
    """Cluster article-level entities into speakers; return the speakers and a map from entity key
    to speaker id. ``mentioned`` are full names seen anywhere in the dossier: they add spellings
    and canonical forms (Zelensky quoted in one outlet, "Volodymyr Zelenskyy" named in another)
    but make nobody a speaker."""
    clusters: list[_Cluster] = []
    by_key: dict[str, _Cluster] = {}

    def parts(name: str) -> tuple[str | None, str | None, str]:
        words = name.split()
        w = fold(name).split()
        middle = "".join(x for x in words[1:-1] if _INITIALS.fullmatch(x)).replace(".", "").lower() or None
        # "Joe Biden" and "Joseph R. Biden": a short given name is its full form
        return (SHORT_GIVEN_NAMES.get(w[0], w[0]) if len(w) > 1 else None), middle, w[-1]

    by_skeleton: dict[str, list[_Cluster]] = defaultdict(list)
    # Per name: its (first, last), its skeleton's bucket, how many of the bucket's clusters were
    # checked and which of them match. Buckets only grow, and a cluster's first name only changes
    # from None (``firsts_set`` counts those): so only clusters added since are checked, unless a
    # first name was set. A dossier names the same people again and again (×10: 175,000 calls,
    # each rescanning its bucket, were two thirds of assembling).
    seen: dict[str, tuple[str | None, str | None, str, list[_Cluster], int, int, list[_Cluster]]] = {}
    firsts_set = 0

    def person_cluster(name: str, create: bool) -> _Cluster | None:
        nonlocal firsts_set
        memo = seen.get(name) if MEMO_CLUSTERS else None
        if memo is None:
            first, middle, last = parts(name)
            bucket = by_skeleton[_skeleton(last)]
            checked, matches = 0, []
        else:
            first, middle, last, bucket, checked, version, matches = memo
            if version != firsts_set:
                checked, matches = 0, []
        if checked < len(bucket):
            matches = matches[:]  # the memo's list may be shared: never grow it in place
            for c in bucket[checked:]:
                if abs(len(c.last) - len(last)) > 2 or not _close_spelling(c.last, last):
                    continue
                if c.last != last and c.first != first and (first is not None or len(last) < 7):
                    continue  # a spelling variant needs agreeing first names (or a long bare surname)
                if middle is not None and c.middle is not None and c.middle != middle:
                    continue
                if first is None or c.first is None or c.first == first:
                    matches.append(c)
        seen[name] = (first, middle, last, bucket, len(bucket), firsts_set, matches)
        # a bare surname joins the one person of that name; where the dossier keeps several apart
        # (Sadiq and Khizr Khan), an article that only says "Khan" joins none of them
        if len(matches) == 1:
            target: _Cluster | None = matches[0]
        elif first is None and matches:
            target = None
        else:
            target = max(matches, key=lambda c: sum(c.names.values()), default=None)
        if target is None and create:
            target = _Cluster(first, last, "person", Counter(), set(), middle=middle)
            clusters.append(target)
            bucket.append(target)
        if target is not None and target.first is None and first is not None:
            target.first = first
            firsts_set += 1
        if target is not None and target.middle is None and middle is not None:
            target.middle = middle
            firsts_set += 1  # the cluster now refuses other initials: recheck remembered matches
        return target

    names = [*mentioned, *(e.name for e in entities if not _is_description(e.key))]
    full = frozenset(fold(w[-1]) for n in names if len(w := n.split()) > 1 and not _gerund(w[0]))
    entities = [repaired(e, full) for e in entities]
    multi = [
        e for e in entities if e.kind == "person" and len(e.name.split()) > 1 and not _is_description(e.key)
    ]
    known = Counter(fold(n) for n in [*mentioned, *(e.name for e in multi)])
    multi = [_without_lead(e, known) for e in multi]
    for name in sorted(mentioned, key=lambda n: -len(n.split())):
        c = person_cluster(name, create=True)
        c.names[name] += 1  # type: ignore[union-attr]
    for e in sorted(multi, key=lambda e: -len(e.name.split())):
        c = person_cluster(e.name, create=True)
        assert c is not None
        c.names[e.name] += 1
        c.roles.update(e.roles)
        c.speaks = True
        by_key[e.key] = c
    others: dict[str, _Cluster] = {}  # organisations and descriptions by key: a scan was quadratic
    for e in entities:
        if e.key in by_key:
            continue
        target = None
        if (
            not _is_description(e.key)
            and e.kind != "organisation"
            and " " not in e.name
            and not e.name.endswith(GROUP_PLURAL_ENDINGS)  # "Democrats" is nobody's surname
        ):
            target = person_cluster(e.name, create=False)
            if target is None and e.roles and e.name in seen:
                target = _by_roles(seen[e.name][6], e.roles)
        if target is None:
            key = e.key if _is_description(e.key) else fold(e.name)
            target = others.get(key)
        if target is None:
            target = _Cluster(None, key, e.kind, Counter(), set())
            clusters.append(target)
            if target.kind != "person":
                others.setdefault(key, target)
        target.names[e.name] += 1
        target.roles.update(e.roles)
        target.speaks = True
        by_key[e.key] = target

    speakers: list[Speaker] = []
    ids: dict[int, str] = {}
    taken: set[str] = set()
    untried: dict[str, int] = {}
    namesakes = Counter((c.first, c.last) for c in clusters if c.kind == "person" and c.first is not None)
    for c in clusters:
        if not c.speaks:
            continue
        name = c.canonical(keep_initials=namesakes[(c.first, c.last)] > 1)
        sid = _free_id(_slug(name), taken, untried)
        ids[id(c)] = sid
        variants = [name, *sorted((v for v in c.names if v != name), key=lambda v: (-c.names[v], v))]
        kind = c.kind if c.kind in ("person", "organisation") else "unknown"
        speakers.append(Speaker(sid, name, kind, tuple(variants), _distinct_roles(c.roles)))  # type: ignore[arg-type]
    mapping = {key: ids[id(c)] for key, c in by_key.items()}
    return tuple(speakers), mapping


_NOT_ROLE_EVIDENCE = frozenset(["mr", "mrs", "ms", "miss", "dr", "former", "the", "then", "u.s", "us", "of"])


def _role_evidence(roles) -> set[str]:
    return {
        w for r in roles for w in re.split(r"[\s\-]+", fold(r).replace(".", "")) if w
    } - _NOT_ROLE_EVIDENCE


def _by_roles(matches: list[_Cluster], roles: tuple[str, ...]) -> _Cluster | None:
    """Among several people of one surname, the one whose roles share a word with the bare
    surname's ("President" Obama among Barack and Michelle Obama), if only one does."""
    mine = _role_evidence(roles)
    fits = [c for c in matches if mine & _role_evidence(c.roles)] if mine else []
    return fits[0] if len(fits) == 1 else None


def _free_id(base: str, taken: set[str], untried: dict[str, int]) -> str:
    """``base``, or the first of ``base-2``, ``base-3``, … not taken, which it then takes. Numbers
    below ``untried[base]`` were taken when last asked, and ``taken`` only grows: the search resumes
    there (×10: 27,000 steps, each a slug, for a few hundred repeated names)."""
    if base not in taken:
        taken.add(base)
        return base
    n = untried.get(base, 2)
    while f"{base}-{n}" in taken:
        n += 1
    untried[base] = n + 1
    sid = f"{base}-{n}"
    taken.add(sid)
    return sid


def _distinct_roles(roles: set[str]) -> tuple[str, ...]:
    """Roles once each, whatever their case: "Real estate mogul" opening a sentence is the
    "real estate mogul" of another (the lowercase form is kept)."""
    by_fold: dict[str, str] = {}
    # A dash run into a role ("-President Obama, tweeting", a list's bullet) is no part of it.
    for r in sorted(r.lstrip("-–— ") for r in roles):  # lowercase sorts last: it wins
        if r:
            by_fold[fold(r)] = r
    return tuple(sorted(by_fold.values()))


def group_by_article(pairs: list[tuple[str, Entity]]) -> dict[str, list[Entity]]:
    out: dict[str, list[Entity]] = defaultdict(list)
    for aid, e in pairs:
        out[aid].append(e)
    return out
