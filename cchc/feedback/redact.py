"""The masking of personal data moved to :mod:`cchc.core.redact` (the contest's blind jury
uses it too); this name stays for the modules that still import it from here."""

from cchc.core.redact import KIND_LABELS, PLACEHOLDER, redact, redact_segments, redact_spans

__all__ = ["KIND_LABELS", "PLACEHOLDER", "redact", "redact_segments", "redact_spans"]
