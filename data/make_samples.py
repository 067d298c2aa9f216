#!/usr/bin/env python3
"""Deterministic generator of the sample résumés in ``data/resumes/``.

Usage::

    python data/make_samples.py [OUT_DIR]      # default: data/resumes next to this file

Every person, company, school, e-mail address and phone number below is fictional
(e-mails at example.com / example.org, phones in the 555-01xx range or reserved
drama numbers).  The samples are screened against ``data/jd/python-developer.txt``.

Determinism: running the script twice gives byte-identical files.  To that end
the PDFs use only the fpdf2 core fonts (no font files), a fixed creation date and
producer, no page-content compression (so the bytes do not depend on the zlib
build), and LZW (pure Python in fpdf2) for the one embedded image; the encrypted
sample uses RC4 (revision 3), whose key derives from the fixed document id, so it
is deterministic too.  The .docx is re-zipped with fixed timestamps (its
deflate bytes assume a standard zlib).  The output does depend on the fpdf2
version (see ``FPDF2_VERSION``).

The script writes only the files listed in ``MANIFEST.csv`` (and the manifest
itself) and removes nothing.
"""

from __future__ import annotations

import csv
import io
import random
import sys
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

import fpdf
from fpdf import FPDF
from fpdf.enums import EncryptionMethod, XPos, YPos

#: fpdf2 version the committed files were generated with (tests skip the byte
#: comparison of the PDFs when another version is installed).
FPDF2_VERSION = "2.8.9"
FIXED_DATE = datetime(2026, 1, 15, 9, 30, 0, tzinfo=UTC)
PRODUCER = "screener sample generator"
ENCRYPTED_USER_PASSWORD = "resume-2026"
ENCRYPTED_OWNER_PASSWORD = "owner-2026"
DEFAULT_OUT = Path(__file__).resolve().parent / "resumes"

# --------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------

_LATIN1_MAP = {
    "\u2013": "-",  # en dash
    "\u2014": "-",  # em dash
    "\u2022": "-",  # bullet
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2026": "...",
    "\u00a0": " ",
    "\u2192": "->",
}


def clean(text: str) -> str:
    """Map typographic characters onto latin-1 (core fonts only take latin-1)."""
    out = "".join(_LATIN1_MAP.get(ch, ch) for ch in text)
    out.encode("latin-1")  # raises on anything the core fonts cannot show
    return out


# --------------------------------------------------------------------------------------
# Résumé model
# --------------------------------------------------------------------------------------

Block = tuple[Any, ...]
# ("p", text)
# ("job", title, org, dates, location, [bullets])
# ("edu", degree, school, dates, [details])
# ("bullets", [items])
# ("kv", [(label, value), ...])
# ("lines", [text, ...])
# ("table", (header...), [(row...), ...], (col widths...))


@dataclass
class Resume:
    file: str
    fit: str
    profession: str
    notes: str
    name: str
    email: str
    headline: str
    contact: list[str]
    sections: list[tuple[str, list[Block]]]
    style: dict[str, Any] = field(default_factory=dict)
    sidebar: list[tuple[str, list[Block]]] = field(default_factory=list)


def job(title: str, org: str, dates: str, loc: str, bullets: Sequence[str]) -> Block:
    return ("job", title, org, dates, loc, list(bullets))


def edu(degree: str, school: str, dates: str, details: Sequence[str] = ()) -> Block:
    return ("edu", degree, school, dates, list(details))


# --------------------------------------------------------------------------------------
# PDF rendering
# --------------------------------------------------------------------------------------


class ResumePDF(FPDF):
    def __init__(self, fmt: str = "A4", footer_text: str | None = None, font: str = "Helvetica"):
        super().__init__(orientation="P", unit="mm", format=fmt)
        self.footer_text = footer_text
        self.base_font = font
        self.set_creation_date(FIXED_DATE)
        self.set_producer(PRODUCER)
        self.set_creator(PRODUCER)
        self.set_compression(False)
        self.set_image_filter("LZWDecode")

    def footer(self) -> None:
        if not self.footer_text:
            return
        self.set_y(-12)
        self.set_font(self.base_font, "I", 8)
        self.set_text_color(120, 120, 120)
        self.cell(0, 5, clean(f"{self.footer_text} - Page {self.page_no()} of {{nb}}"), align="C")
        self.set_text_color(0, 0, 0)


def new_pdf(r: Resume) -> ResumePDF:
    st = r.style
    pdf = ResumePDF(
        fmt=st.get("format", "A4"), footer_text=st.get("footer"), font=st.get("font", "Helvetica")
    )
    pdf.set_title(clean(f"{st.get('title_name', r.name)} - Resume"))
    pdf.set_author(clean(st.get("title_name", r.name)))
    margin = st.get("margin", 18)
    pdf.set_margins(margin, st.get("top", 15), margin)
    pdf.set_auto_page_break(True, margin=16)
    return pdf


class Renderer:
    """Renders the blocks of a résumé in one column between the current margins."""

    def __init__(self, pdf: ResumePDF, style: dict[str, Any]):
        self.pdf = pdf
        self.st = style
        self.font = style.get("font", "Helvetica")
        self.size = style.get("size", 10)
        self.lh = style.get("line_height", self.size * 0.47)
        self.bullet = style.get("bullet", "-")
        self.accent = style.get("accent", (0, 0, 0))

    # basic helpers -------------------------------------------------------------------
    def set(
        self, style: str = "", size: float | None = None, color: tuple[int, int, int] = (0, 0, 0)
    ) -> None:
        self.pdf.set_font(self.font, style, size or self.size)
        self.pdf.set_text_color(*color)

    def para(
        self,
        text: str,
        style: str = "",
        size: float | None = None,
        color: tuple[int, int, int] = (0, 0, 0),
        align: str = "L",
        markdown: bool = False,
    ) -> None:
        self.set(style, size, color)
        self.pdf.set_x(self.pdf.l_margin)
        self.pdf.multi_cell(
            self.pdf.epw,
            self.lh if size is None else size * 0.47,
            clean(text),
            align=align,
            markdown=markdown,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )

    def bullets(self, items: Sequence[str], indent: float = 2.0) -> None:
        pdf = self.pdf
        for item in items:
            self.set()
            pdf.set_x(pdf.l_margin + indent)
            pdf.cell(4, self.lh, clean(self.bullet))
            pdf.multi_cell(
                pdf.epw - indent - 4,
                self.lh,
                clean(item),
                align=self.st.get("bullet_align", "L"),
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
        pdf.ln(1)

    def left_right(self, left: str, right: str, lstyle: str = "B", rstyle: str = "") -> None:
        pdf = self.pdf
        self.set(rstyle)
        rw = pdf.get_string_width(clean(right)) + 1
        self.set(lstyle)
        pdf.set_x(pdf.l_margin)
        pdf.cell(pdf.epw - rw, self.lh + 0.6, clean(left))
        self.set(rstyle)
        pdf.cell(rw, self.lh + 0.6, clean(right), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    # header ----------------------------------------------------------------------------
    def header(self, r: Resume) -> None:
        st = self.st
        align = st.get("name_align", "L")
        name_size = st.get("name_size", 20)
        self.set("B", name_size, self.accent)
        self.pdf.set_x(self.pdf.l_margin)
        self.pdf.multi_cell(
            self.pdf.epw,
            name_size * 0.45,
            clean(r.name),
            align=align,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        if r.headline:
            self.para(
                r.headline,
                "I" if st.get("headline_italic") else "",
                self.size + 1.5,
                (60, 60, 60),
                align=align,
            )
        sep = st.get("contact_sep", "  |  ")
        if st.get("contact_lines"):
            for line in r.contact:
                self.para(line, "", self.size - 0.5, align=align)
        else:
            self.para(sep.join(r.contact), "", self.size - 0.5, align=align)
        self.pdf.ln(2)
        if st.get("header_rule", True):
            self.rule()

    def rule(self, width: float = 0.3) -> None:
        pdf = self.pdf
        pdf.set_draw_color(*self.st.get("rule_color", (150, 150, 150)))
        pdf.set_line_width(width)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + pdf.epw, pdf.get_y())
        pdf.ln(2)

    def heading(self, text: str) -> None:
        pdf = self.pdf
        kind = self.st.get("heading", "rule")
        pdf.ln(self.st.get("heading_gap", 2.5))
        if pdf.will_page_break(20):
            pdf.add_page()
        if kind == "rule":
            self.para(text, "B", self.size + 2, self.accent)
            pdf.ln(0.5)
            self.rule(0.4)
        elif kind == "underline":
            self.para(text, "BU", self.size + 1.5, self.accent)
            pdf.ln(1)
        elif kind == "shaded":
            self.set("B", self.size + 1, self.accent)
            pdf.set_fill_color(*self.st.get("fill", (228, 232, 238)))
            pdf.set_x(pdf.l_margin)
            pdf.cell(
                pdf.epw,
                self.lh + 2.2,
                " " + clean(text),
                fill=True,
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
            pdf.ln(1.5)
        else:  # plain
            self.para(text, "B", self.size + 3, self.accent)
            pdf.ln(1)

    # blocks ----------------------------------------------------------------------------
    def block(self, b: Block) -> None:
        kind = b[0]
        pdf = self.pdf
        if kind == "p":
            self.para(b[1], align=self.st.get("para_align", "L"))
            pdf.ln(1)
        elif kind == "bullets":
            self.bullets(b[1])
        elif kind == "lines":
            for line in b[1]:
                self.para(line)
            pdf.ln(1)
        elif kind == "kv":
            for label, value in b[1]:
                self.para(f"**{label}:** {value}", markdown=True)
            pdf.ln(1)
        elif kind == "job":
            self.job(*b[1:])
        elif kind == "edu":
            _, degree, school, dates, details = b
            if pdf.will_page_break(12):
                pdf.add_page()
            self.left_right(degree, dates)
            self.para(school, "I")
            if details:
                self.bullets(details)
            else:
                pdf.ln(1.5)
        elif kind == "table":
            self.table(b[1], b[2], b[3])
        else:  # pragma: no cover - programming error
            raise ValueError(kind)

    def job(self, title: str, org: str, dates: str, loc: str, items: list[str]) -> None:
        pdf = self.pdf
        if pdf.will_page_break(18):
            pdf.add_page()
        mode = self.st.get("job", "right")
        where = f"{org}, {loc}" if loc else org
        if mode == "right":
            self.left_right(title, dates)
            self.para(where, "I")
        elif mode == "org_first":
            self.left_right(where, dates)
            self.para(title, "I")
        elif mode == "below":
            self.para(f"{title} - {org}", "B")
            self.para(f"{dates}{'  |  ' + loc if loc else ''}", "I", self.size - 0.5, (80, 80, 80))
        else:  # "pipe": everything on one line
            self.para(f"{title} | {where} | {dates}", "B")
        pdf.ln(0.5)
        self.bullets(items)
        pdf.ln(self.st.get("job_gap", 1.0))

    def table(
        self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
    ) -> None:
        pdf = self.pdf
        self.set()
        pdf.set_draw_color(90, 90, 90)
        pdf.set_line_width(0.2)
        with pdf.table(
            col_widths=tuple(widths),
            width=pdf.epw,
            borders_layout="ALL",
            line_height=self.lh + 1.5,
            text_align="LEFT",
            headings_style=fpdf.FontFace(emphasis="BOLD", fill_color=(225, 230, 236)),
        ) as t:
            for row in [header, *rows]:
                tr = t.row()
                for cell in row:
                    tr.cell(clean(cell))
        pdf.ln(2)

    def sections(self, sections: Sequence[tuple[str, list[Block]]]) -> None:
        for heading, blocks in sections:
            self.heading(heading)
            for b in blocks:
                self.block(b)


def render_classic(r: Resume) -> ResumePDF:
    pdf = new_pdf(r)
    pdf.add_page()
    rend = Renderer(pdf, r.style)
    rend.header(r)
    rend.sections(r.sections)
    return pdf


SIDEBAR_W = 66.0
MAIN_X = 74.0


def render_two_column(r: Resume, sidebar_first: bool) -> ResumePDF:
    """One page: grey sidebar on the left (contact, skills, languages), main column right.

    ``sidebar_first`` decides which column's text is written first into the content
    stream, so that text extractors see both reading orders.
    """
    pdf = new_pdf(r)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    side_style = dict(
        r.style, size=9, heading="underline", accent=(30, 60, 90), heading_gap=3, bullet="·"
    )
    main_style = dict(r.style, heading="rule", heading_gap=3)

    def sidebar() -> None:
        pdf.set_fill_color(232, 237, 242)
        pdf.rect(0, 0, SIDEBAR_W, pdf.h, style="F")
        pdf.set_left_margin(8)
        pdf.set_right_margin(pdf.w - SIDEBAR_W + 5)
        pdf.set_xy(8, 16)
        rend = Renderer(pdf, side_style)
        rend.sections(r.sidebar)
        if pdf.get_y() > pdf.h - 10:
            raise RuntimeError(f"{r.file}: sidebar overflows the page")

    def main() -> None:
        pdf.set_left_margin(MAIN_X)
        pdf.set_right_margin(12)
        pdf.set_xy(MAIN_X, 14)
        rend = Renderer(pdf, main_style)
        rend.header(r)
        rend.sections(r.sections)
        if pdf.get_y() > pdf.h - 8:
            raise RuntimeError(f"{r.file}: main column overflows the page")

    if sidebar_first:
        sidebar()
        main()
    else:
        main()
        sidebar()
    return pdf


# --------------------------------------------------------------------------------------
# Content
# --------------------------------------------------------------------------------------


def strong_resumes() -> list[Resume]:
    out: list[Resume] = []

    out.append(
        Resume(
            file="strong-django-senior.pdf",
            fit="strong",
            profession="Senior Python Developer",
            notes="Django/DRF, Django ORM, Celery, AWS, Docker/K8s, BSc CS, PCAP, mentoring; "
            "dates 'Jan 2021 – Present' style",
            name="Priya Raman",
            email="priya.raman@example.com",
            headline="Senior Python Developer - Django, APIs, cloud-native back ends",
            contact=[
                "priya.raman@example.com",
                "(312) 555-0142",
                "Chicago, IL",
                "linkedin.com/in/priya-raman-example",
                "github.com/praman-example",
            ],
            style=dict(
                format="Letter",
                accent=(20, 60, 110),
                heading="rule",
                footer="Priya Raman",
                name_size=22,
                bullet_align="J",
                para_align="J",
            ),
            sections=[
                (
                    "PROFESSIONAL SUMMARY",
                    [
                        (
                            "p",
                            "Python developer with 6+ years building and operating server-side web "
                            "applications in Django and Flask. I design PostgreSQL schemas, write "
                            "reusable and well-tested code, and ship through automated CI/CD pipelines "
                            "to AWS. I enjoy mentoring junior developers and working in Agile teams "
                            "with product managers, designers and data scientists.",
                        )
                    ],
                ),
                (
                    "WORK EXPERIENCE",
                    [
                        job(
                            "Senior Python Developer",
                            "Brightline Freight Technologies",
                            "Jan 2021 – Present",
                            "Chicago, IL",
                            [
                                "Lead a team of five developers maintaining a Django 4 / Django REST "
                                "Framework platform that schedules 40,000 truck loads a week.",
                                "Redesigned the shipment data model in the Django ORM and PostgreSQL, "
                                "cutting p95 API latency from 900 ms to 180 ms with select_related, "
                                "partial indexes and Redis caching.",
                                "Moved long-running pricing jobs from threads to Celery workers and a "
                                "multiprocessing pool after profiling GIL contention.",
                                "Built the partner integration layer (REST and webhooks) connecting "
                                "carriers' third-party web services; OAuth2 and JWT authentication "
                                "between internal services.",
                                "Containerised all services with Docker and moved them to Kubernetes "
                                "(Amazon EKS); GitHub Actions pipeline with pytest, coverage gates "
                                "and blue/green deploys.",
                                "Introduced event-driven processing with asyncio consumers on "
                                "Amazon SQS for tracking updates.",
                                "Mentor three junior developers; run fortnightly code-review clinics "
                                "and wrote the team's Python style guide.",
                            ],
                        ),
                        job(
                            "Python Developer",
                            "Quillfeather Media",
                            "June 2019 – Dec 2020",
                            "Evanston, IL",
                            [
                                "Developed editorial tools in Django with server-side Jinja2 and "
                                "Django templates, plus vanilla JavaScript, HTML5 and CSS3 front ends.",
                                "Integrated MongoDB analytics events with the PostgreSQL content "
                                "database behind one reporting API.",
                                "Raised unit test coverage from 41% to 88% with pytest and "
                                "factory_boy; fixed 120+ defects found by Sentry.",
                                "Worked in two-week Scrum sprints; acted as Scrum master for two "
                                "quarters.",
                                "Audited templates for WCAG 2.1 accessibility and OWASP Top 10 "
                                "security issues.",
                            ],
                        ),
                        job(
                            "Software Engineering Intern",
                            "Lakeshore Analytics",
                            "May 2018 – Aug 2018",
                            "Chicago, IL",
                            [
                                "Wrote Python ETL scripts with pandas to clean survey data; "
                                "version control with Git and code review on GitLab.",
                            ],
                        ),
                    ],
                ),
                (
                    "TECHNICAL SKILLS",
                    [
                        (
                            "kv",
                            [
                                (
                                    "Languages",
                                    "Python 3, SQL, JavaScript (ES2020), HTML5, CSS3, Bash",
                                ),
                                (
                                    "Frameworks",
                                    "Django, Django REST Framework, Flask, Celery, asyncio",
                                ),
                                ("Data", "PostgreSQL, MongoDB, Redis, Django ORM, SQLAlchemy"),
                                (
                                    "Cloud & DevOps",
                                    "AWS (EC2, RDS, S3, SQS, EKS), Docker, Kubernetes, "
                                    "Terraform, GitHub Actions",
                                ),
                                ("Practices", "TDD with pytest, code review, Agile/Scrum, Git"),
                            ],
                        )
                    ],
                ),
                (
                    "EDUCATION",
                    [
                        edu(
                            "BSc Computer Science",
                            "University of Illinois Chicago",
                            "2015 – 2019",
                            ["Senior project: real-time bus tracker in Flask and Leaflet.js"],
                        ),
                    ],
                ),
                (
                    "CERTIFICATIONS",
                    [
                        (
                            "bullets",
                            [
                                "PCAP - Certified Associate in Python Programming (Python Institute), 2020",
                                "AWS Certified Developer - Associate, 2022",
                            ],
                        )
                    ],
                ),
            ],
        )
    )

    out.append(
        Resume(
            file="strong-flask-mid.pdf",
            fit="strong",
            profession="Python Developer",
            notes="Flask, SQLAlchemy, Jinja2, pytest, Docker, GitLab CI, B.S. Computer "
            "Engineering, PCEP; numeric dates '03/2022 - Present'",
            name="Marcus Oyelaran",
            email="m.oyelaran@example.org",
            headline="Python / Flask Developer",
            contact=[
                "m.oyelaran@example.org",
                "+1 (617) 555-0117",
                "Boston, MA",
                "github.com/moyelaran-example",
            ],
            style=dict(
                format="Letter",
                font="Times",
                size=11,
                name_align="C",
                heading="underline",
                job="org_first",
                bullet="·",
                contact_sep="  ·  ",
                name_size=22,
            ),
            sections=[
                (
                    "Profile",
                    [
                        (
                            "p",
                            "Back-end developer with five years of professional Python experience, "
                            "mostly Flask and SQLAlchemy services for healthcare scheduling. Strong on "
                            "testing, debugging and clean, documented code; happy to pair with "
                            "front-end developers to wire up templates and JavaScript.",
                        )
                    ],
                ),
                (
                    "Experience",
                    [
                        job(
                            "Python Developer",
                            "CareSlot Health",
                            "03/2022 - Present",
                            "Boston, MA",
                            [
                                "Own the appointment-booking API (Flask, Marshmallow, SQLAlchemy ORM on "
                                "PostgreSQL) serving 300 clinics.",
                                "Render patient-facing pages with Jinja2 templates, HTML5 and CSS3; added "
                                "progressive enhancement in JavaScript and fixed WCAG accessibility gaps.",
                                "Implemented SSO between the booking app and clinic portals with OpenID "
                                "Connect; role-based authorization checks audited for HIPAA compliance.",
                                "Wrote 1,400 pytest unit and integration tests; debugging with pdb and "
                                "py-spy; zero P1 incidents in 2024.",
                                "Packaged services in Docker; GitLab CI/CD pipelines deploy to AWS ECS.",
                                "Added a Redis queue and gevent workers for SMS reminders (event-driven).",
                            ],
                        ),
                        job(
                            "Junior Python Developer",
                            "Harborview Software",
                            "09/2020 - 02/2022",
                            "Quincy, MA",
                            [
                                "Maintained Flask micro-services and a legacy Pyramid admin app.",
                                "Migrated raw SQL to SQLAlchemy models with Alembic migrations.",
                                "Integrated a third-party payments API and a MongoDB audit log.",
                                "Used Git feature branches and merge requests; Scrum ceremonies.",
                            ],
                        ),
                    ],
                ),
                (
                    "Skills",
                    [
                        (
                            "lines",
                            [
                                "Python, Flask, SQLAlchemy, Alembic, Jinja2, Pyramid (basic), Celery",
                                "PostgreSQL, MySQL, MongoDB, Redis",
                                "JavaScript, HTML5, CSS3, Bootstrap",
                                "pytest, unittest, tox, Git, Docker, GitLab CI, AWS ECS",
                            ],
                        )
                    ],
                ),
                (
                    "Education",
                    [
                        edu(
                            "B.S. Computer Engineering",
                            "Northeastern University, Boston MA",
                            "2016 - 2020",
                            ["Minor in Mathematics; GPA 3.6"],
                        ),
                    ],
                ),
                (
                    "Licenses & Certifications",
                    [
                        (
                            "lines",
                            [
                                "PCEP - Certified Entry-Level Python Programmer, Python Institute (2019)",
                            ],
                        )
                    ],
                ),
            ],
        )
    )

    out.append(
        Resume(
            file="strong-django-fullstack.pdf",
            fit="strong",
            profession="Full-Stack Python Developer",
            notes="Django + JS full stack, M.Sc. CS, Agile, mentoring, projects section; "
            "dates 'Sept. 2020 to Current' and '2018 – 2020'",
            name="Elena Kowalczyk",
            email="elena.kowalczyk@example.com",
            headline="Full-stack developer (Python / Django / JavaScript)",
            contact=[
                "Krakow, Poland",
                "+48 12 555 0131",
                "elena.kowalczyk@example.com",
                "linkedin.com/in/elena-kowalczyk-example",
            ],
            style=dict(
                accent=(110, 30, 40),
                heading="shaded",
                job="below",
                name_size=24,
                contact_sep="  /  ",
                fill=(242, 230, 232),
            ),
            sections=[
                (
                    "Summary",
                    [
                        (
                            "p",
                            "Full-stack developer with over five years of commercial work on Django "
                            "products, from database schema to the browser. Comfortable owning features "
                            "end to end, reviewing code and coaching newer team members. I like small "
                            "pull requests, good tests and readable documentation.",
                        )
                    ],
                ),
                (
                    "Professional Experience",
                    [
                        job(
                            "Python Developer (Full Stack)",
                            "Northwind Tours Sp. z o.o.",
                            "Sept. 2020 to Current",
                            "Krakow",
                            [
                                "Build the booking platform in Django 4 with Django ORM models on "
                                "PostgreSQL and MongoDB for search logs; Elasticsearch for search.",
                                "Server-side rendering with Django templates and Jinja2 for e-mails; "
                                "interactive widgets in TypeScript, HTML5 and CSS3 (Sass).",
                                "Designed a threading-safe cache layer and moved report generation "
                                "to multiprocessing workers to avoid GIL limits.",
                                "Implemented OAuth2 login with Google and Facebook and per-tenant "
                                "permissions; followed OWASP ASVS security checklist.",
                                "Deployed with Docker Compose, then Kubernetes on AWS; Jenkins "
                                "CI/CD pipelines running pytest and Playwright tests.",
                                "Mentored two interns, both hired as juniors; run the team's "
                                "Scrum retrospectives.",
                            ],
                        ),
                        job(
                            "Junior Web Developer",
                            "Vistula Digital",
                            "2018 – 2020",
                            "Krakow",
                            [
                                "Developed client websites with Django, Wagtail CMS and jQuery.",
                                "Wrote unit tests with unittest and pytest; Git flow on Bitbucket.",
                                "Built data import scripts (pandas) that merged CSV, REST and SQL "
                                "sources into one catalogue.",
                            ],
                        ),
                    ],
                ),
                (
                    "Core Competencies",
                    [
                        (
                            "bullets",
                            [
                                "Python 3, Django, Django REST Framework, Celery, asyncio",
                                "Django ORM, SQLAlchemy, PostgreSQL, MongoDB, Redis",
                                "JavaScript / TypeScript, HTML5, CSS3, Vue.js",
                                "pytest, Playwright, Git, Docker, Kubernetes, AWS, Jenkins",
                                "Agile / Scrum, code review, mentoring",
                            ],
                        )
                    ],
                ),
                (
                    "Projects",
                    [
                        (
                            "bullets",
                            [
                                "tramline (open source): a Django app that shows live tram departures; "
                                "300 GitHub stars.",
                                "Volunteer at Django Girls Krakow workshops (coach, 2019, 2022, 2024).",
                            ],
                        )
                    ],
                ),
                (
                    "Academic Background",
                    [
                        edu(
                            "M.Sc. Computer Science",
                            "AGH University of Krakow",
                            "2016 - 2018",
                            ["Thesis: Incremental view maintenance for document databases"],
                        ),
                        edu("B.Sc. Computer Science", "AGH University of Krakow", "2013 - 2016"),
                    ],
                ),
                ("Languages", [("lines", ["Polish (native), English (C1), German (B1)"])]),
            ],
        )
    )

    out.append(
        Resume(
            file="strong-python-backend-aws.pdf",
            fit="strong",
            profession="Backend Python Engineer",
            notes="Flask + FastAPI, SQLAlchemy, Jinja2, AWS/K8s, CI/CD, Bachelor of Science in "
            "Computer Science, PCAP; headings 'Employment History'; 'June 2022 - Present'",
            name="Daniel Achterberg",
            email="dan.achterberg@example.com",
            headline="Backend Python Engineer | AWS | Kubernetes",
            contact=[
                "Denver, CO 80205",
                "(720) 555-0188",
                "dan.achterberg@example.com",
                "github.com/dachterberg-example",
            ],
            style=dict(
                format="Letter",
                accent=(0, 90, 80),
                heading="plain",
                job="right",
                name_align="L",
                contact_lines=True,
                header_rule=False,
                bullet="*",
            ),
            sections=[
                (
                    "Employment History",
                    [
                        job(
                            "Backend Python Engineer",
                            "Summit Ledger Inc.",
                            "June 2022 - Present",
                            "Denver, CO (hybrid)",
                            [
                                "Design and build payment-reconciliation services in Python 3.12 "
                                "(FastAPI and Flask) with SQLAlchemy 2.0 and PostgreSQL.",
                                "Own a Jinja2-based statement rendering service producing 2M PDF "
                                "statements per month.",
                                "Event-driven architecture with Kafka consumers written in asyncio; "
                                "idempotent handlers and dead-letter queues.",
                                "Infrastructure on AWS (EKS, RDS, DynamoDB, Lambda) managed with "
                                "Terraform; Helm charts for Kubernetes deploys.",
                                "Built the CI/CD pipeline in GitHub Actions: ruff, mypy, pytest with "
                                "Hypothesis, container scanning, canary releases.",
                                "Led SOC 2 security compliance work for the team: secrets rotation, "
                                "least-privilege IAM, audit logging.",
                                "Onboard and mentor new hires; interviewer for the Python guild.",
                            ],
                        ),
                        job(
                            "Python Developer",
                            "Cobalt Grid Energy",
                            "March 2019 - May 2022",
                            "Boulder, CO",
                            [
                                "Developed a Flask web portal (Jinja2, HTML5, CSS3, JavaScript) for "
                                "utility customers to track solar production.",
                                "Parallelised meter-data ingestion with multiprocessing, processing "
                                "35 GB of readings nightly; data analysis with pandas and NumPy.",
                                "Combined SQL (PostgreSQL, TimescaleDB) and NoSQL (MongoDB, Redis) "
                                "stores behind a single API.",
                                "Introduced Docker and Git-based code review; team worked in Scrum.",
                            ],
                        ),
                    ],
                ),
                (
                    "Technical Skills",
                    [
                        (
                            "kv",
                            [
                                (
                                    "Python",
                                    "FastAPI, Flask, Django (2 yrs), SQLAlchemy, Pydantic, asyncio, "
                                    "pandas",
                                ),
                                ("Databases", "PostgreSQL, MySQL, MongoDB, DynamoDB, Redis"),
                                ("Cloud", "AWS, Docker, Kubernetes, Helm, Terraform"),
                                ("Tooling", "Git, GitHub Actions, pytest, mypy, Sentry, Grafana"),
                                ("Front end", "JavaScript, HTML5, CSS3, htmx"),
                            ],
                        )
                    ],
                ),
                (
                    "Education",
                    [
                        edu(
                            "Bachelor of Science in Computer Science",
                            "Colorado State University",
                            "2015 - 2019",
                            ["Dean's list; teaching assistant for Data Structures"],
                        ),
                    ],
                ),
                (
                    "Certifications",
                    [
                        (
                            "bullets",
                            [
                                "PCAP: Certified Associate Python Programmer (2021)",
                                "AWS Certified Solutions Architect - Associate (2023)",
                                "Certified Kubernetes Application Developer (CKAD), 2024",
                            ],
                        )
                    ],
                ),
            ],
        )
    )
    return out


def medium_resumes() -> list[Resume]:
    out: list[Resume] = []

    out.append(
        Resume(
            file="medium-data-analyst-pandas.pdf",
            fit="medium",
            profession="Data Analyst",
            notes="Python/pandas/SQL analyst, little web work, B.S. Statistics; dates '2019 – 2022'",
            name="Grace Liang",
            email="grace.liang@example.com",
            headline="Data Analyst - Python, SQL, dashboards",
            contact=[
                "grace.liang@example.com",
                "(206) 555-0176",
                "Seattle, WA",
                "linkedin.com/in/grace-liang-example",
            ],
            style=dict(format="Letter", accent=(40, 40, 120), heading="rule", job="right"),
            sections=[
                (
                    "Summary",
                    [
                        (
                            "p",
                            "Data analyst with six years of experience turning messy operational data "
                            "into reports and forecasts. Daily Python user (pandas, NumPy, Jupyter) and "
                            "strong SQL; some exposure to building small internal web tools.",
                        )
                    ],
                ),
                (
                    "Experience",
                    [
                        job(
                            "Senior Data Analyst",
                            "Evergreen Grocers",
                            "2022 – Present",
                            "Seattle, WA",
                            [
                                "Automated weekly sales reporting with Python, pandas and SQL Server, "
                                "saving 12 analyst hours per week.",
                                "Built demand forecasts with statsmodels and scikit-learn for 140 stores.",
                                "Created Tableau and Power BI dashboards for regional managers.",
                                "Wrote a small Flask app so store managers can upload stock counts; "
                                "hosted by the IT team.",
                            ],
                        ),
                        job(
                            "Data Analyst",
                            "Puget Transit Authority",
                            "2019 – 2022",
                            "Seattle, WA",
                            [
                                "Analysed ridership data in Jupyter notebooks; presented findings to "
                                "the board.",
                                "Maintained PostgreSQL views and wrote data-quality checks in Python.",
                                "Version-controlled notebooks and scripts in Git.",
                            ],
                        ),
                    ],
                ),
                (
                    "Skills",
                    [
                        (
                            "lines",
                            [
                                "Python (pandas, NumPy, matplotlib, scikit-learn), SQL, R, Excel (VBA)",
                                "Tableau, Power BI, Jupyter, Git, basic Flask and HTML",
                            ],
                        )
                    ],
                ),
                ("Education", [edu("B.S. Statistics", "University of Washington", "2015 – 2019")]),
            ],
        )
    )

    out.append(
        Resume(
            file="medium-junior-flask.pdf",
            fit="medium",
            profession="Junior Python Developer",
            notes="1.5 years of Flask, B.Sc. CS 2024, PCEP; too little experience; "
            "dates 'Sept. 2024 to Current'",
            name="Kevin Park",
            email="kevin.park@example.org",
            headline="Junior Python Developer",
            contact=[
                "kevin.park@example.org",
                "(503) 555-0123",
                "Portland, OR",
                "github.com/kpark-example",
            ],
            style=dict(
                format="Letter", accent=(0, 0, 0), heading="underline", job="below", name_align="C"
            ),
            sections=[
                (
                    "Objective",
                    [
                        (
                            "p",
                            "Junior developer looking to grow into a full Python web developer role on a "
                            "team that values testing and code review.",
                        )
                    ],
                ),
                (
                    "Work Experience",
                    [
                        job(
                            "Junior Python Developer",
                            "Rosebud Apps LLC",
                            "Sept. 2024 to Current",
                            "Portland, OR",
                            [
                                "Build REST endpoints in Flask with SQLAlchemy models on PostgreSQL.",
                                "Write Jinja2 templates and small JavaScript features for the admin "
                                "dashboard.",
                                "Added pytest tests for the billing module (coverage 52% to 79%).",
                                "Use Git, GitHub pull requests and Docker for local development.",
                            ],
                        ),
                        job(
                            "Software Development Intern",
                            "Rosebud Apps LLC",
                            "June 2023 to Aug. 2023",
                            "Portland, OR",
                            [
                                "Wrote Python scripts to migrate customer data from spreadsheets.",
                            ],
                        ),
                    ],
                ),
                (
                    "Projects",
                    [
                        (
                            "bullets",
                            [
                                "recipebox - Flask + SQLite recipe manager with user login (Flask-Login).",
                                "Advent of Code 2023 and 2024 solutions in Python.",
                            ],
                        )
                    ],
                ),
                (
                    "Technical Skills",
                    [
                        (
                            "lines",
                            [
                                "Python, Flask, SQLAlchemy, Jinja2, PostgreSQL, SQLite",
                                "JavaScript, HTML5, CSS3, Git, Docker (basic), pytest",
                            ],
                        )
                    ],
                ),
                (
                    "Education",
                    [
                        edu("B.Sc. Computer Science", "Portland State University", "2020 – 2024"),
                    ],
                ),
                (
                    "Certifications",
                    [("lines", ["PCEP - Certified Entry-Level Python Programmer, 2023"])],
                ),
            ],
        )
    )

    out.append(
        Resume(
            file="medium-nodejs-fullstack.pdf",
            fit="medium",
            profession="Full-Stack JavaScript Developer",
            notes="Node.js/React full stack with some Python (scripts, a Django side project), "
            "B.Tech IT; dates '06/21 - Now'",
            name="Aisha Bello",
            email="aisha.bello@example.com",
            headline="Full-Stack Developer - Node.js, React, TypeScript",
            contact=[
                "Lagos, Nigeria (open to remote)",
                "+234 1 555 0199",
                "aisha.bello@example.com",
                "github.com/abello-example",
            ],
            style=dict(accent=(150, 70, 0), heading="rule", job="right", bullet="·"),
            sections=[
                (
                    "Profile",
                    [
                        (
                            "p",
                            "Full-stack engineer with 6 years of JavaScript and TypeScript experience "
                            "on Node.js back ends and React front ends. I also write Python for "
                            "automation and have built one production Django service.",
                        )
                    ],
                ),
                (
                    "Experience",
                    [
                        job(
                            "Full-Stack Developer",
                            "PayNaija Ltd",
                            "06/21 - Now",
                            "Lagos",
                            [
                                "Build Node.js (Express, NestJS) APIs with Prisma on PostgreSQL.",
                                "React and Next.js front ends with HTML5, CSS3 and Tailwind.",
                                "Wrote a Django service for merchant onboarding (Django ORM, Celery).",
                                "Jest and Cypress tests; GitHub Actions CI/CD to AWS.",
                            ],
                        ),
                        job(
                            "Web Developer",
                            "Konga Creative Studio",
                            "01/19 - 05/21",
                            "Lagos",
                            [
                                "Built marketing sites with Vue.js and a Node.js CMS on MongoDB.",
                                "Python scripts to scrape and clean product feeds (requests, "
                                "BeautifulSoup).",
                                "Git, code review, Scrum sprints.",
                            ],
                        ),
                    ],
                ),
                (
                    "Skills",
                    [
                        (
                            "lines",
                            [
                                "JavaScript, TypeScript, Node.js, Express, NestJS, React, Next.js, Vue.js",
                                "Python (scripting, Django basics), PostgreSQL, MongoDB, Redis",
                                "Docker, AWS, GitHub Actions, Jest, Cypress, Git",
                            ],
                        )
                    ],
                ),
                (
                    "Education",
                    [
                        edu(
                            "B.Tech Information Technology",
                            "Federal University of Technology, Akure",
                            "2014 - 2018",
                        ),
                    ],
                ),
            ],
        )
    )

    out.append(
        Resume(
            file="medium-devops-python.pdf",
            fit="medium",
            profession="DevOps Engineer",
            notes="DevOps with Python scripting (boto3), AWS/K8s/CI-CD but no web framework; "
            "Associate of Applied Science; dates '2016-2019' style",
            name="Rafael Mendes",
            email="rafael.mendes@example.com",
            headline="DevOps / Site Reliability Engineer",
            contact=["rafael.mendes@example.com", "(512) 555-0155", "Austin, TX"],
            style=dict(
                format="Letter",
                font="Courier",
                size=9.5,
                heading="plain",
                job="pipe",
                accent=(0, 0, 0),
                bullet="*",
                header_rule=True,
            ),
            sections=[
                (
                    "PROFESSIONAL EXPERIENCE",
                    [
                        job(
                            "Senior DevOps Engineer",
                            "Lonestar Cloudworks",
                            "2019-Present",
                            "Austin, TX",
                            [
                                "Run 60 Kubernetes clusters on AWS EKS; Terraform and Helm for everything.",
                                "Wrote Python tooling (boto3, click, requests) for account provisioning "
                                "and cost reports.",
                                "Jenkins and GitHub Actions CI/CD for 80 services; ArgoCD for GitOps.",
                                "Prometheus, Grafana and PagerDuty on-call; cut MTTR by 40%.",
                            ],
                        ),
                        job(
                            "Systems Administrator",
                            "Hill Country Medical Group",
                            "2016-2019",
                            "San Marcos, TX",
                            [
                                "Linux and VMware administration; Bash and Python automation scripts.",
                                "Introduced Ansible, Git and Docker to the operations team.",
                            ],
                        ),
                        job(
                            "IT Support Technician",
                            "Hill Country Medical Group",
                            "2012-2016",
                            "San Marcos, TX",
                            [
                                "Desktop support, networking and Active Directory for 400 staff.",
                            ],
                        ),
                    ],
                ),
                (
                    "SKILLS",
                    [
                        (
                            "lines",
                            [
                                "AWS, Kubernetes, Docker, Terraform, Helm, Ansible, Jenkins, ArgoCD",
                                "Python (boto3, scripting), Bash, Go (basic), SQL",
                                "Linux, Prometheus, Grafana, ELK, Git",
                            ],
                        )
                    ],
                ),
                (
                    "EDUCATION",
                    [
                        edu(
                            "Associate of Applied Science, Network Administration",
                            "Austin Community College",
                            "2010-2012",
                        ),
                    ],
                ),
                (
                    "CERTIFICATIONS",
                    [
                        (
                            "lines",
                            [
                                "AWS Certified SysOps Administrator - Associate",
                                "Certified Kubernetes Administrator (CKA)",
                            ],
                        )
                    ],
                ),
            ],
        )
    )

    out.append(
        Resume(
            file="medium-bootcamp-grad.pdf",
            fit="medium",
            profession="Junior Web Developer",
            notes="career changer: bootcamp 2024 (Python/Django), B.A. History, retail "
            "management before; projects heavy",
            name="Jordan Ellis",
            email="jordan.ellis@example.org",
            headline="Junior Software Developer (Python / Django) - career changer",
            contact=[
                "jordan.ellis@example.org",
                "(919) 555-0104",
                "Raleigh, NC",
                "jordanellis-example.dev",
            ],
            style=dict(
                format="Letter",
                accent=(90, 30, 120),
                heading="shaded",
                job="right",
                fill=(236, 228, 242),
            ),
            sections=[
                (
                    "Summary",
                    [
                        (
                            "p",
                            "Former retail store manager who completed a 16-week full-time Python "
                            "bootcamp. I bring leadership, customer focus and a habit of finishing "
                            "what I start, and I am building real projects in Django.",
                        )
                    ],
                ),
                (
                    "Projects",
                    [
                        job(
                            "ShiftSwap",
                            "Capstone project",
                            "2024",
                            "",
                            [
                                "Django app for retail staff to swap shifts; Django ORM with PostgreSQL, "
                                "templates with HTML5, CSS3 and a little JavaScript.",
                                "Deployed on Render with Docker; 40 unit tests with pytest-django.",
                            ],
                        ),
                        job(
                            "Budget Buddy",
                            "Team project (4 people)",
                            "2024",
                            "",
                            [
                                "Flask API and React front end; Git feature branches and daily stand-ups.",
                            ],
                        ),
                    ],
                ),
                (
                    "Experience",
                    [
                        job(
                            "Freelance Web Developer",
                            "Self-employed",
                            "Oct 2024 - Present",
                            "Raleigh, NC",
                            [
                                "Built two small-business websites (WordPress and one Django site).",
                            ],
                        ),
                        job(
                            "Store Manager",
                            "Triangle Outdoor Supply",
                            "2017 - 2024",
                            "Durham, NC",
                            [
                                "Managed 18 staff and a $4M annual budget; trained new supervisors.",
                                "Built Excel inventory reports that cut overstock by 15%.",
                            ],
                        ),
                    ],
                ),
                (
                    "Skills",
                    [
                        (
                            "lines",
                            [
                                "Python, Django, Flask, SQL, PostgreSQL, HTML5, CSS3, JavaScript, Git, pytest",
                            ],
                        )
                    ],
                ),
                (
                    "Education",
                    [
                        edu(
                            "Certificate, Full-Stack Python Development",
                            "Code Harbor Bootcamp",
                            "Jan 2024 - May 2024",
                        ),
                        edu("B.A. History", "North Carolina Central University", "2011 - 2015"),
                    ],
                ),
            ],
        )
    )
    return out


def weak_resumes() -> list[Resume]:
    out: list[Resume] = []

    out.append(
        Resume(
            file="weak-java-spring.pdf",
            fit="weak",
            profession="Java Backend Developer",
            notes="Java-only (Spring Boot, Hibernate); no Python at all",
            name="Stefan Lindqvist",
            email="stefan.lindqvist@example.com",
            headline="Senior Java Backend Developer",
            contact=[
                "stefan.lindqvist@example.com",
                "+46 8 555 0127",
                "Stockholm, Sweden",
                "linkedin.com/in/stefan-lindqvist-example",
            ],
            style=dict(accent=(180, 60, 0), heading="rule", job="right"),
            sections=[
                (
                    "Profile",
                    [
                        (
                            "p",
                            "Java developer with nine years of experience building transactional "
                            "back-end systems for banks and insurers. Spring specialist, pragmatic "
                            "about architecture, keen on automated testing.",
                        )
                    ],
                ),
                (
                    "Work Experience",
                    [
                        job(
                            "Senior Java Developer",
                            "Nordbank Digital AB",
                            "Feb 2020 – Present",
                            "Stockholm",
                            [
                                "Design Spring Boot 3 micro-services with Hibernate/JPA on Oracle and "
                                "PostgreSQL.",
                                "Kafka event streaming; REST and gRPC APIs secured with Spring "
                                "Security and OAuth2.",
                                "JUnit 5, Mockito and Testcontainers; Maven builds in Jenkins; "
                                "OpenShift deployments.",
                                "Mentor two junior developers; Scrum team of eight.",
                            ],
                        ),
                        job(
                            "Java Developer",
                            "Skandia Forsakring IT",
                            "Aug 2016 – Jan 2020",
                            "Stockholm",
                            [
                                "Maintained Java EE applications on WebLogic; migrated to Spring Boot.",
                                "Wrote complex Hibernate Criteria queries and stored procedures.",
                            ],
                        ),
                    ],
                ),
                (
                    "Technical Skills",
                    [
                        (
                            "lines",
                            [
                                "Java 8-21, Spring Boot, Spring Security, Hibernate, JPA, Maven, Gradle",
                                "Oracle, PostgreSQL, Kafka, Docker, OpenShift, Jenkins, Git, JUnit",
                            ],
                        )
                    ],
                ),
                (
                    "Education",
                    [
                        edu(
                            "M.Sc. Software Engineering",
                            "KTH Royal Institute of Technology",
                            "2011 – 2016",
                        ),
                    ],
                ),
                (
                    "Certifications",
                    [("lines", ["Oracle Certified Professional, Java SE 11 Developer"])],
                ),
            ],
        )
    )

    out.append(
        Resume(
            file="weak-dotnet-csharp.pdf",
            fit="weak",
            profession=".NET Developer",
            notes="C#/.NET, Entity Framework, Azure; no Python",
            name="Hannah Okafor",
            email="hannah.okafor@example.org",
            headline=".NET Developer (C#, ASP.NET Core, Azure)",
            contact=["hannah.okafor@example.org", "(404) 555-0161", "Atlanta, GA"],
            style=dict(
                format="Letter",
                font="Times",
                size=11,
                heading="underline",
                job="org_first",
                name_align="C",
            ),
            sections=[
                (
                    "Summary",
                    [
                        (
                            "p",
                            "Software developer with five years of experience building line-of-business "
                            "web applications in C# and ASP.NET Core, with SQL Server and Azure.",
                        )
                    ],
                ),
                (
                    "Professional Experience",
                    [
                        job(
                            ".NET Developer",
                            "Peachtree Insurance Services",
                            "March 2021 - Present",
                            "Atlanta, GA",
                            [
                                "Develop ASP.NET Core Web APIs and Blazor front ends.",
                                "Entity Framework Core data access on SQL Server; LINQ query tuning.",
                                "Azure DevOps pipelines, xUnit tests, Azure App Service deployments.",
                            ],
                        ),
                        job(
                            "Junior C# Developer",
                            "Magnolia Systems",
                            "July 2019 - February 2021",
                            "Marietta, GA",
                            [
                                "Maintained WinForms and WPF desktop applications.",
                                "Wrote T-SQL reports and SSIS packages.",
                            ],
                        ),
                    ],
                ),
                (
                    "Technical Skills",
                    [
                        (
                            "lines",
                            [
                                "C#, .NET 8, ASP.NET Core, Blazor, Entity Framework, LINQ, T-SQL",
                                "SQL Server, Azure, Azure DevOps, xUnit, Git, JavaScript, HTML, CSS",
                            ],
                        )
                    ],
                ),
                (
                    "Education",
                    [
                        edu(
                            "B.S. Information Technology",
                            "Kennesaw State University",
                            "2015 - 2019",
                        ),
                    ],
                ),
            ],
        )
    )

    out.append(
        Resume(
            file="weak-qa-manual-tester.pdf",
            fit="weak",
            profession="QA Analyst (manual testing)",
            notes="manual QA: test cases, JIRA, TestRail; no programming",
            name="Luis Ortega",
            email="luis.ortega@example.com",
            headline="QA Analyst - Manual & Exploratory Testing",
            contact=["luis.ortega@example.com", "(602) 555-0138", "Phoenix, AZ"],
            style=dict(format="Letter", accent=(60, 60, 60), heading="plain", job="right"),
            sections=[
                (
                    "Summary",
                    [
                        (
                            "p",
                            "Detail-oriented QA analyst with seven years of manual and exploratory "
                            "testing of web and mobile applications. I write clear test cases and bug "
                            "reports and work closely with developers in Agile teams.",
                        )
                    ],
                ),
                (
                    "Experience",
                    [
                        job(
                            "QA Analyst",
                            "Saguaro Retail Tech",
                            "Jan 2020 – Present",
                            "Phoenix, AZ",
                            [
                                "Design and execute test plans and 900+ test cases in TestRail.",
                                "Regression, smoke and cross-browser testing on desktop and mobile.",
                                "Log and triage defects in JIRA; attend sprint planning and demos.",
                                "Run basic SQL queries to verify data in test databases.",
                            ],
                        ),
                        job(
                            "Customer Support Specialist",
                            "Desert Sun Telecom",
                            "2016 – 2019",
                            "Tempe, AZ",
                            [
                                "Handled escalated technical tickets; wrote knowledge-base articles.",
                            ],
                        ),
                    ],
                ),
                (
                    "Skills",
                    [
                        (
                            "lines",
                            [
                                "Test planning, test case design, exploratory testing, UAT",
                                "JIRA, TestRail, Postman, Charles Proxy, basic SQL",
                            ],
                        )
                    ],
                ),
                ("Education", [edu("Associate of Arts", "Mesa Community College", "2014 – 2016")]),
                ("Certifications", [("lines", ["ISTQB Certified Tester Foundation Level (CTFL)"])]),
            ],
        )
    )
    return out


def other_resumes() -> list[Resume]:
    out: list[Resume] = []

    out.append(
        Resume(
            file="other-accountant.pdf",
            fit="other",
            profession="Accountant",
            notes="CPA, MBA; non-technical (Excel, QuickBooks)",
            name="Margaret Holloway",
            email="m.holloway@example.com",
            headline="Certified Public Accountant",
            contact=["m.holloway@example.com", "(614) 555-0109", "Columbus, OH"],
            style=dict(
                format="Letter",
                font="Times",
                size=11,
                heading="rule",
                job="org_first",
                name_align="C",
                accent=(0, 0, 0),
            ),
            sections=[
                (
                    "Profile",
                    [
                        (
                            "p",
                            "CPA with ten years in public accounting and corporate finance: month-end "
                            "close, audits, tax provisions and budgeting for mid-size manufacturers.",
                        )
                    ],
                ),
                (
                    "Professional Experience",
                    [
                        job(
                            "Senior Accountant",
                            "Buckeye Components Inc.",
                            "May 2019 - Present",
                            "Columbus, OH",
                            [
                                "Lead the monthly close for three entities; reconciliations and "
                                "journal entries in NetSuite.",
                                "Prepared audit schedules; zero material findings for five years.",
                                "Built the annual budget model in Excel (Power Query, pivot tables).",
                            ],
                        ),
                        job(
                            "Staff Accountant",
                            "Morrow & Finch CPAs",
                            "June 2015 - April 2019",
                            "Dublin, OH",
                            [
                                "Prepared individual and corporate tax returns; QuickBooks clients.",
                                "Supported financial statement audits of non-profits.",
                            ],
                        ),
                    ],
                ),
                (
                    "Education",
                    [
                        edu("MBA, Finance", "The Ohio State University", "2017 - 2019"),
                        edu("B.S. Accounting", "Ohio University", "2011 - 2015"),
                    ],
                ),
                (
                    "Licenses & Certifications",
                    [
                        (
                            "lines",
                            [
                                "Certified Public Accountant, State of Ohio (2017)",
                            ],
                        )
                    ],
                ),
                (
                    "Skills",
                    [
                        (
                            "lines",
                            [
                                "GAAP, audit, tax, NetSuite, QuickBooks, Excel (advanced), variance analysis",
                            ],
                        )
                    ],
                ),
            ],
        )
    )

    out.append(
        Resume(
            file="other-nurse.pdf",
            fit="other",
            profession="Registered Nurse",
            notes="RN, BSN; clinical",
            name="Denise Carter",
            email="denise.carter@example.org",
            headline="Registered Nurse (RN), BSN - Medical-Surgical & ICU",
            contact=["denise.carter@example.org", "(615) 555-0172", "Nashville, TN"],
            style=dict(
                format="Letter",
                accent=(0, 100, 140),
                heading="shaded",
                job="right",
                fill=(225, 240, 246),
            ),
            sections=[
                (
                    "Summary",
                    [
                        (
                            "p",
                            "Compassionate registered nurse with eight years of acute-care experience "
                            "in medical-surgical and intensive care units. Skilled in patient "
                            "assessment, care planning and precepting new graduate nurses.",
                        )
                    ],
                ),
                (
                    "Clinical Experience",
                    [
                        job(
                            "Registered Nurse, ICU",
                            "Cumberland General Hospital",
                            "Jan 2020 - Present",
                            "Nashville, TN",
                            [
                                "Care for 2-3 critically ill adults per shift: ventilators, drips, "
                                "hemodynamic monitoring.",
                                "Preceptor for 9 new-graduate nurses; unit sepsis champion.",
                                "Documentation in Epic; medication reconciliation and patient teaching.",
                            ],
                        ),
                        job(
                            "Registered Nurse, Med-Surg",
                            "St. Brendan Medical Center",
                            "Aug 2017 - Dec 2019",
                            "Franklin, TN",
                            [
                                "Managed care for up to 6 post-operative patients; wound care, IV "
                                "therapy, discharge planning.",
                            ],
                        ),
                    ],
                ),
                (
                    "Education",
                    [
                        edu(
                            "BSN - Bachelor of Science in Nursing",
                            "Belmont University",
                            "2013 - 2017",
                        ),
                    ],
                ),
                (
                    "Licenses & Certifications",
                    [
                        (
                            "bullets",
                            [
                                "Registered Nurse, Tennessee (multistate compact license)",
                                "CCRN - Critical Care Registered Nurse",
                                "BLS and ACLS (American Heart Association)",
                            ],
                        )
                    ],
                ),
            ],
        )
    )

    out.append(
        Resume(
            file="other-teacher-primary.pdf",
            fit="other",
            profession="Primary School Teacher",
            notes="UK primary teacher, PGCE; reserved drama phone number",
            name="Oliver Bramwell",
            email="oliver.bramwell@example.org",
            headline="Primary School Teacher (KS1 / KS2)",
            contact=["oliver.bramwell@example.org", "+44 20 7946 0958", "London, UK"],
            style=dict(font="Times", size=11, heading="underline", job="below", accent=(0, 70, 0)),
            sections=[
                (
                    "Personal Statement",
                    [
                        (
                            "p",
                            "Enthusiastic primary teacher with seven years in Key Stage 1 and 2 "
                            "classrooms. I plan creative, inclusive lessons and lead the school's "
                            "reading programme.",
                        )
                    ],
                ),
                (
                    "Teaching Experience",
                    [
                        job(
                            "Class Teacher, Year 4",
                            "Hollybrook Primary School",
                            "2019 - present",
                            "Lewisham, London",
                            [
                                "Plan and deliver the full curriculum for a class of 30 pupils.",
                                "English subject lead: raised KS2 reading results by 12 points.",
                                "Work with the SENCo on individual education plans.",
                            ],
                        ),
                        job(
                            "Class Teacher, Year 1",
                            "St Anne's C of E Primary",
                            "2017 - 2019",
                            "Croydon",
                            ["Phonics teaching; organised the school's science week."],
                        ),
                    ],
                ),
                (
                    "Education",
                    [
                        edu(
                            "PGCE Primary Education (QTS)",
                            "University of Roehampton",
                            "2016 - 2017",
                        ),
                        edu("BA (Hons) English Literature", "University of Sussex", "2013 - 2016"),
                    ],
                ),
                (
                    "Skills",
                    [
                        (
                            "lines",
                            [
                                "Lesson planning, behaviour management, phonics, safeguarding, parent "
                                "communication",
                            ],
                        )
                    ],
                ),
            ],
        )
    )

    out.append(
        Resume(
            file="other-chef.pdf",
            fit="other",
            profession="Chef",
            notes="head chef; high school diploma + culinary associate degree",
            name="Antonio Russo",
            email="antonio.russo@example.com",
            headline="Head Chef - Italian & Mediterranean Cuisine",
            contact=["antonio.russo@example.com", "(718) 555-0115", "Brooklyn, NY"],
            style=dict(
                format="Letter", accent=(140, 20, 20), heading="rule", job="right", name_align="C"
            ),
            sections=[
                (
                    "Profile",
                    [
                        (
                            "p",
                            "Head chef with 12 years in busy restaurant kitchens. Menu development, "
                            "food cost control and training brigades of up to 15 cooks.",
                        )
                    ],
                ),
                (
                    "Experience",
                    [
                        job(
                            "Head Chef",
                            "Trattoria Vesuvio",
                            "2018 - Present",
                            "Brooklyn, NY",
                            [
                                "Run a 120-cover kitchen; created seasonal menus; food cost at 28%.",
                                "Hire, schedule and train 12 cooks; maintained an A health grade.",
                            ],
                        ),
                        job(
                            "Sous Chef",
                            "Harbor & Vine",
                            "2014 - 2018",
                            "Hoboken, NJ",
                            [
                                "Managed ordering and inventory; led the line on weekend services.",
                            ],
                        ),
                        job(
                            "Line Cook",
                            "Ristorante Bellini",
                            "2011 - 2014",
                            "Manhattan, NY",
                            [
                                "Pasta and grill stations; prepared fresh pasta daily.",
                            ],
                        ),
                    ],
                ),
                (
                    "Education",
                    [
                        edu(
                            "Associate of Occupational Studies, Culinary Arts",
                            "Hudson Culinary Institute",
                            "2009 - 2011",
                        ),
                        edu("High School Diploma", "Fort Hamilton High School", "2009"),
                    ],
                ),
                (
                    "Certifications",
                    [
                        (
                            "lines",
                            ["ServSafe Food Protection Manager; NYC Food Protection Certificate"],
                        )
                    ],
                ),
            ],
        )
    )

    out.append(
        Resume(
            file="other-sales-manager.pdf",
            fit="other",
            profession="Sales Manager",
            notes="B2B sales manager; CRM tools, quotas",
            name="Brenda Walsh",
            email="brenda.walsh@example.com",
            headline="Regional Sales Manager - B2B SaaS",
            contact=[
                "brenda.walsh@example.com",
                "(480) 555-0193",
                "Scottsdale, AZ",
                "linkedin.com/in/brenda-walsh-example",
            ],
            style=dict(format="Letter", accent=(10, 50, 120), heading="plain", job="org_first"),
            sections=[
                (
                    "Summary",
                    [
                        (
                            "p",
                            "Results-driven sales leader with 11 years of B2B experience. Built and "
                            "coached teams that beat quota five years running.",
                        )
                    ],
                ),
                (
                    "Employment History",
                    [
                        job(
                            "Regional Sales Manager",
                            "Copperline Software",
                            "April 2020 - Present",
                            "Scottsdale, AZ",
                            [
                                "Lead 9 account executives; grew regional ARR from $6M to $14M.",
                                "Introduced a MEDDIC qualification process in Salesforce.",
                            ],
                        ),
                        job(
                            "Account Executive",
                            "Mesa Office Systems",
                            "2014 - 2020",
                            "Phoenix, AZ",
                            [
                                "Closed $2.1M in new business in 2019 (142% of quota).",
                            ],
                        ),
                    ],
                ),
                (
                    "Core Competencies",
                    [
                        (
                            "lines",
                            [
                                "Pipeline management, forecasting, negotiation, coaching, Salesforce, HubSpot",
                            ],
                        )
                    ],
                ),
                (
                    "Education",
                    [
                        edu(
                            "B.A. Business Administration",
                            "Arizona State University",
                            "2010 - 2014",
                        ),
                    ],
                ),
            ],
        )
    )

    out.append(
        Resume(
            file="other-graphic-designer.pdf",
            fit="other",
            profession="Graphic Designer",
            notes="graphic designer; mentions basic HTML/CSS (keyword noise), BFA",
            name="Yuki Tanaka",
            email="yuki.tanaka@example.org",
            headline="Graphic Designer - Brand Identity & Print",
            contact=[
                "yuki.tanaka@example.org",
                "(415) 555-0186",
                "San Francisco, CA",
                "yukitanaka-example.design",
            ],
            style=dict(
                format="Letter",
                accent=(200, 60, 120),
                heading="shaded",
                job="right",
                fill=(250, 230, 240),
                name_size=26,
            ),
            sections=[
                (
                    "Profile",
                    [
                        (
                            "p",
                            "Graphic designer with seven years creating brand identities, packaging "
                            "and campaign artwork for consumer brands.",
                        )
                    ],
                ),
                (
                    "Experience",
                    [
                        job(
                            "Senior Graphic Designer",
                            "Fogline Creative",
                            "2021 - Present",
                            "San Francisco, CA",
                            [
                                "Led rebrands for 14 clients from moodboard to brand guidelines.",
                                "Designed packaging, print ads and social media assets.",
                                "Updated landing pages with basic HTML and CSS in Webflow.",
                            ],
                        ),
                        job(
                            "Graphic Designer",
                            "Bay Printworks",
                            "2018 - 2021",
                            "Oakland, CA",
                            [
                                "Prepared print-ready files; managed press checks.",
                            ],
                        ),
                    ],
                ),
                (
                    "Skills",
                    [
                        (
                            "lines",
                            [
                                "Adobe Illustrator, Photoshop, InDesign, Figma, After Effects, typography, "
                                "colour theory, Webflow, HTML/CSS basics",
                            ],
                        )
                    ],
                ),
                (
                    "Education",
                    [
                        edu("BFA Graphic Design", "California College of the Arts", "2014 - 2018"),
                    ],
                ),
            ],
        )
    )

    out.append(
        Resume(
            file="other-hr-generalist.pdf",
            fit="other",
            profession="HR Generalist",
            notes="HR generalist, SHRM-CP, B.A. Psychology",
            name="Patricia Gomez",
            email="patricia.gomez@example.com",
            headline="HR Generalist",
            contact=["patricia.gomez@example.com", "(210) 555-0147", "San Antonio, TX"],
            style=dict(format="Letter", accent=(80, 40, 0), heading="rule", job="below"),
            sections=[
                (
                    "Summary",
                    [
                        (
                            "p",
                            "HR generalist with six years supporting 500-person organisations across "
                            "recruiting, onboarding, employee relations and benefits.",
                        )
                    ],
                ),
                (
                    "Work History",
                    [
                        job(
                            "HR Generalist",
                            "Alamo Logistics",
                            "Feb 2021 - Present",
                            "San Antonio, TX",
                            [
                                "Full-cycle recruiting for warehouse and office roles; 120 hires a year.",
                                "Run onboarding, benefits enrolment and HRIS data in Workday.",
                                "Investigate employee relations cases; FMLA and ADA compliance.",
                            ],
                        ),
                        job(
                            "HR Assistant",
                            "River City Credit Union",
                            "2018 - 2021",
                            "San Antonio, TX",
                            [
                                "Maintained personnel files and coordinated interviews.",
                            ],
                        ),
                    ],
                ),
                (
                    "Education",
                    [edu("B.A. Psychology", "University of Texas at San Antonio", "2014 - 2018")],
                ),
                ("Certifications", [("lines", ["SHRM Certified Professional (SHRM-CP), 2020"])]),
            ],
        )
    )
    return out


def layout_resumes() -> list[tuple[Resume, Callable[[Resume], FPDF]]]:
    out: list[tuple[Resume, Callable[[Resume], FPDF]]] = []

    nadia = Resume(
        file="layout-two-column-sidebar-first.pdf",
        fit="strong",
        profession="Python Developer",
        notes="two-column: left sidebar (contact, skills, languages) drawn FIRST in the "
        "content stream; Django/Flask, BSc CS, PCAP",
        name="Nadia Haddad",
        email="nadia.haddad@example.com",
        headline="Python / Django Developer",
        contact=[],
        style=dict(
            size=9.5, accent=(30, 60, 90), job="right", name_size=22, header_rule=False, margin=10
        ),
        sidebar=[
            (
                "CONTACT",
                [
                    (
                        "lines",
                        [
                            "nadia.haddad@example.com",
                            "(617) 555-0166",
                            "Cambridge, MA",
                            "github.com/nhaddad-example",
                            "linkedin.com/in/nhaddad-ex",
                        ],
                    )
                ],
            ),
            (
                "SKILLS",
                [
                    (
                        "bullets",
                        [
                            "Python 3",
                            "Django / DRF",
                            "Flask",
                            "Django ORM, SQLAlchemy",
                            "Jinja2",
                            "Celery, asyncio",
                            "PostgreSQL, MongoDB, Redis",
                            "JavaScript, HTML5, CSS3",
                            "pytest, Git",
                            "Docker, Kubernetes",
                            "AWS",
                            "GitHub Actions CI/CD",
                        ],
                    )
                ],
            ),
            ("LANGUAGES", [("lines", ["English - fluent", "Arabic - native", "French - good"])]),
            ("CERTIFICATIONS", [("lines", ["PCAP (Python Institute)", "Scrum Master (PSM I)"])]),
        ],
        sections=[
            (
                "PROFILE",
                [
                    (
                        "p",
                        "Python developer with five years of experience building Django and Flask "
                        "web applications. I care about reliable, well-tested code and about "
                        "helping teammates grow.",
                    )
                ],
            ),
            (
                "EXPERIENCE",
                [
                    job(
                        "Python Developer",
                        "Charles River Biotech",
                        "Feb 2022 - Present",
                        "Boston, MA",
                        [
                            "Build a Django application for lab sample tracking used by 900 "
                            "scientists; Django ORM on PostgreSQL.",
                            "Integrated instrument data from MongoDB and three vendor APIs.",
                            "Moved image analysis to Celery workers and a multiprocessing pool.",
                            "Docker images deployed to Kubernetes on AWS via GitHub Actions CI/CD.",
                            "Mentor two junior developers; active in Scrum planning.",
                        ],
                    ),
                    job(
                        "Junior Python Developer",
                        "Fenway Web Works",
                        "Jan 2020 - Jan 2022",
                        "Boston, MA",
                        [
                            "Flask web apps with Jinja2 templates, JavaScript, HTML5 and CSS3.",
                            "SQLAlchemy models, pytest suites and Git-based code review.",
                            "Implemented SAML single sign-on and role-based access control.",
                        ],
                    ),
                ],
            ),
            (
                "PROJECTS",
                [
                    (
                        "bullets",
                        [
                            "labelmaker: open-source Django app that prints barcode labels from "
                            "Jinja2 templates (PyPI, 120 stars).",
                            "Speaker, PyCon US 2024 lightning talk: 'Celery without tears'.",
                        ],
                    )
                ],
            ),
            (
                "EDUCATION",
                [
                    edu(
                        "BSc Computer Science",
                        "University of Massachusetts Boston",
                        "2015 - 2019",
                        ["Capstone: accessible course-planning web app (Flask)"],
                    ),
                ],
            ),
        ],
    )
    out.append((nadia, partial(render_two_column, sidebar_first=True)))

    samuel = Resume(
        file="layout-two-column-main-first.pdf",
        fit="medium",
        profession="Python Developer",
        notes="two-column: main column drawn FIRST, sidebar after; 2 years Flask, "
        "B.Sc. Mathematics (not CS)",
        name="Samuel Boateng",
        email="samuel.boateng@example.org",
        headline="Python Developer",
        contact=[],
        style=dict(
            size=9.5, accent=(20, 90, 60), job="below", name_size=22, header_rule=False, margin=10
        ),
        sidebar=[
            (
                "Contact",
                [
                    (
                        "lines",
                        [
                            "samuel.boateng@example.org",
                            "+44 161 496 0734",
                            "Manchester, UK",
                            "github.com/sboateng-example",
                        ],
                    )
                ],
            ),
            (
                "Technical Skills",
                [
                    (
                        "bullets",
                        [
                            "Python",
                            "Flask",
                            "SQLAlchemy",
                            "Jinja2",
                            "PostgreSQL",
                            "pandas",
                            "HTML5 / CSS3",
                            "Git",
                            "pytest",
                            "Docker (basic)",
                        ],
                    )
                ],
            ),
            ("Languages", [("lines", ["English - native", "Twi - conversational"])]),
        ],
        sections=[
            (
                "Summary",
                [
                    (
                        "p",
                        "Maths graduate turned Python developer with two years building Flask "
                        "services and data tools. Quick learner, good at explaining technical "
                        "ideas.",
                    )
                ],
            ),
            (
                "Employment History",
                [
                    job(
                        "Python Developer",
                        "Irwell Analytics Ltd",
                        "03/2024 - Present",
                        "Manchester",
                        [
                            "Develop Flask APIs with SQLAlchemy on PostgreSQL for a pricing tool.",
                            "Jinja2 report templates; pandas data pipelines; pytest unit tests.",
                            "Git and GitHub pull requests; Kanban board.",
                        ],
                    ),
                    job(
                        "Graduate Data Analyst",
                        "Irwell Analytics Ltd",
                        "09/2023 - 02/2024",
                        "Manchester",
                        [
                            "Excel and SQL reporting; automated two reports in Python.",
                        ],
                    ),
                    job(
                        "Maths Tutor (part-time)",
                        "Self-employed",
                        "2019 - 2023",
                        "Manchester",
                        [
                            "Tutored A-level and university students.",
                        ],
                    ),
                ],
            ),
            (
                "Education",
                [
                    edu("B.Sc. Mathematics", "University of Manchester", "2020 - 2023"),
                ],
            ),
        ],
    )
    out.append((samuel, partial(render_two_column, sidebar_first=False)))

    ingrid = Resume(
        file="layout-skills-table.pdf",
        fit="strong",
        profession="Python Developer",
        notes="skills as a bordered table (skill | years | level); Bachelor of Science in "
        "Computer Engineering; dates '2019 – 2020' style",
        name="Ingrid Solberg",
        email="ingrid.solberg@example.com",
        headline="Python Developer - Django, Flask, data-heavy web apps",
        contact=[
            "ingrid.solberg@example.com",
            "+47 21 55 01 44",
            "Oslo, Norway",
            "github.com/isolberg-example",
        ],
        style=dict(accent=(0, 60, 110), heading="rule", job="right", name_size=22),
        sections=[
            (
                "Summary",
                [
                    (
                        "p",
                        "Python developer with six years of experience across Django and Flask "
                        "projects for energy and public-sector clients. Strong tester and "
                        "communicator; I have led small teams and mentored graduates.",
                    )
                ],
            ),
            (
                "Skills",
                [
                    (
                        "table",
                        ("Skill", "Years", "Level"),
                        [
                            ("Python", "6", "Expert"),
                            ("Django / Django ORM", "5", "Advanced"),
                            ("Flask / SQLAlchemy", "3", "Advanced"),
                            ("Jinja2 / Mako templates", "4", "Advanced"),
                            ("JavaScript, HTML5, CSS3", "5", "Intermediate"),
                            ("PostgreSQL", "6", "Advanced"),
                            ("MongoDB / Redis", "3", "Intermediate"),
                            ("pytest / unittest", "6", "Expert"),
                            ("Git / Mercurial", "6", "Advanced"),
                            ("Docker / Kubernetes", "3", "Intermediate"),
                            ("AWS", "2", "Intermediate"),
                            ("CI/CD (GitLab CI, Jenkins)", "4", "Advanced"),
                        ],
                        (60, 20, 30),
                    )
                ],
            ),
            (
                "Experience",
                [
                    job(
                        "Python Developer",
                        "Fjordkraft Digital AS",
                        "2020 – Present",
                        "Oslo",
                        [
                            "Build Django services for energy trading data; Django ORM on "
                            "PostgreSQL with MongoDB for raw meter payloads.",
                            "Jinja2 and Mako templates for regulatory reports; JavaScript charts.",
                            "Reworked a threaded importer into asyncio (event-driven), 5x faster.",
                            "Docker, Kubernetes on AWS, GitLab CI/CD; Agile/Scrum team.",
                            "Mentor graduates and lead code reviews.",
                        ],
                    ),
                    job(
                        "Junior Developer",
                        "Statens Datasenter",
                        "2019 – 2020",
                        "Oslo",
                        [
                            "Flask and SQLAlchemy web forms with WCAG accessibility requirements.",
                            "Mercurial to Git migration of 40 repositories.",
                        ],
                    ),
                ],
            ),
            (
                "Education",
                [
                    edu(
                        "Bachelor of Science in Computer Engineering",
                        "Norwegian University of Science and Technology",
                        "2015 – 2019",
                    ),
                ],
            ),
        ],
    )
    out.append((ingrid, render_classic))
    return out


FORMULA_NAME = '=HYPERLINK("http://example.com","click") Morgan Blake'


def edge_resumes() -> list[Resume]:
    out: list[Resume] = []

    out.append(
        Resume(
            file="edge-accented-name.pdf",
            fit="strong",
            profession="Python Developer",
            notes="accented latin-1 name and places (Zoë Hernández Müller, Málaga, Zürich); "
            "Flask/Django; dates 'Mar 2021 – Present'",
            name="Zoë Hernández Müller",
            email="zoe.hernandez@example.org",
            headline="Desarrolladora Python / Python Developer",
            contact=[
                "zoe.hernandez@example.org",
                "+34 952 555 014",
                "Málaga, España",
                "github.com/zhernandez-example",
            ],
            style=dict(accent=(120, 40, 90), heading="rule", job="right", name_size=22),
            sections=[
                (
                    "Perfil / Profile",
                    [
                        (
                            "p",
                            "Python developer with six years of experience building Flask and Django "
                            "applications for tourism and fintech companies in Spain and Switzerland. "
                            "Trilingual (Spanish, German, English).",
                        )
                    ],
                ),
                (
                    "Experiencia / Experience",
                    [
                        job(
                            "Python Developer",
                            "Soleá Viajes S.L.",
                            "Mar 2021 – Present",
                            "Málaga",
                            [
                                "Develop the booking back end in Flask with SQLAlchemy on PostgreSQL.",
                                "Jinja2 e-mail and page templates; JavaScript, HTML5 and CSS3 front end.",
                                "Redis caching and MongoDB for availability snapshots.",
                                "pytest suites, Git, Docker and GitHub Actions CI/CD to AWS.",
                                "Scrum team; mentor for two junior developers.",
                            ],
                        ),
                        job(
                            "Software Developer",
                            "Zürcher Zahlungsdienste AG",
                            "Sep 2019 – Feb 2021",
                            "Zürich",
                            [
                                "Django REST APIs with the Django ORM; OAuth2 between services.",
                                "Threading and multiprocessing for batch reconciliation jobs.",
                            ],
                        ),
                    ],
                ),
                (
                    "Habilidades / Skills",
                    [
                        (
                            "lines",
                            [
                                "Python, Flask, Django, SQLAlchemy, Jinja2, PostgreSQL, MongoDB, Redis",
                                "JavaScript, HTML5, CSS3, pytest, Git, Docker, AWS, CI/CD",
                            ],
                        )
                    ],
                ),
                (
                    "Educación / Education",
                    [
                        edu(
                            "Grado en Ingeniería Informática (B.Sc. Computer Engineering)",
                            "Universidad de Málaga",
                            "2015 – 2019",
                        ),
                    ],
                ),
                (
                    "Certificaciones / Certifications",
                    [("lines", ["PCAP - Python Institute, 2022"])],
                ),
            ],
        )
    )

    out.append(
        Resume(
            file="edge-formula-name.pdf",
            fit="medium",
            profession="Python Developer",
            notes="hostile name line starting with a spreadsheet formula "
            "(=HYPERLINK(...)); otherwise a normal 2.5-year Django developer",
            name=FORMULA_NAME,
            email="morgan.blake@example.com",
            headline="Python Developer (Django)",
            contact=["morgan.blake@example.com", "+1 614 555 0175", "Columbus, OH"],
            style=dict(
                format="Letter",
                accent=(0, 0, 0),
                heading="underline",
                job="right",
                name_size=15,
                title_name="Morgan Blake",
            ),
            sections=[
                (
                    "Summary",
                    [
                        (
                            "p",
                            "Python developer with two and a half years of Django experience on "
                            "internal business applications.",
                        )
                    ],
                ),
                (
                    "Experience",
                    [
                        job(
                            "Python Developer",
                            "Scioto Business Apps",
                            "Aug 2023 - Present",
                            "Columbus, OH",
                            [
                                "Build Django views, forms and Django ORM models on PostgreSQL.",
                                "Templates in Django template language with HTML5, CSS3 and jQuery.",
                                "Write pytest tests; Git and Bitbucket pull requests.",
                            ],
                        ),
                        job(
                            "IT Intern",
                            "Scioto Business Apps",
                            "May 2022 - Aug 2022",
                            "Columbus, OH",
                            ["Python scripts for Active Directory reports."],
                        ),
                    ],
                ),
                (
                    "Skills",
                    [
                        (
                            "lines",
                            [
                                "Python, Django, PostgreSQL, HTML5, CSS3, JavaScript, jQuery, Git, pytest",
                            ],
                        )
                    ],
                ),
                (
                    "Education",
                    [
                        edu(
                            "B.S. Computer Information Systems",
                            "Franklin University",
                            "2019 - 2023",
                        ),
                    ],
                ),
            ],
        )
    )

    stuffed = [
        "Python",
        "Django",
        "Flask",
        "Pyramid",
        "FastAPI",
        "Tornado",
        "SQLAlchemy",
        "Django ORM",
        "Peewee",
        "Jinja2",
        "Mako",
        "Celery",
        "asyncio",
        "threading",
        "multiprocessing",
        "event-driven programming",
        "JavaScript",
        "TypeScript",
        "HTML5",
        "CSS3",
        "React",
        "Angular",
        "Vue.js",
        "Node.js",
        "jQuery",
        "pytest",
        "unittest",
        "nose",
        "Selenium",
        "Git",
        "Mercurial",
        "SVN",
        "AWS",
        "Azure",
        "GCP",
        "Docker",
        "Kubernetes",
        "Terraform",
        "Ansible",
        "Jenkins",
        "GitHub Actions",
        "GitLab CI",
        "CI/CD",
        "PostgreSQL",
        "MySQL",
        "SQLite",
        "Oracle",
        "MongoDB",
        "Redis",
        "Cassandra",
        "Elasticsearch",
        "Kafka",
        "RabbitMQ",
        "OAuth2",
        "JWT",
        "SAML",
        "WCAG accessibility",
        "OWASP security",
        "pandas",
        "NumPy",
        "SciPy",
        "scikit-learn",
        "TensorFlow",
        "PyTorch",
        "Spark",
        "Hadoop",
        "Tableau",
        "Agile",
        "Scrum",
        "Kanban",
        "JIRA",
        "Linux",
        "Bash",
        "REST",
        "GraphQL",
        "gRPC",
        "microservices",
        "PCEP",
        "PCAP",
        "PCPP",
        "CEPP",
        "mentoring",
        "data analysis",
        "machine learning",
        "Java",
        "C++",
        "Go",
        "Rust",
    ]
    out.append(
        Resume(
            file="edge-keyword-stuffed.pdf",
            fit="weak",
            profession="Barista",
            notes=f"keyword stuffing: {len(stuffed)} technologies incl. every JD term, but the only "
            "job is 8 months as a barista; high school diploma",
            name="Chris Dalton",
            email="chris.dalton@example.com",
            headline="Python Django Flask Pyramid AWS Docker Kubernetes Developer Expert",
            contact=["chris.dalton@example.com", "(702) 555-0111", "Las Vegas, NV"],
            style=dict(format="Letter", heading="plain", job="right", accent=(0, 0, 0)),
            sections=[
                ("Skills", [("p", ", ".join(stuffed))]),
                (
                    "Experience",
                    [
                        job(
                            "Barista",
                            "Bean There Cafe",
                            "Jan 2024 - Aug 2024",
                            "Las Vegas, NV",
                            [
                                "Prepared espresso drinks and handled the till.",
                            ],
                        ),
                    ],
                ),
                ("Education", [edu("High School Diploma", "Desert Pines High School", "2023")]),
                ("Keywords", [("p", ", ".join(stuffed[:40]))]),
            ],
        )
    )

    out.append(
        Resume(
            file="edge-letter-spaced-headings.pdf",
            fit="strong",
            profession="Python Developer",
            notes="letter-spaced section headings ('E X P E R I E N C E'); Pyramid, Mako, "
            "Mercurial, M.Sc. CS; dates 'March 2018 - June 2020' style",
            name="Fatima Benali",
            email="fatima.benali@example.org",
            headline="P Y T H O N   D E V E L O P E R",
            contact=[
                "fatima.benali@example.org",
                "+33 1 55 50 01 29",
                "Lyon, France",
                "linkedin.com/in/fatima-benali-example",
            ],
            style=dict(
                accent=(60, 60, 60),
                heading="plain",
                job="right",
                name_align="C",
                name_size=24,
                contact_sep="   ",
                bullet_align="J",
            ),
            sections=[
                (
                    "P R O F I L E",
                    [
                        (
                            "p",
                            "Python developer with eight years of experience on Pyramid and Django "
                            "web applications, comfortable across the stack and with the operational "
                            "side. I like mentoring and documentation.",
                        )
                    ],
                ),
                (
                    "E X P E R I E N C E",
                    [
                        job(
                            "Senior Python Developer",
                            "Rhône Mobilités",
                            "July 2020 - Present",
                            "Lyon",
                            [
                                "Maintain a Pyramid application with SQLAlchemy and Mako templates "
                                "serving 2M journey-planner requests per day.",
                                "Rewrote the realtime feed consumer with asyncio (event-driven); "
                                "replaced threads that hit GIL limits, heavy work moved to "
                                "multiprocessing.",
                                "Django admin back office with the Django ORM; PostgreSQL and Redis.",
                                "Led migration from Mercurial to Git and from Jenkins to GitLab CI/CD; "
                                "Docker and Kubernetes deployments.",
                                "Ensure RGAA/WCAG accessibility compliance of the public site (HTML5, "
                                "CSS3, JavaScript).",
                                "Mentor and coach three junior developers.",
                            ],
                        ),
                        job(
                            "Python Developer",
                            "Canut Logiciels",
                            "March 2018 - June 2020",
                            "Villeurbanne",
                            [
                                "Developed Pyramid and Flask APIs; unit testing with pytest.",
                                "Connected the ERP to third-party web services (SOAP and REST).",
                                "Subversion (SVN) then Mercurial for version control.",
                            ],
                        ),
                    ],
                ),
                (
                    "S K I L L S",
                    [
                        (
                            "lines",
                            [
                                "Python, Pyramid, Django, Flask, SQLAlchemy, Mako, Jinja2, asyncio",
                                "PostgreSQL, Redis, MongoDB, JavaScript, HTML5, CSS3",
                                "Git, Mercurial, SVN, Docker, Kubernetes, GitLab CI, AWS (basic)",
                            ],
                        )
                    ],
                ),
                (
                    "E D U C A T I O N",
                    [
                        edu(
                            "M.Sc. Computer Science",
                            "Université Claude Bernard Lyon 1",
                            "2016 - 2018",
                        ),
                        edu(
                            "Licence (B.Sc.) Informatique",
                            "Université Claude Bernard Lyon 1",
                            "2013 - 2016",
                        ),
                    ],
                ),
                (
                    "C E R T I F I C A T I O N S",
                    [
                        (
                            "lines",
                            [
                                "PCPP1 - Certified Professional in Python Programming 1 (2021)",
                            ],
                        )
                    ],
                ),
            ],
        )
    )

    out.append(
        Resume(
            file="edge-overlapping-roles-gap.pdf",
            fit="medium",
            profession="Python Developer",
            notes="two concurrent roles (part-time job + freelance since 2021) and an "
            "unexplained gap 2017-2020; PhD in Physics; mostly PHP before 2020",
            name="Benedikt Hartmann",
            email="b.hartmann@example.com",
            headline="Python Developer - freelance & part-time",
            contact=[
                "b.hartmann@example.com",
                "+49 30 555 0152",
                "Berlin, Germany",
                "github.com/bhartmann-example",
            ],
            style=dict(accent=(70, 70, 20), heading="rule", job="org_first", bullet="*"),
            sections=[
                (
                    "Profile",
                    [
                        (
                            "p",
                            "Physicist turned developer. Python back-end work since 2020, part-time "
                            "employed and freelancing in parallel; earlier PHP web development.",
                        )
                    ],
                ),
                (
                    "Experience",
                    [
                        job(
                            "Backend Developer (part-time, 20 h/week)",
                            "Spree Solar GmbH",
                            "02/2020 - present",
                            "Berlin",
                            [
                                "Flask APIs and data pipelines for PV monitoring; PostgreSQL.",
                                "Unit tests with pytest; Git; Docker.",
                            ],
                        ),
                        job(
                            "Freelance Python Developer",
                            "Self-employed",
                            "06/2021 - present",
                            "Remote",
                            [
                                "Django sites and scrapers for small clients; Stripe integration.",
                                "Data analysis reports with pandas and Jupyter.",
                            ],
                        ),
                        job(
                            "PHP Web Developer",
                            "Kreuzberg Media UG",
                            "10/2015 - 03/2017",
                            "Berlin",
                            [
                                "Symfony and WordPress development, MySQL, jQuery.",
                            ],
                        ),
                    ],
                ),
                (
                    "Skills",
                    [
                        (
                            "lines",
                            [
                                "Python, Flask, Django, pandas, NumPy, PostgreSQL, MySQL, PHP, Git, Docker",
                            ],
                        )
                    ],
                ),
                (
                    "Education",
                    [
                        edu(
                            "PhD in Physics",
                            "Humboldt-Universität zu Berlin",
                            "2011 - 2015",
                            ["Thesis: Numerical simulation of thin-film solar cells (Python, C)"],
                        ),
                        edu("M.Sc. Physics", "Technische Universität Dresden", "2009 - 2011"),
                    ],
                ),
            ],
        )
    )
    return out


ENCRYPTED = Resume(
    file="encrypted-resume.pdf",
    fit="broken",
    profession="Python Developer",
    notes=f"encrypted (RC4 128-bit); user password '{ENCRYPTED_USER_PASSWORD}'; the "
    "content is a strong-fit Python developer",
    name="Keiko Tanabe",
    email="keiko.tanabe@example.com",
    headline="Python Developer",
    contact=["keiko.tanabe@example.com", "(206) 555-0128", "Seattle, WA"],
    style=dict(format="Letter", heading="rule", job="right"),
    sections=[
        ("Summary", [("p", "Python developer, five years with Django and Flask.")]),
        (
            "Experience",
            [
                job(
                    "Python Developer",
                    "Rainier Cloud Co.",
                    "2021 - Present",
                    "Seattle, WA",
                    [
                        "Django REST APIs, Django ORM, PostgreSQL, Redis; pytest; Docker on AWS.",
                    ],
                ),
                job(
                    "Junior Developer",
                    "Sound Data LLC",
                    "2019 - 2021",
                    "Tacoma, WA",
                    [
                        "Flask, SQLAlchemy and Jinja2 web apps; Git; Scrum.",
                    ],
                ),
            ],
        ),
        ("Education", [edu("B.S. Computer Science", "Seattle University", "2015 - 2019")]),
    ],
)

SCANNED_LINES = [
    "VICTOR LINDGREN",
    "Python Developer",
    "victor.lindgren@example.com | (651) 555-0190",
    "St. Paul, MN",
    "",
    "EXPERIENCE",
    "Python Developer, Twin Lakes Software",
    "2020 - Present",
    " - Django and Flask web apps, SQLAlchemy",
    " - PostgreSQL and MongoDB data models",
    " - Jinja2 templates, JavaScript, HTML5, CSS3",
    " - pytest, Git, Docker, AWS, Jenkins CI/CD",
    " - Mentor two junior developers",
    "Junior Developer, North Star Insurance",
    "2018 - 2020",
    " - Python scripts and internal Flask tools",
    " - Scrum team, code reviews",
    "",
    "EDUCATION",
    "B.S. Computer Science",
    "University of Minnesota, 2014 - 2018",
    "",
    "SKILLS",
    "Python, Django, Flask, SQL, MongoDB, Redis,",
    "Docker, Kubernetes, Git, Linux",
]


# --------------------------------------------------------------------------------------
# Writers for the special files
# --------------------------------------------------------------------------------------


def write_pdf(pdf: FPDF, path: Path) -> None:
    path.write_bytes(bytes(pdf.output()))


def make_scanned(path: Path) -> None:
    from PIL import Image, ImageDraw, ImageFont

    width, height = 340, 440  # drawn at half size, then doubled: 680x880 = Letter at 80 dpi
    img = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default_imagefont()  # fixed bitmap font: identical everywhere
    y = 24
    for line in SCANNED_LINES:
        draw.text((24, y), line, fill=25, font=font)
        y += 12 if line else 6
    img = img.resize((width * 2, height * 2), Image.Resampling.NEAREST)
    draw = ImageDraw.Draw(img)
    rng = random.Random(4242)  # a few faint scanner specks, seeded
    for _ in range(60):
        x, yy = rng.randrange(img.width), rng.randrange(img.height)
        draw.point((x, yy), fill=rng.randrange(120, 220))
    pdf = ResumePDF(fmt="Letter")
    pdf.set_title("scan0001")
    pdf.add_page()
    pdf.image(img, x=0, y=0, w=pdf.w, h=pdf.h)
    write_pdf(pdf, path)


def make_corrupt(path: Path) -> None:
    rng = random.Random(1337)
    head = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R"
    garbage = bytes(rng.randrange(256) for _ in range(2048))
    path.write_bytes(head + garbage + b"\nstream\nBT /F1 12 Tf (Jane Do")


def make_encrypted(path: Path) -> None:
    pdf = render_classic(ENCRYPTED)
    pdf.set_encryption(
        owner_password=ENCRYPTED_OWNER_PASSWORD,
        user_password=ENCRYPTED_USER_PASSWORD,
        encryption_method=EncryptionMethod.RC4,
    )
    write_pdf(pdf, path)


def make_empty(path: Path) -> None:
    pdf = ResumePDF(fmt="Letter")
    pdf.set_title("Resume")
    pdf.add_page()
    write_pdf(pdf, path)


DOCX_PERSON = dict(name="Liam O'Connor", email="liam.oconnor@example.com")


def make_docx(path: Path) -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    cp.author = "Liam O'Connor"
    cp.title = "Resume - Liam O'Connor"
    cp.created = FIXED_DATE.replace(tzinfo=None)
    cp.modified = FIXED_DATE.replace(tzinfo=None)
    cp.last_modified_by = "Liam O'Connor"
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)

    d.add_heading("Liam O'Connor", level=0)
    d.add_paragraph(
        "Python Developer\nliam.oconnor@example.com  •  (857) 555-0133  •  "
        "Dublin / remote  •  github.com/loconnor-example"
    )
    d.add_heading("Summary", level=1)
    d.add_paragraph(
        "Python developer with about two years of professional Django "
        "experience, previously a support engineer. Reliable, curious and "
        "good with customers."
    )
    d.add_heading("Work Experience", level=1)
    jobs = [
        (
            "Python Developer — Liffey Ticketing Ltd",
            "Nov 2023 – Present",
            [
                "Build Django views and REST endpoints with Django REST Framework.",
                "Django ORM models and migrations on PostgreSQL; Redis caching.",
                "Templates with HTML5, CSS3 and some JavaScript (Alpine.js).",
                "pytest tests, Git pull requests, Docker Compose for local dev.",
            ],
        ),
        (
            "Technical Support Engineer — Liffey Ticketing Ltd",
            "May 2021 – Oct 2023",
            [
                "Answered customer tickets; wrote Python scripts to fix data issues.",
                "Learned Django by fixing small bugs with the dev team.",
            ],
        ),
    ]
    for title, dates, items in jobs:
        p = d.add_paragraph()
        p.add_run(title).bold = True
        p.add_run("\t" + dates).italic = True
        for item in items:
            d.add_paragraph(item, style="List Bullet")
    d.add_heading("Technical Skills", level=1)
    d.add_paragraph(
        "Python, Django, Django REST Framework, PostgreSQL, Redis, HTML5, CSS3, "
        "JavaScript, Git, Docker, pytest, Linux"
    )
    d.add_heading("Education", level=1)
    d.add_paragraph("B.S. Information Systems — Dublin City University, 2017 – 2021")

    buf = io.BytesIO()
    d.save(buf)
    _write_zip_deterministic(buf.getvalue(), path)


def _write_zip_deterministic(data: bytes, path: Path) -> None:
    """Re-zip with fixed timestamps, permissions and compression level.

    Deflate output is identical across the usual zlib releases (1.2.x/1.3.x); a
    different deflate implementation (e.g. zlib-ng) would change the bytes, not the
    content.  (Stored entries would avoid that but make the file ~830 KB.)
    """
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as zin,
        zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zout,
    ):
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 15, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())


TXT_PERSON = dict(name="Raymond Fitzgerald", email="ray.fitzgerald@example.org")

TXT_RESUME = """\
RAYMOND FITZGERALD
Licensed Journeyman Electrician
ray.fitzgerald@example.org | (412) 555-0107 | Pittsburgh, PA

SUMMARY
Journeyman electrician with 9 years of residential and commercial experience.
Safety-first, reads blueprints, mentors apprentices.

WORK EXPERIENCE
Journeyman Electrician – Three Rivers Electric Co., Pittsburgh, PA
Apr 2019 – Present
  • Install and service commercial lighting, panels and 480 V three-phase systems.
  • Lead crews of 2–4 apprentices on office fit-outs; pass inspections first time.
  • Troubleshoot motor controls and PLC-connected equipment.

Apprentice Electrician – Allegheny Home Wiring, Pittsburgh, PA
2015 – 2019
  • Residential rewiring, service upgrades and code-compliant installations.

EDUCATION
High School Diploma – Brashear High School, 2014
IBEW Local 5 Apprenticeship Program, 2015 – 2019

LICENSES & CERTIFICATIONS
  • Journeyman Electrician License, Commonwealth of Pennsylvania
  • OSHA 30-Hour Construction Safety
  • NFPA 70E Arc Flash Safety

SKILLS
Blueprint reading, NEC code, conduit bending, troubleshooting, motor controls,
customer communication
"""


# --------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------


@dataclass
class Sample:
    file: str
    fit: str
    profession: str
    notes: str
    email: str | None
    write: Callable[[Path], None]


def _write_rendered(r: Resume, renderer: Callable[[Resume], FPDF], path: Path) -> None:
    write_pdf(renderer(r), path)


def write_txt(path: Path) -> None:
    path.write_bytes(TXT_RESUME.encode("utf-8"))  # "\n" line ends on every OS


def all_samples() -> list[Sample]:
    samples: list[Sample] = []

    pdf_samples: list[tuple[Resume, Callable[[Resume], FPDF]]] = [
        (r, render_classic)
        for r in [
            *strong_resumes(),
            *medium_resumes(),
            *weak_resumes(),
            *other_resumes(),
            *edge_resumes(),
        ]
    ]
    for r, renderer in [*pdf_samples, *layout_resumes()]:
        samples.append(
            Sample(
                r.file, r.fit, r.profession, r.notes, r.email, partial(_write_rendered, r, renderer)
            )
        )
    samples += [
        Sample(
            "medium-python-developer.docx",
            "medium",
            "Python Developer",
            "Word .docx; ~2 years Django; apostrophe in name; en dashes and bullets",
            DOCX_PERSON["email"],
            make_docx,
        ),
        Sample(
            "other-electrician.txt",
            "other",
            "Electrician",
            "plain UTF-8 text résumé; journeyman electrician",
            TXT_PERSON["email"],
            write_txt,
        ),
        Sample(
            "scanned-resume.pdf",
            "broken",
            "Python Developer",
            "scanned: the page is only an image (no text layer); OCR would reveal a "
            "Python developer",
            None,
            make_scanned,
        ),
        Sample(
            "corrupt-resume.pdf",
            "broken",
            "unknown",
            "corrupt: %PDF-1.4 header followed by garbage and truncated bytes",
            None,
            make_corrupt,
        ),
        Sample(
            ENCRYPTED.file,
            ENCRYPTED.fit,
            ENCRYPTED.profession,
            ENCRYPTED.notes,
            ENCRYPTED.email,
            make_encrypted,
        ),
        Sample(
            "empty-resume.pdf",
            "broken",
            "unknown",
            "empty: a valid one-page PDF with no text at all",
            None,
            make_empty,
        ),
    ]
    names = [s.file for s in samples]
    assert len(names) == len(set(names)), "duplicate file names"
    return samples


#: file name -> the person's e-mail, for tests (None for the broken files without one)
SAMPLE_EMAILS: dict[str, str | None] = {}


def main(out_dir: Path = DEFAULT_OUT) -> list[Path]:
    """Write every sample and MANIFEST.csv into ``out_dir``; return the written paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    samples = all_samples()
    for s in samples:
        path = out_dir / s.file
        s.write(path)
        written.append(path)
    manifest = out_dir / "MANIFEST.csv"
    with manifest.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "fit", "profession", "notes"])
        for s in samples:
            w.writerow([s.file, s.fit, s.profession, s.notes])
    written.append(manifest)
    return written


SAMPLE_EMAILS.update({s.file: s.email for s in all_samples()})


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    if fpdf.__version__ != FPDF2_VERSION:
        print(
            f"warning: fpdf2 {fpdf.__version__} installed, samples were made with "
            f"{FPDF2_VERSION}; the PDFs' bytes will differ",
            file=sys.stderr,
        )
    for p in main(target):
        print(p)
