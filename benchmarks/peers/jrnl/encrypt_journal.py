"""Run by the jrnl venv's Python: encrypt a plain jrnl journal file with jrnl's own current format.

Usage: encrypt_journal.py PLAIN ENCRYPTED (password in BENCH_JRNL_PASSWORD).
"""

from __future__ import annotations

import os
import sys

from jrnl.encryption import determine_encryption_method_for_writing

method = determine_encryption_method_for_writing(True)
encryption = method("default", {"encrypt": True})
encryption.password = os.environ["BENCH_JRNL_PASSWORD"]
with open(sys.argv[1], encoding="utf-8") as fh:
    text = fh.read()
with open(sys.argv[2], "wb") as fh:
    fh.write(encryption.encrypt(text))
