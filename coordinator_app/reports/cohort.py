"""Cohort progress report: how a lichting is doing, for the programme board or the council.

Key figures, where the trainees work (per subregion and municipality, per
rotation), the level mix and participation per month, participation per
trainee, the rotation changes coming up and the attention list. The figures are
those of :mod:`coordinator_app.services.figures` (the GUI overview shows the same).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table
from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from coordinator_app.models import (
    Cohort,
    EducationLevel,
    Programme,
    Trainee,
    TraineeStatus,
    assignment_programme,
)
from coordinator_app.reports.charts import horizontal_bars, month_label, vertical_bars
from coordinator_app.reports.common import (
    DASH,
    decimal,
    note,
    percent,
    section,
    subheading,
    title_block,
)
from coordinator_app.reports.document import DocumentSpec, Letterhead, frame_width
from coordinator_app.reports.styles import LEVEL_COLOURS, WARNING_FILL
from coordinator_app.reports.tables import data_table, key_figures
from coordinator_app.reports.targets import ReportError
from coordinator_app.services.attention import attention_list
from coordinator_app.services.dutch import long_date, short_date
from coordinator_app.services.figures import (
    KeyFigures,
    MonthFigures,
    PlacementsByPlace,
    RotationChange,
    Scope,
    counts_by_trainee,
    monthly_figures,
    placements_by_place,
    upcoming_changes,
)
from coordinator_app.services.figures import (
    key_figures as compute_key_figures,
)
from coordinator_app.services.labels import label
from coordinator_app.services.participation import LEVELS, Counts
from coordinator_app.services.progress import NO_PROGRESS, Progress
from coordinator_app.services.rules import SoftRuleSettings
from coordinator_app.text import full_name

MONTHS_SHOWN = 12
CHANGE_WEEKS = 10
WARNED = (TraineeStatus.HIRED, TraineeStatus.ACTIVE)


@dataclass(frozen=True)
class TraineeLine:
    trainee_id: int
    name: str
    level: EducationLevel
    status: TraineeStatus
    counts: Counts | None


@dataclass(frozen=True)
class AttentionLine:
    kind: str
    due: dt.date
    message: str


@dataclass(frozen=True)
class CohortReportData:
    cohort_id: int
    name: str
    programme: str
    start: dt.date
    figures: KeyFigures
    places: PlacementsByPlace
    months: tuple[MonthFigures, ...]
    trainees: tuple[TraineeLine, ...]
    changes: tuple[RotationChange, ...]
    attention: tuple[AttentionLine, ...]
    threshold: float
    attention_weeks: int
    today: dt.date


def _attention(
    db: DbSession, settings: SoftRuleSettings, cohort_id: int, programme_id: int,
    trainee_ids: set[int],
) -> tuple[AttentionLine, ...]:  # fmt: skip
    """The attention list, narrowed to this cohort's trainees and its programme's assignments."""
    items = attention_list(db, settings)
    assignment_ids = {r.id for item in items for r in item.records if r.kind == "assignment"}
    offered = set(
        db.scalars(
            select(assignment_programme.c.assignment_id).where(
                assignment_programme.c.programme_id == programme_id,
                assignment_programme.c.assignment_id.in_(assignment_ids or {-1}),
            )
        )
    )
    lines = []
    for item in items:
        refs = item.records
        mine = any(r.kind == "trainee" and r.id in trainee_ids for r in refs) or (
            not any(r.kind == "trainee" for r in refs)
            and any(r.kind == "assignment" and r.id in offered for r in refs)
        )
        if mine:
            lines.append(AttentionLine(item.label, item.due, item.message))
    return tuple(lines)


def load(
    db: DbSession,
    cohort_id: int,
    today: dt.date,
    *,
    threshold: float = 0.7,
    attention_weeks: int = 6,
    max_travel_km: float = 50.0,
    progress: Progress = NO_PROGRESS,
) -> CohortReportData:
    found = db.execute(
        select(Cohort.name, Cohort.start_date, Programme.id, Programme.name)
        .join(Programme, Programme.id == Cohort.programme_id)
        .where(Cohort.id == cohort_id)
    ).first()
    if found is None:
        raise ReportError(f"Er is geen lichting met nummer {cohort_id}.")
    name, start, programme_id, programme = found
    scope = Scope(cohort_id=cohort_id)
    progress.report(1, 6, "Kerncijfers berekenen")
    figures = compute_key_figures(db, today, scope)
    progress.report(2, 6, "Plaatsingen tellen")
    places = placements_by_place(db, today, scope)
    months = monthly_figures(db, today, scope, months=MONTHS_SHOWN)
    progress.report(3, 6, "Deelname per trainee")
    counts = counts_by_trainee(db, today, scope)
    trainees = tuple(
        TraineeLine(tid, full_name(given, prefix, surname), level, status, counts.get(tid))
        for tid, given, prefix, surname, level, status in db.execute(
            select(
                Trainee.id, Trainee.given_name, Trainee.prefix, Trainee.surname,
                Trainee.education_level, Trainee.status,
            )
            .where(Trainee.cohort_id == cohort_id)
            .order_by(Trainee.sort_name, Trainee.id)
        )
    )  # fmt: skip
    progress.report(4, 6, "Rotatiewisselingen en aandachtspunten")
    changes = tuple(upcoming_changes(db, today, scope, weeks=CHANGE_WEEKS))
    settings = SoftRuleSettings(
        today=today, attention_weeks=attention_weeks, max_travel_km=max_travel_km
    )
    attention = _attention(db, settings, cohort_id, programme_id, {t.trainee_id for t in trainees})
    return CohortReportData(
        cohort_id, name, programme, start, figures, places, tuple(months), trainees, changes,
        attention, threshold, attention_weeks, today,
    )  # fmt: skip


# -- the document ---------------------------------------------------------------------------


def _below(line: TraineeLine, threshold: float) -> bool:
    rate = line.counts.rate if line.counts is not None else None
    return line.status in WARNED and rate is not None and rate < threshold


def story(data: CohortReportData, letterhead: Letterhead) -> tuple[DocumentSpec, list[Flowable]]:
    spec = DocumentSpec(
        title=f"Voortgangsrapportage {data.name}",
        programme=data.programme,
        letterhead=letterhead,
        subject="Voortgangsrapportage van een lichting",
    )
    width = frame_width(spec)
    parts: list[Flowable] = []
    parts += title_block(
        f"Voortgangsrapportage {data.name}",
        f"{data.programme} · gestart op {long_date(data.start)} · stand op {long_date(data.today)}",
    )
    f = data.figures
    parts += section(
        "Kerncijfers",
        key_figures(
            [
                (str(f.active_trainees), "actieve trainees"),
                (str(f.placements_now), "lopende plaatsingen"),
                (str(f.open_assignments), "open opdrachten"),
                (str(f.free_places), "vrije plaatsen"),
                (str(f.sessions_this_month), "bijeenkomsten deze maand"),
                (percent(f.participation_rate), "gemiddelde deelname"),
                (str(f.open_action_points), "open actiepunten"),
                (str(len(data.attention)), "aandachtspunten"),
            ],
            width,
        ),
    )
    parts += _places(data, width)
    parts += _months(data, width)
    parts += _trainees(data, width)
    parts += _changes(data, width)
    parts += _attention_section(data, width)
    return spec, parts


def _places(data: CohortReportData, width: float) -> list[Flowable]:
    places = data.places
    if not places.total:
        return section("Plaatsingen per subregio en gemeente", note("Nog geen plaatsingen."))
    rotations = places.rotations
    names = [f"rotatie {r}" for r in rotations]

    def series(groups: dict[str, dict[int, int]]) -> list[list[float]]:
        return [[per.get(r, 0) for per in groups.values()] for r in rotations]

    subregions = places.by_subregion()
    municipalities = places.by_municipality()
    parts = section(
        "Plaatsingen per subregio en gemeente",
        note(
            "Alle plaatsingen van de lichting (afgebroken plaatsingen niet meegeteld), naar de "
            "gemeente van de opdracht, per rotatie."
        ),
        subheading("Per subregio"),
        vertical_bars(list(subregions), series(subregions), names, width, 150),
    )
    parts.append(subheading("Per gemeente"))
    parts.append(horizontal_bars(list(municipalities), series(municipalities), names, width))
    rows = [
        [name, *[str(per.get(r, 0) or "") for r in rotations], str(sum(per.values()))]
        for name, per in municipalities.items()
    ]
    sub_of = {row.municipality: row.subregion for row in places.rows}
    rows = [[row[0], sub_of.get(row[0], ""), *row[1:]] for row in rows]
    number = 18 * mm
    widths = [0.0, 36 * mm, *[number] * len(rotations), number]
    widths[0] = width - sum(widths)
    parts.append(Spacer(1, 2 * mm))
    parts.append(
        data_table(
            ["Gemeente", "Subregio", *[f"Rotatie {r}" for r in rotations], "Totaal"],
            rows,
            widths,
            align=["LEFT", "LEFT", *["RIGHT"] * (len(rotations) + 1)],
        )
    )
    return parts


def _months(data: CohortReportData, width: float) -> list[Flowable]:
    months = list(data.months)
    if not any(m.sessions for m in months):
        return section(
            "Deelname en niveaumix per maand",
            note("In de afgelopen twaalf maanden waren er geen bijeenkomsten voor deze lichting."),
        )
    categories = [month_label(m.month) for m in months]
    shares = [
        [
            round((m.mix.shares or {}).get(level, 0.0) * 100, 1) if m.mix.shares else 0.0
            for m in months
        ]
        for level in LEVELS
    ]
    rates = [[round((m.counts.rate or 0) * 100) for m in months]]
    chart_width = (width - 6 * mm) / 2
    charts = Table(
        [
            [
                vertical_bars(categories, rates, ["deelname"], chart_width, 150, percent=True),
                vertical_bars(
                    categories, shares, [label(level) for level in LEVELS], chart_width, 150,
                    colours=[LEVEL_COLOURS[level] for level in LEVELS],
                    percent=True,
                ),
            ],
            [note("Deelname (aanwezig / uitgenodigd)"), note("Niveaumix van de aanwezigen")],
        ],
        colWidths=[chart_width + 3 * mm, chart_width + 3 * mm],
    )  # fmt: skip
    charts.setStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    rows = []
    for m in months:
        shares_now = m.mix.shares
        rows.append(
            [
                month_label(m.month),
                str(m.sessions),
                str(m.counts.invited),
                str(m.counts.present),
                percent(m.counts.rate),
                *[percent(shares_now[level]) if shares_now else DASH for level in LEVELS],
                decimal(m.mix.index, 2),
            ]
        )
    column = (width - 24 * mm) / 8
    table = data_table(
        ["Maand", "Bijeenk.", "Uitgen.", "Aanw.", "Deelname", "mbo", "hbo", "wo", "Index"],
        rows,
        [24 * mm] + [column] * 8,
        align=["LEFT"] + ["RIGHT"] * 8,
    )
    return section(
        "Deelname en niveaumix per maand",
        charts,
        Spacer(1, 3 * mm),
        table,
        Spacer(1, 1.5 * mm),
        note(
            "Bijeenkomsten voor deze lichting of haar programma en bijeenkomsten waar een trainee "
            "van de lichting op de lijst stond. Mengindex: 0 = één niveau aanwezig, 1 = mbo, hbo "
            "en wo ieder een derde."
        ),
    )


def _trainees(data: CohortReportData, width: float) -> list[Flowable]:
    if not data.trainees:
        return section("Deelname per trainee", note("De lichting heeft (nog) geen trainees."))
    number = 16.5 * mm
    widths = [0.0, 28 * mm, 20 * mm, number, number, number, number, number]
    widths[0] = width - sum(widths)
    rows = []
    for line in data.trainees:
        c = line.counts
        rows.append(
            [
                line.name,
                label(line.level),
                label(line.status),
                str(c.invited) if c else "0",
                str(c.present) if c else DASH,
                str(c.excused) if c else DASH,
                str(c.absent) if c else DASH,
                percent(c.rate) if c else DASH,
            ]
        )
    marked = [i for i, line in enumerate(data.trainees) if _below(line, data.threshold)]
    table = data_table(
        ["Trainee", "Niveau", "Status", "Uitgen.", "Aanw.", "Afgem.", "Afwezig", "Deelname"],
        rows,
        widths,
        align=["LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"],
        marked_rows=marked,
        mark_colour=WARNING_FILL,
    )
    return section(
        "Deelname per trainee",
        note(
            f"Over de bijeenkomsten tot en met {long_date(data.today)}. Afgem. = afwezig met "
            "bericht, Afwezig = zonder bericht. Rood gemarkeerd: "
            f"actieve trainees onder de deelnamedrempel van {percent(data.threshold)} "
            f"({len(marked)} van {len(data.trainees)})."
        ),
        Spacer(1, 1.5 * mm),
        table,
    )


def _changes(data: CohortReportData, width: float) -> list[Flowable]:
    title = f"Rotatiewisselingen in de komende {CHANGE_WEEKS} weken"
    if not data.changes:
        return section(title, note("Geen wisselingen in deze periode."))
    widths = [22 * mm, 44 * mm, 0.0, 0.0]
    rest = (width - sum(widths)) / 2
    widths[2] = widths[3] = rest
    rows = []
    for change in data.changes:
        before = (
            f"rotatie {change.ending_rotation}: {change.ending_organisation} "
            f"(tot {short_date(change.ends)})"
            if change.ending_rotation is not None
            else "–"
        )
        after = (
            f"rotatie {change.next_rotation}: {change.next_organisation} "
            f"(vanaf {short_date(change.starts)})"
            if change.next_planned
            else "nog niet gepland"
        )
        rows.append([short_date(change.when), change.name, before, after])
    unplanned = [i for i, c in enumerate(data.changes) if not c.next_planned]
    return section(
        title,
        data_table(
            ["Datum", "Trainee", "Huidige plaatsing", "Volgende plaatsing"],
            rows,
            widths,
            marked_rows=unplanned,
            mark_colour=WARNING_FILL,
        ),
    )


def _attention_section(data: CohortReportData, width: float) -> list[Flowable]:
    title = "Aandachtslijst"
    intro = note(
        f"Rotaties die binnen {data.attention_weeks} weken eindigen zonder vervolg, trainees "
        "zonder lopende of geplande plaatsing en opdrachten van het programma met vrije plaatsen."
    )
    if not data.attention:
        return section(title, intro, note("Er staat niets op de aandachtslijst."))
    widths = [22 * mm, 44 * mm, 0.0]
    widths[2] = width - sum(widths)
    rows = [[short_date(a.due), a.kind, a.message] for a in data.attention]
    return section(
        title,
        intro,
        Spacer(1, 1.5 * mm),
        data_table(["Datum", "Soort", "Toelichting"], rows, widths),
    )
