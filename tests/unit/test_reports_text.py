"""User text in PDFs: escaped in one place, printed exactly as written, in any script.

The property: whatever a user types (Latin with diacritics and ĳ, Greek, Cyrillic,
Vietnamese, Chinese, Korean, and the characters of reportlab's markup), a document
with that text always builds, and the text extracted from the PDF is the text
that went in (after normalising whitespace, which a PDF does not keep).
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata

import pypdf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Spacer

from coordinator_app.reports.common import user_paragraph
from coordinator_app.reports.document import DocumentSpec, Letterhead, build_pdf, draw_text
from coordinator_app.reports.fonts import CJK_FONT, FONT, HANGUL_FONT, covered, font_runs
from coordinator_app.reports.styles import styles
from coordinator_app.reports.tables import data_table
from coordinator_app.reports.text import CELL_LIMIT, cell, clean, clip, markup, plain

LETTERHEAD = Letterhead("Gemeente Groningen", "", dt.date(2026, 11, 26))
SPEC = DocumentSpec(title="Proef", programme="Proefprogramma", letterhead=LETTERHEAD)

ALPHABET = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    "áéíóúàèëïöüçñÁÉËÏÖÜĳĲ'’-.,;:!?()[]{}"  # Dutch and friends, the ĳ ligature
    "ŞşĞğİıÇçŁłŃńŚśŹźŻżĄąĘęŁ"  # Turkish, Polish
    "ăâđêôơưẠạẢảẤấẦầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"  # Vietnamese
    "ΑαΒβΓγΔδΕεΖζΗηΘθΙιΚκΛλΜμΝνΞξΟοΠπΡρΣσςΤτΥυΦφΧχΨψΩωάέήίόύώ"  # Greek
    "АаБбВвГгДдЕеЁёЖжЗзИиЙйКкЛлМмНнОоПпРрСсТтУуФфХхЦцЧчШшЩщЪъЫыЬьЭэЮюЯяЇїІіЄє"  # Cyrillic
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"  # Chinese
    "김이박최정강조윤장임한오서신권황안송"  # Korean
    "<>&\"'/=;#"  # markup characters
    "  \n"
)
hostile = st.sampled_from(
    [
        "<b>vet</b>",
        "</para>",
        '<img src="/etc/passwd"/>',
        '<a href="https://example.invalid">klik</a>',
        "&amp;",
        "&lt;",
        "&#60;",
        "<font size=40 color=red>",
        "<br/>",
        "&nbsp;",
        "<![CDATA[x]]>",
        "<!-- -->",
    ]
)
texts = st.lists(st.one_of(st.text(alphabet=ALPHABET, max_size=60), hostile), max_size=5).map(
    "".join
)


def extracted(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "".join(page.extract_text() or "" for page in reader.pages)


def body_of(text: str) -> str:
    """What the document's own letterhead and footer add, left out: only the story."""
    for fixed in ("Gemeente Groningen", "Proefprogramma", "Gemaakt op 26 november 2026", "Proef"):
        text = text.replace(fixed, "")
    return text


def squeeze(text: str) -> str:
    return "".join(text.split())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_any_text_prints_exactly_and_the_document_always_builds(text: str) -> None:
    buffer = io.BytesIO()
    story = [
        Paragraph("BEGIN", styles().body),
        user_paragraph(text),
        Paragraph("MIDDEN", styles().body),
        data_table(["Naam", "Waarde"], [[text, "x"]], [120 * mm, 40 * mm]),
        Paragraph("EINDE", styles().body),
    ]
    pages = build_pdf(buffer, SPEC, story)
    assert pages >= 1
    out = extracted(buffer.getvalue())
    expected = squeeze(unicodedata.normalize("NFC", text))
    story_text = squeeze(body_of(out))
    first = story_text[story_text.index("BEGIN") + 5 : story_text.index("MIDDEN")]
    second = story_text[story_text.index("Waarde") + 6 : story_text.rindex("EINDE")]
    assert first == expected
    assert second.removesuffix("x") == expected


@settings(max_examples=25, deadline=None)
@given(text=st.text(max_size=80))
def test_any_unicode_at_all_still_builds(text: str) -> None:
    """Emoji, control characters, lone surrogates: nothing stops a document."""
    buffer = io.BytesIO()
    story = [user_paragraph(text), data_table(["A"], [[text]], [100 * mm])]
    assert build_pdf(buffer, SPEC, story) >= 1
    assert buffer.getvalue().startswith(b"%PDF")


def test_markup_escapes_every_tag_and_entity():
    result = markup('<b>Jan</b> & <img src="x.png"/> &amp; "quote"')
    assert "<b>" not in result and "<img" not in result
    assert result.count("&amp;") == 2
    assert "&quot;quote&quot;" in result
    assert markup("regel 1\nregel 2") == "regel 1<br/>regel 2"
    assert markup("regel 1\nregel 2", newlines=False) == "regel 1 regel 2"


def test_markup_switches_font_for_runs_of_cjk_only():
    result = markup("Wang 王小明 & 김민준!")
    assert f'<font face="{CJK_FONT}">王小明</font>' in result
    assert f'<font face="{HANGUL_FONT}">김민준</font>' in result
    assert result.startswith("Wang ")
    assert [r.font for r in font_runs("Nguyễn Ĳssel Дима Ωμέγα")] == [FONT]


def test_clean_drops_what_cannot_print_and_normalises():
    assert clean("a\x00b\x07c\r\nd\re\u2028f") == "abc\nd\ne\nf"
    assert clean("e\u0301") == "é"  # composed, as DejaVu draws it best
    assert clean(None) == ""
    assert clean("\ud800x") == "x"  # a lone surrogate


def test_long_values_are_cut_with_a_visible_marker():
    text = "woord " * 10_000
    kept, marker = clip(text, 1000)
    assert len(kept) <= 1000
    assert "ingekort" in marker
    assert "60.000" in marker  # Dutch thousands separator
    assert clip("kort", 1000) == ("kort", "")
    assert "ingekort" in markup(text, limit=500)
    assert plain("x" * 1000, 100).startswith("x" * 100)


def test_cells_are_plain_strings_only_when_they_fit_and_dejavu_covers_them():
    style = styles().cell
    assert cell("Anna van der Berg", style, 200) == "Anna van der Berg"
    assert isinstance(cell("王小明", style, 200), Paragraph)
    wrapped = cell("Een heel lange naam " * 10, style, 100)
    assert isinstance(wrapped, str)  # wrapped into lines, still drawn as a plain string
    lines = wrapped.split("\n")
    assert len(lines) > 1 and " ".join(lines) == ("Een heel lange naam " * 10).strip()
    assert all(stringWidth(line, style.fontName, style.fontSize) <= 100 for line in lines)
    assert isinstance(cell("Donaudampfschifffahrtsgesellschaft" * 3, style, 100), Paragraph)
    assert isinstance(cell("regel\nregel", style, 200), str)  # newlines become spaces
    long_value = cell("y" * 5000, style, 100)
    assert isinstance(long_value, Paragraph)
    assert len(long_value.text) < CELL_LIMIT + 200
    assert covered("Łukasz Şeyma Nguyễn ĳ") and not covered("王")


def test_canvas_text_is_cut_to_its_width():
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(io.BytesIO())
    width = draw_text(canvas, 0, 0, "Een zeer lange organisatienaam " * 20, 10, max_width=100)
    assert 0 < width <= 100
    assert draw_text(canvas, 0, 0, "王小明 Groningen", 10) > 0


def test_page_numbers_count_every_page():
    buffer = io.BytesIO()
    story = [user_paragraph("tekst " * 2000), Spacer(1, 10), user_paragraph("slot")]
    pages = build_pdf(buffer, SPEC, story)
    reader = pypdf.PdfReader(io.BytesIO(buffer.getvalue()))
    assert len(reader.pages) == pages >= 2
    for number, page in enumerate(reader.pages, start=1):
        assert f"Pagina {number} van {pages}" in page.extract_text()
