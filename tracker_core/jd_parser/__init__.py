"""Job-description parser: structured fields from a pasted posting (plain text or HTML).

One module per thing a posting is read for: `sections` (headed sections and what kind of
requirement each holds), `title`, `header` (company and location), `work_mode` (remote
policy), `salary`, `places` (place names), `labels` ('Label: value' lines) and `fields`
(employment type, seniority, years, education, deadline). `parse` puts them together.
"""

from tracker_core.jd_parser.parse import (
    ParsedJob,
    RemotePolicy,
    SalaryPeriod,
    parse_job_description,
    parse_title,
)

__all__ = ["ParsedJob", "RemotePolicy", "SalaryPeriod", "parse_job_description", "parse_title"]
