from django.urls import path

from . import api, views

app_name = "directory"

urlpatterns = [
    path("danh-ba/", views.agency_index, name="index"),
    path("danh-ba/<slug:slug>/", views.agency_detail, name="agency-detail"),
    path(
        "danh-ba/<slug:slug>/vcard/<int:leader_id>.vcf",
        views.leader_vcard,
        name="leader-vcard",
    ),
    path("api/v1/danh-ba/", api.agency_list, name="api-list"),
    path("api/v1/danh-ba/<slug:slug>/", api.agency_detail, name="api-detail"),
]
