"""The dosing weight: the body weight a protocol's per-kg figures are on.

The default is the actual body weight. A protocol may dose on the ideal body weight
(Devine) or the adjusted body weight, and may cap the weight dosed on ([dosing_weight]).
Per-kg cell figures (the dose, its per-kg ceiling, cells/kg/min) use the dosing weight;
DMSO and fluid per kg stay on the actual weight (the DMSO label's "per kg body weight").

A weight computed from height is never above the actual weight: a patient lighter than
their ideal weight is dosed on what they weigh (the usual rule: the lesser of actual and
ideal), so that a per-kg dose never lands above its ceiling per kg of the real patient.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import display
from ..units import CM, KG, of

INCH_CM = 2.54
# Devine's formula is for adults: 5 ft and taller (below it the formula extrapolates to
# weights it was never meant for, and to nothing at all below about 95 cm).
DEVINE_MIN_HEIGHT = of(60 * INCH_CM, CM)
DEVINE = ("Devine BJ. Gentamicin therapy. Drug Intell Clin Pharm 1974;8:650-655: ideal body weight = 50 kg "
          "(men) or 45.5 kg (women) + 2.3 kg per inch of height over 5 ft")
ADJUSTED = ("Adjusted body weight = IBW + 0.4 × (actual − IBW); the 0.4 factor: Traynor AM, Nafziger AN, "
            "Bertino JS Jr. Antimicrob Agents Chemother 1995;39:545-548")
DEVINE_BASE_KG = {"male": 50.0, "female": 45.5}
KG_PER_INCH = 2.3
ADJUSTMENT = 0.4


@dataclass(frozen=True)
class DosingWeight:
    """The weight dosed on, how it was obtained, and where the formula comes from."""
    basis: str                  # actual | ideal | adjusted
    weight: object              # kg: what per-kg figures use
    actual: object              # kg
    ideal: object | None        # kg, Devine, when the basis needs it
    cap: object | None          # kg, the protocol's
    formula: str
    substitution: str
    source: str                 # the formula's source and the protocol's reason

    @property
    def is_actual(self) -> bool:
        return self.basis == "actual" and self.weight == self.actual


def ideal_body_weight(height, sex: str):
    """Devine (1974): 50 kg (men) or 45.5 kg (women) + 2.3 kg per inch over 5 ft."""
    inches = float(height.m_as(CM)) / INCH_CM
    return of(DEVINE_BASE_KG[sex] + KG_PER_INCH * (inches - 60.0), KG)


def adjusted_body_weight(actual, ideal):
    """IBW + 0.4 × (actual − IBW)."""
    ideal_kg = float(ideal.m_as(KG))
    return of(ideal_kg + ADJUSTMENT * (float(actual.m_as(KG)) - ideal_kg), KG)


def _kg(weight) -> str:
    return display.quantity(weight, KG, 4)


def dosing_weight(spec, actual, height=None, sex: str | None = None) -> DosingWeight:
    """The weight the protocol doses on (`spec` its [dosing_weight], None: actual weight).
    Height and sex are needed for ideal and adjusted (inputs.py asks for them)."""
    actual = actual.to(KG)
    if spec is None:
        return DosingWeight("actual", actual, actual, None, None, "dosing weight = actual body weight",
                            _kg(actual), "")
    ideal = None
    if spec.basis == "actual":
        computed, formula, numbers = actual, "actual body weight", _kg(actual)
        source = spec.source
    else:
        ideal = ideal_body_weight(height, sex)
        ibw = (f"IBW = {DEVINE_BASE_KG[sex]:g} kg + 2.3 kg × ({display.significant(float(height.m_as(CM)), 4)} cm "
               f"÷ 2.54 − 60 in) = {_kg(ideal)}")
        if spec.basis == "ideal":
            computed, formula = ideal, "the lesser of actual body weight and ideal body weight (IBW, Devine)"
            numbers = f"{ibw}; min({_kg(actual)}, {_kg(ideal)})"
            source = f"{DEVINE}. Protocol: {spec.source}"
        else:
            computed = adjusted_body_weight(actual, ideal)
            formula = ("the lesser of actual body weight and adjusted body weight = IBW + 0.4 × (actual − IBW) "
                       "(IBW: Devine)")
            numbers = (f"{ibw}; {_kg(ideal)} + 0.4 × ({_kg(actual)} − {_kg(ideal)}) = {_kg(computed)}; "
                       f"min({_kg(actual)}, {_kg(computed)})")
            source = f"{DEVINE}; {ADJUSTED}. Protocol: {spec.source}"
        computed = min(actual, computed)
    weight = computed
    if spec.cap is not None and spec.cap < weight:
        weight = spec.cap.to(KG)
    if spec.cap is not None:
        formula = f"dosing weight = {formula}, at most the cap of {_kg(spec.cap)}"
        numbers = f"{numbers}; min({_kg(computed)}, {_kg(spec.cap)})"
    else:
        formula = f"dosing weight = {formula}"
    return DosingWeight(spec.basis, weight, actual, ideal, spec.cap, formula, f"{numbers} = {_kg(weight)}", source)
