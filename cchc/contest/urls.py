from django.contrib.auth.views import LogoutView
from django.urls import path

from .views import authors, jury, public, secretary

app_name = "contest"

urlpatterns = [
    path("cuoc-thi/", public.contest_list, name="list"),
    path("cuoc-thi/bai-du-thi-cua-toi/", authors.my_entries, name="my-entries"),
    path("cuoc-thi/bai-du-thi-cua-toi/<str:code>/", authors.my_entry, name="my-entry"),
    path(
        "cuoc-thi/bai-du-thi-cua-toi/<str:code>/tep/<int:pk>/",
        authors.my_attachment,
        name="my-attachment",
    ),
    path("cuoc-thi/giam-khao/", jury.jury_home, name="jury-home"),
    path("cuoc-thi/giam-khao/<slug:slug>/", jury.jury_contest, name="jury-contest"),
    path("cuoc-thi/giam-khao/<slug:slug>/bai/<str:code>/", jury.jury_entry, name="jury-entry"),
    path(
        "cuoc-thi/giam-khao/<slug:slug>/bai/<str:code>/xung-dot/",
        jury.jury_conflict,
        name="jury-conflict",
    ),
    path(
        "cuoc-thi/giam-khao/<slug:slug>/bai/<str:code>/tep/<int:number>/",
        jury.jury_attachment,
        name="jury-attachment",
    ),
    path("cuoc-thi/dang-xuat/", LogoutView.as_view(next_page="/"), name="staff-logout"),
    path("cuoc-thi/thu-ky/", secretary.secretary_home, name="secretary-home"),
    path("cuoc-thi/thu-ky/<slug:slug>/", secretary.secretary_contest, name="secretary-contest"),
    path(
        "cuoc-thi/thu-ky/<slug:slug>/bang-diem.xlsx",
        secretary.secretary_export,
        name="secretary-export",
    ),
    path(
        "cuoc-thi/thu-ky/<slug:slug>/ket-qua/<slug:verb>/",
        secretary.ResultsActionView.as_view(),
        name="results-action",
    ),
    path(
        "cuoc-thi/thu-ky/<slug:slug>/bai/<str:code>/",
        secretary.secretary_entry,
        name="secretary-entry",
    ),
    path(
        "cuoc-thi/thu-ky/<slug:slug>/bai/<str:code>/tep/<int:pk>/",
        secretary.secretary_attachment,
        name="secretary-attachment",
    ),
    path(
        "cuoc-thi/thu-ky/<slug:slug>/bai/<str:code>/<slug:verb>/",
        secretary.EntryActionView.as_view(),
        name="secretary-entry-action",
    ),
    path("cuoc-thi/<slug:slug>/", public.contest_detail, name="detail"),
    path("cuoc-thi/<slug:slug>/du-thi/", authors.entry_form, name="entry-form"),
    path("cuoc-thi/<slug:slug>/bai/<str:code>/", public.winner_detail, name="winner"),
]
