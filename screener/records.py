"""Frozen records passed between the stages: parse → extract → jd → score → report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

#: Degree levels in increasing order; the index is the ordinal used by the scorer.
DEGREE_LEVELS: tuple[str, ...] = ("high_school", "associate", "bachelor", "master", "doctorate")

RequirementKind = Literal["skill", "experience", "education", "certification", "soft"]
MatchMode = Literal["any", "all"]


def degree_rank(level: str | None) -> int:
    """Ordinal of a degree level: -1 when unknown, 0 for high school … 4 for a doctorate."""
    return DEGREE_LEVELS.index(level) if level in DEGREE_LEVELS else -1


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    """Text of one file, in reading order, before any extraction."""

    path: str
    sha256: str
    format: str  # "pdf" | "docx" | "txt"
    text: str
    pages: int = 1


@dataclass(frozen=True, slots=True)
class Section:
    """A titled block of a résumé: ``text[start:end]`` belongs to ``name``."""

    name: str  # canonical: contact, summary, experience, education, skills, ...
    heading: str  # as written
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SkillMention:
    """One occurrence of a taxonomy skill in a text."""

    name: str  # canonical name
    text: str  # as written
    start: int  # character offsets into the résumé text
    end: int
    section: str  # canonical section name, "" outside any section
    sentence: str = ""  # the line it was found on: the evidence shown to a recruiter


@dataclass(frozen=True, slots=True)
class Role:
    """One dated entry of the experience section."""

    title: str
    employer: str
    start: dt.date
    #: Exclusive: the first day of the month after the last one ("May 2021 – Oct 2023" ends
    #: 2023-11-01; "2015 – 2017", whole years, ends 2017-01-01). None means "present".
    end: dt.date | None
    text: str  # the entry's full text (title line and bullets)
    offset: int = 0  # character offset of the entry in the résumé text

    def end_or(self, as_of: dt.date) -> dt.date:
        return self.end if self.end is not None else as_of


@dataclass(frozen=True, slots=True)
class Education:
    level: str  # one of DEGREE_LEVELS
    degree: str  # as written, e.g. "B.Sc."
    field: str  # canonical field of study, "" when none was found
    text: str  # the line it came from


@dataclass(frozen=True, slots=True)
class Resume:
    """Everything extracted from one résumé."""

    source: str  # file name (or "<text>")
    text: str
    name: str = ""
    email: str = ""
    phone: str = ""
    links: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()
    skills: tuple[SkillMention, ...] = ()
    roles: tuple[Role, ...] = ()
    experience_years: float = 0.0
    education: tuple[Education, ...] = ()
    certifications: tuple[str, ...] = ()
    #: (skill, months) for each skill named in the text of a dated role: the months of
    #: the roles that mention it, overlaps merged; most months first.
    skill_months: tuple[tuple[str, int], ...] = ()
    #: (skill, year) the last year a role mentioning the skill ran (the as-of year if current).
    skill_last_used: tuple[tuple[str, int], ...] = ()
    #: Gaps between roles (overlaps merged) of at least three months: (start, end) with
    #: ``end`` exclusive, oldest first.
    gaps: tuple[tuple[dt.date, dt.date], ...] = ()

    @property
    def skill_names(self) -> frozenset[str]:
        return frozenset(m.name for m in self.skills)

    @property
    def highest_degree(self) -> str:
        best = max((e.level for e in self.education), key=degree_rank, default="")
        return best


@dataclass(frozen=True, slots=True)
class Requirement:
    """One requirement of a job description.

    ``match == "any"``: any one of ``skills`` satisfies it; ``"all"``: each counts
    for an equal share.
    """

    id: str
    label: str  # short, readable; used in the CSV and in explanations
    text: str  # the bullet as written
    kind: RequirementKind
    required: bool
    match: MatchMode = "all"
    skills: tuple[str, ...] = ()
    min_years: float | None = None
    max_years: float | None = None
    degree: str | None = None  # minimum level, one of DEGREE_LEVELS
    fields: tuple[str, ...] = ()
    related_fields_ok: bool = False
    role: str = ""  # "as a Python Developer": years count from matching roles
    weight: float = 1.0


@dataclass(frozen=True, slots=True)
class JobDescription:
    title: str
    text: str
    requirements: tuple[Requirement, ...] = field(default=())

    @property
    def required(self) -> tuple[Requirement, ...]:
        return tuple(r for r in self.requirements if r.required)

    @property
    def preferred(self) -> tuple[Requirement, ...]:
        return tuple(r for r in self.requirements if not r.required)


@dataclass(frozen=True, slots=True)
class FileError:
    """A file that could not be scored: one row of the errors file."""

    file: str
    error: str  # the exception class name, e.g. "EncryptedFile"
    detail: str  # what happened and what to do next
