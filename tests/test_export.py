"""Exports round-trip: CSL-JSON validates against the official CSL data schema, BibLaTeX parses,
CSV and JSON carry every quote, the report shows families, and -o never clobbers an article."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import types
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dossier_tui.cli import main
from dossier_tui.core.export import (
    RefusedOverwrite,
    to_biblatex,
    to_csl_json,
    to_csv,
    to_json,
    write_atomic,
)
from dossier_tui.core.model import ArticleMeta, Dossier, Field, Provenance
from dossier_tui.core.report import markdown_report
from tests.test_citation import MT_URL, seeds_dossier

# csl-data.json from github.com/citation-style-language/schema (MIT), commit e3ce254.
SCHEMA = json.loads(
    (Path(__file__).parent / "data" / "citation" / "csl-data.json").read_text(encoding="utf-8")
)
JSON_TYPES = {
    "string": str,
    "number": (int, float),
    "boolean": bool,
    "object": dict,
    "array": list,
    "integer": int,
}


def schema_errors(value, schema, path="$") -> list[str]:
    """A JSON-schema check for the keywords csl-data.json uses ($ref, anyOf, type, enum, properties,
    additionalProperties, required, items, minItems, maxItems); no dependency needed."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return schema_errors(value, SCHEMA["definitions"][name], path)
    if "anyOf" in schema:
        options = [schema_errors(value, s, path) for s in schema["anyOf"]]
        return [] if any(not o for o in options) else min(options, key=len)
    errors: list[str] = []
    if "type" in schema:
        kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        ok = any(
            isinstance(value, JSON_TYPES[k]) and not (k == "number" and isinstance(value, bool))
            for k in kinds
        )
        if not ok:
            return [f"{path}: {value!r} is not {kinds}"]
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: {value!r} not in enum")
    if isinstance(value, dict):
        props = schema.get("properties", {})
        errors += [f"{path}: missing {k}" for k in schema.get("required", []) if k not in value]
        for k, v in value.items():
            if k in props:
                errors += schema_errors(v, props[k], f"{path}.{k}")
            elif schema.get("additionalProperties") is False:
                errors.append(f"{path}: unexpected {k}")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0) or len(value) > schema.get("maxItems", len(value)):
            errors.append(f"{path}: {len(value)} items")
        if "items" in schema:
            for i, v in enumerate(value):
                errors += schema_errors(v, schema["items"], f"{path}[{i}]")
    return errors


def test_the_schema_check_can_fail():
    assert schema_errors([{"id": "x", "type": "newspaper"}], SCHEMA)
    assert schema_errors([{"id": "x", "type": "article-newspaper", "author": [{"name": "AFP"}]}], SCHEMA)
    assert schema_errors([{"id": "x", "type": "article-newspaper", "issued": {"date-parts": [[]]}}], SCHEMA)
    assert not schema_errors([{"id": "x", "type": "article-newspaper"}], SCHEMA)


def test_csl_json_of_the_seeds_validates_and_carries_wire_and_outlet():
    items = json.loads(to_csl_json(seeds_dossier()))
    assert schema_errors(items, SCHEMA) == []
    assert items[0] == {
        "id": "000",
        "type": "article-newspaper",
        "title": "Lukashenko Offers to Host Russia-Ukraine Peace Talks",
        "container-title": "The Moscow Times",
        "author": [{"literal": "AFP"}],
        "issued": {"date-parts": [[2025, 3, 5]]},
        "URL": MT_URL,
    }
    assert items[1] == {
        "id": "004",
        "type": "article-newspaper",
        "container-title": "ABC News",
        "issued": {"date-parts": [[2025, 3, 5]]},
    }


# --- BibLaTeX ------------------------------------------------------------------------------------


def parse_bib(text: str) -> list[tuple[str, str, dict[str, str]]]:
    """A tiny .bib reader: @type{key, name = {balanced value}, ...}; raises on unbalanced braces,
    and treats a backslash-escaped brace as text, as TeX does."""
    entries, i = [], 0
    while True:
        i = text.find("@", i)
        if i < 0:
            return entries
        j = text.index("{", i)
        kind = text[i + 1 : j]
        k = text.index(",", j)
        key = text[j + 1 : k].strip()
        fields: dict[str, str] = {}
        pos = k + 1
        while True:
            while text[pos] in " \n,":
                pos += 1
            if text[pos] == "}":
                break
            eq = text.index("=", pos)
            name = text[pos:eq].strip()
            assert text[eq + 1 :].lstrip()[0] == "{"
            start = text.index("{", eq) + 1
            depth, p = 1, start
            while depth:
                c = text[p]
                if c == "\\":
                    p += 2
                    continue
                depth += {"{": 1, "}": -1}.get(c, 0)
                p += 1
                if p > len(text):
                    raise ValueError("unbalanced braces")
            fields[name] = text[start : p - 1]
            pos = p
        entries.append((kind, key, fields))
        i = pos + 1


def test_biblatex_parses_with_organisation_in_double_braces():
    entries = parse_bib(to_biblatex(seeds_dossier()))
    assert [(k, key) for k, key, _ in entries] == [
        ("article", "afp2025lukashenko"),
        ("article", "abcnews2025"),
    ]
    mt = entries[0][2]
    assert mt == {
        "author": "{AFP}",
        "title": "Lukashenko Offers to Host Russia-Ukraine Peace Talks",
        "journaltitle": "The Moscow Times",
        "entrysubtype": "newspaper",
        "date": "2025-03-05",
        "url": MT_URL,
    }
    assert "author" not in entries[1][2] and "title" not in entries[1][2]


def _meta(**kw):
    return ArticleMeta(**{k: Field(v, Provenance("test")) for k, v in kw.items()})


@given(st.text(max_size=30), st.text(max_size=15))
def test_biblatex_stays_balanced_whatever_the_title(title, author):
    d = seeds_dossier(
        _meta(title=title or "x", authors=(author or "A B",), outlet="O", url="https://e.org/{}")
    )
    entries = parse_bib(to_biblatex(d))
    assert len(entries) == 2


def test_biblatex_keys_are_unique_and_people_are_last_first():
    d = seeds_dossier(_meta(title="Talks", authors=("Jane Doe", "Anna van Dyke"), date="2025-01-02"))
    d2 = Dossier("x", (d.articles[0], replace(d.articles[0], id="001"), d.articles[1]))
    entries = parse_bib(to_biblatex(d2))
    assert [key for _, key, _ in entries] == ["doe2025talks", "doe2025talksa", "abcnews2025"]
    assert entries[0][2]["author"] == "Doe, Jane and van Dyke, Anna"


# --- JSON and CSV --------------------------------------------------------------------------------


def test_json_is_the_whole_model_with_exact_quote_text():
    d = seeds_dossier()
    data = json.loads(to_json(d))
    assert [a["id"] for a in data["articles"]] == ["000", "004"]
    for q in data["quotes"]:
        art = next(a for a in data["articles"] if a["id"] == q["article"])
        assert art["text"][q["start"] : q["end"]] == q["text"]
    assert data["speakers"][0]["name"] == "Alexander Lukashenko"
    assert data["articles"][0]["title"]["value"] == "Lukashenko Offers to Host Russia-Ukraine Peace Talks"


def test_csv_has_one_quote_a_row_and_defuses_formulas():
    d = seeds_dossier()
    rows = list(csv.DictReader(io.StringIO(to_csv(d))))
    assert [r["id"] for r in rows] == [q.id for q in d.quotes]
    assert rows[0]["text"] == d.quotes[0].text
    assert rows[0]["speaker"] == "Alexander Lukashenko" and rows[0]["citation"] == "(AFP, 2025, para. 2)"
    hostile = seeds_dossier(_meta(outlet='=HYPERLINK("http://evil")'))
    assert next(iter(csv.DictReader(io.StringIO(to_csv(hostile)))))["outlet"].startswith("'=")


def test_csv_carries_title_and_url_and_cites_in_the_style_asked(capsys):
    d = seeds_dossier()
    row = next(iter(csv.DictReader(io.StringIO(to_csv(d, "mla")))))
    assert row["citation"] == "(AFP, par. 2)"
    assert row["title"] == d.article(d.quotes[0].article).meta.value("title")
    assert row["url"] == d.article(d.quotes[0].article).meta.value("url")
    from dossier_tui.cli import main

    assert main(["export", "--format", "csv", "--style", "chicago-note"]) == 0  # the bundled seeds
    first = next(iter(csv.DictReader(io.StringIO(capsys.readouterr().out))))
    assert first["citation"].endswith("para. 2.") and first["citation"].startswith("AFP, “")


# --- Markdown report -----------------------------------------------------------------------------
# The real family types; only build_families is stubbed, so the report is tested on chosen data.
from dossier_tui.core.families import Difference, Family, NameVariant, PairDiff  # noqa: E402


@dataclass
class Families:
    families: tuple[Family, ...]
    singletons: tuple[str, ...] = ()
    name_variants: tuple[NameVariant, ...] = field(default_factory=tuple)


def _fake_families(monkeypatch, fams: Families) -> None:
    mod = types.ModuleType("dossier_tui.core.families")
    mod.build_families = lambda dossier: fams  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "dossier_tui.core.families", mod)


def test_report_shows_each_outlets_wording_and_labelled_differences(monkeypatch):
    d = seeds_dossier()
    a, b = d.quotes
    diff = Difference("substitution", (0, 4), (0, 6), "Tell", "Russia")
    fam = Family("f1", (a.id, b.id), ("s1",), False, (PairDiff(a.id, b.id, 0.4, "substantive", (diff,)),))
    _fake_families(
        monkeypatch,
        Families(
            (fam,), singletons=(b.id,), name_variants=(NameVariant("Zelensky", {"Zelenskyy": ("ABC News",)}),)
        ),
    )
    report = markdown_report(d)
    assert "## Quote families" in report
    assert "### 1. Alexander Lukashenko" in report
    assert (
        "- *The Moscow Times* (AFP, 2025), `000:q1`:\n\n  > Tell Trump that I expect him here with Putin and Zelensky,"
        in report
    )
    assert "- The Moscow Times vs ABC News: substantive, similarity 0.40" in report
    assert "  - substitution: “Tell” → “Russia”" in report
    assert "## Coverage gaps" in report and "“Russia will never agree to this,” `004:q1`" in report
    assert "- **Zelensky**: Zelenskyy (ABC News)" in report
    assert (
        "AFP. (2025, March 5). Lukashenko Offers to Host Russia-Ukraine Peace Talks. *The Moscow Times*."
        in report
    )


def test_report_without_families_module_says_so(monkeypatch):
    monkeypatch.setitem(sys.modules, "dossier_tui.core.families", None)  # import fails
    report = markdown_report(seeds_dossier())
    assert "Not available: quote families are not built yet." in report
    assert "- **Alexander Lukashenko** (person): 1 quote in 1 outlet" in report


def test_report_escapes_hostile_text(monkeypatch):
    monkeypatch.setitem(sys.modules, "dossier_tui.core.families", None)
    d = seeds_dossier(_meta(title="[x](javascript:alert(1)) \x1b[2J<img src=x>", outlet="O"))
    report = markdown_report(d)
    assert "\x1b" not in report
    assert re.search(r"(?<!\\)\[x", report) is None  # no live link
    assert re.search(r"(?<!\\)<img", report) is None  # no live HTML
    assert "\\[x\\](javascript:alert(1)) \\<img src=x\\>" in report


# --- writing files -------------------------------------------------------------------------------


def test_write_atomic_replaces_output_and_leaves_no_temp_file(tmp_path):
    out = tmp_path / "refs.bib"
    out.write_text("old", encoding="utf-8")
    write_atomic(seeds_dossier(), out, "new\n")
    assert out.read_text(encoding="utf-8") == "new\n"
    assert [p.name for p in tmp_path.iterdir()] == ["refs.bib"]


def test_export_refuses_to_overwrite_an_article(tmp_path, capsys):
    art = tmp_path / "a.txt"
    art.write_text("Headline\n\n“Hello,” she said.\n", encoding="utf-8")
    before = art.read_bytes()
    assert main(["export", str(art), "--format", "json", "-o", str(art)]) == 1
    assert "refusing to overwrite" in capsys.readouterr().err
    assert art.read_bytes() == before
    link = tmp_path / "link.txt"
    link.symlink_to(art)
    assert main(["export", str(art), "-o", str(link)]) == 1
    assert art.read_bytes() == before


def test_write_atomic_refuses_the_article_through_another_spelling_of_its_path(tmp_path, monkeypatch):
    from dossier_tui import load

    art = tmp_path / "a.txt"
    art.write_text("Headline\n\n“Hello,” she said.\n", encoding="utf-8")
    d = load(str(art))
    monkeypatch.chdir(tmp_path)
    with pytest.raises(RefusedOverwrite):
        write_atomic(d, "./sub/../a.txt", "x")
    assert art.read_text(encoding="utf-8").startswith("Headline")


def test_export_command_writes_each_format(tmp_path):
    for fmt in ("csl-json", "biblatex", "markdown", "json", "csv"):
        out = tmp_path / f"out.{fmt}"
        assert main(["export", "--format", fmt, "-o", str(out)]) == 0
        assert out.read_text(encoding="utf-8").strip()


def test_cite_command_takes_an_id_then_paths(capsys):
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    quote_id = "000_5ceccdedb855cc9c:q1"
    assert main(["cite", quote_id, str(seeds), "--style", "plain"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("“Tell Trump that I expect him here with Putin and Zelensky,”")
    assert main(["cite", "no-such-id"]) == 1


def test_the_report_header_counts_articles_whose_outlet_is_unknown(tmp_path: Path):
    import dossier_tui
    from dossier_tui.core.report import markdown_report

    (tmp_path / "a.txt").write_text(
        "Farm Bill Passes\n\nOriginal url: https://www.usatoday.com/story/x\n\n"
        '"We will win," the senator said.\n',
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text('Another Story\n\n"We lost," the governor said.\n', encoding="utf-8")
    header = markdown_report(dossier_tui.load(tmp_path, cache=False)).splitlines()[2]
    assert header == "2 articles (USA Today; 1 with no outlet known), 2 quotes."


def test_the_reports_speaker_lines_do_not_count_articles_without_an_outlet_as_outlets(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Levy\n\n“We will not raise the levy,” Ann Hale said.\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        "Levy vote\n\n“We will not raise the levy,” Ann Hale said.\n", encoding="utf-8"
    )
    (tmp_path / "politico_2016-05-05_c.txt").write_text(
        "Levy\n\n“We will not raise the levy,” Ann Hale said.\n", encoding="utf-8"
    )
    import dossier_tui

    report = markdown_report(dossier_tui.load(tmp_path, cache=False))
    (line,) = [ln for ln in report.splitlines() if ln.startswith("- **Ann Hale**")]
    assert "3 quotes in 1 outlet and 2 articles with no outlet known" in line
