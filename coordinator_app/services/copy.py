"""`copy-to`: move a whole database from one store to another (SQLite ⇄ PostgreSQL).

Rows are copied table by table in dependency order with their ids, inside one
transaction on the target; afterwards the counts of both sides are compared and
PostgreSQL's id sequences are moved past the copied ids.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, text

from coordinator_app.db.store import Store
from coordinator_app.errors import CoordinatorError
from coordinator_app.models import Base
from coordinator_app.services.progress import NO_PROGRESS, Progress

_BATCH = 2000
# Rows that every new database already has (reference data, bookkeeping).
_PRESEEDED = {"province", "municipality", "former_municipality", "app_meta", "alembic_version"}


@dataclass(frozen=True)
class CopyReport:
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _count(store: Store, table_name: str) -> int:
    table = Base.metadata.tables[table_name]
    with store.engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(table)).scalar() or 0)


def copy_database(source: Store, target: Store, progress: Progress = NO_PROGRESS) -> CopyReport:
    """Copy every record of ``source`` into the empty database ``target``."""
    tables = [t for t in Base.metadata.sorted_tables if t.name not in _PRESEEDED]
    occupied = [t.name for t in tables if _count(target, t.name)]
    if occupied:
        raise CoordinatorError(
            "De doeldatabase is niet leeg (er staan al gegevens in: "
            f"{', '.join(occupied[:4])}); kopiëren gebeurt alleen naar een lege database."
        )
    _check_reference_data(source, target)
    counts: dict[str, int] = {}
    with source.engine.connect() as reader, target.engine.begin() as writer:
        for index, table in enumerate(tables):
            progress.report(index, len(tables), table.name)
            copied = 0
            result = reader.execution_options(yield_per=_BATCH).execute(select(table))
            for chunk in result.partitions(_BATCH):
                writer.execute(table.insert(), [dict(row._mapping) for row in chunk])
                copied += len(chunk)
            counts[table.name] = copied
        if target.engine.dialect.name == "postgresql":
            for table in tables:
                if "id" in table.c and counts[table.name]:
                    writer.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f"(SELECT max(id) FROM {table.name}))"
                        )
                    )
    mismatched = [t.name for t in tables if _count(target, t.name) != _count(source, t.name)]
    if mismatched:
        raise CoordinatorError(f"Na het kopiëren kloppen de aantallen niet: {mismatched}")
    return CopyReport(counts)


def _check_reference_data(source: Store, target: Store) -> None:
    """Ids of municipalities must mean the same on both sides."""
    table = Base.metadata.tables["municipality"]
    query = select(table.c.id, table.c.cbs_code).order_by(table.c.id)
    with source.engine.connect() as a, target.engine.connect() as b:
        if a.execute(query).all() != b.execute(query).all():
            raise CoordinatorError(
                "De gemeentetabellen van de twee databases verschillen; kopiëren is niet veilig."
            )
