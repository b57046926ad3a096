"""``manage.py feedback_fetch_mail --mbox FILE`` or ``--imap``: e-mail intake.

Each message becomes a case (channel "email"); a message already taken in (same
Message-ID) is skipped, so the command can run every few minutes from cron.
IMAP settings come from the environment: FEEDBACK_IMAP_HOST, FEEDBACK_IMAP_USER,
FEEDBACK_IMAP_PASSWORD, FEEDBACK_IMAP_FOLDER (default INBOX), FEEDBACK_IMAP_PORT (993).
"""

import contextlib
import imaplib
import logging
import mailbox
import os

from django.core.management.base import BaseCommand, CommandError

from cchc.feedback.inbound import ingest_email

logger = logging.getLogger("cchc.feedback.inbound")


class Command(BaseCommand):
    help = "Tiếp nhận phản ánh qua thư điện tử (mbox hoặc IMAP) / Fetch feedback e-mails."

    def add_arguments(self, parser):
        parser.add_argument("--mbox", help="Đường dẫn tệp mbox")
        parser.add_argument(
            "--imap", action="store_true", help="Đọc hộp thư IMAP (cấu hình qua biến môi trường)"
        )
        parser.add_argument("--imap-host", default=None)
        parser.add_argument("--imap-folder", default=None)
        parser.add_argument("--limit", type=int, default=500)

    def handle(self, *args, **options):
        if not options["mbox"] and not options["imap"]:
            raise CommandError("Cần --mbox FILE hoặc --imap")
        messages = self._from_mbox(options["mbox"]) if options["mbox"] else self._from_imap(options)
        created = skipped = failed = 0
        seen = set()
        for raw in messages:
            try:  # each message on its own: one bad message never stops the others
                fb = ingest_email(raw)
            except Exception:
                logger.exception("e-mail could not be stored; continuing with the next")
                failed += 1
                continue
            if fb is None or fb.pk in seen:
                skipped += 1
                continue
            seen.add(fb.pk)
            created += 1
            if created >= options["limit"]:
                break
        self.stdout.write(
            f"{created} thư đã thành phản ánh (gồm cả thư đã nhận trước), {skipped} thư bỏ qua, "
            f"{failed} thư lỗi."
        )

    def _from_mbox(self, path):
        if not os.path.exists(path):
            raise CommandError(f"Không thấy tệp {path}")
        box = mailbox.mbox(path, create=False)
        try:
            for key in box.iterkeys():
                try:
                    raw = box.get_bytes(key)
                except Exception:
                    logger.exception("mbox message %s unreadable", key)
                    continue
                yield raw
        finally:
            box.close()

    def _from_imap(self, options):
        host = options["imap_host"] or os.environ.get("FEEDBACK_IMAP_HOST", "")
        user = os.environ.get("FEEDBACK_IMAP_USER", "")
        password = os.environ.get("FEEDBACK_IMAP_PASSWORD", "")
        folder = options["imap_folder"] or os.environ.get("FEEDBACK_IMAP_FOLDER", "INBOX")
        port = int(os.environ.get("FEEDBACK_IMAP_PORT", "993"))
        if not host or not user or not password:
            raise CommandError(
                "Thiếu FEEDBACK_IMAP_HOST / FEEDBACK_IMAP_USER / FEEDBACK_IMAP_PASSWORD"
            )
        conn = imaplib.IMAP4_SSL(host, port)
        try:
            conn.login(user, password)
            conn.select(folder, readonly=True)
            _, data = conn.search(None, "ALL")
            for num in (data[0] or b"").split()[-options["limit"] :]:
                try:
                    _, parts = conn.fetch(num, "(RFC822)")
                except imaplib.IMAP4.error:
                    logger.exception("IMAP message %s unreadable", num)
                    continue
                for part in parts or []:
                    if isinstance(part, tuple):
                        yield part[1]
        finally:
            with contextlib.suppress(Exception):
                conn.logout()
