from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("tai-khoan/", views.home, name="home"),
    path("tai-khoan/dang-nhap/", views.sign_in, name="sign-in"),
    path("tai-khoan/xac-nhan/", views.verify, name="verify"),
    path("tai-khoan/dang-xuat/", views.sign_out, name="sign-out"),
]
