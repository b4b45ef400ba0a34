"""The words of a delete: what will go, what goes with it, and why it cannot go.

The numbers come from coordinator_app.services.records.delete_impact; this module
only turns them into sentences in the interface language.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from coordinator_app.services import records
from coordinator_app.services.records import DeleteImpact

MAX_NAMES = 8


class _Words(NamedTuple):
    """A phrase for one record and for several ({n}); the others are format fields."""

    one: str
    many: str

    def pick(self, n: int, **fields: object) -> str:
        return (self.one if n == 1 else self.many).format(n=n, **fields)


def _count_words(what: str) -> _Words | None:
    """'1 plaatsing' / '{n} plaatsingen' for the kinds of rows a delete takes along."""
    if what == "placement":
        return _Words(
            QCoreApplication.translate("DeleteText", "1 plaatsing"),
            QCoreApplication.translate("DeleteText", "{n} plaatsingen"),
        )
    if what == "evaluation":
        return _Words(
            QCoreApplication.translate("DeleteText", "1 evaluatie"),
            QCoreApplication.translate("DeleteText", "{n} evaluaties"),
        )
    if what == "attendance":
        return _Words(
            QCoreApplication.translate("DeleteText", "1 aanwezigheidsregistratie"),
            QCoreApplication.translate("DeleteText", "{n} aanwezigheidsregistraties"),
        )
    if what == "preference":
        return _Words(
            QCoreApplication.translate("DeleteText", "1 voorkeur"),
            QCoreApplication.translate("DeleteText", "{n} voorkeuren"),
        )
    if what == "contact_person":
        return _Words(
            QCoreApplication.translate("DeleteText", "1 contactpersoon"),
            QCoreApplication.translate("DeleteText", "{n} contactpersonen"),
        )
    if what == "action_point":
        return _Words(
            QCoreApplication.translate("DeleteText", "1 actiepunt"),
            QCoreApplication.translate("DeleteText", "{n} actiepunten"),
        )
    if what == "assignment":
        return _Words(
            QCoreApplication.translate("DeleteText", "1 opdracht"),
            QCoreApplication.translate("DeleteText", "{n} opdrachten"),
        )
    return None


def count_text(what: str, n: int) -> str:
    """'1 plaatsing', '3 plaatsingen', ... for the kinds of rows a delete takes along."""
    words = _count_words(what)
    return words.pick(n) if words is not None else f"{n} {what}"


class _KindWords(NamedTuple):
    """Every phrase of a delete for one kind of record."""

    title: _Words  # the dialog title
    question: _Words  # {name} or {n}
    along: _Words  # {list}: what goes with it
    command: str  # the undo stack's name for one record: {name}
    done: _Words  # the status bar after the delete: {name} or {n}


def _kind_words(kind: str) -> _KindWords:
    if kind == records.SESSION:
        return _KindWords(
            title=_Words(
                QCoreApplication.translate("DeleteText", "Bijeenkomst verwijderen"),
                QCoreApplication.translate("DeleteText", "{n} bijeenkomsten verwijderen"),
            ),
            question=_Words(
                QCoreApplication.translate(
                    "DeleteText", "Wilt u bijeenkomst '{name}' verwijderen?"
                ),
                QCoreApplication.translate(
                    "DeleteText", "Wilt u deze {n} bijeenkomsten verwijderen?"
                ),
            ),
            along=_Words(
                QCoreApplication.translate("DeleteText", "Daarmee verdwijnen ook {list}."),
                QCoreApplication.translate("DeleteText", "Daarmee verdwijnen ook {list}."),
            ),
            command=QCoreApplication.translate("DeleteText", "Bijeenkomst '{name}' verwijderen"),
            done=_Words(
                QCoreApplication.translate("DeleteText", "Bijeenkomst '{name}' verwijderd."),
                QCoreApplication.translate("DeleteText", "{n} bijeenkomsten verwijderd."),
            ),
        )
    if kind == records.TRAINEE:
        return _KindWords(
            title=_Words(
                QCoreApplication.translate("DeleteText", "Trainee verwijderen"),
                QCoreApplication.translate("DeleteText", "{n} trainees verwijderen"),
            ),
            question=_Words(
                QCoreApplication.translate("DeleteText", "Wilt u trainee {name} verwijderen?"),
                QCoreApplication.translate("DeleteText", "Wilt u deze {n} trainees verwijderen?"),
            ),
            along=_Words(
                QCoreApplication.translate("DeleteText", "Met deze trainee verdwijnen ook {list}."),
                QCoreApplication.translate(
                    "DeleteText", "Met deze trainees verdwijnen ook {list}."
                ),
            ),
            command=QCoreApplication.translate("DeleteText", "Trainee {name} verwijderen"),
            done=_Words(
                QCoreApplication.translate("DeleteText", "Trainee {name} verwijderd."),
                QCoreApplication.translate("DeleteText", "{n} trainees verwijderd."),
            ),
        )
    if kind == records.ORGANISATION:
        return _KindWords(
            title=_Words(
                QCoreApplication.translate("DeleteText", "Organisatie verwijderen"),
                QCoreApplication.translate("DeleteText", "{n} organisaties verwijderen"),
            ),
            question=_Words(
                QCoreApplication.translate("DeleteText", "Wilt u organisatie {name} verwijderen?"),
                QCoreApplication.translate(
                    "DeleteText", "Wilt u deze {n} organisaties verwijderen?"
                ),
            ),
            along=_Words(
                QCoreApplication.translate(
                    "DeleteText", "Met deze organisatie verdwijnen ook {list}."
                ),
                QCoreApplication.translate(
                    "DeleteText", "Met deze organisaties verdwijnen ook {list}."
                ),
            ),
            command=QCoreApplication.translate("DeleteText", "Organisatie {name} verwijderen"),
            done=_Words(
                QCoreApplication.translate("DeleteText", "Organisatie {name} verwijderd."),
                QCoreApplication.translate("DeleteText", "{n} organisaties verwijderd."),
            ),
        )
    return _KindWords(
        title=_Words(
            QCoreApplication.translate("DeleteText", "Opdracht verwijderen"),
            QCoreApplication.translate("DeleteText", "{n} opdrachten verwijderen"),
        ),
        question=_Words(
            QCoreApplication.translate("DeleteText", "Wilt u opdracht '{name}' verwijderen?"),
            QCoreApplication.translate("DeleteText", "Wilt u deze {n} opdrachten verwijderen?"),
        ),
        along=_Words(
            QCoreApplication.translate("DeleteText", "Met deze opdracht verdwijnen ook {list}."),
            QCoreApplication.translate("DeleteText", "Met deze opdrachten verdwijnen ook {list}."),
        ),
        command=QCoreApplication.translate("DeleteText", "Opdracht '{name}' verwijderen"),
        done=_Words(
            QCoreApplication.translate("DeleteText", "Opdracht '{name}' verwijderd."),
            QCoreApplication.translate("DeleteText", "{n} opdrachten verwijderd."),
        ),
    )


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
    return _kind_words(kind).title.pick(n)


def _question(impact: DeleteImpact) -> str:
    name = impact.labels[0] if impact.labels else ""
    return _kind_words(impact.kind).question.pick(len(impact.ids), name=name)


def _along(impact: DeleteImpact) -> str:
    parts = [count_text(what, impact.counts[what]) for what in _ORDER if impact.counts.get(what)]
    if not parts:
        return ""
    return _kind_words(impact.kind).along.pick(len(impact.ids), list=join_words(parts))


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
    return _kind_words(kind).command.format(name=labels[0])


def done_text(kind: str, labels: tuple[str, ...]) -> str:
    """The status bar's word after a delete, with the way back."""
    what = _kind_words(kind).done.pick(len(labels), name=labels[0] if labels else "")
    return what + " " + QCoreApplication.translate("DeleteText", "Ongedaan maken met Ctrl+Z.")
