"""Byline and credit lines of plain pastes: an agency under the byline, and an outlet | date |
"By" line, are metadata (with the line they came from), never body paragraph 1, so paragraph
numbers in citations are not one too high."""

from __future__ import annotations

from dossier_tui.core.layout import parse_layout


def _body(text: str) -> list[str]:
    return [p.text(text) for p in parse_layout(text).paragraphs if p.kind == "body"]


AP = (
    "Mayor: Harbor Bridge closing for repairs\n\nBy Sam Whitfield\nAssociated Press\n\n"
    "PORT ELLIS, Maine (AP) — The mayor said Wednesday that the bridge will close.\n\n"
    '"This will kill us," said Tom Reilly, a bakery owner.\n'
)
WPEL = (
    "Harbor Bridge shutdown worries Front Street merchants\n\n"
    "WPEL News 8 | April 3, 2025 | By Rachel Dunn\n\n"
    "Merchants on Front Street say the closure could put them out of business.\n\n"
    "“This will kill us,” said Tom Reilly, owner of Reilly’s Bakery.\n"
)


def test_an_agency_line_under_the_byline_is_the_wire_credit_not_body() -> None:
    meta = parse_layout(AP).meta
    assert meta.value("authors") == ("Sam Whitfield",)
    assert meta.value("wire") == "AP"
    assert meta.wire is not None and meta.wire.provenance.line == 4
    assert _body(AP)[0].startswith("PORT ELLIS")


def test_an_outlet_date_byline_credit_line_gives_author_and_date_and_is_no_paragraph() -> None:
    meta = parse_layout(WPEL).meta
    assert meta.value("authors") == ("Rachel Dunn",)
    assert meta.value("date") == "2025-04-03"
    assert _body(WPEL)[0].startswith("Merchants on Front Street")
    assert _body(WPEL)[1].startswith("“This will kill us")


def test_a_sentence_split_by_bars_is_no_credit_line() -> None:
    text = "Title of the piece\n\nHome | Politics | By the way, this is how it went.\n\nBody text here.\n"
    assert _body(text)[0].startswith("Home | Politics")
