"""The rating form, built from the questionnaire: one 5-point choice per scale question
(optional unless the question is required: "không ý kiến" is simply no choice), one text
box per free-text question."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .choices import SCALE, QuestionKind
from .services import TEXT_MAX, AnswerInput


def _field_name(question) -> str:
    return f"q{question.pk}"


class RatingForm(forms.Form):
    def __init__(self, *args, questionnaire, **kwargs):
        super().__init__(*args, **kwargs)
        self.questionnaire = questionnaire
        self.questions = list(questionnaire.questions.all())
        for q in self.questions:
            if q.kind == QuestionKind.SCALE:
                self.fields[_field_name(q)] = forms.TypedChoiceField(
                    label=q.text,
                    choices=SCALE,
                    coerce=int,
                    empty_value=None,
                    required=q.required,
                    widget=forms.RadioSelect,
                    error_messages={
                        "required": _("Vui lòng chọn một mức đánh giá."),
                        "invalid_choice": _("Điểm phải từ 1 đến 5."),
                    },
                )
            else:
                self.fields[_field_name(q)] = forms.CharField(
                    label=q.text,
                    required=False,
                    max_length=TEXT_MAX,
                    widget=forms.Textarea(attrs={"rows": 3, "maxlength": TEXT_MAX}),
                )

    def grouped(self):
        """Bound fields grouped by element, in questionnaire order: [(label, [fields])]."""
        groups: list[tuple[str, list]] = []
        for q in self.questions:
            label = q.get_element_display()
            if not groups or groups[-1][0] != label:
                groups.append((label, []))
            groups[-1][1].append(self[_field_name(q)])
        return groups

    def answers(self) -> dict[int, AnswerInput]:
        out = {}
        for q in self.questions:
            value = self.cleaned_data.get(_field_name(q))
            if q.kind == QuestionKind.SCALE:
                out[q.pk] = AnswerInput(score=value)
            else:
                out[q.pk] = AnswerInput(text=value or "")
        return out
