"""Editable requirements: a JD's requirement list as YAML, written and read back.

A recruiter exports the parse (``screener jd JD --export req.yaml``), edits it — any item's
``weight``, ``kind``, ``required`` (or preferred), ``match`` (any-of / all-of), ``skills``,
``min_years`` … or deletes it — and scores against the edited file
(``screener score --requirements req.yaml …``). Reading validates every item and raises
:class:`~screener.errors.InvalidRequirements` naming the item and the field at fault.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from typing import Any, get_args

import yaml

from screener.errors import InvalidRequirements
from screener.extract.education import fields_of_study, find_field
from screener.extract.taxonomy import Taxonomy, load_taxonomy
from screener.jd import make_label
from screener.records import (
    DEGREE_LEVELS,
    JobDescription,
    MatchMode,
    Requirement,
    RequirementKind,
)
from screener.weights import MAX_WEIGHT

KINDS: tuple[str, ...] = get_args(RequirementKind)
MATCHES: tuple[str, ...] = get_args(MatchMode)
#: Keys of one item, in the order they are written.
ITEM_KEYS = (
    "id",
    "label",
    "required",
    "kind",
    "match",
    "skills",
    "min_years",
    "max_years",
    "degree",
    "fields",
    "related_fields_ok",
    "role",
    "weight",
    "text",
)

HEADER = """\
# Requirements read from a job description by screener. Edit, then score with
#   screener score JD RESUMES... --requirements THIS.yaml -o ranked.csv
# Per item you may change: required (true/false), kind (skill, experience, education,
# certification, soft), match (any: one of the skills is enough; all: each counts for an
# equal share), skills (taxonomy names or aliases), min_years / max_years, degree
# (high_school, associate, bachelor, master, doctorate), fields, weight (default 1.0);
# delete an item to drop it. Delete a label to have it written again from the item.
"""


def requirements_to_yaml(jd: JobDescription) -> str:
    """``jd``'s requirement list as commented YAML (inverse: :func:`requirements_from_yaml`)."""
    items = []
    for r in jd.requirements:
        item: dict[str, Any] = {}
        for key in ITEM_KEYS:
            value = getattr(r, key)
            item[key] = list(value) if isinstance(value, tuple) else value
        items.append(item)
    body = yaml.safe_dump(
        {"title": jd.title, "requirements": items},
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=None,
    )
    return HEADER + body


def save_requirements(jd: JobDescription, path: str | os.PathLike[str]) -> None:
    """Write ``jd``'s requirements to ``path`` as YAML (atomically)."""
    from screener.report import write_atomic

    write_atomic(path, requirements_to_yaml(jd).encode("utf-8"))


def load_requirements(
    path: str | os.PathLike[str], taxonomy: Taxonomy | None = None
) -> JobDescription:
    """The job description held by a requirements YAML file, validated."""
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except OSError as exc:
        raise InvalidRequirements(
            f"cannot read requirements file {os.fspath(path)}: {exc.strerror}"
        ) from exc
    return requirements_from_yaml(text, taxonomy, source=os.fspath(path))


def requirements_from_yaml(
    text: str, taxonomy: Taxonomy | None = None, *, source: str = "requirements"
) -> JobDescription:
    """Parse and validate requirements YAML; skill and field names are canonicalised."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise InvalidRequirements(f"{source} is not valid YAML: {exc}") from exc
    if not isinstance(data, Mapping) or not isinstance(data.get("requirements"), list):
        raise InvalidRequirements(f"{source} needs a top-level 'requirements:' list")
    unknown = set(data) - {"title", "requirements"}
    if unknown:
        raise InvalidRequirements(f"{source}: unknown top-level key(s) {sorted(unknown)}")
    taxonomy = taxonomy or load_taxonomy()
    reqs: list[Requirement] = []
    for n, item in enumerate(data["requirements"], start=1):
        reqs.append(_requirement(item, n, taxonomy, source))
    if not reqs:
        raise InvalidRequirements(f"{source} lists no requirement")
    ids = [r.id for r in reqs]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise InvalidRequirements(f"{source}: duplicate id(s) {dupes}")
    title = data.get("title") or ""
    if not isinstance(title, str):
        raise InvalidRequirements(f"{source}: title must be text")
    return JobDescription(
        title=title, text="\n".join(r.text for r in reqs), requirements=tuple(reqs)
    )


def _requirement(item: object, n: int, taxonomy: Taxonomy, source: str) -> Requirement:
    where = f"{source}, item {n}"
    if not isinstance(item, Mapping):
        raise InvalidRequirements(f"{where}: each requirement must be a mapping of keys")
    if item.get("id"):
        where = f"{source}, item {n} ({item['id']})"
    unknown = set(item) - set(ITEM_KEYS)
    if unknown:
        raise InvalidRequirements(
            f"{where}: unknown key(s) {sorted(map(str, unknown))}; allowed: {', '.join(ITEM_KEYS)}"
        )
    kind = item.get("kind", "skill")
    if kind not in KINDS:
        raise InvalidRequirements(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
    match = item.get("match", "all")
    if match not in MATCHES:
        raise InvalidRequirements(f"{where}: match {match!r} is not 'any' or 'all'")
    required = item.get("required", True)
    if not isinstance(required, bool):
        raise InvalidRequirements(f"{where}: required must be true or false, not {required!r}")
    related = item.get("related_fields_ok", False)
    if not isinstance(related, bool):
        raise InvalidRequirements(f"{where}: related_fields_ok must be true or false")
    weight = _number(item.get("weight", 1.0), "weight", where)
    if weight is None or weight > MAX_WEIGHT:
        raise InvalidRequirements(f"{where}: weight must be a number from 0 to {MAX_WEIGHT:g}")
    min_years = _number(item.get("min_years"), "min_years", where)
    max_years = _number(item.get("max_years"), "max_years", where)
    if min_years is not None and max_years is not None and max_years < min_years:
        raise InvalidRequirements(f"{where}: max_years {max_years:g} < min_years {min_years:g}")
    skills = tuple(
        _skill(s, taxonomy, where) for s in _strings(item.get("skills"), "skills", where)
    )
    fields = tuple(_field(f, where) for f in _strings(item.get("fields"), "fields", where))
    degree = item.get("degree")
    if degree is not None and degree not in DEGREE_LEVELS:
        raise InvalidRequirements(
            f"{where}: degree {degree!r} is not one of {', '.join(DEGREE_LEVELS)}"
        )
    role = item.get("role") or ""
    text = item.get("text") or ""
    label = item.get("label") or ""
    if not all(isinstance(v, str) for v in (role, text, label)):
        raise InvalidRequirements(f"{where}: role, text and label must be text")
    if kind == "education" and degree is None:
        raise InvalidRequirements(f"{where}: an education item needs a degree level")
    if kind == "experience" and min_years is None:
        raise InvalidRequirements(f"{where}: an experience item needs min_years")
    if kind in ("skill", "soft", "certification") and not skills:
        raise InvalidRequirements(f"{where}: a {kind} item needs at least one skill")
    req_id = str(item.get("id") or f"{'R' if required else 'P'}{n}")
    label = label or make_label(
        kind, skills, match, min_years, max_years, degree, fields, role, related
    )
    return Requirement(
        id=req_id,
        label=label,
        text=text or label,
        kind=kind,
        required=required,
        match=match,
        skills=skills,
        min_years=min_years,
        max_years=max_years,
        degree=degree,
        fields=fields,
        related_fields_ok=related,
        role=role,
        weight=weight,
    )


def _number(value: object, name: str, where: str) -> float | None:
    if value is None:
        return None
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value < 0
    ):
        raise InvalidRequirements(f"{where}: {name} must be a number >= 0 or null, not {value!r}")
    return float(value)


def _strings(value: object, name: str, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InvalidRequirements(f"{where}: {name} must be a list of names")
    return list(value)


def _skill(name: str, taxonomy: Taxonomy, where: str) -> str:
    """The canonical taxonomy name of ``name`` (an alias is accepted)."""
    if name in taxonomy:
        return name
    found = taxonomy.lookup(name)
    if found is None:
        raise InvalidRequirements(
            f"{where}: unknown skill {name!r}",
            hint="Use a skill name or alias from the taxonomy (data/taxonomy/skills.csv), "
            "or pass --taxonomy with one that has it",
        )
    return found


def _field(name: str, where: str) -> str:
    names = {f.name for f in fields_of_study()}
    if name in names:
        return name
    found = find_field(name)
    if not found:
        raise InvalidRequirements(
            f"{where}: unknown field of study {name!r}",
            hint="Use a field from data/taxonomy/fields.csv (e.g. Computer Science)",
        )
    return found
