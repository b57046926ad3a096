"""The filing form's renderer writes the same HTML as Django's widget templates, byte for
byte, for every widget of the form in every state and for the attribute and value shapes
Django's templates treat specially (True/False attributes, safe and lazy text, numbers,
markup to escape), and leaves anything else to those templates."""

import pytest
from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from django.forms.renderers import DjangoTemplates
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy

from cchc.eservices import rendering
from cchc.eservices.forms import RENDERER, FilingForm

DJANGO = DjangoTemplates()
TRICKY = ['a "quoted" <b>&amp;</b>', "Nguyễn Văn Ân", mark_safe("<i>safe</i>"), 0, 12, ""]


def both(widget: forms.Widget, name: str, value, attrs=None) -> tuple[str, str]:
    return (
        widget.render(name, value, attrs=attrs, renderer=DJANGO),
        widget.render(name, value, attrs=attrs, renderer=RENDERER),
    )


@pytest.mark.parametrize(
    "widget",
    [
        forms.TextInput(attrs={"autocomplete": "name", "required": True, "disabled": False}),
        forms.TextInput(attrs={"type": "tel", "inputmode": "tel", "maxlength": 20}),
        forms.EmailInput(attrs={"placeholder": gettext_lazy("Thư điện tử")}),
        forms.HiddenInput(),
        forms.NumberInput(attrs={"step": mark_safe("0.5"), "min": 0}),
        forms.PasswordInput(render_value=True),
        forms.FileInput(attrs={"accept": "application/pdf"}),
        forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg"}),
        forms.Textarea(attrs={"rows": 3, "data-x": '<"&>'}),
        forms.RadioSelect(choices=[("desk", "Tại bộ phận <một cửa>"), ("post", "Bưu chính")]),
        forms.RadioSelect(choices=[("Nhóm", [("a", "A"), ("b", "B")]), ("c", gettext_lazy("C"))]),
    ],
)
@pytest.mark.parametrize("value", [None, "desk", *TRICKY])
@pytest.mark.parametrize("attrs", [None, {"id": "id_x"}, {"id": 'id_"y"', "class": "a b"}])
def test_widgets_render_as_django_s(widget, value, attrs):
    django_html, ours = both(widget, "truong", value, attrs)
    assert ours == django_html


def test_uploaded_file_and_other_templates_left_to_django():
    class Uploaded:
        url = "/tep/1/"

        def __str__(self):
            return "to-khai.pdf"

    widget = forms.ClearableFileInput()
    django_html, ours = both(widget, "doc_1", Uploaded(), {"id": "id_doc_1"})
    assert ours == django_html and "to-khai.pdf" in ours
    numbers = forms.RadioSelect(choices=[(1, 1000), (2, "hai")])  # a number is localised
    assert rendering._radio(numbers.get_context("n", 1, {})["widget"]) is None
    for widget, value in ((numbers, 1), (forms.Select(choices=[("a", "A")]), "a")):
        django_html, ours = both(widget, "n", value)
        assert ours == django_html


@pytest.mark.django_db
def test_filing_form_renders_as_with_django_s_renderer(procedure, slots):
    initial = {"applicant_name": 'Lê "Thị" <B>', "applicant_phone": "0912 345 678"}
    data = {
        "key": "khong-phai-khoa",
        "applicant_name": "Trần & Con",
        "applicant_address": "<script>x</script>",
        "applicant_phone": "12",
        "applicant_email": "khong-hop-le",
        "delivery": "post",
        "note": "dòng 1\ndòng 2 <b>",
    }
    files = {f"doc_{slots[0].pk}": SimpleUploadedFile("a.pdf", b"not a pdf at all")}
    for args, kwargs in (((), {"initial": initial}), ((data, files), {})):
        ours = FilingForm(*args, procedure=procedure, **kwargs)
        django_form = FilingForm(*args, procedure=procedure, renderer=DJANGO, **kwargs)
        assert ours.renderer is RENDERER and django_form.renderer is DJANGO
        for name in django_form.fields:
            assert str(ours[name]) == str(django_form[name]), name
            assert str(ours[name].errors) == str(django_form[name].errors), name
        assert str(ours) == str(django_form)


def test_plain_widgets_skip_the_template_engine(monkeypatch):
    """The point of it: no template is loaded for an input, a textarea or radio buttons."""
    loaded = []
    real = DjangoTemplates.get_template

    def spy(self, template_name):
        loaded.append(template_name)
        return real(self, template_name)

    monkeypatch.setattr(DjangoTemplates, "get_template", spy)
    forms.TextInput().render("a", "b", renderer=RENDERER)
    forms.Textarea().render("a", "b", renderer=RENDERER)
    forms.RadioSelect(choices=[("a", "A")]).render("a", "a", renderer=RENDERER)
    forms.ClearableFileInput().render("a", None, renderer=RENDERER)
    assert loaded == []
    forms.Select(choices=[("a", "A")]).render("a", "a", renderer=RENDERER)
    assert loaded == ["django/forms/widgets/select.html"]
