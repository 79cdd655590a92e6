"""The settings registry: one declaration per setting, and the checks built from it."""

from __future__ import annotations

from dataclasses import fields

import pytest

from mentorvault.domain.settings import BY_NAME, SETTINGS, Settings, spec
from mentorvault.errors import InvalidSetting, UnknownSetting


def test_the_settings_dataclass_and_the_registry_agree() -> None:
    assert {f.name for f in fields(Settings)} == set(BY_NAME)
    assert Settings() == Settings(**{s.name: s.default for s in SETTINGS})
    for s in SETTINGS:
        assert isinstance(s.default, s.type) and s.help
        if s.minimum is not None:
            assert s.check(s.minimum) == s.minimum and s.check(s.maximum) == s.maximum


@pytest.mark.parametrize("s", [s for s in SETTINGS if s.minimum is not None], ids=lambda s: s.name)
def test_out_of_range_values_carry_the_limits(s: object) -> None:
    assert hasattr(s, "check")
    for bad in (s.minimum - 1, s.maximum + 1):  # type: ignore[attr-defined]
        with pytest.raises(InvalidSetting) as refused:
            s.check(bad)  # type: ignore[attr-defined]
        assert (refused.value.field("minimum"), refused.value.field("maximum")) == (s.minimum, s.maximum)  # type: ignore[attr-defined]
        assert refused.value.field("setting") == s.name  # type: ignore[attr-defined]


def test_types_are_checked_and_text_is_parsed() -> None:
    with pytest.raises(InvalidSetting):
        spec("backup_keep").check(True)  # a bool is not a number of backups
    with pytest.raises(InvalidSetting):
        spec("lock_on_minimise").check(1)
    assert spec("lock_on_minimise").parse("Off") is False and spec("lock_on_minimise").parse("yes") is True
    assert spec("idle_lock_minutes").parse(" 30 ") == 30
    assert spec("backup_dir").parse("/tmp/x") == "/tmp/x"
    with pytest.raises(UnknownSetting) as unknown:
        spec("colour")
    assert unknown.value.field("setting") == "colour" and "backup_keep" in unknown.value.field("known")


def test_language_takes_system_or_a_shipped_language() -> None:
    s = spec("language")
    assert s.default == "system" and s.parse(" de ") == "de"
    for good in ("system", "en", "de", "es"):
        assert s.check(good) == good
    with pytest.raises(InvalidSetting) as refused:
        s.parse("fr")
    assert refused.value.field("choices") == ("system", "en", "de", "es")
    assert "system, en, de, es" in str(refused.value)
