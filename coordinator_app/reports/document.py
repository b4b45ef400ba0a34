"""The page every document is printed on: A4, letterhead, footer with "Pagina X van Y".

The header carries the organisation's logo and name (from the settings) on the
left and the programme the document is about on the right; the footer the date
the document was made, its title and the page number out of the total. The total
is only known at the end, so the canvas holds every finished page back and draws
the footers when the document is saved.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import IO, Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from coordinator_app.paths import make_private
from coordinator_app.reports.fonts import FONT, FONT_BOLD, font_runs, register_fonts
from coordinator_app.reports.styles import GRID, MUTED, PRIMARY, TEXT
from coordinator_app.reports.text import plain
from coordinator_app.services.dutch import long_date
from coordinator_app.services.progress import NO_PROGRESS, Progress

_log = logging.getLogger(__name__)

PAGE_WIDTH, PAGE_HEIGHT = A4
LOGO_MAX_HEIGHT = 11 * mm
LOGO_MAX_WIDTH = 42 * mm
CREATOR = "Coordinator"


@dataclass(frozen=True)
class Letterhead:
    """What the settings say about the sender, and the day the document was made."""

    organisation: str
    logo_path: str
    made_on: dt.date

    @classmethod
    def from_context(cls, context: Any) -> Letterhead:
        """From an AppContext (typed loosely: this layer does not import the context)."""
        return cls(
            organisation=context.settings.organisation_name or "",
            logo_path=context.settings.logo_path or "",
            made_on=context.today,
        )


@dataclass(frozen=True)
class Margins:
    left: float = 20 * mm
    right: float = 20 * mm
    top: float = 30 * mm
    bottom: float = 22 * mm


@dataclass(frozen=True)
class DocumentSpec:
    title: str  # PDF metadata and the footer
    programme: str  # the header's right-hand side
    letterhead: Letterhead
    subject: str = ""
    margins: Margins = field(default_factory=Margins)
    # Drawn on every page before the content (e.g. the certificate's border).
    decorate: Callable[[Canvas], None] | None = None


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    align: str = "left",
    max_width: float | None = None,
    colour: Any = TEXT,
) -> float:
    """Draw a line of user text with the font fallbacks, cut with "…" to ``max_width``.

    Canvas strings are never read as markup, so no escaping is needed here; the
    text is still cleaned (:func:`plain`). Returns the width drawn.
    """
    base = FONT_BOLD if bold else FONT
    value = plain(text, None)

    def measure(value: str) -> list[tuple[str, str]]:
        return [(base if run.font == FONT else run.font, run.text) for run in font_runs(value)]

    def width_of(parts: list[tuple[str, str]]) -> float:
        return float(sum(stringWidth(t, f, size) for f, t in parts))

    parts = measure(value)
    if max_width is not None and (full := width_of(parts)) > max_width:
        value = value[: int(len(value) * max_width / full) + 1]  # a first guess, then shave
        while value and width_of(measure(value + "…")) > max_width:
            value = value[:-1]
        parts = measure(value.rstrip() + "…") if value else []
    total = width_of(parts)
    start = x - total if align == "right" else x - total / 2 if align == "center" else x
    canvas.saveState()
    canvas.setFillColor(colour)
    cursor = start
    for font, run in parts:
        canvas.setFont(font, size)
        canvas.drawString(cursor, y, run)
        cursor += stringWidth(run, font, size)
    canvas.restoreState()
    return total


class _Logo:
    """The organisation's logo, read once per document; a bad file means no logo."""

    def __init__(self, path: str) -> None:
        self.image: ImageReader | None = None
        self.size = (0.0, 0.0)
        if not path:
            return
        try:
            if not Path(path).is_file():
                raise OSError("not a file")
            image = ImageReader(path)
            width, height = image.getSize()
            if width <= 0 or height <= 0:
                raise ValueError("empty image")
        except Exception as exc:  # any unreadable image: print without a logo
            _log.warning("logo %s not usable: %s", path, exc)
            return
        scale = min(LOGO_MAX_HEIGHT / height, LOGO_MAX_WIDTH / width)
        self.image = image
        self.size = (width * scale, height * scale)


def _draw_header(canvas: Canvas, spec: DocumentSpec, logo: _Logo) -> None:
    margins = spec.margins
    left, right = margins.left, PAGE_WIDTH - margins.right
    line_y = PAGE_HEIGHT - margins.top + 6 * mm
    baseline = line_y + 3.5 * mm
    canvas.saveState()
    if spec.decorate is not None:
        spec.decorate(canvas)
    x = left
    if logo.image is not None:
        width, height = logo.size
        canvas.drawImage(
            logo.image, x, line_y + 2.5 * mm, width, height, mask="auto",
            preserveAspectRatio=True,
        )  # fmt: skip
        x += width + 4 * mm
    half = (right - left) / 2
    organisation = spec.letterhead.organisation
    if organisation:
        draw_text(
            canvas, x, baseline, organisation, 10, bold=True, colour=PRIMARY,
            max_width=max(20 * mm, left + half - x - 4 * mm),
        )  # fmt: skip
    if spec.programme:
        draw_text(
            canvas, right, baseline, spec.programme, 9, align="right", colour=MUTED,
            max_width=half - 4 * mm,
        )  # fmt: skip
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.6)
    canvas.line(left, line_y, right, line_y)
    canvas.restoreState()


def _draw_footer(canvas: Canvas, spec: DocumentSpec, number: int, total: int) -> None:
    margins = spec.margins
    left, right = margins.left, PAGE_WIDTH - margins.right
    y = margins.bottom - 12 * mm
    canvas.saveState()
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.6)
    canvas.line(left, y + 4.5 * mm, right, y + 4.5 * mm)
    made = f"Gemaakt op {long_date(spec.letterhead.made_on)}"
    pages = f"Pagina {number} van {total}"
    used_left = draw_text(canvas, left, y, made, 7.5, colour=MUTED)
    used_right = draw_text(canvas, right, y, pages, 7.5, align="right", colour=MUTED)
    room = (right - left) - 2 * max(used_left, used_right) - 10 * mm
    if room > 20 * mm:
        draw_text(
            canvas, (left + right) / 2, y, spec.title, 7.5, align="center", colour=MUTED,
            max_width=room,
        )  # fmt: skip
    canvas.restoreState()


class _PagedCanvas(Canvas):  # type: ignore[misc]
    """A canvas that keeps finished pages until the end, to number them "X van Y"."""

    def __init__(
        self, *args: Any, footer: Callable[[Canvas, int, int], None], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        if self._code:
            self.showPage()
        total = len(self._held)
        held, self._held = self._held, []
        for number, state in enumerate(held, start=1):
            self.__dict__.update(state)
            self._footer(self, number, total)
            Canvas.showPage(self)
        Canvas.save(self)


class _Document(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, target: Any, spec: DocumentSpec, progress: Progress) -> None:
        margins = spec.margins
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=margins.left,
            rightMargin=margins.right,
            topMargin=margins.top,
            bottomMargin=margins.bottom,
            title=plain(spec.title, 300),
            author=plain(spec.letterhead.organisation, 300),
            subject=plain(spec.subject, 300),
            creator=CREATOR,
            lang="nl-NL",
            initialFontName=FONT,
            initialFontSize=9,
        )
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
        )  # fmt: skip
        logo = _Logo(spec.letterhead.logo_path)
        self.addPageTemplates(
            [PageTemplate(id="page", frames=[frame], onPage=partial(self._header, spec, logo))]
        )
        self._progress = progress
        self._total = 1
        self.setProgressCallBack(self._on_progress)

    @staticmethod
    def _header(spec: DocumentSpec, logo: _Logo, canvas: Canvas, _doc: Any) -> None:
        _draw_header(canvas, spec, logo)

    def _on_progress(self, kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            self._total = max(1, value)
        elif kind == "PROGRESS":
            # Raises Cancelled when the user pressed cancel: the build stops here.
            self._progress.report(value, self._total, "Document opmaken")


def frame_width(spec: DocumentSpec | None = None) -> float:
    margins = spec.margins if spec is not None else Margins()
    return float(PAGE_WIDTH - margins.left - margins.right)


def frame_height(spec: DocumentSpec | None = None) -> float:
    margins = spec.margins if spec is not None else Margins()
    return float(PAGE_HEIGHT - margins.top - margins.bottom)


def build_pdf(
    out: Path | IO[bytes],
    spec: DocumentSpec,
    story: Sequence[Flowable],
    progress: Progress = NO_PROGRESS,
) -> int:
    """Lay out ``story`` on the letterhead and write the PDF; returns the number of pages.

    A file is written under a temporary name and moved into place when complete, so
    a failed or cancelled build never leaves half a PDF behind.
    """
    register_fonts()
    pages: list[int] = []

    def footer(canvas: Canvas, number: int, total: int) -> None:
        pages[:] = [total]
        _draw_footer(canvas, spec, number, total)

    maker = partial(_PagedCanvas, footer=footer)
    if isinstance(out, Path):
        partial_path = out.with_name(f".{out.name}.{os.getpid()}.part")
        try:
            make_private(partial_path)
            with partial_path.open("wb") as handle:
                _Document(handle, spec, progress).build(list(story), canvasmaker=maker)
            os.replace(partial_path, out)
        finally:
            partial_path.unlink(missing_ok=True)
    else:
        _Document(out, spec, progress).build(list(story), canvasmaker=maker)
    return pages[0] if pages else 0
