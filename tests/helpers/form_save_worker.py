"""A process that saves one trainee through the form's service path, over and over.

Usage: python -m tests.helpers.form_save_worker DB_PATH TRAINEE_ID

Each save is what the trainee form does on Opslaan: load the record with its version,
then ``records.update_trainee`` with that version in one write transaction. The two
versions it alternates between differ in every table a trainee form touches (the
trainee row, its themes, its competences). The crash-safety test kills this process
at random moments and checks that the record is always one version or the other.
Prints "ready" once the first save is under way.
"""

from __future__ import annotations

import datetime as dt
import sys

from coordinator_app.context import AppContext
from coordinator_app.models import EducationLevel, TraineeStatus
from coordinator_app.services import records
from coordinator_app.services.records import TraineeData

VERSION_A = TraineeData(
    given_name="Anna",
    prefix="van der",
    surname="Berg",
    email="anna.a@example.nl",
    phone="0611111111",
    education_level=EducationLevel.HBO,
    field_of_study="Bestuurskunde",
    status=TraineeStatus.ACTIVE,
    contract_start=dt.date(2025, 9, 1),
    contract_end=dt.date(2027, 8, 31),
    competences=(("Adviseren", 3), ("Analyseren", None)),
    themes=("Energie", "Wonen"),
    notes="versie A",
)
VERSION_B = TraineeData(
    given_name="Anneke",
    prefix="",
    surname="Bergsma",
    email="anneke.b@example.nl",
    phone="0622222222",
    education_level=EducationLevel.WO,
    field_of_study="Planologie",
    status=TraineeStatus.HIRED,
    contract_start=dt.date(2025, 10, 1),
    contract_end=dt.date(2027, 9, 30),
    competences=(("Onderhandelen", 4),),
    themes=("Mobiliteit",),
    notes=" ".join(["versie B, met een langere notitie"] * 20),
)


def main(path: str, trainee_id: int) -> None:
    context = AppContext.open(path, create=False)
    turn = 0
    while True:
        turn += 1
        data = VERSION_B if turn % 2 else VERSION_A
        with context.read_session() as session:
            _seen, version = records.load_trainee(session, trainee_id)
        with context.transaction() as session:
            records.update_trainee(session, trainee_id, data, seen_version=version)
        if turn == 1:
            print("ready", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
