"""More realistic postings for the parser, written in the styles people paste them in.

Same shape as tests/postings.py. Written for this project (no text copied from real ads).
Expectations are what a careful human reader would record:

- title: the role as the posting names it, keeping what is part of the role (level, a
  specialisation such as "(Python)" or ", Payments") and dropping what is not (company,
  location, work-mode suffixes like " - Remote, EU", gender markers like "(m/w/d)",
  shift tags like "(Nights)", requisition numbers). Compared after folding case,
  whitespace and dash styles.
- remote: "remote" | "hybrid" | "onsite" as the job itself is described; None when the
  posting does not say. A company blurb ("our remote-friendly culture") loses to what the
  role says ("on-site in Austin"); a benefit like a "home office stipend" alone states no
  policy, so it is None.
- salary: (min, max, period) of the base pay for this role; a single figure is (x, x);
  "up to X" is (None, X), "from X" is (X, None); a starting figure with a later rise
  ("£32,000, rising to £36,000 after year one", "top of scale $36.40 after 4 years") is
  the starting figure alone. Bonuses, OTE, funding, revenue and 401(k)
  are not salary. With several ranges (pay-transparency blocks), the first/primary one.
- company/location: only where a reader would state them; reported for information.

MORE_POSTINGS is what the parser was tuned on; FRESH_POSTINGS were written afterwards and
are kept apart so the eval can report an honest generalisation figure on them.
"""

from __future__ import annotations

import re
from typing import Any


def same_text(got: str | None, want: str | None) -> bool:
    """Equal after folding case, whitespace, dash styles and surrounding punctuation."""

    def fold(value: str | None) -> str:
        value = re.sub(r"\s*[-–—]\s*", " - ", (value or "").casefold())
        return re.sub(r"\s+", " ", value).strip(" .,:;")

    return got is not None and want is not None and fold(got) == fold(want)


MORE_POSTINGS: list[dict[str, Any]] = [
    {
        "id": "linkedin-company-location-line",
        "text": """Senior Data Analyst
Brightline Media · Chicago, IL (Hybrid)
2 weeks ago · Over 100 applicants
$110K/yr - $135K/yr · Full-time
500-1,000 employees · Media Production

About the job
Brightline Media is looking for a Senior Data Analyst to join our audience insights team.
You will own the dashboards our editors open every morning.

What you'll do
- Build and maintain Looker dashboards on top of BigQuery
- Partner with product and editorial on experiments

What you bring
- 5+ years of experience in analytics
- Expert SQL; Python is a plus

Benefits
- 401(k) with 4% match
- Home office stipend
""",
        "expect": {
            "title": "Senior Data Analyst",
            "company": "Brightline Media",
            "location": "Chicago, IL",
            "remote": "hybrid",
            "salary": (110000, 135000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "linkedin-about-the-job-prose-title",
        "text": """About the job
At Harbor Freightways, we move fresh food across the Midwest. We are looking for a Customer
Success Manager to help our shipper accounts get the most out of our platform.

This is a remote role (US only). You will report to the Director of Customer Success.

Responsibilities
- Run onboarding for new accounts
- Hold quarterly business reviews

Qualifications
- 3+ years in customer success or account management
- Comfortable with Salesforce and Gainsight

We offer a competitive salary, 401(k) matching and unlimited PTO.
""",
        "expect": {
            "title": "Customer Success Manager",
            "company": "Harbor Freightways",
            "remote": "remote",
            "salary": None,
        },
    },
    {
        "id": "indeed-hourly-in-person",
        "text": """Pharmacy Technician
CareWell Pharmacy
Dayton, OH 45402
Pay: $18.00 - $22.00 per hour
Job Type: Full-time

Full job description
CareWell Pharmacy is a family-owned pharmacy serving Dayton since 1987. We are hiring a
Pharmacy Technician to support our pharmacists with prescription intake and dispensing.

Benefits:
- 401(k)
- Dental insurance
- Paid time off

Schedule:
- 8 hour shift
- Monday to Friday

Experience:
- Pharmacy: 1 year (Preferred)

License/Certification:
- PTCB certification (Required)

Work Location: In person
""",
        "expect": {
            "title": "Pharmacy Technician",
            "company": "CareWell Pharmacy",
            "location": "Dayton, OH",
            "remote": "onsite",
            "salary": (18.0, 22.0, "hour"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "indeed-job-details-remote",
        "text": """Job details
Job Title: Customer Service Representative
Pay: $17 - $19 an hour
Job type: Part-time
Shift and schedule: Evening shift, Weekends as needed

Full job description
Answer inbound calls and chats from customers of our home-insurance products. Paid
training is provided. You will need a quiet place to work and a reliable internet
connection.

Work Location: Remote
""",
        "expect": {
            "title": "Customer Service Representative",
            "remote": "remote",
            "salary": (17, 19, "hour"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "greenhouse-pay-transparency",
        "text": """Staff Software Engineer, Payments
Remote - US

Ledgerly builds accounting software for independent clinics. Our payments team moves
more than $2B a year for 40,000 customers.

What you'll do
- Lead the design of our card and ACH processing services
- Mentor engineers across two teams

What we look for
- 8+ years of experience building distributed systems
- Deep knowledge of Go or Java

The base pay range for this role is $143,000—$210,000 USD annually. Actual pay depends
on location and experience. For candidates in the following locations the range is:
Colorado: $130,000-$180,000
New York City: $160,000-$210,000
This role is also eligible for equity and a 401(k) plan.
""",
        "expect": {
            "title": "Staff Software Engineer, Payments",
            "company": "Ledgerly",
            "remote": "remote",
            "salary": (143000, 210000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "lever-pipe-title-hybrid",
        "text": """Product Designer | Berlin | Hybrid
Kiwi Labs
Berlin / Design / Full-time / Hybrid

Kiwi Labs makes budgeting apps for students. We are a team of 45 in Berlin and Lisbon.

What you will do
- Own the design of our onboarding and savings flows
- Run usability tests every sprint

About you
- 3+ years designing consumer mobile apps
- Fluent in Figma

Salary: €65.000 – €80.000 brutto/Jahr
We work from our Kreuzberg office on Tuesdays, Wednesdays and Thursdays.
""",
        "expect": {
            "title": "Product Designer",
            "company": "Kiwi Labs",
            "location": "Berlin",
            "remote": "hybrid",
            "salary": (65000, 80000, "year"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "workday-in-office",
        "text": """Senior Financial Analyst
locations
Charlotte, NC
time type
Full time
posted on
Posted 2 Days Ago
job requisition id
R-0102938

Job Description
Carolina Mutual is seeking a Senior Financial Analyst to support our commercial banking
segment with forecasting and variance analysis.

This role is in-office five days a week at our Charlotte headquarters.

Pay range: $85,000 - $105,000
Eligible for an annual incentive of up to 10%.
""",
        "expect": {
            "title": "Senior Financial Analyst",
            "company": "Carolina Mutual",
            "location": "Charlotte, NC",
            "remote": "onsite",
            "salary": (85000, 105000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "ashby-location-type",
        "text": """Founding Engineer
Location
New York City
Employment Type
Full time
Location Type
On-site
Department
Engineering
Compensation
$160K – $210K • Offers Equity

Tilepath is a seed-stage startup (we raised $6M from great investors) building scheduling
software for construction crews. You'll be our second engineer.

You might be a fit if you have shipped product end to end with TypeScript and Postgres.
""",
        "expect": {
            "title": "Founding Engineer",
            "company": "Tilepath",
            "location": "New York City",
            "remote": "onsite",
            "salary": (160000, 210000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "wttj-english-occasional-remote",
        "text": """Backend Engineer - Python
Papillon Santé
Permanent contract
Paris
Salary: 50K to 60K €
Occasional remote
Experience: > 3 years
Education: Master's Degree

The company
Papillon Santé helps 2,000 pharmacies manage their stock.

Job description
You will join the 6-person platform squad and work on our Django monolith and its APIs.

Preferred experience
- Python, Django, PostgreSQL
- You enjoy pairing and code review
""",
        "expect": {
            "title": "Backend Engineer - Python",
            "company": "Papillon Santé",
            "location": "Paris",
            "remote": "hybrid",
            "salary": (50000, 60000, "year"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "wttj-french-par-an",
        "text": """Data Scientist (H/F)
Maison Vertige
CDI
Lyon
Salaire : 60 000–75 000 € par an
Télétravail partiel possible
Expérience : > 4 ans

Descriptif du poste
Vous rejoindrez l'équipe data pour construire nos modèles de prévision de la demande.

Profil recherché
- Python, scikit-learn, SQL
- Bonne communication
""",
        "expect": {
            "title": "Data Scientist",
            "company": "Maison Vertige",
            "location": "Lyon",
            "remote": "hybrid",
            "salary": (60000, 75000, "year"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "stepstone-german",
        "text": """Senior Java Entwickler (m/w/d)
Hansewerk Digital GmbH
Hamburg
Feste Anstellung
Vollzeit
Homeoffice möglich
Gehalt: 60.000 € – 75.000 € brutto/Jahr

Ihre Aufgaben
- Weiterentwicklung unserer Abrechnungsplattform mit Java und Spring Boot
- Code Reviews und Mentoring

Ihr Profil
- Mindestens 5 Jahre Erfahrung mit Java
- Gute Deutsch- und Englischkenntnisse
""",
        "expect": {
            "title": "Senior Java Entwickler",
            "company": "Hansewerk Digital GmbH",
            "location": "Hamburg",
            "remote": "hybrid",
            "salary": (60000, 75000, "year"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "seek-au-super",
        "text": """Senior Business Analyst
Harbourview Insurance
Sydney NSW
Banking & Financial Services (Business Analysis)
Full time
$140,000 – $160,000 per year + super

About the role
Harbourview is replacing its claims platform and needs a Senior Business Analyst to work
with claims teams and the delivery squad. This is an office-based role in our Parramatta
hub with flexibility for the occasional day at home.

About you
- 5+ years as a BA in insurance or financial services
- Confident running workshops with senior stakeholders
""",
        "expect": {
            "title": "Senior Business Analyst",
            "company": "Harbourview Insurance",
            "location": "Sydney NSW",
            "remote": "onsite",
            "salary": (140000, 160000, "year"),
            "salary_currency": "AUD",
        },
    },
    {
        "id": "reed-uk-hybrid-split",
        "text": """Accounts Payable Clerk
£26,000 - £28,000 per annum, pro rata
Leeds, West Yorkshire
Permanent, full-time

Our client, a growing manufacturer, is looking for an Accounts Payable Clerk to join their
finance team.

Hybrid working: 3 days in the office, 2 days from home.

Duties include:
- Processing supplier invoices in Sage
- Weekly payment runs
""",
        "expect": {
            "title": "Accounts Payable Clerk",
            "location": "Leeds, West Yorkshire",
            "remote": "hybrid",
            "salary": (26000, 28000, "year"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "html-board-h1-nbsp",
        "text": """<div class="posting">
<h1 class="job-title">Site Reliability Engineer</h1>
<div class="meta">Quanta&nbsp;Cloud&nbsp;&middot;&nbsp;Dublin, Ireland<br>Hybrid</div>
<h2>About&nbsp;the&nbsp;role</h2>
<p>Keep our EU regions up and running.<br>You will be on call one week in six.</p>
<h2>Requirements</h2>
<ul>
<li>Kubernetes&nbsp;and Terraform</li>
<li>Linux networking</li>
</ul>
<h2>Pay</h2>
<p>&euro;85,000&nbsp;&ndash;&nbsp;&euro;100,000 per year, plus pension and healthcare.</p>
</div>""",
        "expect": {
            "title": "Site Reliability Engineer",
            "company": "Quanta Cloud",
            "location": "Dublin, Ireland",
            "remote": "hybrid",
            "salary": (85000, 100000, "year"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "html-strong-labels",
        "text": """<p><strong>Job Title:</strong> IT Support Technician</p>
<p><strong>Location:</strong> Phoenix, AZ</p>
<p><strong>Schedule:</strong> Monday&ndash;Friday, 8am&ndash;5pm</p>
<p><strong>Pay:</strong> $25/hr</p>
<p>This is an on-site position supporting 300 staff at our Phoenix campus.</p>
<p><strong>What you&rsquo;ll do</strong></p>
<ul><li>Image and deploy laptops</li><li>Resolve tickets in ServiceNow</li></ul>""",
        "expect": {
            "title": "IT Support Technician",
            "location": "Phoenix, AZ",
            "remote": "onsite",
            "salary": (25, 25, "hour"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "prose-no-title-line",
        "known_misses": {
            "company": "named only mid-sentence, after a line break ('team at Quillmark')"
        },
        "text": """We are looking for a Senior Data Analyst to join our growing marketplace team at
Quillmark. You'll turn clickstream and order data into decisions about pricing and
search ranking.

You'll work with SQL, dbt and Looker every day, and with Python when the problem needs it.

The role is fully remote within the UK, with a team day in London once a quarter.
Salary: £60,000 - £70,000 depending on experience.
""",
        "expect": {
            "title": "Senior Data Analyst",
            "company": "Quillmark",
            "remote": "remote",
            "salary": (60000, 70000, "year"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "position-label",
        "text": """Position: QA Automation Engineer
Department: Quality Engineering
Reports to: QA Manager
Location: Raleigh, NC (Hybrid - 2 days a week in office)
Salary: $95,000 - $110,000 a year

Summary
Build and maintain our Playwright and Cypress suites and keep CI green.
""",
        "expect": {
            "title": "QA Automation Engineer",
            "location": "Raleigh, NC (Hybrid - 2 days a week in office)",
            "remote": "hybrid",
            "salary": (95000, 110000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "title-remote-eu-suffix",
        "text": """Staff Engineer - Remote, EU

Orbital Forms is a 60-person company building form software for governments. We are a
fully distributed team across 14 countries.

The role
- Set technical direction for our rendering engine
- Work with TypeScript, Rust and WebAssembly

Compensation
€110k – €135k per year, plus stock options.
""",
        "expect": {
            "title": "Staff Engineer",
            "company": "Orbital Forms",
            "remote": "remote",
            "salary": (110000, 135000, "year"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "company-line-before-title",
        "text": """Fernhill Robotics
Embedded Software Engineer
Boston, MA · On-site

Fernhill builds autonomous lawn mowers. Our engineers work next to the hardware lab, so
this role is on-site in Boston.

You have:
- C and C++ on microcontrollers
- Experience with RTOS and CAN bus

Salary range: $120,000 - $150,000 a year
""",
        "expect": {
            "title": "Embedded Software Engineer",
            "company": "Fernhill Robotics",
            "location": "Boston, MA",
            "remote": "onsite",
            "salary": (120000, 150000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "emoji-bullets",
        "text": """🚀 Growth Marketing Manager

📍 Lisbon, Portugal
🏡 Hybrid – 2 days a week in our Lisbon office
💰 €45k – €55k + stock options
🕒 Full-time

👋 Who we are
Sardinha is a travel app used by 2M people. We have raised €30M to date.

✨ What you'll do
👉 Own paid acquisition across Meta and Google
👉 Run lifecycle campaigns in Braze

🎁 Perks
🌴 25 days of holiday
💻 Home office budget
""",
        "expect": {
            "title": "Growth Marketing Manager",
            "location": "Lisbon, Portugal",
            "remote": "hybrid",
            "salary": (45000, 55000, "year"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "chf-apostrophe",
        "text": """Senior Cloud Architect (100%)
Zurich

Alpenbank AG is modernising its core banking platform on Azure.

Your tasks
- Design landing zones and network topology
- Guide teams through migration

Your profile
- 8+ years in infrastructure, 3+ on Azure

We offer a salary of CHF 110'000 – 130'000 per year and 5 weeks of holidays.
Work mode: on-site in Zurich, with up to one day of home office per month.
""",
        "expect": {
            "title": "Senior Cloud Architect",
            "company": "Alpenbank AG",
            "location": "Zurich",
            "remote": "onsite",
            "salary": (110000, 130000, "year"),
            "salary_currency": "CHF",
        },
    },
    {
        "id": "cad-prefix",
        "text": """Intermediate Frontend Developer
Vancouver, BC — Hybrid

Salmonberry Games is hiring an Intermediate Frontend Developer for our web storefront.

Salary: CA$90,000 - CA$105,000 per year
Hybrid: in the studio Tuesday to Thursday.

Must have: React, TypeScript, 3+ years of experience.
""",
        "expect": {
            "title": "Intermediate Frontend Developer",
            "company": "Salmonberry Games",
            "location": "Vancouver, BC",
            "remote": "hybrid",
            "salary": (90000, 105000, "year"),
            "salary_currency": "CAD",
        },
    },
    {
        "id": "aud-a-dollar",
        "text": """Data Engineer — Melbourne
Package: A$120k – A$140k + super
Work from home: 2 days a week

Koala Freight is hiring a Data Engineer to own our Snowflake warehouse and Fivetran
pipelines.

- 3+ years of data engineering
- SQL, Python, dbt
""",
        "expect": {
            "title": "Data Engineer",
            "company": "Koala Freight",
            "location": "Melbourne",
            "remote": "hybrid",
            "salary": (120000, 140000, "year"),
            "salary_currency": "AUD",
        },
    },
    {
        "id": "inr-lpa-rupee",
        "text": """Job Title: Senior Android Developer
Company: Swiftcart Technologies
Location: Pune, Maharashtra
Work mode: Work from office (5 days)
Experience: 5 - 8 years
Salary: ₹12-18 LPA

Key skills: Kotlin, Jetpack Compose, Coroutines, MVVM.
""",
        "expect": {
            "title": "Senior Android Developer",
            "company": "Swiftcart Technologies",
            "location": "Pune, Maharashtra",
            "remote": "onsite",
            "salary": (1200000, 1800000, "year"),
            "salary_currency": "INR",
        },
    },
    {
        "id": "hourly-range-dollar-each",
        "text": """Licensed Practical Nurse (LPN) - Home Health
Sunrise Home Care - Tampa, FL

$25 - $32 per hour, paid weekly
Flexible schedule: full-time or part-time

You will visit patients in their homes across Hillsborough County. Reliable transportation
and a valid driver's license are required.
""",
        "expect": {
            "title": "Licensed Practical Nurse (LPN) - Home Health",
            "company": "Sunrise Home Care",
            "location": "Tampa, FL",
            "remote": None,
            "salary": (25, 32, "hour"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "uk-day-rate-single",
        "text": """Interim Finance Business Partner
Contract: 6 months, Outside IR35
Rate: £450 per day
Location: Bristol (2 days a week in our Bristol office)

An established housing association is looking for an interim Finance Business Partner
to support its capital programme.
""",
        "expect": {
            "title": "Interim Finance Business Partner",
            "location": "Bristol (2 days a week in our Bristol office)",
            "remote": "hybrid",
            "salary": (450, 450, "day"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "uk-up-to-k",
        "text": """Lead Product Manager - Payments
London (Hybrid)
Up to £70k + bonus + equity

Fenwick Pay is building the payment stack for UK landlords. We're hiring a Lead Product
Manager to own our rent collection product.

What you'll need
- 5+ years in product management, ideally in fintech
""",
        "expect": {
            "title": "Lead Product Manager - Payments",
            "company": "Fenwick Pay",
            "location": "London",
            "remote": "hybrid",
            "salary": (None, 70000, "year"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "eu-from-k",
        "text": """Platform Engineer (Kubernetes)
Amsterdam · Remote-first

Salary from €55k depending on experience, plus 8% holiday allowance.

Tulip Logistics runs a remote-first engineering team of 30. You will run our EKS
clusters and the tooling around them.
""",
        "expect": {
            "title": "Platform Engineer (Kubernetes)",
            "company": "Tulip Logistics",
            "location": "Amsterdam",
            "remote": "remote",
            "salary": (55000, None, "year"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "bare-salary-80k",
        "known_misses": {"location": "named only in prose ('agency in Manchester city centre')"},
        "text": """Junior Web Developer

Small agency in Manchester city centre, office-based, building WordPress and Shopify
sites for local businesses.

Salary: 28k plus overtime
Hours: 37.5 per week
""",
        "expect": {
            "title": "Junior Web Developer",
            "location": "Manchester",
            "remote": "onsite",
            "salary": (28000, 28000, "year"),
        },
    },
    {
        "id": "monthly-dollar",
        "text": """Contract Technical Writer (3 months)
Remote (Americas time zones)

Compensation: $8,000/month, paid as an independent contractor.

Docsmith needs a technical writer to rebuild our API reference and getting-started
guides. You'll work with our OpenAPI spec and docs-as-code tooling.
""",
        "expect": {
            "title": "Contract Technical Writer",
            "company": "Docsmith",
            "remote": "remote",
            "salary": (8000, 8000, "month"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "competitive-salary-with-bonus-numbers",
        "text": """Registered Dental Hygienist
Bright Smiles Dental Group - Denver, CO

We offer a competitive salary, a $10,000 signing bonus, 401(k) with match, and
continuing education allowance of $1,500 per year.

Requirements
- Colorado RDH license
- 2+ years of clinical experience

This is an in-office position, Monday through Thursday.
""",
        "expect": {
            "title": "Registered Dental Hygienist",
            "company": "Bright Smiles Dental Group",
            "location": "Denver, CO",
            "remote": "onsite",
            "salary": None,
        },
    },
    {
        "id": "funding-arr-not-salary",
        "text": """Senior Account Executive, Mid-Market

Beacon Metrics just raised a $50M Series B and crossed $2M ARR last quarter. Our 120
customers include hospitals and universities.

What you'll do
- Own a $1.2M annual quota across new mid-market logos
- Run full-cycle deals from discovery to close

We're remote-first with hubs in Austin and Denver.
""",
        "expect": {
            "title": "Senior Account Executive, Mid-Market",
            "company": "Beacon Metrics",
            "remote": "remote",
            "salary": None,
        },
    },
    {
        "id": "ote-vs-base",
        "text": """Account Executive (SMB)
New York, NY · Hybrid (3 days in office)

Compensation: base $90k, OTE $150k, uncapped commission.

Crate & Ledger sells inventory software to independent retailers. We're hiring an
Account Executive to close new SMB business.
""",
        "expect": {
            "title": "Account Executive (SMB)",
            "company": "Crate & Ledger",
            "location": "New York, NY",
            "remote": "hybrid",
            "salary": (90000, 90000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "k-range-one-suffix",
        "text": """Marketing Coordinator

Pinecrest Outdoor is a family-owned gear retailer in Bend, Oregon. This role is based in
our Bend office (on-site).

Salary: $50-$60k DOE, plus 40% employee discount.
""",
        "expect": {
            "title": "Marketing Coordinator",
            "company": "Pinecrest Outdoor",
            "remote": "onsite",
            "salary": (50000, 60000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "eur-code-after-k-range",
        "text": """Role: Mobile Engineer (Flutter)
Location: Remote within Spain or Portugal
Salary: 50-60k EUR gross per year

Olivo Labs builds a meal-planning app. You will own our Flutter codebase end to end.
""",
        "expect": {
            "title": "Mobile Engineer (Flutter)",
            "company": "Olivo Labs",
            "location": "Remote within Spain or Portugal",
            "remote": "remote",
            "salary": (50000, 60000, "year"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "sek-monthly-spaces",
        "text": """Backend Developer, Stockholm

Nordvik Energi is looking for a Backend Developer for our smart-grid platform.

Salary range: 70 000 - 90 000 SEK / month
We work hybrid: at least two days a week at our office in Södermalm.

Tech: Kotlin, Spring, PostgreSQL, Kafka.
""",
        "expect": {
            "title": "Backend Developer",
            "company": "Nordvik Energi",
            "location": "Stockholm",
            "remote": "hybrid",
            "salary": (70000, 90000, "month"),
            "salary_currency": "SEK",
        },
    },
    {
        "id": "usd-code-k-range",
        "text": """Solutions Engineer
USD 100k-120k base + variable
100% remote, anywhere in the US or Canada

Gridwise helps utilities forecast load. As a Solutions Engineer you will run technical
discovery and demos with our account executives.
""",
        "expect": {
            "title": "Solutions Engineer",
            "company": "Gridwise",
            "remote": "remote",
            "salary": (100000, 120000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "k-en-dash-range",
        "text": """Engineering Manager, Data Platform
$120K–$150K

Hollow Pine is an ed-tech company based in Portland. This is an on-site role at our
Portland office; we believe in building together.

You will lead a team of six data engineers.
""",
        "expect": {
            "title": "Engineering Manager, Data Platform",
            "company": "Hollow Pine",
            "remote": "onsite",
            "salary": (120000, 150000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "a-year-full-numbers",
        "text": """Job Title: Clinical Research Coordinator
Location: Baltimore, MD
Salary: $120,000 - $150,000 a year

This position is onsite only. The coordinator manages study visits for our oncology
trials.
""",
        "expect": {
            "title": "Clinical Research Coordinator",
            "location": "Baltimore, MD",
            "remote": "onsite",
            "salary": (120000, 150000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "remote-label-no",
        "text": """Position: Warehouse Supervisor
Location: Reno, NV
Remote: No
Pay: $27 - $31 per hour, overtime available

Lead a team of 20 associates on second shift.
""",
        "expect": {
            "title": "Warehouse Supervisor",
            "location": "Reno, NV",
            "remote": "onsite",
            "salary": (27, 31, "hour"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "workplace-type-hybrid-label",
        "text": """Title: HR Business Partner
Company: Greywater Foods
Workplace type: Hybrid
Location: Minneapolis, MN
Employment type: Full-time

Greywater Foods is looking for an HR Business Partner to support our plants in the
upper Midwest.
""",
        "expect": {
            "title": "HR Business Partner",
            "company": "Greywater Foods",
            "location": "Minneapolis, MN",
            "remote": "hybrid",
            "salary": None,
        },
    },
    {
        "id": "remote-friendly-culture-but-onsite",
        "text": """Manufacturing Engineer

About Voltaic
Voltaic designs battery packs for e-bikes. We are proud of our remote-friendly culture
for our software team, and our remote teams in Poland and Canada.

About the role
This role is on-site in Austin, TX, on our production floor.

Requirements
- Lean manufacturing, DFMEA
- 3+ years in electromechanical assembly
""",
        "expect": {
            "title": "Manufacturing Engineer",
            "company": "Voltaic",
            "location": "Austin, TX",
            "remote": "onsite",
            "salary": None,
        },
    },
    {
        "id": "silent-work-mode",
        "text": """Payroll Specialist

Responsibilities
- Process bi-weekly payroll for 900 employees in ADP
- Reconcile payroll taxes and benefits deductions

Qualifications
- 3+ years of multi-state payroll experience
- CPP certification preferred
""",
        "expect": {
            "title": "Payroll Specialist",
            "remote": None,
            "salary": None,
        },
    },
    {
        "id": "home-office-stipend-only",
        "text": """Technical Recruiter

Sparrowhawk is hiring a Technical Recruiter to help us grow our engineering team from 40
to 80 people.

What you'll do
- Own full-cycle recruiting for engineering roles
- Partner with hiring managers on interview loops

Benefits
- Medical, dental and vision
- $500 home office stipend
- Annual learning budget
""",
        "expect": {
            "title": "Technical Recruiter",
            "company": "Sparrowhawk",
            "remote": None,
            "salary": None,
        },
    },
    {
        "id": "wfh-abbrev",
        "text": """Junior Copywriter
WFH | Full-time | ₹4-6 LPA

Inkwell Content is looking for a Junior Copywriter to write blog posts and product pages
for our SaaS clients.
""",
        "expect": {
            "title": "Junior Copywriter",
            "company": "Inkwell Content",
            "remote": "remote",
            "salary": (400000, 600000, "year"),
            "salary_currency": "INR",
        },
    },
    {
        "id": "no-remote-phrase",
        "text": """Line Cook
The Copper Kettle - Savannah, GA

Pay: $16 - $19 an hour plus tips
Schedule: evenings and weekends. No remote, obviously - this is a kitchen!

Experience with high-volume brunch service is a plus.
""",
        "expect": {
            "title": "Line Cook",
            "company": "The Copper Kettle",
            "location": "Savannah, GA",
            "remote": "onsite",
            "salary": (16, 19, "hour"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "not-remote-this-role",
        "text": """Security Operations Analyst

Location: Arlington, VA
Clearance: Active TS/SCI required
Salary: $105,000 - $130,000 per year

This role is not remote. You will work in a SCIF on a 2-2-3 rotating schedule.
""",
        "expect": {
            "title": "Security Operations Analyst",
            "location": "Arlington, VA",
            "remote": "onsite",
            "salary": (105000, 130000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "work-from-home-full",
        "text": """Medical Coder - Work From Home

Our revenue cycle team is looking for a certified Medical Coder. This is a full-time work
from home position; equipment is provided.

Pay: $24.50 per hour
CPC or CCS certification required.
""",
        "expect": {
            "title": "Medical Coder",
            "remote": "remote",
            "salary": (24.5, 24.5, "hour"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "remote-us-only-paren",
        "text": """Senior Frontend Engineer
Remote (US only)

Paloma Health builds software for physical therapists.

Salary: $140,000 - $165,000 + equity
Full-time, remote. We meet in person twice a year.
""",
        "expect": {
            "title": "Senior Frontend Engineer",
            "company": "Paloma Health",
            "remote": "remote",
            "salary": (140000, 165000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "hybrid-three-days",
        "text": """Operations Manager
Hybrid (3 days in office) - Atlanta, GA

Peachtree Courier is looking for an Operations Manager to run our same-day delivery hub.

Compensation: $75,000 - $88,000 annually, plus quarterly bonus.
""",
        "expect": {
            "title": "Operations Manager",
            "company": "Peachtree Courier",
            "location": "Atlanta, GA",
            "remote": "hybrid",
            "salary": (75000, 88000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "london-two-days",
        "text": """Compliance Officer

Thamesbridge Capital is an FCA-authorised wealth manager with £3bn of assets under
management.

The role is based in our London office two days a week, with the rest from home.

Salary: £55,000 – £65,000 per annum + 10% bonus
""",
        "expect": {
            "title": "Compliance Officer",
            "company": "Thamesbridge Capital",
            "location": "London",
            "remote": "hybrid",
            "salary": (55000, 65000, "year"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "fully-distributed",
        "text": """Developer Advocate

Hollowbyte is a fully distributed company: 70 people in 22 countries, no offices.

You'll write tutorials, speak at conferences and turn community feedback into product
changes.

Salary: $120k–$140k, same band worldwide.
""",
        "expect": {
            "title": "Developer Advocate",
            "company": "Hollowbyte",
            "remote": "remote",
            "salary": (120000, 140000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "greenhouse-salary-and-cols",
        "text": """Product Manager, Growth
New York, NY (Hybrid)

Fieldnote builds tools for field researchers.

Our hybrid model means you'll be in our Manhattan office on Tuesdays and Thursdays.

Salary Range
$150,000 - $175,000 USD
The salary range listed is for New York City. Our ranges in other US locations are
$135,000 - $160,000.
""",
        "expect": {
            "title": "Product Manager, Growth",
            "company": "Fieldnote",
            "location": "New York, NY",
            "remote": "hybrid",
            "salary": (150000, 175000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "german-monthly-brutto",
        "text": """Stellenangebot: IT-Systemadministrator (m/w/d)
Standort: Köln
Arbeitszeit: Vollzeit, 40 Stunden
Vergütung: 4.500 € – 5.500 € brutto monatlich

Wir sind ein mittelständischer Logistiker mit 600 Mitarbeitenden.
Arbeitsort: vor Ort in Köln.
""",
        "expect": {
            "title": "IT-Systemadministrator",
            "location": "Köln",
            "remote": "onsite",
            "salary": (4500, 5500, "month"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "hourly-up-to-doe",
        "text": """Freelance Motion Designer

We're a small studio making explainer videos. Remote, async-friendly.

Rate: up to $70/hr DOE
Expect 15-20 hours a week for the next three months.
""",
        "expect": {
            "title": "Freelance Motion Designer",
            "remote": "remote",
            "salary": (None, 70, "hour"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "linkedin-onsite-header",
        "text": """Electrical Engineer II
Ironleaf Power · Houston, TX (On-site)
1 week ago · 43 applicants
$95K/yr - $115K/yr · Full-time
1,001-5,000 employees · Utilities

About the job
Ironleaf Power is hiring an Electrical Engineer II to design substation upgrades.

Requirements
- PE license or EIT with plan to obtain PE
- 3+ years of substation design
""",
        "expect": {
            "title": "Electrical Engineer II",
            "company": "Ironleaf Power",
            "location": "Houston, TX",
            "remote": "onsite",
            "salary": (95000, 115000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "linkedin-remote-header-no-salary",
        "text": """Machine Learning Engineer, Recommendations
Streamly · United States (Remote)
Reposted 3 days ago · Over 200 applicants
Full-time · Mid-Senior level

About the job
Streamly's recommendations team personalises the home screen for 30 million viewers.

Minimum qualifications
- MS in Computer Science or related field
- 3+ years building ranking systems
""",
        "expect": {
            "title": "Machine Learning Engineer, Recommendations",
            "company": "Streamly",
            "location": "United States",
            "remote": "remote",
            "salary": None,
        },
    },
    {
        "id": "hiring-title-at-company",
        "text": """Hiring: Senior iOS Engineer at Lumenpay (Remote, Europe)

Lumenpay is a payments app for freelancers in 12 EU countries. We're a remote-first team
of 35.

Salary: €75,000 - €95,000 + ESOP

Requirements
- 5+ years with Swift and UIKit
- Experience with SwiftUI
""",
        "expect": {
            "title": "Senior iOS Engineer",
            "company": "Lumenpay",
            "remote": "remote",
            "salary": (75000, 95000, "year"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "numbers-everywhere-salary-later",
        "text": """Senior DevOps Engineer

Founded in 2012, Cobalt Ridge serves 3,000 companies and processes 40 million events a day.
Our 2024 revenue was $85M.

Tech: AWS, Terraform, GitHub Actions, 10+ Kubernetes clusters.

Compensation
The salary for this position is $155,000 to $175,000 per year.
Work arrangement: Hybrid, 2 days/week in our Denver office.
""",
        "expect": {
            "title": "Senior DevOps Engineer",
            "company": "Cobalt Ridge",
            "remote": "hybrid",
            "salary": (155000, 175000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "teacher-annual-single",
        "text": """Middle School Math Teacher (2026-2027 School Year)
Riverside Academy Charter School - Sacramento, CA

Starting salary: $62,500 annually, with step increases.

Riverside Academy is a public charter school serving 600 students in grades 6-8.
Teachers are on campus during school hours.
""",
        "expect": {
            "title": "Middle School Math Teacher",
            "company": "Riverside Academy Charter School",
            "location": "Sacramento, CA",
            "remote": "onsite",
            "salary": (62500, 62500, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "requisition-in-title",
        "text": """Senior Software Engineer - Identity (Req #48213)
Toronto, ON | Hybrid

Salary: $130,000 - $150,000 CAD

Mapleleaf Telecom is hiring a Senior Software Engineer for our identity platform.
""",
        "expect": {
            "title": "Senior Software Engineer - Identity",
            "company": "Mapleleaf Telecom",
            "location": "Toronto, ON",
            "remote": "hybrid",
            "salary": (130000, 150000, "year"),
            "salary_currency": "CAD",
        },
    },
    {
        "id": "nzd-seek",
        "text": """Senior Test Analyst
Kahu Software
Wellington Central, Wellington
Full time
$110,000 – $125,000 per year

We are a Wellington, New Zealand software company. Our team works from our office on
the waterfront, with flexible hours.

You will lead testing for our payroll product and coach two junior testers.
""",
        "expect": {
            "title": "Senior Test Analyst",
            "company": "Kahu Software",
            "location": "Wellington Central, Wellington",
            "remote": "onsite",
            "salary": (110000, 125000, "year"),
            "salary_currency": "NZD",
        },
    },
    {
        "id": "graduate-scheme-uk",
        "text": """Graduate Software Engineer - September 2027 intake

Northgate Rail is looking for graduates to join our two-year engineering programme.

Starting salary: £32,000, rising to £36,000 after year one.
Based in Derby, office-based with occasional site visits.
""",
        "expect": {
            "title": "Graduate Software Engineer",
            "company": "Northgate Rail",
            "location": "Derby",
            "remote": "onsite",
            "salary": (32000, 32000, "year"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "ote-first-base-in-brackets",
        "text": """Business Development Manager - Manchester
OTE £60,000 (£35,000 base) + car allowance

Our client, a leading HR software vendor, needs a Business Development Manager to open
new accounts across the North West. Field-based, covering Manchester and Liverpool.
""",
        "expect": {
            "title": "Business Development Manager",
            "remote": "onsite",
            "salary": (35000, 35000, "year"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "signing-bonus-on-salary-line",
        "text": """Senior Estimator
Location: Nashville, TN (on-site)
Salary: $120,000 - $150,000 + $10,000 signing bonus

Ridgeback Builders is a commercial general contractor. The estimator prices bids for
healthcare and education projects.
""",
        "expect": {
            "title": "Senior Estimator",
            "company": "Ridgeback Builders",
            "location": "Nashville, TN (on-site)",
            "remote": "onsite",
            "salary": (120000, 150000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "salary-floor-plus",
        "text": """Principal Product Designer
Salary: $180,000+ depending on experience
Remote in the US

Lanternfish builds tools for public libraries.
""",
        "expect": {
            "title": "Principal Product Designer",
            "company": "Lanternfish",
            "remote": "remote",
            "salary": (180000, None, "year"),
            "salary_currency": "USD",
        },
    },
    # Batch A: written as held-out postings, measured untouched (see git log), then tuned on.
    {
        "id": "fresh-glassdoor-estimate",
        "text": """Cobalt Insights
Business Intelligence Developer
Columbus, OH
$78K - $96K (Employer est.)
Easy Apply

Job description
Cobalt Insights is growing its analytics practice and needs a BI Developer who loves
turning messy data into clean models.

Responsibilities:
- Build Power BI reports and DAX measures
- Model data in Azure Synapse

This position is hybrid, with Mondays and Wednesdays in our Columbus office.

Job Type: Full-time
""",
        "expect": {
            "title": "Business Intelligence Developer",
            "company": "Cobalt Insights",
            "location": "Columbus, OH",
            "remote": "hybrid",
            "salary": (78000, 96000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "fresh-uk-k-range-no-symbol-second",
        "text": """DevOps Engineer - Leeds - £40-45k

My client, a fast-growing health-tech scale-up, is looking for a DevOps Engineer to
join their platform team. Hybrid, 1 day a week in Leeds.

Key skills: AWS, Terraform, GitHub Actions, Docker
""",
        "expect": {
            "title": "DevOps Engineer",
            "location": "Leeds",
            "remote": "hybrid",
            "salary": (40000, 45000, "year"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "fresh-indeed-estimated-hourly",
        "text": """Delivery Driver
Greenleaf Grocers
Sacramento, CA
Estimated pay: $21.50 an hour
Job type: Full-time, Part-time

Drive our refrigerated van on daily grocery routes. Clean driving record required. Must be
able to lift 50 lbs. Routes start at our Sacramento warehouse.

Work Location: On the road
""",
        "expect": {
            "title": "Delivery Driver",
            "company": "Greenleaf Grocers",
            "location": "Sacramento, CA",
            "remote": "onsite",
            "salary": (21.5, 21.5, "hour"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "fresh-negotiable-salary",
        "text": """Junior Data Engineer (Remote)

Salary: Negotiable / DOE

Waveform Audio is a small team building tools for podcast producers. We are 100%
remote and hire across Europe.

You'll help maintain our ingestion jobs written in Python and Airflow.
""",
        "expect": {
            "title": "Junior Data Engineer",
            "company": "Waveform Audio",
            "remote": "remote",
            "salary": None,
        },
    },
    {
        "id": "fresh-monthly-eur-german-text",
        "text": """Frontend Entwickler React (m/w/d)
Standort: München
Homeoffice: bis zu 3 Tage pro Woche
Gehalt: 4.000 – 5.200 € brutto pro Monat

Wir sind ein Versicherungs-Startup mit 80 Mitarbeitenden.
""",
        "expect": {
            "title": "Frontend Entwickler React",
            "location": "München",
            "remote": "hybrid",
            "salary": (4000, 5200, "month"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "fresh-lever-remote-canada",
        "text": """Senior Data Scientist
Remote – Canada
Data Science – Data Science /
Full-time /
Remote

Northlight Fintech is hiring a Senior Data Scientist to build credit-risk models.

The salary range for this role in Canada is CAD $135,000 – $160,000. Final offers depend
on skills and experience. We also offer stock options and a $1,000 annual wellness
allowance.
""",
        "expect": {
            "title": "Senior Data Scientist",
            "company": "Northlight Fintech",
            "remote": "remote",
            "salary": (135000, 160000, "year"),
            "salary_currency": "CAD",
        },
    },
    {
        "id": "fresh-workday-hourly-onsite",
        "text": """Maintenance Technician - 2nd Shift
locations
Greenville, SC
time type
Full time
job requisition id
JR-55102

Keep our molding lines running. This is a fully on-site role at our Greenville plant.

Hourly pay: $28.00 - $34.00
Shift differential of $2.00/hour applies to 2nd shift.
""",
        "expect": {
            "title": "Maintenance Technician",
            "location": "Greenville, SC",
            "remote": "onsite",
            "salary": (28.0, 34.0, "hour"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "fresh-prose-join-us-as",
        "text": """Join Larkspur Learning as a Curriculum Designer and help us build math lessons
that teachers actually want to use.

You'll work from home with the rest of our distributed team, and we get together twice a
year in Denver.

Pay: $72,000–$84,000 per year, plus benefits.
""",
        "expect": {
            "title": "Curriculum Designer",
            "company": "Larkspur Learning",
            "remote": "remote",
            "salary": (72000, 84000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "fresh-html-dl-labels",
        "text": """<h2>Senior QA Engineer</h2>
<dl><dt>Location</dt><dd>Kraków, Poland</dd>
<dt>Work model</dt><dd>Remote</dd>
<dt>Salary</dt><dd>18&nbsp;000 &ndash; 24&nbsp;000 PLN net/month (B2B)</dd></dl>
<p>We test banking apps for clients in the Nordics.</p>""",
        "expect": {
            "title": "Senior QA Engineer",
            "location": "Kraków, Poland",
            "remote": "remote",
            "salary": (18000, 24000, "month"),
            "salary_currency": "PLN",
        },
    },
    {
        "id": "fresh-per-annum-pro-rata-part-time",
        "text": """Part-Time Bookkeeper (20 hours)
Harrow, London
£30,000 pro rata per annum

A friendly dental practice is looking for a part-time Bookkeeper. You will be based in
the practice on Tuesdays, Wednesdays and Thursdays.
""",
        "expect": {
            "title": "Part-Time Bookkeeper",
            "location": "Harrow, London",
            "remote": "onsite",
            "salary": (30000, 30000, "year"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "fresh-equity-and-ote-numbers",
        "text": """Sales Development Representative
Remote (EST or CST)

Our SDRs earn $55,000 base salary plus commission, for an on-target earnings of $80,000.
We are backed by $22M in venture funding.

You'll book meetings for our account executives.
""",
        "expect": {
            "title": "Sales Development Representative",
            "remote": "remote",
            "salary": (55000, 55000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "fresh-weekly-travel-nurse",
        "text": """Travel Nurse - Med Surg
Assignment: 13 weeks
Location: Albuquerque, NM
Weekly pay: $2,150 - $2,400

Housing stipend included. Day shift, 3x12s, in-hospital.
""",
        "expect": {
            "title": "Travel Nurse - Med Surg",
            "location": "Albuquerque, NM",
            "remote": "onsite",
            "salary": (2150, 2400, "week"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "fresh-ashby-remote-salary-bullet",
        "text": """Software Engineer, Infrastructure
Location
Remote (Europe)
Employment Type
Full time
Location Type
Remote
Department
Engineering
Compensation
€90K – €120K • Offers Equity

At Quietwave we build noise-monitoring sensors for cities.
""",
        "expect": {
            "title": "Software Engineer, Infrastructure",
            "remote": "remote",
            "salary": (90000, 120000, "year"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "fresh-no-work-mode-salary-range-words",
        "text": """Environmental Scientist

Salary range: $68,000 to $82,000

Tidewater Consulting is seeking an Environmental Scientist for wetland delineation and
permitting projects. Field work is required about 40% of the time.
""",
        "expect": {
            "title": "Environmental Scientist",
            "company": "Tidewater Consulting",
            "remote": None,
            "salary": (68000, 82000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "fresh-singapore-monthly",
        "text": """Product Analyst
Singapore
Salary: S$6,500 - S$8,500 monthly

Merlion Pay is looking for a Product Analyst. Hybrid work arrangement: 3 days in office.
""",
        "expect": {
            "title": "Product Analyst",
            "company": "Merlion Pay",
            "location": "Singapore",
            "remote": "hybrid",
            "salary": (6500, 8500, "month"),
            "salary_currency": "SGD",
        },
    },
    # Batch B: written as held-out postings, measured untouched (see git log), then tuned on.
    {
        "id": "freshb-linkedin-show-more",
        "text": """Senior Product Analyst
Tallgrass Health · Kansas City, MO (Remote)
Reposted 1 week ago · 87 applicants
$105K/yr - $125K/yr · Full-time · Mid-Senior level

About the job
Tallgrass Health is looking for a Senior Product Analyst to help our care teams understand
how patients use our app.

You will partner with product managers to design experiments and define metrics.

Show more
Show less

Meet the hiring team
Dana Whitfield
Director of Analytics
""",
        "expect": {
            "title": "Senior Product Analyst",
            "company": "Tallgrass Health",
            "location": "Kansas City, MO",
            "remote": "remote",
            "salary": (105000, 125000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshb-indeed-pay-on-own-line",
        "text": """Office Manager
Harlow & Finch Law
Richmond, VA 23219

Pay
$58,000 - $66,000 a year

Job type
Full-time

Full job description
Harlow & Finch is a 25-attorney firm looking for an Office Manager to run our downtown
office: facilities, vendors, onboarding and the front desk.

Work Location: In person
""",
        "expect": {
            "title": "Office Manager",
            "company": "Harlow & Finch Law",
            "location": "Richmond, VA",
            "remote": "onsite",
            "salary": (58000, 66000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshb-greenhouse-html-pay",
        "text": """<div id="content"><h1 class="app-title">Data Platform Engineer</h1>
<div class="location">Remote - Canada</div>
<p>Corvid Maps builds offline maps for hikers and search-and-rescue teams.</p>
<h3>What you'll do</h3><ul><li>Own our Spark and Iceberg pipelines</li>
<li>Make tile builds twice as fast</li></ul>
<div class="content-pay-transparency"><div class="title">Canada pay range</div>
<div class="pay-range"><span>$140,000</span><span class="divider">&mdash;</span>
<span>$165,000 CAD</span></div></div></div>""",
        "expect": {
            "title": "Data Platform Engineer",
            "company": "Corvid Maps",
            "remote": "remote",
            "salary": (140000, 165000, "year"),
            "salary_currency": "CAD",
        },
    },
    {
        "id": "freshb-recruiter-email",
        "text": """Hi,

I'm recruiting for a Senior PHP Developer with a client of mine, an e-commerce business
in Bristol. Salary is £50-60k, and it's hybrid with 2 days a week in their office near
Temple Meads.

They use Laravel, Vue and MySQL. Let me know if you'd like to chat!

Thanks,
Tom
""",
        "expect": {
            "title": "Senior PHP Developer",
            "remote": "hybrid",
            "salary": (50000, 60000, "year"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "freshb-workday-remote-state",
        "text": """Claims Adjuster I
locations
Remote - Texas
time type
Full time
job requisition id
R25-3301

Lone Star Mutual is hiring a Claims Adjuster I to handle auto physical-damage claims.
This is a work-from-home role; applicants must live in Texas.

Compensation: $52,000 - $60,000 annually
""",
        "expect": {
            "title": "Claims Adjuster I",
            "company": "Lone Star Mutual",
            "remote": "remote",
            "salary": (52000, 60000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshb-tokyo-yen-millions",
        "text": """Backend Engineer (Go) - Tokyo
Sakura Logistics
Salary: ¥8M ~ ¥12M per year
Hybrid: office 3 days a week in Shibuya

We are building the routing engine for same-day deliveries across Japan.
Business-level Japanese is not required.
""",
        "expect": {
            "title": "Backend Engineer (Go)",
            "company": "Sakura Logistics",
            "remote": "hybrid",
            "salary": (8000000, 12000000, "year"),
            "salary_currency": "JPY",
        },
    },
    {
        "id": "freshb-hourly-cents",
        "text": """Bank Teller - Part Time
Prairie First Credit Union - Omaha, NE

Pay: $19.50 - $23.75/hour
Schedule: Tuesday-Saturday, 20-28 hours a week

This position works at our Dodge Street branch.
""",
        "expect": {
            "title": "Bank Teller",
            "company": "Prairie First Credit Union",
            "location": "Omaha, NE",
            "remote": "onsite",
            "salary": (19.5, 23.75, "hour"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshb-reed-hourly-gbp",
        "text": """Warehouse Operative
£12.50 - £14.00 per hour
Northampton, Northamptonshire
Temporary, full-time

Our client, a national retailer, needs Warehouse Operatives for the peak season.
Picking, packing and loading on days and nights.
""",
        "expect": {
            "title": "Warehouse Operative",
            "location": "Northampton, Northamptonshire",
            "remote": None,
            "salary": (12.5, 14.0, "hour"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "freshb-competitive-gbp",
        "text": """Head of Finance
Salary: £competitive + benefits
Location: Edinburgh (hybrid)

Thistle Energy is looking for a Head of Finance to lead a team of five.
""",
        "expect": {
            "title": "Head of Finance",
            "company": "Thistle Energy",
            "location": "Edinburgh (hybrid)",
            "remote": "hybrid",
            "salary": None,
        },
    },
    {
        "id": "freshb-seek-brisbane-k-super",
        "text": """Civil Engineer
Brisbane QLD
$95k - $105k + super

About us
Greenway Infrastructure designs roads and bridges for councils across Queensland.

The role
You will work from our Fortitude Valley office and visit sites around South East
Queensland.
""",
        "expect": {
            "title": "Civil Engineer",
            "company": "Greenway Infrastructure",
            "location": "Brisbane QLD",
            "remote": "onsite",
            "salary": (95000, 105000, "year"),
            "salary_currency": "AUD",
        },
    },
    {
        "id": "freshb-remote-friendly-eu-tz",
        "text": """Support Engineer
Remote-friendly (EU time zones)

Saltbox is a small company making backup software for Mac teams. You'll answer technical
tickets and write help-centre articles.

Salary: €48,000 - €56,000 per year
""",
        "expect": {
            "title": "Support Engineer",
            "company": "Saltbox",
            "remote": "remote",
            "salary": (48000, 56000, "year"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "freshb-mon-thu-office",
        "text": """Job Opening: Assistant Store Manager

Fable & Fern is a home-goods retailer with 30 stores. We're hiring an Assistant Store
Manager for our Charleston, SC store.

Pay: $48,000 - $54,000 per year, plus quarterly bonus
""",
        "expect": {
            "title": "Assistant Store Manager",
            "company": "Fable & Fern",
            "location": "Charleston, SC",
            "remote": None,
            "salary": (48000, 54000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshb-sr-title-remote-suffix",
        "text": """Sr. Software Engineer (Backend) - Remote

Compensation: $150,000-$175,000 annually + equity

Outpost Labs builds fleet-tracking hardware. Our backend runs on Elixir and Postgres.
Work from anywhere in the United States.
""",
        "expect": {
            "title": "Sr. Software Engineer (Backend)",
            "company": "Outpost Labs",
            "remote": "remote",
            "salary": (150000, 175000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshb-ireland-doe",
        "text": """QA Lead
Cork, Ireland
€55,000 - €65,000 DOE

Shannonsoft makes scheduling software for hospitals. This is a hybrid position: in the
office Monday to Wednesday, from home Thursday and Friday.
""",
        "expect": {
            "title": "QA Lead",
            "company": "Shannonsoft",
            "location": "Cork, Ireland",
            "remote": "hybrid",
            "salary": (55000, 65000, "year"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "freshb-nz-auckland",
        "text": """Payroll Administrator
Kauri Group
Auckland CBD, Auckland
Full time
$70,000 – $80,000 per year

Kauri Group runs 14 restaurants across Auckland. Our support office is in the CBD and
this role is office-based.
""",
        "expect": {
            "title": "Payroll Administrator",
            "company": "Kauri Group",
            "location": "Auckland CBD, Auckland",
            "remote": "onsite",
            "salary": (70000, 80000, "year"),
            "salary_currency": "NZD",
        },
    },
    # Held-out batch C (untuned figures in git log --grep=batch), now tuned on.
    {
        "id": "freshc-career-site-req-line",
        "text": """Logistics Coordinator
Req ID: 2291
Location: Louisville, KY

Job Summary
Bluegrass Parcel is seeking a Logistics Coordinator to schedule inbound freight and keep
our carriers on time. This role is based at our Louisville hub.

Pay Transparency
Salary Range: $49,000 - $57,000. The range reflects the minimum and maximum we expect to
pay for this role.
""",
        "expect": {
            "title": "Logistics Coordinator",
            "company": "Bluegrass Parcel",
            "location": "Louisville, KY",
            "remote": "onsite",
            "salary": (49000, 57000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshc-linkedin-co-hybrid",
        "text": """Senior Accountant
Orchard Supply Co.
Fresno, CA · Hybrid

About the job
Orchard Supply Co. distributes irrigation parts to farms across the Central Valley.
We are hiring a Senior Accountant to own month-end close.

Salary: Between $80,000 and $92,000 per year
""",
        "expect": {
            "title": "Senior Accountant",
            "company": "Orchard Supply Co.",
            "location": "Fresno, CA",
            "remote": "hybrid",
            "salary": (80000, 92000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshc-starting-at-hourly",
        "text": """Kennel Attendant
Happy Tails Pet Resort - Boise, ID

Starting at $17/hr, with raises after 90 days.
Weekends required. All work is done on-site caring for our guests.
""",
        "expect": {
            "title": "Kennel Attendant",
            "company": "Happy Tails Pet Resort",
            "location": "Boise, ID",
            "remote": "onsite",
            "salary": (17, None, "hour"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshc-inside-ir35-day-rate",
        "text": """Business Analyst - Inside IR35 - 6 months
£250-£300 per day
Remote (UK), with occasional travel to our Leeds office

A public-sector client needs a Business Analyst to map their benefits processes.
""",
        "expect": {
            "title": "Business Analyst",
            "remote": "remote",
            "salary": (250, 300, "day"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "freshc-eur-pa",
        "text": """Teamleiter Kundenservice (m/w/d)
Standort: Leipzig
Gehalt: 52.000 – 58.000 € p.a.
Arbeitsmodell: hybrid (2 Tage Homeoffice pro Woche)

Sie führen ein Team von 12 Mitarbeitenden im Kundenservice.
""",
        "expect": {
            "title": "Teamleiter Kundenservice",
            "location": "Leipzig",
            "remote": "hybrid",
            "salary": (52000, 58000, "year"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "freshc-onsite-five-days",
        "text": """Hardware Test Engineer
Pixelforge · San Jose, CA

This is an onsite role, 5 days per week in our San Jose lab.

Base salary range: $125,000 - $145,000
""",
        "expect": {
            "title": "Hardware Test Engineer",
            "company": "Pixelforge",
            "location": "San Jose, CA",
            "remote": "onsite",
            "salary": (125000, 145000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshc-job-title-dash-label",
        "text": """Job Title - Senior Network Engineer
Department - IT Infrastructure
Location - Phoenix, AZ (Hybrid)
Salary - $110,000 to $130,000 per year

Desert Sun Utilities is looking for a Senior Network Engineer to run our SD-WAN rollout.
""",
        "expect": {
            "title": "Senior Network Engineer",
            "company": "Desert Sun Utilities",
            "location": "Phoenix, AZ (Hybrid)",
            "remote": "hybrid",
            "salary": (110000, 130000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshc-were-hiring-first-line",
        "text": """We're hiring!
Digital Marketing Executive
Manchester | Full-time | £28,000 - £32,000

Brightwave Digital is a 20-person agency. You will plan and run paid social campaigns for
our retail clients. Hybrid: 3 days in the office.
""",
        "expect": {
            "title": "Digital Marketing Executive",
            "company": "Brightwave Digital",
            "location": "Manchester",
            "remote": "hybrid",
            "salary": (28000, 32000, "year"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "freshc-k-per-month-eur",
        "text": """Role: Senior Backend Developer (Node.js)
Location: Lisbon, Portugal - remote within Portugal
Salary: 4.5k - 5.5k EUR per month (14 payments)

Azulejo Tech builds booking software for surf schools.
""",
        "expect": {
            "title": "Senior Backend Developer (Node.js)",
            "company": "Azulejo Tech",
            "location": "Lisbon, Portugal - remote within Portugal",
            "remote": "remote",
            "salary": (4500, 5500, "month"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "freshc-inr-lakh-commas",
        "text": """Job Title: QA Engineer
Company: Lotus Fintech
Location: Hyderabad (Hybrid)
CTC: 8,00,000 - 12,00,000 INR per annum
Experience: 2-4 years
""",
        "expect": {
            "title": "QA Engineer",
            "company": "Lotus Fintech",
            "location": "Hyderabad (Hybrid)",
            "remote": "hybrid",
            "salary": (800000, 1200000, "year"),
            "salary_currency": "INR",
        },
    },
    {
        "id": "freshc-w2-vs-c2c",
        "text": """Java Developer (Contract)
Location: Jersey City, NJ - Onsite 3 days a week
Rate: $65/hr on W2 or $75/hr C2C
Duration: 12 months

Must have 8+ years of Java and Spring Boot.
""",
        "expect": {
            "title": "Java Developer",
            "location": "Jersey City, NJ - Onsite 3 days a week",
            "remote": "hybrid",
            "salary": (65, 65, "hour"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshc-workday-hourly-decimals",
        "text": """Patient Access Representative
locations
Spokane, WA
time type
Part time

Inland Valley Health is hiring a Patient Access Representative for our emergency
department registration desk. This position is in person.

Pay range: $21.34 - $30.55 hourly
""",
        "expect": {
            "title": "Patient Access Representative",
            "company": "Inland Valley Health",
            "location": "Spokane, WA",
            "remote": "onsite",
            "salary": (21.34, 30.55, "hour"),
            "salary_currency": "USD",
        },
    },
    # Held-out batch D (untuned figures in git log --grep=batch), now tuned on.
    {
        "id": "freshd-nhs-salary-two-lines",
        "text": """Staff Nurse (Band 5) - Acute Medical Unit
Northgate Hospitals NHS Foundation Trust

Salary
£29,970 to £36,483 a year per annum, pro rata

Contract
Permanent

Working pattern
Full-time, Flexible working

Job summary
We are looking for a compassionate Staff Nurse to join our busy Acute Medical Unit. You
will work 12.5-hour shifts, including nights and weekends, as part of a team of 40 nurses.

Person specification
- NMC registration
- Evidence of continuing professional development
""",
        "expect": {
            "title": "Staff Nurse - Acute Medical Unit",
            "company": "Northgate Hospitals NHS Foundation Trust",
            "remote": None,
            "salary": (29970, 36483, "year"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "freshd-usajobs-gs-telework",
        "text": """IT Specialist (INFOSEC)
Department of Veterans Affairs
Office of Information and Technology

Overview
Open & closing dates: 01/05/2027 to 01/19/2027
Salary: $86,962 - $113,047 per year
Pay scale & grade: GS 12
Remote job: No
Telework eligible: Yes—as determined by the agency policy.
Travel Required: 25% or less
Location: 1 vacancy in the following location: Austin, TX

Duties
As an IT Specialist (INFOSEC) you will assess the security posture of field office systems.
""",
        "expect": {
            "title": "IT Specialist (INFOSEC)",
            "company": "Department of Veterans Affairs",
            "remote": "hybrid",
            "salary": (86962, 113047, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshd-uk-university-grade",
        "text": """Research Fellow in Computational Linguistics
School of Informatics
Reference: 104552
Grade 7: £37,099 to £44,263 per annum
Fixed term for 24 months
Closing date: 12 March 2027

The School of Informatics is seeking a Research Fellow to join the speech and language
group on a funded project of £1.4 million. The post is based on the King's Buildings campus
in Edinburgh, with hybrid working available by agreement with the line manager.
""",
        "expect": {
            "title": "Research Fellow in Computational Linguistics",
            "remote": "hybrid",
            "salary": (37099, 44263, "year"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "freshd-spain-euros-brutos",
        "text": """Técnico/a de Mantenimiento Industrial
Grupo Ebrosa – Zaragoza
Jornada completa · Presencial

¿Qué harás?
- Mantenimiento preventivo y correctivo de líneas de envasado
- Gestión de órdenes de trabajo en SAP PM

Ofrecemos:
- Contrato indefinido
- Salario: 28.000 - 32.000 euros brutos anuales
- Turnos rotativos de mañana y tarde
""",
        "expect": {
            "title": "Técnico/a de Mantenimiento Industrial",
            "remote": "onsite",
            "salary": (28000, 32000, "year"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "freshd-brazil-reais-por-mes",
        "text": """Analista de Dados Pleno
Empresa: Vetor Pagamentos
Local: São Paulo, SP (Híbrido - 3x por semana no escritório)
Salário: R$ 8.000 a R$ 10.500 por mês + VR/VA

Responsabilidades
- Construir dashboards no Power BI
- Modelar dados no dbt
""",
        "expect": {
            "title": "Analista de Dados Pleno",
            "company": "Vetor Pagamentos",
            "remote": "hybrid",
            "salary": (8000, 10500, "month"),
            "salary_currency": "BRL",
        },
    },
    {
        "id": "freshd-naukri-lacs-pa",
        "text": """Senior Java Developer
Kestrel Infosoft Pvt Ltd
4-8 Yrs | 12-18 Lacs P.A. | Bengaluru

Job description
Work from office - 5 days a week. Immediate joiners preferred.
- Strong Core Java, Spring Boot and microservices
- Experience with Kafka is a plus

Role: Back End Developer
Industry Type: IT Services & Consulting
""",
        "expect": {
            "title": "Senior Java Developer",
            "remote": "onsite",
            "salary": (1200000, 1800000, "year"),
            "salary_currency": "INR",
        },
    },
    {
        "id": "freshd-indeed-rating-shift",
        "text": """Warehouse Associate - 2nd Shift
Northline Distribution 3.6★
Reno, NV 89502
$19.50 - $21.75 an hour - Full-time

Profile insights
Here's how the job qualifications align with your profile.

Full job description
Northline Distribution is hiring Warehouse Associates for our Reno fulfillment center.
- Pick, pack and load orders
- Lift up to 50 lbs

Work Location: In person
""",
        "expect": {
            "title": "Warehouse Associate",
            "company": "Northline Distribution",
            "location": "Reno, NV",
            "remote": "onsite",
            "salary": (19.5, 21.75, "hour"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshd-german-mwd-brutto-monatlich",
        "text": """Steuerfachangestellter (m/w/d) in Teilzeit
Kanzlei Bergmann & Roth · Leipzig

Ihre Aufgaben
- Erstellung von Finanz- und Lohnbuchhaltungen
- Vorbereitung von Jahresabschlüssen

Wir bieten:
- 3.200 € – 3.800 € brutto monatlich
- 2 Tage Homeoffice pro Woche
- 30 Tage Urlaub
""",
        "expect": {
            "title": "Steuerfachangestellter",
            "remote": "hybrid",
            "salary": (3200, 3800, "month"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "freshd-french-hf-keuros",
        "text": """Chef de Projet Digital H/F
Lyon (69) - CDI

Votre mission
Au sein de l'agence, vous pilotez les projets web de nos clients de la conception à la
mise en ligne.

Rémunération : 45 - 50 K€ brut annuel
Télétravail : 2 jours par semaine
""",
        "expect": {
            "title": "Chef de Projet Digital",
            "remote": "hybrid",
            "salary": (45000, 50000, "year"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "freshd-singapore-monthly",
        "text": """Accounts Executive
Merlion Trading Pte Ltd
Salary: S$3,800 – S$4,500 monthly
Work location: Jurong East (on-site, Mon-Fri)

Job responsibilities
- Full set of accounts for two subsidiaries
- GST filing and month-end closing

Requirements
- Diploma in Accountancy
""",
        "expect": {
            "title": "Accounts Executive",
            "company": "Merlion Trading Pte Ltd",
            "remote": "onsite",
            "salary": (3800, 4500, "month"),
            "salary_currency": "SGD",
        },
    },
    {
        "id": "freshd-recruiter-spam-urgent",
        "text": """URGENT!! Java dev needed ASAP - 6 month contract - $70-75/hr W2

Hi all,
My direct client in Charlotte, NC needs a strong Java dev. Hybrid 3 days onsite.
Must have: Java 17, Spring, AWS. No C2C. Please send resumes to jobs@example.com
""",
        "expect": {
            "title": "Java dev",
            "remote": "hybrid",
            "salary": (70, 75, "hour"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshd-linkedin-about-first-sentence",
        "text": """About the job
Our client, a leading insurer in Dublin, is hiring a Claims Handler on a 12-month contract.
€38,000 - €42,000 DOE. Hybrid-remote: two days in our Dublin 2 office.

Key responsibilities
- Manage a portfolio of motor claims from first notice to settlement
- Liaise with loss adjusters and solicitors
""",
        "expect": {
            "title": "Claims Handler",
            "remote": "hybrid",
            "salary": (38000, 42000, "year"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "freshd-per-shift-casual-chef",
        "text": """Event Chef (Casual)
Harbourside Catering Co. – Sydney NSW
Pay: $320 per shift (8-hour shifts), paid weekly

We cater weddings and corporate events across Sydney. Work is on-site at our client venues,
mostly on Friday and Saturday evenings.
""",
        "expect": {
            "title": "Event Chef",
            "remote": "onsite",
            "salary": (320, 320, "day"),
            "salary_currency": "AUD",
        },
    },
    {
        "id": "freshd-per-diem-nurse-hourly",
        "text": """Registered Nurse - Per Diem - Med/Surg
St. Brigid Medical Center
Houston, TX
Pay Range: $48.25 - $61.10 / hour
Shift: Nights, 12 hours

St. Brigid is a 400-bed teaching hospital. Per diem nurses pick up at least four shifts a
month.
""",
        "expect": {
            "title": "Registered Nurse - Med/Surg",
            "company": "St. Brigid Medical Center",
            "location": "Houston, TX",
            "remote": None,
            "salary": (48.25, 61.10, "hour"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshd-markdown-crlf-emea",
        "text": "\r\n".join(
            [
                "**Senior Product Designer**",
                "",
                "**Company:** Lumio",
                "**Location:** Remote within EMEA",
                "",
                "### What you'll do",
                "",
                "\u25aa Own the design of our mobile onboarding",
                "\u25aa Run usability tests every sprint",
                "",
                "### Compensation",
                "",
                "\u27a4 \u20ac70,000\u00a0\u2013\u00a0\u20ac85,000 base + equity",
                "\u2713 30 days of holiday",
            ]
        ),
        "expect": {
            "title": "Senior Product Designer",
            "company": "Lumio",
            "remote": "remote",
            "salary": (70000, 85000, "year"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "freshd-html-table-salary",
        "text": """<h2>Store Manager</h2>
<table>
<tr><td>Location</td><td>Leeds</td></tr>
<tr><td>Salary</td><td>£34,000 - £38,000</td></tr>
<tr><td>Hours</td><td>45 per week</td></tr>
<tr><td>Work location</td><td>In person</td></tr>
</table>
<p>Our Leeds store needs a hands-on manager to lead a team of 25.</p>""",
        "expect": {
            "title": "Store Manager",
            "location": "Leeds",
            "remote": "onsite",
            "salary": (34000, 38000, "year"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "freshd-company-first-caps-title-doe",
        "text": """Harlow & Finch Logistics
TRANSPORT PLANNER
Location: Daventry, Northamptonshire
Salary: Competitive / DOE

Office-first: we work from our Daventry office four days a week and from home on Fridays.
You will plan 60 trunking routes a night across the Midlands.
""",
        "expect": {
            "title": "Transport Planner",
            "company": "Harlow & Finch Logistics",
            "remote": "hybrid",
            "salary": None,
        },
    },
    {
        "id": "freshd-polish-zloty-monthly",
        "text": """Specjalista ds. Logistyki
Wrocław · Praca hybrydowa

Wynagrodzenie: 9 000 - 11 000 zł brutto miesięcznie

Twoje zadania
- Planowanie dostaw dla sieci sklepów
- Współpraca z przewoźnikami
""",
        "expect": {
            "title": "Specjalista ds. Logistyki",
            "remote": "hybrid",
            "salary": (9000, 11000, "month"),
            "salary_currency": "PLN",
        },
    },
    # Held-out batch E (untuned figures in git log --grep=batch), now tuned on.
    {
        "id": "freshe-union-scale-electrician",
        "text": """Journeyman Electrician — IBEW Local 48
Cascade Electric Contractors
Portland, OR

Wage: $52.87/hr per union scale + fringe benefits ($31.20/hr)

We are staffing a hospital expansion and two data-center builds. Must be able to commute to
job sites across the Portland metro area. Valid Oregon journeyman license required.
""",
        "expect": {
            "title": "Journeyman Electrician",
            "company": "Cascade Electric Contractors",
            "location": "Portland, OR",
            "remote": "onsite",
            "salary": (52.87, 52.87, "hour"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshe-uk-teacher-mps-nbsp",
        "text": """Teacher of Mathematics
Oakfield Academy, Bristol
Salary: MPS/UPS (£31,650\u00a0-\u00a0£49,084)
Contract: Permanent, full time
Start date: September 2027

Oakfield Academy is a growing 11-18 school. We are looking for a Teacher of Mathematics who
can teach to A level. Applications close on 14 May 2027.
""",
        "expect": {
            "title": "Teacher of Mathematics",
            "company": "Oakfield Academy",
            "remote": None,
            "salary": (31650, 49084, "year"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "freshe-seek-flexible-location",
        "text": """Senior Accountant
Kinross Advisory
Melbourne VIC
Accounting (Audit - External)
Full time
$110,000 – $125,000 + super
Listed three days ago

Flexible location: work from any of our Melbourne, Sydney or Brisbane offices, with two
days a week at home.
""",
        "expect": {
            "title": "Senior Accountant",
            "company": "Kinross Advisory",
            "remote": "hybrid",
            "salary": (110000, 125000, "year"),
            "salary_currency": "AUD",
        },
    },
    {
        "id": "freshe-japanese-doda-style",
        "text": """【正社員】バックエンドエンジニア（Go）
株式会社サクラテック
勤務地：東京都渋谷区（リモート可・週2出社）
年収：600万円〜900万円

仕事内容
決済APIの設計・開発をお任せします。
""",
        "expect": {
            "title": "バックエンドエンジニア（Go）",
            "remote": "hybrid",
            "salary": (6000000, 9000000, "year"),
            "salary_currency": "JPY",
        },
    },
    {
        "id": "freshe-japan-english-yen",
        "text": """Bilingual IT Support Engineer
Tokyo, Japan
Salary: ¥5,000,000 - ¥7,000,000 / year
Hybrid (2 days WFH)

Support 300 users across our Tokyo and Osaka offices in Japanese and English.
""",
        "expect": {
            "title": "Bilingual IT Support Engineer",
            "location": "Tokyo, Japan",
            "remote": "hybrid",
            "salary": (5000000, 7000000, "year"),
            "salary_currency": "JPY",
        },
    },
    {
        "id": "freshe-south-africa-ctc-monthly",
        "text": """Financial Accountant
Johannesburg, Gauteng
Remuneration: R45 000 - R55 000 per month CTC

Our client, a listed property group, needs a Financial Accountant for month-end and IFRS
reporting. You will work from their Sandton offices five days a week.
""",
        "expect": {
            "title": "Financial Accountant",
            "remote": "onsite",
            "salary": (45000, 55000, "month"),
            "salary_currency": "ZAR",
        },
    },
    {
        "id": "freshe-mexico-sueldo-mensual",
        "text": """Ejecutivo de Ventas Sr.
Grupo Altamar · Ciudad de México
Sueldo: $25,000 - $30,000 MXN mensuales + comisiones
Esquema híbrido

Buscamos un Ejecutivo de Ventas con experiencia en el sector logístico.
""",
        "expect": {
            "title": "Ejecutivo de Ventas Sr.",
            "company": "Grupo Altamar",
            "remote": "hybrid",
            "salary": (25000, 30000, "month"),
            "salary_currency": "MXN",
        },
    },
    {
        "id": "freshe-ireland-head-chef-tips",
        "text": """Head Chef
The Ferryman's Rest, Kinsale, Co. Cork
€48,000 per annum + share of tips

We are a 60-cover seafood restaurant open year round. Live-in accommodation is available.
Must be able to commute to Kinsale or live locally.
""",
        "expect": {
            "title": "Head Chef",
            "remote": "onsite",
            "salary": (48000, 48000, "year"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "freshe-dutch-medior-bruto",
        "text": """Medior Backend Developer (Python)
Utrecht · Hybride · 32-40 uur
Salaris: € 3.800 - € 5.200 bruto per maand + 8% vakantiegeld

Wat ga je doen?
- Je bouwt API's voor onze energie-app
- Je werkt samen met twee andere developers
""",
        "expect": {
            "title": "Medior Backend Developer (Python)",
            "remote": "hybrid",
            "salary": (3800, 5200, "month"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "freshe-italian-ral-smart-working",
        "text": """Impiegato/a Amministrativo/a
Sede di lavoro: Bologna
RAL: 28.000 - 32.000 €
Modalità di lavoro: in sede, con 1 giorno di smart working a settimana

Cerchiamo una persona per la gestione della contabilità fornitori.
""",
        "expect": {
            "title": "Impiegato/a Amministrativo/a",
            "remote": "hybrid",
            "salary": (28000, 32000, "year"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "freshe-linkedin-prose-title-distributed",
        "text": """About the job
Fernway is a distributed team building payroll software for restaurants, and we're looking
for someone to lead our data platform as Staff Data Engineer.

Location: Distributed (US time zones)
Compensation: $185K – $215K + equity

What you'll do
- Own the ingestion and modelling of payroll events
- Mentor four data engineers
""",
        "expect": {
            "title": "Staff Data Engineer",
            "company": "Fernway",
            "remote": "remote",
            "salary": (185000, 215000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshe-summer-intern",
        "text": """Summer 2027 Intern - Data Science
Northwind Analytics
New York, NY (Hybrid)
$42/hour

Northwind Analytics is offering a 12-week internship for students graduating in 2028.
""",
        "expect": {
            "title": "Summer 2027 Intern - Data Science",
            "company": "Northwind Analytics",
            "location": "New York, NY",
            "remote": "hybrid",
            "salary": (42, 42, "hour"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshe-greenhouse-long-repeated",
        "text": """Site Reliability Engineer II
Remote eligible · New York, NY

About Corvid
Corvid makes scheduling software for 4,000 clinics. We raised $60M in 2025.

About the role
You will keep our Kubernetes platform healthy and fast.
"""
        + "\n".join(
            f"- Responsibility {i}: automate toil in area {i} and write the runbook"
            for i in range(60)
        )
        + """

About Corvid
Corvid makes scheduling software for 4,000 clinics. We raised $60M in 2025.

The base salary range for this role is $150,000—$175,000 USD.
""",
        "expect": {
            "title": "Site Reliability Engineer II",
            "remote": "remote",
            "salary": (150000, 175000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshe-indeed-job-opening-ref",
        "text": """Job Opening: Forklift Operator (Ref #WH-2231)
Brightpath Logistics 4.1★
Stockton, CA 95206
Pay: From $22.50 per hour
Job Type: Full-time

Operate sit-down and stand-up forklifts in a 400,000 sq ft distribution center.

Work Location: In person
""",
        "expect": {
            "title": "Forklift Operator",
            "company": "Brightpath Logistics",
            "location": "Stockton, CA",
            "remote": "onsite",
            "salary": (22.5, None, "hour"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshe-canada-federal-pm04",
        "text": """Program Officer (PM-04)
Employment and Social Development Canada
Ottawa, Ontario
Salary: $83,486 to $90,377 (annual)
Hybrid work model: 3 days a week on site

Who can apply: Persons residing in Canada and Canadian citizens residing abroad.
""",
        "expect": {
            "title": "Program Officer",
            "company": "Employment and Social Development Canada",
            "location": "Ottawa, Ontario",
            "remote": "hybrid",
            "salary": (83486, 90377, "year"),
            "salary_currency": "CAD",
        },
    },
    {
        "id": "freshe-uk-contract-day-rate-spam",
        "text": """**** CONTRACT OPPORTUNITY **** SC Cleared DevOps Engineer
£450 - £500 per day (Outside IR35)
6 months initial | Mostly remote with 1 day a month in Bristol

My client, a defence integrator, needs an SC cleared DevOps engineer for a cloud migration.
Terraform, AWS and GitLab CI essential.
""",
        "expect": {
            "title": "SC Cleared DevOps Engineer",
            "remote": "remote",
            "salary": (450, 500, "day"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "freshe-glassdoor-employer-est",
        "text": """Retail Sales Associate
Harbor & Vine
Charleston, SC
$15.00 - $18.00 Per Hour (Employer est.)
Easy Apply

Harbor & Vine is a home goods boutique on King Street. Weekend availability required.
""",
        "expect": {
            "title": "Retail Sales Associate",
            "company": "Harbor & Vine",
            "location": "Charleston, SC",
            "remote": None,
            "salary": (15, 18, "hour"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshe-wfo-three-days-competitive",
        "text": """Credit Risk Analyst
Meridian Finserv Pvt. Ltd. | Mumbai

Package: Competitive, best in industry
WFO 3 days a week (Tue-Thu), rest WFH.

You will build PD/LGD models for the retail loan book.
""",
        "expect": {
            "title": "Credit Risk Analyst",
            "remote": "hybrid",
            "salary": None,
        },
    },
    {
        "id": "freshe-remote-friendly-reside-state",
        "text": """Clinical Documentation Specialist
Remote-friendly (must reside in Colorado)

Peak Valley Health is hiring a Clinical Documentation Specialist to review inpatient
records. Pay: $38 - $46 hourly, depending on experience.
""",
        "expect": {
            "title": "Clinical Documentation Specialist",
            "company": "Peak Valley Health",
            "remote": "remote",
            "salary": (38, 46, "hour"),
            "salary_currency": "USD",
        },
    },
    # Held-out batch F (untuned figures in git log --grep=batch), now tuned on.
    {
        "id": "freshf-workday-annual-hybrid-title",
        "text": """Data Analyst II (Hybrid)
Apply
locations
Columbus, OH
time type
Full time
job requisition id
R-118234

Oakridge Mutual is a member-owned insurer. The Data Analyst II supports claims reporting.

Pay Range: $72,400.00 - $96,600.00 Annual
This position follows a hybrid schedule: in-office Tuesday through Thursday.
""",
        "expect": {
            "title": "Data Analyst II",
            "company": "Oakridge Mutual",
            "location": "Columbus, OH",
            "remote": "hybrid",
            "salary": (72400, 96600, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshf-lever-slash-line",
        "text": """Product Manager, Growth
San Francisco / Product / Full-time / Hybrid

Tidewell helps small landlords collect rent. As Product Manager, Growth you will own our
activation funnel.

The salary range for this role is $165,000 - $190,000 per year, plus equity.
""",
        "expect": {
            "title": "Product Manager, Growth",
            "company": "Tidewell",
            "location": "San Francisco",
            "remote": "hybrid",
            "salary": (165000, 190000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshf-uk-civil-service-national-london",
        "text": """Policy Adviser
Department for Transport
Grade: Higher Executive Officer (HEO)
Salary: £35,720 - £38,600 (National), £40,100 - £43,250 (London)
Working pattern: Flexible working, Full-time, Job share
Location: Leeds, Birmingham, London - hybrid, 60% of your time in an office

About the job
You will advise ministers on rail freight decarbonisation.
""",
        "expect": {
            "title": "Policy Adviser",
            "company": "Department for Transport",
            "remote": "hybrid",
            "salary": (35720, 38600, "year"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "freshf-neogov-monthly-decimals",
        "text": """ENVIRONMENTAL HEALTH SPECIALIST II
Salary
$4,512.00 - $6,049.00 Monthly
Location
Fresno County, CA
Job Type
Full-Time
Department
Public Health

The Environmental Health Specialist II inspects restaurants, pools and small water
systems. Field work in the county is required daily; a county vehicle is provided.
""",
        "expect": {
            "title": "Environmental Health Specialist II",
            "remote": "onsite",
            "salary": (4512, 6049, "month"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshf-travel-nurse-weekly",
        "text": """Travel RN - Labor & Delivery
Estimated pay: $2,450/week
13 weeks | 36 hrs/week | Nights
Albuquerque, NM

Housing stipend of $1,200/week included in the estimate above is not guaranteed.
""",
        "expect": {
            "title": "Travel RN - Labor & Delivery",
            "remote": None,
            "salary": (2450, 2450, "week"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshf-polish-b2b-uop",
        "text": """Senior Python Developer
Kraków (praca zdalna)

Widełki:
B2B: 18 000 – 24 000 PLN netto + VAT / mies.
UoP: 15 000 – 20 000 PLN brutto / mies.

Stack: Python, FastAPI, PostgreSQL, AWS
""",
        "expect": {
            "title": "Senior Python Developer",
            "location": "Kraków",
            "remote": "remote",
            "salary": (18000, 24000, "month"),
            "salary_currency": "PLN",
        },
    },
    {
        "id": "freshf-india-rupee-a-year",
        "text": """Customer Support Executive (Voice, International)
Location: Gurugram, Haryana
₹ 3,60,000 - 4,80,000 a year
Rotational shifts, 5 days working from office. Cab facility provided.
""",
        "expect": {
            "title": "Customer Support Executive (Voice, International)",
            "remote": "onsite",
            "salary": (360000, 480000, "year"),
            "salary_currency": "INR",
        },
    },
    {
        "id": "freshf-quebec-dollar-after",
        "text": """Analyste en cybersécurité
Banque Laurentine – Montréal, QC
Salaire : 75 000 $ à 92 000 $ par année
Mode de travail hybride : 2 jours au bureau par semaine
""",
        "expect": {
            "title": "Analyste en cybersécurité",
            "remote": "hybrid",
            "salary": (75000, 92000, "year"),
            "salary_currency": "CAD",
        },
    },
    {
        "id": "freshf-home-based-travel",
        "text": """Territory Account Manager
Home-based with regular travel across Scotland

Salary: £42,000 basic + car allowance + uncapped commission (OTE £65,000)

Halberd Medical supplies theatre equipment to NHS and private hospitals.
""",
        "expect": {
            "title": "Territory Account Manager",
            "company": "Halberd Medical",
            "remote": "remote",
            "salary": (42000, 42000, "year"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "freshf-co-located-austin",
        "text": """Firmware Engineer
Austin, TX

Our hardware team is co-located in Austin so we can share the lab bench every day. We are
remote-first for the rest of the company, but this role is not.

Base pay: $140k–$170k
""",
        "expect": {
            "title": "Firmware Engineer",
            "location": "Austin, TX",
            "remote": "onsite",
            "salary": (140000, 170000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshf-company-dash-title-line",
        "text": """Lakeshore Dental Group - Dental Hygienist
Grand Rapids, MI
$42 - $50 an hour

Four-day work week, no weekends. Our office is in-network with most insurance plans.
""",
        "expect": {
            "title": "Dental Hygienist",
            "company": "Lakeshore Dental Group",
            "location": "Grand Rapids, MI",
            "remote": None,
            "salary": (42, 50, "hour"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshf-emoji-hiring-react",
        "text": """We're hiring! 🚀 Frontend Engineer (React)

Remote (US) — occasional travel to HQ in Denver.
Comp: $130,000 – $155,000 + equity

Loomstack builds inventory software for breweries.
""",
        "expect": {
            "title": "Frontend Engineer (React)",
            "company": "Loomstack",
            "remote": "remote",
            "salary": (130000, 155000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshf-sous-chef-pipes",
        "text": """Sous Chef | Full Time | £32k + tronc
The Anchor & Oak, Henley-on-Thames

48 hours a week across 5 shifts. Live-out.
""",
        "expect": {
            "title": "Sous Chef",
            "remote": None,
            "salary": (32000, 32000, "year"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "freshf-caps-nurse-ed",
        "text": """REGISTERED NURSE - EMERGENCY DEPARTMENT
Mercy Ridge Hospital | Tulsa, OK

Sign-on bonus up to $15,000! Shift differential $4/hr for nights.
Base rate: $36.00 - $52.50 per hour based on years of experience.
""",
        "expect": {
            "title": "Registered Nurse - Emergency Department",
            "company": "Mercy Ridge Hospital",
            "location": "Tulsa, OK",
            "remote": None,
            "salary": (36, 52.5, "hour"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshf-temp-to-perm-position-label",
        "text": """Position: Accounts Payable Clerk - Temp to Perm
Agency: Northway Recruitment
Location: Swindon
Rate: £12.50 - £13.25 p/h

Monday to Friday, 8:30-5. On-site parking.
""",
        "expect": {
            "title": "Accounts Payable Clerk",
            "location": "Swindon",
            "remote": None,
            "salary": (12.5, 13.25, "hour"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "freshf-stepstone-gehalt-jahr",
        "text": """Projektleiter Elektrotechnik (m/w/d)
Voltara Gebäudetechnik GmbH
Nürnberg
Feste Anstellung · Vollzeit · Homeoffice möglich

Gehalt: 62.000 – 74.000 € / Jahr
""",
        "expect": {
            "title": "Projektleiter Elektrotechnik",
            "company": "Voltara Gebäudetechnik GmbH",
            "remote": "hybrid",
            "salary": (62000, 74000, "year"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "freshf-expected-in-office",
        "text": """Executive Assistant to the CEO
Pemberton Capital

You will be expected in the office Monday to Friday, supporting the CEO with diary and
travel management.

Salary: £45,000 - £52,000 + discretionary bonus
""",
        "expect": {
            "title": "Executive Assistant to the CEO",
            "company": "Pemberton Capital",
            "remote": "onsite",
            "salary": (45000, 52000, "year"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "freshf-markdown-heading-job-title",
        "text": """## Job Title
Warehouse Shift Lead

## Location
Dartford, Kent (on site)

## Pay
£14.10 per hour, rising to £14.90 after probation
""",
        "expect": {
            "title": "Warehouse Shift Lead",
            "remote": "onsite",
            "salary": (14.10, 14.10, "hour"),
            "salary_currency": "GBP",
        },
    },
    # Held-out batch G (untuned figures in git log --grep=batch), now tuned on.
    {
        "id": "freshg-au-nurse-award-grade",
        "text": """Registered Nurse Grade 2 (Year 1-8) - Rehabilitation
Eastern Bays Health
Box Hill VIC 3128
$38.99 - $50.91 per hour
Part-time 0.6 FTE

Eastern Bays Health is recruiting a Registered Nurse for our 30-bed sub-acute rehabilitation
ward. Salary packaging available.
""",
        "expect": {
            "title": "Registered Nurse Grade 2 - Rehabilitation",
            "company": "Eastern Bays Health",
            "remote": None,
            "salary": (38.99, 50.91, "hour"),
            "salary_currency": "AUD",
        },
    },
    {
        "id": "freshg-academic-competitive",
        "text": """Assistant Professor of Chemistry
Tenure-track position, College of Arts and Sciences
Whitmore University, Lexington, KY

The Department of Chemistry invites applications for a tenure-track Assistant Professor
beginning August 2027. Salary is competitive and commensurate with experience. Review of
applications begins 1 December 2026.
""",
        "expect": {
            "title": "Assistant Professor of Chemistry",
            "remote": None,
            "salary": None,
        },
    },
    {
        "id": "freshg-spanish-camarero-netos",
        "text": """Camarero/a de Sala
Restaurante La Alacena · Valencia

Buscamos camarero/a con experiencia para servicio de comidas y cenas.
- Contrato de 40 horas semanales
- Salario: 1.400 € netos/mes + propinas
- Dos días libres consecutivos
""",
        "expect": {
            "title": "Camarero/a de Sala",
            "remote": None,
            "salary": (1400, 1400, "month"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "freshg-werkstudent-per-stunde",
        "text": """Werkstudent (m/w/d) Marketing
Flinkbox GmbH · Hamburg · Hybrid

Was dich erwartet
- Betreuung unserer Social-Media-Kanäle
- 15-20 Stunden pro Woche

Was wir bieten
- 15 €/Std.
- Flexible Arbeitszeiten
""",
        "expect": {
            "title": "Werkstudent Marketing",
            "company": "Flinkbox GmbH",
            "remote": "hybrid",
            "salary": (15, 15, "hour"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "freshg-irish-single-line-pipes",
        "text": """Software Engineer | €65k–€80k | Hybrid (Cork)

Tessellate builds route-planning software for Irish hauliers. You'll work on our Kotlin
services and help run them in production.
""",
        "expect": {
            "title": "Software Engineer",
            "company": "Tessellate",
            "remote": "hybrid",
            "salary": (65000, 80000, "year"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "freshg-transit-starting-top-scale",
        "text": """Bus Operator - Trainee
Metro Valley Transit
Starting wage: $24.18/hour; top of scale $36.40/hour after 4 years (ATU Local 1277)

Paid 8-week training program. Operators report to the Eastside garage for each shift.
""",
        "expect": {
            "title": "Bus Operator - Trainee",
            "company": "Metro Valley Transit",
            "remote": "onsite",
            "salary": (24.18, 24.18, "hour"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshg-virtual-position-canada",
        "text": """Bilingual Benefits Advisor
Northstar Life · Canada

This is a virtual position open to candidates anywhere in Canada. You will answer member
questions in English and French.

Salary range: $58,000 – $68,000 annually
""",
        "expect": {
            "title": "Bilingual Benefits Advisor",
            "company": "Northstar Life",
            "remote": "remote",
            "salary": (58000, 68000, "year"),
            "salary_currency": "CAD",
        },
    },
    {
        "id": "freshg-onsite-flex-label",
        "text": """Mechanical Design Engineer
Arbor Robotics
Pittsburgh, PA
Work arrangement: Onsite-flex (4 days in office)
Compensation: $105,000-$128,000
""",
        "expect": {
            "title": "Mechanical Design Engineer",
            "company": "Arbor Robotics",
            "location": "Pittsburgh, PA",
            "remote": "hybrid",
            "salary": (105000, 128000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshg-anywhere-in-uk-meetups",
        "text": """Content Designer
Location: Anywhere in the UK (quarterly meetups in London)
Salary: £48,000 - £56,000

Fairlight Energy is a small team making home energy bills easier to understand.
""",
        "expect": {
            "title": "Content Designer",
            "company": "Fairlight Energy",
            "remote": "remote",
            "salary": (48000, 56000, "year"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "freshg-linkedin-eur-yr-onsite",
        "text": """Senior Backend Engineer
Fintrail · Amsterdam, North Holland, Netherlands (On-site)
€75,000/yr - €90,000/yr · Full-time
51-200 employees · Financial Services

About the job
Fintrail is building a payments gateway for European marketplaces.
""",
        "expect": {
            "title": "Senior Backend Engineer",
            "company": "Fintrail",
            "remote": "onsite",
            "salary": (75000, 90000, "year"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "freshg-za-rand-spaces-per-annum",
        "text": """Senior Quantity Surveyor
Cape Town, Western Cape
Salary: R 480 000 – R 560 000 per annum

A growing construction consultancy is looking for a Senior Quantity Surveyor to run
commercial projects from tender to final account. Based in the Century City office.
""",
        "expect": {
            "title": "Senior Quantity Surveyor",
            "remote": "onsite",
            "salary": (480000, 560000, "year"),
            "salary_currency": "ZAR",
        },
    },
    {
        "id": "freshg-crlf-nbsp-bullets-bold-pay",
        "text": "\r\n".join(
            [
                "Customer Service Representative",
                "",
                "**Pay:**\u00a0$25\u2013$28/hr",
                "**Schedule:** Monday\u2013Friday",
                "",
                "\u2022 Answer inbound calls from policyholders",
                "\u2022 Work from home after a 3-week paid training in our Tampa office",
                "\u2714 Health, dental and vision from day one",
            ]
        ),
        "expect": {
            "title": "Customer Service Representative",
            "remote": "remote",
            "salary": (25, 28, "hour"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshg-naukri-not-disclosed-yrs",
        "text": """Java Developer (3-5 yrs)
Quantive Softech
3-5 Years | Not Disclosed | Hyderabad

Job description
We need a Java Developer with Spring Boot and REST API experience. Work from office.
""",
        "expect": {
            "title": "Java Developer",
            "company": "Quantive Softech",
            "remote": "onsite",
            "salary": None,
        },
    },
    {
        "id": "freshg-caps-title-with-pay-and-mode",
        "text": """PAYROLL MANAGER - UP TO £55K - HYBRID

Our client, a national housebuilder, is looking for an experienced Payroll Manager to run a
monthly payroll of 1,800 employees. Hybrid working, 2 days a week in the Solihull office.

Salary: up to £55,000 + car allowance + bonus
""",
        "expect": {
            "title": "Payroll Manager",
            "remote": "hybrid",
            "salary": (None, 55000, "year"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "freshg-trades-overtime-rota",
        "text": """Multi-skilled Maintenance Engineer
Hallam Foods, Sheffield
£40,000 - £45,000 + overtime (4 on 4 off, days/nights)

Hallam Foods makes chilled ready meals for major retailers. You will look after our
packing lines on site.
""",
        "expect": {
            "title": "Multi-skilled Maintenance Engineer",
            "company": "Hallam Foods",
            "remote": "onsite",
            "salary": (40000, 45000, "year"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "freshg-dutch-english-gross-month",
        "text": """Data Engineer
Rotterdam, the Netherlands

Salary: €4,000 - €5,500 gross per month (excl. 8% holiday allowance)
Hybrid: at least 2 days at the Rotterdam office

Havenlink connects container terminals with the trucking companies that serve them.
""",
        "expect": {
            "title": "Data Engineer",
            "company": "Havenlink",
            "remote": "hybrid",
            "salary": (4000, 5500, "month"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "freshg-sg-k-annually",
        "text": """Regional Compliance Manager
Singapore
S$ 80K - 100K annually + AWS

Arkwell Bank is hiring a Regional Compliance Manager to cover AML across APAC. Office-based
at Marina Bay Financial Centre.
""",
        "expect": {
            "title": "Regional Compliance Manager",
            "company": "Arkwell Bank",
            "remote": "onsite",
            "salary": (80000, 100000, "year"),
            "salary_currency": "SGD",
        },
    },
    # Held-out batch H (untuned figures in git log --grep=batch), now tuned on.
    {
        "id": "freshh-freelance-needed-for",
        "text": """Shopify Theme Developer Needed for Store Redesign
Hourly: $30.00-$45.00
Est. time: 1 to 3 months, Less than 30 hrs/week

We sell handmade ceramics and need our Dawn theme customised: new product page layout,
faster images and a better cart drawer.
""",
        "expect": {
            "title": "Shopify Theme Developer",
            "remote": None,
            "salary": (30, 45, "hour"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshh-classified-line-cook",
        "text": """Line Cook wanted - $20/hr - Mission District (san francisco)

Busy brunch spot looking for an experienced line cook, weekends a must. Come in between
2-4pm with your resume.
""",
        "expect": {
            "title": "Line Cook",
            "remote": None,
            "salary": (20, 20, "hour"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshh-usajobs-remote-yes",
        "text": """Supervisory Contract Specialist
Department of the Interior
Bureau of Land Management

Salary: $117,962 to $153,354 per year
Pay scale & grade: GS 13
Remote job: Yes
Telework eligible: No
Location: Few vacancies in the following locations: Anywhere in the U.S. (remote job)
""",
        "expect": {
            "title": "Supervisory Contract Specialist",
            "remote": "remote",
            "salary": (117962, 153354, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshh-swiss-pflege-13x",
        "text": """Pflegefachperson HF 80–100 %
Spital Limmattal Süd, Schlieren

Ihre Aufgaben
- Ganzheitliche Pflege auf der chirurgischen Station
- Mitarbeit in der Ausbildung von Lernenden

Lohn: CHF 7'200 – 8'100 pro Monat (13x)
""",
        "expect": {
            "title": "Pflegefachperson HF",
            "remote": None,
            "salary": (7200, 8100, "month"),
            "salary_currency": "CHF",
        },
    },
    {
        "id": "freshh-french-infirmier-brut-mensuel",
        "text": """Infirmier(ère) de bloc opératoire
Clinique des Alpilles – Avignon
CDI – Temps plein

Salaire : 2 300 € à 2 700 € brut mensuel selon expérience
Poste en présentiel, horaires de jour.
""",
        "expect": {
            "title": "Infirmier(ère) de bloc opératoire",
            "remote": "onsite",
            "salary": (2300, 2700, "month"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "freshh-india-founding-lakh-symbol",
        "text": """Founding Engineer
Remote (India)

Tiffinbox is a six-person team building ordering software for home kitchens. We're looking
for a Founding Engineer to own the backend.

Compensation: ₹30L – ₹45L + ESOPs
""",
        "expect": {
            "title": "Founding Engineer",
            "company": "Tiffinbox",
            "remote": "remote",
            "salary": (3000000, 4500000, "year"),
            "salary_currency": "INR",
        },
    },
    {
        "id": "freshh-half-time-in-office",
        "text": """HR Business Partner
Brookfield Logistics | Atlanta, GA

This role requires you to be in the office at least 50% of the time.

Salary: $95,000 - $112,000
""",
        "expect": {
            "title": "HR Business Partner",
            "company": "Brookfield Logistics",
            "location": "Atlanta, GA",
            "remote": "hybrid",
            "salary": (95000, 112000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshh-office-where-team-works",
        "text": """Junior Video Editor
Denver, CO

Our studio in Denver is where the whole team works every day, next to the edit suites.
Pay: $48,000 – $55,000
""",
        "expect": {
            "title": "Junior Video Editor",
            "location": "Denver, CO",
            "remote": "onsite",
            "salary": (48000, 55000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshh-remote-first-coworking",
        "text": """Developer Advocate
Remote-first: work from home, a coworking space, or our Berlin office.
€70.000 – €85.000 per year

Nodeweave makes an open-source workflow engine used by 2,000 companies.
""",
        "expect": {
            "title": "Developer Advocate",
            "company": "Nodeweave",
            "remote": "remote",
            "salary": (70000, 85000, "year"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "freshh-au-flexible-arrangements-super",
        "text": """Civil Engineer
Brisbane QLD
$95k + super

Flexible working arrangements available. You will design stormwater and road upgrades
for local councils.
""",
        "expect": {
            "title": "Civil Engineer",
            "remote": None,
            "salary": (95000, 95000, "year"),
            "salary_currency": "AUD",
        },
    },
    {
        "id": "freshh-caps-nights-place",
        "text": """WAREHOUSE SUPERVISOR – NIGHTS – MILTON KEYNES
£38,500 + 15% shift allowance

Leading a team of 30 operatives across goods-in and dispatch on a 4-on-4-off rota.
""",
        "expect": {
            "title": "Warehouse Supervisor",
            "remote": None,
            "salary": (38500, 38500, "year"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "freshh-cra-home-based-uk",
        "text": """Clinical Research Associate II (CRA II) - Oncology - Home-based, UK
Vantis Clinical

You will monitor oncology trials at 8-10 sites across the North of England.
Salary: £48,000 - £58,000 + car allowance
""",
        "expect": {
            "title": "Clinical Research Associate II (CRA II) - Oncology",
            "company": "Vantis Clinical",
            "remote": "remote",
            "salary": (48000, 58000, "year"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "freshh-job-id-pipe-sr",
        "text": """Job ID: 20931 | Sr. Accountant
Harbor Point Hotels
Scottsdale, AZ

Pay: $78K-$90K DOE. Office-based at our corporate office.
""",
        "expect": {
            "title": "Sr. Accountant",
            "company": "Harbor Point Hotels",
            "location": "Scottsdale, AZ",
            "remote": "onsite",
            "salary": (78000, 90000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshh-tc-and-base",
        "text": """Senior Machine Learning Engineer
San Francisco, CA (Hybrid, 3 days)

TC: $250k–$320k, base $180k–$210k plus RSUs.

Quarry Labs trains recommendation models for independent bookshops.
""",
        "expect": {
            "title": "Senior Machine Learning Engineer",
            "company": "Quarry Labs",
            "location": "San Francisco, CA",
            "remote": "hybrid",
            "salary": (180000, 210000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshh-overlap-cet",
        "text": """Backend Engineer (Elixir)
Location: Remote — must overlap 4 hours with CET
Salary: $60-70K DOE

Sproutly builds scheduling tools for farm shops.
""",
        "expect": {
            "title": "Backend Engineer (Elixir)",
            "company": "Sproutly",
            "remote": "remote",
            "salary": (60000, 70000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshh-one-week-a-month-lisbon",
        "text": """UX Researcher
Hybrid-remote (one week per month in Lisbon)
Salário: 38.000 € – 46.000 € brutos por ano
""",
        "expect": {
            "title": "UX Researcher",
            "remote": "hybrid",
            "salary": (38000, 46000, "year"),
            "salary_currency": "EUR",
        },
    },
    # Held-out batch I (untuned figures in git log --grep=batch), now tuned on.
    {
        "id": "freshi-markdown-table-salary",
        "text": """# Mobile Engineer (iOS)

| | |
|---|---|
| **Location** | Manchester, UK |
| **Salary** | £60,000 – £72,000 |
| **Working pattern** | Hybrid, 2 days in office |

## About Pennywise
Pennywise is a budgeting app with 400k users.
""",
        "expect": {
            "title": "Mobile Engineer (iOS)",
            "company": "Pennywise",
            "remote": "hybrid",
            "salary": (60000, 72000, "year"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "freshi-phd-stipend",
        "text": """PhD Studentship: Soil Carbon Modelling
School of Geography, University of Northfield
Stipend: £19,237 per annum (tax free) plus tuition fees at the UK rate

Applications are invited for a fully funded 3.5-year PhD studentship. The student will be
based in the Environmental Modelling Lab on the main campus.
""",
        "expect": {
            "title": "PhD Studentship: Soil Carbon Modelling",
            "remote": "onsite",
            "salary": (19237, 19237, "year"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "freshi-usd-code-en-dash",
        "text": """Solutions Architect, Public Sector
Remote (must be based in Texas)
USD 120,000–140,000 base, plus commission

Cobaltline sells identity software to state agencies.
""",
        "expect": {
            "title": "Solutions Architect, Public Sector",
            "company": "Cobaltline",
            "remote": "remote",
            "salary": (120000, 140000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshi-eligible-for-remote-work",
        "text": """Medical Coder
Position ID: 55821

Lakeland Regional is seeking a certified Medical Coder. This position is eligible for
remote work after 90 days of onsite training.

Pay range: $24.00 - $31.00 per hr
""",
        "expect": {
            "title": "Medical Coder",
            "company": "Lakeland Regional",
            "remote": "remote",
            "salary": (24, 31, "hour"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshi-remotely-two-days",
        "text": """Quality Assurance Specialist
Sutter & Hale Foods — Modesto, CA

Ability to work remotely 2 days per week once trained.
Salary: $68k/year - $80k/year
""",
        "expect": {
            "title": "Quality Assurance Specialist",
            "company": "Sutter & Hale Foods",
            "location": "Modesto, CA",
            "remote": "hybrid",
            "salary": (68000, 80000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshi-client-premises",
        "text": """SAP FICO Consultant
Contract: 6 months, £550 p.d. inside IR35
Location: On-site at client premises in Reading

Our client, a utilities provider, needs an SAP FICO consultant for an S/4HANA rollout.
""",
        "expect": {
            "title": "SAP FICO Consultant",
            "remote": "onsite",
            "salary": (550, 550, "day"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "freshi-multiple-locations-relocation",
        "text": """Graduate Process Engineer
Work location: Multiple locations
Salary: £31,000

Relocation assistance offered. Teeside Chemicals runs three plants in the North East.
""",
        "expect": {
            "title": "Graduate Process Engineer",
            "company": "Teeside Chemicals",
            "remote": None,
            "salary": (31000, 31000, "year"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "freshi-office-first-company",
        "text": """Account Executive, Mid-Market
New York, NY

We are an office-first company: the sales floor is in Manhattan and we are there Monday
through Friday.

Base: $85,000 | OTE: $170,000
""",
        "expect": {
            "title": "Account Executive, Mid-Market",
            "location": "New York, NY",
            "remote": "onsite",
            "salary": (85000, 85000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshi-german-brutto-jahr-range",
        "text": """Senior Frontend Developer (w/m/d)
Standort: München
Arbeitsmodell: Remote oder hybrid, ganz wie du willst
Gehalt: 70.000–85.000 € brutto/Jahr
""",
        "expect": {
            "title": "Senior Frontend Developer",
            "location": "München",
            "remote": "remote",
            "salary": (70000, 85000, "year"),
            "salary_currency": "EUR",
        },
    },
    {
        "id": "freshi-weekly-locum",
        "text": """Locum Pharmacist
Coastal Community Pharmacy, Whitby
£1,500 weekly (Mon-Fri, 9-6)

Four-week locum cover starting 3 March. Based in the pharmacy.
""",
        "expect": {
            "title": "Locum Pharmacist",
            "remote": "onsite",
            "salary": (1500, 1500, "week"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "freshi-warehouse-environment",
        "text": """Inventory Control Clerk
Gulfport, MS
$17.25 per hr

Work is performed in a warehouse environment with exposure to heat and noise. Must be able to
stand for 10 hours.
""",
        "expect": {
            "title": "Inventory Control Clerk",
            "location": "Gulfport, MS",
            "remote": "onsite",
            "salary": (17.25, 17.25, "hour"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshi-home-working-available",
        "text": """Payroll Administrator
Kestrel Housing Association, Norwich
£26,500 - £28,000 per annum

Home working available for up to two days a week after probation.
""",
        "expect": {
            "title": "Payroll Administrator",
            "company": "Kestrel Housing Association",
            "remote": "hybrid",
            "salary": (26500, 28000, "year"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "freshi-emoji-bullets-title-second",
        "text": """🌿 Greenhaven Garden Centres
🌟 Assistant Store Manager 🌟
📍 Guildford
💷 £30,000 + bonus

✅ Lead a team of 20 in one of our busiest stores
✅ Full-time, including weekends
""",
        "expect": {
            "title": "Assistant Store Manager",
            "company": "Greenhaven Garden Centres",
            "remote": None,
            "salary": (30000, 30000, "year"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "freshi-hybrid-role-london-euro-dl",
        "text": """<dl><dt>Job title</dt><dd>Treasury Analyst</dd>
<dt>Location</dt><dd>Hybrid role - London</dd>
<dt>Salary</dt><dd>£55,000 to £62,000 plus bonus</dd></dl>
<p>Harcourt Shipping is a family-owned shipping group.</p>""",
        "expect": {
            "title": "Treasury Analyst",
            "company": "Harcourt Shipping",
            "remote": "hybrid",
            "salary": (55000, 62000, "year"),
            "salary_currency": "GBP",
        },
    },
    {
        "id": "freshi-in-office-five-days",
        "text": """Investment Banking Analyst
Meridian Row Partners | Chicago, IL
In-office 5 days
$110,000 base salary + discretionary bonus
""",
        "expect": {
            "title": "Investment Banking Analyst",
            "company": "Meridian Row Partners",
            "location": "Chicago, IL",
            "remote": "onsite",
            "salary": (110000, 110000, "year"),
            "salary_currency": "USD",
        },
    },
    {
        "id": "freshj-linkedin-onsite-header",
        "text": """Software Engineer II
Cascade Freight · Seattle, WA (On-site)
3 days ago · 87 applicants
$128K/yr - $152K/yr · Full-time

About the job
Cascade Freight builds the routing software behind 4,000 trucks. You will join the
dispatch team and ship features used by drivers every day.

Responsibilities
- Build services in Go and Postgres
- Participate in an on-call rotation

Qualifications
- 3+ years building backend services
""",
        "expect": {
            "title": "Software Engineer II",
            "company": "Cascade Freight",
            "remote": "onsite",
            "salary": (128000, 152000, "year"),
        },
    },
    {
        "id": "freshj-greenhouse-remote-us",
        "text": """Senior Product Designer
Remote - US

Fieldnote is the notes app for research teams. We are a team of 60 spread across North
America.

What you'll do
- Own the end-to-end design of our collaboration features
- Run usability studies with customers

What we're looking for
- 6+ years of product design experience
- A portfolio showing shipped work

The annual base salary range for this position is $150,000—$180,000 USD. Final offers
depend on experience and location.
""",
        "expect": {
            "title": "Senior Product Designer",
            "remote": "remote",
            "salary": (150000, 180000, "year"),
        },
    },
    {
        "id": "freshj-lever-hybrid-tags",
        "text": """Data Engineer
New York, NY
Engineering – Platform /
Full-time /
Hybrid

Loomstack helps apparel brands plan inventory. Our data platform ingests sales from
more than 300 retailers.

In this role you will:
- Design batch and streaming pipelines on Spark and Airflow
- Own data quality for our forecasting models

You might be a fit if you:
- Have 4+ years of data engineering experience
- Write clean Python and SQL

The salary range for this role is $145,000 - $170,000.
""",
        "expect": {
            "title": "Data Engineer",
            "remote": "hybrid",
            "salary": (145000, 170000, "year"),
        },
    },
    {
        "id": "freshj-workday-no-mode",
        "text": """Customer Service Representative
locations
Dallas, TX
time type
Full time
posted on
Posted 3 Days Ago
job requisition id
R-10234

Job Description:
Answer inbound calls from policyholders, resolve billing questions and document each
interaction in our CRM. Proficiency with Microsoft Office is required.

Pay range: $18.50 - $22.00 per hour
""",
        "expect": {
            "title": "Customer Service Representative",
            "remote": None,
            "salary": (18.5, 22, "hour"),
        },
    },
    {
        "id": "freshj-indeed-warehouse-in-person",
        "text": """Warehouse Associate
Sunvale Logistics
Riverside, CA 92501
$19.50 an hour - Full-time

Job details
Pay
$19.50 an hour
Job type
Full-time
Shift and schedule
8 hour shift
Day shift

Full job description
Pick, pack and ship customer orders. Must be able to lift 50 lbs.

Benefits:
- Dental insurance
- Paid time off

Work Location: In person
""",
        "expect": {
            "title": "Warehouse Associate",
            "company": "Sunvale Logistics",
            "remote": "onsite",
            "salary": (19.5, 19.5, "hour"),
        },
    },
    {
        "id": "freshj-indeed-work-location-remote",
        "text": """Medical Billing Specialist
Brightpath Revenue Partners
$45,000 - $52,000 a year - Full-time

Full job description
Brightpath is hiring an experienced Medical Billing Specialist to work claims for our
physician-group clients. Experience with Epic or athenahealth preferred.

Schedule:
- Monday to Friday

Work Location: Remote
""",
        "expect": {
            "title": "Medical Billing Specialist",
            "company": "Brightpath Revenue Partners",
            "remote": "remote",
            "salary": (45000, 52000, "year"),
        },
    },
    {
        "id": "freshj-indeed-hybrid-remote-in",
        "text": """Staff Accountant
Pine Ridge Utilities
Denver, CO 80202
$68,000 - $78,000 a year

Full job description
Prepare monthly journal entries and account reconciliations; support the year-end audit.

Requirements
- Bachelor's degree in Accounting
- 2+ years of experience

Work Location: Hybrid remote in Denver, CO 80202
""",
        "expect": {
            "title": "Staff Accountant",
            "company": "Pine Ridge Utilities",
            "remote": "hybrid",
            "salary": (68000, 78000, "year"),
        },
    },
    {
        "id": "freshj-career-page-hybrid-sentence",
        "text": """Clinical Research Coordinator

Harbor Point Medical Center is looking for a Clinical Research Coordinator to support our
oncology trials.

This is a hybrid role based in our Boston office, with three days a week on site.

Key responsibilities
- Screen and enrol study participants
- Maintain regulatory binders

Salary range: $62,000 - $74,000 annually
""",
        "expect": {
            "title": "Clinical Research Coordinator",
            "remote": "hybrid",
            "salary": (62000, 74000, "year"),
        },
    },
    {
        "id": "freshj-commuting-distance",
        "text": """Financial Analyst
Location: Charlotte, NC

Summit Lane Bank is hiring a Financial Analyst for our commercial lending group.

Responsibilities
- Build monthly forecasts and variance reports
- Present results to the CFO

Requirements
- 2+ years in FP&A
- Advanced Excel

Candidates must be located within commuting distance of our Charlotte, NC office.

Compensation: $80,000 - $95,000 per year plus bonus
""",
        "expect": {
            "title": "Financial Analyst",
            "remote": "onsite",
            "salary": (80000, 95000, "year"),
        },
    },
    {
        "id": "freshj-rn-no-mode-remote-monitoring",
        "text": """Registered Nurse - Telemetry
St. Brendan's Hospital · Omaha, NE
Full-time · Nights

About the job
Our 32-bed telemetry unit cares for cardiac patients using continuous remote monitoring.
You will assess patients, administer medications and educate families.

Requirements
- Active Nebraska RN license
- BLS and ACLS

Pay: $38.00 - $52.00 per hour, plus night differential
""",
        "expect": {
            "title": "Registered Nurse - Telemetry",
            "remote": None,
            "salary": (38, 52, "hour"),
        },
    },
    {
        "id": "freshj-hybrid-cloud-product-no-mode",
        "text": """Solutions Architect
Location: Atlanta, GA

Vantara Systems helps enterprises run hybrid cloud infrastructure across their own data
centers and the public cloud. Our platform manages 2 million remote devices.

As a Solutions Architect you will design customer deployments and lead technical
workshops.

Requirements
- 7+ years in infrastructure or cloud architecture
- Experience with Kubernetes and VMware

Salary: $165,000 - $195,000
""",
        "expect": {
            "title": "Solutions Architect",
            "remote": None,
            "salary": (165000, 195000, "year"),
        },
    },
    {
        "id": "freshj-office-manager-no-mode",
        "text": """Office Manager
Kettle & Pine Architects - Portland, OR

We are a 25-person architecture studio looking for an Office Manager to keep the studio
running smoothly: vendors, supplies, front office, travel bookings and onboarding.

You have
- 3+ years running an office
- Strong Microsoft Office and QuickBooks skills

$58,000 - $66,000 a year
""",
        "expect": {
            "title": "Office Manager",
            "remote": None,
            "salary": (58000, 66000, "year"),
        },
    },
    {
        "id": "freshj-position-is-remote-states",
        "text": """Technical Support Engineer

This position is remote. Candidates must reside in one of the following states: TX, FL,
GA, NC, AZ.

Tallyhop makes point-of-sale software for restaurants. You will troubleshoot printer,
network and payment issues with our customers.

Pay: $60,000 - $70,000 per year
""",
        "expect": {
            "title": "Technical Support Engineer",
            "remote": "remote",
            "salary": (60000, 70000, "year"),
        },
    },
    {
        "id": "freshj-remote-canada-header",
        "text": """Backend Developer (Ruby)
Remote (Canada)

Maplebox is a subscription commerce platform. You will build the APIs our merchants'
storefronts rely on.

- 4+ years with Ruby on Rails
- Postgres and Redis

Salary: CA$120,000 – CA$140,000
""",
        "expect": {
            "title": "Backend Developer (Ruby)",
            "remote": "remote",
            "salary": (120000, 140000, "year"),
        },
    },
    {
        "id": "freshj-city-only-no-mode",
        "text": """Account Executive, Mid-Market
San Francisco, CA

Brightwire is the revenue platform for B2B marketplaces. We are looking for an Account
Executive to own new business in the mid-market segment.

What you will do
- Run full-cycle sales from discovery to close
- Meet quarterly quota

On-target earnings of $180,000 (50/50 split). Base salary: $90,000.
""",
        "expect": {
            "title": "Account Executive, Mid-Market",
            "remote": None,
            "salary": (90000, 90000, "year"),
        },
    },
    {
        "id": "freshj-lever-onsite-tag",
        "text": """Manufacturing Technician
Austin, TX
Operations /
Full-time /
On-site

Helioform builds solar inverters in our Austin factory. Technicians assemble and test
power boards on second shift.

- High school diploma or equivalent
- Comfortable using hand tools

Hourly rate: $24 - $29
""",
        "expect": {
            "title": "Manufacturing Technician",
            "remote": "onsite",
            "salary": (24, 29, "hour"),
        },
    },
    {
        "id": "freshj-flexible-working-ambiguous",
        "text": """HR Business Partner
Manchester
£45,000 - £52,000 per annum

Northgate Housing is seeking an HR Business Partner to support our operations directorate.

What we offer
- 27 days annual leave
- Flexible working
- Pension with 8% employer contribution
""",
        "expect": {
            "title": "HR Business Partner",
            "remote": None,
            "salary": (45000, 52000, "year"),
        },
    },
    {
        "id": "freshj-remote-friendly-but-three-days",
        "text": """Product Manager, Payments
Location: London, UK

We are a remote-friendly company, but this role requires three days a week in our
Shoreditch office so you can work closely with engineering.

About you
- 4+ years in product management
- Payments or fintech background

Salary: £85,000 - £100,000
""",
        "expect": {
            "title": "Product Manager, Payments",
            "remote": "hybrid",
            "salary": (85000, 100000, "year"),
        },
    },
    {
        "id": "freshj-in-person-interviews-no-mode",
        "text": """Executive Assistant to the CEO
Greenleaf Capital · Miami, FL

Support our CEO with calendar management, travel and board preparation. Interviews are
held in person at our Brickell office. Occasional travel to client sites.

- 5+ years supporting C-level executives
- Expert in Microsoft Office

Salary: $85,000 - $100,000
""",
        "expect": {
            "title": "Executive Assistant to the CEO",
            "remote": None,
            "salary": (85000, 100000, "year"),
        },
    },
    {
        "id": "freshj-linkedin-remote-header",
        "text": """Machine Learning Engineer
Orbitly · United States (Remote)
1 week ago · 200+ applicants
Full-time · Mid-Senior level

About the job
Orbitly uses satellite imagery to monitor crops. You will train and deploy models for
remote sensing data at scale.

- 3+ years of ML engineering
- PyTorch, distributed training
""",
        "expect": {
            "title": "Machine Learning Engineer",
            "company": "Orbitly",
            "remote": "remote",
        },
    },
    {
        "id": "freshj-wfh-fridays",
        "text": """Marketing Coordinator
Bayside Credit Union - Tampa, FL

Join our marketing team to plan branch events and manage our social channels. Our team
works from the Tampa headquarters Monday through Thursday and from home on Fridays.

- 1-2 years of marketing experience
- Canva and Hootsuite

$48,000 - $54,000 per year
""",
        "expect": {
            "title": "Marketing Coordinator",
            "remote": "hybrid",
            "salary": (48000, 54000, "year"),
        },
    },
    {
        "id": "freshk-greenhouse-hybrid-location-line",
        "text": """Senior Backend Engineer
Austin, TX (Hybrid)

Threadline builds scheduling software for home-services businesses.

About the role
You will own the services behind booking and payments, working in Python and Postgres.

Our hybrid schedule is Tuesday through Thursday in the office.

The base salary range for this role is $160,000 - $190,000 per year.
""",
        "expect": {
            "title": "Senior Backend Engineer",
            "remote": "hybrid",
            "salary": (160000, 190000, "year"),
        },
    },
    {
        "id": "freshk-workday-remote-location",
        "text": """Sr. Cybersecurity Analyst
locations
Remote - USA
time type
Full time
job requisition id
JR-55821

Summary
Monitor our SIEM, triage alerts and lead incident response for a regional insurer.

Pay Range: $98,000.00 - $135,000.00 Annual
""",
        "expect": {
            "title": "Sr. Cybersecurity Analyst",
            "remote": "remote",
            "salary": (98000, 135000, "year"),
        },
    },
    {
        "id": "freshk-indeed-dental-in-person",
        "text": """Dental Assistant
Bright Smile Family Dentistry
Boise, ID 83702
$20 - $26 an hour - Full-time

Full job description
Our busy family practice needs a friendly Dental Assistant. Chairside assisting, taking
x-rays and sterilising instruments.

Experience:
- Dental assisting: 1 year (Preferred)

Ability to Commute:
- Boise, ID 83702 (Required)

Work Location: In person
""",
        "expect": {
            "title": "Dental Assistant",
            "company": "Bright Smile Family Dentistry",
            "remote": "onsite",
            "salary": (20, 26, "hour"),
        },
    },
    {
        "id": "freshk-career-page-no-mode-uk",
        "text": """Graduate Mechanical Engineer
Bristol
£28,000 per annum

Avonmere Engineering designs pumping stations for the water industry. Our graduate
scheme gives you two years of rotations across design, site and commissioning teams.

You will need
- A 2:1 degree in Mechanical Engineering
- A full UK driving licence
""",
        "expect": {
            "title": "Graduate Mechanical Engineer",
            "remote": None,
            "salary": (28000, 28000, "year"),
        },
    },
    {
        "id": "freshk-fully-remote-sentence",
        "text": """Content Marketing Manager

Parcelly is a shipping API used by 8,000 online stores. This is a fully remote position
open to candidates anywhere in the United States.

What you'll do
- Own our blog, newsletter and customer stories
- Work with product marketing on launches

$95,000 – $115,000 a year + equity
""",
        "expect": {
            "title": "Content Marketing Manager",
            "remote": "remote",
            "salary": (95000, 115000, "year"),
        },
    },
    {
        "id": "freshk-linkedin-hybrid-no-salary",
        "text": """IT Support Specialist
Northfield Schools Credit Union · Minneapolis, MN (Hybrid)
Full-time · Entry level

About the job
Help our 200 employees with laptops, phones and Microsoft 365. Support branch staff
remotely and in person.

Requirements
- CompTIA A+ or 1 year of help desk experience
""",
        "expect": {
            "title": "IT Support Specialist",
            "company": "Northfield Schools Credit Union",
            "remote": "hybrid",
        },
    },
    {
        "id": "freshk-onsite-sentence-lab",
        "text": """Research Associate, Cell Biology
Cambridge, MA

Larkspur Therapeutics is developing gene therapies for rare muscle diseases.

This is an on-site role in our Kendall Square laboratory.

Responsibilities
- Culture primary cells and run flow cytometry assays
- Keep detailed electronic lab notebooks

Salary range: $75,000 - $90,000
""",
        "expect": {
            "title": "Research Associate, Cell Biology",
            "remote": "onsite",
            "salary": (75000, 90000, "year"),
        },
    },
    {
        "id": "freshk-restaurant-no-mode",
        "text": """Line Cook
The Copper Kettle - Savannah, GA
$17 - $20/hr plus tips

We are a scratch kitchen serving brunch seven days a week. Looking for a Line Cook who
can keep up on a busy Sunday.

- 1+ year of line experience
- Weekends required
""",
        "expect": {
            "title": "Line Cook",
            "remote": None,
            "salary": (17, 20, "hour"),
        },
    },
    {
        "id": "freshk-remote-eligible-with-travel",
        "text": """Implementation Consultant
Location: Remote (US) – up to 30% travel to customer sites

Claimwise sells claims software to mid-size insurers. Implementation Consultants
configure the product and train customer teams.

Requirements
- 3+ years implementing enterprise SaaS
- Willingness to travel

Salary: $85,000 - $105,000
""",
        "expect": {
            "title": "Implementation Consultant",
            "remote": "remote",
            "salary": (85000, 105000, "year"),
        },
    },
    {
        "id": "freshk-hybrid-days-sentence",
        "text": """Business Analyst
Glasgow

Clydeport Insurance is hiring a Business Analyst for its claims transformation programme.
You'll spend two days a week in our Glasgow office and the rest working from home.

Salary: £40,000 - £46,000 + benefits
""",
        "expect": {
            "title": "Business Analyst",
            "remote": "hybrid",
            "salary": (40000, 46000, "year"),
        },
    },
    {
        "id": "freshk-not-remote-statement",
        "text": """Payroll Specialist
Columbus, OH

Payroll Specialist needed for a 600-employee manufacturer. Process bi-weekly payroll in
ADP, handle garnishments and answer employee questions.

Please note: this is not a remote position.

$52,000 - $60,000 per year
""",
        "expect": {
            "title": "Payroll Specialist",
            "remote": "onsite",
            "salary": (52000, 60000, "year"),
        },
    },
    {
        "id": "freshk-teacher-no-mode",
        "text": """Middle School Science Teacher
Oak Hollow Academy · Raleigh, NC

Oak Hollow Academy is seeking a certified science teacher for grades 6-8 starting in
August. Class sizes are capped at 18.

Qualifications
- NC teaching licence
- Bachelor's degree in a science field

Salary: $48,000 - $62,000 depending on experience
""",
        "expect": {
            "title": "Middle School Science Teacher",
            "remote": None,
            "salary": (48000, 62000, "year"),
        },
    },
    {
        "id": "freshk-lever-remote-tag",
        "text": """Senior iOS Engineer
Remote
Engineering – Mobile /
Full-time /
Remote

Tidewater is the banking app for small businesses. You will build features in Swift and
SwiftUI used by 400,000 customers.

Compensation: $170K – $200K + equity
""",
        "expect": {
            "title": "Senior iOS Engineer",
            "remote": "remote",
            "salary": (170000, 200000, "year"),
        },
    },
    {
        "id": "freshk-ambiguous-flexible-location",
        "text": """Program Manager
Washington, DC or Remote

Civic Bridge is a nonprofit helping cities modernise permitting. The Program Manager
runs our partnerships with city governments.

- 5+ years managing government or nonprofit programmes

Salary: $90,000 - $105,000
""",
        "expect": {
            "title": "Program Manager",
            "remote": "remote",
            "salary": (90000, 105000, "year"),
        },
    },
    {
        "id": "freshk-hybrid-flexible-sentence",
        "text": """Senior Accountant
Chicago, IL
$85,000 - $98,000 a year

We offer a flexible hybrid work model: most of the team is in the office on Mondays and
Wednesdays.

Responsibilities
- Month-end close for three entities
- Lead the annual audit
""",
        "expect": {
            "title": "Senior Accountant",
            "remote": "hybrid",
            "salary": (85000, 98000, "year"),
        },
    },
    {
        "id": "freshl-hybrid-cloud-title-remote-role",
        "text": """Hybrid Cloud Platform Engineer
Remote - US

Stratusline runs hybrid cloud environments for regional banks. You will automate our
VMware and AWS estate with Terraform.

Salary: $140,000 - $165,000
""",
        "expect": {
            "title": "Hybrid Cloud Platform Engineer",
            "remote": "remote",
            "salary": (140000, 165000, "year"),
        },
    },
    {
        "id": "freshl-remote-patient-care-rn",
        "text": """Registered Nurse - Remote Patient Care Program
Mercy Valley Health · Fresno, CA

Our remote patient care program follows 3,000 patients with heart failure at home. Nurses
work from our Fresno care coordination center, reviewing device readings and calling
patients.

Pay: $55 - $68 per hour
""",
        "expect": {
            "title": "Registered Nurse - Remote Patient Care Program",
            "remote": "onsite",
            "salary": (55, 68, "hour"),
        },
    },
    {
        "id": "freshl-front-office-coordinator",
        "text": """Front Office Coordinator
Lakeside Orthopedics - Tacoma, WA

Greet patients, verify insurance and manage the schedule for four surgeons. Proficient in
Microsoft Office and Epic.

$21 - $24 per hour
""",
        "expect": {
            "title": "Front Office Coordinator",
            "remote": None,
            "salary": (21, 24, "hour"),
        },
    },
    {
        "id": "freshl-remote-sensing-scientist",
        "text": """Remote Sensing Scientist
Boulder, CO

Skyharvest turns satellite and drone imagery into yield forecasts. You will build remote
sensing models for crop health and work closely with our agronomists.

- PhD or MS in remote sensing, geography or a related field
- Python, GDAL, Google Earth Engine

Salary range: $115,000 - $140,000
""",
        "expect": {
            "title": "Remote Sensing Scientist",
            "remote": None,
            "salary": (115000, 140000, "year"),
        },
    },
    {
        "id": "freshl-field-service-client-sites",
        "text": """Field Service Technician
Region: Ohio and Indiana

Service and repair commercial refrigeration at customer sites across the region. Company
van, tools and fuel card provided. Overnight travel about twice a month.

$26 - $34/hour + overtime
""",
        "expect": {
            "title": "Field Service Technician",
            "remote": None,
            "salary": (26, 34, "hour"),
        },
    },
    {
        "id": "freshl-in-person-interview-remote-job",
        "text": """Customer Success Manager
Remote (EMEA)

Final interviews are held in person at our Dublin office; travel is covered. After that,
you will work from home with a team spread across Europe.

Salary: €60,000 - €72,000
""",
        "expect": {
            "title": "Customer Success Manager",
            "remote": "remote",
            "salary": (60000, 72000, "year"),
        },
    },
    {
        "id": "freshl-remote-monitoring-onsite",
        "text": """Control Room Operator
Northwind Water · Spokane, WA

Operators monitor 40 pump stations using SCADA and remote monitoring tools from our
24/7 control room. This position is on-site and works rotating 12-hour shifts.

Pay: $31.50 - $38.75 per hour
""",
        "expect": {
            "title": "Control Room Operator",
            "remote": "onsite",
            "salary": (31.5, 38.75, "hour"),
        },
    },
    {
        "id": "freshl-hybrid-vehicles-no-mode",
        "text": """Automotive Service Technician
Greenway Toyota - Sacramento, CA

Diagnose and repair hybrid and electric vehicles in our 24-bay service department. Toyota
certification is a plus.

$28 - $45 per hour (flat rate)
""",
        "expect": {
            "title": "Automotive Service Technician",
            "remote": None,
            "salary": (28, 45, "hour"),
        },
    },
    {
        "id": "freshl-office-365-admin-hybrid",
        "text": """Microsoft 365 Administrator
Location: Phoenix, AZ – Hybrid (2 days onsite)

Manage Exchange Online, Teams and Intune for 1,500 users. Experience with Office 365
licensing and hybrid Exchange migrations required.

Salary: $95,000 - $110,000
""",
        "expect": {
            "title": "Microsoft 365 Administrator",
            "remote": "hybrid",
            "salary": (95000, 110000, "year"),
        },
    },
    {
        "id": "freshl-remote-support-desk-onsite-header",
        "text": """Help Desk Technician
Springfield, IL (On-site)

Provide phone and remote support to 30 clinics; occasional on-site visits to clinics in
the area. Our remote desktop tools make most fixes quick.

Pay: $22 - $26 per hour
""",
        "expect": {
            "title": "Help Desk Technician",
            "remote": "onsite",
            "salary": (22, 26, "hour"),
        },
    },
    {
        "id": "freshl-home-health-aide",
        "text": """Home Health Aide
Sunrise Home Care · Tulsa, OK

Provide in-home care to seniors: bathing, meal preparation and companionship. Visits are
scheduled across Tulsa; mileage is reimbursed.

$15 - $18 an hour
""",
        "expect": {
            "title": "Home Health Aide",
            "remote": None,
            "salary": (15, 18, "hour"),
        },
    },
    {
        "id": "freshl-distributed-systems-no-mode",
        "text": """Senior Software Engineer, Distributed Systems
Seattle, WA

Coldharbor builds a distributed database for time-series data. You will work on
replication and consensus in Rust.

$180,000 - $220,000
""",
        "expect": {
            "title": "Senior Software Engineer, Distributed Systems",
            "remote": None,
            "salary": (180000, 220000, "year"),
        },
    },
    {
        "id": "freshl-remote-first-company-onsite-role",
        "text": """Warehouse Operations Lead
Reno, NV

Packwise is a remote-first software company, but our fulfilment center is where this job
happens: the Operations Lead is on site every shift, leading a team of 25 associates.

$27 - $32 per hour
""",
        "expect": {
            "title": "Warehouse Operations Lead",
            "remote": "onsite",
            "salary": (27, 32, "hour"),
        },
    },
    {
        "id": "freshl-office-based-events-hybrid",
        "text": """Events Coordinator
London

We run in-person conferences for 5,000 attendees a year. This role is hybrid: three days
in our Farringdon office, two from home.

Salary: £32,000 - £36,000
""",
        "expect": {
            "title": "Events Coordinator",
            "remote": "hybrid",
            "salary": (32000, 36000, "year"),
        },
    },
    {
        "id": "freshl-telehealth-virtual-care-no-mode",
        "text": """Nurse Practitioner - Virtual Care
Harborview Clinics

Our virtual care team sees patients by video across three states. Remote visits
make up about half of the schedule.

$125,000 - $145,000 per year
""",
        "expect": {
            "title": "Nurse Practitioner - Virtual Care",
            "remote": None,
            "salary": (125000, 145000, "year"),
        },
    },
    {
        "id": "freshm-greenhouse-payments-remote-us",
        "text": """Backend Engineer, Payments
Remote - United States

Ledgerly builds the finance back office for independent clinics. More than 2,300 practices
use Ledgerly to get paid faster, reconcile insurance claims and close their books each
month without a spreadsheet in sight.

About the role
We're looking for a backend engineer to join the Payments team. You'll own the services
that move money between clinics, patients and insurers, and you'll work closely with our
risk and compliance partners.

What you'll do
- Design and ship APIs in Go and PostgreSQL that handle card, ACH and claim payouts
- Improve the reliability of our ledger and reconciliation jobs
- Take part in a lightweight on-call rotation (one week in eight)

What we're looking for
- 4+ years building production backend systems
- Experience with payment processors such as Stripe, Adyen or Finix
- Clear written communication; we are a distributed team across four US time zones

Benefits
- Medical, dental and vision coverage for you and your dependents
- $1,000 home office stipend and a monthly internet allowance
- Twice-yearly team offsites
- 401(k) with a 4% match

The base salary range for this role is $150,000 - $185,000. Final offers are based on
experience and location within the United States.

Ledgerly is an equal opportunity employer. We welcome applicants of all backgrounds and do
not discriminate on the basis of race, religion, color, national origin, sex, sexual
orientation, gender identity, age, disability or veteran status.
""",
        "expect": {
            "title": "Backend Engineer, Payments",
            "remote": "remote",
            "salary": (150000, 185000, "year"),
        },
    },
    {
        "id": "freshm-workday-warehouse-work-model-onsite",
        "text": """Warehouse Associate
locations
Reno, NV
time type
Full time
posted on
Posted 3 Days Ago
job requisition id
R-204118

Work Model: Onsite

Job Description
As a Warehouse Associate at Sierra Home Goods you will pick, pack and ship customer orders
from our 400,000 sq ft distribution center. You'll be part of a team of 60 associates on
second shift.

Schedule: Monday - Friday, 2:30 PM - 11:00 PM
Pay: $19.50 - $22.00 per hour, plus a $1.25/hour shift differential

What you'll need
- Ability to lift up to 50 lbs and stand for the length of a shift
- Forklift certification is a plus (we will train)

Sierra Home Goods is an Equal Opportunity Employer.
""",
        "expect": {
            "title": "Warehouse Associate",
            "remote": "onsite",
            "salary": (19.5, 22.0, "hour"),
        },
    },
    {
        "id": "freshm-indeed-admin-assistant-in-person",
        "text": """Administrative Assistant
Parkside Family Dentistry
1200 Elm St, Springfield, IL 62704
$45,000 - $52,000 a year - Full-time

Job details
Pay
$45,000 - $52,000 a year
Job type
Full-time
Shift and schedule
Day shift
Monday to Friday

Full job description
Parkside Family Dentistry is looking for an organized Administrative Assistant to support
our Office Manager and front desk team.

Responsibilities:
- Answer phones and schedule patient appointments
- Verify insurance and prepare daily reports
- Order office supplies and keep the reception area tidy

Qualifications:
- 1+ year of administrative or front desk experience
- Proficiency with Microsoft Office (Word, Excel, Outlook)

Benefits:
- Dental insurance
- Paid time off

Work Location: In person
""",
        "expect": {
            "title": "Administrative Assistant",
            "remote": "onsite",
            "salary": (45000, 52000, "year"),
        },
    },
    {
        "id": "freshm-lever-product-designer-offices-no-mode",
        "text": """Product Designer
Design – Full-time

Northwind Analytics helps 4,000 retailers forecast demand. With offices in 12 countries and
customers on six continents, we're a small company with a big footprint.

About the role
You'll be the second designer on our Forecasting product, shaping everything from the
first onboarding screen to the planning grid our customers live in all day.

You will
- Own end-to-end design for two product squads
- Run weekly design office hours for product managers and engineers
- Build on and extend our Figma component library

You have
- 3+ years of product design experience on B2B software
- A portfolio that shows your process, not only the final screens

Compensation: $120,000 - $140,000 base + equity
""",
        "expect": {
            "title": "Product Designer",
            "remote": None,
            "salary": (120000, 140000, "year"),
        },
    },
    {
        "id": "freshm-linkedin-hybrid-toronto-cad",
        "text": """Senior Financial Analyst
Maplecrest Insurance · Toronto, ON (Hybrid)
1 week ago · 87 applicants
CA$85K/yr - CA$100K/yr · Full-time

About the job
Maplecrest is a remote-friendly company with a strong in-person culture where it counts.
As a Senior Financial Analyst on our FP&A team, you will build the annual plan and the
monthly forecast for our commercial lines business.

Our hybrid model asks you to be in our King Street office on Tuesdays, Wednesdays and
Thursdays.

Responsibilities
- Own the monthly variance analysis and present it to the CFO
- Build driver-based models in Excel and Anaplan

Qualifications
- CPA designation or progress toward it
- 4+ years in FP&A or corporate finance
""",
        "expect": {
            "title": "Senior Financial Analyst",
            "remote": "hybrid",
            "salary": (85000, 100000, "year"),
        },
    },
    {
        "id": "freshm-careers-support-remote-canada",
        "text": """Customer Support Specialist (Bilingual English/French)
Location: Remote (Canada)
Department: Customer Experience
Employment type: Full-time

Who we are
Fernleaf makes bookkeeping software for Canadian small businesses. Our support team is the
reason our customers stay: we answer in under two minutes, in English and in French.

What you'll do
- Help customers by chat, email and phone with billing and product questions
- Write and update help-centre articles in both languages
- Flag recurring issues to the product team

What you'll bring
- Fluency in English and French, written and spoken
- 1-2 years in a customer-facing role

Salary: $52,000 to $60,000 CAD annually
""",
        "expect": {
            "title": "Customer Support Specialist (Bilingual English/French)",
            "remote": "remote",
            "salary": (52000, 60000, "year"),
        },
    },
    {
        "id": "freshm-linkedin-mech-engineer-onsite-tag",
        "text": """Mechanical Design Engineer
Cascade Fluid Systems · Everett, WA (On-site)
3 days ago · 41 applicants
$85,000.00/yr - $105,000.00/yr · Full-time · Mid-Senior level

About the job
Cascade Fluid Systems designs hydraulic pumps and valves for marine and off-highway
equipment. We are adding a Mechanical Design Engineer to our valve product line.

Responsibilities
- Design components and assemblies in SolidWorks and release drawings to production
- Support prototype builds and testing in our Everett lab
- Work with suppliers on tolerances and cost reduction

Requirements
- BS in Mechanical Engineering
- 3+ years of design experience; GD&T
- Proficient in SolidWorks and Microsoft Office
""",
        "expect": {
            "title": "Mechanical Design Engineer",
            "remote": "onsite",
            "salary": (85000, 105000, "year"),
        },
    },
    {
        "id": "freshm-sre-remote-monitoring-hybrid-days",
        "text": """Site Reliability Engineer II
Vantage Grid · Austin, TX

About us
Vantage Grid builds remote monitoring for solar farms and battery storage sites. Our
platform collects telemetry from 9,000 sites every ten seconds.

The role
This is a hybrid role: we're together in our Austin office on Tuesdays and Wednesdays, and
you choose where you work the rest of the week.

You'll
- Run our Kubernetes clusters on AWS and keep the ingest pipeline healthy
- Build alerting that tells us about problems before our customers do
- Share the on-call rotation with five other engineers

You have
- 3+ years in SRE, DevOps or platform engineering
- Terraform, Prometheus and one of Go or Python

Pay range: $135,000 - $160,000
""",
        "expect": {
            "title": "Site Reliability Engineer II",
            "remote": "hybrid",
            "salary": (135000, 160000, "year"),
        },
    },
    {
        "id": "freshm-staff-accountant-eeo-no-mode",
        "text": """Staff Accountant

Company Overview
Rivermark Foods is a family-owned producer of frozen meals sold in grocery stores across
the Southeast. Founded in 1978, we employ 850 people across two plants and a corporate
office.

Position Summary
The Staff Accountant supports the month-end close, maintains the fixed asset register and
prepares account reconciliations for the Controller.

Essential Duties
- Prepare journal entries and balance sheet reconciliations
- Maintain fixed asset and depreciation schedules
- Assist with the annual audit and with sales and use tax filings

Qualifications
- Bachelor's degree in Accounting
- 2+ years of general ledger experience
- Advanced Excel; experience with NetSuite preferred

Compensation
$68,000 - $78,000 annually, depending on experience.

Rivermark Foods is an Equal Opportunity Employer. All qualified applicants will receive
consideration for employment without regard to race, color, religion, sex, national origin,
disability or protected veteran status. If you need a reasonable accommodation to complete
your application, please contact our Human Resources office at 555-0142.
""",
        "expect": {
            "title": "Staff Accountant",
            "remote": None,
            "salary": (68000, 78000, "year"),
        },
    },
    {
        "id": "freshm-medical-coder-remote-states",
        "text": """Medical Coder II

Summit Health Partners is hiring an experienced Medical Coder to join our revenue cycle
team. This position is fully remote, but you must reside in one of the following states:
AZ, CO, NM, NV, TX or UT.

Responsibilities
- Review provider documentation and assign ICD-10-CM and CPT codes
- Meet a daily productivity target of 120 charts with 95% accuracy
- Query providers when documentation is incomplete

Requirements
- CPC or CCS certification
- 3+ years of outpatient coding experience
- A quiet, HIPAA-compliant home workspace and a reliable internet connection

Pay: $24 - $29/hr depending on certification and experience
""",
        "expect": {
            "title": "Medical Coder II",
            "remote": "remote",
            "salary": (24, 29, "hour"),
        },
    },
    {
        "id": "freshm-uk-marketing-exec-hybrid-leeds",
        "text": """Marketing Executive
Leeds | Permanent | £28,000 - £32,000 per annum

About us
Brightwater Travel is an independent tour operator specialising in walking holidays in the
UK and Europe. We've grown from a team of four to forty in ten years.

The role
Reporting to the Marketing Manager, you'll plan and deliver our email, social and paid
campaigns and help us launch our new brochure each season.

Hybrid working - 2 days a week in our Leeds office, the rest from home.

What we offer
- 28 days holiday plus bank holidays
- A free walking holiday every year
- Cycle to work scheme
""",
        "expect": {
            "title": "Marketing Executive",
            "remote": "hybrid",
            "salary": (28000, 32000, "year"),
        },
    },
    {
        "id": "freshm-sdr-in-office-denver-ote",
        "text": """Sales Development Representative

About Peakline
Peakline sells scheduling software to home services businesses: plumbers, electricians and
HVAC contractors. We're a Series B company of 120 people.

About the role
You'll be the first conversation many of our customers have with Peakline. You'll qualify
inbound leads, run outbound sequences and book meetings for our Account Executives.

This is an in-office role based at our Denver headquarters five days a week. We believe new
reps learn fastest sitting next to the team.

Compensation
$55,000 base salary, $85,000 OTE

Benefits
- Medical, dental and vision
- Catered lunch on Tuesdays and Thursdays
""",
        "expect": {
            "title": "Sales Development Representative",
            "remote": "onsite",
            "salary": (55000, 55000, "year"),
        },
    },
    {
        "id": "freshm-geospatial-remote-sensing-no-mode",
        "text": """Data Engineer - Geospatial

TerraScope turns satellite imagery into crop yield forecasts for agribusinesses and
insurers. We process 40 TB of imagery every week.

What you'll work on
- Build pipelines that ingest Sentinel-2 and Landsat scenes and tile them for our models
- Scale our Spark and Dask jobs on Google Cloud
- Work with our agronomists to turn field data into training labels

What we're looking for
- 3+ years of data engineering experience in Python
- Experience with remote sensing imagery, GDAL and rasterio
- Familiarity with PostGIS is a plus

Why TerraScope
- Meaningful equity
- Four weeks of paid vacation
- Annual learning budget
""",
        "expect": {
            "title": "Data Engineer - Geospatial",
            "remote": None,
            "salary": None,
        },
    },
    {
        "id": "freshm-hr-bp-dublin-hybrid-benefit-line",
        "text": """HR Business Partner
Dublin, Ireland
Full-time

About Quillon
Quillon makes contract management software for legal teams. We are 300 people across
Dublin, London and Boston.

About the role
As HR Business Partner for our Engineering and Product groups (about 140 people), you'll
advise leaders on organisation design, performance and employee relations.

What you'll need
- 5+ years as an HR Business Partner in a technology company
- CIPD qualification or equivalent
- Solid knowledge of Irish employment law

What we offer
- Salary: €55,000 - €65,000 per annum
- Hybrid work model (3 days a week in the office)
- Health insurance for you and your family
- Pension contribution of 6%
""",
        "expect": {
            "title": "HR Business Partner",
            "remote": "hybrid",
            "salary": (55000, 65000, "year"),
        },
    },
    {
        "id": "freshm-logistics-planner-no-remote-possible",
        "text": """Logistics Planner
Rotterdam, Netherlands

Deltaport Logistics runs container trucking between the port of Rotterdam and inland
terminals in Germany and Belgium.

Your role
As a Logistics Planner you plan the daily trips of our 70 trucks, keep customers informed
and solve the problems that come up on the road. The role is based in our Rotterdam
office; remote work is not possible for this position.

Your profile
- MBO/HBO in logistics or equivalent experience
- Fluent in English and Dutch; German is a plus
- Calm under pressure

We offer
- A salary between €3,200 and €4,100 gross per month
- 25 holiday days
- A travel allowance
""",
        "expect": {
            "title": "Logistics Planner",
            "remote": "onsite",
            "salary": (3200, 4100, "month"),
        },
    },
    {
        "id": "freshm-indeed-claims-adjuster-hybrid-remote-in",
        "text": """Insurance Claims Adjuster
Lone Star Mutual
Hybrid remote in Austin, TX 78701
$58,000 - $66,000 a year - Full-time

Full job description
Lone Star Mutual is hiring a Claims Adjuster to investigate and settle auto claims.

What you'll do
- Review claims, coverage and police reports
- Interview claimants and witnesses by phone
- Negotiate settlements within your authority

What you need
- Texas All-Lines Adjuster license (or the ability to obtain one within 60 days)
- 2+ years of claims or customer service experience

Benefits
- 401(k) with match
- Tuition reimbursement
""",
        "expect": {
            "title": "Insurance Claims Adjuster",
            "remote": "hybrid",
            "salary": (58000, 66000, "year"),
        },
    },
    {
        "id": "freshm-exec-assistant-office-words-no-mode",
        "text": """Executive Assistant to the CEO

Harlow & Finch is an independent investment firm managing $4B for foundations and
families.

The Executive Assistant keeps our CEO's week running. You will manage a complex calendar,
prepare materials for in-person board meetings, and coordinate travel to our offices in
New York and San Francisco.

Responsibilities
- Manage the CEO's calendar, inbox and travel
- Prepare board books and take minutes
- Partner with the Office Manager on events and office moves

Qualifications
- 5+ years supporting a C-level executive
- Expert in Microsoft Office and Google Workspace
- Discretion with confidential information

The annual base salary for this position is $90,000–$110,000.
""",
        "expect": {
            "title": "Executive Assistant to the CEO",
            "remote": None,
            "salary": (90000, 110000, "year"),
        },
    },
    {
        "id": "freshm-frontend-remote-europe-timezone",
        "text": """Senior Frontend Engineer (React)

Tandem is a collaborative whiteboard for product teams, used by 15,000 companies.

Where
This role is remote within Europe; we ask that you work within CET ±2 hours so you overlap
with the team. We meet in person twice a year.

What you'll do
- Build the canvas and real-time collaboration features in React and TypeScript
- Improve rendering performance on boards with 10,000+ objects
- Mentor two mid-level engineers

What you bring
- 6+ years building web applications, 3+ with React
- Experience with WebSockets or CRDTs is a plus

Salary: €70k–€85k depending on experience
""",
        "expect": {
            "title": "Senior Frontend Engineer (React)",
            "remote": "remote",
            "salary": (70000, 85000, "year"),
        },
    },
    {
        "id": "freshm-lab-tech-cannot-from-home",
        "text": """Laboratory Technician
Cambridge, MA

Helix Bio is developing antibody therapies for autoimmune disease.

About the position
The Laboratory Technician supports our protein sciences group with cell culture,
purification and assay work. This role is 100% on-site in our Cambridge lab; the nature of
the work means it cannot be done from home.

Requirements
- BS in Biology, Biochemistry or a related field
- 1-3 years of hands-on laboratory experience
- Comfortable with aseptic technique

The expected hourly range for this role is $28 to $34.
""",
        "expect": {
            "title": "Laboratory Technician",
            "remote": "onsite",
            "salary": (28, 34, "hour"),
        },
    },
    {
        "id": "freshm-lever-pm-growth-hybrid-tagline",
        "text": """Product Manager, Growth
San Francisco, CA / Product / Full-time / Hybrid

Finchpay helps freelancers get paid on time. Over 200,000 freelancers use Finchpay to send
invoices and get paid in 40 currencies.

As the Product Manager for Growth, you'll own activation and conversion from sign-up to
first paid invoice.

What you'll do
- Own the growth roadmap and run experiments with design and engineering
- Partner with marketing on lifecycle messaging

About you
- 4+ years of product management experience, including growth or monetisation
- Comfortable with SQL and experiment analysis

$165K – $195K + equity + benefits
""",
        "expect": {
            "title": "Product Manager, Growth",
            "remote": "hybrid",
            "salary": (165000, 195000, "year"),
        },
    },
    {
        "id": "freshm-remote-friendly-but-four-days-boston",
        "text": """Clinical Data Manager
Boston, MA

Aurelia Therapeutics is a remote-friendly company, and many of our teams work from across
the country. Because this role works closely with our clinical operations team, it is on
site in our Boston office four days a week, with Fridays from home.

Responsibilities
- Design case report forms and data validation plans
- Manage data cleaning and database lock for Phase 2 studies
- Oversee vendors for EDC and central labs

Qualifications
- 5+ years of clinical data management in biotech or a CRO
- Experience with Medidata Rave

Salary range: $125,000 - $150,000
""",
        "expect": {
            "title": "Clinical Data Manager",
            "remote": "hybrid",
            "salary": (125000, 150000, "year"),
        },
    },
    {
        "id": "freshm-ae-hybrid-sales-motion-no-mode",
        "text": """Account Executive, Mid-Market

Corvid Security sells email security to companies with 200-2,000 employees.

About the role
Our hybrid sales motion blends inbound demand with targeted outbound. As a Mid-Market
Account Executive, you'll run the full cycle from discovery to close on deals of $30K-$120K
ARR.

What you'll do
- Run discovery and demos with IT and security leaders
- Build mutual close plans and forecast accurately in Salesforce

What you bring
- 3+ years of closing experience in B2B SaaS
- A track record of hitting quota

Compensation: $80,000 base / $160,000 OTE
""",
        "expect": {
            "title": "Account Executive, Mid-Market",
            "remote": None,
            "salary": (80000, 80000, "year"),
        },
    },
    {
        "id": "freshn-usajobs-hr-specialist-telework-not-eligible",
        "text": """Human Resources Specialist (Recruitment and Placement)
Department of Veterans Affairs
Veterans Health Administration

Overview
Open & closing dates: 03/02/2026 to 03/16/2026
Salary: $72,553 - $94,317 per year
Pay scale & grade: GS 11
Location: 1 vacancy in the following location: Tucson, AZ
Remote job: No
Telework eligible: No
Travel Required: Occasional travel - up to 10% for recruitment events
Relocation expenses reimbursed: No
Appointment type: Permanent
Work schedule: Full-time

Duties
The HR Specialist provides recruitment and placement services to managers across the
medical center, including job analysis, vacancy announcements and qualification reviews.
""",
        "expect": {
            "title": "Human Resources Specialist (Recruitment and Placement)",
            "remote": "onsite",
            "salary": (72553, 94317, "year"),
        },
    },
    {
        "id": "freshn-county-planner-hybrid-after-probation",
        "text": """Planner II
Washoe Valley County - Community Development
Salary: $31.84 - $42.67 Hourly
Job Type: Full-Time
Closing: 4/10/2026 5:00 PM Pacific

Description
The Planner II reviews land use applications, prepares staff reports for the Planning
Commission and answers questions from the public at the permit counter.

This position may be eligible for a hybrid telework schedule after completion of the
six-month probationary period, subject to department approval.

Minimum Qualifications
Bachelor's degree in planning, geography or a related field and two years of professional
planning experience.
""",
        "expect": {
            "title": "Planner II",
            "remote": "hybrid",
            "salary": (31.84, 42.67, "hour"),
        },
    },
    {
        "id": "freshn-telehealth-nurse-wfh-florida",
        "text": """Telehealth Registered Nurse - Work From Home (Florida)

Bayshore Health is looking for RNs to join our 24/7 nurse triage line. You'll assess
symptoms by phone and video and direct patients to the right level of care.

Schedule: Three 12-hour shifts per week, including every other weekend
Work from home: you must live in Florida and have a dedicated, quiet workspace. We ship
you the equipment.

Requirements
- Active Florida RN license (or compact license)
- 3+ years of acute care, ER or triage experience

Pay: $41.00 - $48.50 per hour, plus a $2/hr night differential
""",
        "expect": {
            "title": "Telehealth Registered Nurse",
            "remote": "remote",
            "salary": (41.0, 48.5, "hour"),
        },
    },
    {
        "id": "freshn-hospital-patient-access-onsite-header",
        "text": """Patient Access Representative
Onsite - St. Luke's Regional Hospital, Boise, ID
Full time | Days | Req #88213

Job Summary
Registers patients in the Emergency Department, verifies insurance and collects co-pays.
Greets patients and families with warmth at what is often a stressful moment.

Qualifications
- High school diploma or GED
- 1 year of customer service experience; healthcare preferred
- Basic computer skills, including Microsoft Office

Pay range: $18.25 - $24.10 per hour
""",
        "expect": {
            "title": "Patient Access Representative",
            "remote": "onsite",
            "salary": (18.25, 24.1, "hour"),
        },
    },
    {
        "id": "freshn-retail-store-manager-home-decor-no-mode",
        "text": """Store Manager
Hearth & Timber - Store #214, Scottsdale, AZ

Hearth & Timber sells furniture and home decor from 90 stores across the West. Our
Scottsdale store is one of our busiest, with a strong team of 25.

What you'll do
- Lead, coach and schedule a team of sales associates and visual merchandisers
- Own the store P&L, payroll budget and inventory accuracy
- Build relationships with designers shopping for home office and living room projects

What you need
- 3+ years of retail management experience
- Availability to work evenings, weekends and holidays

Pay: $68,000 - $78,000 per year plus quarterly bonus
""",
        "expect": {
            "title": "Store Manager",
            "remote": None,
            "salary": (68000, 78000, "year"),
        },
    },
    {
        "id": "freshn-retail-hq-planner-fridays-flexible",
        "text": """Merchandise Planner - Women's Apparel

Kestrel & Co. headquarters, Minneapolis, MN

As a Merchandise Planner, you'll build the seasonal financial plans for our women's
apparel business ($180M in sales) and manage in-season inventory across 140 stores and
e-commerce.

How we work: the buying and planning teams are in the office Monday through Thursday;
Fridays are flexible.

Qualifications
- 3+ years in merchandise planning or allocation
- Advanced Excel; experience with Oracle RPAS or Blue Yonder a plus

The salary range for this position is $78,000-$92,000.
""",
        "expect": {
            "title": "Merchandise Planner - Women's Apparel",
            "remote": "hybrid",
            "salary": (78000, 92000, "year"),
        },
    },
    {
        "id": "freshn-trucking-cdl-home-weekly",
        "text": """CDL-A Regional Truck Driver - Home Weekly

Ridgeway Freight is hiring Class A drivers for our Southeast regional fleet.

- Home weekly, usually Friday night through Sunday
- Average 2,300 miles per week, dry van, no touch freight
- Late-model Freightliners with APUs and inverters

Pay: $0.62 - $0.68 per mile; most drivers earn $1,450 - $1,650 per week

Requirements
- Valid Class A CDL with 12 months of OTR or regional experience
- Clean MVR and DOT medical card
""",
        "known_misses": {
            "remote": "a truck driver job: no work-mode words, and a title is no statement"
        },
        "expect": {
            "title": "CDL-A Regional Truck Driver",
            "remote": "onsite",
            "salary": (1450, 1650, "week"),
        },
    },
    {
        "id": "freshn-dispatcher-work-out-of-terminal",
        "text": """Dispatcher (Nights)
Bluewater Logistics - Memphis, TN

Bluewater Logistics moves containers and LTL freight for shippers across the Mid-South.

As a night Dispatcher you'll assign loads, track drivers and solve problems as they come
up. You must be able to work out of our Memphis terminal, Sunday through Thursday, 6 PM to
4:30 AM.

Requirements
- 2+ years of dispatch experience in trucking or logistics
- Comfortable with TMS software (McLeod preferred)

$24 - $28 per hour depending on experience
""",
        "expect": {
            "title": "Dispatcher",
            "remote": "onsite",
            "salary": (24, 28, "hour"),
        },
    },
    {
        "id": "freshn-bank-teller-branch-based",
        "text": """Relationship Banker - Teller
First Prairie Bank
Omaha, NE (Dodge Street branch)

Are you great with people and good with numbers? Our Relationship Bankers handle
transactions, open accounts and help customers find the right products.

This is a branch-based role. Hours are Monday to Friday, 8:30 AM to 5:30 PM, plus one
Saturday morning a month.

What we're looking for
- 1+ year of cash handling or customer service experience
- Comfortable with Microsoft Office and learning new systems

Starting pay: $19.00/hour
""",
        "expect": {
            "title": "Relationship Banker - Teller",
            "remote": "onsite",
            "salary": (19.0, 19.0, "hour"),
        },
    },
    {
        "id": "freshn-uk-compliance-analyst-office-sixty-percent",
        "text": """Compliance Analyst
Edinburgh | Financial Services | £38,000 - £45,000 + bonus

Thistle Capital is an asset manager with £12bn under management. Our Compliance team
protects our clients and our reputation.

The role
You'll monitor trading activity, review marketing materials against FCA rules and
support our annual Consumer Duty report.

We operate a flexible working policy: most of the team spends around 60% of their time
in our Edinburgh office and the rest at home.

About you
- 2+ years in compliance within financial services
- Working knowledge of the FCA Handbook
""",
        "expect": {
            "title": "Compliance Analyst",
            "remote": "hybrid",
            "salary": (38000, 45000, "year"),
        },
    },
    {
        "id": "freshn-tax-senior-remote-eligible-offices",
        "text": """Tax Senior, Private Client Services
Calder Whitfield LLP

Calder Whitfield is a top-25 accounting firm with 14 offices across the Midwest.

This position is remote-eligible for candidates anywhere in the US; you are also welcome
to work from any of our offices.

Responsibilities
- Prepare and review individual, trust and gift tax returns
- Research tax issues and draft memos for high-net-worth clients

Qualifications
- CPA or EA, or progress toward one
- 3+ years of individual tax experience

The salary range for this position is $82,000 to $104,000.
""",
        "expect": {
            "title": "Tax Senior, Private Client Services",
            "remote": "remote",
            "salary": (82000, 104000, "year"),
        },
    },
    {
        "id": "freshn-teacher-remote-learning-no-mode",
        "text": """Middle School Science Teacher (2026-27 School Year)
Cedar Ridge Unified School District

Position: Grade 7 Science, Jefferson Middle School
Start date: August 12, 2026

Cedar Ridge USD serves 11,000 students in 16 schools. We're looking for a science teacher
who loves hands-on labs and helping every student see themselves as a scientist.

Qualifications
- Valid state teaching credential in Science (or eligible)
- Experience with Google Classroom and remote learning platforms is helpful

Salary: $48,500 - $71,200 per year, placed on the district salary schedule by education
and experience.
""",
        "expect": {
            "title": "Middle School Science Teacher",
            "remote": None,
            "salary": (48500, 71200, "year"),
        },
    },
    {
        "id": "freshn-online-instructor-no-campus",
        "text": """Adjunct Instructor - Business Statistics (Online)

Lakeshore Community College is building a pool of adjunct instructors for online sections
of BUS 210 Business Statistics.

Courses are taught fully online and asynchronously through Canvas; no campus attendance
is required. Instructors must hold office hours by video each week.

Minimum qualifications
- Master's degree in statistics, mathematics or business with 18 graduate credits in
  statistics or mathematics

Pay: $58 per contact hour
""",
        "expect": {
            "title": "Adjunct Instructor - Business Statistics",
            "remote": "remote",
            "salary": (58, 58, "hour"),
        },
    },
    {
        "id": "freshn-hotel-front-desk-no-mode",
        "text": """Front Desk Agent - Overnight
The Wren Hotel - Savannah, GA

The Wren is a 48-room boutique hotel in Savannah's historic district. Our front desk team
is the first and last face our guests see.

What you'll do
- Check guests in and out, handle late arrivals and wake-up calls
- Run the night audit and balance the day's accounts
- Answer calls for the box office of our rooftop concert series

What you'll bring
- 1+ year of hotel front desk experience
- Calm, friendly and organized

Pay: $17.50/hour plus $1.50/hour overnight premium
""",
        "expect": {
            "title": "Front Desk Agent",
            "remote": None,
            "salary": (17.5, 17.5, "hour"),
        },
    },
    {
        "id": "freshn-reservations-agent-wfh-title",
        "text": """Reservations Agent (Work From Home)
Coastline Resorts & Spas

Help guests plan the trip they've been dreaming of. Our Reservations Agents book rooms,
spa treatments and dining for 11 resorts.

- Paid training (first two weeks are virtual, instructor-led)
- Company-provided computer and headset
- Must have a high-speed wired internet connection and a distraction-free home workspace

Pay: $16.00 per hour plus booking incentives
""",
        "expect": {
            "title": "Reservations Agent",
            "remote": "remote",
            "salary": (16.0, 16.0, "hour"),
        },
    },
    {
        "id": "freshn-restaurant-gm-post-office-no-mode",
        "text": """General Manager
Oak & Ember Kitchen - Portland, ME

Oak & Ember is a 140-seat wood-fired restaurant in the old post office building on
Exchange Street. We're looking for a General Manager to lead both front and back of house.

You will
- Hire, train and schedule a team of 45
- Own food and labor cost, inventory and vendor relationships
- Work closely with our Executive Chef on menus and events

You have
- 4+ years of restaurant management experience, 2+ as GM or AGM
- ServSafe Manager certification

Salary: $70,000 - $80,000 plus bonus
""",
        "expect": {
            "title": "General Manager",
            "remote": None,
            "salary": (70000, 80000, "year"),
        },
    },
    {
        "id": "fresho-pharmacy-tech-no-mode",
        "text": """Pharmacy Technician - Retail
Greenway Pharmacy · Columbus, OH
$18 - $21 an hour

Greenway is a regional pharmacy chain with 60 locations and a growing mail-order service.

What you'll do
- Fill prescriptions accurately under the pharmacist's supervision
- Help patients at the counter and the drive-thru
- Process refill requests that come in through our app and remote refill line

What you need
- Ohio Pharmacy Technician registration
- Strong attention to detail and good people skills
""",
        "expect": {
            "title": "Pharmacy Technician - Retail",
            "remote": None,
            "salary": (18, 21, "hour"),
        },
    },
    {
        "id": "fresho-it-support-hybrid-rota",
        "text": """IT Support Analyst
Location: Bristol
Salary: £30,000 - £34,000

About Harlow Estates
We manage 3,000 rental homes across the South West from our head office in Bristol and four
branch offices.

The role
You'll be the first line of support for 180 colleagues: laptops, phones, Microsoft 365 and
our property management system. We work on a hybrid rota - you'll be at head office three
days a week and can work from home on the other two.

About you
- 2+ years in an IT service desk role
- Microsoft 365 and Intune administration
""",
        "expect": {
            "title": "IT Support Analyst",
            "remote": "hybrid",
            "salary": (30000, 34000, "year"),
        },
    },
    {
        "id": "fresho-insurance-underwriter-remote-header-pipe",
        "text": """Commercial Lines Underwriter | Remote | $95K - $120K

Ironbridge Specialty writes property and casualty coverage for small manufacturers.

As a Commercial Lines Underwriter you'll review submissions from our broker partners,
price risks and build relationships with agencies across the Midwest.

Requirements
- 4+ years of commercial P&C underwriting
- CPCU or progress toward it preferred
- Occasional travel to broker offices (about 10%)
""",
        "expect": {
            "title": "Commercial Lines Underwriter",
            "remote": "remote",
            "salary": (95000, 120000, "year"),
        },
    },
    {
        "id": "fresho-hotel-housekeeping-supervisor-no-mode",
        "text": """Housekeeping Supervisor
Marisol Beach Resort, Clearwater, FL

Marisol is a 260-room beachfront resort. Our housekeeping team keeps every room guest-ready
and takes pride in the small touches.

Responsibilities
- Inspect rooms and public areas and coach room attendants
- Assign daily room boards and manage linen inventory
- Coordinate with the front office and maintenance on room status

Requirements
- 2+ years of hotel housekeeping experience, 1 as a lead or supervisor
- Weekend and holiday availability

Compensation: $20.00 - $23.00 per hour
""",
        "expect": {
            "title": "Housekeeping Supervisor",
            "remote": None,
            "salary": (20.0, 23.0, "hour"),
        },
    },
    {
        "id": "fresho-state-auditor-telework-two-days",
        "text": """Auditor II
State of Colorado - Office of the State Auditor
Denver, CO

Monthly salary: $6,120 - $8,450

About the position
The Auditor II performs financial and performance audits of state agencies and reports
findings to the Legislative Audit Committee.

Telework: Staff may telework up to two days per week once trained. Field work at agency
locations across the state is required during audits.

Minimum qualifications
- Bachelor's degree in accounting, finance or public administration
- Two years of professional auditing experience
""",
        "expect": {
            "title": "Auditor II",
            "remote": "hybrid",
            "salary": (6120, 8450, "month"),
        },
    },
    {
        "id": "fresho-ops-manager-onsite-sentence-after-blurb",
        "text": """Operations Manager - Fulfillment Center

Parcelwise is a remote-first logistics software company with a small, hands-on
fulfillment operation in Louisville that we use to test our product with real orders.

The Operations Manager runs that building. You'll be on-site in Louisville every day,
leading a team of 30 associates across two shifts.

What you'll do
- Own safety, productivity and accuracy targets
- Hire and develop shift leads

Base salary: $85,000 - $100,000
""",
        "expect": {
            "title": "Operations Manager - Fulfillment Center",
            "remote": "onsite",
            "salary": (85000, 100000, "year"),
        },
    },
    {
        "id": "fresho-school-counselor-no-mode-virtual-sessions",
        "text": """School Counselor (K-5)
Pinecrest Elementary, Millbrook Public Schools

Millbrook Public Schools is seeking a School Counselor for the 2026-2027 school year.

Responsibilities
- Deliver classroom lessons on social-emotional learning
- Meet with students individually and in small groups
- Coordinate with families, including virtual sessions for families who cannot attend in
  person

Qualifications
- Master's degree in School Counseling
- State school counselor license

Salary per district schedule: $52,300 - $84,900
""",
        "expect": {
            "title": "School Counselor (K-5)",
            "remote": None,
            "salary": (52300, 84900, "year"),
        },
    },
    {
        "id": "fresho-bank-analyst-office-based-london",
        "text": """Credit Risk Analyst
London, UK
£55,000 - £65,000 + bonus

Kingsmere Bank is a specialist lender to property developers and SMEs.

Our London team works together in our Moorgate office, and this role is office-based
Monday to Thursday with Fridays at home.

You will
- Analyse credit applications and write credit papers
- Monitor the loan book and early warning indicators

You have
- 3+ years in credit analysis at a bank or lender
- Strong financial modelling skills
""",
        "expect": {
            "title": "Credit Risk Analyst",
            "remote": "hybrid",
            "salary": (55000, 65000, "year"),
        },
    },
    {
        "id": "fresho-home-care-aide-no-mode",
        "text": """Home Care Aide
Comfort Keepers of the Valley - Fresno, CA

Help seniors stay safe and independent at home. Our Home Care Aides visit clients in their
homes to help with meals, light housekeeping, errands and companionship.

- Flexible schedules: mornings, afternoons or weekends
- Paid mileage between client homes
- Paid training, no experience needed

Pay: $17.50 - $19.00 per hour
""",
        "expect": {
            "title": "Home Care Aide",
            "remote": None,
            "salary": (17.5, 19.0, "hour"),
        },
    },
    {
        "id": "fresho-saas-csm-remote-within-country-body",
        "text": """Customer Success Manager, Enterprise

Brightpath builds learning software for hospital systems. Our customers include 90 health
systems across North America.

Where you'll work: anywhere in Canada. We get together in Toronto twice a year.

What you'll do
- Own renewals and expansion for a book of 25 enterprise accounts
- Run quarterly business reviews with clinical education leaders

What you bring
- 5+ years of customer success in B2B SaaS, ideally healthcare
- Experience with Gainsight or Totango

Salary range: CA$105,000 - CA$125,000
""",
        "expect": {
            "title": "Customer Success Manager, Enterprise",
            "remote": "remote",
            "salary": (105000, 125000, "year"),
        },
    },
    {
        "id": "fresho-chef-de-partie-live-in-no-mode",
        "text": """Chef de Partie
The Fox & Hare, Cotswolds
£31,000 per annum plus tronc

Award-winning country pub with rooms is looking for a Chef de Partie to join our kitchen
brigade of eight. Live-in accommodation available.

- Fresh, seasonal menu with produce from our kitchen garden
- 48 hours over five days, with two days off together
- Staff meals on shift and 28 days holiday
""",
        "expect": {
            "title": "Chef de Partie",
            "remote": None,
            "salary": (31000, 31000, "year"),
        },
    },
    {
        "id": "fresho-data-scientist-workplace-type-label",
        "text": """Data Scientist, Forecasting
Workplace type: Hybrid
Location: Chicago, IL
Employment type: Full-time

Meridian Freight is a digital freight broker. We match 2,000 loads a day with carriers.

You'll build the models that predict load volumes and prices for our pricing desk.

Requirements
- 3+ years in applied data science; time series forecasting
- Python, SQL and experience deploying models

The base pay range for this role is $130,000 - $155,000 per year.
""",
        "expect": {
            "title": "Data Scientist, Forecasting",
            "remote": "hybrid",
            "salary": (130000, 155000, "year"),
        },
    },
    {
        "id": "freshp-council-planning-officer-eligible-hybrid",
        "text": """Planning Officer (Development Management)
Northvale District Council
Grade 8: £35,235 - £38,220 per annum
37 hours per week, permanent

We are looking for a Planning Officer to handle a caseload of householder and minor
applications, from validation through to decision.

This post is eligible for hybrid working under the Council's Ways of Working policy.

You will need a degree in planning or a related subject and a full driving licence, as
site visits are part of the role.

Closing date: 14 March 2026
""",
        "expect": {
            "title": "Planning Officer (Development Management)",
            "remote": "hybrid",
            "salary": (35235, 38220, "year"),
        },
    },
    {
        "id": "freshp-nhs-ward-nurse-you-will-be-based-at",
        "text": """Staff Nurse - Acute Medical Unit
Band 5
£29,970 - £36,483 a year per annum pro rata

Job overview
We are looking for enthusiastic Registered Nurses to join our busy Acute Medical Unit. You
will be based at Queen Margaret Hospital and work a rotating pattern of long days and nights.

Main duties of the job
- Assess, plan and deliver care for acutely unwell adults
- Supervise healthcare assistants and student nurses

Person specification
- NMC registration
- Evidence of ongoing professional development
""",
        "expect": {
            "title": "Staff Nurse - Acute Medical Unit",
            "remote": "onsite",
            "salary": (29970, 36483, "year"),
        },
    },
    {
        "id": "freshp-nhs-medical-secretary-blended-working",
        "text": """Medical Secretary
Band 4 | £26,530 - £29,114 per annum
Permanent, 37.5 hours

The Cardiology secretarial team provides typing and administrative support to eight
consultants. You will manage clinic letters, diaries and patient queries.

Working arrangements
The Trust supports blended working. Once your training is complete, this role can be
carried out partly from home, with the remainder of the week on the hospital site.

Essential: RSA Level 3 typing or equivalent, medical terminology.
""",
        "expect": {
            "title": "Medical Secretary",
            "remote": "hybrid",
            "salary": (26530, 29114, "year"),
        },
    },
    {
        "id": "freshp-civil-service-policy-adviser-office-attendance",
        "text": """Policy Adviser - Skills and Apprenticeships
Department for Regional Growth
Location: Leeds, Sheffield
Salary: £38,614 - £42,450
Grade: Higher Executive Officer

About the job
You will help design the next phase of the apprenticeship levy reforms, working with
analysts, lawyers and colleagues across government.

Working arrangements
Our offices operate a hybrid pattern. Expected office attendance is 60% of your working
time, averaged over the month.

Closing date: 2 April 2026
""",
        "expect": {
            "title": "Policy Adviser - Skills and Apprenticeships",
            "remote": "hybrid",
            "salary": (38614, 42450, "year"),
        },
    },
    {
        "id": "freshp-retail-store-manager-based-in-store",
        "text": """Store Manager
Harlow & Finch Home Stores - Gloucester
£38,000 - £42,000 per year plus annual bonus

As Store Manager you will lead a team of 25 colleagues and run a store turning over £6m a
year. The role is based in store and works five days out of seven, including weekends on a
rota.

What we're looking for
- Experience managing a multi-department store
- Strong commercial awareness and a track record of developing people
""",
        "expect": {
            "title": "Store Manager",
            "remote": "onsite",
            "salary": (38000, 42000, "year"),
        },
    },
    {
        "id": "freshp-warehouse-shift-manager-site-based",
        "text": """Warehouse Shift Manager (Nights)
Daventry, Northamptonshire
£46,500 per annum + 15% night allowance

Brookfield Logistics runs a 600,000 sq ft distribution centre for a national grocer. We
need a Shift Manager to lead 120 pickers, loaders and team leaders on the night shift.

This is a site-based role working four nights on, four nights off.

You will have:
- Previous experience managing a large team in a fast-paced operation
- Good knowledge of WMS and labour planning
""",
        "expect": {
            "title": "Warehouse Shift Manager",
            "remote": "onsite",
            "salary": (46500, 46500, "year"),
        },
    },
    {
        "id": "freshp-bank-complaints-handler-split-your-time",
        "text": """Complaints Handler
Cardiff
£27,000 - £30,500 per annum

Join our Customer Resolution team, investigating complaints about current accounts and
credit cards and writing clear final responses.

How we work
Our agile working approach means you'll split your time between our Cardiff office and
home, with at least two days a fortnight together with your team.

Benefits include 30 days' holiday, a pension contribution of up to 12% and a bonus scheme.
""",
        "expect": {
            "title": "Complaints Handler",
            "remote": "hybrid",
            "salary": (27000, 30500, "year"),
        },
    },
    {
        "id": "freshp-insurance-claims-handler-flexible-arrangements",
        "text": """Motor Claims Handler
Location: Peterborough
Salary: £25,500 per annum

You will manage motor claims from first notification through to settlement, speaking with
policyholders, garages and third-party insurers.

Flexible working arrangements, including working from home, are available once you have
completed the initial training period in the office.

About you: customer service experience; insurance knowledge is helpful but not essential.
""",
        "expect": {
            "title": "Motor Claims Handler",
            "remote": "hybrid",
            "salary": (25500, 25500, "year"),
        },
    },
    {
        "id": "freshp-university-research-administrator-combination",
        "text": """Research Administrator
School of Health Sciences
Grade 5: £28,759 - £32,982 per annum
Fixed term for 24 months

The School is looking for a Research Administrator to support grant applications, ethics
submissions and project finance for a portfolio of 40 funded studies.

The postholder will work a combination of on-campus and remote working, in agreement with
the Research Manager.

Essential criteria include experience of research or finance administration in a higher
education setting.
""",
        "expect": {
            "title": "Research Administrator",
            "remote": "hybrid",
            "salary": (28759, 32982, "year"),
        },
    },
    {
        "id": "freshp-school-teaching-assistant-silent",
        "text": """Teaching Assistant (SEND)
Hillcrest Primary School, Wakefield
Grade C, £23,500 - £24,294 FTE (actual salary pro rata, term time only)
32.5 hours per week

We are looking for a caring Teaching Assistant to support pupils with special educational
needs in Key Stage 2, working one-to-one and with small groups.

You will:
- Deliver interventions planned by the class teacher and SENCo
- Help pupils with personal care and at break times

This post is subject to an enhanced DBS check.
""",
        "expect": {
            "title": "Teaching Assistant (SEND)",
            "remote": None,
            "salary": (23500, 24294, "year"),
        },
    },
    {
        "id": "freshp-hotel-night-manager-based-at-the-hotel",
        "text": """Night Manager
The Lakeside Hotel & Spa, Windermere
£32,000 per annum

Our 80-bedroom hotel is looking for a Night Manager to take charge of the building, our
guests and the night team from 10pm to 7am.

You will be based at the hotel full time, working five nights per week. Live-in
accommodation is available for the right candidate.

- Night audit and cashing up
- Fire and security responsibilities
""",
        "expect": {
            "title": "Night Manager",
            "remote": "onsite",
            "salary": (32000, 32000, "year"),
        },
    },
    {
        "id": "freshp-charity-fundraising-officer-home-based",
        "text": """Community Fundraising Officer
Hearts Together (registered charity)
£28,000 per annum
Home-based with occasional travel to our London office

You will build relationships with supporters, schools and local groups across the South
West, and help them raise money through events and challenges.

You will need a full driving licence and access to a car, and to work some weekends.
""",
        "expect": {
            "title": "Community Fundraising Officer",
            "remote": "remote",
            "salary": (28000, 28000, "year"),
        },
    },
    {
        "id": "freshp-charity-volunteer-coordinator-contractual-location",
        "text": """Volunteer Coordinator
Riverside Food Partnership
£26,000 - £28,000 per annum
Contractual location: Birmingham

You will recruit, train and support around 200 volunteers across our food banks and
community kitchens.

We offer flexible and hybrid working, with at least one day a week in our Digbeth office
and regular time at food bank sessions.
""",
        "expect": {
            "title": "Volunteer Coordinator",
            "remote": "hybrid",
            "salary": (26000, 28000, "year"),
        },
    },
    {
        "id": "freshp-legal-paralegal-some-home-working",
        "text": """Conveyancing Paralegal
Location: Leeds (with some home working)
Salary: £24,000 - £27,000 depending on experience

A busy residential property team is looking for a Paralegal to support two fee earners
with sales, purchases and remortgages.

- Prepare contract packs and post-completion work
- Liaise with clients, agents and lenders

Previous conveyancing experience is essential.
""",
        "expect": {
            "title": "Conveyancing Paralegal",
            "remote": "hybrid",
            "salary": (24000, 27000, "year"),
        },
    },
    {
        "id": "freshp-legal-secretary-attend-the-office",
        "text": """Legal Secretary - Private Client
Harrogate
£25,000 - £28,000

Our private client team is looking for an experienced Legal Secretary to support two
partners with wills, trusts and estate administration.

Please note you must be able to attend the office five days a week; this role does not
offer home working.

Skills: audio typing, Microsoft Office, case management systems.
""",
        "expect": {
            "title": "Legal Secretary - Private Client",
            "remote": "onsite",
            "salary": (25000, 28000, "year"),
        },
    },
    {
        "id": "freshp-construction-site-manager-based-on-site",
        "text": """Site Manager - Residential New Build
Ashford, Kent
£55,000 - £62,000 + car allowance

We are a regional housebuilder delivering 150 homes a year. We need a Site Manager to run
a development of 90 homes, managing subcontractors, quality and health and safety.

You will be based on site in Ashford for the duration of the scheme.

Requirements: SMSTS, CSCS black card, first aid.
""",
        "expect": {
            "title": "Site Manager - Residential New Build",
            "remote": "onsite",
            "salary": (55000, 62000, "year"),
        },
    },
    {
        "id": "freshp-construction-qs-head-office-site-home",
        "text": """Quantity Surveyor
Bramley Build Ltd - Nottingham
£45,000 - £52,000 per annum

Working on commercial and education projects between £2m and £15m, you will manage
valuations, variations and final accounts.

Agile working is available, with your week split between head office, site and home.

You will hold a degree in Quantity Surveying and have main contractor experience.
""",
        "expect": {
            "title": "Quantity Surveyor",
            "remote": "hybrid",
            "salary": (45000, 52000, "year"),
        },
    },
    {
        "id": "freshp-call-centre-advisor-homeworking-post",
        "text": """Customer Service Advisor
Brightwater Energy
£23,400 per annum

Homeworking: this post is homeworking, with occasional travel to our Leeds office for
team days. We will provide all the equipment you need.

You will help our customers with bills, meter readings and payment plans by phone, email
and web chat. Shifts are between 8am and 8pm Monday to Friday, with one Saturday in four.
""",
        "expect": {
            "title": "Customer Service Advisor",
            "remote": "remote",
            "salary": (23400, 23400, "year"),
        },
    },
    {
        "id": "freshp-contact-centre-agent-office-based",
        "text": """Contact Centre Agent
Sunderland
£12.60 per hour

This role is office based at our Sunderland contact centre, working 37.5 hours across a
shift pattern between 8am and 9pm.

You'll take inbound calls from customers about deliveries and returns, resolving queries
at the first point of contact.

Full training provided.
""",
        "expect": {
            "title": "Contact Centre Agent",
            "remote": "onsite",
            "salary": (12.60, 12.60, "hour"),
        },
    },
    {
        "id": "freshp-revenue-officer-blend-of-office-and-home",
        "text": """Compliance Officer
Revenue and Customs Agency
Salary: £32,530
Locations: Bristol, Cardiff, Newcastle

You will review tax returns, contact customers to resolve discrepancies and help bring in
the right amount of tax.

This role is eligible for flexible working, including a blend of office and home working,
subject to business needs.

Selection will be through a behaviour-based interview.
""",
        "expect": {
            "title": "Compliance Officer",
            "remote": "hybrid",
            "salary": (32530, 32530, "year"),
        },
    },
    {
        "id": "freshp-area-sales-manager-field-based",
        "text": """Area Sales Manager - Agricultural Supplies
Lincolnshire & South Yorkshire
£40,000 basic + commission + company car

This is a field-based role covering farms and merchants across Lincolnshire and South
Yorkshire. You will grow a territory of 300 accounts.

Experience of selling to farmers is an advantage.
""",
        "expect": {
            "title": "Area Sales Manager - Agricultural Supplies",
            "remote": "onsite",
            "salary": (40000, 40000, "year"),
        },
    },
    {
        "id": "freshp-insurance-underwriter-office-attendance-label",
        "text": """Commercial Property Underwriter
Ipswich
Office attendance: 40%
£48,000 - £58,000 + bonus

You will underwrite mid-market commercial property risks placed by our broker partners,
building relationships and growing a profitable book.

- ACII qualified or working towards it
- Commercial property underwriting experience
""",
        "expect": {
            "title": "Commercial Property Underwriter",
            "remote": "hybrid",
            "salary": (48000, 58000, "year"),
        },
    },
    {
        "id": "freshp-council-social-worker-agile-mix",
        "text": """Social Worker - Children in Need
£37,938 - £41,511
Permanent, full time

Eastbridge Borough Council is an agile working organisation. This role will be a mix of
home, office and community-based working, visiting children and families across the
borough.

You must be registered with Social Work England.
""",
        "expect": {
            "title": "Social Worker - Children in Need",
            "remote": "hybrid",
            "salary": (37938, 41511, "year"),
        },
    },
    {
        "id": "freshp-care-home-assistant-silent",
        "text": """Care Assistant
Oakwood Care Home, Harrogate
£12.75 per hour

Oakwood is a 60-bed residential home for older people. We are looking for kind Care
Assistants to help our residents live well and feel at home.

- Days and nights available, flexible working hours to suit you
- Paid training and DBS
- Free meals on shift
""",
        "expect": {
            "title": "Care Assistant",
            "remote": None,
            "salary": (12.75, 12.75, "hour"),
        },
    },
    {
        "id": "freshp-charity-accounts-assistant-silent",
        "text": """Accounts Assistant
Greenway Housing Trust
£25,000 per annum, 35 hours

We are a housing charity providing 3,000 homes across the region. You will process
supplier invoices, reconcile bank accounts and help with month-end.

About you
- Proficient in Microsoft Office, especially Excel
- AAT Level 3 or studying towards it

We offer flexible working, 28 days' annual leave and a generous pension.
""",
        "expect": {
            "title": "Accounts Assistant",
            "remote": None,
            "salary": (25000, 25000, "year"),
        },
    },
    {
        "id": "freshp-debt-adviser-advise-in-person-silent",
        "text": """Debt Adviser
Citywide Advice
£27,500 per annum

We give free, confidential advice on debt, benefits and housing. We advise clients in
person, by phone and by video, and run outreach sessions in GP surgeries and libraries.

You will hold a caseload of clients with priority debts, negotiate with creditors and
prepare bankruptcy and DRO applications.

Money Advice Service accreditation or willingness to work towards it.
""",
        "expect": {
            "title": "Debt Adviser",
            "remote": None,
            "salary": (27500, 27500, "year"),
        },
    },
    {
        "id": "freshp-retail-customer-assistant-silent",
        "text": """Customer Assistant
Fieldgate Foods - Stockport
£12.21 per hour, 16 hours per week

Our stores across the North West are looking for friendly Customer Assistants to serve on
the tills, fill shelves and help customers find what they need.

Experience in a retail environment is helpful but not essential. Staff discount from day
one.
""",
        "expect": {
            "title": "Customer Assistant",
            "remote": None,
            "salary": (12.21, 12.21, "hour"),
        },
    },
]

# The latest held-out batch, written after all tuning so far (untuned figures in git log).
# Batches A-P have all been tuned on and folded into MORE_POSTINGS; the next batch goes here.
FRESH_POSTINGS: list[dict[str, Any]] = []
