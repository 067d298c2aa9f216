"""JD understanding: required vs preferred, kinds, any-of groups, years, degrees."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

from screener.errors import InvalidJobDescription
from screener.extract.taxonomy import Taxonomy
from screener.jd import _heading, job_text, load_jd, parse_jd
from screener.records import JobDescription, Requirement


def by_skills(reqs: tuple[Requirement, ...], *skills: str) -> Requirement:
    found = [r for r in reqs if set(skills) <= set(r.skills)]
    assert found, f"no requirement with {skills}: {[r.label for r in reqs]}"
    return found[0]


def test_title(canonical_jd: JobDescription) -> None:
    assert canonical_jd.title == "Python Developer"


def _one(reqs: tuple[Requirement, ...], what: str, pred: Callable[[Requirement], bool]) -> None:
    found = [r for r in reqs if pred(r)]
    assert len(found) == 1, f"{what}: {len(found)} matches in {[r.label for r in reqs]}"


def skill_item(
    kind: str, match: str, skills: set[str], *, at_least: bool = False
) -> Callable[[Requirement], bool]:
    def pred(r: Requirement) -> bool:
        have = set(r.skills)
        same = skills <= have if at_least else skills == have
        return r.kind == kind and (r.match == match or len(have) == 1) and same

    return pred


#: The canonical JD's required items as the issue lists them, each exactly once.
CANONICAL_REQUIRED: list[tuple[str, Callable[[Requirement], bool]]] = [
    ("Python", skill_item("skill", "all", {"Python"})),
    ("web framework", skill_item("skill", "any", {"Django", "Flask", "Pyramid"}, at_least=True)),
    ("ORM", skill_item("skill", "all", {"ORM"})),
    (
        "threading and multiprocessing",
        skill_item("skill", "all", {"Multithreading", "Multiprocessing"}),
    ),
    ("templating", skill_item("skill", "any", {"Server-side templating", "Jinja2", "Mako"})),
    ("front end", skill_item("skill", "all", {"JavaScript", "HTML5", "CSS3"})),
    ("data sources", skill_item("skill", "all", {"Data integration"})),
    ("scalable design", skill_item("skill", "all", {"Scalability"})),
    ("testing and debugging", skill_item("skill", "all", {"Unit testing", "Debugging"})),
    ("version control", skill_item("skill", "any", {"Version control", "Git", "Mercurial", "SVN"})),
    (
        "degree",
        lambda r: (
            r.kind == "education"
            and r.degree == "bachelor"
            and r.fields == ("Computer Science", "Computer Engineering")
            and r.related_fields_ok
        ),
    ),
    (
        "years",
        lambda r: (
            r.kind == "experience"
            and (r.min_years, r.max_years) == (3, 5)
            and r.role == "Python Developer"
            and r.skills == ("Python",)
        ),
    ),
    (
        "soft skills",
        skill_item(
            "soft",
            "all",
            {"Problem solving", "Analytical skills", "Communication", "Teamwork", "Collaboration"},
        ),
    ),
]
CANONICAL_PREFERRED: list[tuple[str, Callable[[Requirement], bool]]] = [
    ("event-driven", skill_item("skill", "all", {"Event-driven programming"})),
    (
        "accessibility, security",
        skill_item("skill", "all", {"Accessibility", "Security compliance"}),
    ),
    ("authn, authz", skill_item("skill", "all", {"Authentication", "Authorization"})),
    (
        "cloud, containers",
        skill_item("skill", "any", {"AWS", "Docker", "Kubernetes"}, at_least=True),
    ),
    ("CI/CD", skill_item("skill", "all", {"CI/CD"})),
    ("SQL and NoSQL", skill_item("skill", "all", {"SQL", "NoSQL"})),
    ("certifications", skill_item("certification", "any", {"PCEP", "PCAP", "PCPP", "CEPP"})),
    ("Agile, Scrum", skill_item("skill", "all", {"Agile", "Scrum"})),
    ("data analysis", skill_item("skill", "all", {"Data analysis"}, at_least=True)),
    ("mentoring", skill_item("soft", "all", {"Mentoring"})),
]


@pytest.mark.parametrize(
    ("what", "pred"), CANONICAL_REQUIRED, ids=[w for w, _ in CANONICAL_REQUIRED]
)
def test_canonical_required_item(
    canonical_jd: JobDescription, what: str, pred: Callable[[Requirement], bool]
) -> None:
    _one(canonical_jd.required, what, pred)


@pytest.mark.parametrize(
    ("what", "pred"), CANONICAL_PREFERRED, ids=[w for w, _ in CANONICAL_PREFERRED]
)
def test_canonical_preferred_item(
    canonical_jd: JobDescription, what: str, pred: Callable[[Requirement], bool]
) -> None:
    _one(canonical_jd.preferred, what, pred)


def test_canonical_lists_hold_nothing_else(canonical_jd: JobDescription) -> None:
    """Exactly the issue's items: no "Cross-platform development" (mobile versus desktop is a
    contrast, not a skill), no "Independent work" (freelance or contract work is a condition of
    engagement), no "Project management" (a track record of delivery is an outcome)."""
    assert len(canonical_jd.required) == len(CANONICAL_REQUIRED)
    assert len(canonical_jd.preferred) == len(CANONICAL_PREFERRED)
    named = {s for r in canonical_jd.requirements for s in r.skills}
    assert not named & {"Cross-platform development", "Independent work", "Project management"}


def test_category_groups_admit_any_member(canonical_jd: JobDescription, taxonomy: Taxonomy) -> None:
    web = next(r for r in canonical_jd.required if "Django" in r.skills)
    # "Python web framework such as …": other Python frameworks count, Java ones do not
    assert "FastAPI" in web.skills
    assert all({"Python", "Web framework"} <= taxonomy.ancestors(s) for s in web.skills)
    assert web.label == "Python web framework: Django / Flask / Pyramid"
    vcs = next(r for r in canonical_jd.required if "Git" in r.skills)
    assert vcs.label == "Version control: Git / Mercurial / SVN"
    cloud = next(r for r in canonical_jd.preferred if "AWS" in r.skills)
    assert {"Cloud platforms", "Containerization"} <= set(cloud.skills)
    assert not {s for r in canonical_jd.preferred for s in r.skills} & {"Django", "Python", "ORM"}


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


def jd_of(nlp: Language, body: str) -> JobDescription:
    return parse_jd(f"Software Engineer\n\nRequirements:\n{body}\n", nlp=nlp)


def test_a_requirement_for_growth_in_a_field_names_the_field(nlp: Language) -> None:
    jd = jd_of(nlp, "- 3+ years driving 20% growth in digital marketing")
    assert {s for r in jd.required for s in r.skills} == {"Digital marketing"}


def test_one_bullet_can_hold_several_groups(nlp: Language) -> None:
    jd = jd_of(nlp, "- Web frameworks like Django and databases like MongoDB or Redis")
    web, db = jd.required
    assert web.match == "any" and {"Web framework", "Django"} <= set(web.skills)
    assert db.match == "any" and {"MongoDB", "Redis"} <= set(db.skills)
    assert "Django" not in db.skills


def test_topic_and_its_libraries(nlp: Language) -> None:
    (nlp_req,) = jd_of(nlp, "- Natural Language Processing and libraries like NLTK, spaCy").required
    assert nlp_req.match == "any"
    assert {"Natural language processing", "NLTK", "spaCy"} == set(nlp_req.skills)


def test_qualifier_before_such_as_is_not_an_item(nlp: Language) -> None:
    (cert,) = jd_of(nlp, "- Python certifications such as PCEP or PCAP").required
    assert cert.kind == "certification" and set(cert.skills) == {"PCEP", "PCAP"}


def test_post_list_cue_makes_an_any_group(nlp: Language) -> None:
    (vcs,) = jd_of(nlp, "- Git or other version control systems").required
    assert vcs.match == "any" and {"Git", "Version control"} <= set(vcs.skills)


def test_ideally_clause_is_preferred(nlp: Language) -> None:
    jd = jd_of(nlp, "- Strong experience with Python, ideally with Django")
    assert [r.skills for r in jd.required] == [("Python",)]
    assert [r.skills for r in jd.preferred] == [("Django",)]


def test_trailing_preference_keeps_the_item_required(nlp: Language) -> None:
    jd = jd_of(nlp, "- One year of experience with Kubernetes, two preferred.")
    (exp,) = jd.required
    assert exp.kind == "experience" and exp.min_years == 1 and exp.skills == ("Kubernetes",)


def test_degree_and_years_in_one_bullet(nlp: Language) -> None:
    jd = jd_of(nlp, "- BS in Computer Science with 5+ years of experience in Java")
    kinds = {r.kind: r for r in jd.required}
    assert kinds["education"].degree == "bachelor"
    assert kinds["experience"].min_years == 5 and kinds["experience"].skills == ("Java",)
    (alt,) = jd_of(nlp, "- BS in Computer Science or 4 years of equivalent experience").required
    assert alt.kind == "education"


def test_no_minimum_years_is_not_an_experience_item(nlp: Language) -> None:
    (req,) = jd_of(nlp, "- 0-2 years of experience with SQL").required
    assert req.kind == "skill" and req.skills == ("SQL",)


def test_months_of_experience(nlp: Language) -> None:
    (req,) = jd_of(nlp, "- Six months of experience with Excel macros").required
    assert req.kind == "experience" and req.min_years == 0.5


def test_conditions_of_engagement_are_not_requirements(nlp: Language) -> None:
    jd = jd_of(
        nlp,
        "- Ability to work independently as a freelancer when required\n"
        "- Must be available for weekend shifts and travel\n"
        "- Experience with AWS",
    )
    assert [r.skills for r in jd.requirements] == [("AWS",)]


def test_an_age_is_not_years_of_experience(nlp: Language) -> None:
    jd = jd_of(nlp, "- Applicants must be at least 21 years of age\n- Experience with AWS")
    assert [r.skills for r in jd.requirements] == [("AWS",)]
    (cdl,) = jd_of(nlp, "- Must be 18 years old with a Class A CDL").required
    assert cdl.kind == "certification" and cdl.min_years is None


@pytest.mark.parametrize(
    ("bullet", "low", "high"),
    [("- Five to seven years of accounting experience", 5, 7), ("- Two-three years of SQL", 2, 3)],
)
def test_years_in_words_keep_their_range(
    nlp: Language, bullet: str, low: float, high: float
) -> None:
    (exp,) = jd_of(nlp, bullet).required
    assert exp.kind == "experience" and (exp.min_years, exp.max_years) == (low, high)


def test_an_asset_is_a_preference(nlp: Language) -> None:
    jd = jd_of(nlp, "- Salesforce experience an asset\n- 2+ years of B2B sales experience")
    assert [r.skills for r in jd.preferred] == [("Salesforce",)]
    assert [r.kind for r in jd.required] == ["experience"]


def test_checks_to_pass_and_visa_sponsorship_are_not_skills(nlp: Language) -> None:
    jd = jd_of(
        nlp,
        "- Must pass a drug screening and a background check\n"
        "- Pass a UPS Freight road test\n"
        "- We are not offering sponsorships\n"
        "- Class A Commercial Drivers' License with HazMat endorsement",
    )
    assert [r.skills for r in jd.requirements] == [("Commercial driver's license",)]


def test_examples_in_brackets_are_any_of(nlp: Language) -> None:
    (cloud, ml) = jd_of(
        nlp,
        "- Experience with cloud platforms (AWS, GCP, Azure)\n"
        "- Machine learning libraries (TensorFlow, PyTorch, Scikit-learn)",
    ).required
    assert cloud.match == "any" and {"AWS", "Microsoft Azure"} <= set(cloud.skills)
    assert ml.match == "any" and {"TensorFlow", "PyTorch"} <= set(ml.skills)


def test_a_topic_label_inside_a_requirements_list_keeps_it_required(nlp: Language) -> None:
    jd = parse_jd(
        "Software Engineer\n\nMust-Haves:\nStrong Python\nFrameworks:\n"
        "Expertise in frameworks like Django, Flask, or FastAPI.\nVersion Control:\n"
        "Comfortable with Git.\n",
        nlp=nlp,
    )
    assert {s for r in jd.required for s in r.skills} >= {"Python", "Django", "Git"}


def test_the_jobs_own_skill_standing_alone_is_required(nlp: Language) -> None:
    jd = parse_jd(
        "Lead Software Engineer - Java\n\nRequirements:\n"
        "- Proficiency in Java-based, AWS microservices\n",
        nlp=nlp,
    )
    assert "Java" in {s for r in jd.required for s in r.skills}


@pytest.mark.parametrize(
    "line",
    [
        "Proficient in Java (no additional languages required)",
        "Strong communication skills",
        "Previous shoe and commissioned sales experience preferred",
    ],
)
def test_short_unbulleted_items_are_not_headings(line: str) -> None:
    head = _heading(line)
    assert head is None


def test_a_long_line_without_a_colon_is_an_item_not_a_heading() -> None:
    assert _heading("Enthusiasm for learning and pursuing development of new skills") is None
    heading = _heading("Skills and experience we are looking for")
    assert heading is not None and heading.role == "required"


@pytest.mark.parametrize("line", ["Good to have", "Strong Plus", "Preferred Qualifications"])
def test_preference_headings_stay_headings(line: str) -> None:
    head = _heading(line)
    assert head is not None and head.role == "preferred"


def test_a_benefits_heading_is_not_an_item(nlp: Language) -> None:
    jd = parse_jd(
        "Data Analyst\n\nRequirements\n- 3+ years of experience with SQL\n"
        "Excellent Benefits Package\n- Free Coursera courses in Python and machine learning\n",
        nlp=nlp,
    )
    assert [r.skills for r in jd.requirements] == [("SQL",)]


def test_review_cases_of_cues_ages_and_conditions(nlp: Language) -> None:
    jd = jd_of(
        nlp,
        "- 5+ years of experience as an asset manager\n"
        "- Must be at least 18 years of age with 2 years of driving experience\n"
        "- Experience passing data from Kafka to a physical data warehouse\n"
        "- Teach children aged five to twelve years\n"
        "- ExperienceThree years of experience driving a commercial vehicle",
    )
    assert not jd.preferred  # "as an asset manager" is no preference cue
    assert [r.min_years for r in jd.required if r.kind == "experience"] == [5, 2, 3]
    assert "Apache Kafka" in {s for r in jd.required for s in r.skills}


def test_a_regulation_in_capitals_is_not_a_language(nlp: Language) -> None:
    jd = jd_of(nlp, "- Knowledge of HIPAA, ADA, and FMLA regulations")
    assert "Ada" not in {s for r in jd.requirements for s in r.skills}


@pytest.mark.parametrize(
    ("body", "required", "preferred"),
    [
        (  # a long heading with a preference cue stays a heading
            "Requirements\n- 3+ years of Python\n\nIdeally you'll also have some of these\n"
            "- Experience with Spark",
            {"Python"},
            {"Apache Spark"},
        ),
        (  # … and one with a need
            "To be successful in this role you will need\n- CPA certification\n"
            "- Knowledge of QuickBooks",
            {"CPA", "QuickBooks"},
            set(),
        ),
        (  # a glued line splits before an opener after a name it does not complete
            "Requirements\nStrong knowledge of Java Experience with Spring Boot",
            {"Java", "Spring Boot"},
            set(),
        ),
        (  # "an asset" followed by other words is still a cue
            "Requirements:\n- SQL\n- Familiarity with Docker would be an asset but not "
            "required\n- Knowledge of Tableau is an asset as well",
            {"SQL"},
            {"Docker", "Tableau"},
        ),
        (  # topic labels inside a requirements block
            "Requirements:\nWork Experience:\n- 5+ years of Python\nTeam Leadership:\n"
            "- Experience mentoring engineers\nOur Tech Stack:\n- Kubernetes, Terraform",
            {"Python", "Mentoring", "Kubernetes", "Terraform"},
            set(),
        ),
    ],
)
def test_headings_labels_and_cues(
    nlp: Language, body: str, required: set[str], preferred: set[str]
) -> None:
    jd = parse_jd(f"Data Scientist\n\n{body}\n", nlp=nlp)
    assert {s for r in jd.required for s in r.skills} == required
    assert {s for r in jd.preferred for s in r.skills} == preferred


def test_ages_in_words_are_not_experience(nlp: Language) -> None:
    jd = jd_of(
        nlp,
        "- Must be eighteen years of age or older\n- Must be twenty-one years of age\n"
        "- 2 years of driving experience",
    )
    assert [r.min_years for r in jd.requirements] == [2]


def test_data_vault_and_governance_are_not_other_products(nlp: Language) -> None:
    jd = jd_of(nlp, "- Data Vault modeling and dbt\n- Familiarity with governance tools")
    names = {s for r in jd.requirements for s in r.skills}
    assert "Data Vault modeling" in names
    assert not names & {"HashiCorp Vault", "Corporate governance"}


def test_soft_skills_form_one_item_per_group(nlp: Language) -> None:
    jd = jd_of(
        nlp,
        "- Excellent communication skills\n- Strong teamwork\n- Python\n\n"
        "Nice to have:\n- Leadership\n- Mentoring experience",
    )
    (soft,) = [r for r in jd.required if r.kind == "soft"]
    assert {"Communication", "Teamwork"} <= set(soft.skills) and soft.match == "all"
    assert len([r for r in jd.preferred if r.kind == "soft"]) == 1


@pytest.mark.parametrize(
    "heading",
    [
        "What you'll need",
        "What You\u2019ll Need:",
        "Qualifications:",
        "WHAT WE'RE LOOKING FOR",
        "Who you are",
        "Minimum Qualifications",
        "Must have",
    ],
)
def test_requirement_headings(nlp: Language, heading: str) -> None:
    jd = parse_jd(
        f"Data Engineer\n\nAbout us\nWe use Kafka everywhere.\n\n{heading}\n"
        "- 3+ years of Python\n- Experience with Airflow\n\nBenefits\n- Free Kubernetes training\n",
        nlp=nlp,
    )
    named = {s for r in jd.requirements for s in r.skills}
    assert {"Python", "Apache Airflow"} <= named and not named & {"Apache Kafka", "Kubernetes"}


def test_lead_in_line_keeps_the_block_required(nlp: Language) -> None:
    jd = parse_jd(
        "Engineer\n\nQualifications:\n\nThe ideal candidate will possess:\n\n"
        " A Bachelor's degree in Computer Science.\n Proficiency in Node.js and Vue.js.\n",
        nlp=nlp,
    )
    assert {r.kind for r in jd.required} == {"education", "skill"}


def test_inline_heading_and_wrapped_bullets(nlp: Language) -> None:
    jd = parse_jd(
        "ML Engineer\n\nRequirements: 2+ years of experience with PyTorch\n"
        "• Familiar with NLP and associated libraries like NLTK, SpaCy,\nBeautiful Soup\n"
        "• Pandas\n",
        nlp=nlp,
    )
    assert any(r.kind == "experience" and r.skills == ("PyTorch",) for r in jd.required)
    libs = next(r for r in jd.required if "NLTK" in r.skills)
    assert "Beautiful Soup" in libs.skills


def test_flattened_scraped_jd(nlp: Language) -> None:
    """A posting whose line breaks were lost keeps its headings and items apart."""
    text = (
        "Senior Engineer\nWe build payments software.Responsibilities:Design services in Go."
        "Requirements:      5+ years of experience with Java.Strong experience with Angular"
        "Deep understanding of PostgreSQL.NICE TO HAVE SKILLS AND EXPERIENCE       "
        "Experience with Kubernetes&nbsp;and <b>Terraform</b>"
    )
    jd = parse_jd(text, nlp=nlp)
    required = {s for r in jd.required for s in r.skills}
    preferred = {s for r in jd.preferred for s in r.skills}
    assert {"Java", "Angular", "PostgreSQL"} <= required
    assert {"Kubernetes", "Terraform"} <= preferred
    assert "Go" not in required | preferred  # a responsibility, not a requirement


ML_JD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "ml_jd_scored_resumes"


@pytest.mark.skipif(not ML_JD.is_dir(), reason="../shared/eval is absent")
def test_second_real_format_ml_engineer(nlp: Language) -> None:
    """ "Must have" / "Considered as a plus" with "such as" and "like" lists."""
    jd = load_jd(ML_JD / "Job description.pdf", nlp=nlp)
    req = {s for r in jd.required for s in r.skills}
    pref = {s for r in jd.preferred for s in r.skills}
    assert any(r.kind == "education" and r.degree == "bachelor" for r in jd.required)
    assert {"Clustering", "Logistic regression", "Classification"} <= req
    libs = next(r for r in jd.required if "NumPy" in r.skills)
    assert libs.match == "any" and {"scikit-learn", "pandas", "Matplotlib", "Seaborn"} <= set(
        libs.skills
    )
    dl = next(r for r in jd.required if "PyTorch" in r.skills)
    assert dl.match == "any" and {"TensorFlow", "Keras"} <= set(dl.skills)
    # "… application of Neural Networks and models. CNN, RNN, GANs": examples of a category
    nets = next(r for r in jd.required if "Generative adversarial networks" in r.skills)
    assert nets.match == "any" and "Neural networks" in nets.skills
    # the heading "Technical expertise" above "Must have" is not part of the bullet before it
    assert not [r for r in jd.requirements if "expertise" in r.text]
    nlp_libs = next(r for r in jd.required if "NLTK" in r.skills)
    assert nlp_libs.match == "any" and {"spaCy", "Beautiful Soup"} <= set(nlp_libs.skills)
    assert {"PySpark", "Hadoop"} <= req
    assert {"OpenCV", "MongoDB", "Firebase", "AWS"} <= pref
    web = next(r for r in jd.preferred if "Django" in r.skills)
    assert web.match == "any" and "Web framework" in web.skills  # "Web frameworks like Django"
    db = next(r for r in jd.preferred if "MongoDB" in r.skills)
    assert db.match == "any" and "Django" not in db.skills
    assert not req & pref - {"Natural language processing", "Computer vision"}
    # "What you'll do" is a description, not requirements
    assert not [r for r in jd.requirements if "predictions" in r.text]


def test_a_heading_stacked_above_a_heading_is_not_part_of_the_bullet(nlp: Language) -> None:
    jd = parse_jd(
        "Data Scientist\n\nExperience and qualifications\n\n"
        "- Experience with Tableau in a commercial setting\n\nTechnical expertise\n\n"
        "Must have\n\n- Python, SQL\n",
        nlp=nlp,
    )
    assert [r.text for r in jd.required] == [
        "Experience with Tableau in a commercial setting",
        "Python, SQL",
    ]


def test_a_bare_list_after_a_category_names_it_by_examples(nlp: Language) -> None:
    """ "… Neural Networks and models. CNN, RNN, GANs": the list gives examples of the
    category it follows (any member, or the category itself, satisfies it)."""
    jd = jd_of(nlp, "- Application of Neural Networks and models. CNN, RNN, GANs")
    (nets,) = jd.required
    assert nets.match == "any"
    assert set(nets.skills) == {
        "Neural networks",
        "Convolutional neural networks",
        "Recurrent neural networks",
        "Generative adversarial networks",
    }
    (colon,) = jd_of(nlp, "- Application of neural networks and models: CNN, GANs").required
    assert colon.match == "any" and "Neural networks" in colon.skills
    # without a category before it, a listed "A, B" stays all-of
    (both,) = jd_of(nlp, "- Languages: Python, Java").required
    assert both.match == "all" and set(both.skills) == {"Python", "Java"}


def test_the_jobs_own_skill_in_a_list_is_an_item(nlp: Language) -> None:
    jd = parse_jd(
        "AWS Developer\n\nRequirements:\n- 1+ years of experience working on AWS, Azure cloud\n"
        "- Event-driven programming in AWS\n",
        nlp=nlp,
    )
    exp, event = jd.required
    assert set(exp.skills) == {"AWS", "Microsoft Azure"}
    assert event.skills == ("Event-driven programming",)  # "in AWS" only qualifies it


def test_boilerplate_and_things_said_not_to_be_needed(nlp: Language) -> None:
    jd = jd_of(
        nlp,
        "- Experience with React\n"
        "- If you don't know Next.js yet, that's fine\n"
        "- We are an equal opportunity employer and value Python diversity\n"
        "- At Acme, our mission is to make Kubernetes fun\n"
        "- We use TypeScript every day",
    )
    assert [r.skills for r in jd.requirements] == [("React",), ("TypeScript",)]


def test_a_preferred_list_is_not_split(nlp: Language) -> None:
    jd = jd_of(nlp, "- Knowledge of AWS, GCP, or Azure preferred")
    (cloud,) = jd.preferred
    assert not jd.required and cloud.match == "any" and len(cloud.skills) == 3


def test_job_text_is_the_work_not_the_employer(nlp: Language, taxonomy: Taxonomy) -> None:
    jd = parse_jd(
        "Data Engineer\n\n"
        "About us\nAcme makes the best widgets in the world since 1901.\n\n"
        "Responsibilities\n- Build batch pipelines in Spark\n- Review code with the team\n\n"
        "Requirements\n- 3+ years of experience with Python\n- Fluent in SQL, ideally dbt\n"
        "- Willing to travel 20% of the time\n\n"
        "Benefits\n- Free lunch and a gym membership\n",
        nlp=nlp,
    )
    text = job_text(jd, taxonomy)
    assert text.splitlines()[0] == "Data Engineer"
    for kept in ("Build batch pipelines in Spark", "Review code", "years of experience with"):
        assert kept in text
    for dropped in ("widgets", "lunch", "travel"):
        assert dropped not in text


def test_job_text_without_headings_keeps_all_but_boilerplate(
    nlp: Language, taxonomy: Taxonomy
) -> None:
    jd = parse_jd(
        "We are looking for an engineer with 3 years of experience in Python. "
        "You will design APIs. We are an equal opportunity employer.",
        nlp=nlp,
    )
    text = job_text(jd, taxonomy)
    assert "Python" in text and "design APIs" in text and "equal opportunity" not in text


def test_a_glued_parenthesised_list_gives_each_name(nlp: Language) -> None:
    jd = jd_of(nlp, "- Experience with AWS(EC2,S3,Lambda)")
    assert {"AWS", "Amazon EC2", "Amazon S3", "AWS Lambda"} <= {
        s for r in jd.required for s in r.skills
    }
