"""Issue 12 point 12: uploads checked beyond their first bytes (cchc/core/uploads.py).

Every file is built here, with the tools an attacker would use: Pillow (EXIF/GPS, huge
declared sizes, truncation, appended payloads), pypdf's writer (add_js, attachments),
python-docx and zipfile. pypdf 7 removed ``add_js``; its replacement
``add_open_action(JavaScript(...))`` writes the same /OpenAction /S /JavaScript /JS action (zip bomb, macros, path traversal).
"""

import io
import struct
import zipfile
import zlib

import pytest
from PIL import Image

from cchc.core import uploads
from cchc.core.uploads import DOCX, XLSX, UnsafeUpload, inspect_upload

# --- images ------------------------------------------------------------------------------

GPS_IFD = 0x8825


def _photo(fmt="JPEG", size=(64, 48), exif=True, orientation=None) -> bytes:
    im = Image.new("RGB", size, (200, 30, 30))
    im.putpixel((0, 0), (0, 0, 255))
    out = io.BytesIO()
    params = {}
    if exif:
        ex = Image.Exif()
        ex[0x010F] = "PhoneMaker"  # Make
        ex[0x0131] = "Camera app 1.0"  # Software
        if orientation:
            ex[0x0112] = orientation
        ex.get_ifd(GPS_IFD).update({1: "N", 2: (10.0, 45.0, 30.0), 3: "E", 4: (106.0, 40.0, 0.0)})
        params["exif"] = ex.tobytes()
    im.save(out, fmt, **params)
    return out.getvalue()


@pytest.mark.parametrize(
    ("fmt", "mime"), [("JPEG", "image/jpeg"), ("PNG", "image/png"), ("WEBP", "image/webp")]
)
def test_reencoded_image_loses_exif_and_gps(fmt, mime):
    data = _photo(fmt)
    before = Image.open(io.BytesIO(data))
    assert before.getexif().get(0x010F) == "PhoneMaker"
    assert before.getexif().get_ifd(GPS_IFD)  # the citizen's home, to the metre
    clean = inspect_upload(data, mime)
    after = Image.open(io.BytesIO(clean))
    assert after.format == fmt and after.size == (64, 48)
    assert not after.getexif()
    assert "exif" not in after.info and b"PhoneMaker" not in clean
    assert after.convert("RGB").getpixel((10, 10))[0] > 150  # still the same picture


def test_jpeg_comment_and_png_text_icc_chunks_dropped():
    from PIL import ImageCms, PngImagePlugin

    out = io.BytesIO()
    Image.new("RGB", (8, 8)).save(out, "JPEG", comment=b"<?php system($_GET[c]); ?>")
    assert b"<?php" in out.getvalue()
    assert b"<?php" not in inspect_upload(out.getvalue(), "image/jpeg")

    text = PngImagePlugin.PngInfo()
    text.add_text("Comment", "<script>alert(1)</script>")
    text.add_itxt("XML:com.adobe.xmp", "<x:xmpmeta>GPS 10.75 106.66</x:xmpmeta>")
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    Image.new("RGB", (8, 8)).save(out, "PNG", pnginfo=text, icc_profile=icc)
    clean = inspect_upload(out.getvalue(), "image/png")
    after = Image.open(io.BytesIO(clean))
    assert not ({"Comment", "XML:com.adobe.xmp", "icc_profile", "xmp"} & set(after.info))
    assert b"<script>" not in clean and b"iCCP" not in clean


def test_png_palette_transparency_kept():
    im = Image.new("P", (4, 4), 1)
    im.putpalette([0, 0, 0, 255, 0, 0] + [0] * 762)
    out = io.BytesIO()
    im.save(out, "PNG", transparency=0)
    after = Image.open(io.BytesIO(inspect_upload(out.getvalue(), "image/png")))
    assert after.mode == "P" and after.info.get("transparency") == 0


def test_orientation_applied_before_exif_dropped():
    """A portrait phone photo (landscape pixels + Orientation 6) stays portrait."""
    clean = inspect_upload(_photo(size=(60, 40), orientation=6), "image/jpeg")
    assert Image.open(io.BytesIO(clean)).size == (40, 60)


def test_polyglot_payload_after_the_picture_is_dropped():
    payload = b"PK\x03\x04<script>alert(1)</script><?php system($_GET[c]); ?>"
    data = _photo("PNG", exif=False) + payload
    clean = inspect_upload(data, "image/png")
    assert b"<script>" not in clean and b"<?php" not in clean
    jpeg = _photo("JPEG", exif=False) + b"%PDF-1.4\n1 0 obj<</JS (app.alert(1))>>endobj"
    assert b"%PDF" not in inspect_upload(jpeg, "image/jpeg")


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _png_declaring(width: int, height: int, idat: bytes = b"") -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", ihdr)
        + _png_chunk(b"IDAT", idat or zlib.compress(b"\x00\x00"))
        + _png_chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(("w", "h"), [(100_000, 100_000), (40_001, 1_000), (7_000, 7_000)])
def test_tiny_file_declaring_huge_dimensions_refused(w, h):
    data = _png_declaring(w, h)
    assert len(data) < 100
    with pytest.raises(UnsafeUpload) as exc:
        inspect_upload(data, "image/png", name="bom.png")
    assert exc.value.code == "pixels"
    assert "quá lớn" in str(exc.value.message) and "bom.png" in str(exc.value.message)


def test_real_bomb_png_refused_without_decoding():
    """50 MP of zeros compress to ~50 KB: refused on the header, before any decoding."""
    w, h = 10_000, 5_000
    raw = (b"\x00" + b"\x00" * w) * h
    data = _png_declaring(w, h, zlib.compress(raw, 9))
    assert len(data) < 200_000
    with pytest.raises(UnsafeUpload) as exc:
        inspect_upload(data, "image/png")
    assert exc.value.code == "pixels"


def test_pixel_limit_is_a_parameter():
    data = _photo("PNG", size=(100, 100), exif=False)
    with pytest.raises(UnsafeUpload):
        uploads.reencode_image(data, "image/png", max_pixels=9_999)
    assert uploads.reencode_image(data, "image/png", max_pixels=10_000)


@pytest.fixture(params=[False, True], ids=["pillow-strict", "weasyprint-imported"])
def truncated_switch(request, monkeypatch):
    """Pillow's process-wide LOAD_TRUNCATED_IMAGES, as WeasyPrint's import leaves it."""
    from PIL import ImageFile

    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", request.param)


@pytest.mark.parametrize("fmt,mime", [("JPEG", "image/jpeg"), ("PNG", "image/png")])
def test_truncated_image_refused(fmt, mime, truncated_switch):
    im = Image.effect_noise((300, 300), 64).convert("RGB")
    out = io.BytesIO()
    im.save(out, fmt)
    data = out.getvalue()
    with pytest.raises(UnsafeUpload) as exc:
        inspect_upload(data[: len(data) // 2], mime, name="cat-doi.jpg")
    assert exc.value.code == "image" and "bị hỏng" in str(exc.value.message)


@pytest.mark.parametrize(
    ("data", "mime"),
    [
        (b"\xff\xd8\xff\xe0" + b"MZ\x90\x00" * 100, "image/jpeg"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 junk", "image/webp"),
        (_photo("PNG", exif=False), "image/jpeg"),  # a PNG that claims JPEG magic elsewhere
    ],
)
def test_corrupt_or_mismatched_image_refused(data, mime):
    with pytest.raises(UnsafeUpload):
        inspect_upload(data, mime)


# --- PDF ---------------------------------------------------------------------------------


def _pdf(js=None, attach=None, open_action_uri=False, compress=False) -> bytes:
    from pypdf import PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, TextStringObject

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    if js:  # pypdf 7 replaced writer.add_js by add_open_action(JavaScript(...))
        from pypdf.actions import JavaScript

        writer.add_open_action(JavaScript(js))
    if attach:
        writer.add_attachment("hoadon.exe", attach)
    if open_action_uri:
        action = DictionaryObject(
            {
                NameObject("/S"): NameObject("/URI"),
                NameObject("/URI"): TextStringObject("https://cchc.example.vn/"),
            }
        )
        writer._root_object[NameObject("/OpenAction")] = action
    if compress:
        writer.compress_identical_objects()
        for page in writer.pages:
            page.compress_content_streams()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_plain_pdf_accepted_unchanged():
    data = _pdf()
    assert inspect_upload(data, "application/pdf") == data
    data = _pdf(open_action_uri=True)  # an /OpenAction that is not JavaScript is fine
    assert inspect_upload(data, "application/pdf") == data


def test_pdf_with_javascript_refused():
    data = _pdf(js="app.alert('xin chào');")
    with pytest.raises(UnsafeUpload) as exc:
        inspect_upload(data, "application/pdf", name="don.pdf")
    assert exc.value.code.startswith("pdf:") and "/JavaScript" in exc.value.code
    assert "JavaScript" in str(exc.value.message) and "don.pdf" in str(exc.value.message)


def test_pdf_with_embedded_file_refused():
    with pytest.raises(UnsafeUpload) as exc:
        inspect_upload(_pdf(attach=b"MZ\x90\x00 not a virus"), "application/pdf")
    assert "/EmbeddedFile" in exc.value.code or "/EmbeddedFiles" in exc.value.code


HAND_PDF = (
    b"%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R/OpenAction 4 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
    b"4 0 obj<</S/%s%s>>endobj\n"
    b"xref\n0 5\n0000000000 65535 f \ntrailer<</Root 1 0 R/Size 5>>\nstartxref\n999999\n%%%%EOF\n"
)


@pytest.mark.parametrize(
    ("action", "found"),
    [
        (b"/JavaScript", b"/JS(app.launchURL('http://x'))"),
        (b"/J#61vaScript", b"/J#53(app.alert(1))"),  # names hidden by #xx escapes
        (b"/Launch", b"/F(cmd.exe)/Win<</F(cmd.exe)>>"),
    ],
)
def test_open_action_javascript_and_launch_refused_even_with_broken_xref(action, found):
    """The xref table here is garbage (wrong offsets, startxref past the end): the raw
    byte scan still finds the action."""
    data = HAND_PDF % (action, found)
    assert uploads._raw_scan(data)
    with pytest.raises(UnsafeUpload):
        inspect_upload(data, "application/pdf")


def test_javascript_inside_compressed_object_stream_found_by_pypdf():
    """In an object stream the names are deflated: only the pypdf walk can see them."""
    from pypdf import PdfWriter

    data = _pdf(js="app.alert(1)")
    writer = PdfWriter(clone_from=io.BytesIO(data))
    out = io.BytesIO()
    writer.write(out)
    packed = _pack_into_object_stream(out.getvalue())
    assert b"/JavaScript" not in packed and b"/JS" not in packed
    assert uploads._walk_pdf(packed)
    with pytest.raises(UnsafeUpload):
        inspect_upload(packed, "application/pdf")


def _pack_into_object_stream(data: bytes) -> bytes:
    """Rewrite a small PDF (PDF 1.5) with every non-stream object in one /ObjStm and an
    xref stream, as Word and Acrobat do; built by hand, pypdf only reads it back."""
    from pypdf import PdfReader
    from pypdf.generic import StreamObject

    reader = PdfReader(io.BytesIO(data))
    objects = {}
    for num in range(1, reader.trailer["/Size"]):
        try:
            obj = reader.get_object(num)
        except Exception:  # noqa: BLE001, S112 - free entries
            continue
        if obj is not None:
            objects[num] = obj
    root = reader.trailer.raw_get("/Root").idnum

    def ser(obj) -> bytes:
        buf = io.BytesIO()
        obj.write_to_stream(buf)
        return buf.getvalue()

    plain = {n: o for n, o in objects.items() if not isinstance(o, StreamObject)}
    streams = {n: o for n, o in objects.items() if isinstance(o, StreamObject)}
    header, body = [], b""
    for n, o in plain.items():
        header.append(f"{n} {len(body)}".encode())
        body += ser(o) + b"\n"
    head = b" ".join(header) + b"\n"
    objstm_num = max(objects) + 1
    xref_num = objstm_num + 1
    packed = zlib.compress(head + body)
    out = io.BytesIO()
    out.write(b"%PDF-1.5\n")
    offsets = {}
    for n, o in streams.items():
        offsets[n] = out.tell()
        out.write(f"{n} 0 obj\n".encode() + ser(o) + b"\nendobj\n")
    offsets[objstm_num] = out.tell()
    out.write(
        f"{objstm_num} 0 obj\n<</Type/ObjStm/N {len(plain)}/First {len(head)}"
        f"/Filter/FlateDecode/Length {len(packed)}>>stream\n".encode()
        + packed
        + b"\nendstream\nendobj\n"
    )
    xref_at = out.tell()
    rows = [b"\x00\x00\x00\x00\xff\xff"]
    index_in_stm = {n: i for i, n in enumerate(plain)}
    for n in range(1, xref_num + 1):
        if n in index_in_stm:
            rows.append(
                b"\x02" + struct.pack(">I", objstm_num) + struct.pack(">B", index_in_stm[n])
            )
        elif n in offsets:
            rows.append(b"\x01" + struct.pack(">I", offsets[n]) + b"\x00")
        elif n == xref_num:
            rows.append(b"\x01" + struct.pack(">I", xref_at) + b"\x00")
        else:
            rows.append(b"\x00\x00\x00\x00\x00\x00")
    xref = zlib.compress(b"".join(rows))
    out.write(
        f"{xref_num} 0 obj\n<</Type/XRef/Size {xref_num + 1}/W[1 4 1]/Root {root} 0 R"
        f"/Filter/FlateDecode/Length {len(xref)}>>stream\n".encode()
        + xref
        + f"\nendstream\nendobj\nstartxref\n{xref_at}\n%%EOF\n".encode()
    )
    return out.getvalue()


# --- Office ------------------------------------------------------------------------------


def _docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Đơn kiến nghị về việc cấp giấy phép xây dựng.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _xlsx() -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["Hộ", "Số tiền"])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _rezip(
    data: bytes, extra: dict[str, bytes] | None = None, drop=(), method=zipfile.ZIP_DEFLATED
):
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", method) as dst:
        for info in src.infolist():
            if info.filename not in drop:
                dst.writestr(info.filename, src.read(info))
        for name, body in (extra or {}).items():
            dst.writestr(name, body)
    return out.getvalue()


def test_real_docx_and_xlsx_accepted():
    assert uploads.office_kind(_docx()) == DOCX
    assert uploads.office_kind(_xlsx()) == XLSX
    data = _docx()
    assert inspect_upload(data, DOCX) == data
    data = _xlsx()
    assert inspect_upload(data, XLSX) == data


def test_macro_refused():
    data = _rezip(_docx(), {"word/vbaProject.bin": b"\xd0\xcf\x11\xe0 macro"})
    with pytest.raises(UnsafeUpload) as exc:
        inspect_upload(data, DOCX, name="don.docx")
    assert exc.value.code == "macro" and "macro" in str(exc.value.message)
    data = _rezip(_xlsx(), {"xl/VBAProject.bin": b"x"})
    with pytest.raises(UnsafeUpload):
        inspect_upload(data, XLSX)


def test_macro_enabled_content_type_refused():
    src = _docx()
    with zipfile.ZipFile(io.BytesIO(src)) as zf:
        types = zf.read("[Content_Types].xml").replace(
            b"document.main+xml", b"document.macroEnabled.main+xml"
        )
    data = _rezip(src, {"[Content_Types].xml": types}, drop=("[Content_Types].xml",))
    with pytest.raises(UnsafeUpload) as exc:
        inspect_upload(data, DOCX)
    assert exc.value.code == "macro"


def test_zip_bomb_refused():
    """One member of 200 MB of zeros (≈200 KB compressed): ratio and total both over."""
    out = io.BytesIO(_docx())
    block = b"\x00" * (1024 * 1024)
    with (
        zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as zf,
        zf.open("word/media/bom.bin", "w", force_zip64=True) as member,
    ):
        for _ in range(200):
            member.write(block)
    data = out.getvalue()
    assert len(data) < 1_000_000
    with pytest.raises(UnsafeUpload) as exc:
        inspect_upload(data, DOCX)
    assert exc.value.code == "zip-limits"


def test_total_uncompressed_size_limited_with_lying_headers():
    """Stored (uncompressed) members add up past the limit: counted as they come out."""
    data = _rezip(_docx(), {f"word/media/p{i}.bin": b"x" * 1000 for i in range(5)})
    with pytest.raises(UnsafeUpload):
        uploads.check_office(data, max_total=4000)
    uploads.check_office(data)  # the real limit is far above


def test_too_many_members_refused():
    data = _rezip(_docx(), {f"customXml/extra{i}.xml": b"<a/>" for i in range(30)})
    with pytest.raises(UnsafeUpload) as exc:
        uploads.check_office(data, max_members=20)
    assert exc.value.code == "zip-limits"


@pytest.mark.parametrize(
    "name", ["../../etc/cron.d/x", "/etc/passwd", "word\\..\\..\\x.dll", "C:/x.dll", "a/../../b"]
)
def test_path_traversal_member_names_refused(name):
    out = io.BytesIO(_docx())
    with zipfile.ZipFile(out, "a") as zf:
        zf.writestr(zipfile.ZipInfo(name), b"x")
    with pytest.raises(UnsafeUpload) as exc:
        inspect_upload(out.getvalue(), DOCX)
    assert exc.value.code == "zip-path"


def test_zip_without_content_types_or_not_zip_refused():
    plain = io.BytesIO()
    with zipfile.ZipFile(plain, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
    for data in (plain.getvalue(), b"PK\x03\x04 broken", b"not a zip at all"):
        with pytest.raises(UnsafeUpload) as exc:
            inspect_upload(data, DOCX)
        assert exc.value.code == "office"
