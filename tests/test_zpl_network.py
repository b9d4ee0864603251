"""Raw ZPL straight to a printer's TCP port (9100), tested against a loopback listener."""

import socket
import threading

import pytest

from mscprep.zpl import RawPrintError, is_network_printer, print_label, print_tcp

from helpers import NOON, plan

FORM = dict(final_volume="50 mL", diluent="saline", patient_id="MRN-000123", patient_name="Yamada Hanako", din="A999921123456",
            thawed_at="2026-11-23T11:00+00:00", stability="3 h")


def listener():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    received = []

    def run():
        connection, _ = server.accept()
        chunks = []
        while True:
            data = connection.recv(4096)
            if not data:
                break
            chunks.append(data)
        received.append(b"".join(chunks))
        connection.close()
        server.close()
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return server.getsockname()[1], received, thread


def test_the_label_goes_to_port_9100_unchanged():
    port, received, thread = listener()
    the_plan = plan(**FORM)
    answer = print_label(the_plan.document(), None, f"socket://127.0.0.1:{port}", now=NOON)
    thread.join(5)
    assert received and received[0].startswith(b"^XA") and received[0].rstrip().endswith(b"^XZ")
    assert b"^BXN," in received[0] and f"{len(received[0])} bytes sent" in answer


def test_an_unreachable_printer_is_one_clear_message():
    free = socket.socket()
    free.bind(("127.0.0.1", 0))
    port = free.getsockname()[1]
    free.close()
    with pytest.raises(RawPrintError, match=f"could not be sent to 127.0.0.1:{port}"):
        print_tcp("^XA^XZ", f"tcp://127.0.0.1:{port}", timeout=2)
    with pytest.raises(RawPrintError, match="not a printer address"):
        print_tcp("^XA^XZ", "socket://")


def test_queues_and_network_printers_are_told_apart():
    assert is_network_printer("socket://10.0.0.9:9100") and is_network_printer("tcp://zebra")
    assert not is_network_printer("Zebra_ZD421")
