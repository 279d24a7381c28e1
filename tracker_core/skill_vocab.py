"""Our own skill vocabulary: canonical names, aliases, extra terms and precision rules."""

from __future__ import annotations

from importlib import resources

# Matching key (lower case, tokens joined by spaces) -> display name.
CANONICAL: dict[str, str] = {
    k.lower(): k
    for k in [
        "Python",
        "Java",
        "JavaScript",
        "TypeScript",
        "Go",
        "Rust",
        "C",
        "C++",
        "C#",
        "R",
        "Ruby",
        "PHP",
        "Perl",
        "Scala",
        "Kotlin",
        "Swift",
        "Objective-C",
        "MATLAB",
        "SQL",
        "NoSQL",
        "Bash",
        "PowerShell",
        "HTML",
        "CSS",
        "Sass",
        "GraphQL",
        "REST APIs",
        "gRPC",
        "Node.js",
        "React",
        "React Native",
        "Angular",
        "AngularJS",
        "Vue.js",
        "Svelte",
        "Next.js",
        "Django",
        "Flask",
        "FastAPI",
        "Spring",
        "Spring Boot",
        "Ruby on Rails",
        "Laravel",
        ".NET",
        "ASP.NET",
        "jQuery",
        "Redux",
        "Express.js",
        "Kubernetes",
        "Docker",
        "Terraform",
        "Ansible",
        "Puppet",
        "Chef",
        "Jenkins",
        "GitHub Actions",
        "GitLab CI",
        "CI/CD",
        "Git",
        "GitHub",
        "GitLab",
        "Bitbucket",
        "Jira",
        "Confluence",
        "Linux",
        "Unix",
        "Windows",
        "macOS",
        "AWS",
        "Azure",
        "Google Cloud",
        "Heroku",
        "PostgreSQL",
        "MySQL",
        "SQLite",
        "Oracle",
        "SQL Server",
        "MongoDB",
        "Redis",
        "Elasticsearch",
        "Cassandra",
        "DynamoDB",
        "Snowflake",
        "BigQuery",
        "Redshift",
        "Apache Kafka",
        "RabbitMQ",
        "Apache Spark",
        "Hadoop",
        "Airflow",
        "dbt",
        "Tableau",
        "Power BI",
        "Looker",
        "Excel",
        "Microsoft Office",
        "SharePoint",
        "Salesforce",
        "SAP",
        "TensorFlow",
        "PyTorch",
        "Keras",
        "scikit-learn",
        "pandas",
        "NumPy",
        "SciPy",
        "Machine Learning",
        "Deep Learning",
        "NLP",
        "Computer Vision",
        "LLM",
        "Data Science",
        "Data Analysis",
        "Statistics",
        "TCP/IP",
        "VMware",
        "Agile",
        "Scrum",
        "Kanban",
        "DevOps",
        "Microservices",
        "Selenium",
        "Cypress",
        "Jest",
        "pytest",
        "JUnit",
        "Figma",
        "Sketch",
        "Adobe Photoshop",
        "Unity",
        "Unreal Engine",
        "OpenAPI",
        "OAuth",
        "Nginx",
        "Apache",
        "Prometheus",
        "Grafana",
        "Datadog",
        "Splunk",
        "Kibana",
        "Helm",
        "OpenShift",
        "Serverless",
        "AWS Lambda",
        "EC2",
        "S3",
        "Kotlin",
        "Android",
        "iOS",
        "Xcode",
        "Webpack",
        "Vite",
        "Tailwind CSS",
        "Bootstrap",
        "Qt",
        "Rails",
        "Solidity",
        "Fortran",
        "COBOL",
        "Haskell",
        "Elixir",
        "Erlang",
        "Clojure",
        "Lua",
        "Dart",
        "Flutter",
        "Xamarin",
        "Visual Basic",
        "VBA",
        "AutoCAD",
        "SolidWorks",
        "Revit",
        "LabVIEW",
        "Simulink",
        "Verilog",
        "VHDL",
        "ETL",
        "Data Warehousing",
        "Data Modeling",
        "QuickBooks",
        "HubSpot",
        "Google Analytics",
        "SEO",
        "SPSS",
        "SAS",
        "Stata",
        "Hive",
        "Pig",
        "Presto",
        "Databricks",
        "Snowpark",
        "Kafka Streams",
        "Flink",
        "Beam",
        "LangChain",
        "OpenCV",
        "Hugging Face",
        "XGBoost",
        "LightGBM",
        "Pydantic",
        "SQLAlchemy",
        "Celery",
        "Streamlit",
        "Qdrant",
        "Pinecone",
        "LAN",
        "WAN",
        "VPN",
        "DNS",
        "DHCP",
        "Active Directory",
        "ITIL",
    ]
}

# Alias (as written) -> canonical display name.
ALIASES: dict[str, str] = {
    "k8s": "Kubernetes",
    "js": "JavaScript",
    "ecmascript": "JavaScript",
    "es6": "JavaScript",
    "ts": "TypeScript",
    "golang": "Go",
    "python3": "Python",
    "python 3": "Python",
    "postgres": "PostgreSQL",
    "psql": "PostgreSQL",
    "postgre": "PostgreSQL",
    "node": "Node.js",
    "nodejs": "Node.js",
    "node js": "Node.js",
    "reactjs": "React",
    "react.js": "React",
    "react js": "React",
    "vue": "Vue.js",
    "vuejs": "Vue.js",
    "vue js": "Vue.js",
    "angular.js": "AngularJS",
    "nextjs": "Next.js",
    "expressjs": "Express.js",
    "express": "Express.js",
    "amazon web services": "AWS",
    "gcp": "Google Cloud",
    "google cloud platform": "Google Cloud",
    "microsoft azure": "Azure",
    "ms azure": "Azure",
    "ci cd": "CI/CD",
    "cicd": "CI/CD",
    "ci/cd pipelines": "CI/CD",
    "continuous integration": "CI/CD",
    "csharp": "C#",
    "c sharp": "C#",
    "cpp": "C++",
    "dotnet": ".NET",
    "dot net": ".NET",
    ".net core": ".NET",
    "mongo": "MongoDB",
    "ms excel": "Excel",
    "microsoft excel": "Excel",
    "ms office": "Microsoft Office",
    "ms office suite": "Microsoft Office",
    "microsoft office suite": "Microsoft Office",
    "office 365": "Microsoft Office",
    "sklearn": "scikit-learn",
    "scikit learn": "scikit-learn",
    "tf": "TensorFlow",
    "rest": "REST APIs",
    "rest api": "REST APIs",
    "restful": "REST APIs",
    "restful apis": "REST APIs",
    "restful api": "REST APIs",
    "html5": "HTML",
    "css3": "CSS",
    "scss": "Sass",
    "kafka": "Apache Kafka",
    "spark": "Apache Spark",
    "pyspark": "Apache Spark",
    "powerbi": "Power BI",
    "ml": "Machine Learning",
    "natural language processing": "NLP",
    "gh actions": "GitHub Actions",
    "mssql": "SQL Server",
    "ms sql": "SQL Server",
    "ms sql server": "SQL Server",
    "t-sql": "SQL Server",
    "elastic search": "Elasticsearch",
    "elk": "Elasticsearch",
    "llms": "LLM",
    "large language models": "LLM",
    "mac os": "macOS",
    "osx": "macOS",
    "os x": "macOS",
    "rails": "Ruby on Rails",
    "ror": "Ruby on Rails",
    "amazon s3": "S3",
    "amazon ec2": "EC2",
    "lambda": "AWS Lambda",
    "dynamo db": "DynamoDB",
    "big query": "BigQuery",
    "apache airflow": "Airflow",
    "tailwind": "Tailwind CSS",
    "photoshop": "Adobe Photoshop",
    "springboot": "Spring Boot",
    "numpy": "NumPy",
}

# Our own additions to the gazetteer.
EXTRA_SKILLS: list[str] = [
    "windows",
    "windows server",
    "active directory",
    "unix",
    "consulting",
    "design patterns",
    "object oriented programming",
    "oop",
    "data structures",
    "algorithms",
    "version control",
    "unit testing",
    "test automation",
    "automated testing",
    "cloud computing",
    "networking",
    "information security",
    "cyber security",
    "cybersecurity",
    "penetration testing",
    "project management",
    "data analytics",
    "english",
    "german",
    "french",
    "spanish",
    "danish",
    "swedish",
    "norwegian",
    "dutch",
    "italian",
    "portuguese",
    "mandarin",
    "business intelligence",
    "data visualization",
]

# Everyday-English words that name a technology only when written like one (key: as written).
_CAPITALISED = (
    "Swift Rust Access Word Chef Puppet Unity Express Node Apache Lambda Rails Pig Beam Hive "
    "Flask Jest Sketch Looker Helm Vite Dart Lua Ant Make Shell Bootstrap Spring Excel Oracle "
    "Windows Spark Mac"
).split()
CASE_SENSITIVE: dict[str, frozenset[str]] = {
    **{w.lower(): frozenset({w, w.upper()}) for w in _CAPITALISED},
    "go": frozenset({"Go", "GO"}),
    "r": frozenset({"R"}),
    "c": frozenset({"C"}),
    "rest": frozenset({"REST", "Rest"}),
    "ts": frozenset({"TS"}),
    "tf": frozenset({"TF"}),
    "ml": frozenset({"ML"}),
    "ror": frozenset({"RoR", "ROR"}),
    "lan": frozenset({"LAN"}),
    "wan": frozenset({"WAN"}),
    "sas": frozenset({"SAS"}),
    "qt": frozenset({"Qt", "QT"}),
}


def _load_terms(name: str) -> frozenset[str]:
    """Terms of one of our data files, one per line, '#' starts a comment line."""
    path = resources.files("tracker_core").joinpath("data", name)
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


STOP_TERMS: frozenset[str] = _load_terms("skill_stoplist.txt")
LEARNED_MARK = "# --- learned from SkillSpan train (scripts/tune_skills.py) ---"
# The hand-written part of the stop-list (soft skills, filler words): never skills, in any context.
HAND_STOP_TERMS: frozenset[str] = frozenset(
    ln.strip()
    for ln in resources.files("tracker_core")
    .joinpath("data", "skill_stoplist.txt")
    .read_text(encoding="utf-8")
    .split(LEARNED_MARK)[0]
    .splitlines()
    if ln.strip() and not ln.startswith("#")
)
LEARNED_SKILLS: frozenset[str] = _load_terms("skill_extra.txt")


# Broad domain nouns that name knowledge only in context ("experience in cloud and security",
# "Python, testing and automation"); stand-alone they are everyday words.
GENERIC_KNOWLEDGE: frozenset[str] = frozenset(
    "design development engineering implementation maintenance performance planning architecture"
    " automation infrastructure mobile security testing cloud".split()
)

# Human languages: a skill when asked for, not when they only say how to apply ("CV in English").
LANGUAGES: frozenset[str] = frozenset(
    "english german french spanish danish swedish norwegian dutch italian portuguese mandarin"
    " chinese japanese finnish polish russian arabic".split()
)

# Words after which a phrase names knowledge: "experience with X", "background in X and Y".
PHRASE_CUES: frozenset[str] = frozenset(
    "experience knowledge background expertise understanding degree degrees proficiency"
    " familiarity education familiar proficient skilled experienced versed competent expert"
    " fluent skills interest specialist specialised specialized field fields area areas"
    " qualification qualifications studies insight insights phd ph.d master masters bachelor"
    " bachelors msc m.sc bsc b.sc training certification certified qualified specialisation"
    " specialization competences competencies".split()
)
# Words skipped before a cued phrase starts ("experience with the modern ...").
PHRASE_FILLERS: frozenset[str] = frozenset(
    "a an the strong solid good great sound deep broad proven excellent extensive practical"
    " hands-on relevant basic advanced thorough working general some any modern several various"
    " at least".split()
)
# Words that end a cued phrase: function words, verbs, vague nouns.
PHRASE_STOPS: frozenset[str] = frozenset(
    "of in with within for to from on at by as is are be been being was were will would can"
    " could should must may might shall you your our we us this that these those such e.g eg"
    " etc including include includes like other related similar equivalent i.e ie plus"
    " advantage preferably ideally both either all more most very well minimum using use used"
    " have has having it its their they which who where when while also but not only who how"
    " what why than then there here into through across over under about within etc is"
    " experience knowledge skills skill years year field fields area areas environment"
    " environments and or a an the our your their his her my one two three four five few many"
    " much some any each every team teams company companies people person colleagues partners"
    " customers clients ability abilities importance ownership responsibility responsibilities"
    " department following others interest passion motivation mindset attitude question"
    " expertise competence competences proficiency insight insights understanding".split()
)
