"""Balance addresses: `serial:///dev/ttyUSB0?protocol=mt-sics&baud=9600` or
`tcp://HOST:PORT?protocol=sbi`."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from ..errors import message

PROTOCOLS = ("mt-sics", "sbi")
BAUDS = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)


class BalanceURLError(ValueError):
    pass


@dataclass(frozen=True)
class BalanceURL:
    transport: str          # "serial" or "tcp"
    protocol: str           # "mt-sics" or "sbi"
    port: str = ""          # serial device (/dev/ttyUSB0, COM3)
    host: str = ""
    tcp_port: int = 0
    baud: int = 9600
    parity: str = "N"       # N, E, O: MT-SICS ships 8N1; Sartorius SBI often 7O1
    bits: int = 8
    stop: int = 1

    def __str__(self) -> str:
        if self.transport == "tcp":
            return f"tcp://{self.host}:{self.tcp_port}?protocol={self.protocol}"
        return f"serial://{self.port}?protocol={self.protocol}&baud={self.baud}"


def parse_url(text: str) -> BalanceURL:
    """The balance address; BalanceURLError says what is wrong in one sentence."""
    text = str(text).strip()
    parts = urlsplit(text)
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    unknown = set(query) - {"protocol", "baud", "parity", "bits", "stop"}
    if unknown:
        raise BalanceURLError(message("'{text}': unknown setting {names} (protocol, baud, parity, bits, stop)", text=text,
                                      names=", ".join(sorted(unknown))))
    protocol = query.get("protocol", "").lower()
    if protocol not in PROTOCOLS:
        raise BalanceURLError(message("'{text}': say which protocol the balance speaks: ?protocol=mt-sics or "
                                      "?protocol=sbi", text=text))
    if parts.scheme == "tcp":
        if not parts.hostname or parts.port is None:
            raise BalanceURLError(message("'{text}': a network balance is tcp://HOST:PORT?protocol=...", text=text))
        return BalanceURL("tcp", protocol, host=parts.hostname, tcp_port=parts.port)
    if parts.scheme == "serial":
        port = (parts.netloc + parts.path) if parts.netloc else parts.path
        if not port:
            raise BalanceURLError(message("'{text}': a serial balance is serial:///dev/ttyUSB0?protocol=... "
                                          "(or serial://COM3?...)", text=text))
        try:
            baud = int(query.get("baud", "9600"))
            bits = int(query.get("bits", "8"))
            stop = int(query.get("stop", "1"))
        except ValueError:
            raise BalanceURLError(message("'{text}': baud, bits and stop are whole numbers", text=text)) from None
        parity = query.get("parity", "N").upper()
        if baud not in BAUDS or bits not in (7, 8) or stop not in (1, 2) or parity not in ("N", "E", "O"):
            raise BalanceURLError(message("'{text}': baud {bauds}, bits 7 or 8, parity N, E or O, stop 1 or 2",
                                          text=text, bauds="/".join(map(str, BAUDS))))
        return BalanceURL("serial", protocol, port=port, baud=baud, parity=parity, bits=bits, stop=stop)
    raise BalanceURLError(message("'{text}': a balance address starts serial:// or tcp://", text=text))
