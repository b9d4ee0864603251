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
    (GOOD.replace('name = "Site protocol"\n', ''), "'name' must be non-empty text"),
    (GOOD + 'colour = "blue"\n', "unknown key(s) colour"),
    (GOOD.replace('"intravenous"', '"oral"'), "route 'oral'"),
    (GOOD + '[limits]\nmax_doze = "1e6 cell/kg"\n', "'max_doze' is not a known limit"),
    (GOOD + '[limits]\nmax_dose_per_kg = "1e6 cell/mL"\n', "max_dose_per_kg: '1e6 cell/mL' is a cell concentration"),
    (GOOD + '[limits]\nmin_viability = "0.7"\n', "min_viability: '0.7' has no % sign"),
    (GOOD + '[defaults]\ndose = "2e6"\n', "[defaults] dose: '2e6' has no unit"),
    (GOOD + '[defaults]\nmax_rate = "4 mL/min"\n', "is a limit: put it in [limits]"),
    (GOOD + '[defaults]\nweight = "70 kg"\n', "not a field a protocol can set"),
    (GOOD.replace('source_tissue', 'x') + 'source_tissue = "liver"\n', "source_tissue 'liver'"),
])
def test_broken_protocol_file_is_reported_and_left_out(tmp_path, text, message):
    (tmp_path / "site.toml").write_text(text, encoding="utf-8")
    (tmp_path / "ok.toml").write_text(GOOD.replace('"site"', '"ok"'), encoding="utf-8")
    loaded = load_protocols(tmp_path)
    assert list(loaded.protocols) == ["ok"]
    assert len(loaded.problems) == 1
    assert loaded.problems[0].path.name == "site.toml"
    assert message in loaded.problems[0].message


def test_unreadable_bytes_do_not_crash(tmp_path):
    (tmp_path / "bin.toml").write_bytes(b"\xff\xfe\x00garbage")
    assert len(load_protocols(tmp_path).problems) == 1


def test_id_must_be_the_file_name_so_ids_are_unique(tmp_path):
    (tmp_path / "site.toml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "copy.toml").write_text(GOOD, encoding="utf-8")
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


def test_blinding_belongs_to_intravenous_protocols_only(tmp_path):
    text = resource_path("protocols", "secretome-nebulized.toml").read_text(encoding="utf-8")
    text += '\n[blinding]\nplacebo = "saline"\nlabel_product = "study product or placebo"\n'
    (tmp_path / "secretome-nebulized.toml").write_text(text, encoding="utf-8")
    loaded = load_protocols(tmp_path)
    assert loaded.protocols == {}
    assert [p.message for p in loaded.problems] == ["[blinding] applies to intravenous protocols only"]
