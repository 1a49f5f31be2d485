"""Generates hostile and messy input files into a directory (no checked-in blobs).

Each case says what loading it must produce: the article loads (maybe with one warning), or the
file is skipped with exactly one problem naming it.
"""

from __future__ import annotations

import io
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

ARTICLE = (
    "Minister Says Talks Will Resume\n\n"
    "By Jane Doe\n\n"
    "“We will meet again,” the minister said on Tuesday.\n\n"
    "Officials said the café in Minsk would host the talks.\n"
)


@dataclass(frozen=True)
class Case:
    name: str
    """Path relative to the corpus root."""
    loads: bool
    """Whether an article comes out of it."""
    problem: str | None = None
    """A substring of the one problem it must give (``None``: no problem at all)."""
    severity: str = "error"
    expect_text: str | None = None
    """For loaded cases: the decoded text the article must have."""


def _zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("article.txt", ARTICLE)
    return buf.getvalue()


def _png_bytes() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 4


def can_deny_reading() -> bool:
    """Root reads files whatever their mode, so permission cases only work for other users."""
    return hasattr(os, "geteuid") and os.geteuid() != 0


def make_corpus(root: Path) -> list[Case]:
    """Write the hostile files under ``root`` and return what each must produce."""
    root.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []

    def write(name: str, data: bytes, case: Case) -> None:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        cases.append(case)

    text = ARTICLE
    write("utf8.txt", text.encode("utf-8"), Case("utf8.txt", True, expect_text=text))
    write(
        "utf8_bom.txt", b"\xef\xbb\xbf" + text.encode("utf-8"), Case("utf8_bom.txt", True, expect_text=text)
    )
    write("utf16le.txt", b"\xff\xfe" + text.encode("utf-16-le"), Case("utf16le.txt", True, expect_text=text))
    write("utf16be.txt", b"\xfe\xff" + text.encode("utf-16-be"), Case("utf16be.txt", True, expect_text=text))
    write(
        "cp1252.txt",
        text.encode("cp1252"),
        Case("cp1252.txt", True, "cp1252", "warning", expect_text=text),
    )
    latin = "Minister in Zürich\n\nThe café reopened on Tuesday, officials said.\n"
    write(
        "latin1.txt",
        latin.encode("latin-1"),
        Case("latin1.txt", True, "Latin-1", "warning", expect_text=latin),
    )
    broken = text.encode("utf-8").replace(b"Minsk", b"Min\xffsk")
    write(
        "invalid_utf8.txt",
        broken,
        Case(
            "invalid_utf8.txt",
            True,
            "invalid UTF-8",
            "warning",
            expect_text=text.replace("Minsk", "Min\ufffdsk"),
        ),
    )
    crlf = text.replace("\n", "\r\n")
    write("crlf.txt", crlf.encode("utf-8"), Case("crlf.txt", True, expect_text=crlf))
    cr = text.replace("\n", "\r")
    write("cr.txt", cr.encode("utf-8"), Case("cr.txt", True, expect_text=cr))
    nul = text.replace("Tuesday", "Tues\x00day")
    write(
        "nul.txt",
        nul.encode("utf-8"),
        Case("nul.txt", True, "NUL", "warning", expect_text=nul.replace("\x00", "\ufffd")),
    )
    markup = "Title Line Here\n\n[@click=app.quit]x[/] \x1b[31mred\x1b[0m \x1b]52;c;aGk=\x07 said “hi.”\n"
    write("markup.md", markup.encode("utf-8"), Case("markup.md", True, expect_text=markup))
    write("image.png", _png_bytes(), Case("image.png", False, "PNG"))  # skipped: not an article suffix
    cases.pop()  # a .png in a directory is only counted among the skipped files
    write("photo.txt", _png_bytes(), Case("photo.txt", False, "PNG image"))
    write("archive.txt", _zip_bytes(), Case("archive.txt", False, "ZIP archive"))
    write("empty.txt", b"", Case("empty.txt", False, "empty file"))
    write("blank.txt", b" \n\t\r\n   \n", Case("blank.txt", False, "only whitespace"))
    write(
        "nested/deeper/story.md", text.encode("utf-8"), Case("nested/deeper/story.md", True, expect_text=text)
    )
    (root / "nested" / "deeper" / "scan.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    (root / "nested" / "notes.docx").write_bytes(_zip_bytes())

    os.symlink("loop_b.txt", root / "loop_a.txt")
    os.symlink("loop_a.txt", root / "loop_b.txt")
    cases.append(Case("loop_a.txt", False, "symbolic link loop"))
    cases.append(Case("loop_b.txt", False, "symbolic link loop"))
    os.symlink("does-not-exist.txt", root / "dangling.txt")
    cases.append(Case("dangling.txt", False, "broken symbolic link"))
    os.symlink("..", root / "nested" / "back")
    cases.append(Case("nested/back", False, "loop"))
    if hasattr(os, "mkfifo"):
        os.mkfifo(root / "pipe.txt")
        cases.append(Case("pipe.txt", False, "not a regular file"))
    if can_deny_reading():
        path = root / "locked.txt"
        path.write_bytes(text.encode("utf-8"))
        path.chmod(0)
        cases.append(Case("locked.txt", False, "permission denied"))
    return cases


def make_big_article(path: Path, megabytes: int = 50) -> int:
    """A plain article of about ``megabytes`` MB; returns its size in bytes."""
    para = (
        "“The talks will go on for as long as it takes,” the minister said, adding that officials "
        "from both sides had met in Minsk on Tuesday and would meet again next week.\n\n"
    ).encode()
    n = megabytes * 1024 * 1024 // len(para) + 1
    with open(path, "wb") as fh:
        fh.write(b"A Very Long Article\n\n")
        for _ in range(n // 1000):
            fh.write(para * 1000)
        fh.write(para * (n % 1000))
    return path.stat().st_size


def make_many(root: Path, n: int = 5000) -> None:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (root / f"a{i:05d}.txt").write_text(
            f"Short Item {i}\n\n“Item {i} is here,” she said.\n", encoding="utf-8"
        )


def snapshot(root: Path) -> dict[str, tuple[bytes | None, int]]:
    """Bytes and mtime (of the link itself for symlinks) of every entry under ``root``."""
    out: dict[str, tuple[bytes | None, int]] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            p = Path(dirpath, name)
            st = os.lstat(p)
            data = None
            if p.is_file() and not p.is_symlink() and os.access(p, os.R_OK):
                data = p.read_bytes()
            out[str(p)] = (data, st.st_mtime_ns)
    return out


# --- hostile text ------------------------------------------------------------------------------

TITLE = "Minister Says Talks Will Resume\n\n"


@dataclass(frozen=True)
class TextCase:
    name: str
    text: str
    """The article as decoded text (may hold lone surrogates: see ``file_bytes``)."""
    quotes: tuple[str, ...]
    """Quote texts that must be found, exactly, in this order among the article's quotes."""

    def file_bytes(self) -> bytes:
        """The text as a file would hold it: lone surrogates become the invalid bytes a broken
        encoder leaves (``surrogatepass``), which the decoder must replace."""
        return self.text.encode("utf-8", "surrogatepass")


def _nested(depth: int) -> str:
    """Quote marks nested ``depth`` deep, alternating double and single as style guides do."""
    text = "the core"
    for level in range(depth, 0, -1):
        o, c = ("“", "”") if level % 2 else ("‘", "’")
        text = f"{o}level {level} {text} end {level}{c}"
    return text


def text_cases(scale: int = 1) -> list[TextCase]:
    """Hostile article texts with the quotes each must give. ``scale`` multiplies the sizes of the
    size-driven cases (tests use 1; the bench uses more)."""
    nested = _nested(10)
    long_body = ("we will talk and keep talking, " * 3300)[:100_000].strip()
    ok_body = ("we will talk and keep talking, " * 500).strip()
    return [
        TextCase(
            "unbalanced quotes",
            TITLE + "“He said this and “then that,” the minister said, and ” more.\n\n"
            "She said “nothing at all.\n\nOfficials left the room on Tuesday.\n",
            ("then that,", "nothing at all."),
        ),
        TextCase(
            "a quote of 100,000 characters (longer than the 20,000 accepted)",
            TITLE + f"The minister said: “{long_body}.” Then he left.\n\n“Short one,” he said.\n",
            ("Short one,",),
        ),
        TextCase(
            "a quote of 15,500 characters",
            TITLE + f"The minister said: “{ok_body}.” Then he left.\n",
            (ok_body + ".",),
        ),
        TextCase(
            "an article of 10,000 paragraphs",
            TITLE + "".join(f"“Yes {i},” the minister said.\n\n" for i in range(10_000 * scale)),
            tuple(f"Yes {i}," for i in range(10_000 * scale)),
        ),
        TextCase(
            "quote marks nested ten deep",
            TITLE + f"The minister said: {nested} and left.\n",
            (),  # see test_marks_nested_ten_deep_give_one_quote_holding_the_core
        ),
        TextCase(
            "right-to-left text (Arabic, Hebrew) with quotes",
            TITLE + "قال الوزير: «سنلتقي مرة أخرى» يوم الثلاثاء.\n\n"
            "אמר השר: “ניפגש שוב” ביום שלישי.\n\n"
            "\u202e“reversed by an override,” the minister said.\u202c\n",
            ("سنلتقي مرة أخرى", "ניפגש שוב", "reversed by an override,"),
        ),
        TextCase(
            "combining characters",
            TITLE + "“Z\u0301\u0316a\u0336l\u0353g\u035co\u0361 will meet again,” the minister said.\n\n"
            "“Cafe\u0301 talks,” said Zoe\u0308.\n",
            ("Z\u0301\u0316a\u0336l\u0353g\u035co\u0361 will meet again,", "Cafe\u0301 talks,"),
        ),
        TextCase(
            "emoji (ZWJ sequences, flags, skin tones)",
            TITLE + "“We 👨‍👩‍👧‍👦 will 🇺🇦🇧🇾 meet 🏳️‍🌈 again 👍🏽,” the minister said 🙂.\n",
            ("We 👨‍👩‍👧‍👦 will 🇺🇦🇧🇾 meet 🏳️‍🌈 again 👍🏽,",),
        ),
        TextCase(
            "zero-width characters (ZWSP, ZWJ, BOM mid-text)",
            TITLE + "“We\u200b will\u200d meet\ufeff again,\u2060” the\u200c minister said.\n\n"
            "\u200b“\u200bhidden words here\u200b”\u200b\n",
            ("We\u200b will\u200d meet\ufeff again,\u2060", "\u200bhidden words here\u200b"),
        ),
        TextCase(
            "lone surrogates from a broken decode",
            TITLE + "“We \ud83d will meet \udc00 again,” the minister said.\n",
            ("We \ud83d will meet \udc00 again,",),
        ),
        TextCase(
            "NUL and other C0/C1 controls",
            TITLE + "“We\x00 will\x07 meet\x1b[31m again\x9b1m,\x85” the minister said\x7f.\n\n"
            "“Bell\x07 and \x1b]52;c;aGk=\x07 clipboard,” he said.\n",
            ("We\x00 will\x07 meet\x1b[31m again\x9b1m,\x85", "Bell\x07 and \x1b]52;c;aGk=\x07 clipboard,"),
        ),
        TextCase(
            "U+2028/U+2029 line and paragraph separators",
            TITLE + "“We will meet again,”\u2028the minister said.\u2029“Then we talk,” he said.\n",
            ("We will meet again,", "Then we talk,"),
        ),
        TextCase(
            "one line of 200,000 characters",
            TITLE + "“We will meet again,” the minister said, and officials agreed. " * (3200 * scale) + "\n",
            ("We will meet again,",) * (3200 * scale),
        ),
        TextCase(
            "thousands of quote marks in one paragraph",
            TITLE
            + "“a” " * (2000 * scale)
            + "said the minister.\n\n"
            + '"' * (5000 * scale)
            + "\n\n"
            + "“Still found,” he said.\n",
            ("a",) * (2000 * scale) + ("Still found,",),
        ),
        TextCase(
            "runs of apostrophes and typewriter quotes",
            TITLE + "don't '90s leaders' " * 500 + "''" * 2000 + "\n\n''Typewriter style,'' he said.\n",
            ("Typewriter style,",),
        ),
        TextCase(
            "markup and escape sequences",
            TITLE + "[@click=app.quit]x[/] “We [bold]will[/bold] meet \x1b]52;c;aGk=\x07again,” the minister "
            "said.\n",
            ("We [bold]will[/bold] meet \x1b]52;c;aGk=\x07again,",),
        ),
    ]


def check_dossier(d) -> None:
    """The invariants every dossier keeps, whatever its input: exact offsets, quotes inside body
    paragraphs, unique ids, speakers that exist, evidence spans inside the text."""
    assert len({a.id for a in d.articles}) == len(d.articles)
    ids: set[str] = set()
    for art in d.articles:
        for p in art.paragraphs:
            for a, b in p.segments:
                assert 0 <= a < b <= len(art.text)
        body = {p.index for p in art.paragraphs if p.kind == "body"}
        prev_end = -1
        for q in d.quotes_in(art.id):
            assert q.article == art.id
            assert art.text[q.start : q.end] == q.text, q.id
            assert 0 <= q.start < q.end <= len(art.text)
            assert q.start >= prev_end, "quotes overlap"
            prev_end = q.end
            assert q.id not in ids
            ids.add(q.id)
            para = art.paragraphs[q.paragraph]
            assert q.paragraph in body and para.start <= q.start <= para.end
            last = art.paragraph_at(q.end - 1)
            assert last is not None and last.kind == "body" and q.end <= last.end
            assert q.kind in ("full", "fragment", "other")
            for span in (q.mention, q.cue, q.via):
                assert span is None or 0 <= span[0] < span[1] <= len(art.text)
            if q.speaker is not None:
                assert d.speaker(q.speaker) is not None
                assert q.kind != "other"
    assert ids == {q.id for q in d.quotes}
    assert len({s.id for s in d.speakers}) == len(d.speakers)


def quote_texts(d, article_id: str | None = None) -> list[str]:
    return [q.text for q in (d.quotes if article_id is None else d.quotes_in(article_id))]


# --- manifests and hostile file names ----------------------------------------------------------


@dataclass(frozen=True)
class DirCase:
    name: str
    """A directory under the root, given to dossier as the one path."""
    loads: bool
    problems: tuple[str, ...]
    """Substrings of the problems it must give, in order."""


def make_dir_cases(root: Path) -> list[DirCase]:
    """Broken manifests, each in its own directory beside a good article."""
    root.mkdir(parents=True, exist_ok=True)
    cases: list[DirCase] = []

    def make(name: str, manifest: str, case: DirCase) -> None:
        d = root / name
        d.mkdir()
        (d / "a.txt").write_text(ARTICLE, encoding="utf-8")
        (d / "dossier.toml").write_text(manifest, encoding="utf-8")
        cases.append(case)

    make(
        "toml_syntax",
        'title = "unclosed\n[[articles]\nfile =\n',
        DirCase("toml_syntax", True, ("dossier.toml: manifest is not valid TOML",)),
    )
    make(
        "toml_missing",
        '[[articles]]\nfile = "a.txt"\n[[articles]]\nfile = "gone.txt"\n',
        DirCase("toml_missing", True, ("gone.txt: file not found (named in the manifest)",)),
    )
    make(
        "toml_types",
        'title = 5\n[[articles]]\nfile = "a.txt"\ndate = 12\nauthors = [1, 2]\nurl = false\n'
        "[[articles]]\nfile = 7\n",
        DirCase(
            "toml_types",
            True,
            (
                "'title' must be a string, not int",
                "'date' must be a date like 2025-03-05, not 12",
                "'authors' must be a list of strings",
                "'url' must be a non-empty string",
                "#2 has no 'file' string",
            ),
        ),
    )
    return cases


def make_hostile_names(root: Path) -> dict[str, Path]:
    """Files whose names are themselves hostile: an escape sequence (sets the terminal title when
    printed raw) and bytes that are not UTF-8 (lone surrogates once decoded by os.walk)."""
    root.mkdir(parents=True, exist_ok=True)
    escape = root / "title\x1b]0;pwned\x07.txt"
    escape.write_bytes(b"")  # empty: it must be named in a problem
    raw = os.fsencode(root) + b"/caf\xe9-story.txt"
    with open(raw, "wb") as fh:
        fh.write(ARTICLE.encode("utf-8"))
    return {"escape": escape, "not-utf8": Path(os.fsdecode(raw))}
