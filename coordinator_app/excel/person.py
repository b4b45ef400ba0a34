"""Everything stored about one person as an .xlsx workbook (an inzageverzoek, AVG art. 15).

One sheet per section of :class:`~coordinator_app.services.privacy.PersonData`, with
Dutch headings, real dates and the usual house style of an export (frozen header,
filter, text that looks like a formula kept as text). A first sheet says whose data
it is, when it was made and what each sheet holds. The file is readable by its
owner only, like every file the application writes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coordinator_app.excel.writer import TableWorkbook
from coordinator_app.services.privacy import PersonData, readable_sections
from coordinator_app.services.progress import NO_PROGRESS, Progress

ABOUT_SHEET = "Over dit bestand"


def write_person_workbook(
    data: PersonData, path: Path | str, progress: Progress = NO_PROGRESS
) -> Path:
    """Write ``data`` to ``path`` (replaced when complete); returns the path."""
    sections = readable_sections(data)
    made_on = data.made_on or dt.date.today()
    with TableWorkbook(path) as book:
        about = [
            ["Persoon", data.name],
            ["E-mailadres", data.email],
            ["Gemaakt op", made_on],
            [
                "Inhoud",
                "Alle gegevens die Coordinator over deze persoon bewaart, één werkblad per "
                "onderdeel (inzageverzoek volgens de AVG).",
            ],
        ]
        about += [[section.title, f"{len(section.rows)} regel(s)"] for section in sections]
        book.add_table(ABOUT_SHEET, ["Onderdeel", "Waarde"], about)
        for number, section in enumerate(sections, start=1):
            progress.report(number, len(sections), section.title)
            headers = section.headers or ["(geen gegevens)"]
            book.add_table(section.title, headers, section.rows)
    return Path(path)
