"""The bag or syringe label: a page sized for a label printer (100 x 50 mm).

Eye-readable patient, DIN with its check character in a box, product, dose, final volume
and concentration, use-by and storage; Code 128 symbols of the ISBT 128 DIN and expiry
data structures; a QR code carrying the plan's identity.
"""

from __future__ import annotations

import json

from reportlab.lib import colors
from reportlab.lib.units import mm

from .. import display
from ..din import expiry_data_structure
from ..export import plan_identifier
from ..model import Plan
from ..resources import defaults_table
from ..units import CELL, CELL_PER_KG, CELL_PER_ML, ML
from .barcodes import din_data_structure, draw_code128, draw_qr
from .fonts import draw_text, fit_text, text_width

LABEL_SIZE = (100 * mm, 50 * mm)
LEFT = 3 * mm
QR_SIZE = 24 * mm


def label_identity(plan: Plan, bag=None) -> str:
    """What the QR code carries: enough to find the record and check the bag against it."""
    identity = plan.inputs.identity
    extra = {} if bag is None else {"bag": f"{bag.number}/{bag.of}", "bag_cells": float(bag.cells.m_as(CELL)),
                                    "bag_mL": round(float(bag.final_volume.m_as(ML)), 3)}
    return json.dumps({**extra, 
        "plan": plan_identifier(plan), "din": identity.din or None, "patient_id": identity.patient_id or None,
        "dose_cells": float(plan.dose.m_as(CELL)), "final_mL": round(float(plan.final_volume.m_as(ML)), 3),
        "use_by": plan.use_by.isoformat() if plan.use_by else None,
        "protocol": f"{plan.inputs.protocol.id} v{plan.inputs.protocol.version}",
    }, separators=(",", ":"), ensure_ascii=False)


def draw_label(canvas, plan: Plan, t, *, draft: tuple[str, object] | None, reprint: bool, bag=None) -> None:
    """Draw the label (of one bag when the preparation is split); `draft` is the sheet's
    stamp when the label is not yet final."""
    identity = plan.inputs.identity
    width, height = LABEL_SIZE
    column = width - QR_SIZE - LEFT - 4 * mm   # the text column, left of the QR code
    canvas.saveState()
    banner = " · ".join(text for flag, text in ((draft, t(draft[0]) if draft else ""), (reprint, t("REPRINT")))
                        if flag)
    if banner:
        canvas.setFillColor(colors.HexColor("#34495e"))
        canvas.rect(0, height - 5 * mm, width, 5 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        draw_text(canvas, width / 2, height - 3.8 * mm, banner, 7.5, bold=True, align="center")
        canvas.setFillColor(colors.black)
    else:
        draw_text(canvas, LEFT, height - 3.8 * mm, fit_text(
            f"{t('MSC for IV infusion')} · {plan.inputs.protocol.name}", 6, width - 2 * LEFT), 6, bold=True)

    y = height - 8.8 * mm
    draw_text(canvas, LEFT, y, fit_text(identity.patient_name or t("(no patient name)"), 9, column, bold=True),
              9, bold=True)
    y -= 3.3 * mm
    weight = display.quantity(plan.inputs.weight, plan.inputs.weight.units)
    draw_text(canvas, LEFT, y, fit_text(f"{t('ID')} {identity.patient_id or '—'} · {weight}", 7, column), 7)
    y -= 3.9 * mm
    if identity.din:
        din = identity.din
        used = draw_text(canvas, LEFT, y, f"DIN {din[:5]} {din[5:7]} {din[7:13]} ", 8, bold=True)
        box = text_width(din[13], 8, bold=True) + 1.6 * mm
        canvas.rect(LEFT + used, y - 1 * mm, box, 4 * mm, stroke=1, fill=0)
        draw_text(canvas, LEFT + used + 0.8 * mm, y, din[13], 8, bold=True)
        y -= 7.2 * mm
        draw_code128(canvas, din_data_structure(din), LEFT - 2.5 * mm, y, 6 * mm)
    else:
        draw_text(canvas, LEFT, y, t("No DIN entered"), 8, bold=True)
        y -= 7.2 * mm
    y -= 3.2 * mm
    if bag is None:
        dose = f"{t('Dose')} {display.quantity(plan.dose, CELL)} ({display.quantity(plan.dose_per_kg, CELL_PER_KG)})"
    else:
        dose = (f"{t('Bag {k} of {n}').format(k=bag.number, n=bag.of)}: {display.quantity(bag.cells, CELL)} "
                f"({t('total')} {display.quantity(plan.dose, CELL)})")
    draw_text(canvas, LEFT, y, fit_text(dose, 6.5, column, bold=True), 6.5, bold=True)
    y -= 2.9 * mm
    if plan.inputs.dilution_mode == "in_line":  # the bag holds the product only
        contents = (f"{t('Bag')} {display.quantity(plan.volume_to_draw, ML, 4)} · "
                    f"{display.quantity(plan.basis_concentration, CELL_PER_ML)} + "
                    f"{display.quantity(plan.diluent_volume, ML, 4)} {t('in line')}")
    else:
        volume = bag.final_volume if bag is not None else plan.final_volume
        contents = (f"{t('Final volume')} {display.quantity(volume, ML, 4)} · "
                    f"{display.quantity(plan.final_concentration, CELL_PER_ML)}")
    draw_text(canvas, LEFT, y, fit_text(contents, 6.5, column), 6.5)
    y -= 3.6 * mm
    use_by = display.clock(plan.use_by) if plan.use_by else t("see sheet")
    draw_text(canvas, LEFT, y, f"{t('Use by')} {use_by}", 8, bold=True)
    if plan.use_by is not None:
        draw_code128(canvas, expiry_data_structure(plan.use_by), LEFT - 2.5 * mm, y - 6.2 * mm, 5 * mm)

    draw_qr(canvas, label_identity(plan, bag), width - QR_SIZE - 2 * mm, height - QR_SIZE - 6 * mm, QR_SIZE)
    right_middle = width - QR_SIZE / 2 - 2 * mm
    draw_text(canvas, right_middle, height - QR_SIZE - 8.5 * mm, plan_identifier(plan), 5.5, align="center")
    if identity.product_code:
        draw_text(canvas, right_middle, height - QR_SIZE - 11 * mm,
                  fit_text(identity.product_code, 6, QR_SIZE + 2 * mm), 6, align="center")
    storage = defaults_table()["storage"]["label"]
    draw_text(canvas, LEFT, 4.6 * mm, fit_text(t(storage), 5.5, width - 2 * LEFT), 5.5)
    if identity.donor == "autologous":
        canvas.setFillColor(colors.HexColor("#b00000"))
        draw_text(canvas, LEFT, 1.3 * mm, t("FOR AUTOLOGOUS USE ONLY"), 7, bold=True)
    canvas.restoreState()
