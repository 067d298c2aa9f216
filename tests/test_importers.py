"""Taxonomy importers: ESCO and O*NET files merged into a user taxonomy in the project's
format, on small fixtures written in the sources' own formats (tests/data)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screener.cli import app
from screener.errors import InvalidTaxonomy
from screener.extract.nlp import build_nlp
from screener.extract.resume import extract_resume
from screener.extract.taxonomy import Taxonomy
from screener.importers import import_taxonomy, merge, read_esco, read_onet, read_rows

DATA = Path(__file__).resolve().parent / "data"
ESCO = DATA / "esco_skills_sample.csv"
ONET = DATA / "onet_technology_skills_sample.txt"
MINI = DATA / "mini_taxonomy.csv"


def rows_of(path: Path) -> dict[str, dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return {r["name"]: r for r in csv.DictReader(fh)}


def test_read_esco_keeps_labels_one_per_line() -> None:
    skills = {s.name: s for s in read_esco(ESCO)}
    assert len(skills) == 7
    assert skills["use spreadsheets software"].labels[:2] == [
        "use spreadsheets",
        "work with spreadsheets",
    ]
    assert skills["database"].category == "ESCO knowledge"
    assert skills["manage musical staff"].category == "ESCO skill"


def test_read_onet_collapses_occupations_and_filters_hot() -> None:
    names = [s.name for s in read_onet(ONET)]
    assert names == ["Atlassian Confluence", "Python", "Fortran", "Lua", "Call accounting software"]
    assert [s.name for s in read_onet(ONET, hot_only=True)] == ["Atlassian Confluence", "Python"]
    confluence = next(read_onet(ONET))
    assert confluence.category == "Web page creation and editing software"


def test_merge_enriches_adds_and_keeps_one_owner_per_form() -> None:
    rows, report = merge(read_rows(MINI), read_esco(ESCO))
    by = {r["name"]: r for r in rows}
    taxonomy = Taxonomy.from_rows(rows)  # loads: unique names, known parents
    # "Python" is already a skill: ESCO's labels enrich it instead of adding a row
    assert "Python (computer programming)" not in by
    assert "python programming" in by["Python"]["aliases"].split("|")
    assert taxonomy.lookup("Python (computer programming)") == "Python"
    # "Golang" belongs to Go: the ESCO skill merges into Go
    assert taxonomy.lookup("Go language") == "Go"
    # new skills become rows of their own, with the source as category
    assert by["use spreadsheets software"]["category"] == "ESCO skill"
    # one lower-case word and very short labels are matched only in context
    assert by["database"]["ambiguous_aliases"].split("|") == [
        "database",
        "Database",
        "databases",
        "Databases",
    ]
    # labels longer than six words are sentences, not names
    assert not any(len(a.split()) > 6 for r in rows for a in r["aliases"].split("|"))
    # every surface form has exactly one owner
    owners: dict[str, str] = {}
    for r in rows:
        forms = [r["name"], *r["aliases"].split("|"), *r["ambiguous_aliases"].split("|")]
        for f in {f.lower() for f in forms if f}:
            assert owners.setdefault(f, r["name"]) == r["name"], f
    assert report.read == 7 and report.added == 4 and report.enriched == 3


def test_import_writes_a_taxonomy_the_engine_uses(tmp_path: Path) -> None:
    out = tmp_path / "user.csv"
    report = import_taxonomy("onet", ONET, out, into=MINI)
    assert report.added == 4  # Python already exists
    nlp = build_nlp(str(out))
    r = extract_resume(
        "Experience\nWrote Fortran and documented it in Atlassian Confluence.\n", nlp=nlp
    )
    assert {"Fortran", "Atlassian Confluence"} <= r.skill_names
    # "Lua" (three letters) is context-only: not in prose, yes in a skills list
    assert "Lua" not in extract_resume("Experience\nLua is a town.\n", nlp=nlp).skill_names
    assert "Lua" in extract_resume("Skills\nFortran, Lua, Python\n", nlp=nlp).skill_names


def test_import_into_the_shipped_taxonomy_by_default(tmp_path: Path) -> None:
    out = tmp_path / "user.csv"
    import_taxonomy("esco", ESCO, out)
    rows = rows_of(out)
    assert "Python" in rows and "Django" in rows  # the shipped skills are all there
    assert "manage musical staff" in rows


def test_bad_inputs_are_named_errors(tmp_path: Path) -> None:
    with pytest.raises(InvalidTaxonomy):
        import_taxonomy("lightcast", ESCO, tmp_path / "x.csv")
    with pytest.raises(InvalidTaxonomy):
        import_taxonomy("esco", ONET, tmp_path / "x.csv")  # wrong format
    with pytest.raises(InvalidTaxonomy):
        import_taxonomy("onet", tmp_path / "missing.txt", tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()


def test_cli_taxonomy_import(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "user.csv"
    result = runner.invoke(
        app, ["taxonomy", "import", "esco", str(ESCO), "-o", str(out), "--into", str(MINI)]
    )
    assert result.exit_code == 0, result.output
    assert "4 new" in result.output
    assert "manage musical staff" in rows_of(out)
    cv = tmp_path / "cv.txt"
    cv.write_text("Skills\nPython, use spreadsheets software\n", encoding="utf-8")
    parsed = runner.invoke(app, ["parse", str(cv), "--json", "--taxonomy", str(out)])
    assert parsed.exit_code == 0, parsed.output
    assert "use spreadsheets software" in parsed.output
    bad = runner.invoke(app, ["taxonomy", "import", "nope", str(ESCO), "-o", str(out)])
    assert bad.exit_code == 1
