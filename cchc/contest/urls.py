from django.contrib.auth.views import LogoutView
from django.urls import path

from . import views

app_name = "contest"

urlpatterns = [
    path("cuoc-thi/", views.contest_list, name="list"),
    path("cuoc-thi/bai-du-thi-cua-toi/", views.my_entries, name="my-entries"),
    path("cuoc-thi/bai-du-thi-cua-toi/<str:code>/", views.my_entry, name="my-entry"),
    path(
        "cuoc-thi/bai-du-thi-cua-toi/<str:code>/tep/<int:pk>/",
        views.my_attachment,
        name="my-attachment",
    ),
    path("cuoc-thi/giam-khao/", views.jury_home, name="jury-home"),
    path("cuoc-thi/giam-khao/<slug:slug>/", views.jury_contest, name="jury-contest"),
    path("cuoc-thi/giam-khao/<slug:slug>/bai/<str:code>/", views.jury_entry, name="jury-entry"),
    path(
        "cuoc-thi/giam-khao/<slug:slug>/bai/<str:code>/xung-dot/",
        views.jury_conflict,
        name="jury-conflict",
    ),
    path(
        "cuoc-thi/giam-khao/<slug:slug>/bai/<str:code>/tep/<int:number>/",
        views.jury_attachment,
        name="jury-attachment",
    ),
    path("cuoc-thi/dang-xuat/", LogoutView.as_view(next_page="/"), name="staff-logout"),
    path("cuoc-thi/thu-ky/", views.secretary_home, name="secretary-home"),
    path("cuoc-thi/thu-ky/<slug:slug>/", views.secretary_contest, name="secretary-contest"),
    path(
        "cuoc-thi/thu-ky/<slug:slug>/bang-diem.xlsx",
        views.secretary_export,
        name="secretary-export",
    ),
    path(
        "cuoc-thi/thu-ky/<slug:slug>/ket-qua/<slug:verb>/",
        views.ResultsActionView.as_view(),
        name="results-action",
    ),
    path(
        "cuoc-thi/thu-ky/<slug:slug>/bai/<str:code>/", views.secretary_entry, name="secretary-entry"
    ),
    path(
        "cuoc-thi/thu-ky/<slug:slug>/bai/<str:code>/tep/<int:pk>/",
        views.secretary_attachment,
        name="secretary-attachment",
    ),
    path(
        "cuoc-thi/thu-ky/<slug:slug>/bai/<str:code>/<slug:verb>/",
        views.EntryActionView.as_view(),
        name="secretary-entry-action",
    ),
    path("cuoc-thi/<slug:slug>/", views.contest_detail, name="detail"),
    path("cuoc-thi/<slug:slug>/du-thi/", views.entry_form, name="entry-form"),
    path("cuoc-thi/<slug:slug>/bai/<str:code>/", views.winner_detail, name="winner"),
]
