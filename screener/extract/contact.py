"""Contact details: name, email, phone and links, from the top of a résumé."""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

import phonenumbers

from screener.extract.sections import classify_heading
from screener.extract.taxonomy import resource_path

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
LINK = re.compile(
    r"(?:https?://|www\.)[^\s,;|<>()]+|"
    r"(?:linkedin\.com|github\.com|gitlab\.com|bitbucket\.org)/[^\s,;|<>()]+",
    re.IGNORECASE,
)


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Job-title and workplace words: never part of a name, nor a part of a hyphenated one
#: ("Software-Firmware").
_JOB_WORDS = _wordset(
    """
    developer engineer manager analyst consultant specialist director assistant officer
    administrator architect designer coordinator executive supervisor technician programmer
    intern internship student graduate seeking senior junior lead head chief trainee fresher
    professional certified teacher accountant nurse editor master scrum
    advocate advisor adviser attendant representative rep estimator laborer labourer
    apprentice journeyman instructor recruiter president vice principal deputy holder
    transporter support service control project team leader personnel employee office unit
    dept chef server agent clerk receptionist cashier helper aide secretary therapist
    technologist pharmacist scientist researcher professor lecturer tutor trainer volunteer
    owner founder staff worker associate sr sr. hr customer client patient health healthcare
    medical construction digital media global field material software category brand account
    mechanic operator planner inspector producer welder hygienist dietitian phlebotomist
    salesperson electrician machinist paralegal dispatcher bookkeeper auditor
    regional national international local general corporate federal district area zonal
    divisional territory nuclear police subsea sous driver nanny caregiver housekeeper
    janitor custodian dishwasher bartender barista waiter waitress hostess firefighter
    paramedic plumber landscaper teller underwriter adjuster appraiser realtor courier
    lifeguard valet
    """
)
#: Credentials written after a name: "Jane Doe, MBA", "JANE DOE PMP".
_CREDENTIALS = _wordset(
    """
    pmp cpa cfa rn lpn cna pe csm esq jd md shrm phr sphr cissp
    ba bs bsc ma ms msc mba phd b.a. b.s. m.a. m.s.
    """
)
#: Parts of hyphenated heading words: "Data-Driven", "Bio-Data", "Sales-Marketing".
_HEADING_PARTS = _wordset(
    "data driven based oriented bio resume template details marketing sales management"
)
#: Address words: never a whole name word, but parts of hyphenated names ("Lane-Fox").
_ADDRESS_WORDS = _wordset(
    """
    street st road rd avenue ave drive lane nagar apartments apt box city united kingdom
    states room suite floor bldg
    """
)
#: Words that are never part of a person's name on the first lines of a résumé: headings,
#: field labels, job-title words, credentials, address words.
NOT_NAME = (
    _JOB_WORDS
    | _CREDENTIALS
    | _ADDRESS_WORDS
    | _wordset(
        """
    resume résumé curriculum vitae cv profile summary contact email e-mail phone mobile tel
    address objective experience skills education career page of the and or in at for to with not do
    inc llc ltd pvt limited corp company group services solutions technologies university
    college school center centre institute department sample template example copy font size styles
    personal details particulars data status marital nationality date birth name names
    certificate certification certifications training diploma licence license award
    contacts cell description work experienced have has mob telegram whatsapp skype viber
    linkedin github languages title
    my your our this a an no build create market management marketing sales development
    engineering applicant candidate
    """
    )
)
#: Job-title words: a name may be followed by one on its line ("Jane Doe Software Engineer").
TITLE_WORDS = _wordset(
    """
    developer engineer manager analyst consultant specialist director assistant officer
    administrator architect designer coordinator executive supervisor technician programmer
    intern student graduate senior junior lead head chief trainee fresher software data
    applicant candidate
    """
)
#: Headings after which no name is looked for (sidebar headings such as Skills don't stop it).
BODY_SECTIONS = frozenset({"summary", "experience", "education", "projects"})
_NAME_TOKEN = re.compile(r"^[A-ZÀ-Þ][A-Za-zÀ-ÿ'’.-]*$|^[A-ZÀ-Þ]{2,}$")
#: What separates a name from what follows it on the same line: "Jane Doe | Analyst",
#: "Jane Doe - Email me", "Jane Doe, MBA", "Jane Doe  (555) 123".
_NAME_END = re.compile(r"\s[|•·–—-]\s|\t|,\s|\s{2,}|:\s|\s\(")
#: Quotes and bullets around a line (text exported from spreadsheets keeps its quotes).
_LINE_EDGE = "\"'“”‘’•·*-–—:#=_ "
#: "Resume of", "CV", "Curriculum Vitae:" before the name on its line.
_LEAD = re.compile(
    r"(?:(?:sample\s+)?(?:resume|résumé|cv|curriculum\s+vitae)(?:\s+of)?\b[\s:–-]*)", re.IGNORECASE
)
#: A courtesy title before the name: "Mr. Jan Kowalski", "Dr Ana Diaz".
_HONORIFIC = re.compile(r"(?i:mr|mrs|ms|miss|mx|dr|prof|shri|smt)\b\.?\s+(?=[A-ZÀ-Þ])")
#: A middle initial: "A.", "J".
_INITIAL = re.compile(r"[A-ZÀ-Þ]\.?")
#: A redaction placeholder left where part of a name was masked: "XXXX", "****".
_REDACTED = re.compile(r"^(?:[Xx]{3,}|\*{3,})$")
#: Word endings of adjectives and plurals that qualify a job title ("Doctoral Candidate",
#: "Acoustic Engineer", "Qualified Driver", "Masters Candidate"): no one-word name before it.
_ADJECTIVE_ENDING = re.compile(r"(?:al|ic|ed|ive|ous|ary|ory|ful|ent|ant|ers)$", re.I)
#: Word endings of common nouns that a lone word on the name line is not ("Accounting").
_NOUN_ENDING = re.compile(r"(?:ing|tion|sion|ment|ness|ity|ics|ance|ence|ship|ology|ism)$", re.I)
#: A state or province code, as after a town: "NJ", ", VIC 3800".
_STATE = re.compile(r"^,?\s*[A-Z]{2,3}(?:\s+\d{3,}|\s*$)")
_POSTAL = re.compile(r"^,?\s*[A-Z]{2,3}\s+\d{3,}")
#: "Name: Jane Doe" in a personal-details block, and its variants: "Candidate Name:",
#: "Name of the Candidate :", a table's cells ("Name | Jane Doe", "Name<tab>Jane Doe").
#: Only a colon or a dash (``colon``) vouches for a one-word value: after a cell break the
#: row may be a table's header ("Name | Role | Dates").
_LABELLED = re.compile(
    r"^\s*(?:(?:full|candidate'?s?|applicant'?s?)\s+)?name"
    r"(?:\s+of\s+(?:the\s+)?(?:candidate|applicant))?"
    r"(?:\s*(?P<colon>[:–-])|\s*\||\t|\s{2})\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)


#: A references heading, perhaps after one word ("Character References", "Work
#: Referees"): the names labelled under it are referees'.
_REFERENCES = re.compile(r"^\W*(?:[^\W\d_]+\s+)?(?:references?|referees?)\W*$", re.IGNORECASE)

#: A street address opening its line: "419 Rose Street", "12B Elm St.", "2201 Wildquail
#: Circle". The line under it is the town's ("San Francisco CA"), not a name.
_STREET = re.compile(
    r"^\W*\d+[A-Za-z]?,?\s+(?:[A-Za-z][\w.'’-]*\s+){0,3}"
    r"(?:street|st|road|rd|avenue|ave|drive|dr|lane|ln|boulevard|blvd|way|court|ct|place|pl"
    r"|circle|cir|terrace|parkway|pkwy|highway|hwy|crescent|close)\b",
    re.IGNORECASE,
)
#: A line ending in a state code, perhaps with a postcode after it: "San Francisco CA 94102".
_ENDS_IN_CODE = re.compile(r"\s(?P<code>[A-Z]{2,3})(?:\s+[\d-]{3,})?\W*$")
#: The state, territory and province codes of the United States, Canada and Australia
#: (Prince Edward Island's "PE" left out: after a name it is an engineer's licence).
_STATE_CODES = _wordset(
    """
    AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH
    NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI
    AB BC MB NB NL NS NT NU ON QC SK YT NSW VIC QLD SA TAS ACT
    """
)
#: Generational suffixes after a name: "Robert Hale III", "JOHN DOE JR".
_SUFFIXES = _wordset("JR SR II III IV")
#: A template's notice above the résumé: "DO NOT COPY: You are advised not to copy this
#: sample …". It and the lines before it are the template's, not the candidate's. Its
#: colon tells it from a candidate's own "Confidential - do not copy" under the name.
_TEMPLATE_NOTICE = re.compile(r"\bdo not copy\s*:", re.IGNORECASE)
#: A line of nothing but a web address: a banner of the site the résumé came from, above
#: the résumé ("www.example.com" over "Nolan"). The candidate's own e-mail or phone comes
#: after the name, so it does end the first line.
_WEB_ONLY = re.compile(r"^\W*(?:https?://|www\.)\S+\s*$", re.IGNORECASE)


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


#: Lower-case particles inside a name: "Ana de la Cruz", "Jan van der Berg".
PARTICLES = _wordset("van von der den de del della la le da di dos du bin al ibn")


def _is_name_word(word: str, inside: bool = False) -> bool:
    """A capitalised word that is not a heading, title or address word (or, ``inside`` a
    name, a particle such as "van")."""
    if inside and (
        word in PARTICLES
        or (_INITIAL.fullmatch(word) and (word[-1] == "." or word not in {"A", "I"}))
    ):
        return True  # "van", an initial even where it spells a word: "John A. Smith" (with
        # its stop: "Making A Difference" is a tagline)
    if len(word) == 2 and word.endswith(".") and _INITIAL.fullmatch(word):
        return True  # a first initial with its stop, even "A.": "A. J. Styles"
    if not _NAME_TOKEN.match(word) or word.lower().strip(".,") in NOT_NAME:
        return False
    return not _has_non_name_part(word)  # "Data-Driven", "Software-Firmware"; not "Do-Hyun"


def _has_non_name_part(word: str) -> bool:
    """True for a hyphenated word with a job-title or heading part longer than a function
    word: "Software-Firmware", "Co-Founder", "Data-Driven", "Bio-Data" (not "Do-Hyun",
    "St-Pierre", "Lane-Fox", "Page-Jones")."""
    parts = word.lower().strip(".,").split("-")
    return len(parts) > 1 and any(
        len(p) > 3 and (p in _JOB_WORDS or p in _HEADING_PARTS) for p in parts
    )


def _name_span(line: str, single: bool = False) -> tuple[int, int]:
    """Character span of the name at the start of ``line`` (empty when there is none).

    The name is the line's first segment (up to `` | ``, ``, ``, a double space …) when it
    has two to five capitalised words, or the leading two to four such words when what
    follows plainly is not a name: a digit, a job-title word, a redaction mark or a switch
    to capitals (``Allen King ESB Integration Developer``). A courtesy title before it is
    left out. With ``single`` (the résumé's first line, or a labelled "Name:") one word is
    enough when it stands alone in its segment or before a redaction mark or a job title
    ("Bergmann Engineer"); after a courtesy title one word is enough whatever follows ("Mr.
    Okafor B.Sc."), except after "MS" in capitals (Microsoft: "MS Paint").
    """
    start = len(line) - len(line.lstrip(_LINE_EDGE))
    lead = _LEAD.match(line, start)
    if lead and lead.end() < len(line):
        start = lead.end()
    honorific = _HONORIFIC.match(line, start)
    if honorific:
        start = honorific.end()
    # a courtesy title vouches for one word ("Mr. Durgan"), but "MS Paint" is Microsoft's
    titled = honorific is not None and honorific.group().rstrip() != "MS"
    segment = _NAME_END.split(line[start:])[0].rstrip(_LINE_EDGE + ",;")
    if "@" in segment or classify_heading(segment):
        return start, start
    words = segment.split()
    run: list[str] = []
    full_stop = False  # "Omar Blossom Jacobson. Heath": a sentence ends the name
    for i, w in enumerate(words):
        if _REDACTED.match(w) or not _is_name_word(w, inside=0 < i < len(words) - 1):
            break
        if len(run) >= 2 and w.isupper() != run[0].isupper() and len(words) - i >= 2:
            break
        if len(run) >= 1 and w.endswith(".") and len(w.rstrip(".")) > 2 and i < len(words) - 1:
            run.append(w.rstrip("."))
            full_stop = True
            break
        run.append(w)
    while run and run[-1] in PARTICLES:
        run.pop()
    if run and all(_INITIAL.fullmatch(w) for w in run):
        return start, start  # letters, not a name: a placeholder spaced out ("N A M E")
    # one word is enough on the first line, or after a courtesy title ("Mr. Durgan")
    least = 1 if (single or titled) and run and _lone_name_word(run[0]) else 2
    if len(run) == len(words) or (full_stop and len(run) >= 2):
        ok = least <= len(run) <= 5
    else:
        nxt = words[len(run)]
        ok = (
            (
                (titled and least <= len(run) <= 4)  # "Mr. Durgan B.E.(Civil)"
                or (  # "Bernier Software-Firmware Engineer": one word and a job title
                    single
                    and len(run) == least == 1
                    and not _ADJECTIVE_ENDING.search(run[0])  # "Doctoral Candidate"
                    and (nxt.lower().strip(".,") in TITLE_WORDS or _has_non_name_part(nxt))
                )
            )
            or (
                2 <= len(run) <= 4
                and (
                    (nxt[0].isdigit() and not _STATE.match(run[-1]))  # "Jane Doe 12 Main St"
                    or nxt.lower().strip(".,") in TITLE_WORDS
                    or _has_non_name_part(nxt)
                    or (nxt.isupper() and not run[-1].isupper())  # a switch to capitals
                    or nxt.lower().strip(".,") in _CREDENTIALS  # "JANE DOE PMP"
                    or (  # "JANE DOE ACCOUNTANT", not "GENERAL LIABILITY CLAIM REPRESENTATIVE"
                        len(run) == 2
                        and run[-1].isupper()
                        and nxt.isupper()
                        and nxt.lower().strip(".,") in _JOB_WORDS
                    )
                )
            )
            or (len(run) == least == 1 and bool(_REDACTED.match(nxt)))
        )
    if not ok or (len(run) == len(words) and _POSTAL.match(line[start + len(segment) :])):
        return start, start  # "Morris Plains, NJ 07950" is a town (not "Ann Lee 12 Elm St, NJ")
    end = start
    for w in run:
        end = line.index(w, end) + len(w)
    return start, end


@functools.cache
def places() -> dict[str, str]:
    """Countries and the states and provinces of a few countries, lower-cased, each with
    its kind, ``country`` or ``region`` (``data/places.csv``, authored for screener)."""
    with resource_path("places.csv").open(encoding="utf-8", newline="") as f:
        return {row["name"].lower(): row["kind"] for row in csv.DictReader(f)}


def _is_place(line: str, start: int, end: int) -> bool:
    """True when ``line[start:end]`` is a country or state ("Israel, Rishon LeTsiyon"), or
    a town before one ("Rehovot, Israel", "San Francisco, California"): on a résumé's top
    lines "Town, State" is common and "Jane Doe, Texas" rare. A place that a state code
    follows is a town itself, and what comes before it a name ("Jane Doe, New York, NY")."""
    if line[start:end].lower() in places():
        return True
    rest = line[end:].lstrip()
    if not rest.startswith(","):
        return False
    after = _NAME_END.split(rest[1:].lstrip())[0].strip(_LINE_EDGE + ",;").lower()
    if after not in places():
        return False
    # "Jane Doe, New York, NY": the place is itself a town before its state code (not
    # "San Jose, California, USA", a town, its state and the country's code)
    code = _STATE.match(rest[1:].lstrip()[len(after) :])
    return not (code and _abbreviates(code.group().strip(" ,").split()[0], after))


def _abbreviates(code: str, place: str) -> bool:
    """True when ``code`` is made of letters of ``place`` in order, its first one first:
    "NY" of "New York", "TX" of "Texas" (not "USA" of "California")."""
    letters = iter(place.lower())
    code = code.lower()
    return code[:1] == place[:1].lower() and all(c in letters for c in code)


#: "Smith, John", "DOE, JANE MARIE", "Smith, John, MBA": a surname, a comma, the given
#: names (a credential after them is left out).
_SURNAME_FIRST = re.compile(r"^\s*(?P<surname>[^\W\d_][\w'’-]+),\s+(?P<given>[^,|]+?)\s*(?:,.*)?$")


def _surname_first(line: str) -> str:
    """The name of a first line written surname first, as written ("Smith, John"), or ""
    (not a town and its state, "Austin, Texas", nor "Smith, PhD")."""
    m = _SURNAME_FIRST.match(line)
    if not m or _is_place(line, m.start("surname"), m.end("surname")):
        return ""
    surname, given = m.group("surname"), m.group("given")
    words = given.split()
    if not 1 <= len(words) <= 3 or given.lower() in places():
        return ""
    code = re.fullmatch(r"[A-Z]{2,3}", given)
    if code and (len(given) == 2 or not surname.isupper()):
        return ""  # a state code, not a given name: "Dallas, TX", "SEATTLE, WA", "Perth, WA"
    if not all(_is_name_word(w, inside=i > 0) for i, w in enumerate(words)):
        return ""
    if not (_is_name_word(surname) and (_lone_name_word(surname) or surname.isupper())):
        return ""
    return f"{_clean_name(surname)}, {_clean_name(given)}"


def _is_town(line: str) -> bool:
    """True for a line ending in a state code, as under a street: "Springfield IL", "San
    Francisco AC 94102" (a switch to capitals that is no credential); not a name ending in
    capitals ("MARIA LEE", "Jane Whitfield, RN", "Maya Thorne PE", "Robert Hale III")."""
    m = _ENDS_IN_CODE.search(line)
    if not m:
        return False
    code = m.group("code")
    return code in _STATE_CODES or (
        code.lower() not in _CREDENTIALS
        and code not in _SUFFIXES
        and not line[: m.start()].isupper()
    )


def _lone_name_word(word: str) -> bool:
    """A word that may be a whole name on its own: a surname, not a common noun."""
    return len(word) >= 3 and word[1:].islower() and not _NOUN_ENDING.search(word)


def _clean_name(raw: str) -> str:
    words = raw.split()
    if raw.isupper():
        return " ".join(w.capitalize() for w in words)
    return " ".join(words)


def _name_like(line: str) -> str:
    """``line`` cleaned as a person's name, or "" if it does not look like one."""
    start, end = _name_span(line, single=True)
    return _clean_name(line[start:end]) if end > start else ""


def find_name(
    text: str,
    max_lines: int = 40,
    skip: frozenset[int] = frozenset(),
    skill_spans: Sequence[tuple[int, int]] = (),
    vocabulary: frozenset[str] = frozenset(),
    match_spans: Sequence[tuple[int, int]] = (),
) -> str:
    """The first of the top lines that reads as a person's name.

    A labelled "Name: Jane Doe" wins, except under a References heading (a referee).
    Lines whose index is in ``skip`` are not considered, nor a candidate that is mostly
    made of skills (``skill_spans``: character spans of skill mentions, since "Machine
    Learning" looks like a name too), nor an unlabelled one whose every word is in
    ``vocabulary`` (ordinary words of skills and fields) or inside one of ``match_spans``
    (character spans of every taxonomy match, kept or not): "Information Technology",
    "Food Prep", "Microsoft Azure" head a résumé as a job title or a heading. Sidebars
    often come first in reading order, so the search goes well past the first line. A
    single word on the first line ("Nolan") is the name only when no fuller one follows; a
    one-word surname alone on the next line completes it ("Rosalind" over "Fernandez"). A
    country or state, or a town before one, is no name ("Rehovot, Israel"), except a first
    name that is also a place and has a surname under it ("Georgia" over "Jones"). A line
    ending in a state code under a street address is a town ("419 Rose Street" / "Springfield
    IL"), and a web-address banner above the résumé leaves the name's line the first.
    """
    lines = text.split("\n")
    # a name under a References heading is a referee's: "Name: Dr. Ann Ruiz", "Dr. Pryce"
    referees = _under_references(lines)
    for raw, referee in zip(lines[: max_lines * 3], referees, strict=False):
        labelled = None if referee else _LABELLED.match(raw)
        if labelled:
            name = _name_like(labelled.group("value"))
            if name and (labelled.group("colon") or " " in name):
                return name
    seen = 0
    offset = 0
    first = True
    lone = ""  # a one-word name on the first line, kept in case no fuller name follows
    lone_place = False  # that word is also a place ("Georgia"): a name only with a surname
    lone_titled = False  # a job title followed that word ("Bergmann Engineer"): it is whole
    after_street = False  # the previous line is a street address
    notice = _TEMPLATE_NOTICE.search(text, 0, 1000)
    # the template's lines end with its notice's sentence: the name's line is the first after
    banner_end = text.find(".", notice.end()) if notice else -1
    for index, raw in enumerate(lines):
        line_start = offset
        offset += len(raw) + 1
        if not raw.strip() or line_start <= banner_end:
            continue
        if classify_heading(raw) in BODY_SECTIONS:
            break  # past the header: a name found later would be an employer or a school
        if first and _WEB_ONLY.match(raw):
            continue  # "www.example.com" over "Nolan": the name's line is still the first
        # under "419 Rose Street", "San Francisco CA" is a town (a name beside the street
        # in a two-column header is not: "12 Knox Drive" / "Jane Doe")
        town = after_street and _is_town(raw)
        after_street = bool(_STREET.match(raw))
        if index not in skip and not town:
            inverted = _surname_first(raw) if first else ""
            if (
                inverted
                and not _all_named(raw, 0, len(raw), line_start, vocabulary, match_spans)
                and not _mostly_skills(raw, 0, len(raw), line_start, skill_spans)
            ):  # "Smith, John"; not "Python, Django", "React, Angular"
                return inverted
            span = _name_span(raw, single=first)
            start, end = _trim_skills(raw, *span, line_start, skill_spans)
            if (
                end > start
                and not _mostly_skills(raw, start, end, line_start, skill_spans)
                and not _all_named(raw, start, end, line_start, vocabulary, match_spans)
                and not _heads_skills(raw, start, end, line_start, skill_spans, match_spans, first)
            ):
                name = _clean_name(raw[start:end])
                place = _is_place(raw, start, end)
                # one word after a courtesy title under References is a referee ("Dr. Pryce")
                if not place and (" " in name or not (first or referees[index])):
                    return name
                # "Georgia" over "Jones" is a name; "Israel, Rishon LeTsiyon" is a place
                if (
                    first
                    and " " not in name
                    and not raw[end:].lstrip().startswith(",")  # "Kim, Do-Hyun" / "Seoul"
                    and (not place or name.lower() in places())
                ):
                    lone, lone_place = name, place
                    rest = _NAME_END.split(raw[end:])[0].split()
                    lone_titled = bool(rest) and not _REDACTED.match(rest[0])
            elif lone and seen == 1 and not lone_titled:  # not "Bergmann Engineer" / "Okafor"
                surname = _name_like(raw)  # "Rosalind" over "Fernandez", not "Java"
                at = len(raw) - len(raw.lstrip(_LINE_EDGE))
                if (
                    surname
                    and " " not in surname
                    and surname == raw.strip(_LINE_EDGE)
                    and surname.lower() not in places()
                    and not _all_named(
                        raw, at, at + len(surname), line_start, vocabulary, match_spans
                    )
                ):
                    return f"{lone} {surname}"
        first = False
        seen += 1
        if seen >= max_lines:
            break
    return "" if lone_place else lone


def _under_references(lines: Sequence[str]) -> list[bool]:
    """For each line, whether it lies under a References heading (the heading included),
    up to the next heading."""
    flags = []
    inside = False
    for raw in lines:
        if _REFERENCES.match(raw):
            inside = True
        elif inside and classify_heading(raw):
            inside = False
        flags.append(inside)
    return flags


def _all_named(
    line: str,
    start: int,
    end: int,
    line_start: int,
    vocabulary: frozenset[str],
    match_spans: Sequence[tuple[int, int]],
) -> bool:
    """True when every word of two letters or more of ``line[start:end]`` is in
    ``vocabulary`` or inside one of ``match_spans``: made of skill and field words."""
    words = list(re.finditer(r"[A-Za-z]{2,}", line[start:end]))
    if not words or not (vocabulary or match_spans):
        return False
    base = line_start + start
    return all(
        w.group().lower() in vocabulary
        or any(a <= base + w.start() and base + w.end() <= b for a, b in match_spans)
        for w in words
    )


def _heads_skills(
    line: str,
    start: int,
    end: int,
    line_start: int,
    skill_spans: Sequence[tuple[int, int]],
    match_spans: Sequence[tuple[int, int]],
    first: bool = False,
) -> bool:
    """True when ``line[start:end]`` heads a list of skills on its line: it opens with a
    taxonomy match and two skills or more follow ("Java Core, C#, C++, Spring Boot"; not
    "Mary Jenkins, Python, SQL"), or, below the résumé's first line, three skills or more
    follow the comma after it ("Persistence API, Multithreading, Maven, jQuery": a wrapped
    list; the first line may be "Jane Doe, Python, Django, AWS", and any line "Jane Doe |
    Python, Django, AWS")."""
    lo, hi = line_start + start, line_start + end
    after = sum(1 for a, _b in skill_spans if hi <= a < line_start + len(line))
    if not first and after >= 3 and line[end:].lstrip().startswith(","):
        return True  # an item of the list, not "Jane Roe | Python, Django, AWS" under "Resume"
    return after >= 2 and any(a <= lo < b for a, b in match_spans)


def _trim_skills(
    line: str, start: int, end: int, line_start: int, skill_spans: Sequence[tuple[int, int]]
) -> tuple[int, int]:
    """Drop trailing skill words of a name span of three words or more: in "John Smith
    Java Developer" the run of capitalised words stops at the title, not at the skill."""
    while end > start:
        cut = line.rfind(" ", start, end)
        if cut <= start or line.count(" ", start, cut) < 1:
            break
        lo, hi = line_start + cut + 1, line_start + end
        if not any(a < hi and lo < b for a, b in skill_spans):
            break
        end = cut
    return start, end


def _mostly_skills(
    line: str, start: int, end: int, line_start: int, skill_spans: Sequence[tuple[int, int]]
) -> bool:
    """True when more than half of the words of ``line[start:end]`` lie in skill mentions."""
    lo, hi = line_start + start, line_start + end
    inside = [(s, e) for s, e in skill_spans if s < hi and lo < e]
    if not inside:
        return False
    words = [(line_start + m.start(), line_start + m.end()) for m in re.finditer(r"\S+", line)]
    words = [(s, e) for s, e in words if lo <= s < hi]
    covered = sum(1 for s, e in words if any(a < e and s < b for a, b in inside))
    return 2 * covered > len(words)


def find_contact(
    text: str,
    head_chars: int = 3000,
    skip: frozenset[int] = frozenset(),
    skill_spans: Sequence[tuple[int, int]] = (),
    vocabulary: frozenset[str] = frozenset(),
    match_spans: Sequence[tuple[int, int]] = (),
) -> Contact:
    """Contact details; the name is searched in the head of the text, the rest everywhere
    (``skill_spans``, ``vocabulary`` and ``match_spans``: see :func:`find_name`)."""
    return Contact(
        name=find_name(
            text[:head_chars],
            skip=skip,
            skill_spans=skill_spans,
            vocabulary=vocabulary,
            match_spans=match_spans,
        ),
        email=find_email(text),
        phone=find_phone(text[:head_chars]) or find_phone(text),
        links=find_links(text),
    )
