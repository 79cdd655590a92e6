#!/usr/bin/env python3
"""Coverage-guided fuzzing of bundle import with atheris (libFuzzer). Not run by the test suite.

    .venv/bin/pip install atheris          # optional; not in requirements.lock
    PYTHONPATH=.:tests/support .venv/bin/python tests/fuzz/atheris_import.py -max_total_time=600 [CORPUS_DIR] [libFuzzer flags]

The first byte of each input picks the layer:

    0: the rest is a sealed bundle, imported as it is;
    1: the rest is manifest bytes, genuinely signed by Sam's corpus key and encrypted to Priya;
    2: the rest is parsed as JSON; a manifest gets recomputed content hashes and Priya's private
       part (from the corpus) bound to it with a fresh sequence number and sealed to her (so
       mutants reach the storage code), then it is written as canonical JSON (the only spelling a
       bundle may carry), signed and encrypted like layer 1;
    3: the rest is Priya's private part (bytes, sealed to her as they are) inside the first corpus
       manifest, signed and encrypted like layer 1.

Seeds come from the committed corpus (tests/exchange/corpus), written with their layer byte into
CORPUS_DIR (default: a new temporary folder), where libFuzzer also keeps what it finds.  The
oracle is ``fuzz_support.check_import``: BundleRejected with the vault unchanged, or an accepted
import that matches; anything else (another exception, a changed vault, more than 5 s) is a crash
and libFuzzer writes the input to ``crash-*``.  MentorVault's modules are instrumented for coverage.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("MENTORVAULT_KDF_PROFILE", "minimum")
os.environ.setdefault("MENTORVAULT_TESTING", "1")
HERE = Path(__file__).resolve().parent

import atheris  # noqa: E402

with atheris.instrument_imports(include=["mentorvault"]):
    import mentorvault.crypto.bundle  # noqa: F401,E402
    import mentorvault.domain.entry  # noqa: F401,E402
    import mentorvault.domain.strictjson  # noqa: F401,E402
    import mentorvault.exchange  # noqa: F401,E402
    import mentorvault.vault  # noqa: F401,E402

import fuzz_support  # noqa: E402

RECEIVER: fuzz_support.Receiver | None = None


def seeds(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, bundle in enumerate(fuzz_support.BUNDLES):
        (folder / f"seed-bundle-{i}").write_bytes(b"\x00" + bundle)
    for i, raw in enumerate(fuzz_support.MANIFEST_BYTES):
        (folder / f"seed-manifest-{i}").write_bytes(b"\x01" + raw)
        (folder / f"seed-structure-{i}").write_bytes(b"\x02" + raw)
    for i, raw in enumerate(fuzz_support.PART_BYTES):
        (folder / f"seed-part-{i}").write_bytes(b"\x03" + raw)
    return folder


def payload(data: bytes) -> bytes | None:
    if not data:
        return None
    layer, body = data[0] % 4, data[1:]
    if layer == 0:
        return body
    if layer == 1:
        return fuzz_support.reseal(None, raw=body)
    if layer == 3:
        manifest = json.loads(fuzz_support.MANIFEST_BYTES[0])
        return fuzz_support.reseal(fuzz_support.with_part(manifest, body))
    try:
        manifest = json.loads(body)
    except (ValueError, RecursionError):
        return fuzz_support.reseal(None, raw=body)
    if isinstance(manifest, dict):
        fuzz_support.fix_hashes(manifest)
        part = json.loads(fuzz_support.PART_BYTES[0])
        fuzz_support.fix_part(part, manifest)
        fuzz_support.fresh_sequence(part, 7)
        fuzz_support.with_part(manifest, part)
    try:
        return fuzz_support.reseal(manifest)
    except (ValueError, RecursionError):
        return fuzz_support.reseal(None, raw=body)


def test_one_input(data: bytes) -> None:
    assert RECEIVER is not None
    sealed = payload(data)
    if sealed is not None:
        fuzz_support.check_import(RECEIVER, sealed)


def main() -> None:
    global RECEIVER
    RECEIVER = fuzz_support.Receiver(fuzz_support.scratch())
    argv = list(sys.argv)
    if not any(not a.startswith("-") for a in argv[1:]):
        argv.append(str(seeds(Path(tempfile.mkdtemp(prefix="mentorvault-atheris-")))))
    else:
        for a in argv[1:]:
            if not a.startswith("-"):
                seeds(Path(a))
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
