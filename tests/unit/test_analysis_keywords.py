"""Keywords a user can act on: requirements, never places or the employer; Missing and Met agree."""

from __future__ import annotations

import pytest

from tracker_core.analysis import ResumeAnalysis, analyze_resume
from tracker_core.embeddings import Embedder

BOSTON = """Senior Data Engineer
Acme Analytics · Boston, MA · Hybrid

About Acme Analytics
Acme Analytics builds reporting for hospitals across New England.

Requirements:
- 5+ years of experience as a Data Engineer
- Strong SQL and Python
- Dimensional modelling (Kimball) and data warehousing
- Experience with Acme Analytics tooling and Looker
- Located in Boston, MA or Austin, TX, or willing to relocate

Nice to have:
- dbt, Snowflake
"""

RESUME = """Jane Doe
Boston, MA
Data Engineer, Fenway Health (2016 - 2024): built Kimball star schemas in Snowflake with dbt;
Python and SQL pipelines orchestrated with Airflow.
"""


@pytest.fixture(scope="module")
def boston(embedder: Embedder) -> ResumeAnalysis:
    return analyze_resume(RESUME, BOSTON, embedder=embedder)


def test_places_and_state_codes_are_never_keywords(boston: ResumeAnalysis) -> None:
    listed = {k.casefold() for k in boston.matched_keywords + boston.missing_keywords}
    assert not listed & {"ma", "tx", "boston", "austin", "new england"}


NOVATECH = """Support Engineer
NovaTech Systems · Austin, TX

About NovaTech Systems
NovaTech Systems makes billing software.

Requirements:
- NovaTech, SQL and Linux administration
- Experience supporting NovaTech Systems customers
- Must live in Austin, TX
"""


def test_the_employer_is_never_a_keyword(embedder: Embedder) -> None:
    result = analyze_resume("Support engineer, 2019-2024: SQL, Linux.", NOVATECH, embedder=embedder)
    listed = " ".join(result.matched_keywords + result.missing_keywords).casefold()
    assert "novatech" not in listed
    assert "austin" not in listed
    assert {"SQL", "Linux"} <= set(result.matched_keywords)


def test_a_requirement_shown_as_met_has_nothing_missing(boston: ResumeAnalysis) -> None:
    missing = {k.casefold() for k in boston.missing_keywords}
    assert "data warehousing" in missing
    for row in boston.explanation:
        if row.met:
            assert not {k.casefold() for k in row.keywords} & missing, row.requirement


def test_a_met_example_meets_the_other_examples(embedder: Embedder) -> None:
    posting = (
        "Data Engineer\n\nRequirements:\n- Python\n- Dimensional modelling (Kimball, Data Vault)\n"
    )
    result = analyze_resume(RESUME, posting, embedder=embedder)
    assert "Data Vault" not in result.missing_keywords
    row = next(r for r in result.explanation if "Kimball" in r.requirement)
    assert row.met


CARE_HOME = """Care Assistant

Required Skills:
- Quality control analysis
- Advanced counseling skills
- Patience and perseverance
- Demonstrated ability to work independently
- Proficiency in SQL and Oracle
"""


def test_a_short_item_is_missing_in_the_postings_words(embedder: Embedder) -> None:
    resume = "Cashier (2019 - 2024): served customers."
    result = analyze_resume(resume, CARE_HOME, embedder=embedder)
    missing = {k.casefold() for k in result.missing_keywords}
    assert {
        "quality control analysis",
        "counseling skills",
        "patience and perseverance",
        "ability to work independently",
    } <= missing
    assert not missing & {"quality control", "patience", "advanced counseling skills"}
    assert {"sql", "oracle"} <= missing  # two named products stay two keywords


SYSADMIN = """Systems Administrator

Required Skills:
- Networking: Workflow proficiency includes TCP/IP networking skills and direct LAN/WAN work.
- Strong communication skills: Must be effective in delivering and receiving information.
- Languages: Python, Go, Rust
"""


def test_a_described_skill_is_missing_once_by_its_name(embedder: Embedder) -> None:
    resume = "Cashier (2019 - 2024): served customers."
    result = analyze_resume(resume, SYSADMIN, embedder=embedder)
    missing = {k.casefold() for k in result.missing_keywords}
    assert {"networking", "communication skills", "python", "go"} <= missing
    assert not missing & {"tcp/ip networking", "lan/wan", "strong communication skills"}


def test_a_long_ask_is_explained_but_not_listed_as_a_keyword(embedder: Embedder) -> None:
    posting = (
        "Operations Analyst\n\nRequired Skills:\n"
        "- Talent to release and distribute products\n- Excel\n"
    )
    result = analyze_resume("Cashier (2019 - 2024).", posting, embedder=embedder)
    assert result.missing_keywords == ["Excel"]
    row = next(r for r in result.explanation if r.requirement.startswith("Talent"))
    assert not row.met


def test_a_skill_said_in_other_words_is_met_word_by_word(embedder: Embedder) -> None:
    posting = "Ward Nurse\n\nRequired Skills:\n- Teamwork and collaboration skills\n- Perl\n"
    said = "Nurse (2019 - 2024)\nCollaborated closely with a team of five nurses on every shift."
    unsaid = "Nurse (2019 - 2024)\nCounted the cash drawer at the end of every shift."
    met = analyze_resume(said, posting, embedder=embedder)
    unmet = analyze_resume(unsaid, posting, embedder=embedder)
    assert "Teamwork and collaboration skills" in met.matched_keywords
    assert "Teamwork and collaboration skills" in unmet.missing_keywords
    assert "Perl" in met.missing_keywords  # a name is met by its name only


def test_a_product_is_named_without_the_kind_of_thing_it_is(embedder: Embedder) -> None:
    posting = (
        "Java Developer\n\nRequired Skills:\n- Experience with the Spring framework\n"
        "- Familiar with Agile methodologies\n- Knowledge of design frameworks\n"
        "- Expertise in C++ programming language\n"
    )
    result = analyze_resume("Cashier (2019 - 2024).", posting, embedder=embedder)
    missing = {k.casefold() for k in result.missing_keywords}
    assert {"spring", "agile", "c++"} <= missing
    assert not missing & {"spring framework", "agile methodologies", "design"}


def test_knowledge_of_and_ability_to_stay_with_the_skill_they_name(embedder: Embedder) -> None:
    posting = (
        "Construction Helper\n\nRequired Skills:\n"
        "- Solid knowledge of lean manufacturing\n- Ability to read blueprints\n"
        "- Proficiency in welding\n\nResponsibilities:\n- Apply lean manufacturing daily.\n"
    )
    result = analyze_resume("Cashier (2019 - 2024).", posting, embedder=embedder)
    missing = [k.casefold() for k in result.missing_keywords]
    assert "knowledge of lean manufacturing" in missing
    assert "ability to read blueprints" in missing
    assert "welding" in missing  # praise and proficiency still go
    assert "lean manufacturing" not in missing  # the same skill is listed once


def test_skills_named_before_what_they_are_for_are_listed(embedder: Embedder) -> None:
    posting = (
        "Elementary School Teacher\n\nRequired Skills:\n"
        "- Adequate communication skills to efficiently deliver curriculums and maintain "
        "parent-teacher relationships.\n"
        "- Utilize brilliant problem-solving skills to quickly tackle student affairs.\n"
        "- Strong analytical skills with a knack for planning.\n"
    )
    result = analyze_resume("Cashier (2019 - 2024).", posting, embedder=embedder)
    missing = {k.casefold() for k in result.missing_keywords}
    assert {"communication skills", "problem-solving skills", "analytical skills"} <= missing


def test_time_in_a_role_and_details_of_a_long_lead_in_are_not_keywords(
    embedder: Embedder,
) -> None:
    posting = (
        "Stonemason\n\nRequired Skills:\n"
        "- Ability to design and conduct experiments: Execute test scenarios for prototypes "
        "and finalized works.\n"
        "- Patience and perseverance\n\nRequired Experience:\n"
        "- Previous job executing roles in Physics:1 year\n"
    )
    result = analyze_resume("Cashier (2019 - 2024).", posting, embedder=embedder)
    missing = {k.casefold() for k in result.missing_keywords}
    assert "patience and perseverance" in missing
    assert not missing & {"test scenarios", "prototypes", "job executing roles in physics"}


def test_a_name_is_listed_without_the_kind_of_thing_it_is(embedder: Embedder) -> None:
    posting = (
        "Guidewire Developer\n\nRequired Skills:\n"
        "- Understanding of BillingCenter functionalities\n"
        "- Proficient understanding of the User Experience paradigm\n"
        "- Experience in Human-Computer Interaction approach\n"
        "- Familiar with a cloud platform\n"
    )
    result = analyze_resume("Cashier (2019 - 2024).", posting, embedder=embedder)
    missing = {k.casefold() for k in result.missing_keywords}
    assert {"billingcenter", "user experience", "human-computer interaction"} <= missing
    assert "cloud" not in missing  # a plain word keeps what it is: "A cloud platform"


def test_a_description_with_a_list_in_it_is_still_a_description(embedder: Embedder) -> None:
    posting = (
        "Machine Operator\n\nRequired Skills:\n"
        "- Broad Technical Knowledge: Deep understanding of equipment operations, manuals, "
        "and safety procedures.\n"
        "- Languages: Python, Go, Rust\n"
    )
    result = analyze_resume("Cashier (2019 - 2024).", posting, embedder=embedder)
    missing = {k.casefold() for k in result.missing_keywords}
    assert {"broad technical knowledge", "python", "go", "rust"} <= missing
    assert not missing & {"manuals", "safety procedures"}


def test_a_letter_glued_to_a_word_is_no_language(embedder: Embedder) -> None:
    posting = (
        "Sales Engineer\n\nRequired Skills:\n"
        "- Extensive presentation skills to C-Level executives\n"
        "- Experience in the fields of Security and R&D\n- Programming in C and R\n"
    )
    result = analyze_resume("Cashier (2019 - 2024).", posting, embedder=embedder)
    missing = result.missing_keywords
    assert "Presentation skills" in missing
    assert missing.count("C") == 1 and missing.count("R") == 1  # asked for as languages
    row = next(r for r in result.explanation if r.requirement.startswith("Extensive"))
    assert "C" not in row.keywords


def test_an_acronym_spelled_out_is_the_keyword_and_met_by_its_long_form(
    embedder: Embedder,
) -> None:
    posting = (
        "HPC Engineer\n\nRequired Skills:\n- Mastery in Load Sharing Facility (LSF)\n"
        "- Proficient in product lifecycle management (PLM) methodology\n"
    )
    unmet = analyze_resume("Cashier (2019 - 2024).", posting, embedder=embedder)
    assert {"LSF", "PLM"} <= set(unmet.missing_keywords)
    assert not {"Facility", "Product lifecycle"} & set(unmet.missing_keywords)
    said = "HPC Engineer (2019 - 2024)\n- Scheduled cluster jobs with Load Sharing Facility."
    met = analyze_resume(said, posting, embedder=embedder)
    assert "LSF" not in met.missing_keywords


def test_a_place_inside_a_keyword_is_left_out_of_it(embedder: Embedder) -> None:
    posting = (
        "Registered Nurse\n\nRequirements:\n- Active Oregon RN license\n"
        "- Texas Teaching Certificate\n- BLS certification\n"
    )
    resume = "Registered Nurse, Salem Health, Oregon (2019 - 2024)\n- Active RN license, BLS."
    for text in (resume, "Cashier (2019 - 2024)."):
        result = analyze_resume(text, posting, embedder=embedder)
        keywords = result.matched_keywords + result.missing_keywords
        assert not [k for k in keywords if "Oregon" in k or "Texas" in k]
        assert "Active RN license" in keywords
    met = analyze_resume(resume, posting, embedder=embedder)
    assert "Active RN license" in met.matched_keywords


def test_a_certificate_named_with_its_place_stays_a_credential(embedder: Embedder) -> None:
    # "Texas Teaching Certificate" asks for a teaching licence, not the skill "Teaching" that
    # every teacher's resume names; the place is left out as for "Active Oregon RN license".
    posting = (
        "Elementary Teacher\n\nRequirements:\n- Texas Teaching Certificate required\n"
        "- BLS certification\n"
    )
    unmet = analyze_resume("Teaching assistant (2019 - 2024).", posting, embedder=embedder)
    assert "Teaching Certificate" in unmet.missing_keywords
    assert "Teaching" not in unmet.matched_keywords + unmet.missing_keywords
    assert "BLS" in unmet.missing_keywords  # a skill's certification still names the skill
    said = "Teacher, Austin ISD (2019 - 2024)\n- Texas Teaching Certificate (EC-6), BLS."
    met = analyze_resume(said, posting, embedder=embedder)
    assert "Teaching Certificate" in met.matched_keywords


def test_how_much_a_skill_matters_is_not_part_of_its_name(embedder: Embedder) -> None:
    posting = (
        "Magento Developer\n\nRequired Skills:\n- Working experience with Gradle is crucial\n"
        "- Familiarity with data load processes is an added value\n"
    )
    result = analyze_resume("Cashier (2019 - 2024).", posting, embedder=embedder)
    assert {"Gradle", "Data load processes"} <= set(result.missing_keywords)


def test_a_skill_named_by_its_kind_is_met_by_the_skill(embedder: Embedder) -> None:
    posting = "Clinic Lead\n\nRequired Skills:\n- Leadership Skills\n- Research Skills\n- Perl\n"
    resume = "Clinic Lead (2019 - 2024)\n- Strong Leadership and Organizational skills"
    result = analyze_resume(resume, posting, embedder=embedder)
    assert "Leadership Skills" in result.matched_keywords
    assert "Leadership Skills" not in result.missing_keywords
    assert {"Research Skills", "Perl"} <= set(result.missing_keywords)


def test_an_acronym_spelled_out_after_it_is_one_keyword(embedder: Embedder) -> None:
    posting = (
        ".NET Developer\n\nRequired Skills:\n"
        "- Mastery of WPF (Windows Presentation Foundation), a critical capability\n"
        "- Knowledge in MVC (Model View Controller)\n"
    )
    unmet = analyze_resume("Cashier (2019 - 2024).", posting, embedder=embedder)
    assert {"WPF", "MVC"} <= set(unmet.missing_keywords)
    listed = " ".join(unmet.missing_keywords)
    assert "Foundation" not in listed and "Controller" not in listed
    said = ".NET Developer (2019 - 2024)\n- Built apps with Windows Presentation Foundation."
    met = analyze_resume(said, posting, embedder=embedder)
    assert "WPF" not in met.missing_keywords


def test_a_job_is_no_skill_to_list(embedder: Embedder) -> None:
    posting = (
        "Housekeeping Lead\n\nRequired Skills:\n- Certified Nursing Assistant\n"
        "- Flight Level 5 Assurance Consultant\n\nRequired Experience:\n"
        "- 1 Year as a – First-Line Supervisors of housekeeping and Janitorial Workers\n"
        "- 1-year as market research analyst and marketing specialist\n"
        "- Minimum 3 years' experience as a 16-05885 - OpenGL/C++ Developer\n"
    )
    result = analyze_resume("Cashier (2019 - 2024).", posting, embedder=embedder)
    listed = " ".join(result.missing_keywords + result.matched_keywords).casefold()
    for job in ("workers", "consultant", "market research"):
        assert job not in listed
    assert {"OpenGL", "C++", "Certified Nursing Assistant"} <= set(result.missing_keywords)


def test_praise_of_any_kind_is_not_part_of_the_skill(embedder: Embedder) -> None:
    posting = (
        "Codec Engineer\n\nRequired Skills:\n- Notable Instructional Skills\n"
        "- Commendable Communicative capabilities\n- Conceivable problem-solving skills\n"
        "- Distinguished physical strength and stamina\n- Mastery level skills in DCT/DWT.\n"
        "- High level of Computer Literacy\n"
    )
    result = analyze_resume("Cashier (2019 - 2024).", posting, embedder=embedder)
    assert set(result.missing_keywords) == {
        "Instructional Skills",
        "Communicative capabilities",
        "Problem-solving skills",
        "Physical strength and stamina",
        "DCT/DWT",
        "Computer Literacy",
    }


def test_the_label_of_a_list_is_no_keyword(embedder: Embedder) -> None:
    posting = (
        "Backend Developer\n\nRequired Skills:\n- Languages: Python, Go\n"
        "- Tools and frameworks: Docker, Kubernetes\n- Technical skills: SQL\n"
        "- Strong communication skills: Must be effective in delivering information.\n"
    )
    result = analyze_resume("Cashier (2019 - 2024).", posting, embedder=embedder)
    missing = {k.casefold() for k in result.missing_keywords}
    assert {"python", "go", "docker", "kubernetes", "sql", "communication skills"} <= missing
    assert not missing & {"languages", "tools and frameworks", "technical skills"}


def test_one_skill_in_two_forms_is_matched_or_missing_never_both(embedder: Embedder) -> None:
    posting = (
        "Database Administrator\n\nRequired Skills:\n"
        "- Successfully implemented SQL Server Database Technologies.\n\n"
        "Responsibilities:\n- Effectively manage the database technology and related processes.\n"
    )
    resume = (
        "Database Administrator (2019 - 2024)\n"
        "- Advanced knowledge in SQL Server Reporting Services (SSRS).\n"
        "- Managed SQL Server databases for a clinic."
    )
    result = analyze_resume(resume, posting, embedder=embedder)
    assert "Database Technologies" in result.missing_keywords
    assert "Database technology" not in result.matched_keywords
    for row in result.explanation:
        if row.met:
            assert not any("database tech" in k.casefold() for k in row.keywords), row.requirement


def test_an_industry_is_named_by_its_field(embedder: Embedder) -> None:
    posting = (
        "Account Manager\n\nRequired Skills:\n- Understanding of the automotive industry\n"
        "- Experience in the healthcare sector\n"
    )
    unmet = analyze_resume("Cashier (2019 - 2024).", posting, embedder=embedder)
    assert {"Automotive", "Healthcare"} <= set(unmet.missing_keywords)
    said = "Account Manager (2019 - 2024)\n- Sold parts to automotive and healthcare clients."
    met = analyze_resume(said, posting, embedder=embedder)
    assert not {"Automotive", "Healthcare"} & set(met.missing_keywords)


def test_a_pair_of_qualities_is_one_keyword(embedder: Embedder) -> None:
    posting = (
        "Medical Assistant\n\nRequired Skills:\n- Flexibility and Adaptability\n"
        "- High Empathy and Compassion in dealing with patients\n"
        "- Experience in partner relations and evangelism\n- Proficiency in SQL and Oracle\n"
    )
    result = analyze_resume("Cashier (2019 - 2024).", posting, embedder=embedder)
    missing = set(result.missing_keywords)
    assert {"Flexibility and Adaptability", "Empathy and Compassion"} <= missing
    assert not missing & {"Adaptability", "Empathy", "Relations and evangelism"}
    assert {"SQL", "Oracle"} <= missing  # two products stay two keywords


def test_a_list_after_a_lead_in_line_belongs_to_the_heading(embedder: Embedder) -> None:
    posting = (
        "Animal Trainer\n\n## Required Skills\nThe prospective employee should demonstrate:\n\n"
        "- Proficiency in welding\n- Basic Veterinary Skills to deliver immediate care\n"
    )
    result = analyze_resume("Cashier (2019 - 2024).", posting, embedder=embedder)
    assert {"Welding", "Basic Veterinary Skills"} <= set(result.missing_keywords)
    rows = [r for r in result.explanation if r.keywords]
    assert rows and all(r.kind == "required" and r.weight == 1.0 for r in rows)


def test_what_a_product_is_or_is_for_is_not_listed_on_its_own(embedder: Embedder) -> None:
    posting = (
        "ETL Developer\n\nRequired Skills:\n"
        "- Proficiency with Informatica, an industry-leading data integration software\n"
        "- Working knowledge with CSS for front-end tweaks\n"
    )
    result = analyze_resume("Cashier (2019 - 2024).", posting, embedder=embedder)
    assert {"Informatica", "CSS"} <= set(result.missing_keywords)
    assert not {"Data integration", "Front-end"} & set(result.missing_keywords)


def test_a_clause_about_a_product_ends_with_its_sentence(embedder: Embedder) -> None:
    posting = (
        "Installer\n\nRequired Skills:\n"
        "- Communicating is key. Problem-solving abilities are crucial for project deadlines. "
        "The candidate should know sales strategies to suggest product alternatives.\n"
    )
    result = analyze_resume("Cashier (2019 - 2024).", posting, embedder=embedder)
    assert "Sales strategies" in result.missing_keywords


def test_soft_skills_asked_in_a_sentence_are_keywords(embedder: Embedder) -> None:
    posting = (
        "Installer\n\nRequired Skills:\n"
        "- We require candidates with strong interpersonal skills that can manage clients.\n"
        "- Illuminated attention to detail in every work sequence.\n"
        "- Excellent verbal & written communication skills.\n"
        "- Maintain communication with the leadership team.\n"
    )
    result = analyze_resume("Cashier (2019 - 2024).", posting, embedder=embedder)
    missing = set(result.missing_keywords)
    assert {"Interpersonal skills", "Attention to detail"} <= missing
    assert "Verbal & written communication skills" in missing  # named as the posting names it
    assert not {"Communication skills", "Communication", "Leadership"} & missing


def test_a_list_label_is_no_keyword_even_when_its_items_are_unknown(embedder: Embedder) -> None:
    posting = "Electrician\n\nRequirements:\n- Tools: Fluke meters, Milwaukee power tools\n"
    result = analyze_resume("Cashier (2019 - 2024).", posting, embedder=embedder)
    assert "Tools" not in result.missing_keywords
    assert {"Fluke meters", "Milwaukee power tools"} <= set(result.missing_keywords)


def test_an_acronym_ending_like_a_plural_is_met_by_its_long_form(embedder: Embedder) -> None:
    posting = "Cloud Engineer\n\nRequired Skills:\n- Infrastructure as a Service (IaaS)\n"
    said = "Cloud Engineer (2019 - 2024)\n- Ran Infrastructure as a Service for a bank."
    result = analyze_resume(said, posting, embedder=embedder)
    assert "IaaS" not in result.missing_keywords


def test_a_common_word_inside_a_capitalised_name_is_the_name(embedder: Embedder) -> None:
    posting = (
        "Business Analyst\n\nRequired Skills:\n"
        "- Knowledge of Process Mapping and software development.\n"
        "- Solid Experience with Security Administration\n"
        "- High Empathy and Compassion in dealing with patients\n"
    )
    result = analyze_resume("Cashier (2019 - 2024).", posting, embedder=embedder)
    missing = set(result.missing_keywords)
    assert {"Process Mapping", "Security Administration", "Empathy and Compassion"} <= missing
    assert not missing & {"Mapping", "Administration", "High Empathy"}


def test_a_describing_word_keeps_the_noun_after_it(embedder: Embedder) -> None:
    posting = "Mechanic\n\nRequired Skills:\n- Mechanical Knowledge\n- Telemetry experience\n"
    result = analyze_resume("Cashier (2019 - 2024).", posting, embedder=embedder)
    assert {"Mechanical Knowledge", "Telemetry"} <= set(result.missing_keywords)
    assert "Mechanical" not in result.missing_keywords


def test_a_word_hyphenated_to_the_next_is_no_keyword_alone(embedder: Embedder) -> None:
    posting = (
        "Cutter\n\nRequired Skills:\n"
        "- Physical abilities would include Manual Dexterity and Arm-Hand Steadiness\n"
        "- Master-level expertise in C# and ASP.Net\n"
    )
    result = analyze_resume("Cashier (2019 - 2024).", posting, embedder=embedder)
    assert not {"Arm", "Master"} & set(result.missing_keywords)
    assert "C#" in result.missing_keywords


def test_a_wrapped_line_continues_the_item_above(embedder: Embedder) -> None:
    posting = (
        "Fleet Supervisor\n\nRequired Skills:\n"
        "- Experience of handling unforeseen events or Emergency handling.\ninstance.\n"
        "- Welding\n"
    )
    result = analyze_resume("Cashier (2019 - 2024).", posting, embedder=embedder)
    assert "Instance" not in result.missing_keywords
    assert "Welding" in result.missing_keywords


def test_a_skill_asked_twice_with_and_without_skills_is_listed_once(embedder: Embedder) -> None:
    posting = (
        "Forklift Operator\n\nRequired Skills:\n"
        "- Active listening skills\n- Welding\n- Active listening\n"
    )
    result = analyze_resume("Cashier (2019 - 2024).", posting, embedder=embedder)
    forms = [k for k in result.missing_keywords if k.casefold().startswith("active listening")]
    assert forms == ["Active listening"]


def test_a_product_and_its_other_name_are_one_keyword(embedder: Embedder) -> None:
    posting = (
        "Java Developer\n\nRequired Skills:\n"
        "- Experience in using SVN (Apache Subversion)\n- Expert grasp of Pentesting\n"
    )
    result = analyze_resume("Cashier (2019 - 2024).", posting, embedder=embedder)
    assert {"SVN", "Penetration Testing"} <= set(result.missing_keywords)
    assert not {"Apache", "Subversion", "Pentesting"} & set(result.missing_keywords)
    tester = analyze_resume(
        "Ran penetration testing of web apps (2019 - 2024).", posting, embedder=embedder
    )
    assert "Penetration Testing" in tester.matched_keywords


def test_a_skill_named_with_a_verb_and_an_adverb_is_the_skill(embedder: Embedder) -> None:
    posting = "Nurse\n\nRequired Skills:\n- Applies Multitasking Abilities efficiently\n- Welding\n"
    result = analyze_resume("Cashier (2019 - 2024).", posting, embedder=embedder)
    assert "Multitasking Abilities" in result.missing_keywords
    assert not any("efficiently" in k for k in result.missing_keywords)


def test_words_that_only_say_a_kind_of_thing_are_no_missing_keyword(embedder: Embedder) -> None:
    posting = (
        "Systems Engineer\n\nRequired Skills:\n"
        "- Handle configurations and installations\n- Knowledge of protocols\n"
        "- Network security\n"
    )
    result = analyze_resume("Cashier (2019 - 2024).", posting, embedder=embedder)
    missing = {k.casefold() for k in result.missing_keywords}
    assert "network security" in missing
    assert not {"configurations and installations", "protocols", "knowledge of protocols"} & missing


def test_terms_of_the_job_are_no_missing_skill(embedder: Embedder) -> None:
    posting = "QA Engineer\n\nRequired Skills:\n* Full Time commitment\n* Selenium\n"
    result = analyze_resume("Cashier (2019 - 2024).", posting, embedder=embedder)
    assert "Selenium" in result.missing_keywords
    assert not any("time" in k.casefold() for k in result.missing_keywords)


def test_a_skill_is_not_met_by_another_skill_only_because_both_say_skills(
    embedder: Embedder,
) -> None:
    posting = (
        "Lecturer\n\nRequired Skills:\n- Laboratory skills\n- Teamwork and Communication Skills\n"
    )
    resume = (
        "Lecturer (2014 - 2024)\n\nSkills\n- Project management skills\n"
        "- Leadership and Coaching Skills\n"
    )
    result = analyze_resume(resume, posting, embedder=embedder)
    assert {"Laboratory skills", "Teamwork and Communication Skills"} <= set(
        result.missing_keywords
    )
