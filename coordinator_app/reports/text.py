"""User text on its way into a PDF: the one place where it is cleaned, cut and escaped.

reportlab's Paragraph reads a small markup language: ``<b>``, ``<font>``, ``<a
href>`` (a live link), ``<img src>`` (which *loads a file*), entities such as
``&amp;``. A name or note typed by a user must never be read as that markup, so
every piece of user text that reaches a Paragraph goes through :func:`markup`,
and only through it. It

* cleans the text (:func:`clean`): Unicode NFC, no control characters, no lone
  surrogates;
* cuts very long values (:func:`clip`) with a visible Dutch marker, so that one
  30,000-character note cannot swamp a document;
* escapes ``&``, ``<``, ``>`` and ``"``, so the text prints literally;
* keeps line breaks (``<br/>``);
* switches the font for runs of Chinese, Japanese or Korean characters, which
  DejaVu Sans cannot print (see :mod:`coordinator_app.reports.fonts`).

Table cells that fit on one line in DejaVu are drawn as plain strings, which
reportlab never parses as markup; :func:`cell` chooses between the two.
"""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from coordinator_app.reports.fonts import FONT, covered, font_runs

# Defaults for how much of one value a document prints.
TEXT_LIMIT = 12_000  # a free text in the flow of the document (it may span pages)
CELL_LIMIT = 400  # a value inside a table cell (a row must fit on one page)
NAME_LIMIT = 160  # a name on a badge or in a heading

_KEEP_CONTROLS = {"\n", "\t"}
_WIDEST_ASCII = 1.11  # em: no ASCII letter of DejaVu Sans (Bold) is wider
_ESCAPES = {'"': "&quot;"}


def dutch_number(value: int) -> str:
    """12.345: the thousands separator a Dutch reader expects."""
    return f"{value:,}".replace(",", ".")


def clean(text: str | None) -> str:
    """The text as it should print: NFC, newlines as \\n, nothing unprintable."""
    if not text:
        return ""
    if text.isascii() and text.isprintable():
        return text  # the common case, with nothing to do
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    kept = []
    for char in text:
        if char in _KEEP_CONTROLS:
            kept.append(char)
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Cs", "Co", "Cn") or category == "Zl" or category == "Zp":
            if category in ("Zl", "Zp"):
                kept.append("\n")
            continue
        kept.append(char)
    return "".join(kept).replace("\t", " ")


def cut_marker(hidden: int, total: int) -> str:
    return (
        f" […] (ingekort: {dutch_number(hidden)} van {dutch_number(total)} tekens niet afgedrukt)"
    )


def clip(text: str, limit: int | None) -> tuple[str, str]:
    """``text`` cut to ``limit`` characters, and the marker to show after it ("" if whole)."""
    if limit is None or len(text) <= limit:
        return text, ""
    kept = text[:limit]
    # Do not leave a combining mark without its base, nor end in the middle of a word
    # when a space is near.
    space = kept.rfind(" ", max(0, limit - 40))
    if space > 0:
        kept = kept[:space]
    while kept and unicodedata.combining(kept[-1]):
        kept = kept[:-1]
    return kept, cut_marker(len(text) - len(kept), len(text))


def _escape_run(text: str, newlines: bool) -> str:
    escaped = escape(text, _ESCAPES)
    if newlines:
        return escaped.replace("\n", "<br/>")
    return escaped.replace("\n", " ")


def markup(text: str | None, *, limit: int | None = TEXT_LIMIT, newlines: bool = True) -> str:
    """User text as Paragraph markup that prints exactly as written (see the module doc)."""
    body, marker = clip(clean(text), limit)
    parts = []
    for run in font_runs(body):
        escaped = _escape_run(run.text, newlines)
        if run.font == FONT:
            parts.append(escaped)
        else:
            parts.append(f'<font face="{run.font}">{escaped}</font>')
    if marker:
        parts.append(f"<i>{escape(marker)}</i>")
    return "".join(parts)


def plain(text: str | None, limit: int | None = CELL_LIMIT) -> str:
    """User text for places that draw plain strings (chart labels, PDF metadata)."""
    body, marker = clip(" ".join(clean(text).split()), limit)
    return body + marker


def cell(
    text: str | None, style: ParagraphStyle, width: float, *, limit: int = CELL_LIMIT
) -> str | Paragraph:
    """A table cell: a plain string (wrapped into lines if need be) when DejaVu can print
    it, else a Paragraph (CJK runs, words longer than the column).

    Plain strings are an order of magnitude cheaper to lay out than Paragraphs, which
    matters for tables with hundreds of rows; reportlab draws them as they are,
    without reading markup. The table's style must use ``style``'s font, size and
    leading, and left alignment for wrapped text.
    """
    value = plain(text, limit)
    size = style.fontSize
    if value.isascii() and len(value) * size * _WIDEST_ASCII <= width:
        return value  # short enough to fit whatever its letters (plain() left no newline)
    if covered(value):
        if stringWidth(value, style.fontName, size) <= width:
            return value
        lines = wrap_lines(value, style.fontName, size, width)
        if lines is not None:
            return "\n".join(lines)
    return Paragraph(markup(value, limit=None, newlines=False), style)


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str] | None:
    """``text`` broken into lines at spaces to fit ``width``; None if one word is wider.

    Drawn as a multi-line plain string, a wrapped cell costs a fraction of a
    Paragraph; a word that needs breaking inside goes to a Paragraph instead.
    """
    space = stringWidth(" ", font, size)
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for word in text.split(" "):
        if not word:
            continue
        word_width = stringWidth(word, font, size)
        if word_width > width:
            return None
        if current and used + space + word_width > width:
            lines.append(" ".join(current))
            current, used = [word], word_width
        else:
            used += word_width + (space if current else 0.0)
            current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines
