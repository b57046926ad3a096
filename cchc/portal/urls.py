from django.urls import path

from . import views

app_name = "portal"

urlpatterns = [
    path("lien-he/", views.contact, name="contact"),
    path("api/v1/luot-truy-cap/", views.visit_beacon, name="visit-beacon"),
]
