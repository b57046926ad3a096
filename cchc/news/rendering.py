"""Article body rendering with pluggable post-processors (e.g. legal reference links).

The stored body is never changed: processors run on the rendered HTML only.
"""

from __future__ import annotations

from collections.abc import Callable

from wagtail.rich_text import expand_db_html

BODY_PROCESSORS: list[Callable[[object, str], str]] = []


def register_body_processor(func: Callable[[object, str], str]) -> Callable[[object, str], str]:
    BODY_PROCESSORS.append(func)
    return func


def render_article_body(article) -> str:
    html = expand_db_html(article.body)
    for processor in BODY_PROCESSORS:
        html = processor(article, html)
    return html
