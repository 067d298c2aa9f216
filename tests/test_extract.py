"""Extraction: sections, contact, skills (aliases, ambiguity), roles and years, education."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from screener.extract.contact import find_contact, find_name
from screener.extract.experience import RANGE, find_roles, merged_months, read_range, total_years
from screener.extract.resume import extract_resume
from screener.extract.sections import classify_heading, find_sections, reflow
from screener.parse import normalize_text

AS_OF = dt.date(2026, 11, 1)

RESUME = """JANE Q. DOE
Senior Python Developer
jane.doe@example.com | +44 20 7946 0958 | linkedin.com/in/janedoe | github.com/jdoe

PROFESSIONAL SUMMARY
Python developer with 6+ years of experience building web applications.

TECHNICAL SKILLS
Python, Django, Flask, Go, R, JS, k8s, Git, Excel

WORK EXPERIENCE
Senior Python Developer | Acme Corp                Jan 2021 – Present
• Built Django services with SQLAlchemy, deployed on k8s.
• Mentored three engineers.
Acme Labs, Python Developer
03/2018 - 12/2020
• Flask APIs and Git workflows.

EDUCATION
B.Sc. in Computer Science, State University, 2014 – 2018

CERTIFICATIONS
PCAP – Certified Associate in Python Programming
"""


def skills_of(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    return [s.label_ for s in doc.spans["skills"]]


# --- sections ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("WORK EXPERIENCE", "experience"),
        ("Professional Experience:", "experience"),
        ("Employment History", "experience"),
        ("EXPERIENCE", "experience"),
        ("Technical Skills", "skills"),
        ("Core Competencies", "skills"),
        ("Education", "education"),
        ("Academic Background", "education"),
        ("Licenses & Certifications", "certifications"),
        ("Profile", "summary"),
        ("Projects", "projects"),
        ("I have experience in Python.", None),
        ("Built the education platform", None),
        ("Career Experience/Job History", "experience"),
        ("Skills/Tools", "skills"),
        ("CI/CD", None),
        ("Python/Django Developer", None),
        # a slip inside a heading word
        ("WORK EXPIRIENCE", "experience"),
        ("Eductaion", "education"),
        ("Certifcations", "certifications"),
        ("Summery", "summary"),
        # another word, or another form of one, is no slip
        ("Expense Reduction", None),
        ("Experienced", None),
        ("Degree 1995", None),
        # an English word of its own is no slip: a role's terms, a teacher's or nurse's work
        ("Contract", None),
        ("CONTRACT", None),
        ("Instruction", None),
        ("Patients", None),
    ],
)
def test_heading_variants(line: str, name: str | None) -> None:
    assert classify_heading(line) == name


def test_inline_skills_label_tags_only_its_line() -> None:
    text = "Experience\nDeveloper at Acme\nTools: Git, Jira\nBuilt things\n"
    names = [(s.name, text[s.start : s.end].strip()) for s in find_sections(text)]
    assert names == [
        ("contact", ""),
        ("experience", "Experience\nDeveloper at Acme"),
        ("skills", "Tools: Git, Jira"),
        ("experience", "Built things"),
    ]


# --- contact ----------------------------------------------------------------------------


def test_contact_details() -> None:
    c = find_contact(RESUME)
    assert c.name == "Jane Q. Doe"
    assert c.email == "jane.doe@example.com"
    assert c.phone == "+44 20 7946 0958"
    assert c.links == ("linkedin.com/in/janedoe", "github.com/jdoe")


def test_name_after_a_sidebar() -> None:
    text = "CONTACT\n\nnadia@example.com\n(617) 555-0166\nSKILLS\n· Python 3\nNadia Haddad\n"
    assert find_name(text) == "Nadia Haddad"


def test_no_name_is_empty_not_a_heading() -> None:
    assert find_name("Curriculum Vitae\nCore Competencies\nPython, SQL\n") == ""


# --- skills -----------------------------------------------------------------------------


def test_aliases_map_to_canonical_names(nlp: Language) -> None:
    got = skills_of(nlp, "Skills: JS, k8s, Postgres, Jinja 2, Object-Relational Mapping")
    assert {"JavaScript", "Kubernetes", "PostgreSQL", "Jinja2", "ORM"} <= set(got)


@pytest.mark.parametrize(
    ("text", "canonical", "not_canonical"),
    [
        ("Routing: RIP, EIGRP, BGP", "EIGRP", "OSPF"),  # a sibling protocol, not OSPF
        ("SAP EWM consultant", "SAP EWM", "SAP MM"),
        ("Tools: Vim, gdb, SVN", "Vim", "Integrated development environments"),
        ("Cloud: Azure Storage, Service Bus", "Azure Storage", "Azure Blob Storage"),
        ("Wrote CMM-i documentation", "CMMI", "Calibration"),  # not a measuring machine
        ("Stand-ups, defect triage, retrospectives", "Bug tracking", "Triage"),  # not medical
        ("Skilled in Business Analytics", "Business analytics", "Business intelligence"),
        ("Worked at a CMM Level 5 company", "CMMI", "Calibration"),
        # one vendor's product is no other vendor's
        ("Skills\nConstant Contact, Hootsuite, Canva", "Constant Contact", "Mailchimp"),
        ("Skills\neClinicalWorks, Epic, Cerner", "eClinicalWorks", "athenahealth"),
        ("Interpreted electrical schematics and diagrams", "Blueprint reading", "Circuit design"),
        ("Soldered loose connections using a soldering iron", "Soldering", "Metal fabrication"),
        ("SAP SRM consultant", "SAP SRM", "Vendor management"),  # not its bare acronym
        ("Skills\nAndroid Jetpack, Espresso, JUnit", "Espresso", "Barista skills"),
        ("Skills\nC, CPP, Java, Python", "C++", "Computational fluid dynamics"),  # a list item
        ("Applied SAP OSS Notes using SNOTE", "SAP", "Open-source contribution"),
        ("Skills\nModules: AR, AP, GL, PO", "Accounts receivable", "Augmented reality"),
        ("Built an iOS AR app with ARKit", "Augmented reality", "Accounts receivable"),
    ],
)
def test_each_alias_names_its_own_thing(
    nlp: Language, text: str, canonical: str, not_canonical: str
) -> None:
    got = skills_of(nlp, text)
    assert canonical in got
    assert not_canonical not in got


def test_case_insensitive_for_plain_aliases(nlp: Language) -> None:
    assert "Python" in skills_of(nlp, "Wrote PYTHON and python daily.")


@pytest.mark.parametrize(
    "text",
    [
        "I like to go to the gym and go hiking.",
        "Go to market strategy for new products.",
        "We had to react quickly; the team would excel at it.",
        "John C. Smith, Director of Operations",
        "Managed R&D budgets for the Swift response team.",
        "Used Word documents and Access badges in the office.",
        "Ran a pig farm and kept a hive of bees.",
        "Took the express train; a spark of creativity.",
    ],
)
def test_ambiguous_names_in_prose_are_not_skills(nlp: Language, text: str) -> None:
    ambiguous = {
        "Go",
        "R",
        "C",
        "React",
        "Swift",
        "Microsoft Excel",
        "Microsoft Word",
        "Microsoft Access",
        "Apache Hive",
        "Apache Pig",
        "Express.js",
        "Apache Spark",
    }
    assert not ambiguous & set(skills_of(nlp, text))


def test_ambiguous_names_in_a_skills_list_are_skills(nlp: Language) -> None:
    got = set(skills_of(nlp, "SKILLS\nPython, Go, R, React, Swift, Excel\n"))
    assert {"Python", "Go", "R", "React", "Swift", "Microsoft Excel"} <= got


def test_ambiguous_names_in_capitals_in_a_skills_list_are_skills(nlp: Language) -> None:
    text = "SKILLS\nACTIVE DIRECTORY (2 years), EXCEL (2 years), ACCESS (1 year)\n"
    assert {"Microsoft Excel", "Microsoft Access"} <= set(skills_of(nlp, text))
    # no tool beside them, but the years a skills list gives its items
    text = "SKILLS\nEXCEL (2 years), WORD (2 years), CUSTOMER SERVICE (5 years)\n"
    assert {"Microsoft Excel", "Microsoft Word"} <= set(skills_of(nlp, text))
    assert not set(skills_of(nlp, "EXPERIENCE\nOFFICE MANAGER, SHELL OIL\nFiled reports.\n"))


@pytest.mark.parametrize(
    "text",
    [
        "Experience\nEnsured FMLA and ADA compliance.\n",  # not the Ada language
        "Skills\nEmployment law: FMLA, ADA, FLSA, EEO compliance\n",
        "Skills\nCHEF, BAKER, CATERER\n",
        "Skills\nSALT, PEPPER, SUGAR\n",
        "Experience\nRan the Flexible Delivery of Services (FLEX) scheme with Excel.\n",
    ],
)
def test_capitals_of_an_ambiguous_name_need_a_tool_beside_them(nlp: Language, text: str) -> None:
    assert not {"Ada", "Adobe Flex", "Chef Infra", "SaltStack"} & set(skills_of(nlp, text))


def test_ambiguous_name_beside_other_technologies(nlp: Language) -> None:
    text = "Experience\nBuilt services in Python / Go and Kubernetes.\n"
    assert "Go" in skills_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Freelance developer (C++/Qt, Android)", {"C++", "Qt"}),  # glued slash
        ("Languages: C++/C#, Java", {"C++", "C#"}),
        ("HTML (1 year),JAVASCRIPT (1 year)", {"JavaScript"}),  # glued comma
    ],
)
def test_names_glued_by_a_slash_or_comma_are_split(
    nlp: Language, text: str, expected: set[str]
) -> None:
    assert expected <= set(skills_of(nlp, text))


def test_an_ambiguous_name_joined_to_a_skill_is_kept_in_prose(nlp: Language) -> None:
    assert "C" in skills_of(nlp, "Experience\nWrote the drivers using C and Python.\n")
    assert "C" in skills_of(nlp, "Experience\nPorted the C/C++ code base.\n")
    assert "R" in skills_of(nlp, "Experience\nModelled churn in Python or R weekly.\n")
    # joined to a word that is not a skill, or written as a word: no
    assert "Go" not in skills_of(nlp, "Experience\nLet us Go and swim; we wrote Python.\n")
    text = "Experience\nKnows build scripts and logging well.\n"
    assert "Log management" not in skills_of(nlp, text)


def test_ambiguous_names_after_such_as_or_including_are_list_items(nlp: Language) -> None:
    text = "Experience\nUsed Microsoft Office including Word, Excel and Outlook.\n"
    assert {"Microsoft Word", "Microsoft Excel"} <= set(skills_of(nlp, text))
    text = "Experience\nCompetent with office tools such as Word, Excel, PowerPoint\n"
    assert {"Microsoft Word", "Microsoft Excel"} <= set(skills_of(nlp, text))
    assert "Go" not in skills_of(nlp, "Experience\nI would like Go to market plans.\n")


@pytest.mark.parametrize(
    ("line", "not_skill"),
    [
        # joined to a field or a soft skill, not to a technology
        ("Brought Spark and Creativity to the Marketing team.", "Apache Spark"),
        ("Managed the Office and Accounting teams.", "Microsoft Office"),
        ("Installed Roofing and Windows for homeowners.", "Microsoft Windows"),
        ("Taught Vitamin C and Nutrition classes.", "C"),
        # an acronym in capitals beside an unrelated skill
        ("Pharmacist at CVS Pharmacy, Boston.", "Concurrent Versions System"),
        ("Configured MAC filtering and VLANs on Cisco switches.", "macOS"),
        # "such as" / "like" after something other than tools
        ("Served clients such as Shell, BP and Chevron with SQL reporting.", "Shell scripting"),
        ("Consulted for brands like Express, Gap and Zara on digital marketing.", "Express.js"),
        ("Clients included banks like Unity, Phoenix and Apex.", "Unity"),
        # after its kind but not ending an item
        ("Java Spring semester internship", "Spring Framework"),
        ("CSS3: Less than 1 year", "Less"),
    ],
)
def test_prose_rules_need_a_technical_neighbour(nlp: Language, line: str, not_skill: str) -> None:
    assert not_skill not in skills_of(nlp, f"Experience\n{line}\n")


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Used Microsoft Office, including Word and Excel.", "Microsoft Word"),
        ("Used AWS services such as Lambda, Glue and Athena.", "AWS Lambda"),
        ("Operating Systems: Windows /98/NT 4.0/2000/XP, Mac, UNIX/Solaris,", "Microsoft Windows"),
        ("Operating Systems Windows XP/10, Linux", "Microsoft Windows"),
        ("REST, SOAP and XML", "REST APIs"),
        ("Reconciled accounts using QuickBooks and Excel daily.", "Microsoft Excel"),
    ],
)
def test_prose_rules_keep_technical_lists(nlp: Language, line: str, skill: str) -> None:
    assert skill in skills_of(nlp, f"Experience\n{line}\n")


def test_a_wrapped_skills_line_is_not_a_name(nlp: Language) -> None:
    text = (
        "Java Developer\nSkills\nJava, Spring Boot, Lombok, Swagger\n"
        "Persistence API, Multithreading, Maven, jQuery\n"
    )
    assert extract_resume(text, nlp=nlp).name == ""
    # the first line may name the person before skills
    assert extract_resume("Jane Roe | Python, Django, AWS, Docker\n", nlp=nlp).name == "Jane Roe"


@pytest.mark.parametrize(
    "text",
    [
        "RESUME\nTobin Achterberg | Python | SQL | AWS | Docker\n",
        "Curriculum Vitae\nTobin Achterberg - Java, Spring Boot, Kafka, Kubernetes\n",
        "Resume\nTobin Achterberg\tData Engineer\tSpark, Airflow, Python, SQL\n",
    ],
)
def test_a_name_before_skills_below_the_first_line_is_a_name(nlp: Language, text: str) -> None:
    # only an item of a comma list heads a wrapped list of skills
    assert extract_resume(text, nlp=nlp).name == "Tobin Achterberg"


def test_a_contract_line_does_not_end_the_experience_section(nlp: Language) -> None:
    text = (
        "Experience\nData Analyst, Brightfield Logistics\nMarch 2020 - Present\nContract\n"
        "Built dashboards in Tableau.\n\nBusiness Analyst, Orrin Mutual\nJan 2016 - Feb 2020\n"
    )
    roles = extract_resume(text, nlp=nlp).roles
    assert [(r.title, r.employer) for r in roles] == [
        ("Data Analyst", "Brightfield Logistics"),
        ("Business Analyst", "Orrin Mutual"),
    ]


def test_a_job_title_line_is_not_a_name(nlp: Language) -> None:
    text = "Diesel Mechanic\nJane Roe\njane@example.com\n"
    assert extract_resume(text, nlp=nlp).name == "Jane Roe"


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Skills\nWindows 95/98/NT/2000/XP, Unix and Solaris", "Microsoft Windows"),
        ("Skills\nC, C++, VB 6.0\n", "Visual Basic"),
        ("Tools\nWord - Excel - PowerPoint\nAccess 2013\nPhotoshop CS5", "Microsoft Access"),
    ],
)
def test_an_ambiguous_name_with_its_version_is_a_list_item(
    nlp: Language, text: str, skill: str
) -> None:
    assert skill in skills_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Experience\nJava Developer | Oracle 2015 - 2018\nBuilt services.\n",
        "Experience\nJava Developer, Oracle 2015 – Present\nBuilt services.\n",
        "Skills\nJava, SQL\nOracle 555-123-4567\n",
    ],
)
def test_a_year_or_phone_number_after_an_ambiguous_name_is_no_version(
    nlp: Language, text: str
) -> None:
    # the dash joins a date range or a phone number: the employer is no skill
    assert "Oracle Database" not in skills_of(nlp, text)


def test_a_lone_digit_after_an_ambiguous_name_is_no_version(nlp: Language) -> None:
    assert "Go" not in skills_of(nlp, "Experience\nI ran Go 2 miles daily and used Python.\n")
    # ended by a separator, on a line that names a skill: only the lone-digit rule drops it
    assert "Go" not in skills_of(nlp, "Experience\nPython reports; Go 2, 3 times a week\n")


@pytest.mark.parametrize(
    "text",
    [
        "Experience\nWrote CUDA kernel programming for GPUs in C++.\n",
        "Experience\nOptimised GPU kernel development in CUDA and C++.\n",
    ],
)
def test_a_gpu_kernel_is_no_linux_kernel(nlp: Language, text: str) -> None:
    assert "Linux kernel development" not in skills_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a credential's acronym among credentials
        ("Certifications\nACE, CPR\n", True),
        ("Experience\nPersonal trainer (ACE certified), 2019 - 2021\n", True),
        ("Skills\nCPA, CIA, Excel\n", True),  # beside an unambiguous credential
        ("Certifications\nCSM, PMP\n", True),
        ("Summary\nCertified EMT with five years of emergency response.\n", True),
        # elsewhere it names something else
        ("Skills\nCisco ACE, F5 load balancers, Python\n", False),
        ("Experience\nExpertise in functional, CST, integration and E2E testing on CRM\n", False),
        ("Skills\nSwitching: CST, PVST, RSTP and MST, VLAN\n", False),  # Common Spanning Tree
        ("Experience\nLoad balancing with the ACE 4710 and CSM modules\n", False),  # Cisco's
        ("Experience\nRescued a late project at EMT Lisboa, the bus company.\n", False),
        ("Experience\nCFE client: a stock exchange's trading platform\n", False),
        ("Skills\nLesson plans: Health and PE, Literacy and Numeracy, Excel\n", False),
    ],
)
def test_a_certification_acronym_needs_credentials_around_it(
    nlp: Language, text: str, kept: bool
) -> None:
    certs = {
        "ACE Certified Personal Trainer",
        "Certified Internal Auditor",
        "Certified Surgical Technologist",
        "Certified ScrumMaster",
        "Certified Fraud Examiner",
        "Emergency Medical Technician",
        "Professional Engineer license",
    }
    assert bool(certs & set(skills_of(nlp, text))) is kept


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Experience\nOrchestrated long-range planning for operations.\n", "Fashion merchandising"),
        ("Experience\nDelivered one-on-one training to new hires on SAP.\n", "Personal training"),
        ("Experience\nMet service and quality standards every review.\n", "ISO 9001"),
        # an industry, an acronym of another field
        (
            "Experience\nCold calling to oil and gas and aerospace clients.\n",
            "Petroleum engineering",
        ),
        ("Experience\nUsed threads, IPC mechanisms and sockets in C++.\n", "Infection control"),
        (
            "Experience\nHeld weekly calls with the TMs of each region.\n",
            "Transportation management",
        ),
        (
            "Experience\nSales campaigns in Delhi & NCR, India.\n",
            "Corrective and preventive action",
        ),
        ("Experience\nTaught with TI Nspire CX graphing calculators.\n", "Customer experience"),
        ("Education\nVellore Institute of Technology (VIT), 2021\n", "Transformer models"),
        ("Experience\nWorked on image captioning and NLP tasks.\n", "Subtitling"),
        (
            "Experience\nOSS systems integration for telecom operators.\n",
            "Open-source contribution",
        ),
        ("Experience\nGuard at CPP Security Services.\n", "C++"),
        (
            "Experience\nReviewed the CFD documents with the testers.\n",
            "Computational fluid dynamics",
        ),
        # words on two lines of a template: "Team" / "City , State"
        ("Experience\nAcme 1994 to 1995 Accountant, Network Team\nCity , State\n", "TeamCity"),
    ],
)
def test_a_phrase_of_another_trade_is_not_its_skill(nlp: Language, text: str, wrong: str) -> None:
    assert wrong not in skills_of(nlp, text)


def test_an_enterprise_service_bus_is_no_azure_product(nlp: Language) -> None:
    skills = skills_of(nlp, "Experience\nDesigned an Enterprise Service Bus in Java.\n")
    assert "Azure Service Bus" not in skills
    assert "Service-oriented architecture" in skills


def test_an_ambiguous_name_right_after_its_kind_is_kept(nlp: Language) -> None:
    text = "Experience\nOperating Systems Windows, UNIX, LINUX\n"
    assert "Microsoft Windows" in skills_of(nlp, text)
    # a broader skill elsewhere on the line is not enough: "Less than 1 year" beside CSS
    text = "Experience\nAJAX (Less than 1 year), CSS (1 year)\n"
    assert "Less" not in skills_of(nlp, text)


def test_an_acronym_in_capitals_beside_another_skill_is_kept_in_prose(nlp: Language) -> None:
    text = "Experience\nMaintained services on SAP using ABAP and secured the SOAP services.\n"
    assert {"SAP", "SOAP"} <= set(skills_of(nlp, text))
    # not without another skill on the line, not on a line in capitals, not a certification
    assert "SAP" not in skills_of(nlp, "Experience\nLed three roll-outs of SAP in Europe.\n")
    text = "Experience\nINSTALLED WINDOWS USING AUTOCAD\n"
    assert "Microsoft Windows" not in skills_of(nlp, text)
    text = "Experience\nBriefed the CIA analysts on the Python tooling we wrote.\n"
    assert "Certified Internal Auditor" not in skills_of(nlp, text)


def test_mentions_keep_offsets_section_and_sentence(nlp: Language) -> None:
    r = extract_resume(RESUME, nlp=nlp, as_of=AS_OF)
    for m in r.skills:
        assert RESUME[m.start : m.end] == m.text
        assert m.text in m.sentence
    django = [m for m in r.skills if m.name == "Django"]
    assert {m.section for m in django} == {"skills", "experience"}


# --- experience -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Jan 2019 – Mar 2019", 3),
        ("January 2019 - December 2019", 12),
        ("03/2017 - 12/2018", 22),
        ("2015 – 2017", 24),
        ("Sept. 2020 to Current", 75),
        ("06/21 - Now", 66),
        ("May '19 – Present", 91),
        ("2012-2014", 24),
        ("2015 – till date", 143),
        ("Mar'15 - Jun'16", 16),
        ("Dec' 2015 to Sept' 2016", 10),
        ("Jan-15 to Dec-16", 24),
        ("04-09-2003 to 19-12-2007", 52),  # day first
        ("2/1/2012 - 1/1/2014", 24),  # month first
        ("Mar 2008  Present", 225),  # the dash lost
        ("Aug 2009\nPresent", 208),  # the dash lost, then the line break restored
        ("2020  Present Frontend developer at Noviopus", 83),  # the dash lost before a title
        ("2017/04 - 2018/10 Athena, Web Developer", 19),  # year first
        ("2019 october - now: Mobile Developer", 86),
        ("2017 july - 2019 october: Mobile Developer", 28),
        ("2022, February - 2023, March: Developer", 14),
        # a year-first start vouches for a year-first end, the title right after it
        ("2022, February - 2023, March Developer", 14),
        ("2017 July - 2019 October Mobile Developer", 28),
        ("2017 July  2019 October Mobile Developer", 28),  # the dash lost
        ("2012 - 2014 March of Dimes", 24),  # a month word that opens the employer
        ("Jan 2012 - 2014 March of Dimes", 24),
        ("Feb 2011/Now Acme School, Instructor", 190),
        ("2011  2017 Electrical Engineering Faculty", 72),  # the dash lost, words follow
        # a day after the month: month, day, year
        ("Oct 1, 2012 to Aug 31, 2014", 23),
        ("June 15, 2015 - Present", 138),  # June, not January
        ("Since: October 1st 2012 Until: August 31st 2014", 23),  # labelled ends
    ],
)
def test_date_ranges(text: str, months: int) -> None:
    m = RANGE.search(text)
    assert m is not None
    rng = read_range(m, AS_OF)
    assert rng is not None
    start, end = rng
    end = end or dt.date(2026, 12, 1)
    assert (end.year - start.year) * 12 + end.month - start.month == months


@pytest.mark.parametrize(
    "text",
    [
        "Windows Server 2003/2008, SQL Server 2005/2012",  # versions, not a range
        "Awards  2013  2014  2015",  # a column of years
        "Organised the Christmas 2011 / 2012 window display",
    ],
)
def test_years_that_are_not_ranges(text: str) -> None:
    m = RANGE.search(text)
    assert m is None or read_range(m, AS_OF) is None


def test_two_years_glued_where_a_dash_was_lost_date_a_role() -> None:
    text = (
        "Experience\n20212021 BestDoctor, Senior backend developer\n• Built APIs\n"
        "20182020 Yandex, Backend developer\n• Ran services\n"
    )
    roles = find_roles(text, [(0, len(text))], AS_OF)
    assert [(r.start, r.end) for r in roles] == [
        (dt.date(2021, 1, 1), dt.date(2022, 1, 1)),
        (dt.date(2018, 1, 1), dt.date(2020, 1, 1)),
    ]
    # a year run into a later one is no range, nor are glued years with no words after them
    for text in ("Experience\n20202018 Acme, Developer\n", "Experience\n20132015\nDeveloper\n"):
        assert not find_roles(text, [(0, len(text))], AS_OF)


def test_a_seat_on_a_committee_is_service_not_a_role() -> None:
    text = (
        "Experience\nProfessor, State University  1995 - 2015\nTaught statistics.\n"
        "2009-2013: Member, University Planning & Review Committee, State University\n"
        "1998-1999: Chair, Graduate Studies Committee\n"
        "Member, 2010 - present.\n"
        "2016 - 2020: Chair, Department of History, State University\n"
    )
    roles = find_roles(text, [(0, len(text))], AS_OF)
    assert [r.title for r in roles] == ["Professor", "Chair"]
    assert roles[1].employer.startswith("Department of History")
    # a chairman whose employer was not read may hold a job; a bare member holds a seat
    text = "Experience\n2010 - Present\nChairman\nAcme Holdings Ltd\n"
    assert [r.title for r in find_roles(text, [(0, len(text))], AS_OF)] == ["Chairman"]
    for seat in ("Trustee", "Vice Chair"):
        text = f"Experience\n{seat}\n2012 - 2018\nServed on the board of trustees.\n"
        assert not find_roles(text, [(0, len(text))], AS_OF)


def test_overlaps_are_merged() -> None:
    d = dt.date
    assert (
        merged_months(
            [
                (d(2019, 1, 1), d(2020, 1, 1)),
                (d(2019, 6, 1), d(2020, 6, 1)),
                (d(2021, 1, 1), d(2021, 4, 1)),
            ]
        )
        == 20
    )


def test_roles_and_total_years(nlp: Language) -> None:
    r = extract_resume(RESUME, nlp=nlp, as_of=AS_OF)
    assert [(x.title, x.employer, x.start, x.end) for x in r.roles] == [
        ("Senior Python Developer", "Acme Corp", dt.date(2021, 1, 1), None),
        ("Python Developer", "Acme Labs", dt.date(2018, 3, 1), dt.date(2021, 1, 1)),
    ]
    assert r.experience_years == pytest.approx(8.8)  # Mar 2018 to Nov 2026, no overlap
    assert "Flask APIs" in r.roles[1].text


def test_concurrent_roles_count_once() -> None:
    text = "Experience\nDeveloper, A  2018 - 2020\nConsultant, B  2019 - 2021\n"
    roles = find_roles(text, [(0, len(text))], AS_OF)
    assert len(roles) == 2
    assert total_years(roles, AS_OF) == 3.0


def test_education_dates_are_not_experience(nlp: Language) -> None:
    text = "Education\nBSc Computer Science 2010 - 2014\nExperience\nDeveloper 2020 - 2022\n"
    assert extract_resume(text, nlp=nlp, as_of=AS_OF).experience_years == 2.0


def test_years_claim_is_the_fallback(nlp: Language) -> None:
    r = extract_resume("Summary\nEngineer with 7+ years of experience.\n", nlp=nlp, as_of=AS_OF)
    assert r.experience_years == 7.0


# --- education and certifications -------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        ("B.Sc. in Computer Science", "bachelor", "Computer Science"),
        ("Bachelor of Science in Computer Engineering", "bachelor", "Computer Engineering"),
        ("B.Tech, Information Technology", "bachelor", "Information Technology"),
        ("M.Sc. Data Science", "master", "Data Science"),
        ("MBA, Finance", "master", "Finance"),
        ("Ph.D. in Physics", "doctorate", "Physics"),
        ("Associate of Applied Science", "associate", ""),
        ("High School Diploma", "high_school", ""),
        ("BSN, Nursing", "bachelor", "Nursing"),
    ],
)
def test_degree_levels_and_fields(nlp: Language, line: str, level: str, field: str) -> None:
    r = extract_resume(f"Education\n{line}\n", nlp=nlp, as_of=AS_OF)
    assert [(e.level, e.field) for e in r.education] == [(level, field)]


def test_full_resume(nlp: Language) -> None:
    r = extract_resume(RESUME, nlp=nlp, as_of=AS_OF)
    assert r.highest_degree == "bachelor"
    assert r.certifications == ("PCAP",)
    assert {
        "Python",
        "Django",
        "Flask",
        "Go",
        "R",
        "JavaScript",
        "Kubernetes",
        "Git",
        "Microsoft Excel",
        "SQLAlchemy",
    } <= r.skill_names


# --- real-résumé robustness (issue 3) ----------------------------------------------------


def test_flattened_text_keeps_offsets_and_finds_structure(nlp: Language) -> None:
    """Text whose line breaks became runs of spaces is read with its lines restored."""
    flat = (
        '"Jane Roe  12 Main St, Springfield  jane@example.com    '
        "SUMMARY  Backend developer building payment systems for banks and shops.    "
        "TECHNICAL SKILLS  Python, Go, PostgreSQL    "
        "WORK EXPERIENCE  Python Developer | Acme Ltd  Jan 2020 - Dec 2022  "
        "Built services in Python and Go.    EDUCATION  B.E in Computer Science"
    )
    assert reflow(flat) != flat and len(reflow(flat)) == len(flat)
    r = extract_resume(flat, nlp=nlp, as_of=AS_OF)
    assert r.text == flat
    assert r.name == "Jane Roe"
    assert {s.name for s in r.sections} >= {"summary", "skills", "experience", "education"}
    assert {"Python", "Go", "PostgreSQL"} <= r.skill_names
    for m in r.skills:
        assert flat[m.start : m.end] == m.text
    assert r.experience_years == 3.0
    assert r.highest_degree == "bachelor"


def test_reflow_leaves_ordinary_text_alone() -> None:
    assert reflow(RESUME) == RESUME


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Hal Doyle    123 Main St.  New York, NY', "Hal Doyle"),
        ("RESUME OF Darell Cormier\nLOS ANGELES", "Darell Cormier"),
        ("CURRICULUM VITAE\nPersonal Particulars\nName:    Amos Treutel\nTel: 1", "Amos Treutel"),
        ("Christin Harvey - Email me on Indeed: c@example.com", "Christin Harvey"),
        ("Allen Neal King ESB Integration Developer - Cisco Systems", "Allen Neal King"),
        ("Todd Ana Kertzmann, MBA, PMP\n12345 East Oaks Drive", "Todd Ana Kertzmann"),
        ("Jane Doe MBA\nBoston", "Jane Doe"),
        ("Ana de la Cruz\nMadrid", "Ana de la Cruz"),
        ("Levi Wilderman,\nPhD student", "Levi Wilderman"),
        ("Sample resume\nDO NOT COPY: advice\nKim Kreiger", "Kim Kreiger"),
        ("Kingston Avenue, Phoenix\nKristine Kihn", "Kristine Kihn"),
        ("Morris Plains, NJ 07950\nKim Ebert", "Kim Ebert"),
        ("Ada Quist 122 Main Avenue \uf09f Chicago, IL 60603", "Ada Quist"),  # street, then town
        ("Personal Details\nMarital Status: single\nTanner Stamm", "Tanner Stamm"),
        ("CURRICULUM VITAE  Mr. Omar Haddad B.E.(CIVIL)", "Omar Haddad"),
        ("Dr Ana Diaz\nBoston", "Ana Diaz"),
        ("MR. OMAR HADDAD\nBoston", "Omar Haddad"),
        ("Resume of Nolan\nSenior Accountant", "Nolan"),
        ("Halvorson  161  Waukegan, IL", "Halvorson"),
        ("Cassin XXXX  Mobile: +91-99********", "Cassin"),
        ("Jane Doe XXXX\nBoston", "Jane Doe"),
        ("Jane Doe Software-Firmware Engineer  24 Elm Road", "Jane Doe"),
        ("Jane Doe Co-Founder\nBoston", "Jane Doe"),
        ("Jane Doe Data-Driven Analyst\nBoston", "Jane Doe"),
        ("Anna Page-Jones\nLeeds", "Anna Page-Jones"),
        ("Do-Hyun Kim\nSeoul", "Do-Hyun Kim"),  # hyphenated names with short parts
        ("Marie St-Pierre\nMontreal", "Marie St-Pierre"),
        ("Emma Lane-Fox\nLondon", "Emma Lane-Fox"),
        ("Career Center  Lucina Hall\nShawnna Nikolaus", "Shawnna Nikolaus"),
        ("Rosalind\nFernandez\nDATA SCIENTIST", "Rosalind Fernandez"),  # over two lines
        ("San Francisco, California\nJane Doe\nSummary", "Jane Doe"),  # a town, a state
        ("Jane Doe, New York, NY\nSummary", "Jane Doe"),  # a town before its state code
        ("John A. Smith\nSummary", "John A. Smith"),  # an initial that spells a word
        ("Smith, John\nSummary", "Smith, John"),  # surname first, as written
        ("SMITH, JOHN A., MBA\nSummary", "Smith, John A."),
        ("Kim, Do-Hyun\nSeoul", "Kim, Do-Hyun"),  # not "Kim Seoul"
        ("Georgia Jones\nAtlanta, Georgia", "Georgia Jones"),
        ("Jordan, Israel\nJordan Levi\nSummary", "Jordan Levi"),
        ("Nolan\nTexas\nSummary", "Nolan"),  # a state under a first name is no surname
        # a first name that is also a place, over a surname
        ("Georgia\nJones\nAnalyst", "Georgia Jones"),
        ("Chad\nSmith\nDeveloper", "Chad Smith"),
        ("Victoria\nBeckham\nSummary", "Victoria Beckham"),
        # labelled in a personal-details block or table
        ("PERSONAL DETAILS\nCandidate Name: Amos Treutel", "Amos Treutel"),
        ("Name of the Candidate : Amos Treutel", "Amos Treutel"),
        ("Name | Amos Treutel\nDate of Birth | 1990", "Amos Treutel"),
        ("Name\tAmos Treutel", "Amos Treutel"),
        ("Father's Name  Robert Treutel\nJane Roe", "Jane Roe"),
        # a referee's labelled name is not the candidate's
        ("Jane Roe\nSummary\nReferences\nName: Ann Ruiz\nPhone: 555", "Jane Roe"),
        ("Jane Roe\nSummary\nCharacter References\nName: Ann Ruiz\nPhone: 555", "Jane Roe"),
        ("Jane Roe\nSummary\nWORK REFEREES:\nName: Ann Ruiz\nPhone: 555", "Jane Roe"),
        ("Jane Roe\nReferees:\nName: Ann Ruiz\nPersonal Details\nName: Jane Q. Roe", "Jane Q. Roe"),
        # a table's header row is no labelled name: a cell break vouches for two words only
        ("Name | Role | Dates\nJohn Smith", "John Smith"),
        ("Name    Title    Company\nJohn Smith", "John Smith"),
        ("Name\tJob Title\tEmployer\nJohn Smith", "John Smith"),
        ("Name: Nolan\nSummary", "Nolan"),  # a colon vouches for one word
        # a courtesy title vouches for one word, whatever follows it
        ("CURRICULUM VITAE\nMr. Okafor B.Sc.(Chem)\nLagos", "Okafor"),
        ("Resume\nDr. Okafor\nSummary", "Okafor"),
        # one word and a job title on the first line
        ("Bergmann Software-Firmware Engineer\n24 Elm Road\nEDUCATION", "Bergmann"),
        ("Bergmann Engineer\n24 Elm Road\nEDUCATION", "Bergmann"),
        ("Bergmann Engineer\nJane Roe\nEDUCATION", "Jane Roe"),  # a fuller name wins
        # a web address above the résumé leaves the name's line the first
        ("www.cv-templates.example\nLindqvist\nPhone:\nCareer Objective", "Lindqvist"),
        # a town under a street, a building's room: address lines, not names
        (
            "CIVIL ENGINEERING RESUME\n419 Rose Street\nSpringfield IL\n62701\nTove Brek",
            "Tove Brek",
        ),
        ("Career Center\nMorgan Hall Room 12\nInes Marlowe\n20 W. Elm Avenue", "Ines Marlowe"),
        ("12 Oak Drive Cell: 555\nHalvard Ann Brek\nDayton, OH 45402", "Halvard Ann Brek"),
        # a template's notice and the lines above it are the template's
        (
            "Sample resume\nEducation\nDO NOT COPY: You are advised not to\ncopy this sample, "
            "but use it for ideas.\nIna Vosk\n790 Brown St",
            "Ina Vosk",
        ),
        (
            "Sample resume\nDO NOT COPY: use it for ideas.\nBergmann Applicant\n11 Elm Road",
            "Bergmann",
        ),
        # label words are no name
        ("Family Name:\nFirst Names:\nDate of birth:\nMaren Ivy Castell", "Maren Ivy Castell"),
        # under a street, a name ending in capitals that are no state code is a name
        ("1420 Birch Lane\nMARIA LEE\nPortland, OR 97201", "Maria Lee"),
        ("88 Harbor Road\nJane Whitfield, RN\nSalem, MA 01970", "Jane Whitfield"),
        ("220 Elm St.\nMaya Thorne, PE", "Maya Thorne"),
        ("88 Harbor Road\nRobert Alden Hale III", "Robert Alden Hale III"),
        ("12 Knox Drive\nSpringfield IL\nMaya Thorne", "Maya Thorne"),  # "IL" is a state
        ("12 Knox Drive\nPune MH\nMaya Thorne", "Maya Thorne"),  # a switch to capitals
        # a word a job title followed is whole: the line under it is no surname
        ("Subsea Engineer\nAberdeen\nMaya Thorne", "Maya Thorne"),
        ("Bergmann Engineer\nOkafor", "Bergmann"),
        ("Rosalind XXXX\nFernandez", "Rosalind Fernandez"),  # a redaction mark still joins
        # "MS" in capitals before a product is Microsoft; a referee's title is no vouch
        ("SKILLS\nMS Publisher\nMaya Thorne", "Maya Thorne"),
        ("Resume\nMS. Okafor\nSummary", "Okafor"),
        ("REFERENCES\nDr. Pryce, Chief of Surgery\nMaya Thorne", "Maya Thorne"),
        # a candidate's own "do not copy" is no template notice (that one has a colon)
        ("CONFIDENTIAL - DO NOT COPY\nLiesel Varga\nliesel@example.com", "Liesel Varga"),
        ("Liesel Varga\nConfidential - do not copy or distribute.\n", "Liesel Varga"),
    ],
)
def test_name_variants(text: str, name: str) -> None:
    assert find_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Peperfeld 55  D-30457 Hannover",  # a street and number
        "Accounting\nBoston, MA",  # a common noun
        "Sales  Boston",  # a title word
        "jane@example.com\nNolan\nAnalyst",  # one word is a name only on the first line
        "Experienced Python Developer\nHaifa",  # a description, not a name
        "Description Work Experience\n2019 - 2021",
        # places: a country or state, a town before one
        "Rehovot, Israel\nAbout me",
        "Israel, Rishon LeTsiyon\nSoftware Developer",
        "Russia, Fryazino |  | /\nSUMMARY",
        "Beer Sheva, Israel\nSummary",
        "Israel\nSummary",  # a place alone, no surname under it
        "Austin, Texas\nSummary",
        # contact labels left by masking, a labelled row
        "Mob  | Telegram  |\nEDUCATION",
        "Foreign Languages: | English | Upper Intermediate",
        "MR  99 Example Street    N A M E  +60 12",  # a placeholder spelt in letters
        "Making A Difference\nSummary",  # a tagline: "A" with no stop is no initial
        "Austin, Texas\nSenior Accountant",  # a town, not "Surname, Given"
        "Regional Manager\nSummary",  # a title's modifier, not a one-word name
        "Nuclear Engineer\nSummary",
        "Doctoral Candidate\nSummary",  # an adjective before the title
        "Acoustic Engineer\nSummary",
        "Police Officer\nSummary",
        "Truck Driver\nSummary",  # a title on its own, no name under it
        "Head Bartender\nSummary",
    ],
)
def test_lone_words_that_are_not_names(text: str) -> None:
    assert find_name(text) == ""


@pytest.mark.parametrize(
    "text",
    [
        "INFORMATION TECHNOLOGY MANAGER\nSummary\nRan the help desk.",
        "PUBLIC RELATIONS DIRECTOR\nSummary\nLed press work.",
        "Food Prep Chef\nSkills\nKnife work",
    ],
)
def test_a_job_title_or_skill_heading_is_not_a_name(nlp: Language, text: str) -> None:
    assert extract_resume(text, nlp=nlp).name == ""


@pytest.mark.parametrize("name", ["Maria White", "Julia Green", "Crystal Price", "Ruby Allen"])
def test_names_sharing_words_with_products_are_names(nlp: Language, name: str) -> None:
    assert extract_resume(f"{name}\nSummary\nWorked with people.\n", nlp=nlp).name == name


def test_a_product_heading_is_not_a_name(nlp: Language) -> None:
    text = "Microsoft Azure\nSummary\nDeployed services.\nJane Roe\n"
    assert extract_resume(text, nlp=nlp).name == ""


def test_a_skill_heading_is_passed_over_for_the_name_below(nlp: Language) -> None:
    text = "Operating Systems\nLinux, Windows\nJane Roe\njane@example.com"
    assert extract_resume(text, nlp=nlp).name == "Jane Roe"


def test_a_run_of_capitals_before_more_capitals_is_not_a_name() -> None:
    assert find_name("NORTHWIND PORTAL MANAGEMENT FOR CLIENTS\nSummary") == ""
    assert find_name("GENERAL LIABILITY CLAIM REPRESENTATIVE\nSummary") == ""
    assert find_name("Fourth Grade Teacher\nJane Roe") == "Jane Roe"
    assert find_name("JANE DOE\nSummary") == "Jane Doe"
    # but a title or credential after a name in capitals ends it
    assert find_name("JANE DOE PMP\nSummary") == "Jane Doe"
    assert find_name("JANE DOE ACCOUNTANT\nSummary") == "Jane Doe"


def test_a_letter_spaced_name_with_a_kerned_pair_is_read(nlp: Language) -> None:
    text = normalize_text("H A N N A H   S T EW A R T\nGRADUATE MACHINE LEARNING ENGINEER\n")
    assert extract_resume(text, nlp=nlp).name == "Hannah Stewart"


def test_the_head_of_a_skills_list_is_not_a_name(nlp: Language) -> None:
    text = "Java Developer, Backend\nHard Skills:\nJava Core, C#, C++, Spring Boot, SQL, Git.\n"
    assert extract_resume(text, nlp=nlp).name == ""
    # a name line that goes on with skills keeps the name
    text = "Mary Jenkins, Python, SQL and AWS\nSummary\nBuilt things.\n"
    assert extract_resume(text, nlp=nlp).name == "Mary Jenkins"
    # a line of skills is not "Surname, Given"
    assert extract_resume("Python, Django\nJane Roe\nSummary\n", nlp=nlp).name == "Jane Roe"
    # a skill alone under a first name is no surname
    assert extract_resume("Nolan\nJava\nSummary\nBuilt things.\n", nlp=nlp).name == "Nolan"


def test_surname_first_is_not_a_town_and_state_code_nor_a_list_of_skills(nlp: Language) -> None:
    # "City, ST": a state code is no given name
    assert find_name("Dallas, TX\nJane Roe\nSummary") == "Jane Roe"
    assert find_name("SEATTLE, WA\nJane Roe\nSummary") == "Jane Roe"
    assert find_name("Smith, J.\nSummary") == "Smith, J."  # an initial is a given name
    # a town, its state and a country code: not "Jane Doe, New York, NY"
    assert find_name("San Jose, California, USA\nJane Roe\nSummary") == "Jane Roe"
    # two skills separated by a comma are no "Surname, Given", one skill may be a surname
    text = "React, Angular\nJane Roe\nSummary\nBuilt things.\n"
    assert extract_resume(text, nlp=nlp).name == "Jane Roe"
    assert extract_resume("Jenkins, Mary\nSummary\nBuilt things.\n", nlp=nlp).name == (
        "Jenkins, Mary"
    )


def test_a_first_initial_that_spells_a_word_is_an_initial() -> None:
    assert find_name("A. J. Smith\nSummary") == "A. J. Smith"
    assert find_name("A. Kumar\nSummary") == "A. Kumar"
    assert find_name("A. Personal Details\nJane Roe\nSummary") == "Jane Roe"  # a heading


def test_a_fuller_name_below_beats_a_lone_first_word() -> None:
    assert find_name("Boston\nJane Doe\njane@example.com") == "Jane Doe"
    assert find_name("Nolan\nSummary\nAccountant at Acme") == "Nolan"  # nothing fuller


def test_name_is_not_a_certification_or_a_skill_title(nlp: Language) -> None:
    r = extract_resume("CERTIFICATIONS\nScrum Master (PSM I)\n\nNadia Haddad\n", nlp=nlp)
    assert r.name == "Nadia Haddad"
    r = extract_resume("John Smith Java Developer\njohn@example.com\n", nlp=nlp)
    assert r.name == "John Smith"


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("B.E in CSE", "bachelor"),
        ("Bsc", "bachelor"),
        ("B.COM", "bachelor"),
        ("BS\nElectrical Engineering, 1991", "bachelor"),
        ("BE (Computer)", "bachelor"),
        ("Graduate in Commerce", "bachelor"),
        ("MSC in Computer science", "master"),
        ("Post Graduate Diploma in Industrial Automation", "master"),
        ("PGDM in Marketing", "master"),
        ("MA, TESOL", "master"),
        ("Ed.D., Educational Finance and Policy", "doctorate"),
        ("Diploma in Computer Applications", "associate"),
    ],
)
def test_degree_variants(nlp: Language, line: str, level: str) -> None:
    r = extract_resume(f"Education\n{line}\n", nlp=nlp, as_of=AS_OF)
    assert r.highest_degree == level


@pytest.mark.parametrize(
    "line",
    [
        "Northeastern University, Boston MA",
        "Boston, MA",
        "Skilled in Matlab, MS Office and MS Word",
        "Certified Scrum Master",
        "Developed the master plan for the campus",
    ],
)
def test_not_a_degree(nlp: Language, line: str) -> None:
    r = extract_resume(f"Education\n{line}\n", nlp=nlp, as_of=AS_OF)
    assert r.education == ()


def test_degree_outside_the_education_section(nlp: Language) -> None:
    text = "Summary\nMasters in 2007 from the University of Lahore.\nEducation\nLahore\n"
    assert extract_resume(text, nlp=nlp, as_of=AS_OF).highest_degree == "master"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("TECHINAL SKILLS", "skills"),
        ("Technical Qualifications", "skills"),
        ("ADDITIONAL CERTIFIED TRAINING", "certifications"),
        ("Relevant Work Experience", "experience"),
        ("Python skills", None),  # not capitalised as a heading
    ],
)
def test_headings_by_their_last_word(line: str, name: str | None) -> None:
    assert classify_heading(line) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Web Dev Positions", "experience"),
        ("Previous Employment", "experience"),
        # headings joined by "and": the first part that is a heading
        ("Experience and participated projects:", "experience"),
        ("Education and courses:", "education"),
        ("ACTIVITIES AND AWARDS", "other"),
        ("Training & Operations Consultant", None),  # a job title, not two headings
        ("Software and Project Manager", None),
        ("Experience and knowledge of cloud platforms", None),  # prose: no colon, lower case
        # column headings side by side (text from a multi-column page): the main column's
        ("EXPERIENCE SKILLS", "experience"),
        ("Experience Skills", "experience"),
        ("EDUCATION SKILLS", "education"),
        ("PROFESSIONAL SUMMARY EDUCATION RELEVANT EXPERIENCE", "experience"),
        ("SKILLS ACCOMPLISHMENTS", "skills"),
        ("Relevant Experience Summary", "summary"),  # one heading ending in "summary"
        ("Software Projects", "projects"),  # "software" modifies "projects"
    ],
)
def test_joined_and_side_by_side_headings(line: str, name: str | None) -> None:
    assert classify_heading(line) == name


def _spans(text: str) -> list[tuple[str, str]]:
    return [(s.name, text[s.start : s.end].strip()) for s in find_sections(text)]


def test_inline_label_of_two_words_opens_its_section() -> None:
    text = (
        "Jane Doe\nProfessional Experience: Developer at Acme, 2021 – now\nBuilt APIs\n"
        "Education: BSc, State University\n"
    )
    assert _spans(text) == [
        ("contact", "Jane Doe"),
        ("experience", "Professional Experience: Developer at Acme, 2021 – now\nBuilt APIs\n"
         "Education: BSc, State University"),
    ]  # fmt: skip
    # a one-word label is a field more often than a heading
    assert [n for n, _ in _spans("Summary\nExperience: 5 years of Python\n")] == [
        "contact",
        "summary",
    ]


def test_upper_case_headings_beside_the_text() -> None:
    # headings in a left column, each on the first line of its content
    text = (
        "Full-Stack Developer\nSUMMARY Main stack: PHP, React.\nWORK Acme – Developer (2019)\n"
        "EXPERIENCE Built payment APIs.\nEDUCATION State University, BSc\n"
    )
    assert [(n, t.split("\n")[0]) for n, t in _spans(text)] == [
        ("contact", "Full-Stack Developer"),
        ("summary", "SUMMARY Main stack: PHP, React."),
        ("experience", "WORK Acme – Developer (2019)"),
        ("experience", "EXPERIENCE Built payment APIs."),
        ("education", "EDUCATION State University, BSc"),
    ]
    # where headings have lines of their own, one such line is a sidebar heading beside a
    # line of the main column: it does not cut the section
    text = "EXPERIENCE\nDeveloper at Acme\nLANGUAGES Built payment APIs.\nEDUCATION\nBSc\n"
    assert [n for n, _ in _spans(text)] == ["contact", "experience", "education"]


# False positives fixed on real résumés: each is a match that names something else.
@pytest.mark.parametrize(
    ("text", "not_skill"),
    [
        ("Experience\nMule Developer\nCisco Systems - San Jose, CA\n", "Cisco networking"),
        ("Experience\nAnalyst at Oracle Corporation, 2019\n", "Oracle Database"),
        ("Experience\nWorked at Oracle for five years.\n", "Oracle Database"),
        ("Skills\nOperating Systems: Windows, Linux\n", "Operating systems"),
        ("Summary\nB.S. in Computer Science, State University\n", "Computer science"),
        ("Conferences\nInformation Systems Educators Conference, 2010\n", "Information technology"),
        ("Publications\nSocial work and special education in schools, 2009.\n", "Social work"),
        ("Experience\nTeacher, Lincoln Elementary\n", "Teaching"),
        ("Experience\nFreelance photographer\n", "Independent work"),
        ("Experience\nHandled billing for the sales team.\n", "Invoicing"),
        ("Experience\nStored photos on flash memory cards.\n", "Adobe Animate"),
        ("Experience\nManaged the Facebook page of a bakery.\n", "Facebook"),
    ],
)
def test_false_positives_fixed(nlp: Language, text: str, not_skill: str) -> None:
    r = extract_resume(text, nlp=nlp, as_of=AS_OF)
    assert not_skill not in r.skill_names


def test_category_label_keeps_its_members(nlp: Language) -> None:
    r = extract_resume("Skills\nOperating Systems: Windows XP, Linux\n", nlp=nlp)
    assert {"Microsoft Windows", "Linux"} <= r.skill_names


def test_education_coursework_counts(nlp: Language) -> None:
    text = "Education\nB.Tech in Computer Science\nRelevant coursework: Java, Oracle, UML\n"
    r = extract_resume(text, nlp=nlp, as_of=AS_OF)
    assert {"Java", "Oracle Database", "UML"} <= r.skill_names
    assert "Computer science" not in r.skill_names


@pytest.mark.parametrize(
    "line",
    [
        "B.Tech in Information Technology",
        "Bachelor of Science, Information Technology",
        "Master of Software Engineering",
        "BSc in Software Engineering, Minor in Computer Programming",
    ],
)
def test_the_field_of_a_degree_is_no_coursework_cue(nlp: Language, line: str) -> None:
    assert not extract_resume(f"Education\n{line}\nState University\n", nlp=nlp).skill_names


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Courses taken: Software Engineering, Databases", "Software engineering"),
        ("Thesis: machine learning for fraud detection", "Machine learning"),
        ("Strong communication and presentation skills", "Presentation skills"),
    ],
)
def test_coursework_cues_outside_the_field_still_count(
    nlp: Language, line: str, skill: str
) -> None:
    assert skill in extract_resume(f"Education\n{line}\n", nlp=nlp).skill_names


def test_a_list_of_tools_under_education_counts(nlp: Language) -> None:
    text = "Education\nBE (Computer) 61.7% [2008]\nC++, ActionScript, Photoshop, Git\n"
    assert {"C++", "ActionScript", "Adobe Photoshop"} <= extract_resume(text, nlp=nlp).skill_names
    grades = "Education\nGCSEs in English (C), maths (C), science (C), French (D)\n"
    assert "C" not in extract_resume(grades, nlp=nlp).skill_names
    degree = "Education\nMaster of Science in Data Science, Machine Learning and AI\n"
    assert not extract_resume(degree, nlp=nlp).skill_names
    referee = "References\nDr. Ann Ruiz, Head of Machine Learning, Kubernetes and Cloud, Acme\n"
    assert not extract_resume(referee, nlp=nlp).skill_names


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Skills\nJava, JDBC, EJB, JMS, Swing, Oracle\n", "Oracle Database"),
        ("Skills\nEclipse, TOAD, Windows XP\n", "Toad for Oracle"),
        ("Skills\nHTML, DHTML, Flash, ActionScript\n", "Adobe Animate"),
        ("Tools\nHP Quality Center, QTP, ClearCase\n", "HP UFT"),
        ("Social media\nFacebook, Twitter, Instagram\n", "Facebook"),
    ],
)
def test_common_tools_in_lists(nlp: Language, text: str, skill: str) -> None:
    assert skill in extract_resume(text, nlp=nlp, as_of=AS_OF).skill_names


def test_skill_months_last_use_and_gaps(nlp: Language) -> None:
    text = (
        "Jane Doe\nExperience\n"
        "Python Developer | Acme   Jan 2021 - Present\nBuilt Django and PostgreSQL services.\n"
        "Java Developer | Globex   Mar 2017 - Jun 2019\nWrote Java and PostgreSQL code.\n"
        "Intern | Initech   Jan 2016 - Dec 2016\nPython scripts.\n"
        "Skills\nPython, Java, Go\n"
    )
    r = extract_resume(text, nlp=nlp, as_of=AS_OF)
    months = dict(r.skill_months)
    assert months["PostgreSQL"] == 71 + 28  # two roles, no overlap
    assert months["Python"] == 71 + 12  # the skills list adds nothing
    assert months["Java"] == 28
    assert "Go" not in months  # listed only, never used in a role
    assert dict(r.skill_last_used) == {
        "PostgreSQL": 2026,
        "Python": 2026,
        "Django": 2026,
        "Java": 2019,
    }
    assert r.skill_months[0] == ("PostgreSQL", 99)
    # Jan–Mar 2017 is two months (shorter than a gap worth showing); Jul 2019–Jan 2021 is one
    assert r.gaps == ((dt.date(2019, 7, 1), dt.date(2021, 1, 1)),)


def test_overlapping_roles_have_no_gap_and_count_once(nlp: Language) -> None:
    text = (
        "Experience\nDeveloper | A   Jan 2018 - Dec 2020\nPython work.\n"
        "Consultant | B   Jun 2019 - Jun 2021\nPython consulting.\n"
    )
    r = extract_resume(text, nlp=nlp, as_of=AS_OF)
    assert r.gaps == ()
    assert dict(r.skill_months)["Python"] == 42  # Jan 2018 – Jun 2021, merged


def _heads(text: str) -> list[tuple[str, str, str]]:
    roles = find_roles(text, [(0, len(text))], AS_OF)
    return [(r.title, r.employer, r.text.split("\n")[0]) for r in roles]


def test_role_title_above_a_location_and_dates_line() -> None:
    text = (
        "Experience\n"
        "Junior Python Developer - Rosebud Apps LLC\n"
        "Portland, OR | Sep 2024 - Present\n"
        "- Built Flask services\n"
        "Data Analyst - Acme Corp\n"
        "Remote | Jan 2022 - Aug 2024\n"
        "- Wrote SQL reports\n"
    )
    assert _heads(text) == [
        (
            "Junior Python Developer",
            "Rosebud Apps LLC",
            "Junior Python Developer - Rosebud Apps LLC",
        ),
        ("Data Analyst", "Acme Corp", "Data Analyst - Acme Corp"),
    ]
    roles = find_roles(text, [(0, len(text))], AS_OF)
    assert "Flask" in roles[0].text and "Data Analyst" not in roles[0].text


def test_role_title_and_employer_stacked_above_dates() -> None:
    text = (
        "Experience\n"
        "Backend Engineer\n"
        "Globex Inc.\n"
        "Jan 2021 - Present\n"
        "- Go services\n"
        "\n"
        "Initech\n"
        "QA Analyst\n"
        "Berlin, Germany  2019 - 2020\n"
        "- Test plans\n"
    )
    assert _heads(text) == [
        ("Backend Engineer", "Globex Inc.", "Backend Engineer"),
        ("QA Analyst", "Initech", "Initech"),
    ]


def test_role_employer_title_dates_on_one_line() -> None:
    text = "Experience\nAcme Corp | Senior Data Engineer | Mar 2020 - Present\n- Spark jobs\n"
    assert _heads(text)[0][:2] == ("Senior Data Engineer", "Acme Corp")


def test_an_employers_name_is_no_evidence_of_a_skill(nlp: Language) -> None:
    text = (
        "Experience\nSoftware Engineering Intern\nLakeshore Analytics, Chicago, IL\n"
        "May 2018 - Aug 2018\n- Wrote Python ETL scripts and mentor two new interns\n"
    )
    r = extract_resume(text, nlp=nlp, as_of=AS_OF)
    assert r.roles and r.roles[0].employer == "Lakeshore Analytics"
    assert "Data analysis" not in r.skill_names
    assert {"Python", "Mentoring"} <= r.skill_names
    # nor is a team inside it, whose name may be a skill
    text = "Experience\nSenior Data Engineer | Spark Streaming Team | Jan 2019 - Present\n- Jobs\n"
    assert any("Spark" in n for n in extract_resume(text, nlp=nlp, as_of=AS_OF).skill_names)
    # an "employer" made only of skills is a misread header, and keeps them
    text = "WORK EXPERIENCE\nSAP FICO Consultant\nSAP FICO -  2015 to Present\n- GL and AP\n"
    r = extract_resume(text, nlp=nlp, as_of=AS_OF)
    assert r.roles[0].employer == "SAP FICO"
    assert [m.start for m in r.skills if m.name == "SAP FICO"] == [16, 36]


def test_role_title_above_employer_and_dates() -> None:
    text = "Experience\nPython Developer\nAcme Corp  Jan 2020 - Dec 2021\n- Django\n"
    assert _heads(text) == [("Python Developer", "Acme Corp", "Python Developer")]


def test_previous_role_body_is_not_a_header() -> None:
    text = (
        "Experience\nDeveloper, Acme  2018 - 2020\n- Built things\nConsultant, Beta  2020 - 2022\n"
    )
    assert [h[:2] for h in _heads(text)] == [("Developer", "Acme"), ("Consultant", "Beta")]


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        (  # "Employer, City  Dates" / "Title"
            "Experience\nCareSlot Health, Boston, MA\t03/2022 - Present\nPython Developer\n"
            "- Flask APIs\nHarborview Software, Quincy, MA\t09/2020 - 02/2022\n"
            "Backend Developer (part-time, 20 h/week)\n- Pyramid\n",
            [
                ("Python Developer", "CareSlot Health"),
                ("Backend Developer (part-time, 20 h/week)", "Harborview Software"),
            ],
        ),
        (  # a skills table's cells between the header and the dates; "Company AS, Oslo"
            "Experience\nPython Developer\nFjordkraft Digital AS, Oslo\n\nYears\n6\n5\n\n"
            "Level\nExpert\nAdvanced\n\n2020 - Present\n- Django services\n"
            "PHP Web Developer\nKreuzberg Media UG, Berlin\nOct 2015 - Apr 2017\n- PHP\n",
            [
                ("Python Developer", "Fjordkraft Digital AS"),
                ("PHP Web Developer", "Kreuzberg Media UG"),
            ],
        ),
        (  # "Title, Unit  Dates" / "Organisation, City"
            "Experience\nRegistered Nurse, ICU\tJan 2020 - Present\n"
            "Cumberland General Hospital, Nashville, TN\n- Care for critically ill adults\n",
            [("Registered Nurse, ICU", "Cumberland General Hospital")],
        ),
        (  # but not a client site below, nor the employer's own longer name
            "Experience\nSoftware Engineer, Infosys\tJan 2019 - Present\n"
            "Onsite at Citibank Inc, Tampa, FL\n- APIs\n"
            "Project Manager, Accenture\tJan 2015 - Dec 2018\n"
            "Accenture Technology Solutions Ltd, Bangalore\n- Delivery\n",
            [("Software Engineer", "Infosys"), ("Project Manager", "Accenture")],
        ),
        (  # a legal form (ASA) before the town; "Adelaide SA" is a town and state
            "Experience\nSoftware Engineer\tJan 2019 - Present\nEquinor ASA, Stavanger, Norway\n"
            "- APIs\nNurse\tJan 2015 - Dec 2018\nRoyal Adelaide Hospital, Adelaide SA\n- Care\n",
            [("Software Engineer", "Equinor ASA"), ("Nurse", "Royal Adelaide Hospital")],
        ),
        (  # a qualifier after the title's comma is the title's, not an employer
            "Experience\nNORTHWIND CORPORATION\nSoftware Design Engineer, Intern   June 2010 - "
            "August 2010\n- Built tools\n",
            [("Software Design Engineer, Intern", "NORTHWIND CORPORATION")],
        ),
        (  # a sentence's full stop after the dates is no part of the employer
            "Experience\nWorking as Senior Software Engineer at Infosys Ltd from June 2012 to "
            "till date.\n",
            [("Senior Software Engineer", "Infosys Ltd")],
        ),
        (  # a job board's employer line ends in a dash, with or without its town
            "Experience\nQA Lead\nTellwright Systems -  Leeds, West Yorkshire -\n"
            "May 2016 to Present\nBrindlecombe -\nJanuary 2011 to April 2016\n",
            [("QA Lead", "Tellwright Systems"), ("", "Brindlecombe")],
        ),
        (  # labelled fields after each role's dates are that role's, not the next one's
            "Employment History\nSince: March 2019 Until: Currently\n"
            "Company: Veltra Logistics S.A.\nPosition held: Claims Manager\n"
            "Since: June 2014 Until: February 2019\n"
            "Company: Costa Ferro Ltda\nPosition held: Claims Analyst\n",
            [
                ("Claims Manager", "Veltra Logistics S.A."),
                ("Claims Analyst", "Costa Ferro Ltda"),
            ],
        ),
        (  # "Key Role:" names the title like "Role:"
            "Experience\nCompany: Orrin Softworks Pvt Ltd\nKey Role: Build Engineer\n"
            "Duration: Aug 2016 - Present\n",
            [("Build Engineer", "Orrin Softworks Pvt Ltd")],
        ),
        (  # but a "Key Role:" leading a description names no title
            "Experience\nSoftware Engineer, Cressfield Payments\nJan 2018 - Present\n"
            "Key Role: Led the migration of payments to AWS.\n",
            [("Software Engineer", "Cressfield Payments")],
        ),
        (  # a column's "| Contract" after the title is not the title's
            "Experience\nData Analyst | Contract\nTeal Harbour Bank\n2020 - 2021\n",
            [("Data Analyst", "Teal Harbour Bank")],
        ),
        (  # "Employer" / "City, ST | Dates" / "Title"
            "Experience\nHarrow & Finch Outfitters\nLakeview, MN | March 2016 - Present\n"
            "Sales Associate\n- Fitted hiking boots\n",
            [("Sales Associate", "Harrow & Finch Outfitters")],
        ),
        (  # dates alone, then "Employer" / "Title" below them
            "Experience\n2016-Present\nMarlowe Freight Lines\nDispatch Supervisor\n"
            "Planned routes for forty drivers.\n2012-2016\nQuayside Storage Co\nWarehouse Clerk\n"
            "Kept stock records.\n",
            [
                ("Dispatch Supervisor", "Marlowe Freight Lines"),
                ("Warehouse Clerk", "Quayside Storage Co"),
            ],
        ),
        (  # dates alone, then "Title" / "Employer" below them; not a description's first line
            "Experience\nMarch 2015\nJune 2019\nSystems Consultant\nBirchwood Data AS\n"
            "Kept the office servers running.\nJan 2012 - Feb 2015\nSupport Engineer\n"
            "Answered calls\n",
            [("Systems Consultant", "Birchwood Data AS"), ("Support Engineer", "")],
        ),
    ],
)
def test_role_headers_around_the_dates(text: str, heads: list[tuple[str, str]]) -> None:
    assert [h[:2] for h in _heads(text)] == heads


def test_role_employer_below_title_and_dates() -> None:
    text = (
        "Experience\nSoftware Developer\tSep 2019 - Feb 2021\nZurich Payments AG, Zurich\n- APIs\n"
    )
    assert [h[:2] for h in _heads(text)] == [("Software Developer", "Zurich Payments AG")]


def test_role_title_counts_toward_skill_months(nlp: Language) -> None:
    text = (
        "Experience\n"
        "Junior Python Developer - Rosebud Apps LLC\n"
        "Portland, OR | Sep 2024 - Present\n"
        "- Built internal tools\n"
    )
    r = extract_resume(text, nlp=nlp, as_of=AS_OF)
    assert r.roles[0].title == "Junior Python Developer"
    assert dict(r.skill_months).get("Python", 0) > 0


@pytest.mark.parametrize(
    "text",
    [
        "Experience\nBoard member, Council on Social Work Education, 1998 - 2001\n",
        "Experience\nPaper presented at ISECON (Information Systems Educators Conference)\n",
        "Experience\nTaught Management Information Systems and Data Structures\n",
        "Experience\nMember, Center for Excellence in Learning and Teaching\n",
    ],
)
def test_field_inside_a_proper_name_is_not_a_skill(nlp: Language, text: str) -> None:
    got = set(skills_of(nlp, text))
    assert not got & {"Social work", "Information technology", "Teaching"}


def test_field_in_prose_or_skills_list_is_still_a_skill(nlp: Language) -> None:
    assert "Social work" in skills_of(nlp, "Experience\nTen years of social work with families.\n")
    assert "Teaching" in skills_of(nlp, "Skills\nTeaching Mentoring\n")


@pytest.mark.parametrize(
    "text",
    [
        "Experience\nCollaborated with the sales team on pricing.\n",
        "Experience\nPrioritize tickets daily.\n",
    ],
)
def test_ordinary_verbs_are_not_soft_skills(nlp: Language, text: str) -> None:
    assert not set(skills_of(nlp, text)) & {"Collaboration", "Prioritization"}


def test_acronym_written_as_a_name_is_not_a_skill(nlp: Language) -> None:
    assert "BERT" not in skills_of(nlp, "Experience\nReported to Bert Jansen, plant manager.\n")
    assert "BERT" in skills_of(nlp, "Experience\nFine-tuned BERT models for search.\n")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # an acronym written as a word, in a list
        ("Skills\nProgramming: Java, C++, Matlab, SQL\n", "MATLAB"),
        ("Experience\nTools: PHP, MySQL, Ajax, jQuery\n", "AJAX"),
        ("Experience\nBuilt pages with jQuery, Ajax and CSS.\n", "AJAX"),
        # an ambiguous name in a series, before an artefact or after its kind
        (
            "Experience\nSupported labs across Windows, Macintosh, and Unix platforms.\n",
            "Microsoft Windows",
        ),
        ("Experience\nBuilt reports with Python, Excel and Tableau.\n", "Microsoft Excel"),
        ("Experience\nMaintained Excel workbooks in SharePoint.\n", "Microsoft Excel"),
        ("Experience\nSerial bridge firmware. Languages: C\n", "C"),
        ("Experience\nDatabases Oracle, SQL Server\n", "Oracle Database"),
        ("Experience\nBuilt apps in Objective-C and C languages\n", "C"),
    ],
)
def test_names_kept_in_context(nlp: Language, text: str, skill: str) -> None:
    assert skill in skills_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Experience\nPrepared weekly Flash reports using Power BI and SQL.\n",
        "Experience\nProduced sprint Velocity reports in Jira.\n",
    ],
)
def test_a_report_named_like_a_product_is_not_the_product(nlp: Language, text: str) -> None:
    assert not {"Adobe Animate", "Apache Velocity"} & set(skills_of(nlp, text))


def test_a_series_of_companies_is_not_vouched_for_by_prose(nlp: Language) -> None:
    assert not skills_of(nlp, "Experience\nWe sold to Shell, Exxon and BP.\n")
    assert not skills_of(nlp, "Experience\nThe office environment Shell provided.\n")


def test_acronym_written_as_a_word_stays_out_of_prose(nlp: Language) -> None:
    assert "AJAX" not in skills_of(nlp, "Experience\nCoached the Ajax youth team in Amsterdam.\n")


def test_name_ends_at_a_full_stop() -> None:
    assert find_name("Omar Blossom Jacobson. Heath\nPhone: 123-345-7890\n") == (
        "Omar Blossom Jacobson"
    )
    assert find_name("Jody J. Fiorini\nPhone: 123\n") == "Jody J. Fiorini"


@pytest.mark.parametrize(
    ("text", "not_skill"),
    [
        ("Experience\nReported incidents to the leadership team weekly.\n", "Leadership"),
        (
            "Experience\nManaged a staff of 40 information technology professionals.\n",
            "Information technology",
        ),
        ("Experience\nSix months as acting team leader.\n", "Acting"),
    ],
)
def test_field_naming_an_organisation_is_not_a_skill(
    nlp: Language, text: str, not_skill: str
) -> None:
    assert not_skill not in skills_of(nlp, text)


def test_field_beside_an_organisation_word_in_its_other_uses_is_kept(nlp: Language) -> None:
    assert "Insurance" in skills_of(nlp, "Experience\nSold life insurance to families.\n")
    # the industry a person worked in is domain experience a JD may ask for
    got = skills_of(nlp, "Summary\nTen years in the insurance industry.\n")
    assert "Insurance" in got
    got = skills_of(nlp, "Experience\nNegotiated premiums with insurance companies.\n")
    assert "Insurance" in got
    assert "Self-motivation" in skills_of(nlp, "Summary\nHighly motivated team player.\n")
    assert "Interviewing" in skills_of(nlp, "Experience\nInterviewing clients on needs.\n")
    got = skills_of(nlp, "Experience\nWorked with cross functional teams on releases.\n")
    assert "Cross-functional collaboration" in got


def test_employer_on_a_job_board_location_line_is_not_a_skill(nlp: Language) -> None:
    text = "Experience\nNetwork engineer\n\nCisco -  Mumbai, Maharashtra -\n\nMay 2015 to Present\n"
    assert "Cisco networking" not in skills_of(nlp, text)
    text = "Experience\nNetwork engineer\nConfigured Cisco routers - Mumbai office.\n"
    assert "Cisco networking" in skills_of(nlp, text)


def test_a_long_line_ending_like_a_place_is_not_an_employer_line(nlp: Language) -> None:
    # a run-on line (flattened text) is no "Employer - City, Region -" line, however it ends;
    # re-reading such a line for each of its skills was also quadratic in its length
    body = " ".join(["Built services in Java and Docker for clients"] * 5)
    text = f"Experience\nPython - {body}, Mumbai Maharashtra -\n"
    assert "Python" in skills_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Experience\nDesigned the plug-in communication module for the CPU board.\n",
        "Experience\nLecturer, Department of Information and Communication Technology\n",
        "Education\nCoursework: Inter Process Communication, Memory management\n",
    ],
)
def test_soft_skill_word_naming_equipment_is_not_a_skill(nlp: Language, text: str) -> None:
    assert "Communication" not in skills_of(nlp, text)


def test_soft_skill_word_as_a_trait_is_kept(nlp: Language) -> None:
    got = skills_of(nlp, "Experience\nMaintained open communication with parents.\n")
    assert "Communication" in got


def test_category_label_before_its_list_is_not_a_skill(nlp: Language) -> None:
    got = skills_of(nlp, "Skills\nProgramming Languages: C#, Java\nIDEs: Eclipse, PyCharm\n")
    assert "Computer programming" not in got
    assert {"C#", "Java"} <= set(got)
    assert got.count("Integrated development environments") == 2  # Eclipse, PyCharm; not "IDEs"
    assert "Computer programming" in skills_of(nlp, "Skills\nProgramming languages\n")


@pytest.mark.parametrize(
    "text",
    [
        "Computer Skills - MS Office, Operating Systems (Mac OS, Windows 7, Linux).",
        "Skills\nOperating Systems • Windows, Linux",
    ],
)
def test_a_plural_category_before_a_bracket_or_bullet_of_members_is_a_label(
    nlp: Language, text: str
) -> None:
    got = skills_of(nlp, text)
    assert "Operating systems" not in got
    assert {"Microsoft Windows", "Linux"} <= set(got)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Patched operating systems (weekly) on servers", "Operating systems"),
        ("Skills\nPython (Django, Flask)", "Python"),
        # products, not generic plural categories, keep their name before their parts
        ("Skills\nKubernetes (EKS, AKS)", "Kubernetes"),
        ("Skills\nAmazon Web Services (EC2, S3, Lambda)", "AWS"),
        ("Skills\nNode.js (Express)", "Node.js"),
        # bullets between items separate them: none opens a list
        ("Skills\nJava • Spring Boot • Web Services • REST APIs", "Web services"),
        ("Skills\nPython • Relational Databases • MySQL", "Relational databases"),
    ],
)
def test_a_skill_that_does_not_label_a_list_of_members_stays(
    nlp: Language, text: str, kept: str
) -> None:
    assert kept in skills_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "label", "members"),
    [
        # first on its line, singular or plural, a member right after it (no colon)
        ("Skills\nOperating System Windows 7, Linux", "Operating systems", {"Linux"}),
        ("Skills\nOperating System  Unix and Windows", "Operating systems", {"Unix"}),
        # alone on its line over a line naming a member
        (
            "Skills\nOperating systems\n\n• Windows Server 2012\n",
            "Operating systems",
            {"Windows Server"},
        ),
        ("Skills\nOperating System\n• Worked on UNIX and Linux", "Operating systems", {"Linux"}),
        # a row of labels whose values sit in another column
        (
            "Skills\nOperating Systems:  Database Management:  Languages:\nWindows XP, Java",
            "Database administration",
            {"Java"},
        ),
    ],
)
def test_a_category_heading_its_members_without_a_colon_is_a_label(
    nlp: Language, text: str, label: str, members: set[str]
) -> None:
    got = skills_of(nlp, text)
    assert label not in got
    assert members <= set(got)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Skills\nNetworking\nPython, SQL", "Computer networking"),  # not a member below
        # a row of labels over no values: a rating table, not labels of another column
        ("Skills\nPython:  Java:  SQL:\nExpert  Advanced  Intermediate\n", "SQL"),
        ("Skills\nDatabase Management: Oracle, MySQL", "Database administration"),
        ("Skills\nDatabase Management: tuned Oracle: 10 years", "Database administration"),
        ("Experience\nPatched operating systems on Linux servers", "Operating systems"),
    ],
)
def test_a_category_with_no_members_under_it_stays(nlp: Language, text: str, kept: str) -> None:
    assert kept in skills_of(nlp, text)


def test_topic_of_a_cited_paper_is_not_a_skill(nlp: Language) -> None:
    text = (
        "Experience\nFitch, D., & Cary, S. (2012, November). An examination of how field "
        "agencies view information technology competencies. Paper presented at APM.\n"
    )
    assert "Information technology" not in skills_of(nlp, text)
    text = "Experience\nManaged information technology projects (2012). Led a team.\n"
    assert "Information technology" in skills_of(nlp, text)


def test_employer_description_is_not_the_persons_skill(nlp: Language) -> None:
    text = "Experience\nEtisalat is the leading telecommunications operator in the region.\n"
    assert "Telecommunications" not in skills_of(nlp, text)
    text = "Experience\nDesigned telecommunications networks for the region.\n"
    assert "Telecommunications" in skills_of(nlp, text)
    text = "Experience\nAcme is a leading provider of Kubernetes hosting.\n"
    assert "Kubernetes" not in skills_of(nlp, text)
    # the person's own sentence, with no business named: the skills are theirs
    text = "Experience\nI was the leading engineer of the Python and Django migration.\n"
    assert {"Python", "Django"} <= set(skills_of(nlp, text))


@pytest.mark.parametrize(
    "line",
    [
        "ACME CORP, Boston  2000 to 2010\nWorld leader in telecommunications serving banks.",
        "Consultant in a consultancy specializing in Kubernetes and Terraform hosting.",
        "Worked for a company that provides Kubernetes hosting to banks.",
    ],
)
def test_a_business_described_by_its_trade_is_not_the_persons_skill(
    nlp: Language, line: str
) -> None:
    assert not {"Telecommunications", "Kubernetes"} & set(skills_of(nlp, f"Experience\n{line}\n"))


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Engineer specializing in Kubernetes and Terraform.", "Terraform"),
        ("Sought a PHP developer role in a company that provides growth.", "PHP"),
        ("Led telecommunications projects in a market leader.", "Telecommunications"),
        # the description ends where the person's own clause begins
        ("Joined a startup focused on fintech, where I built Python services.", "Python"),
        ("Worked at a firm offering consulting; built Django apps.", "Django"),
        # no business described: no article before the trade noun, a leader with no rank
        ("Shifted company focus to Kubernetes and Terraform.", "Kubernetes"),
        ("Implemented an OAuth provider offering SSO through Keycloak and Java.", "Java"),
        ("Leader in cloud architecture and Kubernetes migrations.", "Kubernetes"),
    ],
)
def test_the_persons_own_specialty_is_a_skill(nlp: Language, line: str, skill: str) -> None:
    assert skill in skills_of(nlp, f"Experience\n{line}\n")


def test_a_quantity_that_rose_is_a_result_not_a_skill(nlp: Language) -> None:
    text = "Experience\nHelped drive a 10% increase in customer satisfaction.\n"
    assert "Customer experience" not in skills_of(nlp, text)
    text = "Experience\nLed 34% growth in total social media shares.\n"
    assert "Social media marketing" not in skills_of(nlp, text)
    text = "Experience\nImproved customer satisfaction through social media campaigns.\n"
    assert {"Customer experience", "Social media marketing"} <= set(skills_of(nlp, text))
    # a tool whose use shrank is still a tool; a change with no amount is a claim
    assert "AWS" in skills_of(nlp, "Experience\nAchieved a 40% reduction in AWS spend.\n")
    text = "Experience\nDrove growth in digital marketing for two brands.\n"
    assert "Digital marketing" in skills_of(nlp, text)


def test_ambiguous_name_wrapped_into_a_phrase_is_not_a_skill(nlp: Language) -> None:
    text = "Skills\nDNS (Less\nthan 1 year), Less (2 years), Sass\n"
    doc = nlp(text)
    assert [s.start_char for s in doc.spans["skills"] if s.label_ == "Less"] == [
        text.index("Less (")
    ]


def _roles(text: str) -> list[tuple[str, str, dt.date, dt.date | None]]:
    return [
        (r.title, r.employer, r.start, r.end) for r in find_roles(text, [(0, len(text))], AS_OF)
    ]


def test_job_board_layout_title_then_employer_and_town() -> None:
    text = (
        "Experience\n\nSenior Associate Consultant\n\n"
        "Infosys Limited -  Bangalore Urban, Karnataka -\n\nJuly 2017 to Present\n\n"
        "- Project management office\n\nApplication Developer\n\n"
        "SAP ABAP -  Kolkata, West Bengal -\n\nMay 2016 to June 2017\n\n- Reports\n"
    )
    assert _roles(text) == [
        ("Senior Associate Consultant", "Infosys Limited", dt.date(2017, 7, 1), None),
        ("Application Developer", "SAP ABAP", dt.date(2016, 5, 1), dt.date(2017, 7, 1)),
    ]


def test_employer_and_town_without_title_is_not_a_title() -> None:
    text = (
        "Experience\n\nINFOSYS LIMITED -  Pune, Maharashtra -\n\nApril 2017 to Present\n\n"
        "Location: Pune, India\nClient: Insurance client\nDuration: April 2017 -Till Date\n\n"
        "- Designed the solution\n"
    )
    # the labelled "Duration:" line dates the same role: it opens no second one
    assert _roles(text) == [("", "INFOSYS LIMITED", dt.date(2017, 4, 1), None)]


def test_labelled_fields_give_title_and_employer() -> None:
    text = (
        "Work Experience:\nDesignation: Digital Advertising Executive\n"
        "Organization: Violet Advertisers, Phoenix, AZ\nDuration: May 2010 - till date\n"
        "Devise advertising strategies\nDesignation: Digital Advertising Assistant\n"
        "Organization: Mayfair Advertisers, Phoenix, AZ\nPeriod: January 2009 - April 2010\n"
        "Prepared materials\n"
    )
    assert _roles(text) == [
        ("Digital Advertising Executive", "Violet Advertisers", dt.date(2010, 5, 1), None),
        (
            "Digital Advertising Assistant",
            "Mayfair Advertisers",
            dt.date(2009, 1, 1),
            dt.date(2010, 5, 1),
        ),
    ]


def test_from_to_dates_under_title_and_employer() -> None:
    text = "Experience\nSoftware Engineer, Acme Ltd\nFrom Jan 2015 to Mar 2017\n- Built APIs\n"
    assert _roles(text) == [
        ("Software Engineer", "Acme Ltd", dt.date(2015, 1, 1), dt.date(2017, 4, 1))
    ]


def test_since_dates_the_current_role_only() -> None:
    text = (
        "Experience\nLead Engineer, Acme Corp   Since 2015\n- Led the team\n"
        "Developer, Beta Inc.   2012 - 2016\n- Wrote code\nMember since 2003\n"
    )
    roles = find_roles(text, [(0, len(text))], AS_OF)
    assert [(r.title, r.employer, r.start, r.end) for r in roles] == [
        ("Lead Engineer", "Acme Corp", dt.date(2015, 1, 1), None),
        ("Developer", "Beta Inc.", dt.date(2012, 1, 1), dt.date(2016, 1, 1)),
    ]
    assert total_years(roles, AS_OF) == 14.9  # Jan 2012 to Nov 2026, the overlap once


def test_onwards_after_a_sentence_is_dated_but_not_titled() -> None:
    text = "Experience\n• Experience in Oracle Hyperion products. (September 2017 onwards)\n"
    assert _roles(text) == [("", "", dt.date(2017, 9, 1), None)]


def test_lost_dash_between_dates_and_title_below() -> None:
    text = (
        "Experience\nNestle, Norwalk, CT | Mar 2008\nPresent\nDigital Marketing Executive\n"
        "- Devise plans\nNestle, Norfolk, CT | Jan 2007\nMar 2008\nMarketing Assistant\n"
        "- Assisted\n"
    )
    assert _roles(text) == [
        ("Digital Marketing Executive", "Nestle", dt.date(2008, 3, 1), None),
        ("Marketing Assistant", "Nestle", dt.date(2007, 1, 1), dt.date(2008, 4, 1)),
    ]


def test_column_of_years_is_not_a_range() -> None:
    assert _roles("Experience\nProjects\n2013\n2012\n2011\n2011\n") == []


def test_worked_as_sentence_gives_title_and_employer() -> None:
    text = (
        "Experience\n- Worked as Software Engineer with Prolifics Corporation Limited "
        "from Dec' 2015 to Sept' 2016\n"
    )
    assert _roles(text) == [
        (
            "Software Engineer",
            "Prolifics Corporation Limited",
            dt.date(2015, 12, 1),
            dt.date(2016, 10, 1),
        )
    ]


def test_placeholder_company_and_legal_form_is_the_employer() -> None:
    text = (
        "Experience\nCOMPANY, INC., City, ST\n2007-Present\n"
        "Female-owned small business specializing in power backup solutions.\n"
    )
    assert _roles(text) == [("", "COMPANY, INC.", dt.date(2007, 1, 1), None)]


def test_title_with_town_keeps_its_employer() -> None:
    text = "Experience\nMarketing Assistant, Salvation Army, Melbourne  Dec 2013 - Feb 2014\n"
    assert _roles(text) == [
        ("Marketing Assistant", "Salvation Army", dt.date(2013, 12, 1), dt.date(2014, 3, 1))
    ]


def test_month_range_within_a_year() -> None:
    text = "Experience\nIntern engineer, Joobi Solution Limited, Ireland  Jun- Sept 2008\n"
    assert _roles(text) == [
        ("Intern engineer", "Joobi Solution Limited", dt.date(2008, 6, 1), dt.date(2008, 10, 1))
    ]


def test_unknown_experience_heading_still_yields_roles(nlp: Language) -> None:
    text = (
        "Jane Doe\nCareer Experience/Job History\n2004\n"
        "Present: Associate Art Editor, Digital Hobbies Americas, Detroit\n"
        "- Conduct editorial meetings\nEducation\n1999\n2003: BA Commercial Arts\n"
    )
    r = extract_resume(text, nlp=nlp, as_of=AS_OF)
    assert [(x.title, x.employer, x.start, x.end) for x in r.roles] == [
        ("Associate Art Editor", "Digital Hobbies Americas", dt.date(2004, 1, 1), None)
    ]
    assert r.experience_years == 22.9  # Jan 2004 to Nov 2026; the degree's years not counted


def test_employer_and_town_above_dates_title_label_below() -> None:
    text = (
        "Experience\nPricewaterhouseCoopers\nDenver, Colorado\n2003-Present\nProject Manager:\n"
        "- CRM projects\n"
    )
    assert _roles(text) == [
        ("Project Manager", "PricewaterhouseCoopers", dt.date(2003, 1, 1), None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Tel 01-02-2015",  # one day-first date, not "Jan '02 - 2015"
        "DOB: 1990-05-12",  # an ISO date, not "1990 - May 2012"
        "Phone: +91 044-2010-2019",  # digits of a phone number
        "Awarded best employee 2012\nCurrent responsibilities: testing",  # no dash lost
        "B.Sc completed 2008\nDate of birth: 12 May 1990",
        "Billing system 2011  now used by 40 clients",
    ],
)
def test_numbers_and_sentences_are_not_ranges(text: str) -> None:
    assert _roles(f"Experience\n{text}\n") == []


def test_day_first_end_makes_the_start_day_first() -> None:
    assert _roles("Experience\nEngineer, Acme  01/06/2015 - 30/04/2017\n") == [
        ("Engineer", "Acme", dt.date(2015, 6, 1), dt.date(2017, 5, 1))
    ]


def test_employer_before_town_and_state_is_kept() -> None:
    assert _roles(
        "Experience\nSenior Engineer | Google | Mountain View, CA | 2019 - Present\n"
    ) == [("Senior Engineer", "Google", dt.date(2019, 1, 1), None)]


def test_membership_since_is_not_a_role() -> None:
    text = "Experience\nIEEE Member since 2003\nEngineer, Acme  Jan 2015 - Present\n"
    assert _roles(text) == [("Engineer", "Acme", dt.date(2015, 1, 1), None)]
