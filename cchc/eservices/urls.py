from django.urls import path

from cchc.dossiers import documents

from . import views

app_name = "eservices"

urlpatterns = [
    path("dich-vu-cong/ho-so-cua-toi/", views.my_filings, name="mine"),
    path("dich-vu-cong/ho-so-cua-toi/<uuid:key>/", views.my_filing_detail, name="mine-detail"),
    path(
        "dich-vu-cong/ho-so-cua-toi/<uuid:key>/tep/<int:file_id>/",
        views.my_file,
        name="mine-file",
    ),
    path(
        "dich-vu-cong/ho-so-cua-toi/<uuid:key>/ho-so/<int:attachment_id>/",
        views.my_attachment,
        name="mine-attachment",
    ),
    # the desk prints the forms of TT 01/2018 (cchc/dossiers/documents.py); the route lives
    # here so that cchc/dossiers/urls.py stays with its owner
    path("mot-cua/ho-so/<int:pk>/in/<slug:slug>/", documents.print_view, name="desk-print"),
    path("dich-vu-cong/<str:code>/", views.filing_form, name="file"),
]
