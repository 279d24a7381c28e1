"""Skill extraction: aliases, duplicates, ambiguous words, punctuation, vocabulary size."""

from __future__ import annotations

import pytest

from tracker_core.skills import extract_skills, lexicon, skill_key


@pytest.mark.parametrize(
    ("text", "written", "skill"),
    [
        ("We run k8s in production", "k8s", "Kubernetes"),
        ("Strong JS and TS skills", "JS", "JavaScript"),
        ("Services written in golang", "Golang", "Go"),
        ("Postgres and Mongo experience", "Postgres", "PostgreSQL"),
        ("Experience with Amazon Web Services", "Amazon Web Services", "AWS"),
        ("CI/CD with GitHub Actions", "CI/CD", "CI/CD"),
        ("Backend in C# and .NET", ".NET", ".NET"),
    ],
)
def test_another_name_of_a_skill_is_shown_as_written_and_matches_as_the_skill(
    text: str, written: str, skill: str
) -> None:
    # The posting's own word is what a reader sees; the key is what a resume is matched on.
    assert written in extract_skills(text)
    assert skill_key(written) == skill_key(skill)


def test_a_known_name_keeps_the_vocabulary_spelling() -> None:
    assert extract_skills("Experience with python, POSTGRESQL and kubernetes") == [
        "Python",
        "PostgreSQL",
        "Kubernetes",
    ]


def test_no_duplicates_across_spellings() -> None:
    skills = extract_skills("Python, python 3 and PYTHON; also k8s and Kubernetes")
    assert skills.count("Python") == 1
    assert skills.count("Kubernetes") == 1
    # Two names of one skill are both the posting's words: each is listed once.
    assert skills.count("k8s") == 1


def test_everyday_words_are_not_languages() -> None:
    assert "Go" not in extract_skills("You will go to market with our sales team")
    assert "Excel" not in extract_skills("You excel at building relationships")
    assert "Go" in extract_skills("Microservices in Go and Rust")


def test_matches_do_not_cross_punctuation() -> None:
    skills = extract_skills("AWS (ECS, Lambda), Docker")
    assert {"AWS", "ECS", "Lambda", "Docker"} <= set(skills)
    assert not any("(" in s for s in skills)


def test_soft_skills_are_not_hard_skills() -> None:
    assert extract_skills("Excellent communication skills, teamwork and leadership") == []


def test_empty_text() -> None:
    assert extract_skills("") == []


def test_vocabulary_is_large() -> None:
    assert len(lexicon()) > 25000


def test_lowercase_everyday_words_stay_words() -> None:
    skills = extract_skills("Take a rest, express yourself and node the rails of a spring")
    assert skills == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bachelor's or Master's degree in Computer Science", "Bachelor's or Master's degree"),
        ("BS/MS in Statistics", "BS/MS"),
        ("A PhD in physics", "PhD"),
        ("University degree required", "University degree"),
    ],
)
def test_degrees_are_knowledge(text: str, expected: str) -> None:
    assert expected in extract_skills(text, learned=False)
    assert extract_skills(text)  # the tagger keeps a degree too, sometimes with its field


def test_degree_abbreviations_need_context() -> None:
    assert extract_skills("MS Office and master the craft") == ["MS Office"]
    assert extract_skills("to some degree") == []
    assert "PhD" not in extract_skills("A PhD in physics", degrees=False)


def test_degree_names_as_roles_are_not_requirements() -> None:
    assert extract_skills("Supervise PhD students in the PhD programme") == []
    assert "PhD" in extract_skills("Requirements: PhD\nExperience with Python")


def test_a_degree_named_as_the_programme_or_its_people_is_not_asked_for() -> None:
    assert extract_skills("The scholarships for the PhD degree are subject to approval") == []
    assert extract_skills("The Faculty has 4,500 students including 750 Ph.D.") == []
    assert "PhD degree" in extract_skills("You hold a PhD degree or equivalent")


def test_generic_words_count_only_in_a_knowledge_context() -> None:
    assert extract_skills("Strong background in finance.") == ["Finance"]
    assert extract_skills("Java, testing and automation") == ["Java", "Testing", "Automation"]
    assert extract_skills("the design of our office") == []
    assert extract_skills("Strong background in finance.", generic=False) == []


def test_context_chains_and_soft_skills_stay_out() -> None:
    found = extract_skills("Experience with cloud and security", learned=False)
    assert found == ["Cloud", "Security"]
    assert extract_skills("Skills in communication") == []


def test_language_of_the_application_is_not_a_skill() -> None:
    assert extract_skills("Please send your CV in English") == []
    assert extract_skills("Fluent in English and Danish") == ["English", "Danish"]


def test_terms_the_vocabulary_lacks_count_where_knowledge_is_asked_for() -> None:
    skills = extract_skills("Strong background in population genetics and cell culture.")
    assert {"Population genetics", "Cell culture"} <= set(skills)
    assert {"Apache Spark", "k8s"} <= set(extract_skills("experience with Apache Spark and k8s"))
    assert extract_skills("We value population genetics talks over coffee") == []
    assert "Marine ecology" in extract_skills("MSc in marine ecology or similar")


def test_cued_phrases_never_yield_generic_words() -> None:
    for text in ["Experience with our team", "Knowledge of communication", "Experience in one of"]:
        skills = {s.casefold() for s in extract_skills(text)}
        assert not skills & {"experience", "team", "communication", "one"}


def test_unknown_names_count_only_when_asked_and_listed_beside_skills() -> None:
    line = "Experience with Solarwinds/Orion, AppDynamics for APM; A+, N+, MCSA, CDIA"
    assert "MCSA" not in extract_skills("Holds A+, N+, MCSA, CDIA")  # off by default
    found = extract_skills(line, generic=False, unknown=True, learned=False)
    assert {"Orion", "AppDynamics", "N+", "MCSA", "CDIA"} <= set(found)
    assert extract_skills("We are based in the US, EU and UK", unknown=True) == []
    assert "FooBar" not in extract_skills("A FooBar mindset, and Python", unknown=True)
    assert "Other" not in extract_skills("Python/Other languages", unknown=True)


def test_apostrophe_plural_acronym_is_a_plural() -> None:
    found = extract_skills("Rest, JSON, Map, API's and Mobile", unknown=True, learned=False)
    assert "APIs" in found


def test_phrase_in_capitals_is_one_term_but_a_heading_is_not() -> None:
    assert "GREY BOX TESTING" in extract_skills(
        "Good familiarity with GREY BOX TESTING strategies.", unknown=True
    )
    assert extract_skills("REQUIREMENTS AND QUALIFICATIONS", unknown=True) == []
    assert "AWS SQS SNS" not in extract_skills("Experience with AWS SQS SNS", unknown=True)


def test_versioned_names_keep_their_version() -> None:
    assert extract_skills("Proficiency in HTML5 and CSS3") == ["HTML5", "CSS3"]
    assert extract_skills("Proficiency in HTML and CSS") == ["HTML", "CSS"]


@pytest.mark.parametrize(
    ("text", "expected", "rules_said"),
    [
        ("Knowledge of supply chain and lean manufacturing.", "Supply chain", "Chain"),
        (
            "Background in bioinformatics or computational biology.",
            "Computational biology",
            "Biology",
        ),
    ],
)
def test_the_tagger_reads_whole_terms_in_context(text: str, expected: str, rules_said: str) -> None:
    # The rules alone cut a term the vocabulary lacks down to the word it knows.
    assert rules_said in extract_skills(text, learned=False)
    found = extract_skills(text)
    assert expected in found
    assert rules_said not in found


def test_the_tagger_knows_the_section_a_line_stands_in() -> None:
    from tracker_core.skills.tagger import context

    text = (
        "Data Engineer\nTechnologies:\n\nPython, Spark, Kafka and Flink\n"
        "Strong SQL and dbt skills.\nBenefits:\nGym membership and free lunch."
    )
    at = text.index
    # The line under a heading: the heading is the line before it and names the section.
    assert context(text, at("Python")) == (
        "pl=technologies:",
        "pl_len=1",
        "pl_colon",
        "sec=technologies",
    )
    # Further down, the section is the last short line above, over blank lines and long ones.
    assert context(text, at("Strong")) == ("pl=python,", "pl_len=5", "sec=technologies")
    assert context(text, at("Gym"))[-1] == "sec=benefits"
    # A text's first line, or a line read alone (the parser reads a posting line by line), has
    # no context at all, not a context of its own.
    assert context(text, 0) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Experience with cloud-based technologies ( AWS GCP Azure )", ["AWS", "GCP", "Azure"]),
        (
            "1+ years of experience with AWS GCP Microsoft Azure or another cloud",
            ["AWS", "GCP", "Microsoft Azure"],
        ),
    ],
)
def test_a_run_of_product_names_is_one_skill_each(text: str, expected: list[str]) -> None:
    skills = extract_skills(text)
    assert all(name in skills for name in expected)
    assert not any(" " in name and "AWS" in name for name in skills)


def test_a_vocabulary_name_the_tagger_rules_out_where_it_stands_is_left_out() -> None:
    # "agile" describes the team here; asked for as a way of working, it is a skill.
    assert extract_skills("You will join an agile team of five engineers.") == []
    assert "Agile" in extract_skills("Experience with Agile and Scrum")
    assert extract_skills("Strong Java and Python skills") == ["Java", "Python"]
    # A name written as a name stays wherever it stands.
    assert "Postgres" in extract_skills("Data Engineer: Postgres, GCP (BigQuery), Airflow")


def test_letters_of_an_ampersand_abbreviation_are_no_skill() -> None:
    assert "R" not in extract_skills("Our R&D team uses AWS and Azure")
    assert "R" not in extract_skills("Python for M&A and R&D reporting")
    assert "R" in extract_skills("Relevant R&D experience with R and Python")
    assert extract_skills("Java&Python") == ["Java", "Python"]
