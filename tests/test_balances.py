"""Balances over a pseudo-terminal (socat) and loopback TCP, both protocols: stable,
unstable, overload, underload, error and garbage replies, the print key, units, the
readability rule and `mscprep balance read`."""

import json

import pytest

from mscprep.cli import main
from mscprep.devices import BalanceError, open_balance, parse_url, readability_problem
from mscprep.units import ureg

from balance_sim import PtyBalance, Simulator, TcpBalance
from stores import backend, pg_server  # noqa: F401 (fixture: SQLite, and PostgreSQL when MSCPREP_TEST_POSTGRES_URL is set)

PROTOCOLS = ["mt-sics", "sbi"]


@pytest.fixture(params=["pty", "tcp"])
def wire(request, tmp_path):
    """Make a simulated balance on the wire under test; closed after the test."""
    made = []

    def make(protocol, states, **kw):
        simulator = Simulator(protocol, states, **kw)
        balance = PtyBalance(simulator, tmp_path) if request.param == "pty" else TcpBalance(simulator)
        made.append(balance)
        return balance
    yield make
    for balance in made:
        balance.close()


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_a_stable_reading_with_the_balances_identity(wire, protocol):
    simulated = wire(protocol, [("stable", "69.60")])
    with open_balance(simulated.url) as balance:
        reading = balance.read_stable(timeout=5)
    assert reading.mass == ureg.Quantity(69.6, "g")
    assert reading.stable and reading.asked
    assert reading.model == "XS204 Excellence 220.0000 g" and reading.serial == "B123456789"
    assert reading.readability == ureg.Quantity(0.01, "g")
    assert "69.60" in reading.raw


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_an_unstable_balance_is_waited_for(wire, protocol):
    simulated = wire(protocol, [("unstable", "69.5"), ("unstable", "69.58"), ("stable", "69.61")])
    with open_balance(simulated.url) as balance:
        reading = balance.read_stable(timeout=5)
    assert reading.mass == ureg.Quantity(69.61, "g") and simulated.simulator.asked == 3


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_unstable_past_the_timeout_gives_no_reading(wire, protocol):
    simulated = wire(protocol, [("unstable", "69.5")])
    with open_balance(simulated.url) as balance, pytest.raises(BalanceError) as caught:
        balance.read_stable(timeout=1.0)
    assert caught.value.code == "unstable" and "did not settle within 1 s" in str(caught.value)


@pytest.mark.parametrize("protocol", PROTOCOLS)
@pytest.mark.parametrize("state, code, words", [(("overload",), "overload", "overloaded"),
                                                (("underload",), "underload", "below its zero"),
                                                (("error",), "error", "EL" ), (("garbage",), "garbage", "not text")])
def test_no_weight_replies_are_one_clear_message(wire, protocol, state, code, words):
    if protocol == "sbi" and state == ("error",):
        words = "Err 54"
    simulated = wire(protocol, [state])
    with open_balance(simulated.url) as balance, pytest.raises(BalanceError) as caught:
        balance.read_stable(timeout=3)
    assert caught.value.code == code and words in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_a_silent_balance_times_out(wire, protocol):
    simulated = wire(protocol, [("silent",)], identity=False)
    with open_balance(simulated.url) as balance, pytest.raises(BalanceError) as caught:
        balance.read_stable(timeout=1.0)
    assert caught.value.code == "timeout" and "did not answer within 1 s" in str(caught.value)


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_kilograms_are_converted_and_pieces_are_refused(wire, protocol):
    simulated = wire(protocol, [("stable", "0.06961", "kg"), ("stable", "253", "pcs")])
    with open_balance(simulated.url) as balance:
        reading = balance.read_stable(timeout=3)
        assert reading.mass.to("g").magnitude == pytest.approx(69.61)
        assert reading.unit_sent == "kg" and reading.readability.to("g").magnitude == pytest.approx(0.01)
        with pytest.raises(BalanceError) as caught:
            balance.read_stable(timeout=3)
    assert caught.value.code == "unit" and "'pcs'" in str(caught.value)


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_the_balances_print_key_sends_a_reading_unasked(wire, protocol):
    simulated = wire(protocol, [("stable", "21.40")])
    with open_balance(simulated.url) as balance:
        balance.identity()
        assert balance.listen(0.2) is None
        simulated.simulator.press_print(("stable", "52.31"))
        reading = balance.listen(3)
    assert reading is not None and not reading.asked and reading.mass == ureg.Quantity(52.31, "g")


def test_a_closed_port_and_an_unreachable_host():
    with pytest.raises(BalanceError) as caught:
        open_balance("serial:///dev/does-not-exist?protocol=mt-sics&baud=9600")
    assert caught.value.code == "unreachable" and "/dev/does-not-exist" in str(caught.value)
    import socket
    free = socket.socket()
    free.bind(("127.0.0.1", 0))
    port = free.getsockname()[1]
    free.close()
    with pytest.raises(BalanceError) as caught:
        open_balance(f"tcp://127.0.0.1:{port}?protocol=sbi")
    assert caught.value.code == "unreachable"


def test_a_balance_that_goes_away_mid_reading(tmp_path):
    simulated = TcpBalance(Simulator("mt-sics", [("silent",)], identity=False))
    with open_balance(simulated.url) as balance:
        import time
        for _ in range(50):
            if hasattr(simulated, "connection"):
                break
            time.sleep(0.02)
        simulated.connection.close()
        with pytest.raises(BalanceError) as caught:
            balance.read_stable(timeout=2)
    simulated.close()
    assert caught.value.code in ("unreachable", "timeout")


@pytest.mark.parametrize("url, words", [
    ("serial:///dev/ttyUSB0?baud=9600", "protocol=mt-sics"),
    ("serial:///dev/ttyUSB0?protocol=mt-sics&baud=1234", "baud"),
    ("tcp://host?protocol=sbi", "tcp://HOST:PORT"),
    ("http://x?protocol=sbi", "serial:// or tcp://"),
])
def test_bad_addresses(url, words):
    with pytest.raises(BalanceError) as caught:
        open_balance(url)
    assert caught.value.code == "address" and words in str(caught.value)


def test_addresses():
    url = parse_url("serial:///dev/ttyUSB0?protocol=mt-sics&baud=9600")
    assert (url.transport, url.port, url.baud, url.protocol) == ("serial", "/dev/ttyUSB0", 9600, "mt-sics")
    url = parse_url("serial://COM3?protocol=sbi&baud=1200&parity=O&bits=7")
    assert (url.port, url.parity, url.bits) == ("COM3", "O", 7)
    url = parse_url("tcp://10.0.0.5:4001?protocol=sbi")
    assert (url.host, url.tcp_port) == ("10.0.0.5", 4001)


def test_the_readability_rule():
    two_ml = ureg.Quantity(2.0, "g")            # 2 mL at 1 g/mL
    assert readability_problem(ureg.Quantity(0.1, "g"), two_ml, 0.05) is None
    assert readability_problem(ureg.Quantity(0.01, "g"), two_ml, 0.05) is None
    problem = readability_problem(ureg.Quantity(1, "g"), two_ml, 0.05)
    assert "steps of 1 g" in problem and "0.1 g or finer" in problem


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_cli_balance_read(wire, protocol, capsys):
    simulated = wire(protocol, [("unstable", "69.5"), ("stable", "69.60")])
    assert main(["balance", "read", simulated.url, "--timeout", "5"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["value"] == 69.6 and out["unit"] == "g" and out["stable"] is True
    assert out["model"] == "XS204 Excellence 220.0000 g" and out["serial"] == "B123456789" and "69.60" in out["raw"]


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_cli_balance_read_refuses_in_one_line(wire, protocol, capsys):
    simulated = wire(protocol, [("overload",)])
    assert main(["balance", "read", simulated.url, "--timeout", "2"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.strip().splitlines()) == 1 and "overloaded" in captured.err


# --- records weigh --balance --------------------------------------------------------------

def _saved(tmp_path):
    from helpers import CHECK_FORM, plan
    from mscprep.records.store import RecordStore
    store = RecordStore(tmp_path / "records.sqlite3")
    record = store.save(plan(**CHECK_FORM), "Kenji Tanaka (KT)")
    return store, record


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_records_weigh_reads_tare_and_gross_from_the_balance(wire, protocol, tmp_path, capsys, monkeypatch):
    import io
    store, record = _saved(tmp_path)
    # the bag should hold 49.8 mL, 50.05 g at 1.005 g/mL
    simulated = wire(protocol, [("unstable", "20.1"), ("stable", "20.00"), ("stable", "70.25")])
    monkeypatch.setattr("sys.stdin", io.StringIO("\n\n"))
    code = main(["records", "weigh", record.record_id, "--operator", "K. Tanaka", "--balance", simulated.url,
                 "--timeout", "5", "--db", str(tmp_path / "records.sqlite3")])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "Put the empty bag on the balance" in captured.err and "Put the filled bag" in captured.err
    weighing = store.latest_weighing(record)
    assert weighing.tare.m_as("g") == 20.0 and weighing.gross.m_as("g") == 70.25 and weighing.within
    assert weighing.source.startswith("read from balance XS204 Excellence 220.0000 g s/n B123456789")
    assert "readability 0.01 g" in weighing.source and "70.25" in weighing.source
    store.close()


def test_records_weigh_refuses_a_coarse_balance_and_records_nothing(wire, tmp_path, capsys, monkeypatch):
    import io
    store, record = _saved(tmp_path)
    simulated = wire("mt-sics", [("stable", "20"), ("stable", "70")])      # 1 g steps; tolerance 2.5 g here
    monkeypatch.setattr("mscprep.devices.weighing.tolerance",
                        lambda preparation, entered=None: __import__("mscprep.protocol.definitions",
                                                                     fromlist=["Limit"]).Limit(
                            "gravimetric_tolerance", 0.01, "test", "test"))
    monkeypatch.setattr("sys.stdin", io.StringIO("\n\n"))
    code = main(["records", "weigh", record.record_id, "--operator", "K. Tanaka", "--balance", simulated.url,
                 "--timeout", "5", "--db", str(tmp_path / "records.sqlite3")])
    captured = capsys.readouterr()
    assert code == 2 and "steps of 1 g, too coarse" in captured.err and "nothing recorded" in captured.err
    assert store.latest_weighing(record) is None
    store.close()


def test_records_weigh_with_an_overloaded_balance_records_nothing(wire, tmp_path, capsys, monkeypatch):
    import io
    store, record = _saved(tmp_path)
    simulated = wire("sbi", [("stable", "20.00"), ("overload",)])
    monkeypatch.setattr("sys.stdin", io.StringIO("\n\n"))
    code = main(["records", "weigh", record.record_id, "--operator", "K. Tanaka", "--balance", simulated.url,
                 "--timeout", "5", "--db", str(tmp_path / "records.sqlite3")])
    captured = capsys.readouterr()
    assert code == 2 and captured.err.strip().splitlines()[-1].startswith("mscprep: --balance:")
    assert "overloaded" in captured.err and store.latest_weighing(record) is None
    store.close()


def test_typed_weights_are_marked_and_refused_where_the_site_says_so(tmp_path, capsys, monkeypatch):
    store, record = _saved(tmp_path)
    db = str(tmp_path / "records.sqlite3")
    args = ["records", "weigh", record.record_id, "--operator", "K. Tanaka", "--tare", "20", "--gross", "70.25",
            "--db", db]
    assert main(args) == 0
    assert store.latest_weighing(record).source == "typed, not read"
    monkeypatch.setattr("mscprep.devices.weighing.typed_weights_allowed", lambda: False)
    assert main(args) == 2
    assert "typed_weights_allowed = false" in capsys.readouterr().err
    store.close()


def test_the_sheet_says_how_the_masses_were_obtained(tmp_path, capsys):
    import subprocess
    from mscprep.printing.sheet import write_document
    from mscprep.records.reopen import preparation_of
    store, record = _saved(tmp_path)
    assert main(["records", "weigh", record.record_id, "--operator", "K. Tanaka", "--tare", "20", "--gross", "70.25",
                 "--db", str(tmp_path / "records.sqlite3")]) == 0
    state = store.record_state(record)
    path = tmp_path / "sheet.pdf"
    write_document(preparation_of(record).document(), path, record=state, language="ja")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    assert "入力値（はかりから読み取りではない）" in " ".join(text.split())
    store.close()


def test_a_weighing_read_from_the_balance_is_kept_on_every_database(backend, wire, capsys, monkeypatch):
    import io
    from helpers import CHECK_FORM, plan
    from mscprep.records.store import RecordStore
    store = RecordStore(backend)
    record = store.save(plan(**CHECK_FORM), "Kenji Tanaka (KT)")
    simulated = wire("mt-sics", [("stable", "20.00"), ("stable", "70.25")])
    monkeypatch.setattr("sys.stdin", io.StringIO("\n\n"))
    assert main(["records", "weigh", record.record_id, "--operator", "K. Tanaka", "--balance", simulated.url,
                 "--timeout", "5", "--db", str(backend)]) == 0
    assert store.latest_weighing(record).source.startswith("read from balance XS204")
    assert main(["audit", "verify", "--db", str(backend)]) == 0
    store.close()
