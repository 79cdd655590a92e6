"""The content hash with attachments (docs/content-hash.md): a key only present when an entry has
attachments, so every hash of an entry without any is the one it always had; names and bytes are pinned."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from mentorvault.domain import attachments as rules
from mentorvault.domain.entry import EntryContent, validate_content

DOC = json.loads((Path(__file__).resolve().parents[1] / "vectors" / "content-hash.json").read_text(encoding="utf-8"))
VECTORS = DOC["attachment_vectors"]
PLAIN = {v["name"]: v for v in DOC["vectors"]}


def _content(vector: dict[str, Any]) -> EntryContent:
    i = vector["input"]
    return dataclasses.replace(validate_content(i["kind"], i["title"], i["body"], i["fields"], i["tags"]),
                               attachments=vector["attachments"])


@pytest.mark.parametrize("vector", VECTORS, ids=[v["name"] for v in VECTORS])
def test_known_answer_vectors_with_attachments(vector: dict[str, Any]) -> None:
    content = _content(vector)
    assert content.canonical_bytes() == vector["canonical"].encode("utf-8")
    assert hashlib.sha256(vector["canonical"].encode("utf-8")).hexdigest() == vector["sha256"]
    assert content.content_hash() == vector["sha256"]


def test_documented_form_by_hand() -> None:
    sha = hashlib.sha256(b"abc").hexdigest()
    expected = ('{"attachments":{"photo.jpg":"' + sha + '"},"body":"","fields":{"prompt":"What surprised you?"},'
                '"kind":"reflection","tags":[],"title":"A question","v":1}')
    assert VECTORS[0]["canonical"] == expected


def test_no_attachments_means_the_old_hash() -> None:
    plain = PLAIN["minimal"]
    content = dataclasses.replace(_content(VECTORS[0]), attachments={})
    assert content.content_hash() == plain["sha256"] != VECTORS[0]["sha256"]


def test_a_changed_name_or_byte_changes_the_hash() -> None:
    base = _content(VECTORS[0])
    renamed = dataclasses.replace(base, attachments={"photo2.jpg": hashlib.sha256(b"abc").hexdigest()})
    changed = dataclasses.replace(base, attachments={"photo.jpg": hashlib.sha256(b"abd").hexdigest()})
    assert len({base.content_hash(), renamed.content_hash(), changed.content_hash()}) == 3


def test_vector_names_are_valid_attachment_names() -> None:
    for v in VECTORS:
        for name in v["attachments"]:
            assert rules.validate_name(name) == name
