"""Titles stated in prose and labels, as real postings state them when no title line heads
the text (the job board keeps the title beside the text, so a paste often lacks it)."""

from __future__ import annotations

import pytest

from tracker_core.jd_parser import parse_job_description

BLURB = "Northwind Dental is a family practice in Springfield with twelve chairs.\n"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Company Description\n" + BLURB + "Role Description\nThis is a full-time on-site "
            "role for a Dental Hygienist at Northwind Dental. You will clean teeth.",
            "Dental Hygienist",
        ),
        (
            BLURB + "We are currently seeking a highly motivated and skilled Treatment "
            "Coordinator to join our dynamic team.",
            "Treatment Coordinator",
        ),
        (BLURB + "Apply today to join our team as an Office Receptionist!", "Office Receptionist"),
        (
            "Job Summary:\nThe Practice Administrator will run the daily functions of the office.",
            "Practice Administrator",
        ),
        (BLURB + "As a Patient Care Associate, you will greet patients.", "Patient Care Associate"),
        (BLURB + "We are seeking a Data Processor to join our team.", "Data Processor"),
        (
            "Company: Northwind Dental LLC. Job Title: Sterilization Technician Reports To: "
            "Office Manager FLSA Classification: Non-Exempt",
            "Sterilization Technician",
        ),
        ("Role: Staff AccountantHiring Type: Contract to hire", "Staff Accountant"),
        (
            "Summary\n\nProcurement Quality Engineer will report to the plant manager.",
            "Procurement Quality Engineer",
        ),
        (
            BLURB + "Personal Lines Account Manager\nSummary:\nHandles renewals.",
            "Personal Lines Account Manager",
        ),
        (
            "Position Summary:\nThe Regional Sales Manager (RSM), under the direction of the "
            "VP, grows the region.",
            "Regional Sales Manager",
        ),
        (
            BLURB + "In the Operational Meteorologist role, you will brief pilots.",
            "Operational Meteorologist",
        ),
        (
            "Job Title: Remote Customer Service Representative\nLocation: Remote",
            "Customer Service Representative",
        ),
        (
            BLURB + "Apply to join our team as an Administrative Assistant/Receptionist! The "
            "Administrative Assistant will answer phones.",
            "Administrative Assistant/Receptionist",
        ),
        (
            "JOB TITLE: Construction ManagerAGENCY: Housing Department",
            "Construction Manager",
        ),
        # The team a posting mentions is not the job: the role it hires for is.
        (
            "About Us:\nOur Engineering Team builds billing software.\nWe are hiring a "
            "Support Engineer to help our customers. The Support Engineer will answer tickets.",
            "Support Engineer",
        ),
        # A specialty after a comma stays when the sentence goes on after it.
        (
            BLURB + "Northwind seeks a Senior Analyst, Patient Data & Reporting, to build "
            "our dashboards.",
            "Senior Analyst, Patient Data & Reporting",
        ),
        (
            BLURB + "The Office Manager, Front Desk will greet patients.",
            "Office Manager, Front Desk",
        ),
        (
            BLURB + "As a Dental Assistant, You will prepare the chairs.",
            "Dental Assistant",
        ),
        # A heading glued to the sentence under it, as pasted from a job board.
        (
            BLURB + "Position SummaryThe Staff Accountant, Payroll Tax will file our returns.",
            "Staff Accountant, Payroll Tax",
        ),
        (
            BLURB + "We are partnering with a clinic in Springfield to hire an experienced "
            "Billing Coordinator to join their team.",
            "Billing Coordinator",
        ),
        # A role named after a strong cue though its noun is generic, and a plural role.
        (
            BLURB + "We are seeking a motivated Mortgage Professional to join our ranks.",
            "Mortgage Professional",
        ),
        (
            BLURB + "We are seeking compassionate Dental Hygienists (RDHs) and Dental "
            "Assistants for our two offices.",
            "Dental Hygienist",
        ),
        (BLURB + "Northwind is looking to hire two Front Desk Coaches.", "Front Desk Coach"),
        # What a title line adds about place or requirements is not the role.
        ("Title: Counselor—in North Springfield. Schedule: days", "Counselor"),
        (
            "Job role: Tableau Administrator (Azure experience mandatory)\nLocation: Reno, NV",
            "Tableau Administrator",
        ),
        # Pay on the title line, the line then too long for a title.
        (
            "Registered Dental Assistant $21.50 to $26 an hour Full time and Part time hours "
            "offered\nWe are an equal opportunity employer. All applicants are considered.",
            "Registered Dental Assistant",
        ),
        # The role's initials close it; what runs on after them is the next label's.
        (
            "Position Title: Office Manager (OM) Northwind Dental FLSA Status: Exempt",
            "Office Manager (OM)",
        ),
    ],
)
def test_the_title_is_read_from_prose_and_labels(text: str, title: str) -> None:
    assert parse_job_description(text).title == title


def test_a_heading_or_a_list_item_is_not_the_title() -> None:
    text = (
        "Responsibilities:\nReach agreed sales targets\nSupport the sales manager\n"
        "We are looking for an Account Executive to join us."
    )
    assert parse_job_description(text).title == "Account Executive"
