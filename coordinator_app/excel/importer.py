"""The import as a whole: read, map, parse, check every row, then write all or nothing.

:func:`analyse_file` proposes which sheet holds which kind and how its columns map
(the wizard shows it and lets the user change it). :func:`run_import` does the
rest in one write transaction: it checks every row of every sheet (collecting all
problems), and only when there are none writes everything, checks the hard rules
over all records touched, and commits — or, for a preview or dry run, rolls back.
A cancel (``Progress`` raising ``Cancelled``) rolls back as well.

A sheet of trainees on SQLite goes faster: it is parsed and checked a block at a
time, and the new trainees of each checked block are inserted into the same open
transaction on a helper thread while the next block is parsed. Any problem in a
later row still rolls all of it back, so the file is kept whole or not at all.

The commit re-checks against the database as it is at that moment, so a preview
made a while ago can never write something that has become wrong since.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from coordinator_app.context import AppContext
from coordinator_app.db.backup import timestamped_backup
from coordinator_app.db.engine import WRITE_OPTION, defer_checkpoint, roomy_page_cache
from coordinator_app.excel.errors import MappingError, SpreadsheetError
from coordinator_app.excel.fields import CLI_KINDS, KINDS, SPECS
from coordinator_app.excel.kinds import HANDLERS, Handler, Job
from coordinator_app.excel.limits import DEFAULT_LIMITS, ReadLimits
from coordinator_app.excel.mapping import SheetMapping, detect_kind, find_header, propose_mapping
from coordinator_app.excel.model import ImportReport, Problem
from coordinator_app.excel.reader import SheetData, WorkbookData, open_workbook
from coordinator_app.excel.rows import ParsedRow, SheetRows, parse_sheet
from coordinator_app.excel.values import CellProblem, date, identifier, norm_key, shown
from coordinator_app.excel.write_ahead import WriteAhead
from coordinator_app.services.audit import audit_session, current_user
from coordinator_app.services.progress import NO_PROGRESS, Progress
from coordinator_app.services.reference import MunicipalityResolver
from coordinator_app.services.rules import HardRule, Violation, check_hard_rules

ALL = "all"
# Rows of a sheet parsed at a time (an import writes what it has checked between blocks).
PARSE_BLOCK_ROWS = 2048


@dataclass
class ImportOptions:
    kind: str = ALL
    # sheet name -> mapping; given by the wizard after the user reviewed the columns
    mappings: dict[str, SheetMapping] | None = None
    create_new_references: bool = True
    limits: ReadLimits = DEFAULT_LIMITS


@dataclass
class SheetProposal:
    sheet: str
    hidden: bool
    mapping: SheetMapping | None  # None: no kind recognised on this sheet
    rows: int
    preview: list[list[Any]] = field(default_factory=list)


@dataclass
class FileAnalysis:
    path: Path
    format: str
    sheets: list[SheetProposal]

    def mapped(self) -> list[SheetProposal]:
        return [s for s in self.sheets if s.mapping is not None]


def check_kind(kind: str) -> str:
    if kind != ALL and kind not in CLI_KINDS:
        raise SpreadsheetError(
            f"Onbekende soort '{kind}'; kies uit {', '.join(CLI_KINDS)} of {ALL}."
        )
    return kind


def _kinds_for(kind: str) -> tuple[str, ...]:
    return KINDS if kind == ALL else (kind,)


def _propose_for_sheet(sheet: SheetData, kind: str) -> SheetMapping | None:
    if kind == ALL:
        found, _score = detect_kind(sheet)
        return propose_mapping(SPECS[found], sheet) if found else None
    spec = SPECS[kind]
    _index, score = find_header(spec, sheet)
    needed = (
        1
        if spec.matches_sheet_name(sheet.name) or len(sheet.rows[0] if sheet.rows else []) < 3
        else 2
    )
    if score < needed:
        return None
    return propose_mapping(spec, sheet)


def first_filled_row(sheet: SheetData) -> int:
    for index, row in enumerate(sheet.rows):
        if any(v is not None and v != "" for v in row):
            return index
    return 0


def mapping_for(sheet: SheetData, kind: str) -> SheetMapping:
    """A mapping for ``kind`` even when few headings are recognised (the user edits it)."""
    spec = SPECS[kind]
    index, score = find_header(spec, sheet)
    return propose_mapping(spec, sheet, index if score else first_filled_row(sheet))


def select_sheets(book: WorkbookData, kind: str) -> list[tuple[SheetData, SheetMapping]]:
    """The sheets to import for ``kind`` with their proposed mappings."""
    chosen: list[tuple[SheetData, SheetMapping]] = []
    for name in book.sheet_names:
        if name in book.hidden:
            continue
        sheet = book.sheet(name)
        if not sheet.rows:
            continue
        mapping = _propose_for_sheet(sheet, kind)
        if mapping is not None and mapping.columns:
            chosen.append((sheet, mapping))
    if kind not in (ALL, "attendance") and len(chosen) > 1:
        # one sheet per kind: the one named after it, else the one that names most fields
        named = [c for c in chosen if SPECS[kind].matches_sheet_name(c[0].name)]
        chosen = named[:1] or [max(chosen, key=lambda c: len(c[1].columns))]
    if not chosen:
        what = "een van de soorten" if kind == ALL else SPECS[kind].label
        spec_fields = SPECS["trainees" if kind == ALL else kind].fields
        raise MappingError(
            f"In {book.path.name} is geen werkblad met {what} gevonden: geen kopregel met bekende "
            f"kolomnamen (zoals {', '.join(f.header for f in spec_fields[:4])})."
        )
    return chosen


def analyse_file(
    path: Path | str, kind: str = ALL, limits: ReadLimits = DEFAULT_LIMITS
) -> FileAnalysis:
    """Open a file and propose, per sheet, the kind and the column mapping."""
    check_kind(kind)
    with open_workbook(path, limits) as book:
        proposals = []
        for name in book.sheet_names:
            sheet = book.sheet(name)
            mapping = None
            if sheet.rows:
                try:
                    mapping = _propose_for_sheet(sheet, kind)
                except MappingError:
                    mapping = None
                if mapping is None and kind != ALL:
                    mapping = mapping_for(sheet, kind)
            proposals.append(
                SheetProposal(
                    name,
                    name in book.hidden,
                    mapping,
                    len(sheet.rows),
                    [list(r) for r in sheet.rows[:40]],
                )
            )
        return FileAnalysis(Path(path), book.format, proposals)


# --- one session per attendance sheet -----------------------------------------------------

_TITLE_LABELS = {"bijeenkomst", "sessie", "titel", "session", "title", "onderwerp", "activiteit"}
_DATE_LABELS = {"datum", "date", "dag"}
_ID_LABELS = {"sessieid", "bijeenkomstid", "sessionid", "id"}
_TRAILING_DATE = re.compile(
    r"^(.*?)[\s\-–—,:(]+(\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\s+[A-Za-z]+\.?\s+\d{4})\)?$"
)


def session_context(
    sheet: SheetData, mapping: SheetMapping, date1904: bool = False
) -> dict[str, Any]:
    """The session a one-session sheet is about, from the lines above its table or its name."""
    context: dict[str, Any] = {}
    texts: list[str] = []
    for row in sheet.rows[: mapping.header_index]:
        cells = [c for c in row if c is not None and c != ""]
        for i, cell in enumerate(cells):
            if not isinstance(cell, str):
                continue
            label, _, rest = cell.partition(":")
            key = norm_key(label)
            value: Any = rest.strip() or (cells[i + 1] if i + 1 < len(cells) else None)
            if not rest.strip() and key not in _TITLE_LABELS | _DATE_LABELS | _ID_LABELS:
                texts.append(cell.strip())
                continue
            try:
                if key in _TITLE_LABELS and value is not None:
                    context.setdefault("title", shown(value).strip())
                elif key in _DATE_LABELS and value is not None:
                    context.setdefault("date", date(value, date1904=date1904))
                elif key in _ID_LABELS and value is not None:
                    context.setdefault("id", identifier(value))
                elif rest.strip() == "":
                    texts.append(cell.strip())
            except CellProblem:
                continue
    if "title" not in context or "date" not in context:
        for candidate in [*texts, sheet.name]:
            found = _TRAILING_DATE.match(candidate.strip())
            if not found:
                continue
            try:
                day = date(found.group(2))
            except CellProblem:
                continue
            if day is not None:
                context.setdefault("title", found.group(1).strip())
                context.setdefault("date", day)
                break
    return context


# --- the run ------------------------------------------------------------------------------


def _write_session(context: AppContext) -> Session:
    """A writing session without the per-flush rule hook: the import checks the rules itself.

    The hook would stop at the first violating flush; the import checks all touched
    records once and names every row involved. Nothing is committed unless that
    check is clean. The change history is kept as everywhere else: records written
    through the ORM by the audit listener, the bulk-written trainees by their
    handler, all in this one transaction.
    """
    session = Session(
        bind=context.store.engine.execution_options(**{WRITE_OPTION: True}),
        expire_on_commit=False,
        autoflush=False,
    )
    audit_session(session, current_user(context.settings.user_name))
    return session


def read_and_parse(
    path: Path | str, options: ImportOptions, progress: Progress
) -> tuple[dict[str, list[SheetRows]], dict[str, str]]:
    """Read the file and map every sheet to import: kind -> its sheets, and sheet -> kind.

    The rows are parsed when they are first asked for (see :class:`SheetRows`), a
    block at a time; each sheet keeps the problems of its cells.
    """
    check_kind(options.kind)
    progress.report(0, None, "Bestand lezen…")
    parsed: dict[str, list[SheetRows]] = {}
    kinds: dict[str, str] = {}
    with open_workbook(path, options.limits) as book:
        if options.mappings:
            unknown = [n for n in options.mappings if n not in book.sheet_names]
            if unknown:
                raise MappingError(
                    f"Werkblad '{unknown[0]}' staat niet (meer) in {book.path.name}."
                )
            selected = [(book.sheet(name), m) for name, m in options.mappings.items()]
        else:
            selected = select_sheets(book, options.kind)
        for sheet, mapping in selected:
            if mapping.kind not in _kinds_for(options.kind) and options.kind != ALL:
                continue
            kinds[sheet.name] = mapping.kind
            rows = parse_sheet(
                sheet,
                mapping,
                [],
                date1904=book.date1904,
                progress=progress,
                block_rows=PARSE_BLOCK_ROWS,
            )
            if mapping.kind == "attendance":
                rows.context = session_context(sheet, mapping, book.date1904)
            parsed.setdefault(mapping.kind, []).append(rows)
    return parsed, kinds


def _parse_all(parsed: dict[str, list[SheetRows]], report: ImportReport) -> None:
    """Parse every row not parsed yet; the cells' problems go before the checks' ones."""
    problems: list[Problem] = []
    for sheets in parsed.values():
        for sheet in sheets:
            sheet.rows  # noqa: B018 - parses what is left
            problems += sheet.problems
            sheet.problems.clear()
    report.errors[0:0] = problems


def _backup_before_import(context: AppContext) -> None:
    """A copy of the database as it was, in ``backups/`` (SQLite; a shared server has its own)."""
    path = context.store.path
    if path is not None and path.exists():
        timestamped_backup(path, "voor-import", keep=context.settings.backups_to_keep)


def run_import(
    context: AppContext,
    path: Path | str,
    options: ImportOptions | None = None,
    *,
    commit: bool = True,
    progress: Progress = NO_PROGRESS,
) -> ImportReport:
    """Import ``path``; with ``commit=False`` only report what would happen (nothing is kept).

    Raises :class:`SpreadsheetError` when the file as a whole cannot be read; every
    problem with rows or cells is in the returned report instead, and then nothing
    is written.
    """
    with _collector_paused():
        return _run_import(context, path, options or ImportOptions(), commit, progress)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Keep Python's cycle collector from running during the import.

    An import makes hundreds of thousands of small objects (cells, rows, records)
    that live until it ends; the collector would walk all of them again each time a
    few hundred more were made, which costs more than the import's own work. They
    form no cycles, so nothing is lost by collecting once afterwards instead.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _run_import(
    context: AppContext,
    path: Path | str,
    options: ImportOptions,
    commit: bool,
    progress: Progress,
) -> ImportReport:
    report = ImportReport()
    parsed, report.sheets = read_and_parse(path, options, progress)
    session = _write_session(context)
    try:
        session.begin()
        job = Job(session, report, context.today, MunicipalityResolver(session))
        job.load_references()
        handlers = _handlers(job, parsed)
        # SQLite settings for a bulk write, given back when the connection is returned
        roomy_page_cache(session)
        defer_checkpoint(session)
        if _may_write_ahead(session, handlers):
            # parsed block by block while the check writes what it has checked
            _check(job, handlers, progress, write_ahead=True)
            _parse_all(parsed, report)
        else:
            _parse_all(parsed, report)
            _check(job, handlers, progress, write_ahead=False)
        report.new_references = job.new_references()
        if report.errors:
            session.rollback()
            return report
        if commit and report.new_references and not options.create_new_references:
            session.rollback()
            raise SpreadsheetError(
                "Het bestand noemt nieuwe programma's of lichtingen: "
                + ", ".join(r.describe() for r in report.new_references)
                + ". Bevestig dat die mogen worden aangemaakt."
            )
        if commit:
            _backup_before_import(context)
        progress.report(0, None, "Opslaan…")
        job.create_new_references()
        _write(handlers, progress)
        session.flush()
        if job.rule_trainees or job.rule_assignments:
            progress.report(0, None, "Regels controleren…")
            violations = check_hard_rules(
                session, trainee_ids=job.rule_trainees, assignment_ids=job.rule_assignments
            )
            if violations:
                report.errors.extend(_violation_problems(violations, job))
                session.rollback()
                return report
        progress.report(1, 1, "Opslaan…")
        if commit:
            with WriteAhead() as helper:
                # The commit mostly waits for the disk; the file's rows are let go meanwhile.
                helper.submit(session.commit)
                parsed.clear()
                handlers.clear()
                job.forget_rows()
                helper.close()
            report.committed = True
        else:
            session.rollback()
    finally:
        session.close()
    return report


def _handlers(job: Job, parsed: dict[str, list[SheetRows]]) -> list[Handler]:
    """A handler per kind in the file, in the order their records must be written."""
    handlers = []
    for kind in KINDS:
        if kind in parsed:
            handler = HANDLERS[kind](job)
            handler.sheets = parsed[kind]
            handlers.append(handler)
    return handlers


def _check(job: Job, handlers: list[Handler], progress: Progress, *, write_ahead: bool) -> None:
    """Every handler checks its rows; new records may be written meanwhile."""
    progress.report(0, None, "Rijen controleren…")
    with WriteAhead() as ahead:
        if write_ahead:
            job.ahead = ahead
        for handler in handlers:
            handler.check()
            progress.report(0, None, "Rijen controleren…")
        job.ahead = None
        # What was written ahead is in the transaction from here on. After a problem it
        # is rolled back anyway, so what is still waiting is skipped.
        ahead.close(discard=any(handler.has_problems() for handler in handlers))


def _write(handlers: list[Handler], progress: Progress) -> None:
    # a function of its own: no name in the import's frame keeps the last handler (and
    # so its rows) alive, and they can be let go while the commit runs
    for handler in handlers:
        handler.write(progress)


def _may_write_ahead(session: Session, handlers: list[Handler]) -> bool:
    """Whether records may go into the transaction while later rows are still checked.

    On SQLite, for a file of one kind whose handler can: the writes then run beside
    the check. With several kinds, a later kind's check reads the database, which
    must not happen while the helper writes.
    """
    return (
        len(handlers) == 1
        and handlers[0].writes_ahead
        and session.connection().dialect.name == "sqlite"
    )


_RULE_FIELD = {
    ("placements", HardRule.NO_OVERLAP): "start_date",
    ("placements", HardRule.DISTINCT_ORGANISATION): "assignment",
    ("placements", HardRule.CAPACITY): "assignment",
    ("placements", HardRule.EDUCATION_LEVEL): "trainee_email",
    ("placements", HardRule.WITHIN_ASSIGNMENT_PERIOD): "start_date",
    ("assignments", HardRule.CAPACITY): "places",
    ("assignments", HardRule.EDUCATION_LEVEL): "levels",
    ("assignments", HardRule.WITHIN_ASSIGNMENT_PERIOD): "start_date",
    ("trainees", HardRule.EDUCATION_LEVEL): "education_level",
    ("trainees", HardRule.DISTINCT_ORGANISATION): "cohort",
}


def _violation_problems(violations: Iterable[Violation], job: Job) -> list[Problem]:
    """Name the rows of this file that caused each hard-rule violation."""
    problems: list[Problem] = []
    seen: set[tuple[str, int | None, str]] = set()
    for violation in violations:
        message = f"Regel '{violation.rule.title()}': {violation.message_nl}"
        rows: list[ParsedRow] = []
        for ref in violation.records:
            for row in job.rows_for(ref.kind, ref.id):
                if row not in rows:
                    rows.append(row)
        if not rows:
            if ("", None, message) not in seen:
                seen.add(("", None, message))
                problems.append(Problem("", None, "", "", message))
            continue
        for row in rows:
            key = (row.sheet, row.excel_row, message)
            if key in seen:
                continue
            seen.add(key)
            field_key = _RULE_FIELD.get((row.mapping.kind, violation.rule))
            if field_key is None or row.mapping.column_of(field_key) is None:
                field_key = next(iter(sorted(row.mapping.columns.items())), (0, ""))[1]
            column = row.mapping.column_of(field_key)
            problems.append(
                Problem(
                    row.sheet,
                    row.excel_row,
                    row.mapping.heading_of(field_key),
                    shown(row.raw_value(field_key)),
                    message,
                    column,
                )
            )
    return problems
