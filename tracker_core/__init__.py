"""Application Tracker core: models, persistence, analysis, vectors, notifications."""
