"""The fonts of every document: DejaVu Sans (shipped, embedded) and CID fallbacks for CJK.

reportlab's built-in Helvetica knows only Latin-1, so a name like "Łukasz",
"Nguyễn" or "Дмитрий" would print as boxes. DejaVu Sans (resources/fonts, with its
licence) covers Latin with every Dutch diacritic and the ĳ ligature, Turkish,
Polish, Vietnamese, Greek and Cyrillic. It has no Chinese, Japanese or Korean
glyphs: runs of those characters switch to one of reportlab's CID fonts, which
the PDF viewer supplies (Adobe's Asian fonts or the system's substitutes), so
nothing large needs to be shipped.

Registration is idempotent and cheap after the first call; reportlab keeps fonts
in a process-wide registry, which is the only global involved.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

from coordinator_app.paths import resources_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
CJK_FONT = "STSong-Light"  # Simplified Chinese; its character set includes kana
HANGUL_FONT = "HYSMyeongJo-Medium"  # Korean

_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_lock = threading.Lock()
_registered = False


class FontMissing(RuntimeError):
    """The shipped font files are not where the application expects them."""


def register_fonts() -> None:
    """Make the DejaVu family and the CJK fallbacks known to reportlab (once)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = resources_dir() / "fonts"
        for name, filename in _FILES.items():
            path = folder / filename
            if not path.is_file():
                raise FontMissing(
                    f"Het lettertype {path} ontbreekt; installeer Coordinator opnieuw."
                )
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # <b> and <i> inside a Paragraph pick the matching face of the family.
        addMapping(FONT, 0, 0, FONT)
        addMapping(FONT, 1, 0, FONT_BOLD)
        addMapping(FONT, 0, 1, FONT_ITALIC)
        addMapping(FONT, 1, 1, FONT_BOLD_ITALIC)
        for cid in (CJK_FONT, HANGUL_FONT):
            pdfmetrics.registerFont(UnicodeCIDFont(cid))
        _registered = True


@cache
def _dejavu_codepoints() -> frozenset[int]:
    register_fonts()
    face = pdfmetrics.getFont(FONT).face
    return frozenset(face.charToGlyph)


def _is_hangul(code: int) -> bool:
    return 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F


def _is_cjk(code: int) -> bool:
    return (
        0x2E80 <= code <= 0x2FDF  # radicals
        or 0x3000 <= code <= 0x30FF  # CJK punctuation, hiragana, katakana
        or 0x3100 <= code <= 0x312F  # bopomofo
        or 0x31C0 <= code <= 0x31FF  # strokes, katakana extension
        or 0x3200 <= code <= 0x4DBF  # enclosed CJK, compatibility, extension A
        or 0x4E00 <= code <= 0x9FFF  # unified ideographs
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs
        or 0xFE30 <= code <= 0xFE4F  # compatibility forms
        or 0xFF00 <= code <= 0xFFEF  # half- and full-width forms
    )


def font_for(char: str) -> str:
    """The font that has a glyph for ``char``: DejaVu first, then the CJK fallbacks.

    A character that no font has stays with DejaVu (it prints as an empty box but
    keeps its place in the text, so the document still builds and still extracts).
    """
    code = ord(char)
    if code < 0x80 or code in _dejavu_codepoints():
        return FONT
    if _is_hangul(code):
        return HANGUL_FONT
    if _is_cjk(code):
        return CJK_FONT
    return FONT


def covered(text: str) -> bool:
    """Whether DejaVu alone can print ``text`` (the fast path for table cells)."""
    if text.isascii():
        return True
    known = _dejavu_codepoints()
    return all(ord(ch) in known for ch in text)


@dataclass(frozen=True)
class Run:
    font: str
    text: str


def font_runs(text: str) -> list[Run]:
    """Split ``text`` into runs that each print in one font."""
    runs: list[Run] = []
    current_font = ""
    start = 0
    for index, char in enumerate(text):
        if unicodedata.combining(char) and index > 0:
            continue  # a combining mark stays with its base character
        font = font_for(char)
        if font != current_font:
            if index > start:
                runs.append(Run(current_font, text[start:index]))
            current_font, start = font, index
    if len(text) > start:
        runs.append(Run(current_font or FONT, text[start:]))
    return runs
