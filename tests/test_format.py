"""Built-in templates without Jinja are copied as they are, so they must already be black-formatted."""

from __future__ import annotations

from conftest import ROOT

from generator.format import STATIC_TEMPLATES, format_python


def test_static_templates_are_black_stable() -> None:
    static = [p for p in (ROOT / "templates").rglob("*.py.j2") if not any(t in p.read_text() for t in ("{{", "{%", "{#"))]
    assert len(static) == len(STATIC_TEMPLATES) >= 5
    for path in static:
        text = path.read_text()
        assert format_python(str(path), text) == text, f"{path} is not black-formatted: run black -l 100 -t py310 on it"
