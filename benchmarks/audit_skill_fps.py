"""Audit of skill false positives on the dotin test split: how much of the precision gap is gold.

``eval_extraction.py`` counts a predicted skill span as correct only when it overlaps a gold
span labelled Tech Tools, Job Specific Skills or Soft Skills. The dotin gold is incomplete
(some résumés carry no skill label at all; others label a skill once and leave its other
mentions bare), so part of the measured false positives are genuine skill mentions. This
script measures that share on a fixed random sample judged by hand, instead of arguing it.

Modes::

    python benchmarks/audit_skill_fps.py sample   # draw the sample, print it with context
    python benchmarks/audit_skill_fps.py [report] # the figures (run by ``make eval``)

``sample`` runs the extractor exactly as ``eval_extraction.predict`` does over the TEST split,
collects every false-positive skill span in two strata (documents with at least one skill
label / documents with none), draws ``SAMPLE_SIZE`` spans with allocation proportional to the
strata and the fixed ``SEED``, and prints each with ±80 characters of résumé context to
stdout only. ``--template`` prints the CSV rows to fill instead. Résumé text never goes into
the repository: the verdicts file ``dotin_test_fp_audit.csv`` holds only file, start, end, the
canonical skill name, the verdict and a few words of reason.

``report`` re-runs the extractor, looks the audited spans up by (file, start, end) among the
current false positives, and prints the share judged ``skill`` with a 95 % Wilson interval
and the estimated precision in which genuine false positives count as correct::

    P_est = P_gold + (1 - P_gold) * share        (interval: the share's bounds carried through)

P_gold is a census of the test split (no sampling error); the interval is the share's. The
estimate assumes today's false positives resemble the audited ones; the report says how many
audited spans are no longer predicted (or now overlap gold) and how many current false
positives were never audited. Skips cleanly when ../shared/eval is absent.

Rubric used for the verdicts (conservative: when in doubt, ``error``)
---------------------------------------------------------------------
Judged from the span, the canonical skill the extractor gave and ±80 characters of context.
``skill`` — the span names a skill, tool, technology, method or soft skill *of the
candidate, in the sense the résumé uses it*, so that the dotin guideline (Tech Tools / Job
Specific Skills / Soft Skills) would cover it, wherever it appears (skills list, bullet,
summary, project line). The reason's category is one of:

- ``tool``: a named technology, product, language, standard or platform the candidate used
  or knows (WebLogic, VLOOKUP, SAP FICO, VoIP) — a project's technology counts;
- ``technique``: a practice or job activity the candidate performs or knows (ETL, test
  planning, recruitment, cold calling, general ledger) — no claim of proficiency needed;
- ``soft skill``: a trait or soft skill asserted of the candidate ("detail oriented",
  "led teams", "work under pressure");
- ``skill in job title``: a skill or technology named in a job title the candidate holds or
  seeks ("Java developer", "teaching assistant"): dotin labels these Designation, but the
  title asserts the skill (the brief's call); the report also gives the figures with these
  counted as errors.

A hypernym canonical name is accepted (process validation → Manufacturing engineering); a
canonical name for a different thing is not (see ``wrong canonical skill``).

``error`` — anything else; the reason's category is one of:

- ``not the candidate's``: the skill is someone else's — an employer's or product's
  description, a regulation being described, other people ("senior sales management",
  "experts in physics"), or a recruiter's list of the skill sets they hired for;
- ``wrong sense``: the word is used in an everyday or different sense ("communication
  systems", "acting as", "enthusiastic" describing an environment, "backend" naming a
  system, code annotations read as data annotation, a skill word naming a software product
  category);
- ``domain or field word``: an industry or discipline named as context, field of a career or
  job title rather than as something the candidate does ("insurance" agencies/products,
  "passion for Human Resources", an internship "in civil engineering", "HR generalist");
- ``heading or list label``: a heading or a label introducing a list ("Programming
  Languages:", "Mobile Development:", "Test Automation Tools:") — dotin annotators label
  some of these, so this is a conservative call;
- ``organisation or team name``: employer, department, team or project names
  ("Cisco" as employer, a "Leadership Team", a "Quality Assurance" group);
- ``wrong canonical skill``: a genuine skill phrase mapped to a different skill (test
  consultancy → Management consulting, progress monitoring → Student assessment);
- ``fragment``: part of a longer term naming something else ("java" of a longer product
  name, "design systems" cut out of a compound);
- ``course or subject``, ``template placeholder``: a school subject; template text.
"""

from __future__ import annotations

import argparse
import collections
import csv
import math
import random
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_extraction as ev  # benchmarks/ is not a package

ROOT = ev.ROOT
SPLIT = "test"
VERDICTS = Path(__file__).resolve().parent / "dotin_test_fp_audit.csv"
COLUMNS = ("file", "start", "end", "skill", "verdict", "reason")
VERDICT_VALUES = ("skill", "error")
SEED = 20260501
SAMPLE_SIZE = 200
CONTEXT = 80
Z95 = 1.959963984540054
BOOT_REPS = 2000
TITLE_CATEGORY = "skill in job title"
STRATA = ("labelled", "unlabelled")  # document has >= 1 skill label / has none


@dataclass(frozen=True, slots=True)
class FalsePositive:
    file: str
    start: int
    end: int
    skill: str  # canonical name given by the extractor
    section: str  # section the extractor placed the mention in, "" if none
    stratum: str  # one of STRATA


@dataclass
class SplitRun:
    """The current extractor's skill predictions over the split."""

    n_pred: int = 0
    n_correct: int = 0  # overlapping a gold skill label
    fps: list[FalsePositive] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)  # in memory only, for ``sample``

    @property
    def precision(self) -> float:
        return self.n_correct / self.n_pred if self.n_pred else 0.0


def golds() -> Iterator[ev.Gold]:
    for path in sorted((ev.EVAL / ev.SPLITS[SPLIT]).rglob("*.xml")):
        yield ev.load_gold(path)


def run_split(*, keep_text: bool = False) -> SplitRun:
    """Predict skills on every test document; collect the false positives.

    The spans are exactly ``eval_extraction.predict``'s; the canonical name and section of
    each come from the same :func:`screener.extract_resume` call with the same arguments.
    """
    from screener import extract_resume
    from screener.extract.nlp import build_nlp

    nlp = build_nlp()
    run = SplitRun()
    for g in golds():
        spans = ev.predict(g, nlp).spans["skills"]
        mentions = {
            (m.start, m.end): m
            for m in extract_resume(g.text, source=g.file, nlp=nlp, as_of=ev.AS_OF).skills
        }
        gold_sk = [s for lab in ev.SKILL_LABELS for s in g.spans.get(lab, [])]
        stratum = STRATA[0] if gold_sk else STRATA[1]
        run.n_pred += len(spans)
        for span in spans:
            if ev.overlaps(span, gold_sk):
                run.n_correct += 1
                continue
            m = mentions.get(span)
            run.fps.append(
                FalsePositive(
                    g.file,
                    span[0],
                    span[1],
                    m.name if m else "?",
                    m.section if m else "?",
                    stratum,
                )
            )
        if keep_text:
            run.texts[g.file] = g.text
    return run


def draw(
    fps: Sequence[FalsePositive], n: int = SAMPLE_SIZE, seed: int = SEED
) -> list[FalsePositive]:
    """Seeded sample of ``n`` false positives, allocated to the strata in proportion to their
    sizes (largest remainder), in a stable order."""
    by = {
        s: sorted((f for f in fps if f.stratum == s), key=lambda f: (f.file, f.start))
        for s in STRATA
    }
    total = sum(len(v) for v in by.values())
    n = min(n, total)
    quota = {s: n * len(by[s]) / total for s in STRATA}
    alloc = {s: math.floor(q) for s, q in quota.items()}
    for s in sorted(STRATA, key=lambda s: quota[s] - alloc[s], reverse=True)[
        : n - sum(alloc.values())
    ]:
        alloc[s] += 1
    rng = random.Random(seed)
    out: list[FalsePositive] = []
    for s in STRATA:
        out.extend(rng.sample(by[s], alloc[s]))
    return sorted(out, key=lambda f: (f.stratum, f.file, f.start))


def context(text: str, start: int, end: int, width: int = CONTEXT) -> str:
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    flat = f"{left}[[{text[start:end]}]]{right}"
    return flat.replace("\r", "").replace("\n", " ⏎ ")


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """95 % Wilson score interval for a binomial proportion k / n."""
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


def cmd_sample(template: bool) -> int:
    run = run_split(keep_text=True)
    counts = collections.Counter(f.stratum for f in run.fps)
    sample = draw(run.fps)
    if template:
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(COLUMNS)
        for f in sample:
            w.writerow((f.file, f.start, f.end, f.skill, "", ""))
        return 0
    print(
        f"dotin {SPLIT}: {run.n_pred} predicted skill spans, precision {run.precision:.3f}; "
        f"{len(run.fps)} false positives ("
        + ", ".join(f"{s} {counts[s]}" for s in STRATA)
        + f"); sample of {len(sample)} (seed {SEED})\n"
    )
    for i, f in enumerate(sample, 1):
        where = f"{f.stratum} {f.file} {f.start}-{f.end}"
        print(f"#{i:03d} {where} skill={f.skill!r} section={f.section!r}")
        print("     " + context(run.texts[f.file], f.start, f.end))
    return 0


def read_verdicts(path: Path = VERDICTS) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    bad = [r for r in rows if r.get("verdict") not in VERDICT_VALUES]
    if bad:
        raise SystemExit(f"{path.name}: {len(bad)} rows without a verdict in {VERDICT_VALUES}")
    return rows


def category(reason: str) -> str:
    """The part of a verdict's reason before the colon: its category."""
    return reason.split(":", 1)[0].strip()


def doc_bootstrap(
    flags: Sequence[tuple[str, bool]], reps: int = BOOT_REPS, seed: int = SEED
) -> tuple[float, float]:
    """95 % percentile interval of the share of True, resampling whole documents.

    ``flags``: (file, judged genuine) per audited span. Spans of one résumé are not
    independent (one résumé can contribute a dozen similar spans), which the Wilson interval
    ignores; this interval does not."""
    by_doc: dict[str, list[bool]] = collections.defaultdict(list)
    for file, ok in flags:
        by_doc[file].append(ok)
    docs = [(sum(v), len(v)) for v in by_doc.values()]
    if not docs:
        return (0.0, 1.0)
    rng = random.Random(seed)
    shares = []
    for _ in range(reps):
        pick = rng.choices(docs, k=len(docs))
        shares.append(sum(k for k, _ in pick) / sum(n for _, n in pick))
    shares.sort()
    return (shares[int(0.025 * reps)], shares[int(0.975 * reps) - 1])


def cmd_report() -> int:
    if not VERDICTS.is_file():
        print(f"{VERDICTS.name} not found: run `sample` and judge the spans first")
        return 0
    rows = read_verdicts()
    run = run_split()
    current = {(f.file, f.start, f.end): f for f in run.fps}
    audited: list[tuple[dict[str, str], FalsePositive]] = []
    gone = renamed = 0
    for r in rows:
        f = current.get((r["file"], int(r["start"]), int(r["end"])))
        if f is None:
            gone += 1
        else:
            audited.append((r, f))
            renamed += f.skill != r["skill"]
    audited_keys = {(r["file"], int(r["start"]), int(r["end"])) for r in rows}
    unaudited = sum(1 for key in current if key not in audited_keys)
    n = len(audited)
    k = sum(r["verdict"] == "skill" for r, _ in audited)
    share = k / n if n else 0.0
    lo, hi = wilson(k, n)
    blo, bhi = doc_bootstrap([(f.file, r["verdict"] == "skill") for r, f in audited])
    p = run.precision

    def est(s: float) -> float:
        return p + (1 - p) * s

    counts = collections.Counter(f.stratum for f in run.fps)
    print(f"\ndotin {SPLIT}: audit of skill false positives ({VERDICTS.name}, seed {SEED})")
    print(
        f"  P_gold = {run.n_correct}/{run.n_pred} = {p:.3f}; false positives {len(run.fps)} ("
        + ", ".join(f"{s} docs {counts[s]}" for s in STRATA)
        + ")"
    )
    print(
        f"  audited {len(rows)}: still false positives {n} "
        f"(from {len({f.file for _, f in audited})} résumés; canonical name changed {renamed}); "
        f"no longer appear (not predicted, or span moved) {gone}; "
        f"current false positives never audited {unaudited}"
    )
    if not n:
        print("  no audited span is still predicted: draw a new sample")
        return 0
    print(
        f"  judged genuine skill: {k}/{n} = {share:.3f} "
        f"(95% Wilson {lo:.3f}–{hi:.3f}; résumé-level bootstrap {blo:.3f}–{bhi:.3f})"
    )
    print(
        f"  estimated precision, genuine false positives counted correct: "
        f"P_gold + (1 − P_gold) × share = {est(share):.3f} "
        f"(95% {est(lo):.3f}–{est(hi):.3f}; bootstrap {est(blo):.3f}–{est(bhi):.3f}); target 0.85"
    )
    titles = sum(category(r["reason"]) == TITLE_CATEGORY for r, _ in audited)
    if titles:
        k2 = k - titles
        a, b = wilson(k2, n)
        print(
            f"  sensitivity, '{TITLE_CATEGORY}' ({titles}) counted as error: share "
            f"{k2 / n:.3f} ({a:.3f}–{b:.3f}), precision {est(k2 / n):.3f} "
            f"({est(a):.3f}–{est(b):.3f})"
        )
    for s in STRATA:
        ks = sum(r["verdict"] == "skill" for r, f in audited if f.stratum == s)
        ns = sum(f.stratum == s for _, f in audited)
        if ns:
            a, b = wilson(ks, ns)
            print(f"    stratum {s:<10} {ks:>3}/{ns:<3} = {ks / ns:.3f} ({a:.3f}–{b:.3f})")
        else:
            print(f"    stratum {s:<10} no false positives audited")
    by_section: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for r, f in audited:
        by_section[f.section or "(none)"][r["verdict"]] += 1
    print("  verdicts by section the extractor gave (skill / error):")
    for sec, c in sorted(by_section.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"    {sec:<16} {c['skill']:>3} / {c['error']:<3}")
    for verdict in VERDICT_VALUES:
        cats = collections.Counter(
            category(r["reason"]) for r, _ in audited if r["verdict"] == verdict
        )
        print(f"  {verdict} categories: " + ", ".join(f"{w} ({c})" for w, c in cats.most_common()))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("mode", nargs="?", choices=("report", "sample"), default="report")
    ap.add_argument("--template", action="store_true", help="sample: print CSV rows to fill")
    args = ap.parse_args(argv)
    if not ev.EVAL.is_dir():
        print(f"{ev.EVAL} not found: skipping the skill false-positive audit")
        return 0
    sys.path.insert(0, str(ROOT))
    return cmd_sample(args.template) if args.mode == "sample" else cmd_report()


if __name__ == "__main__":
    sys.exit(main())
