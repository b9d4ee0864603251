import pytest

from mscprep.errors import InputError
from mscprep.protocol.loader import load_protocols, shipped_protocols
from mscprep.resources import resource_path

GOOD = """schema = 1
id = "site"
name = "Site protocol"
version = "3"
route = "intravenous"
reference = "Site SOP 12"
"""
# An intravenous protocol loads only with a use-by window (issue 21).
OK = GOOD + '[limits]\nstability = "4 h"\n'


def test_all_shipped_protocols_load_with_their_sources():
    shipped = shipped_protocols()
    assert shipped.problems == ()
    assert {"generic-iv-msc", "adipose-msc-fixed", "ucmsc-frailty", "temcell", "ryoncil",
            "stemirac"} <= set(shipped.protocols)
    for protocol in shipped.protocols.values():
        assert protocol.reference
        for limit in protocol.limits.values():
            assert limit.source, f"{protocol.id}: {limit.key} has no source"


@pytest.mark.parametrize("text, message", [
    ("this is = not [toml", "not valid TOML"),
    (GOOD.replace('schema = 1', 'schema = 9'), "'schema' must be 1"),
    (GOOD.replace('name = "Site protocol"\n', ''), "'name' is required"),
    (GOOD + 'colour = "blue"\n', "unknown key(s) 'colour'"),
    (GOOD.replace('"intravenous"', '"oral"'), "'route' must be one of intravenous, nebulized, not 'oral'"),
    (GOOD + '[limits]\nmax_doze = "1e6 cell/kg"\n', "[limits] 'max_doze' is not a known limit"),
    (GOOD + '[limits]\nmax_dose_per_kg = "1e6 cell/mL"\n', "max_dose_per_kg: '1e6 cell/mL' is a cell concentration"),
    (GOOD + '[limits]\nmin_viability = "0.7"\n', "min_viability: '0.7' has no % sign"),
    (GOOD + '[defaults]\ndose = "2e6"\n', "[defaults] dose: '2e6' has no unit"),
    (GOOD + '[defaults]\nmax_rate = "4 mL/min"\n', "is a limit: put it in [limits]"),
    (GOOD + '[defaults]\nweight = "70 kg"\n', "not a field a protocol can set"),
    (GOOD.replace('source_tissue', 'x') + 'source_tissue = "liver"\n', "'source_tissue' must be one of"),
])
def test_broken_protocol_file_is_reported_and_left_out(tmp_path, text, message):
    (tmp_path / "site.toml").write_text(text, encoding="utf-8")
    (tmp_path / "ok.toml").write_text(OK.replace('"site"', '"ok"'), encoding="utf-8")
    loaded = load_protocols(tmp_path)
    assert list(loaded.protocols) == ["ok"]
    assert len(loaded.problems) == 1
    assert loaded.problems[0].path.name == "site.toml"
    assert message in loaded.problems[0].message


def test_unreadable_bytes_do_not_crash(tmp_path):
    (tmp_path / "bin.toml").write_bytes(b"\xff\xfe\x00garbage")
    assert len(load_protocols(tmp_path).problems) == 1


def test_id_must_be_the_file_name_so_ids_are_unique(tmp_path):
    (tmp_path / "site.toml").write_text(OK, encoding="utf-8")
    (tmp_path / "copy.toml").write_text(OK, encoding="utf-8")
    loaded = load_protocols(tmp_path)
    assert list(loaded.protocols) == ["site"]
    assert "must be the file name" in loaded.problems[0].message


def test_protocol_inherits_app_wide_limits():
    generic = shipped_protocols().get("generic-iv-msc")
    assert generic.limits["dmso_limit"].value.m_as("g/kg") == 1
    assert "HEMACORD" in generic.limits["dmso_limit"].source


def test_unknown_protocol_is_an_input_error():
    with pytest.raises(InputError, match="not a known protocol"):
        shipped_protocols().get("temcel")


def test_no_protocol_literals_in_the_calculation_code():
    """Protocol figures live in resources; the core code names none of the label figures."""
    core = resource_path("..", "mscprep")
    text = "".join(path.read_text(encoding="utf-8") for path in core.glob("*.py"))
    for figure in ("3.34e6", "2.5e6", "72e6", "10.8", "6.68e6", "1.10", "0.7 mL", "1e9"):
        assert figure not in text, figure


# --- the schema: every value checked before anything of the file is used ---------------------

COURSE = '[course]\ndoses = 2\ninterval = "30 day"\nmin_interval = "30 day"\n'
NEBULIZED = GOOD.replace('"intravenous"', '"nebulized"') + (
    '[aliquots]\ndose_volume = "2 mL"\noverfill = "0.3 mL"\ndoses_per_day = 2\ndays = 5\ntimes = ["08:00", "20:00"]\n')


def problem_of(tmp_path, text, name="site.toml"):
    """The one problem reported for the file; the good file beside it still loads."""
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    (tmp_path / "ok.toml").write_text(OK.replace('"site"', '"ok"'), encoding="utf-8")
    loaded = load_protocols(tmp_path)
    assert "ok" in loaded.protocols
    assert [problem.path.name for problem in loaded.problems] == [name]
    assert "\n" not in loaded.problems[0].message
    return loaded.problems[0].message


@pytest.mark.parametrize("text, message", [
    (GOOD + 'defaults = "x"\n', "[defaults] must be a table, not text"),
    (GOOD + 'limits = [1, 2]\n', "[limits] must be a table, not a list"),
    (GOOD + 'sources = 5\n', "[sources] must be a table, not a whole number"),
    (GOOD + 'notes = "one"\n', "'notes' must be a list of texts, not text"),
    (GOOD + 'notes = ["ok", 3]\n', "'notes'[2] must be non-empty text, not a whole number"),
    (GOOD + '[defaults]\ndose = 2\n', "[defaults] dose must be text as typed in the form"),
    (GOOD + '[defaults]\ndmso = "0%"\n', "0% would switch the DMSO check off"),
    (GOOD + '[defaults]\nrate = "1e308 mL/min"\n', "outside the possible range"),
    (GOOD + '[limits]\nstability = "1e300 h"\n', "[limits] stability: '1e300 h' is outside the possible range"),
    (GOOD + '[limits]\nmax_container_volume = "1e308 mL"\n', "outside the possible range"),
    (GOOD + '[limits]\nmax_container_volume = "-5 mL"\n', "must be more than zero"),
    (GOOD + '[limits]\nmin_dose = "2e8 cell"\nmax_dose = "1e8 cell"\n', "[limits] min_dose is above max_dose: the protocol contradicts itself (200 × 10⁶ cells > 100 × 10⁶ cells)"),
    (GOOD + '[limits]\ndmso_limit = "10 g/kg"\n', "dmso_limit = 10 g/kg would loosen the app-wide limit of 1 g/kg"),
    (GOOD + '[limits]\nanticoagulation_dose = "1e12 cell"\n', "would loosen the app-wide limit"),
    (GOOD + '[limits]\ngravimetric_tolerance = "10%"\n', "would loosen the app-wide limit of 5%"),
    (GOOD + '[limits]\nrate_ceiling = "500 mL/min"\n',
     "rate_ceiling = 500 mL/min would loosen the app-wide ceiling of 10 mL/min for other"),
    (GOOD.replace('route = "intravenous"', 'route = "intravenous"\nsource_tissue = "adipose"')
     + '[limits]\nmax_cell_rate = "1e6 cell/kg/min"\n', "would loosen the app-wide ceiling of 0.25 × 10⁶ cells/kg/min for adipose"),
    (GOOD + COURSE.replace('"30 day"', '"0 day"'), "[course] interval: '0 day' must be more than zero"),
    (GOOD + COURSE.replace('interval = "30 day"', 'interval = "-3 day"'), "must be more than zero"),
    (GOOD + COURSE.replace('"30 day"', '"1e300 day"'), "is outside the possible range"),
    (GOOD + COURSE.replace("doses = 2", "doses = true"), "[course] doses must be a whole number from 1 to 100"),
    (GOOD + COURSE.replace('min_interval = "30 day"', 'min_interval = "40 day"'), "min_interval is longer"),
    (GOOD + COURSE + "extra = 1\n", "[course] unknown key(s) 'extra' (known: doses, interval, min_interval, source)"),
    (NEBULIZED.replace('"2 mL"', '"-2 mL"'), "[aliquots] dose_volume: '-2 mL' must be more than zero"),
    (NEBULIZED.replace('"2 mL"', '"1e308 mL"'), "outside the possible range"),
    (NEBULIZED.replace('"0.3 mL"', '"-0.3 mL"'), "must be more than zero or zero"),
    (NEBULIZED.replace('["08:00", "20:00"]', '["08:00", "25:00"]'), "'25:00' is not a time of day"),
    (NEBULIZED.replace('["08:00", "20:00"]', '["08:00"]'), "needs one time of day per daily dose"),
    (GOOD + '[blinding]\nplacebo = ["saline"]\nlabel_product = "X"\n', "[blinding] placebo must be one of saline, saline_albumin, plasmalyte, plasmalyte_albumin, lactated_ringers, pbs_albumin, not a list"),
    (GOOD.replace('name = "Site protocol"', 'name = "Site \u202eprotocol"'), "U+202E"),
    (GOOD.replace('name = "Site protocol"', 'name = "Site 🧪"'), "cannot show"),
    (GOOD + "x = " + "[" * 5000 + "]" * 5000 + "\n", "nested too deeply"),
    (b"\xff\xfe\x00garbage", "not valid"),
    (GOOD.replace('"intravenous"', '"nebulized"'), "a nebulized protocol needs an [aliquots] table"),
])
def test_schema_refuses_what_would_crash_or_switch_a_check_off(tmp_path, text, message):
    assert message in problem_of(tmp_path, text)


def test_a_byte_order_mark_is_accepted(tmp_path):
    (tmp_path / "site.toml").write_bytes(b"\xef\xbb\xbf" + OK.encode())
    assert list(load_protocols(tmp_path).protocols) == ["site"]


def test_a_fifo_named_toml_is_refused_without_waiting(tmp_path):
    import os
    os.mkfifo(tmp_path / "x.toml")   # opening it to read would wait for a writer forever
    (tmp_path / "ok.toml").write_text(OK.replace('"site"', '"ok"'), encoding="utf-8")
    loaded = load_protocols(tmp_path)
    assert list(loaded.protocols) == ["ok"]
    assert [(p.path.name, p.message) for p in loaded.problems] == [
        ("x.toml", "is not a regular file (a device, pipe or socket)")]


def test_a_huge_file_is_refused(tmp_path):
    assert "too large" in problem_of(tmp_path, GOOD + "# " + "x" * 300_000 + "\n")


def test_ids_differing_only_in_capitals_both_stay_out(tmp_path):
    (tmp_path / "Site.toml").write_text(OK.replace('"site"', '"Site"'), encoding="utf-8")
    (tmp_path / "site.toml").write_text(OK, encoding="utf-8")
    loaded = load_protocols(tmp_path)
    assert loaded.protocols == {}
    assert all("differs only in capitals" in problem.message for problem in loaded.problems)
    with pytest.raises(InputError, match="site.toml is not loaded: id 'site' differs only in capitals"):
        loaded.get("site")


def test_a_protocol_may_tighten_an_app_wide_limit_and_says_so(tmp_path):
    from mscprep.protocol.limits import tightened
    (tmp_path / "site.toml").write_text(GOOD + '[limits]\nstability = "4 h"\ndmso_limit = "0.5 g/kg"\nanticoagulation_dose = "1e9 cell"\n',
                                        encoding="utf-8")
    protocol = load_protocols(tmp_path).get("site")
    assert protocol.limits["dmso_limit"].value.m_as("g/kg") == 0.5
    assert [(mine.key, app.value.m_as("g/kg")) for mine, app in tightened(protocol.limits)] == [("dmso_limit", 1.0)]


def test_protocols_command_lists_what_each_file_tightens(tmp_path):
    import json
    import os
    import shutil
    import subprocess
    import sys
    from helpers import ROOT
    resources = tmp_path / "res"
    shutil.copytree(ROOT / "resources", resources)
    (resources / "protocols" / "site.toml").write_text(GOOD + '[limits]\nstability = "4 h"\ndmso_limit = "0.5 g/kg"\n', encoding="utf-8")
    (resources / "protocols" / "loose.toml").write_text(
        GOOD.replace('"site"', '"loose"') + '[limits]\ndmso_limit = "10 g/kg"\n', encoding="utf-8")
    env = dict(os.environ, MSCPREP_RESOURCES=str(resources))
    text = subprocess.run([sys.executable, "-m", "mscprep", "protocols"], cwd=ROOT, env=env, capture_output=True,
                          text=True)
    assert text.returncode == 1 and "Traceback" not in text.stderr
    assert "tightens app-wide limits: dmso_limit 0.5 g/kg (app-wide 1 g/kg)" in text.stdout
    assert "NOT LOADED loose.toml: [limits] dmso_limit = 10 g/kg would loosen the app-wide limit of 1 g/kg" in text.stdout
    data = json.loads(subprocess.run([sys.executable, "-m", "mscprep", "protocols", "--json"], cwd=ROOT, env=env,
                                     capture_output=True, text=True).stdout)
    site = next(p for p in data["protocols"] if p["id"] == "site")
    assert site["tightens"] == [{"limit": "dmso_limit", "value": "0.5 g/kg", "app_wide": "1 g/kg"}]
    plan = subprocess.run([sys.executable, "-m", "mscprep", "plan", "--protocol", "loose", "--weight", "70 kg"],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    assert plan.returncode == 2 and plan.stderr.count("\n") == 1
    assert plan.stderr.startswith("mscprep: --protocol: protocol file loose.toml is not loaded: [limits] dmso_limit")


def test_blinding_belongs_to_intravenous_protocols_only(tmp_path):
    text = resource_path("protocols", "secretome-nebulized.toml").read_text(encoding="utf-8")
    text += '\n[blinding]\nplacebo = "saline"\nlabel_product = "study product or placebo"\n'
    (tmp_path / "secretome-nebulized.toml").write_text(text, encoding="utf-8")
    loaded = load_protocols(tmp_path)
    assert loaded.protocols == {}
    assert [p.message for p in loaded.problems] == ["[blinding] applies to intravenous protocols only"]
