"""Form pieces every app's public forms share."""

from __future__ import annotations

from django import forms


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field; ``accept`` is the browser's hint (the server sniffs the
    content anyway: ``core.uploads``). Cleans to a list, empty when nothing was sent."""

    def __init__(self, *args, accept: str | None = None, **kwargs):
        attrs = {"accept": accept} if accept else None
        kwargs.setdefault("widget", MultipleFileInput(attrs=attrs))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(d, initial) for d in data if d]
        return [single(data, initial)] if data else []
