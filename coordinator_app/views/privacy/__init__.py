"""Privacy (AVG) in the GUI: a trainee's inzage, anonymise and erase; the retention list."""

from __future__ import annotations

from coordinator_app.views.privacy.dialogs import (
    PrivacyDialog,
    RetentionDialog,
    open_privacy_dialog,
    open_retention_dialog,
)

__all__ = ["PrivacyDialog", "RetentionDialog", "open_privacy_dialog", "open_retention_dialog"]
