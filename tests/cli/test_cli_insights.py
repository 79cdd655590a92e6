"""``mentorvault insights`` in a subprocess: the JSON of issue 18, figures equal to the core's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from insights_support import build

from mentorvault.cli_insights import insights_json, sentence_text

from cli_helpers import cli, fails, ok_json, quick_vault


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("cli-insights") / "vault"
    v, ids, recovery = build(folder)
    expected = {args: insights_json(v.insights.compute(**kw)) for args, kw in (
        ((), {}), (("--partner", "Priya"), {"partner": "Priya"}),
        (("--since", "2026-10-01", "--until", "2026-10-31"), {"since": "2026-10-01", "until": "2026-10-31"}))}
    v.lock()
    (folder.parent / "recovery.key").write_text(recovery + "\n")
    return folder, ids, expected


def test_json_has_the_issue_shape_and_the_core_figures(built: Any) -> None:
    folder, ids, expected = built
    for args, want in expected.items():
        got = ok_json("insights", *args, "--json", vault=folder)
        assert got == want, args
    got = ok_json("insights", "--json", vault=folder)
    assert set(got) == {"mood", "energy", "goals", "meetings", "feedback_per_month", "tags", "sentences"}
    assert got["mood"][0] == {"date": "2026-09-01", "value": 2, "entry": ids["n1"]}
    assert got["goals"][0] == {"id": ids["g1"], "title": "Speak up", "progress": [
        {"date": "2026-09-02", "percent": 0}, {"date": "2026-09-15", "percent": 50},
        {"date": "2026-10-05", "percent": 80}]}
    assert got["meetings"][0] == {"partner": "Priya", "dates": ["2026-09-01", "2026-09-10", "2026-10-01", "2026-10-12"],
                                  "rhythm_days": 14, "late": 1}
    assert got["feedback_per_month"][0] == {"month": "2026-09", "count": 2, "actions": 4, "actions_done": 3,
                                            "by_format": {"sbi": 1, "start-stop-continue": 1}}
    assert got["tags"] == [{"tag": "career", "before": 3, "after": 1}, {"tag": "visibility", "before": 0, "after": 2}]
    texts = [s["text"] for s in got["sentences"]]
    assert "Your mood after sessions rose from 2.7 to 4.5 since 1 October 2026." in texts
    assert "You met Priya 4 times; 1 meeting came later than every 14 days." in texts
    assert "You received 3 pieces of feedback; 3 of 4 action items done." in texts


def test_text_output_says_the_sentences(built: Any) -> None:
    folder, _, expected = built
    out = cli("insights", "--partner", "Priya", vault=folder)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("Insights for Priya, 1 September 2026 to 12 October 2026\n")
    for s in expected[("--partner", "Priya")]["sentences"]:
        assert s["text"] in out.stdout
    assert "Meetings with Priya, every 14 days agreed: 2026-09-01, 2026-09-10, 2026-10-01, 2026-10-12 " \
           "(gaps 9, 21, 11 days; 1 late)" in out.stdout


def test_empty_vault_and_bad_input(tmp_path: Path) -> None:
    folder = quick_vault(tmp_path / "vault")
    got = ok_json("insights", "--json", vault=folder)
    assert got["mood"] == [] and got["sentences"][0]["kind"] == "empty"
    out = cli("insights", vault=folder)
    assert "Nothing to show for this period yet" in out.stdout and "no entries yet" in out.stdout
    assert "is not a day" in fails("insights", "--since", "yesterday", vault=folder)
    assert "before it begins" in fails("insights", "--since", "2026-02-01", "--until", "2026-01-01", vault=folder)
    assert "no partner named" in fails("insights", "--partner", "Nobody", vault=folder)


def test_every_sentence_kind_is_worded() -> None:
    from mentorvault.vault.insights import KINDS, Sentence
    values = {"measure": "mood", "partner": "Priya", "before": 2.0, "after": 3.0, "since": "2026-01-05",
              "value": 3.0, "count": 2, "late": 1, "rhythm_days": 7, "goal": "G", "start": 0, "end": 50,
              "actions": 2, "actions_done": 1, "tag": "t", "protected": False}
    for kind, names in KINDS.items():
        text = sentence_text(Sentence(kind, {n: values[n] for n in names}))
        assert text != kind and "{" not in text, kind
