"""The one shape of every preparation (an intravenous plan, a plan split into bags, a
blinded active or placebo arm, a nebulized aliquot plan).

The CLI, the GUI, the sheet and label, the records, the gravimetric check and the self-test
use only what is declared here; which kind a preparation is matters only in kinds/, where
each kind is built. Adding a kind touches one module and its tests.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Mapping, NamedTuple, Protocol as Interface, runtime_checkable

from .. import clock
from ..protocol.definitions import Limit, Protocol
from .findings import Finding, apply_overrides
from .model import Identity


class Row(NamedTuple):
    """One result as shown: a stable key, its label (English, translated where shown) and
    the value as text, rounded for display."""
    key: str
    label: str
    value: str


@dataclass(frozen=True)
class Container:
    """What is filled and labelled: the one bag or syringe, each bag of a split preparation,
    each aliquot of a nebulized course."""
    number: int
    of: int
    volume: object                     # what the container holds
    cells: object | None = None        # cells in it; None where the product is not counted
    duration: object | None = None     # its infusion time
    latest_start: datetime | None = None
    due: datetime | None = None        # when it is given (aliquots)


@dataclass(frozen=True)
class Infusion:
    """The infusion on the clock: for the timeline and the bedside."""
    final_volume: object
    duration: object
    use_by: datetime | None
    latest_start: datetime | None

    def end_if_started(self, start: datetime) -> datetime:
        return clock.later(start, self.duration)


@runtime_checkable
class Preparation(Interface):
    kind: str                          # for JSON and records; never branched on outside kinds/
    computed_at: datetime
    findings: tuple[Finding, ...]      # with the typed reasons attached
    reasons: Mapping[str, str]         # finding code -> typed reason

    @property
    def protocol(self) -> Protocol: ...

    @property
    def identity(self) -> Identity: ...

    @property
    def entered(self) -> Mapping[str, str]:
        """Every field's text as used (protocol defaults included)."""

    @property
    def limits(self) -> Mapping[str, Limit]:
        """The limits that apply (protocol, app defaults and entered ones combined)."""

    @property
    def plan_id(self) -> str: ...

    @property
    def containers(self) -> tuple[Container, ...]: ...

    @property
    def line_requirements(self) -> tuple[str, ...]:
        """Filter and line requirements at the bedside (none for a nebulized product)."""

    @property
    def infusion(self) -> Infusion | None: ...

    @property
    def weighed_volume(self):
        """What the weighed container(s) should hold, for the gravimetric check."""

    @property
    def identity_required(self) -> tuple[str, ...]:
        """The identity fields (form keys) release needs: see identity.py."""

    @property
    def audiences(self) -> tuple[str, ...]:
        """The documents this preparation prints: "sheet", or "ward" and "pharmacy"."""

    def with_reasons(self, reasons: Mapping[str, str]) -> "Preparation":
        """The same preparation with these typed reasons attached to its findings."""

    def rows(self) -> tuple[Row, ...]: ...

    def record_inputs(self) -> dict[str, str]:
        """The texts a record keeps and a double check is compared against."""

    def to_dict(self) -> dict:
        """The JSON form (CONTRACT.md keys, plus added ones), unrounded."""

    def document(self, audience: str | None = None):
        """What is printed for `audience` (default: the first of `audiences`), as data."""


class OwnFindings:
    """Shared by the kinds that hold their findings themselves (`checked`: before reasons;
    `findings`: with them) and their entered texts."""

    def with_reasons(self, reasons: Mapping[str, str]):
        return replace(self, reasons=dict(reasons), findings=tuple(apply_overrides(list(self.checked), reasons)))

    def with_findings(self, extra) -> "OwnFindings":
        """The same preparation with findings made outside the computation (the records: a
        DIN already used for another patient), reasons applied as to every finding."""
        checked = tuple(self.checked) + tuple(extra)
        return replace(self, checked=checked, findings=tuple(apply_overrides(list(checked), self.reasons)))

    def record_inputs(self) -> dict[str, str]:
        return dict(self.entered, protocol=self.protocol.id)
