"""From the form (field key -> text, as typed or as flags) to PlanInputs.

Protocol defaults fill what the user left empty; what the user enters replaces a default;
limits the user enters can tighten the protocol's, never loosen them. Every problem is
collected, so a form can mark all bad fields at once; nothing here computes a result.
"""

from __future__ import annotations

from datetime import datetime
from typing import Mapping

from .. import clock, display
from ..defaults import app_defaults
from ..errors import InputError, message
from ..form.fields import FIELD_BY_KEY
from ..protocol.definitions import LIMIT_SPECS, NO_PROTOCOL, Limit, Protocol
from ..protocol.limits import fresh_window, limit_text, merge, tissue_limits
from ..protocol.loader import ProtocolSet, find_protocol
from ..units import CELL_PER_KG
from . import findings
from .model import DRAW_THEN_DILUTE, ContainerSpec, CounterCount, HemocytometerCount, Identity, LabelCount, PlanInputs

# Fields that describe one thing together: entering any of them replaces the protocol's
# defaults for all of them (a counter read-out replaces the label figures, etc.).
_GROUPS = (
    frozenset({"concentration", "cells_in_product", "product_volume", "hemocytometer",
               "dead", "dilution_factor"}),
    frozenset({"final_concentration", "final_volume"}),
    frozenset({"rate", "duration", "product_rate"}),
)
# What a choice means when neither the user nor the protocol sets it.
CHOICE_DEFAULTS = {"basis": "viable", "dilution_mode": "bag", "administration": "pump",
                   "filter": "standard_blood_set", "irradiated": "no"}
_ENTERED_LIMITS = {"dose_cap": "dose_cap", "min_viability": "min_viability",
                   "max_rate": "max_rate", "dmso_limit": "dmso_limit", "stability": "stability",
                   "max_container_volume": "max_container_volume"}



def _din_field(text: str, key: str):
    """issue 25: a scanned DIN goes through the ISBT 128 router (imported when a DIN is typed)."""
    from ..scan import din_field
    return din_field(text, key)

def _texts_in_use(raw: Mapping[str, str], protocol: Protocol) -> tuple[dict[str, str], set[str]]:
    entered = {k: str(v) for k, v in raw.items() if v is not None and str(v).strip()}
    texts: dict[str, str] = {}
    defaulted: set[str] = set()
    for key, text in protocol.defaults.items():
        group = next((g for g in _GROUPS if key in g), frozenset({key}))
        if not group & entered.keys():
            texts[key] = text
            defaulted.add(key)
    texts.update(entered)
    return texts, defaulted


def container_dins_problem(values: dict, errors: list) -> None:
    """Each container's DIN once: a DIN already given as the first container's (the DIN
    field) or earlier in the list is the same bag scanned twice (issue 24)."""
    if "container_dins" not in values:
        return
    first = str(values.get("din") or "")[:13]
    seen = {first} if first else set()
    for din in values["container_dins"]:
        if din[:13] in seen:
            where = ("the first container's DIN (field DIN)" if din[:13] == first
                     else "already scanned in this field")
            errors.append(("container_dins", f"DIN {din[:13]} is {where}: the same container was scanned twice; "
                           "scan the DIN of each other container"))
            return
        seen.add(din[:13])


def build_inputs(raw: Mapping[str, str], protocols: ProtocolSet | None = None,
                 now: datetime | None = None, dmso_earlier: tuple = ()) -> PlanInputs:
    """Parse and check a whole form; raise InputError listing every problem found. With
    `now`, times that cannot have happened yet (a thaw, a previous dose) are refused."""
    protocol = (protocols.get(raw.get("protocol")) if protocols is not None
                else find_protocol(raw.get("protocol")))
    texts, defaulted = _texts_in_use(raw, protocol)
    texts.pop("protocol", None)
    errors: list[tuple[str, str]] = []
    values: dict[str, object] = {}

    for key, text in texts.items():
        spec = FIELD_BY_KEY.get(key)
        if spec is None:
            errors.append((key, message("is not an input this program knows")))
            continue
        try:
            values[key] = _din_field(text, key) if key == "din" and text.strip() else spec.parse(text)
        except InputError as error:
            errors.append((key, error.message))

    def need(key: str, message: str) -> None:
        if key not in values and not any(k == key for k, _ in errors):
            errors.append((key, message))

    def refuse(key: str, message: str) -> None:
        if not any(k == key for k, _ in errors):
            errors.append((key, message))

    container_dins_problem(values, errors)
    need("weight", message("is required (patient body weight, e.g. 60 kg)"))
    need("dose", message("is required: per kg (e.g. 2e6 cell/kg) or a fixed total (e.g. 1e8 cell)"))
    for key, default in CHOICE_DEFAULTS.items():
        values.setdefault(key, default)
    basis = values["basis"]

    tissue = values.get("source_tissue", protocol.source_tissue)
    dmso = values.get("dmso")
    # The tissue's ceilings hold unless the protocol's are stricter: a source tissue
    # entered in the form can lower a ceiling, never raise it.
    base, _ = merge(dict(protocol.limits), tissue_limits(tissue))
    if dmso and "stability" not in base and "dmso_stability" in base:
        # A product still holding DMSO keeps only this long unless its protocol says otherwise.
        window = base["dmso_stability"]
        base["stability"] = Limit("stability", window.value, window.source, window.origin)
    if protocol.id == NO_PROTOCOL and "stability" not in base and not dmso and "thawed_at" not in values:
        # A fresh product planned without a protocol: the site's window from defaults.toml
        # [no_protocol] (with its source), counted from the recorded end of preparation.
        window = fresh_window()
        if window is not None:
            base["stability"] = window

    # Entered limits, combined with the protocol's (never loosened).
    entered_limits: dict[str, Limit] = {}
    for key, limit_key in _ENTERED_LIMITS.items():
        if key in values and key not in defaulted:
            entered_limits[limit_key] = Limit(limit_key, values[key], _entered(key), "entered")
    if "max_dose" in values:
        max_dose = values["max_dose"]
        limit_key = "max_dose_per_kg" if max_dose.dimensionality == CELL_PER_KG.dimensionality else "max_dose"
        entered_limits[limit_key] = Limit(limit_key, max_dose, _entered("max_dose"), "entered")
    limits, looser = merge(base, entered_limits)
    notices = tuple(_looser_notice(entered, kept) for entered, kept in looser)

    count = _cell_count(values, basis, limits, errors)
    method = protocol.method or DRAW_THEN_DILUTE
    _check_dilution(values, errors, refuse)
    _check_method(method, values, defaulted, refuse)
    _check_speed(values, errors, refuse, defaulted)
    containers = _containers(values, protocol, defaulted, refuse)
    _check_body(protocol, values, need, refuse)
    if protocol.course is None:
        for key in ("dose_number", "previous_dose_at"):
            if key in values:
                refuse(key, message("applies to protocols with a treatment course only"))
    if "thawed_at" in values and "stability" not in limits:
        refuse("stability", message("is needed to compute the use-by time from the thaw time "
               "(the protocol gives no window)"))
    if now is not None:
        for key, template in (("thawed_at", "{when} is later than now ({now}): a thaw cannot be in the future"),
                              ("prepared_at", "{when} is later than now ({now}): the end of preparation cannot "
                                              "be in the future"),
                              ("previous_dose_at", "{when} is later than now ({now}): a previous dose cannot be "
                                                   "in the future")):
            if key in values and clock.before(now, values[key]):
                refuse(key, message(template, when=clock.text(values[key]), now=clock.text(now)))
    thawed = bool(dmso) or bool(protocol.product and protocol.product.thawed)
    if (thawed or "thawed_at" in values) and "prepared_at" in values:
        refuse("prepared_at", message("applies to a fresh product; this one is thawed, so its use-by counts from the "
               "thaw time (thawed_at)"))
    if "max_container_volume" in limits and method.kind != "draw_then_dilute":
        refuse("max_container_volume", message("does not apply: the protocol's preparation method fills one container"))

    if errors:
        raise InputError.collected(errors)
    if not thawed and "thawed_at" not in values and "prepared_at" not in values and now is not None:
        # A fresh product's use-by counts from the end of preparation: not entered, it is now,
        # written into the inputs as used so that the record keeps it (a reprint and the
        # double check count from the same moment).
        values["prepared_at"] = clock.instant(now).replace(microsecond=0)
        texts["prepared_at"] = clock.iso(values["prepared_at"], timespec="seconds")

    identity = Identity(
        patient_name=values.get("patient_name", ""), patient_id=values.get("patient_id", ""),
        din=values.get("din", ""), container_dins=tuple(values.get("container_dins", ())),
        product_code=values.get("product_code", ""),
        prepared_by=values.get("prepared_by", ""),
        source_tissue=tissue,
        donor=values.get("donor", protocol.donor))
    return PlanInputs(
        protocol=protocol, identity=identity, weight=values["weight"],
        dose_order=values["dose"], basis=basis, count=count,
        available=values.get("available"),
        final_concentration=values.get("final_concentration"),
        final_volume=values.get("final_volume"),
        diluent=values.get("diluent"), dilution_mode=values["dilution_mode"],
        in_line_ratio=values.get("in_line_ratio"),
        rate=values.get("rate"), duration=values.get("duration"),
        product_rate=values.get("product_rate"),
        administration=values["administration"],
        drop_factor=values.get("drop_factor"),
        filter=values["filter"], irradiated=values["irradiated"] == "yes",
        dmso_fraction=values.get("dmso"), thawed_at=values.get("thawed_at"),
        prepared_at=values.get("prepared_at"),
        dose_number=values.get("dose_number"), previous_dose_at=values.get("previous_dose_at"),
        containers=containers, method=method,
        thawed=thawed,
        limits=limits, notices=notices,
        entered={k: texts[k] for k in texts}, defaulted=frozenset(defaulted), dmso_earlier=tuple(dmso_earlier),
        height=values.get("height"), sex=values.get("sex"))


def _check_body(protocol: Protocol, values: dict, need, refuse) -> None:
    """Height and sex: required when the protocol doses on ideal or adjusted body weight,
    refused otherwise (they would change nothing)."""
    from ..form.disclosure import needs_height
    from .dosing_weight import DEVINE_MIN_HEIGHT
    if not needs_height(protocol):
        for key in ("height", "sex"):
            if key in values:
                refuse(key, message("applies only to a protocol that doses on ideal or adjusted body weight"))
        return
    basis = protocol.dosing_weight.basis
    need("height", message("is required: the protocol doses on {basis} body weight (Devine's formula needs height "
                           "and sex)", {"basis": basis}))
    need("sex", message("is required: the protocol doses on {basis} body weight (Devine's formula differs for women "
                        "and men)", {"basis": basis}))
    height = values.get("height")
    if height is not None and height < DEVINE_MIN_HEIGHT:
        refuse("height", message("{height} is below 152.4 cm (5 ft), where Devine's ideal body weight is not defined: "
                                 "the protocol's dosing weight cannot be computed; ask the prescriber",
                                 height=display.quantity(height, height.units, 4)))


def _looser_notice(entered: Limit, kept: Limit):
    """An entry looser than the protocol's limit: noted (the protocol's applies), or, for a
    window that sets a use-by, a hard finding (see LimitSpec.refuse_looser)."""
    spec = LIMIT_SPECS[entered.key]
    if spec.refuse_looser:
        return findings.make("stability_too_long", "The entered {what} of {entered} is longer than allowed ({kept}): "
                             "correct the entry; the product does not keep that long.", limit=limit_text(kept),
                             source=kept.source, words={"what": spec.description}, entered=limit_text(entered),
                             kept=limit_text(kept))
    return findings.make("limit_kept", "The entered {what} ({entered}) is looser than the protocol's ({kept}); "
                         "the protocol's applies.", limit=limit_text(kept), source=kept.source,
                         words={"what": spec.description}, entered=limit_text(entered), kept=limit_text(kept))


def _entered(key: str) -> str:
    return f"entered: {FIELD_BY_KEY[key].label}"


def _cell_count(values: dict, basis: str, limits: dict, errors: list):
    viability = values.get("viability")
    methods = [name for name, keys in (("counter", ("concentration",)),
                                       ("label", ("cells_in_product", "product_volume")),
                                       ("hemocytometer", ("hemocytometer", "dead", "dilution_factor")))
               if any(k in values for k in keys)]
    if not methods:
        if not any(k in ("concentration", "cells_in_product", "product_volume", "hemocytometer",
                         "dead", "dilution_factor") for k, _ in errors):
            errors.append(("concentration", message("a cell count is required: a counter read-out "
                           "(concentration), the label (cells in product and product volume) "
                           "or hemocytometer counts")))
        return None
    if len(methods) > 1:
        errors.append(("concentration", message("give one cell count, not {methods}", {"methods": tuple(methods)},
                                                joiner=" and ")))
        return None
    method = methods[0]
    # The app-wide release floor checks a viability that is known; only a protocol's or an
    # entered release specification makes one required (a licensed product dosed by its
    # label count has none at the bedside).
    release_limit = limits.get("min_viability")
    needs_viability = basis == "viable" or (release_limit is not None and release_limit.origin != "defaults")
    if method == "hemocytometer":
        if "hemocytometer" not in values:
            errors.append(("hemocytometer", message("the unstained (viable) counts per square are required")))
            return None
        if "dilution_factor" not in values:
            errors.append(("dilution_factor", message("is required with hemocytometer counts (e.g. 2 for 1:1 trypan blue)")))
            return None
        viable, dead = values["hemocytometer"], values.get("dead")
        least = app_defaults().hemocytometer_min_squares
        if len(viable) < least:
            errors.append(("hemocytometer", message(
                ("has {count} squares; count at least {least} large squares (too few give an unreliable mean)"
                 if len(viable) != 1 else
                 "has {count} square; count at least {least} large squares (too few give an unreliable mean)"),
                count=len(viable), least=least)))
            return None
        if sum(viable) == 0:
            errors.append(("hemocytometer", message("no viable cells counted; the concentration would be zero")))
            return None
        if dead is not None and len(dead) != len(viable):
            errors.append(("dead", message("has {count} counts for {squares} squares; count the same squares",
                                           count=len(dead), squares=len(viable))))
            return None
        if dead is not None and viability is not None:
            errors.append(("viability", message("leave empty: viability comes from the stained and unstained counts")))
            return None
        if dead is None and viability is None:
            # Unstained counts give viable cells only: the total needs the stained counts or a viability.
            errors.append(("dead", message("stained (dead) counts or a viability are needed")))
            return None
        return HemocytometerCount(viable, dead, values["dilution_factor"], viability)
    if viability is None and needs_viability:
        why = ("the dose counts viable cells" if basis == "viable"
               else "the release specification needs it")
        errors.append(("viability", message("is required: {why}", {"why": why})))
        return None
    if method == "label":
        missing = [k for k in ("cells_in_product", "product_volume") if k not in values]
        if missing:
            errors.append((missing[0], message("is required with a label count (cells in a volume)")))
            return None
        return LabelCount(values["cells_in_product"], values["product_volume"], viability)
    return CounterCount(values["concentration"], viability)


def _check_dilution(values: dict, errors: list, refuse) -> None:
    if "final_concentration" in values and "final_volume" in values:
        refuse("final_volume", message("give a final concentration or a final volume, not both"))
    in_line = values["dilution_mode"] == "in_line"
    if in_line:
        for key in ("final_concentration", "final_volume"):
            if key in values:
                refuse(key, message("does not apply to in-line dilution; the in-line ratio sets the diluent"))
        if "in_line_ratio" not in values:
            refuse("in_line_ratio", message("is required for in-line dilution (e.g. 3)"))
    else:
        for key in ("in_line_ratio", "product_rate"):
            if key in values:
                refuse(key, message("applies to in-line dilution only (dilution: in_line)"))


def _check_method(method, values: dict, defaulted, refuse) -> None:
    """A label's own preparation method sets the dilution: an entered target would be a
    second, conflicting one."""
    if method.kind == "draw_then_dilute":
        return
    for key in ("final_concentration", "final_volume", "in_line_ratio"):
        if key in values and key not in defaulted:
            refuse(key, message("does not apply: the protocol's preparation method sets the dilution"))
    if values.get("dilution_mode") == "in_line":
        refuse("dilution_mode", message("in-line dilution does not apply: the protocol's preparation method sets the dilution"))


def _containers(values: dict, protocol: Protocol, defaulted, refuse) -> ContainerSpec | None:
    """The containers the product comes in: the protocol's [product], what the form says
    for a site's own product, or a lot certificate's figures replacing the label's."""
    product = protocol.product
    kind = values.get("container") or (product.container if product else None)
    if kind is None:
        for key in ("container_volume", "dead_volume", "containers_available"):
            if key in values:
                refuse(key, message("needs the product's container (bag, vial or syringe)"))
        return None
    label_count = "product_volume" in values and "cells_in_product" in values
    volume = (values.get("container_volume") or (values["product_volume"] if label_count else None)
              or (product.container_volume if product else None))
    if volume is None:
        refuse("container_volume", message("is required: the volume in each container (e.g. 10.8 mL)"))
        return None
    dead = values.get("dead_volume", product.dead_volume if product else 0 * volume)
    if dead >= volume:
        refuse("dead_volume", message("must be less than the volume per container ({volume})",
                                      volume=display.any_quantity(volume, 4)))
        return None
    figures_keys = ("container_volume", "product_volume", "cells_in_product", "concentration")
    entered = any(key in values and key not in defaulted for key in figures_keys)
    source = (product.sources.get("container_volume", product.source) if product and not entered
              else "entered")
    return ContainerSpec(kind, volume, dead, "entered" if entered else "nominal", source,
                         values.get("containers_available"))


def _check_speed(values: dict, errors: list, refuse, defaulted=frozenset()) -> None:
    if values.get("administration") == "gravity" and values.get("dilution_mode") == "in_line":
        refuse("administration", message("gravity cannot run in-line dilution: two streams cannot share one drip count; "
               "use pumps for the product and the diluent"))
    if "drop_factor" in values and "drop_factor" not in defaulted and values.get("administration") != "gravity":
        refuse("drop_factor", message("applies to a gravity set only (administration: gravity)"))
    given = [k for k in ("rate", "duration", "product_rate") if k in values]
    if len(given) > 1:
        refuse(given[1], message("give one of rate, duration or product flow, not {given}", {"given": tuple(given)},
                                 joiner=" and "))
    elif not given and not any(k in ("rate", "duration", "product_rate") for k, _ in errors):
        errors.append(("rate", message("a rate or a duration is required (e.g. 4 mL/min or 30 min)")))
