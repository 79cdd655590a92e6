"""View preferences in QSettings: the vault folder path and how the window looks, nothing else.

No entry content (titles, tags, partner names, search queries) is ever written
here; the privacy tests read the settings file back to check.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "MentorVault"
APPLICATION = "MentorVault"
MAX_RECENT = 5

# name -> (default, type)
DEFAULTS: dict[str, tuple[Any, type]] = {
    "vault/last_folder": ("", str),
    "vault/recent_folders": ([], list),
    "view/theme": ("system", str),
    "view/language": ("system", str),  # the last opened vault's language setting, for the next start
    "window/geometry": (QByteArray(), QByteArray),
    "window/main_splitter": (QByteArray(), QByteArray),
    "window/browse_splitter": (QByteArray(), QByteArray),
}


class Prefs:
    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings or QSettings(ORGANISATION, APPLICATION)

    def get(self, key: str) -> Any:
        default, typ = DEFAULTS[key]
        value = self.settings.value(key, default)
        if typ is bool:
            return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")
        if typ is list:
            if value is None or value == "":
                return []
            return list(value) if isinstance(value, (list, tuple)) else [str(value)]
        if typ is QByteArray:
            return value if isinstance(value, QByteArray) else default
        return typ(value) if value is not None else default

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        self.settings.setValue(key, value)

    def sync(self) -> None:
        self.settings.sync()

    # ------------------------------------------------------------ folders

    @property
    def last_folder(self) -> Path | None:
        value = self.get("vault/last_folder")
        return Path(value) if value else None

    def remember_folder(self, folder: Path) -> None:
        text = str(folder)
        self.set("vault/last_folder", text)
        recent = [f for f in self.get("vault/recent_folders") if f != text]
        self.set("vault/recent_folders", [text] + recent[: MAX_RECENT - 1])
        self.sync()

    def recent_folders(self) -> list[Path]:
        return [Path(f) for f in self.get("vault/recent_folders") if f]
