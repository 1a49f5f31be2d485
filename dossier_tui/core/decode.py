"""Bytes to text: BOMs, UTF-16, cp1252 smart quotes, line endings kept as they are."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    doubt: str | None = None
    """Why the decoding may be wrong (shown to the user as a warning), or ``None``."""


def decode_bytes(data: bytes) -> Decoded:
    """Decode article bytes; never raises. BOMs are removed so offsets match what editors show."""
    if data.startswith(b"\xef\xbb\xbf"):
        return Decoded(data[3:].decode("utf-8", errors="replace"), "utf-8-sig")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Decoded(data.decode("utf-16", errors="replace"), "utf-16")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return Decoded(data.decode("cp1252"), "cp1252", "not valid UTF-8; read as cp1252")
    except UnicodeDecodeError:
        return Decoded(data.decode("latin-1"), "latin-1", "not valid UTF-8; read as Latin-1")
