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


def classify_heading(line: str) -> str | None:
    """Canonical section name if ``line`` is a heading by itself, else None."""
    stripped = line.strip().strip("•*-–—:#=_ ").strip()
    if not stripped or len(stripped) > 60 or stripped.endswith((".", ",")):
        return None
    found = _LOOKUP.get(_key(stripped))
    if found is None and re.search(r"\s[/|]\s", stripped):
        # bilingual or combined headings: "Experiencia / Experience", "Skills | Tools"
        parts = (_LOOKUP.get(_key(part)) for part in re.split(r"\s[/|]\s", stripped))
        found = next((p for p in parts if p is not None), None)
    return found


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

    def spans(self, name: str) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in self.sections if s.name == name]
