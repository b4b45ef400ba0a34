"""AppContext: what every view and command needs, built once and passed along."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from coordinator_app.db.backup import timestamped_backup
from coordinator_app.db.engine import (
    resolve_database_url,
    sqlite_path,
    translate_operational_error,
)
from coordinator_app.db.instance_lock import InstanceLock
from coordinator_app.db.store import Store, open_store
from coordinator_app.errors import DatabaseInUse
from coordinator_app.services.audit import current_user, install_audit
from coordinator_app.services.concurrency import EditConflict
from coordinator_app.services.reference import ensure_reference_data
from coordinator_app.services.rules import SoftRuleSettings, install_rule_enforcement
from coordinator_app.settings import Settings, load_settings, save_settings


@dataclass
class AppContext:
    settings: Settings
    store: Store
    settings_path: Path | None = None
    today: dt.date = field(default_factory=dt.date.today)
    instance_lock: InstanceLock | None = None

    @classmethod
    def open(
        cls,
        database: str | None = None,
        *,
        settings: Settings | None = None,
        settings_path: Path | None = None,
        create: bool = True,
    ) -> AppContext:
        """Open the database named by ``database``, the environment, or the settings."""
        settings = settings if settings is not None else load_settings(settings_path)
        url = resolve_database_url(database or settings.database or None)
        path = sqlite_path(url)
        if path is not None and create and database is None and not settings.database:
            path.parent.mkdir(parents=True, exist_ok=True)  # the default location
        store = open_store(url, create=create)
        install_rule_enforcement(store.session_factory)
        install_rule_enforcement(store.read_factory)
        user = current_user(settings.user_name)
        install_audit(store.session_factory, user)
        install_audit(store.read_factory, user)
        context = cls(settings=settings, store=store, settings_path=settings_path)
        with context.transaction() as session:
            ensure_reference_data(session)
        return context

    @property
    def session_factory(self) -> sessionmaker[Session]:
        return self.store.session_factory

    @property
    def language(self) -> str:
        return self.settings.language

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session committed at the end of the block, rolled back on any error."""
        session = self.session_factory()
        try:
            with session.begin():
                yield session
        except StaleDataError as exc:
            # The ORM's version check: someone saved the same record in between.
            raise EditConflict() from exc
        except OperationalError as exc:
            # "database is locked" after the busy timeout: a retry message, not a traceback.
            raise translate_operational_error(exc, self.store.url) from exc
        finally:
            session.close()

    def read_session(self) -> Session:
        """A session for reading; keep it short-lived and do not write through it."""
        return self.store.read_factory()

    def soft_rule_settings(self) -> SoftRuleSettings:
        return SoftRuleSettings(
            today=self.today,
            attention_weeks=self.settings.attention_weeks,
            max_travel_km=self.settings.max_travel_km,
        )

    def save_settings(self) -> None:
        save_settings(self.settings, self.settings_path)

    def claim_exclusive(self) -> None:
        """Make this the only application window on a SQLite file (the GUI does this).

        Raises DatabaseInUse when another running Coordinator has the file open; the
        OS drops the claim when this process ends, however it ends.
        """
        path = self.store.path
        if path is None or self.instance_lock is not None:
            return
        lock = InstanceLock(path)
        if not lock.acquire():
            raise DatabaseInUse(
                f"De database {path.name} is al geopend in een ander Coordinator-venster "
                f"(proces {lock.holder() or 'onbekend'}). Deze is daarom niet geopend: "
                "sluit eerst het andere venster, of kies een ander bestand."
            )
        self.instance_lock = lock

    def backup(self, reason: str) -> Path | None:
        """A timestamped backup next to a SQLite database, keeping the newest N."""
        path = self.store.path
        if path is None or not path.exists():
            return None
        return timestamped_backup(path, reason, keep=self.settings.backups_to_keep)

    def close(self) -> None:
        self.store.close()
        if self.instance_lock is not None:
            self.instance_lock.release()
            self.instance_lock = None
