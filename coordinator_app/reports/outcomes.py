"""Outcomes report over the sessions in a period, for management or the council.

What took place (sessions per type, attendance, level mix), the themes raised
and how often, the action points by status, and each session's outcomes. Only
sessions that have taken place (on or before the application's date) count, as
everywhere in :mod:`coordinator_app.services.participation`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer
from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from coordinator_app.models import (
    ActionPoint,
    ActionPointStatus,
    Session,
    SessionType,
    Theme,
    session_theme,
)
from coordinator_app.reports.charts import horizontal_bars
from coordinator_app.reports.common import (
    DASH,
    decimal,
    note,
    percent,
    section,
    subheading,
    text_paragraph,
    title_block,
    user_paragraph,
)
from coordinator_app.reports.document import DocumentSpec, Letterhead, frame_width
from coordinator_app.reports.session_report import level_mix_table
from coordinator_app.reports.styles import WARNING_FILL, styles
from coordinator_app.reports.tables import data_table, key_figures
from coordinator_app.reports.text import markup
from coordinator_app.services.dutch import long_date, period, short_date
from coordinator_app.services.labels import label
from coordinator_app.services.participation import (
    Counts,
    LevelMix,
    Period,
    SessionFigures,
    overall_counts,
    period_mix,
    session_figures,
)

OUTCOME_LIMIT = 3000  # characters of one session's outcome notes in this overview


@dataclass(frozen=True)
class ActionRow:
    description: str
    owner: str
    due: dt.date | None
    status: ActionPointStatus
    session_title: str
    session_date: dt.date


@dataclass(frozen=True)
class SessionOutcome:
    date: dt.date
    title: str
    type: SessionType
    notes: str


@dataclass(frozen=True)
class OutcomesData:
    first: dt.date
    last: dt.date
    today: dt.date
    sessions: tuple[SessionFigures, ...]
    counts: Counts
    mix: LevelMix
    themes: tuple[tuple[str, int], ...]
    actions: tuple[ActionRow, ...]
    outcomes: tuple[SessionOutcome, ...]


def load(db: DbSession, first: dt.date, last: dt.date, today: dt.date) -> OutcomesData:
    span = Period(first, last)
    sessions = tuple(sorted(session_figures(db, today, span), key=lambda s: (s.date, s.session_id)))
    held = (Session.date >= first, Session.date <= last, Session.date <= today)
    themes = tuple(
        (name, int(count))
        for name, count in db.execute(
            select(Theme.name, func.count(func.distinct(Session.id)))
            .join(session_theme, session_theme.c.theme_id == Theme.id)
            .join(Session, Session.id == session_theme.c.session_id)
            .where(*held)
            .group_by(Theme.name)
            .order_by(func.count(func.distinct(Session.id)).desc(), Theme.name)
        )
    )
    actions = tuple(
        ActionRow(p.description, p.owner or "", p.due_date, p.status, title, date)
        for p, title, date in db.execute(
            select(ActionPoint, Session.title, Session.date)
            .join(Session, Session.id == ActionPoint.session_id)
            .where(*held)
            .order_by(Session.date, ActionPoint.id)
        )
    )
    outcomes = tuple(
        SessionOutcome(date, title, kind, notes)
        for date, title, kind, notes in db.execute(
            select(Session.date, Session.title, Session.type, Session.outcome_notes)
            .where(*held, func.length(func.trim(Session.outcome_notes)) > 0)
            .order_by(Session.date, Session.start_time, Session.id)
        )
    )
    return OutcomesData(
        first=first,
        last=last,
        today=today,
        sessions=sessions,
        counts=overall_counts(db, today, span),
        mix=period_mix(db, today, span),
        themes=themes,
        actions=actions,
        outcomes=outcomes,
    )


STATUS_ORDER = (ActionPointStatus.OPEN, ActionPointStatus.IN_PROGRESS, ActionPointStatus.DONE)


def story(data: OutcomesData, letterhead: Letterhead) -> tuple[DocumentSpec, list[Flowable]]:
    s = styles()
    period_text = f"{long_date(data.first)} tot en met {long_date(data.last)}"
    spec = DocumentSpec(
        title=f"Opbrengsten van bijeenkomsten, {period(data.first, data.last)}",
        programme="Alle programma's",
        letterhead=letterhead,
        subject="Opbrengsten van bijeenkomsten",
    )
    width = frame_width(spec)
    parts: list[Flowable] = []
    parts += title_block("Opbrengsten van bijeenkomsten", period_text)
    counts = data.counts
    if data.last > data.today:
        parts.append(
            note(
                f"De periode loopt tot na vandaag ({long_date(data.today)}); alleen bijeenkomsten "
                "die al hebben plaatsgevonden tellen mee."
            )
        )
    summary = (
        f"In deze periode vonden <b>{len(data.sessions)}</b> bijeenkomsten plaats. Er waren "
        f"<b>{counts.present}</b> aanwezigen op <b>{counts.invited}</b> uitnodigingen "
        f"(deelname {percent(counts.rate)}); {counts.excused} meldden zich af en "
        f"{counts.absent} bleven zonder bericht weg. Er werden {len(data.themes)} thema's "
        f"besproken en {len(data.actions)} actiepunten afgesproken."
    )
    parts += section(
        "Samenvatting",
        text_paragraph(summary, s.body),
        key_figures(
            [
                (str(len(data.sessions)), "bijeenkomsten"),
                (str(counts.present), "aanwezigen"),
                (percent(counts.rate), "deelname"),
                (decimal(data.mix.index, 2), "mengindex niveaus"),
            ],
            width,
        ),
    )
    per_type = Counter(f.type for f in data.sessions)
    if per_type:
        rows = []
        for kind in SessionType:
            chosen = [f for f in data.sessions if f.type is kind]
            if not chosen:
                continue
            pooled = sum((f.counts for f in chosen), Counts())
            rows.append([label(kind), str(len(chosen)), str(pooled.present), percent(pooled.rate)])
        parts += section(
            "Bijeenkomsten per soort",
            data_table(
                ["Soort", "Aantal", "Aanwezigen", "Deelname"],
                rows,
                [width * 0.46, width * 0.18, width * 0.18, width * 0.18],
                align=["LEFT", "RIGHT", "RIGHT", "RIGHT"],
            ),
        )
    parts += section("Niveaumix (kruisbestuiving)", *level_mix_table(data.mix, width * 0.6))
    parts += _themes(data, width)
    parts += _actions(data, width)
    parts += _outcomes(data)
    return spec, parts


def _themes(data: OutcomesData, width: float) -> list[Flowable]:
    if not data.themes:
        return section("Besproken thema's", note("Er zijn geen thema's vastgelegd."))
    names = [name for name, _ in data.themes]
    counts = [[count for _, count in data.themes]]
    rows = [[name, str(count)] for name, count in data.themes]
    return section(
        "Besproken thema's",
        note("Het aantal bijeenkomsten waarin elk thema aan de orde kwam."),
        horizontal_bars(names, counts, ["bijeenkomsten"], width),
        Spacer(1, 2 * mm),
        data_table(
            ["Thema", "Bijeenkomsten"], rows, [width - 34 * mm, 34 * mm], align=["LEFT", "RIGHT"]
        ),
    )


def _actions(data: OutcomesData, width: float) -> list[Flowable]:
    if not data.actions:
        return section("Actiepunten", note("Er zijn geen actiepunten afgesproken."))
    tally = Counter(a.status for a in data.actions)
    overdue = [
        a
        for a in data.actions
        if a.status is not ActionPointStatus.DONE and a.due is not None and a.due < data.today
    ]
    parts = section(
        "Actiepunten",
        key_figures(
            [(str(tally.get(status, 0)), label(status)) for status in STATUS_ORDER]
            + [(str(len(overdue)), "over de datum")],
            width,
        ),
    )
    widths = [0.0, 50 * mm, 30 * mm, 20 * mm]
    widths[0] = width - sum(widths)
    for status in STATUS_ORDER:
        chosen = [a for a in data.actions if a.status is status]
        if not chosen:
            continue
        rows = [
            [
                a.description,
                f"{a.session_title} ({short_date(a.session_date)})",
                a.owner or DASH,
                short_date(a.due) if a.due else DASH,
            ]
            for a in chosen
        ]
        late = [
            i
            for i, a in enumerate(chosen)
            if status is not ActionPointStatus.DONE and a.due is not None and a.due < data.today
        ]
        parts.append(subheading(f"{label(status).capitalize()} ({len(chosen)})"))
        parts.append(
            data_table(
                ["Actiepunt", "Bijeenkomst", "Eigenaar", "Uiterlijk"],
                rows,
                widths,
                marked_rows=late,
                mark_colour=WARNING_FILL,
            )
        )
    if overdue:
        parts.append(note("Rood gemarkeerd: over de datum en nog niet afgerond."))
    return parts


def _outcomes(data: OutcomesData) -> list[Flowable]:
    if not data.outcomes:
        return section("Uitkomsten per bijeenkomst", note("Er zijn geen uitkomsten vastgelegd."))
    s = styles()
    parts = section("Uitkomsten per bijeenkomst")
    for outcome in data.outcomes:
        parts.append(
            KeepTogether(
                [
                    text_paragraph(
                        f"<b>{markup(short_date(outcome.date))} · "
                        f"{markup(outcome.title, limit=300)}</b> "
                        f"<font color='#5F6B7A'>({markup(label(outcome.type))})</font>",
                        s.body,
                    ),
                    user_paragraph(outcome.notes, limit=OUTCOME_LIMIT),
                ]
            )
        )
    return parts
