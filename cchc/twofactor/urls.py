from django.urls import path

from . import views

app_name = "twofactor"

urlpatterns = [
    path("tai-khoan/xac-thuc-hai-buoc/xac-minh/", views.verify, name="verify"),
    path("tai-khoan/xac-thuc-hai-buoc/dang-ky/", views.enrol, name="enrol"),
    path("tai-khoan/bao-mat/", views.security, name="security"),
]
