"""Demo catalogue (idempotent: procedures are keyed by code and created only once).

Codes and names are the national ones (Cơ sở dữ liệu quốc gia về TTHC); steps, documents,
time limits and fees are abridged for the demo and must be checked against the national
database before use. Performing agencies are the invented demo directory's.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from cchc.directory.models import Agency

from . import selectors, services
from .choices import Channel, Level, OnlineLevel
from .models import Procedure, ProcedureChannel, ProcedureField, RequiredDocument

ONE_STOP = (
    "Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính "
    "theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia"
)
HO_TICH = (
    "Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014\n"
    "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều "
    "và biện pháp thi hành Luật Hộ tịch\n" + ONE_STOP
)
STEPS_HO_TICH = (
    "Bước 1: Người yêu cầu nộp hồ sơ tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã hoặc "
    "trực tuyến trên Cổng Dịch vụ công quốc gia.\n"
    "Bước 2: Công chức tư pháp - hộ tịch kiểm tra hồ sơ; hồ sơ chưa đầy đủ thì hướng dẫn "
    "bổ sung một lần.\n"
    "Bước 3: Hồ sơ hợp lệ thì ghi vào Sổ hộ tịch, trình Chủ tịch Ủy ban nhân dân cấp xã ký "
    "và trả kết quả."
)

# code, name, field, level, agency code, agency text, days, time text, fee amount,
# fee text, online level, postal return, channels, documents, result, legal basis
PROCEDURES = [
    (
        "1.001193.000.00.00.H38", "Đăng ký khai sinh", "Hộ tịch", Level.COMMUNE, "TP-TT-P1",
        "Ủy ban nhân dân cấp xã nơi cư trú của người cha hoặc người mẹ",
        Decimal(0), "Ngay trong ngày tiếp nhận hồ sơ; hồ sơ nhận sau 15 giờ được trả trong "
        "ngày làm việc tiếp theo.", 0, "Miễn lệ phí đăng ký khai sinh đúng hạn.",
        OnlineLevel.FULL, True,
        [Channel.DIRECT, Channel.ONLINE, Channel.POSTAL],
        [("Tờ khai đăng ký khai sinh theo mẫu", 1, 0, True),
         ("Giấy chứng sinh hoặc văn bản của người làm chứng xác nhận việc sinh", 1, 0, True),
         ("Văn bản ủy quyền có chứng thực, nếu người đi đăng ký là người được ủy quyền", 1, 0,
          False)],
        "Giấy khai sinh (bản chính) và bản sao Giấy khai sinh nếu có yêu cầu.", HO_TICH,
    ),
    (
        "1.000894.000.00.00.H38", "Đăng ký kết hôn", "Hộ tịch", Level.COMMUNE, "TP-TT-P1",
        "Ủy ban nhân dân cấp xã nơi cư trú của một trong hai bên nam, nữ",
        Decimal(0), "Ngay trong ngày tiếp nhận đủ hồ sơ; trường hợp cần xác minh thì không "
        "quá 05 ngày làm việc.", None, "Theo Nghị quyết của Hội đồng nhân dân tỉnh.",
        OnlineLevel.PARTIAL, False,
        [Channel.DIRECT, Channel.ONLINE],
        [("Tờ khai đăng ký kết hôn theo mẫu", 1, 0, True),
         ("Giấy xác nhận tình trạng hôn nhân, nếu đăng ký kết hôn không tại nơi thường trú",
          1, 0, False)],
        "Giấy chứng nhận kết hôn; hai bên nam, nữ cùng có mặt khi trao Giấy chứng nhận kết hôn.",
        HO_TICH,
    ),
    (
        "1.000656.000.00.00.H38", "Đăng ký khai tử", "Hộ tịch", Level.COMMUNE, "H-DL-XDX",
        "Ủy ban nhân dân cấp xã nơi cư trú cuối cùng của người chết",
        Decimal(0), "Ngay trong ngày tiếp nhận hồ sơ.", 0, "Miễn lệ phí đăng ký khai tử đúng hạn.",
        OnlineLevel.FULL, True,
        [Channel.DIRECT, Channel.ONLINE, Channel.POSTAL],
        [("Tờ khai đăng ký khai tử theo mẫu", 1, 0, True),
         ("Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử", 1, 0, True)],
        "Trích lục khai tử.", HO_TICH,
    ),
    (
        "1.004873.000.00.00.H38", "Cấp Giấy xác nhận tình trạng hôn nhân", "Hộ tịch",
        Level.COMMUNE, "TP-TT-P2", "", Decimal(3), "03 ngày làm việc kể từ ngày nhận đủ hồ sơ "
        "hợp lệ.", None, "Theo Nghị quyết của Hội đồng nhân dân tỉnh.",
        OnlineLevel.FULL, True,
        [Channel.DIRECT, Channel.ONLINE, Channel.POSTAL],
        [("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu", 1, 0, True),
         ("Giấy tờ chứng minh đã ly hôn hoặc người vợ, chồng đã chết, nếu có", 0, 1, False)],
        "Giấy xác nhận tình trạng hôn nhân.", HO_TICH,
    ),
    (
        "2.000815.000.00.00.H38",
        "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền "
        "của Việt Nam cấp hoặc chứng nhận", "Chứng thực", Level.COMMUNE, "TX-VS-PBP", "",
        Decimal(0), "Trong ngày cơ quan tiếp nhận yêu cầu; sau 15 giờ thì trả trong ngày làm "
        "việc tiếp theo.", None, "2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, "
        "tối đa không quá 200.000 đồng/bản.",
        OnlineLevel.PARTIAL, False,
        [Channel.DIRECT, Channel.ONLINE],
        [("Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao", 1, 0, True),
         ("Bản sao cần chứng thực", 0, 1, True)],
        "Bản sao được chứng thực từ bản chính.",
        "Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao từ sổ gốc, "
        "chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch\n"
        + ONE_STOP,
    ),
    (
        "2.000720.000.00.00.H38", "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh",
        "Thành lập và hoạt động của hộ kinh doanh", Level.DISTRICT, "TP-TT", "",
        Decimal(3), "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.", None,
        "Theo Nghị quyết của Hội đồng nhân dân tỉnh.",
        OnlineLevel.FULL, True,
        [Channel.DIRECT, Channel.ONLINE, Channel.POSTAL],
        [("Thông báo thay đổi nội dung đăng ký hộ kinh doanh theo mẫu", 1, 0, True),
         ("Bản sao biên bản họp thành viên hộ gia đình về việc thay đổi, nếu có", 0, 1, False)],
        "Giấy chứng nhận đăng ký hộ kinh doanh.", ONE_STOP,
    ),
    (
        "1.014201.000.00.00.H38",
        "Gia hạn giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam",
        "Việc làm", Level.PROVINCE, "SNV", "", Decimal(5), "05 ngày làm việc kể từ ngày nhận "
        "đủ hồ sơ hợp lệ.", None, "Theo Nghị quyết của Hội đồng nhân dân tỉnh.",
        OnlineLevel.FULL, True,
        [Channel.DIRECT, Channel.ONLINE, Channel.POSTAL],
        [("Văn bản đề nghị gia hạn giấy phép lao động của người sử dụng lao động", 1, 0, True),
         ("Giấy phép lao động còn thời hạn đã được cấp", 1, 0, True),
         ("Giấy chứng nhận sức khỏe", 1, 0, True)],
        "Giấy phép lao động được gia hạn.", ONE_STOP,
    ),
]  # fmt: skip


def load_demo(stdout) -> None:
    agencies = {a.code: a for a in Agency.objects.all()}
    created = 0
    for (
        code, name, field_name, level, agency_code, agency_text, days, time_text, fee_amount,
        fee_text, online, postal, channels, documents, result, legal_basis,
    ) in PROCEDURES:  # fmt: skip
        if Procedure.objects.filter(code=code).exists():
            continue
        field = ProcedureField.objects.filter(name=field_name).first()
        if field is None:
            field, _ = services.field_get_or_create(name=field_name, source="demo")
        procedure = Procedure(
            code=code,
            name=name,
            field=field,
            level=level,
            agency=agencies.get(agency_code),
            agency_text=agency_text,
            steps=STEPS_HO_TICH if field_name == "Hộ tịch" else "",
            time_limit_days=days,
            time_limit_text=time_text,
            fee_amount=fee_amount,
            fee_text=fee_text,
            online_level=online,
            postal_return=postal,
            result=result,
            legal_basis_text=legal_basis,
            effective_from=dt.date(2025, 7, 1),
            published=True,
        )
        procedure.channels = [
            ProcedureChannel(channel=channel, sort_order=i) for i, channel in enumerate(channels)
        ]
        procedure.documents = [
            RequiredDocument(name=n, originals=o, copies=c, required=r, sort_order=i)
            for i, (n, o, c, r) in enumerate(documents)
        ]
        procedure.legal_documents = selectors.legal_documents_cited(legal_basis)
        services.procedure_save(procedure=procedure, source="demo")
        created += 1
    stdout.write(
        f"Thủ tục hành chính / procedures: {Procedure.objects.count()} ({created} mới / new)"
    )
