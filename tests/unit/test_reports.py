"""The PDF documents: valid, complete, in Dutch, every name as written, QR codes that scan.

Every document is made from the small demo database (its reference date is the
application's date here) and read back with pypdf; the sign-in sheet and the
badges are rendered with pdfium and their QR codes decoded with zxing-cpp.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
import pytest
import zxingcpp
from sqlalchemy import select

from coordinator_app.context import AppContext
from coordinator_app.models import (
    Attendance,
    AttendanceStatus,
    Cohort,
    GuestParticipant,
    Session,
    Trainee,
)
from coordinator_app.reports import ReportKind, ReportTarget, make_report
from coordinator_app.reports.targets import ReportError
from coordinator_app.services.attendance import session_attendance
from coordinator_app.services.demo import write_demo_database
from coordinator_app.services.demo_data import REFERENCE_DATE
from coordinator_app.services.participation import session_figures, trainee_figures

ORGANISATION = "Provincie Groningen – Team Traineeships & Talent"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppContext]:
    folder = tmp_path_factory.mktemp("reports-demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CONFIG_HOME", str(folder / "config"))
        patch.setenv("XDG_DATA_HOME", str(folder / "data"))
        patch.setenv("COORDINATOR_LOG_DIR", str(folder / "logs"))
        path = folder / "demo.sqlite3"
        write_demo_database(str(path))
        context = AppContext.open(str(path), settings_path=folder / "settings.json")
    context.today = REFERENCE_DATE
    context.settings.organisation_name = ORGANISATION
    yield context
    context.close()


@pytest.fixture(scope="module")
def made(demo: AppContext, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every kind of document, made once for the module."""
    folder = tmp_path_factory.mktemp("reports")
    with demo.read_session() as db:
        trainee = db.scalar(select(Trainee.id).where(Trainee.surname == "Nguyễn"))
        cohort = db.scalar(select(Cohort.id).where(Cohort.name == "Toekomst van Groningen 2025"))
        future = db.scalar(select(Session.id).where(Session.date > REFERENCE_DATE).where(
            Session.title.like("Participatiesessie%")))  # fmt: skip
        past = db.scalar(
            select(Session.id).where(Session.title == "Participatiesessie: een jaar later")
        )
        network = db.scalar(select(Session.id).where(Session.type == "netwerkbijeenkomst"))
    targets = {
        "trajectory": ReportTarget(trainee_id=trainee),
        "certificate": ReportTarget(trainee_id=trainee),
        "assignment": ReportTarget(assignment_id=3),
        "session": ReportTarget(session_id=past),
        "signin": ReportTarget(session_id=future),
        "badges": ReportTarget(session_id=network),
        "cohort": ReportTarget(cohort_id=cohort),
        "outcomes": ReportTarget(first=dt.date(2026, 1, 1), last=dt.date(2026, 11, 26)),
    }
    paths = {}
    for kind, target in targets.items():
        path = folder / f"{kind}.pdf"
        make_report(demo, ReportKind(kind), target, path)
        paths[kind] = path
    paths["_ids"] = {"trainee": trainee, "future": future, "past": past, "network": network}  # type: ignore[assignment]
    return paths


def pages_text(path: Path) -> list[str]:
    reader = pypdf.PdfReader(str(path))
    return [page.extract_text() or "" for page in reader.pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def squeeze(text: str) -> str:
    return "".join(text.split())


CJK_FONTS = {"/STSong-Light", "/HYSMyeongJo-Medium"}


def shown_fonts(path: Path) -> set[str]:
    """The base fonts of every piece of visible text in the document."""
    found: set[str] = set()

    def visit(text, _cm, _tm, font, _size):  # type: ignore[no-untyped-def]
        if text.strip() and font is not None:
            base = font.get("/BaseFont", "")
            if base == "" and "/DescendantFonts" in font:
                base = font["/DescendantFonts"][0].get_object().get("/BaseFont", "")
            found.add(str(base).split("+")[-1] if "+" in str(base) else str(base))

    for page in pypdf.PdfReader(str(path)).pages:
        page.extract_text(visitor_text=visit)
    return found


def qr_payloads(path: Path, scale: float = 3.0) -> list[str]:
    found = []
    document = pdfium.PdfDocument(str(path))
    for page in document:
        image = page.render(scale=scale).to_pil()
        found += [result.text for result in zxingcpp.read_barcodes(image)]
    return found


# -- every document ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kind",
    [
        "trajectory",
        "certificate",
        "assignment",
        "session",
        "signin",
        "badges",
        "cohort",
        "outcomes",
    ],
)
def test_every_document_is_a_valid_pdf_with_letterhead_and_numbered_pages(made, kind):
    reader = pypdf.PdfReader(str(made[kind]))
    texts = [page.extract_text() for page in reader.pages]
    total = len(texts)
    assert total >= 1
    for number, text in enumerate(texts, start=1):
        assert f"Pagina {number} van {total}" in text
        assert "Gemaakt op 26 november 2026" in text
        assert ORGANISATION in flat(text) or ORGANISATION[:20] in flat(text)
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (595, 842)  # A4
    assert reader.metadata.title
    assert reader.metadata.creator == "Coordinator"


@pytest.mark.parametrize("kind", ["trajectory", "session", "signin", "cohort", "outcomes"])
def test_no_text_runs_off_the_page(made, kind):
    document = pdfium.PdfDocument(str(made[kind]))
    for page in document:
        width, height = page.get_size()
        text = page.get_textpage()
        for index in range(text.count_chars()):
            left, bottom, right, top = text.get_charbox(index)
            if right - left <= 0:
                continue  # spaces and line ends have no box
            assert left >= 0 and right <= width and bottom >= 0 and top <= height


def test_trajectory_shows_programme_rotations_evaluations_and_participation(demo, made):
    text = flat(" ".join(pages_text(made["trajectory"])))
    assert "Traject van Thu Hà Nguyễn" in text
    assert "De Toekomst van Groningen" in text
    assert "Toekomst van Groningen 2025" in text
    assert "Evaluaties" in text
    trainee_id = made["_ids"]["trainee"]
    with demo.read_session() as db:
        trainee = db.get(Trainee, trainee_id)
        from coordinator_app.models import Placement

        placements = db.scalars(select(Placement).where(Placement.trainee_id == trainee_id)).all()
        organisations = {p.assignment.organisation.name for p in placements}
        titles = {p.assignment.title for p in placements}
        counts = next(
            f.counts for f in trainee_figures(db, REFERENCE_DATE) if f.trainee_id == trainee_id
        )
        email = trainee.email
    squeezed = squeeze(text)
    for name in organisations | titles:
        assert squeeze(name) in squeezed
    assert f"{counts.rate * 100:.0f}%" in text
    assert f"{counts.present} aanwezig" in text
    assert email in text
    assert "01-09-2025" in text  # the cohort's start, a Dutch date


def test_certificate_names_the_trainee_and_programme(made):
    text = flat(" ".join(pages_text(made["certificate"])))
    assert "Bewijs van deelname" in text
    assert "Thu Hà Nguyễn" in text
    assert "De Toekomst van Groningen" in text
    assert "1 september 2025" in text
    assert "Handtekening" in text


def test_assignment_description_prints_markup_characters_literally(made):
    text = flat(" ".join(pages_text(made["assignment"])))
    assert "Communicatie & Online: inwoners betrekken in Eemsdelta" in text
    assert "Gemeente Eemsdelta" in text
    assert "Omschrijving" in text
    assert "Contact" in text


def test_session_report_lists_attendees_by_status_with_participation_and_mix(demo, made):
    text = flat(" ".join(pages_text(made["session"])))
    session_id = made["_ids"]["past"]
    with demo.read_session() as db:
        rows = session_attendance(db, session_id)
        figures = next(f for f in session_figures(db, REFERENCE_DATE) if f.session_id == session_id)
        record = db.get(Session, session_id)
        actions = [p.description for p in record.action_points]
    present = [r for r in rows if r.status is AttendanceStatus.PRESENT]
    assert f"Aanwezig ({len(present)})" in text
    squeezed = squeeze(text)
    for row in rows:
        assert squeeze(row.name) in squeezed
    assert f"{figures.counts.rate * 100:.0f}%" in text
    assert "Niveaumix van de aanwezigen" in text
    assert f"Mengindex {figures.mix.index:.2f}".replace(".", ",") in text
    for description in actions:
        assert squeeze(description) in squeezed
    assert "Feedback" in text


def test_signin_sheet_sorted_by_surname_with_codes_that_scan(demo, made):
    session_id = made["_ids"]["future"]
    with demo.read_session() as db:
        rows = session_attendance(db, session_id)
    text = squeeze(" ".join(pages_text(made["signin"])))
    assert "Handtekening" in text
    positions = []
    for row in rows:
        surname = row.sort_key.split("\x1f")[0]
        assert row.code in text
        positions.append(text.casefold().find(squeeze(surname)))
    # The rows appear in surname order (the service's sort key).
    assert -1 not in positions
    assert positions == sorted(positions)
    assert sorted(qr_payloads(made["signin"])) == sorted(row.code for row in rows)


def test_signin_sheet_has_blank_rows_for_walk_ins(made):
    reader = pypdf.PdfReader(str(made["signin"]))
    last = reader.pages[-1].extract_text()
    numbers = [int(n) for n in re.findall(r"^\s*(\d+)\s*$", last, flags=re.MULTILINE)]
    assert numbers, "the blank rows carry their numbers"


def test_badges_carry_names_and_scannable_codes(demo, made):
    session_id = made["_ids"]["network"]
    with demo.read_session() as db:
        rows = session_attendance(db, session_id)
    text = squeeze(" ".join(pages_text(made["badges"])))
    for row in rows:
        assert squeeze(row.name) in text
    reader = pypdf.PdfReader(str(made["badges"]))
    assert len(reader.pages) == -(-len(rows) // 8)  # eight cards a page
    assert sorted(qr_payloads(made["badges"])) == sorted(row.code for row in rows)


def test_cohort_report_shows_figures_places_trainees_and_attention(demo, made):
    text = flat(" ".join(pages_text(made["cohort"])))
    squeezed = squeeze(text)
    with demo.read_session() as db:
        cohort = db.scalar(select(Cohort).where(Cohort.name == "Toekomst van Groningen 2025"))
        trainees = db.scalars(select(Trainee).where(Trainee.cohort_id == cohort.id)).all()
    for trainee in trainees:
        assert squeeze(trainee.full_name) in squeezed
    for phrase in ("Kerncijfers", "Per subregio", "Per gemeente", "Deelname per trainee",
                   "Rotatiewisselingen", "Aandachtslijst", "Centraal", "Groningen"):  # fmt: skip
        assert phrase in text
    active = sum(1 for t in trainees if t.status.value in ("aangenomen", "actief"))
    assert f"{active} actieve trainees" in text


def test_outcomes_report_counts_themes_and_action_points(demo, made):
    text = flat(" ".join(pages_text(made["outcomes"])))
    assert "1 januari 2026 tot en met 26 november 2026" in text
    assert "Besproken thema's" in text
    assert "Actiepunten" in text
    with demo.read_session() as db:
        held = db.scalars(
            select(Session).where(
                Session.date >= dt.date(2026, 1, 1), Session.date <= REFERENCE_DATE
            )
        ).all()
        themes: dict[str, int] = {}
        for record in held:
            for theme in record.themes_raised:
                themes[theme.name] = themes.get(theme.name, 0) + 1
    assert f"vonden {len(held)} bijeenkomsten plaats" in text
    for name, count in themes.items():
        assert f"{name} {count}" in text


# -- escaping, long values, fonts -------------------------------------------------------------

HOSTILE_NAME = '<b>Jan</b> & </para> <img src="/etc/passwd"/>'
HOSTILE_NOTE = (
    'Zie <a href="https://example.invalid/x">hier</a> & <img src="logo.png" width="9"/> '
    "&amp; &lt; <font size=40>groot</font>"
)


def _add_trainee(context: AppContext, **fields) -> int:
    with context.transaction() as db:
        cohort = db.scalar(select(Cohort).where(Cohort.name == "Toekomst van Groningen 2025"))
        trainee = Trainee(
            email=fields.pop("email"),
            education_level="wo",
            cohort=cohort,
            checkin_code=fields.pop("code"),
            **fields,
        )
        db.add(trainee)
        db.flush()
        return trainee.id


def test_user_text_prints_literally_and_never_loads_a_file_or_makes_a_link(demo, tmp_path):
    trainee_id = _add_trainee(
        demo,
        given_name="Eva & <i>",
        surname=HOSTILE_NAME,
        email="hostile@example.nl",
        code="HOSTIL",
        notes=HOSTILE_NOTE,
    )
    out = tmp_path / "hostile.pdf"
    make_report(demo, ReportKind.TRAJECTORY, ReportTarget(trainee_id=trainee_id), out)
    reader = pypdf.PdfReader(str(out))
    text = flat(" ".join(page.extract_text() for page in reader.pages))
    assert flat(HOSTILE_NAME) in text
    assert flat(HOSTILE_NOTE) in text
    assert "Eva & <i>" in text
    for page in reader.pages:
        assert "/Annots" not in page  # no link was made
        resources = page["/Resources"]
        objects = resources.get("/XObject", {}) if resources else {}
        assert not [k for k, v in objects.items() if v.get_object().get("/Subtype") == "/Image"]


def test_a_30000_character_note_is_cut_with_a_marker_and_the_document_builds(demo, tmp_path):
    words = " ".join(f"woord{i}" for i in range(5000))  # about 40,000 characters
    trainee_id = _add_trainee(
        demo, given_name="Lange", surname="Notitie", email="lang@example.nl", code="LANGNT",
        notes=words,
    )  # fmt: skip
    out = tmp_path / "long.pdf"
    result = make_report(demo, ReportKind.TRAJECTORY, ReportTarget(trainee_id=trainee_id), out)
    text = flat(" ".join(pages_text(out)))
    assert "woord0 woord1" in text
    assert "ingekort" in text
    assert "tekens niet afgedrukt" in text
    assert result.pages >= 3


def test_one_unbroken_30000_character_value_wraps_inside_the_page(demo, tmp_path):
    blob = "X" * 30_000
    trainee_id = _add_trainee(
        demo, given_name="Zonder", surname="Spaties", email="blob@example.nl", code="BLOBXX",
        notes=blob, field_of_study="Y" * 160,
    )  # fmt: skip
    out = tmp_path / "blob.pdf"
    make_report(demo, ReportKind.TRAJECTORY, ReportTarget(trainee_id=trainee_id), out)
    document = pdfium.PdfDocument(str(out))
    for page in document:
        width, _height = page.get_size()
        textpage = page.get_textpage()
        for index in range(textpage.count_chars()):
            left, _b, right, _t = textpage.get_charbox(index)
            assert right <= width
    assert "Y" * 160 in squeeze(" ".join(pages_text(out)))


def test_names_in_every_script_print_and_chinese_uses_the_cjk_font(demo, tmp_path):
    names = [
        ("IJsbrand", "van 't", "Ĳzerman-Şahin"),
        ("Łucja", "", "Wałęsa"),
        ("Nguyễn Thị", "", "Hồng Hạnh"),
        ("Αθηνά", "", "Παπαδοπούλου"),
        ("Дмитрий", "", "Ковалёв"),
        ("小明", "", "王"),
        ("민준", "", "김"),
    ]
    with demo.transaction() as db:
        record = Session(
            type="intervisie", title="Intervisie in alle schriften", date=dt.date(2026, 12, 9),
            start_time=dt.time(14), end_time=dt.time(16),
        )  # fmt: skip
        db.add(record)
        for index, (given, prefix, surname) in enumerate(names):
            trainee = Trainee(
                given_name=given, prefix=prefix, surname=surname, email=f"schrift{index}@example.nl",
                education_level="hbo", checkin_code=f"SCRPT{index}",
            )  # fmt: skip
            db.add(trainee)
            record.attendances.append(Attendance(trainee=trainee))
        guest = GuestParticipant(
            name="Zoë Ağaoğlu", organisation_name="Çay & Co", checkin_code="GSTCAY"
        )
        record.attendances.append(Attendance(guest=guest))
        db.flush()
        session_id = record.id
    out = tmp_path / "scripts.pdf"
    make_report(demo, ReportKind.SIGNIN, ReportTarget(session_id=session_id), out)
    text = squeeze(" ".join(pages_text(out)))
    for given, _prefix, surname in names:
        assert squeeze(given) in text
        assert squeeze(surname) in text
    assert "ZoëAğaoğlu".casefold() in text.casefold() or "Ağaoğlu,Zoë" in text
    assert "Çay&Co" in text
    fonts = shown_fonts(out)
    assert "/STSong-Light" in fonts
    assert "/HYSMyeongJo-Medium" in fonts
    # Every word is in the embedded DejaVu Sans or a CJK fallback; never in Helvetica.
    assert all("DejaVuSans" in font or font in CJK_FONTS for font in fonts), fonts
    badges = tmp_path / "scripts-badges.pdf"
    make_report(demo, ReportKind.BADGES, ReportTarget(session_id=session_id), badges)
    badge_text = squeeze(" ".join(pages_text(badges)))
    for given, _prefix, surname in names:
        assert squeeze(f"{given}{surname}") in badge_text or squeeze(surname) in badge_text


def test_logo_from_the_settings_is_drawn_and_a_broken_logo_is_ignored(demo, tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 40), (31, 78, 121)).save(logo)
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not an image")
    target = ReportTarget(assignment_id=1)
    for path, images in ((logo, 1), (broken, 0), (tmp_path / "missing.png", 0)):
        demo.settings.logo_path = str(path)
        try:
            out = tmp_path / f"logo-{path.stem}.pdf"
            make_report(demo, ReportKind.ASSIGNMENT, target, out)
        finally:
            demo.settings.logo_path = ""
        page = pypdf.PdfReader(str(out)).pages[0]
        objects = page["/Resources"].get("/XObject", {})
        found = [k for k, v in objects.items() if v.get_object().get("/Subtype") == "/Image"]
        assert len(found) == images


def test_long_tables_repeat_their_header_on_every_page(demo, made):
    texts = pages_text(made["signin"])
    assert len(texts) >= 2
    for text in texts:
        assert "Handtekening" in text
        assert "Organisatie" in text


def test_writing_to_a_stream_and_cancelling(demo, tmp_path):
    from coordinator_app.services.progress import Cancelled, Progress

    buffer = io.BytesIO()
    result = make_report(demo, ReportKind.ASSIGNMENT, ReportTarget(assignment_id=2), buffer)
    assert buffer.getvalue().startswith(b"%PDF")
    assert result.filename.endswith(".pdf")
    progress = Progress()
    progress.cancel()
    out = tmp_path / "cancelled.pdf"
    with pytest.raises(Cancelled):
        make_report(demo, ReportKind.COHORT, ReportTarget(cohort_id=1), out, progress)
    assert not out.exists()
    assert list(tmp_path.glob("*.part")) == []


def test_targets_that_do_not_fit_are_refused_in_dutch(demo, tmp_path):
    out = tmp_path / "x.pdf"
    with pytest.raises(ReportError, match="bijeenkomst"):
        make_report(demo, ReportKind.SIGNIN, ReportTarget(), out)
    with pytest.raises(ReportError, match="periode"):
        make_report(demo, ReportKind.OUTCOMES, ReportTarget(first=dt.date(2026, 1, 1)), out)
    with pytest.raises(ReportError, match="bestaat niet|geen"):
        make_report(demo, ReportKind.TRAJECTORY, ReportTarget(trainee_id=999_999), out)
    with pytest.raises(ReportError, match="geen opdracht"):
        make_report(demo, ReportKind.ASSIGNMENT, ReportTarget(assignment_id=999_999), out)
    assert not out.exists()


def test_badges_for_a_cohort(demo, tmp_path):
    out = tmp_path / "cohort-badges.pdf"
    with demo.read_session() as db:
        cohort = db.scalar(select(Cohort).where(Cohort.name == "NPG 2026"))
        trainees = db.scalars(
            select(Trainee).where(Trainee.cohort_id == cohort.id, Trainee.status == "actief")
        ).all()
    make_report(demo, ReportKind.BADGES, ReportTarget(cohort_id=cohort.id), out)
    assert sorted(qr_payloads(out)) == sorted(t.checkin_code for t in trainees)
