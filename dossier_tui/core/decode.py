"""Bytes to text: BOMs, UTF-16/32, cp1252 smart quotes, Latin-1; line endings kept as they are.

Offsets everywhere point into the decoded text, so nothing here normalises newlines or drops
characters: a BOM is the only thing removed (as every editor does), and a NUL becomes U+FFFD so
the text keeps its length and no raw NUL reaches a terminal.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_SAMPLE = 8192
_NON_ASCII = re.compile(r"[^\x00-\x7f]")

# Magic numbers of files people keep beside their clippings.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.odt/.epub)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"MZ", "a Windows executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"{\\rtf", "an RTF document"),
    (b"RIFF", "a RIFF media file"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
)

_WEAK_MAGIC = {b"MZ", b"BZh", b"ID3", b"RIFF", b"OggS"}

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control bytes that plain text does not contain (tab, LF, VT, FF, CR and ESC are allowed).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    doubt: str | None = None
    """Why the decoding may be wrong (shown to the user as a warning), or ``None``."""


def _bom(data: bytes) -> tuple[int, str] | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return len(bom), enc
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 text without a BOM has NULs in every other byte (for Latin script)."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul = even.count(0) / len(even)
    odd_nul = odd.count(0) / max(1, len(odd))
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def sniff_binary(data: bytes) -> str | None:
    """Say what a non-text file is ("a PNG image"), or ``None`` when it looks like text."""
    if _bom(data) is not None:
        return None
    for magic, what in _MAGIC:
        if data.startswith(magic):
            # Short magic numbers ("MZ") can start a text file: trust them only with binary bytes.
            if magic in _WEAK_MAGIC and not _looks_binary(data[:_SAMPLE]):
                continue
            return what
    sample = data[:_SAMPLE]
    if _utf16_without_bom(sample):
        return None
    if _looks_binary(sample):
        return "binary data"
    return None


def _looks_binary(sample: bytes) -> bool:
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    nuls = sample.count(0)
    # A stray NUL or two is damaged text (flagged on decoding); many controls are not text.
    if controls / len(sample) > 0.10 or nuls / len(sample) > 0.05:
        return True
    # Random bytes have ~10% controls, so the line above catches only half of them. Text in an
    # 8-bit encoding has next to none: with bytes that are not UTF-8 either, 2% is enough.
    return controls / len(sample) > 0.02 and not _utf8_prefix(sample)


def _utf8_prefix(sample: bytes) -> bool:
    """The sample is valid UTF-8 (a character cut at its end allowed)."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _c1_ratio(data: bytes) -> float:
    c1 = len(data) - len(data.translate(None, bytes(range(0x80, 0xA0))))
    return c1 / max(1, len(data))


def _decode_8bit(data: bytes) -> Decoded:
    """Not UTF-8: cp1252 (smart quotes in 0x80-0x9F) or Latin-1; either is a guess, so say so."""
    high = len(data) - len(data.translate(None, bytes(range(0x80, 0x100))))
    try:
        utf8_like = data.decode("utf-8", errors="replace")
    except Exception:  # pragma: no cover - errors="replace" does not raise
        utf8_like = ""
    bad = utf8_like.count("\ufffd")
    # Mostly UTF-8 with a few damaged bytes: keep UTF-8 rather than garble every accent. Damage
    # is counted in sequences (an encoded lone surrogate is three bad bytes) against the
    # characters that did decode as multi-byte UTF-8, which 8-bit text almost never contains.
    damaged = len(re.findall("\ufffd+", utf8_like))
    decoded = len(_NON_ASCII.findall(utf8_like)) - bad
    if bad and high and (bad * 4 < high or decoded >= damaged):
        return Decoded(utf8_like, "utf-8", f"{damaged} invalid UTF-8 byte sequence(s) replaced with �")
    if _c1_ratio(data) > 0:
        try:
            return Decoded(data.decode("cp1252"), "cp1252", "not valid UTF-8; read as Windows-1252 (cp1252)")
        except UnicodeDecodeError:
            pass
    return Decoded(data.decode("latin-1"), "latin-1", "not valid UTF-8; read as Latin-1 (ISO-8859-1)")


def _replace_nuls(dec: Decoded) -> Decoded:
    n = dec.text.count("\x00")
    if not n:
        return dec
    why = f"{n} NUL character(s) replaced with �"
    doubt = why if dec.doubt is None else f"{dec.doubt}; {why}"
    return Decoded(dec.text.replace("\x00", "\ufffd"), dec.encoding, doubt)


def decode_bytes(data: bytes) -> Decoded:
    """Decode article bytes; never raises. BOMs are removed so offsets match what editors show."""
    bom = _bom(data)
    if bom is not None:
        skip, enc = bom
        body = data[skip:]
        text = body.decode(enc, errors="replace")
        doubt = None
        if "\ufffd" in text and "\ufffd".encode(enc) not in body:
            doubt = f"invalid {enc.upper()} bytes replaced with �"
        return _replace_nuls(Decoded(text, "utf-8-sig" if enc == "utf-8" else enc, doubt))
    guess = _utf16_without_bom(data[:_SAMPLE])
    if guess is not None:
        text = data.decode(guess, errors="replace")
        return _replace_nuls(Decoded(text, guess, f"no byte order mark; read as {guess.upper()}"))
    try:
        return _replace_nuls(Decoded(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        return _replace_nuls(_decode_8bit(data))
