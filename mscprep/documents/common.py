"""Sections that several documents share: the bedside part (checklist, monitoring, response
to deterioration, observation period), signatures, line and filter, findings, inputs."""

from __future__ import annotations

from .. import display
from ..defaults import app_defaults
from ..form.fields import FIELD_BY_KEY
from ..units import MIN
from .model import (Clock, Bullets, Checkboxes, Fact, Facts, FindingsTable, Heading, KeepTogether, PageBreak,
                    Paragraph, Slot, Steps, T, Table, Text)


def monitoring_times(duration) -> list[Text]:
    """When to record vital signs, relative to the start of the infusion (site settings)."""
    monitoring = app_defaults().monitoring
    total = float(duration.m_as(MIN))
    first = float(monitoring.first_check_after_start.m_as(MIN))
    every = float(monitoring.every.m_as(MIN))
    times = [T("before start")]
    moment = first
    # an infusion longer than any that can be prepared (implausible_result, blocked) lists its
    # checks up to that length only: 0.001 mL/min for 5000 mL would be 333,000 rows
    longest = float(app_defaults().plausible["duration"][1].m_as(MIN))
    while moment < min(total, longest):
        times.append(T("start + {minutes} min", minutes=display.significant(moment)))
        moment += every
    times.append(T("end of infusion (start + {minutes} min)", minutes=display.significant(total)))
    times += [T("end + {time}", time=display.duration(after)) for after in monitoring.after_end]
    return times


def signatures(prepared_by: str, roles: tuple[str, ...] = ("prepared", "checked", "administered")) -> list:
    names = {"prepared": ("Prepared by", prepared_by), "checked": ("Checked by (independent double check)",
                                                                   Slot("checked_by")),
             "administered": ("Administered by", "")}
    rows = tuple((T(names[role][0]), names[role][1], "", "") for role in roles)
    return [KeepTogether((Heading(T("Signatures")),
                          Table((T("Role"), T("Name"), T("Signature"), T("Date and time")), rows,
                                (0.3, 0.25, 0.25, 0.2), row_height=10)))]


def intended_use() -> Paragraph:
    """What every sheet says of the program itself (the About box shows the same text)."""
    return Paragraph(T(app_defaults().intended_use), "small")


def bedside(duration, prepared_by: str, extra_checklist: tuple[str, ...] = ()) -> list:
    """Checklist (with the protocol's own items), vital-sign monitoring, response to
    deterioration, observation period and signatures: the same for every intravenous sheet."""
    defaults = app_defaults()
    heads = (T("When"), T("Clock time"), "BP", "HR", "SpO₂", "RR", "Temp", T("Initials"))
    column = 0.7 / 7
    monitoring = Table(heads, tuple((when,) + ("",) * 7 for when in monitoring_times(duration)),
                       (0.3,) + (column,) * 7, row_height=7, zebra=True)
    response = defaults.response
    return [
        PageBreak(),
        Heading(T("Pre-administration checklist")),
        Checkboxes(tuple(T(item) for item in defaults.checklist.items + tuple(extra_checklist))),
        Paragraph(defaults.checklist.source, "small"),
        Heading(T("Vital-sign monitoring")),
        monitoring,
        Paragraph(T("Observation period after the infusion: {period}. {source}",
                    period=display.duration(defaults.monitoring.observation_period),
                    source=defaults.monitoring.source), "small"),
        KeepTogether((Heading(T("If the patient deteriorates")),
                      Steps(tuple(T(step) for step in response.items), strong=True),
                      Paragraph(response.source, "small"))),
        *signatures(prepared_by),
    ]


def line_and_filter(requirements: tuple[str, ...]) -> list:
    return [Heading(T("Line and filter")), Bullets(tuple(T(text) for text in requirements))]


def findings(found) -> list:
    return [Heading(T("Findings")), FindingsTable(tuple(found))]


def inputs_table(entered: dict, defaulted, default_sources: dict) -> list:
    rows = []
    for key, text in entered.items():
        label = FIELD_BY_KEY[key].label if key in FIELD_BY_KEY else key
        if key in defaulted:
            source = default_sources.get(key)
            origin = T("protocol default ({source})", source=source) if source else T("protocol default")
        else:
            origin = T("entered")
        rows.append((T(label), text, origin))
    return [Heading(T("Inputs as entered")),
            Table((T("Input"), T("Entered"), T("From")), tuple(rows), (0.28, 0.3, 0.42))]


def identity_facts(rows: list[tuple]) -> Facts:
    """The identity block: pairs of (label, value), two per line; the first line strong."""
    facts = []
    for number, (label, value) in enumerate(rows):
        facts.append(Fact(T(label), value if value not in ("", None) else "—", strong=number < 2))
    return Facts(tuple(facts), per_row=2)


def clock_of(plan) -> Clock | None:
    """The use-by of an intravenous plan, kept so that printing can ask again."""
    if plan.use_by is None:
        return None
    stability = plan.limits.get("stability")
    return Clock(plan.use_by, plan.latest_start, float(plan.duration.m_as(MIN)),
                 float(stability.value.m_as(MIN)) if stability else None, stability.source if stability else None)


def isbt_label_fields(identity) -> dict:
    """What the bag label carries for ISBT 128 (issue 25): the product code, the class name of
    the source tissue (MSC(M), MSC(AT), MSC(CB), MSC(WJ)) and the patient ID for its barcode."""
    return {"product_code": identity.product_code or "", "patient_id": identity.patient_id or "",
            "isbt_class": app_defaults().tissue(identity.source_tissue).isbt_class}
