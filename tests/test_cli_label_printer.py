"""`mscprep label --printer socket://HOST:9100` (issue 25): the bag label's ZPL goes to the
printer's raw TCP port through zpl.send_zpl, the function the window's label printer uses.
Tested against a loopback printer that accepts the connection and keeps what it receives;
a refused, an unreachable and a silent printer each give one line and exit 2. `-o FILE`
writes the same ZPL as before."""

import socket
import threading

import pytest

from helpers import cli, run_cli

FLAGS = ["--weight", "70 kg", "--dose", "1e6 cell/kg", "--concentration", "1e7 cell/mL", "--viability", "90%",
         "--final-volume", "50 mL", "--diluent", "saline", "--duration", "30 min", "--patient-name", "Label Patient",
         "--patient-id", "MRN-L", "--din", "A999921123456", "--prepared-at", "2026-11-23T11:00+00:00",
         "--now", "2026-11-23T12:00+00:00"]


class LoopbackPrinter:
    """A raw-port label printer on 127.0.0.1: accepts one connection, keeps every byte
    until the sender closes its side."""

    def __init__(self):
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(1)
        self.address = f"socket://127.0.0.1:{self.server.getsockname()[1]}"
        self.received = b""
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        connection, _ = self.server.accept()
        with connection:
            while data := connection.recv(4096):
                self.received += data
        self.server.close()

    def wait(self) -> bytes:
        self.thread.join(10)
        return self.received


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_label_reaches_the_printer_as_the_file_would_hold_it(tmp_path, capsys):
    printer = LoopbackPrinter()
    code, out, err = cli(capsys, "label", *FLAGS, "--zpl", "--printer", printer.address)
    received = printer.wait()
    assert code == 0, err
    assert received.startswith(b"^XA") and received.rstrip().endswith(b"^XZ")
    assert received.count(b"^XA") == received.count(b"^XZ") == 1
    assert b"Label Patient" in received and b"^BCN," in received      # the patient and a Code 128 symbol
    assert out == f"label: {len(received)} bytes sent to 127.0.0.1:{printer.address.rsplit(':', 1)[1]}\n"
    # -o FILE keeps its behaviour: the same ZPL, written to the file, nothing sent
    output = tmp_path / "bag.zpl"
    assert cli(capsys, "label", *FLAGS, "--zpl", "-o", output)[0] == 0
    assert output.read_bytes() == received


def test_a_refused_printer_is_one_line_and_exit_2(capsys):
    port = _free_port()
    code, out, err = cli(capsys, "label", *FLAGS, "--zpl", "--printer", f"socket://127.0.0.1:{port}")
    assert code == 2 and out == ""
    assert err == f"mscprep: label: The label could not be sent to 127.0.0.1:{port}: Connection refused\n"


def test_an_unreachable_printer_is_one_line_and_exit_2():
    # a name that cannot resolve (RFC 6761 reserves .invalid): as a user runs it, in its own process
    result = run_cli("label", *FLAGS, "--zpl", "--printer", "socket://zebra.invalid:9100", "--printer-timeout", "3")
    assert result.returncode == 2 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("mscprep: label: The label could not be sent to zebra.invalid:9100: ")
    assert "Traceback" not in result.stderr


def test_a_printer_that_does_not_accept_in_time_is_one_line_and_exit_2(capsys):
    # a listener whose queue is full takes no further connection: the connect waits, then times out
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(0)
    port = server.getsockname()[1]
    held = socket.create_connection(("127.0.0.1", port), timeout=2)
    try:
        code, out, err = cli(capsys, "label", *FLAGS, "--zpl", "--printer", f"socket://127.0.0.1:{port}",
                             "--printer-timeout", "0.5")
    finally:
        held.close()
        server.close()
    assert code == 2 and out == ""
    assert err == f"mscprep: label: The printer 127.0.0.1:{port} did not answer within 0.5 s.\n"


@pytest.mark.parametrize("printer", ["Zebra_ZD421", "socket://", "http://10.0.0.9:9100"])
def test_a_printer_that_is_not_a_network_address_is_refused_before_anything_is_sent(printer, capsys):
    code, out, err = cli(capsys, "label", *FLAGS, "--zpl", "--printer", printer)
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and err.startswith("mscprep: ")


def test_a_file_or_a_printer_is_required_and_not_both(tmp_path, capsys):
    for extra in ([], ["-o", str(tmp_path / "a.zpl"), "--printer", "socket://127.0.0.1:9"]):
        with pytest.raises(SystemExit) as stopped:
            cli(capsys, "label", *FLAGS, "--zpl", *extra)
        assert stopped.value.code == 2
    assert not (tmp_path / "a.zpl").exists()


def test_a_blocked_plan_sends_nothing(capsys):
    printer = socket.socket()
    printer.bind(("127.0.0.1", 0))
    printer.listen(1)
    printer.settimeout(0.5)
    try:
        code, _out, err = cli(capsys, "label", *FLAGS, "--available", "2 mL", "--zpl", "--printer",
                              f"socket://127.0.0.1:{printer.getsockname()[1]}")
        assert code == 3 and "blocked" in err
        with pytest.raises(socket.timeout):
            printer.accept()        # nobody connected
    finally:
        printer.close()
