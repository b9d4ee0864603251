"""Simulated laboratory balances for the tests, speaking MT-SICS and Sartorius SBI on the
wire: over a pseudo-terminal pair made by socat, or on a loopback TCP port.

`states` is what the balance shows each time it is asked for a weight (the last one
repeats): ("stable", "69.60"), ("unstable", "69.5"), ("overload",), ("underload",),
("error",), ("garbage",), ("silent",), or ("stable", "0.07", "kg") for another unit.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest

ESC = b"\x1b"


class Simulator:
    def __init__(self, protocol: str, states, model="XS204 Excellence 220.0000 g", serial="B123456789",
                 identity=True):
        self.protocol = protocol
        self.states = list(states)
        self.model, self.serial, self.identity = model, serial, identity
        self.asked = 0
        self._write = None
        self._lock = threading.Lock()

    # --- what the balance answers ------------------------------------------------------------

    def _state(self):
        state = self.states[min(self.asked, len(self.states) - 1)]
        self.asked += 1
        return state

    def _mt(self, command: str) -> bytes | None:
        if command in ("S", "SI"):
            state = self._state()
            kind = state[0]
            if kind in ("stable", "unstable"):
                unit = state[2] if len(state) > 2 else "g"
                if kind == "unstable" and command == "S":
                    return b"S I\r\n"
                flag = "S" if kind == "stable" else "D"
                return f"S {flag} {state[1]:>10} {unit}\r\n".encode()
            return {"overload": b"S +\r\n", "underload": b"S -\r\n", "error": b"EL\r\n",
                    "garbage": b"\xff\xfe\x00\x81zz\r\n", "silent": None}[kind]
        if command == "I2":
            return f'I2 A "{self.model}"\r\n'.encode() if self.identity else b"ES\r\n"
        if command == "I4":
            return f'I4 A "{self.serial}"\r\n'.encode() if self.identity else b"ES\r\n"
        return b"ES\r\n"

    def sbi_line(self, state) -> bytes | None:
        kind = state[0]
        if kind in ("stable", "unstable"):
            value = state[1]
            sign = "-" if value.startswith("-") else "+"
            unit = (state[2] if len(state) > 2 else "g") if kind == "stable" else ""
            return f"{sign}{value.lstrip('-'):>9} {unit:<3}\r\n".encode()
        return {"overload": b"      H       \r\n", "underload": b"      L       \r\n",
                "error": b"   Err  54    \r\n", "garbage": b"\xff\xfe\x00\x81zz\r\n", "silent": None}[kind]

    def _sbi(self, command: str) -> bytes | None:
        if command == "P":
            return self.sbi_line(self._state())
        if command == "x1_":
            return f"{self.model}\r\n".encode() if self.identity else None
        if command == "x2_":
            return f"{self.serial}\r\n".encode() if self.identity else None
        return None

    def feed(self, buffer: bytes) -> tuple[bytes, list[bytes]]:
        """Commands found in `buffer`: (the rest, the replies)."""
        replies = []
        if self.protocol == "mt-sics":
            while b"\r\n" in buffer:
                line, buffer = buffer.split(b"\r\n", 1)
                reply = self._mt(line.decode("ascii", "replace").strip())
                if reply:
                    replies.append(reply)
            return buffer, replies
        while True:
            buffer = buffer.lstrip(b"\r\n")
            start = buffer.find(ESC)
            if start < 0:
                return b"", replies
            rest = buffer[start + 1:]
            if rest[:1] == b"x":
                end = rest.find(b"_")
                if end < 0:
                    return buffer[start:], replies
                command, buffer = rest[:end + 1].decode(), rest[end + 1:]
            elif rest:
                command, buffer = rest[:1].decode(), rest[1:]
            else:
                return buffer[start:], replies
            reply = self._sbi(command)
            if reply:
                replies.append(reply)

    def press_print(self, state=("stable", "52.31")) -> None:
        """The balance's own print key: a data line sent unasked."""
        line = (f"S S {state[1]:>10} g\r\n".encode() if self.protocol == "mt-sics" else self.sbi_line(state))
        with self._lock:
            self._write(line)

    def serve(self, read, write) -> None:
        """Answer commands until `read` returns b"" or fails."""
        self._write = write
        buffer = b""
        while True:
            try:
                data = read()
            except OSError:
                return
            if not data:
                return
            buffer, replies = self.feed(buffer + data)
            for reply in replies:
                with self._lock:
                    try:
                        write(reply)
                    except OSError:     # the program closed its end
                        return


# --- the two wires -----------------------------------------------------------------------

class TcpBalance:
    def __init__(self, simulator: Simulator):
        self.simulator = simulator
        self.server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(1)
        self.url = f"tcp://127.0.0.1:{self.server.getsockname()[1]}?protocol={simulator.protocol}"
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        try:
            connection, _ = self.server.accept()
        except OSError:
            return
        self.connection = connection
        self.simulator.serve(lambda: connection.recv(256), connection.sendall)
        connection.close()

    def close(self):
        self.server.close()


class PtyBalance:
    """A pseudo-terminal pair from socat: the program opens `device`, the simulator the other end."""

    def __init__(self, simulator: Simulator, folder: Path, baud: int = 9600):
        socat = shutil.which("socat")
        if socat is None:
            pytest.skip("socat is not installed (apt-get install socat): the serial-port tests need a pseudo-terminal pair")
        self.simulator = simulator
        self.device, other = folder / "balance", folder / "simulator"
        self.process = subprocess.Popen([socat, f"pty,raw,echo=0,link={self.device}", f"pty,raw,echo=0,link={other}"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            if self.device.exists() and other.exists():
                break
            time.sleep(0.05)
        else:
            self.process.kill()
            raise RuntimeError("socat did not create the pseudo-terminal pair")
        self.fd = os.open(other, os.O_RDWR | os.O_NOCTTY)
        self.url = f"serial://{self.device}?protocol={simulator.protocol}&baud={baud}"
        self.thread = threading.Thread(target=simulator.serve, args=(lambda: os.read(self.fd, 256),
                                                                      lambda data: os.write(self.fd, data)), daemon=True)
        self.thread.start()

    def close(self):
        self.process.terminate()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()
        try:
            os.close(self.fd)
        except OSError:
            pass
