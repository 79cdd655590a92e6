"""``vault.words``: the personal word list of the spell checker, kept inside the vault.

An added word can be a name or a secret, so it is stored encrypted with everything else
(meta key ``personal_words``, a JSON list), never in a dictionary file of the spelling
library.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from mentorvault.errors import InvalidSetting
from mentorvault.storage import meta
from mentorvault.storage.db import transaction

if TYPE_CHECKING:
    from mentorvault.vault.core import Vault

_KEY = "personal_words"
MAX_WORD_LENGTH = 100
MAX_WORDS = 20_000


class WordsManager:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def list(self) -> tuple[str, ...]:
        """The words added to the dictionary, sorted."""
        raw = meta.get_meta(self._vault.conn, _KEY)
        data = json.loads(raw) if raw else []
        return tuple(sorted({w for w in data if isinstance(w, str)}))

    def add(self, word: str) -> tuple[str, ...]:
        """Add ``word`` (one word, no spaces); the list afterwards."""
        word = word.strip()
        if not word or len(word) > MAX_WORD_LENGTH or any(c.isspace() for c in word):
            raise InvalidSetting("A dictionary word is one word of at most 100 letters.", setting="personal_words",
                                 value=word)
        words = set(self.list())
        if word in words:
            return tuple(sorted(words))
        if len(words) >= MAX_WORDS:
            raise InvalidSetting("The personal dictionary is full.", setting="personal_words", limit=MAX_WORDS)
        words.add(word)
        return self._store(words)

    def remove(self, word: str) -> tuple[str, ...]:
        words = set(self.list())
        words.discard(word)
        return self._store(words)

    def _store(self, words: set[str]) -> tuple[str, ...]:
        ordered = sorted(words)
        conn = self._vault.conn
        with transaction(conn):
            meta.set_meta(conn, _KEY, json.dumps(ordered, ensure_ascii=False))
        return tuple(ordered)
