"""The fixed texts of the small demo database: organisations, assignments, people.

Kept apart from :mod:`coordinator_app.services.demo` so that the generator reads
as logic and this module as a catalogue a coordinator could check line by line.
The six assignments marked ``seed`` retell the example assignments of the
programmes "De Toekomst van Groningen" and "Nationaal Programma Groningen"; the
others are invented but sit at the kinds of host organisations that take part.
Every person is fictional; e-mail addresses use the reserved ``.example`` domain.

The first section holds the constants and small helpers both generators (small
and large) share, above all the fixed reference date that replaces "today".
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass

from coordinator_app.models.enums import EducationLevel, LevelCategory, OrganisationType
from coordinator_app.services.dutch import add_months

D = dt.date

# --- what both generators share ---------------------------------------------------------

# The demo's "today": statuses (completed, running, planned) are set against this
# date, never against the clock, so the same command always writes the same rows.
REFERENCE_DATE = D(2026, 11, 26)
RANDOM_SEED = 20250901
# created_at/updated_at of every demo record, for the same reason.
RECORD_TIMESTAMP = dt.datetime(2026, 11, 26, 7, 30)
# Check-in codes are typed or read aloud: no 0/O, 1/I/L look-alikes.
CHECKIN_ALPHABET = "ABCDEFHJKMNPQRSTUVWXYZ23456789"
CHECKIN_LENGTH = 6

_ASCII_FALLBACK = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d",
                                 "ß": "ss", "æ": "ae", "œ": "oe", "'": "", "’": ""})  # fmt: skip


def email_part(*words: str) -> str:
    """ "Nguyễn", "van 't Zand" -> "nguyen", "vantzand": what fits before the @."""
    text = "".join(words).translate(_ASCII_FALLBACK)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text.lower() if ch.isascii() and (ch.isalnum() or ch in "-."))


class CheckinCodes:
    """Short, unique, reproducible check-in codes drawn from one random stream."""

    def __init__(self, rng: random.Random, length: int = CHECKIN_LENGTH) -> None:
        self._rng = rng
        self._length = length
        self._used: set[str] = set()

    def next(self) -> str:
        while True:
            code = "".join(self._rng.choice(CHECKIN_ALPHABET) for _ in range(self._length))
            if code not in self._used:
                self._used.add(code)
                return code


def rotation_window(start: dt.date, months: int, rotation: int) -> tuple[dt.date, dt.date]:
    """First and last day of rotation ``rotation`` (1-based) of a cohort starting ``start``."""
    first = add_months(start, months * (rotation - 1))
    last = add_months(start, months * rotation) - dt.timedelta(days=1)
    return first, last


# --- programmes and cohorts -----------------------------------------------------------

TVG = "tvg"
NPG = "npg"
GOA = "goa"


@dataclass(frozen=True)
class ProgrammeSpec:
    key: str
    name: str
    description: str
    rotations: int
    rotation_months: int
    cohort_name: str
    cohort_start: dt.date
    email_domain: str
    hours_per_week: float


PROGRAMMES: tuple[ProgrammeSpec, ...] = (
    ProgrammeSpec(
        TVG,
        "De Toekomst van Groningen",
        "Traineeship van de provincie en de Groninger gemeenten voor hbo- en wo-afgestudeerden. "
        "Twee jaar, drie opdrachten van acht maanden bij verschillende organisaties, en elke "
        "vrijdag een gezamenlijk trainingsprogramma.",
        3,
        8,
        "Toekomst van Groningen 2025",
        D(2025, 9, 1),
        "toekomstvangroningen.example",
        36,
    ),
    ProgrammeSpec(
        NPG,
        "Nationaal Programma Groningen",
        "Trainees op opdrachten binnen programma's van het Nationaal Programma Groningen, "
        "zoals Tijd voor Toekomst in Midden-Groningen en Toekomst voor Oldambt.",
        3,
        8,
        "NPG 2026",
        D(2026, 1, 5),
        "npg-trainees.example",
        36,
    ),
    ProgrammeSpec(
        GOA,
        "GOA Publiek mbo-traineeship",
        "Werk/leertraject voor mbo-talent bij decentrale overheden: ongeveer 32 uur per week "
        "op een opdracht en een halve dag per week intervisie, workshops en masterclasses.",
        3,
        6,
        "GOA Publiek 2026",
        D(2026, 3, 2),
        "goapubliek.example",
        32,
    ),
)

# --- vocabularies ---------------------------------------------------------------------

THEMES: tuple[str, ...] = (
    "energie",
    "economie",
    "ruimtelijke ontwikkeling",
    "onderwijs",
    "communicatie",
    "data & digitalisering",
    "sociaal domein",
    "gezondheid",
    "mobiliteit",
    "landbouw",
    "wonen",
    "water & klimaat",
    "arbeidsmarkt",
    "Europa & lobby",
    "participatie",
    "veiligheid",
    "natuur & groen",
    "dienstverlening",
    "cultuur & erfgoed",
)

COMPETENCES: tuple[str, ...] = (
    "Analytisch vermogen",
    "Adviseren",
    "Projectmatig werken",
    "Mondeling communiceren",
    "Schriftelijk communiceren",
    "Samenwerken",
    "Omgevingsbewustzijn",
    "Politieke sensitiviteit",
    "Data-analyse",
    "Organiseren",
    "Creativiteit",
    "Klantgerichtheid",
    "Onderzoeken",
    "Presenteren",
    "Verbinden",
    "Initiatief nemen",
    "Zelfstandig werken",
    "Nauwkeurigheid",
)

# --- organisations --------------------------------------------------------------------

OT = OrganisationType


@dataclass(frozen=True)
class OrganisationSpec:
    key: str
    name: str
    type: OrganisationType
    municipality: str
    domain: str
    address: str | None = None
    website: str | None = None
    notes: str = ""


ORGANISATIONS: tuple[OrganisationSpec, ...] = (
    OrganisationSpec(
        "prov-gr",
        "Provincie Groningen",
        OT.PROVINCE,
        "Groningen",
        "provinciegroningen.example",
        "Martinikerkhof 12, 9712 JG Groningen",
        "https://www.provinciegroningen.nl",
        "Trekker van De Toekomst van Groningen.",
    ),
    OrganisationSpec(
        "prov-dr",
        "Provincie Drenthe",
        OT.PROVINCE,
        "Assen",
        "drenthe.example",
        "Westerbrink 1, 9405 BJ Assen",
        "https://www.provincie.drenthe.nl",
    ),
    OrganisationSpec(
        "gm-groningen",
        "Gemeente Groningen",
        OT.MUNICIPALITY,
        "Groningen",
        "groningen.example",
        "Grote Markt 1, Groningen",
        "https://gemeente.groningen.nl",
        "Biedt ook het Young Professional Programma; HR houdt participatiesessies met mbo-talent.",
    ),
    OrganisationSpec(
        "gm-midden",
        "Gemeente Midden-Groningen",
        OT.MUNICIPALITY,
        "Midden-Groningen",
        "midden-groningen.example",
        notes="Heeft een eigen mbo-traineeship.",
    ),
    OrganisationSpec(
        "gm-eemsdelta", "Gemeente Eemsdelta", OT.MUNICIPALITY, "Eemsdelta", "eemsdelta.example"
    ),
    OrganisationSpec(
        "gm-hogeland",
        "Gemeente Het Hogeland",
        OT.MUNICIPALITY,
        "Het Hogeland",
        "hethogeland.example",
    ),
    OrganisationSpec("gm-pekela", "Gemeente Pekela", OT.MUNICIPALITY, "Pekela", "pekela.example"),
    OrganisationSpec(
        "gm-stadskanaal",
        "Gemeente Stadskanaal",
        OT.MUNICIPALITY,
        "Stadskanaal",
        "stadskanaal.example",
    ),
    OrganisationSpec(
        "gm-veendam", "Gemeente Veendam", OT.MUNICIPALITY, "Veendam", "veendam.example"
    ),
    OrganisationSpec(
        "gm-westerwolde",
        "Gemeente Westerwolde",
        OT.MUNICIPALITY,
        "Westerwolde",
        "westerwolde.example",
    ),
    OrganisationSpec(
        "gm-oldambt", "Gemeente Oldambt", OT.MUNICIPALITY, "Oldambt", "oldambt.example"
    ),
    OrganisationSpec(
        "gm-westerkwartier",
        "Gemeente Westerkwartier",
        OT.MUNICIPALITY,
        "Westerkwartier",
        "westerkwartier.example",
        notes="Heeft een eigen traineeship, ook voor mbo.",
    ),
    OrganisationSpec(
        "gm-noordenveld",
        "Gemeente Noordenveld",
        OT.MUNICIPALITY,
        "Noordenveld",
        "noordenveld.example",
    ),
    OrganisationSpec(
        "gm-aa-hunze",
        "Gemeente Aa en Hunze",
        OT.MUNICIPALITY,
        "Aa en Hunze",
        "aaenhunze.example",
    ),
    OrganisationSpec("gm-assen", "Gemeente Assen", OT.MUNICIPALITY, "Assen", "assen.example"),
    OrganisationSpec(
        "gm-tynaarlo", "Gemeente Tynaarlo", OT.MUNICIPALITY, "Tynaarlo", "tynaarlo.example"
    ),
    OrganisationSpec(
        "ws-nzv",
        "Waterschap Noorderzijlvest",
        OT.WATER_BOARD,
        "Groningen",
        "noorderzijlvest.example",
        "Stedumermaar 1, Groningen",
    ),
    OrganisationSpec(
        "ws-hunze",
        "Waterschap Hunze en Aa's",
        OT.WATER_BOARD,
        "Veendam",
        "hunzeenaas.example",
        "Stationsweg 1, Veendam",
    ),
    OrganisationSpec(
        "umcg",
        "UMCG",
        OT.HEALTHCARE,
        "Groningen",
        "umcg.example",
        "Hanzeplein 1, Groningen",
        "https://www.umcg.nl",
    ),
    OrganisationSpec("ggd", "GGD Groningen", OT.HEALTHCARE, "Groningen", "ggdgroningen.example"),
    OrganisationSpec(
        "rdw",
        "RDW",
        OT.NATIONAL_GOVERNMENT,
        "Veendam",
        "rdw.example",
        website="https://www.rdw.nl",
    ),
    OrganisationSpec(
        "ncg",
        "Nationaal Coördinator Groningen",
        OT.NATIONAL_GOVERNMENT,
        "Groningen",
        "ncg.example",
    ),
    OrganisationSpec(
        "img",
        "Instituut Mijnbouwschade Groningen",
        OT.NATIONAL_GOVERNMENT,
        "Groningen",
        "img.example",
    ),
    OrganisationSpec(
        "rug",
        "Rijksuniversiteit Groningen",
        OT.EDUCATION,
        "Groningen",
        "rug.example",
        "Broerstraat 5, Groningen",
        "https://www.rug.nl",
    ),
    OrganisationSpec(
        "hanze",
        "Hanzehogeschool Groningen",
        OT.EDUCATION,
        "Groningen",
        "hanze.example",
        "Zernikeplein 7, Groningen",
        "https://www.hanze.nl",
    ),
    OrganisationSpec(
        "noorderpoort",
        "Noorderpoort",
        OT.EDUCATION,
        "Groningen",
        "noorderpoort.example",
        notes="Partner in de campus Dideldom in Stadskanaal.",
    ),
    OrganisationSpec("alfa", "Alfa-college", OT.EDUCATION, "Groningen", "alfa-college.example"),
    OrganisationSpec(
        "aoc-terra",
        "AOC Terra",
        OT.EDUCATION,
        "Groningen",
        "aocterra.example",
        notes="Opleidingspartner van het werk/leertraject Groen & Planten.",
    ),
    OrganisationSpec(
        "gsp", "Groningen Seaports", OT.BUSINESS, "Eemsdelta", "groningen-seaports.example"
    ),
    OrganisationSpec(
        "snn",
        "SNN (Samenwerkingsverband Noord-Nederland)",
        OT.OTHER,
        "Groningen",
        "snn.example",
        notes="Beheert Europese en nationale fondsen voor Noord-Nederland.",
    ),
    OrganisationSpec(
        "npg-bureau",
        "Programmabureau Nationaal Programma Groningen",
        OT.OTHER,
        "Groningen",
        "nationaalprogrammagroningen.example",
    ),
    OrganisationSpec(
        "vrg", "Veiligheidsregio Groningen", OT.OTHER, "Groningen", "vrgroningen.example"
    ),
    OrganisationSpec(
        "goa-publiek",
        "Stichting GOA Publiek",
        OT.FOUNDATION,
        "Groningen",
        "goa.example",
        notes="Mede opgericht door de gemeente Groningen; werk/leertrajecten voor mbo-talent.",
    ),
    OrganisationSpec(
        "odg", "Omgevingsdienst Groningen", OT.OTHER, "Veendam", "odgroningen.example"
    ),
    OrganisationSpec(
        "wbg", "Waterbedrijf Groningen", OT.BUSINESS, "Groningen", "waterbedrijf.example"
    ),
)

# Role of the first (supervising) contact person per organisation type.
SUPERVISOR_ROLES: dict[OrganisationType, str] = {
    OT.PROVINCE: "Teamleider",
    OT.MUNICIPALITY: "Teamleider",
    OT.WATER_BOARD: "Afdelingshoofd",
    OT.NATIONAL_GOVERNMENT: "Teamleider",
    OT.EDUCATION: "Programmamanager",
    OT.HEALTHCARE: "Manager",
    OT.BUSINESS: "Manager",
    OT.FOUNDATION: "Directeur",
    OT.OTHER: "Programmamanager",
}
OTHER_ROLES: tuple[str, ...] = (
    "Beleidsadviseur",
    "HR-adviseur",
    "Projectleider",
    "Senior adviseur",
    "Programmasecretaris",
)

# --- assignments ----------------------------------------------------------------------

HBO_WO = frozenset({LevelCategory.HBO, LevelCategory.WO})
WO = frozenset({LevelCategory.WO})
MBO = frozenset({LevelCategory.MBO})
MBO_HBO = frozenset({LevelCategory.MBO, LevelCategory.HBO})

# Named periods an assignment can run in; placements are planned inside them.
PERIODS: dict[str, tuple[dt.date, dt.date]] = {
    "tvg-1": (D(2025, 9, 1), D(2026, 4, 30)),
    "tvg-2": (D(2026, 5, 1), D(2026, 12, 31)),
    "tvg-12": (D(2025, 9, 1), D(2026, 12, 31)),
    "tvg": (D(2025, 9, 1), D(2027, 8, 31)),
    "npg": (D(2026, 1, 5), D(2028, 1, 4)),
    "npg-12": (D(2026, 1, 5), D(2027, 5, 4)),
    "all": (D(2025, 9, 1), D(2028, 1, 31)),
    "goa": (D(2026, 3, 2), D(2027, 9, 1)),
    "later": (D(2027, 9, 1), D(2028, 4, 30)),
}


@dataclass(frozen=True)
class AssignmentSpec:
    key: str
    organisation: str
    title: str
    description: str
    themes: tuple[str, ...]
    levels: frozenset[LevelCategory]
    competences: tuple[str, ...]
    programmes: tuple[str, ...]
    period: str
    places: int = 1
    municipality: str | None = None  # where the work is, when not at the organisation
    draft: bool = False
    seed: bool = False


ASSIGNMENTS: tuple[AssignmentSpec, ...] = (
    # --- the six example assignments of the programmes ---------------------------------
    AssignmentSpec(
        "dideldom",
        "gm-stadskanaal",
        "Ontwikkelstrategie gebiedsontwikkeling Dideldom",
        "Rond Dideldom in Stadskanaal lopen verschillende ontwikkelingen tegelijk: een "
        "gezamenlijke campus van Noorderpoort en Ubbo Emmius, de innovatiehub Makeport "
        "Mercurius voor circulaire maakindustrie, nieuwe infrastructuur voor het openbaar "
        "vervoer en de komst van bedrijven en voorzieningen. Elk onderdeel heeft een eigen "
        "tempo en eigenaar; een overkoepelende strategie die alles verbindt is er nog niet. "
        "Zonder die strategie dreigen versnippering, dubbel werk en keuzes die elkaar in de "
        "weg zitten.\n\n"
        "Je verkent de huidige aanpak en brengt knelpunten en kansen in beeld. Je onderzoekt "
        "welke plek onderwijs, innovatie en maakindustrie krijgen in het verhaal van het "
        "gebied, schetst ontwikkelrichtingen voor de campus, de innovatiehub en het vastgoed "
        "eromheen, en stelt een aanpak voor samenwerking, fasering en investeringen voor. Je "
        "werkt met meerdere afdelingen, externe partners en investeerders en levert een eerste "
        "advies op waarmee de gemeente richting kan geven.",
        ("ruimtelijke ontwikkeling", "economie", "onderwijs"),
        HBO_WO,
        ("Analytisch vermogen", "Adviseren", "Omgevingsbewustzijn", "Verbinden"),
        (TVG,),
        "tvg-1",
        municipality="Stadskanaal",
        seed=True,
    ),
    AssignmentSpec(
        "clean-industrial-deal",
        "prov-gr",
        "Lobbystrategie Clean Industrial Deal",
        "Met de Clean Industrial Deal wil de Europese Unie de industrie verduurzamen en tegelijk "
        "concurrerend houden. Voor een energie-intensieve regio als Groningen brengt dat kansen "
        "en risico's mee: betaalbare energie, circulaire productie, grondstoffen, financiering "
        "en toegang tot markten. De provincie wil daar vroeg op inspelen met een heldere inzet "
        "richting Brussel en Den Haag.\n\n"
        "Je zet de relevante Europese, landelijke en provinciale stukken op een rij en "
        "analyseert wat de deal betekent voor onder meer de chemie, de maakindustrie en de "
        "agrifoodsector. Je brengt subsidiekansen en financieringsroutes in kaart en stemt af "
        "met de teams Energie, Regionale Economie en Externe Betrekkingen en met partners als "
        "het SNN. Het resultaat is een onderbouwd lobbydoel met aanbevelingen. Ook help je "
        "bijeenkomsten over energie- en industriebeleid inhoudelijk voor te bereiden.",
        ("Europa & lobby", "energie", "economie"),
        HBO_WO,
        ("Politieke sensitiviteit", "Analytisch vermogen", "Schriftelijk communiceren"),
        (TVG,),
        "tvg-2",
        seed=True,
    ),
    AssignmentSpec(
        "eemsdelta-communicatie",
        "gm-eemsdelta",
        "Communicatie & Online: inwoners betrekken in Eemsdelta",
        "Het team Communicatie & Online van de gemeente Eemsdelta wil inwoners nauwer betrekken "
        "bij wat de gemeente doet en besluit. De vraag is welke nieuwe kanalen en technieken "
        "daarbij helpen, en hoe de bestaande kanalen tegelijk sterker worden.\n\n"
        "Je onderzoekt welke veilige toepassingen, zoals apps, chatbots, AI en sociale media, "
        "het team efficiënter maken en beter laten aansluiten bij wat inwoners nodig hebben. Je "
        "bedenkt manieren om reacties op te halen en meedoen via digitale kanalen makkelijker te "
        "maken, zonder inwoners kwijt te raken die minder digitaal vaardig zijn. Ook kijk je hoe "
        "nieuwsbrief, website en brieven slimmer kunnen samenwerken met nieuwe middelen. Je "
        "eindigt met een advies en een paar experimenten die het team zelf kan voortzetten.",
        ("communicatie", "participatie", "data & digitalisering"),
        HBO_WO,
        ("Mondeling communiceren", "Creativiteit", "Klantgerichtheid"),
        (TVG,),
        "tvg-12",
        seed=True,
    ),
    AssignmentSpec(
        "westerkwartier-data",
        "gm-westerkwartier",
        "Datagedreven werken en AI in Westerkwartier",
        "De gemeente Westerkwartier bouwt verder aan datagedreven werken en aan verantwoord "
        "gebruik van AI. Als trainee sluit je aan bij het projectteam en help je dat in de "
        "organisatie concreet te maken.\n\n"
        "Je achterhaalt bij teams welke informatie zij echt nodig hebben, helpt kpi's op te "
        "stellen en werkt aan procesverbetering en datakwaliteit. Je adviseert over wat er met "
        "data kan, maakt visualisaties en datamodellen, legt collega's uit hoe je met data "
        "werkt en traint hen daarin. Je levert in elk geval één concreet dataproduct op, "
        "bijvoorbeeld een dashboard, en ondersteunt de verandering die datagedreven werken van "
        "de organisatie vraagt.",
        ("data & digitalisering",),
        HBO_WO,
        ("Data-analyse", "Adviseren", "Presenteren"),
        (TVG,),
        "tvg",
        seed=True,
    ),
    AssignmentSpec(
        "tijd-voor-toekomst",
        "gm-midden",
        "Tijd voor Toekomst: extra ontwikkeltijd voor kinderen",
        "Tijd voor Toekomst is een NPG-programma van tien jaar met één doel: alle kinderen in "
        "Midden-Groningen goed toegerust laten opgroeien. Basisscholen krijgen extra tijd voor "
        "fysieke en mentale gezondheid, basisvaardigheden, executieve vaardigheden en bewustzijn "
        "van jezelf, de ander en de omgeving. Het programma is nieuw; het team (programmaleider, "
        "innovatiebegeleider, projectleider schoolontbijt en coördinator kind-"
        "ouderondersteuning) leert al doende, samen met het onderwijs.\n\n"
        "Je werk is vooral projectleiding: een bovenschools aanbod rond kansengelijkheid opzetten "
        "(bijvoorbeeld een weekend- of zomerschool, weerbaarheidstrainingen of een "
        "beroepencarrousel), in kaart brengen welke aanbieders op scholen actief zijn in de "
        "verrijkte schooldag, twee keer per jaar een bijeenkomst voor scholen en aanbieders "
        "organiseren en een pilot verrijkte schooldag in het voortgezet onderwijs voorbereiden. "
        "Daarnaast help je met communicatie en netwerkwerk.",
        ("onderwijs", "sociaal domein", "gezondheid"),
        HBO_WO,
        ("Projectmatig werken", "Verbinden", "Organiseren"),
        (NPG,),
        "npg",
        seed=True,
    ),
    AssignmentSpec(
        "toekomst-oldambt",
        "gm-oldambt",
        "Toekomst voor Oldambt: actualisatie lokaal programma",
        "Met Toekomst voor Oldambt geeft de gemeente invulling aan het Nationaal Programma "
        "Groningen. Het programma moet blijvende verbeteringen brengen en bestaande en nieuwe "
        "investeringen extra kracht geven. Na een aantal jaren is het tijd om het tegen het "
        "licht te houden.\n\n"
        "Als junior-programmamanager help je bij die actualisatie. Liggen we nog op koers? "
        "Passen doelen en projecten nog bij de ambities? Hoe sluit het programma aan op de "
        "maatregelen die het kabinet aankondigde na de parlementaire enquête naar de gaswinning "
        "in Groningen? Je denkt inhoudelijk mee, helpt het proces te organiseren met het "
        "programmateam en de beleidsadviseurs, en levert een geactualiseerd programma voor de "
        "komende jaren op. Daarnaast werk je mee aan een of twee projecten die nu lopen.",
        ("economie", "sociaal domein", "ruimtelijke ontwikkeling"),
        HBO_WO,
        ("Projectmatig werken", "Analytisch vermogen", "Politieke sensitiviteit"),
        (NPG,),
        "npg-12",
        seed=True,
    ),
    # --- further hbo/wo assignments --------------------------------------------------------
    AssignmentSpec(
        "res-netcongestie",
        "prov-gr",
        "Regionale energiestrategie: netcongestie in beeld",
        "Het stroomnet in Groningen raakt vol, terwijl bedrijven en dorpen willen verduurzamen. "
        "Je brengt samen met netbeheerders en gemeenten in kaart waar de knelpunten zitten en "
        "welke oplossingen (flexibel contracteren, energiehubs, opslag) kansrijk zijn, en je "
        "schrijft mee aan de voortgangsrapportage van de regionale energiestrategie.",
        ("energie", "ruimtelijke ontwikkeling"),
        HBO_WO,
        ("Analytisch vermogen", "Data-analyse", "Samenwerken"),
        (TVG, NPG),
        "all",
        places=2,
    ),
    AssignmentSpec(
        "mobiliteit-kernen",
        "prov-gr",
        "Bereikbaarheid van kleine kernen",
        "Voor de mobiliteitsvisie onderzoek je hoe inwoners van kleine kernen hun werk, school "
        "en zorg bereiken als de bus minder vaak rijdt. Je analyseert reisdata, spreekt met "
        "dorpsbelangen en vervoerders en werkt alternatieven uit, zoals buurtbussen en "
        "deelmobiliteit.",
        ("mobiliteit", "participatie"),
        HBO_WO,
        ("Onderzoeken", "Data-analyse", "Omgevingsbewustzijn"),
        (TVG,),
        "tvg",
    ),
    AssignmentSpec(
        "stikstof-drenthe",
        "prov-dr",
        "Gebiedsprocessen landbouw en natuur",
        "In verschillende Drentse gebieden zoeken boeren, natuurorganisaties en overheden samen "
        "naar een toekomst voor landbouw en natuur. Je ondersteunt de gebiedsregisseur, bereidt "
        "keukentafelgesprekken en gebiedsbijeenkomsten voor en houdt bij welke afspraken er "
        "worden gemaakt.",
        ("landbouw", "natuur & groen", "ruimtelijke ontwikkeling"),
        HBO_WO,
        ("Verbinden", "Omgevingsbewustzijn", "Organiseren"),
        (TVG, NPG),
        "all",
    ),
    AssignmentSpec(
        "hondsrug-erfgoed",
        "prov-dr",
        "Vrijetijdseconomie en erfgoed langs de Hondsrug",
        "De Hondsrug trekt wandelaars, fietsers en cultuurliefhebbers. Je onderzoekt hoe erfgoed "
        "en recreatie meer kunnen betekenen voor de lokale economie en werkt met ondernemers en "
        "gemeenten een uitvoeringsagenda uit.",
        ("economie", "cultuur & erfgoed"),
        HBO_WO,
        ("Creativiteit", "Verbinden", "Schriftelijk communiceren"),
        (TVG,),
        "tvg",
        municipality="Aa en Hunze",
    ),
    AssignmentSpec(
        "grensregio-niedersachsen",
        "prov-dr",
        "Grensoverschrijdende samenwerking met Niedersachsen",
        "Nieuwe opdracht in voorbereiding: samen met Duitse partners kansen verkennen voor "
        "arbeidsmarkt, onderwijs en openbaar vervoer over de grens.",
        ("Europa & lobby", "arbeidsmarkt", "mobiliteit"),
        HBO_WO,
        ("Verbinden", "Politieke sensitiviteit"),
        (TVG, NPG),
        "later",
        draft=True,
    ),
    AssignmentSpec(
        "klimaatadaptatie-stad",
        "ws-nzv",
        "Klimaatadaptatie: wateroverlast in stedelijk gebied",
        "Hevige buien zetten straten en kelders onder water. Je werkt mee aan stresstesten en "
        "risicodialogen met gemeenten en bewoners en helpt maatregelen te prioriteren, van "
        "groene daken tot extra waterberging.",
        ("water & klimaat", "ruimtelijke ontwikkeling"),
        HBO_WO,
        ("Analytisch vermogen", "Omgevingsbewustzijn", "Presenteren"),
        (TVG, NPG),
        "all",
    ),
    AssignmentSpec(
        "waterbewust-bouwen",
        "ws-hunze",
        "Waterbewust bouwen bij nieuwe woonwijken",
        "Gemeenten bouwen volop, maar niet elke plek is geschikt. Je ontwikkelt met collega's "
        "een handreiking voor waterbewust bouwen en toetst die aan drie woningbouwlocaties in "
        "Drenthe en Oost-Groningen.",
        ("water & klimaat", "wonen"),
        HBO_WO,
        ("Adviseren", "Onderzoeken", "Samenwerken"),
        (TVG, NPG),
        "all",
    ),
    AssignmentSpec(
        "gezondheidsachterstanden",
        "umcg",
        "Gezondheidsachterstanden: zorg en gemeenten samen",
        "Inwoners van Groningen leven korter in goede gezondheid dan gemiddeld. Je helpt een "
        "samenwerking tussen het UMCG, huisartsen en gemeenten vorm te geven die zich richt op "
        "preventie in de wijk, en je zet de eerste resultaten op een rij.",
        ("gezondheid", "sociaal domein"),
        HBO_WO,
        ("Verbinden", "Onderzoeken", "Projectmatig werken"),
        (TVG, NPG),
        "all",
    ),
    AssignmentSpec(
        "jong-talent-zorg",
        "umcg",
        "Jong talent behouden in de zorg",
        "Waarom vertrekken jonge zorgmedewerkers in hun eerste jaren? Je analyseert "
        "uitstroomcijfers, voert gesprekken met leidinggevenden en jonge collega's en doet "
        "voorstellen voor begeleiding en loopbaanpaden.",
        ("arbeidsmarkt", "gezondheid"),
        HBO_WO,
        ("Data-analyse", "Mondeling communiceren", "Adviseren"),
        (TVG,),
        "tvg",
    ),
    AssignmentSpec(
        "rdw-datakwaliteit",
        "rdw",
        "Datakwaliteit in de voertuigregistratie",
        "Betrouwbare registers zijn de basis van het werk van de RDW. Je analyseert waar fouten "
        "in het proces ontstaan, stelt controles voor en bouwt een rapportage die teams helpt "
        "de kwaliteit zelf te bewaken.",
        ("data & digitalisering", "mobiliteit"),
        HBO_WO,
        ("Data-analyse", "Nauwkeurigheid", "Analytisch vermogen"),
        (TVG, NPG),
        "all",
    ),
    AssignmentSpec(
        "kennis-regio",
        "rug",
        "Kennis voor de regio: universiteit en provincie",
        "Onderzoekers weten veel dat de regio kan gebruiken, maar de weg naar beleid is lang. "
        "Je brengt lopend onderzoek naar brede welvaart en krimp in beeld en organiseert "
        "ontmoetingen tussen onderzoekers en beleidsmakers.",
        ("onderwijs", "economie"),
        WO,
        ("Onderzoeken", "Verbinden", "Schriftelijk communiceren"),
        (TVG, NPG),
        "all",
    ),
    AssignmentSpec(
        "living-lab-energie",
        "hanze",
        "Living lab energietransitie",
        "In het living lab werken studenten, onderzoekers en bedrijven aan praktijkvragen over "
        "de energietransitie. Je coördineert een aantal projecten, legt verbindingen met "
        "gemeenten en zorgt dat resultaten bij de juiste mensen terechtkomen.",
        ("energie", "onderwijs"),
        HBO_WO,
        ("Projectmatig werken", "Organiseren", "Verbinden"),
        (TVG,),
        "tvg",
    ),
    AssignmentSpec(
        "waterstof-eemshaven",
        "gsp",
        "Waterstofketen Eemshaven: vergunningen en omgeving",
        "Rond de Eemshaven en Delfzijl ontstaan plannen voor productie, opslag en transport "
        "van waterstof. Je brengt de vergunningtrajecten en de betrokken partijen in kaart en "
        "helpt bij de communicatie met omwonenden.",
        ("energie", "economie"),
        HBO_WO,
        ("Analytisch vermogen", "Omgevingsbewustzijn", "Samenwerken"),
        (TVG, NPG),
        "all",
    ),
    AssignmentSpec(
        "just-transition-fund",
        "snn",
        "Europese fondsen voor de Groningse transitie",
        "Het SNN verdeelt geld uit het Just Transition Fund. Je analyseert welke projecten tot "
        "nu toe zijn gesteund, wat ze opleveren en waar de regeling beter kan, en je helpt "
        "aanvragers op weg.",
        ("Europa & lobby", "economie"),
        HBO_WO,
        ("Analytisch vermogen", "Nauwkeurigheid", "Adviseren"),
        (TVG, NPG),
        "all",
    ),
    AssignmentSpec(
        "brede-welvaart-monitor",
        "npg-bureau",
        "Monitor brede welvaart NPG-programma's",
        "Maken de NPG-programma's het verschil voor inwoners? Je werkt mee aan de monitor brede "
        "welvaart, combineert cijfers met verhalen uit de dorpen en wijken en presenteert de "
        "uitkomsten aan programmamanagers.",
        ("data & digitalisering", "sociaal domein"),
        HBO_WO,
        ("Data-analyse", "Presenteren", "Onderzoeken"),
        (NPG,),
        "npg",
    ),
    AssignmentSpec(
        "versterking-bewoners",
        "ncg",
        "Versterking: communicatie met bewoners",
        "Bewoners die al jaren wachten op versterking van hun huis verdienen heldere en "
        "menselijke communicatie. Je helpt brieven, bijeenkomsten en online informatie te "
        "verbeteren en haalt bij bewoners op wat zij nodig hebben.",
        ("communicatie", "wonen"),
        HBO_WO,
        ("Schriftelijk communiceren", "Klantgerichtheid", "Omgevingsbewustzijn"),
        (TVG, NPG),
        "all",
    ),
    AssignmentSpec(
        "schade-klantreis",
        "img",
        "Schadeafhandeling: de klantreis van aanvraag tot besluit",
        "Je volgt de route van een schademelding door de organisatie, spreekt met aanvragers "
        "en medewerkers en stelt verbeteringen voor die de afhandeling sneller en begrijpelijker "
        "maken.",
        ("dienstverlening", "sociaal domein"),
        HBO_WO,
        ("Klantgerichtheid", "Analytisch vermogen", "Adviseren"),
        (TVG, NPG),
        "all",
    ),
    AssignmentSpec(
        "mentale-gezondheid-jongeren",
        "ggd",
        "Mentale gezondheid van jongeren",
        "Je helpt een preventieaanpak voor jongeren op te zetten met scholen, jongerenwerk en "
        "gemeenten, en je onderzoekt met jongeren zelf welke ondersteuning aansluit.",
        ("gezondheid", "onderwijs", "sociaal domein"),
        HBO_WO,
        ("Verbinden", "Onderzoeken", "Mondeling communiceren"),
        (TVG, NPG),
        "all",
    ),
    AssignmentSpec(
        "crisisoefeningen",
        "vrg",
        "Lessen uit crisisoefeningen",
        "Na elke oefening worden lessen opgehaald, maar komen ze ook terug in plannen en "
        "trainingen? Je evalueert de oefeningen van de afgelopen jaren en doet voorstellen om "
        "het leren te verbeteren.",
        ("veiligheid",),
        HBO_WO,
        ("Analytisch vermogen", "Schriftelijk communiceren", "Zelfstandig werken"),
        (TVG,),
        "tvg",
    ),
    AssignmentSpec(
        "woningbouwversnelling",
        "gm-groningen",
        "Woningbouwversnelling in de stad",
        "De gemeente wil duizenden woningen extra bouwen. Je ondersteunt het programmateam met "
        "analyses van de planvoorraad, signaleert waar projecten vastlopen en helpt afspraken "
        "met corporaties en ontwikkelaars voor te bereiden.",
        ("wonen", "ruimtelijke ontwikkeling"),
        HBO_WO,
        ("Projectmatig werken", "Data-analyse", "Politieke sensitiviteit"),
        (TVG, NPG),
        "all",
        places=2,
    ),
    AssignmentSpec(
        "energiearmoede",
        "gm-groningen",
        "Energiearmoede aanpakken in de wijk",
        "Je werkt met energiecoaches, woningcorporaties en het wijkteam aan een aanpak voor "
        "huishoudens die hun energierekening niet kunnen betalen, en je meet wat de inzet "
        "oplevert.",
        ("energie", "sociaal domein"),
        HBO_WO,
        ("Verbinden", "Projectmatig werken", "Klantgerichtheid"),
        (TVG, NPG),
        "all",
    ),
    AssignmentSpec(
        "digitale-inclusie",
        "gm-groningen",
        "Digitale inclusie in de wijk",
        "Nieuwe opdracht in voorbereiding: samen met bibliotheken en buurtcentra inwoners "
        "helpen die moeite hebben met digitale overheidsdiensten.",
        ("dienstverlening", "data & digitalisering"),
        MBO_HBO,
        ("Klantgerichtheid", "Mondeling communiceren"),
        (TVG, NPG, GOA),
        "later",
        draft=True,
    ),
    AssignmentSpec(
        "dorpsvisies",
        "gm-hogeland",
        "Leefbaarheid in kleine kernen: dorpsvisies",
        "Dorpen in Het Hogeland schrijven hun eigen dorpsvisie. Je begeleidt een aantal "
        "dorpsgroepen, helpt hun wensen te vertalen naar concrete projecten en zorgt voor de "
        "verbinding met het gemeentelijk beleid.",
        ("participatie", "ruimtelijke ontwikkeling"),
        HBO_WO,
        ("Verbinden", "Mondeling communiceren", "Organiseren"),
        (TVG, NPG),
        "all",
    ),
    AssignmentSpec(
        "uitkering-naar-werk",
        "gm-pekela",
        "Van uitkering naar werk",
        "Je onderzoekt welke inwoners met een bijstandsuitkering met de juiste scholing of "
        "begeleiding aan de slag kunnen en werkt met werkgevers en het werkbedrijf aan "
        "leerwerkplekken in kansrijke sectoren.",
        ("arbeidsmarkt", "sociaal domein"),
        HBO_WO,
        ("Klantgerichtheid", "Verbinden", "Analytisch vermogen"),
        (TVG, NPG),
        "all",
    ),
    AssignmentSpec(
        "centrumvisie-veendam",
        "gm-veendam",
        "Centrumvisie: een levendige binnenstad",
        "Leegstand en veranderend winkelgedrag vragen om een nieuwe visie op het centrum. Je "
        "haalt ideeën op bij ondernemers en inwoners, analyseert passantencijfers en schrijft "
        "mee aan de centrumvisie.",
        ("economie", "ruimtelijke ontwikkeling"),
        HBO_WO,
        ("Creativiteit", "Onderzoeken", "Schriftelijk communiceren"),
        (TVG, NPG),
        "all",
    ),
    AssignmentSpec(
        "toerisme-westerwolde",
        "gm-westerwolde",
        "Westerwolde als bestemming",
        "Je werkt aan een recreatie- en toerismeagenda met ondernemers, natuurbeheerders en "
        "dorpen en onderzoekt hoe bezoekers langer in de gemeente blijven.",
        ("economie", "natuur & groen"),
        HBO_WO,
        ("Creativiteit", "Verbinden", "Presenteren"),
        (TVG, NPG),
        "all",
    ),
    AssignmentSpec(
        "omgevingsplan-participatie",
        "gm-noordenveld",
        "Participatie bij het omgevingsplan",
        "Onder de Omgevingswet moeten inwoners vroeg kunnen meepraten. Je ontwerpt "
        "participatietrajecten voor delen van het omgevingsplan en helpt collega's die ze "
        "uitvoeren.",
        ("ruimtelijke ontwikkeling", "participatie"),
        HBO_WO,
        ("Omgevingsbewustzijn", "Organiseren", "Adviseren"),
        (TVG, NPG),
        "all",
    ),
    AssignmentSpec(
        "energiecooperaties",
        "gm-aa-hunze",
        "Lokale energiecoöperaties ondersteunen",
        "Steeds meer dorpen willen zelf energie opwekken. Je ondersteunt energiecoöperaties bij "
        "vragen over financiering, vergunningen en netaansluiting en helpt de gemeente haar rol "
        "te bepalen.",
        ("energie", "participatie"),
        HBO_WO,
        ("Adviseren", "Verbinden", "Zelfstandig werken"),
        (TVG, NPG),
        "all",
    ),
    AssignmentSpec(
        "avg-volwassenheid",
        "gm-assen",
        "Informatiebeveiliging en privacy op orde",
        "Je helpt de privacy officer en de informatiebeveiliger de AVG-volwassenheid van de "
        "organisatie te meten, verbeterpunten te prioriteren en collega's bewust te maken.",
        ("data & digitalisering",),
        HBO_WO,
        ("Nauwkeurigheid", "Adviseren", "Analytisch vermogen"),
        (TVG, NPG),
        "all",
    ),
    AssignmentSpec(
        "wonen-en-zorg",
        "gm-tynaarlo",
        "Wonen en zorg: langer thuis in het dorp",
        "Ouderen willen in hun eigen dorp blijven wonen. Je brengt de woningvoorraad en de "
        "zorgvraag in kaart en werkt met corporaties en zorgaanbieders aan passende "
        "woonvormen.",
        ("wonen", "gezondheid"),
        HBO_WO,
        ("Onderzoeken", "Verbinden", "Data-analyse"),
        (TVG, NPG),
        "all",
    ),
    AssignmentSpec(
        "drinkwater",
        "wbg",
        "Drinkwater voor de toekomst",
        "Het drinkwater in Groningen en Drenthe staat onder druk door droogte en groei. Je "
        "ontwikkelt een campagne voor bewust watergebruik en onderzoekt samen met gemeenten "
        "welke reserves er nodig zijn.",
        ("water & klimaat", "communicatie"),
        HBO_WO,
        ("Creativiteit", "Schriftelijk communiceren", "Samenwerken"),
        (TVG, NPG),
        "all",
    ),
    AssignmentSpec(
        "risicogericht-toezicht",
        "odg",
        "Risicogericht toezicht met data",
        "Welke bedrijven verdienen als eerste een controle? Je helpt een risicomodel te bouwen "
        "op basis van inspectiegegevens en bespreekt de uitkomsten met toezichthouders.",
        ("data & digitalisering", "veiligheid"),
        HBO_WO,
        ("Data-analyse", "Analytisch vermogen", "Samenwerken"),
        (TVG, NPG),
        "all",
    ),
    AssignmentSpec(
        "campus-stadskanaal",
        "noorderpoort",
        "Campus Stadskanaal: onderwijs en bedrijfsleven",
        "Je helpt de samenwerking tussen mbo, voortgezet onderwijs en bedrijven op de nieuwe "
        "campus in Stadskanaal vorm te geven, met aandacht voor stages en doorlopende "
        "leerlijnen.",
        ("onderwijs", "economie"),
        HBO_WO,
        ("Verbinden", "Projectmatig werken", "Organiseren"),
        (TVG, NPG),
        "all",
        municipality="Stadskanaal",
    ),
    AssignmentSpec(
        "leven-lang-ontwikkelen",
        "alfa",
        "Leven lang ontwikkelen",
        "Je ontwikkelt met werkgevers een aanbod voor volwassenen die zich willen omscholen en "
        "onderzoekt wat hen tegenhoudt om weer te gaan leren.",
        ("onderwijs", "arbeidsmarkt"),
        HBO_WO,
        ("Onderzoeken", "Klantgerichtheid", "Creativiteit"),
        (TVG, NPG),
        "all",
    ),
    AssignmentSpec(
        "werving-publieke-sector",
        "goa-publiek",
        "Jong talent voor de publieke sector",
        "Je onderzoekt hoe gemeenten en andere publieke werkgevers jongeren van alle "
        "opleidingsniveaus beter bereiken, en je helpt een campagne en een reeks open dagen "
        "op te zetten.",
        ("arbeidsmarkt", "communicatie"),
        HBO_WO,
        ("Creativiteit", "Presenteren", "Verbinden"),
        (TVG, NPG),
        "all",
    ),
    # --- mbo assignments (GOA Publiek and partners) -------------------------------------
    AssignmentSpec(
        "groen-planten",
        "gm-groningen",
        "Groen & Planten: beheer van wijkparken",
        "Binnen het werk/leertraject Groen & Planten, samen met AOC Terra, werk je mee in de "
        "groenploeg: snoeien, planten en inrichten van wijkparken, en je leert het vak van "
        "(assistent-)hovenier.",
        ("natuur & groen",),
        MBO,
        ("Zelfstandig werken", "Samenwerken", "Nauwkeurigheid"),
        (GOA,),
        "goa",
    ),
    AssignmentSpec(
        "klantcontact",
        "gm-groningen",
        "Klantcontactcentrum: inwoners helpen via alle kanalen",
        "Je beantwoordt vragen van inwoners via telefoon, chat en e-mail, zoekt uit wat er "
        "achter een vraag zit en helpt verbeteringen in de dienstverlening te bedenken.",
        ("dienstverlening", "communicatie"),
        MBO,
        ("Klantgerichtheid", "Mondeling communiceren", "Samenwerken"),
        (GOA,),
        "goa",
        places=2,
    ),
    AssignmentSpec(
        "werk-en-inkomen",
        "gm-midden",
        "Medewerker Werk en Inkomen",
        "Je ondersteunt consulenten bij het beoordelen van aanvragen, bereidt gesprekken voor "
        "en houdt dossiers op orde.",
        ("sociaal domein", "arbeidsmarkt"),
        MBO,
        ("Nauwkeurigheid", "Klantgerichtheid", "Zelfstandig werken"),
        (GOA,),
        "goa",
    ),
    AssignmentSpec(
        "burgerzaken",
        "gm-veendam",
        "Medewerker Burgerzaken",
        "Je helpt inwoners aan de balie en online met paspoorten, verhuizingen en uittreksels, "
        "en je denkt mee over het digitaal maken van producten.",
        ("dienstverlening",),
        MBO,
        ("Klantgerichtheid", "Nauwkeurigheid"),
        (GOA,),
        "goa",
    ),
    AssignmentSpec(
        "voertuigregistratie",
        "rdw",
        "Medewerker voertuigregistratie",
        "Je verwerkt registraties en keuringen, controleert gegevens en helpt klanten van "
        "bedrijven en particulieren verder.",
        ("mobiliteit", "dienstverlening"),
        MBO,
        ("Nauwkeurigheid", "Klantgerichtheid"),
        (GOA,),
        "goa",
        places=2,
    ),
    AssignmentSpec(
        "zorgadministratie",
        "umcg",
        "Medewerker zorgadministratie",
        "Je plant afspraken, verwerkt verwijzingen en ondersteunt een polikliniek bij de "
        "administratie rond de patiëntenzorg.",
        ("gezondheid", "dienstverlening"),
        MBO,
        ("Organiseren", "Nauwkeurigheid", "Klantgerichtheid"),
        (GOA,),
        "goa",
    ),
    AssignmentSpec(
        "watergangen",
        "ws-nzv",
        "Beheer en onderhoud van watergangen",
        "Je werkt mee aan inspecties van sloten, dijken en gemalen, registreert gebreken en "
        "helpt onderhoud met aannemers te plannen.",
        ("water & klimaat", "natuur & groen"),
        MBO,
        ("Zelfstandig werken", "Nauwkeurigheid", "Samenwerken"),
        (GOA,),
        "goa",
    ),
    AssignmentSpec(
        "vergunningen",
        "gm-eemsdelta",
        "Juridisch medewerker vergunningen",
        "Je behandelt eenvoudige vergunningaanvragen, controleert of ze compleet zijn en "
        "stelt conceptbesluiten op onder begeleiding van een jurist.",
        ("ruimtelijke ontwikkeling", "dienstverlening"),
        MBO_HBO,
        ("Nauwkeurigheid", "Schriftelijk communiceren"),
        (GOA,),
        "goa",
    ),
    AssignmentSpec(
        "servicedesk",
        "gm-hogeland",
        "ICT-servicedesk en werkplekbeheer",
        "Je lost storingen op, richt laptops in voor nieuwe collega's en helpt bij de overstap "
        "naar nieuwe samenwerkingssoftware.",
        ("data & digitalisering",),
        MBO,
        ("Klantgerichtheid", "Zelfstandig werken", "Analytisch vermogen"),
        (GOA,),
        "goa",
    ),
    AssignmentSpec(
        "statenwerk",
        "prov-gr",
        "Ondersteuning griffie en statenwerk",
        "Je bereidt vergaderingen van Provinciale Staten en commissies voor, zorgt voor stukken "
        "en verslagen en helpt bij werkbezoeken van statenleden.",
        ("communicatie", "dienstverlening"),
        MBO,
        ("Organiseren", "Schriftelijk communiceren", "Nauwkeurigheid"),
        (GOA,),
        "goa",
    ),
    AssignmentSpec(
        "handhaving",
        "gm-assen",
        "Handhaving openbare ruimte",
        "Je loopt mee met boa's in de wijk, registreert meldingen en werkt toe naar je eigen "
        "boa-certificaat.",
        ("veiligheid",),
        MBO,
        ("Mondeling communiceren", "Zelfstandig werken"),
        (GOA,),
        "goa",
    ),
    AssignmentSpec(
        "loopbaanbegeleiding",
        "noorderpoort",
        "Onderwijsassistent loopbaanbegeleiding",
        "Je ondersteunt loopbaanbegeleiders bij gesprekken met studenten, organiseert "
        "beroepenmarkten en houdt contact met stagebedrijven.",
        ("onderwijs",),
        MBO,
        ("Organiseren", "Mondeling communiceren", "Klantgerichtheid"),
        (GOA,),
        "goa",
    ),
    AssignmentSpec(
        "sociaal-team",
        "gm-stadskanaal",
        "Medewerker sociaal team",
        "Je helpt het sociaal team met intakes, het bijhouden van hulpvragen en het leggen van "
        "contacten met vrijwilligersorganisaties in de dorpen.",
        ("sociaal domein",),
        MBO_HBO,
        ("Klantgerichtheid", "Verbinden"),
        (GOA,),
        "goa",
    ),
    AssignmentSpec(
        "havenlogistiek",
        "gsp",
        "Logistiek en veiligheid in de haven",
        "Je ondersteunt de havendienst bij het registreren van scheepsbewegingen, "
        "veiligheidsrondes en het bijhouden van ligplaatsen.",
        ("economie", "veiligheid"),
        MBO,
        ("Nauwkeurigheid", "Samenwerken"),
        (GOA,),
        "goa",
    ),
)

# --- people ---------------------------------------------------------------------------

E = EducationLevel


@dataclass(frozen=True)
class TraineeSpec:
    given: str
    prefix: str
    surname: str
    level: EducationLevel
    field: str
    home: str
    programme: str
    themes: tuple[str, ...]


# fmt: off
TRAINEES: tuple[TraineeSpec, ...] = (
    # De Toekomst van Groningen 2025
    TraineeSpec("Anna", "van der", "Berg", E.WO, "Bestuurskunde", "Groningen", TVG,
                ("ruimtelijke ontwikkeling", "Europa & lobby")),
    TraineeSpec("Jan", "de", "Vries", E.HBO, "Communicatie", "Eemsdelta", TVG,
                ("communicatie", "data & digitalisering")),
    TraineeSpec("Anaïs", "", "Bakker", E.WO, "Technische Planologie", "Groningen", TVG,
                ("ruimtelijke ontwikkeling", "wonen", "mobiliteit")),
    TraineeSpec("Zoë", "van den", "Heuvel", E.WO, "Economie en Bedrijfskunde", "Tynaarlo", TVG,
                ("economie", "energie")),
    TraineeSpec("Sjoerd", "ter", "Horst", E.HBO, "Bouwkunde", "Emmen", TVG,
                ("wonen", "water & klimaat")),
    TraineeSpec("IJsbrand", "", "Hoekstra", E.WO, "Data Science and Society", "Westerkwartier",
                TVG, ("data & digitalisering", "veiligheid")),
    TraineeSpec("Femke", "'t", "Hart", E.HBO, "Social Work", "Midden-Groningen", TVG,
                ("sociaal domein", "gezondheid")),
    TraineeSpec("Thijs", "", "Mulder", E.WO, "Technische Bedrijfskunde", "Groningen", TVG,
                ("energie", "economie")),
    TraineeSpec("Noor", "", "El Amrani", E.WO, "Rechtsgeleerdheid", "Groningen", TVG,
                ("sociaal domein", "dienstverlening")),
    TraineeSpec("Şeyma", "", "Yılmaz", E.HBO, "Bestuurskunde/Overheidsmanagement", "Veendam",
                TVG, ("participatie", "sociaal domein")),
    TraineeSpec("Łukasz", "", "Kowalski", E.WO, "Energy and Environmental Sciences",
                "Groningen", TVG, ("energie", "water & klimaat")),
    TraineeSpec("Thu Hà", "", "Nguyễn", E.WO, "Gezondheidswetenschappen", "Groningen", TVG,
                ("gezondheid", "onderwijs")),
    TraineeSpec("Renée", "", "Dijkstra", E.HBO, "Vastgoed en Makelaardij", "Het Hogeland", TVG,
                ("wonen", "participatie")),
    TraineeSpec("Joëlle", "van", "Dam", E.WO, "Europese Studies", "Groningen", TVG,
                ("Europa & lobby", "economie")),
    TraineeSpec("Bram", "", "Smit", E.HBO, "Bedrijfskunde", "Stadskanaal", TVG,
                ("economie", "arbeidsmarkt")),
    TraineeSpec("Marijke", "", "IJzerman", E.WO, "Sociale Geografie en Planologie",
                "Noordenveld", TVG, ("ruimtelijke ontwikkeling", "landbouw")),
    TraineeSpec("Rutger", "van 't", "Zand", E.HBO, "Civiele Techniek", "Aa en Hunze", TVG,
                ("mobiliteit", "water & klimaat")),
    TraineeSpec("Chloë", "", "Kuipers", E.WO, "Communicatie- en Informatiewetenschappen",
                "Groningen", TVG, ("communicatie", "cultuur & erfgoed")),
    # Nationaal Programma Groningen 2026
    TraineeSpec("Mees", "", "Boersma", E.WO, "Sociologie", "Oldambt", NPG,
                ("sociaal domein", "economie")),
    TraineeSpec("Sanne", "", "Veenstra", E.HBO, "Pedagogiek", "Midden-Groningen", NPG,
                ("onderwijs", "sociaal domein")),
    TraineeSpec("Eline", "ten", "Brink", E.WO, "Geschiedenis", "Groningen", NPG,
                ("cultuur & erfgoed", "participatie")),
    TraineeSpec("Hidde", "", "Zijlstra", E.WO, "Econometrie", "Groningen", NPG,
                ("data & digitalisering", "economie")),
    TraineeSpec("Maaike", "de", "Boer", E.HBO, "Integrale Veiligheidskunde", "Eemsdelta", NPG,
                ("veiligheid", "wonen")),
    TraineeSpec("Wouter", "van", "Dijk", E.WO, "Technische Natuurkunde", "Tynaarlo", NPG,
                ("energie", "data & digitalisering")),
    TraineeSpec("Ilse", "", "Brouwer", E.HBO, "Communicatie", "Pekela", NPG,
                ("communicatie", "participatie")),
    TraineeSpec("Tjeerd", "", "Bosma", E.WO, "Internationale Betrekkingen", "Groningen", NPG,
                ("Europa & lobby", "arbeidsmarkt")),
    TraineeSpec("Inge", "", "Huizinga", E.ASSOCIATE_DEGREE, "Ad Management in de zorg",
                "Veendam", NPG, ("gezondheid", "sociaal domein")),
    TraineeSpec("Gerrit-Jan", "", "Oosterhuis", E.WO, "Landbouwkunde", "Westerwolde", NPG,
                ("landbouw", "natuur & groen")),
    # GOA Publiek mbo-traineeship 2026
    TraineeSpec("Roel", "", "Kramer", E.MBO4, "Medewerker ICT-support", "Groningen", GOA,
                ("data & digitalisering",)),
    TraineeSpec("Amira", "", "Haddad", E.MBO4, "Juridisch medewerker openbaar bestuur",
                "Groningen", GOA, ("dienstverlening", "ruimtelijke ontwikkeling")),
    TraineeSpec("Kevin", "", "Jansen", E.MBO3, "Hovenier", "Midden-Groningen", GOA,
                ("natuur & groen", "water & klimaat")),
    TraineeSpec("Dewi", "", "Pranoto", E.MBO4, "Management assistant", "Assen", GOA,
                ("communicatie", "dienstverlening")),
    TraineeSpec("Milan", "van der", "Meer", E.MBO3, "Handhaving, toezicht en veiligheid",
                "Veendam", GOA, ("veiligheid", "mobiliteit")),
    TraineeSpec("Jorien", "", "Smid", E.MBO4, "Sociaal werker", "Stadskanaal", GOA,
                ("sociaal domein", "gezondheid")),
    TraineeSpec("Björn", "", "Wubs", E.MBO2, "Logistiek medewerker", "Eemsdelta", GOA,
                ("economie", "mobiliteit")),
    TraineeSpec("Fenna", "", "Wiersma", E.MBO4, "Onderwijsassistent", "Het Hogeland", GOA,
                ("onderwijs", "sociaal domein")),
)
# fmt: on

# The two named trainees whose trajectories tests and documentation describe: their
# placements are fixed rather than planned. ``None`` leaves the rotation open.
PINNED: dict[tuple[str, str], tuple[str | None, ...]] = {
    ("Anna", "Berg"): ("dideldom", "clean-industrial-deal", "klimaatadaptatie-stad"),
    ("Jan", "Vries"): ("eemsdelta-communicatie", "westerkwartier-data", None),
}
# TvG trainees who have no third placement yet (the attention list's content).
WITHOUT_NEXT: tuple[tuple[str, str], ...] = (
    ("Jan", "Vries"),
    ("Renée", "Dijkstra"),
    ("Rutger", "Zand"),
)
# The trainee who left the programme during rotation 2.
LEAVER: tuple[str, str] = ("Bram", "Smit")
LEFT_ON = D(2026, 6, 12)

COACHES: tuple[tuple[str, str], ...] = (
    ("Marleen Hofstra", "050 311 4021"),
    ("Pieter Kloosterman", "06 4120 3377"),
    ("Aukje de Graaf", "06 2187 5530"),
    ("Roelof Meijering", "0598 61 2290"),
    ("Esther van Wijk", "06 5533 1049"),
    ("Harm Nijboer", "0592 36 1180"),
)

COORDINATORS: dict[str, str] = {
    TVG: "Marloes Veldman",
    NPG: "Erik Wubbels",
    GOA: "Saskia Timmer",
}
HR_ADVISER = "Loes Brands (HR gemeente Groningen)"

# Name pools for contact persons (combined deterministically by the generator).
CONTACT_GIVEN: tuple[str, ...] = (
    "Hilde", "Geert", "Annemiek", "Klaas", "Wietske", "Menno", "Jolanda", "Sietse", "Karin",
    "Hendrik", "Trijntje", "Rik", "Margreet", "Albert", "Yvonne", "Jelle", "Nienke", "Bart",
    "Petra", "Gerben", "Ellen", "Arjen", "Ria", "Stefan", "Janneke", "Luuk", "Hester", "Otto",
)  # fmt: skip
CONTACT_SURNAMES: tuple[tuple[str, str], ...] = (
    ("", "Hofman"), ("", "Kooistra"), ("van der", "Laan"), ("", "Schuiling"), ("", "Timmer"),
    ("de", "Wit"), ("", "Bolt"), ("", "Oosting"), ("", "Medema"), ("van", "Es"),
    ("", "Luinge"), ("", "Dijkhuis"), ("ten", "Cate"), ("", "Venema"), ("", "Wolthuis"),
    ("de", "Haan"), ("", "Pruim"), ("", "Zuidema"), ("van den", "Bosch"), ("", "Spijkstra"),
    ("", "Hazenberg"), ("", "Tuin"), ("", "Nieboer"), ("van", "Houten"), ("", "Heijnen"),
)  # fmt: skip

# Guests at participation sessions: mbo employees of the municipality of Groningen,
# and supervisors who come to network meetings.
GUESTS: tuple[tuple[str, str, EducationLevel | None], ...] = (
    ("Demi Lanting", "Gemeente Groningen", E.MBO4),
    ("Sem Oldenburger", "Gemeente Groningen", E.MBO3),
    ("Yasmina Bouzid", "Gemeente Groningen", E.MBO4),
    ("Niels Pot", "Gemeente Groningen", E.MBO2),
    ("Kim Schepers", "Gemeente Groningen", E.MBO4),
    ("Ricardo Martins", "Gemeente Groningen", E.MBO3),
    ("Lotte Ubbens", "Gemeente Groningen", E.MBO4),
    ("Mariska Drenth", "Gemeente Midden-Groningen", E.MBO4),
    ("Tom Everts", "Gemeente Westerkwartier", E.MBO3),
    ("Ayşe Demir", "Stichting GOA Publiek", E.HBO),
    ("Wendy Koopmans", "Gemeente Groningen", E.WO),
    ("Frank Holtrop", "Provincie Groningen", E.WO),
)

# --- sessions -------------------------------------------------------------------------

TRAINING_TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Werken in een politiek-bestuurlijke omgeving", ("communicatie",)),
    ("Projectmatig werken", ()),
    ("Adviseren aan het bestuur", ("communicatie",)),
    ("Gaswinning, schade en herstel in Groningen", ("wonen", "sociaal domein")),
    ("De Omgevingswet in de praktijk", ("ruimtelijke ontwikkeling",)),
    ("Presenteren met impact", ("communicatie",)),
    ("Data gebruiken voor beleid", ("data & digitalisering",)),
    ("Onderhandelen en overtuigen", ()),
    ("Helder schrijven voor bestuurders", ("communicatie",)),
    ("Persoonlijk leiderschap", ()),
    ("Stakeholdermanagement", ("participatie",)),
    ("Verandermanagement", ()),
    ("Energietransitie in Noord-Nederland", ("energie",)),
    ("Inwoners laten meedoen", ("participatie",)),
    ("Europa en de regio", ("Europa & lobby",)),
    ("Brede welvaart meten", ("economie", "sociaal domein")),
    ("Timemanagement en werkdruk", ()),
    ("Netwerken en je loopbaan", ("arbeidsmarkt",)),
)

GOA_WORKSHOPS: tuple[tuple[str, str], ...] = (
    ("Workshop klantgericht schrijven", "gm-groningen"),
    ("Masterclass: hoe werkt de gemeenteraad?", "gm-midden"),
    ("Workshop digitale vaardigheden", "gm-hogeland"),
    ("Masterclass waterveiligheid", "ws-nzv"),
    ("Workshop omgaan met lastige gesprekken", "gm-assen"),
    ("Masterclass: de RDW achter de schermen", "rdw"),
    ("Workshop solliciteren en je netwerk", "goa-publiek"),
    ("Masterclass zorg en welzijn in de regio", "umcg"),
    ("Workshop plannen en prioriteren", "noorderpoort"),
)

LOCATIONS: dict[str, tuple[str, str]] = {
    "provinciehuis": ("Provinciehuis, Martinikerkhof 12, Groningen", "Groningen"),
    "stadhuis": ("Stadhuis, Grote Markt 1, Groningen", "Groningen"),
    "hanze": ("Hanzehogeschool, Zernikeplein 7, Groningen", "Groningen"),
    "veendam": ("Gemeentehuis Veendam", "Veendam"),
    "assen": ("Provinciehuis Drenthe, Westerbrink 1, Assen", "Assen"),
    "hoogezand": ("Gemeentehuis Midden-Groningen, Hoogezand", "Midden-Groningen"),
    "stadskanaal": ("Campus Dideldom, Stadskanaal", "Stadskanaal"),
    "winschoten": ("Gemeentehuis Oldambt, Winschoten", "Oldambt"),
}

EXCUSE_NOTES: tuple[str, ...] = (
    "Ziek gemeld",
    "Verplichting bij de opdrachtgever",
    "Vakantie",
    "Afspraak bij de huisarts",
    "Bijeenkomst bij de opdrachtgever liep uit",
)

FEEDBACK_COMMENTS: dict[int, tuple[str, ...]] = {
    5: ("Heel leerzaam, direct toepasbaar.", "Sterke trainer, goede voorbeelden uit de regio."),
    4: ("Nuttig, wel wat veel stof voor één dag.", "Goede oefeningen.", "Prettige groep."),
    3: ("Sommige onderdelen kende ik al.", "Meer tijd voor eigen casussen graag."),
    2: ("Te theoretisch voor mijn opdracht.",),
    1: ("Sloot niet aan bij wat ik nodig heb.",),
}

EVALUATION_TEXTS: dict[str, tuple[str, ...]] = {
    "begeleider-high": (
        "Pakt de opdracht zelfstandig op en weet collega's goed mee te nemen.",
        "Snel ingewerkt, levert werk van hoge kwaliteit en durft kritische vragen te stellen.",
        "Heeft een duidelijke bijdrage geleverd; het advies wordt door het team gebruikt.",
    ),
    "begeleider-mid": (
        "Goede start; aandachtspunt is eerder om hulp vragen als iets vastloopt.",
        "Werkt zorgvuldig, mag zich wat zichtbaarder maken in overleggen.",
        "Inhoudelijk sterk, planning kan strakker.",
    ),
    "trainee-high": (
        "Leerzame opdracht met veel ruimte voor eigen initiatief.",
        "Fijne begeleiding en een team dat me echt betrok bij het werk.",
    ),
    "trainee-mid": (
        "Interessant onderwerp, maar de opdracht was in het begin onduidelijk afgebakend.",
        "Veel geleerd over de organisatie; had graag meer contact met het bestuur gehad.",
    ),
}

# Fridays without a TvG training day: school holidays in the north, Ascension Friday,
# and the Fridays that hold a return day instead.
TVG_NO_TRAINING: frozenset[dt.date] = frozenset(
    {
        D(2025, 10, 24),
        D(2025, 12, 26),
        D(2026, 1, 2),
        D(2026, 2, 20),
        D(2026, 4, 24),
        D(2026, 5, 1),
        D(2026, 5, 15),
        D(2026, 7, 10),
        D(2026, 7, 17),
        D(2026, 7, 24),
        D(2026, 7, 31),
        D(2026, 8, 7),
        D(2026, 8, 14),
        D(2026, 10, 16),
        D(2026, 12, 18),
        D(2026, 12, 25),
        D(2027, 1, 1),
    }
)
TVG_TRAINING_FIRST = D(2025, 9, 5)
TVG_TRAINING_LAST = D(2027, 1, 29)
TRAINERS: tuple[str, ...] = (
    "Marloes Veldman",
    "Jorrit Kamminga (trainer)",
    "Trainingsbureau Hunzewold",
    "Gastspreker van een deelnemende organisatie",
)

TRAINING_OUTCOMES: tuple[str, ...] = (
    "Trainees oefenden met casussen uit hun eigen opdracht. Afgesproken is de werkvorm in "
    "het eigen team uit te proberen en daar de volgende trainingsdag op terug te komen.",
    "Goede energie in de groep. Wens voor een vervolg: meer voorbeelden uit kleinere "
    "gemeenten en uit Drenthe.",
    "Een deel van de groep miste de middag door verplichtingen bij de opdrachtgever; de "
    "presentatie is nagestuurd en de opdracht schuift een week op.",
    "De gastspreker gaf een eerlijk beeld van het bestuurlijke werk. Trainees vroegen om een "
    "werkbezoek aan een raadsvergadering; dat wordt ingepland.",
)

# (case brought in, what the group advised, the follow-up the case owner takes on)
INTERVISION_CASES: tuple[tuple[str, str, str], ...] = (
    (
        "de opdrachtgever verschuift steeds het doel van de opdracht",
        "afspraken vooraf op papier zetten en elke maand samen terugkijken",
        "Opdrachtformulering opnieuw bespreken met de begeleider",
    ),
    (
        "weinig zichtbaarheid van het eigen werk bij het bestuur",
        "kleine tussenproducten delen en een bestuurlijk sparringpartner zoeken",
        "Korte memo voor de portefeuillehouder voorbereiden",
    ),
    (
        "twijfel over nee zeggen tegen extra klussen",
        "prioriteiten expliciet maken met de begeleider; nee zeggen mag",
        "Takenlijst met prioriteiten bespreken in het werkoverleg",
    ),
    (
        "moeizame samenwerking met een externe partner",
        "eerst de belangen van de partner beter begrijpen en dan pas onderhandelen",
        "Verkennend gesprek plannen met de contactpersoon van de partner",
    ),
    (
        "lange reistijd naar de opdracht in Oost-Groningen",
        "thuiswerkdagen en reistijd bespreekbaar maken en carpoolen met collega's",
        "Reisafspraken vastleggen met de teamleider",
    ),
    (
        "onzekerheid over de volgende rotatie",
        "eigen wensen op tijd en concreet delen met de coördinator",
        "Voorkeuren voor de volgende rotatie doorgeven aan de coördinator",
    ),
)
INTERVISION_METHODS: tuple[str, ...] = (
    "incidentmethode",
    "roddelmethode",
    "balintmethode",
    "vijf-waarom-methode",
)


@dataclass(frozen=True)
class ActionSpec:
    description: str
    owner: str
    due: dt.date


@dataclass(frozen=True)
class ParticipationSpec:
    day: dt.date
    title: str
    description: str
    guests: tuple[str, ...]  # guest names; "*" means every guest
    tvg_trainees: int  # how many TvG trainees join for cross-pollination
    goa_trainees: bool
    themes: tuple[str, ...]
    outcome: str
    actions: tuple[ActionSpec, ...]


_MBO_GUESTS = (
    "Demi Lanting", "Sem Oldenburger", "Yasmina Bouzid", "Niels Pot", "Kim Schepers",
    "Ricardo Martins", "Lotte Ubbens",
)  # fmt: skip

PARTICIPATION_SESSIONS: tuple[ParticipationSpec, ...] = (
    ParticipationSpec(
        D(2025, 9, 25),
        "Participatiesessie mbo-talent: past ons aanbod nog?",
        "HR toetst met mbo-collega's of stages, bbl-plekken en werk/leertrajecten aansluiten "
        "bij wat zij nodig hebben.",
        (*_MBO_GUESTS, "Wendy Koopmans"),
        0,
        False,
        ("arbeidsmarkt", "onderwijs"),
        "Deelnemers waarderen de bbl-plekken en de begeleiding op de werkvloer. Knelpunten: "
        "weinig zicht op doorgroeimogelijkheden na het diploma en het gevoel dat "
        "ontwikkeltrajecten vooral voor hbo en wo bedoeld zijn. Meerdere deelnemers willen een "
        "vast aanspreekpunt voor loopbaanvragen.",
        (
            ActionSpec("Verslag delen met alle deelnemers", "Loes Brands", D(2025, 10, 3)),
            ActionSpec(
                "Vragen over bbl-plekken en doorgroeien bundelen voor HR",
                "Wendy Koopmans",
                D(2025, 10, 31),
            ),
        ),
    ),
    ParticipationSpec(
        D(2025, 10, 9),
        "Participatiesessie mbo-talent: leren en ontwikkelen",
        "Welke vormen van leren werken voor mbo-collega's, en wat kunnen we leren van "
        "traineeships elders in de regio?",
        (
            "Demi Lanting",
            "Yasmina Bouzid",
            "Niels Pot",
            "Kim Schepers",
            "Lotte Ubbens",
            "Mariska Drenth",
            "Tom Everts",
        ),
        4,
        False,
        ("onderwijs", "arbeidsmarkt"),
        "Gasten uit Midden-Groningen en Westerkwartier vertelden over hun mbo-traineeships. "
        "Deelnemers zien vooral waarde in rouleren langs afdelingen en in een vaste groep "
        "waarmee je leert. Hbo/wo-trainees herkennen de behoefte aan intervisie.",
        (
            ActionSpec(
                "Overzicht maken van bestaande werk/leertrajecten per vakgebied",
                "Loes Brands",
                D(2025, 11, 28),
            ),
            ActionSpec(
                "Ervaringen na het eerste jaar ophalen bij Midden-Groningen",
                "Loes Brands",
                D(2025, 12, 19),
            ),
        ),
    ),
    ParticipationSpec(
        D(2025, 10, 30),
        "Participatiesessie: kruisbestuiving mbo, hbo en wo",
        "Mbo-collega's en hbo/wo-trainees verkennen samen hoe zij van elkaar kunnen leren.",
        (*_MBO_GUESTS, "Ayşe Demir"),
        6,
        False,
        ("arbeidsmarkt", "participatie"),
        "Gemengde groepjes werkten aan een gezamenlijke casus. Iedereen vond de mix "
        "waardevol: mbo'ers brengen uitvoeringskennis, trainees de beleidskant. Voorstel: "
        "gezamenlijke leerdagen en een buddysysteem bij de start van een nieuwe lichting.",
        (
            ActionSpec(
                "Uitkomsten verwerken in de notitie voor de jaarlijkse HR-sessie met de raad",
                "Loes Brands",
                D(2026, 1, 30),
            ),
            ActionSpec(
                "Buddykoppeling mbo en hbo/wo uitproberen bij de start van de volgende lichting",
                "Marloes Veldman",
                D(2026, 9, 1),
            ),
        ),
    ),
    ParticipationSpec(
        D(2026, 10, 1),
        "Participatiesessie: een jaar later",
        "Terugblik met mbo-collega's, GOA-trainees en TvG-trainees: wat is er met de "
        "uitkomsten van vorig jaar gebeurd?",
        ("*",),
        5,
        True,
        ("arbeidsmarkt", "onderwijs", "participatie"),
        "De buddykoppeling is bij een deel van de groep gestart en wordt positief ontvangen. "
        "Deelnemers vragen om één gezamenlijke leerdag per kwartaal en om duidelijkere "
        "informatie over vaste banen na het traject.",
        (
            ActionSpec(
                "Gezamenlijke leerdag mbo/hbo/wo organiseren", "Saskia Timmer", D(2027, 1, 29)
            ),
            ActionSpec(
                "Uitkomsten bespreken met Stichting GOA Publiek", "Loes Brands", D(2026, 12, 15)
            ),
        ),
    ),
    ParticipationSpec(
        D(2027, 2, 4),
        "Participatiesessie: uitkomsten en vervolg",
        "Bespreking van de voorstellen uit de HR-sessie met de raad.",
        (*_MBO_GUESTS, "Ayşe Demir"),
        4,
        True,
        ("arbeidsmarkt",),
        "",
        (
            ActionSpec(
                "Agenda en werkvormen afstemmen met de deelnemers",
                "Saskia Timmer",
                D(2027, 1, 22),
            ),
        ),
    ),
)
