"""The REST API: FastAPI over the same tracker_core services the pages call."""
