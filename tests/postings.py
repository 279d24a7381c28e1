"""Realistic job postings written for the parser tests, with what a reader would extract."""

from __future__ import annotations

from typing import Any

POSTINGS: list[dict[str, Any]] = [
    {
        "id": "us-yearly-k-range-remote",
        "text": """Senior Backend Engineer (Python) - Remote (US)

Acme Analytics is hiring! We build data tools for hospitals.

Location: Remote, United States
Employment type: Full-time
Salary: $150k - $185k per year + equity

What you'll do
- Design and build APIs in Python and FastAPI
- Own our PostgreSQL schema and Redis caches

Requirements:
- 5+ years of professional experience building backend services
- Strong Python, SQL and Docker
- Experience with AWS (ECS, Lambda) and Terraform

Nice to have:
- Kubernetes
- Experience with Kafka

Bachelor's degree in Computer Science or equivalent experience.
Apply by March 31, 2027.
""",
        "expect": {
            "title": "Senior Backend Engineer (Python)",
            "remote": "remote",
            "salary": (150000, 185000, "year"),
            "salary_currency": "USD",
            "employment_type": "full-time",
            "seniority": "senior",
            "years_experience": 5,
            "required": ["Python", "SQL", "Docker", "AWS", "Terraform"],
            "preferred": ["Kubernetes", "Apache Kafka"],
            "deadline": "2027-03-31",
        },
    },
    {
        "id": "us-hourly-contract-onsite",
        "text": """Job Title: Warehouse Data Analyst
Company: Northwind Logistics
Location: Memphis, TN
Job Type: Contract (6 months)
Pay: $38.50 - $45.00 per hour

This role is 100% on-site at our Memphis distribution center.

Qualifications
* 2+ years of experience with Excel and SQL
* Tableau or Power BI dashboards
* Forklift certification is a plus
""",
        "expect": {
            "title": "Warehouse Data Analyst",
            "company": "Northwind Logistics",
            "location": "Memphis, TN",
            "remote": "onsite",
            "salary": (38.5, 45.0, "hour"),
            "salary_currency": "USD",
            "employment_type": "contract",
            "years_experience": 2,
            "required": ["Excel", "SQL", "Tableau", "Power BI"],
        },
    },
    {
        "id": "uk-hybrid-per-annum",
        "text": """Data Engineer
London (Hybrid - 2 days a week in the office)

£55,000 - £65,000 per annum plus benefits

About the role
You'll build batch and streaming pipelines with Apache Spark, Airflow and dbt on GCP.

Essential skills
- Python and SQL
- Spark, Airflow
Desirable
- Experience with BigQuery
""",
        "expect": {
            "title": "Data Engineer",
            "remote": "hybrid",
            "salary": (55000, 65000, "year"),
            "salary_currency": "GBP",
            "required": ["Python", "SQL", "Apache Spark", "Airflow"],
            "preferred": ["BigQuery"],
        },
    },
    {
        "id": "de-eur-monthly-onsite",
        "text": """Werkstudent (m/w/d) Softwareentwicklung - Berlin

We are a Berlin-based fintech. This position is on-site in our Berlin office.

Vergütung: 2.100 € brutto per month
Part-time, 20 hours per week

Your profile:
- Studies in computer science
- First experience with Java or Kotlin
""",
        "expect": {
            "title": "Werkstudent Softwareentwicklung",
            "remote": "onsite",
            "salary": (2100, 2100, "month"),
            "salary_currency": "EUR",
            "employment_type": "part-time",
            "required": ["Java", "Kotlin"],
        },
    },
    {
        "id": "ca-cad-range",
        "text": """Full Stack Developer at Maple Health (Toronto, ON)

Maple Health is looking for a Full Stack Developer to join our patient portal team.
Hybrid: three days a week in our Toronto office.

Compensation: $95,000 - $115,000 CAD annually, plus RRSP matching.

You have:
- 3-5 years of experience with React and TypeScript
- Node.js and GraphQL
Bonus points for React Native.
""",
        "expect": {
            "title": "Full Stack Developer",
            "company": "Maple Health",
            "remote": "hybrid",
            "salary": (95000, 115000, "year"),
            "salary_currency": "CAD",
            "years_experience": 3,
            "required": ["React", "TypeScript", "Node.js", "GraphQL"],
            "preferred": ["React Native"],
        },
    },
    {
        "id": "in-lpa",
        "text": """Role: DevOps Engineer
Location: Bengaluru, India (Work from office)
Experience: 4-7 years
CTC: 18 - 25 LPA

Must have: Jenkins, Kubernetes (k8s), Docker, Terraform, Linux shell scripting.
Good to have: Azure, Ansible.
""",
        "expect": {
            "title": "DevOps Engineer",
            "location": "Bengaluru, India (Work from office)",
            "remote": "onsite",
            "salary": (1800000, 2500000, "year"),
            "salary_currency": "INR",
            "years_experience": 4,
            "required": ["Jenkins", "Kubernetes", "Docker", "Terraform", "Linux"],
            "preferred": ["Azure", "Ansible"],
        },
    },
    {
        "id": "up-to-no-title-line",
        "text": """We're looking for a Product Designer to shape how small firms manage invoices.
You'll work closely with engineers and customers. This is a fully remote role within Europe.

We offer up to €70,000 a year, 30 days of holiday and a learning budget of €1,500.

What we're looking for
- A portfolio showing end-to-end product work
- Figma and prototyping
""",
        "expect": {
            "title": "Product Designer",
            "remote": "remote",
            "salary": (None, 70000, "year"),
            "salary_currency": "EUR",
            "required": ["Figma"],
        },
    },
    {
        "id": "html-job-board",
        "text": """<div class="job"><h1>Machine Learning Engineer</h1>
<p><strong>Location:</strong> San Francisco, CA &middot; Hybrid</p>
<script>window.tracking = {salary: "$1"};</script>
<h3>Responsibilities</h3><ul><li>Train and ship models with PyTorch</li>
<li>Build feature pipelines in Python &amp; SQL</li></ul>
<h3>Preferred qualifications</h3><ul><li>Experience with Kubernetes</li></ul>
<p>The base salary range for this role is $170,000&ndash;$210,000.</p></div>""",
        "expect": {
            "title": "Machine Learning Engineer",
            "location": "San Francisco, CA · Hybrid",
            "remote": "hybrid",
            "salary": (170000, 210000, "year"),
            "salary_currency": "USD",
            "required": ["PyTorch", "Python", "SQL"],
            "preferred": ["Kubernetes"],
        },
    },
    {
        "id": "no-salary-onsite",
        "text": """Registered Nurse - ICU
St. Mary's Hospital - Springfield, IL

Full-time, night shift. This position is in-person.

Requirements
- Active RN license
- BLS and ACLS certification
- 1+ year of ICU experience
""",
        "expect": {
            "title": "Registered Nurse - ICU",
            "remote": "onsite",
            "salary": None,
            "employment_type": "full-time",
            "years_experience": 1,
        },
    },
    {
        "id": "not-remote-negation",
        "text": """Site Reliability Engineer

Location: Austin, TX. Please note this is not a remote position.
Salary range: $140,000 to $160,000

Requirements: Go, Prometheus, Grafana, Kubernetes; 4 years of experience in SRE.
""",
        "expect": {
            "title": "Site Reliability Engineer",
            "remote": "onsite",
            "salary": (140000, 160000, "year"),
            "years_experience": 4,
            "required": ["Go", "Prometheus", "Grafana", "Kubernetes"],
        },
    },
    {
        "id": "daily-rate-contract",
        "text": """Contract SAP FICO Consultant | 6 months | Outside IR35

Rate: £550 - £650 per day
Remote with occasional travel to Manchester.

Skills: SAP FICO, S/4HANA migration experience.
""",
        "expect": {
            "title": "Contract SAP FICO Consultant",
            "remote": "remote",
            "salary": (550, 650, "day"),
            "salary_currency": "GBP",
            "employment_type": "contract",
        },
    },
    {
        "id": "funding-not-salary",
        "text": """Frontend Engineer (Vue.js)

We raised $40M in Series B funding last year and serve 10,000 customers.
Remote-first team across the Americas.

About you
- You write clean JavaScript and TypeScript
- You know Vue.js and CSS
""",
        "expect": {
            "title": "Frontend Engineer (Vue.js)",
            "remote": "remote",
            "salary": None,
            "required": ["JavaScript", "TypeScript", "Vue.js", "CSS"],
        },
    },
    {
        "id": "weekly-pay",
        "text": """Seasonal Retail Associate
Pay: $720 per week. Temporary role through January. On-site at our downtown store.
""",
        "expect": {
            "title": "Seasonal Retail Associate",
            "remote": "onsite",
            "salary": (720, 720, "week"),
            "employment_type": "temporary",
        },
    },
    {
        "id": "silent-remote",
        "text": """Accountant

Responsibilities include month-end close, reconciliations and reporting in QuickBooks and Excel.
Salary: USD 65,000 – 75,000.
Application deadline: 15 January 2027
""",
        "expect": {
            "title": "Accountant",
            "remote": None,
            "salary": (65000, 75000, "year"),
            "salary_currency": "USD",
            "deadline": "2027-01-15",
        },
    },
]
