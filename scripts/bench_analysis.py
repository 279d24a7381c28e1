"""Speed and memory of the offline analyser and the parser (make bench)."""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

POSTING_PARAS = [
    "Senior Data Platform Engineer - Remote (US)",
    "Northwind Health is hiring a Senior Data Platform Engineer to build the pipelines and "
    "services that move clinical and claims data for more than two hundred hospitals. You will "
    "join a team of eight engineers and work closely with analysts, data scientists and product "
    "managers.",
    "Salary: $160,000 - $190,000 per year, plus equity and a 401(k) match.",
    "What you'll do",
    "- Design, build and operate batch and streaming pipelines with Apache Spark, Apache Kafka "
    "and Airflow.\n- Model data in Snowflake and PostgreSQL with dbt, and keep it documented.\n"
    "- Build internal services in Python and Go with FastAPI and gRPC.\n- Own infrastructure as "
    "code with Terraform on AWS (S3, EC2, EKS, Lambda) and Kubernetes.\n- Set up monitoring with "
    "Prometheus, Grafana and Datadog, and take part in an on-call rotation.\n- Review code, "
    "mentor engineers and write design documents.",
    "Requirements",
    "- 6+ years of experience as a Data Engineer or Backend Engineer\n- Expert Python and SQL\n"
    "- Production experience with Spark or Flink, and Kafka\n- Docker, Kubernetes and Terraform\n"
    "- Experience with AWS or Google Cloud\n- Strong communication skills and the ability to "
    "explain trade-offs to non-engineers\n- Experience with HIPAA or other regulated data",
    "Nice to have",
    "- Scala or Java\n- Experience with Great Expectations or other data quality tools\n- "
    "Familiarity with FHIR and HL7\n- Machine learning pipelines with MLflow",
    "Benefits",
    "Medical, dental and vision insurance; 20 days of paid time off; a home office budget; "
    "yearly learning budget; parental leave.",
]
RESUME_PARAS = [
    "Alex Morgan\nSeattle, WA | alex@example.com",
    "Summary",
    "Data engineer with nine years of experience building reliable data platforms in health "
    "care and retail. I like simple designs, good tests and clear documentation.",
    "Experience",
    "Senior Data Engineer, Cascade Clinics (2020 - Present)\n- Built streaming ingestion of "
    "HL7 and FHIR messages with Kafka and Spark Structured Streaming, processing 40M events a "
    "day.\n- Moved the warehouse from Redshift to Snowflake and introduced dbt models with "
    "tests; cut report latency from hours to minutes.\n- Wrote Terraform for AWS (S3, EKS, "
    "Lambda) and ran services on Kubernetes.\n- Led a team of four engineers and ran the "
    "on-call rotation.",
    "Data Engineer, Evergreen Retail (2016 - 2020)\n- Developed Airflow DAGs in Python for "
    "sales, stock and loyalty data.\n- Designed PostgreSQL schemas and tuned SQL queries.\n"
    "- Built a FastAPI service for product recommendations.",
    "Software Engineer, Pioneer Logistics (2014 - 2016)\n- Wrote Java services for route "
    "planning and a Go command-line tool for fleet data.",
    "Skills",
    "Python, SQL, Go, Java, Scala, Spark, Kafka, Airflow, dbt, Snowflake, PostgreSQL, Docker, "
    "Kubernetes, Terraform, AWS, Prometheus, Grafana",
    "Education",
    "B.S. in Computer Science, University of Washington",
]


_TEAMS = ("clinical teams", "analysts", "the finance office", "product managers", "data scientists")
_WORK = (
    "make sure pipelines are observable, tested and documented",
    "agree on the definitions behind each report",
    "turn recurring questions into self-service dashboards",
    "plan migrations without downtime for the hospitals we serve",
    "keep access to patient data audited and least-privilege",
    "choose which data sets to retire and which to invest in",
    "review the data contracts of new product features",
    "estimate the cost of new workloads before they reach production",
)
_DONE = (
    "Improved pipeline reliability by adding data quality checks, alerts and runbooks",
    "Cut the nightly batch from five hours to forty minutes by partitioning the largest tables",
    "Replaced hand-written cron jobs with Airflow DAGs that retry and report their failures",
    "Mentored two junior engineers through their first on-call rotations",
    "Wrote the team's guide to reviewing SQL changes and data migrations",
    "Reduced warehouse spend by a third by clustering tables and expiring old snapshots",
    "Introduced contract tests between the ingestion service and its upstream producers",
    "Moved secrets from environment files to AWS Secrets Manager with rotation",
    "Built a backfill tool that replays a day of events in under ten minutes",
)


def texts() -> tuple[str, str]:
    """A ~700-word posting and a two-page resume, padded with distinct, realistic bullets (a
    repeated line would be read once by the parser's line cache and flatter the figure)."""
    posting = "\n\n".join(POSTING_PARAS)
    pads = (f"Work with {t} to {w}." for w in _WORK for t in _TEAMS)
    while len(posting.split()) < 700:
        posting += f"\n- {next(pads)}"
    resume = "\n\n".join(RESUME_PARAS)
    done = (
        f"{d} at {where} ({year})."
        for year in range(2014, 2024)
        for d in _DONE
        for where in ("Cascade Clinics", "Evergreen Retail")
    )
    while len(resume.split()) < 900:
        resume += f"\n- {next(done)}"
    return posting, resume


def first_run(embedder: str) -> dict[str, float]:
    """Time to the first analysis in a fresh process, and its resident memory afterwards."""
    code = (
        "import time, json, resource\n"
        "t = time.perf_counter()\n"
        "from scripts.bench_analysis import texts\n"
        "from tracker_core.analysis import analyze_resume\n"
        "from tracker_core.embeddings import get_embedder\n"
        "p, r = texts()\n"
        f"analyze_resume(r, p, engine='offline', embedder=get_embedder({embedder!r}))\n"
        "elapsed = time.perf_counter() - t\n"
        "try:\n"
        "    import psutil; rss = psutil.Process().memory_info().rss / 2**20\n"
        "except ImportError:\n"
        "    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        "print(json.dumps({'first_s': elapsed, 'rss_mb': rss}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def median_ms(fn: object, runs: int) -> float:
    """Median wall time of fn() in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(
    embedder: str = "minilm-m2v-256", runs: int = 20
) -> list[tuple[str, float, str, str, bool]]:
    """Rows for `make bench`: (name, value, unit, target, ok)."""
    from tracker_core.analysis import analyze_resume
    from tracker_core.embeddings import get_embedder
    from tracker_core.jd_parser import parse_job_description

    posting, resume = texts()
    cold = first_run(embedder)
    model = get_embedder(embedder)
    analyze_resume(resume, posting, engine="offline", embedder=model)
    warm = median_ms(
        lambda: analyze_resume(resume, posting, engine="offline", embedder=model), runs
    )
    parse_job_description(posting)
    parse = median_ms(lambda: parse_job_description(posting), runs)
    size = f"{len(resume.split())}-word resume vs {len(posting.split())}-word posting"
    return [
        (f"offline analysis, warm median ({size})", warm, "ms", "< 100", warm < 100),
        ("first analysis after start", cold["first_s"], "s", "< 3", cold["first_s"] < 3),
        ("parse a posting, median", parse, "ms", "< 20", parse < 20),
        (
            "resident memory after first analysis",
            cold["rss_mb"],
            "MB",
            "< 600",
            cold["rss_mb"] < 600,
        ),
    ]


BENCHES = [measure]


def main() -> None:
    """Print the benchmark table (`--embedder minilm` compares the heavier model)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--embedder", default="minilm-m2v-256")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    print(f"embedder: {args.embedder}; {args.runs} runs")
    print(f"{'measure':<70}{'value':>10}  unit  target")
    for name, value, unit, target, _ok in measure(args.embedder, args.runs):
        print(f"{name:<70}{value:>10.1f}  {unit:<4}  {target}")


if __name__ == "__main__":
    main()
