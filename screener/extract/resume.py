"""Turn a résumé's text into a :class:`~screener.records.Resume`."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from screener.extract.contact import find_contact
from screener.extract.education import field_words, find_education
from screener.extract.experience import (
    claimed_years,
    find_roles,
    role_gaps,
    skill_timeline,
    total_years,
)
from screener.extract.nlp import (
    PLAIN_MATCHES,
    build_nlp,
    common_words,
    doc_sections,
    pipeline_taxonomy,
)
from screener.extract.sections import SectionIndex, reflow
from screener.extract.taxonomy import Taxonomy
from screener.records import Resume, Role, SkillMention

#: Sections whose dated entries count as work experience.
WORK_SECTIONS = ("experience",)


def extract_resume(
    text: str,
    *,
    source: str = "<text>",
    nlp: Language | None = None,
    as_of: dt.date | None = None,
) -> Resume:
    """Extract contact details, skills, roles, education and certifications from ``text``.

    ``as_of`` is the date "Present" stands for (default: today); pass a fixed date for
    reproducible years of experience.

    Flattened text (line breaks turned into runs of spaces) is read with its lines restored
    (:func:`~screener.extract.sections.reflow`); offsets refer to ``text`` either way.
    """
    nlp = nlp or build_nlp()
    as_of = as_of or dt.date.today()
    original = text
    text = reflow(text)
    doc = nlp(text)
    sections = doc_sections(doc)
    index = SectionIndex(sections)
    taxonomy = pipeline_taxonomy(nlp)
    skills = _mentions(doc, index)
    roles = find_roles(text, index.spans("experience"), as_of)
    skills = _outside_employer_names(skills, roles)
    years = total_years(roles, as_of) if roles else claimed_years(text)
    skill_months, skill_last_used = skill_timeline(
        roles, ((m.name, m.start) for m in skills), as_of
    )
    contact = find_contact(
        text,
        skill_spans=[(m.start, m.end) for m in skills if m.start < 3000],
        vocabulary=_name_vocabulary(taxonomy),
        match_spans=[(s.start_char, s.end_char) for s in doc.spans[PLAIN_MATCHES]],
    )
    certs = tuple(
        dict.fromkeys(m.name for m in skills if taxonomy.type_of(m.name) == "certification")
    )
    return Resume(
        source=source,
        text=original,
        name=contact.name,
        email=contact.email,
        phone=contact.phone,
        links=contact.links,
        sections=sections,
        skills=skills,
        roles=roles,
        experience_years=years,
        education=find_education(text, index.spans("education")),
        certifications=certs,
        skill_months=skill_months,
        skill_last_used=skill_last_used,
        gaps=role_gaps(roles, as_of),
    )


#: Words naming a unit inside an organisation, whose name may well be a skill.
_UNIT = re.compile(
    r"(?i)\b(?:team|platform|squad|department|division|unit|project|program|practice)\b"
)


def _outside_employer_names(
    skills: tuple[SkillMention, ...], roles: Sequence[Role]
) -> tuple[SkillMention, ...]:
    """``skills`` without mentions inside an employer's name in a role's header
    ("Lakeshore Analytics, Chicago" is no evidence of data analysis). Only a name in
    two to six capitalised words, not all of them skills, counts as one: a header misread
    as an employer ("ICU" in "Registered Nurse, ICU", "SQL Oracle - 2016") keeps its
    skills."""
    names = []
    for ro in roles:
        words = ro.employer.split()
        capitalised = all(w[:1].isupper() or not w[:1].isalpha() for w in words)
        if not capitalised or not 2 <= len(words) <= 6 or _UNIT.search(ro.employer):
            continue  # "ICU" after "Registered Nurse,", "Spark Streaming Team": a unit
        at = ro.text.find(ro.employer)
        if at < 0:
            continue
        lo, hi = ro.offset + at, ro.offset + at + len(ro.employer)
        inside = [m for m in skills if lo <= m.start and m.end <= hi]
        if sum(len(m.text.split()) for m in inside) >= len(words):
            continue  # made of skills only ("SQL Oracle - 2016"): a course, not a name
        names.append((lo, hi))
    if not names:
        return skills
    return tuple(m for m in skills if not any(a <= m.start and m.end <= b for a, b in names))


@functools.lru_cache(maxsize=4)
def _name_vocabulary(taxonomy: Taxonomy) -> frozenset[str]:
    """Words that alone never make a person's name: ordinary skill and field words."""
    return common_words(taxonomy) | field_words()


def _mentions(doc: Doc, index: SectionIndex) -> tuple[SkillMention, ...]:
    text = doc.text
    out = []
    for span in doc.spans["skills"]:
        line_start = text.rfind("\n", 0, span.start_char) + 1
        line_end = text.find("\n", span.end_char)
        line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
        out.append(
            SkillMention(
                name=span.label_,
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                section=index.at(span.start_char),
                sentence=line[:300],
            )
        )
    return tuple(out)
