"""QR codes for the check-in mode: each encodes a participant's check-in code, nothing else.

The door laptop's scanner types what it reads, and the check-in screen accepts the
bare code (:func:`coordinator_app.services.attendance.normalise_code`), so the
payload is the code itself. reportlab draws the code as vector squares: sharp at any
printer resolution, no image library needed.
"""

from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.validators import isString


class QrDrawing(Drawing):  # type: ignore[misc]
    """A square QR code of ``size`` points; ``payload`` says what it encodes."""

    _attrMap = AttrMap(BASE=Drawing, payload=AttrMapValue(isString, desc="the encoded text"))

    def __init__(self, payload: str, size: float) -> None:
        super().__init__(size, size)
        self.payload = payload
        # Level M survives a smudge or a fold; a two-module quiet zone is enough on
        # white paper and keeps the code large within its box.
        widget = QrCodeWidget(payload, barLevel="M", barBorder=2)
        widget.barWidth = size
        widget.barHeight = size
        self.add(widget)
