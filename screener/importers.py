"""Merge a standard skills taxonomy (ESCO, O*NET) into a user taxonomy file.

The result is a CSV in the project's own format (``name, aliases, category, type,
parents, ambiguous_aliases``) that ``--taxonomy`` reads. The shipped default stays as it
is: importing writes a new file, by default the shipped taxonomy plus the imported skills.

Merging rules, the same for every source:

- an imported skill whose name or one of whose labels is already a surface form of the
  base (case-insensitively) enriches that skill with its labels that are new anywhere in
  the file; otherwise it becomes a new row;
- a label that another row already owns is dropped, so every surface form keeps one owner;
- labels that are easily words of ordinary prose are matched only in context (they go to
  ``ambiguous_aliases``, which the engine matches case-exactly, as list items or beside
  other skills): one lower-case word (``database``, ``engineering``) and anything of three
  characters or fewer (``R``, ``Go``, ``J``);
- labels shorter than two characters, longer than ``MAX_LABEL_WORDS`` words, or purely
  numeric are skipped.

Sources:

- **ESCO** ``skills_en.csv`` (``preferredLabel``, ``altLabels`` one per line, ``skillType``);
  category ``ESCO skill`` or ``ESCO knowledge``;
- **O*NET** ``Technology Skills.txt`` (tab-separated; ``Example``, ``Commodity Title``,
  ``Hot Technology``, ``In Demand``): each distinct example is a skill whose category is
  its commodity title; ``hot_only`` keeps the Hot Technology ones.
"""

from __future__ import annotations

import csv
import io
import logging
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from screener.errors import InvalidTaxonomy
from screener.extract.taxonomy import COLUMNS, Taxonomy, read_taxonomy_rows, resource_path
from screener.report import write_atomic

log = logging.getLogger(__name__)

#: Labels longer than this many words are sentences, not names one finds in a résumé.
MAX_LABEL_WORDS = 6
_NUMERIC = re.compile(r"^[\d\s.,/+-]+$")
SOURCES = ("esco", "onet")


@dataclass
class ImportedSkill:
    """One skill read from a standard taxonomy, before merging."""

    name: str
    labels: list[str] = field(default_factory=list)  # other names, as written
    category: str = ""


@dataclass
class MergeReport:
    read: int = 0  # skills read from the source
    added: int = 0  # new rows
    enriched: int = 0  # existing rows that gained labels
    labels_added: int = 0
    labels_dropped: int = 0  # owned by another row, or unusable


def _clean(label: str) -> str:
    return " ".join(label.replace("|", "/").split())


def _usable(label: str) -> bool:
    return (
        len(label) >= 2
        and len(label.split()) <= MAX_LABEL_WORDS
        and not _NUMERIC.match(label)
        and "," not in label
    )


def _is_ambiguous(label: str) -> bool:
    """A label that ordinary prose uses as a word: match it only in context."""
    return len(label) <= 3 or (" " not in label and label.islower())


def _context_forms(label: str) -> list[str]:
    """Case-exact forms of a context-only label: ``database`` → database, Database."""
    forms = [label]
    if label.islower():
        forms.append(label[:1].upper() + label[1:])
    return forms


def read_esco(path: str | os.PathLike[str]) -> Iterator[ImportedSkill]:
    """Skills of an ESCO ``skills_en.csv`` export."""
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        missing = {"preferredLabel", "altLabels"} - set(reader.fieldnames or ())
        if missing:
            raise InvalidTaxonomy(
                f"{path}: not an ESCO skills file (no {sorted(missing)})",
                hint="Give the skills_en.csv of an ESCO export (preferredLabel, altLabels)",
            )
        for row in reader:
            name = _clean(row.get("preferredLabel") or "")
            if not name:
                continue
            labels = [_clean(a) for a in (row.get("altLabels") or "").splitlines()]
            kind = (row.get("skillType") or "").split("/")[0].strip() or "skill"
            yield ImportedSkill(name, [a for a in labels if a], f"ESCO {kind}")


def read_onet(path: str | os.PathLike[str], *, hot_only: bool = False) -> Iterator[ImportedSkill]:
    """Distinct technologies of an O*NET ``Technology Skills.txt`` file (tab-separated)."""
    seen: set[str] = set()
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        missing = {"Example", "Commodity Title"} - set(reader.fieldnames or ())
        if missing:
            raise InvalidTaxonomy(
                f"{path}: not an O*NET Technology Skills file (no {sorted(missing)})",
                hint="Give O*NET's tab-separated 'Technology Skills.txt'",
            )
        for row in reader:
            name = _clean(row.get("Example") or "")
            if not name or name.lower() in seen:
                continue
            if hot_only and (row.get("Hot Technology") or "").strip() != "Y":
                continue
            seen.add(name.lower())
            yield ImportedSkill(name, [], _clean(row.get("Commodity Title") or "") or "O*NET")


def read_rows(path: str | os.PathLike[str] | None) -> list[dict[str, str]]:
    """Rows of a taxonomy file in the project's format (the shipped one when ``path`` is
    None), checked by loading them."""
    rows = read_taxonomy_rows(path or resource_path("skills.csv"))
    Taxonomy.from_rows(rows)
    return rows


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


def merge(
    rows: list[dict[str, str]], skills: Iterable[ImportedSkill]
) -> tuple[list[dict[str, str]], MergeReport]:
    """``rows`` (the project's CSV format) with ``skills`` merged in (see the module doc)."""
    rows = [dict(r) for r in rows]
    owner: dict[str, int] = {}  # lower-cased surface form -> row index
    for i, r in enumerate(rows):
        for form in (r["name"], *_split(r["aliases"]), *_split(r["ambiguous_aliases"])):
            owner.setdefault(form.lower(), i)
    names = {r["name"].lower() for r in rows}
    report = MergeReport()
    for skill in skills:
        report.read += 1
        labels = [skill.name, *skill.labels]
        labels = list(dict.fromkeys(a for a in labels if a))
        hits = [owner[a.lower()] for a in labels if a.lower() in owner]
        if hits:
            index = hits[0]
        elif not _usable(skill.name) or skill.name.lower() in names:
            report.labels_dropped += len(labels)
            continue
        else:
            index = len(rows)
            rows.append(
                {
                    "name": skill.name,
                    "aliases": "",
                    "category": skill.category,
                    "type": "hard",
                    "parents": "",
                    "ambiguous_aliases": "",
                }
            )
            names.add(skill.name.lower())
            report.added += 1
        row = rows[index]
        gained = 0
        for label in labels:
            if label.lower() in owner:
                if owner[label.lower()] != index:
                    report.labels_dropped += 1
                continue
            if not _usable(label):
                report.labels_dropped += 1
                continue
            if _is_ambiguous(label):
                # a context-only name is listed verbatim among the ambiguous forms
                forms = [*_split(row["ambiguous_aliases"]), *_context_forms(label)]
                row["ambiguous_aliases"] = "|".join(dict.fromkeys(forms))
            elif label != row["name"]:
                row["aliases"] = "|".join([*_split(row["aliases"]), label])
            owner[label.lower()] = index
            gained += 1
        if hits and gained:
            report.enriched += 1
        report.labels_added += gained
    return rows, report


def to_csv(rows: Iterable[Mapping[str, str]]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    for r in rows:
        writer.writerow({c: r.get(c, "") for c in COLUMNS})
    return out.getvalue().encode("utf-8")


def import_taxonomy(
    source: str,
    path: str | os.PathLike[str],
    output: str | os.PathLike[str],
    *,
    into: str | os.PathLike[str] | None = None,
    hot_only: bool = False,
) -> MergeReport:
    """Merge the ``source`` ("esco" or "onet") file at ``path`` into ``into`` (default: the
    shipped taxonomy) and write the result to ``output`` (atomically).

    Raises :class:`~screener.errors.InvalidTaxonomy` for an unreadable or malformed file.
    """
    if source not in SOURCES:
        raise InvalidTaxonomy(
            f"unknown taxonomy source {source!r}", hint="Use one of: " + ", ".join(SOURCES)
        )
    try:
        if source == "esco":
            skills = list(read_esco(path))
        else:
            skills = list(read_onet(path, hot_only=hot_only))
    except OSError as exc:
        raise InvalidTaxonomy(f"cannot read {path}: {exc.strerror}") from exc
    rows, report = merge(read_rows(into), skills)
    Taxonomy.from_rows(rows)  # the merged file must load
    write_atomic(output, to_csv(rows))
    log.info(
        "imported %d %s skills: %d new, %d enriched",
        report.read,
        source,
        report.added,
        report.enriched,
    )
    return report
