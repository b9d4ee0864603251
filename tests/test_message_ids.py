"""Every message the core gives a field carries its id (mscprep.errors.Message: template,
parameters, words), and the window formats it from that id in Japanese and Chinese with no
English word left: no message is read back out of its English text (issue 24, "One message,
many languages"). The errors are generated from a table of bad entries for every field."""

import pytest

from mscprep.errors import InputError, Message, message, message_of
from mscprep.form.fields import FIELDS
from mscprep.protocol.loader import shipped_protocols
from mscprep.session import evaluate
from test_gui_language import ROOT, english_words, language  # noqa: F401 (the fixture)

BASE = {"weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL", "viability": "90%",
        "duration": "30 min"}
# Wrong entries tried in every field: each parser refuses some of them, each in its own words.
BAD = ["70", "70 mL", "x", "1,5 kg", "1,000", "-1 kg", "0", "1e999 kg", "1e-400 kg", "70 foo", "5%", "150%", "0%",
       "x" * 130, "1e12 kg", "a\x01b", "a\u202eb", "a\nb", "1.5", "99 g/kg", "1 g", "A9999211234564", "A99",
       "Z12345678901A", "O99992112345", "1, 2, x", "1000000", "1 2 3 4 5 6 7 8 9 10", "maybe", "0, 0", "0.5",
       "12 kg/L", "10 %%", "90 percent", "๙๐%", "5 g", "7 drop/mL", "2026-11-23", "2026-13-45T10:00",
       "1900-01-01T10:00", "2.5", "-5 mL", "5 mL", "1e6 cell", "10 kg/kg", "ﬁ", "\U0001f600"]
FORMS = [{}, {"hemocytometer": "45, 43"}, dict(BASE, cells_in_product="5e7 cell"),
         dict(BASE, hemocytometer="45, 44", dead="1"), dict(BASE, hemocytometer="45", dilution_factor="2"),
         dict(BASE, hemocytometer="45, 44, 46, 40", dead="1", dilution_factor="2"),
         dict(BASE, randomisation_code="X"), dict(BASE, hemocytometer="0, 0, 0, 0", dilution_factor="2"),
         dict(BASE, rate="4 mL/min"), dict(BASE, final_volume="50 mL", final_concentration="1e6 cell/mL"),
         dict(BASE, dilution_mode="in_line", final_volume="50 mL"), dict(BASE, thawed_at="2026-11-23T09:30"),
         dict(BASE, dose_number="2"), dict(BASE, in_line_ratio="3"), dict(BASE, drop_factor="20 drop/mL"),
         dict(BASE, administration="gravity", dilution_mode="in_line", in_line_ratio="3"),
         dict(BASE, container_volume="5 mL", dead_volume="6 mL", container="vial"),
         dict(BASE, thawed_at="2099-01-01T10:00"), dict(BASE, viability=""),
         dict(BASE, dose="", weight=""), {**BASE, "protocol": "temcell", "prepared_at": "2026-11-23T09:30"},
         {"protocol": "secretome-nebulized", "first_dose_at": "2026-11-24T08:00", "weight": "70 kg"},
         {"protocol": "ucmsc-frailty", **BASE, "randomisation_list": str(ROOT / "resources")}]


def corpus() -> list:
    """Every field message the core gives for the table of bad entries and forms."""
    protocols = shipped_protocols()
    found = {}
    for spec in FIELDS:
        for text in BAD:
            for key, text_ in evaluate(dict(BASE, **{spec.key: text}), protocols, {}).field_errors.items():
                found.setdefault(str(text_), text_)
    for form in FORMS:
        form = {key: value for key, value in form.items() if key != "concentration" or "hemocytometer" not in form}
        for text_ in evaluate(form, protocols, {}).field_errors.values():
            found.setdefault(str(text_), text_)
    from mscprep.records.names import person_name
    for name in ("", "a", "K\u200bTanaka", "Tаnaka"):      # empty, too short, hidden, Latin with Cyrillic а
        try:
            person_name(name, "operator")
        except InputError as error:
            found.setdefault(str(error.message), error.message)
    return list(found.values())


def test_every_field_message_carries_its_id_and_reads_as_its_english():
    messages = corpus()
    assert len(messages) > 60, "the table of bad entries gives too few messages to prove anything"
    without = sorted(str(m) for m in messages if not isinstance(m, Message) or not m.template)
    assert not without, "field messages with no id (template and parameters):\n" + "\n".join(without)
    for m in messages:   # the English line is the template with its parameters: the CLI prints it
        assert m == m.text(lambda text: text) or m.endswith("…")


def test_every_template_and_word_is_in_both_catalogs():
    from ui.i18n import read_ts
    messages = corpus()
    def flat(word):
        return [x for w in (word if isinstance(word, tuple) else (word,)) for x in flat_one(w)]

    def flat_one(w):
        return list(w) if isinstance(w, tuple) else [w]
    needed = {m.template for m in messages} | {w for m in messages for _n, word in m.words for w in flat(word)}
    for language_ in ("ja", "zh"):
        table = {source for (_context, source) in read_ts(language_)}
        from mscprep.i18n import catalog
        table |= set(catalog(language_))
        missing = sorted(needed - table)
        assert not missing, f"untranslated in ui_{language_}.ts:\n" + "\n".join(missing)


def test_no_english_reaches_a_japanese_or_chinese_field(qtbot, language):   # noqa: F811 (the fixture)
    from ui.messages import translate_message
    left = []
    for m in corpus():
        shown = translate_message(m)
        data = {value for _name, value in m.params}      # the typed text, figures, units: as typed
        data |= {spec.key for spec in FIELDS}             # a field named as its command-line key (thawed_at)
        words = english_words(shown, data)
        if words or shown == str(m):
            left.append(f"{m!s} -> {shown!r}: {words}")
    assert not left, "\n".join(left)


def test_an_exception_brings_its_message_id_to_the_window(qtbot, language):   # noqa: F811
    from mscprep.records.backends import SqliteBackend
    from ui.messages import translate_message
    backend = SqliteBackend.__new__(SqliteBackend)
    backend.path = "/srv/mscprep/records.sqlite3"
    for raw in ("database is locked", "attempt to write a readonly database", "database or disk is full",
                "file is not a database", "something else"):
        error = RuntimeError(backend.explain(Exception(raw)))
        shown = translate_message(error)
        assert message_of(error) is error.args[0]
        assert not english_words(shown, {backend.path, raw}), shown


def test_a_message_keeps_its_id_through_the_error_and_pickling():
    import pickle
    m = message("'{text}' is {dimension}; expected {wanted}", {"dimension": "a volume", "wanted": ("a mass",)},
                text="70 mL")
    error = InputError("weight", m)
    assert error.message.template == m.template and str(error) == "weight: '70 mL' is a volume; expected a mass"
    assert pickle.loads(pickle.dumps(m)).params == m.params
    assert InputError.collected([("weight", m)]).errors[0][1].template == m.template


@pytest.mark.parametrize("translate", [str.upper])
def test_the_words_are_translated_and_the_parameters_kept(translate):
    m = message("give one cell count, not {methods}", {"methods": ("counter", "label")}, joiner=" and ")
    assert str(m) == "give one cell count, not counter and label"
    assert m.text(lambda t: t if "{" in t else translate(t)) == "give one cell count, not COUNTER AND LABEL"


def test_every_row_value_with_words_carries_its_id(qtbot, language):   # noqa: F811
    """Result rows: a value with words is a Message; the window formats it from its id."""
    from mscprep.preparation.build import prepare
    from test_gui_language import english_words
    from ui.values import translate_value
    protocols = shipped_protocols()
    forms = [{"protocol": "temcell", "weight": "60 kg", "dose_number": "2", "previous_dose_at": "2026-11-19T10:00"},
             {"protocol": "temcell", "weight": "150 kg"},
             {"protocol": "temcell", "weight": "150 kg", "administration": "syringe_push"},
             {"protocol": "adipose-msc-fixed", "weight": "70 kg", "concentration": "1e8 cell/mL", "viability": "90%",
              "duration": "30 min", "dose": "2e9 cell"},
             {"protocol": "stemirac", "weight": "70 kg", "concentration": "1e7 cell/mL", "viability": "90%",
              "dose": "1e8 cell"},
             {"protocol": "secretome-nebulized", "first_dose_at": "2026-11-24T08:00"},
             dict(BASE, final_volume="50 mL", diluent="saline_albumin"),
             dict(BASE, concentration="", hemocytometer="45, 44, 46, 40", dead="3, 2, 4, 1", dilution_factor="2",
                  viability=""),
             dict(BASE, administration="gravity", drop_factor="20 drop/mL"),
             dict(BASE, dilution_mode="in_line", in_line_ratio="3", diluent="saline")]
    rows = [row for form in forms for row in prepare({k: v for k, v in form.items() if v}, protocols).rows()]
    wordy = [row for row in rows if english_words(str(row.value), set())]
    assert len(wordy) >= 8, "too few values with words to prove anything"
    without = [f"{row.key}: {row.value}" for row in wordy if not getattr(row.value, "template", "")]
    assert not without, "row values with words and no id:\n" + "\n".join(without)
    left = [(str(row.value), translate_value(row.value)) for row in wordy
            if english_words(translate_value(row.value), {v for _n, v in row.value.params})]
    assert not left, left


def test_the_checkers_missing_figures_read_in_the_language(qtbot, language):   # noqa: F811
    from mscprep.records.doublecheck import Requirement, missing_text
    from ui.messages import translate_message
    m = missing_text((Requirement(("weight",)), Requirement(("concentration", "hemocytometer")), Requirement(("din",))))
    assert str(m).startswith("enter from the source documents: Body weight, ")
    assert not english_words(translate_message(m), set()), translate_message(m)


def test_the_sheet_prints_the_row_values_from_their_ids_in_the_language():
    """The sheet's result rows carry the value's id (a Text) and print it in the sheet's
    language through the sheet catalogs; the English reads as before."""
    from mscprep.documents.model import Results, Text, render
    from mscprep.i18n import translator
    from mscprep.preparation.build import prepare
    protocols = shipped_protocols()
    forms = [{"protocol": "temcell", "weight": "60 kg", "dose_number": "2", "previous_dose_at": "2026-11-19T10:00"},
             {"protocol": "temcell", "weight": "150 kg"},
             dict(BASE, concentration="", hemocytometer="45, 44, 46, 40", dead="3, 2, 4, 1", dilution_factor="2",
                  viability="")]
    checked = 0
    for form in forms:
        preparation = prepare({k: v for k, v in form.items() if v}, protocols)
        results = [s for s in preparation.document().sections if isinstance(s, Results)]
        assert results
        values = {row.key: row.value for row in preparation.rows()}
        for row in results[0].rows:
            if isinstance(row.value, Text):
                assert render(row.value, lambda text: text) in values.values()
                for language_ in ("ja", "zh"):
                    shown = render(row.value, translator(language_))
                    data = {value for _name, value in row.value.params}
                    assert not english_words(shown, data), (language_, shown)
                checked += 1
    assert checked >= 4


def test_the_protocol_refusals_read_in_the_language(qtbot, language):   # noqa: F811
    from ui.messages import translate_message
    refusals = []
    for protocol in ("TEMCELL", "no-such-protocol"):
        try:
            shipped_protocols().get(protocol)
        except InputError as error:
            refusals.append(error)
    assert len(refusals) == 2      # a near miss and an unknown name
    for error in refusals:
        data = {value for _name, value in error.message.params}
        assert not english_words(translate_message(error), data), translate_message(error)
