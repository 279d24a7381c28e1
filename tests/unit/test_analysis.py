"""Offline analysis: score range, determinism, ordering, years, length, evidence."""

from __future__ import annotations

import pytest

from tracker_core.analysis import analyze_resume
from tracker_core.embeddings import Embedder

JD = """Senior Backend Engineer

Requirements:
- 5+ years of experience as a Backend Engineer
- Python and PostgreSQL
- Docker and Kubernetes

Nice to have:
- Apache Kafka
"""

GOOD = """Jane Doe
Experience
Backend Engineer, Acme (2016 - 2023): built Python services on PostgreSQL.
Deployed everything with Docker on Kubernetes; streamed events through Kafka.
"""

WEAK = """Jane Doe
Experience
Backend Engineer, Acme (2021 - 2023): built Python services.
"""


@pytest.fixture(scope="module")
def good(embedder: Embedder):  # type: ignore[no-untyped-def]
    return analyze_resume(GOOD, JD, embedder=embedder)


@pytest.fixture(scope="module")
def weak(embedder: Embedder):  # type: ignore[no-untyped-def]
    return analyze_resume(WEAK, JD, embedder=embedder)


def test_offline_by_default(good) -> None:  # type: ignore[no-untyped-def]
    assert good.engine == "offline"
    assert good.note is None
    assert good.tokens_used is None


def test_relevance_in_range_and_better_resume_wins(good, weak) -> None:  # type: ignore[no-untyped-def]
    assert 0 <= weak.relevance < good.relevance <= 10


def test_same_inputs_same_result(embedder: Embedder, weak) -> None:  # type: ignore[no-untyped-def]
    assert analyze_resume(WEAK, JD, embedder=embedder) == weak


def test_missing_required_before_preferred(weak) -> None:  # type: ignore[no-untyped-def]
    missing = weak.missing_keywords
    assert {"PostgreSQL", "Docker", "Kubernetes", "Apache Kafka"} <= set(missing)
    assert missing.index("Kubernetes") < missing.index("Apache Kafka")
    assert "Python" in weak.matched_keywords


def test_years_compared(weak) -> None:  # type: ignore[no-untyped-def]
    assert weak.years_required == 5
    check = weak.years_checks[0]
    assert check.found == pytest.approx(2.0)
    assert not check.met
    assert any("5 years" in r for r in weak.recommendations)


def test_explanation_quotes_the_resume(good) -> None:  # type: ignore[no-untyped-def]
    evidence = [e.evidence for e in good.explanation if e.met and e.evidence]
    assert evidence
    assert all(line in GOOD for line in evidence)
    assert all(e.weight > 0 for e in good.explanation)


def test_length_alone_does_not_raise_the_score(embedder: Embedder, weak) -> None:  # type: ignore[no-untyped-def]
    padded = WEAK + "\nHobbies\n" + "I enjoy hiking, cooking and reading novels.\n" * 40
    assert analyze_resume(padded, JD, embedder=embedder).relevance <= weak.relevance + 0.05


def test_explicit_offline_engine_ignores_openai_settings(
    embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-should-not-be-used")
    result = analyze_resume(WEAK, JD, engine="offline", embedder=embedder)
    assert result.engine == "offline"


def test_openai_without_settings_falls_back_with_note(embedder: Embedder) -> None:
    result = analyze_resume(WEAK, JD, engine="openai", embedder=embedder)
    assert result.engine == "offline"
    assert result.note and "OPENAI_API_KEY" in result.note


def test_unknown_engine_is_refused() -> None:
    with pytest.raises(ValueError, match="Unknown engine"):
        analyze_resume(WEAK, JD, engine="magic")


def test_role_title_above_the_dates_counts(embedder: Embedder) -> None:
    resume = (
        "Experience\nCompany: Acme\nRole: Backend Engineer\nExperience: 2016 - 2023\n\n"
        "Company: Shop\nRole: Cashier\nExperience: 2014 - 2016\n"
    )
    result = analyze_resume(resume, JD, embedder=embedder)
    check = next(c for c in result.years_checks if c.required == 5)
    assert check.found == 7.0
    assert check.met


def test_one_years_shortfall_costs_the_same_however_many_checks() -> None:
    from tracker_core.analysis.models import YearsCheck
    from tracker_core.analysis.years import years_score

    short = YearsCheck(requirement="4 years", required=4, found=2, met=False)
    met = YearsCheck(requirement="1 year", required=1, found=3, met=True)
    assert years_score([short]) == years_score([short, met, met, met]) == 0.5


def test_one_word_of_two_is_not_evidence(embedder: Embedder) -> None:
    from tracker_core.analysis.evidence import build_index, overlap

    index = build_index("Built data pipelines in Python.\nLed compliance audits.", embedder)
    assert overlap("Data migration", index) is None
    assert overlap("Compliance audit reports", index) is not None


def test_years_in_an_unrelated_field_never_create_a_fit() -> None:
    nurse = (
        "Jordan Smith, RN\nRegistered Nurse, St. Mary's Hospital, 2012-2025\n"
        "- ICU nurse; ventilator management; medication administration.\n"
    )
    posting = (
        "Senior Frontend Engineer\nRequirements:\n- 5+ years of experience with JavaScript "
        "and TypeScript\n- Deep knowledge of React\n"
    )
    result = analyze_resume(nurse, posting, engine="offline")
    assert result.matched_keywords == []
    assert result.relevance == 0


def test_label_lines_about_the_job_are_not_requirements() -> None:
    posting = (
        "Frontend Engineer\nRequirements:\n- Deep knowledge of React\n"
        "- Salary: $140k-$170k a year\n- Location: Berlin\n"
    )
    result = analyze_resume("Built apps in React for five years.", posting, engine="offline")
    assert result.matched_keywords == ["React"]
    assert result.missing_keywords == []


def test_one_of_the_alternatives_a_posting_offers_is_enough() -> None:
    posting = (
        "QA Engineer\nRequirements:\n- Testing with Jest or Cypress\n- Deep knowledge of React\n"
    )
    resume = "Wrote unit tests with Jest for React apps, 2019-2025."
    result = analyze_resume(resume, posting, engine="offline")
    assert "Cypress" not in result.missing_keywords
    assert "Cypress" not in result.matched_keywords  # met through Jest, not claimed
    without = analyze_resume("Wrote React apps, 2019-2025.", posting, engine="offline")
    assert {"Jest", "Cypress"} <= set(without.missing_keywords)


def test_alternatives_do_not_excuse_a_skill_asked_for_on_its_own() -> None:
    posting = (
        "QA Engineer\nRequirements:\n- Testing with Jest or Cypress\n- Strong Cypress skills\n"
    )
    result = analyze_resume("Wrote unit tests with Jest, 2019-2025.", posting, engine="offline")
    assert "Cypress" in result.missing_keywords


DATA_JD = """Senior Data Engineer
Requirements:
- Python and SQL
- Building data pipelines
- Workflow orchestration (Airflow)
- SQL and NoSQL databases (e.g. MongoDB)
- Apache Hadoop
"""


def test_time_in_the_postings_role_counts_and_is_explained() -> None:
    skills = "Skills: Python, SQL, Airflow, MongoDB, Hadoop; built batch pipelines.\n"
    held = analyze_resume(f"Data Engineer, Acme (2019 - 2024)\n{skills}", DATA_JD, engine="offline")
    other = analyze_resume(f"Cashier, Shop (2019 - 2024)\n{skills}", DATA_JD, engine="offline")
    assert held.relevance > other.relevance
    role = held.explanation[0]
    assert role.requirement.startswith("Experience as Data Engineer") and role.met
    assert role.evidence == "Data Engineer, Acme (2019 - 2024)"
    assert not other.explanation[0].met
    assert "none of the dated roles" in other.recommendations[0]


def test_each_role_of_a_two_role_years_line_is_checked() -> None:
    posting = (
        "Restaurant Cook and Driver\nRequired Experience\n"
        "At least 1 year as a Restaurant Cook and 5 years as a Driver in a delivery service.\n"
    )
    resume = "Experience\nDriver, FastFood Deliveries (2012 - 2018)\n- Delivered orders\n"
    checks = {c.required: c for c in analyze_resume(resume, posting).years_checks}
    assert set(checks) == {1, 5}
    assert checks[5].met and not checks[1].met


def test_an_example_shown_meets_the_skill_it_illustrates_only() -> None:
    resume = (
        "Data Engineer (2019 - 2024)\n- Orchestrated jobs with Airflow; stored events in MongoDB."
    )
    result = analyze_resume(resume, DATA_JD, engine="offline")
    assert {"Workflow orchestration", "Airflow", "NoSQL databases"} <= set(result.matched_keywords)
    assert "SQL" in result.missing_keywords  # MongoDB is an example of NoSQL, not of SQL


def test_a_phrase_is_met_by_its_thing_and_qualifiers_said_elsewhere() -> None:
    resume = (
        "Data Engineer, Acme (2019 - 2024)\n- Built batch pipelines in Python.\n"
        "Skills: SQL, Hadoop\n"
    )
    result = analyze_resume(resume, DATA_JD, engine="offline")
    assert "Data pipelines" in result.matched_keywords
    assert "Apache Hadoop" in result.matched_keywords  # the vendor name is optional
    cashier = analyze_resume("Cashier (2019 - 2024)\n- Ran the till.", DATA_JD, engine="offline")
    assert "Data pipelines" in cashier.missing_keywords


def test_word_forms_meet(embedder: Embedder) -> None:
    from tracker_core.analysis.evidence import build_index, overlap

    index = build_index("Orchestrated nightly workflows in Airflow.", embedder)
    assert overlap("Workflow orchestration", index) is not None


def test_a_title_under_the_dates_names_the_role() -> None:
    resume = (
        "Acme Corp                          Jan 2020 – Present\nData Engineer\n"
        "• Built pipelines in Python and SQL\n"
        "Foo Bank                           2017 – 2019\nAnalyst\n• Reports\n"
    )
    posting = "Data Engineer\nRequirements:\n- 3+ years of experience as a Data Engineer\n"
    result = analyze_resume(resume, posting, engine="offline")
    assert result.years_checks[0].met
    assert result.explanation[0].met
    assert result.explanation[0].evidence == (
        "Acme Corp                          Jan 2020 – Present · Data Engineer"
    )


UNKNOWN_NAMES_JD = (
    "Monitoring Engineer\nRequirements:\n"
    "- In-depth experience with Solarwinds/Orion, AppDynamics for APM\n"
    "- Strong technical understanding and working knowledge of A+, N+, MCSA, CDIA\n"
    "- Good familiarity with GREY BOX TESTING strategies.\n"
)


def test_unknown_products_and_acronyms_listed_beside_skills_are_keywords() -> None:
    resume = "Monitoring Engineer (2018 - 2024)\n- Ran Solarwinds Orion and APM dashboards. A+, N+."
    result = analyze_resume(resume, UNKNOWN_NAMES_JD, engine="offline")
    assert {"AppDynamics", "MCSA", "CDIA", "GREY BOX TESTING"} <= set(result.missing_keywords)
    assert "Orion" in result.matched_keywords
    full = resume + "\n- AppDynamics, MCSA and CDIA certified; grey box testing."
    met = analyze_resume(full, UNKNOWN_NAMES_JD, engine="offline")
    assert not {"AppDynamics", "MCSA", "CDIA", "GREY BOX TESTING"} & set(met.missing_keywords)


def test_role_phrases_and_bullet_debris_are_not_keywords() -> None:
    posting = (
        "Stonemason\nRequirements:\n- Proven experience as a Stonemason: 2 years\n"
        "- Intrusion Detection Systems/Intrusion Prevention Systems (IDS/IPS)\n"
        "-óCapability to assess student performance\n"
    )
    result = analyze_resume("Baker (2019 - 2024)\n- Baked bread.", posting, engine="offline")
    keywords = result.missing_keywords + result.matched_keywords
    assert not any(" as a " in k for k in keywords)
    assert "Systems" not in keywords
    assert "Capability to assess student performance" in keywords  # no "-ó" before it


def test_a_versioned_name_keeps_its_version_and_is_met_by_the_plain_name() -> None:
    posting = "Web Developer\nRequirements:\n- Proficiency in HTML5, CSS3\n"
    without = analyze_resume("Cook (2019 - 2024)\n- Cooked.", posting, engine="offline")
    assert {"HTML5", "CSS3"} <= set(without.missing_keywords)
    plain = analyze_resume("Web developer (2019 - 2024): HTML and CSS.", posting, engine="offline")
    assert {"HTML5", "CSS3"} <= set(plain.matched_keywords)


def test_a_named_product_is_met_only_when_named() -> None:
    posting = "Backend Developer\nRequirements:\n- PostgreSQL\n- Customer service skills\n"
    resume = "Backend Developer (2019 - 2024)\nSkills:\n- MySQL\n- Customer service\n"
    result = analyze_resume(resume, posting, engine="offline")
    assert "PostgreSQL" in result.missing_keywords
    assert "Customer service skills" in result.matched_keywords
    postgres = next(r for r in result.explanation if r.keywords == ["PostgreSQL"])
    assert 0 < postgres.score < 0.5  # a close product still earns part of the credit


def test_another_kind_of_engineer_is_not_the_postings_role() -> None:
    posting = "Data Engineer\nRequirements:\n- 3+ years of experience as a Data Engineer\n"
    frontend = "Loop Commerce (2018 - 2024)\nFrontend Engineer\n- Built React apps.\n"
    result = analyze_resume(frontend, posting, engine="offline")
    assert not result.explanation[0].met
    assert result.years_checks[0].found == 0
    backend = "Loop Commerce (2018 - 2024)\nSenior Data Engineer\n- Built pipelines.\n"
    assert analyze_resume(backend, posting, engine="offline").explanation[0].met


def test_the_title_and_company_lines_at_the_top_are_not_requirements() -> None:
    posting = (
        "Critical Care Staff Nurse (Band 6)\nLeeds Teaching Hospitals NHS Trust · Leeds\n\n"
        "We are looking for an experienced nurse for our ICU.\n\nEssential\n- NMC registration\n"
    )
    result = analyze_resume("Nurse (2016 - 2024)\n- NMC registered.", posting, engine="offline")
    asked = {k for r in result.explanation for k in r.keywords}
    assert "NMC" in asked and "Hospitals" not in asked


def test_mentorship_is_met_by_mentoring() -> None:
    posting = "Nurse\nDesirable:\n- Mentorship qualification\n"
    result = analyze_resume("- Mentor newly qualified nurses.", posting, engine="offline")
    assert "Mentorship" not in result.missing_keywords


def test_one_common_word_of_a_longer_term_is_not_a_missing_keyword() -> None:
    posting = (
        "Backend Engineer\nRequirements:\n- Understanding of HTTP protocols\n"
        "- Expertise in Python and software design methodology\n"
        "- Experience with java programming\n- Linux operating system experience\n"
    )
    result = analyze_resume("Wrote Go services for five years.", posting, engine="offline")
    assert {"HTTP", "Python", "Java", "Linux"} <= set(result.missing_keywords)
    assert "Protocols" not in result.missing_keywords
    assert "Operating system" not in result.missing_keywords
    assert "Methodology" not in result.missing_keywords


def test_words_of_a_job_title_are_not_missing_keywords() -> None:
    posting = (
        "Engineer\nRequirements:\n- 3 years of experience as a Front End Developer\n"
        "- 2 years as a Software Development Engineer - SEO, with Python\n"
    )
    result = analyze_resume("Nurse at City Hospital, 2019-2024.", posting, engine="offline")
    assert "Python" in result.missing_keywords
    assert not {"Front End", "Software Development", "SEO"} & set(result.missing_keywords)
    assert [c.required for c in result.years_checks] == [3, 2]  # the titles are checked here


def test_capability_to_reads_like_ability_to() -> None:
    posting = (
        "Teacher\nRequirements:\n- Ability to plan lessons\n"
        "- Capability to assess student performance.\n"
    )
    result = analyze_resume("Nurse at City Hospital, 2019-2024.", posting, engine="offline")
    assert "Capability to assess student performance" in result.missing_keywords
    assert "Ability to plan lessons" in result.missing_keywords


def test_a_heading_ending_in_a_dash_is_a_heading() -> None:
    posting = (
        "Line Cook\nResponsibilities -\nPrepare meals as per provided recipes.\n"
        "Required Experience -\nKnife skills and food safety\n"
    )
    result = analyze_resume("Nurse at City Hospital, 2019-2024.", posting, engine="offline")
    assert "Responsibilities" not in result.missing_keywords
    assert "Required Experience" not in result.missing_keywords
    assert "Prepare meals as per provided recipes" not in result.missing_keywords  # a duty
    assert "Food safety" in result.missing_keywords


RADAR_JD = """Radar Engineer

Required Skills:
- Signal processing

Required Experience:
- 1 year of experience as a Radar Engineer
- 4 years as a Webmaster
"""


def test_the_role_is_held_to_the_years_asked_in_that_role() -> None:
    resume = (
        "Experience\n- Radar Engineer (2019 - 2020)\n- Webmaster (2015 - 2019)\nSignal processing"
    )
    result = analyze_resume(resume, RADAR_JD, engine="offline")
    role = result.explanation[0]
    assert role.requirement == "Experience as Radar Engineer (about 1 years)"
    assert role.met  # one year shown for the one year asked; the 4 years are the Webmaster's


@pytest.mark.parametrize(
    ("resume", "role"),
    [
        ("## Experience\n**Position:** Radar Engineer\n**Time Period:** (2020 - 2023)\n", "Radar"),
        (
            "Experience\n- Radar Engineer, Acme Inc.\n    Rugby ND, January 2015 - March 2017\n",
            "Radar",
        ),
    ],
)
def test_the_title_above_an_entrys_dates_names_its_role(resume: str, role: str) -> None:
    from tracker_core.analysis.experience import find_stints

    (stint,) = find_stints(resume)
    assert role in stint.title
    assert "Experience" not in stint.title


def test_the_role_asked_ends_where_a_clause_starts() -> None:
    posting = (
        "QA Manager\n\nRequired Experience:\n"
        "- Should hold at least 5 years of experience as a QA manager, ideally in retail\n"
    )
    result = analyze_resume("Experience\n- QA Manager (2017 - 2022)\n", posting, engine="offline")
    (check,) = result.years_checks
    assert check.found == 5.0 and check.met
