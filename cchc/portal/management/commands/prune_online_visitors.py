"""Delete the "Đang online" rows of visitors not seen for a day (schedule every hour)."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from cchc.portal import visitors


class Command(BaseCommand):
    help = "Xoá dữ liệu khách truy cập không còn trực tuyến quá một ngày (chạy mỗi giờ)."

    def add_arguments(self, parser):
        parser.add_argument("--batch", type=int, default=visitors.PRUNE_BATCH)

    def handle(self, *args, batch, **options):
        deleted = visitors.prune_online(batch=max(1, batch))
        self.stdout.write(_("Đã xoá %(count)d khách không còn trực tuyến.") % {"count": deleted})
