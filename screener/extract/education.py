"""Degrees: level (high school … doctorate) and field of study."""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass

from screener.extract.sections import iter_lines
from screener.extract.taxonomy import resource_path
from screener.records import Education

#: Degree level → patterns. Abbreviations that are also words (BE, BA, MS, MA) need a
#: degree-like context: a field after them, "in"/"of", a bracket, or a line of their own.
_AFTER_SHORT = (
    r"(?=\.?\s*(?:in\b|of\b|[(,–-]|[A-Z][a-z])|\.?\s*$)"
    r"(?!\s*(?:Office|Word|Excel|Access|PowerPoint|Power Point|Project|Visio|Outlook|SQL|"
    r"Dynamics|Teams|Windows|Paint|Publisher|Exchange|Azure)\b)"
)
#: "Boston, MA" and "Boston MA 02115" are states, not degrees.
_NOT_STATE = r"(?<!,\s)(?<!,)"


def _short(abbrs: str) -> str:
    """Pattern for short degree abbreviations that are also words or US states."""
    return rf"{_NOT_STATE}(?:(?<![a-z] )(?:{abbrs})|(?:{abbrs})(?!\.?\s*(?:,|\d|$)))" + _AFTER_SHORT


_LEVEL_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "doctorate",
        r"\b(?:[Pp]h\.?\s?[Dd]\.?|PHD|[Dd]octor of [A-Z][a-z]+|DOCTOR OF|[Dd]octorate|DOCTORATE|"
        r"D\.\s?Phil|DPhil|Ed\.\s?D\.?|EdD|Psy\.\s?D\.?|PsyD|J\.\s?D\.|Juris Doctor)(?![a-z])",
    ),
    (
        "master",
        r"(?:\b(?:[Mm]aster'?s|MASTER'?S|[Mm]aster (?:(?i:of|in)|[Dd]egree)\b|MASTER OF|"
        r"M\.\s?S\.?c?\.?|(?i:m\.?\s?sc)\b|(?i:m\.?\s?tech)\b|M\.\s?E\.|(?i:m\.?\s?eng)\b|"
        r"MBA|M\.B\.A\.?|M\.A\.|M\.\s?(?:S\.)?Ed\.?|MCA|M\.C\.A\.?|MPH|MFA|LLM|LL\.M\.?|"
        r"(?i:m\.?\s?com)\b|M\.?\s?Phil|PGDM|PGDBA|PG [Dd]iploma|(?i:post\s?-?graduat(?:e|ion))|"
        + _short("MS|MA")
        + r"|ME(?= in\b| \())(?![a-z]))",
    ),
    (
        "bachelor",
        r"\b(?:(?i:bachelor'?s?)|(?i:baccalaureate)|B\.\s?S\.?c?\.?|(?i:b\.?\s?sc)\b|"
        r"(?i:b\.?\s?tech)\b|(?i:b\.?\s?eng)\b|B\.\s?E\b\.?|(?i:b\.?\s?com)\b|"
        r"BBA|B\.B\.A\.?|BCA|B\.C\.A\.?|BSN|BFA|B\.F\.A\.?|B\.A\.|LLB|LL\.B\.?|B\.\s?Ed\.?|"
        r"B\.?\s?Pharm|(?i:graduat(?:e|ion) in)\b|" + _short("BS|BA|BE") + r")(?![a-z])",
    ),
    (
        "associate",
        r"\b(?:[Aa]ssociate'?s? (?:[Dd]egree|of [A-Z][a-z]+)|A\.A\.S?\.?|A\.S\.|AAS|"
        r"Associate in [A-Z]|HNC|HND|[Ff]oundation [Dd]egree|"
        r"(?<![Ss]chool )(?<!SCHOOL )(?:[Dd]iploma|DIPLOMA))",
    ),
    (
        "high_school",
        r"\b(?:[Hh]igh [Ss]chool(?: [Dd]iploma)?|HIGH SCHOOL|GED|[Ss]econdary [Ss]chool|"
        r"[Hh]igher [Ss]econdary|HSC|SSC|SSLC|1[02](?:th|TH))\b",
    ),
)
LEVELS = tuple((level, re.compile(p)) for level, p in _LEVEL_PATTERNS)


@dataclass(frozen=True, slots=True)
class FieldOfStudy:
    name: str
    family: str
    pattern: re.Pattern[str]


@functools.lru_cache(maxsize=1)
def fields_of_study() -> tuple[FieldOfStudy, ...]:
    out = []
    with open(resource_path("fields.csv"), newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            forms = [row["field"], *[a for a in row["aliases"].split("|") if a]]
            # short all-caps abbreviations (CS, EE, IT) match case-sensitively
            long_forms = [re.escape(f) for f in forms if not (f.isupper() and len(f) <= 4)]
            short = [re.escape(f) for f in forms if f.isupper() and len(f) <= 4]
            alts = [f"(?i:{'|'.join(long_forms)})"] + ([f"(?:{'|'.join(short)})"] if short else [])
            pattern = re.compile(rf"\b(?:{'|'.join(alts)})\b")
            out.append(FieldOfStudy(row["field"], row["family"], pattern))
    # longest names first so "Computer Science and Engineering" beats "Computer Science"
    return tuple(sorted(out, key=lambda f: -len(f.name)))


@functools.lru_cache(maxsize=1)
def field_words() -> frozenset[str]:
    """Every lower-case word of every field of study's names ("computer", "science")."""
    with open(resource_path("fields.csv"), newline="", encoding="utf-8") as fh:
        return frozenset(
            w
            for row in csv.DictReader(fh)
            for form in (row["field"], *row["aliases"].split("|"))
            for w in re.findall(r"[a-z]{2,}", form.lower())
        )


def field_family(name: str) -> str:
    return next((f.family for f in fields_of_study() if f.name == name), "")


def find_field(text: str) -> str:
    """Canonical field of study named in ``text`` (first by position), or ""."""
    best: tuple[int, str] | None = None
    for f in fields_of_study():
        m = f.pattern.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), f.name)
    return best[1] if best else ""


def find_education(text: str, spans: list[tuple[int, int]]) -> tuple[Education, ...]:
    """Degrees found in the education sections (or the whole text when there are none)."""
    found = _education_in(text, spans) if spans else []
    if not found:  # no section, or its degrees sit elsewhere ("Masters in 2007 from …")
        found = _education_in(text, [(0, len(text))])
    return tuple(found)


def _education_in(text: str, regions: list[tuple[int, int]]) -> list[Education]:
    found: list[Education] = []
    for start, end in regions:
        lines = [line for _s, _e, line in iter_lines(text[start:end])]
        for i, line in enumerate(lines):
            for level, pattern in LEVELS:
                m = pattern.search(line)
                if not m:
                    continue
                context = line[m.start() :]
                field = find_field(context)
                if not field and i + 1 < len(lines):
                    field = find_field(lines[i + 1])
                found.append(Education(level, m.group(0).strip(), field, line.strip()))
                break
    return found
