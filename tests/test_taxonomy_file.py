"""Checks on the hand-written skills taxonomy file (stdlib only: csv)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

CSV_PATH = Path(__file__).resolve().parents[1] / "data/taxonomy/skills.csv"
HEADER = ["name", "aliases", "category", "type", "parents", "ambiguous_aliases"]
TYPES = {"hard", "soft", "certification"}


def _split(cell: str) -> list[str]:
    return [p.strip() for p in (cell or "").split("|") if p.strip()]


@pytest.fixture(scope="module")
def header() -> list[str]:
    with CSV_PATH.open(newline="", encoding="utf-8") as fh:
        return next(csv.reader(fh))


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with CSV_PATH.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def surface(rows: list[dict[str, str]]) -> dict[str, str]:
    """Every surface form (lower-cased) -> canonical name."""
    index: dict[str, str] = {}
    for r in rows:
        for form in [r["name"], *_split(r["aliases"]), *_split(r["ambiguous_aliases"])]:
            index.setdefault(form.lower(), r["name"])
    return index


def _plain_forms(r: dict[str, str]) -> list[str]:
    """Forms matched case-insensitively: the name (unless listed as ambiguous) and aliases."""
    ambiguous = _split(r["ambiguous_aliases"])
    name = [] if r["name"] in ambiguous else [r["name"]]
    return name + _split(r["aliases"])


def test_header_is_exact(header: list[str]) -> None:
    assert header == HEADER


def test_has_at_least_800_rows(rows: list[dict[str, str]]) -> None:
    assert len(rows) >= 800


def test_every_row_has_all_columns(rows: list[dict[str, str]]) -> None:
    for r in rows:
        assert None not in r, f"extra fields in row {r}"
        assert all(r[c] is not None for c in HEADER), f"missing fields in row {r}"
        assert r["name"].strip() == r["name"] and r["name"], r
        assert r["category"].strip(), r


def test_names_unique_case_insensitively(rows: list[dict[str, str]]) -> None:
    seen: dict[str, str] = {}
    for r in rows:
        key = r["name"].lower()
        assert key not in seen, f"duplicate name {r['name']!r} / {seen[key]!r}"
        seen[key] = r["name"]


def test_no_surface_form_shared_between_rows(rows: list[dict[str, str]]) -> None:
    owner: dict[str, str] = {}
    clashes = []
    for r in rows:
        forms = {
            f.lower() for f in [r["name"], *_split(r["aliases"]), *_split(r["ambiguous_aliases"])]
        }
        for f in forms:
            if f in owner and owner[f] != r["name"]:
                clashes.append((f, owner[f], r["name"]))
            owner.setdefault(f, r["name"])
    assert not clashes, clashes[:20]


def test_rows_are_sorted_by_category_then_name(rows: list[dict[str, str]]) -> None:
    keys = [(r["category"].lower(), r["name"].lower()) for r in rows]
    out_of_order = [rows[i + 1]["name"] for i in range(len(keys) - 1) if keys[i] > keys[i + 1]]
    assert out_of_order == []


def test_types_are_valid(rows: list[dict[str, str]]) -> None:
    bad = [(r["name"], r["type"]) for r in rows if r["type"] not in TYPES]
    assert not bad, bad


def test_certification_and_soft_rows_are_consistent(rows: list[dict[str, str]]) -> None:
    for r in rows:
        assert (r["type"] == "certification") == (r["category"] == "Certification"), r["name"]
        assert (r["type"] == "soft") == (r["category"] == "Soft skill"), r["name"]


def test_every_parent_exists(rows: list[dict[str, str]]) -> None:
    names = {r["name"] for r in rows}
    missing = [(r["name"], p) for r in rows for p in _split(r["parents"]) if p not in names]
    assert not missing, missing


def test_parents_have_no_cycle(rows: list[dict[str, str]]) -> None:
    parents = {r["name"]: _split(r["parents"]) for r in rows}
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done

    def visit(node: str, path: tuple[str, ...]) -> None:
        if state.get(node) == 1:
            pytest.fail("cycle: " + " -> ".join((*path, node)))
        if state.get(node) == 2:
            return
        state[node] = 1
        for p in parents.get(node, []):
            visit(p, (*path, node))
        state[node] = 2

    for name in parents:
        visit(name, ())


def test_ambiguous_names_are_listed_verbatim(rows: list[dict[str, str]]) -> None:
    """A name that is ambiguous must appear exactly in ambiguous_aliases (the engine compares
    exactly), and no ambiguous form may also be a plain alias of the same row."""
    for r in rows:
        ambiguous = _split(r["ambiguous_aliases"])
        if r["name"].lower() in {a.lower() for a in ambiguous}:
            assert r["name"] in ambiguous, r["name"]
        plain = {a.lower() for a in _split(r["aliases"])}
        assert not plain & {a.lower() for a in ambiguous}, r["name"]


JD_CONCEPTS = {
    # Python-developer JD
    "Python": "Python",
    "Django": "Django",
    "Pyramid": "Pyramid",
    "web framework": "Web framework",
    "Object-Relational Mapping": "ORM",
    "object relational mapper": "ORM",
    "SQLAlchemy": "SQLAlchemy",
    "Django ORM": "Django ORM",
    "Peewee": "Peewee",
    "Hibernate": "Hibernate",
    "multi-threading": "Multithreading",
    "multithreaded": "Multithreading",
    "multi-process": "Multiprocessing",
    "multiprocessing": "Multiprocessing",
    "templating languages": "Server-side templating",
    "server-side templating languages": "Server-side templating",
    "Jinja 2": "Jinja2",
    "Jinja": "Jinja2",
    "Mako": "Mako",
    "js": "JavaScript",
    "ECMAScript": "JavaScript",
    "HTML": "HTML5",
    "CSS": "CSS3",
    "integrate multiple data sources": "Data integration",
    "ETL": "ETL",
    "scalable applications": "Scalability",
    "unit tests": "Unit testing",
    "pytest": "pytest",
    "debugging": "Debugging",
    "code versioning tools": "Version control",
    "source control": "Version control",
    "Git": "Git",
    "Mercurial": "Mercurial",
    "Subversion": "SVN",
    "problem-solving": "Problem solving",
    "analytical abilities": "Analytical skills",
    "communication skills": "Communication",
    "team spirit": "Teamwork",
    "team player": "Teamwork",
    "collaborate": "Collaboration",
    "event-driven": "Event-driven programming",
    "asyncio": "asyncio",
    "accessibility": "Accessibility",
    "WCAG": "Web accessibility",
    "security compliance": "Security compliance",
    "user authentication": "Authentication",
    "OAuth": "OAuth",
    "access control": "Authorization",
    "RBAC": "Authorization",
    "mobile app development": "Mobile development",
    "cloud platforms": "Cloud platforms",
    "cloud computing": "Cloud platforms",
    "Amazon Web Services": "AWS",
    "Docker": "Docker",
    "k8s": "Kubernetes",
    "containerisation": "Containerization",
    "continuous integration": "CI/CD",
    "CI/CD pipelines": "CI/CD",
    "SQL": "SQL",
    "NoSQL": "NoSQL",
    "Postgres": "PostgreSQL",
    "PCEP": "PCEP",
    "PCAP": "PCAP",
    "PCPP": "PCPP",
    "CEPP": "CEPP",
    "Certified Associate in Python Programming": "PCAP",
    "agile methodologies": "Agile",
    "Scrum": "Scrum",
    "data analytics": "Data analysis",
    "data science": "Data science",
    "mentorship": "Mentoring",
    "coaching": "Mentoring",
    "code reviews": "Code review",
    "refactoring": "Refactoring",
    "database schemas": "Database design",
    "performance tuning": "Performance optimization",
    "RESTful": "REST APIs",
    "web services": "Web services",
    "application security": "Application security",
    "data protection": "Data protection",
    "project management": "Project management",
    "technical specifications": "Technical documentation",
    "work independently": "Independent work",
    # ML-engineer JD
    "machine learning": "Machine learning",
    "ML": "Machine learning",
    "AI": "Artificial intelligence",
    "clustering": "Clustering",
    "logistic regression": "Logistic regression",
    "classification models": "Classification",
    "SciKit Learn": "scikit-learn",
    "sklearn": "scikit-learn",
    "NumPy": "NumPy",
    "pandas": "pandas",
    "Matplotlib": "Matplotlib",
    "Seaborn": "Seaborn",
    "deep learning": "Deep learning",
    "TensorFlow": "TensorFlow",
    "Keras": "Keras",
    "PyTorch": "PyTorch",
    "neural networks": "Neural networks",
    "convolutional neural networks": "Convolutional neural networks",
    "RNN": "Recurrent neural networks",
    "GANs": "Generative adversarial networks",
    "NLP": "Natural language processing",
    "NLTK": "NLTK",
    "spaCy": "spaCy",
    "Beautiful Soup": "Beautiful Soup",
    "PySpark": "PySpark",
    "Hadoop": "Hadoop",
    "big data pipelines": "Data pipelines",
    "exploratory data analysis": "Exploratory data analysis",
    "feature engineering": "Feature engineering",
    "model selection": "Model selection",
    "model evaluation": "Model evaluation",
    "deployment of the model at scale": "Model deployment",
    "computer vision": "Computer vision",
    "transformer models": "Transformer models",
    "object detection": "Object detection",
    "OCR": "Optical character recognition",
    "OpenCV": "OpenCV",
    "MongoDB": "MongoDB",
    "GraphQL": "GraphQL",
    "Firebase": "Firebase",
    "Azure": "Microsoft Azure",
    "Google Cloud Platform": "Google Cloud Platform",
    "GCP": "Google Cloud Platform",
}


@pytest.mark.parametrize(("form", "canonical"), sorted(JD_CONCEPTS.items()))
def test_jd_concepts_resolve(surface: dict[str, str], form: str, canonical: str) -> None:
    assert surface.get(form.lower()) == canonical


def test_parent_examples(rows: list[dict[str, str]]) -> None:
    parents = {r["name"]: set(_split(r["parents"])) for r in rows}
    assert {"Python", "Web framework"} <= parents["Django"]
    assert {"ORM", "Django"} <= parents["Django ORM"]
    assert {"ORM", "Python"} <= parents["SQLAlchemy"]
    assert {"ORM", "Java"} <= parents["Hibernate"]
    assert "Version control" in parents["Git"]
    assert "Version control" in parents["SVN"]
    assert {"Container orchestration", "Containerization"} <= parents["Kubernetes"]
    assert {"Server-side templating", "Python"} <= parents["Jinja2"]
    assert "Python" in parents["PCAP"]
    assert "Integrated development environments" in parents["Vim"]  # editors meet "IDE"
    assert "Azure Storage" in parents["Azure Blob Storage"]


AMBIGUOUS = [
    "Go",
    "R",
    "C",
    "React",
    "Swift",
    "Spark",
    "Flask",
    "Express",
    "Ruby",
    "Rust",
    "Julia",
    "Scala",
    "Excel",
    "Word",
    "Access",
    "Office",
    "Shell",
    "Unity",
    "Hive",
    "Pig",
]


def test_ambiguous_forms_are_listed(rows: list[dict[str, str]]) -> None:
    listed = {a for r in rows for a in _split(r["ambiguous_aliases"])}
    missing = [a for a in AMBIGUOUS if a not in listed]
    assert not missing, missing


BANNED = [
    "engineering",
    "computer",
    "standard",
    "database",
    "english",
    "report",
    "design",
    "development",
    "management",
    "data",
    "testing",
    "support",
    "research",
    "training",
    "cloud",
    "office",
    "word",
    "access",
    "chef",
    "security",
]


def test_no_generic_word_is_a_plain_form(rows: list[dict[str, str]]) -> None:
    banned = set(BANNED)
    hits = [(r["name"], f) for r in rows for f in _plain_forms(r) if f.lower() in banned]
    assert not hits, hits
