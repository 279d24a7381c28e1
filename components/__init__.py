"""Streamlit helpers shared by the pages: cached resources, the session, forms and messages."""
