"""The project's error tree: every business-rule failure raises one of these with a
translated, user-presentable message."""

from django.utils.translation import gettext_lazy as _


class CchcError(Exception):
    """Base for business-rule errors; ``message`` is shown to the user."""

    default_message = _("Không thể thực hiện thao tác.")

    def __init__(self, message=None, *, code: str | None = None):
        self.message = message or self.default_message
        self.code = code
        super().__init__(str(self.message))


class PermissionDeniedError(CchcError):
    default_message = _("Bạn không có quyền thực hiện thao tác này.")


class InvalidTransitionError(CchcError):
    default_message = _("Không thể chuyển trạng thái hồ sơ như yêu cầu.")


class ValidationError(CchcError):
    default_message = _("Dữ liệu không hợp lệ.")


class StorageUnavailableError(CchcError):
    """A file could not be written (disk full, storage down); nothing was saved."""

    default_message = _(
        "Hệ thống tạm thời không lưu được tệp đính kèm nên phản ánh chưa được gửi "
        "(chưa có mã phản ánh nào được cấp). Nội dung bạn đã nhập vẫn còn dưới đây: "
        "vui lòng chọn lại tệp đính kèm và gửi lại sau ít phút."
    )
