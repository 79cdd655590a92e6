"""Qt-free helpers for the desktop front end: plain functions and data, unit-tested without Qt."""
