"""Could a filter learned from the gold labels lift skill precision to the target? An experiment.

The dotin gold is incomplete: about half of the extractor's test false positives are genuine
skills the annotators left unmarked (``audit_skill_fps.py``). Rules that only remove real
errors therefore cannot reach precision 0.85 against this gold. This script asks the other
question: how far could a filter get that *learns what the annotators marked*?

It fits a logistic regression on the extractor's mentions in the TRAIN split (label: the
span overlaps a gold skill label; résumés with no skill label at all are left out), with
features a filter could see: the canonical skill, the section, two words either side, how
many skills share the line, line length, casing, span length and position in the résumé.
It then keeps the TEST mentions scored at or above each threshold and prints precision
(against any skill label) and Tech Tools recall exactly as ``eval_extraction.py`` counts
them, and the best precision at recall >= 0.65.

Choosing the threshold on the test split makes that figure an upper bound for this filter.
Nothing here is shipped: the extractor does not use a model fitted to evaluation data (the
project ships only data it authors, and such a filter drops genuine skills the annotators
happened not to mark). Skips cleanly when ``../shared`` is absent.

    python benchmarks/skill_filter_bound.py
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_extraction as ev  # benchmarks/ is not a package

RECALL_FLOOR = 0.65
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(0, 19))
_WORD = re.compile(r"[a-z]+")

Features = dict[str, float]


@dataclass
class Doc:
    labelled: bool  # has at least one skill label
    spans: list[tuple[int, int]]  # predicted skill spans
    rows: list[int]  # index of each span's feature row
    tech: list[tuple[int, int]]  # gold Tech Tools spans


def features(text: str, start: int, end: int, name: str, section: str, line_n: int) -> Features:
    """What a filter could know about one mention (no gold)."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    line = text[ls : le if le >= 0 else len(text)]
    surface = text[start:end]
    left = _WORD.findall(text[max(0, start - 40) : start].lower())[-2:]
    right = _WORD.findall(text[end : end + 40].lower())[:2]
    f: Features = {
        f"skill={name}": 1.0,
        f"section={section}": 1.0,
        f"on_line={min(line_n, 6)}": 1.0,
        f"line_len={min(len(line) // 40, 6)}": 1.0,
        f"words={min(len(surface.split()), 3)}": 1.0,
        f"position={min(10 * start // max(1, len(text)), 9)}": 1.0,
        "list_line": float(line.count(",") > 1),
        "upper": float(surface.isupper()),
        "title": float(surface.istitle()),
        "lower": float(surface.islower()),
    }
    for w in left:
        f[f"left={w}"] = 1.0
    for w in right:
        f[f"right={w}"] = 1.0
    if left:
        f[f"left1={left[-1]}"] = 1.0
    if right:
        f[f"right1={right[0]}"] = 1.0
    return f


def collect(split: str, nlp: object) -> tuple[list[Features], list[bool], list[Doc]]:
    from screener import extract_resume

    rows: list[Features] = []
    labels: list[bool] = []
    docs: list[Doc] = []
    for path in sorted((ev.EVAL / ev.SPLITS[split]).rglob("*.xml")):
        g = ev.load_gold(path)
        gold = [s for lab in ev.SKILL_LABELS for s in g.spans.get(lab, [])]
        skills = extract_resume(g.text, source=g.file, nlp=nlp, as_of=ev.AS_OF).skills  # type: ignore[arg-type]
        line_of = [g.text.count("\n", 0, m.start) for m in skills]
        per_line = {n: line_of.count(n) for n in line_of}
        doc = Doc(bool(gold), [], [], g.spans.get("Tech Tools", []))
        for m, n in zip(skills, line_of, strict=True):
            doc.spans.append((m.start, m.end))
            doc.rows.append(len(rows))
            rows.append(features(g.text, m.start, m.end, m.name, m.section, per_line[n]))
            labels.append(ev.overlaps((m.start, m.end), gold))
        docs.append(doc)
    return rows, labels, docs


def precision_recall(
    keep: Sequence[bool], labels: Sequence[bool], docs: Sequence[Doc]
) -> tuple[float, float]:
    kept = sum(keep)
    correct = sum(k and y for k, y in zip(keep, labels, strict=True))
    n_tech = recalled = 0
    for d in docs:
        spans = [s for s, i in zip(d.spans, d.rows, strict=True) if keep[i]]
        n_tech += len(d.tech)
        recalled += sum(ev.overlaps(t, spans) for t in d.tech)
    return (correct / kept if kept else 0.0), (recalled / n_tech if n_tech else 0.0)


def main() -> int:
    if not ev.EVAL.is_dir():
        print(f"{ev.EVAL} not found: skipping the learned-filter bound")
        return 0
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from screener.extract.nlp import build_nlp

    nlp = build_nlp()
    x_train, y_train, d_train = collect("train", nlp)
    x_test, y_test, d_test = collect("test", nlp)
    fit_rows = [i for d in d_train if d.labelled for i in d.rows]
    vec = DictVectorizer()
    a = vec.fit_transform([x_train[i] for i in fit_rows])
    clf = LogisticRegression(C=0.3, max_iter=2000).fit(a, [y_train[i] for i in fit_rows])
    p = clf.predict_proba(vec.transform(x_test))[:, 1]
    print(
        f"learned mention filter: fitted on {len(fit_rows)} train mentions "
        f"({sum(d.labelled for d in d_train)} labelled résumés), applied to "
        f"{len(x_test)} test mentions ({len(d_test)} résumés)\n"
    )
    print(f"{'threshold':>9} {'kept':>6} {'P':>6} {'R':>6}")
    best: tuple[float, float, float] | None = None
    for th in THRESHOLDS:
        keep = [bool(v >= th) for v in p]
        prec, rec = precision_recall(keep, y_test, d_test)
        print(f"{th:>9.2f} {sum(keep):>6} {prec:>6.3f} {rec:>6.3f}")
        if rec >= RECALL_FLOOR and (best is None or prec > best[1]):
            best = (th, prec, rec)
    if best is None:
        print(f"\nno threshold keeps Tech Tools recall >= {RECALL_FLOOR}")
    else:
        th, prec, rec = best
        print(
            f"\nbest precision at Tech Tools recall >= {RECALL_FLOOR}: {prec:.3f} "
            f"(threshold {th:.2f}, recall {rec:.3f}; threshold chosen on test, so an upper "
            "bound for this filter); target precision 0.85"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
