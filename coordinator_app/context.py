"""AppContext: what every view and command needs, built once and passed along."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from coordinator_app.db.engine import resolve_database_url, sqlite_path
from coordinator_app.db.store import Store, open_store
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

    def close(self) -> None:
        self.store.close()
