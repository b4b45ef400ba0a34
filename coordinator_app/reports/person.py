"""Inzage: everything stored about one person, as a readable PDF (AVG art. 15).

The same sections as the Excel export (:mod:`coordinator_app.excel.person`): the
particulars as label-value pairs, every other section as a table, the change
history with one line per changed field. Nothing is left out because it is long:
tables run over as many pages as they need.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from coordinator_app.reports import ReportResult, suggested_filename
from coordinator_app.reports.common import note, section, text_paragraph, title_block
from coordinator_app.reports.document import DocumentSpec, Letterhead, build_pdf, frame_width
from coordinator_app.reports.fonts import FONT, FONT_BOLD
from coordinator_app.reports.styles import CELL_SIZE, styles
from coordinator_app.reports.tables import PADDING, Cell, data_table, facts_table
from coordinator_app.reports.text import CELL_LIMIT, markup
from coordinator_app.services.dutch import long_date
from coordinator_app.services.privacy import (
    PersonData,
    PersonSection,
    readable_sections,
    shown_value,
    trainee_data,
)
from coordinator_app.services.progress import NO_PROGRESS, Progress

PARTICULARS = "Persoonsgegevens"
HISTORY = "Wijzigingsgeschiedenis"
MIN_COLUMN = 12 * mm
# Texts in a table are cut at CELL_LIMIT characters elsewhere; an inzage prints all.
FULL_TEXT = 20_000


def load(db: Any, trainee_id: int, today: dt.date) -> PersonData:
    return trainee_data(db, trainee_id, today)


def _text_cell(value: Any) -> Cell:
    """A value as a table cell; long free text as a wrapping paragraph, printed in full."""
    text = shown_value(value)
    if len(text) > CELL_LIMIT or "\n" in text:
        return Paragraph(markup(text, limit=FULL_TEXT), styles().cell)
    return text


def _natural(texts: list[str], font: str, size: float) -> tuple[float, float]:
    """(widest whole value, widest single word) of a column, in points."""
    whole = word = 0.0
    for text in texts:
        for line in text.splitlines() or [""]:
            whole = max(whole, stringWidth(line, font, size))
            for part in line.split():
                word = max(word, stringWidth(part, font, size))
    return whole + 2 * PADDING + 1, min(word + 2 * PADDING + 1, 30 * mm)


def _widths(rows: list[list[str]], headers: list[str], width: float) -> list[float]:
    """Columns as wide as their values where the page allows; the widest ones share the rest.

    Short values (dates, statuses, numbers) never wrap; long texts get the room left.
    """
    styles()  # the fonts must be registered before anything is measured
    columns = [[row[i] for row in rows] for i in range(len(headers))]
    natural, minimum = [], []
    for header, texts in zip(headers, columns, strict=True):
        whole, word = _natural(texts, FONT, CELL_SIZE)
        # a header that does not fit on one line wraps as a paragraph in the cell font
        head_whole, head_word = _natural([header], FONT_BOLD, CELL_SIZE)
        natural.append(max(whole, head_word))
        minimum.append(max(word, head_word, min(head_whole, 22 * mm), MIN_COLUMN))
    if sum(natural) <= width:
        spare = width - sum(natural)
        return [n + spare * n / sum(natural) for n in natural]
    widths = list(natural)
    flexible = set(range(len(widths)))
    while True:
        room = width - sum(widths[i] for i in range(len(widths)) if i not in flexible)
        fixed = {i for i in flexible if natural[i] <= room / len(flexible)}
        if not fixed or fixed == flexible:
            break
        flexible -= fixed
    if room <= 0:  # even the short columns do not fit: shrink everything alike
        return [w * width / sum(widths) for w in widths]
    total_natural = sum(natural[i] for i in flexible)
    for i in flexible:  # in proportion to what they hold, never below the longest word
        widths[i] = max(minimum[i], room * natural[i] / total_natural)
    excess = sum(widths[i] for i in flexible) - room
    if excess > 0:
        above = {i: widths[i] - minimum[i] for i in flexible if widths[i] > minimum[i]}
        slack = sum(above.values())
        for i, extra in above.items():
            widths[i] -= excess * extra / slack if slack > excess else extra
    total = sum(widths)
    if total > width:
        widths = [w * width / total for w in widths]
    return widths


def _table(part: PersonSection, width: float) -> Flowable:
    shown = [[shown_value(v) for v in row] for row in part.rows]
    cells = [[_text_cell(v) for v in row] for row in part.rows]
    return data_table(part.headers, cells, _widths(shown, part.headers, width))


def story(data: PersonData, letterhead: Letterhead) -> tuple[DocumentSpec, list[Flowable]]:
    made_on = data.made_on or letterhead.made_on
    spec = DocumentSpec(
        title=f"Inzage persoonsgegevens: {data.name}",
        programme="",
        letterhead=letterhead,
        subject="Inzageverzoek (AVG)",
    )
    width = frame_width(spec)
    parts: list[Flowable] = [
        *title_block(
            f"Inzage persoonsgegevens: {data.name}",
            f"Alles wat Coordinator over deze persoon bewaart, op {long_date(made_on)}",
        ),
        text_paragraph(
            "Dit overzicht bevat alle gegevens die in Coordinator over "
            f"<b>{markup(data.name)}</b> zijn vastgelegd: persoonsgegevens, voorkeuren, "
            "plaatsingen, evaluaties, aanwezigheid bij bijeenkomsten en de geschiedenis "
            "van de wijzigingen (wie wat wanneer heeft veranderd). Datums staan als "
            "dag-maand-jaar; tijden van de geschiedenis in UTC."
        ),
    ]
    for part in readable_sections(data):
        if part.title == PARTICULARS and len(part.rows) == 1:
            pairs = [(h, v) for h, v in zip(part.headers, part.rows[0], strict=True)]
            parts += section(
                part.title,
                facts_table([(h, _text_cell(v)) for h, v in pairs], width, 48 * mm),
            )
        elif not part.rows:
            parts += section(part.title, note("Hierover is niets vastgelegd."))
        else:
            parts += section(part.title, _table(part, width))
    return spec, parts


def make_person_report(
    context: Any, trainee_id: int, out: Path | IO[bytes], progress: Progress = NO_PROGRESS
) -> ReportResult:
    """The inzage PDF of one trainee, written to ``out`` (a file only its owner can read)."""
    progress.report(0, None, "Gegevens ophalen")
    with context.read_session() as db:
        data = load(db, trainee_id, context.today)
    spec, flowables = story(data, Letterhead.from_context(context))
    pages = build_pdf(out, spec, flowables, progress)
    return ReportResult(pages, spec.title, suggested_filename(spec.title))
