"""The words of a delete: what will go, what goes with it, and why it cannot go.

The numbers come from coordinator_app.services.records.delete_impact; this module
only turns them into sentences in the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coordinator_app.services import records
from coordinator_app.services.records import DeleteImpact

MAX_NAMES = 8


def count_text(what: str, n: int) -> str:
    """'1 plaatsing', '3 plaatsingen', ... for the kinds of rows a delete takes along."""
    if what == "placement":
        return (
            QCoreApplication.translate("DeleteText", "1 plaatsing")
            if n == 1
            else QCoreApplication.translate("DeleteText", "{n} plaatsingen").format(n=n)
        )
    if what == "evaluation":
        return (
            QCoreApplication.translate("DeleteText", "1 evaluatie")
            if n == 1
            else QCoreApplication.translate("DeleteText", "{n} evaluaties").format(n=n)
        )
    if what == "attendance":
        return (
            QCoreApplication.translate("DeleteText", "1 aanwezigheidsregistratie")
            if n == 1
            else QCoreApplication.translate("DeleteText", "{n} aanwezigheidsregistraties").format(
                n=n
            )
        )
    if what == "preference":
        return (
            QCoreApplication.translate("DeleteText", "1 voorkeur")
            if n == 1
            else QCoreApplication.translate("DeleteText", "{n} voorkeuren").format(n=n)
        )
    if what == "contact_person":
        return (
            QCoreApplication.translate("DeleteText", "1 contactpersoon")
            if n == 1
            else QCoreApplication.translate("DeleteText", "{n} contactpersonen").format(n=n)
        )
    if what == "action_point":
        return (
            QCoreApplication.translate("DeleteText", "1 actiepunt")
            if n == 1
            else QCoreApplication.translate("DeleteText", "{n} actiepunten").format(n=n)
        )
    if what == "assignment":
        return (
            QCoreApplication.translate("DeleteText", "1 opdracht")
            if n == 1
            else QCoreApplication.translate("DeleteText", "{n} opdrachten").format(n=n)
        )
    return f"{n} {what}"


def join_words(parts: list[str]) -> str:
    """'a', 'a en b', 'a, b en c' (with the language's word for 'and')."""
    if len(parts) <= 1:
        return "".join(parts)
    return QCoreApplication.translate("DeleteText", "{first} en {last}").format(
        first=", ".join(parts[:-1]), last=parts[-1]
    )


_ORDER = (
    "assignment", "contact_person", "placement", "evaluation", "attendance", "action_point",
    "preference",
)  # fmt: skip


def title_text(kind: str, n: int) -> str:
    if kind == records.SESSION:
        return (
            QCoreApplication.translate("DeleteText", "Bijeenkomst verwijderen")
            if n == 1
            else QCoreApplication.translate("DeleteText", "{n} bijeenkomsten verwijderen").format(
                n=n
            )
        )
    if kind == records.TRAINEE:
        return (
            QCoreApplication.translate("DeleteText", "Trainee verwijderen")
            if n == 1
            else QCoreApplication.translate("DeleteText", "{n} trainees verwijderen").format(n=n)
        )
    if kind == records.ORGANISATION:
        return (
            QCoreApplication.translate("DeleteText", "Organisatie verwijderen")
            if n == 1
            else QCoreApplication.translate("DeleteText", "{n} organisaties verwijderen").format(
                n=n
            )
        )
    return (
        QCoreApplication.translate("DeleteText", "Opdracht verwijderen")
        if n == 1
        else QCoreApplication.translate("DeleteText", "{n} opdrachten verwijderen").format(n=n)
    )


def _question(impact: DeleteImpact) -> str:
    n = len(impact.ids)
    name = impact.labels[0] if impact.labels else ""
    if impact.kind == records.SESSION:
        if n == 1:
            return QCoreApplication.translate(
                "DeleteText", "Wilt u bijeenkomst '{name}' verwijderen?"
            ).format(name=name)
        return QCoreApplication.translate(
            "DeleteText", "Wilt u deze {n} bijeenkomsten verwijderen?"
        ).format(n=n)
    if impact.kind == records.TRAINEE:
        if n == 1:
            return QCoreApplication.translate(
                "DeleteText", "Wilt u trainee {name} verwijderen?"
            ).format(name=name)
        return QCoreApplication.translate(
            "DeleteText", "Wilt u deze {n} trainees verwijderen?"
        ).format(n=n)
    if impact.kind == records.ORGANISATION:
        if n == 1:
            return QCoreApplication.translate(
                "DeleteText", "Wilt u organisatie {name} verwijderen?"
            ).format(name=name)
        return QCoreApplication.translate(
            "DeleteText", "Wilt u deze {n} organisaties verwijderen?"
        ).format(n=n)
    if n == 1:
        return QCoreApplication.translate(
            "DeleteText", "Wilt u opdracht '{name}' verwijderen?"
        ).format(name=name)
    return QCoreApplication.translate(
        "DeleteText", "Wilt u deze {n} opdrachten verwijderen?"
    ).format(n=n)


def _along(impact: DeleteImpact) -> str:
    parts = [count_text(what, impact.counts[what]) for what in _ORDER if impact.counts.get(what)]
    if not parts:
        return ""
    listed = join_words(parts)
    n = len(impact.ids)
    if impact.kind == records.SESSION:
        return QCoreApplication.translate("DeleteText", "Daarmee verdwijnen ook {list}.").format(
            list=listed
        )
    if impact.kind == records.TRAINEE:
        if n == 1:
            return QCoreApplication.translate(
                "DeleteText", "Met deze trainee verdwijnen ook {list}."
            ).format(list=listed)
        return QCoreApplication.translate(
            "DeleteText", "Met deze trainees verdwijnen ook {list}."
        ).format(list=listed)
    if impact.kind == records.ORGANISATION:
        if n == 1:
            return QCoreApplication.translate(
                "DeleteText", "Met deze organisatie verdwijnen ook {list}."
            ).format(list=listed)
        return QCoreApplication.translate(
            "DeleteText", "Met deze organisaties verdwijnen ook {list}."
        ).format(list=listed)
    if n == 1:
        return QCoreApplication.translate(
            "DeleteText", "Met deze opdracht verdwijnen ook {list}."
        ).format(list=listed)
    return QCoreApplication.translate(
        "DeleteText", "Met deze opdrachten verdwijnen ook {list}."
    ).format(list=listed)


def confirm_text(impact: DeleteImpact) -> str:
    """The question before a delete, naming everything that goes along with it."""
    paragraphs = [_question(impact)]
    if len(impact.labels) > 1:
        shown = [f"• {label}" for label in impact.labels[:MAX_NAMES]]
        if len(impact.labels) > MAX_NAMES:
            shown.append(
                QCoreApplication.translate("DeleteText", "… en nog {n}").format(
                    n=len(impact.labels) - MAX_NAMES
                )
            )
        paragraphs.append("\n".join(shown))
    along = _along(impact)
    if along:
        paragraphs.append(along)
    paragraphs.append(
        QCoreApplication.translate(
            "DeleteText", "U kunt het verwijderen ongedaan maken met Ctrl+Z."
        )
    )
    return "\n\n".join(paragraphs)


def blocked_text(impact: DeleteImpact) -> str:
    """Why the delete cannot happen, and what the user can do about it."""
    lines = []
    for blocker in impact.blockers[:MAX_NAMES]:
        if blocker.owner_kind == records.ORGANISATION:
            lines.append(
                QCoreApplication.translate(
                    "DeleteText", "• {owner}: opdracht '{title}' heeft {placements}"
                ).format(
                    owner=blocker.owner_label,
                    title=blocker.assignment_title,
                    placements=count_text("placement", blocker.placements),
                )
            )
        else:
            lines.append(
                QCoreApplication.translate(
                    "DeleteText", "• Opdracht '{title}' heeft {placements}"
                ).format(
                    title=blocker.assignment_title,
                    placements=count_text("placement", blocker.placements),
                )
            )
    if len(impact.blockers) > MAX_NAMES:
        lines.append(
            QCoreApplication.translate("DeleteText", "… en nog {n}").format(
                n=len(impact.blockers) - MAX_NAMES
            )
        )
    if impact.kind == records.ORGANISATION:
        head = QCoreApplication.translate(
            "DeleteText",
            "Deze organisatie kan niet worden verwijderd: er zijn trainees geplaatst op "
            "haar opdrachten.",
        )
    else:
        head = QCoreApplication.translate(
            "DeleteText",
            "Deze opdracht kan niet worden verwijderd: er zijn trainees op geplaatst.",
        )
    advice = QCoreApplication.translate(
        "DeleteText",
        "Plaatsingen horen bij het traject van een trainee en verdwijnen nooit als "
        "bijwerking. Verwijder of verplaats eerst die plaatsingen, of zet de opdracht "
        "op 'gesloten'.",
    )
    return "\n\n".join([head, "\n".join(lines), advice])


def blocked_title(kind: str) -> str:
    if kind == records.ORGANISATION:
        return QCoreApplication.translate("DeleteText", "Organisatie kan niet worden verwijderd")
    return QCoreApplication.translate("DeleteText", "Opdracht kan niet worden verwijderd")


def command_text(kind: str, labels: tuple[str, ...]) -> str:
    """The undo stack's name of a delete: 'Trainee Jan de Vries verwijderen'."""
    if len(labels) != 1:
        return title_text(kind, len(labels))
    if kind == records.SESSION:
        return QCoreApplication.translate("DeleteText", "Bijeenkomst '{name}' verwijderen").format(
            name=labels[0]
        )
    if kind == records.TRAINEE:
        return QCoreApplication.translate("DeleteText", "Trainee {name} verwijderen").format(
            name=labels[0]
        )
    if kind == records.ORGANISATION:
        return QCoreApplication.translate("DeleteText", "Organisatie {name} verwijderen").format(
            name=labels[0]
        )
    return QCoreApplication.translate("DeleteText", "Opdracht '{name}' verwijderen").format(
        name=labels[0]
    )


def done_text(kind: str, labels: tuple[str, ...]) -> str:
    """The status bar's word after a delete, with the way back."""
    n = len(labels)
    if kind == records.SESSION:
        what = (
            QCoreApplication.translate("DeleteText", "Bijeenkomst '{name}' verwijderd.").format(
                name=labels[0]
            )
            if n == 1
            else QCoreApplication.translate("DeleteText", "{n} bijeenkomsten verwijderd.").format(
                n=n
            )
        )
    elif kind == records.TRAINEE:
        what = (
            QCoreApplication.translate("DeleteText", "Trainee {name} verwijderd.").format(
                name=labels[0]
            )
            if n == 1
            else QCoreApplication.translate("DeleteText", "{n} trainees verwijderd.").format(n=n)
        )
    elif kind == records.ORGANISATION:
        what = (
            QCoreApplication.translate("DeleteText", "Organisatie {name} verwijderd.").format(
                name=labels[0]
            )
            if n == 1
            else QCoreApplication.translate("DeleteText", "{n} organisaties verwijderd.").format(
                n=n
            )
        )
    else:
        what = (
            QCoreApplication.translate("DeleteText", "Opdracht '{name}' verwijderd.").format(
                name=labels[0]
            )
            if n == 1
            else QCoreApplication.translate("DeleteText", "{n} opdrachten verwijderd.").format(n=n)
        )
    return what + " " + QCoreApplication.translate("DeleteText", "Ongedaan maken met Ctrl+Z.")
