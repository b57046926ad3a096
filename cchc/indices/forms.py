"""Admin form of a yearly result: the same rules as the import (``services.result_errors``),
shown as form errors before anything is saved."""

from __future__ import annotations

from wagtail.admin.forms import WagtailAdminModelForm

from . import services


class IndexResultAdminForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        index = cleaned.get("index")
        year = cleaned.get("year")
        score = cleaned.get("score")
        if index is None or year is None or score is None:
            return cleaned
        components = []
        formset = self.formsets.get("component_scores")
        if formset is not None and formset.is_valid():
            for form in formset.forms:
                data = getattr(form, "cleaned_data", None) or {}
                if not data or data.get("DELETE") or data.get("component") is None:
                    continue
                component = data["component"]
                if component.index_id != index.pk:
                    self.add_error(
                        None,
                        services.component_foreign_message(component=component, index=index),
                    )
                    continue
                components.append((component.code, data.get("value")))
        errors = services.result_errors(
            services.ResultInput(
                index=index,
                year=year,
                score=score,
                rank=cleaned.get("rank"),
                rank_total=cleaned.get("rank_total"),
                components=components,
            ),
            exclude_pk=self.instance.pk,
        )
        for message in errors:
            self.add_error(None, message)
        return cleaned
