from django.urls import path

from . import views
from .middleware import BEACON_PATH

app_name = "portal"

urlpatterns = [
    path("lien-he/", views.contact, name="contact"),
    path(BEACON_PATH.lstrip("/"), views.visit_beacon, name="visit-beacon"),
]
