"""Postings from different trades, with a resume each, written for the interview-prep tests."""

from __future__ import annotations

NURSE = """Registered Nurse - Acute Medical Ward
St Mary's Community Hospital

About us
We are a 300-bed teaching hospital and we care for patients from across the county.

Responsibilities
- Assess, plan and deliver nursing care for up to eight patients per shift
- Administer medication and keep accurate records in the electronic patient record
- Support and supervise student nurses and healthcare assistants
- Communicate with patients, families and the multidisciplinary team

Requirements
- Current NMC registration as a Registered Nurse
- Experience with IV cannulation and venepuncture
- Basic Life Support certification
- Ability to prioritise a busy workload and stay calm under pressure

Nice to have
- Experience with Cerner electronic health records
"""
NURSE_RESUME = """Staff nurse, 3 years on a surgical ward. Registered Nurse with NMC registration.
Wound care, medication administration, venepuncture, mentoring students. Basic Life Support."""

ELECTRICIAN = """Maintenance Electrician (Days)
Company: Brightline Packaging Ltd

Brightline makes recyclable food packaging. Our Leeds plant runs three lines around the clock.

What you'll do
- Fault-find and repair electrical and control systems on production lines
- Carry out planned preventive maintenance and keep the CMMS up to date
- Work with the mechanical team to reduce downtime

Requirements:
- Time-served electrician with an NVQ Level 3 in Electrical Installation
- 18th Edition wiring regulations
- Experience with PLC fault finding (Allen-Bradley or Siemens)
- Good understanding of health and safety and lockout procedures

Benefits:
- 25 days holiday and overtime paid at time and a half
"""
ELECTRICIAN_RESUME = """Electrician, 6 years. NVQ Level 3 Electrical Installation. 18th Edition.
Installed and tested domestic and commercial circuits. Team leader for a crew of four."""

DATA = """Senior Data Engineer
Northwind Analytics

We help logistics companies plan routes with data. Our team of twelve engineers works remotely.

Responsibilities
- Build and operate batch and streaming pipelines
- Own the data warehouse models and their tests
- Mentor two junior engineers and review their code

Requirements
- 5+ years of experience with Python and SQL
- Apache Spark and Airflow in production
- Experience with AWS and Terraform
- Strong communication with non-technical stakeholders

Nice to have
- Kafka
- dbt
"""
DATA_RESUME = """Data engineer, 6 years. Python, SQL, pandas, PostgreSQL. Built Airflow DAGs.
Presented dashboards to the operations team. Mentored an intern."""

ACCOUNTANT = """Management Accountant
Harbour Foods Group - Bristol (hybrid)

Harbour Foods supplies fresh produce to 400 restaurants. We are growing fast and value people
who take ownership.

Key responsibilities:
- Prepare the monthly management accounts and variance analysis
- Lead the annual budget and quarterly forecasts with department heads
- Improve month-end close processes

Essential skills:
- ACCA or CIMA qualified (or finalist)
- Advanced Excel, including pivot tables and VLOOKUP
- Experience with SAP or a similar ERP system
- Meeting deadlines in a fast-paced environment
"""
ACCOUNTANT_RESUME = """Assistant accountant, 4 years. Month-end journals, reconciliations, Excel
(pivot tables, VLOOKUP), Sage. Studying for CIMA."""

TRADES: dict[str, tuple[str, str]] = {
    "nurse": (NURSE, NURSE_RESUME),
    "electrician": (ELECTRICIAN, ELECTRICIAN_RESUME),
    "data engineer": (DATA, DATA_RESUME),
    "accountant": (ACCOUNTANT, ACCOUNTANT_RESUME),
}
