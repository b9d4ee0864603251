"""What the ward sees of a blinded trial preparation: the bedside sheet and the bag label,
drawn only from the BlindedView, so the active and the placebo arm print the same."""

from __future__ import annotations

import json

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from .. import __version__, display
from ..blinding import BlindedPreparation, BlindedView
from ..din import expiry_data_structure
from ..i18n import translator
from ..resources import defaults_table
from ..units import ML, ML_PER_H, ML_PER_MIN
from .barcodes import draw_code128, draw_qr
from .fonts import draw_text, fit_text, rich
from .label import LABEL_SIZE, LEFT, QR_SIZE
from .sheet import PAPERS, SLATE, _grid, _Page, _render, _styles, bedside_sections


def blinded_identity(view: BlindedView) -> str:
    return json.dumps({"code": view.code, "patient_id": view.patient_id or None,
                       "final_mL": round(float(view.final_volume.m_as(ML)), 3),
                       "use_by": view.use_by.isoformat() if view.use_by else None, "protocol": view.protocol_id},
                      separators=(",", ":"), ensure_ascii=False)


def draw_blinded_label(canvas, view: BlindedView, t, banner: str) -> None:
    width, height = LABEL_SIZE
    column = width - QR_SIZE - LEFT - 4 * mm
    canvas.saveState()
    if banner:
        canvas.setFillColor(SLATE)
        canvas.rect(0, height - 5 * mm, width, 5 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        draw_text(canvas, width / 2, height - 3.8 * mm, banner, 7.5, bold=True, align="center")
        canvas.setFillColor(colors.black)
    else:
        draw_text(canvas, LEFT, height - 3.8 * mm, fit_text(view.protocol_name, 6, width - 2 * LEFT), 6, bold=True)
    y = height - 8.8 * mm
    draw_text(canvas, LEFT, y, fit_text(view.patient_name or t("(no patient name)"), 9, column, bold=True), 9, bold=True)
    y -= 3.3 * mm
    draw_text(canvas, LEFT, y, fit_text(f"{t('ID')} {view.patient_id or '—'} · "
                                        f"{display.quantity(view.weight, view.weight.units)}", 7, column), 7)
    y -= 3.9 * mm
    draw_text(canvas, LEFT, y, fit_text(f"{t('Code')} {view.code}", 8, column, bold=True), 8, bold=True)
    y -= 3.4 * mm
    draw_text(canvas, LEFT, y, fit_text(view.label_product, 6.5, column, bold=True), 6.5, bold=True)
    y -= 3.2 * mm
    draw_text(canvas, LEFT, y, fit_text(f"{t('Final volume')} {display.quantity(view.final_volume, ML, 4)} · "
                                        f"{display.quantity(view.rate, ML_PER_MIN)} · "
                                        f"{display.duration(view.duration)}", 6.5, column), 6.5)
    y -= 3.6 * mm
    draw_text(canvas, LEFT, y, f"{t('Use by')} {display.clock(view.use_by) if view.use_by else t('see sheet')}", 8,
              bold=True)
    if view.use_by is not None:
        draw_code128(canvas, expiry_data_structure(view.use_by), LEFT - 2.5 * mm, y - 6.2 * mm, 5 * mm)
    draw_qr(canvas, blinded_identity(view), width - QR_SIZE - 2 * mm, height - QR_SIZE - 6 * mm, QR_SIZE)
    draw_text(canvas, width - QR_SIZE / 2 - 2 * mm, height - QR_SIZE - 8.5 * mm, view.code, 6, align="center")
    draw_text(canvas, LEFT, 4.6 * mm, fit_text(t(defaults_table()["storage"]["label"]), 5.5, width - 2 * LEFT), 5.5)
    draw_text(canvas, LEFT, 1.3 * mm, fit_text(t("For clinical trial use only"), 6, width - 2 * LEFT), 6, bold=True)
    canvas.restoreState()


def write_blinded_sheet(preparation: BlindedPreparation, output, *, paper: str = "A4", language: str = "en",
                        record=None, reprint: bool = False) -> bytes:
    """The ward's bedside sheet and label. A blocked preparation prints BLOCKED and no label,
    which says that something is wrong but not which arm it is. The label is final once the
    record was independently checked and weighed, as for any other preparation."""
    t = translator(language)
    S = _styles()
    view = preparation.view
    p = lambda text, style="body": Paragraph(rich(text), S[style])  # noqa: E731

    def story(width):
        content = [p(t("Infusion sheet - blinded trial"), "h1")]
        half = (width - 4 * mm) / 2
        content.append(_grid([
            [p(t("Patient"), "bold"), p(view.patient_name or "—", "big"), p(t("Patient ID"), "bold"),
             p(view.patient_id or "—", "big")],
            [p(t("Body weight")), p(display.quantity(view.weight, view.weight.units)), p(t("Code"), "bold"),
             p(view.code, "big")],
            [p(t("Product")), p(view.label_product), p(t("Protocol")), p(view.protocol_name)],
        ], [half * 0.3, half * 0.7, half * 0.3, half * 0.7], header=False))
        content.append(p(t("Infusion"), "h2"))
        content.append(_grid([
            [p(t("Final volume"), "bold"), p(display.quantity(view.final_volume, ML, 4), "big")],
            [p(t("Rate"), "bold"), p(f"{display.quantity(view.rate, ML_PER_MIN)} = "
                                     f"{display.quantity(view.rate, ML_PER_H)}", "big")],
            [p(t("Duration"), "bold"), p(display.duration(view.duration), "big")],
            [p(t("Start infusion by"), "bold"), p(display.clock(view.latest_start), "big")],
            [p(t("Use by"), "bold"), p(display.clock(view.use_by), "big")],
        ], [width * 0.3, width * 0.7], header=False, shade_first_col=True))
        content.append(p(t("Line and filter"), "h2"))
        content += [p(f"• {t(text)}", "bold") for text in view.line_requirements]
        return content + bedside_sections(t, S, width, view.duration, prepared_by="")

    weighing = record.weighing if record else None
    blocked = preparation.blocked or (weighing is not None and not weighing.within)
    stamp_text = ("BLOCKED - NOT FOR ADMINISTRATION" if blocked else
                  "DRAFT - NOT VERIFIED" if not (record and record.checked_by) else
                  "DRAFT - NOT WEIGHED" if weighing is None else None)
    stamp = None if stamp_text is None else (stamp_text, colors.HexColor("#b00000") if blocked else SLATE)
    page = _Page(title=f"Blinded infusion sheet {view.code}", subject=view.protocol_name,
                 heading=f"{t('Code')} {view.code}",
                 footer=f"mscprep {__version__} · {t('Code')} {view.code} · {t('protocol')} {view.protocol_id}",
                 stamp=stamp, reprint=reprint)
    labels = [] if blocked else [view]
    banner = " · ".join(t(text) for text in ([stamp_text] if stamp_text else []) + (["REPRINT"] if reprint else []))
    return _render(story, page, PAPERS[paper], t, labels,
                   lambda canvas, entry: draw_blinded_label(canvas, entry, t, banner), output)


def write_pharmacy_sheet(preparation: BlindedPreparation, output, *, paper: str = "A4", language: str = "en") -> bytes:
    """The unblinded pharmacy's preparation sheet: the arm and how to prepare it. Never
    sent to the ward; it prints no bag label (the blinded label is the only one)."""
    from .sheet import write_sheet
    if preparation.arm == "active":
        return write_sheet(preparation.plan, output, paper=paper, language=language, with_label=False,
                           banner_note=f"UNBLINDED PHARMACY COPY - {preparation.code}: ACTIVE")
    t = translator(language)
    S = _styles()
    plan, view = preparation.plan, preparation.view
    blinding = plan.protocol.blinding
    diluent = defaults_table()["diluents"][plan.diluent]["label"]
    p = lambda text, style="body": Paragraph(rich(text), S[style])  # noqa: E731

    def story(width):
        return [p(t("Pharmacy preparation - blinded trial"), "h1"),
                p(f"{t('Code')} {view.code}: PLACEBO", "warn"),
                p(f"{t('Patient')}: {view.patient_name or '—'} ({view.patient_id or '—'})", "bold"),
                p(t("Prepare {volume} of {diluent} (no cells).").format(
                    volume=display.quantity(plan.final_volume, ML, 4), diluent=t(diluent)), "big"),
                p(f"{t('Appearance')}: {blinding.appearance}"),
                p(f"{t('Rate')}: {display.quantity(plan.rate, ML_PER_MIN)} = {display.quantity(plan.rate, ML_PER_H)}; "
                  f"{t('Duration')}: {display.duration(plan.duration)}; {t('Use by')}: {display.clock(plan.use_by)}"),
                p(t("Label the bag with the blinded label only. Keep this sheet in the pharmacy."), "bold"),
                p(blinding.source, "small")]

    page = _Page(title=f"Pharmacy copy {view.code}", subject=view.protocol_name, heading=f"{t('Code')} {view.code}",
                 footer=f"mscprep {__version__} · {t('Code')} {view.code} · UNBLINDED",
                 stamp=(f"UNBLINDED PHARMACY COPY - {view.code}: PLACEBO", colors.HexColor("#6a1b9a")), reprint=False)
    return _render(story, page, PAPERS[paper], t, [], None, output)
