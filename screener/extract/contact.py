"""Contact details: name, email, phone and links, from the top of a résumé."""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

from screener.extract.sections import classify_heading

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
LINK = re.compile(
    r"(?:https?://|www\.)[^\s,;|<>()]+|"
    r"(?:linkedin\.com|github\.com|gitlab\.com|bitbucket\.org)/[^\s,;|<>()]+",
    re.IGNORECASE,
)
#: Words that are never part of a person's name on the first lines of a résumé.
NOT_NAME = frozenset(
    {
        "resume",
        "résumé",
        "curriculum",
        "vitae",
        "cv",
        "profile",
        "summary",
        "contact",
        "email",
        "phone",
        "address",
        "objective",
        "experience",
        "skills",
        "education",
        "page",
        "of",
        "developer",
        "engineer",
        "manager",
        "the",
        "and",
        "inc",
        "llc",
        "ltd",
    }
)
#: Headings after which no name is looked for (sidebar headings such as Skills don't stop it).
BODY_SECTIONS = frozenset({"summary", "experience", "education", "projects"})
_NAME_TOKEN = re.compile(r"^[A-ZÀ-Þ][A-Za-zÀ-ÿ'’.-]*$|^[A-ZÀ-Þ]{2,}$")


@dataclass(frozen=True, slots=True)
class Contact:
    name: str = ""
    email: str = ""
    phone: str = ""
    links: tuple[str, ...] = ()


def find_email(text: str) -> str:
    m = EMAIL.search(text)
    return m.group(0).rstrip(".").lower() if m else ""


def find_phone(text: str, region: str = "US") -> str:
    """First plausible phone number, formatted internationally when it parses as valid."""
    for match in phonenumbers.PhoneNumberMatcher(
        text, region, leniency=phonenumbers.Leniency.POSSIBLE
    ):
        number = match.number
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        return match.raw_string.strip()
    return ""


def find_links(text: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for m in LINK.finditer(text):
        seen.setdefault(m.group(0).rstrip(".,"), None)
    return tuple(seen)


def _name_like(line: str) -> str:
    """``line`` cleaned as a person's name, or "" if it does not look like one."""
    line = re.split(r"\s[|•·–—]\s|\t|,\s", line.strip())[0].strip()
    words = line.split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in line) or "@" in line:
        return ""
    if classify_heading(line) or any(w.lower().strip(".,") in NOT_NAME for w in words):
        return ""
    if not all(_NAME_TOKEN.match(w) for w in words):
        return ""
    if line.isupper():
        line = " ".join(w.capitalize() for w in words)
    return line


def find_name(text: str, max_lines: int = 40, skip: frozenset[int] = frozenset()) -> str:
    """The first of the top lines that reads as a person's name.

    ``skip`` holds indices of lines not to consider (e.g. lines naming skills, since
    "Machine Learning" looks like a name too). Sidebars often come first in reading
    order, so the search goes well past the first line.
    """
    seen = 0
    for index, raw in enumerate(text.split("\n")):
        if not raw.strip():
            continue
        if classify_heading(raw) in BODY_SECTIONS:
            break  # past the header: a name found later would be an employer or a school
        name = "" if index in skip else _name_like(raw)
        if name:
            return name
        seen += 1
        if seen >= max_lines:
            break
    return ""


def find_contact(text: str, head_chars: int = 3000, skip: frozenset[int] = frozenset()) -> Contact:
    """Contact details; the name is searched in the head of the text, the rest everywhere."""
    return Contact(
        name=find_name(text[:head_chars], skip=skip),
        email=find_email(text),
        phone=find_phone(text[:head_chars]) or find_phone(text),
        links=find_links(text),
    )
