"""The list screens' table models, tested without any widget.

Protects: rows and roles, Dutch surname order ("Anna van der Berg" under B before
"Jan de Vries" under V), dates and numbers sorting as dates and numbers, the
accent-insensitive search, every screen's filters, and the shown/total counts.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from coordinator_app.models import (
    AssignmentStatus,
    EducationLevel,
    LevelCategory,
    OrganisationType,
    PlacementStatus,
    SessionType,
    TraineeStatus,
)
from coordinator_app.services.queries import (
    AssignmentRow,
    OrganisationRow,
    PlacementRow,
    SessionRow,
    TraineeRow,
)
from coordinator_app.text import sort_key
from coordinator_app.views.screens.assignments import assignment_columns, assignment_filters
from coordinator_app.views.screens.base import FilterSpec
from coordinator_app.views.screens.organisations import (
    organisation_columns,
    organisation_filters,
)
from coordinator_app.views.screens.placements import placement_columns, placement_filters
from coordinator_app.views.screens.sessions import session_columns, session_filters
from coordinator_app.views.screens.table_model import ID_ROLE, ROW_ROLE, SORT_ROLE, RecordTableModel
from coordinator_app.views.screens.trainees import trainee_columns, trainee_filters

D = dt.date
TODAY = D(2026, 1, 15)


def trainee(
    id: int,
    given: str,
    prefix: str,
    surname: str,
    *,
    level: EducationLevel = EducationLevel.HBO,
    status: TraineeStatus = TraineeStatus.ACTIVE,
    programme: tuple[int, str] | None = (1, "De Toekomst van Groningen"),
    cohort: tuple[int, str] | None = (10, "Lichting 2025"),
    municipality: tuple[int, str] | None = (100, "Groningen"),
    themes: dict[int, str] | None = None,
    contract_end: dt.date | None = None,
    current: str = "",
) -> TraineeRow:
    themes = themes or {}
    return TraineeRow(
        id=id, given_name=given, prefix=prefix, surname=surname,
        sort_name=sort_key(given, prefix, surname), email=f"{given.lower()}@example.nl",
        phone="", education_level=level, field_of_study="",
        municipality_id=municipality[0] if municipality else None,
        municipality=municipality[1] if municipality else "",
        cohort_id=cohort[0] if cohort else None, cohort=cohort[1] if cohort else "",
        programme_id=programme[0] if programme else None,
        programme=programme[1] if programme else "", coach="", status=status,
        contract_start=None, contract_end=contract_end, theme_ids=frozenset(themes),
        themes=", ".join(sorted(themes.values())), current_assignment=current,
    )  # fmt: skip


def trainee_model(rows: list[TraineeRow]) -> RecordTableModel[Any]:
    model: RecordTableModel[Any] = RecordTableModel(
        trainee_columns(), "TraineesScreen", extra_search=lambda r: r.full_name
    )
    model.set_rows(rows)
    return model


def names(model: RecordTableModel[Any], column: int = 0) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def column_of(model: RecordTableModel[Any], key: str) -> int:
    return [c.key for c in model.columns].index(key)


@pytest.fixture
def trainees() -> list[TraineeRow]:
    return [
        trainee(1, "Jan", "de", "Vries", municipality=(101, "Stadskanaal"),
                themes={7: "energie"}, contract_end=D(2027, 8, 31),
                current="Dideldom (Gemeente Stadskanaal)"),
        trainee(2, "Anna", "van der", "Berg", level=EducationLevel.WO,
                themes={7: "energie", 8: "mobiliteit"}, contract_end=D(2026, 2, 28)),
        trainee(3, "Joëlle", "", "Bakker", level=EducationLevel.MBO4,
                status=TraineeStatus.HIRED, programme=(2, "GOA Publiek"),
                cohort=(11, "GOA Publiek 2026"), municipality=None),
        trainee(4, "Émile", "", "Zwart", level=EducationLevel.ASSOCIATE_DEGREE,
                status=TraineeStatus.LEFT, contract_end=D(2026, 12, 31)),
    ]  # fmt: skip


def test_rows_columns_and_roles(qtmodeltester, trainees):
    model = trainee_model(trainees)
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    assert model.columnCount() == len(trainee_columns())
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Naam"
    assert model.headerData(column_of(model, "level"), Qt.Orientation.Horizontal) == "Niveau"
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert "Vries, Jan de" in row
    assert model.index(0, 0).data(ID_ROLE) == 1
    assert model.index(0, 0).data(ROW_ROLE) is trainees[0]
    assert model.index(0, 0).data(SORT_ROLE) == sort_key("Jan", "de", "Vries")
    end = column_of(model, "contract_end")
    assert model.index(0, end).data() == "31-08-2027"
    assert model.index(0, end).data(SORT_ROLE) == (0, D(2027, 8, 31))
    assert model.index(2, end).data(SORT_ROLE)[0] == 1  # no date: sorts last
    level = column_of(model, "level")
    assert model.index(2, level).data() == "mbo niveau 4"


def test_dutch_surname_order(trainees):
    model = trainee_model(trainees)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert names(model) == ["Bakker, Joëlle", "Berg, Anna van der", "Vries, Jan de", "Zwart, Émile"]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["Zwart, Émile", "Vries, Jan de", "Berg, Anna van der", "Bakker, Joëlle"]


def test_dates_sort_as_dates_and_levels_in_their_own_order(trainees):
    model = trainee_model(trainees)
    model.sort(column_of(model, "contract_end"), Qt.SortOrder.AscendingOrder)
    assert [model.id_at(r) for r in range(4)] == [2, 4, 1, 3]  # 2026-02, 2026-12, 2027, none
    model.sort(column_of(model, "level"), Qt.SortOrder.AscendingOrder)
    assert [model.id_at(r) for r in range(4)] == [3, 4, 1, 2]  # mbo4, Ad, hbo, wo


def test_numbers_sort_as_numbers():
    rows = [
        OrganisationRow(i, name, OrganisationType.MUNICIPALITY, None, "", 0, "", count, 0, 0, "")
        for i, (name, count) in enumerate([("A", 10), ("B", 2), ("C", 1)], start=1)
    ]
    model: RecordTableModel[Any] = RecordTableModel(organisation_columns(), "OrganisationsScreen")
    model.set_rows(rows)
    column = column_of(model, "assignments")
    model.sort(column, Qt.SortOrder.AscendingOrder)
    assert names(model, column) == ["1", "2", "10"]


def test_search_is_case_and_accent_insensitive_and_needs_every_word(trainees):
    model = trainee_model(trainees)
    model.set_search("JOELLE")
    assert names(model) == ["Bakker, Joëlle"]
    model.set_search("emile")
    assert names(model) == ["Zwart, Émile"]
    model.set_search("anna van der")  # the written name, not the listed one
    assert names(model) == ["Berg, Anna van der"]
    model.set_search("energie stadskanaal")
    assert names(model) == ["Vries, Jan de"]
    model.set_search("energie nergens")
    assert model.rowCount() == 0
    assert model.shown_and_total() == (0, 4)
    model.set_search("  ")
    assert model.shown_and_total() == (4, 4)


def test_search_keeps_the_sort_order(trainees):
    model = trainee_model(trainees)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_search("hbo")
    assert names(model) == ["Vries, Jan de"]
    model.set_search("")
    assert names(model)[0] == "Zwart, Émile"


def _narrows(
    model: RecordTableModel[Any], spec: FilterSpec, value: Any, expected_ids: set[int]
) -> None:
    total = model.shown_and_total()[1]
    model.set_filter(spec.name, lambda row: spec.matches(value, row))
    shown = {model.id_at(r) for r in range(model.rowCount())}
    assert shown == expected_ids, spec.name
    assert model.shown_and_total() == (len(expected_ids), total)
    model.set_filter(spec.name, None)
    assert model.shown_and_total() == (total, total)


def test_every_trainee_filter_narrows(trainees):
    model = trainee_model(trainees)
    specs = {spec.name: spec for spec in trainee_filters()}
    assert set(specs) == {"programme", "cohort", "status", "level", "municipality", "theme"}
    _narrows(model, specs["programme"], 2, {3})
    _narrows(model, specs["cohort"], 10, {1, 2, 4})
    _narrows(model, specs["status"], TraineeStatus.LEFT, {4})
    _narrows(model, specs["level"], LevelCategory.HBO, {1, 4})  # hbo and Associate degree
    _narrows(model, specs["level"], EducationLevel.WO, {2})
    _narrows(model, specs["municipality"], 101, {1})
    _narrows(model, specs["theme"], 8, {2})


def test_filters_combine_with_each_other_and_the_search(trainees):
    model = trainee_model(trainees)
    specs = {spec.name: spec for spec in trainee_filters()}
    model.set_filter("theme", lambda r: specs["theme"].matches(7, r))
    model.set_filter("level", lambda r: specs["level"].matches(LevelCategory.WO, r))
    assert [model.id_at(r) for r in range(model.rowCount())] == [2]
    model.set_search("jan")
    assert model.rowCount() == 0
    model.clear_filters()
    assert model.shown_and_total() == (4, 4)


def test_assignment_filters():
    def row(id: int, **kw: Any) -> AssignmentRow:
        base: dict[str, Any] = dict(
            id=id, title=f"Opdracht {id}", organisation_id=1, organisation="Provincie",
            municipality_id=100, municipality="Groningen", programme_ids=frozenset({1}),
            programmes="TvG", theme_ids=frozenset({7}), themes="energie", levels=frozenset(),
            start_date=D(2025, 9, 1), end_date=D(2027, 8, 31), places=1, placements=0,
            hours_per_week=36.0, supervisor="", status=AssignmentStatus.OPEN,
        )  # fmt: skip
        base.update(kw)
        return AssignmentRow(**base)

    rows = [
        row(1),
        row(2, levels=frozenset({LevelCategory.MBO}), organisation_id=2, municipality_id=101,
            programme_ids=frozenset({2}), theme_ids=frozenset({8}),
            status=AssignmentStatus.FILLED),
        row(3, levels=frozenset({LevelCategory.HBO, LevelCategory.WO})),
    ]  # fmt: skip
    model: RecordTableModel[Any] = RecordTableModel(assignment_columns(), "AssignmentsScreen")
    model.set_rows(rows)
    specs = {spec.name: spec for spec in assignment_filters()}
    assert set(specs) == {"programme", "status", "level", "municipality", "theme", "organisation"}
    _narrows(model, specs["programme"], 2, {2})
    _narrows(model, specs["status"], AssignmentStatus.OPEN, {1, 3})
    _narrows(model, specs["level"], LevelCategory.MBO, {1, 2})  # no levels: every level
    _narrows(model, specs["municipality"], 101, {2})
    _narrows(model, specs["theme"], 7, {1, 3})
    _narrows(model, specs["organisation"], 2, {2})


def test_organisation_filters():
    rows = [
        OrganisationRow(1, "Gemeente Pekela", OrganisationType.MUNICIPALITY, 100, "Pekela",
                        1, "", 1, 1, 0, ""),
        OrganisationRow(2, "UMCG", OrganisationType.HEALTHCARE, 101, "Groningen", 1, "", 1, 0,
                        1, ""),
    ]  # fmt: skip
    model: RecordTableModel[Any] = RecordTableModel(organisation_columns(), "OrganisationsScreen")
    model.set_rows(rows)
    specs = {spec.name: spec for spec in organisation_filters()}
    _narrows(model, specs["type"], OrganisationType.HEALTHCARE, {2})
    _narrows(model, specs["municipality"], 100, {1})


def test_placement_filters():
    def row(id: int, cohort: int, rotation: int, start: dt.date, end: dt.date,
            status: PlacementStatus) -> PlacementRow:  # fmt: skip
        return PlacementRow(id, id, f"T{id}", f"t{id}", cohort, "", 1, "A", 1, "O", rotation,
                            start, end, status, False)  # fmt: skip

    rows = [
        row(1, 10, 1, D(2025, 9, 1), D(2026, 4, 30), PlacementStatus.RUNNING),
        row(2, 11, 2, D(2026, 5, 1), D(2026, 12, 31), PlacementStatus.CONFIRMED),
        row(3, 10, 1, D(2025, 1, 1), D(2025, 8, 31), PlacementStatus.COMPLETED),
    ]
    model: RecordTableModel[Any] = RecordTableModel(placement_columns(), "PlacementsScreen")
    model.set_rows(rows)
    specs = {spec.name: spec for spec in placement_filters(lambda: TODAY)}
    _narrows(model, specs["cohort"], 11, {2})
    _narrows(model, specs["rotation"], 1, {1, 3})
    _narrows(model, specs["status"], PlacementStatus.COMPLETED, {3})
    _narrows(model, specs["when"], "now", {1})
    _narrows(model, specs["when"], "coming", {2})
    _narrows(model, specs["when"], "past", {3})


def test_session_filters_and_turnout():
    def row(id: int, day: dt.date, kind: SessionType, cohorts: set[int], programmes: set[int],
            invited: int = 0, present: int = 0, recorded: int = 0) -> SessionRow:  # fmt: skip
        return SessionRow(id, day, dt.time(9), dt.time(12), kind, f"Sessie {id}", "", "", "",
                          frozenset(cohorts), frozenset(programmes), "", invited, present,
                          recorded)  # fmt: skip

    rows = [
        row(1, D(2026, 1, 9), SessionType.INTERVISION, {10}, {1}, 4, 3, 4),
        row(2, D(2026, 2, 6), SessionType.TRAINING, set(), {2}, 5),
        row(3, D(2025, 6, 1), SessionType.TRAINING, {11}, {1}),
    ]
    model: RecordTableModel[Any] = RecordTableModel(session_columns(), "SessionsScreen")
    model.set_rows(rows)
    specs = {spec.name: spec for spec in session_filters(lambda: TODAY)}
    _narrows(model, specs["type"], SessionType.TRAINING, {2, 3})
    _narrows(model, specs["invited"], ("programme", 1), {1, 3})
    _narrows(model, specs["invited"], ("cohort", 11), {3})
    _narrows(model, specs["period"], "next30", {2})
    _narrows(model, specs["period"], "last30", {1})
    _narrows(model, specs["period"], "coming", {2})
    _narrows(model, specs["period"], 2025, {3})
    turnout = column_of(model, "turnout")
    present = column_of(model, "present")
    by_id = {model.id_at(r): r for r in range(3)}
    assert model.index(by_id[1], turnout).data() == "75%"
    assert model.index(by_id[2], turnout).data() == ""  # presence not registered yet
    assert model.index(by_id[2], present).data() == ""
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.id_at(r) for r in range(3)] == [2, 1, 3]


def test_selection_follows_its_rows_when_sorting(trainees):
    model = trainee_model(trainees)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    anna = QPersistentModelIndex(model.index(1, 2))
    assert anna.data(ID_ROLE) == 2
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert anna.row() == 2
    assert anna.column() == 2
    assert anna.data(ID_ROLE) == 2


def test_language_switch_relabels_values(trainees):
    model = trainee_model(trainees)
    level = column_of(model, "level")
    status = column_of(model, "status")
    model.set_language("en")
    assert model.index(2, level).data() == "MBO level 4"
    assert model.index(2, status).data() == "hired"
    model.set_search("hired")
    assert model.shown_and_total() == (1, 4)


def test_export_table_gives_typed_values_in_the_shown_order(trainees):
    model = trainee_model(trainees)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    model.set_search("energie")
    headers, values = model.export_table(model.shown_rows())
    assert headers[0] == "Naam"
    end = column_of(model, "contract_end")
    assert [v[0] for v in values] == ["Berg, Anna van der", "Vries, Jan de"]
    assert values[0][end] == D(2026, 2, 28)
    assert model.view_row_of(1) == 1
    assert model.view_row_of(3) is None
