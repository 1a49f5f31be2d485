"""Regenerate the reference strings pasted into tests/test_citation_reference.py.

Not a test: needs pandoc (>= 2.11, with --citeproc) and the official CSL style files, which are
not part of the project. Usage:

    python tests/data/citation/make_reference.py STYLE_DIR > /tmp/reference.json

STYLE_DIR holds apa.csl, modern-language-association.csl and
chicago-notes-bibliography-17th-edition.csl from github.com/citation-style-language/styles.
Each group in items.json is one dossier: disambiguation looks at the whole group.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
STYLES = {
    "apa": "apa.csl",
    "mla": "modern-language-association.csl",
    "chicago": "chicago-notes-bibliography-17th-edition.csl",
}
LOCATOR = "para. 4"
FORMATS = {"plain": "plain", "markdown": "markdown-smart-citations"}


def pandoc(style: Path, items: list[dict], body: str, to: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        bib = Path(tmp) / "items.json"
        bib.write_text(json.dumps(items), encoding="utf-8")
        doc = "---\nnocite: '@*'\n---\n" + body + "\n\n# REFS\n"
        cmd = ["pandoc", "--citeproc", "--csl", str(style), "--bibliography", str(bib)]
        out = subprocess.run(
            [*cmd, "-t", to, "--wrap=none"], input=doc, capture_output=True, text=True, check=True
        )
        return out.stdout


def bibliography(style: Path, items: list[dict], body: str) -> dict[str, dict[str, str]]:
    md = pandoc(style, items, body, FORMATS["markdown"])
    refs_md = md.partition("REFS")[2]
    entries = re.findall(r"::: \{#ref-(\S+) \.csl-entry\}\n(.*?)\n:::", refs_md, re.S)
    plain = pandoc(style, items, body, "plain").partition("REFS")[2]
    paras = [p.strip() for p in plain.split("\n\n") if p.strip() and not re.match(r"\[\d+\]", p.strip())]
    assert len(paras) == len(entries), (paras, entries)
    return {key: {"plain": p, "markdown": m.strip()} for (key, m), p in zip(entries, paras, strict=True)}


def in_text(style: Path, items: list[dict]) -> dict[str, dict[str, dict[str, str]]]:
    body = "\n\n".join(
        f"ZZ{i}a [@{it['id']}]. ZZ{i}b [@{it['id']}, {LOCATOR}]." for i, it in enumerate(items)
    )
    res: dict = {it["id"]: {"plain": {}, "markdown": {}} for it in items}
    for fmt, to in FORMATS.items():
        out = pandoc(style, items, body, to)
        for m in re.finditer(r"^ZZ(\d+)a ?(.*?)\. ZZ\1b ?(.*?)\.$", out, re.M):
            key = items[int(m.group(1))]["id"]
            res[key][fmt] = {"in_text": m.group(2), "in_text+loc": m.group(3)}
    return res | {"_bib": bibliography(style, items, body)}


def notes(style: Path, items: list[dict]) -> dict[str, dict[str, dict[str, str]]]:
    res: dict = {it["id"]: {"plain": {}, "markdown": {}} for it in items}
    for loc in ("", f", {LOCATOR}"):
        body = "\n\n".join(f"N{i} [@{it['id']}{loc}]. M{i} [@{it['id']}{loc}]." for i, it in enumerate(items))
        for fmt, to in FORMATS.items():
            out = pandoc(style, items, body, to)
            pattern = r"^\[\^(\d+)\]: (.*)$" if fmt == "markdown" else r"^\[(\d+)\] (.*)$"
            fn = dict(re.findall(pattern, out, re.M))
            for i, it in enumerate(items):
                suffix = "+loc" if loc else ""
                res[it["id"]][fmt]["note" + suffix] = fn[str(2 * i + 1)]
                res[it["id"]][fmt]["short" + suffix] = fn[str(2 * i + 2)]
    return res | {"_bib": bibliography(style, items, "N [@" + items[0]["id"] + "].")}


def main() -> None:
    style_dir = Path(sys.argv[1])
    groups = json.loads((HERE / "items.json").read_text(encoding="utf-8"))
    result: dict = {}
    for group, items in groups.items():
        for name, file in STYLES.items():
            style = style_dir / file
            got = notes(style, items) if name == "chicago" else in_text(style, items)
            bib = got.pop("_bib")
            for key, forms in got.items():
                for fmt in FORMATS:
                    forms[fmt]["bibliography"] = bib[key][fmt]
                result.setdefault(group, {}).setdefault(key, {})[name] = forms
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
