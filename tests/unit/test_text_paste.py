"""Paste repair: the breaks a copy from a job board loses are put back, names stay whole."""

from __future__ import annotations

import pytest

from tracker_core.jd_parser import parse_job_description
from tracker_core.text.clean import clean_text


@pytest.mark.parametrize(
    ("pasted", "lines"),
    [
        (
            "Job descriptionA leading real estate firm is hiring.",
            ["Job description", "A leading real estate firm is hiring."],
        ),
        (
            "40 hours per weekBenefits:Paid time off",
            ["40 hours per week", "Benefits:", "Paid time off"],
        ),
        (
            "Dental insuranceHealth insurancePaid time offBonus Pay",
            ["Dental insurance", "Health insurance", "Paid time off", "Bonus Pay"],
        ),
        (
            "Company DescriptionMDI Imaging & Mail is a print firm.",
            ["Company Description", "MDI Imaging & Mail is a print firm."],
        ),
        ("ABOUT USWhen Bad Birdie started", ["ABOUT US", "When Bad Birdie started"]),
        (
            "Must-Haves:1. High School Diploma or GED2. Current BLS card",
            ["Must-Haves:", "1. High School Diploma or GED", "2. Current BLS card"],
        ),
        (
            "our dreams.Job Description:As a Loan Partner you",
            ["our dreams.", "Job Description:", "As a Loan Partner you"],
        ),
        ("holidays● Up to 12 weeks● Pension", ["holidays", "● Up to 12 weeks", "● Pension"]),
        (
            "Part TimeJob Type: Part-Time, PermanentSalary: $50,000Reports to: the Director",
            [
                "Part Time",
                "Job Type: Part-Time, Permanent",
                "Salary: $50,000",
                "Reports to: the Director",
            ],
        ),
        ("Location:Randolph, NJ", ["Location: Randolph, NJ"]),
        (
            "Java Architect (Healthcare)Minneapolis, MN",
            ["Java Architect (Healthcare)", "Minneapolis, MN"],
        ),
        ("We serve our clients.We are growing.", ["We serve our clients. We are growing."]),
    ],
)
def test_a_glued_paste_gets_its_lines_back(pasted: str, lines: list[str]) -> None:
    assert clean_text(pasted).split("\n") == lines


@pytest.mark.parametrize(
    "text",
    [
        "We use JavaScript, TypeScript, PowerPoint and LinkedIn.",
        "Repair an iPhone or an iPad, sell on eBay, write for macOS.",
        "Shift lead at McDonald's, a PhD in Chemistry, SQLServer and PHPUnit.",
        "Visit www.Indeed.com or St.Louis; Mr.Smith meets you at 9:30, https://x.io/Jobs.",
        "Salary: $18.50 - $23.00 an hour, 3D printing, 5G networks.",
    ],
)
def test_names_and_numbers_stay_whole(text: str) -> None:
    assert clean_text(text) == text


@pytest.mark.parametrize(
    ("pasted", "lines"),
    [
        # A label and its value: time in a role, as screening questions put it.
        (
            "Previous job executing roles in Physics:1 year",
            ["Previous job executing roles in Physics: 1 year"],
        ),
        ("Teaching:2 years (Preferred)", ["Teaching: 2 years (Preferred)"]),
        # A heading glued to the first item of its list still breaks.
        (
            "Requirements:4+ years of experience in graphic design",
            ["Requirements:", "4+ years of experience in graphic design"],
        ),
    ],
)
def test_a_label_followed_by_a_number_keeps_its_value(pasted: str, lines: list[str]) -> None:
    assert clean_text(pasted).split("\n") == lines


def test_a_glued_posting_parses_like_a_clean_one() -> None:
    glued = (
        "Job Title: Social Media CoordinatorJob Type: Part-TimeBenefits:Dental insurance"
        "Paid time offSalary: $18-20/hourThis is a remote role."
    )
    job = parse_job_description(glued)
    assert job.title == "Social Media Coordinator"
    assert (job.salary_min, job.salary_max, job.salary_period) == (18, 20, "hour")
    assert job.employment_type == "part-time"
    assert job.remote == "remote"
