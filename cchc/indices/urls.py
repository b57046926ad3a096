from django.urls import path

from . import views

app_name = "indices"

urlpatterns = [
    path("chi-so/", views.dashboard, name="index"),
    path("chi-so/noi-bo/", views.leader_dashboard, name="leaders"),
]
