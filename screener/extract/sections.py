"""Find the titled sections of a résumé (experience, education, skills …) from heading lines."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence

from screener.records import Section

#: Canonical section name → heading variants (lower case, no punctuation).
HEADINGS: dict[str, tuple[str, ...]] = {
    "summary": (
        "summary",
        "professional summary",
        "career summary",
        "executive summary",
        "profile",
        "professional profile",
        "career profile",
        "personal profile",
        "objective",
        "career objective",
        "objectives",
        "professional objective",
        "about me",
        "about",
        "overview",
        "introduction",
        "highlights",
        "career highlights",
        "summary of qualifications",
        "career overview",
        "professional overview",
        "career focus",
        "executive profile",
    ),
    "experience": (
        "experience",
        "work experience",
        "professional experience",
        "employment history",
        "employment",
        "work history",
        "career history",
        "relevant experience",
        "professional background",
        "experience history",
        "industry experience",
        "employment experience",
        "work",
        "career",
        "positions held",
        "professional history",
        "internships",
        "internship experience",
        "internship",
        "teaching experience",
        "clinical experience",
        "leadership experience",
        "related experience",
        "work background",
        "employment background",
        "career background",
        "experience summary",
        "professional engagements",
        "work experience summary",
    ),
    "education": (
        "education",
        "academic background",
        "academic qualifications",
        "education and training",
        "educational background",
        "educational qualifications",
        "academics",
        "qualifications",
        "academic history",
        "education history",
        "academic profile",
        "degrees",
        "education & training",
        "education and qualifications",
        "academic details",
        "educational history",
        "educational qualification",
    ),
    "skills": (
        "skills",
        "technical skills",
        "core competencies",
        "key skills",
        "competencies",
        "skills and abilities",
        "skills & abilities",
        "areas of expertise",
        "expertise",
        "technologies",
        "tools",
        "technical proficiencies",
        "skill set",
        "skillset",
        "core skills",
        "professional skills",
        "it skills",
        "computer skills",
        "tech stack",
        "technical expertise",
        "skills summary",
        "key competencies",
        "specialties",
        "tools and technologies",
        "tools & technologies",
        "technical competencies",
        "programming languages",
        "software",
        "additional skills",
        "strengths",
        "skills & expertise",
        "skills and expertise",
        "qualifications summary",
        "skill highlights",
        "skills highlights",
        "core qualifications",
    ),
    "certifications": (
        "certifications",
        "certification",
        "certificates",
        "licenses and certifications",
        "licenses & certifications",
        "licenses",
        "licences",
        "credentials",
        "professional certifications",
        "certifications and licenses",
        "courses",
        "certifications & training",
        "training and certifications",
        "training",
        "professional development",
    ),
    "projects": (
        "projects",
        "personal projects",
        "key projects",
        "selected projects",
        "academic projects",
        "project experience",
        "open source",
        "portfolio",
    ),
    "other": (
        "awards",
        "honors",
        "honours",
        "awards and honors",
        "achievements",
        "accomplishments",
        "publications",
        "languages",
        "interests",
        "hobbies",
        "references",
        "volunteer",
        "volunteering",
        "volunteer experience",
        "activities",
        "extracurricular activities",
        "affiliations",
        "memberships",
        "professional affiliations",
        "additional information",
        "personal details",
        "personal information",
        "contact",
        "contact information",
        "declaration",
        "hobbies and interests",
        "conferences",
        "patents",
    ),
}

_LOOKUP = {variant: name for name, variants in HEADINGS.items() for variant in variants}
_CLEAN = re.compile(r"[^a-z& ]+")
_INLINE = re.compile(r"^\s*([A-Za-z][A-Za-z &/]{2,40}?)\s*[:|]\s*(\S.*)$")


def _key(text: str) -> str:
    return " ".join(_CLEAN.sub(" ", text.lower().replace("/", " & ")).split())


#: Last word of a heading not listed in HEADINGS → its section ("Techinal Skills",
#: "Additional Certified Training", "Relevant Work Experience").
_HEAD_NOUNS = {
    "skills": "skills",
    "competencies": "skills",
    "proficiencies": "skills",
    "expertise": "skills",
    "experience": "experience",
    "education": "education",
    "certifications": "certifications",
    "training": "certifications",
    "projects": "projects",
    "summary": "summary",
    "objective": "summary",
    "overview": "summary",
    "highlights": "summary",
    "qualifications": "skills",
    "accomplishments": "other",
    "achievements": "other",
}
#: "Technical Qualifications", "Computer Knowledge": a technical word before a generic noun.
_TECH_WORDS = frozenset({"technical", "technology", "computer", "software", "it", "programming"})
_TECH_NOUNS = frozenset(
    {"qualifications", "proficiency", "knowledge", "summary", "profile", "environment", "tools"}
)


def classify_heading(line: str) -> str | None:
    """Canonical section name if ``line`` is a heading by itself, else None."""
    stripped = line.strip().strip("•*-–—:#=_ ").strip()
    if not stripped or len(stripped) > 60 or stripped.endswith((".", ",")):
        return None
    key = _key(stripped)
    found = _LOOKUP.get(key)
    if found is None and re.search(r"\s[/|]\s", stripped):
        # bilingual or combined headings: "Experiencia / Experience", "Skills | Tools"
        parts = (_LOOKUP.get(_key(part)) for part in re.split(r"\s[/|]\s", stripped))
        found = next((p for p in parts if p is not None), None)
    if found is None:
        found = _heading_by_noun(stripped, key)
    return found


def _heading_by_noun(stripped: str, key: str) -> str | None:
    """A short capitalised line ending in a heading noun: "TECHINAL SKILLS"."""
    words = key.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in stripped.split()):
        return None
    if words[-1] in _TECH_NOUNS and _TECH_WORDS & set(words[:-1]):
        return "skills"
    return _HEAD_NOUNS.get(words[-1])


#: A line this long with several runs of 2+ spaces is flattened text (see :func:`reflow`).
FLAT_LINE_CHARS = 200
_SPACE_RUN = re.compile(r"[ \t]{2,}")


def reflow(text: str) -> str:
    """Restore line breaks in flattened text, keeping every character offset.

    Text exported from forms, spreadsheets or some converters arrives with its line
    breaks replaced by runs of spaces: one line of thousands of characters where headings,
    list items and the name sit between double spaces. In a line longer than
    ``FLAT_LINE_CHARS`` with at least three such runs, the first space of each run
    becomes a newline. The result has the same length as ``text``, so offsets into it are
    offsets into ``text``.
    """
    if len(text) < FLAT_LINE_CHARS:
        return text
    out = []
    for line in text.split("\n"):
        if len(line) > FLAT_LINE_CHARS and len(_SPACE_RUN.findall(line)) >= 3:
            line = _SPACE_RUN.sub(lambda m: "\n" + m.group(0)[1:], line)
        out.append(line)
    return "\n".join(out)


def iter_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, line)`` for each line of ``text`` (end excludes the newline)."""
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


def find_sections(text: str) -> tuple[Section, ...]:
    """Split ``text`` at heading lines. Text before the first heading is ``contact``.

    A line such as ``Skills: Python, SQL`` opens the section and its content stays in it.
    """
    marks: list[tuple[int, str, str]] = [(0, "contact", "")]
    for start, end, line in iter_lines(text):
        name = classify_heading(line)
        if name is not None:
            marks.append((start, name, line.strip()))
            continue
        inline = _INLINE.match(line)
        label = _LOOKUP.get(_key(inline.group(1))) if inline else None
        if inline and label in ("skills", "certifications"):
            # "Tools: Git, Jira" tags this one line; the enclosing section resumes after it.
            current = marks[-1]
            marks.append((start, label, inline.group(1).strip()))
            marks.append((end + 1, current[1], current[2]))
    sections = []
    for i, (start, name, heading) in enumerate(marks):
        end = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        if end > start or i == 0:
            sections.append(Section(name=name, heading=heading, start=start, end=end))
    return tuple(sections)


class SectionIndex:
    """Answer "which section holds character offset i?" in O(log n)."""

    def __init__(self, sections: Sequence[Section]) -> None:
        self.sections = tuple(sections)
        self._starts = [s.start for s in self.sections]

    def at(self, offset: int) -> str:
        i = bisect_right(self._starts, offset) - 1
        return self.sections[i].name if i >= 0 else ""

    def section_at(self, offset: int) -> Section | None:
        i = bisect_right(self._starts, offset) - 1
        return self.sections[i] if i >= 0 else None

    def spans(self, name: str) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in self.sections if s.name == name]
