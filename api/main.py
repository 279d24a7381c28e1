"""The FastAPI application: `uvicorn api.main:create_app --factory` (see `make api`)."""

from __future__ import annotations

import logging

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from sqlalchemy import Engine

from api import problems
from api.guard import Guard
from api.routes import auth, calendar, jobs, me, resumes
from api.runtime import Runtime, build_runtime
from tracker_core.config import Settings, get_settings
from tracker_core.db import check_connection, make_engine
from tracker_core.embeddings import get_embedder
from tracker_core.services.vector_sync import VectorSync
from tracker_core.text.extract import MAX_BYTES
from tracker_core.vectors.client import get_index, stale_marks
from tracker_core.vectors.writethrough import WriteThrough

MULTIPART_OVERHEAD = 64 * 1024
UPLOAD_PATHS = frozenset({"/resumes"})


def _write_through(settings: Settings, engine: Engine) -> VectorSync:
    """The app's vector write-through (components/runtime.py builds the same)."""
    return WriteThrough(
        index=lambda: get_index(settings, engine), embedder=get_embedder, stale=stale_marks(engine)
    )


def create_app(
    settings: Settings | None = None,
    engine: Engine | None = None,
    vectors: VectorSync | None = None,
) -> FastAPI:
    """The API over one database; the arguments default to what the app itself uses."""
    settings = settings or get_settings()
    if engine is None:
        engine = make_engine(settings.DATABASE_URL)
        check_connection(engine)
    runtime: Runtime = build_runtime(settings, engine, vectors or _write_through(settings, engine))
    app = FastAPI(
        title="Application Tracker API",
        version="1",
        description="The tracker's applications, resumes, analyses, stats and settings over "
        "HTTP. Log in at /auth/login and send `Authorization: Bearer <access_token>`.",
    )
    app.state.runtime = runtime
    problems.install(app)
    for router in (auth.router, jobs.router, resumes.router, me.router, calendar.router):
        app.include_router(router)
    origins = [o.strip() for o in settings.API_CORS_ORIGINS.split(",") if o.strip()]
    if origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=origins,
            allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )
    body_limit = settings.API_MAX_BODY_BYTES
    upload_limit = max(body_limit, MAX_BYTES + MULTIPART_OVERHEAD)
    app.add_middleware(
        Guard, limit_for=lambda path: upload_limit if path in UPLOAD_PATHS else body_limit
    )
    logging.getLogger("api").setLevel(logging.INFO)
    return app
