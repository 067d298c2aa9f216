"""The spaCy pipeline: ``spacy.blank("en")`` plus the project's own components.

Components (registered with ``@Language.factory``):

- ``screener_sections`` puts the résumé's sections in ``doc.spans["sections"]``;
- ``screener_skills`` puts taxonomy skills in ``doc.spans["skills"]``: aliases match
  case-insensitively anywhere, ambiguous names (Go, R, React, Excel …) match
  case-sensitively and only in a technical context.
"""

from __future__ import annotations

import bisect
import functools
import logging
import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from typing import cast

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex, filter_spans

from screener.extract.education import LEVELS
from screener.extract.sections import SectionIndex, find_sections
from screener.extract.taxonomy import Taxonomy, load_taxonomy
from screener.records import Section

log = logging.getLogger(__name__)

#: Tokens that separate items of a list: an ambiguous skill beside one of these reads as an item.
LIST_SEPARATORS = frozenset(
    {",", "/", "|", ";", "&", "(", ")", "[", "]", ":", "•", "·", "-", "–", "and", "or", "+"}
)
#: Nouns before "such as" / "including" that make the examples technical.
TOOL_NOUNS = frozenset(
    {
        *("tools", "software", "languages", "frameworks", "platforms", "technologies"),
        *("applications", "packages", "programs", "programmes", "suites", "systems"),
        *("databases", "libraries", "editors", "ides", "environments", "utilities"),
        *("services", "tool", "language", "framework", "platform", "technology"),
        *("application", "package", "program", "suite", "system", "database", "library"),
    }
)
#: A version or edition after a product's name: "Windows XP", "Windows 10", "Server 2016".
_VERSION = re.compile(r"[/-]?(?:\d|(?:xp|nt|vista|server|family|[ivx]{1,4})\b)")
#: A version number after a product name: "95/98", "2016", "2.4" (not a lone digit).
_VERSION_NUMBER = re.compile(r"\d{2,}(?:[./]\w+)*|\d+[./]\w+(?:[./]\w+)*")
#: Words and marks that join two names into one phrase: "C and Python", "C/C++".
_COORDINATORS = frozenset({"and", "or", "&", "/"})
#: A slash or comma glued after a name ending in a symbol: "C++/Qt", "C++/C#", "(1 year),Java".
_GLUED_LIST = r"(?<=[+#)\]])[/,](?=[^\s/,])"
#: Words naming a kind of tool: an ambiguous name right after one, ending its item, is
#: that kind of tool ("Languages: C", "Databases Oracle, SQL Server", "OS: Windows").
KIND_WORDS = frozenset(
    {
        *("language", "languages", "database", "databases", "platform", "platforms", "os"),
        *("framework", "frameworks", "tools", "ide", "ides", "rdbms", "environment"),
    }
)
#: Words after an ambiguous name that show it is meant technically.
TECH_FOLLOWERS = frozenset(
    {
        "programming",
        "language",
        "lang",
        "developer",
        "developers",
        "development",
        "code",
        "app",
        "apps",
        "application",
        "applications",
        "api",
        "apis",
        "services",
        "microservices",
        "framework",
        "library",
        "libraries",
        "scripts",
        "scripting",
        "stack",
        "backend",
        "server",
        "cluster",
        "clusters",
        "jobs",
        "queries",
        "sheets",
        "spreadsheets",
        "macros",
        "formulas",
        "pivot",
        "vlookup",
        "modules",
        "packages",
        "components",
        "hooks",
        "native",
        "streaming",
        "languages",
        "database",
        "databases",
        "workbooks",
        "documents",
    }
)
#: Words after an ambiguous name in a JD requirement that show it is meant technically.
REQUIREMENT_FOLLOWERS = TECH_FOLLOWERS | {
    "experience",
    "knowledge",
    "skills",
    "proficiency",
    "expertise",
    "background",
}
#: ``doc.spans`` key of the plain (case-insensitive) matches, longest first where they
#: overlap, before any context rule: words that name a skill somewhere, even where the
#: mention is not kept ("Microsoft Azure" as a heading).
PLAIN_MATCHES = "skill_matches"
#: ``doc.user_data`` key: set to True to read the doc as a requirement (see ``in_context``).
REQUIREMENT_CONTEXT = "requirement_context"
#: Sections where a bare ambiguous name is read as a skill when it stands as a list item.
LIST_SECTIONS = frozenset({"skills", "certifications"})
#: Words after a vendor's name that make it the name of a company ("Cisco Systems",
#: "Oracle Corporation"), an employer rather than a skill.
CORPORATE_SUFFIXES = frozenset(
    {
        *("systems", "inc", "inc.", "incorporated", "corp", "corp.", "corporation", "ltd"),
        *("ltd.", "limited", "llc", "plc", "pvt", "pvt.", "private", "gmbh", "ag", "labs"),
        *("laboratories", "technologies"),
    }
)
#: Headings of sections that cite other people's work or name affiliations, where a
#: skill's name is a topic, not a claim ("Publications", "References", "Memberships").
_TOPIC_HEADING = re.compile(
    r"(?i)publication|reference|referee|conference|presentation|paper|affiliation|membership|"
    r"interest|hobb|declaration"
)
#: "Employer - City, Region -": the line naming a role's employer in résumés exported from
#: job boards (the title is on the line before, the dates on the line after).
_EMPLOYER_LINE = re.compile(
    r"[ \t]*(?P<org>\S[^\n]{0,80}?) [-–—]\s+[A-Z][\w .]+, [A-Z][\w .]+ [-–—][ \t]*$"
)
#: Longest "Employer - City, Region -" line (an employer of at most 81 characters, a place).
EMPLOYER_LINE_CHARS = 200
#: The authors and year opening a citation: "Fitch, D., & Cary, S. (2012, November)."
_CITATION = re.compile(
    r"\b[A-Z][A-Za-z'-]+, (?:[A-Z]\. ?){1,3}[^()\n]{0,120}?"
    r"\((?:19|20)\d\d[a-z]?(?:, [A-Z][a-z]+(?: \d{1,2})?)?\)\."
)
_SENTENCE_END = re.compile(r"[.?!][\"”]? ")
#: A business described by its rank or size: "… is one of the largest", "a leading provider".
_EMPLOYER_DESCRIPTION = re.compile(
    r"\b(?:(?:is|was|are|were) (?:the|a|an|one of the)|(?:a|an|the)) (?:[\w'’-]+ ){0,3}?"
    r"(?:leading|largest|biggest|premier|foremost|renowned|well-known) (?:[\w&'’-]+ ){0,3}?"
    r"(?:providers?|manufacturers?|suppliers?|compan(?:y|ies)|firms?|operators?|banks?|"
    r"retailers?|insurers?|distributors?|makers?|consultanc(?:y|ies)|groups?|traders?|"
    r"producers?|brands?|employers?|chains?|networks?|players?)\b"
    # "World leader in analytical instrumentation", "Pioneer in spectrometers" (not a bare
    # "Leader in cloud architecture", a person's summary)
    r"|(?:(?m:^)|(?<=[.:;]))\s*(?:(?:[Aa]|[Tt]he)\s+)?(?:(?:[Ww]orld|[Gg]lobal|[Ii]ndustry|"
    r"[Mm]arket|[Nn]ational)\s+(?:[Ll]eader|[Pp]ioneer)|[Pp]ioneer)s? in\b"
    # "a consultancy specializing in predictive models", "a company that provides …" (not
    # "company focus", "an OAuth provider offering SSO")
    r"|\b(?:[Aa]n?|[Tt]he) (?:compan(?:y|ies)|firm|consultanc(?:y|ies)|agency|start-?up|"
    r"manufacturer|provider|supplier|distributor|vendor|corporation),? (?:(?:that|which) )?"
    r"(?:specializ|specialis|focus|provid|offer|deliver|manufactur|sell|distribut)\w*"
)
#: Where the person's own clause begins after a description of a business: "a startup
#: focused on fintech, where I built …", "a firm offering consulting; built …".
_CLAUSE_BREAK = re.compile(r";|\b(?:where|while)\b|,\s+(?:and\s+)?(?:I|we)\b")
#: Lines of an education section that list what was studied or built: skills there count.
_COURSEWORK_LINE = re.compile(
    r"(?i)course|subject|module|project|skill|tool|technolog|language|software|programming|"
    r"thesis|dissertation|elective"
)
#: A line naming a school or a field of study: skills there are subjects, not skills claimed.
_SCHOOL_LINE = re.compile(
    r"\b(?:[Uu]niversity|UNIVERSITY|[Cc]ollege|COLLEGE|[Ii]nstitute|INSTITUTE|[Ss]chool|SCHOOL|"
    r"[Aa]cademy|[Pp]olytechnic|[Mm]ajor|[Mm]inor|[Cc]oncentration|[Ss]pecialization)\b"
)
#: A stated change in a measured quantity right before a mention: "a 10% increase in
#: customer satisfaction", "34% growth in total social media shares".
_MEASURED = re.compile(
    r"(?:\d\s*%|\d\s*percent|\$\s*\d[\d,.]*\s*[KkMmBb]?|\b\d+(?:\.\d+)?x)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,2}?"
    r"(?:increase|growth|rise|improvement|decrease|reduction|drop|boost|gain|decline|lift)s?"
    r"[ \t]+(?:in|of)[ \t]+(?:(?:the|total|overall|our|their|its)[ \t]+)?$",
    re.IGNORECASE,
)


@Language.factory("screener_sections")
def make_sections(nlp: Language, name: str) -> SectionTagger:
    return SectionTagger()


class SectionTagger:
    """Mark each section of a résumé as a span labelled with its canonical name.

    The :class:`~screener.records.Section` records are kept in ``doc.user_data["sections"]``.
    """

    def __call__(self, doc: Doc) -> Doc:
        sections = find_sections(doc.text)
        doc.user_data["sections"] = sections
        doc.spans["sections"] = self.section_spans(doc, sections)
        return doc

    @staticmethod
    def section_spans(doc: Doc, sections: Sequence[Section]) -> list[Span]:
        spans = []
        for sec in sections:
            span = doc.char_span(sec.start, sec.end, label=sec.name, alignment_mode="expand")
            if span is not None and len(span):
                spans.append(span)
        return spans


def doc_sections(doc: Doc) -> tuple[Section, ...]:
    """The sections found by ``screener_sections`` (computed here if it did not run)."""
    found = doc.user_data.get("sections")
    return tuple(found) if found is not None else find_sections(doc.text)


@Language.factory("screener_skills", default_config={"taxonomy": ""})
def make_skills(nlp: Language, name: str, taxonomy: str) -> SkillMatcher:
    return SkillMatcher(nlp, load_taxonomy(taxonomy or None))


class SkillMatcher:
    """Find taxonomy skills; keep ambiguous names only where the context is technical."""

    def __init__(self, nlp: Language, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self.plain = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        tokenizer = cast(Tokenizer, nlp.tokenizer)
        capitals: set[str] = set()
        written: set[str] = set()  # ambiguous forms as the taxonomy writes them
        for skill in taxonomy.skills.values():
            if skill.plain_forms:
                self.plain.add(skill.name, list(tokenizer.pipe(skill.plain_forms)))
            if skill.ambiguous:
                # in capitals too, as skills lists often are ("EXCEL (2 years)")
                caps = [f.upper() for f in skill.ambiguous if len(f) > 2 and not f.isupper()]
                capitals.update(caps)
                written.update(skill.ambiguous)
                forms = list(dict.fromkeys([*skill.ambiguous, *caps]))
                self.exact.add(skill.name, list(tokenizer.pipe(forms)))
        #: Capitals of ambiguous names (``EXCEL`` for ``Excel``), kept only as list items:
        #: written so in prose they are as often another acronym ("ADA compliance").
        self.capitals = frozenset(capitals - written)
        forms = [f for skill in taxonomy.skills.values() for f in skill.plain_forms]
        other = {f.lower() for f in forms if not f.isupper()}
        #: Lower-cased forms written only as acronyms (``BERT``): "Bert" is a person.
        self.acronyms = frozenset(f.lower() for f in forms if f.isupper()) - other
        #: Skills whose ambiguous acronym, in capitals beside another skill, is kept in prose
        #: (not certifications: "ACE" beside networking gear is not a trainer's certificate).
        self.by_casing = frozenset(
            s.name for s in taxonomy.skills.values() if s.ambiguous and s.type != "certification"
        )

    def __call__(self, doc: Doc) -> Doc:
        matched = self.match(self.plain, doc) + self.wrapped(doc)
        worded = [s for s in matched if self._acronym_as_word(s)]  # "Matlab": needs context
        plain = [s for s in matched if s not in worded]
        ambiguous = self.match(self.exact, doc) + worded
        sections = SectionIndex(doc_sections(doc))
        relaxed = bool(doc.user_data.get(REQUIREMENT_CONTEXT))
        anchors: list[Span] = []
        if ambiguous:
            anchors = [
                s
                for s in self.plausible(doc, filter_spans(plain), sections, relaxed=relaxed)
                if self._technical(s)
            ]
        kept = self.in_context(doc, ambiguous, plain, sections, relaxed=relaxed, anchors=anchors)
        spans = filter_spans([*plain, *kept])
        doc.spans["skills"] = self.plausible(doc, spans, sections, relaxed=relaxed)
        doc.spans[PLAIN_MATCHES] = filter_spans(matched)
        return doc

    def plausible(
        self, doc: Doc, spans: Sequence[Span], sections: SectionIndex, *, relaxed: bool = False
    ) -> list[Span]:
        """Drop matches that name something other than a skill the person claims:

        - a capitalised vendor name followed by a capitalised company word is an employer
          (``Cisco Systems``);
        - a field or trade named inside a longer capitalised name is part of a title
          (``Council on Social Work Education``, ``Management Information Systems`` course);
        - a field naming a group of people (``leadership team``, ``IT professionals``), the
          employer on a job board's "Employer - City, Region -" line, a soft skill's word in
          a technical sense (``communication module``), a topic in a citation's title, and
          anything in a sentence describing a business ("… is a leading provider of …"),
          and, outside JD requirements, a field that rose or fell by a stated amount ("a 10%
          increase in customer satisfaction");
        - a category used as the label of a list of its members (``Operating systems:
          Windows, Linux``, ``Operating Systems (macOS, Windows)``): the members carry the
          evidence and imply the category;
        - outside JD requirements and skills sections, anything on a line naming a degree
          or a school: ``B.S. in Computer Science`` is a field of study.
        """
        text = doc.text
        line_of = _line_index(text)
        by_line: dict[int, list[Span]] = {}
        for span in spans:
            by_line.setdefault(line_of(span.start_char), []).append(span)
        cache: dict[int, bool] = {}
        out = []
        for span in spans:
            if _is_company(doc, span):
                continue
            if (
                not relaxed
                and sections.at(span.start_char) not in LIST_SECTIONS
                and self._in_proper_name(doc, span)
            ):
                continue
            if (
                self._names_organisation(doc, span)
                or _on_employer_line(text, span)
                or self._technical_sense(doc, span)
                or _in_citation(text, span.start_char)
                or _describes_employer(text, span.start_char)
                or (not relaxed and self._measured_quantity(text, span))
            ):
                continue
            line = line_of(span.start_char)
            if self._labels_members(span, by_line[line]) or self._heads_members(
                text,
                span,
                by_line[line],
                by_line.get(_next_text_line(text, span.end_char, line_of), []),
            ):
                continue
            if not relaxed and not self._claimed(
                text,
                span.start_char,
                line,
                sections,
                cache,
                self._listed(by_line[line]),
                [(s.start_char, s.end_char) for s in by_line[line]],
            ):
                continue
            out.append(span)
        return out

    def _listed(self, on_line: Sequence[Span]) -> bool:
        """True for a line naming three technical skills or more (``C++, ActionScript,
        Photoshop``; not grades: ``English (C), maths (C), science (C)``): a list of tools,
        even under a heading read as Education."""
        return len({s.label_ for s in on_line if self._technical(s)}) >= 3

    @staticmethod
    def _claimed(
        text: str,
        offset: int,
        line: int,
        sections: SectionIndex,
        cache: dict[int, bool],
        listed: bool = False,
        on_line: Sequence[tuple[int, int]] = (),
    ) -> bool:
        """False when the line at ``offset`` names a topic rather than a skill: a degree or a
        school line, a line of an education section other than coursework or a ``listed``
        list of tools, or any line of a section such as Publications (cached per line).
        A coursework word other than "skills" inside a skill on the line (``on_line``:
        character spans) is the field of a degree, not a cue: "B.Tech in Information
        Technology", "Master of Software Engineering"."""
        if line in cache:
            return cache[line]
        section = sections.section_at(offset)
        name = section.name if section else ""
        if name in LIST_SECTIONS:
            claimed = True
        elif section is not None and section.heading and _TOPIC_HEADING.search(section.heading):
            claimed = False
        else:
            start = text.rfind("\n", 0, offset) + 1
            end = text.find("\n", offset)
            text_line = text[start : end if end >= 0 else len(text)]
            if name == "education":
                claimed = any(
                    m.group().lower().startswith("skill")  # "presentation skills"
                    or not any(a <= start + m.start() < b for a, b in on_line)
                    for m in _COURSEWORK_LINE.finditer(text_line)
                ) or (listed and not _is_school_line(text_line))
            else:
                claimed = not _is_school_line(text_line)
        cache[line] = claimed
        return claimed

    def _certification(self, name: str) -> bool:
        skill = self.taxonomy.skills.get(name)
        return skill is not None and skill.type == "certification"

    def _acronym_as_word(self, span: Span) -> bool:
        """True for an acronym-only skill written as a capitalised word (``Bert``, ``Matlab``):
        a person or a club as often as the skill, so it needs context like an ambiguous name."""
        text = span.text
        return text.lower() in self.acronyms and text[:1].isupper() and text[1:].islower()

    def _in_proper_name(self, doc: Doc, span: Span) -> bool:
        """True for a capitalised field or trade (not a product: ``QuickBooks and Excel``)
        glued to capitalised words."""
        skill = self.taxonomy.skills.get(span.label_)
        if skill is None or skill.category not in FIELD_CATEGORIES or not self._ordinary(span):
            return False
        words = [t for t in span if t.is_alpha]
        if not words or not all(t.text[:1].isupper() for t in words if t.lower_ not in _JOINERS):
            return False
        return _capitalised_beside(doc, span.start - 1, -1) or _capitalised_beside(
            doc, span.end, +1
        )

    def _tool(self, name: str) -> bool:
        """A skill outside the fields and trades, not soft, not a certification, not a
        regulation (HIPAA)."""
        skill = self.taxonomy.skills.get(name)
        return (
            skill is not None
            and skill.category not in FIELD_CATEGORIES
            and skill.type not in ("soft", "certification")
            and _REGULATION not in self.taxonomy.ancestors(name)
        )

    def _technical(self, span: Span) -> bool:
        """A mention that can vouch for a neighbour: a skill that is not a field, trade or
        soft skill, or a product named in a field (``QuickBooks``, not ``Accounting``)."""
        skill = self.taxonomy.skills.get(span.label_)
        if skill is None:
            return False
        if skill.category not in FIELD_CATEGORIES and skill.type != "soft":
            return True
        return not self._ordinary(span)

    def _ordinary(self, span: Span) -> bool:
        """Every word of ``span`` is an ordinary word of the taxonomy (``Customer Service``,
        not ``QuickBooks``): see :func:`common_words`."""
        words = common_words(self.taxonomy)
        return all(w in words for w in re.findall(r"[a-z]{2,}", span.text.lower()))

    def _related(self, a: str, b: str) -> bool:
        """Two skills of one category, or one implying the other (``ABAP`` → ``SAP``)."""
        tax = self.taxonomy
        sa, sb = tax.skills.get(a), tax.skills.get(b)
        if sa is None or sb is None:
            return False
        return sa.category == sb.category or a in tax.ancestors(b) or b in tax.ancestors(a)

    def _measured_quantity(self, text: str, span: Span) -> bool:
        """True for a field or soft skill (not a tool: "a 40% reduction in AWS spend" keeps
        AWS) named as a quantity that rose or fell by a stated amount ("a 10% increase in
        customer satisfaction"): a result reported, not a skill claimed."""
        skill = self.taxonomy.skills.get(span.label_)
        if skill is None or (skill.category not in FIELD_CATEGORIES and skill.type != "soft"):
            return False
        offset = span.start_char
        return _MEASURED.search(text, max(0, offset - 80), offset) is not None

    def _names_organisation(self, doc: Doc, span: Span) -> bool:
        """True for a field or trade (not a product or a method: "Scrum team" stays) naming a
        group of people rather than something the person does: "leadership team", "IT
        professionals", "Computer Science Department"."""
        skill = self.taxonomy.skills.get(span.label_)
        if skill is None or skill.category not in ORGANISATION_FIELDS:
            return False
        if any(not (t.text.islower() or t.text.istitle()) for t in span if t.is_alpha):
            return False  # a product's own spelling: "QuickBooks", "SharePoint"
        return _before_organisation_noun(doc, span)

    def _technical_sense(self, doc: Doc, span: Span) -> bool:
        """True for a soft skill's word in its technical sense, describing equipment rather
        than a trait: "communication module", "inter-process communication", "Information
        and Communication Technology"."""
        skill = self.taxonomy.skills.get(span.label_)
        if skill is None or skill.type != "soft":
            return False
        nxt = _next_word(doc, span.end)
        if nxt is not None and nxt.lower_ in TECHNICAL_HEADS:
            return True
        i = _word_before(doc, span.start)
        if i is not None and doc[i].lower_ in {"and", "&"}:
            i = _word_before(doc, i)
        return i is not None and doc[i].lower_ in TECHNICAL_MODIFIERS

    def _labels_members(self, label: Span, line_spans: Sequence[Span]) -> bool:
        """True when ``label`` introduces a list of its members: followed by a colon and
        then one of its descendants on its line, or a category with a skill directly after
        its colon; or a generic category written in the plural ("Operating systems", not
        the products "Kubernetes" or "Amazon Web Services") followed by a bracket and then
        one of its descendants (``Operating Systems (macOS, Windows)``), or first on its
        line with a bullet and one of them right after (``Operating Systems • Linux``)."""
        doc = label.doc
        after = _neighbour(doc, label.end - 1, +1)
        if after != ":":
            return (
                after in _LIST_OPENERS
                and self._plural_category(label)
                and self._members_follow(label, line_spans, right_after=after != "(")
            )
        members = self.taxonomy.descendants(label.label_)
        if any(s.start > label.start and s.label_ in members for s in line_spans):
            return True
        # a category ("IDEs:", "Graphic design:") opening its line, a skill right after its colon
        plural = label[-1].lower_.endswith("s") and not label[-1].lower_.endswith("ss")
        if not members and not plural:
            return False
        if not _opens_line(doc, label):
            return False
        colon = label.end + _spaces_after(doc, label.end)
        first = colon + 1 + _spaces_after(doc, colon + 1)
        return any(s.start == first for s in line_spans)

    def _heads_members(
        self, text: str, label: Span, line_spans: Sequence[Span], next_line: Sequence[Span]
    ) -> bool:
        """True when a generic category, singular or plural, heads its members without a
        colon: first on its line with one of them right after it (``Operating System
        Windows 7, Linux``) or alone on its line above a line naming one (``Operating
        systems`` over ``• Windows Server 2012``); and when any skill ends a label in a row
        of labels (``Operating Systems:  Database Management:  Languages:``) with skills on
        the next line, the values in another column (not ``Python:  SQL:`` over ``Expert
        Advanced``, a rating table)."""
        doc = label.doc
        if next_line and _label_row(text, label):
            return True
        members = self.taxonomy.descendants(label.label_)
        if not members or not label.label_.split()[-1].islower():
            return False  # not a generic category: "Python Django" names two products
        if not _first_on_line(doc, label):
            return False
        later = [s for s in line_spans if s.start >= label.end]
        if not later:
            return _neighbour(doc, label.end - 1, +1) is None and any(
                s.label_ in members for s in next_line
            )
        first = min(later, key=lambda s: s.start)
        between = doc[label.end : first.start]
        return first.label_ in members and all(
            t.is_space or t.text in _LIST_OPENERS for t in between
        )

    def _plural_category(self, label: Span) -> bool:
        """A generic category named in the plural: the canonical name's last word is a
        lower-case word ("Operating systems", "Relational databases") and the text's last
        word a plural longer than an acronym ("Operating Systems", not "AWS")."""
        last = label.label_.split()[-1]
        word = label[-1].text
        return (
            last.isalpha()
            and last.islower()
            and word.isalpha()
            and len(word) > 4
            and word.lower().endswith("s")
            and not word.lower().endswith("ss")
        )

    def _members_follow(self, label: Span, line_spans: Sequence[Span], right_after: bool) -> bool:
        """A descendant of ``label`` follows it on its line: anywhere after it (a bracketed
        list), or, ``right_after``, as the first skill after the bullet, with ``label``
        first on its line."""
        members = self.taxonomy.descendants(label.label_)
        later = sorted((s for s in line_spans if s.start >= label.end), key=lambda s: s.start)
        if not right_after:
            return any(s.label_ in members for s in later)
        return _first_on_line(label.doc, label) and bool(later) and later[0].label_ in members

    def wrapped(self, doc: Doc) -> list[Span]:
        """Names broken by a single line break in a narrow column ("Deep\\nLearning",
        "Machine\\nLearning"): matched on the tokens with the line breaks left out."""
        keep = [t.i for t in doc if not (t.is_space and t.text.count("\n") == 1)]
        if len(keep) == len(doc):
            return []
        squeezed = Doc(doc.vocab, words=[doc[i].text for i in keep])
        out = []
        for _key, start, end in self.plain(squeezed):
            first, last = keep[start], keep[end - 1]
            if last - first + 1 > end - start:  # it spans a line break
                out.append(Span(doc, first, last + 1, label=squeezed.vocab.strings[_key]))
        return out

    @staticmethod
    def match(matcher: PhraseMatcher, doc: Doc) -> list[Span]:
        return list(matcher(doc, as_spans=True))

    def in_context(
        self,
        doc: Doc,
        candidates: Sequence[Span],
        plain: Sequence[Span],
        sections: SectionIndex,
        *,
        relaxed: bool = False,
        anchors: Sequence[Span] = (),
    ) -> list[Span]:
        """Keep ambiguous spans (and acronyms written as words, ``Matlab``) that read as list
        items in a skills section or beside other skills on the same line (``Python, Go,
        Rust`` but not ``go to market``), or as one of three or more ambiguous list items on
        a line (``Word, Excel, Access``).

        In prose, ``anchors`` (technical skills kept by :meth:`plausible`, not fields or
        soft skills) vouch for a capitalised name joined to one of them by "and", "or" or a
        slash (``in C and Python``, ``C/C++``; not ``Spark and Creativity``), for a list
        opened by "such as" / "including" after an anchor or a
        word such as "tools", and for an acronym of three or more capitals on a line in
        lower case that names an anchor, related unless the acronym is a list item
        (``services on SAP using ABAP``, ``REST, SOAP and XML``; not ``CVS Pharmacy``;
        certifications excepted). A name right after a broader technical skill that names
        its kind, even one later dropped as a list label, and ending its item is kept too
        (``Operating Systems Windows, UNIX``, ``Operating Systems: Windows XP``).

        A certification's ambiguous acronym (ACE, CIA, PE) is kept only among credentials:
        in a certifications section, or on a line naming another certification or a word
        such as "certified" (``Cisco ACE 4710``, ``Health and PE`` are no credentials).

        A name right after a word naming a kind of tool and ending its item is kept too
        (``Languages: C``, ``Databases Oracle, SQL Server``). A name in capitals
        (``EXCEL``) is kept only as a list item beside a tool or a kind word, or followed by
        the years a skills list gives (``EXCEL (2 years)``), never in prose or brackets.

        ``relaxed`` (a JD requirement, which is technical by nature) keeps a case-exact
        mention on a line that names another skill, or one that is not the first word of
        its sentence, or one followed by a word such as "experience".
        """
        text = doc.text  # Doc.text joins every token: read it once
        line_of = _line_index(text)
        plain_lines = {line_of(s.start_char) for s in plain}
        starts, ends = {s.start for s in anchors}, {s.end for s in anchors}
        kinds: dict[int, set[str]] = {}  # line -> labels of the anchors on it
        for a in anchors:
            kinds.setdefault(line_of(a.start_char), set()).add(a.label_)
        # the technical skill just before each token, as matched (a category label such as
        # "Operating Systems:" is dropped later, but it still names the kind of what follows)
        before = {_next_item(doc, s.end): s.label_ for s in plain if self._technical(s)}
        # labels of anchors that are tools, not fields (capitals need one beside them)
        strict = {a.label_ for a in anchors if self._tool(a.label_)}
        # right after a word naming a kind of tool: "Languages: C", "Databases Oracle"
        kind_words = [t for t in doc if t.lower_ in KIND_WORDS]
        after_kind = {_next_item(doc, t.i + 1) for t in kind_words}
        kind_lines = {line_of(t.idx) for t in kind_words}

        def item(s: Span) -> bool:
            return _is_list_item(doc, s, ends)

        items_per_line = Counter(line_of(s.start_char) for s in candidates if item(s))
        # lines naming a certification by an unambiguous name: "CPA, CIA" lists credentials
        cert_lines = {line_of(s.start_char) for s in plain if self._certification(s.label_)}
        kept = []
        for span in candidates:
            if self._certification(span.label_) and not (
                sections.at(span.start_char) == "certifications"
                or line_of(span.start_char) in cert_lines
                or _CREDENTIAL_WORD.search(_line_at(text, span.start_char))
            ):
                continue  # a credential's acronym outside credentials: "Cisco ACE 4710"
            capitals = span.text in self.capitals
            if capitals and _neighbour(doc, span.start, -1) == "(":
                continue  # an abbreviation defined in brackets: "Flexible Delivery (FLEX)"
            if (
                not capitals
                and relaxed
                and (
                    line_of(span.start_char) in plain_lines
                    or not _starts_sentence(doc, span)
                    or _neighbour(doc, span.end - 1, +1) in REQUIREMENT_FOLLOWERS
                )
            ):
                kept.append(span)
                continue
            line = line_of(span.start_char)
            if not capitals and span.start in after_kind and _ends_item(doc, span):
                kept.append(span)
                continue
            if (
                not capitals
                and line in kinds
                and (
                    (
                        span.label_ in self.by_casing
                        and _distinct_capitals(text, span)
                        and (item(span) or any(self._related(span.label_, k) for k in kinds[line]))
                    )
                    or (
                        before.get(span.start) in self.taxonomy.ancestors(span.label_)
                        and _ends_item(doc, span)
                    )
                    or _coordinated(doc, span, starts, ends)
                )
            ):
                kept.append(span)
                continue
            if not item(span):
                continue
            if capitals and not (
                strict & kinds.get(line, set())
                or line in kind_lines
                or _YEARS_USED.match(text, span.end_char)
            ):
                continue  # "CHEF, BAKER", "FMLA, ADA, FLSA": no tool beside it
            in_list_section = sections.at(span.start_char) in LIST_SECTIONS
            if in_list_section or line in plain_lines or items_per_line[line] >= 3:
                kept.append(span)
        return kept


#: Taxonomy categories of fields and trades (ordinary English, unlike product names).
FIELD_CATEGORIES = frozenset(
    {
        "Accounting",
        "Administration",
        "Agriculture",
        "Apparel",
        "Arts",
        "Automotive",
        "Aviation",
        "Beauty",
        "Business",
        "Construction",
        "Customer service",
        "Digital media",
        "Education",
        "Engineering",
        "Finance",
        "Fitness",
        "HR",
        "Healthcare",
        "Hospitality",
        "IT support",
        "Legal",
        "Logistics",
        "Manufacturing",
        "Marketing",
        "Mathematics",
        "Practice",
        "Project management",
        "Sales",
        "Science",
        "Soft skill",
    }
)
#: The years a skills list gives an item: "EXCEL (2 years)", "ACCESS (Less than 1 year)".
_YEARS_USED = re.compile(r"\s*\((?:less than )?\d{1,2}\+?\s*years?\)", re.IGNORECASE)
#: The taxonomy's parent of laws and regulations (HIPAA, GDPR): not tools.
_REGULATION = "Regulatory compliance"
_JOINERS = frozenset({"of", "on", "in", "for", "and", "&", "the"})
_BULLETS = frozenset({"*", "●", "○", "◦", "▪", "■", "➢", "❖", "♣", "¾", "o"})
#: What may open a list of a category's members after the category's name, besides a colon.
_LIST_OPENERS = frozenset({"(", "•", "-", "–", "—", *_BULLETS} - {"o"})
#: Lower-case words that carry a phrase on after a line break ("Less\nthan 1 year").
_CONTINUATIONS = frozenset({"than", "to", "of", "the", "a", "an", "that", "is", "are", "was"})
#: Nouns after a soft skill's word that make it name equipment ("communication module").
TECHNICAL_HEADS = frozenset(
    {
        *("module", "modules", "equipment", "line", "lines", "channel", "channels", "system"),
        *("systems", "protocol", "protocols", "interface", "interfaces", "technology"),
        *("technologies", "engineering", "engg", "device", "devices", "network", "networks"),
        *("port", "ports", "link", "links", "bus", "layer", "hardware", "tools"),
    }
)
#: Words before a soft skill's word that make it technical ("inter process communication").
TECHNICAL_MODIFIERS = frozenset(
    {
        *("information", "electronics", "electronic", "inter", "interprocess", "process"),
        *("multimedia", "fiber", "fibre", "wireless", "serial", "data", "satellite", "mobile"),
        *("radio", "optical", "duplex", "telecom", "network", "machine"),
    }
)
#: Categories whose skills name a field or trade that can name an organisation.
ORGANISATION_FIELDS = (FIELD_CATEGORIES - {"Practice"}) | {"Software engineering"}
#: Nouns after a field or trade that make it the name of a group of people ("leadership
#: team", "IT professionals"). Not "industry", "sector", "clients" or "companies": "the
#: insurance industry" is the domain a person worked in, which a JD may ask for.
ORGANISATION_NOUNS = frozenset(
    {"team", "teams", "department", "departments", "dept", "division", "divisions", "professionals"}
)


def _line_index(text: str) -> Callable[[int], int]:
    """A function from a character offset to the index of its line in ``text``."""
    newlines = [i for i, ch in enumerate(text) if ch == "\n"]
    return functools.partial(bisect.bisect_left, newlines)


#: Words that put a credential on its line: "Certified", "certification", "licensed".
_CREDENTIAL_WORD = re.compile(
    r"\b(?:certifi\w*|certificat\w*|licen[cs]\w*|accredit\w*|credential\w*|registered)\b",
    re.IGNORECASE,
)


def _line_at(text: str, offset: int) -> str:
    """The line of ``text`` holding ``offset``."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start : end if end >= 0 else len(text)]


def _is_company(doc: Doc, span: Span) -> bool:
    """ "Cisco Systems", "Oracle Corp.": a capitalised name then a capitalised company word
    (not "NoSQL database systems")."""
    if span.end >= len(doc) or not span.text[:1].isupper():
        return False
    nxt = doc[span.end]
    return nxt.text[:1].isupper() and nxt.lower_ in CORPORATE_SUFFIXES


def _before_organisation_noun(doc: Doc, span: Span) -> bool:
    """True when ``span`` is followed by an organisation noun ("leadership team"), except a
    verb's object ("coached teams") and "team player"."""
    nxt = _next_word(doc, span.end)
    if nxt is None or nxt.lower_ not in ORGANISATION_NOUNS:
        return False
    last = span[-1].lower_
    if last.endswith("ed"):
        return False  # a verb and its object: "coached teams"
    after = _next_word(doc, nxt.i + 1)
    return after is None or after.lower_ not in {"player", "players"}  # "motivated team player"


def _on_employer_line(text: str, span: Span) -> bool:
    """True for a name before the place on an "Employer - City, Region -" line (the layout
    of résumés exported from job boards): the employer, not a skill."""
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    end = end if end >= 0 else len(text)
    if end - start > EMPLOYER_LINE_CHARS:
        return False  # run-on text, not a short employer line (and no O(line) match per span)
    m = _EMPLOYER_LINE.match(text, start, end)
    return m is not None and span.end_char <= m.end("org")


def _next_text_line(text: str, offset: int, line_of: Callable[[int], int]) -> int:
    """Index of the first line after the one holding ``offset`` with any text on it."""
    end = text.find("\n", offset)
    found = _NON_SPACE.search(text, end) if end >= 0 else None
    return line_of(found.start()) if found else -1


_NON_SPACE = re.compile(r"\S")
#: The rest of a line that holds only labels ("  Database Management:  Languages:").
_LABELS_ONLY = re.compile(r"(?:\s*[A-Z][\w/&+.-]*(?: [\w/&+.-]+){0,3}\s*:)*\s*$")


def _label_row(text: str, span: Span) -> bool:
    """True when ``span`` ends with a colon in a row of two labels or more and nothing
    else: ``Operating Systems:  Database Management:  Languages:`` (``text``: the doc's
    text, passed in since ``Doc.text`` joins every token on each access)."""
    doc = span.doc
    colon = span.end + _spaces_after(doc, span.end)
    if colon >= len(doc) or doc[colon].text != ":":
        return False
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    line = text[start : end if end >= 0 else len(text)]
    if line.count(":") < 2:
        return False
    before = text[start : span.start_char]
    after = text[doc[colon].idx + 1 : end if end >= 0 else len(text)]
    return bool(_LABELS_ONLY.fullmatch(before.lstrip(" •-*\t")) and _LABELS_ONLY.fullmatch(after))


def _spaces_after(doc: Doc, i: int) -> int:
    """How many whitespace tokens (within the line) start at token ``i``."""
    n = 0
    while i + n < len(doc) and doc[i + n].is_space and "\n" not in doc[i + n].text:
        n += 1
    return n


def _word_before(doc: Doc, i: int) -> int | None:
    """Index of the nearest non-space token before token ``i`` on its line, or None."""
    j = i - 1
    while j >= 0 and doc[j].is_space and "\n" not in doc[j].text:
        j -= 1
    return j if j >= 0 and "\n" not in doc[j].text and "\n" not in doc[j].whitespace_ else None


def _in_citation(text: str, offset: int) -> bool:
    """True when ``offset`` lies in the title of an author-year citation ("Fitch, D. (2015).
    A framework for information technology in …"): a topic, wherever the section is."""
    before = text[max(0, offset - 300) : offset]
    found = list(_CITATION.finditer(before))
    if not found:
        return False
    after = before[found[-1].end() :]
    # the title runs to the second full stop; a wrapped title may span a line break or two
    return after.count("\n") <= 2 and len(_SENTENCE_END.findall(after)) <= 1


def _describes_employer(text: str, offset: int) -> bool:
    """True when ``offset`` lies in a sentence describing a business ("Etisalat is the Middle
    East's leading telecommunications operator", "…, a leading provider of insurance
    software"): the employer's trade, not the person's skill; up to a clause of the
    person's own ("…, where I built …", "…; built …")."""
    start = max(text.rfind(". ", 0, offset), text.rfind("\n", 0, offset), offset - 200)
    ends = [i for i in (text.find(". ", offset), text.find("\n", offset)) if i >= 0]
    end = min([*ends, offset + 200, len(text)])
    m = _EMPLOYER_DESCRIPTION.search(text, start + 1, end)
    return (
        m is not None
        and m.start() < offset
        and not _CLAUSE_BREAK.search(text, m.end(), max(m.end(), offset))
    )


def _next_word(doc: Doc, i: int) -> Token | None:
    """Token ``i`` when it is a word separated from the previous token by at most one space
    on the same line (not the next item of a list laid out with wide gaps)."""
    if i >= len(doc) or i == 0:
        return None
    gap = doc[i - 1].whitespace_
    tok = doc[i]
    if gap != " " or not tok.is_alpha:
        return None
    return tok


def _capitalised_beside(doc: Doc, i: int, step: int) -> bool:
    """True when token ``i`` (same line, no punctuation between) is a capitalised word, or a
    joiner such as "of" or "on" next to one (``Journal of …``, ``… on Social Work``)."""
    for _ in range(2):
        if not 0 <= i < len(doc):
            return False
        tok = doc[i]
        if "\n" in tok.text or not tok.is_alpha:
            return False
        if tok.lower_ in _JOINERS:
            i += step
            continue
        return tok.text[:1].isupper()
    return False


def _is_school_line(line: str) -> bool:
    """True when ``line`` names a degree or a school."""
    return bool(_SCHOOL_LINE.search(line)) or any(p.search(line) for _lvl, p in LEVELS)


def _coordinated(doc: Doc, span: Span, starts: set[int], ends: set[int]) -> bool:
    """True when ``span`` is joined to a skill by "and", "or", "&" or a slash with no other
    word between: "C and Python", "Python or R", "C/C++", or by a comma in a series that
    one of those words closes: "Windows, Macintosh, and Unix" (``starts`` / ``ends``: token
    offsets where skills start / end)."""
    if span.text[:1].islower():
        return False  # a word, not a name: "build scripts and logging"
    after = span.end
    if after + 1 < len(doc) and doc[after].lower_ in _COORDINATORS and after + 1 in starts:
        return True
    before = span.start - 1
    if before >= 1 and doc[before].lower_ in _COORDINATORS and before in ends:
        return True
    comma_after = after + 1 < len(doc) and doc[after].text == "," and after + 1 in starts
    comma_before = before >= 1 and doc[before].text == "," and before in ends
    return (comma_after or comma_before) and _series_closed(doc, span.end)


def _series_closed(doc: Doc, i: int) -> bool:
    """True when "and", "or" or "&" follows token ``i`` on its line, after commas only
    between names: the end of a series such as "Windows, Macintosh, and Unix"."""
    for tok in doc[i:]:
        if "\n" in tok.text or tok.text in {".", ";", ":"}:
            return False
        if tok.lower_ in _COORDINATORS and tok.text != "/":
            return True
        if tok.text[:1].islower() and tok.is_alpha:
            return False  # a lower-case word: prose, not a series of names
    return False


def _distinct_capitals(full: str, span: Span) -> bool:
    """True for an acronym of three or more capitals (``SAP``, ``SOAP``) on a line of
    ``full`` (the doc's text) that is not itself in capitals: written so, it is not the
    everyday word (sap, soap)."""
    text = span.text
    if not (text.isupper() and sum(c.isalpha() for c in text) >= 3):
        return False
    start = full.rfind("\n", 0, span.start_char) + 1
    end = full.find("\n", span.end_char)
    letters = [c for c in full[start : end if end >= 0 else len(full)] if c.isalpha()]
    return 2 * sum(c.islower() for c in letters) > len(letters)


def _neighbour(doc: Doc, i: int, step: int) -> str | None:
    """Lower-case text of the nearest non-space token from ``i`` in direction ``step``,
    or None when the line ends first."""
    j = i + step
    while 0 <= j < len(doc):
        tok = doc[j]
        if "\n" in tok.text:
            return None
        if not tok.is_space:
            return tok.lower_
        j += step
    return None


def _starts_sentence(doc: Doc, span: Span) -> bool:
    before = _neighbour(doc, span.start, -1)
    return before is None or before in {".", "!", "?", ":", ";", "•", "-", "*", "–"}


def _is_list_item(doc: Doc, span: Span, anchor_ends: Collection[int] = ()) -> bool:
    """True when ``span`` stands as an item of a list (``Python, Go, Rust``; ``tools such as
    Word, Excel``, see :func:`_opens_list`) or is followed by a word that makes it technical
    (``Go services``, ``Excel macros``)."""
    before = _neighbour(doc, span.start, -1)
    after = _neighbour(doc, span.end - 1, +1)
    if after == "." and span.end + 1 < len(doc) and doc[span.end + 1].is_alpha:
        return False  # an initial, as in "John C. Smith"
    if after in TECH_FOLLOWERS:
        return True
    if after is None and _wrapped_into_lowercase(doc, span.end):
        return False  # a phrase wrapped onto the next line: "DNS (Less\nthan 1 year)"
    ok_before = (
        before is None or before in LIST_SEPARATORS or _opens_list(doc, span.start, anchor_ends)
    )
    ok_after = (
        after is None
        or after in LIST_SEPARATORS
        or after == "."
        or _versioned(doc, span.end)  # "Windows 95/98, Unix", "Excel 2016, Word"
    )
    return ok_before and ok_after


def _versioned(doc: Doc, i: int) -> bool:
    """True when token ``i`` (past spaces) is a version that ends an item: a number of two
    digits or more or with a dot or a slash (``95/98``, ``2016``, ``2.4``; not the ``2`` of
    "Go 2 miles"), followed by a list separator or the line's end, but not by a dash that
    opens a range's end or a phone number's next digits ("Oracle 2015 - 2018")."""
    while i < len(doc) and doc[i].is_space and "\n" not in doc[i].text:
        i += 1
    if i >= len(doc) or not _VERSION_NUMBER.fullmatch(doc[i].text):
        return False
    after = _neighbour(doc, i, +1)
    if after in _DASHES and _range_end(doc, i + 1):
        return False  # "Oracle 2015 - 2018", "Office 555-123-4567": dates or a phone number
    return after is None or after in LIST_SEPARATORS


#: Dashes that join the ends of a date range or the groups of a phone number.
_DASHES = frozenset({"-", "–", "—"})
#: Words that end a date range: "2015 - Present".
_PRESENT_WORDS = frozenset({"present", "current", "now", "date", "today", "till", "ongoing"})


def _range_end(doc: Doc, i: int) -> bool:
    """True when a dash from token ``i`` (past spaces) is followed by a number or a word
    such as "present": the dash joins a range or a phone number, it separates no items."""
    while i < len(doc) and doc[i].is_space and "\n" not in doc[i].text:
        i += 1
    nxt = _neighbour(doc, i, +1)
    return nxt is not None and (nxt[:1].isdigit() or nxt in _PRESENT_WORDS)


def _opens_line(doc: Doc, span: Span) -> bool:
    """True when only a list separator or bullet (or nothing) comes before ``span`` on its
    line."""
    before = _neighbour(doc, span.start, -1)
    return before is None or before in LIST_SEPARATORS or before in _BULLETS


def _first_on_line(doc: Doc, span: Span) -> bool:
    """True when nothing but spaces and a bullet comes before ``span`` on its line (in
    ``Java • Web Services • REST`` the bullets separate items, none of them opens a list)."""
    j = span.start - 1
    while j >= 0 and "\n" not in doc[j].text:
        if not (doc[j].is_space or doc[j].text in _BULLETS or doc[j].text in {"•", "-", "–"}):
            return False
        j -= 1
    return True


def _opens_list(doc: Doc, i: int, anchor_ends: Collection[int] = ()) -> bool:
    """True when the words before token ``i`` introduce a list of technical examples:
    "including", "such as", "e.g.", "like", after a technical skill ending at one of
    ``anchor_ends`` or a word such as "tools" ("Office including Word", "tools such as
    Word, Excel"; not "clients such as Shell")."""
    j = _word_before(doc, i)
    if j is None:
        return False
    word = doc[j].lower_.rstrip(".")
    if word == "as" and j >= 1 and doc[j - 1].lower_ == "such":
        j -= 1
    elif word not in {"including", "like", "e.g", "eg", "viz"}:
        return False
    k = _word_before(doc, j)
    if k is not None and doc[k].text in {",", "(", "-", "–"}:
        k = _word_before(doc, k)  # "Office, including Word", "tools (such as Git"
    for _ in range(2):  # "AWS services such as Lambda": the tool word or the anchor
        if k is None:
            return False
        if k + 1 in anchor_ends or doc[k].lower_ in TOOL_NOUNS:
            return True
        k = _word_before(doc, k)
    return False


def _next_item(doc: Doc, i: int) -> int:
    """Index of the first token from ``i`` past spaces and one colon on the same line."""
    while i < len(doc) and doc[i].is_space and "\n" not in doc[i].text:
        i += 1
    if i < len(doc) and doc[i].text == ":":
        i += 1
        while i < len(doc) and doc[i].is_space and "\n" not in doc[i].text:
            i += 1
    return i


def _ends_item(doc: Doc, span: Span) -> bool:
    """True when what follows ``span`` on its line ends it as an item: nothing, a list
    separator, a full stop or a technical word ("Windows, UNIX"; not "Spring semester")."""
    after = _neighbour(doc, span.end - 1, +1)
    return (
        after is None
        or after in LIST_SEPARATORS
        or after == "."
        or after in TECH_FOLLOWERS
        or bool(_VERSION.match(after))
    )


def _wrapped_into_lowercase(doc: Doc, i: int) -> bool:
    """True when the line ends before token ``i`` and the next line goes on with a function
    word that continues a phrase ("than", "to", "of")."""
    j, breaks = i, 0
    while j < len(doc) and doc[j].is_space:
        breaks += doc[j].text.count("\n")
        j += 1
    if breaks != 1 or j >= len(doc):
        return False
    return doc[j].text in _CONTINUATIONS


@functools.lru_cache(maxsize=4)
def common_words(taxonomy: Taxonomy) -> frozenset[str]:
    """Ordinary English words of ``taxonomy`` ("public", "relations", "insurance"): the
    words of the forms of fields, trades, soft skills and certifications written in lower
    case or sentence case ("forklift operator", "Accounting"; not "QuickBooks"), of other
    canonical names of several words in sentence case ("Quality assurance") and of
    categories; not of products ("Maria DB", "Crystal Reports", "Julia"), whose words
    people's names share."""

    def plain_words(form: str) -> bool:
        return form[1:] == form[1:].lower()

    forms: list[str] = []
    for s in taxonomy.skills.values():
        if s.category in FIELD_CATEGORIES or s.type in ("soft", "certification"):
            forms.extend(f for f in (s.name, *s.aliases, *s.ambiguous) if plain_words(f))
        elif " " in s.name and plain_words(s.name):
            forms.append(s.name)
        forms.append(s.category)
    return frozenset(w for f in forms for w in re.findall(r"[a-z]{2,}", f.lower()))


def pipeline_taxonomy(nlp: Language) -> Taxonomy:
    """The taxonomy of the pipeline's ``screener_skills`` component."""
    pipe = nlp.get_pipe("screener_skills")
    if not isinstance(pipe, SkillMatcher):  # pragma: no cover - a foreign pipeline
        raise TypeError("the pipeline has no screener_skills component")
    return pipe.taxonomy


def requirement_doc(nlp: Language, text: str) -> Doc:
    """Run the pipeline on a JD requirement, where ambiguous names are read leniently."""
    doc = nlp.make_doc(text)
    doc.user_data[REQUIREMENT_CONTEXT] = True
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


@functools.lru_cache(maxsize=4)
def build_nlp(taxonomy: str = "") -> Language:
    """The shared pipeline (cached): blank English + sections + skills."""
    nlp = spacy.blank("en")
    infixes = [*(nlp.Defaults.infixes or ()), _GLUED_LIST]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]
    nlp.add_pipe("screener_sections")
    nlp.add_pipe("screener_skills", config={"taxonomy": taxonomy})
    log.debug("built pipeline with %d skills", len(load_taxonomy(taxonomy or None)))
    return nlp
