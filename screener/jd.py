"""Read a job description into required and preferred :class:`Requirement` items.

A JD is read the way a recruiter reads it:

1. Headings split it into blocks. Blocks under *Required / Requirements / Qualifications /
   Must have* hold required items; blocks under *Preferred / Nice to have / Bonus /
   … a plus* hold preferred items; everything else (objectives, responsibilities, company
   blurb, benefits, marketing text) yields no requirement.
2. Each bullet (or sentence) of a requirement block becomes one item. Cue words inside it
   ("preferred", "a plus", "required", "must") override its block.
3. An item's kind comes from what it names: years → experience, a degree → education,
   a certification → certification, only soft skills → soft, other skills → skill. An item
   naming nothing the taxonomy knows is dropped (it can't be checked).
4. "such as X, Y or Z", "like …", "at least one of", "X or Y" make an any-of group; "X and
   Y", "including X, Y and Z" make an all-of group.

When a JD has no requirement headings at all, every bullet or sentence carrying a
requirement cue (years, degree, "experience with", "knowledge of" …) is read instead.
"""

from __future__ import annotations

import itertools
import logging
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.language import Language

from screener.errors import InvalidJobDescription
from screener.extract.education import LEVELS, fields_of_study, find_field
from screener.extract.experience import NUMBER_WORDS
from screener.extract.nlp import build_nlp, pipeline_taxonomy, requirement_doc
from screener.extract.taxonomy import Taxonomy
from screener.records import JobDescription, MatchMode, Requirement, RequirementKind

log = logging.getLogger(__name__)

_PREFERRED_CUE = re.compile(
    r"\b(?:preferred|preferably|nice[- ]to[- ]have|a plus|is a plus|are a plus|plus\b|bonus|"
    r"desir(?:ed|able)|good[- ]to[- ]have|optional|advantage(?:ous)?|considered as a plus|"
    r"ideally)\b",
    re.IGNORECASE,
)
_REQUIRED_CUE = re.compile(
    r"\b(?:required|requirements?|must|qualifications?|mandatory|essential|need|needs|"
    r"looking for|you have|you bring|you'll bring|you will bring|who you are|what you bring|"
    r"skills|competenc(?:y|ies)|your profile|about you|experience|expertise|knowledge)\b",
    re.IGNORECASE,
)
_OTHER_HEADING = re.compile(
    r"\b(?:responsibilit(?:y|ies)|duties|objectives?|what you(?:'ll| will) do|role|about us|"
    r"about the (?:company|team|role)|company|benefits|perks|we offer|what we offer|"
    r"compensation|salary|why join|culture|mission|overview|summary|description|"
    r"how .* helps|next step|what does|day to day|location|apply|equal opportunity)\b",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*(?:[•●▪■◦○♦➢►✓*·‣⁃–—-]|\d{1,2}[.)]|[a-z][.)])\s+")
_ANY_CUE = re.compile(
    r"\b(?:such as|like|e\.g\.?|eg\.|for example|for instance|at least one(?: of)?|one of|"
    r"any of|one or more of|or similar|or equivalent|or other)\b",
    re.IGNORECASE,
)
_ALL_CUE = re.compile(r"\b(?:including|includes|both|as well as)\b", re.IGNORECASE)
_YEARS = re.compile(
    r"(?:(?P<min>\d{1,2}(?:\.\d)?)\s*(?:-|–|—|to)\s*(?P<max>\d{1,2}(?:\.\d)?)|"
    r"(?P<only>\d{1,2}(?:\.\d)?)\s*\+?|(?P<word>one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s*\(\d+\))?\s*\+?)\s*(?:\+\s*)?(?:years?|yrs?)\b",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"\bas (?:an? |the )?(?P<role>(?:[A-Z][\w+#./-]*\s?){1,4}|[a-z][\w ]{2,40}?)"
    r"(?=[,.;(]|$| in | with | for )"
)
_TITLE_NOUN = re.compile(
    r"\b(?:developer|engineer|manager|analyst|scientist|designer|architect|administrator|"
    r"consultant|specialist|nurse|accountant|teacher|technician|officer|assistant|director|"
    r"coordinator|lead|intern|representative|programmer|executive|associate|chef|clerk)\b",
    re.IGNORECASE,
)
_DEGREE_WORD = re.compile(
    r"\b(?:degree|bachelor|master|ph\.?d|doctorate|diploma|b\.?sc|m\.?sc|bs|ms|ba|mba|"
    r"graduate)\b",
    re.IGNORECASE,
)
_CERT_WORD = re.compile(r"\bcertif(?:ied|ication|ications|icate)\b", re.IGNORECASE)
_RELATED = re.compile(r"\b(?:related|equivalent|similar|relevant|technical)\b", re.IGNORECASE)
_CUE_SENTENCE = re.compile(
    r"\b(?:experience (?:with|in|using|of)|knowledge of|proficien|familiar|understanding of|"
    r"ability to|expertise|skills? in|degree|years?|certif|must|required|preferred|"
    r"hands-on|background in|working knowledge|fluent)\b",
    re.IGNORECASE,
)

Block = tuple[str, list[str]]  # (role of the block: required | preferred | other, lines)


def load_jd(source: str | os.PathLike[str], *, nlp: Language | None = None) -> JobDescription:
    """Read a JD from a file path (PDF, DOCX or text) or from the text itself."""
    text = _read_source(source)
    return parse_jd(text, nlp=nlp)


def _read_source(source: str | os.PathLike[str]) -> str:
    if isinstance(source, os.PathLike) or (
        "\n" not in source and len(source) < 1024 and Path(source).is_file()
    ):
        from screener.parse import parse_file

        return parse_file(source).text
    return str(source)


def parse_jd(text: str, *, nlp: Language | None = None) -> JobDescription:
    """Requirements of the JD ``text``; raises InvalidJobDescription when it has none."""
    nlp = nlp or build_nlp()
    taxonomy = pipeline_taxonomy(nlp)
    lines = [ln.rstrip() for ln in text.replace("\r", "").split("\n")]
    title = find_title(lines)
    title_skills = _skills(nlp, title)
    items = list(_items(lines))
    reqs: list[Requirement] = []
    seen: set[tuple[object, ...]] = set()
    counters = {True: 0, False: 0}
    for line, required in items:
        req = make_requirement(line, required, nlp, taxonomy, title_skills)
        if req is None:
            log.debug("no requirement in a %s line", "required" if required else "preferred")
            continue
        key = (req.kind, req.required, req.skills, req.min_years, req.degree)
        if key in seen:
            continue
        seen.add(key)
        counters[required] += 1
        req_id = f"{'R' if required else 'P'}{counters[required]}"
        reqs.append(replace(req, id=req_id))
    if not reqs:
        raise InvalidJobDescription("no requirement found in the job description")
    return JobDescription(title=title, text=text, requirements=tuple(reqs))


def find_title(lines: Sequence[str]) -> str:
    """The job title: the first short line near the top naming a role."""
    for line in lines[:15]:
        clean = re.sub(r"(?i)\b(?:job description|job title|position|role)\b\s*:?", "", line)
        clean = clean.strip(" :-–|")
        if clean and len(clean.split()) <= 8 and _TITLE_NOUN.search(clean):
            return clean
    return next((ln.strip() for ln in lines if ln.strip()), "")


def _heading_role(line: str) -> str | None:
    """required | preferred | other if ``line`` is a heading, else None."""
    stripped = line.strip()
    if not stripped or _BULLET.match(line) or len(stripped.split()) > 9:
        return None
    if stripped.endswith((".", ",", ";")) or len(stripped) > 70:
        return None
    if not (stripped.endswith(":") or stripped[0].isupper()):
        return None
    if _PREFERRED_CUE.search(stripped):
        return "preferred"
    if _OTHER_HEADING.search(stripped) and not re.search(
        r"(?i)\b(?:required|requirements|qualifications|must)\b", stripped
    ):
        return "other"
    if _REQUIRED_CUE.search(stripped):
        return "required"
    return "other" if stripped.endswith(":") or stripped.istitle() else None


def _blocks(lines: Sequence[str]) -> list[Block]:
    blocks: list[Block] = [("other", [])]
    for line in lines:
        role = _heading_role(line)
        if role is not None and not _looks_like_item(line, blocks[-1]):
            inline = line.split(":", 1)[1].strip() if ":" in line else ""
            blocks.append((role, [inline] if inline else []))
        elif line.strip():
            blocks[-1][1].append(line)
    return blocks


def _looks_like_item(line: str, block: Block) -> bool:
    """A short capitalised line inside a list of bullets is an item, not a heading."""
    role, body = block
    return (
        role in ("required", "preferred")
        and bool(body)
        and all(_BULLET.match(b) for b in body[-2:])
        and not line.strip().endswith(":")
        and _heading_role(line) == "required"
    )


_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "vs.", "approx.", "incl.", "min.", "e.g.,")


def _sentences(line: str) -> list[str]:
    """The sentences of one line (a bullet or a paragraph), abbreviations kept whole."""
    pieces = [p for p in re.split(r"(?<=[.;!?])\s+(?=[A-Z(])", _BULLET.sub("", line).strip()) if p]
    out: list[str] = []
    for piece in pieces:
        if out and out[-1].lower().endswith(_ABBREVIATIONS):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece.strip())
    return out


def _items(lines: Sequence[str]) -> Iterator[tuple[str, bool]]:
    """``(text, required)`` for every candidate requirement line."""
    blocks = _blocks(lines)
    has_req_blocks = any(role in ("required", "preferred") for role, _ in blocks)
    for role, body in blocks:
        if has_req_blocks and role == "other":
            continue
        for line in body:
            for sentence in _sentences(line):
                if not sentence:
                    continue
                if not has_req_blocks and not _CUE_SENTENCE.search(sentence):
                    continue
                yield sentence, _is_required(sentence, role)


_MUST = re.compile(
    r"(?i)\b(?:is|are) (?:required|mandatory|essential)\b|\bmust\b|^required\b|\(required\)"
)


def _is_required(sentence: str, block_role: str) -> bool:
    """A cue inside the sentence overrides its block ("… is required", "… a plus")."""
    if block_role == "preferred":
        return bool(_MUST.search(sentence))
    return not _PREFERRED_CUE.search(sentence)


def _skills(nlp: Language, text: str) -> tuple[str, ...]:
    doc = requirement_doc(nlp, text)
    return tuple(dict.fromkeys(s.label_ for s in doc.spans["skills"]))


@dataclass(frozen=True, slots=True)
class _Found:
    skills: tuple[str, ...]
    match: MatchMode


def _skill_group(nlp: Language, text: str, title_skills: Sequence[str]) -> _Found:
    """Skills of a requirement and whether any one of them or all are needed."""
    doc = requirement_doc(nlp, text)
    spans = list(doc.spans["skills"])
    # the cue nearest before the listed skills wins: "at least one framework such as X, Y"
    cues = [c for c in _ANY_CUE.finditer(text) if any(s.start_char >= c.end() for s in spans)]
    all_cue = _ALL_CUE.search(text)
    if cues:
        listed = [s for s in spans if s.start_char >= cues[-1].end()]
        return _Found(tuple(dict.fromkeys(s.label_ for s in listed)), "any")
    if all_cue:
        listed = [s for s in spans if s.start_char >= all_cue.end()]
        if len(listed) >= 2:
            return _Found(tuple(dict.fromkeys(s.label_ for s in listed)), "all")
    names = tuple(dict.fromkeys(s.label_ for s in spans))
    if len(names) > 1:
        non_title = tuple(n for n in names if n not in title_skills)
        names = non_title or names
    match: MatchMode = "all"
    if len(spans) >= 2:
        between = [text[a.end_char : b.start_char] for a, b in itertools.pairwise(spans)]
        if any(re.search(r"(?i)\bor\b|/", gap) for gap in between) and not any(
            re.search(r"(?i)\band\b", gap) for gap in between
        ):
            match = "any"
    return _Found(names, match)


def _years(text: str) -> tuple[float | None, float | None]:
    m = _YEARS.search(text)
    if not m:
        return None, None
    if m.group("min"):
        return float(m.group("min")), float(m.group("max"))
    if m.group("only"):
        return float(m.group("only")), None
    return float(NUMBER_WORDS[m.group("word").lower()]), None


def _degree(text: str) -> tuple[str | None, tuple[str, ...], bool]:
    if not _DEGREE_WORD.search(text):
        return None, (), False
    level = None
    for name, pattern in reversed(LEVELS):  # the lowest level named is the minimum
        if pattern.search(text):
            level = name
            break
    if level is None and re.search(r"(?i)\bdegree\b", text):
        level = "bachelor"
    fields = []
    rest = text
    while True:
        f = find_field(rest)
        if not f:
            break
        fields.append(f)
        pattern = next(x.pattern for x in fields_of_study() if x.name == f)
        m = pattern.search(rest)
        rest = rest[m.end() :] if m else ""
    return level, tuple(dict.fromkeys(fields)), bool(_RELATED.search(text))


def make_requirement(
    text: str,
    required: bool,
    nlp: Language,
    taxonomy: Taxonomy,
    title_skills: Sequence[str] = (),
) -> Requirement | None:
    """One requirement from one bullet, or None when it names nothing checkable."""
    found = _skill_group(nlp, text, title_skills)
    skills = found.skills
    min_years, max_years = _years(text)
    degree, fields, related = _degree(text)
    role = ""
    kind: RequirementKind
    if degree is not None:
        kind = "education"
        skills = ()
    elif min_years is not None and re.search(r"(?i)experience|years? (?:as|in|of|with)", text):
        kind = "experience"
        m = _ROLE.search(text)
        role = m.group("role").strip() if m else ""
        if role:
            skills = _skills(nlp, role) or skills
    elif any(taxonomy.type_of(s) == "certification" for s in skills):
        kind = "certification"
        skills = tuple(s for s in skills if taxonomy.type_of(s) == "certification")
    elif skills and all(taxonomy.type_of(s) == "soft" for s in skills):
        kind = "soft"
    elif skills:
        kind = "skill"
        skills = tuple(s for s in skills if taxonomy.type_of(s) != "soft") or skills
    else:
        return None
    if kind == "certification" and not _CERT_WORD.search(text) and len(skills) == 0:
        return None
    return Requirement(
        id="",
        label=make_label(
            kind, skills, found.match, min_years, max_years, degree, fields, role, related
        ),
        text=text,
        kind=kind,
        required=required,
        match=found.match if kind in ("skill", "soft", "certification", "experience") else "all",
        skills=skills,
        min_years=min_years,
        max_years=max_years,
        degree=degree,
        fields=fields,
        related_fields_ok=related,
        role=role,
    )


_DEGREE_NAMES = {
    "high_school": "High school",
    "associate": "Associate's",
    "bachelor": "Bachelor's",
    "master": "Master's",
    "doctorate": "Doctorate",
}


def make_label(
    kind: str,
    skills: Sequence[str],
    match: str,
    min_years: float | None,
    max_years: float | None,
    degree: str | None,
    fields: Sequence[str],
    role: str,
    related: bool,
) -> str:
    """A short readable label: ``Django / Flask / Pyramid``, ``3-5 yrs as Python Developer``."""
    joiner = " / " if match == "any" else " + "
    if kind == "education":
        label = _DEGREE_NAMES.get(degree or "", "Degree")
        if fields:
            label += " in " + " / ".join(fields) + (" (or related)" if related else "")
        return label
    if kind == "experience":
        low = f"{min_years or 0:g}"
        years = f"{low}-{max_years:g} yrs" if max_years is not None else f"{low}+ yrs"
        what = f"as {role}" if role else (joiner.join(skills) or "experience")
        return f"{years} {what}"
    return joiner.join(skills)
