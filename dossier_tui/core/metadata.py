"""Metadata rules: outlets from domains and copyright holders, wire agencies, dates, bylines.

Every function here is a small rule over one line or one value, so the layout parser can record
which rule produced a field. A rule that is unsure returns ``None``: a missing field is better
than an invented one.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .lexicon import WEEKDAYS

# Registrable domain -> outlet (publisher) name.
DOMAIN_OUTLETS: dict[str, str] = {
    "themoscowtimes.com": "The Moscow Times",
    "abcnews.go.com": "ABC News",
    "abcnews.com": "ABC News",
    "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post",
    "politico.com": "Politico",
    "politico.eu": "Politico Europe",
    "huffpost.com": "HuffPost",
    "huffingtonpost.com": "HuffPost",
    "huffingtonpost.co.uk": "HuffPost UK",
    "usatoday.com": "USA Today",
    "breitbart.com": "Breitbart",
    "westernjournal.com": "The Western Journal",
    "bbc.co.uk": "BBC News",
    "bbc.com": "BBC News",
    "reuters.com": "Reuters",
    "apnews.com": "The Associated Press",
    "theguardian.com": "The Guardian",
    "guardian.co.uk": "The Guardian",
    "cnn.com": "CNN",
    "foxnews.com": "Fox News",
    "nbcnews.com": "NBC News",
    "cbsnews.com": "CBS News",
    "npr.org": "NPR",
    "wsj.com": "The Wall Street Journal",
    "bloomberg.com": "Bloomberg",
    "ft.com": "Financial Times",
    "economist.com": "The Economist",
    "latimes.com": "Los Angeles Times",
    "nypost.com": "New York Post",
    "thehill.com": "The Hill",
    "axios.com": "Axios",
    "aljazeera.com": "Al Jazeera",
    "dw.com": "Deutsche Welle",
    "france24.com": "France 24",
    "euronews.com": "Euronews",
    "kyivindependent.com": "The Kyiv Independent",
    "kyivpost.com": "Kyiv Post",
    "meduza.io": "Meduza",
    "rferl.org": "Radio Free Europe/Radio Liberty",
    "tass.com": "TASS",
    "tass.ru": "TASS",
    "ria.ru": "RIA Novosti",
    "rt.com": "RT",
    "belta.by": "BelTA",
    "independent.co.uk": "The Independent",
    "telegraph.co.uk": "The Telegraph",
    "thetimes.co.uk": "The Times",
    "dailymail.co.uk": "Daily Mail",
    "news.sky.com": "Sky News",
    "time.com": "Time",
    "newsweek.com": "Newsweek",
    "theatlantic.com": "The Atlantic",
    "vox.com": "Vox",
    "msnbc.com": "MSNBC",
    "afp.com": "AFP",
    "france24.fr": "France 24",
    "lemonde.fr": "Le Monde",
    "spiegel.de": "Der Spiegel",
}

# Copyright holders and credit names -> outlet, where the holder is a company or a sister brand.
HOLDER_OUTLETS: dict[str, str] = {
    "abc audio": "ABC News",
    "abc news": "ABC News",
    "abc news internet ventures": "ABC News",
    "the new york times company": "The New York Times",
    "the new york times": "The New York Times",
    "the washington post": "The Washington Post",
    "wp company llc": "The Washington Post",
    "bbc": "BBC News",
    "cable news network": "CNN",
    "cnn": "CNN",
    "guardian news & media limited": "The Guardian",
    "guardian news and media limited": "The Guardian",
    "usa today": "USA Today",
    "gannett": "USA Today",
    "breitbart": "Breitbart",
    "breitbart news network": "Breitbart",
    "politico llc": "Politico",
    "politico": "Politico",
    "the moscow times": "The Moscow Times",
    "fox news network": "Fox News",
    "thehuffingtonpost.com, inc.": "HuffPost",
    "huffpost": "HuffPost",
    "western journal": "The Western Journal",
    "the western journal": "The Western Journal",
}

# Wire/agency names as written -> the short credit used in citations.
WIRES: dict[str, str] = {
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "bloomberg": "Bloomberg",
    "bloomberg news": "Bloomberg",
    "dpa": "dpa",
    "efe": "EFE",
    "ansa": "ANSA",
    "upi": "UPI",
    "united press international": "UPI",
    "tass": "TASS",
    "interfax": "Interfax",
    "xinhua": "Xinhua",
    "kyodo": "Kyodo",
    "pa": "PA",
    "press association": "PA",
    "pa media": "PA",
    "aap": "AAP",
    "cnn wire": "CNN Wire",
}

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        1,
    )
    for m in names
}

_MONTH = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_TIME = (
    r"(?:\s*(?:,|at|-|–|—|\|)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*"
    r"(?:[A-Z]{2,4}|GMT[+-]?\d{0,2}|UTC[+-]?\d{0,2})?)?"
)
DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "iso",
        re.compile(
            r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
        ),
    ),
    (
        "month-day-year",
        re.compile(
            _WEEKDAY + _MONTH + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)" + _TIME, re.I
        ),
    ),
    (
        "day-month-year",
        re.compile(
            _WEEKDAY + r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<y>(?:19|20)\d\d)" + _TIME,
            re.I,
        ),
    ),
    ("slash-ymd", re.compile(r"(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)")),
    ("dotted-dmy", re.compile(r"(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)")),
)

_DATE_PREFIX = re.compile(
    r"\s*(?:[*_]{1,2})?(?:date|dated|published|updated|posted|last updated|first published|"
    r"publication date|pub(?:lished)? date)(?:\s+on)?\s*:?\s*",
    re.I,
)


def iso_date(y: int, m: int, d: int) -> str | None:
    import datetime as _dt

    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _match_to_iso(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    month = MONTHS.get(g["mon"].lower().rstrip(".")) if g.get("mon") else int(g["m"])
    if month is None:
        return None
    return iso_date(int(g["y"]), month, int(g["d"]))


def parse_date_at(line: str, pos: int = 0) -> tuple[str, str, int] | None:
    """A date starting exactly at ``pos``: (ISO date, rule, end offset) or ``None``."""
    for rule, pat in DATE_PATTERNS:
        m = pat.match(line, pos)
        if m:
            iso = _match_to_iso(m)
            if iso:
                return iso, rule, m.end()
    return None


def date_prefix_end(line: str) -> int:
    """Length of a "Published:" / "date" label at the start of a line (0 when there is none)."""
    m = _DATE_PREFIX.match(line)
    return m.end() if m else 0


def search_date(line: str) -> tuple[str, str, int, int] | None:
    """The first date anywhere in a short line: (ISO, rule, start, end)."""
    best = None
    for rule, pat in DATE_PATTERNS:
        for m in pat.finditer(line):
            iso = _match_to_iso(m)
            if iso and (best is None or m.start() < best[2]):
                best = (iso, rule, m.start(), m.end())
            if iso:
                break
    return best


_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]([01]?\d)[/-]([0-3]?\d)(?:/|-|$)")


def date_from_url(url: str) -> str | None:
    m = _URL_DATE.search(url)
    return iso_date(int(m[1]), int(m[2]), int(m[3])) if m else None


# Short names people give outlets in file names, beyond the domains' and the outlets' own names.
_FILE_NAME_OUTLETS: dict[str, str] = {
    "nyt": "The New York Times",
    "wapo": "The Washington Post",
    "washpost": "The Washington Post",
    "huffpo": "HuffPost",
    "westjournal": "The Western Journal",
}


def _squash(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def _file_name_outlets() -> dict[str, str]:
    table: dict[str, str] = {}
    for domain, outlet in DOMAIN_OUTLETS.items():
        table.setdefault(_squash(domain.rsplit(".", 2 if domain.endswith(".co.uk") else 1)[0]), outlet)
    for outlet in DOMAIN_OUTLETS.values():
        table.setdefault(_squash(outlet), outlet)
        if outlet.startswith("The "):
            table.setdefault(_squash(outlet[4:]), outlet)
    table.update(_FILE_NAME_OUTLETS)
    return table


FILE_NAME_OUTLETS = _file_name_outlets()

# A date in a file name: 2016-05-05, 2016_05_05, 2016.05.05 or 20160505, not inside a longer number.
_FILE_DATE = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})([-_.]?)([01][0-9])\2([0-3][0-9])(?![0-9])")


def known_outlet(name: str) -> str | None:
    """The table's spelling of an outlet written another way ("USA TODAY", "usatoday",
    "Washington Post"), so one outlet is not split in two by how a page styles its name."""
    return FILE_NAME_OUTLETS.get(_squash(name)) if name.strip() else None


def date_from_file_name(stem: str) -> str | None:
    """The one date a file's name holds (``politico_2016-05-05_slug``); ``None`` when it holds none
    or two different ones."""
    found = {iso for m in _FILE_DATE.finditer(stem) if (iso := iso_date(int(m[1]), int(m[3]), int(m[4])))}
    return found.pop() if len(found) == 1 else None


def outlet_from_file_name(stem: str) -> str | None:
    """A known outlet named by the file name's first part, before the first ``_`` or date
    (``nyt_…``, ``wash-post_2016-…``, ``politico-2016-05-05-…``). Only the first part, and only a
    known name: ``time-to-vote.txt`` is no article from Time."""
    m = _FILE_DATE.search(stem)
    head = stem[: m.start()] if m else stem
    if "_" in head:
        head = head.split("_", 1)[0]
    elif not m:
        return None  # no separator that marks a first part off the title words
    return FILE_NAME_OUTLETS.get(_squash(head)) if head.strip("-_. ") else None


def host_of(url: str) -> str | None:
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return host.lower().rstrip(".") if host else None


def outlet_from_url(url: str) -> tuple[str, str] | None:
    """(outlet, rule): from the known-domain table, else the bare domain as a generic fallback."""
    host = host_of(url)
    if not host or "." not in host:
        return None
    labels = host.split(".")
    for i in range(len(labels) - 1):
        suffix = ".".join(labels[i:])
        if suffix in DOMAIN_OUTLETS:
            return DOMAIN_OUTLETS[suffix], "url-domain"
    if labels[0] in ("www", "m", "amp", "mobile", "edition", "eu", "uk", "us"):
        labels = labels[1:]
    return ".".join(labels), "url-domain-generic"


def wire_name(text: str) -> str | None:
    """The short credit of a wire agency ("Associated Press" -> "AP"), or ``None``."""
    key = re.sub(r"\s+", " ", text.strip(" .,;:*_()[]")).lower()
    return WIRES.get(key)


_COPYRIGHT = re.compile(
    r"\s*(?:[*_]{1,2})?(?:copyright\s*(?:©|\(c\))?|©|\(c\))\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?\s*,?\s*"
    r"(?P<holder>[^.|]*?(?:\.(?:com|co\.uk|org)|Inc\.|Co\.|Ltd\.)?[^.|]*?)"
    r"\s*(?:[.|]|all rights reserved|$)",
    re.I,
)


def copyright_holder(line: str) -> str | None:
    """The holder named by a copyright line ("Copyright © 2025, ABC Audio." -> "ABC Audio")."""
    m = _COPYRIGHT.match(line)
    if not m:
        return None
    holder = re.sub(r"^(?:(?:19|20)\d\d\s*,?\s*)", "", m["holder"].strip(" ,*_"))
    holder = re.sub(r"\s*,?\s*all rights reserved.*$", "", holder, flags=re.I).strip(" ,")
    if not holder or len(holder) > 80 or not re.search(r"[A-Za-z]", holder):
        return None
    return holder


def outlet_from_holder(holder: str) -> tuple[str, str] | None:
    """(outlet, rule) from a copyright holder; a wire agency is not an outlet."""
    key = re.sub(r"\s+", " ", holder).lower().strip(" .")
    if wire_name(key):
        return None
    if key in HOLDER_OUTLETS:
        return HOLDER_OUTLETS[key], "copyright-holder"
    for dom, outlet in DOMAIN_OUTLETS.items():
        if key == dom or key == outlet.lower():
            return outlet, "copyright-holder"
    plain = re.sub(
        r",?\s+(?:inc|llc|ltd|limited|plc|corp(?:oration)?|co|company|gmbh|s\.a)\.?$", "", holder, flags=re.I
    )
    return plain.strip(" ,"), "copyright-holder-generic"


# --- bylines -------------------------------------------------------------------------------------

_MD_LINK = re.compile(r"\[([^\]\n]{0,200})\]\([^)\n]{0,500}\)")
_NAME_WORD = re.compile(
    r"(?:[A-Z][\w'’.-]*|[A-Z]\.|de|da|di|del|della|van|von|der|den|la|le|al|el|bin|ibn|ter|dos|du|st\.?)$"
)
_PARTICLES = {
    "de",
    "da",
    "di",
    "del",
    "della",
    "van",
    "von",
    "der",
    "den",
    "la",
    "le",
    "al",
    "el",
    "bin",
    "ibn",
    "ter",
    "dos",
    "du",
}
_BYLINE = re.compile(
    r"\s*(?:[*_]{1,2})?(?:(?:written|story|reporting|text|words)\s+)?by\s*:?\s+(?P<rest>.+?)\s*(?:[*_]{1,2})?\s*$",
    re.I,
)
_BYLINE_SPLIT = re.compile(r"\s+(?:\||•|·|—|–|-{1,2})\s+|\s*\|\s*")
_NAME_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*;\s*")


def strip_md_links(text: str) -> str:
    return _MD_LINK.sub(lambda m: m[1], text)


MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.{1,500}?)(?<=\S)\1")
"""``**bold**`` / ``__bold__``: group 1 the marker, group 2 the text it marks."""
MD_EMPHASIS = re.compile(r"(?<![*\w])(\*)(?=[^\s*])([^*\n]{1,300}?)(?<=[^\s*])\*(?![*\w])")
"""``*italic*`` (never a lone asterisk or ``2*3*4``): group 1 the marker, group 2 the text."""


ABBREVIATIONS = frozenset(
    {"jr", "sr", "inc", "co", "corp", "ltd", "st", "mr", "mrs", "ms", "dr", "etc", "vs", "no"}
)
"""Words whose period is their own, not a sentence's: a title ending in one keeps it."""


def ends_with_sentence_period(title: str) -> bool:
    """``title`` ends with a sentence's period (``… Flap.``), not an abbreviation's (``U.S.``,
    ``Inc.``) or an ellipsis."""
    if not title.endswith(".") or title.endswith(".."):
        return False
    words = title[:-1].split()
    return bool(words) and "." not in words[-1] and words[-1].casefold().strip("’'\"”)") not in ABBREVIATIONS


def plain_title(text: str) -> str:
    """A title as words: Markdown links, bold and italics reduced to their text. Titles are metadata
    (cited, exported, listed), not quoted source text, so nothing needs their offsets."""
    text = strip_md_links(text)
    text = MD_STRONG.sub(lambda m: m[2], text)
    # A headline's trailing ";" or ":" led to a second line (a deck), not part of the title; its
    # final period ends a sentence the headline was written as (list rows, titles in citations).
    text = MD_EMPHASIS.sub(lambda m: m[2], text).strip(" *_").rstrip(" ;:,").rstrip(" *_")
    return text[:-1] if ends_with_sentence_period(text) else text


_NOT_NAMES = {
    *WEEKDAYS,
    "today",
    "yesterday",
    "now",
    "then",
    "contrast",
    "comparison",
    "far",
    "law",
    "phone",
    "email",
    "design",
    "default",
} | set(MONTHS)


def _words_ok_for_title(part: str) -> bool:
    """A job title after a byline's names: a few words, no sentence ("Staff Writer")."""
    return len(part.split()) <= 4 and not part.rstrip().endswith((".", "!", "?"))


def looks_like_name(part: str) -> bool:
    words = part.split()
    if not 1 <= len(words) <= 6:
        return False
    if not words[0][:1].isupper() or words[0].lower().strip(".,") in _NOT_NAMES:
        return False
    caps = 0
    for w in words:
        if w.lower() in _PARTICLES:
            continue
        if not _NAME_WORD.match(w):
            return False
        caps += 1
    return caps >= 1


_CREDIT_SPLIT = re.compile(r"\s*(?:\||•|·)\s*")
_CREDIT_LABEL = re.compile(r"[A-Z0-9][\w&'’.\-]*(?:\s+[\w&'’.\-]+){0,5}")
"""An outlet's or station's label in a credit line ("WPEL News 8", "The Coastal Herald")."""


def _credit_line(line: str) -> tuple[tuple[str, ...], str | None, str | None] | None:
    """`WPEL News 8 | April 3, 2025 | By Rachel Dunn`: a credit line whose pieces, split at bars
    or bullets, are a "By ..." piece and only dates, wires or short labels besides."""
    pieces = [p for p in _CREDIT_SPLIT.split(line.strip()) if p]
    by = [i for i, p in enumerate(pieces) if _BYLINE.match(p)]
    if len(pieces) < 2 or len(by) != 1 or by[0] == 0:
        return None
    date = wire = None
    for i, piece in enumerate(pieces):
        if i == by[0]:
            continue
        found = search_date(piece)
        if found is not None and not piece[: found[2]].strip(" ,") and not piece[found[3] :].strip(" ,."):
            date = date or found[0]
        elif wire_name(piece):
            wire = wire or wire_name(piece)
        elif not _CREDIT_LABEL.fullmatch(piece) or piece.endswith("."):
            return None
    got = parse_byline(pieces[by[0]])
    if got is None:
        return None
    return got[0], got[1] or wire, got[2] or date


def parse_byline(line: str) -> tuple[tuple[str, ...], str | None, str | None] | None:
    """(authors, wire, ISO date) from a "By ..." line, or ``None`` if it is not a byline.

    A wire agency named as the byline ("By AFP") is both an author and the wire credit; a wire
    after a reporter's name ("By Jane Doe, Associated Press") is the wire credit only. The "By"
    piece may also stand after an outlet's label and a date (`WPEL News 8 | April 3, 2025 | By
    Rachel Dunn`).
    """
    m = _BYLINE.match(strip_md_links(line))
    if not m:
        return _credit_line(strip_md_links(line))
    pieces = _BYLINE_SPLIT.split(m["rest"])
    names_part, extra = pieces[0], pieces[1:]
    date = None
    for piece in extra:
        found = search_date(piece)
        if found:
            date = found[0]
            break
    # "By Jane Doe, Updated March 5, 2025": the date may follow a comma as well.
    found = search_date(names_part)
    if found:
        date = date or found[0]
        names_part = names_part[: found[2]]
        names_part = re.sub(r"[\s,]*(?:updated|published|posted|on)?[\s,]*$", "", names_part, flags=re.I)
    authors: list[str] = []
    wire = None
    for part in _NAME_SPLIT.split(names_part.strip(" ,.")):
        part = part.strip(" ,.*_")
        if not part:
            continue
        w = wire_name(part)
        if w:
            wire = wire or w
            if not authors:
                authors.append(w if len(part) <= 4 else part)
            continue
        if looks_like_name(part):
            authors.append(part)
        elif authors and _words_ok_for_title(part):
            continue  # a job title after the names ("Staff Writer")
        else:
            return None
    for piece in extra:
        w = wire_name(piece)
        if w:
            wire = wire or w
    if not authors:
        return None
    if wire and len(authors) > 1 and authors[0] in WIRES.values():
        authors = authors[1:]
    return tuple(authors), wire, date
