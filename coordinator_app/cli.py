"""The command line: `coordinator-app SUBCOMMAND ...`. Without a sub-command the GUI starts.

Every user mistake ends in one line on stderr and a non-zero exit code; a traceback
only reaches the log file, and only for real bugs.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy.exc import OperationalError, SQLAlchemyError

from coordinator_app import __version__
from coordinator_app.errors import CoordinatorError
from coordinator_app.logs import configure_logging, log_file

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
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
    from coordinator_app.services.stats import entity_counts

    context = _open_context(args)
    try:
        with context.read_session() as session:
            counts = entity_counts(session)
    finally:
        context.close()
    if args.json:
        print(json.dumps(counts, ensure_ascii=False))
    else:
        for key, value in counts.items():
            print(f"{key:<16}{value:>10}")
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


def _cmd_screenshot(args: argparse.Namespace) -> int:
    from coordinator_app.views.screenshot import take_screenshot

    return take_screenshot(args)


def _run_gui(args: argparse.Namespace) -> int:
    from coordinator_app.views.app import run_gui

    return run_gui(args)


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
    except OperationalError as exc:
        from coordinator_app.db.engine import describe_operational_error, resolve_database_url

        url = resolve_database_url(getattr(args, "db", None))
        print(f"coordinator-app: fout: {describe_operational_error(exc, url)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("coordinator-app: afgebroken", file=sys.stderr)
        return 130
    except (SQLAlchemyError, Exception) as exc:  # a bug: tell briefly, log in full
        logging.getLogger("coordinator_app").error(
            "unexpected error\n%s", "".join(traceback.format_exception(exc))
        )
        print(
            f"coordinator-app: onverwachte fout ({type(exc).__name__}); "
            f"details staan in {log_file()}",
            file=sys.stderr,
        )
        return EXIT_BUG
