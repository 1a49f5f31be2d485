"""Random text and random bytes through the whole pipeline: load → quotes → families → search →
citation (every style) → export (every format). Nothing raises, and the invariants hold."""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import dossier_tui
from dossier_tui.core.build import from_texts
from dossier_tui.core.citation import STYLES, bibliography, cite_article, cite_quote, family_text
from dossier_tui.core.export import FORMATS, render, write_atomic
from dossier_tui.core.model import Dossier
from dossier_tui.core.serialize import article_json, quote_json
from dossier_tui.core.text import clean_for_display, clean_same_length, is_display_safe
from dossier_tui.tui.clipboard import clean_payload
from dossier_tui.tui.features import copy_choices
from tests.hostile_corpus import check_dossier

# What breaks parsers and terminals: every kind of quote mark, apostrophes, breaks of every kind,
# cues and names, markup, escapes, controls, bidi, zero-width, surrogates, RTL, emoji.
PIECES = st.sampled_from(
    [
        *"\"“”‘’'«»„‹›`",
        "''",
        "``",
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        "\u2028",
        "\u2029",
        "\x85",
        "\x0b",
        " ",
        ", ",
        ". ",
        ": ",
        " — ",
        " said",
        " he said",
        " Alexander Lukashenko",
        " the Belarusian leader",
        " told reporters",
        "By Jane Doe\n\n",
        "Title Words Here\n\n",
        "We will meet again",
        "[@click=app.quit]x[/]",
        "[bold]",
        "\x1b[31m",
        "\x1b]52;c;aGk=\x07",
        "\x1b]",
        "\x00",
        "\x07",
        "\x9b",
        "\u202e",
        "\u2066",
        "\u200b",
        "\u200d",
        "\ufeff",
        "\ud83d",
        "\udcff",
        "e\u0301",
        "👨‍👩‍👧",
        "🇺🇦",
        "قال",
        "שלום",
        "*_#<>&",
    ]
)
ANY_CHAR = st.characters(codec=None, exclude_categories=())  # surrogates and controls included
TEXT = st.lists(st.one_of(PIECES, st.text(ANY_CHAR, max_size=6)), max_size=60).map("".join)
QUERY = st.one_of(
    st.sampled_from(["said", "'meet again", "^We", "again$", "!minsk", "luka | zel", "lkshnk", "“", "'"]),
    st.text(ANY_CHAR, max_size=12),
)


def _encodable(text: str) -> None:
    text.encode("utf-8")  # raises on a lone surrogate, as printing it would


def check_pipeline(d: Dossier, queries: list[str], surrogates_in_text: bool) -> None:
    """Everything downstream of loading: never raises; what is shown or copied is safe."""
    check_dossier(d)
    # families: members exist, each quote in at most one family, difference spans inside quotes
    fams = d.families
    seen: set[str] = set()
    for fam in fams.families:
        assert len(fam.members) >= 2
        for m in fam.members:
            assert m not in seen
            seen.add(m)
            assert fams.family_of(m) is fam
        for p in fam.pairs:
            assert p.a in fam.members and p.b in fam.members
            qa, qb = d.quote(p.a), d.quote(p.b)
            for diff in p.differences:
                if diff.a is not None:
                    assert qa.start <= diff.a[0] <= diff.a[1] <= qa.end
                if diff.b is not None:
                    assert qb.start <= diff.b[0] <= diff.b[1] <= qb.end
    # search: spans inside the hit's text, quote hits are the quote itself
    for query in queries:
        for hit in d.search(query, limit=20):
            for s, e in hit.spans:
                assert 0 <= s <= e <= len(hit.text)
            if hit.kind == "quote":
                q = d.quote(hit.quote)
                assert hit.text == q.text and hit.start == q.start
            shown = clean_same_length(hit.text)
            assert len(shown) == len(hit.text) and is_display_safe(shown)
    # citations, every style; what the app copies
    for art in d.articles:
        for style in STYLES:
            for in_text in (False, True):
                cit = cite_article(d, art, style, in_text=in_text)
                assert is_display_safe(cit.text) and is_display_safe(cit.markdown)
                for a, b in cit.italic:
                    assert 0 <= a <= b <= len(cit.text)
                _encodable(cit.text)
    for style in STYLES:
        for cit in bibliography(d, style):
            assert is_display_safe(cit.text)
    for q in d.quotes[:8]:
        for style in STYLES:
            text = cite_quote(d, q, style)
            assert is_display_safe(text)
            _encodable(text)
        if is_display_safe(q.text) and "\n" not in q.text:
            # nothing to clean: copied exactly, but for its final mark, fitted to the citation
            # the words, less the trailing punctuation a citation fits (", ," is all trailing),
            # and with the marks inside printed curly (one style of marks in a citation)
            words = re.sub(r"[\s.,;:]+$", "", q.text).replace("''", '"')
            assert _straight(words) in _straight(cite_quote(d, q, "plain"))
        for _label, payload in copy_choices(d, q):
            copied = clean_payload(payload)
            assert is_display_safe(copied)
            _encodable(copied)
        fam = d.families.family_of(q.id)
        if fam is not None:
            assert is_display_safe(family_text(d, fam))
    # JSON views and every export format
    for a in d.articles:
        json.dumps(article_json(d, a), ensure_ascii=False)
    for q in d.quotes:
        row = quote_json(d, q)
        assert json.loads(json.dumps(row))["text"] == q.text  # exact text survives JSON
    for fmt in FORMATS:
        out = render(d, fmt)
        assert isinstance(out, str)
        if not surrogates_in_text:
            _encodable(out)
        if fmt in ("json", "csl-json"):
            json.loads(out)
        if fmt == "csv":
            rows = list(csv.reader(io.StringIO(out, newline="")))
            assert len(rows) == len(d.quotes) + 1


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, TEXT, st.lists(QUERY, max_size=3))
def test_random_text_through_the_whole_pipeline(a, b, queries):
    d = from_texts({"a.txt": a, "b.txt": b})
    check_pipeline(d, queries, surrogates_in_text=True)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
@example("“We will\x1b[31m meet again in Minsk \u202enext week\ud83d to talk,” Alexander Lukashenko said.")
def test_the_same_text_in_two_outlets_forms_families_without_raising(a):
    d = from_texts({"a.txt": "Title One Here\n\n" + a, "b.txt": "Title Two Here\n\n" + a})
    check_pipeline(d, ["said"], surrogates_in_text=True)
    if "Minsk" in a:
        assert len(d.families.families) == 1


# Bytes: raw noise, text in some encoding with noise spliced in, and known magic numbers.
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "cp1252", "latin-1"])
ENCODED = st.tuples(TEXT, ENCODINGS).map(
    lambda t: t[0].encode(t[1], "surrogatepass" if "utf" in t[1] else "replace")
)
MAGIC = st.sampled_from(
    [b"\x89PNG\r\n\x1a\n", b"PK\x03\x04", b"%PDF-", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"MZ", b""]
)
BYTES = st.one_of(
    st.binary(max_size=400),
    ENCODED,
    st.tuples(MAGIC, ENCODED, st.binary(max_size=20)).map(lambda t: t[0] + t[1] + t[2]),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(BYTES, min_size=1, max_size=3), st.lists(QUERY, max_size=2))
def test_random_bytes_in_files_through_the_whole_pipeline(blobs, queries):
    with tempfile.TemporaryDirectory() as td:
        root = Path(td)
        for i, data in enumerate(blobs):
            (root / f"f{i}.txt").write_bytes(data)
        before = {p.name: p.read_bytes() for p in root.iterdir()}
        d = dossier_tui.load(root)
        # every file is an article or named by a problem (never both missing)
        named = {Path(p.path).name for p in d.problems} | {Path(a.path).name for a in d.articles}
        assert named >= set(before)
        for p in d.problems:
            assert p.message and p.severity in ("error", "warning")
        for a in d.articles:
            assert "\x00" not in a.text
            _encodable(a.text)  # decoding never leaves a lone surrogate
        check_pipeline(d, queries, surrogates_in_text=False)
        out = root / "out" / "export.json"
        out.parent.mkdir()
        write_atomic(d, out, render(d, "json"))
        assert json.loads(out.read_text(encoding="utf-8"))["title"] == d.title
        assert {p.name: p.read_bytes() for p in root.iterdir() if p.is_file()} == before


@settings(max_examples=300, deadline=None)
@given(st.text(ANY_CHAR, max_size=80) | TEXT)
def test_display_cleaning_always_gives_safe_text(text):
    shown = clean_for_display(text)
    assert is_display_safe(shown)
    _encodable(shown)
    assert is_display_safe(clean_for_display(text, keep_newlines=False), keep_newlines=False)
    same = clean_same_length(text)
    assert len(same) == len(text)
    assert is_display_safe(same)
    _encodable(same)
    assert is_display_safe(clean_payload(text))
    if is_display_safe(text):
        assert shown == text  # clean text is left alone


def _straight(text: str) -> str:
    return text.translate(str.maketrans("“”‘’", "\"\"''"))
