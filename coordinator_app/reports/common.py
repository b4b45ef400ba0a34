"""Small building blocks shared by the documents: headings, user paragraphs, numbers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from coordinator_app.reports.styles import styles
from coordinator_app.reports.text import TEXT_LIMIT, markup

DASH = "–"


def user_paragraph(
    text: str | None, style: ParagraphStyle | None = None, *, limit: int | None = TEXT_LIMIT
) -> Paragraph:
    """A paragraph of user text (a note, a description), printed literally, line breaks kept."""
    return Paragraph(markup(text, limit=limit), style or styles().body)


def text_paragraph(markup_text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of the application's own markup; user parts must come from ``markup()``."""
    return Paragraph(markup_text, style or styles().body)


HEADING_ROOM = 32 * mm  # a heading starts a new page when less than this is left
SUBHEADING_ROOM = 24 * mm


def heading(text: str) -> Flowable:
    return KeepTogether([CondPageBreak(HEADING_ROOM), Paragraph(markup(text), styles().h1)])


def subheading(text: str) -> Flowable:
    return KeepTogether([CondPageBreak(SUBHEADING_ROOM), Paragraph(markup(text), styles().h2)])


def title_block(title: str, subtitle: str = "") -> list[Flowable]:
    s = styles()
    block: list[Flowable] = [Paragraph(markup(title, limit=300), s.title)]
    if subtitle:
        block.append(Paragraph(markup(subtitle, limit=600), s.subtitle))
    else:
        block.append(Spacer(1, 4 * mm))
    return block


def note(text: str) -> Paragraph:
    """A muted remark of the application (e.g. "Geen evaluaties vastgelegd.")."""
    return Paragraph(markup(text), styles().muted)


def section(title: str, *content: Flowable) -> list[Flowable]:
    """A heading and its content; the heading is never left alone at the foot of a page."""
    return [heading(title), *content]


def percent(rate: float | None) -> str:
    """0.823 -> "82%"; no rate -> "–"."""
    return DASH if rate is None else f"{rate * 100:.0f}%"


def decimal(value: float | None, digits: int = 1) -> str:
    """4.25 -> "4,3" (a Dutch decimal comma)."""
    return DASH if value is None else f"{value:.{digits}f}".replace(".", ",")


def time_range(start: dt.time, end: dt.time) -> str:
    return f"{start:%H:%M}–{end:%H:%M} uur"


def join_names(names: Sequence[str], empty: str = DASH) -> str:
    return ", ".join(n for n in names if n) or empty
