"""Importing notes leaves no plaintext outside the vault: a marker planted in a Day One zip (its
text, a tag and a photo's bytes), a jrnl export and a Markdown folder is imported through the CLI
(a dry run, the import, the same import again and a refused one), the exports are deleted, and every
file under the vault folder, TMPDIR, HOME and the XDG folders is searched for it
(tests/security/test_leaks.py's scan), and so is everything the commands printed."""

from __future__ import annotations

import json
import secrets
import shutil
import time
import zipfile
from pathlib import Path

from test_leaks import _roots, _scan

from cli_helpers import cli, quick_vault
from sqlcipher_pages import forms


def test_no_plaintext_of_imported_notes_outside_the_vault(tmp_path: Path) -> None:
    started = time.time() - 2
    marker = "mki" + secrets.token_hex(9)
    folder = quick_vault(tmp_path / "vault")
    sources = tmp_path / "sources"
    (sources / "md" / "img").mkdir(parents=True)
    photo = b"\xff\xd8\xff\xe0JFIF" + marker.encode() + b"\xff\xd9"
    import hashlib

    md5 = hashlib.md5(photo).hexdigest()  # noqa: S324 - Day One names photos by their MD5
    entry = {"uuid": "E" * 32, "creationDate": "2024-05-01T10:00:00Z", "timeZone": "Europe/Paris",
             "text": f"# {marker} title\n\n{marker} body ![](dayone-moment://PHOTO1)", "tags": [marker],
             "starred": True, "photos": [{"identifier": "PHOTO1", "md5": md5, "type": "jpeg"}]}
    with zipfile.ZipFile(sources / "dayone.zip", "w") as z:
        z.writestr("Journal.json", json.dumps({"metadata": {"version": "1.0"}, "entries": [entry]}))
        z.writestr(f"photos/{md5}.jpeg", photo)
    (sources / "jrnl.json").write_text(json.dumps({"entries": [
        {"title": f"{marker} jrnl", "body": marker, "date": "2024-01-02", "time": "10:00", "tags": [f"#{marker}"],
         "starred": False}]}))
    (sources / "md" / "note.md").write_text(f"---\ntitle: {marker} md\ntags: [{marker}]\n---\n{marker}\n"
                                            "![x](img/p.jpeg)\n")
    (sources / "md" / "img" / "p.jpeg").write_bytes(photo)
    (sources / "bad").mkdir()
    (sources / "bad" / "x.md").write_text(f"---\ntitle: {marker}\ndate: 2024-02-30\n---\n{marker}\n")

    outputs = []
    for args in (("dayone", str(sources / "dayone.zip"), "--dry-run"), ("dayone", str(sources / "dayone.zip")),
                 ("jrnl", str(sources / "jrnl.json"), "--json"), ("markdown", str(sources / "md")),
                 ("dayone", str(sources / "dayone.zip"), "--json"), ("markdown", str(sources / "bad"), "--json")):
        result = cli("import-from", *args, vault=folder)
        outputs += [result.stdout, result.stderr]
    assert outputs[-2].startswith('{"imported": 0') and "bad_date" in outputs[-2]
    shown = cli("list", "--tag", marker, "--json", vault=folder)
    assert len(json.loads(shown.stdout)) == 3  # the marker is in the vault, as it should be

    shutil.rmtree(sources)  # what remains must not hold the marker anywhere
    needles = forms(marker)
    roots = _roots([folder, tmp_path])
    hits, scanned = _scan(roots, needles, since=started)
    assert scanned > 3
    assert hits == []
    for text in outputs:
        assert marker not in text, text
        assert "Traceback" not in text
