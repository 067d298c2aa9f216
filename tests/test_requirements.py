"""Editable requirements: YAML export, edits, validation, scoring against the edited file."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from screener.cli import app
from screener.errors import InvalidRequirements
from screener.extract.taxonomy import Taxonomy
from screener.records import JobDescription, Requirement
from screener.requirements import (
    ITEM_KEYS,
    load_requirements,
    requirements_from_yaml,
    requirements_to_yaml,
    save_requirements,
)

ROOT = Path(__file__).resolve().parents[1]
JD_FILE = ROOT / "data" / "jd" / "python-developer.txt"
RESUMES = ROOT / "data" / "resumes"
runner = CliRunner()


def test_item_keys_are_the_requirement_fields() -> None:
    assert set(ITEM_KEYS) == {f.name for f in dataclasses.fields(Requirement)}


def test_round_trip(canonical_jd: JobDescription, tmp_path: Path, taxonomy: Taxonomy) -> None:
    path = tmp_path / "req.yaml"
    save_requirements(canonical_jd, path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Requirements read from a job description")
    back = load_requirements(path, taxonomy)
    assert back.requirements == canonical_jd.requirements
    assert back.title == canonical_jd.title


def edited(jd: JobDescription, edit: Any) -> JobDescription:
    data = yaml.safe_load(requirements_to_yaml(jd))
    edit(data["requirements"])
    return requirements_from_yaml(yaml.safe_dump(data))


def test_each_field_can_be_edited(canonical_jd: JobDescription) -> None:
    def edit(items: list[dict[str, Any]]) -> None:
        by_id = {i["id"]: i for i in items}
        by_id["R3"]["weight"] = 2.5
        by_id["R3"]["required"] = False
        by_id["R5"]["kind"] = "certification"
        by_id["R5"]["skills"] = ["aws certified solutions architect"]  # an alias is accepted
        by_id["R5"]["label"] = ""
        by_id["R8"]["match"] = "any"
        by_id["R2"]["min_years"] = 2
        by_id["R2"]["max_years"] = None
        by_id["R2"]["label"] = None
        items.remove(by_id["P1"])

    jd = edited(canonical_jd, edit)
    r = {x.id: x for x in jd.requirements}
    assert r["R3"].weight == 2.5 and not r["R3"].required
    assert r["R5"].kind == "certification" and r["R5"].skills == (
        "AWS Certified Solutions Architect",
    )
    assert r["R5"].label == "AWS Certified Solutions Architect"  # written again from the item
    assert r["R8"].match == "any"
    assert (r["R2"].min_years, r["R2"].max_years) == (2.0, None)
    assert r["R2"].label == "2+ yrs as Python Developer"
    assert "P1" not in r and len(jd.requirements) == len(canonical_jd.requirements) - 1


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda items: items[0].update(kind="hobby"), "kind 'hobby'"),
        (lambda items: items[2].update(skills=["Klingon"]), "unknown skill 'Klingon'"),
        (lambda items: items[2].update(skills=[]), "needs at least one skill"),
        (lambda items: items[2].update(match="some"), "match 'some'"),
        (lambda items: items[2].update(weight=-1), "weight must be a number"),
        (lambda items: items[2].update(weight=float("nan")), "weight must be a number"),
        (lambda items: items[2].update(weight=float("inf")), "weight must be a number"),
        (lambda items: items[2].update(weight=1e308), "weight must be a number"),
        (lambda items: items[1].update(min_years=float("nan")), "min_years must be a number"),
        (lambda items: items[2].update(required="yes"), "required must be true or false"),
        (lambda items: items[1].update(min_years=5, max_years=3), "max_years 3 < min_years 5"),
        (lambda items: items[1].update(min_years=None), "needs min_years"),
        (lambda items: items[0].update(degree="phd"), "degree 'phd'"),
        (lambda items: items[0].update(fields=["Basket weaving"]), "unknown field"),
        (lambda items: items[2].update(wieght=2), "unknown key(s) ['wieght']"),
        (lambda items: items[3].update(id="R1"), "duplicate id"),
        (lambda items: items.clear(), "lists no requirement"),
    ],
)
def test_validation_errors_name_the_item(
    canonical_jd: JobDescription, edit: Any, message: str
) -> None:
    with pytest.raises(InvalidRequirements) as info:
        edited(canonical_jd, edit)
    assert message in str(info.value)
    assert info.value.hint


@pytest.mark.parametrize("text", ["requirements: [", "- just a list", "title: x\n"])
def test_malformed_files(text: str) -> None:
    with pytest.raises(InvalidRequirements):
        requirements_from_yaml(text)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InvalidRequirements, match="cannot read"):
        load_requirements(tmp_path / "nope.yaml")


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_cli_export_edit_and_score(tmp_path: Path) -> None:
    req = tmp_path / "req.yaml"
    out = runner.invoke(app, ["jd", str(JD_FILE), "--export", str(req)])
    assert out.exit_code == 0, out.output
    data = yaml.safe_load(req.read_text(encoding="utf-8"))
    # the recruiter keeps only Django/Flask/Pyramid and Java as required items
    items = [i for i in data["requirements"] if "Django" in i["skills"]]
    items.append({"id": "R9", "kind": "skill", "required": True, "skills": ["Java"]})
    data["requirements"] = items
    req.write_text(yaml.safe_dump(data), encoding="utf-8")
    files = [str(RESUMES / "strong-django-senior.pdf"), str(RESUMES / "weak-java-spring.pdf")]
    csv_out = tmp_path / "ranked.csv"
    args = ["score", str(JD_FILE), *files, "-o", str(csv_out), "--requirements", str(req)]
    res = runner.invoke(app, [*args, "--no-cache", "--jobs", "0", "--as-of", "2026-11-01"])
    assert res.exit_code == 0, res.output
    rows = {r["file"]: r for r in read_csv(csv_out)}
    assert {r["required_total"] for r in rows.values()} == {"2"}
    assert rows["strong-django-senior.pdf"]["missing_required"] == "Java"
    assert rows["weak-java-spring.pdf"]["missing_required"].startswith("Python web framework")


def test_cli_bad_requirements_file_is_a_named_error(tmp_path: Path) -> None:
    req = tmp_path / "req.yaml"
    req.write_text("requirements:\n- kind: skill\n  skills: [Klingon]\n", encoding="utf-8")
    res = runner.invoke(
        app, ["explain", str(JD_FILE), str(RESUMES / "other-chef.pdf"), "--requirements", str(req)]
    )
    assert res.exit_code == 1
    assert "unknown skill 'Klingon'" in res.output and "hint:" in res.output
