"""The PySide6 desktop front end.

Everything Qt lives under this package.  ``logic/`` holds the Qt-free helpers
the widgets use (and that are unit-tested without a display).  The entry
point is :func:`mentorvault.ui.app.run_gui`.
"""
