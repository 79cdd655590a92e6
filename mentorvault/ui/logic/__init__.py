"""Qt-free helpers for the desktop front end: plain functions and data, unit-tested without Qt.

Read models live here too: for each view, the functions that run on the worker
(``session.call(lambda v: read_x(v, ...), done)``), call the vault facade and return
small frozen dataclasses the widget only displays.  The window's vault calls are
all in these modules (``entries``, ``sidebar``, ``partners``, ``goals``, ``inbox``,
``search``, ``history``, ``sharing``, ``exchange``, ``settings``, ``opening``);
widgets keep layout, signals and display.  ``saving`` holds the editor's save state
machine.  Nothing here imports QtWidgets or QtGui (a test checks).
"""
