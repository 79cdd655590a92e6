"""Entry content as Markdown, for previews of an entry or of an old revision."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from mentorvault.domain.kinds import ITEMS, LIST, LONGTEXT, FieldSpec, kind_spec

Label = Callable[[FieldSpec], str]
Choice = Callable[[FieldSpec, str], str]


def _escape(text: str) -> str:
    """Keep one-line values from turning into Markdown structure."""
    out = str(text)
    for ch in ("\\", "`", "*", "_", "[", "]", "<", ">", "#"):
        out = out.replace(ch, "\\" + ch)
    return out


def entry_markdown(kind: str, title: str, body: str, fields: Mapping[str, Any], tags: list[str] | None = None,
                   *, label: Label = lambda s: s.label, choice: Choice = lambda s, v: v) -> str:
    spec = kind_spec(kind)
    lines = [f"# {_escape(title)}", ""]
    for fs in spec.fields:
        value = fields.get(fs.name)
        if value is None or value == "" or value == []:
            continue
        if fs.type == LONGTEXT:
            lines += [f"**{_escape(label(fs))}**", "", str(value), ""]
        elif fs.type == LIST:
            lines += [f"**{_escape(label(fs))}**", ""] + [f"- {_escape(v)}" for v in value] + [""]
        elif fs.type == ITEMS:
            lines += [f"**{_escape(label(fs))}**", ""]
            for item in value:
                first = fs.subfields[0]
                rest = [
                    f"{label(sf)}: {choice(sf, item[sf.name]) if sf.choices else item[sf.name]}"
                    for sf in fs.subfields[1:] if item.get(sf.name) not in (None, "")
                ]
                suffix = f" ({_escape('; '.join(rest))})" if rest else ""
                lines.append(f"- {_escape(item.get(first.name, ''))}{suffix}")
            lines.append("")
        else:
            shown = choice(fs, value) if fs.choices else str(value)
            lines += [f"**{_escape(label(fs))}:** {_escape(shown)}", ""]
    if tags:
        lines += [" ".join(f"`#{t}`" for t in tags), ""]
    if body.strip():
        lines += ["---", "", body]
    return "\n".join(lines)
