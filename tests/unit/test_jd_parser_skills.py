"""Required and nice-to-have skills of a parsed posting, named as the posting names them."""

from __future__ import annotations

from tracker_core.jd_parser import parse_job_description

POSTING = """Backend Engineer

Requirements:
- Strong PostgreSQL and Kubernetes

Nice to have:
- Experience with Postgres and k8s
- Terraform
"""


def test_a_skill_required_under_one_name_is_not_also_nice_to_have_under_another() -> None:
    job = parse_job_description(POSTING)
    assert {"PostgreSQL", "Kubernetes"} <= set(job.required_skills)
    assert "Terraform" in job.preferred_skills
    assert not {"Postgres", "k8s"} & set(job.preferred_skills)
