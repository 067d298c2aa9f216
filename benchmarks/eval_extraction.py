"""Extraction quality on real résumés annotated by hand (dotin résumé NER dataset).

Run with `make eval` (or `python benchmarks/eval_extraction.py --split train`). Skips cleanly
when ../shared/eval is absent. Develop on the train split; report the test split.

Each ``.xml`` file is a résumé whose entities are inline ``<label type="...">`` elements.
The text given to :func:`screener.extract_resume` is the file's text with the tags removed;
gold spans are character offsets into that text.

Two ways of counting, both micro-averaged over the split:

- **spans, any overlap**: a predicted span is correct when it overlaps a gold span of the
  field; a gold span is found when some prediction overlaps it;
- **per-document sets**: lower-cased, whitespace-normalised surface forms, compared per
  document.

For skills, precision counts a predicted span as correct when it overlaps *any* skill label
(Tech Tools, Job Specific Skills or Soft Skills); recall is over Tech Tools.

Also: name exact-match accuracy, email accuracy and highest-degree-level accuracy, each over
the documents whose gold has that field, and the target table with pass / fail.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval" / "dotin_resume_ner"
SPLITS = {"train": "train", "test": "test"}
AS_OF = dt.date(2026, 11, 1)

SKILL_LABELS = ("Tech Tools", "Job Specific Skills", "Soft Skills")
TARGETS = {
    "name accuracy": 0.92,
    "email accuracy": 0.98,
    "skills precision": 0.85,
    "skills recall": 0.65,
    "degree level accuracy": 0.90,
}


@dataclass
class Gold:
    file: str
    text: str
    spans: dict[str, list[tuple[int, int]]] = field(
        default_factory=lambda: collections.defaultdict(list)
    )

    def surface(self, label: str) -> list[str]:
        return [norm(self.text[s:e]) for s, e in self.spans.get(label, [])]


def norm(s: str) -> str:
    return " ".join(s.lower().split())


_BYTE_ESCAPES = re.compile(r"(?:\\x[0-9a-fA-F]{2})+")
_OTHER_ESCAPES = {"\\'": "'", "\\t": "\t", "\\\\": "\\"}


def unescape(text: str) -> str:
    """Undo the dataset's export artefact: many files hold the Python ``repr`` of UTF-8 bytes
    (``\\xe2\\x80\\xa2`` for a bullet, ``\\'`` for an apostrophe). Decoding them restores
    the résumé's characters; the engine never sees the escapes."""
    text = _BYTE_ESCAPES.sub(
        lambda m: bytes.fromhex(m.group(0).replace("\\x", "")).decode("utf-8", "replace"), text
    )
    for raw, char in _OTHER_ESCAPES.items():
        text = text.replace(raw, char)
    return text


def load_gold(path: Path) -> Gold:
    """Text without tags and the labelled character spans."""
    root = ET.parse(path).getroot()
    parts: list[str] = []
    gold = Gold(file=path.name, text="")
    pos = 0

    def walk(el: ET.Element, label: str | None) -> None:
        nonlocal pos
        start = pos
        if el.text:
            parts.append(unescape(el.text))
            pos += len(parts[-1])
        for child in el:
            walk(child, child.get("type") if child.tag == "label" else None)
            if child.tail:
                parts.append(unescape(child.tail))
                pos += len(parts[-1])
        if label:
            # trim surrounding whitespace: annotators often include a trailing newline
            seg = "".join(parts)[start:pos]
            lead = len(seg) - len(seg.lstrip())
            trail = len(seg) - len(seg.rstrip())
            if pos - trail > start + lead:
                gold.spans[label].append((start + lead, pos - trail))

    walk(root, None)
    gold.text = "".join(parts)
    return gold


# --- gold degree level: an evaluation-side reading, deliberately independent of the engine ---

_GOLD_LEVELS = (
    (
        "doctorate",
        r"\bph\.?\s?d|\bdoctor(?:ate| of)|\bed\.?\s?d\b|\bpsy\.?\s?d\b|\bd\.?\s?phil|\bj\.\s?d\b|"
        r"\bjuris doctor",
    ),
    (
        "master",
        r"(?<!scrum )\bmaster|\bm\.?\s?tech|\bm\.?\s?sc|\bm\.?\s?s\b|\bmba\b|\bm\.?\s?b\.?\s?a\b|"
        r"\bmca\b|\bm\.?\s?c\.?\s?a\b|\bm\.?\s?e\b|\bm\.?\s?com|\bm\.?\s?a\b|\bm\.\s?s?\.?\s?ed\b|"
        r"\bpgdm|\bpost ?-?graduat|\bpg\b|\bm\.?\s?phil|\bm\.?\s?eng|\bll\.?\s?m\b",
    ),
    (
        "bachelor",
        r"\bbachelor|\bb\.?\s?tech|\bb\.?\s?e\b|\bb\.?\s?sc|\bb\.?\s?s\b|\bbca\b|\bb\.?\s?c\.?\s?a\b|"
        r"\bb\.?\s?com|\bb\.?\s?a\b|\bbba\b|\bb\.?\s?b\.?\s?a\b|\bb\.?\s?eng|\bgraduat|\bbe\b|"
        r"\bb\.?\s?pharm|\bll\.?\s?b\b|\bb\.?\s?ed\b|\bbs c s\b",
    ),
    ("associate", r"\bdiploma|\bassociate|\bpolytechnic|\bhn[cd]\b|\bfoundation degree|\bfdeg"),
    ("high_school", r"\bhigh school|\bhsc\b|\bssc\b|\b1[02]th\b|\bintermediate|\bsecondary"),
)
_GOLD_PATTERNS = tuple((lvl, re.compile(p, re.IGNORECASE)) for lvl, p in _GOLD_LEVELS)
LEVEL_ORDER = ("high_school", "associate", "bachelor", "master", "doctorate")


def gold_level(surface: str) -> str | None:
    for level, pattern in _GOLD_PATTERNS:
        if pattern.search(surface):
            return level
    return None


def gold_highest_level(g: Gold) -> str | None:
    levels = [lv for lv in (gold_level(s) for s in g.surface("Degree")) if lv]
    return max(levels, key=LEVEL_ORDER.index) if levels else None


# --- counting ---


def overlaps(a: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


@dataclass
class Counts:
    tp_pred: int = 0  # predictions that overlap gold
    n_pred: int = 0
    tp_gold: int = 0  # gold spans overlapped by a prediction
    n_gold: int = 0

    def add_spans(
        self,
        pred: Sequence[tuple[int, int]],
        gold: Sequence[tuple[int, int]],
        gold_for_precision: Sequence[tuple[int, int]] | None = None,
    ) -> tuple[list[int], list[int]]:
        """Count; return indices of false-positive predictions and false-negative gold."""
        prec_gold = gold if gold_for_precision is None else gold_for_precision
        fps = [i for i, p in enumerate(pred) if not overlaps(p, prec_gold)]
        fns = [i for i, g in enumerate(gold) if not overlaps(g, pred)]
        self.n_pred += len(pred)
        self.tp_pred += len(pred) - len(fps)
        self.n_gold += len(gold)
        self.tp_gold += len(gold) - len(fns)
        return fps, fns

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def locate(text: str, needle: str, near: int = 0) -> tuple[int, int] | None:
    """Character span of ``needle`` in ``text``, searching from ``near`` first."""
    if not needle:
        return None
    i = text.find(needle, near)
    if i < 0:
        i = text.find(needle)
    return (i, i + len(needle)) if i >= 0 else None


@dataclass
class Predicted:
    spans: dict[str, list[tuple[int, int]]]
    name: str
    email: str
    level: str


def predict(g: Gold, nlp: object) -> Predicted:
    from screener import extract_resume

    r = extract_resume(g.text, source=g.file, nlp=nlp, as_of=AS_OF)  # type: ignore[arg-type]
    spans: dict[str, list[tuple[int, int]]] = collections.defaultdict(list)
    spans["skills"] = [(m.start, m.end) for m in r.skills]
    for label, found in (("Name", r.name), ("Email Address", r.email)):
        loc = locate(g.text, found) or locate(g.text.lower(), found.lower())
        if loc:
            spans[label].append(loc)
    for role in r.roles:
        for label, value in (("Designation", role.title), ("Companies worked at", role.employer)):
            loc = locate(g.text, value, role.offset)
            if loc:
                spans[label].append(loc)
    for ed in r.education:
        loc = locate(g.text, ed.degree, 0)
        if loc:
            spans["Degree"].append(loc)
    return Predicted(spans=spans, name=r.name, email=r.email, level=r.highest_degree)


def fmt(x: float) -> str:
    return f"{x:.3f}"


def evaluate(
    golds: Iterable[Gold], *, top: int = 15, errors_for: str = "skills", taxonomy: str = ""
) -> dict[str, float]:
    from screener.extract.nlp import build_nlp

    nlp = build_nlp(taxonomy)
    span_counts: dict[str, Counts] = collections.defaultdict(Counts)
    set_counts: dict[str, Counts] = collections.defaultdict(Counts)
    fp_forms: collections.Counter[str] = collections.Counter()
    fn_forms: collections.Counter[str] = collections.Counter()
    name_ok = name_n = email_ok = email_n = level_ok = level_n = 0
    level_confusion: collections.Counter[tuple[str, str]] = collections.Counter()
    n_docs = 0
    elapsed = 0.0
    fields = ("Name", "Email Address", "Designation", "Companies worked at", "Degree")
    for g in golds:
        n_docs += 1
        t0 = time.perf_counter()
        p = predict(g, nlp)
        elapsed += time.perf_counter() - t0
        # skills: recall over Tech Tools, precision against any skill label
        any_skill = [s for lab in SKILL_LABELS for s in g.spans.get(lab, [])]
        tech = g.spans.get("Tech Tools", [])
        pred_sk = p.spans["skills"]
        fps, fns = span_counts["Tech Tools"].add_spans(pred_sk, tech, any_skill)
        span_counts["All skill labels"].add_spans(pred_sk, any_skill)
        if errors_for == "skills":
            fp_forms.update(norm(g.text[pred_sk[i][0] : pred_sk[i][1]]) for i in fps)
            fn_forms.update(norm(g.text[tech[i][0] : tech[i][1]]) for i in fns)
        pred_forms = {norm(g.text[s:e]) for s, e in pred_sk}
        tech_forms = set(g.surface("Tech Tools"))
        any_forms = {f for lab in SKILL_LABELS for f in g.surface(lab)}
        c = set_counts["Tech Tools"]
        c.n_pred += len(pred_forms)
        c.tp_pred += len(pred_forms & any_forms)
        c.n_gold += len(tech_forms)
        c.tp_gold += len(tech_forms & pred_forms)
        for label in fields:
            gs = g.spans.get(label, [])
            ps = p.spans.get(label, [])
            fps, fns = span_counts[label].add_spans(ps, gs)
            if errors_for == label:
                fp_forms.update(norm(g.text[ps[i][0] : ps[i][1]]) for i in fps)
                fn_forms.update(norm(g.text[gs[i][0] : gs[i][1]]) for i in fns)
            pf = {norm(g.text[s:e]) for s, e in ps}
            gf = set(g.surface(label))
            c = set_counts[label]
            c.n_pred += len(pf)
            c.tp_pred += len(pf & gf)
            c.n_gold += len(gf)
            c.tp_gold += len(gf & pf)
        # document-level accuracies
        gold_names = set(g.surface("Name"))
        if gold_names:
            name_n += 1
            name_ok += norm(p.name) in gold_names
        gold_emails = set(g.surface("Email Address"))
        if gold_emails:
            email_n += 1
            email_ok += norm(p.email) in gold_emails
        gl = gold_highest_level(g)
        if gl is not None:
            level_n += 1
            level_ok += p.level == gl
            if p.level != gl:
                level_confusion[(gl, p.level or "-")] += 1

    print(f"\n{n_docs} résumés, extraction {1000 * elapsed / max(n_docs, 1):.1f} ms each\n")
    print(f"{'field':<22} {'P':>6} {'R':>6} {'F1':>6}   {'set P':>6} {'set R':>6} {'set F1':>6}")
    for label in ("Tech Tools", "All skill labels", *fields):
        s, t = span_counts[label], set_counts.get(label)
        sets = f"{fmt(t.precision):>6} {fmt(t.recall):>6} {fmt(t.f1):>6}" if t else ""
        print(f"{label:<22} {fmt(s.precision):>6} {fmt(s.recall):>6} {fmt(s.f1):>6}   {sets}")
    print("(Tech Tools: precision against any skill label; recall over Tech Tools)")
    print(f"\nTop {top} false positives ({errors_for}):")
    print("  " + ", ".join(f"{w} ({n})" for w, n in fp_forms.most_common(top)))
    print(f"Top {top} false negatives ({errors_for}):")
    print("  " + ", ".join(f"{w} ({n})" for w, n in fn_forms.most_common(top)))
    if level_confusion:
        print(
            "Degree level errors (gold → predicted): "
            + ", ".join(f"{a}→{b} ({n})" for (a, b), n in level_confusion.most_common(8))
        )
    results = {
        "name accuracy": name_ok / name_n if name_n else 0.0,
        "email accuracy": email_ok / email_n if email_n else 0.0,
        "skills precision": span_counts["Tech Tools"].precision,
        "skills recall": span_counts["Tech Tools"].recall,
        "degree level accuracy": level_ok / level_n if level_n else 0.0,
    }
    ns = {
        "name accuracy": name_n,
        "email accuracy": email_n,
        "skills precision": span_counts["Tech Tools"].n_pred,
        "skills recall": span_counts["Tech Tools"].n_gold,
        "degree level accuracy": level_n,
    }
    print(f"\n{'target':<24} {'value':>6} {'goal':>6} {'n':>6}  result")
    for key, goal in TARGETS.items():
        value = results[key]
        verdict = "pass" if value >= goal else "FAIL"
        print(f"{key:<24} {fmt(value):>6} {goal:>6.2f} {ns[key]:>6}  {verdict}")
    return results


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=sorted(SPLITS), default="test")
    ap.add_argument("--top", type=int, default=15, help="false positives/negatives to list")
    ap.add_argument("--taxonomy", default="", help="skills taxonomy CSV (default: the shipped one)")
    ap.add_argument(
        "--errors",
        default="skills",
        help="field whose errors are listed: skills, Name, Designation, Degree, ...",
    )
    args = ap.parse_args(argv)
    if not EVAL.is_dir():
        print(f"{EVAL} not found: skipping the extraction evaluation")
        return 0
    sys.path.insert(0, str(ROOT))
    files = sorted((EVAL / SPLITS[args.split]).rglob("*.xml"))
    print(f"dotin résumé NER, {args.split} split: {len(files)} files")
    if args.taxonomy:
        print(f"taxonomy: {args.taxonomy}")
    evaluate(
        (load_gold(f) for f in files),
        top=args.top,
        errors_for=args.errors,
        taxonomy=args.taxonomy,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
