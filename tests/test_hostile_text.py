"""Hostile and messy text: every case loads, its quotes are found with exact offsets, and what is
shown or copied carries no control characters. Sizes are modest; speed is measured by
``bench/hostile_work.py``, never asserted here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import dossier_tui
from dossier_tui.core.build import from_texts
from dossier_tui.core.citation import STYLES, cite_quote
from dossier_tui.core.decode import decode_bytes
from dossier_tui.core.export import FORMATS, render
from dossier_tui.core.quotes import _MAX_QUOTE
from dossier_tui.core.text import clean_for_display, clean_same_length, escape_controls, is_display_safe
from tests.hostile_corpus import TextCase, check_dossier, text_cases

CASES = text_cases()


def _contains_in_order(found: list[str], wanted: tuple[str, ...]) -> bool:
    it = iter(found)
    return all(any(f == w for f in it) for w in wanted)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_text_case_in_memory_finds_its_quotes_exactly(case: TextCase):
    d = from_texts({"case.txt": case.text})
    check_dossier(d)
    found = [q.text for q in d.quotes]
    assert _contains_in_order(found, case.quotes), found[:10]
    for q in d.quotes:
        assert len(q.text) < _MAX_QUOTE


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_text_case_from_a_file_loads_and_keeps_offsets(case: TextCase, tmp_path: Path):
    path = tmp_path / "case.txt"
    path.write_bytes(case.file_bytes())
    d = dossier_tui.load(path)
    check_dossier(d)
    (art,) = d.articles
    dec = decode_bytes(case.file_bytes())
    assert art.text == dec.text
    assert [p.message for p in d.problems] == ([f"{dec.doubt}; check the text"] if dec.doubt else [])
    if dec.text == case.text:
        assert _contains_in_order([q.text for q in d.quotes], case.quotes)
    else:  # NUL and lone surrogates cannot survive decoding: they are replaced, one for one or per byte
        assert "\ufffd" in art.text and dec.encoding == "utf-8"
        assert len(d.quotes) == len(from_texts({"x": case.text}).quotes)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_what_is_shown_and_copied_has_no_control_characters(case: TextCase):
    d = from_texts({"case.txt": case.text})
    for q in d.quotes[:50]:
        for style in STYLES:
            copied = cite_quote(d, q, style)
            assert is_display_safe(copied), (style, copied)
            copied.encode("utf-8")  # a lone surrogate would make this (and printing it) raise
        shown = clean_same_length(q.text)
        assert len(shown) == len(q.text) and is_display_safe(shown, keep_newlines=False)
    for fmt in FORMATS:
        out = render(d, fmt)  # what `dossier export` prints to the terminal without -o
        assert out and is_display_safe(out.replace("\r\n", "\n")), fmt
    back = json.loads(render(d, "json"))  # escaped for the terminal, exact for a JSON reader
    assert [q["text"] for q in back["quotes"]] == [q.text for q in d.quotes]


def test_a_markdown_citation_drops_whole_escape_sequences_not_just_their_escape_byte():
    d = from_texts(
        {"a.txt": "Title line\n\n“This is \x1b[31mred\x1b[0m and \x1b]0;pwned\x07 here,” Ann Lee said.\n"}
    )
    (q,) = d.quotes
    cited = cite_quote(d, q, "markdown")
    assert "This is red and here" in cited
    assert "[31m" not in cited and "pwned" not in cited


def test_a_quote_longer_than_the_limit_is_not_a_quote_but_its_words_are_searchable():
    case = next(c for c in CASES if "100,000" in c.name)
    d = from_texts({"case.txt": case.text})
    assert [q.text for q in d.quotes] == ["Short one,"]
    hits = d.search("'keep talking")
    assert hits and hits[0].kind == "paragraph" and "keep talking" in hits[0].text


def test_ten_thousand_paragraphs_each_give_their_quote_and_speaker():
    case = next(c for c in CASES if "10,000" in c.name)
    d = from_texts({"case.txt": case.text})
    assert len(d.quotes) == 10_000
    assert {d.speaker_name(q) for q in d.quotes} == {"the minister"}
    assert d.quotes[-1].paragraph == len(d.articles[0].paragraphs) - 1


def test_unclosed_quote_stops_at_its_paragraph_end():
    d = from_texts({"a.txt": CASES[0].text})
    q = next(q for q in d.quotes if q.text.startswith("nothing"))
    art = d.articles[0]
    assert q.end == art.paragraphs[q.paragraph].end
    assert "Officials" not in q.text


def test_bidi_override_is_kept_in_the_quote_but_never_shown():
    case = next(c for c in CASES if "right-to-left" in c.name)
    d = from_texts({"a.txt": case.text})
    art = d.articles[0]
    assert "\u202e" in art.text  # the source is exact
    for q in d.quotes:
        assert "\u202e" not in cite_quote(d, q, "plain")
    assert "\u202e" not in clean_for_display(art.text)
    assert escape_controls("\u202eevil") == "\\u202eevil"


def test_lone_surrogates_become_replacement_characters_when_shown():
    d = from_texts({"a.txt": next(c for c in CASES if "surrogates" in c.name).text})
    (q,) = d.quotes
    assert "\ud83d" in q.text  # the model keeps the text it was given
    copied = cite_quote(d, q, "apa")
    assert "We \ufffd will meet \ufffd again" in copied


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("a\x1b]0;title\x07b", "ab"),  # OSC: removed whole
        ("a\x1b]unterminated\n\nthe rest", "aunterminated\n\nthe rest"),  # only the introducer goes
        ("x\x1b[31mred\x1b[0m", "xred"),
        (
            "one\rtwo\r\nthree\x0bfour\x0cfive\x85six\u2028seven\u2029eight",
            "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight",
        ),
        ("\u202eevil\u202c \u2066iso\u2069", "evil iso"),
        ("sur\udcffx", "sur\ufffdx"),
        ("8-bit\x9b31m csi\x9d0;t\x9c!", "8-bit csi!"),
        ("tab\tkept", "tab\tkept"),
        ("zero\u200bwidth\u200djoin\ufeff", "zero\u200bwidth\u200djoin\ufeff"),  # harmless: kept
    ],
)
def test_clean_for_display_cases(raw: str, shown: str):
    assert clean_for_display(raw) == shown
    assert is_display_safe(clean_for_display(raw))
    assert clean_for_display(raw, keep_newlines=False) == shown.replace("\n", " ")
    same = clean_same_length(raw)
    assert len(same) == len(raw) and is_display_safe(same, keep_newlines="\n" in raw)


def test_escape_controls_names_a_hostile_file_visibly():
    assert escape_controls("e\x1b]0;pwned\x07.txt") == "e\\x1b]0;pwned\\x07.txt"
    assert escape_controls("d\udcffir/caf\u00e9.txt") == "d\\udcffir/caf\u00e9.txt"
    assert escape_controls("plain name.txt") == "plain name.txt"


def test_marks_nested_ten_deep_give_one_quote_holding_the_core():
    case = next(c for c in CASES if "nested" in c.name)
    d = from_texts({"a.txt": case.text})
    # Known limit: a double mark reopened inside a double quote restarts it, so the outermost
    # level is not recovered; what is found is one quote, never overlapping ones.
    assert len(d.quotes) == 1
    assert "level 10 the core end 10" in d.quotes[0].text


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("Clear \x1b[2J the screen \x1b]0;x\x07 now", "Clear the screen now"),
        ("Clear\x1b[2J the screen", "Clear the screen"),
        ("Clear \x1b[2Jthe screen", "Clear the screen"),
        ("Cle\x1b[1mar", "Clear"),
        ("two  spaces \x07 kept", "two  spaces kept"),  # the source's own double space stays
    ],
)
def test_a_removed_escape_leaves_one_space_where_it_stood_between_words(raw, shown):
    assert clean_for_display(raw) == shown
