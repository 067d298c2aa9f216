"""The skills taxonomy: canonical names, aliases, types and implied parents."""

from __future__ import annotations

import csv
import functools
import hashlib
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from screener.errors import InvalidTaxonomy

COLUMNS = ("name", "aliases", "category", "type", "parents", "ambiguous_aliases")
SKILL_TYPES = frozenset({"hard", "soft", "certification"})


def resource_path(name: str) -> Path:
    """Path of a file shipped in ``screener/resources`` (symlinks into data/ and models/)."""
    return Path(str(resources.files("screener") / "resources" / name))


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(p.strip() for p in (cell or "").split("|") if p.strip())


@dataclass(frozen=True, slots=True)
class Skill:
    name: str
    category: str
    type: str  # hard | soft | certification
    aliases: tuple[str, ...] = ()
    parents: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()  # case-sensitive surface forms matched only in context

    @property
    def plain_forms(self) -> tuple[str, ...]:
        """Surface forms matched case-insensitively anywhere."""
        forms = () if self.name in self.ambiguous else (self.name,)
        return forms + self.aliases


class Taxonomy:
    """An immutable set of skills with their implied-parent graph.

    ``ancestors("Django")`` is every skill that Django implies (Python, Web framework);
    a requirement naming a parent is satisfied by any of its descendants.
    """

    def __init__(self, skills: Iterable[Skill]) -> None:
        self.skills: dict[str, Skill] = {}
        for s in skills:
            if s.name in self.skills:
                raise InvalidTaxonomy(f"duplicate skill name {s.name!r}")
            if s.type not in SKILL_TYPES:
                raise InvalidTaxonomy(f"skill {s.name!r} has unknown type {s.type!r}")
            self.skills[s.name] = s
        for s in self.skills.values():
            for p in s.parents:
                if p not in self.skills:
                    raise InvalidTaxonomy(f"skill {s.name!r} names unknown parent {p!r}")
        self._lower: dict[str, str] = {}
        for s in self.skills.values():
            for form in (s.name, *s.aliases, *s.ambiguous):
                self._lower.setdefault(form.lower(), s.name)
        self._ancestors: dict[str, frozenset[str]] = {}
        for name in self.skills:
            self._ancestors[name] = self._walk(name, ())
        children: dict[str, set[str]] = {n: set() for n in self.skills}
        for name, anc in self._ancestors.items():
            for a in anc:
                children[a].add(name)
        self._descendants = {n: frozenset(c) for n, c in children.items()}
        digest = hashlib.sha256()
        for s in sorted(self.skills.values(), key=lambda s: s.name):
            digest.update(repr(s).encode())
        self.fingerprint = digest.hexdigest()[:16]

    def _walk(self, name: str, path: tuple[str, ...]) -> frozenset[str]:
        if name in path:
            raise InvalidTaxonomy(f"cycle in parents: {' -> '.join((*path, name))}")
        out: set[str] = set()
        for p in self.skills[name].parents:
            out.add(p)
            out |= self._walk(p, (*path, name))
        return frozenset(out)

    def __len__(self) -> int:
        return len(self.skills)

    def __contains__(self, name: object) -> bool:
        return name in self.skills

    def ancestors(self, name: str) -> frozenset[str]:
        return self._ancestors.get(name, frozenset())

    def descendants(self, name: str) -> frozenset[str]:
        return self._descendants.get(name, frozenset())

    def lookup(self, surface: str) -> str | None:
        """Canonical name for a surface form (case-insensitive), or None."""
        return self._lower.get(surface.strip().lower())

    def type_of(self, name: str) -> str:
        return self.skills[name].type

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, str | None]]) -> Taxonomy:
        skills = []
        for i, row in enumerate(rows, start=2):
            name = (row.get("name") or "").strip()
            if not name:
                raise InvalidTaxonomy(f"row {i}: empty name")
            skills.append(
                Skill(
                    name=name,
                    category=(row.get("category") or "").strip(),
                    type=(row.get("type") or "hard").strip(),
                    aliases=_split(row.get("aliases")),
                    parents=_split(row.get("parents")),
                    ambiguous=_split(row.get("ambiguous_aliases")),
                )
            )
        return cls(skills)

    @classmethod
    def from_csv(cls, path: str | os.PathLike[str]) -> Taxonomy:
        return cls.from_rows(read_taxonomy_rows(path))


def read_taxonomy_rows(path: str | os.PathLike[str]) -> list[dict[str, str]]:
    """The rows of a taxonomy CSV in the project's format, cells stripped."""
    try:
        with open(path, newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            missing = set(COLUMNS[:4]) - set(reader.fieldnames or ())
            if missing:
                raise InvalidTaxonomy(f"{path}: missing columns {sorted(missing)}")
            return [{c: (r.get(c) or "").strip() for c in COLUMNS} for r in reader]
    except OSError as exc:
        raise InvalidTaxonomy(f"cannot read taxonomy {path}: {exc.strerror}") from exc


@functools.lru_cache(maxsize=8)
def load_taxonomy(path: str | None = None) -> Taxonomy:
    """The taxonomy at ``path``, or the shipped default (cached per path)."""
    return Taxonomy.from_csv(path or resource_path("skills.csv"))
