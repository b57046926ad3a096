"""The filing form's renderer: Django's, except that the plain widgets (one ``<input>``, a
``<textarea>``, an empty file input, radio buttons) are written directly instead of through three nested
templates each. The output is the same HTML, byte for byte (``tests/eservices/
test_rendering.py`` compares every widget of the form, in every state, with Django's
templates); the filing page renders a dozen of these per request, and the templates were
a third of the Python work of the page. Anything else (a file already uploaded, choices
with other templates, error lists, labels) goes through Django's templates as before.
"""

from __future__ import annotations

from django.forms.renderers import DjangoTemplates
from django.utils.functional import Promise
from django.utils.html import conditional_escape
from django.utils.safestring import SafeData, mark_safe

WIDGETS = "django/forms/widgets/"
# Templates that are only {% include "django/forms/widgets/input.html" %}
INPUTS = frozenset(
    f"{WIDGETS}{name}.html"
    for name in ("text", "email", "hidden", "tel", "number", "url", "password", "search", "file")
)
TEXTAREA = f"{WIDGETS}textarea.html"
RADIO = f"{WIDGETS}radio.html"
RADIO_OPTION = f"{WIDGETS}radio_option.html"
CLEARABLE_FILE = f"{WIDGETS}clearable_file_input.html"


def _formatted(value) -> str:
    """``{{ value|stringformat:'s' }}``: safe text stays as it is, anything else escaped."""
    return str(value) if isinstance(value, SafeData) else conditional_escape(str(value))


def _attrs(attrs: dict) -> str:
    """``django/forms/widgets/attrs.html``: ``False`` leaves the attribute out, ``True``
    writes its name alone."""
    return "".join(
        f" {conditional_escape(name)}" + ("" if value is True else f'="{_formatted(value)}"')
        for name, value in attrs.items()
        if value is not False
    )


def _input(widget: dict, *, with_value: bool = True) -> str:
    value = widget["value"] if with_value else None
    return (
        f'<input type="{conditional_escape(widget["type"])}" '
        f'name="{conditional_escape(widget["name"])}"'
        + (f' value="{_formatted(value)}"' if value is not None else "")
        + _attrs(widget["attrs"])
        + ">"
    )


def _textarea(widget: dict) -> str:
    value = widget["value"]
    return (
        f'<textarea name="{conditional_escape(widget["name"])}"{_attrs(widget["attrs"])}>\n'
        + (conditional_escape(value) if value else "")
        + "</textarea>"
    )


def _text(value) -> bool:
    """Text the template would print as it is (numbers and dates it would localise)."""
    return isinstance(value, str | Promise)


def _radio(widget: dict) -> str | None:
    """``radio.html`` (``multiple_input.html``, one ``radio_option.html`` per choice, with
    its template's line breaks); ``None`` for anything it does not write the same way."""
    attrs = widget["attrs"]
    out = ["<div"]
    if attrs.get("id"):
        out.append(f' id="{conditional_escape(attrs["id"])}"')
    if attrs.get("class"):
        out.append(f' class="{conditional_escape(attrs["class"])}"')
    out.append(">")
    for group, options, _index in widget["optgroups"]:
        if group:
            if not _text(group):
                return None
            out.append(f"\n  <div><label>{conditional_escape(group)}</label>")
        for option in options:
            if (
                option["template_name"] != RADIO_OPTION
                or not option["wrap_label"]
                or not _text(option["label"])
            ):
                return None
            option_id = option["attrs"].get("id")
            label_for = f' for="{conditional_escape(option_id)}"' if option_id else ""
            out.append(
                f"<div>\n    <label{label_for}>{_input(option)}\n "
                f"{conditional_escape(option['label'])}</label>\n\n</div>"
            )
        if group:
            out.append("\n  </div>")
    out.append("\n</div>")
    return "".join(out)


class FilingFormRenderer(DjangoTemplates):
    def render(self, template_name, context, request=None):
        widget = context.get("widget") if isinstance(context, dict) else None
        if widget is not None:
            if template_name in INPUTS:
                return mark_safe(_input(widget))  # noqa: S308 (every part escaped above)
            if template_name == TEXTAREA:
                return mark_safe(_textarea(widget))  # noqa: S308
            if template_name == CLEARABLE_FILE and not widget.get("is_initial"):
                return mark_safe(_input(widget, with_value=False))  # noqa: S308
            if template_name == RADIO and (html := _radio(widget)) is not None:
                return mark_safe(html)  # noqa: S308
        return super().render(template_name, context, request)
