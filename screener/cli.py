"""Command line: translates arguments into library calls and errors into messages."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from screener import errors
from screener.cache import default_cache_dir
from screener.extract.nlp import build_nlp, pipeline_taxonomy
from screener.extract.resume import extract_resume
from screener.jd import load_jd
from screener.parse import ParseLimits, parse_file
from screener.pipeline import BatchOptions, discover, read_resumes
from screener.records import JobDescription, Requirement
from screener.report import write_report
from screener.screening import Screening
from screener.weights import load_weights

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Rank résumés against a job description, with explanations.",
)
err = Console(stderr=True)

EXIT_ERROR = 1


def _fail(exc: errors.ScreenerError) -> typer.Exit:
    err.print(f"[bold red]error:[/] {exc}")
    if exc.hint:
        err.print(f"[yellow]hint:[/] {exc.hint}")
    return typer.Exit(EXIT_ERROR)


def _as_of(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter("use YYYY-MM-DD", param_hint="--as-of") from None


Jobs = Annotated[
    int, typer.Option("--jobs", "-j", help="Worker processes (default: all cores; 0 = in-process).")
]
AsOf = Annotated[
    str | None, typer.Option(help="Date that 'Present' stands for, YYYY-MM-DD (default: today).")
]
Taxonomy = Annotated[
    str, typer.Option("--taxonomy", help="Skills taxonomy CSV (default: shipped).")
]


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
    jobs: Jobs = -1,
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
    timeout: Annotated[float, typer.Option(help="Seconds allowed to parse one file.")] = 60.0,
    max_pages: Annotated[
        int, typer.Option(help="Files with more pages are rejected.")
    ] = ParseLimits().max_pages,
    max_bytes: Annotated[
        int, typer.Option(help="Files larger than this are rejected.")
    ] = ParseLimits().max_bytes,
    max_memory: Annotated[int, typer.Option(help="Memory (MB) one parser process may use.")] = 2048,
    taxonomy: Taxonomy = "",
    as_of: AsOf = None,
    top: Annotated[int, typer.Option(help="Rows of the ranking to print (0 = none).")] = 5,
) -> None:
    """Score résumés against a job description and write a ranked CSV."""
    try:
        w = load_weights(weights)
        if knockout:
            w = dataclasses.replace(w, knockout=True)
        nlp = build_nlp(taxonomy)
        job = load_jd(jd, nlp=nlp)
        options = BatchOptions(
            jobs=jobs if jobs >= 0 else BatchOptions().jobs,
            timeout=timeout,
            max_memory_mb=max_memory,
            limits=ParseLimits(max_bytes=max_bytes, max_pages=max_pages),
            cache_dir=None if no_cache else (cache or default_cache_dir()),
            taxonomy=taxonomy,
            as_of=_as_of(as_of),
        )
        total = len(discover(resumes))
        with Progress(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            transient=False,
        ) as progress:
            task = progress.add_task("Parsing résumés", total=total)
            batch = read_resumes(resumes, options, lambda _f: progress.advance(task), nlp=nlp)
        screening = Screening(
            job,
            batch.resumes,
            taxonomy=pipeline_taxonomy(nlp),
            as_of=options.as_of,
        )
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
    if top > 0 and len(ranked):
        cols = ["rank", "file", "score", "required_met", "required_total", "missing_required"]
        typer.echo(ranked[cols].head(top).to_string(index=False, max_colwidth=60))


@app.command()
def jd(
    path: Annotated[Path, typer.Argument(help="Job description: .txt, .pdf or .docx.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    taxonomy: Taxonomy = "",
) -> None:
    """Show the requirements read from a job description."""
    try:
        job = load_jd(path, nlp=build_nlp(taxonomy))
    except errors.ScreenerError as exc:
        raise _fail(exc) from None
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
) -> None:
    """Show what is extracted from one résumé."""
    try:
        doc = parse_file(path)
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
                "start": ro.start.isoformat(),
                "end": ro.end.isoformat() if ro.end else "present",
            }
            for ro in r.roles
        ],
        "education": [dataclasses.asdict(e) for e in r.education],
        "certifications": list(r.certifications),
        "skills": [
            {"name": m.name, "text": m.text, "start": m.start, "end": m.end, "section": m.section}
            for m in r.skills
        ],
    }
    if as_json:
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    typer.echo(f"{r.name or '(no name found)'} <{r.email}> {r.phone}")
    typer.echo(f"Sections: {', '.join(s['name'] for s in data['sections'])}")
    typer.echo(f"Experience: {r.experience_years} years")
    for ro in data["roles"]:
        typer.echo(f"  {ro['start']} – {ro['end']}: {ro['title']} | {ro['employer']}")
    typer.echo(f"Highest degree: {r.highest_degree or '-'}")
    typer.echo(f"Certifications: {', '.join(r.certifications) or '-'}")
    typer.echo(f"Skills: {', '.join(sorted(r.skill_names))}")


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted; no output was written")
        sys.exit(130)


if __name__ == "__main__":
    main()
