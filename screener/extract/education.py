"""Degrees: level (high school … doctorate) and field of study."""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass

from screener.extract.sections import iter_lines
from screener.extract.taxonomy import resource_path
from screener.records import Education

#: Degree level → patterns (case-sensitive where an abbreviation is also a word).
_LEVEL_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "doctorate",
        r"\b(?:[Pp]h\.?\s?[Dd]\.?|PHD|[Dd]octor of [A-Z][a-z]+|[Dd]octorate|D\.Phil|Ed\.D\.?|DPhil)"
        r"(?![a-z])",
    ),
    (
        "master",
        r"\b(?:[Mm]aster'?s?(?: [Dd]egree)?|M\.\s?S\.?c?\.?|M\.?Sc\.?|MSc|M\.?Tech|M\.?Eng|"
        r"MBA|M\.B\.A\.?|M\.A\.|M\.Ed\.?|MCA|MPH|MFA|LLM|LL\.M\.?|"
        r"MS(?= in\b| of\b|,| -| –|\s*\())(?![a-z])",
    ),
    (
        "bachelor",
        r"\b(?:[Bb]achelor'?s?(?: [Dd]egree)?|[Bb]accalaureate|B\.\s?S\.?c?\.?|B\.?Sc\.?|BSc|"
        r"B\.?Tech|B\.?Eng|BEng|B\.E\.|BBA|B\.B\.A\.?|BCA|BSN|BFA|B\.F\.A\.?|B\.?Com|B\.A\.|LLB|LL\.B\.?|"
        r"BS(?= in\b| of\b|,| -| –|\s*\()|BA(?= in\b| of\b|,| -| –|\s*\())(?![a-z])",
    ),
    (
        "associate",
        r"\b(?:[Aa]ssociate'?s? (?:[Dd]egree|of [A-Z][a-z]+)|A\.A\.S?\.?|A\.S\.|AAS|"
        r"Associate in [A-Z])",
    ),
    (
        "high_school",
        r"\b(?:[Hh]igh [Ss]chool(?: [Dd]iploma)?|HIGH SCHOOL|GED|[Ss]econdary [Ss]chool|"
        r"[Hh]igher [Ss]econdary|HSC|SSC)\b",
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
    regions = spans or [(0, len(text))]
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
    return tuple(found)
