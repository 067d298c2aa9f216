"""Checks of the sample résumés in data/resumes/ and of their generator data/make_samples.py."""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest
from pdfminer.high_level import extract_text

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "resumes"
GENERATOR = ROOT / "data" / "make_samples.py"
TEXT_FITS = {"strong", "medium", "weak", "other"}


def _load_generator() -> ModuleType:
    name = "screener_make_samples"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses need the module registered
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gen() -> ModuleType:
    pytest.importorskip("fpdf", reason="fpdf2 (a dev dependency) makes the samples")
    return _load_generator()


@pytest.fixture(scope="module")
def manifest() -> list[dict[str, str]]:
    with (SAMPLES / "MANIFEST.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_regenerated_files_are_byte_identical(gen: ModuleType, tmp_path: Path) -> None:
    import fpdf

    written = gen.main(tmp_path)
    names = sorted(p.name for p in written)
    assert names == sorted(p.name for p in tmp_path.iterdir())
    same_fpdf = fpdf.__version__ == gen.FPDF2_VERSION
    for name in names:
        committed = SAMPLES / name
        assert committed.exists(), f"{name} is generated but not in data/resumes/"
        if name.endswith(".pdf") and not same_fpdf:
            continue  # PDF bytes depend on the fpdf2 version; see make_samples.FPDF2_VERSION
        if name.endswith(".docx") and _sha(committed) != _sha(tmp_path / name):
            # deflate bytes may differ with a non-standard zlib: the content must not
            with zipfile.ZipFile(committed) as a, zipfile.ZipFile(tmp_path / name) as b:
                assert [(i.filename, i.date_time) for i in a.infolist()] == [
                    (i.filename, i.date_time) for i in b.infolist()
                ]
                for member in a.namelist():
                    assert a.read(member) == b.read(member), f"{name}:{member} differs"
            continue
        assert _sha(committed) == _sha(tmp_path / name), f"{name} differs from a fresh run"


def test_regeneration_is_deterministic(gen: ModuleType, tmp_path: Path) -> None:
    first = {p.name: _sha(p) for p in gen.main(tmp_path / "a")}
    second = {p.name: _sha(p) for p in gen.main(tmp_path / "b")}
    assert first == second


def test_manifest_lists_existing_files(manifest: list[dict[str, str]]) -> None:
    assert len(manifest) >= 26
    assert len({r["file"] for r in manifest}) == len(manifest)
    for row in manifest:
        assert (SAMPLES / row["file"]).is_file(), row["file"]
        assert row["fit"] in {"strong", "medium", "weak", "other", "broken"}
        assert row["profession"] and row["notes"]
    fits = [r["fit"] for r in manifest]
    assert fits.count("strong") >= 4
    assert fits.count("medium") >= 5
    assert fits.count("weak") >= 3
    assert fits.count("other") >= 6
    assert fits.count("broken") == 4


def test_every_file_is_small() -> None:
    for path in SAMPLES.iterdir():
        assert path.stat().st_size < 200_000, path.name


@pytest.mark.parametrize("name", ["scanned-resume.pdf", "empty-resume.pdf"])
def test_pdfs_without_text_layer_yield_no_text(name: str) -> None:
    assert extract_text(SAMPLES / name).strip() == ""


def test_corrupt_pdf_raises() -> None:
    assert (SAMPLES / "corrupt-resume.pdf").read_bytes().startswith(b"%PDF-1.4")
    with pytest.raises(Exception):  # noqa: B017 - pdfminer raises PSEOF / PDFSyntaxError
        extract_text(SAMPLES / "corrupt-resume.pdf")


def test_encrypted_pdf_needs_its_password(gen: ModuleType) -> None:
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    path = SAMPLES / "encrypted-resume.pdf"
    with pytest.raises(PDFPasswordIncorrect):
        extract_text(path)
    text = extract_text(path, password=gen.ENCRYPTED_USER_PASSWORD)
    assert gen.SAMPLE_EMAILS["encrypted-resume.pdf"] in text


def test_text_pdfs_have_text_and_email(gen: ModuleType, manifest: list[dict[str, str]]) -> None:
    rows = [r for r in manifest if r["fit"] in TEXT_FITS and r["file"].endswith(".pdf")]
    assert len(rows) >= 20
    for row in rows:
        text = extract_text(SAMPLES / row["file"])
        assert len(text) > 300, row["file"]
        email = gen.SAMPLE_EMAILS[row["file"]]
        assert email and email in text, row["file"]


def test_docx_and_txt_samples(gen: ModuleType) -> None:
    import docx

    d = docx.Document(str(SAMPLES / "medium-python-developer.docx"))
    body = "\n".join(p.text for p in d.paragraphs)
    assert gen.SAMPLE_EMAILS["medium-python-developer.docx"] in body
    assert "Django" in body and len(body) > 300
    txt = (SAMPLES / "other-electrician.txt").read_text(encoding="utf-8")
    assert gen.SAMPLE_EMAILS["other-electrician.txt"] in txt and len(txt) > 300


def test_special_cases_are_present() -> None:
    java = extract_text(SAMPLES / "weak-java-spring.pdf")
    assert "Java" in java and "python" not in java.lower()
    assert extract_text(SAMPLES / "edge-formula-name.pdf").startswith('=HYPERLINK("')
    assert "Zoë Hernández Müller" in extract_text(SAMPLES / "edge-accented-name.pdf")
    assert "E X P E R I E N C E" in extract_text(SAMPLES / "edge-letter-spaced-headings.pdf")
