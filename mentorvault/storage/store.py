"""The few table functions the exchange code (``mentorvault/exchange.py``) reaches through ``store``.

The SQL lives in one module per group of tables (``meta``, ``partners``, ``entries``,
``index``, ``search``); this module only gathers the names the exchange code uses, so
it keeps working while it is rewritten.  New code imports the table modules directly.
"""

from __future__ import annotations

from mentorvault.storage.db import transaction
from mentorvault.storage.meta import get_meta, set_meta
from mentorvault.storage.partners import find_partner, get_partner

__all__ = ["transaction", "get_meta", "set_meta", "find_partner", "get_partner"]
