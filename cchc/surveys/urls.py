from django.urls import path

from . import views

app_name = "surveys"

urlpatterns = [
    path("danh-gia/cam-on/", views.thanks_view, name="thanks"),
    path("danh-gia/quay/<slug:key>/", views.kiosk_view, name="kiosk"),
    path("danh-gia/<str:token>/", views.rate_view, name="rate"),
]
