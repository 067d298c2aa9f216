"""The vectorised scorer: checked against a naive per-candidate loop, and by properties."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screener.extract.education import field_family
from screener.extract.experience import merged_months, role_interval, title_fit
from screener.extract.taxonomy import Taxonomy
from screener.records import (
    Education,
    JobDescription,
    Requirement,
    Resume,
    Role,
    SkillMention,
    degree_rank,
)
from screener.score import (
    MIN_BEST_COSINE,
    build_features,
    ranking_order,
    requirement_weights,
    satisfaction,
    scores,
    text_similarity,
    tfidf_cosine,
    years_since,
)
from screener.screening import Screening
from screener.weights import Weights

JD_FILE = Path(__file__).resolve().parents[1] / "data" / "jd" / "python-developer.txt"
AS_OF = dt.date(2026, 11, 1)
SKILLS = (
    "Python",
    "Django",
    "Flask",
    "SQLAlchemy",
    "ORM",
    "Git",
    "Version control",
    "JavaScript",
    "Kubernetes",
    "Communication",
    "PCAP",
    "Go",
)
SECTIONS = ("experience", "skills", "summary", "projects")
FIELDS = ("Computer Science", "Software Engineering", "Mathematics", "Nursing", "")
LEVELS = ("high_school", "associate", "bachelor", "master", "doctorate")

JD = JobDescription(
    title="Python Developer",
    text="",
    requirements=(
        Requirement("R1", "Python", "Python", "skill", True, "all", ("Python",)),
        Requirement(
            "R2", "Django / Flask", "Django or Flask", "skill", True, "any", ("Django", "Flask")
        ),
        Requirement("R3", "ORM", "ORM libraries", "skill", True, "all", ("ORM",)),
        Requirement(
            "R4",
            "Bachelor's in CS",
            "BSc CS",
            "education",
            True,
            "all",
            degree="bachelor",
            fields=("Computer Science",),
            related_fields_ok=True,
        ),
        Requirement(
            "R5",
            "3-5 yrs as Python Developer",
            "3-5 years",
            "experience",
            True,
            "all",
            ("Python",),
            min_years=3,
            max_years=5,
            role="Python Developer",
        ),
        Requirement(
            "R6", "Git / Version control", "VCS", "skill", True, "any", ("Version control",)
        ),
        Requirement(
            "P1",
            "Kubernetes + JavaScript",
            "k8s and JS",
            "skill",
            False,
            "all",
            ("Kubernetes", "JavaScript"),
        ),
        Requirement("P2", "PCAP", "PCAP", "certification", False, "any", ("PCAP",)),
        Requirement("P3", "Communication", "comm", "soft", False, "all", ("Communication",)),
        Requirement("P4", "2+ yrs", "2 years experience", "experience", False, "all", min_years=2),
    ),
)


@st.composite
def resumes(draw: st.DrawFn, i: int = 0) -> Resume:
    text_lines = []
    mentions = []
    pos = 0
    for _ in range(draw(st.integers(0, 8))):
        name = draw(st.sampled_from(SKILLS))
        section = draw(st.sampled_from(SECTIONS))
        line = f"{name} in {section}"
        mentions.append(SkillMention(name, name, pos, pos + len(name), section, line))
        text_lines.append(line)
        pos += len(line) + 1
    text = "\n".join(text_lines)
    roles = []
    for _ in range(draw(st.integers(0, 3))):
        start = dt.date(draw(st.integers(2010, 2025)), draw(st.integers(1, 12)), 1)
        months = draw(st.integers(1, 60))
        end_y, end_m = divmod(start.month - 1 + months, 12)
        end = dt.date(start.year + end_y, end_m + 1, 1)
        lo = draw(st.integers(0, max(pos - 1, 0)))
        hi = draw(st.integers(lo, max(pos, lo)))
        roles.append(
            Role("Developer", "Acme", start, None if end > AS_OF else end, text[lo:hi], lo)
        )
    education = tuple(
        Education(draw(st.sampled_from(LEVELS)), "deg", draw(st.sampled_from(FIELDS)), "")
        for _ in range(draw(st.integers(0, 2)))
    )
    return Resume(
        source=f"cand-{draw(st.integers(0, 10**6)):07d}.pdf",
        text=text,
        skills=tuple(mentions),
        roles=tuple(roles),
        experience_years=draw(st.floats(0, 20)),
        education=education,
    )


def naive_satisfaction(
    resume: Resume, req: Requirement, w: Weights, tax: Taxonomy
) -> tuple[float, float]:
    """One cell, computed straight from the records, as a person would."""

    def evidence(skill: str) -> tuple[float, float]:
        best_met, best_w = 0.0, 0.0
        for m in resume.skills:
            if m.name == skill:
                direct = True
            elif skill in tax.ancestors(m.name):
                direct = False
            else:
                continue
            if m.section in ("experience", "projects"):
                stale = min(
                    (
                        years_since(r.end_or(AS_OF), AS_OF)
                        for r in resume.roles
                        if r.offset <= m.start < r.offset + len(r.text)
                    ),
                    default=0,
                )
                half_life = w.recency_half_life
                fresh = 2.0 ** (-stale / half_life) if half_life > 0 else 1.0
                base = w.listed_only + (1.0 - w.listed_only) * fresh
            else:
                base = w.listed_only
            value = base * (1.0 if direct else w.implied)
            best_met = 1.0
            best_w = max(best_w, value)
        return best_met, best_w

    if req.kind == "experience":
        if req.skills:
            per_skill = []
            for skill in req.skills:
                spans = [
                    role_interval(r, AS_OF)
                    for r in resume.roles
                    if any(
                        (m.name == skill or skill in tax.ancestors(m.name))
                        and r.offset <= m.start < r.offset + len(r.text)
                        for m in resume.skills
                    )
                ]
                per_skill.append(merged_months(spans) / 12)
            years = max(per_skill) if req.match == "any" else sum(per_skill) / len(per_skill)
        else:
            years = resume.experience_years
        v = min(1.0, years / (req.min_years or 1))
        return v, v
    if req.kind == "education":
        need = degree_rank(req.degree)

        def lvl(rank: int) -> float:
            return 1.0 if rank >= need else (w.one_level_below if rank == need - 1 else 0.0)

        best_met = best_w = 0.0
        fams = {field_family(f) for f in req.fields}
        for e in resume.education:
            base = lvl(degree_rank(e.level))
            if not req.fields or e.field in req.fields:
                m_, w_ = base, base
            elif e.field and field_family(e.field) in fams:
                m_ = base if req.related_fields_ok else 0.0
                w_ = base * max(
                    w.related_field if req.related_fields_ok else w.other_field, w.other_field
                )
            else:
                m_, w_ = 0.0, base * w.other_field
            best_met, best_w = max(best_met, m_), max(best_w, w_)
        return best_met, best_w
    cells = [evidence(s) for s in req.skills]
    if req.match == "any":
        return max(c[0] for c in cells), max(c[1] for c in cells)
    return sum(c[0] for c in cells) / len(cells), sum(c[1] for c in cells) / len(cells)


@settings(max_examples=60, deadline=None)
@given(st.lists(resumes(), min_size=1, max_size=12))
def test_vectorised_matrix_equals_naive_loop(mini_taxonomy: Taxonomy, batch: list[Resume]) -> None:
    w = Weights(listed_only=0.6, implied=0.9, related_field=0.8, other_field=0.5)
    feats = build_features(JD, batch, mini_taxonomy, AS_OF)
    met, weighted = satisfaction(feats, JD.requirements, w)
    assert met.shape == weighted.shape == (len(batch), len(JD.requirements))
    for i, resume in enumerate(batch):
        for r, req in enumerate(JD.requirements):
            want_met, want_w = naive_satisfaction(resume, req, w, mini_taxonomy)
            assert met[i, r] == pytest.approx(want_met), (req.id, resume)
            assert weighted[i, r] == pytest.approx(want_w), (req.id, resume)


@settings(max_examples=40, deadline=None)
@given(st.lists(resumes(), min_size=1, max_size=10), st.randoms(use_true_random=False))
def test_scores_in_range_and_order_invariant(
    mini_taxonomy: Taxonomy, batch: list[Resume], rnd: object
) -> None:
    batch = [dataclasses.replace(r, source=f"c{i:03d}.pdf") for i, r in enumerate(batch)]
    shuffled = list(batch)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    a = Screening(JD, batch, taxonomy=mini_taxonomy, as_of=AS_OF)
    b = Screening(JD, shuffled, taxonomy=mini_taxonomy, as_of=AS_OF)
    sa = dict(zip([r.source for r in batch], a.scores(Weights()), strict=True))
    sb = dict(zip([r.source for r in shuffled], b.scores(Weights()), strict=True))
    assert sa == pytest.approx(sb)
    assert all(0.0 <= v <= 100.0 for v in sa.values())
    assert list(a.rank()["file"]) == list(b.rank()["file"])


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 30),
    st.integers(1, 12),
    st.data(),
)
def test_meeting_one_more_requirement_never_lowers_a_score(
    n: int, m: int, data: st.DataObject
) -> None:
    weighted = np.array(
        data.draw(
            st.lists(st.lists(st.floats(0, 1), min_size=m, max_size=m), min_size=n, max_size=n)
        )
    )
    sim = np.array(data.draw(st.lists(st.floats(0, 1), min_size=n, max_size=n)))
    req_w = np.array(data.draw(st.lists(st.floats(0.01, 10), min_size=m, max_size=m)))
    w = Weights(text_similarity=data.draw(st.floats(0, 1)))
    before = scores(weighted, sim, req_w, w)
    i, r = data.draw(st.integers(0, n - 1)), data.draw(st.integers(0, m - 1))
    weighted[i, r] = 1.0
    after = scores(weighted, sim, req_w, w)
    assert after[i] >= before[i]
    assert after.min() >= 0 and after.max() <= 100


def test_adding_a_shown_skill_never_lowers_a_score(mini_taxonomy: Taxonomy) -> None:
    base = Resume(
        source="a.pdf",
        text="Python in skills\nDjango in experience",
        skills=(SkillMention("Python", "Python", 0, 6, "skills"),),
    )
    more = dataclasses.replace(
        base, skills=(*base.skills, SkillMention("Django", "Django", 17, 23, "experience"))
    )
    other = Resume(source="z.pdf", text="nothing here")
    s1 = Screening(JD, [base, other], taxonomy=mini_taxonomy, as_of=AS_OF).scores()
    s2 = Screening(JD, [more, other], taxonomy=mini_taxonomy, as_of=AS_OF).scores()
    assert s2[0] > s1[0]


def test_category_requirement_met_by_a_member(mini_taxonomy: Taxonomy) -> None:
    r = Resume(
        source="a.pdf",
        text="SQLAlchemy and Git",
        skills=(
            SkillMention("SQLAlchemy", "SQLAlchemy", 0, 10, "experience"),
            SkillMention("Git", "Git", 15, 18, "experience"),
        ),
    )
    met, _ = Screening(JD, [r], taxonomy=mini_taxonomy, as_of=AS_OF).satisfaction()
    ids = [q.id for q in JD.requirements]
    assert met[0, ids.index("R3")] == 1.0  # ORM via SQLAlchemy
    assert met[0, ids.index("R6")] == 1.0  # Version control via Git
    assert met[0, ids.index("R1")] == 1.0  # Python implied by SQLAlchemy
    assert met[0, ids.index("R2")] == 0.0


def test_listed_only_skill_counts_less_than_shown(mini_taxonomy: Taxonomy) -> None:
    listed = Resume(
        source="a.pdf", text="Python", skills=(SkillMention("Python", "Python", 0, 6, "skills"),)
    )
    shown = Resume(
        source="b.pdf",
        text="Python",
        skills=(SkillMention("Python", "Python", 0, 6, "experience"),),
    )
    s = Screening(JD, [listed, shown], taxonomy=mini_taxonomy, as_of=AS_OF)
    met, weighted = s.satisfaction(Weights(listed_only=0.6))
    assert met[0, 0] == met[1, 0] == 1.0
    assert weighted[0, 0] == pytest.approx(0.6) and weighted[1, 0] == 1.0


def test_years_partial_credit(mini_taxonomy: Taxonomy) -> None:
    text = "Python Developer\nBuilt Python services"
    r = Resume(
        source="a.pdf",
        text=text,
        skills=(SkillMention("Python", "Python", 0, 6, "experience"),),
        roles=(
            Role("Python Developer", "Acme", dt.date(2024, 11, 1), dt.date(2026, 11, 1), text, 0),
        ),
        experience_years=2.0,
    )
    met, _ = Screening(JD, [r], taxonomy=mini_taxonomy, as_of=AS_OF).satisfaction()
    assert met[0, 4] == pytest.approx(2 / 3)  # 2 of 3 years as a Python developer
    assert met[0, 9] == pytest.approx(1.0)  # 2 of 2 years overall


@pytest.mark.parametrize(
    ("title", "fit"),
    [
        ("Senior Python Developer", "named"),
        ("Python Engineer", "named"),
        ("Software Engineer", "generic"),
        ("Backend Developer (Django)", "generic"),
        ("Freelance Web Developer", "generic"),
        ("DevOps Engineer", ""),
        ("Technical Support Engineer", ""),
        ("Data Analyst", ""),
    ],
)
def test_title_fit(title: str, fit: str) -> None:
    assert title_fit(title, "Python Developer") == fit


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Lead Java Engineer", "Senior Java Engineer"),  # seniority is not the job
        ("Java Developer", "Senior Java Engineer"),
        ("Charge Nurse (RN)", "registered nurse"),  # abbreviations, in brackets too
        ("RN, Medical-Surgical", "Registered Nurse"),
    ],
)
def test_equivalent_titles_are_named(title: str, role: str) -> None:
    assert title_fit(title, role) == "named"


def test_each_role_item_checks_its_own_skills(mini_taxonomy: Taxonomy) -> None:
    """ "5 years as a Software Engineer with Java" and "… with Python": a Python-only
    software engineer meets the second, not the first."""

    def req(rid: str, skill: str) -> Requirement:
        return Requirement(
            rid,
            f"as SE with {skill}",
            "",
            "experience",
            True,
            "all",
            (skill,),
            2.0,
            role="Software Engineer",
        )

    jd = JobDescription(title="SE", text="", requirements=(req("R1", "Java"), req("R2", "Python")))
    text = "Senior Software Engineer\nBuilt Python services"
    r = Resume(
        source="a.pdf",
        text=text,
        skills=(
            SkillMention(
                "Python", "Python", text.index("Python"), text.index("Python") + 6, "experience"
            ),
        ),
        roles=(Role("Senior Software Engineer", "Acme", dt.date(2020, 1, 1), None, text, 0),),
        experience_years=6.8,
    )
    met, _ = Screening(jd, [r], taxonomy=mini_taxonomy, as_of=AS_OF).satisfaction()
    assert list(met[0]) == [0.0, 1.0]


def test_years_as_a_role_count_only_roles_titled_so(mini_taxonomy: Taxonomy) -> None:
    """ "3 years as a Python Developer": a DevOps role that wrote Python scripts does not
    count; a generic developer title counts when its text names Python."""
    ops = "DevOps Engineer\nWrote Python scripts"
    dev = "Software Engineer\nBuilt Python services"

    def resume(text: str, title: str) -> Resume:
        start, end = dt.date(2022, 11, 1), dt.date(2026, 11, 1)
        mention = SkillMention("Python", "Python", text.index("Python"), 0, "experience")
        mention = dataclasses.replace(mention, end=mention.start + 6)
        return Resume(
            source=f"{title}.pdf",
            text=text,
            skills=(mention,),
            roles=(Role(title, "Acme", start, end, text, 0),),
            experience_years=4.0,
        )

    rows = [resume(ops, "DevOps Engineer"), resume(dev, "Software Engineer")]
    met, _ = Screening(JD, rows, taxonomy=mini_taxonomy, as_of=AS_OF).satisfaction()
    assert met[0, 4] == 0.0 and met[1, 4] == 1.0  # R: 3 years as a Python developer
    assert met[0, 9] == met[1, 9] == 1.0  # 2 years overall


def test_ranking_ties_broken_by_file_name_and_knockout() -> None:
    score = np.array([50.0, 70.0, 50.0, 90.0])
    names = ["b.pdf", "c.pdf", "a.pdf", "d.pdf"]
    assert list(ranking_order(score, names)) == [3, 1, 2, 0]
    meets = np.array([True, True, True, False])
    assert list(ranking_order(score, names, meets)) == [1, 2, 0, 3]
    assert list(ranking_order(score, names, top_k=2)) == [3, 1]
    assert list(ranking_order(score, names, top_k=3)) == [3, 1, 2]


def _weight(high: float) -> st.SearchStrategy[float]:
    """A weight in [0, high]; subnormal floats (5e-324) lose their precision when weights
    are normalised, and no user sets one."""
    return st.floats(0, high, allow_subnormal=False)


weight_draws = st.builds(
    Weights,
    required=_weight(5),
    preferred=_weight(5),
    skill=_weight(3),
    experience=_weight(3),
    education=_weight(3),
    certification=_weight(3),
    soft=_weight(3),
    listed_only=_weight(1),
    implied=_weight(1),
    recency_half_life=st.sampled_from([0.0, 0.5, 2.0, 5.0, 40.0]),
    related_field=_weight(1),
    other_field=_weight(1),
    one_level_below=st.sampled_from([0.0, 0.5, 1.0]),
    text_similarity=_weight(1),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(resumes(), min_size=1, max_size=12), weight_draws)
def test_sparse_design_equals_reference_scores(
    mini_taxonomy: Taxonomy, batch: list[Resume], w: Weights
) -> None:
    """The fast re-ranking path prices exactly what the satisfaction matrix says."""
    s = Screening(JD, batch, taxonomy=mini_taxonomy, as_of=AS_OF)
    met, weighted = s.satisfaction(w)
    req_w = requirement_weights(JD.requirements, w)
    total = req_w.sum()
    coverage = weighted @ (req_w / total) if total > 0 else np.zeros(len(batch))
    want = 100 * ((1 - w.text_similarity) * coverage + w.text_similarity * s.features_.similarity)
    np.testing.assert_allclose(s.design_.raw_scores(w), want, atol=1e-9)
    required = np.array([r.required for r in JD.requirements])
    meets = (met[:, required] >= 1 - 1e-9).all(axis=1)
    np.testing.assert_array_equal(s.design_.meets_required(w), meets)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(resumes(), min_size=1, max_size=12),
    weight_draws,
    st.floats(0, 1),
    st.data(),
)
def test_sparse_design_prices_the_semantic_column_like_the_reference(
    mini_taxonomy: Taxonomy, batch: list[Resume], w: Weights, share: float, data: st.DataObject
) -> None:
    """With a semantic feature, both paths blend the same three parts; scores stay in range."""
    w = dataclasses.replace(w, semantic_similarity=share * (1 - w.text_similarity))
    plain = Screening(JD, batch, taxonomy=mini_taxonomy, as_of=AS_OF)
    sem = np.array(data.draw(st.lists(st.floats(0, 1), min_size=len(batch), max_size=len(batch))))
    s = Screening.from_features(JD, dataclasses.replace(plain.features_, semantic=sem))
    _met, weighted = s.satisfaction(w)
    req_w = requirement_weights(JD.requirements, w)
    want = scores(weighted, s.features_.similarity, req_w, w, sem)
    got = s.design_.raw_scores(w)
    np.testing.assert_allclose(got, want, atol=0.0051)  # want is rounded to 2 decimals
    assert got.min() >= -1e-9 and got.max() <= 100 + 1e-9


def test_old_evidence_counts_less_but_never_below_a_listing(mini_taxonomy: Taxonomy) -> None:
    def shown_in_role(source: str, end: dt.date) -> Resume:
        text = "Developer\nBuilt Python services"
        return Resume(
            source=source,
            text=text,
            skills=(SkillMention("Python", "Python", 16, 22, "experience"),),
            roles=(Role("Developer", "Acme", dt.date(2005, 1, 1), end, text, 0),),
        )

    recent = shown_in_role("a.pdf", dt.date(2026, 6, 1))
    old = shown_in_role("b.pdf", dt.date(2016, 6, 1))  # 10 whole years before AS_OF
    listed = Resume(
        source="c.pdf", text="Python", skills=(SkillMention("Python", "Python", 0, 6, "skills"),)
    )
    s = Screening(JD, [recent, old, listed], taxonomy=mini_taxonomy, as_of=AS_OF)
    w = Weights(listed_only=0.6, recency_half_life=5.0)
    met, weighted = s.satisfaction(w)
    assert (met[:, 0] == 1.0).all()  # recency never changes whether a skill is there
    assert weighted[0, 0] == 1.0
    assert weighted[1, 0] == pytest.approx(0.6 + 0.4 * 0.25)  # two half-lives
    assert weighted[2, 0] == pytest.approx(0.6)
    _, off = s.satisfaction(dataclasses.replace(w, recency_half_life=0.0))
    assert off[1, 0] == 1.0


def test_text_similarity_is_cosine_relative_to_the_closest() -> None:
    query = "Python developer: Django, REST APIs, PostgreSQL"
    docs = [
        "Cook and waiter at a seaside restaurant",
        "Python developer building Django REST APIs on PostgreSQL",
        "Java developer; some Python scripts",
        # the same Django line diluted by a long list of other things (keyword stuffing)
        "Python developer building Django REST APIs on PostgreSQL. "
        + " ".join(f"tool{i}" for i in range(60)),
    ]
    sim = text_similarity(query, docs)
    assert sim.shape == (4,) and sim[0] == 0.0 and sim[1] == 1.0
    assert 0.0 < sim[2] < sim[1] and sim[3] < sim[1]
    assert text_similarity(query, []).shape == (0,)
    assert list(text_similarity("the and of", ["a", "the"])) == [0.0, 0.0]


def test_a_one_word_resume_does_not_outmatch_real_ones() -> None:
    """Plain cosine puts "Python" alone next to the JD; the pivoted norm does not."""
    query = "Python developer: Python, Django, REST APIs, PostgreSQL, Docker, AWS, Git, testing"
    real = [
        "Senior Python developer. Built Django REST APIs on PostgreSQL, shipped with Docker on "
        "AWS, code in Git, pytest for testing, mentoring juniors, reviews, on-call, planning.",
        "Backend engineer writing Python services and Django apps, some AWS, Git and SQL, "
        "plus Java maintenance, reporting dashboards and customer support tooling.",
        "Data engineer: Python and SQL pipelines on AWS, Airflow, Spark, dashboards for sales "
        "and finance teams, Git, code reviews, some Django admin pages.",
        "Full-stack developer using JavaScript, React and Node, with Python scripts, Docker, "
        "Git and PostgreSQL; agile team, testing with Jest and pytest.",
    ]
    plain = tfidf_cosine(query, [*real, "Python"], slope=1.0)
    pivoted = tfidf_cosine(query, [*real, "Python"])
    assert plain[-1] > min(plain[:-1])  # the failure being fixed
    assert pivoted[-1] < min(pivoted[:-1])


def test_a_batch_of_poor_matches_gets_no_full_text_credit() -> None:
    query = JD_FILE.read_text(encoding="utf-8")
    poor = "Electrician: wiring, conduit, panels, OSHA 30, blueprints, good communication"
    assert 0 < text_similarity(query, [poor])[0] < 0.5  # alone, it is still a poor match
    good = "Python developer: Django REST APIs on PostgreSQL, AWS, Docker, Git, unit testing"
    assert text_similarity(query, [good])[0] == 1.0


def test_slope_one_is_the_plain_cosine() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    query, docs = "python django aws", ["python and django", "aws aws java", "cook"]
    vec = TfidfVectorizer(stop_words="english", token_pattern=r"(?u)\b[\w+#.]*\w[\w+#]*\b")
    m = vec.fit_transform([query, *docs])
    want = (m[1:] @ m[0].T).toarray().ravel()
    assert tfidf_cosine(query, docs, slope=1.0) == pytest.approx(want)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(["python", "django", "sql", "cook", "c++", "aws"]), max_size=8),
        min_size=1,
        max_size=8,
    ),
    st.randoms(use_true_random=False),
)
def test_text_similarity_in_range_and_order_invariant(words: list[list[str]], rnd: object) -> None:
    docs = [" ".join(w) for w in words]
    order = list(range(len(docs)))
    rnd.shuffle(order)  # type: ignore[attr-defined]
    query = "python django aws c++"
    a = text_similarity(query, docs)
    b = text_similarity(query, [docs[i] for i in order])
    assert np.all((a >= 0) & (a <= 1))
    assert a[order] == pytest.approx(b)
    # the closest document gets 1 unless its cosine is under the floor (or nothing matches)
    best = tfidf_cosine(query, docs).max()
    assert a.max() == pytest.approx(min(1.0, best / MIN_BEST_COSINE))
