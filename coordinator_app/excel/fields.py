"""The columns of each kind of record: Dutch heading, the other names people use, the type.

One table drives everything: finding the header row, matching headings, parsing
cells, the export's headings and order, and the template's columns and help. The
headings an export writes are the first name of each field, so an exported file
always imports again.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from coordinator_app.excel import values
from coordinator_app.excel.values import ColumnResult
from coordinator_app.models import (
    AssignmentStatus,
    AttendanceStatus,
    OrganisationType,
    PlacementStatus,
    SessionType,
    TraineeStatus,
)

KINDS = (
    "programmes",
    "organisations",
    "trainees",
    "assignments",
    "placements",
    "sessions",
    "attendance",
)
"""Every kind, in the order an `all` workbook is imported (references point backwards)."""

CLI_KINDS = (
    "trainees",
    "organisations",
    "assignments",
    "placements",
    "sessions",
    "attendance",
    "programmes",
)


@dataclass(frozen=True)
class FieldSpec:
    key: str
    header: str
    aliases: tuple[str, ...] = ()
    type: str = "text"
    required: bool = False  # needed to create a record
    max_length: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    enum_cls: type[enum.Enum] | None = None
    help: str = ""
    example: Any = None
    choices: str | None = None  # name of a drop-down list in the template
    export_only: bool = False  # written for the reader, ignored when imported

    def names(self) -> tuple[str, ...]:
        return (self.header, *self.aliases)

    def parser(self, date1904: bool = False) -> Callable[[Any], Any]:
        """The function that turns one cell into this field's value (or raises CellProblem).

        Vocabulary-like fields (levels, statuses, dates, yes/no) repeat the same few
        values down a column, so their parsers remember each answer.
        """
        parse = self._parser(date1904)
        if self.type not in _MEMOISED:
            return parse
        answers: dict[Any, Any] = {}

        def remembered(value: Any) -> Any:
            try:
                found = answers[value]
            except KeyError:
                try:
                    found = answers[value] = parse(value)
                except values.CellProblem as exc:
                    found = answers[value] = exc
            except TypeError:  # not hashable
                return parse(value)
            if isinstance(found, values.CellProblem):
                raise found
            return found

        return remembered

    def column_parser(self, date1904: bool = False) -> Callable[[Sequence[Any]], ColumnResult]:
        """The function that parses a whole column at once: for every cell what
        :meth:`parser` gives (None for a blank cell), and the cells it refused."""
        kind = self.type
        if kind == "text":
            limit = self.max_length
            return lambda cells: values.text_column(cells, limit)
        if kind == "name":
            name_limit = self.max_length or 160
            return lambda cells: values.name_column(cells, name_limit)
        if kind == "email":
            return values.email_column
        if kind == "phone":
            return values.phone_column
        parse = self._parser(date1904)
        if kind in _MEMOISED:
            return lambda cells: values.parse_distinct(parse, cells)
        return lambda cells: values.parse_each(parse, cells)

    def _parser(self, date1904: bool) -> Callable[[Any], Any]:
        kind = self.type
        if kind == "text":
            limit = self.max_length
            return lambda v: values.text(v, max_length=limit)
        if kind == "name":
            limit = self.max_length or 160
            return lambda v: values.name_text(v, max_length=limit)
        if kind == "email":
            return values.email
        if kind == "phone":
            return values.phone
        if kind == "date":
            return lambda v: values.date(v, date1904=date1904)
        if kind == "time":
            return values.time_of_day
        if kind == "moment":
            return lambda v: values.moment(v, date1904=date1904)
        if kind == "int":
            low = None if self.minimum is None else int(self.minimum)
            high = None if self.maximum is None else int(self.maximum)
            return lambda v: values.integer(v, minimum=low, maximum=high)
        if kind == "float":
            return lambda v: values.decimal(v, minimum=self.minimum, maximum=self.maximum)
        if kind == "bool":
            return values.boolean
        if kind == "id":
            return values.identifier
        if kind == "level":
            return values.education_level
        if kind == "levels":
            return values.level_categories
        if kind == "enum":
            assert self.enum_cls is not None
            return values.enum_parser(self.enum_cls, self.help_what())
        if kind == "list":
            return values.name_list
        if kind == "competences":
            return values.competence_list
        raise AssertionError(f"unknown field type {kind}")

    def help_what(self) -> str:
        return self.header.lower()


_MEMOISED = {"level", "levels", "enum", "bool", "date", "time", "list", "competences"}


@dataclass(frozen=True)
class KindSpec:
    key: str
    sheet: str  # the Dutch sheet name an export writes
    label: str  # Dutch, plural, for messages
    fields: tuple[FieldSpec, ...]
    sheet_aliases: tuple[str, ...] = ()
    # Fields of which at least one must be mapped for rows to be recognised.
    identity: tuple[str, ...] = ()
    _lookup: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for spec in self.fields:
            for name in spec.names():
                self._lookup.setdefault(values.norm_key(name), spec.key)

    def match(self, heading: Any) -> str | None:
        """The field a column heading names, or None."""
        if not isinstance(heading, str) or not heading.strip():
            return None
        return self._lookup.get(values.norm_key(heading))

    def field(self, key: str) -> FieldSpec:
        for spec in self.fields:
            if spec.key == key:
                return spec
        raise KeyError(key)

    def header_of(self, key: str) -> str:
        return self.field(key).header

    def matches_sheet_name(self, name: str) -> bool:
        key = values.norm_key(name)
        return any(values.norm_key(n) == key for n in (self.sheet, self.key, *self.sheet_aliases))


F = FieldSpec

PROGRAMMES = KindSpec(
    "programmes",
    "Programma's",
    "programma's en lichtingen",
    (
        F(
            "programme",
            "Programma",
            ("programmanaam", "programme", "program", "traineeship"),
            "name",
            required=True,
            max_length=120,
            help="Naam van het programma.",
            example="De Toekomst van Groningen",
        ),
        F(
            "description",
            "Omschrijving",
            ("beschrijving", "description"),
            "text",
            help="Korte omschrijving van het programma.",
            example="Traineeship voor hbo/wo",
        ),
        F(
            "rotations",
            "Rotaties",
            ("aantal rotaties", "rotaties per trainee", "rotations"),
            "int",
            minimum=1,
            maximum=12,
            help="Aantal rotaties per trainee (1-12, standaard 3).",
            example=3,
        ),
        F(
            "rotation_months",
            "Maanden per rotatie",
            ("rotatieduur", "duur rotatie", "rotation months"),
            "int",
            minimum=1,
            maximum=36,
            help="Lengte van een rotatie in maanden (standaard 8).",
            example=8,
        ),
        F(
            "distinct",
            "Elke rotatie andere organisatie",
            ("andere organisatie", "distinct organisations"),
            "bool",
            help="ja of nee (standaard ja).",
            example="ja",
        ),
        F(
            "cohort",
            "Lichting",
            ("cohort", "jaargang", "lichtingnaam"),
            "name",
            max_length=120,
            help="Naam van de lichting (uniek).",
            example="Lichting 2025",
        ),
        F(
            "cohort_start",
            "Startdatum lichting",
            ("start lichting", "cohort start", "startdatum"),
            "date",
            help="Datum waarop de lichting begint.",
            example="1-9-2025",
        ),
    ),
    ("programmas", "programma", "lichtingen", "programmes", "cohorts"),
    identity=("programme",),
)

TRAINEES = KindSpec(
    "trainees",
    "Trainees",
    "trainees",
    (
        F(
            "id",
            "ID",
            ("trainee-id", "traineeid", "nr", "id trainee"),
            "id",
            help="Nummer uit een eerdere export; leeg voor nieuwe trainees.",
        ),
        F(
            "given_name",
            "Voornaam",
            ("roepnaam", "voornamen", "first name", "given name", "firstname"),
            "name",
            max_length=80,
            help="Voornaam of roepnaam.",
            example="Anna",
        ),
        F(
            "prefix",
            "Tussenvoegsel",
            ("tussenvoegsels", "tussenv", "voorvoegsel", "prefix", "infix"),
            "name",
            max_length=30,
            help="Bijvoorbeeld 'van der'.",
            example="van der",
        ),
        F(
            "surname",
            "Achternaam",
            ("familienaam", "last name", "surname", "family name", "lastname"),
            "name",
            required=True,
            max_length=120,
            help="Achternaam zonder tussenvoegsel.",
            example="Berg",
        ),
        F(
            "full_name",
            "Naam",
            (
                "volledige naam",
                "achternaam, voornaam",
                "naam trainee",
                "name",
                "full name",
                "trainee",
            ),
            "name",
            max_length=240,
            help=(
                "Alternatief voor de drie naamkolommen: "
                "'Achternaam, Voornaam' of 'Voornaam Achternaam'."
            ),
        ),
        F(
            "email",
            "E-mail",
            ("e-mailadres", "email", "emailadres", "mail", "e-mail address", "email address"),
            "email",
            required=True,
            help="Uniek per trainee; hiermee wordt een bestaande trainee herkend.",
            example="anna.vanderberg@example.nl",
        ),
        F(
            "phone",
            "Telefoon",
            ("telefoonnummer", "mobiel", "tel", "phone", "mobile"),
            "phone",
            help="Telefoonnummer.",
            example="0612345678",
        ),
        F(
            "education_level",
            "Opleidingsniveau",
            ("niveau", "opleiding niveau", "education level", "level"),
            "level",
            required=True,
            choices="levels",
            help="mbo 1 t/m mbo 4, Associate degree, hbo of wo.",
            example="hbo",
        ),
        F(
            "field_of_study",
            "Opleiding",
            ("studie", "vooropleiding", "field of study", "study"),
            "text",
            max_length=160,
            help="Gevolgde opleiding.",
            example="Bestuurskunde",
        ),
        F(
            "municipality",
            "Woongemeente",
            ("gemeente", "woonplaats", "home municipality", "municipality"),
            "text",
            max_length=80,
            choices="municipalities",
            help="Gemeente in Groningen of Drenthe; oude gemeentenamen worden omgezet.",
            example="Groningen",
        ),
        F(
            "programme",
            "Programma",
            ("traineeship", "programme", "program"),
            "name",
            max_length=120,
            help="Programma van de lichting; een nieuw programma wordt na bevestiging aangemaakt.",
            example="De Toekomst van Groningen",
        ),
        F(
            "cohort",
            "Lichting",
            ("cohort", "jaargang"),
            "name",
            max_length=120,
            help="Lichting; een nieuwe lichting wordt na bevestiging aangemaakt.",
            example="Lichting 2025",
        ),
        F(
            "coach",
            "Coach",
            ("begeleider", "coach trainee"),
            "name",
            max_length=160,
            help="Naam van de coach; een nieuwe coach wordt aangemaakt.",
            example="Petra Smit",
        ),
        F(
            "status",
            "Status",
            ("status trainee",),
            "enum",
            enum_cls=TraineeStatus,
            choices="trainee_status",
            help="aangenomen, actief, afgerond of gestopt.",
            example="actief",
        ),
        F(
            "contract_start",
            "Begin contract",
            ("contract start", "start contract", "in dienst", "startdatum", "datum in dienst"),
            "date",
            help="Datum, bijvoorbeeld 1-9-2025.",
            example="1-9-2025",
        ),
        F(
            "contract_end",
            "Einde contract",
            ("contract einde", "contract end", "einddatum", "uit dienst", "end contract"),
            "date",
            help="Datum, bijvoorbeeld 31-8-2027.",
            example="31-8-2027",
        ),
        F(
            "themes",
            "Thema's",
            ("themas", "interesses", "interests", "themes", "beleidsterreinen"),
            "list",
            help="Thema's gescheiden door ; of ,.",
            example="energie; economie",
        ),
        F(
            "notes",
            "Notities",
            ("opmerkingen", "notitie", "toelichting", "notes", "remarks"),
            "text",
            help="Vrije tekst.",
            example="",
        ),
    ),
    ("deelnemers", "trainee", "trainees"),
    identity=("email", "id"),
)

ORGANISATIONS = KindSpec(
    "organisations",
    "Organisaties",
    "organisaties",
    (
        F(
            "id",
            "ID",
            ("organisatie-id", "organisation id", "nr"),
            "id",
            help="Nummer uit een eerdere export; leeg voor nieuwe organisaties.",
        ),
        F(
            "name",
            "Naam",
            (
                "organisatie",
                "naam organisatie",
                "organisatienaam",
                "opdrachtgever",
                "organisation",
                "organization",
                "name",
            ),
            "name",
            required=True,
            max_length=160,
            help="Naam van de organisatie (uniek).",
            example="Gemeente Eemsdelta",
        ),
        F(
            "type",
            "Soort",
            ("type", "soort organisatie", "organisation type", "kind"),
            "enum",
            required=True,
            enum_cls=OrganisationType,
            choices="organisation_type",
            help="gemeente, provincie, waterschap, rijksoverheid, onderwijs, zorg, bedrijf, "
            "stichting of overig.",
            example="gemeente",
        ),
        F(
            "municipality",
            "Gemeente",
            ("vestigingsgemeente", "plaats", "municipality"),
            "text",
            max_length=80,
            choices="municipalities",
            help="Gemeente in Groningen of Drenthe.",
            example="Eemsdelta",
        ),
        F(
            "address",
            "Adres",
            ("bezoekadres", "address"),
            "text",
            max_length=200,
            help="Adres.",
            example="Markt 1, Delfzijl",
        ),
        F(
            "website",
            "Website",
            ("url", "site", "web"),
            "text",
            max_length=200,
            help="Website.",
            example="https://www.eemsdelta.nl",
        ),
        F(
            "notes",
            "Notities",
            ("opmerkingen", "toelichting", "notes"),
            "text",
            help="Vrije tekst.",
        ),
        F(
            "contact_id",
            "Contact-ID",
            ("contactpersoon-id", "contact id"),
            "id",
            help="Nummer van de contactpersoon uit een eerdere export.",
        ),
        F(
            "contact_name",
            "Contactpersoon",
            (
                "naam contactpersoon",
                "contact",
                "contactpersoon naam",
                "contact person",
                "contact name",
            ),
            "name",
            max_length=160,
            help="Eén contactpersoon per rij; herhaal de organisatie voor meer contactpersonen.",
            example="Karin de Boer",
        ),
        F(
            "contact_role",
            "Functie",
            ("rol", "functie contactpersoon", "role", "job title"),
            "text",
            max_length=120,
            help="Functie van de contactpersoon.",
            example="Teamleider communicatie",
        ),
        F(
            "contact_email",
            "E-mail contactpersoon",
            ("e-mail", "email", "e-mailadres", "mail", "contact email"),
            "email",
            help="E-mailadres van de contactpersoon.",
            example="k.deboer@example.nl",
        ),
        F(
            "contact_phone",
            "Telefoon contactpersoon",
            ("telefoon", "telefoonnummer", "phone", "contact phone"),
            "phone",
            help="Telefoonnummer van de contactpersoon.",
            example="0596123456",
        ),
        F(
            "contact_supervisor",
            "Begeleider",
            ("is begeleider", "supervisor", "werkbegeleider"),
            "bool",
            help="ja als deze contactpersoon trainees begeleidt.",
            example="ja",
        ),
    ),
    ("organisatie", "organisations", "opdrachtgevers", "contactpersonen"),
    identity=("name", "id"),
)

ASSIGNMENTS = KindSpec(
    "assignments",
    "Opdrachten",
    "opdrachten",
    (
        F(
            "id",
            "ID",
            ("opdracht-id", "assignment id", "nr"),
            "id",
            help="Nummer uit een eerdere export; leeg voor nieuwe opdrachten.",
        ),
        F(
            "title",
            "Titel",
            ("opdracht", "naam opdracht", "title", "assignment"),
            "text",
            required=True,
            max_length=200,
            help="Titel van de opdracht.",
            example="Communicatie energietransitie",
        ),
        F(
            "organisation",
            "Organisatie",
            ("opdrachtgever", "organisation", "organization"),
            "name",
            required=True,
            max_length=160,
            help="Naam van een bekende organisatie.",
            example="Gemeente Eemsdelta",
        ),
        F(
            "municipality",
            "Gemeente",
            ("werkplek", "locatie", "municipality"),
            "text",
            max_length=80,
            choices="municipalities",
            help="Waar het werk is (leeg: de gemeente van de organisatie).",
            example="Eemsdelta",
        ),
        F(
            "start_date",
            "Startdatum",
            ("start", "begindatum", "van", "start date"),
            "date",
            required=True,
            help="Datum, bijvoorbeeld 1-9-2025.",
            example="1-9-2025",
        ),
        F(
            "end_date",
            "Einddatum",
            ("eind", "einde", "tot", "end date"),
            "date",
            required=True,
            help="Datum na de startdatum.",
            example="30-4-2026",
        ),
        F(
            "places",
            "Plaatsen",
            ("aantal plaatsen", "places", "capaciteit"),
            "int",
            minimum=1,
            maximum=1000,
            help="Aantal trainees tegelijk (standaard 1).",
            example=1,
        ),
        F(
            "hours_per_week",
            "Uren per week",
            ("uren", "uur per week", "hours per week", "hours"),
            "float",
            minimum=0.5,
            maximum=40,
            help="Tussen 0,5 en 40 (standaard 36).",
            example=32,
        ),
        F(
            "status",
            "Status",
            ("status opdracht",),
            "enum",
            enum_cls=AssignmentStatus,
            choices="assignment_status",
            help="concept, open, vervuld of gesloten.",
            example="open",
        ),
        F(
            "levels",
            "Niveaus",
            ("niveau", "opleidingsniveau", "levels", "level"),
            "levels",
            help="mbo, hbo en/of wo, gescheiden door komma's (leeg: elk niveau).",
            example="hbo, wo",
        ),
        F(
            "programmes",
            "Programma's",
            ("programmas", "programma", "programmes"),
            "list",
            help="Programma's gescheiden door ;.",
            example="De Toekomst van Groningen",
        ),
        F(
            "themes",
            "Thema's",
            ("themas", "thema", "beleidsterrein", "themes"),
            "list",
            help="Thema's gescheiden door ;.",
            example="communicatie; energie",
        ),
        F(
            "competences",
            "Competenties",
            ("competentie", "competences", "skills"),
            "competences",
            help="Competenties gescheiden door ;, met niveau 1-5 tussen haakjes: 'Schrijven (3)'.",
            example="Schrijven (3); Samenwerken",
        ),
        F(
            "supervisor",
            "Begeleider",
            ("werkbegeleider", "supervisor", "contactpersoon"),
            "name",
            max_length=160,
            help="Naam van een contactpersoon van de organisatie.",
            example="Karin de Boer",
        ),
        F(
            "description",
            "Omschrijving",
            ("beschrijving", "description", "toelichting"),
            "text",
            help="Wat de trainee gaat doen.",
            example="Communicatie over de energietransitie.",
        ),
    ),
    ("opdracht", "assignments"),
    identity=("title", "id"),
)

PLACEMENTS = KindSpec(
    "placements",
    "Plaatsingen",
    "plaatsingen",
    (
        F(
            "id",
            "ID",
            ("plaatsing-id", "placement id", "nr"),
            "id",
            help="Nummer uit een eerdere export; leeg voor nieuwe plaatsingen.",
        ),
        F(
            "trainee_name",
            "Trainee",
            ("naam trainee", "naam", "trainee name"),
            "name",
            max_length=240,
            help="Naam (ter controle; de trainee wordt herkend aan het e-mailadres).",
            example="Anna van der Berg",
        ),
        F(
            "trainee_email",
            "E-mail trainee",
            ("e-mail", "email", "e-mailadres", "trainee email"),
            "email",
            required=True,
            help="E-mailadres van een bekende trainee.",
            example="anna.vanderberg@example.nl",
        ),
        F(
            "assignment_id",
            "Opdracht-ID",
            ("opdrachtid", "assignment id"),
            "id",
            help="Nummer van de opdracht (uit een export); anders titel en organisatie.",
        ),
        F(
            "assignment",
            "Opdracht",
            ("titel opdracht", "assignment"),
            "text",
            max_length=200,
            help="Titel van de opdracht.",
            example="Communicatie energietransitie",
        ),
        F(
            "organisation",
            "Organisatie",
            ("opdrachtgever", "organisation"),
            "name",
            max_length=160,
            help="Organisatie van de opdracht.",
            example="Gemeente Eemsdelta",
        ),
        F(
            "rotation",
            "Rotatie",
            ("rotatienummer", "ronde", "rotation"),
            "int",
            required=True,
            minimum=1,
            maximum=12,
            help="1, 2, 3, ...",
            example=1,
        ),
        F(
            "start_date",
            "Startdatum",
            ("start", "van", "begindatum", "start date"),
            "date",
            required=True,
            help="Datum binnen de looptijd van de opdracht.",
            example="1-9-2025",
        ),
        F(
            "end_date",
            "Einddatum",
            ("eind", "tot", "einde", "end date"),
            "date",
            required=True,
            help="Datum na de startdatum.",
            example="30-4-2026",
        ),
        F(
            "status",
            "Status",
            ("status plaatsing",),
            "enum",
            enum_cls=PlacementStatus,
            choices="placement_status",
            help="voorgesteld, bevestigd, lopend, afgerond of afgebroken.",
            example="bevestigd",
        ),
        F(
            "locked",
            "Vastgezet",
            ("vast", "locked"),
            "bool",
            help="ja als de planner deze plaatsing niet mag wijzigen.",
            example="nee",
        ),
        F("notes", "Notities", ("opmerkingen", "notes"), "text", help="Vrije tekst."),
    ),
    ("plaatsing", "placements", "rotaties"),
    identity=("trainee_email", "id"),
)

SESSIONS = KindSpec(
    "sessions",
    "Bijeenkomsten",
    "bijeenkomsten",
    (
        F(
            "id",
            "ID",
            ("sessie-id", "bijeenkomst-id", "session id", "nr"),
            "id",
            help="Nummer uit een eerdere export; leeg voor nieuwe bijeenkomsten.",
        ),
        F(
            "title",
            "Titel",
            ("bijeenkomst", "naam", "sessie", "onderwerp", "title", "session"),
            "text",
            required=True,
            max_length=200,
            help="Titel van de bijeenkomst.",
            example="Intervisie lichting 2025",
        ),
        F(
            "type",
            "Soort",
            ("type", "soort bijeenkomst", "session type"),
            "enum",
            required=True,
            enum_cls=SessionType,
            choices="session_type",
            help="participatiesessie, intervisie, training, kick-off, netwerkbijeenkomst of "
            "terugkomdag.",
            example="intervisie",
        ),
        F(
            "date",
            "Datum",
            ("dag", "date"),
            "date",
            required=True,
            help="Datum.",
            example="12-9-2025",
        ),
        F(
            "start_time",
            "Begintijd",
            ("begin", "van", "aanvang", "start", "start time"),
            "time",
            required=True,
            help="Bijvoorbeeld 9:30.",
            example="9:30",
        ),
        F(
            "end_time",
            "Eindtijd",
            ("eind", "tot", "einde", "end", "end time"),
            "time",
            required=True,
            help="Na de begintijd.",
            example="12:00",
        ),
        F(
            "location",
            "Locatie",
            ("plaats", "adres", "location", "venue"),
            "text",
            max_length=200,
            help="Waar de bijeenkomst is.",
            example="Provinciehuis, Groningen",
        ),
        F(
            "municipality",
            "Gemeente",
            ("municipality",),
            "text",
            max_length=80,
            choices="municipalities",
            help="Gemeente van de locatie.",
            example="Groningen",
        ),
        F(
            "facilitator",
            "Begeleider",
            ("facilitator", "trainer", "gespreksleider"),
            "name",
            max_length=160,
            help="Wie de bijeenkomst leidt.",
            example="Petra Smit",
        ),
        F(
            "capacity",
            "Capaciteit",
            ("max deelnemers", "aantal plaatsen", "capacity"),
            "int",
            minimum=1,
            maximum=100_000,
            help="Maximaal aantal deelnemers.",
            example=20,
        ),
        F(
            "programmes",
            "Programma's",
            ("programmas", "programma", "programmes"),
            "list",
            help="Uitgenodigde programma's, gescheiden door ;.",
        ),
        F(
            "cohorts",
            "Lichtingen",
            ("lichting", "cohorts", "cohort"),
            "list",
            help="Uitgenodigde lichtingen, gescheiden door ;.",
            example="Lichting 2025",
        ),
        F("themes", "Thema's", ("themas", "themes"), "list", help="Besproken thema's."),
        F(
            "description",
            "Omschrijving",
            ("beschrijving", "description", "programma bijeenkomst"),
            "text",
            help="Vrije tekst.",
        ),
        F(
            "outcome_notes",
            "Uitkomsten",
            ("uitkomst", "opbrengst", "verslag", "outcomes"),
            "text",
            help="Wat de bijeenkomst opleverde.",
        ),
    ),
    ("bijeenkomst", "sessies", "sessions", "sessie"),
    identity=("title", "id"),
)

ATTENDANCE = KindSpec(
    "attendance",
    "Aanwezigheid",
    "aanwezigheid",
    (
        F(
            "id",
            "ID",
            ("aanwezigheid-id", "attendance id", "nr"),
            "id",
            help="Nummer uit een eerdere export; leeg voor nieuwe regels.",
        ),
        F(
            "session_id",
            "Sessie-ID",
            ("bijeenkomst-id", "session id", "sessieid"),
            "id",
            help="Nummer van de bijeenkomst (uit een export); anders titel en datum.",
        ),
        F(
            "session_title",
            "Bijeenkomst",
            ("sessie", "titel bijeenkomst", "session", "titel"),
            "text",
            max_length=200,
            help="Titel van de bijeenkomst.",
            example="Intervisie lichting 2025",
        ),
        F(
            "session_date",
            "Datum",
            ("datum bijeenkomst", "date"),
            "date",
            help="Datum van de bijeenkomst.",
            example="12-9-2025",
        ),
        F(
            "name",
            "Naam",
            ("deelnemer", "naam deelnemer", "achternaam, voornaam", "name", "participant"),
            "name",
            max_length=160,
            help="Naam van de deelnemer.",
            example="Anna van der Berg",
        ),
        F(
            "email",
            "E-mail",
            ("e-mailadres", "email", "mail"),
            "email",
            help="E-mailadres; een trainee wordt hieraan herkend.",
            example="anna.vanderberg@example.nl",
        ),
        F(
            "participant_type",
            "Soort deelnemer",
            ("deelnemertype", "rol", "participant type"),
            "text",
            max_length=20,
            help="trainee of gast.",
            example="trainee",
        ),
        F(
            "organisation",
            "Organisatie",
            ("organisatie gast", "organisation"),
            "text",
            max_length=160,
            help="Organisatie van een gast.",
        ),
        F(
            "education_level",
            "Opleidingsniveau",
            ("niveau", "education level"),
            "level",
            choices="levels",
            help="Opleidingsniveau van een gast.",
        ),
        F(
            "status",
            "Status",
            ("aanwezig", "aanwezigheid", "presentie", "attendance"),
            "enum",
            enum_cls=AttendanceStatus,
            choices="attendance_status",
            help="uitgenodigd, aangemeld, aanwezig, afwezig met bericht of afwezig zonder bericht "
            "(leeg: aanwezig).",
            example="aanwezig",
        ),
        F(
            "checked_in_at",
            "Ingecheckt om",
            ("check-in", "checkin", "tijd", "checked in"),
            "moment",
            help="Tijd of datum met tijd.",
            example="9:25",
        ),
        F("note", "Notitie", ("opmerking", "notities", "note"), "text", help="Vrije tekst."),
        F(
            "feedback_score",
            "Score",
            ("cijfer", "waardering", "feedback score", "rating"),
            "int",
            minimum=1,
            maximum=5,
            help="Waardering 1-5.",
            example=4,
        ),
        F(
            "feedback_comment",
            "Feedback",
            ("feedback opmerking", "toelichting score", "comment"),
            "text",
            help="Toelichting bij de waardering.",
        ),
    ),
    ("presentielijst", "presentie", "attendance", "deelnemers bijeenkomst"),
    identity=("name", "email", "id"),
)

SPECS: dict[str, KindSpec] = {
    spec.key: spec
    for spec in (PROGRAMMES, TRAINEES, ORGANISATIONS, ASSIGNMENTS, PLACEMENTS, SESSIONS, ATTENDANCE)
}

KIND_LABELS_NL = {key: spec.label for key, spec in SPECS.items()}
