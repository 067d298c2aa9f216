"""Explanations: for one candidate, each requirement's status and the résumé evidence for it.

Computed on demand for a human reader, from a :class:`~screener.screening.Screening`: the
status and fulfilment come from the same satisfaction matrix the ranking uses (so they agree
with the CSV's ``missing_required`` / ``matched_preferred``), and the evidence from the
candidate's extracted résumé: the line each skill was found on, its section, and the dates of
the role it sits in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from screener.extract.experience import fitting_roles, merged_months, role_interval
from screener.extract.taxonomy import Taxonomy
from screener.records import Requirement, Resume, Role, SkillMention, degree_rank
from screener.score import (
    MET,
    SHOWN_SECTIONS,
    blend_shares,
    coverage,
    requirement_weights,
    satisfaction,
)
from screener.screening import Screening
from screener.weights import Weights, load_weights

Status = Literal["met", "partial", "unmet"]


@dataclass(frozen=True, slots=True)
class Evidence:
    """One piece of résumé evidence for a requirement."""

    skill: str  # the requirement's skill it counts for ("" for a degree or overall years)
    found: str  # what the résumé names (canonical): the skill itself or one implying it
    snippet: str  # the line it was found on, as written
    section: str  # canonical section name ("experience", "skills" …), "" if none
    role: str = ""  # "title | employer" of the dated role it sits in, "" if none
    start: dt.date | None = None  # the role's dates (end None: present)
    end: dt.date | None = None

    @property
    def shown(self) -> bool:
        """Shown in use (experience or projects), not only listed."""
        return self.section in SHOWN_SECTIONS

    @property
    def dates(self) -> str:
        """``2019-03 – 2021-06`` (months inclusive) or ``2019-03 – present`` for evidence in
        a dated role, else ""."""
        if self.start is None:
            return ""
        last = self.end - dt.timedelta(days=1) if self.end else None  # ends are exclusive
        end = last.strftime("%Y-%m") if last else "present"
        return f"{self.start.strftime('%Y-%m')} – {end}"


@dataclass(frozen=True, slots=True)
class CellEvidence:
    """One (candidate, requirement) cell of the satisfaction matrix, explained."""

    requirement: Requirement
    status: Status
    fulfilment: float  # in [0, 1]: the share of the requirement met (the CSV's percentage)
    weighted: float  # in [0, 1]: what the score counts (evidence factors applied)
    evidence: tuple[Evidence, ...]
    missing: tuple[str, ...] = ()  # skills of an all-of item with no evidence
    note: str = ""  # e.g. "2.0 of 3 years", "Bachelor in Computer Science"


@dataclass(frozen=True, slots=True)
class ScoreParts:
    """What one candidate's score is made of: each part in [0, 1] and its share of the
    blend (the shares sum to 1; ``score`` is the CSV's score before rounding)."""

    requirements: float  # the weighted share of the requirements met
    text_match: float  # TF-IDF text match with the JD, relative to the closest résumé
    semantic: float  # semantic similarity, relative to the closest (0 when not computed)
    requirements_share: float
    text_share: float
    semantic_share: float

    @property
    def score(self) -> float:
        return 100.0 * (
            self.requirements_share * self.requirements
            + self.text_share * self.text_match
            + self.semantic_share * self.semantic
        )


def score_parts(screening: Screening, candidate: int, weights: Weights | None = None) -> ScoreParts:
    """The parts of candidate row ``candidate``'s score under ``weights`` (see
    :func:`~screener.score.scores`, which blends them)."""
    weights = weights or load_weights()
    features = screening.features_.take([candidate])
    _met, weighted = satisfaction(features, screening.requirements, weights)
    met = coverage(weighted, requirement_weights(screening.requirements, weights))
    share, text, sem = blend_shares(weights)
    semantic = features.semantic
    return ScoreParts(
        requirements=float(met[0]),
        text_match=float(features.similarity[0]),
        semantic=float(semantic[0]) if semantic is not None else 0.0,
        requirements_share=share,
        text_share=text,
        semantic_share=sem if semantic is not None else 0.0,
    )


def status_of(fulfilment: float) -> Status:
    return "met" if fulfilment >= MET else "partial" if fulfilment > 0 else "unmet"


def explain(
    screening: Screening, candidate: int, weights: Weights | None = None
) -> list[CellEvidence]:
    """Every requirement of ``screening`` for candidate row ``candidate``, in JD order.

    Evidence needs the extracted résumés; a screening loaded from disk has none, and its
    cells carry status and fulfilment only.
    """
    weights = weights or load_weights()
    features = screening.features_.take([candidate])
    met, weighted = satisfaction(features, screening.requirements, weights)
    resume = screening.resumes[candidate] if screening.resumes else None
    as_of = screening.as_of or dt.date.today()
    out = []
    for r, req in enumerate(screening.requirements):
        evidence: tuple[Evidence, ...] = ()
        missing: tuple[str, ...] = ()
        note = ""
        if resume is not None:
            evidence, missing, note = _evidence(req, resume, screening.taxonomy, as_of)
        out.append(
            CellEvidence(
                requirement=req,
                status=status_of(float(met[0, r])),
                fulfilment=float(met[0, r]),
                weighted=float(weighted[0, r]),
                evidence=evidence,
                missing=missing,
                note=note,
            )
        )
    return out


def _evidence(
    req: Requirement, resume: Resume, taxonomy: Taxonomy, as_of: dt.date
) -> tuple[tuple[Evidence, ...], tuple[str, ...], str]:
    if req.kind == "education":
        return _education(req, resume)
    if req.kind == "experience":
        return _experience(req, resume, taxonomy, as_of)
    found: list[Evidence] = []
    missing = []
    for skill in req.skills:
        items = skill_evidence(skill, resume, taxonomy)
        if not items:
            missing.append(skill)
        found += items
    if req.match == "any" and len(missing) < len(req.skills):
        missing = []
    return _dedupe(found), tuple(missing), ""


def _dedupe(items: Sequence[Evidence]) -> tuple[Evidence, ...]:
    """One item per (skill found, line): a mention of Jinja2 evidences both "Server-side
    templating" and "Jinja2" of one any-of item; keep it under the skill it names."""
    best: dict[tuple[str, str], Evidence] = {}
    for e in items:
        key = (e.found, e.snippet)
        if key not in best or (e.skill == e.found and best[key].skill != best[key].found):
            best[key] = e
    order = {id(e): n for n, e in enumerate(items)}
    kept = sorted(best.values(), key=lambda e: order[id(e)])
    return tuple(sorted(kept, key=lambda e: not e.shown))


def skill_evidence(skill: str, resume: Resume, taxonomy: Taxonomy) -> list[Evidence]:
    """Mentions of ``skill`` or of a skill implying it, one per line, shown ones first."""
    seen: set[tuple[str, str]] = set()
    out = []
    for m in resume.skills:
        if m.name != skill and skill not in taxonomy.ancestors(m.name):
            continue
        key = (m.name, m.sentence or m.text)
        if key in seen:
            continue
        seen.add(key)
        out.append(_mention(skill, m, resume.roles))
    return sorted(out, key=lambda e: (not e.shown, e.found != skill))


def _mention(skill: str, m: SkillMention, roles: Sequence[Role]) -> Evidence:
    role = role_at(roles, m.start)
    return Evidence(
        skill=skill,
        found=m.name,
        snippet=(m.sentence or m.text).strip(),
        section=m.section,
        role=_role_name(role) if role else "",
        start=role.start if role else None,
        end=role.end if role else None,
    )


def role_at(roles: Sequence[Role], offset: int) -> Role | None:
    """The dated role whose entry holds character ``offset`` of the résumé, if any."""
    return next((r for r in roles if r.offset <= offset < r.offset + len(r.text)), None)


def _role_name(role: Role) -> str:
    return " | ".join(p for p in (role.title, role.employer) if p)


def _role_items(roles: Sequence[Role]) -> tuple[Evidence, ...]:
    """Each role as evidence of experience in itself."""
    return tuple(
        Evidence("", "", _role_name(ro), "experience", _role_name(ro), ro.start, ro.end)
        for ro in roles
    )


def _education(
    req: Requirement, resume: Resume
) -> tuple[tuple[Evidence, ...], tuple[str, ...], str]:
    need = degree_rank(req.degree)
    ranked = sorted(
        resume.education,
        key=lambda e: (e.field in req.fields, degree_rank(e.level) >= need, degree_rank(e.level)),
        reverse=True,
    )
    items = tuple(
        Evidence(skill="", found=e.field or e.degree, snippet=e.text.strip(), section="education")
        for e in ranked
    )
    note = ""
    if ranked:
        best = ranked[0]
        note = f"{best.level.replace('_', ' ')}" + (f" in {best.field}" if best.field else "")
    return items, (), note


def _experience(
    req: Requirement, resume: Resume, taxonomy: Taxonomy, as_of: dt.date
) -> tuple[tuple[Evidence, ...], tuple[str, ...], str]:
    """The dated roles that count: those titled as the item's role ("as a Python
    Developer", see :func:`~screener.extract.experience.fitting_roles`), else those naming
    a requirement skill (or one implying it, the role's title included), or every role
    when the item names neither."""
    need = f"{req.min_years:g}" if req.min_years else "1"
    if req.role:
        roles = fitting_roles(resume, req.role, req.skills, taxonomy.ancestors, req.match)
        got = merged_months([role_interval(ro, as_of) for ro in roles]) / 12.0
        note = f"{got:.1f} of {need} years as {req.role}"
        return _role_items(roles), () if roles else req.skills, note
    if not req.skills:
        items = _role_items(resume.roles)
        return items, (), f"{resume.experience_years:.1f} of {need} years in all"
    items_list: list[Evidence] = []
    years: list[float] = []
    missing = []
    for skill in req.skills:
        spans = []
        for ro in resume.roles:
            lo, hi = ro.offset, ro.offset + len(ro.text)
            hits = [
                m
                for m in resume.skills
                if lo <= m.start < hi and (m.name == skill or skill in taxonomy.ancestors(m.name))
            ]
            if hits:
                spans.append(role_interval(ro, as_of))
                m = hits[0]
                items_list.append(
                    Evidence(
                        skill=skill,
                        found=m.name,
                        snippet=(m.sentence or m.text).strip(),
                        section=m.section,
                        role=_role_name(ro),
                        start=ro.start,
                        end=ro.end,
                    )
                )
        years.append(merged_months(spans) / 12.0)
        if not spans:
            missing.append(skill)
    got = max(years) if req.match == "any" else sum(years) / len(years)
    what = "with " + " / ".join(req.skills)
    if req.match == "any" and len(missing) < len(req.skills):
        missing = []
    return tuple(items_list), tuple(missing), f"{got:.1f} of {need} years {what}"
