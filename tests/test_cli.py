"""End-to-end: the CLI on the sample data, against golden CSVs; jd/parse commands."""

from __future__ import annotations

import csv
import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screener.cli import app

ROOT = Path(__file__).resolve().parents[1]
JD = ROOT / "data" / "jd" / "python-developer.txt"
RESUMES = ROOT / "data" / "resumes"
GOLDEN = Path(__file__).resolve().parent / "data" / "golden"
UPDATE = os.environ.get("SCREENER_UPDATE_GOLDEN") == "1"

runner = CliRunner()


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("run") / "ranked.csv"
    result = runner.invoke(
        app,
        [
            "score",
            str(JD),
            str(RESUMES),
            "-o",
            str(out),
            "--as-of",
            "2026-11-01",
            "--no-cache",
            "--jobs",
            "2",
        ],
    )
    assert result.exit_code == 0, result.output
    assert f"Ranked CSV: {out}" in result.output
    return out


def test_golden_ranked_and_errors_csv(scored: Path) -> None:
    for name in ("ranked.csv", "ranked.errors.csv"):
        got = (scored.parent / name).read_bytes()
        if UPDATE:
            GOLDEN.mkdir(parents=True, exist_ok=True)
            (GOLDEN / name).write_bytes(got)
        assert got == (GOLDEN / name).read_bytes(), (
            f"{name} differs from tests/data/golden; if the change is intended, rerun with "
            "SCREENER_UPDATE_GOLDEN=1 and review the diff"
        )


def test_every_input_file_appears_exactly_once(scored: Path) -> None:
    ranked = [r["file"] for r in read_csv(scored)]
    errors = [r["file"] for r in read_csv(scored.with_name("ranked.errors.csv"))]
    inputs = sorted(p.name for p in RESUMES.iterdir() if p.suffix in (".pdf", ".docx", ".txt"))
    assert sorted(ranked + errors) == inputs
    assert len(set(ranked + errors)) == len(inputs)


def test_broken_files_are_reported_with_reasons(scored: Path) -> None:
    errors = {r["file"]: r["error"] for r in read_csv(scored.with_name("ranked.errors.csv"))}
    assert errors == {
        "corrupt-resume.pdf": "CorruptFile",
        "empty-resume.pdf": "EmptyDocument",
        "encrypted-resume.pdf": "EncryptedFile",
        "scanned-resume.pdf": "NoTextLayer",
    }


def test_strong_python_ranks_above_java_and_non_technical(scored: Path) -> None:
    rank = {r["file"]: int(r["rank"]) for r in read_csv(scored)}
    strong = rank["strong-django-senior.pdf"]
    assert strong < rank["weak-java-spring.pdf"]
    for f in ("other-nurse.pdf", "other-accountant.pdf", "other-chef.pdf"):
        assert strong < rank[f]
    assert all(rank[f] < rank["weak-java-spring.pdf"] for f in rank if f.startswith("strong-"))


def test_csv_cells_are_formula_safe_and_utf8_bom(scored: Path) -> None:
    raw = scored.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = read_csv(scored)
    assert any(r["name"] == "Zoë Hernández Müller" for r in rows)
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    assert {
        "rank",
        "file",
        "name",
        "email",
        "phone",
        "score",
        "required_met",
        "required_total",
        "preferred_met",
        "preferred_total",
        "missing_required",
        "matched_preferred",
        "years_experience",
        "highest_degree",
        "top_skills",
    } <= set(rows[0])


def test_rerun_uses_the_cache_and_gives_the_same_csv(tmp_path: Path, scored: Path) -> None:
    folder = tmp_path / "resumes"
    folder.mkdir()
    for name in ("strong-django-senior.pdf", "weak-java-spring.pdf", "corrupt-resume.pdf"):
        shutil.copy(RESUMES / name, folder / name)
    args = [
        "score",
        str(JD),
        str(folder),
        "--as-of",
        "2026-11-01",
        "--cache",
        str(tmp_path / "cache"),
        "--jobs",
        "1",
    ]
    first = runner.invoke(app, [*args, "-o", str(tmp_path / "a.csv")])
    assert first.exit_code == 0, first.output
    cached = list((tmp_path / "cache").rglob("*.json"))
    assert len(cached) == 3  # two parsed texts and one cached CorruptFile
    second = runner.invoke(app, [*args, "-o", str(tmp_path / "b.csv")])
    assert second.exit_code == 0, second.output
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()


def test_knockout_ranks_misses_below(tmp_path: Path) -> None:
    out = tmp_path / "k.csv"
    result = runner.invoke(
        app,
        [
            "score",
            str(JD),
            str(RESUMES),
            "-o",
            str(out),
            "--knockout",
            "--as-of",
            "2026-11-01",
            "--no-cache",
            "--jobs",
            "2",
        ],
    )
    assert result.exit_code == 0, result.output
    rows = read_csv(out)
    met_all = [r["required_met"] == r["required_total"] for r in rows]
    assert met_all == sorted(met_all, reverse=True)


def test_weights_file_changes_scores_and_bad_weights_fail_clearly(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[kind]\nskil = 2\n")
    result = runner.invoke(
        app,
        [
            "score",
            str(JD),
            str(RESUMES / "other-nurse.pdf"),
            "-o",
            str(tmp_path / "x.csv"),
            "--weights",
            str(bad),
        ],
    )
    assert result.exit_code == 1
    assert "unknown key 'skil'" in result.output and "hint" in result.output
    assert not (tmp_path / "x.csv").exists()


def test_unwritable_output_fails_clearly_before_parsing(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x")
    (tmp_path / "adir").mkdir()
    outputs = [tmp_path / "adir", tmp_path / "afile" / "x.csv"]
    if Path("/proc/self").is_dir():
        outputs.append(Path("/proc/x.csv"))
    cv = RESUMES / "strong-flask-mid.pdf"
    for out in outputs:
        result = runner.invoke(app, ["score", str(JD), str(cv), "-o", str(out), "--no-cache"])
        assert result.exit_code == 1, result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
        assert "Parsing résumés" not in result.output  # stopped before the long work
        assert str(out) in " ".join(result.output.split()) and "hint:" in result.output
    export = runner.invoke(app, ["jd", str(JD), "--export", str(tmp_path / "adir")])
    assert export.exit_code == 1 and "is a folder" in export.output


def test_missing_and_wrong_paths_are_named_with_a_hint(tmp_path: Path) -> None:
    nope = tmp_path / "nope.txt"
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    out = ["-o", str(tmp_path / "o.csv"), "--no-cache", "--jobs", "0"]
    cases = [
        (["score", str(nope), str(RESUMES / "other-chef.pdf"), *out], "job description"),
        (["jd", str(nope)], "job description"),
        (["jd", str(tmp_path)], "job description"),
        (["jd", str(empty)], "job description"),
        (["parse", str(tmp_path / "nope.pdf")], "nope.pdf does not exist"),
    ]
    for args, expected in cases:
        result = runner.invoke(app, args)
        assert result.exit_code == 1, result.output
        assert expected in result.output and "hint:" in result.output, result.output
        assert str(args[1]) in result.output  # the path given is named
        assert "FileNotFoundError" not in result.output
        assert "IsADirectoryError" not in result.output
    # a missing résumé is an error row with a hint; nothing scored is a failure
    result = runner.invoke(app, ["score", str(JD), str(tmp_path / "cv.pdf"), *out])
    assert result.exit_code == 1 and "no résumé could be read" in result.output
    rows = read_csv(tmp_path / "o.errors.csv")
    assert [(r["file"], r["error"]) for r in rows] == [("cv.pdf", "PathNotFound")]
    assert "Check the path" in rows[0]["detail"]
    chef = str(RESUMES / "other-chef.pdf")
    ok = runner.invoke(app, ["score", str(JD), str(tmp_path / "cv.pdf"), chef, *out])
    assert ok.exit_code == 0, ok.output


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (["--jobs", "-1"], "'--jobs'"),
        (["--timeout", "0"], "must be more than 0"),
        (["--timeout", "-3"], "must be more than 0"),
        (["--top", "-1"], "'--top'"),
        (["--max-memory", "0"], "'--max-memory'"),
        (["--as-of", "2025-13-01"], "2025-13-01 is not a valid date: month must be in 1..12"),
        (["--as-of", "2025-02-30"], "is not a valid date: day is out of range"),
        (["--as-of", "yesterday"], "use YYYY-MM-DD"),
    ],
)
def test_out_of_range_options_are_rejected_clearly(
    tmp_path: Path, option: list[str], message: str
) -> None:
    cv = RESUMES / "other-chef.pdf"
    args = ["score", str(JD), str(cv), "-o", str(tmp_path / "o.csv"), "--no-cache", *option]
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    text = " ".join(result.output.replace("│", " ").split())  # rich boxes and wraps usage errors
    assert message in text
    assert not (tmp_path / "o.csv").exists()


def test_jd_json_schema() -> None:
    result = runner.invoke(app, ["jd", str(JD), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["title"] == "Python Developer"
    keys = {
        "label",
        "text",
        "kind",
        "match",
        "skills",
        "min_years",
        "max_years",
        "degree",
        "fields",
    }
    for item in data["required"] + data["preferred"]:
        assert keys <= set(item)
        assert item["match"] in ("any", "all")
    assert len(data["required"]) >= 10 and len(data["preferred"]) >= 8


def test_parse_json_and_errors() -> None:
    result = runner.invoke(
        app, ["parse", str(RESUMES / "strong-django-senior.pdf"), "--json", "--as-of", "2026-11-01"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["email"] and data["roles"] and data["experience_years"] > 3
    assert any(s["name"] == "Django" and s["section"] == "experience" for s in data["skills"])
    broken = runner.invoke(app, ["parse", str(RESUMES / "encrypted-resume.pdf")])
    assert broken.exit_code == 1
    assert "password" in broken.output.lower()


def _two_roles_cv(folder: Path, python_dates: str) -> Path:
    """A résumé with a Python role (``python_dates``) and a Java role, Mar 2017 - Jun 2019."""
    cv = folder / "cv.txt"
    cv.write_text(
        "Jane Doe\nExperience\n"
        f"Python Developer | Acme   {python_dates}\nBuilt Django services.\n"
        "Java Developer | Globex   Mar 2017 - Jun 2019\nWrote Java code.\n",
        encoding="utf-8",
    )
    return cv


def test_parse_shows_the_experience_timeline(tmp_path: Path) -> None:
    cv = _two_roles_cv(tmp_path, "Jan 2021 - Present")
    args = ["parse", str(cv), "--as-of", "2026-11-01"]
    data = json.loads(runner.invoke(app, [*args, "--json"]).output)
    assert data["gaps"] == [{"start": "2019-07-01", "end": "2021-01-01", "months": 18}]
    timeline = {s["name"]: (s["months"], s["last_used"]) for s in data["skill_timeline"]}
    assert timeline["Django"] == (71, 2026)
    assert timeline["Java"] == (28, 2019)
    text = runner.invoke(app, args).output
    assert "gap 2019-07-01 – 2021-01-01: 18 months" in text
    assert "Java 28 mo (last 2019)" in text


def test_parse_shows_role_end_months_as_written(tmp_path: Path) -> None:
    """Role.end is exclusive (the month after the last); parse shows the last month, as
    explain does, not the month after it."""
    cv = _two_roles_cv(tmp_path, "May 2021 - Oct 2023")
    args = ["parse", str(cv), "--as-of", "2026-11-01"]
    roles = json.loads(runner.invoke(app, [*args, "--json"]).output)["roles"]
    assert [(ro["start"], ro["end"]) for ro in roles] == [
        ("2021-05-01", "2023-10-01"),
        ("2017-03-01", "2019-06-01"),
    ]
    text = runner.invoke(app, args).output
    assert "2021-05 – 2023-10: Python Developer" in text
    assert "2017-03 – 2019-06: Java Developer" in text
    shown = runner.invoke(app, ["explain", str(JD), str(cv), "--as-of", "2026-11-01"]).output
    assert "2021-05 – 2023-10" in shown


def test_explain_among_the_batch_gives_the_csv_score(
    scored: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SCREENER_CACHE_DIR", str(tmp_path / "cache"))
    rows = {row["file"]: row for row in read_csv(scored)}
    cv = RESUMES / "weak-java-spring.pdf"
    args = ["explain", str(JD), str(cv), "--as-of", "2026-11-01", "--json"]
    among = json.loads(runner.invoke(app, [*args, "--among", str(RESUMES)]).stdout)
    alone = json.loads(runner.invoke(app, args).stdout)
    assert among["file"] == cv.name and among["scored_among"] == len(rows)
    assert among["score"] == pytest.approx(float(rows[cv.name]["score"]), abs=0.01)
    # alone, text match is relative to the résumé itself, so the score is higher
    assert alone["scored_among"] == 1 and alone["score"] > among["score"]
    text = runner.invoke(app, ["explain", str(JD), str(cv), "--as-of", "2026-11-01"]).stdout
    assert "--among" in text
    parts = among["score_parts"]
    blend = parts["requirements_share"] * parts["requirements"]
    blend += parts["text_share"] * parts["text_match"]
    assert 100 * blend == pytest.approx(among["score"], abs=0.01)
    assert "× requirements" in text and "× text match" in text


def test_explain_among_finds_the_resume_by_path_not_by_file_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SCREENER_CACHE_DIR", str(tmp_path / "cache"))
    c1, c2 = tmp_path / "c1", tmp_path / "c2"
    c1.mkdir()
    c2.mkdir()
    shutil.copy(RESUMES / "strong-flask-mid.pdf", c1 / "cv.pdf")
    shutil.copy(RESUMES / "weak-java-spring.pdf", c2 / "cv.pdf")
    out = tmp_path / "ranked.csv"
    when = ["--as-of", "2026-11-01"]
    scored = runner.invoke(app, ["score", str(JD), str(c1), str(c2), "-o", str(out), *when])
    assert scored.exit_code == 0, scored.output
    rows = {row["file"]: float(row["score"]) for row in read_csv(out)}
    assert set(rows) == {"c1/cv.pdf", "c2/cv.pdf"} and rows["c1/cv.pdf"] != rows["c2/cv.pdf"]
    args = ["explain", str(JD), str(c2 / "cv.pdf"), *when, "--json"]
    result = runner.invoke(app, [*args, "--among", str(c1), "--among", str(c2)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["file"] == "c2/cv.pdf"
    assert data["score"] == pytest.approx(rows["c2/cv.pdf"], abs=0.01)
    # not among the folder: added to the batch, and said so
    added = runner.invoke(app, [*args, "--among", str(c1)])
    assert added.exit_code == 0 and "not among" in added.stderr
    assert json.loads(added.stdout)["file"] == "c2/cv.pdf"
    missing = runner.invoke(app, [*args, "--among", str(tmp_path / "nope")])
    assert missing.exit_code == 1
    message = " ".join(missing.output.split())  # rich wraps long lines
    assert "nope does not exist" in message and "hint: Check the path" in message


def test_explain_with_a_semantic_share_needs_the_semantic_feature(tmp_path: Path) -> None:
    weights = tmp_path / "w.toml"
    weights.write_text("[blend]\ntext_similarity = 0.25\nsemantic_similarity = 0.25\n")
    cv = RESUMES / "weak-java-spring.pdf"
    result = runner.invoke(app, ["explain", str(JD), str(cv), "--weights", str(weights)])
    assert result.exit_code != 0
    assert "--semantic" in result.output
    assert "--semantic" in runner.invoke(app, ["explain", "--help"]).output
