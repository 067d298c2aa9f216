"""Requirement matching end to end (résumé text → extraction → Screening) and explanations."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import numpy as np
import pytest
from spacy.language import Language
from typer.testing import CliRunner

from screener.cli import app
from screener.explain import explain, score_parts
from screener.extract.resume import extract_resume
from screener.jd import parse_jd
from screener.pipeline import BatchOptions, read_resumes
from screener.records import JobDescription, Resume
from screener.screening import LIST_SEPARATOR, Screening
from screener.weights import load_weights

AS_OF = dt.date(2026, 11, 1)
ROOT = Path(__file__).resolve().parents[1]
JD_FILE = ROOT / "data" / "jd" / "python-developer.txt"
RESUMES = ROOT / "data" / "resumes"


def resume(nlp: Language, experience: str, skills: str = "", name: str = "cv.txt") -> Resume:
    text = f"Jane Roe\njane@example.com\n\nExperience\n{experience}\n"
    if skills:
        text += f"\nSkills\n{skills}\n"
    return extract_resume(text, source=name, nlp=nlp, as_of=AS_OF)


def jd(nlp: Language, *bullets: str) -> JobDescription:
    body = "\n".join(f"- {b}" for b in bullets)
    return parse_jd(f"Python Developer\n\nRequirements:\n{body}\n", nlp=nlp)


def met(job: JobDescription, resumes: list[Resume]) -> np.ndarray:
    m, _w = Screening(job, resumes, as_of=AS_OF).satisfaction(load_weights())
    return m


@pytest.mark.parametrize("orm", ["SQLAlchemy", "the Django ORM", "Peewee", "Hibernate"])
def test_orm_category_is_met_by_any_orm(nlp: Language, orm: str) -> None:
    job = jd(nlp, "Knowledge of Object-Relational Mapping (ORM) libraries")
    cv = resume(nlp, f"Developer, Acme, Jan 2020 - Dec 2022\n- Modelled the data with {orm}.")
    assert met(job, [cv])[0, 0] == 1.0


@pytest.mark.parametrize("vcs", ["Git", "Perforce", "SVN"])
def test_code_versioning_tools_are_met_by_any_vcs(nlp: Language, vcs: str) -> None:
    job = jd(
        nlp, "Proficient understanding of code versioning tools such as Git, Mercurial, or SVN"
    )
    cv = resume(nlp, f"Developer, Acme, Jan 2020 - Dec 2022\n- Kept the code in {vcs}.")
    assert met(job, [cv])[0, 0] == 1.0


def test_sql_and_nosql_needs_one_of_each(nlp: Language) -> None:
    job = jd(nlp, "Experience with both SQL and NoSQL databases")
    (req,) = job.requirements
    assert req.match == "all" and set(req.skills) == {"SQL", "NoSQL"}
    only_sql = resume(nlp, "Developer, Acme, Jan 2020 - Dec 2022\n- Tuned PostgreSQL queries.")
    both = resume(nlp, "Developer, Acme, Jan 2020 - Dec 2022\n- Moved PostgreSQL data to MongoDB.")
    assert met(job, [only_sql, both])[:, 0].tolist() == [0.5, 1.0]


def test_years_partial_credit_counts_roles_whose_title_matches(nlp: Language) -> None:
    """2 of 3 years as a Python Developer scores 0.67: the role's title names Python even
    though its bullets don't; a later role without Python does not count."""
    job = jd(nlp, "3+ years of experience as a Python Developer")
    cv = resume(
        nlp,
        "Python Developer, Acme Corp, Jan 2021 - Dec 2022\n- Built internal reports.\n\n"
        "Office Manager | Beta Ltd | Jan 2023 - Dec 2024\n- Ran the front desk.",
    )
    (cell,) = explain(Screening(job, [cv], as_of=AS_OF), 0)
    assert cell.status == "partial" and cell.fulfilment == pytest.approx(2 / 3)
    assert cell.note == "2.0 of 3 years as Python Developer"
    (ev,) = cell.evidence
    assert ev.role.startswith("Python Developer") and ev.dates == "2021-01 – 2022-12"


def test_all_of_partial_credit(nlp: Language) -> None:
    job = jd(
        nlp, "Basic understanding of front-end technologies including JavaScript, HTML5, and CSS3"
    )
    cv = resume(nlp, "Developer, Acme, Jan 2020 - Dec 2022\n- Wrote JavaScript and HTML5 pages.")
    (cell,) = explain(Screening(job, [cv], as_of=AS_OF), 0)
    assert cell.status == "partial" and cell.fulfilment == pytest.approx(2 / 3)
    assert cell.missing == ("CSS3",)


def test_shown_counts_more_than_listed(nlp: Language) -> None:
    job = jd(nlp, "Experience with Kubernetes")
    shown = resume(nlp, "DevOps Engineer, Acme, Jan 2020 - Present\n- Ran Kubernetes clusters.")
    listed = resume(nlp, "Barista, Cafe, Jan 2020 - Dec 2022\n- Made coffee.", skills="Kubernetes")
    w = load_weights()
    sc = Screening(job, [shown, listed], as_of=AS_OF)
    m, weighted = sc.satisfaction(w)
    assert m[:, 0].tolist() == [1.0, 1.0]  # both meet it …
    assert weighted[:, 0].tolist() == [1.0, w.listed_only]  # … the listing counts less


def test_keyword_stuffed_skills_list_does_not_outrank_real_experience() -> None:
    files = [*sorted(RESUMES.glob("strong-*.pdf")), RESUMES / "edge-keyword-stuffed.pdf"]
    batch = read_resumes(files, BatchOptions(jobs=0, as_of=AS_OF))
    job = parse_jd(JD_FILE.read_text(encoding="utf-8"))
    sc = Screening(job, batch.resumes, as_of=AS_OF)
    stuffed = [r.source for r in batch.resumes].index("edge-keyword-stuffed.pdf")
    w = load_weights()
    score = sc.scores(w)
    others = np.delete(score, stuffed)
    assert len(others) >= 4 and score[stuffed] < others.min()
    # the factor is what holds it back: counting listings in full lifts it the most
    lifted = sc.scores(dataclasses.replace(w, listed_only=1.0)) - score
    assert lifted[stuffed] > np.delete(lifted, stuffed).max()


def test_every_cell_keeps_its_evidence(nlp: Language) -> None:
    job = jd(
        nlp,
        "Bachelor's degree in Computer Science",
        "Expertise in a Python web framework such as Django or Flask",
        "Experience with Terraform",
    )
    cv = extract_resume(
        "Jane Roe\njane@example.com\n\nExperience\nBackend Developer, Acme, Mar 2019 - Present\n"
        "- Built Django REST APIs for billing.\n\nSkills\nPython, Django\n\n"
        "Education\nB.Sc. Computer Science, State University, 2018\n",
        nlp=nlp,
        as_of=AS_OF,
    )
    edu, web, tf = explain(Screening(job, [cv], as_of=AS_OF), 0)
    assert edu.status == "met" and edu.evidence[0].section == "education"
    assert "Computer Science" in edu.evidence[0].snippet
    assert web.status == "met"
    first = web.evidence[0]
    assert (first.skill, first.section) == ("Django", "experience")
    assert "Built Django REST APIs" in first.snippet
    assert first.role.startswith("Backend Developer") and first.dates == "2019-03 – present"
    assert any(e.section == "skills" and e.dates == "" for e in web.evidence)
    assert tf.status == "unmet" and tf.evidence == () and tf.missing == ("Terraform",)


def test_explanations_agree_with_the_csv_labels(nlp: Language) -> None:
    job = parse_jd(JD_FILE.read_text(encoding="utf-8"), nlp=nlp)
    batch = read_resumes(
        [RESUMES / "medium-junior-flask.pdf", RESUMES / "weak-java-spring.pdf"],
        BatchOptions(jobs=0, as_of=AS_OF),
        nlp=nlp,
    )
    sc = Screening(job, batch.resumes, as_of=AS_OF)
    table = sc.rank().set_index("file")
    for i, r in enumerate(batch.resumes):
        cells = explain(sc, i)
        missing = [
            c.requirement.label + (f" ({c.fulfilment:.0%})" if c.status == "partial" else "")
            for c in cells
            if c.requirement.required and c.status != "met"
        ]
        matched = [
            c.requirement.label for c in cells if not c.requirement.required and c.status == "met"
        ]
        row = table.loc[r.source]
        assert LIST_SEPARATOR.join(missing) == row["missing_required"]
        assert LIST_SEPARATOR.join(matched) == row["matched_preferred"]


def test_cli_explain(tmp_path: Path) -> None:
    cv = RESUMES / "strong-django-senior.pdf"
    out = CliRunner().invoke(app, ["explain", str(JD_FILE), str(cv), "--as-of", "2026-11-01"])
    assert out.exit_code == 0, out.output
    assert "Required (" in out.stdout and "Preferred (" in out.stdout
    assert "3-5 yrs as Python Developer" in out.stdout
    assert "[experience, " in out.stdout  # evidence with its section and the role's dates
    js = CliRunner().invoke(
        app, ["explain", str(JD_FILE), str(cv), "--as-of", "2026-11-01", "--json"]
    )
    data = json.loads(js.stdout)
    statuses = {c["status"] for c in data["requirements"]}
    assert statuses <= {"met", "partial", "unmet"} and "met" in statuses
    assert len(data["requirements"]) == len(parse_jd(JD_FILE.read_text()).requirements)


def test_a_loaded_screening_explains_status_without_evidence(nlp: Language, tmp_path: Path) -> None:
    job = jd(nlp, "Experience with Kubernetes", "Experience with Terraform")
    cv = resume(nlp, "DevOps Engineer, Acme, Jan 2020 - Present\n- Ran Kubernetes clusters.")
    sc = Screening(job, [cv], as_of=AS_OF)
    sc.save(tmp_path / "s.parquet")
    loaded = Screening.load(tmp_path / "s.parquet")
    fresh, again = explain(sc, 0), explain(loaded, 0)
    assert [c.status for c in again] == [c.status for c in fresh] == ["met", "unmet"]
    assert fresh[0].evidence and not again[0].evidence


def test_score_parts_add_up_to_the_score(nlp: Language) -> None:
    job = jd(nlp, "Python", "Django or Flask", "3+ years of experience with SQL")
    batch = [
        resume(nlp, "Backend Developer, Acme  2019 - 2024\n- Django services in Python, SQL"),
        resume(nlp, "Data Analyst, Beta  2020 - 2023\n- SQL reports", "Skills\nExcel\n", "b.txt"),
        resume(nlp, "Cook, Gamma  2018 - 2024\n- Menus", name="c.txt"),
    ]
    weights = dataclasses.replace(load_weights(), text_similarity=0.3)
    plain = Screening(job, batch, as_of=AS_OF)
    sem = Screening.from_features(
        job, dataclasses.replace(plain.features_, semantic=np.array([0.9, 0.4, 0.1]))
    )
    for screening, w in (
        (plain, weights),
        (sem, dataclasses.replace(weights, semantic_similarity=0.2)),
    ):
        for i, want in enumerate(screening.scores(w)):
            parts = score_parts(screening, i, w)
            assert parts.score == pytest.approx(want, abs=0.006)
            assert (
                parts.requirements_share + parts.text_share + parts.semantic_share
                == pytest.approx(1)
            )
    first = score_parts(plain, 0, weights)
    assert first.requirements > score_parts(plain, 2, weights).requirements
