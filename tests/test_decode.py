"""Decoding: every common encoding reads right, doubt is flagged, and nothing raises."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dossier_tui.core.decode import decode_bytes, sniff_binary

TEXT = "“Tell Trump,” he said — café, Zelenskyy’s\r\nnext line\rlast\n"


def test_utf8_plain_and_with_bom():
    assert decode_bytes(TEXT.encode()).text == TEXT
    dec = decode_bytes(b"\xef\xbb\xbf" + TEXT.encode())
    assert (dec.text, dec.encoding, dec.doubt) == (TEXT, "utf-8-sig", None)


def test_utf16_and_utf32_with_bom():
    for bom, enc in [(b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")]:
        dec = decode_bytes(bom + TEXT.encode(enc))
        assert (dec.text, dec.encoding, dec.doubt) == (TEXT, enc, None)
    dec = decode_bytes(b"\xff\xfe\x00\x00" + TEXT.encode("utf-32-le"))
    assert dec.text == TEXT


def test_utf16_without_bom_is_read_but_flagged():
    dec = decode_bytes("Plain English text, said the minister.".encode("utf-16-le"))
    assert dec.text == "Plain English text, said the minister."
    assert dec.doubt and "byte order mark" in dec.doubt


def test_cp1252_smart_quotes():
    dec = decode_bytes("“Tell Trump,” he said — it’s fine".encode("cp1252"))
    assert dec.text == "“Tell Trump,” he said — it’s fine"
    assert dec.encoding == "cp1252" and dec.doubt


def test_latin1():
    dec = decode_bytes("café in Zürich".encode("latin-1"))
    assert dec.text == "café in Zürich"
    assert dec.encoding == "latin-1" and "Latin-1" in dec.doubt


def test_mostly_utf8_with_a_bad_byte_stays_utf8():
    data = "Zelenskyy’s “talks” in Kyiv — café".encode() + b"\xff" + b" more"
    dec = decode_bytes(data)
    assert dec.encoding == "utf-8"
    assert dec.text == "Zelenskyy’s “talks” in Kyiv — café\ufffd more"
    assert "invalid UTF-8" in dec.doubt


def test_nul_bytes_are_replaced_keeping_length():
    dec = decode_bytes(b"ab\x00cd")
    assert dec.text == "ab\ufffdcd"
    assert "NUL" in dec.doubt


def test_line_endings_are_kept():
    assert decode_bytes(b"a\r\nb\rc\n").text == "a\r\nb\rc\n"


def test_binary_sniffing():
    assert sniff_binary(b"\x89PNG\r\n\x1a\n\x00\x00") == "a PNG image"
    assert sniff_binary(b"PK\x03\x04rest") is not None
    assert sniff_binary(b"%PDF-1.7\n") == "a PDF document"
    assert sniff_binary(bytes(range(32)) * 20) == "binary data"
    assert sniff_binary(TEXT.encode()) is None
    assert sniff_binary(b"\xff\xfe" + TEXT.encode("utf-16-le")) is None
    assert sniff_binary("Plain text here".encode("utf-16-be")) is None
    assert sniff_binary(b"MZ is how this article starts, with letters.") is None


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_decode_without_raising(data):
    dec = decode_bytes(data)
    assert isinstance(dec.text, str)
    assert "\x00" not in dec.text
    assert not dec.text.startswith("\ufeff")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200).filter(lambda t: "\x00" not in t and not t.startswith("\ufeff")))
def test_any_utf8_text_round_trips(text):
    dec = decode_bytes(text.encode("utf-8"))
    if dec.encoding == "utf-8":
        assert dec.text == text and dec.doubt is None
    else:  # text that looks like UTF-16 without a BOM: read otherwise, but flagged
        assert dec.doubt


def test_random_bytes_are_binary_even_with_few_controls():
    """Random bytes hold ~10% control bytes, on either side of the plain threshold; bytes that are
    not UTF-8 with more than a sprinkling of controls are no article in any 8-bit encoding."""
    import random

    rng = random.Random(7)
    for _ in range(200):
        assert sniff_binary(rng.randbytes(2048)) == "binary data"
    text = "“Quoted,” she said. Café – naïve.\n".encode("cp1252") * 60
    assert sniff_binary(text) is None  # 8-bit text with no controls stays text
    assert sniff_binary(text[:500] + b"\x01\x02" + text[500:]) is None  # two stray controls too
