"""Tests of the parse stage: PDF/DOCX/TXT to clean text, and every failure named."""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest
from fpdf import FPDF
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from screener.errors import (
    CorruptFile,
    EmptyDocument,
    EncryptedFile,
    FileTooLarge,
    NoTextLayer,
    ParseCrashed,
    PathNotFound,
    ScreenerError,
    UnreadableFile,
    UnsupportedFormat,
)
from screener.extract.sections import find_sections
from screener.parse import ParseLimits, normalize_text, parse_bytes, parse_file
from screener.records import ParsedDocument

# ---------------------------------------------------------------------------
# Fixture builders (fpdf2 core fonts, python-docx)
# ---------------------------------------------------------------------------

SIDEBAR = [
    ["CONTACT", "Berlin, Germany", "+49 30 1234567"],
    ["SKILLS", "Python", "SQL", "Docker", "Kubernetes", "Airflow"],
    ["LANGUAGES", "English", "French"],
]
MAIN = [
    ["PROFILE", "Data engineer with eight years of experience building reliable batch and "
     "streaming platforms for retail and fintech companies across Europe."],
    ["EXPERIENCE", "Senior Data Engineer, Acme Corp, 2019 - 2023",
     "Built streaming pipelines that processed billions of events per day with Kafka.",
     "Led a team of four engineers.", "Data Engineer, Globex Inc, 2016 - 2019",
     "Designed the warehouse schema and the nightly batch loads."],
    ["EDUCATION", "BSc Computer Science, Technical University, 2016"],
]  # fmt: skip


def _pdf() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=10)
    return pdf


def _bytes(pdf: FPDF) -> bytes:
    return bytes(pdf.output())


def two_column_pdf(
    *, sidebar_first: bool, sidebar_left: bool = True, line_h: float = 4.5, aligned: bool = False
) -> bytes:
    """A name across the top, a sidebar and a main column (drawn in either order).

    ``aligned``: one main-column line per sidebar line, at the same heights.
    """
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.set_xy(10, 10)
    pdf.cell(190, 8, "JANE DOE", align="C")
    side_w, gap, top = 50.0, 6.0, 24.0
    side_x, main_x = (10.0, 10.0 + side_w + gap) if sidebar_left else (200.0 - side_w, 10.0)
    main_w = 190.0 - side_w - gap

    def sidebar() -> None:
        y = top
        for section in SIDEBAR:
            for i, item in enumerate(section):
                pdf.set_font("Helvetica", "B" if i == 0 else "", 10)
                pdf.set_xy(side_x, y)
                pdf.cell(side_w, line_h, item)
                y += line_h
            y += 0 if aligned else 4

    def main() -> None:
        y = top
        for section in MAIN:
            for i, item in enumerate(section):
                pdf.set_font("Helvetica", "B" if i == 0 else "", 10)
                pdf.set_xy(main_x, y)
                if aligned:
                    pdf.cell(main_w, line_h, item[:60])
                    y += line_h
                else:
                    pdf.multi_cell(main_w, line_h, item)
                    y = pdf.get_y()
            y += 0 if aligned else 4

    if sidebar_first:
        sidebar()
        main()
    else:
        main()
        sidebar()
    return _bytes(pdf)


def lines_of(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


def make_docx(build: Callable[[docx.document.Document], object]) -> bytes:
    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# ---------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------


def test_plain_one_column_pdf() -> None:
    pdf = _pdf()
    pdf.add_page()
    lines = ["John Smith", "Python developer", "EXPERIENCE", "Backend Engineer at Initech"]
    for line in lines:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    data = _bytes(pdf)
    doc = parse_bytes(data, "cv.pdf")
    assert isinstance(doc, ParsedDocument)
    assert (doc.format, doc.pages, doc.path) == ("pdf", 1, "cv.pdf")
    assert lines_of(doc.text) == lines
    assert doc.sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("sidebar_first", [True, False], ids=["sidebar-drawn-first", "main-first"])
@pytest.mark.parametrize("sidebar_left", [True, False], ids=["left", "right"])
@pytest.mark.parametrize("aligned", [False, True], ids=["wrapped", "same-heights"])
def test_two_column_pdf_reads_one_column_at_a_time(
    sidebar_first: bool, sidebar_left: bool, aligned: bool
) -> None:
    data = two_column_pdf(sidebar_first=sidebar_first, sidebar_left=sidebar_left, aligned=aligned)
    lines = lines_of(parse_bytes(data, "cv.pdf").text)
    assert lines[0] == "JANE DOE"
    side = [item for section in SIDEBAR for item in section]
    where = [lines.index(item) for item in side]
    # the sidebar is one contiguous run, in its own order
    assert where == list(range(where[0], where[0] + len(side)))
    # main-column items keep their order and none falls inside the sidebar run
    main_items = [item[:25] for section in MAIN for item in section]
    text = "\n".join(lines)
    positions = [text.index(item) for item in main_items]
    assert positions == sorted(positions)
    sidebar_span = (text.index(side[0]), text.index(side[-1]))
    assert not any(sidebar_span[0] < p < sidebar_span[1] for p in positions)


def test_column_headings_under_a_centred_subtitle_stay_with_their_columns() -> None:
    """A designed template: a centred name and subtitle, then two columns whose headings sit
    on one row. The right heading is not folded into the left one as if it were a date."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.set_xy(10, 10)
    pdf.cell(190, 8, "CHARLES RODRIGUEZ", align="C")
    pdf.set_font("Helvetica", "", 9)
    pdf.set_xy(88, 22)  # starts right of the left heading, left of the left column's text end
    pdf.cell(80, 5, "SOFTWARE AND PROJECT MANAGER")
    columns = {
        15.0: ["PERSONAL PROFILE", "Engineer who builds NLP models for all clients.", "",
               "SKILLS", "NLTK, PyTorch"],
        100.0: ["WORK BACKGROUND", "General Electric Healthcare", "Data Scientist, Feb 2020",
                "", "EDUCATION", "B.Tech, JU University, 2019"],
    }  # fmt: skip
    for x, items in columns.items():
        y = 60.0
        for i, item in enumerate(items):
            pdf.set_font("Helvetica", "B" if item.isupper() else "", 10)
            pdf.set_xy(x, y)
            pdf.cell(80, 5, item)
            y += 5 if i else 8
    lines = lines_of(parse_bytes(_bytes(pdf), "cv.pdf").text)
    assert "PERSONAL PROFILE" in lines and "WORK BACKGROUND" in lines
    work = lines.index("WORK BACKGROUND")
    assert lines[work + 1] == "General Electric Healthcare"
    assert lines.index("SKILLS") < work  # left column first


def test_right_aligned_dates_stay_with_their_titles() -> None:
    pdf = _pdf()
    pdf.add_page()
    pdf.cell(0, 6, "EXPERIENCE", new_x="LMARGIN", new_y="NEXT")
    for title, dates, bullet in [
        ("Senior Engineer, Acme", "2019 - 2023", "Built pipelines"),
        ("Engineer, Globex", "2016 - 2019", "Designed schemas"),
        ("Analyst, Initech", "2014 - 2016", "Wrote reports"),
    ]:
        y = pdf.get_y()
        pdf.cell(0, 6, title)
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(0, 6, dates, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 6, f"- {bullet}", new_x="LMARGIN", new_y="NEXT")
    text = parse_bytes(_bytes(pdf), "cv.pdf").text
    assert "Senior Engineer, Acme\t2019 - 2023" in text
    assert "Engineer, Globex\t2016 - 2019" in text
    assert text.index("Built pipelines") < text.index("Engineer, Globex")


def test_skills_table_pdf() -> None:
    pdf = _pdf()
    pdf.add_page()
    pdf.cell(0, 8, "SKILLS", new_x="LMARGIN", new_y="NEXT")
    rows = [("Skill", "Level", "Years"), ("Python", "Expert", "8"), ("PostgreSQL", "Advanced", "6")]
    with pdf.table(col_widths=(40, 30, 30)) as table:
        for row in rows:
            cells = table.row()
            for value in row:
                cells.cell(value)
    pdf.ln(6)
    pdf.cell(0, 8, "EDUCATION", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, "MSc Physics", new_x="LMARGIN", new_y="NEXT")
    lines = lines_of(parse_bytes(_bytes(pdf), "cv.pdf").text)
    start, end = lines.index("SKILLS"), lines.index("EDUCATION")
    # every cell lands between the two headings (read column by column)
    assert sorted(lines[start + 1 : end]) == sorted(v for row in rows for v in row)
    assert lines[end + 1] == "MSc Physics"


def test_letter_spaced_heading_and_hyphenation_in_pdf() -> None:
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.set_char_spacing(6)
    pdf.cell(0, 10, "WORK  EXPERIENCE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_char_spacing(0)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 6, "Led the develop-", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "ment of a billing service", new_x="LMARGIN", new_y="NEXT")
    text = parse_bytes(_bytes(pdf), "cv.pdf").text
    assert lines_of(text) == ["WORK EXPERIENCE", "Led the development of a billing service"]


def test_repeated_header_and_footer_on_three_pages() -> None:
    class Paged(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", size=9)
            self.cell(0, 6, "Jane Doe - jane@example.com", align="C", new_x="LMARGIN", new_y="NEXT")

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", size=9)
            self.cell(0, 6, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Paged(format="A4")
    pdf.set_font("Helvetica", size=10)
    bodies = ["Kubernetes operators in Go", "Terraform modules for AWS", "Spark jobs on EMR"]
    for body in bodies:
        pdf.add_page()
        pdf.set_y(40)
        pdf.cell(0, 8, body, new_x="LMARGIN", new_y="NEXT")
    doc = parse_bytes(_bytes(pdf), "cv.pdf")
    assert doc.pages == 3
    # the header is kept once (it holds the name), the footers are gone
    assert doc.text.count("Jane Doe - jane@example.com") == 1
    assert "Page" not in doc.text
    assert lines_of(doc.text) == ["Jane Doe - jane@example.com", *bodies]


def test_image_only_pdf_has_no_text_layer() -> None:
    pdf = _pdf()
    pdf.add_page()
    pdf.image(Image.new("RGB", (120, 80), "gray"), x=10, y=10, w=100)
    with pytest.raises(NoTextLayer):
        parse_bytes(_bytes(pdf), "scan.pdf")


def _scanned_pdf(lines: list[str]) -> bytes:
    """A PDF whose only content is a picture of ``lines`` of text (a scan)."""
    from PIL import ImageDraw, ImageFont

    image = Image.new("L", (1700, 200 + 90 * len(lines)), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=56)
    for i, line in enumerate(lines):
        draw.text((120, 100 + 90 * i), line, fill="black", font=font)
    pdf = _pdf()
    pdf.add_page()
    pdf.image(image, x=0, y=0, w=210)
    return _bytes(pdf)


def test_scanned_pdf_without_ocr_names_the_missing_pieces(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from screener.parse import ocr

    monkeypatch.setattr(ocr, "missing", lambda: "the tesseract program")
    with pytest.raises(NoTextLayer, match="OCR needs the tesseract program"):
        parse_bytes(_scanned_pdf(["Jane Doe"]), "scan.pdf", ocr=True)


@pytest.mark.skipif(
    not __import__("screener.parse.ocr", fromlist=["available"]).available(),
    reason="needs the ocr extra (pytesseract, pypdfium2) and the tesseract program",
)
def test_scanned_pdf_is_read_by_ocr_when_asked() -> None:
    data = _scanned_pdf(["Jane Doe", "EXPERIENCE", "Python Developer, Acme, 2019 - 2023"])
    with pytest.raises(NoTextLayer):
        parse_bytes(data, "scan.pdf")
    doc = parse_bytes(data, "scan.pdf", ocr=True)
    assert "Jane Doe" in doc.text
    assert "EXPERIENCE" in doc.text
    assert "Python Developer" in doc.text


def test_blank_pdf_is_empty() -> None:
    pdf = _pdf()
    pdf.add_page()
    with pytest.raises(EmptyDocument):
        parse_bytes(_bytes(pdf), "blank.pdf")


def test_garbage_named_pdf_is_corrupt() -> None:
    with pytest.raises(CorruptFile):
        parse_bytes(b"this is not a PDF at all\n" * 20, "cv.pdf")
    with pytest.raises(CorruptFile):
        parse_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8, "cv.pdf")


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.8, 0.97])
def test_truncated_pdf_never_raises_raw(keep: float) -> None:
    pdf = _pdf()
    pdf.add_page()
    pdf.cell(0, 8, "A résumé that will be cut short")
    data = _bytes(pdf)
    try:
        doc = parse_bytes(data[: int(len(data) * keep)], "cut.pdf")
    except ScreenerError as exc:
        assert isinstance(exc, CorruptFile | EmptyDocument)
    else:
        assert doc.format == "pdf"


def test_parser_crash_becomes_corrupt_file(monkeypatch: pytest.MonkeyPatch) -> None:
    import screener.parse.pdf as pdf_module

    def explode(data: bytes, max_pages: int) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(pdf_module, "extract_pdf", explode)
    with pytest.raises(CorruptFile, match="RecursionError"):
        parse_bytes(b"%PDF-1.4\n", "x.pdf")


def test_running_out_of_memory_is_a_crash_not_a_corrupt_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """MemoryError depends on --max-memory, not on the file: it must not read as CorruptFile
    (which is cached for good)."""
    import screener.parse.pdf as pdf_module

    def balloon(data: bytes, max_pages: int) -> None:
        raise MemoryError

    monkeypatch.setattr(pdf_module, "extract_pdf", balloon)
    with pytest.raises(ParseCrashed, match="out of memory") as info:
        parse_bytes(b"%PDF-1.4\n", "x.pdf")
    assert "--max-memory" in info.value.hint


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        ("Invalid dictionary construct: [/'A', b'Jane Doe, jane@x.io', /'B']", "construct"),
        ("Unknown name b'Jane Doe' in stream", "Unknown name in stream"),
        ('Author "Jane Doe" unterminated "Jane', "Author unterminated"),
        ("'Jane Doe'", ""),
        ("bad object (<PDFObjRef:3 Jane Doe>) jane@x.io", "bad object"),
    ],
)
def test_parser_messages_never_copy_the_files_content(
    monkeypatch: pytest.MonkeyPatch, message: str, kept: str
) -> None:
    """A parser's message can quote the bytes it choked on, such as the candidate's name."""
    import screener.parse.pdf as pdf_module

    def explode(data: bytes, max_pages: int) -> None:
        raise ValueError(message)

    monkeypatch.setattr(pdf_module, "extract_pdf", explode)
    with pytest.raises(CorruptFile) as info:
        parse_bytes(b"%PDF-1.4\n", "x.pdf")
    text = str(info.value)
    assert text.startswith("ValueError") and kept in text
    assert "Jane" not in text and "@" not in text and "b'" not in text


def _encrypted_pdf(**kwargs: str) -> bytes:
    pdf = _pdf()
    pdf.set_encryption(**kwargs)  # type: ignore[arg-type]
    pdf.add_page()
    pdf.cell(0, 8, "Protected résumé text")
    return _bytes(pdf)


@pytest.mark.parametrize("method", ["RC4", "AES_256"])
def test_pdf_with_user_password_is_encrypted(method: str) -> None:
    data = _encrypted_pdf(owner_password="owner", user_password="secret", encryption_method=method)
    with pytest.raises(EncryptedFile):
        parse_bytes(data, "locked.pdf")


def test_pdf_with_owner_password_only_parses() -> None:
    doc = parse_bytes(_encrypted_pdf(owner_password="owner"), "perm.pdf")
    assert doc.text == "Protected résumé text"


def test_too_many_pages() -> None:
    pdf = _pdf()
    for n in range(3):
        pdf.add_page()
        pdf.cell(0, 8, f"Section {n}")
    data = _bytes(pdf)
    assert parse_bytes(data, "cv.pdf", ParseLimits(max_pages=3)).pages == 3
    with pytest.raises(FileTooLarge):
        parse_bytes(data, "cv.pdf", ParseLimits(max_pages=2))


def test_too_many_bytes(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text("Python developer\n" * 20)
    with pytest.raises(FileTooLarge):
        parse_file(path, ParseLimits(max_bytes=100))
    with pytest.raises(FileTooLarge):
        parse_bytes(path.read_bytes(), "cv.txt", ParseLimits(max_bytes=100))
    assert parse_file(path, ParseLimits(max_bytes=1000)).format == "txt"


def test_parse_file_reads_pdf_and_hashes(tmp_path: Path) -> None:
    pdf = _pdf()
    pdf.add_page()
    pdf.cell(0, 8, "Jane Doe")
    path = tmp_path / "cv.PDF"
    path.write_bytes(_bytes(pdf))
    doc = parse_file(path)
    assert (doc.path, doc.text) == (str(path), "Jane Doe")
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(PathNotFound, match=r"nope\.pdf does not exist") as info:
        parse_file(tmp_path / "nope.pdf")
    assert isinstance(info.value, UnreadableFile) and "Check the path" in info.value.hint
    with pytest.raises(UnreadableFile, match="is a folder") as folder:
        parse_file(tmp_path)
    assert str(tmp_path) in str(folder.value) and folder.value.hint


# ---------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------


def test_docx_paragraphs_and_tables_in_body_order() -> None:
    def build(document: docx.document.Document) -> None:
        document.sections[0].header.paragraphs[0].text = "Jane Doe | jane@example.com"
        document.add_paragraph("SUMMARY")
        document.add_paragraph("Backend developer who ﬁnds bugs.")
        document.add_paragraph("SKILLS")
        table = document.add_table(rows=2, cols=2)
        for r, (skill, level) in enumerate([("Python", "Expert"), ("SQL", "Good")]):
            table.cell(r, 0).text = skill
            table.cell(r, 1).text = level
        document.add_paragraph("EDUCATION")

    doc = parse_bytes(make_docx(build), "cv.docx")
    assert doc.format == "docx"
    assert lines_of(doc.text) == [
        "Jane Doe | jane@example.com",
        "SUMMARY",
        "Backend developer who finds bugs.",
        "SKILLS",
        "Python | Expert",
        "SQL | Good",
        "EDUCATION",
    ]


def test_docx_layout_table_cells_are_read_as_blocks() -> None:
    def build(document: docx.document.Document) -> None:
        table = document.add_table(rows=1, cols=2)
        side, main = table.cell(0, 0), table.cell(0, 1)
        side.text = "SKILLS"
        side.add_paragraph("Python")
        side.add_paragraph("Go")
        main.text = "EXPERIENCE"
        main.add_paragraph("Engineer at Acme")
        merged = document.add_table(rows=2, cols=2)
        merged.cell(0, 0).merge(merged.cell(1, 0)).text = "Languages"
        merged.cell(0, 1).text = "English"
        merged.cell(1, 1).text = "French"

    lines = lines_of(parse_bytes(make_docx(build), "cv.docx").text)
    assert lines == [
        "SKILLS", "Python", "Go", "EXPERIENCE", "Engineer at Acme",
        "Languages | English", "French",
    ]  # fmt: skip


_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _xml(fragment: str) -> Any:
    """A WordprocessingML element from ``fragment`` (its root gets the namespaces)."""
    from docx.oxml import parse_xml

    head, _, rest = fragment.partition(">")
    return parse_xml(f"{head} {_NS}>{rest}")


def _paras(*lines: str) -> str:
    return "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)


def test_docx_table_heading_cells_open_their_sections() -> None:
    def build(document: docx.document.Document) -> None:
        document.add_paragraph("Jane Doe")
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text = "Experience"
        table.cell(0, 1).text = "Developer at Acme"
        table.cell(0, 1).add_paragraph("2019 – 2021")
        table.cell(1, 0).text = "Education"
        table.cell(1, 1).text = "BSc Computer Science, State University"

    text = parse_bytes(make_docx(build), "cv.docx").text
    assert lines_of(text) == [
        "Jane Doe", "Experience", "Developer at Acme", "2019 – 2021",
        "Education | BSc Computer Science, State University",  # one line a cell: one row
    ]  # fmt: skip
    sections = {s.name: text[s.start : s.end] for s in find_sections(text)}
    assert "Developer at Acme" in sections["experience"]
    assert "State University" in sections["education"]


def test_docx_text_box_is_read_once_where_it_is_anchored() -> None:
    box = _paras("EXPERIENCE", "Engineer at Acme")
    drawing = (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
        "<a:graphic><a:graphicData><wps:wsp><wps:txbx>"
        f"<w:txbxContent>{box}</w:txbxContent>"
        "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
        "</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
        f"<w:txbxContent>{box}</w:txbxContent>"
        "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    vml_only = (
        "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>"
        f"{_paras('SKILLS', 'Python, SQL')}"
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )

    def build(document: docx.document.Document) -> None:
        document.add_paragraph("Jane Doe")._p.append(_xml(drawing))
        document.add_paragraph("Anchor")._p.append(_xml(vml_only))
        document.add_paragraph("EDUCATION")

    lines = lines_of(parse_bytes(make_docx(build), "cv.docx").text)
    assert lines == [
        "Jane Doe", "EXPERIENCE", "Engineer at Acme", "Anchor", "SKILLS", "Python, SQL",
        "EDUCATION",
    ]  # fmt: skip


def test_docx_content_controls_and_tracked_changes() -> None:
    block = f"<w:sdt><w:sdtPr/><w:sdtContent>{_paras('EXPERIENCE', 'Analyst at Initech')}"
    block += "</w:sdtContent></w:sdt>"
    inline = (
        '<w:p><w:r><w:t xml:space="preserve">Email: </w:t></w:r>'
        "<w:sdt><w:sdtContent><w:r><w:t>jane@example.com</w:t></w:r></w:sdtContent></w:sdt>"
        "</w:p>"
    )
    tracked = (
        '<w:p><w:r><w:t xml:space="preserve">Led </w:t></w:r>'
        "<w:del><w:r><w:delText>four</w:delText></w:r></w:del>"
        "<w:ins><w:r><w:t>five</w:t></w:r></w:ins>"
        '<w:moveFrom><w:r><w:t xml:space="preserve"> remote</w:t></w:r></w:moveFrom>'
        '<w:r><w:t xml:space="preserve"> engineers</w:t></w:r>'
        '<w:moveTo><w:r><w:t xml:space="preserve"> remote</w:t></w:r></w:moveTo></w:p>'
    )

    def build(document: docx.document.Document) -> None:
        body = document.element.body
        for fragment in (inline, block, tracked):
            body.insert(len(body) - 1, _xml(fragment))  # before w:sectPr

    lines = lines_of(parse_bytes(make_docx(build), "cv.docx").text)
    assert lines == [
        "Email: jane@example.com", "EXPERIENCE", "Analyst at Initech", "Led five engineers remote",
    ]  # fmt: skip


def test_corrupt_docx() -> None:
    good = make_docx(lambda d: d.add_paragraph("Hello"))
    with pytest.raises(CorruptFile):
        parse_bytes(good[: len(good) // 2], "cv.docx")
    broken = io.BytesIO()
    with zipfile.ZipFile(broken, "w") as package:
        package.writestr("[Content_Types].xml", "<Types")
        package.writestr("word/document.xml", "<w:document><unclosed>")
    with pytest.raises(CorruptFile):
        parse_bytes(broken.getvalue(), "cv.docx")
    with pytest.raises(CorruptFile):
        parse_bytes(b"plain words, not a zip", "cv.docx")


def test_docx_zip_bomb_is_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    import screener.parse as parse_module

    data = make_docx(lambda d: d.add_paragraph("Python " * 50_000))
    monkeypatch.setattr(parse_module, "_MIN_UNPACK_LIMIT", 0)
    with pytest.raises(FileTooLarge, match="unpacks"):
        parse_bytes(data, "cv.docx", ParseLimits(max_bytes=len(data)))


def test_zip_that_is_not_a_word_document() -> None:
    other = io.BytesIO()
    with zipfile.ZipFile(other, "w") as package:
        package.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(UnsupportedFormat):
        parse_bytes(other.getvalue(), "cv.xlsx")


def test_legacy_doc_and_encrypted_office_files() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    with pytest.raises(UnsupportedFormat, match="legacy"):
        parse_bytes(ole + b"WordDocument".join([b"\x00"] * 2), "cv.doc")
    with pytest.raises(EncryptedFile):
        parse_bytes(ole + "EncryptedPackage".encode("utf-16-le"), "cv.docx")


# ---------------------------------------------------------------------------
# Plain text and sniffing
# ---------------------------------------------------------------------------


def test_txt_encodings() -> None:
    assert parse_bytes("Café résumé\r\n".encode("cp1252"), "cv.txt").text == "Café résumé"
    assert parse_bytes("\ufeffCafé".encode(), "cv.txt").text == "Café"
    assert parse_bytes("Café".encode("utf-16"), "cv.txt").text == "Café"
    doc = parse_bytes(b"Jane", "cv.txt")
    assert (doc.format, doc.pages, doc.sha256) == ("txt", 1, hashlib.sha256(b"Jane").hexdigest())


def test_text_sniffing_failures() -> None:
    with pytest.raises(UnsupportedFormat):
        parse_bytes(b"abc\x00def", "cv.txt")
    with pytest.raises(UnsupportedFormat):
        parse_bytes(b"\x81\x8d\x8f undecodable", "cv.txt")
    with pytest.raises(UnsupportedFormat):
        parse_bytes(b"Jane Doe", "cv.odt")
    with pytest.raises(UnsupportedFormat):
        parse_bytes(b"{\\rtf1\\ansi Jane}", "cv.txt")
    with pytest.raises(EmptyDocument):
        parse_bytes(b"", "cv.txt")
    with pytest.raises(EmptyDocument):
        parse_bytes(b" \n\t\n", "cv.txt")


def test_content_wins_over_the_name() -> None:
    pdf = _pdf()
    pdf.add_page()
    pdf.cell(0, 8, "Jane Doe")
    assert parse_bytes(_bytes(pdf), "cv.txt").format == "pdf"


# ---------------------------------------------------------------------------
# normalize_text
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("(cid:127) Python\n(cid:127)Go\nC(cid:3)++", "• Python\n• Go\nC++"),
        ("ﬁnance ofﬂine eﬀort oﬃce ™ ½", "finance offline effort office ™ ½"),
        ("● one\n▪ two\n\uf0b7 three\n– four\n  ➢ five", "• one\n• two\n• three\n• four\n• five"),
        (
            "develop-\nment\nself-\nEmployed\n2019-\n2020",
            "development\nself-\nEmployed\n2019-\n2020",
        ),
        ("E X P E R I E N C E", "EXPERIENCE"),
        ("W O R K  E X P E R I E N C E", "WORK EXPERIENCE"),
        ("S K I L L S  &  T O O L S", "SKILLS & TOOLS"),
        ("I am a B C", "I am a B C"),
        # a kerned pair of capitals glued by the PDF inside a letter-spaced word
        ("H A N N A H   S T EW A R T", "HANNAH STEWART"),
        ("L U C I A   B R OW N E", "LUCIA BROWNE"),
        ("J A N E   R OS S", "J A N E   R OS S"),  # a glued pair needs a word of five letters
        ("I  am  a  to do", "I  am  a  to do"),
        ("A B  to do list", "A B  to do list"),
        ("a\x00b\x07c\td\fe", "abc\td\ne"),
        ("one  \n\n\n\n\ntwo\t \n", "one\n\ntwo"),
        ("Page 2 of 3\nbody\n- 4 -\n2 / 3", "body"),
        ("â€¢ Managed teams â€“ well", "• Managed teams – well"),
        ("e\u0301cole\u00a0x", "école x"),
        ("skills.Â Managed teamsÂ \nÂ Â Â \nÂGE", "skills. Managed teams\n\nÂGE"),
    ],
)
def test_normalize_cases(raw: str, clean: str) -> None:
    assert normalize_text(raw) == clean


def test_normalize_drops_page_furniture() -> None:
    pages = [
        f"Jane Doe CV\nConfidential\nbody {n}\nmore {n}\n{n}\nPage {n} of 3" for n in (1, 2, 3)
    ]
    text = normalize_text("\f".join(pages), pages)
    assert text.count("Jane Doe CV") == 1
    assert text.count("Confidential") == 1
    assert "Page" not in text
    assert lines_of(text)[2:] == ["body 1", "more 1", "body 2", "more 2", "body 3", "more 3"]
    # the same, found from form feeds alone
    assert normalize_text("\f".join(pages)) == text


def test_normalize_keeps_single_page_numbers_in_text() -> None:
    assert normalize_text("Years\n5") == "Years\n5"


_TOKENS = st.sampled_from(
    ["(cid:12)", "(cid:", ")", "-\n", "-", "\n", "\f", "  ", " ", "E X", " P", "•", "ﬁ", "â€", "¢",
     "Page 2 of 3", "\r", "\u00ad", "\u0301", "e", "A", "&", "7", "\t", "\x00"]
)  # fmt: skip
_TEXT = st.lists(st.one_of(st.text(max_size=8), _TOKENS), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_normalize_never_raises(text: str) -> None:
    assert isinstance(normalize_text(text), str)
    pages = text.split("\n")
    assert isinstance(normalize_text(text, pages), str)
