"""The attention list: what a coordinator should act on soon.

Three kinds of item, each with the date it is about so the list can be sorted by
urgency:

* a rotation that ends within the attention window (setting, in weeks) while the
  trainee has rotations to go and no next placement: the foundation's soft rule
  (:func:`~coordinator_app.services.rules.placements_ending_without_next`), with its
  message;
* an open assignment with free places, running now or starting within the window,
  with at least :data:`MIN_USEFUL_DAYS` left: a place nobody uses;
* a hired or active trainee with rotations to go but no running or planned placement.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.models import (
    Assignment,
    AssignmentStatus,
    Cohort,
    Organisation,
    Placement,
    PlacementStatus,
    Programme,
    Trainee,
)
from coordinator_app.services.dutch import short_date
from coordinator_app.services.placements import PLANNABLE_TRAINEES, load_occupants, placement_rows
from coordinator_app.services.rules import (
    RecordRef,
    SoftRuleSettings,
    placements_ending_without_next,
)
from coordinator_app.text import full_name

MIN_USEFUL_DAYS = 30  # a free place for less than a month is not worth a placement


class AttentionKind(enum.StrEnum):
    ROTATION_ENDING = "rotatie-eindigt"
    FREE_PLACES = "vrije-plaatsen"
    NO_PLACEMENT = "zonder-plaatsing"


KIND_LABELS = {
    AttentionKind.ROTATION_ENDING: "Rotatie eindigt zonder vervolg",
    AttentionKind.FREE_PLACES: "Opdracht met vrije plaatsen",
    AttentionKind.NO_PLACEMENT: "Trainee zonder plaatsing",
}


@dataclass(frozen=True)
class AttentionItem:
    kind: AttentionKind
    due: dt.date  # the date the item is about: end of rotation, free from, today
    message: str  # Dutch
    records: tuple[RecordRef, ...]
    message_en: str = ""

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]

    def text(self, lang: str) -> str:
        """The message in the interface language ("nl" or "en")."""
        return self.message_en if lang == "en" and self.message_en else self.message


def attention_list(
    session: Session,
    settings: SoftRuleSettings,
    kinds: Collection[AttentionKind] = tuple(AttentionKind),
) -> list[AttentionItem]:
    """Every attention item (of ``kinds``), most urgent first.

    ``kinds`` lets a screen that keeps the list recompute only the kinds a change
    can affect (a trainee's edit never frees a place).
    """
    makers = {
        AttentionKind.ROTATION_ENDING: _rotations_ending,
        AttentionKind.FREE_PLACES: _free_places,
        AttentionKind.NO_PLACEMENT: _without_placement,
    }
    items = [
        item for kind in AttentionKind if kind in kinds for item in makers[kind](session, settings)
    ]
    order = list(AttentionKind)
    items.sort(key=lambda i: (i.due, order.index(i.kind), i.message))
    return items


def _rotations_ending(session: Session, settings: SoftRuleSettings) -> list[AttentionItem]:
    warnings = placements_ending_without_next(session, settings)
    placement_ids = [r.id for w in warnings for r in w.records if r.kind == "placement"]
    ends = {
        pid: end
        for pid, end in session.execute(
            select(Placement.id, Placement.end_date).where(Placement.id.in_(placement_ids))
        )
    }
    items = []
    for w in warnings:
        due = next(
            (ends[r.id] for r in w.records if r.kind == "placement" and r.id in ends),
            settings.today,
        )
        items.append(
            AttentionItem(AttentionKind.ROTATION_ENDING, due, w.message_nl, w.records, w.message_en)
        )
    return items


def _free_places(session: Session, settings: SoftRuleSettings) -> list[AttentionItem]:
    horizon = settings.today + dt.timedelta(weeks=settings.attention_weeks)
    rows = session.execute(
        select(
            Assignment.id,
            Assignment.title,
            Organisation.name,
            Assignment.start_date,
            Assignment.end_date,
            Assignment.places,
        )
        .join(Organisation, Organisation.id == Assignment.organisation_id)
        .where(
            Assignment.status == AssignmentStatus.OPEN,
            Assignment.start_date <= horizon,
            Assignment.end_date >= settings.today + dt.timedelta(days=MIN_USEFUL_DAYS),
        )
    ).all()
    occupants = load_occupants(session, [r[0] for r in rows])
    items = []
    for aid, title, org_name, start, end, places in rows:
        moment = max(settings.today, start)
        taken = sum(1 for o in occupants.get(aid, []) if o.start <= moment <= o.end)
        free = places - taken
        if free <= 0:
            continue
        items.append(
            AttentionItem(
                AttentionKind.FREE_PLACES,
                moment,
                f"Opdracht '{title}' ({org_name}) heeft op {short_date(moment)} {free} van "
                f"{places} {'plaats' if places == 1 else 'plaatsen'} vrij; de opdracht loopt "
                f"tot {short_date(end)}.",
                (RecordRef("assignment", aid, title),),
                f"Assignment '{title}' ({org_name}) has {free} of {places} "
                f"{'place' if places == 1 else 'places'} free on {short_date(moment)}; it runs "
                f"until {short_date(end)}.",
            )
        )
    return items


def _without_placement(session: Session, settings: SoftRuleSettings) -> list[AttentionItem]:
    trainees = session.execute(
        select(
            Trainee.id,
            Trainee.given_name,
            Trainee.prefix,
            Trainee.surname,
            Cohort.start_date,
            Programme.rotations_per_trainee,
        )
        .outerjoin(Cohort, Cohort.id == Trainee.cohort_id)
        .outerjoin(Programme, Programme.id == Cohort.programme_id)
        .where(Trainee.status.in_(PLANNABLE_TRAINEES))
    ).all()
    # Most trainees have a running or planned placement: leave them out in SQL
    # instead of reading every placement of every trainee.
    busy = set(
        session.scalars(
            select(Placement.trainee_id)
            .where(
                Placement.status != PlacementStatus.ABORTED,
                Placement.end_date >= settings.today,
            )
            .distinct()
        )
    )
    trainees = [row for row in trainees if row[0] not in busy]
    ids = [row[0] for row in trainees]
    placements = defaultdict(list)
    for row in placement_rows(session, trainee_ids=ids):
        placements[row.trainee_id].append(row)
    items = []
    for tid, given, prefix, surname, cohort_start, rotations in trainees:
        mine = placements.get(tid, [])
        if any(p.end >= settings.today for p in mine):
            continue  # running or planned
        if rotations is not None and len({p.rotation for p in mine}) >= rotations:
            continue  # every rotation done
        name = full_name(given, prefix, surname)
        due = max(settings.today, cohort_start) if cohort_start else settings.today
        if mine:
            last = short_date(max(p.end for p in mine))
            message = (
                f"{name} heeft geen lopende of geplande plaatsing meer; de laatste eindigde op "
                f"{last}."
            )
            message_en = f"{name} has no current or planned placement; the last one ended {last}."
        else:
            message = f"{name} heeft geen lopende of geplande plaatsing."
            message_en = f"{name} has no current or planned placement."
        items.append(
            AttentionItem(
                AttentionKind.NO_PLACEMENT,
                due,
                message,
                (RecordRef("trainee", tid, name),),
                message_en,
            )
        )
    return items
