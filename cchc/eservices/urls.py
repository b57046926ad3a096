from django.urls import path

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
    path("dich-vu-cong/<str:code>/", views.filing_form, name="file"),
]
