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
