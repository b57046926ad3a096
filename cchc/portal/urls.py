from django.urls import path

from . import views

app_name = "portal"

urlpatterns = [
    path("lien-he/", views.contact, name="contact"),
]
