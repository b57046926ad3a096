from django.urls import path

from . import views

app_name = "sitesearch"

urlpatterns = [
    path("tim-kiem/", views.search_page, name="index"),
    path("tim-kiem/goi-y/", views.suggest, name="suggest"),
]
