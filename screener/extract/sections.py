"""Find the titled sections of a résumé (experience, education, skills …) from heading lines."""

from __future__ import annotations

import difflib
import functools
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence

from screener.records import Section

#: Canonical section name → heading variants (lower case, no punctuation).
HEADINGS: dict[str, tuple[str, ...]] = {
    "summary": (
        "summary",
        "professional summary",
        "career summary",
        "executive summary",
        "profile",
        "professional profile",
        "career profile",
        "personal profile",
        "objective",
        "career objective",
        "objectives",
        "professional objective",
        "about me",
        "about",
        "overview",
        "introduction",
        "highlights",
        "career highlights",
        "summary of qualifications",
        "career overview",
        "professional overview",
        "career focus",
        "executive profile",
    ),
    "experience": (
        "experience",
        "work experience",
        "professional experience",
        "employment history",
        "employment",
        "work history",
        "job history",
        "career history",
        "relevant experience",
        "professional background",
        "experience history",
        "industry experience",
        "employment experience",
        "work",
        "career",
        "positions held",
        "professional history",
        "internships",
        "internship experience",
        "internship",
        "teaching experience",
        "clinical experience",
        "leadership experience",
        "related experience",
        "work background",
        "employment background",
        "career background",
        "experience summary",
        "professional engagements",
        "work experience summary",
    ),
    "education": (
        "education",
        "academic background",
        "academic qualifications",
        "education and training",
        "educational background",
        "educational qualifications",
        "academics",
        "qualifications",
        "academic history",
        "education history",
        "academic profile",
        "degrees",
        "education & training",
        "education and qualifications",
        "academic details",
        "educational history",
        "educational qualification",
    ),
    "skills": (
        "skills",
        "technical skills",
        "core competencies",
        "key skills",
        "competencies",
        "skills and abilities",
        "skills & abilities",
        "areas of expertise",
        "expertise",
        "technologies",
        "tools",
        "technical proficiencies",
        "skill set",
        "skillset",
        "core skills",
        "professional skills",
        "it skills",
        "computer skills",
        "tech stack",
        "technical expertise",
        "skills summary",
        "key competencies",
        "specialties",
        "tools and technologies",
        "tools & technologies",
        "technical competencies",
        "programming languages",
        "software",
        "additional skills",
        "strengths",
        "skills & expertise",
        "skills and expertise",
        "qualifications summary",
        "skill highlights",
        "skills highlights",
        "core qualifications",
    ),
    "certifications": (
        "certifications",
        "certification",
        "certificates",
        "licenses and certifications",
        "licenses & certifications",
        "licenses",
        "licences",
        "credentials",
        "professional certifications",
        "certifications and licenses",
        "courses",
        "certifications & training",
        "training and certifications",
        "training",
        "professional development",
    ),
    "projects": (
        "projects",
        "personal projects",
        "key projects",
        "selected projects",
        "academic projects",
        "project experience",
        "open source",
        "portfolio",
    ),
    "other": (
        "awards",
        "honors",
        "honours",
        "awards and honors",
        "achievements",
        "accomplishments",
        "publications",
        "languages",
        "interests",
        "hobbies",
        "references",
        "volunteer",
        "volunteering",
        "volunteer experience",
        "activities",
        "extracurricular activities",
        "affiliations",
        "memberships",
        "professional affiliations",
        "additional information",
        "personal details",
        "personal information",
        "contact",
        "contact information",
        "declaration",
        "hobbies and interests",
        "conferences",
        "patents",
    ),
}

_LOOKUP = {variant: name for name, variants in HEADINGS.items() for variant in variants}
_CLEAN = re.compile(r"[^a-z& ]+")
_INLINE = re.compile(r"^\s*([A-Za-z][A-Za-z &/]{2,40}?)\s*[:|]\s*(\S.*)$")


def _key(text: str) -> str:
    return " ".join(_CLEAN.sub(" ", text.lower().replace("/", " & ")).split())


#: Last word of a heading not listed in HEADINGS → its section ("Techinal Skills",
#: "Additional Certified Training", "Relevant Work Experience").
_HEAD_NOUNS = {
    "skills": "skills",
    "competencies": "skills",
    "proficiencies": "skills",
    "expertise": "skills",
    "experience": "experience",
    "education": "education",
    "certifications": "certifications",
    "training": "certifications",
    "projects": "projects",
    "summary": "summary",
    "objective": "summary",
    "overview": "summary",
    "highlights": "summary",
    "qualifications": "skills",
    "accomplishments": "other",
    "achievements": "other",
    "positions": "experience",
    "employment": "experience",
}
#: "Technical Qualifications", "Computer Knowledge": a technical word before a generic noun.
_TECH_WORDS = frozenset({"technical", "technology", "computer", "software", "it", "programming"})
_TECH_NOUNS = frozenset(
    {"qualifications", "proficiency", "knowledge", "summary", "profile", "environment", "tools"}
)


def classify_heading(line: str) -> str | None:
    """Canonical section name if ``line`` is a heading by itself, else None."""
    stripped = line.strip().strip("•*-–—:#=_ ").strip()
    if not stripped or len(stripped) > 60 or stripped.endswith((".", ",")):
        return None
    key = _key(stripped)
    found = _LOOKUP.get(key)
    if found is None and re.search(r"[/|]", stripped):
        # bilingual or combined headings: "Experiencia / Experience", "Skills | Tools",
        # "Career Experience/Job History"
        parts = (_LOOKUP.get(_key(part)) for part in re.split(r"\s*[/|]\s*", stripped))
        found = next((p for p in parts if p is not None), None)
    if found is None:
        found = _joined_heading(line, stripped, key)
    if found is None:
        found = _side_by_side(stripped, key)
    if found is None:
        found = _heading_by_noun(stripped, key)
    if found is None:
        found = _misspelt_heading(stripped, key)
    return found


@functools.cache
def _heading_words() -> tuple[str, ...]:
    """Words of six letters or more that headings are made of ("experience", "education")."""
    words = {w for variant in _LOOKUP for w in variant.split()} | set(_HEAD_NOUNS)
    return tuple(sorted(w for w in words if len(w) >= 6))


#: English words a letter or two from a heading word, which are no slips: "Contract" (a
#: role's terms) is not "Contact", "Instruction" not "Introduction", "Patients" not
#: "Patents". Found by reading a dictionary's words through :func:`_heading_word`.
_NOT_SLIPS = frozenset(
    [
        "academies",
        "afflictions",
        "clarifications",
        "commuter",
        "contract",
        "convergences",
        "corpses",
        "corsets",
        "curses",
        "deceleration",
        "declamation",
        "decoration",
        "decrees",
        "derails",
        "detains",
        "enlargements",
        "expedience",
        "hobbes",
        "hobbits",
        "hobbles",
        "hubbies",
        "infraction",
        "instruction",
        "internets",
        "licensees",
        "parents",
        "patients",
        "platens",
        "positrons",
        "processional",
        "protect",
        "protects",
        "reacted",
        "rebated",
        "relaxed",
        "relayed",
        "reverences",
        "skillet",
        "specializes",
        "tainting",
        "technologists",
        "trailing",
    ]
)


@functools.lru_cache(maxsize=8192)
def _heading_word(word: str) -> str:
    """``word``, or the heading word it misspells ("expirience" → "experience"): as long
    give or take a letter, with the same first and last letters, and no English word of its
    own ("contract")."""
    vocabulary = _heading_words()
    if len(word) < 6 or word in vocabulary or word in _NOT_SLIPS:
        return word
    # a slip inside the word, not another form of it ("Experienced", "Course"): only words
    # with its first and last letters and a length within one are compared
    near = [
        w
        for w in vocabulary
        if w[0] == word[0] and w[-1] == word[-1] and abs(len(w) - len(word)) <= 1
    ]
    return next(iter(difflib.get_close_matches(word, near, n=1, cutoff=0.85)), word)


def _misspelt_heading(stripped: str, key: str) -> str | None:
    """The section of a heading-shaped line with a misspelt word: "WORK EXPIRIENCE",
    "Eductaion", "Proffesional Experiance" (a word of six letters or more close to a heading
    word, by :func:`difflib.get_close_matches`)."""
    words = key.split()
    if not 1 <= len(words) <= 4 or not _capitalised(stripped):
        return None
    fixed = [_heading_word(w) for w in words]
    if fixed == words:
        return None
    found = _LOOKUP.get(" ".join(fixed))
    return found if found is not None or len(fixed) < 2 else _HEAD_NOUNS.get(fixed[-1])


def _capitalised(stripped: str) -> bool:
    """Every word but a connector starts with a capital (or is not a word): a heading's shape."""
    return all(w[:1].isupper() or not w[:1].isalpha() for w in stripped.split() if w != "and")


def _joined_heading(line: str, stripped: str, key: str) -> str | None:
    """Headings joined by "and" / "&": "Education and courses:", "Experience and
    participated projects:" → the first part that is a heading. The line must look like a
    heading (capitalised words, or a label ending in a colon) and every part must name a
    section, by itself or by its last word (so "Training & Operations Consultant" is not)."""
    parts = re.split(r" (?:and|&) ", key)
    if len(parts) < 2 or len(key.split()) > 6:
        return None
    if not (line.rstrip().endswith(":") or _capitalised(stripped)):
        return None
    if not all(p in _LOOKUP or p.split()[-1] in _HEAD_NOUNS for p in parts):
        return None
    return next((_LOOKUP[p] for p in parts if p in _LOOKUP), None)


#: Single words that stand alone as a column heading in :func:`_side_by_side` (words that
#: also modify a following noun, such as "work" or "software", are left out).
_STANDALONE = frozenset(
    {
        "experience", "employment", "education", "qualifications", "skills", "expertise",
        "competencies", "summary", "profile", "objective", "projects", "certifications",
        "certificates", "courses", "languages", "awards", "honors", "honours",
        "achievements", "accomplishments", "interests", "hobbies", "references",
        "publications", "contact", "activities", "volunteering", "strengths",
    }
)  # fmt: skip
#: A last word that usually ends one heading ("Relevant Experience Summary"), not a column.
_TRAILING_NOUNS = frozenset({"summary", "overview", "highlights", "profile", "background"})


#: Sections that fill a page's main column, most likely first.
_MAIN_COLUMN = ("experience", "projects", "education")


def _side_by_side(stripped: str, key: str) -> str | None:
    """Column headings on one line, as text taken from a multi-column page gives them:
    "EXPERIENCE SKILLS", "PROFESSIONAL SUMMARY EDUCATION RELEVANT EXPERIENCE". The lines
    below interleave the columns until the shorter ones run out, so most of the text is
    the main column's: experience, else projects, else education, else the first heading."""
    words = key.split()
    if not 2 <= len(words) <= 8 or not _capitalised(stripped) or words[-1] in _TRAILING_NOUNS:
        return None
    parts = _segment(tuple(words))
    if parts is None or len(parts) < 2:
        return None
    names = [_LOOKUP[p] for p in parts]
    return next((n for n in _MAIN_COLUMN if n in names), names[0])


def _segment(words: tuple[str, ...]) -> list[str] | None:
    """``words`` split into the fewest known headings (a single word only if standalone)."""
    best: list[str] | None = None
    for i in range(len(words), 0, -1):
        head = " ".join(words[:i])
        if head not in _LOOKUP or (i == 1 and head not in _STANDALONE):
            continue
        rest = [] if i == len(words) else _segment(words[i:])
        if rest is not None and (best is None or 1 + len(rest) < len(best)):
            best = [head, *rest]
    return best


_CAPS_WORD = re.compile(r"[A-Z][A-Z&/]*")


def lead_heading(line: str) -> tuple[str, str] | None:
    """``(section, heading)`` when ``line`` starts with an upper-case heading followed by
    ordinary text: "WORK Tanndu – Full Stack Developer", "EDUCATION Belarusian State
    University". Text taken from a page whose headings sit in a left column beside the
    content comes out this way."""
    words = line.split()
    caps = 0
    while caps < min(len(words) - 1, 4) and _CAPS_WORD.fullmatch(words[caps]):
        caps += 1
    if caps == 0 or not (words[caps][:1].isalpha() and re.search("[a-z]", words[caps])):
        return None
    for n in range(caps, 0, -1):
        heading = " ".join(words[:n])
        name = _LOOKUP.get(_key(heading))
        if name is not None and len(heading) >= 4:
            return name, heading
    return None


def _heading_by_noun(stripped: str, key: str) -> str | None:
    """A short capitalised line ending in a heading noun: "TECHINAL SKILLS"."""
    words = key.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in stripped.split()):
        return None
    if words[-1] in _TECH_NOUNS and _TECH_WORDS & set(words[:-1]):
        return "skills"
    return _HEAD_NOUNS.get(words[-1])


#: A line this long with several runs of 2+ spaces is flattened text (see :func:`reflow`).
FLAT_LINE_CHARS = 200
_SPACE_RUN = re.compile(r"[ \t]{2,}")


def reflow(text: str) -> str:
    """Restore line breaks in flattened text, keeping every character offset.

    Text exported from forms, spreadsheets or some converters arrives with its line
    breaks replaced by runs of spaces: one line of thousands of characters where headings,
    list items and the name sit between double spaces. In a line longer than
    ``FLAT_LINE_CHARS`` with at least three such runs, the first space of each run
    becomes a newline. The result has the same length as ``text``, so offsets into it are
    offsets into ``text``.
    """
    if len(text) < FLAT_LINE_CHARS:
        return text
    out = []
    for line in text.split("\n"):
        if len(line) > FLAT_LINE_CHARS and len(_SPACE_RUN.findall(line)) >= 3:
            line = _SPACE_RUN.sub(lambda m: "\n" + m.group(0)[1:], line)
        out.append(line)
    return "\n".join(out)


def iter_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, line)`` for each line of ``text`` (end excludes the newline)."""
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


def find_sections(text: str) -> tuple[Section, ...]:
    """Split ``text`` at heading lines. Text before the first heading is ``contact``.

    A line such as ``Tools: Git, Jira`` tags that one line as skills (or certifications);
    a label of two words or more such as ``Work Experience: Developer at Acme`` opens its
    section. An upper-case heading at the start of a line of ordinary text (``EXPERIENCE
    Developer at Acme``, see :func:`lead_heading`) opens one when the résumé sets its
    headings that way: when such lines outnumber the heading lines. (Where they are few,
    they are mostly a sidebar's heading beside a line of the main column.)
    """
    lines = list(iter_lines(text))
    names = [classify_heading(line) for _, _, line in lines]
    leads = [
        lead_heading(line) if n is None else None
        for (_, _, line), n in zip(lines, names, strict=True)
    ]
    use_leads = sum(lead is not None for lead in leads) > sum(n is not None for n in names)
    marks: list[tuple[int, str, str]] = [(0, "contact", "")]
    for (start, end, line), name, lead in zip(lines, names, leads, strict=True):
        if name is not None:
            marks.append((start, name, line.strip()))
            continue
        inline = _INLINE.match(line)
        label = _LOOKUP.get(_key(inline.group(1))) if inline else None
        if inline and label in ("skills", "certifications"):
            # "Tools: Git, Jira" tags this one line; the enclosing section resumes after it.
            current = marks[-1]
            marks.append((start, label, inline.group(1).strip()))
            marks.append((end + 1, current[1], current[2]))
        elif inline and label is not None and " " in _key(inline.group(1)):
            # "Professional Experience: Developer at Acme, 2021 – now" opens the section
            # (a one-word label such as "Experience: 5 years" is more often a field).
            marks.append((start, label, inline.group(1).strip()))
        elif use_leads and lead is not None:
            marks.append((start, *lead))
    sections = []
    for i, (start, name, heading) in enumerate(marks):
        end = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        if end > start or i == 0:
            sections.append(Section(name=name, heading=heading, start=start, end=end))
    return tuple(sections)


class SectionIndex:
    """Answer "which section holds character offset i?" in O(log n)."""

    def __init__(self, sections: Sequence[Section]) -> None:
        self.sections = tuple(sections)
        self._starts = [s.start for s in self.sections]

    def at(self, offset: int) -> str:
        i = bisect_right(self._starts, offset) - 1
        return self.sections[i].name if i >= 0 else ""

    def section_at(self, offset: int) -> Section | None:
        i = bisect_right(self._starts, offset) - 1
        return self.sections[i] if i >= 0 else None

    def spans(self, name: str) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in self.sections if s.name == name]
