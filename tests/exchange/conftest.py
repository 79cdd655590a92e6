"""Fixtures for vault-level exchange tests: Sam, Priya and Jordan, each with a real vault.

``pair``: Sam and Priya, cards exchanged and verified both ways.
``trio``: the pair plus Jordan, who knows Sam (and Sam knows Jordan) but not Priya.
``shared``: one folder Sam and Priya each use as their exchange folder with the other.
``pod_folder``: one folder the trio uses: Sam's with Priya and with Jordan, theirs with Sam.
Helpers are in ``exchange_support.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from exchange_support import PASSPHRASE, RecordingSecretStore, World, make_world, run_cli

# Every conftest.py outside a package is the module ``conftest``; whichever was loaded
# last answers ``from conftest import ...`` elsewhere, so offer what the root one offers.
__all__ = ["PASSPHRASE", "RecordingSecretStore", "run_cli"]


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[World]:
    world = make_world(tmp_path / "pair", with_jordan=False)
    yield world
    world.close()


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[World]:
    world = make_world(tmp_path / "trio", with_jordan=True)
    yield world
    world.close()


@pytest.fixture
def shared(pair: World, tmp_path: Path) -> Path:
    """One folder both Sam and Priya use as their exchange folder with each other."""
    folder = tmp_path / "Sync" / "sam-priya"
    folder.mkdir(parents=True)
    pair.sam.v.sync.set_folder("Priya", folder)
    pair.priya.v.sync.set_folder("Sam", folder)
    return folder


@pytest.fixture
def pod_folder(trio: World, tmp_path: Path) -> Path:
    """One folder Sam uses with Priya and with Jordan, and each of them with Sam."""
    folder = tmp_path / "pod"
    folder.mkdir()
    trio.sam.v.sync.set_folder("Priya", folder)
    trio.sam.v.sync.set_folder("Jordan", folder)
    trio.priya.v.sync.set_folder("Sam", folder)
    trio.jordan.v.sync.set_folder("Sam", folder)
    return folder
