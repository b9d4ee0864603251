"""A balance on a serial port or TCP: its identity, a stable reading, a reading pressed out
by its own print key, and the readability rule."""

from __future__ import annotations

import time
from dataclasses import dataclass
from decimal import Decimal

from ..errors import message, message_of
from ..units import G, ureg
import mscprep.devices.mtsics as mtsics
import mscprep.devices.sbi as sbi
from .mtsics import ReplyError
from .transport import SerialTransport, TcpTransport, TransportError
from .url import BalanceURL, BalanceURLError, parse_url

PROTOCOLS = {"mt-sics": mtsics, "sbi": sbi}
DEFAULT_TIMEOUT_S = 30.0        # used when the site's defaults.toml [balance] gives none
IDENTITY_TIMEOUT_S = 1.5        # a balance that does not answer I2/I4 (or ESC x1_) has no stated identity
RETRY_PAUSE_S = 0.25            # between asking again for a stable weight


class BalanceError(Exception):
    """No reading: one sentence saying why (nothing is recorded)."""

    def __init__(self, message: str, code: str = "error"):
        super().__init__(message)
        self.code = code        # overload, underload, unstable, timeout, unit, unreachable, error, garbage, address


@dataclass(frozen=True)
class Reading:
    """One stable reading, as the balance sent it and converted to grams."""
    mass: object                # pint quantity in g
    unit_sent: str              # the unit the balance sent ("g", "kg", "mg", "lb")
    stable: bool
    raw: str                    # the reply line as received (without CR LF)
    model: str
    serial: str
    readability: object         # pint quantity in g: the step of the value's last decimal
    protocol: str
    address: str
    asked: bool = True          # False: pressed out by the balance's print key

    def as_json(self) -> dict:
        return {"value": float(self.mass.m_as(G)), "unit": "g", "stable": self.stable, "model": self.model,
                "serial": self.serial, "raw": self.raw, "readability_g": float(self.readability.m_as(G)),
                "unit_sent": self.unit_sent, "protocol": self.protocol, "balance": self.address,
                "source": "read from the balance, not typed"}

    def describe(self) -> str:
        """For the record: which balance, and the line it sent."""
        return (f"read from balance {self.model or 'model not stated'} s/n {self.serial or 'not stated'} "
                f"({self.protocol}, readability {_grams(self.readability)}): {self.raw.strip()!r}")


def _grams(quantity) -> str:
    return f"{Decimal(str(quantity.m_as(G))).normalize():f} g"


def readability_problem(readability, expected_net_mass, tolerance: float) -> str | None:
    """The readability rule: the balance's readability (its smallest step) must be no coarser
    than the weighing's tolerance in grams (expected net mass x tolerance; for containers
    weighed together the tolerance is already scaled to the smallest one). A 2 mL aliquot at
    5 % (density 1 g/mL) has 0.1 g: a 0.1 g balance is the coarsest accepted, a 1 g balance
    is refused. None when the balance is fine enough."""
    allowed = (expected_net_mass * tolerance).to(G)
    if readability.to(G) > allowed:
        return message("this balance reads in steps of {step}, too coarse for a tolerance of {allowed} "
                       "({tolerance} of {mass}): use a balance that reads {allowed} or finer",
                       step=_grams(readability), allowed=_grams(allowed), tolerance=f"{tolerance:.1%}",
                       mass=_grams(expected_net_mass))
    return None


def _mass(value: str, unit: str | None, raw: str):
    """The value in grams and its readability; BalanceError for a unit that is not a mass."""
    try:
        quantity_unit = ureg.Unit(unit)
        mass_unit = quantity_unit.dimensionality == G.dimensionality
    except Exception:       # pint raises several kinds for a symbol it does not know
        mass_unit = False
    if not mass_unit:
        raise BalanceError(message("the balance sends its reading in {unit}, not a mass unit: set it to weigh in g "
                                   "(line {line})", unit=repr(unit), line=repr(raw.strip())), "unit")
    decimals = -Decimal(value).as_tuple().exponent if "." in value else 0
    readability = ureg.Quantity(Decimal(1).scaleb(-decimals), quantity_unit)
    return (ureg.Quantity(float(value), quantity_unit).to(G),
            ureg.Quantity(float(readability.m), quantity_unit).to(G))


class Balance:
    def __init__(self, url: BalanceURL, transport):
        self.url = url
        self.protocol = PROTOCOLS[url.protocol]
        self.transport = transport
        self._model: str | None = None
        self._serial: str | None = None

    # --- identity ------------------------------------------------------------------------

    def _ask_identity(self, command: bytes, name: str) -> str:
        try:
            self.transport.drain()
            self.transport.write(command)
            line = self.transport.readline(IDENTITY_TIMEOUT_S)
        except TransportError as error:
            raise BalanceError(message_of(error), "unreachable") from None
        if line is None:
            return ""
        try:
            return self.protocol.parse_identity(line.decode("ascii", "replace"), name)
        except ReplyError:
            return ""

    def identity(self) -> tuple[str, str]:
        """(model, serial number), asked once; "" where the balance does not say."""
        if self._model is None:
            self._model = self._ask_identity(self.protocol.MODEL, "I2")
            self._serial = self._ask_identity(self.protocol.SERIAL, "I4")
        return self._model, self._serial

    # --- readings --------------------------------------------------------------------------

    def _reading(self, line: bytes, asked: bool) -> Reading | None:
        """A Reading from a stable line; None for an unstable one; BalanceError otherwise."""
        try:
            raw = line.decode("ascii")
        except UnicodeDecodeError:
            raise BalanceError(message("the balance sent bytes that are not text ({bytes}): check the baud rate, "
                                       "parity and protocol", bytes=repr(line[:20])), "garbage") from None
        try:
            weight = self.protocol.parse_weight(raw)
        except ReplyError as error:
            if error.code == "busy":
                return None
            raise BalanceError(message_of(error), error.code) from None
        if not weight.stable:
            return None
        mass, readability = _mass(weight.value, weight.unit, raw)
        model, serial = self.identity()
        return Reading(mass, weight.unit, True, raw, model, serial, readability, self.protocol.NAME, str(self.url),
                       asked)

    def read_stable(self, timeout: float | None = None) -> Reading:
        """Ask until the balance gives a stable weight; BalanceError past `timeout` seconds
        (default: the site's [balance] stable_timeout)."""
        timeout = default_timeout() if timeout is None else timeout
        self.identity()
        deadline = time.monotonic() + timeout
        last = ""
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                break
            try:
                self.transport.drain()
                self.transport.write(self.protocol.STABLE)
                line = self.transport.readline(left)
            except TransportError as error:
                raise BalanceError(message_of(error), "unreachable") from None
            if line is None:
                if not last:
                    raise BalanceError(message("the balance at {address} did not answer within {seconds} s: check "
                                               "that it is on, the cable, the protocol and the baud rate",
                                               address=self.url, seconds=f"{timeout:g}"), "timeout")
                break
            last = line.decode("ascii", "replace").strip() or last
            reading = self._reading(line, asked=True)
            if reading is not None:
                return reading
            time.sleep(min(RETRY_PAUSE_S, max(0.0, deadline - time.monotonic())))
        raise BalanceError(message("the balance did not settle within {seconds} s (last line {line}): shield it from "
                                   "draughts and vibration, and read again", seconds=f"{timeout:g}", line=repr(last)),
                           "unstable")

    def listen(self, timeout: float) -> Reading | None:
        """A line the balance sent unasked (its print key) within `timeout` seconds: a Reading
        when it was stable, None when nothing came; BalanceError for an unstable or bad line."""
        try:
            line = self.transport.readline(timeout)
        except TransportError as error:
            raise BalanceError(message_of(error), "unreachable") from None
        if line is None or not line.strip():
            return None
        reading = self._reading(line, asked=False)
        if reading is None:
            raise BalanceError(message("the balance's print key sent a reading that was not stable: wait for the "
                                       "stability sign and press it again"), "unstable")
        return reading

    def close(self) -> None:
        self.transport.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def default_timeout() -> float:
    from ..defaults import app_defaults
    setting = getattr(app_defaults(), "balance", None)
    return float(setting.stable_timeout.m_as("s")) if setting is not None else DEFAULT_TIMEOUT_S


def open_balance(address) -> Balance:
    """A balance at `address` (a URL string or BalanceURL); BalanceError when the address is
    wrong or the port or host cannot be opened."""
    try:
        url = address if isinstance(address, BalanceURL) else parse_url(address)
    except BalanceURLError as error:
        raise BalanceError(message_of(error), "address") from None
    try:
        if url.transport == "tcp":
            transport = TcpTransport(url.host, url.tcp_port)
        else:
            transport = SerialTransport(url.port, url.baud, url.bits, url.parity, url.stop)
    except TransportError as error:
        raise BalanceError(message_of(error), "unreachable") from None
    return Balance(url, transport)
