"""Article layout: which lines are body text and which are titles, bylines, captions, footers.

Real clippings are pasted from web pages: a heading, a byline, a date, photo captions and
credits, "Related article" teasers, a copyright footer, and paragraphs that the copy broke in the
middle of a sentence. Each non-blank line is classified by small, anchored rules (linear time,
nothing re-scans the text), body lines are grouped into paragraphs (rejoining broken ones), and
metadata is read from the non-body lines with a provenance for every field.

Line breaks are ``\\n``, ``\\r\\n`` or a lone ``\\r``; the text is never normalised, so every
segment is a span of the source exactly as decoded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import metadata as md
from .model import ArticleMeta, Field, Paragraph, ParagraphKind, Provenance

_RUN = re.compile(r"[^\r\n]+")
_MAX_RULE_LINE = 1000  # longer lines are body text: no metadata line is this long
_DETAIL = 160

_MD_HEADING = re.compile(r"(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"(?:=+|-+)[ \t]*$")
_LIST_ITEM = re.compile(r"(?:[-*+•▪◦]|\d{1,3}[.)])\s+\S")
_EMPH_LINE = re.compile(r"(?P<mark>\*\*|__)(?P<inner>[^*_]{1,120})(?P=mark)[ \t]*$")
_IMAGE = re.compile(r"!\[[^\]\n]{0,500}\]\([^)\n]{0,1000}\)\s*$")
_RELATED = re.compile(
    r"[*_>\s]{0,4}(?:related(?:\s+(?:articles?|stor(?:y|ies)|content|coverage|reading|video|links?|news))?"
    r"|read more|read also|also read|more on this(?: story)?|see also|recommended(?: for you)?|more"
    r"|you may also like|further reading|watch|listen|explainer|opinion)"
    r"\s*[*_]{0,2}\s*(?::|[*_]{0,2}\s*$|\s*[-–—>»]\s)",
    re.I,
)
_URL_LABEL = re.compile(
    r"[*_\s]{0,3}(?:original\s+url|original\s+link|url|link|canonical(?:\s+url)?|source\s+url|web\s+address|"
    r"read\s+(?:it|the\s+original|more)\s+(?:at|on)|source|originally\s+published\s+(?:at|on))\s*[*_]{0,2}\s*:?\s*[*_]{0,2}\s*",
    re.I,
)
_URL = re.compile(r"<?(?P<url>https?://[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'\"])>?")
_URL_ONLY = re.compile(
    r"[*_\s]{0,3}(?:<(?P<a>https?://[^\s<>]+)>|\[[^\]\n]{0,300}\]\((?P<b>https?://[^)\s]+)\)|(?P<c>https?://\S*[^\s.,;:!?)>\]]))[.,;]?\s*$"
)
_COPYRIGHT_START = re.compile(r"[*_\s]{0,3}(?:copyright\b|©|\(c\)\s*(?:19|20)\d\d)", re.I)
_FOOTER_ANY = re.compile(
    r"all rights reserved|may not be (?:published|reproduced), broadcast|this material may not be published",
    re.I,
)
_BOILERPLATE = re.compile(
    r"[*_\s]{0,3}(?:advertisement|advertising|sponsored(?: content)?|share (?:this|on)\b|share$|tweet$|email$|print$|"
    r"click here\b|sign up\b|subscribe\b|follow (?:us|\w+ \w+|\w+) on\b|contact us\b|comments?$|loading\.*$|"
    r"tags?:|topics?:|filed under\b|more from\b|skip to\b|listen to (?:this )?article|"
    r"(?:\d+\s+)?min(?:ute)?s? read$|story continues below|continue reading|this story has been (?:updated|corrected)|"
    # section labels of archive exports (ProQuest, Factiva): a paragraph number must not count them
    r"(?:abstract|full text|lead paragraph|summary|highlights)[.:]?\s*$)",
    re.I,
)
_CAPTION_START = re.compile(
    r"[*_\s]{0,3}(?:photo|image|picture|pictured|file photo|illustration|caption|credit)\s*:", re.I
)
# Credits sit at the end of a caption; these are searched in the line's last characters only.
_CREDIT_PAREN = re.compile(
    r"\((?:photo|photograph|image|picture|video|illustration|credit|courtesy)s?\b[^()]{0,200}\)\W{0,3}$", re.I
)
_CREDIT_TAIL = re.compile(
    r"(?:\bgetty\s+images|\bshutterstock|\bap\s+photo\b[^.]{0,60}|\breuters/[\w .'’-]{1,60}"
    r"|[\w.'’-]{2,40}/(?:reuters|afp|ap|epa(?:-efe)?|getty images|sputnik|tass|anadolu)"
    r"|\b(?:photo|image|picture)s?(?:\s+credit)?\s*(?:by|:)\s*[^.\n]{1,80})\W{0,3}$",
    re.I,
)
_CREDIT_HINTS = ("photo", "image", "picture", "video", "illustration", "credit", "courtesy", "getty", "/")
_CREDIT_HINT = re.compile("|".join(re.escape(h) for h in _CREDIT_HINTS))
"""Any of the hints, in one scan of the lowered tail (most lines have none: the credit regexes are skipped)."""
_DOMAIN_LINK_TAIL = re.compile(r"\[[\w-]+(?:\.[\w-]+)+\]\([^)\s]{0,500}\)\W{0,3}$")
_TAIL = 260
_MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
_DATELINE = re.compile(
    r"[*_]{0,2}\(?(?P<place>[A-Z][A-Za-z.'’ -]{1,40}?(?:,\s*(?!"
    + _MONTH_DAY
    + r")[A-Z][\w.'’ -]{1,30}?)?)\)?\s*"
    # the wires' "DES MOINES, Iowa, Aug. 10 (UPI) —": a date between the place and the agency
    r"(?:,\s*" + _MONTH_DAY + r"(?:,\s*\d{4})?\s*)?"
    r"(?:\((?P<agency>[A-Za-z.\- ]{2,30})\)\s*)?[*_]{0,2}\s*(?:--|—|–|-|:)\s"
)
_TERMINAL_STRIP = "\"'”’»)]*_ \t"
_TERMINAL = set(".!?…:")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_DATE_LEFTOVER_OK = re.compile(
    r"(?:updated|published|posted|last|first|on|at|date|dated|time|am|pm|a\.m\.|p\.m\.|[A-Z]{2,4}|"
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?|\d{1,2})$",
    re.I,
)


def _any_of(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    """One pattern that matches at a position where any of ``patterns`` matches there."""
    parts = []
    for p in patterns:
        assert not p.flags & ~(re.I | re.U), p  # only these flags carry over as (?i:...)
        assert not re.search(r"\\[1-9]", p.pattern), p  # numbered backreferences would shift
        parts.append(f"(?i:{p.pattern})" if p.flags & re.I else f"(?:{p.pattern})")
    return re.compile("|".join(parts))


_ANCHORED = _any_of(
    _MD_HEADING,
    _SETEXT,
    _URL_LABEL,
    _URL_ONLY,
    _COPYRIGHT_START,
    _RELATED,
    _IMAGE,
    _CAPTION_START,
    _BOILERPLATE,
    _EMPH_LINE,
)
"""Every rule a line's start decides, in one pattern: when it does not match, none of them does,
and the line is spared ten separate tries (35 of polnear-train's 17,349 lines match it)."""

_DATE_STARTS = {m[:3] for m in md.MONTHS} | {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
_YEAR = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class Layout:
    paragraphs: tuple[Paragraph, ...]
    meta: ArticleMeta = field(default_factory=ArticleMeta)


@dataclass
class _Piece:
    start: int
    end: int
    line: int
    kind: ParagraphKind
    blank_before: bool  # separated from the previous piece by a blank line
    list_item: bool = False


@dataclass
class _Meta:
    """Candidates seen while scanning; the first found wins, in the order of the text."""

    fields: dict[str, Field] = field(default_factory=dict)
    copyright: tuple[str, int, str] | None = None  # holder, line, source line

    def offer(self, name: str, value: object, rule: str, line: int | None, detail: str | None) -> None:
        if name not in self.fields and value:
            self.fields[name] = Field(value, Provenance(rule, line, _clip(detail)))


def _clip(s: str | None) -> str | None:
    if s is None:
        return None
    s = s.strip()
    return s if len(s) <= _DETAIL else s[: _DETAIL - 1] + "…"


def _norm(s: str) -> str:
    return " ".join(_WORD.findall(md.strip_md_links(s).casefold()))


_SOURCE_TAG = re.compile(r"\s*[\[(][^\[\]()]{1,40}[\])]\s*$")


def _is_terminal(s: str) -> bool:
    tag = _SOURCE_TAG.search(s[-50:])
    if tag and tag.start() > 0:
        s = s[: len(s) - len(s[-50:]) + tag.start()]  # "... points.” [538]": a source tag
    t = s.rstrip(_TERMINAL_STRIP)
    if not t:
        return True
    if t[-1] in _TERMINAL:
        return True
    # A paragraph ending in a closing quote after a word ("... a “lasting peace”") is finished.
    stripped = len(s) - len(s.rstrip())
    tail = s[: len(s) - stripped]
    return bool(tail) and tail[-1] in '”"»' and t[-1] != ","


def _heading_like(s: str) -> bool:
    words = [w for w in _WORD.findall(s) if len(w) >= 4]
    if len(words) < 2:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) >= 0.75


def _words(s: str) -> int:
    return len(s.split())


def _date_line(s: str) -> tuple[str, str, int, int, bool] | None:
    """A line that is a date (with labels, weekday, time): (iso, rule, date_start, end, labelled).

    ``end`` is where the date stops; text after it (a caption run into the date) is the caller's.
    """
    pre = md.date_prefix_end(s)
    pos = pre
    while pos < len(s) and s[pos] in " *_":
        pos += 1
    head = s[pos : pos + 3].lower()
    at = md.parse_date_at(s, pos) if head[:1].isdigit() or head in _DATE_STARTS else None
    if at is not None:
        iso, rule, end = at
        return iso, rule, pre, end, pre > 0
    if len(s) > 100 or not _YEAR.search(s):
        return None
    found = md.search_date(s)
    if not found:
        return None
    iso, rule, a, b = found
    leftover = (s[:a] + " " + s[b:]).replace("*", " ").replace("_", " ")
    tokens = re.findall(r"[A-Za-z.]+|\d+", leftover)
    if all(_DATE_LEFTOVER_OK.match(t.strip(".") or t) for t in tokens):
        return iso, rule, 0, len(s), True
    return None


def _footer_words(s: str) -> bool:
    low = s.lower()
    return ("reserved" in low or "may not be" in low) and bool(_FOOTER_ANY.search(s))


def _caption(s: str, anchored: bool = True) -> bool:
    """``anchored``: False when ``_ANCHORED`` did not match ``s`` (so neither can the openings here)."""
    if anchored and (_IMAGE.match(s) or _CAPTION_START.match(s)):
        return True
    tail = s[-_TAIL:]
    low = tail.lower()
    if _CREDIT_HINT.search(low) and (
        _CREDIT_PAREN.search(tail) or (_words(s) <= 60 and _CREDIT_TAIL.search(tail[-110:]))
    ):
        return True
    return "](" in tail and _words(s) <= 30 and bool(_DOMAIN_LINK_TAIL.search(tail))


_SLUG_SPLIT = re.compile(r"[^0-9a-z]+")
DECK_MAX_WORDS = 40
"""A deck is a headline's second line: a sentence or two, never a paragraph of story."""
MIN_NAME_WORDS = 3
"""A file name must spell this many of a line's words (after any outlet or date prefix) to name it."""


_DIGITS = re.compile(r"[0-9]+")


def _slug_words(name: str) -> list[str]:
    """A name's or line's words as a slug has them: lower case, without digits (slugs often drop
    numbers: "2nd" becomes "nd", "2015" nothing)."""
    words = (_DIGITS.sub("", w) for w in _SLUG_SPLIT.split(name.casefold()))
    return [w for w in words if w]


def _names_line(name_words: list[str], line: str) -> bool:
    """Whether the file's name spells the line: some tail of the name (after an outlet or date
    prefix) is the line's first words, its last word possibly cut short; or the line is the start
    of that tail (a headline whose second line the name spells too)."""
    if len(name_words) < MIN_NAME_WORDS:
        return False
    words = _slug_words(md.plain_title(line))
    for i in range(len(name_words) - MIN_NAME_WORDS + 1):
        tail = name_words[i:]
        if len(tail) <= len(words):
            if tail[:-1] == words[: len(tail) - 1] and words[len(tail) - 1].startswith(tail[-1]):
                return True
        elif len(words) >= MIN_NAME_WORDS and tail[: len(words)] == words:
            return True
    return False


MAX_DECK_LINES = 2
DECK_LINE_MAX_WORDS = 20
"""A deck line above a dateline is a sentence at most: a longer paragraph is the story's lede."""


def _dateline_of(s: str) -> tuple[str, str | None] | None:
    """The place and wire agency of a dateline opening ``s`` (``BUENA PARK, Calif. -``,
    ``KYIV, Ukraine (AP) —``), or ``None``: the place in capitals, or a known agency after it."""
    m = _DATELINE.match(s)
    if not m:
        return None
    place = m["place"].strip(" ,")
    agency = md.wire_name(m["agency"]) if m["agency"] else None
    first_part = place.split(",")[0]
    caps = first_part.upper() == first_part and len([c for c in first_part if c.isalpha()]) >= 2
    if (m["agency"] and not agency) or not (caps or agency) or not any(c.isalpha() for c in place):
        return None
    return place, agency


class _Scanner:
    """One pass over the lines: classify, collect metadata, group body lines into paragraphs."""

    def __init__(self, text: str, title_hint: str | None, name_hint: str | None = None) -> None:
        self.text = text
        self.title_hint = _norm(title_hint) if title_hint else None
        self.name_words = _slug_words(name_hint) if name_hint else []
        self.meta = _Meta()
        self.pieces: list[_Piece] = []
        self.seen_body = False  # a real body paragraph has appeared: the header is over
        self.have_title = False
        self.url_label_pending = False
        self.n_lines = 0

    # -- lines ------------------------------------------------------------------------------------
    def lines(self) -> list[tuple[int, int, int, bool, bool]]:
        """Non-blank lines as (start, end, line number, blank line before, first line of file)."""
        text = self.text
        has_cr = "\r" in text  # most files: LF only, one count per gap
        out = []
        prev_end = 0
        line = 1
        for m in _RUN.finditer(text):
            a, b = m.span()
            if has_cr:
                line += (
                    text.count("\n", prev_end, a)
                    + text.count("\r", prev_end, a)
                    - text.count("\r\n", prev_end, a)
                )
            else:
                line += text.count("\n", prev_end, a)
            prev_end = b
            s = text[a:b]
            left = s.lstrip()
            if not left:
                continue
            a2 = a + len(s) - len(left)
            b2 = a2 + len(left.rstrip())
            blank_before = bool(out) and (line - out[-1][2] >= 2)
            out.append((a2, b2, line, blank_before, not out))
        return out

    # -- classification ---------------------------------------------------------------------------
    def add(
        self, a: int, b: int, line: int, kind: ParagraphKind, blank: bool, list_item: bool = False
    ) -> None:
        text = self.text
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            self.pieces.append(_Piece(a, b, line, kind, blank, list_item))

    def classify(self, a: int, b: int, line: int, blank: bool, first: bool, near_end: bool) -> None:
        s = self.text[a:b]
        if len(s) > _MAX_RULE_LINE:
            self.body(a, b, line, blank, s)
            return
        header = not self.seen_body
        offer = self.meta.offer

        if self.url_label_pending:
            self.url_label_pending = False
            m = _URL_ONLY.match(s)
            if m:
                url = m["a"] or m["b"] or m["c"]
                offer("url", url, "url-line", line, s)
                self.add(a, b, line, "url", blank)
                return

        if self._deck(line, blank, s):
            self.add(a, b, line, "other", blank)  # a headline's second line (a deck): not body text
            return

        anchored = _ANCHORED.match(s) is not None  # else no rule that reads the line's start applies
        # Titles: a Markdown heading, a setext heading, or a first line that looks like a headline.
        m = _MD_HEADING.match(s) if anchored else None
        if m and m[2]:
            if header and not self.have_title:
                self.have_title = True
                ha = a + m.start(2)
                offer("title", md.plain_title(m[2]), "markdown-heading", line, s)
                self.add(ha, a + m.end(2), line, "title", blank)
            else:
                self.add(a, b, line, "other", blank)
            return
        if anchored and _SETEXT.match(s) and self.pieces and self.pieces[-1].line == line - 1 and len(s) >= 3:
            prev = self.pieces[-1]
            if prev.kind in ("body", "title") and not self.seen_body_before(prev):
                if s.lstrip()[0] == "=" and not self.have_title:
                    self.have_title = True
                    prev.kind = "title"
                    offer("title", self.text[prev.start : prev.end], "setext-heading", prev.line, None)
                elif prev.kind == "body":
                    prev.kind = "other"
                self.add(a, b, line, "other", blank)
                return

        # Labelled or bare URLs.
        lm = _URL_LABEL.match(s) if anchored else None
        if lm and lm.end() > 0:
            rest = s[lm.end() :]
            um = _URL_ONLY.match(rest) if rest else None
            if not rest.strip(" *_"):
                if re.match(
                    r"[*_\s]{0,3}(?:original\s+url|original\s+link|url|link|canonical|source\s+url)", s, re.I
                ):
                    self.url_label_pending = True
                    self.add(a, b, line, "url", blank)
                    return
            elif um:
                offer("url", um["a"] or um["b"] or um["c"], "url-line", line, s)
                self.add(a, b, line, "url", blank)
                return
        um = _URL_ONLY.match(s) if anchored else None
        if um:
            if header or (near_end and not s.endswith(".")):
                offer("url", um["a"] or um["b"] or um["c"], "bare-url-line", line, s)
            self.add(a, b, line, "url", blank)
            return

        # Bylines and dates belong to the header (or the last lines).
        if header or near_end:
            by = md.parse_byline(s) if len(s) <= 200 else None
            if by is not None:
                authors, wire, date = by
                offer("authors", authors, "byline", line, s)
                if wire:
                    offer("wire", wire, "byline", line, s)
                if date:
                    offer("date", date, "byline-date", line, s)
                self.add(a, b, line, "byline", blank)
                return
            if self.pieces and self.pieces[-1].kind == "byline" and len(s) <= 60:
                # `By Sam Whitfield` / `Associated Press`: the agency credited under the byline
                wire = md.wire_name(s)
                if wire:
                    offer("wire", wire, "byline-wire-line", line, s)
                    self.add(a, b, line, "byline", blank)
                    return
        dl = _date_line(s)
        if dl is not None:
            iso, rule, _dstart, dend, labelled = dl
            rest = s[dend:]
            if not rest.strip(" ,.|·•-–—*_()"):
                offer("date", iso, f"date-line:{rule}", line, s)
                self.add(a, b, line, "date", blank)
                return
            if labelled or _caption(rest.strip()):
                # A date run together with what follows (often a photo caption): split the line.
                offer("date", iso, f"date-prefix:{rule}", line, s)
                self.add(a, a + dend, line, "date", blank)
                self.classify_rest(a + dend, b, line)
                return

        if (anchored and _COPYRIGHT_START.match(s)) or (len(s) <= 300 and _footer_words(s)):
            holder = md.copyright_holder(s)
            if holder and self.meta.copyright is None:
                self.meta.copyright = (holder, line, s)
            self.add(a, b, line, "footer", blank)
            return
        if anchored and _RELATED.match(s) and len(s) <= 400:
            self.add(a, b, line, "related", blank)
            return
        if _caption(s, anchored):
            self.add(a, b, line, "caption", blank)
            return
        if anchored and len(s) <= 80 and _BOILERPLATE.match(s):
            self.add(a, b, line, "other", blank)
            return
        em = _EMPH_LINE.match(s) if anchored else None
        if em and not _is_terminal(em["inner"]):
            self.add(a, b, line, "other", blank)  # a bold subheading
            return

        named = first and not self.have_title and self.n_lines >= 2 and _names_line(self.name_words, s)
        if named or (first and not self.have_title and self.title_candidate(s)):
            self.have_title = True
            offer("title", md.plain_title(s), "first-line-as-file-name" if named else "first-line", line, s)
            self.add(a, b, line, "title", blank)
            return
        self.body(a, b, line, blank, s)

    def seen_body_before(self, piece: _Piece) -> bool:
        return any(p.kind == "body" for p in self.pieces[:-1])

    def classify_rest(self, a: int, b: int, line: int) -> None:
        s = self.text[a:b]
        kind: ParagraphKind = "caption" if _caption(s.strip()) else "body"
        if kind == "body":
            self.body(a, b, line, False, s)
        else:
            self.add(a, b, line, kind, False)

    def _deck(self, line: int, blank: bool, s: str) -> bool:
        """The line right under a title that ends in ";" or ":" (``Obama rips rhetoric over 'radical
        Islam'; / He lashes out at GOP critics …``): the headline's second part, not the story."""
        if blank or not self.pieces or self.seen_body:
            return False
        prev = self.pieces[-1]
        if prev.kind != "title" or prev.line != line - 1 or _words(s) > DECK_MAX_WORDS:
            return False
        return self.text[prev.start : prev.end].rstrip().endswith((";", ":"))

    def title_candidate(self, s: str) -> bool:
        if self.n_lines < 2:
            return False  # a title of nothing: more likely a one-line note
        if self.title_hint is not None:
            n = _norm(s)
            h = self.title_hint
            if n and (n == h or (len(n) >= 12 and (h.startswith(n) or n.startswith(h)))):
                return True
        if len(s) > 150 or _words(s) > 22 or _words(s) < 2:
            return False
        t = s.rstrip("*_ \"'”’»")
        if not t or t[-1] in ".,;:" or (not t[0].isupper() and t[0] not in "\"“‘'«*_["):
            return False
        return not _LIST_ITEM.match(s)

    def body(self, a: int, b: int, line: int, blank: bool, s: str) -> None:
        self.add(a, b, line, "body", blank, bool(_LIST_ITEM.match(s)))
        if not self.seen_body:
            n = _words(s)
            if n >= 12 or (n >= 6 and _is_terminal(s)):
                self.seen_body = True

    # -- paragraphs -------------------------------------------------------------------------------
    def paragraphs(self) -> tuple[Paragraph, ...]:
        text = self.text
        groups: list[tuple[list[tuple[int, int]], ParagraphKind]] = []
        prev: _Piece | None = None
        for i, p in enumerate(self.pieces):
            if (
                prev is not None
                and p.kind == "body"
                and prev.kind == "body"
                and groups
                and groups[-1][1] == "body"
                and self.continues(prev, p, i)
            ):
                groups[-1][0].append((p.start, p.end))
            else:
                groups.append(([(p.start, p.end)], p.kind))
            prev = p
        del text
        return tuple(Paragraph(i, tuple(segs), kind) for i, (segs, kind) in enumerate(groups))

    def continues(self, prev: _Piece, p: _Piece, i: int) -> bool:
        """Whether body line ``p`` continues the paragraph that ``prev`` ends."""
        if prev.list_item or p.list_item:
            return False
        a = self.text[prev.start : prev.end]
        b = self.text[p.start : p.end]
        if _is_terminal(a) or _heading_like(a):
            return False
        first = b[0]
        if not p.blank_before:
            # Hard-wrapped or pasted lines inside one block: a line without final punctuation
            # continues into the next.
            return True
        if first.islower():
            return _words(a) >= 3
        last = a.rstrip()[-1]
        return _words(a) >= 8 and (last.isalnum() or last == ",")

    def decks_before_dateline(self) -> None:
        """Short lines between the title and a paragraph that opens with a dateline are the
        headline's decks (``Voters skeptical as Clinton vows change.`` / ``Amid fury at the system,
        she's seen as 'part of the people in power.'`` / ``BUENA PARK, Calif. - …``): the dateline
        is where the story starts, so they are not its paragraph 1 and 2."""
        titled = False
        shorts: list[_Piece] = []
        for p in self.pieces:
            if p.kind == "title":
                titled = True
                continue
            if p.kind != "body":
                continue
            if not titled or not p.blank_before:
                return
            if _dateline_of(self.text[p.start : min(p.end, p.start + 120)]) is not None:
                for q in shorts:
                    q.kind = "other"
                return
            if len(shorts) == MAX_DECK_LINES or _words(self.text[p.start : p.end]) > DECK_LINE_MAX_WORDS:
                return
            shorts.append(p)

    # -- metadata ---------------------------------------------------------------------------------
    def first_body_dateline(self) -> None:
        checked = 0
        for p in self.pieces:
            if p.kind != "body":
                continue
            checked += 1
            if checked > 3:
                return
            s = self.text[p.start : min(p.end, p.start + 120)]
            found = _dateline_of(s)
            if found is None:
                continue
            place, agency = found
            self.meta.offer("dateline", place, "dateline", p.line, s)
            if agency:
                self.meta.offer("wire", agency, "dateline-agency", p.line, s)
            return

    def build_meta(self) -> ArticleMeta:
        self.first_body_dateline()
        f = self.meta.fields
        url = f.get("url")
        if url is not None:
            found = md.outlet_from_url(url.value)
            if found:
                self.meta.offer("outlet", found[0], found[1], url.provenance.line, url.value)
            if "date" not in f:
                d = md.date_from_url(url.value)
                if d:
                    self.meta.offer("date", d, "url-path-date", url.provenance.line, url.value)
        if self.meta.copyright is not None:
            holder, line, src = self.meta.copyright
            w = md.wire_name(holder)
            if w:
                self.meta.offer("wire", w, "copyright-wire", line, src)
            else:
                found = md.outlet_from_holder(holder)
                if found:
                    self.meta.offer("outlet", found[0], found[1], line, src)
        return ArticleMeta(**f)


def parse_layout(text: str, *, title_hint: str | None = None, name_hint: str | None = None) -> Layout:
    """Paragraphs (with kinds) and inferred metadata of one article's decoded text.

    ``title_hint`` is a title known from elsewhere (a manifest): a first line that matches it is
    the title even when it would not look like one (a headline ending in a period). ``name_hint``
    is the file's name (without suffix): saved pages are named after their headline's slug
    (``poll-trump-a-big-turnoff-for-flo``), so a first line that the name spells is the title too.
    """
    sc = _Scanner(text, title_hint, name_hint)
    lines = sc.lines()
    n = sc.n_lines = len(lines)
    for i, (a, b, line, blank, first) in enumerate(lines):
        sc.classify(a, b, line, blank, first, near_end=i >= n - 3 and n > 3)
    sc.decks_before_dateline()
    return Layout(sc.paragraphs(), sc.build_meta())
