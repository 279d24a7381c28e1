FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
RUN apt-get update && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 10001 tracker
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY --chown=tracker:tracker . .
USER tracker
# The app on 8501; the REST API (docker-compose.yml's `api` service) on API_PORT, 8000 by default.
EXPOSE 8501 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD curl --fail --silent http://127.0.0.1:8501/_stcore/health || exit 1
CMD ["sh", "-c", "python -m tracker_core.manage migrate && streamlit run streamlit_app.py --server.address 0.0.0.0 --server.port 8501"]
