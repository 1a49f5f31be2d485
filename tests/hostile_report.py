"""Print a Markdown table of every hostile case tested and what it produces, for the closing note.

    python tests/hostile_report.py

Builds the file-level corpus, the broken manifests, the hostile file names and the hostile texts
in a temporary directory, loads each case on its own as the CLI would, and reports: loaded or not,
quotes found, the encoding it was read with, and each problem's message (severity in brackets).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dossier_tui.core.build import load
from dossier_tui.core.text import escape_controls
from tests.hostile_corpus import (
    can_deny_reading,
    make_corpus,
    make_dir_cases,
    make_hostile_names,
    text_cases,
)


def _cell(text: str) -> str:
    return escape_controls(text).replace("|", "\\|")


def _row(case: str, path: Path, root: Path) -> str:
    d = load(path)
    problems = "; ".join(
        f"{_cell(p.message)} [{p.severity}]"
        + ("" if Path(p.path) == path else f" ({_cell(Path(p.path).name)})")
        for p in d.problems
    )
    if len(d.articles) > 1:
        what, enc = f"{len(d.articles)} articles, {len(d.quotes)} quotes", "—"
        problems = f"{len(d.problems)} problems: one per bad file above, one note on skipped files"
    elif d.articles:
        what, enc = f"loaded, {len(d.quotes)} quote(s)", d.articles[0].encoding
    else:
        what, enc = "not loaded", "—"
    status = 0 if d.articles else 1
    return f"| {_cell(case)} | {what} | {enc} | {problems or '—'} | {status} |"


def main() -> None:
    rows: list[str] = []
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        files = tmp / "files"
        for case in make_corpus(files):
            if case.name == "nested/back":
                (p,) = [p for p in load(files).problems if p.path.endswith("back")]
                rows.append(
                    f"| dir link: {case.name} (to its parent) | skipped in the walk | — | {p.message} | — |"
                )
                continue
            rows.append(_row(f"file: {case.name}", files / case.name, files))
        if not can_deny_reading():
            rows.append(
                "| file: locked.txt (permission denied) | tested by monkeypatching open() as root | | | |"
            )
        rows.append(_row("directory: the whole file corpus", files, files))
        dirs = tmp / "dirs"
        for dc in make_dir_cases(dirs):
            rows.append(_row(f"manifest: {dc.name}", dirs / dc.name, dirs))
        names = make_hostile_names(tmp / "names")
        for label, path in names.items():
            rows.append(_row(f"file name: {label} ({escape_controls(path.name)})", path, tmp))
        texts = tmp / "texts"
        texts.mkdir()
        for i, tc in enumerate(text_cases()):
            path = texts / f"t{i}.txt"
            path.write_bytes(tc.file_bytes())
            rows.append(_row(f"text: {tc.name}", path, texts))
    print("| case | result | encoding | problems (severity) | CLI exit |")
    print("|---|---|---|---|---|")
    print("\n".join(rows))
    print(f"\n{len(rows)} cases; the 50 MB article and the 5,000-file directory are tested apart.")


if __name__ == "__main__":
    main()
