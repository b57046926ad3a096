"""Demo accounts: one per role of every module, each with what to try. Idempotent.

Run last by ``load_demo_data`` (after every app's demo, so the agencies the officers
belong to exist). Passwords are random, kept in ``var/demo-passwords.txt`` (mode 600,
never committed: ``/var/`` is git-ignored) and printed only in development
(``CCHC_DEMO_PASSWORDS``, set by ``cchc.settings.dev``).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from ..services import EDITORS, MODERATORS


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: str  # who this is, in Vietnamese
    group: str | None  # the group that gives the role (None: superuser or officer)
    path: str  # where to start ("~/" stands for the admin's root)
    hint: str  # what to try there
    superuser: bool = False
    agency_code: str | None = None  # officers: their agency (directory.AgencyStaff)
    agency_name: str | None = None  # fallback when the code changed


ADMIN = "~/"  # the admin's root, /<CCHC_ADMIN_PATH>/, filled in at run time
ACCOUNTS = [
    DemoAccount(
        "admin",
        "Quản trị hệ thống",
        None,
        ADMIN,
        "mọi quyền: người dùng, nhóm, quy trình duyệt, cấu hình",
        superuser=True,
    ),
    DemoAccount(
        "bientap",
        "Biên tập viên",
        EDITORS,
        ADMIN + "pages/",
        "viết tin ở Tin tức > Thêm trang con, chọn chuyên mục, ảnh, ngày; gửi duyệt",
    ),
    DemoAccount(
        "duyet",
        "Ban biên tập (duyệt bài)",
        MODERATORS,
        ADMIN,
        "duyệt hoặc yêu cầu sửa bài đang chờ ở bảng điều khiển; xuất bản",
    ),
    DemoAccount(
        "thuvien",
        "Thủ thư văn bản",
        "Thư viện văn bản",
        ADMIN,
        "thêm, sửa, xác minh văn bản pháp luật ở mục Văn bản",
    ),
    DemoAccount(
        "danhba",
        "Biên tập danh bạ",
        "Biên tập danh bạ",
        ADMIN,
        "sửa cơ quan, lãnh đạo, số điện thoại ở mục Danh bạ",
    ),
    DemoAccount(
        "dieuphoi_pakn",
        "Điều phối phản ánh, kiến nghị",
        "Điều phối PAKN",
        "/can-bo/phan-anh/",
        "tiếp nhận, chuyển xử lý, duyệt trả lời và công khai mọi phản ánh",
    ),
    DemoAccount(
        "canbo_sxd",
        "Cán bộ Sở Xây dựng",
        None,
        "/can-bo/phan-anh/",
        "xem và trả lời phản ánh giao cho Sở Xây dựng",
        agency_code="SXD",
        agency_name="Sở Xây dựng",
    ),
    DemoAccount(
        "canbo_snnmt",
        "Cán bộ Sở Nông nghiệp và Môi trường",
        None,
        "/can-bo/phan-anh/",
        "xem và trả lời phản ánh giao cho Sở Nông nghiệp và Môi trường (không thấy của Sở khác)",
        agency_code="SNNMT",
        agency_name="Sở Nông nghiệp và Môi trường",
    ),
    DemoAccount(
        "kehoach_snv",
        "Sở Nội vụ: kế hoạch tuyên truyền CCHC",
        "Kế hoạch tuyên truyền CCHC",
        "/can-bo/ke-hoach/",
        "sửa kế hoạch (Quản trị > Kế hoạch tuyên truyền), xem tổng hợp, tải PDF, xuất Excel",
        agency_code="SNV",
        agency_name="Sở Nội vụ",
    ),
    DemoAccount(
        "baocao_sxd",
        "Cán bộ Sở Xây dựng: báo cáo tuyên truyền",
        "Báo cáo tuyên truyền CCHC",
        "/can-bo/ke-hoach/",
        "báo cáo hoạt động tuyên truyền quý này của Sở Xây dựng (không sửa được của cơ quan khác)",
        agency_code="SXD",
        agency_name="Sở Xây dựng",
    ),
    DemoAccount(
        "thuky_cuocthi",
        "Thư ký cuộc thi sáng kiến",
        "Thư ký cuộc thi",
        "/cuoc-thi/thu-ky/",
        "xét hợp lệ bài dự thi, theo dõi tiến độ chấm và điểm bất thường, xếp hạng, xuất bảng điểm",
    ),
    DemoAccount(
        "giamkhao_stp",
        "Giám khảo cuộc thi (Sở Tư pháp)",
        "Giám khảo cuộc thi",
        "/cuoc-thi/giam-khao/",
        "chấm bài ẩn danh theo tiêu chí; bài của tác giả cùng cơ quan tự động bị loại",
        agency_code="STP",
        agency_name="Sở Tư pháp",
    ),
    DemoAccount(
        "chutich_cuocthi",
        "Chủ tịch Hội đồng giám khảo",
        "Chủ tịch Hội đồng giám khảo",
        "/cuoc-thi/thu-ky/",
        "phê duyệt và công bố kết quả cuộc thi",
    ),
]


def start_path(account: DemoAccount) -> str:
    if account.path.startswith("~/"):
        return f"/{settings.CCHC_ADMIN_PATH.strip('/')}/{account.path[2:]}"
    return account.path


def password_file() -> Path:
    return Path(settings.VAR_DIR) / "demo-passwords.txt"


def read_passwords() -> dict[str, str]:
    path = password_file()
    known: dict[str, str] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if ":" in line:
                name, pw = line.split(":", 1)
                known[name] = pw
    return known


def _agency(account: DemoAccount):
    from cchc.directory.models import Agency

    return (
        Agency.objects.filter(code=account.agency_code).first()
        or Agency.objects.filter(name=account.agency_name).first()
    )


@transaction.atomic
def demo_accounts_ensure(stdout=None) -> dict[str, str]:
    """Create the demo accounts (and their group or agency ties); return name → password.

    An existing account keeps its password unless it has none usable (as the feedback
    demo's coordinator once had): then it gets the recorded one or a new random one.
    """
    from cchc.directory.models import AgencyStaff
    from cchc.portal.services import editorial_roles_ensure

    editorial_roles_ensure()
    user_model = get_user_model()
    known = read_passwords()
    for account in ACCOUNTS:
        user = user_model.objects.filter(username=account.username).first()
        password = known.get(account.username) or secrets.token_urlsafe(9)
        if user is None:
            maker = (
                user_model.objects.create_superuser
                if account.superuser
                else (user_model.objects.create_user)
            )
            user = maker(account.username, f"{account.username}@example.gov.vn", password)
            user.first_name = account.role[:150]
            user.save(update_fields=["first_name"])
        elif not user.has_usable_password() or account.username not in known:
            user.set_password(password)
            user.save(update_fields=["password"])
        known[account.username] = password
        if account.group:
            group, _ = Group.objects.get_or_create(name=account.group)
            user.groups.add(group)
        if account.agency_code:
            agency = _agency(account)
            if agency is None:
                if stdout is not None:
                    stdout.write(
                        f"  (chưa có cơ quan {account.agency_name}: bỏ qua {account.username})"
                    )
                continue
            AgencyStaff.objects.update_or_create(
                user=user, defaults={"agency": agency, "title": "Chuyên viên"}
            )
    path = password_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{k}:{v}\n" for k, v in known.items()), encoding="utf-8")
    path.chmod(0o600)
    return known


def demo_accounts_lines(*, base_url: str, show_passwords: bool) -> list[str]:
    """The start-up summary: URLs, where the passwords are, one line per account."""
    base = base_url.rstrip("/")
    known = read_passwords()
    lines = [
        f"Cổng thông tin / portal:   {base}/",
        f"Quản trị / admin:          {base}/{settings.CCHC_ADMIN_PATH.strip('/')}/",
        f"Phản ánh (cán bộ) / officers: {base}/can-bo/phan-anh/",
    ]
    if not show_passwords:
        return lines
    lines.append(f"Mật khẩu tài khoản mẫu / demo passwords: {password_file()}")
    for account in ACCOUNTS:
        if account.username not in known:
            continue
        lines.append(
            f"  {account.username:<14} {known[account.username]:<14} {account.role}: "
            f"{base}{start_path(account)} — {account.hint}"
        )
    return lines
