"""What an import reports: counts, every problem with its place in the file, new references."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the file, named the way the user finds it in Excel."""

    sheet: str
    row: int | None  # Excel row number; None for a problem with the sheet as a whole
    column: str  # the heading as written in the file (or the expected heading)
    value: str
    message: str
    column_index: int | None = None  # 0-based, for highlighting in the error report

    def as_dict(self) -> dict[str, Any]:
        return {
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "value": self.value,
            "message": self.message,
        }


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    def add(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)


@dataclass(frozen=True)
class NewReference:
    """A programme or cohort the file names that does not exist yet."""

    kind: str  # "programma" or "lichting"
    name: str
    detail: str = ""

    def describe(self) -> str:
        return f"{self.kind} '{self.name}'" + (f" ({self.detail})" if self.detail else "")


@dataclass
class ImportReport:
    counts: dict[str, Counts] = field(default_factory=dict)
    errors: list[Problem] = field(default_factory=list)
    new_references: list[NewReference] = field(default_factory=list)
    sheets: dict[str, str] = field(default_factory=dict)  # sheet name -> kind imported from it
    committed: bool = False

    def counts_for(self, kind: str) -> Counts:
        return self.counts.setdefault(kind, Counts())

    @property
    def created(self) -> int:
        return sum(c.created for c in self.counts.values())

    @property
    def updated(self) -> int:
        return sum(c.updated for c in self.counts.values())

    @property
    def unchanged(self) -> int:
        return sum(c.unchanged for c in self.counts.values())

    @property
    def ok(self) -> bool:
        return not self.errors

    def sorted_errors(self) -> list[Problem]:
        return sorted(
            self.errors,
            key=lambda p: (p.sheet, p.row if p.row is not None else -1, p.column_index or 0),
        )

    def as_dict(self) -> dict[str, Any]:
        """The JSON contract of `import --json` and the preview."""
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "errors": [p.as_dict() for p in self.sorted_errors()],
        }


def format_problem(problem: Problem) -> str:
    where = []
    if problem.sheet:
        where.append(f"blad '{problem.sheet}'")
    if problem.row is not None:
        where.append(f"rij {problem.row}")
    if problem.column:
        where.append(f"kolom '{problem.column}'")
    value = f" (waarde '{problem.value}')" if problem.value else ""
    prefix = ", ".join(where)
    return (
        f"{prefix[:1].upper() + prefix[1:]}{value}: {problem.message}"
        if prefix
        else problem.message
    )


def format_report(report: ImportReport, *, dry_run: bool = False) -> str:
    """The report as the command line prints it, in Dutch."""
    lines: list[str] = []
    if report.errors:
        count = len(report.errors)
        lines.append(
            f"Niet geïmporteerd: {count} {'fout' if count == 1 else 'fouten'} gevonden; "
            "er is niets opgeslagen."
        )
        lines.extend(f"  {format_problem(p)}" for p in report.sorted_errors())
        return "\n".join(lines)
    head = "Proefimport (er is niets opgeslagen)" if dry_run else "Geïmporteerd"
    lines.append(
        f"{head}: {report.created} nieuw, {report.updated} bijgewerkt, "
        f"{report.unchanged} ongewijzigd."
    )
    verb = "Zou worden aangemaakt" if dry_run else "Aangemaakt"
    lines.extend(f"{verb}: {ref.describe()}" for ref in report.new_references)
    return "\n".join(lines)
