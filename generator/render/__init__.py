"""IR -> text files: the Jinja environment, escaping filters and the output plan."""

from .plan import Rendered, render_api

__all__ = ["Rendered", "render_api"]
