"""The command line: `coordinator-app SUBCOMMAND ...`. Without a sub-command the GUI starts.

Every user mistake ends in one line on stderr and a non-zero exit code; a traceback
only reaches the log file, and only for real bugs.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from coordinator_app import __version__
from coordinator_app.errors import CoordinatorError
from coordinator_app.logs import configure_logging, log_file

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_IMPORT_ERRORS = 2  # the file has errors; nothing was written
EXIT_BUG = 70

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """argparse, but with usage errors in one line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: fout: {message}\n")


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH_OF_URL",
        help="databasebestand of SQLAlchemy-URL (standaard: $COORDINATOR_DB of de gebruikersmap)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="coordinator-app",
        description="Coordinator: traineeships plannen en volgen. Zonder opdracht start de app.",
    )
    parser.add_argument("--version", action="version", version=f"Coordinator {__version__}")
    _add_db(parser)
    parser.add_argument("--lang", choices=("nl", "en"), help="taal van de interface")
    parser.add_argument("--settings", type=Path, help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=_Parser)

    demo = sub.add_parser("demo", help="schrijf een demodatabase")
    _add_db(demo)
    demo.add_argument("--size", choices=("small", "large"), default="small")
    demo.add_argument("--force", action="store_true", help="overschrijf een bestaand bestand")
    demo.set_defaults(handler=_cmd_demo)

    stats = sub.add_parser("stats", help="tel de records per soort")
    _add_db(stats)
    stats.add_argument("--json", action="store_true", help="uitvoer als JSON")
    stats.set_defaults(handler=_cmd_stats)

    check = sub.add_parser("check", help="controleer de database en de harde regels")
    _add_db(check)
    check.add_argument("--json", action="store_true", help="uitvoer als JSON")
    check.set_defaults(handler=_cmd_check)

    backup = sub.add_parser("backup", help="maak een back-up van de database")
    _add_db(backup)
    backup.add_argument("--out", type=Path, metavar="FILE", help="waar de back-up heen moet")
    backup.set_defaults(handler=_cmd_backup)

    restore = sub.add_parser("restore", help="zet een back-up terug")
    restore.add_argument("file", metavar="FILE", type=Path)
    _add_db(restore)
    restore.set_defaults(handler=_cmd_restore)

    copy_to = sub.add_parser("copy-to", help="kopieer de database naar een andere (lege) database")
    copy_to.add_argument("target", metavar="URL", help="doeldatabase: bestand of SQLAlchemy-URL")
    _add_db(copy_to)
    copy_to.set_defaults(handler=_cmd_copy_to)

    kinds = (
        "trainees",
        "organisations",
        "assignments",
        "placements",
        "sessions",
        "attendance",
        "programmes",
        "all",
    )
    importer = sub.add_parser("import", help="importeer een Excel- of CSV-bestand")
    importer.add_argument(
        "kind",
        metavar="SOORT",
        choices=kinds,
        help="trainees, organisations, assignments, placements, sessions, "
        "attendance, programmes of all",
    )
    importer.add_argument("file", metavar="BESTAND", type=Path, help=".xlsx, .xlsm of .csv")
    _add_db(importer)
    importer.add_argument(
        "--dry-run", action="store_true", help="alleen controleren; er wordt niets opgeslagen"
    )
    importer.add_argument("--json", action="store_true", help="uitvoer als JSON")
    importer.add_argument(
        "--error-report",
        metavar="OUT.xlsx",
        type=Path,
        help="schrijf bij fouten een kopie met de foute cellen gemarkeerd",
    )
    importer.set_defaults(handler=_cmd_import)

    exporter = sub.add_parser("export", help="exporteer naar een Excel-bestand")
    exporter.add_argument(
        "kind",
        metavar="SOORT",
        choices=kinds,
        help="trainees, organisations, assignments, placements, sessions, "
        "attendance, programmes of all",
    )
    exporter.add_argument("out", metavar="OUT.xlsx", type=Path)
    _add_db(exporter)
    exporter.set_defaults(handler=_cmd_export)

    plan = sub.add_parser("plan", help="maak het beste plan voor de rotaties van een lichting")
    _add_db(plan)
    plan.add_argument("--cohort", required=True, metavar="NAAM", help="naam van de lichting")
    plan.add_argument(
        "--rotation", type=int, metavar="N", help="plan alleen rotatie N (standaard: alle rotaties)"
    )
    plan.add_argument(
        "--dry-run", action="store_true", help="toon het voorstel zonder het op te slaan"
    )
    plan.add_argument("--json", action="store_true", help="uitvoer als JSON")
    plan.add_argument(
        "--time-limit",
        type=float,
        default=60.0,
        metavar="SECONDEN",
        help="maximale rekentijd van de optimalisatie (standaard 60)",
    )
    plan.set_defaults(handler=_cmd_plan)

    report = sub.add_parser("report", help="maak een PDF-document")
    report.add_argument(
        "kind",
        metavar="SOORT",
        choices=(
            "trajectory", "assignment", "session", "signin", "badges", "cohort", "outcomes",
            "certificate",
        ),
        help="trajectory, assignment, session, signin, badges, cohort, outcomes of certificate",
    )  # fmt: skip
    _add_db(report)
    report.add_argument("--out", required=True, type=Path, metavar="BESTAND.pdf")
    report.add_argument("--trainee", metavar="E-MAILADRES", help="de trainee (traject, bewijs)")
    report.add_argument("--session", type=int, metavar="NUMMER", help="de bijeenkomst")
    report.add_argument("--assignment", type=int, metavar="NUMMER", help="de opdracht")
    report.add_argument("--cohort", metavar="NAAM", help="de lichting")
    report.add_argument("--from", dest="first", metavar="DATUM", help="begin van de periode")
    report.add_argument("--to", dest="last", metavar="DATUM", help="einde van de periode")
    report.set_defaults(handler=_cmd_report)

    privacy = sub.add_parser(
        "privacy", help="inzage, anonimiseren, verwijderen en bewaartermijn (AVG)"
    )
    actions = privacy.add_subparsers(
        dest="privacy_action", metavar="ACTIE", parser_class=_Parser, required=True
    )
    inzage = actions.add_parser("export", help="alles over één persoon naar .xlsx of .pdf")
    inzage.add_argument("email", metavar="E-MAILADRES")
    _add_db(inzage)
    inzage.add_argument("--out", required=True, type=Path, metavar="BESTAND.xlsx|BESTAND.pdf")
    inzage.set_defaults(handler=_cmd_privacy_export)
    for name, helptext, verb in (
        (
            "anonymise",
            "verwijder wat een persoon herkenbaar maakt; cijfers blijven",
            "anonimiseren",
        ),
        ("delete", "verwijder een persoon met alles wat bij haar of hem hoort", "verwijderen"),
    ):
        erase = actions.add_parser(name, help=helptext)
        erase.add_argument("email", metavar="E-MAILADRES")
        _add_db(erase)
        erase.add_argument(
            "--yes", action="store_true", help=f"echt {verb} (zonder: alleen tonen wat er gebeurt)"
        )
        erase.set_defaults(handler=_cmd_privacy_erase, erase=name)
    retention = actions.add_parser(
        "retention", help="wie langer dan de bewaartermijn geleden is gestopt"
    )
    _add_db(retention)
    retention.add_argument("--json", action="store_true", help="uitvoer als JSON")
    retention.add_argument(
        "--anonymise", action="store_true", help="anonimiseer iedereen op de lijst"
    )
    retention.set_defaults(handler=_cmd_privacy_retention)

    shot = sub.add_parser("screenshot", help="maak een schermafbeelding van een scherm")
    _add_db(shot)
    shot.add_argument("view", metavar="VIEW")
    shot.add_argument("out", metavar="OUT.png", type=Path)
    shot.add_argument("--lang", choices=("nl", "en"), default=None)
    shot.add_argument("--size", default="1280x800", metavar="WxH")
    shot.set_defaults(handler=_cmd_screenshot)
    return parser


def _open_context(args: argparse.Namespace, *, create: bool = False):  # type: ignore[no-untyped-def]
    from coordinator_app.context import AppContext

    return AppContext.open(args.db, settings_path=args.settings, create=create)


def _cmd_demo(args: argparse.Namespace) -> int:
    from coordinator_app.services.demo import write_demo_database

    summary = write_demo_database(args.db, size=args.size, force=args.force)
    print(summary)
    return EXIT_OK


def _cmd_stats(args: argparse.Namespace) -> int:
    from coordinator_app.services.participation import participation_summary
    from coordinator_app.services.stats import entity_counts

    context = _open_context(args)
    try:
        with context.read_session() as session:
            counts = entity_counts(session)
            participation = participation_summary(session, context.today)
    finally:
        context.close()
    if args.json:
        print(json.dumps({**counts, "participation": participation}, ensure_ascii=False))
    else:
        for key, value in counts.items():
            print(f"{key:<16}{value:>10}")
        overall = participation["overall_rate"]
        if isinstance(overall, float):
            print(f"{'deelname':<16}{overall:>10.0%}")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from coordinator_app.services.check import check_database

    context = _open_context(args)
    try:
        report = check_database(context.store)
    finally:
        context.close()
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.as_text())
    return EXIT_OK if report.ok else EXIT_ERROR


def _cmd_backup(args: argparse.Namespace) -> int:
    from coordinator_app.db.engine import resolve_database_url
    from coordinator_app.services.backups import make_backup
    from coordinator_app.settings import load_settings

    keep = load_settings(args.settings).backups_to_keep
    target = make_backup(resolve_database_url(args.db), args.out, keep=keep)
    print(f"Back-up gemaakt: {target}")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from coordinator_app.db.engine import resolve_database_url, sqlite_path
    from coordinator_app.db.instance_lock import InstanceLock
    from coordinator_app.services.backups import inspect_backup, restore_backup

    url = resolve_database_url(args.db)
    summary = inspect_backup(args.file)
    database = sqlite_path(url)
    lock = InstanceLock(database) if database is not None else None
    if lock is not None and not lock.acquire():
        raise CoordinatorError(
            "De database is geopend in Coordinator (proces "
            f"{lock.holder() or 'onbekend'}); sluit de app en probeer het opnieuw."
        )
    try:
        safety = restore_backup(args.file, url)
    finally:
        if lock is not None:
            lock.release()
    counts = ", ".join(f"{summary.counts.get(k, 0)} {k}" for k in ("trainees", "placements"))
    print(f"Teruggezet uit {args.file.name} ({counts}).")
    if safety:
        print(f"De vorige database staat in {safety}.")
    return EXIT_OK


def _cmd_copy_to(args: argparse.Namespace) -> int:
    from coordinator_app.context import AppContext
    from coordinator_app.services.copy import copy_database

    source = _open_context(args)
    try:
        target = AppContext.open(args.target, settings_path=args.settings)
        try:
            report = copy_database(source.store, target.store)
            where = target.store.display_name
        finally:
            target.close()
    finally:
        source.close()
    print(f"{report.total} records gekopieerd naar {where}; aantallen gecontroleerd.")
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from coordinator_app.excel.error_report import write_error_report
    from coordinator_app.excel.importer import ImportOptions, run_import
    from coordinator_app.excel.model import format_report
    from coordinator_app.excel.safety import check_xml_hardening

    check_xml_hardening()
    if not args.file.exists():
        raise CoordinatorError(f"Het bestand {args.file} bestaat niet.")
    context = _open_context(args, create=True)
    try:
        report = run_import(
            context, args.file, ImportOptions(kind=args.kind), commit=not args.dry_run
        )
    finally:
        context.close()
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        if report.ok:
            verb = "Zou worden aangemaakt" if args.dry_run else "Aangemaakt"
            for ref in report.new_references:
                print(f"{verb}: {ref.describe()}", file=sys.stderr)
    else:
        print(format_report(report, dry_run=args.dry_run))
    if report.errors and args.error_report is not None:
        written = write_error_report(args.file, report.errors, args.error_report)
        print(f"Foutenrapport geschreven: {written}", file=sys.stderr if args.json else sys.stdout)
    return EXIT_OK if report.ok else EXIT_IMPORT_ERRORS


def _cmd_export(args: argparse.Namespace) -> int:
    from coordinator_app.excel.export import export_kind

    if args.out.suffix.lower() != ".xlsx":
        raise CoordinatorError(f"Exporteer naar een .xlsx-bestand, niet naar {args.out.name}.")
    context = _open_context(args)
    try:
        written = export_kind(context, args.kind, args.out)
    finally:
        context.close()
    summary = ", ".join(f"{sheet}: {count}" for sheet, count in written.items())
    print(f"Geëxporteerd naar {args.out} ({summary}).")
    return EXIT_OK


EXIT_UNPLACED = 3  # plan: some trainees cannot be placed (the reasons are printed)


def _cmd_plan(args: argparse.Namespace) -> int:
    from coordinator_app.services.matching import travel_horizon_km
    from coordinator_app.services.planner import apply_proposal, find_cohort, plan_cohort

    if args.time_limit <= 0:
        raise CoordinatorError("De rekentijd (--time-limit) moet groter dan 0 seconden zijn.")
    context = _open_context(args)
    try:
        with context.read_session() as session:
            cohort = find_cohort(session, args.cohort)
            proposal = plan_cohort(
                session,
                cohort.id,
                context.settings.match_weights,
                rotation=args.rotation,
                travel_horizon_km=travel_horizon_km(context.settings.max_travel_km),
                time_limit=args.time_limit,
            )
        if not args.dry_run:
            with context.transaction() as session:
                apply_proposal(session, proposal)
    finally:
        context.close()
    if args.json:
        print(json.dumps(proposal.as_json(), ensure_ascii=False, indent=2))
    else:
        print(proposal.summary())
        for change in proposal.actionable():
            entry = change.after if change.after is not None else change.before
            if entry is None:
                continue
            old = f"'{change.before.assignment_title}'" if change.before else "-"
            new = f"'{change.after.assignment_title}'" if change.after else "-"
            print(
                f"  {change.kind.value:<11} {entry.trainee_name}, rotatie {entry.rotation}: "
                f"{old} -> {new}"
            )
        unplaced = proposal.unplaced_by_trainee()
        if unplaced:
            print("Niet geplaatst:")
            for _trainee_id, email, reason in unplaced:
                print(f"  {email}: {reason}")
        print(
            "Niets opgeslagen (--dry-run)."
            if args.dry_run
            else "Het voorstel is opgeslagen als voorgestelde plaatsingen."
        )
    return EXIT_UNPLACED if proposal.unplaced else EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    from coordinator_app.reports import ReportTarget, make_report
    from coordinator_app.reports.targets import (
        assignment_exists,
        check_target,
        cohort_by_name,
        parse_day,
        parse_kind,
        session_exists,
        trainee_by_email,
    )

    kind = parse_kind(args.kind)
    if args.out.suffix.lower() != ".pdf":
        raise CoordinatorError(
            f"Schrijf het document naar een .pdf-bestand, niet naar {args.out.name}."
        )
    if not args.out.parent.is_dir():
        raise CoordinatorError(f"De map {args.out.parent} bestaat niet.")
    first = parse_day(args.first) if args.first else None
    last = parse_day(args.last) if args.last else None
    context = _open_context(args)
    try:
        with context.read_session() as session:
            target = ReportTarget(
                trainee_id=trainee_by_email(session, args.trainee) if args.trainee else None,
                session_id=session_exists(session, args.session)
                if args.session is not None
                else None,
                assignment_id=(
                    assignment_exists(session, args.assignment)
                    if args.assignment is not None
                    else None
                ),
                cohort_id=cohort_by_name(session, args.cohort) if args.cohort else None,
                first=first,
                last=last,
            )
        check_target(kind, target)
        result = make_report(context, kind, target, args.out)
    finally:
        context.close()
    pages = "1 pagina" if result.pages == 1 else f"{result.pages} pagina's"
    print(f"{result.title}: {pages} geschreven naar {args.out}.")
    return EXIT_OK


def _cmd_privacy_export(args: argparse.Namespace) -> int:
    from coordinator_app.excel.person import write_person_workbook
    from coordinator_app.reports.person import make_person_report
    from coordinator_app.services.privacy import find_trainee, trainee_data

    suffix = args.out.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise CoordinatorError(
            f"Schrijf de inzage naar een .xlsx- of .pdf-bestand, niet naar {args.out.name}."
        )
    if not args.out.parent.is_dir():
        raise CoordinatorError(f"De map {args.out.parent} bestaat niet.")
    context = _open_context(args)
    try:
        with context.read_session() as session:
            trainee_id = find_trainee(session, args.email)
            data = trainee_data(session, trainee_id, context.today)
        if suffix == ".xlsx":
            write_person_workbook(data, args.out)
            detail = f"{len(data.sections)} werkbladen"
        else:
            result = make_person_report(context, trainee_id, args.out)
            detail = "1 pagina" if result.pages == 1 else f"{result.pages} pagina's"
    finally:
        context.close()
    print(f"Inzage van {data.name} geschreven naar {args.out} ({detail}).")
    return EXIT_OK


def _cmd_privacy_erase(args: argparse.Namespace) -> int:
    from coordinator_app.services.privacy import (
        anonymise_trainee,
        delete_trainee,
        describe_erasure,
        find_trainee,
        purge_freed_data,
    )
    from coordinator_app.services.privacy import trainee_data as read_person

    deleting = args.erase == "delete"
    context = _open_context(args)
    try:
        with context.read_session() as session:
            trainee_id = find_trainee(session, args.email)
            name = read_person(session, trainee_id).name
            counts = describe_erasure(session, trainee_id)
        if deleting:
            plan = [
                f"{name} ({args.email.strip().lower()}) wordt verwijderd, met:",
                f"  {counts['placements']} plaatsing(en) met hun evaluaties",
                f"  {counts['attendances']} aanwezigheidsregistratie(s)",
                f"  {counts['preferences']} voorkeur(en)",
                "  de wijzigingsgeschiedenis van deze gegevens",
            ]
        else:
            plan = [
                f"{name} ({args.email.strip().lower()}) wordt geanonimiseerd:",
                "  weg: naam, e-mailadres, telefoon, opleiding, woongemeente, notities,",
                "       competenties, thema's, voorkeuren, teksten van evaluaties en",
                "       opmerkingen bij aanwezigheid, en de wijzigingsgeschiedenis",
                f"  blijft (zonder naam): niveau, lichting, {counts['placements']} plaatsing(en) "
                f"en {counts['attendances']} aanwezigheidsregistratie(s), voor de cijfers",
            ]
        print("\n".join(plan))
        if not args.yes:
            verb = "verwijderen" if deleting else "anonimiseren"
            raise CoordinatorError(
                f"Er is niets gewijzigd. Dit kan niet ongedaan worden gemaakt; voeg --yes toe "
                f"om {name} echt te {verb}."
            )
        with context.transaction() as session:
            if deleting:
                delete_trainee(session, trainee_id)
            else:
                anonymise_trainee(session, trainee_id)
        purge_freed_data(context.store.engine)
    finally:
        context.close()
    print(
        f"{name} is verwijderd." if deleting else f"{name} is geanonimiseerd (nummer {trainee_id})."
    )
    return EXIT_OK


def _cmd_privacy_retention(args: argparse.Namespace) -> int:
    from coordinator_app.services.backups import expire_old_backups
    from coordinator_app.services.dutch import add_months, short_date
    from coordinator_app.services.privacy import (
        anonymise_due,
        due_for_retention,
        purge_freed_data,
    )

    context = _open_context(args)
    try:
        months, today = context.settings.retention_months, context.today
        if args.anonymise:
            with context.transaction() as session:
                due = anonymise_due(session, today, months)
            purge_freed_data(context.store.engine)
        else:
            with context.read_session() as session:
                due = due_for_retention(session, today, months)
        expired = expire_old_backups(context.store.path, months, today)
    finally:
        context.close()
    cutoff = add_months(today, -months)  # as due_for_retention counts
    if args.json:
        print(
            json.dumps(
                {
                    "retention_months": months,
                    "ended_before": cutoff.isoformat(),
                    "due": [
                        {"id": i.trainee_id, "name": i.name, "ended_on": i.ended_on.isoformat()}
                        for i in due
                    ],
                    "anonymised": len(due) if args.anonymise else 0,
                    "expired_backups": [p.name for p in expired],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    print(f"Bewaartermijn {months} maanden: gestopt vóór {short_date(cutoff)}.")
    if not due:
        print("Niemand is aan de beurt.")
    for item in due:
        print(f"  {item.trainee_id:>6}  {item.name:<40} gestopt {short_date(item.ended_on)}")
    if args.anonymise and due:
        print(f"{len(due)} persoon/personen geanonimiseerd.")
    elif due:
        print("Niets gewijzigd; anonimiseer hen met --anonymise.")
    if expired:
        print(f"{len(expired)} back-up(s) ouder dan de bewaartermijn verwijderd.")
    return EXIT_OK


def _cmd_screenshot(args: argparse.Namespace) -> int:
    from coordinator_app.views.screenshot import take_screenshot

    return take_screenshot(args)


def _run_gui(args: argparse.Namespace) -> int:
    from coordinator_app.views.app import run_gui

    return run_gui(args)


def _is_operational_error(exc: BaseException) -> bool:
    """A SQLAlchemy OperationalError, without importing SQLAlchemy when none was raised."""
    errors = sys.modules.get("sqlalchemy.exc")
    return errors is not None and isinstance(exc, errors.OperationalError)


def run(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    configure_logging()
    handler: Handler = getattr(args, "handler", _run_gui)
    try:
        return handler(args)
    except CoordinatorError as exc:
        print(f"coordinator-app: fout: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("coordinator-app: afgebroken", file=sys.stderr)
        return 130
    except Exception as exc:
        if _is_operational_error(exc):  # the database server or file, not a bug
            from coordinator_app.db.engine import describe_operational_error, resolve_database_url

            url = resolve_database_url(getattr(args, "db", None))
            print(f"coordinator-app: fout: {describe_operational_error(exc, url)}", file=sys.stderr)
            return EXIT_ERROR
        # a bug: tell briefly, log in full
        logging.getLogger("coordinator_app").error("unexpected error", exc_info=exc)
        print(
            f"coordinator-app: onverwachte fout ({type(exc).__name__}); "
            f"details staan in {log_file()}",
            file=sys.stderr,
        )
        return EXIT_BUG
