"""Our own skill vocabulary: canonical names, aliases, extra terms and precision rules."""

from __future__ import annotations

from importlib import resources

# Matching key (lower case, tokens joined by spaces) -> display name.
CANONICAL: dict[str, str] = {
    k.lower(): k
    for k in [
        "Python", "Java", "JavaScript", "TypeScript", "Go", "Rust", "C", "C++", "C#", "R",
        "Ruby", "PHP", "Perl", "Scala", "Kotlin", "Swift", "Objective-C", "MATLAB", "SQL",
        "NoSQL", "Bash", "PowerShell", "HTML", "CSS", "Sass", "GraphQL", "REST APIs", "gRPC",
        "Node.js", "React", "React Native", "Angular", "AngularJS", "Vue.js", "Svelte",
        "Next.js", "Django", "Flask", "FastAPI", "Spring", "Spring Boot", "Ruby on Rails",
        "Laravel", ".NET", "ASP.NET", "jQuery", "Redux", "Express.js", "Kubernetes", "Docker",
        "Terraform", "Ansible", "Puppet", "Chef", "Jenkins", "GitHub Actions", "GitLab CI",
        "CI/CD", "Git", "GitHub", "GitLab", "Bitbucket", "Jira", "Confluence", "Linux", "Unix",
        "Windows", "macOS", "AWS", "Azure", "Google Cloud", "Heroku", "PostgreSQL", "MySQL",
        "SQLite", "Oracle", "SQL Server", "MongoDB", "Redis", "Elasticsearch", "Cassandra",
        "DynamoDB", "Snowflake", "BigQuery", "Redshift", "Apache Kafka", "RabbitMQ",
        "Apache Spark", "Hadoop", "Airflow", "dbt", "Tableau", "Power BI", "Looker", "Excel",
        "Microsoft Office", "SharePoint", "Salesforce", "SAP", "TensorFlow", "PyTorch", "Keras",
        "scikit-learn", "pandas", "NumPy", "SciPy", "Machine Learning", "Deep Learning", "NLP",
        "Computer Vision", "LLM", "Data Science", "Data Analysis", "Statistics", "TCP/IP",
        "VMware", "Agile", "Scrum", "Kanban", "DevOps", "Microservices", "Selenium", "Cypress",
        "Jest", "pytest", "JUnit", "Figma", "Sketch", "Adobe Photoshop", "Unity", "Unreal Engine",
        "OpenAPI", "OAuth", "Nginx", "Apache", "Prometheus", "Grafana", "Datadog", "Splunk",
        "Kibana", "Helm", "OpenShift", "Serverless", "AWS Lambda", "EC2", "S3", "Kotlin",
        "Android", "iOS", "Xcode", "Webpack", "Vite", "Tailwind CSS", "Bootstrap", "Qt", "Rails",
        "Solidity", "Fortran", "COBOL", "Haskell", "Elixir", "Erlang", "Clojure", "Lua", "Dart",
        "Flutter", "Xamarin", "Visual Basic", "VBA", "AutoCAD", "SolidWorks", "Revit", "LabVIEW",
        "Simulink", "Verilog", "VHDL", "ETL", "Data Warehousing", "Data Modeling", "QuickBooks",
        "HubSpot", "Google Analytics", "SEO", "SPSS", "SAS", "Stata", "Hive", "Pig", "Presto",
        "Databricks", "Snowpark", "Kafka Streams", "Flink", "Beam", "LangChain", "OpenCV",
        "Hugging Face", "XGBoost", "LightGBM", "Pydantic", "SQLAlchemy", "Celery", "Streamlit",
        "Qdrant", "Pinecone", "LAN", "WAN", "VPN", "DNS", "DHCP", "Active Directory", "ITIL",
    ]
}

# Alias (as written) -> canonical display name.
ALIASES: dict[str, str] = {
    "k8s": "Kubernetes", "js": "JavaScript", "ecmascript": "JavaScript",
    "es6": "JavaScript", "ts": "TypeScript", "golang": "Go",
    "python3": "Python", "python 3": "Python", "postgres": "PostgreSQL", "psql": "PostgreSQL",
    "postgre": "PostgreSQL", "node": "Node.js", "nodejs": "Node.js", "node js": "Node.js",
    "reactjs": "React", "react.js": "React", "react js": "React", "vue": "Vue.js",
    "vuejs": "Vue.js", "vue js": "Vue.js", "angular.js": "AngularJS", "nextjs": "Next.js",
    "expressjs": "Express.js", "express": "Express.js", "amazon web services": "AWS",
    "gcp": "Google Cloud", "google cloud platform": "Google Cloud",
    "microsoft azure": "Azure", "ms azure": "Azure", "ci cd": "CI/CD", "cicd": "CI/CD",
    "ci/cd pipelines": "CI/CD", "continuous integration": "CI/CD", "csharp": "C#",
    "c sharp": "C#", "cpp": "C++", "dotnet": ".NET", "dot net": ".NET", ".net core": ".NET",
    "mongo": "MongoDB", "ms excel": "Excel", "microsoft excel": "Excel",
    "ms office": "Microsoft Office", "ms office suite": "Microsoft Office",
    "microsoft office suite": "Microsoft Office", "office 365": "Microsoft Office",
    "sklearn": "scikit-learn", "scikit learn": "scikit-learn", "tf": "TensorFlow",
    "rest": "REST APIs", "rest api": "REST APIs", "restful": "REST APIs",
    "restful apis": "REST APIs", "restful api": "REST APIs", "html5": "HTML", "css3": "CSS",
    "scss": "Sass", "kafka": "Apache Kafka", "spark": "Apache Spark",
    "pyspark": "Apache Spark", "powerbi": "Power BI", "ml": "Machine Learning",
    "natural language processing": "NLP", "gh actions": "GitHub Actions",
    "mssql": "SQL Server", "ms sql": "SQL Server", "ms sql server": "SQL Server",
    "t-sql": "SQL Server", "elastic search": "Elasticsearch", "elk": "Elasticsearch",
    "llms": "LLM", "large language models": "LLM", "mac os": "macOS", "osx": "macOS",
    "os x": "macOS", "rails": "Ruby on Rails", "ror": "Ruby on Rails",
    "amazon s3": "S3", "amazon ec2": "EC2", "lambda": "AWS Lambda", "dynamo db": "DynamoDB",
    "big query": "BigQuery", "apache airflow": "Airflow", "tailwind": "Tailwind CSS",
    "photoshop": "Adobe Photoshop", "springboot": "Spring Boot", "numpy": "NumPy",
}

# Our own additions to the gazetteer.
EXTRA_SKILLS: list[str] = [
    "windows", "windows server", "active directory", "unix", "consulting", "design patterns",
    "object oriented programming", "oop", "data structures", "algorithms", "version control",
    "unit testing", "test automation", "automated testing", "cloud computing", "networking",
    "information security", "cyber security", "cybersecurity", "penetration testing",
    "project management", "data analytics", "english", "german", "french", "spanish",
    "danish", "swedish", "norwegian", "dutch", "italian", "portuguese", "mandarin", "business intelligence", "data visualization",
]

# Everyday-English skill names: accepted only when written the way a technology is.
CASE_SENSITIVE: dict[str, frozenset[str]] = {
    "go": frozenset({"Go", "GO"}),
    "r": frozenset({"R"}),
    "c": frozenset({"C"}),
    "swift": frozenset({"Swift"}),
    "rust": frozenset({"Rust"}),
    "spring": frozenset({"Spring", "SPRING"}),
    "excel": frozenset({"Excel", "EXCEL"}),
    "access": frozenset({"Access"}),
    "word": frozenset({"Word"}),
    "chef": frozenset({"Chef"}),
    "puppet": frozenset({"Puppet"}),
    "unity": frozenset({"Unity"}),
    "express.js": frozenset({"Express", "express.js", "Express.js", "ExpressJS", "expressjs"}),
    "node.js": frozenset({"Node", "node.js", "Node.js", "NodeJS", "nodejs", "Node JS"}),
    "apache": frozenset({"Apache"}),
    "oracle": frozenset({"Oracle", "ORACLE"}),
    "windows": frozenset({"Windows", "WINDOWS"}),
    "rest apis": frozenset(
        {"REST", "RESTful", "REST API", "REST APIs", "RESTful API", "RESTful APIs", "rest api",
         "rest apis", "restful", "Restful", "REST api", "Rest API", "Rest APIs", "REST apis"}
    ),
    "typescript": frozenset({"TS", "TypeScript", "Typescript", "typescript", "TYPESCRIPT"}),
    "tensorflow": frozenset({"TF", "TensorFlow", "Tensorflow", "tensorflow"}),
    "python": frozenset(
        {"py", "Python", "python", "PYTHON", "Python3", "python3", "Python 3", "python 3"}
    ),
    "aws lambda": frozenset({"Lambda", "AWS Lambda", "aws lambda", "Lambdas", "lambda functions"}),
    "machine learning": frozenset(
        {"ML", "Machine Learning", "machine learning", "Machine learning", "MACHINE LEARNING"}
    ),
    "ruby on rails": frozenset({"Rails", "Ruby on Rails", "ruby on rails", "RoR", "ROR"}),
    "lan": frozenset({"LAN"}),
    "wan": frozenset({"WAN"}),
    "mac": frozenset({"Mac", "MAC"}),
    "sas": frozenset({"SAS"}),
    "pig": frozenset({"Pig"}),
    "beam": frozenset({"Beam"}),
    "hive": frozenset({"Hive"}),
    "flask": frozenset({"Flask"}),
    "jest": frozenset({"Jest"}),
    "sketch": frozenset({"Sketch"}),
    "looker": frozenset({"Looker"}),
    "helm": frozenset({"Helm"}),
    "vite": frozenset({"Vite"}),
    "qt": frozenset({"Qt", "QT"}),
    "dart": frozenset({"Dart"}),
    "lua": frozenset({"Lua"}),
    "ant": frozenset({"Ant"}),
    "make": frozenset({"Make"}),
    "shell": frozenset({"Shell"}),
    "bootstrap": frozenset({"Bootstrap"}),
}


def _load_terms(name: str) -> frozenset[str]:
    """Terms of one of our data files, one per line, '#' starts a comment line."""
    path = resources.files("tracker_core").joinpath("data", name)
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


STOP_TERMS: frozenset[str] = _load_terms("skill_stoplist.txt")
LEARNED_SKILLS: frozenset[str] = _load_terms("skill_extra.txt")
