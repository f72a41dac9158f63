"""IR -> text files: the Jinja environment, escaping filters and the output plan."""

from generator.render.plan import render_api

__all__ = ["render_api"]
