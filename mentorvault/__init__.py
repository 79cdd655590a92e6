"""MentorVault: private reflective practice for mentoring, with per-entry consent."""

__version__ = "0.1.0"
