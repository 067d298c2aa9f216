"""Audit of skill false positives on the dotin test split: how much of the precision gap is gold.

``eval_extraction.py`` counts a predicted skill span as correct only when it overlaps a gold
span labelled Tech Tools, Job Specific Skills or Soft Skills. The dotin gold is incomplete
(some résumés carry no skill label at all; others label a skill once and leave its other
mentions bare), so part of the measured false positives are genuine skill mentions. This
script measures that share on a fixed random sample judged by hand, instead of arguing it.

Modes::

    python benchmarks/audit_skill_fps.py sample   # draw the sample, print it with context
    python benchmarks/audit_skill_fps.py [report] # the figures (run by ``make eval``)

Four audits, four verdict files (``AUDITS``): three of the test split, which measure, and one
of the train split, which guided development:

1. ``dotin_test_fp_audit.csv``: seed ``SEED`` (20260501), drawn before the precision rules of
   commit b7a1cf4, whose categories were inspired by this audit's error categories; the figures
   from this sample may therefore be optimistic for later extractors.
2. ``dotin_test_fp_audit_2.csv``: a fresh sample of the extractor after b7a1cf4 (drawn at
   a195804: 541 false positives, 351 of them not in the first file), seed ``SEED_2``
   (20260502), drawn from the false positives not in the first file (stratum allocation over
   that remainder), judged with the same rubric::

       python benchmarks/audit_skill_fps.py sample --seed 20260502 \
           --exclude benchmarks/dotin_test_fp_audit.csv [--template]

   ``report`` also combines the two for the whole current false-positive population: the
   first audit's spans still predicted count with their verdicts (known, no sampling error),
   the rest are estimated from the fresh sample (interval: the fresh share's bounds carried
   through, no finite-population correction, so conservative).

3. ``dotin_test_fp_audit_3.csv``: at 6ecfc12 the test false positives in neither earlier file
   numbered 153, fewer than a sample, so all of them were judged (a census; seed
   ``SEED_3`` only orders them); the 6 new false positives of 169b72a were appended, and the
   6 new ones of the session after it (judged by the main session, same conventions). With
   the first two files, every false positive of that extractor has a verdict, and
   ``report``'s whole-population figure has no sampling error::

       python benchmarks/audit_skill_fps.py sample --seed 20261125 \
           --exclude benchmarks/dotin_test_fp_audit.csv \
           --exclude benchmarks/dotin_test_fp_audit_2.csv [--template]

4. ``dotin_train_fp_audit.csv``: 200 false positives of the TRAIN split, drawn at d40a79f as a
   simple random sample (``random.Random(SEED_TRAIN).sample`` over the false positives in file
   order; not the stratified ``draw``, which the ``sample`` mode uses), judged with the same
   rubric by a helper session. Its error categories (wrong canonical names, list labels,
   quantities that rose or fell) guided the rules of commits db44597 and 5abb0ca, so it
   says where the errors were on the data rules may be developed on; it is not a measurement
   of later extractors.
5. ``dotin_train_fp_audit_2.csv``: 200 more TRAIN false positives, drawn the same way at
   dd0d8ac (seed ``SEED_TRAIN_2``) from those not in the first train file, judged by a helper
   session: where the errors are now on the development data.

``report`` prints every verdict file present; ``--verdicts PATH`` reports one file only.

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
SPLIT = "test"  # the split every audit but the development one is drawn from
HERE = Path(__file__).resolve().parent
VERDICTS = HERE / "dotin_test_fp_audit.csv"
VERDICTS_2 = HERE / "dotin_test_fp_audit_2.csv"
VERDICTS_3 = HERE / "dotin_test_fp_audit_3.csv"
VERDICTS_TRAIN = HERE / "dotin_train_fp_audit.csv"
VERDICTS_TRAIN_2 = HERE / "dotin_train_fp_audit_2.csv"
COLUMNS = ("file", "start", "end", "skill", "verdict", "reason")
VERDICT_VALUES = ("skill", "error")
SEED = 20260501
SEED_2 = 20260502
SEED_3 = 20261125
SEED_TRAIN = 20261124
SEED_TRAIN_2 = 20261126
SAMPLE_SIZE = 200
CONTEXT = 80
Z95 = 1.959963984540054
BOOT_REPS = 2000
TITLE_CATEGORY = "skill in job title"
WRONG_CANONICAL = "wrong canonical skill"
STRATA = ("labelled", "unlabelled")  # document has >= 1 skill label / has none


@dataclass(frozen=True, slots=True)
class Audit:
    """One verdicts file: how its sample was drawn."""

    path: Path
    label: str
    seed: int
    exclude: tuple[Path, ...] = ()  # earlier verdict files whose spans the draw left out
    split: str = SPLIT


AUDITS = (
    Audit(VERDICTS, "first audit: extractor before the precision rules of b7a1cf4", SEED),
    Audit(
        VERDICTS_2,
        "second audit: FRESH sample of the current extractor (drawn at a195804, after "
        "b7a1cf4), excluding the first audit's spans",
        SEED_2,
        (VERDICTS,),
    ),
    Audit(
        VERDICTS_3,
        "third audit: CENSUS of the false positives not in the first two files (all 153 at "
        "6ecfc12, judged by a helper session with the same rubric and the earlier audits' "
        "conventions; the 6 new ones at 169b72a and the 6 of the next session judged by the "
        "main session)",
        SEED_3,
        (VERDICTS, VERDICTS_2),
    ),
    Audit(
        VERDICTS_TRAIN,
        "development audit on TRAIN: a simple random sample (random.Random(seed).sample over "
        "the false positives in file order, drawn at d40a79f); its error categories guided "
        "the rules of later commits, so for later extractors its share describes the "
        "remaining errors, it is not a measurement",
        SEED_TRAIN,
        split="train",
    ),
    Audit(
        VERDICTS_TRAIN_2,
        "second development audit on TRAIN: a fresh simple random sample of the false "
        "positives at dd0d8ac not in the first train file (random.Random(seed).sample, file "
        "order), judged by a helper session with the same rubric; it says which errors "
        "remain where rules may be developed",
        SEED_TRAIN_2,
        (VERDICTS_TRAIN,),
        split="train",
    ),
)


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


def golds(split: str = SPLIT) -> Iterator[ev.Gold]:
    for path in sorted((ev.EVAL / ev.SPLITS[split]).rglob("*.xml")):
        yield ev.load_gold(path)


def run_split(split: str = SPLIT, *, keep_text: bool = False) -> SplitRun:
    """Predict skills on every document of ``split``; collect the false positives.

    The spans are exactly ``eval_extraction.predict``'s; the canonical name and section of
    each come from the same :func:`screener.extract_resume` call with the same arguments.
    """
    from screener import extract_resume
    from screener.extract.nlp import build_nlp

    nlp = build_nlp()
    run = SplitRun()
    for g in golds(split):
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


def cmd_sample(template: bool, seed: int = SEED, exclude: Sequence[Path] = ()) -> int:
    run = run_split(keep_text=True)
    skip = span_keys(exclude)
    pool = [f for f in run.fps if key(f) not in skip]
    counts = collections.Counter(f.stratum for f in pool)
    sample = draw(pool, seed=seed)
    if template:
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(COLUMNS)
        for f in sample:
            w.writerow((f.file, f.start, f.end, f.skill, "", ""))
        return 0
    print(
        f"dotin {SPLIT}: {run.n_pred} predicted skill spans, precision {run.precision:.3f}; "
        f"{len(run.fps)} false positives, {len(run.fps) - len(pool)} of them in "
        f"{', '.join(p.name for p in exclude) or 'no excluded file'}; drawing from {len(pool)} ("
        + ", ".join(f"{s} {counts[s]}" for s in STRATA)
        + f"); sample of {len(sample)} (seed {seed})\n"
    )
    for i, f in enumerate(sample, 1):
        where = f"{f.stratum} {f.file} {f.start}-{f.end}"
        print(f"#{i:03d} {where} skill={f.skill!r} section={f.section!r}")
        print("     " + context(run.texts[f.file], f.start, f.end))
    return 0


Key = tuple[str, int, int]  # (file, start, end) of a span


def key(f: FalsePositive) -> Key:
    return (f.file, f.start, f.end)


def row_key(r: dict[str, str]) -> Key:
    return (r["file"], int(r["start"]), int(r["end"]))


def span_keys(paths: Sequence[Path]) -> set[Key]:
    """Every span named in the verdict files ``paths``."""
    return {row_key(r) for path in paths for r in read_verdicts(path)}


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


def cmd_report(audits: Sequence[Audit]) -> int:
    present = [a for a in audits if a.path.is_file()]
    for a in audits:
        if not a.path.is_file():
            print(f"{a.path.name} not found: run `sample` and judge the spans first")
    if not present:
        return 0
    runs = {split: run_split(split) for split in dict.fromkeys(a.split for a in present)}
    for a in present:
        report_audit(runs[a.split], a)
    return 0


def report_audit(run: SplitRun, audit: Audit) -> None:
    """Print the figures of one verdicts file against the current false positives."""
    rows = read_verdicts(audit.path)
    current = {key(f): f for f in run.fps}
    audited: list[tuple[dict[str, str], FalsePositive]] = []
    gone = renamed = fixed = 0
    for r in rows:
        f = current.get(row_key(r))
        if f is None:
            gone += 1
        elif f.skill != r["skill"] and category(r["reason"]) == WRONG_CANONICAL:
            fixed += 1  # the error was the name, and the name has changed: verdict unknown
        else:
            audited.append((r, f))
            renamed += f.skill != r["skill"]
    audited_keys = {row_key(r) for r in rows}
    earlier = [p for p in audit.exclude if p.is_file()]
    excluded = span_keys(earlier)
    pool = [k for k in current if k not in excluded]  # population the sample was drawn from
    unaudited = sum(1 for k in pool if k not in audited_keys)
    n = len(audited)
    k = sum(r["verdict"] == "skill" for r, _ in audited)
    share = k / n if n else 0.0
    lo, hi = wilson(k, n)
    blo, bhi = doc_bootstrap(
        [(f.file, r["verdict"] == "skill") for r, f in audited], seed=audit.seed
    )
    p = run.precision

    def est(s: float) -> float:
        return p + (1 - p) * s

    counts = collections.Counter(f.stratum for f in run.fps)
    print(f"\ndotin {audit.split}: {audit.label} ({audit.path.name}, seed {audit.seed})")
    print(
        f"  P_gold = {run.n_correct}/{run.n_pred} = {p:.3f}; false positives {len(run.fps)} ("
        + ", ".join(f"{s} docs {counts[s]}" for s in STRATA)
        + ")"
    )
    if earlier:
        print(
            f"  drawn from the false positives not in {', '.join(e.name for e in earlier)}: "
            f"{len(pool)} of them today"
        )
    print(
        f"  audited {len(rows)}: still false positives {n} "
        f"(from {len({f.file for _, f in audited})} résumés; canonical name changed {renamed}); "
        f"'{WRONG_CANONICAL}' spans renamed since, left out {fixed}; "
        f"no longer appear (not predicted, or span moved) {gone}; "
        f"current false positives never audited {unaudited}"
    )
    if not n:
        print("  no audited span is still predicted: draw a new sample")
        return
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
    if earlier:
        # The whole current population: spans of the earlier audits still predicted are known
        # by their verdicts; the others (the pool) are estimated by this sample's share.
        old = [r for r in (r for e in earlier for r in read_verdicts(e)) if row_key(r) in current]
        k_old, n_all = sum(r["verdict"] == "skill" for r in old), len(run.fps)

        def whole(s: float) -> float:
            return (k_old + len(pool) * s) / n_all

        if unaudited == 0 and len(old) + n == n_all:
            k_all = k_old + k
            print(
                f"  whole current false-positive population ({n_all}): every one has a verdict "
                f"({len(old)} in earlier audits, {n} here), {k_all} genuine: share "
                f"{k_all / n_all:.3f}, precision {est(k_all / n_all):.3f} (a census: no "
                "sampling error, the uncertainty is in the verdicts)"
            )
        else:
            print(
                f"  whole current false-positive population ({n_all}): {len(old)} earlier-audit "
                f"spans still predicted, {k_old} genuine by their verdicts, + {len(pool)} at this "
                f"sample's share: share {whole(share):.3f} (95% {whole(lo):.3f}–{whole(hi):.3f}; "
                f"bootstrap {whole(blo):.3f}–{whole(bhi):.3f}), precision {est(whole(share)):.3f} "
                f"(95% {est(whole(lo)):.3f}–{est(whole(hi)):.3f}; "
                f"bootstrap {est(whole(blo)):.3f}–{est(whole(bhi)):.3f})"
            )
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


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("mode", nargs="?", choices=("report", "sample"), default="report")
    ap.add_argument("--template", action="store_true", help="sample: print CSV rows to fill")
    ap.add_argument(
        "--seed", type=int, default=None, help=f"sample: the draw's seed (default {SEED})"
    )
    ap.add_argument(
        "--exclude",
        type=Path,
        action="append",
        default=[],
        metavar="PATH",
        help="sample: leave out every span of this verdicts file (repeatable)",
    )
    ap.add_argument(
        "--verdicts",
        type=Path,
        default=None,
        metavar="PATH",
        help="report: this verdicts file only (default: every file in AUDITS present)",
    )
    args = ap.parse_args(argv)
    if not ev.EVAL.is_dir():
        print(f"{ev.EVAL} not found: skipping the skill false-positive audit")
        return 0
    sys.path.insert(0, str(ROOT))
    if args.mode == "sample":
        return cmd_sample(args.template, SEED if args.seed is None else args.seed, args.exclude)
    return cmd_report(AUDITS if args.verdicts is None else [audit_for(args.verdicts, args.seed)])


def audit_for(path: Path, seed: int | None) -> Audit:
    """The registered audit of ``path``, or an ad-hoc one (seed from ``--seed``, else SEED)."""
    for a in AUDITS:
        if a.path == path.resolve():
            return a
    return Audit(path, "audit of skill false positives", SEED if seed is None else seed)


if __name__ == "__main__":
    sys.exit(main())
