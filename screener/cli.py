"""Command line: translates arguments into library calls and errors into messages."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import re
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from spacy.language import Language

from screener import embed, errors
from screener.cache import default_cache_dir
from screener.explain import CellEvidence, score_parts
from screener.explain import explain as explain_cells
from screener.extract.experience import months_between
from screener.extract.nlp import build_nlp, pipeline_taxonomy
from screener.extract.resume import extract_resume
from screener.jd import load_jd
from screener.parse import ParseLimits, parse_file
from screener.pipeline import BatchOptions, BatchResult, discover, read_resumes
from screener.records import JobDescription, Requirement, Resume
from screener.report import check_writable, errors_path, write_report
from screener.requirements import load_requirements, save_requirements
from screener.score import check_semantic
from screener.screening import Screening
from screener.weights import Weights, load_weights

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Rank résumés against a job description, with explanations.",
)
err = Console(stderr=True)

EXIT_ERROR = 1


def _fail(exc: errors.ScreenerError) -> typer.Exit:
    # soft_wrap: a path in the message stays on one line, to copy
    err.print(f"[bold red]error:[/] {escape(str(exc))}", soft_wrap=True)
    if exc.hint:  # escaped: a hint such as "pip install 'screener[embed]'" is not markup
        err.print(f"[yellow]hint:[/] {escape(exc.hint)}", soft_wrap=True)
    return typer.Exit(EXIT_ERROR)


def _as_of(value: str | None) -> dt.date | None:
    if value is None:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise typer.BadParameter(
            f"{value!r} is not a date; use YYYY-MM-DD, e.g. 2026-11-01", param_hint="--as-of"
        )
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:  # "month must be in 1..12", "day is out of range for month"
        raise typer.BadParameter(
            f"{value} is not a valid date: {exc}", param_hint="--as-of"
        ) from None


def _positive(value: float) -> float:
    if not value > 0:  # also NaN
        raise typer.BadParameter(f"must be more than 0, not {value:g}")
    return value


def _job(jd: Path, requirements: Path | None, nlp: Language) -> JobDescription:
    """The JD's parse, or the edited requirements file when one is given."""
    if requirements is not None:
        return load_requirements(requirements, pipeline_taxonomy(nlp))
    return _load_jd(jd, nlp)


def _load_jd(path: Path, nlp: Language) -> JobDescription:
    """The JD at ``path``; a file that cannot be read is named as the job description."""
    try:
        return load_jd(path, nlp=nlp)
    except errors.UnreadableFile as exc:
        message = str(exc)
        if not message.startswith(str(path)):
            message = f"{path}: {message}"
        raise type(exc)(f"the job description {message}", hint=exc.hint) from exc


Jobs = Annotated[
    int | None,
    typer.Option(
        "--jobs", "-j", min=0, help="Worker processes (default: all cores; 0 = in-process)."
    ),
]
Timeout = Annotated[
    float,
    typer.Option(callback=_positive, help="Seconds allowed to parse one file (more than 0)."),
]
AsOf = Annotated[
    str | None, typer.Option(help="Date that 'Present' stands for, YYYY-MM-DD (default: today).")
]
Taxonomy = Annotated[
    str, typer.Option("--taxonomy", help="Skills taxonomy CSV (default: shipped).")
]
Ocr = Annotated[
    bool,
    typer.Option("--ocr", help="Read scanned PDFs by OCR (needs the 'ocr' extra and Tesseract)."),
]
Semantic = Annotated[
    bool,
    typer.Option(
        "--semantic",
        help="Also compute semantic similarity (sentence embeddings; needs the 'embed' extra), "
        "weighted by semantic_similarity in --weights.",
    ),
]


def _check_semantic(weights: Weights | None, semantic: bool) -> None:
    """Stop before any long work when the weights give semantic similarity a share the run
    will not compute, or when ``--semantic`` is asked for without the 'embed' extra."""
    if weights is not None:
        check_semantic(weights, semantic)
    if semantic:
        embed.require()


def _screen(
    job: JobDescription,
    resumes: list[Path],
    options: BatchOptions,
    nlp: Language,
    *,
    semantic: bool = False,
) -> tuple[BatchResult, Screening]:
    """Read every résumé (with a progress bar on stderr) and compute the screening."""
    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=False,
    ) as progress:
        task = progress.add_task("Parsing résumés", total=len(discover(resumes)))
        batch = read_resumes(resumes, options, lambda _f: progress.advance(task), nlp=nlp)
    screening = Screening(
        job,
        batch.resumes,
        taxonomy=pipeline_taxonomy(nlp),
        as_of=options.as_of,
        semantic=semantic,
    )
    return batch, screening


@app.command()
def score(
    jd: Annotated[Path, typer.Argument(help="Job description: .txt, .pdf or .docx.")],
    resumes: Annotated[
        list[Path], typer.Argument(help="Résumé files or folders (searched recursively).")
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="Ranked CSV to write.")],
    weights: Annotated[
        Path | None, typer.Option(help="TOML file overriding the default weights.")
    ] = None,
    jobs: Jobs = None,
    knockout: Annotated[
        bool, typer.Option(help="Rank everyone missing a required item below all who meet them.")
    ] = False,
    cache: Annotated[
        Path | None,
        typer.Option(
            help="Parse cache folder (default: ~/.cache/screener or $SCREENER_CACHE_DIR)."
        ),
    ] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Parse every file afresh.")] = False,
    timeout: Timeout = 60.0,
    max_pages: Annotated[
        int, typer.Option(min=1, help="Files with more pages are rejected.")
    ] = ParseLimits().max_pages,
    max_bytes: Annotated[
        int, typer.Option(min=1, help="Files larger than this are rejected.")
    ] = ParseLimits().max_bytes,
    max_memory: Annotated[
        int, typer.Option(min=1, help="Memory (MB) one parser process may use.")
    ] = 2048,
    taxonomy: Taxonomy = "",
    as_of: AsOf = None,
    ocr: Ocr = False,
    top: Annotated[int, typer.Option(min=0, help="Rows of the ranking to print (0 = none).")] = 5,
    requirements: Annotated[
        Path | None,
        typer.Option(
            help="Score against this edited requirements YAML (from `screener jd --export`) "
            "instead of the JD's parse."
        ),
    ] = None,
    semantic: Semantic = False,
) -> None:
    """Score résumés against a job description and write a ranked CSV."""
    try:
        check_writable(output)  # before parsing thousands of files, not after
        check_writable(errors_path(output))
        w = load_weights(weights)
        if knockout:
            w = dataclasses.replace(w, knockout=True)
        nlp = build_nlp(taxonomy)
        job = _job(jd, requirements, nlp)
        options = BatchOptions(
            jobs=BatchOptions().jobs if jobs is None else jobs,
            timeout=timeout,
            max_memory_mb=max_memory,
            limits=ParseLimits(max_bytes=max_bytes, max_pages=max_pages),
            cache_dir=None if no_cache else (cache or default_cache_dir()),
            taxonomy=taxonomy,
            as_of=_as_of(as_of),
            ocr=ocr,
        )
        _check_semantic(w, semantic)  # before the long work, not after it
        if semantic and w.semantic_similarity == 0:
            err.print(
                "[yellow]note:[/] --semantic with semantic_similarity = 0 in the weights: "
                "the feature is computed but does not change the ranking"
            )
        batch, screening = _screen(job, resumes, options, nlp, semantic=semantic)
        ranked = screening.rank(w)
        out, errs = write_report(ranked, batch.errors, output)
    except errors.ScreenerError as exc:
        raise _fail(exc) from None
    err.print(
        f"Scored {len(batch.resumes)} of {batch.n_files} files against "
        f"{len(job.required)} required and {len(job.preferred)} preferred items; "
        f"{len(batch.errors)} could not be read."
    )
    typer.echo(f"Ranked CSV: {out}")
    typer.echo(f"Errors CSV: {errs}")
    if not batch.resumes:
        raise _fail(errors.NothingScored(_nothing_read(batch.n_files)))
    if top > 0 and len(ranked):
        cols = ["rank", "file", "score", "required_met", "required_total", "missing_required"]
        typer.echo(ranked[cols].head(top).to_string(index=False, max_colwidth=60))


def _nothing_read(n_files: int) -> str:
    return f"no résumé could be read ({n_files} file{'' if n_files == 1 else 's'})"


@app.command()
def jd(
    path: Annotated[Path, typer.Argument(help="Job description: .txt, .pdf or .docx.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    taxonomy: Taxonomy = "",
    export: Annotated[
        Path | None,
        typer.Option(help="Write the requirements to this YAML file, to edit and score with."),
    ] = None,
) -> None:
    """Show the requirements read from a job description."""
    try:
        if export is not None:
            check_writable(export)
        job = _load_jd(path, build_nlp(taxonomy))
        if export is not None:
            save_requirements(job, export)
    except errors.ScreenerError as exc:
        raise _fail(exc) from None
    if export is not None:
        err.print(f"Requirements written to {export}; edit it, then score with --requirements.")
    if as_json:
        typer.echo(json.dumps(jd_to_json(job), indent=2, ensure_ascii=False))
        return
    typer.echo(f"Title: {job.title}")
    for heading, reqs in (("Required", job.required), ("Preferred", job.preferred)):
        typer.echo(f"\n{heading} ({len(reqs)}):")
        for r in reqs:
            typer.echo(f"  {r.id:<4} [{r.kind}/{r.match}] {r.label}")


def jd_to_json(job: JobDescription) -> dict[str, Any]:
    def item(r: Requirement) -> dict[str, Any]:
        return {
            "id": r.id,
            "label": r.label,
            "text": r.text,
            "kind": r.kind,
            "match": r.match,
            "skills": list(r.skills),
            "min_years": r.min_years,
            "max_years": r.max_years,
            "degree": r.degree,
            "fields": list(r.fields),
            "role": r.role,
            "weight": r.weight,
        }

    return {
        "title": job.title,
        "required": [item(r) for r in job.required],
        "preferred": [item(r) for r in job.preferred],
    }


@app.command()
def parse(
    path: Annotated[Path, typer.Argument(help="A résumé: .pdf, .docx or .txt.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    taxonomy: Taxonomy = "",
    as_of: AsOf = None,
    ocr: Ocr = False,
) -> None:
    """Show what is extracted from one résumé."""
    try:
        doc = parse_file(path, ocr=ocr)
        r = extract_resume(doc.text, source=path.name, nlp=build_nlp(taxonomy), as_of=_as_of(as_of))
    except errors.ScreenerError as exc:
        raise _fail(exc) from None
    data: dict[str, Any] = {
        "file": r.source,
        "name": r.name,
        "email": r.email,
        "phone": r.phone,
        "links": list(r.links),
        "experience_years": r.experience_years,
        "highest_degree": r.highest_degree,
        "sections": [{"name": s.name, "heading": s.heading} for s in r.sections],
        "roles": [
            {
                "title": ro.title,
                "employer": ro.employer,
                # both ends as written: the first day of the first and of the last month
                # (Role.end is exclusive, the month after the last, as in explain)
                "start": ro.start.isoformat(),
                "end": _last_month(ro.end).isoformat() if ro.end else "present",
            }
            for ro in r.roles
        ],
        "education": [dataclasses.asdict(e) for e in r.education],
        "certifications": list(r.certifications),
        "skills": [
            {"name": m.name, "text": m.text, "start": m.start, "end": m.end, "section": m.section}
            for m in r.skills
        ],
        **timeline_to_json(r),
    }
    if as_json:
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    typer.echo(f"{r.name or '(no name found)'} <{r.email}> {r.phone}")
    typer.echo(f"Sections: {', '.join(s['name'] for s in data['sections'])}")
    typer.echo(f"Experience: {r.experience_years} years")
    for ro in data["roles"]:
        typer.echo(f"  {ro['start'][:7]} – {ro['end'][:7]}: {ro['title']} | {ro['employer']}")
    for gap in data["gaps"]:
        typer.echo(f"  gap {gap['start']} – {gap['end']}: {gap['months']} months")
    typer.echo(f"Highest degree: {r.highest_degree or '-'}")
    typer.echo(f"Certifications: {', '.join(r.certifications) or '-'}")
    typer.echo(f"Skills: {', '.join(sorted(r.skill_names))}")
    if data["skill_timeline"]:
        used = ", ".join(
            f"{s['name']} {s['months']} mo (last {s['last_used']})" for s in data["skill_timeline"]
        )
        typer.echo(f"Skills used in roles: {used}")


def _last_month(end: dt.date) -> dt.date:
    """The first day of the last month of a role whose exclusive end is ``end``."""
    return (end - dt.timedelta(days=1)).replace(day=1)


def timeline_to_json(r: Resume) -> dict[str, Any]:
    """The experience timeline of a résumé: gaps between roles and per-skill use."""
    last = dict(r.skill_last_used)
    return {
        "gaps": [
            {"start": a.isoformat(), "end": b.isoformat(), "months": months_between(a, b)}
            for a, b in r.gaps
        ],
        "skill_timeline": [
            {"name": name, "months": months, "last_used": last.get(name)}
            for name, months in r.skill_months
        ],
    }


@app.command()
def screen(
    jd: Annotated[Path, typer.Argument(help="Job description: .txt, .pdf or .docx.")],
    resumes: Annotated[
        list[Path], typer.Argument(help="Résumé files or folders (searched recursively).")
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="Screening to write (Parquet).")],
    jobs: Jobs = None,
    cache: Annotated[
        Path | None,
        typer.Option(
            help="Parse cache folder (default: ~/.cache/screener or $SCREENER_CACHE_DIR)."
        ),
    ] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Parse every file afresh.")] = False,
    timeout: Timeout = 60.0,
    taxonomy: Taxonomy = "",
    as_of: AsOf = None,
    semantic: Semantic = False,
) -> None:
    """Screen résumés once and save the screening, to re-rank it later without the files."""
    try:
        check_writable(output)
        _check_semantic(None, semantic)
        nlp = build_nlp(taxonomy)
        job = _load_jd(jd, nlp)
        options = BatchOptions(
            jobs=BatchOptions().jobs if jobs is None else jobs,
            timeout=timeout,
            cache_dir=None if no_cache else (cache or default_cache_dir()),
            taxonomy=taxonomy,
            as_of=_as_of(as_of),
        )
        batch, screening = _screen(job, resumes, options, nlp, semantic=semantic)
        screening.save(output)
    except errors.ScreenerError as exc:
        raise _fail(exc) from None
    err.print(
        f"Screened {len(batch.resumes)} of {batch.n_files} files against "
        f"{len(job.required)} required and {len(job.preferred)} preferred items; "
        f"{len(batch.errors)} could not be read."
    )
    typer.echo(f"Screening: {output}")
    if not batch.resumes:
        raise _fail(
            errors.NothingScored(
                _nothing_read(batch.n_files),
                hint="Run `screener score` on them for an errors CSV with each file's reason",
            )
        )


@app.command("fit-weights")
def fit_weights_command(
    screening: Annotated[Path, typer.Argument(help="A screening saved by `screener screen`.")],
    labels: Annotated[
        Path,
        typer.Argument(help="CSV: résumé file (or stem), then a score or yes/no per row."),
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="Fitted weights to write (TOML).")],
    weights: Annotated[
        Path | None, typer.Option(help="Weights to compare with (default: shipped defaults).")
    ] = None,
    folds: Annotated[int, typer.Option(help="Cross-validation folds.")] = 5,
    repeats: Annotated[int, typer.Option(help="Cross-validation repeats (reshuffled).")] = 5,
    id_column: Annotated[
        str | None, typer.Option(help="Column naming the résumé (default: first).")
    ] = None,
    label_column: Annotated[
        str | None, typer.Option(help="Column holding the label (default: second).")
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed of the fold shuffles.")] = 0,
) -> None:
    """Fit non-negative weights to labelled decisions; report cross-validated quality."""
    from screener.fit import cross_validate, fit_weights, read_labels

    try:
        check_writable(output)
        base = load_weights(weights)
        sc = Screening.load(screening)
        lab = read_labels(labels, sc.files, id_column=id_column, label_column=label_column)
        cv = cross_validate(sc, lab, base, folds=folds, repeats=repeats, seed=seed)
        fitted = fit_weights(sc, lab, base)
        fitted.save(output)
    except errors.ScreenerError as exc:
        raise _fail(exc) from None
    kind = "graded" if lab.graded else "yes/no"
    typer.echo(
        f"{cv.n} labelled candidates ({kind}); {folds}-fold cross-validation x {repeats}, "
        "pooled out-of-fold scores (mean ± sd over repeats):"
    )
    typer.echo(f"{'weights':<22} {'spearman':>16} {'ndcg@10':>16} {'per-fold ρ':>11}")
    typer.echo(
        f"{'default':<22} {cv.default_spearman:16.3f} {cv.default_ndcg:16.3f} "
        f"{cv.default_fold_spearman:11.3f}"
    )
    fit_rho = f"{cv.fitted_spearman:.3f} ± {cv.fitted_spearman_sd:.3f}"
    fit_ndcg = f"{cv.fitted_ndcg:.3f} ± {cv.fitted_ndcg_sd:.3f}"
    typer.echo(
        f"{'fitted (cross-val.)':<22} {fit_rho:>16} {fit_ndcg:>16} {cv.fitted_fold_spearman:11.3f}"
    )
    typer.echo(f"Weights fitted on all {cv.n} labelled candidates: {output}")


@app.command()
def explain(
    jd: Annotated[Path, typer.Argument(help="Job description: .txt, .pdf or .docx.")],
    resume: Annotated[Path, typer.Argument(help="One résumé: .pdf, .docx or .txt.")],
    weights: Annotated[
        Path | None, typer.Option(help="TOML file overriding the default weights.")
    ] = None,
    requirements: Annotated[
        Path | None, typer.Option(help="Edited requirements YAML (from `screener jd --export`).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    among: Annotated[
        list[Path] | None,
        typer.Option(
            help="Score the résumé among these files or folders (those of the ranked CSV): "
            "text match is relative to the closest résumé of a batch, so this gives the "
            "CSV's score. Repeatable."
        ),
    ] = None,
    taxonomy: Taxonomy = "",
    as_of: AsOf = None,
    semantic: Semantic = False,
) -> None:
    """Explain one résumé against a JD: every requirement met / partial / unmet, with the
    evidence (the line, its section and the role's dates)."""
    try:
        w = load_weights(weights)
        _check_semantic(w, semantic)
        nlp = build_nlp(taxonomy)
        job = _job(jd, requirements, nlp)
        doc = parse_file(resume)  # raises the named error when the résumé can't be read
        when = _as_of(as_of)
        if among:
            screening, index = _screen_among(job, resume, among, nlp, when, semantic)
        else:
            r = extract_resume(doc.text, source=resume.name, nlp=nlp, as_of=when)
            screening = Screening(
                job, [r], taxonomy=pipeline_taxonomy(nlp), as_of=when, semantic=semantic
            )
            index = 0
        r = screening.resumes[index]
        cells = explain_cells(screening, index, w)
        score_value = float(screening.scores(w)[index])
        parts = score_parts(screening, index, w)
    except errors.ScreenerError as exc:
        raise _fail(exc) from None
    pool = screening.n_candidates
    if as_json:
        data = {
            "file": r.source,
            "score": score_value,
            "score_parts": dataclasses.asdict(parts),
            "scored_among": pool,
            "requirements": [_cell_json(c) for c in cells],
        }
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    typer.echo(f"{r.source}: score {score_value:.2f} against {job.title or 'the JD'}")
    blend = [
        f"{parts.requirements_share:.2f} × requirements {100 * parts.requirements:.1f}",
        f"{parts.text_share:.2f} × text match {100 * parts.text_match:.1f}",
    ]
    if parts.semantic_share:
        blend.append(f"{parts.semantic_share:.2f} × semantic {100 * parts.semantic:.1f}")
    typer.echo("  = " + " + ".join(blend))
    if pool == 1:
        typer.echo(
            "(Scored alone: its text match is relative to itself, or to a floor for a poor "
            "match. Add --among FOLDER, the folder of the ranked CSV, for the score it has "
            "there.)"
        )
    else:
        typer.echo(f"(Scored among {pool} résumés.)")
    for heading, required in (("Required", True), ("Preferred", False)):
        group = [c for c in cells if c.requirement.required == required]
        met = sum(c.status == "met" for c in group)
        typer.echo(f"\n{heading} ({met} of {len(group)} met):")
        for c in group:
            share = f" ({c.fulfilment:.0%})" if c.status == "partial" else ""
            typer.echo(f"  {c.status:<7} {c.requirement.id:<4} {c.requirement.label}{share}")
            if c.note:
                typer.echo(f"          {c.note}")
            for e in c.evidence[:_EVIDENCE_SHOWN]:
                where = ", ".join(p for p in (e.section, e.role, e.dates) if p)
                found = e.found if e.found != e.skill and e.found else ""
                what = f"{e.skill} via {found}" if e.skill and found else (e.skill or found)
                snippet = " ".join(e.snippet.split())
                typer.echo(f"          - {what} [{where}]: {snippet[:110]}")
            if len(c.evidence) > _EVIDENCE_SHOWN:
                typer.echo(f"          … {len(c.evidence) - _EVIDENCE_SHOWN} more")
            if c.missing and c.status != "unmet":
                typer.echo(f"          missing: {', '.join(c.missing)}")


_EVIDENCE_SHOWN = 3


def _screen_among(
    job: JobDescription,
    resume: Path,
    among: list[Path],
    nlp: Language,
    as_of: dt.date | None,
    semantic: bool,
) -> tuple[Screening, int]:
    """The screening of ``resume`` together with the résumés under ``among`` (read through
    the parse cache, as `score` reads them), and the résumé's row in it."""
    for p in among:
        if not p.exists():
            raise errors.PathNotFound(f"--among {p} does not exist")
    wanted = resume.resolve()
    if all(f.path.resolve() != wanted for f in discover(among)):
        err.print(
            f"[yellow]note:[/] {escape(str(resume))} is not among the --among files; it is "
            "scored with them added to the batch, so its score may differ from the CSV's"
        )
    paths = [*among, resume]
    # matched on the resolved path; display names are unique within a batch (discover), so
    # the target's display name is its row, even when another file has the same file name
    target = next(f for f in discover(paths) if f.path.resolve() == wanted)
    options = BatchOptions(cache_dir=default_cache_dir(), as_of=as_of)
    batch, screening = _screen(job, paths, options, nlp, semantic=semantic)
    for i, r in enumerate(screening.resumes):
        if r.source == target.display:
            return screening, i
    failed = next((e for e in batch.errors if e.file == target.display), None)
    raise errors.UnreadableFile(failed.detail if failed else f"{target.display} was not read")


def _cell_json(c: CellEvidence) -> dict[str, Any]:
    return {
        "id": c.requirement.id,
        "label": c.requirement.label,
        "required": c.requirement.required,
        "kind": c.requirement.kind,
        "status": c.status,
        "fulfilment": round(c.fulfilment, 4),
        "note": c.note,
        "missing": list(c.missing),
        "evidence": [
            {
                "skill": e.skill,
                "found": e.found,
                "snippet": " ".join(e.snippet.split()),
                "section": e.section,
                "role": e.role,
                "start": e.start.isoformat() if e.start else None,
                "end": e.end.isoformat() if e.end else None,
            }
            for e in c.evidence
        ],
    }


taxonomy_app = typer.Typer(no_args_is_help=True, help="Manage skills taxonomies.")
app.add_typer(taxonomy_app, name="taxonomy")


@taxonomy_app.command("import")
def taxonomy_import(
    source: Annotated[str, typer.Argument(help="Source format: esco or onet.")],
    path: Annotated[
        Path,
        typer.Argument(help="ESCO skills_en.csv, or O*NET 'Technology Skills.txt'."),
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="User taxonomy CSV to write.")],
    into: Annotated[
        Path | None,
        typer.Option(help="Taxonomy CSV to merge into (default: the shipped one)."),
    ] = None,
    hot_only: Annotated[
        bool, typer.Option("--hot-only", help="O*NET: only the Hot Technology examples.")
    ] = False,
) -> None:
    """Merge a standard taxonomy into a user taxonomy file (then use it with --taxonomy)."""
    from screener.importers import import_taxonomy

    try:
        check_writable(output)
        report = import_taxonomy(source.lower(), path, output, into=into, hot_only=hot_only)
    except errors.ScreenerError as exc:
        raise _fail(exc) from None
    typer.echo(
        f"Read {report.read} {source} skills: {report.added} new, {report.enriched} existing "
        f"enriched, {report.labels_added} labels added, {report.labels_dropped} dropped."
    )
    typer.echo(f"Taxonomy: {output}  (use it with --taxonomy {output})")


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted; no output was written")
        sys.exit(130)


if __name__ == "__main__":
    main()
