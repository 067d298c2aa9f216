"""JD understanding: required vs preferred, kinds, any-of groups, years, degrees."""

from __future__ import annotations

import pytest
from spacy.language import Language

from screener.errors import InvalidJobDescription
from screener.jd import parse_jd
from screener.records import JobDescription, Requirement


def by_skills(reqs: tuple[Requirement, ...], *skills: str) -> Requirement:
    found = [r for r in reqs if set(skills) <= set(r.skills)]
    assert found, f"no requirement with {skills}: {[r.label for r in reqs]}"
    return found[0]


def test_title(canonical_jd: JobDescription) -> None:
    assert canonical_jd.title == "Python Developer"


def test_required_items(canonical_jd: JobDescription) -> None:
    req = canonical_jd.required
    assert by_skills(req, "Python").match == "all"
    web = by_skills(req, "Django")
    assert web.match == "any" and set(web.skills) == {"Django", "Flask", "Pyramid"}
    assert by_skills(req, "ORM").kind == "skill"
    assert {"Multithreading", "Multiprocessing"} <= set(by_skills(req, "Multiprocessing").skills)
    tmpl = by_skills(req, "Jinja2")
    assert tmpl.match == "any" and set(tmpl.skills) == {"Jinja2", "Mako"}
    front = by_skills(req, "JavaScript")
    assert front.match == "all" and set(front.skills) == {"JavaScript", "HTML5", "CSS3"}
    vcs = by_skills(req, "Git")
    assert vcs.match == "any" and set(vcs.skills) == {"Git", "Mercurial", "SVN"}
    assert by_skills(req, "Unit testing", "Debugging").kind == "skill"
    assert {"Communication", "Teamwork"} <= {s for r in req if r.kind == "soft" for s in r.skills}


def test_years_and_degree(canonical_jd: JobDescription) -> None:
    (exp,) = [r for r in canonical_jd.required if r.kind == "experience"]
    assert (exp.min_years, exp.max_years) == (3, 5)
    assert exp.role == "Python Developer" and exp.skills == ("Python",)
    (edu,) = [r for r in canonical_jd.required if r.kind == "education"]
    assert edu.degree == "bachelor"
    assert edu.fields == ("Computer Science", "Computer Engineering")
    assert edu.related_fields_ok


def test_preferred_items(canonical_jd: JobDescription) -> None:
    pref = canonical_jd.preferred
    cloud = by_skills(pref, "AWS")
    assert cloud.match == "any" and set(cloud.skills) == {"AWS", "Docker", "Kubernetes"}
    certs = by_skills(pref, "PCAP")
    assert certs.kind == "certification" and certs.match == "any"
    assert set(certs.skills) == {"PCEP", "PCAP", "PCPP", "CEPP"}
    sql = by_skills(pref, "SQL", "NoSQL")
    assert sql.match == "all"
    assert by_skills(pref, "Agile", "Scrum").match == "all"
    for skill in ("Event-driven programming", "CI/CD", "Data analysis", "Mentoring"):
        by_skills(pref, skill)
    assert not {s for r in pref for s in r.skills} & {"Django", "Python", "ORM"}


def test_marketing_text_yields_nothing(canonical_jd: JobDescription) -> None:
    marketing = canonical_jd.text[canonical_jd.text.index("Download Free") :]
    for r in canonical_jd.requirements:
        assert r.text not in marketing
    objectives = canonical_jd.text[: canonical_jd.text.index("Required Skills")]
    assert not [r for r in canonical_jd.requirements if r.text in objectives]


def test_ids_and_labels_are_unique(canonical_jd: JobDescription) -> None:
    ids = [r.id for r in canonical_jd.requirements]
    assert len(set(ids)) == len(ids)
    assert all(r.label for r in canonical_jd.requirements)


def test_cue_words_inside_bullets_override_the_block(nlp: Language) -> None:
    jd = parse_jd(
        "Data Engineer\n\nRequirements\n- 2+ years of experience with Python\n"
        "- Experience with Airflow is a plus\n- Kubernetes knowledge preferred\n"
        "\nNice to have\n- Spark experience\n- A valid driving licence is required\n"
        "- Knowledge of Scala\n",
        nlp=nlp,
    )
    required = {s for r in jd.required for s in r.skills}
    preferred = {s for r in jd.preferred for s in r.skills}
    assert "Python" in required
    assert {"Apache Airflow", "Kubernetes", "Apache Spark", "Scala"} <= preferred


@pytest.mark.parametrize(
    ("bullet", "match"),
    [
        ("Experience with Python or Java", "any"),
        ("Experience with at least one of React, Angular, Vue.js", "any"),
        ("Knowledge of Docker and Kubernetes", "all"),
        ("Cloud experience, e.g. AWS, Azure or GCP", "any"),
    ],
)
def test_any_and_all_groups(nlp: Language, bullet: str, match: str) -> None:
    jd = parse_jd(f"Software Engineer\n\nRequirements:\n- {bullet}\n", nlp=nlp)
    (req,) = jd.required
    assert req.match == match and len(req.skills) >= 2


def test_unstructured_jd_falls_back_to_cue_sentences(nlp: Language) -> None:
    jd = parse_jd(
        "We are a fast-growing startup. You will build great things. "
        "You have 5+ years of experience with Java and Spring. A degree in Computer Science "
        "is preferred. We offer free lunch.",
        nlp=nlp,
    )
    assert any(r.kind == "experience" and r.min_years == 5 for r in jd.required)
    assert any(r.kind == "education" for r in jd.preferred)


def test_no_requirement_is_a_named_error(nlp: Language) -> None:
    with pytest.raises(InvalidJobDescription):
        parse_jd("About us\nWe are a friendly company with great coffee.\n", nlp=nlp)
