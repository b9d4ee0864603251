"""Byte streams to a balance: a serial port (pyserial) or a TCP socket. Lines end CR LF."""

from __future__ import annotations

import socket
import time

from ..errors import message


class TransportError(Exception):
    """The connection failed or closed; the message says which and why."""


class _Lines:
    """Line reading over `_read_some(timeout)`; keeps bytes that arrive after a line."""

    MAX_LINE = 256          # a balance line is 16-30 bytes; anything longer is not a reply

    def __init__(self):
        self._buffer = b""

    def readline(self, timeout: float) -> bytes | None:
        """One line without its CR LF, or None when none arrived within `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            for end in (b"\r\n", b"\n", b"\r"):
                index = self._buffer.find(end)
                if index >= 0 and not (end == b"\r" and index == len(self._buffer) - 1):
                    line, self._buffer = self._buffer[:index], self._buffer[index + len(end):]
                    return line
            if len(self._buffer) > self.MAX_LINE:
                garbage, self._buffer = self._buffer, b""
                return garbage
            left = deadline - time.monotonic()
            data = self._read_some(max(left, 0.0))     # at least one look, even with no time left
            if data:
                self._buffer += data
                continue
            if left <= 0:
                return None

    def drain(self) -> None:
        """Forget what arrived before a command (a stale line must not answer it)."""
        self._buffer = b""
        while self._read_some(0.0):
            pass


class SerialTransport(_Lines):
    def __init__(self, port: str, baud: int, bits: int = 8, parity: str = "N", stop: int = 1):
        super().__init__()
        import serial      # pyserial
        try:
            self._port = serial.Serial(port, baudrate=baud, bytesize=bits, parity=parity, stopbits=stop, timeout=0,
                                       xonxoff=False, rtscts=False)
        except (serial.SerialException, OSError, ValueError) as error:
            raise TransportError(message("the serial port {port} cannot be opened ({reason})", port=port,
                                         reason=error)) from None
        self.name = port

    def _read_some(self, timeout: float) -> bytes:
        import serial
        try:
            self._port.timeout = max(0.0, min(timeout, 0.2))
            waiting = self._port.in_waiting
            return self._port.read(max(1, waiting))
        except (serial.SerialException, OSError) as error:
            raise TransportError(message("the serial port {port} closed ({reason})", port=self.name, reason=error)) from None

    def write(self, data: bytes) -> None:
        import serial
        try:
            self._port.write(data)
            self._port.flush()
        except (serial.SerialException, OSError) as error:
            raise TransportError(message("the serial port {port} closed ({reason})", port=self.name, reason=error)) from None

    def close(self) -> None:
        self._port.close()


class TcpTransport(_Lines):
    def __init__(self, host: str, port: int, timeout: float = 5.0):
        super().__init__()
        self.name = f"{host}:{port}"
        try:
            self._socket = socket.create_connection((host, port), timeout=timeout)
        except OSError as error:
            raise TransportError(message("the balance at {address} cannot be reached ({reason})", address=self.name,
                                         reason=error.strerror or error)) from None

    def _read_some(self, timeout: float) -> bytes:
        self._socket.settimeout(max(timeout, 0.0) or 0.0)
        try:
            data = self._socket.recv(256)
        except (socket.timeout, BlockingIOError):
            return b""
        except OSError as error:
            raise TransportError(message("the connection to {address} closed ({reason})", address=self.name,
                                         reason=error.strerror or error)) from None
        if not data:
            raise TransportError(message("the balance at {address} closed the connection", address=self.name))
        return data

    def write(self, data: bytes) -> None:
        try:
            self._socket.sendall(data)
        except OSError as error:
            raise TransportError(message("the connection to {address} closed ({reason})", address=self.name,
                                         reason=error.strerror or error)) from None

    def close(self) -> None:
        self._socket.close()
