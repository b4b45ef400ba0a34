"""`coordinator-app check`: is the database sound and does every record obey the rules?"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text

from coordinator_app.db.engine import is_sqlite
from coordinator_app.db.store import Store
from coordinator_app.services.rules import Violation, check_hard_rules


@dataclass
class CheckReport:
    integrity: list[str] = field(default_factory=list)
    foreign_keys: list[str] = field(default_factory=list)
    violations: list[Violation] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.integrity or self.foreign_keys or self.violations)

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "integrity": self.integrity,
            "foreign_keys": self.foreign_keys,
            "rule_violations": [
                {
                    "rule": v.rule.value,
                    "message": v.message_nl,
                    "records": [{"kind": r.kind, "id": r.id, "label": r.label} for r in v.records],
                }
                for v in self.violations
            ],
        }

    def as_text(self) -> str:
        lines = [
            "Integriteit: " + ("in orde" if not self.integrity else "FOUTEN"),
            *(f"  - {line}" for line in self.integrity),
            "Verwijzingen (foreign keys): " + ("in orde" if not self.foreign_keys else "FOUTEN"),
            *(f"  - {line}" for line in self.foreign_keys),
            "Harde regels: "
            + ("in orde" if not self.violations else f"{len(self.violations)} overtreding(en)"),
            *(f"  - {v.rule.title()}: {v.message_nl}" for v in self.violations),
        ]
        lines.append("Alles in orde." if self.ok else "De database heeft problemen.")
        return "\n".join(lines)


def check_database(store: Store) -> CheckReport:
    report = CheckReport()
    with store.engine.connect() as connection:
        if is_sqlite(store.url):
            rows = connection.exec_driver_sql("PRAGMA integrity_check").scalars().all()
            report.integrity = [str(r) for r in rows if str(r) != "ok"]
            for table, rowid, parent, _fk in connection.exec_driver_sql("PRAGMA foreign_key_check"):
                report.foreign_keys.append(
                    f"{table} rij {rowid} verwijst naar een ontbrekende rij in {parent}"
                )
        else:
            connection.execute(text("SELECT 1"))
    with store.session_factory() as session:
        report.violations = check_hard_rules(session)
    return report
