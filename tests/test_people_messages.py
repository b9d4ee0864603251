"""Badge, PIN and enrolment refusals carry their message ids, and the window shows them, and
the People dialog, in Japanese and Chinese with no English word left (issues 22 and 24)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from mscprep.errors import InputError, Message
from mscprep.records import people, staff
from mscprep.records.errors import StoreError
from mscprep.records.store import RecordStore
from test_gui_language import english_words, language, shown_texts  # noqa: F401 (the fixture)

ADMIN_PIN, TECH_PIN, PHARM_PIN = "482913", "551177", "771202"


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch):
    monkeypatch.setenv("MSCPREP_TEST_KDF", "cheap")


def _refusals(tmp_path) -> list:
    """Every refusal of enrolment, badge and PIN the core gives, made for real."""
    found = []

    def refused(call, *args):
        try:
            call(*args)
        except (InputError, StoreError) as error:
            found.append(getattr(error, "message", None) or error.args[0])
            return
        raise AssertionError(f"{call.__name__}{args} was not refused")

    empty = RecordStore(tmp_path / "empty.sqlite3")
    refused(staff.authenticate, empty, people.new_badge_code(), "123456")
    refused(staff.enrol, empty, "Kenji Tanaka (KT)", "technician", TECH_PIN)
    store = RecordStore(tmp_path / "records.sqlite3")
    _a, admin_code = staff.enrol(store, "Aiko Mori (AM)", "admin", ADMIN_PIN)
    admin = staff.authenticate(store, admin_code, ADMIN_PIN)
    refused(staff.enrol, empty, "Kenji Tanaka (KT)", "admin", TECH_PIN, admin)
    _t, tech_code = staff.enrol(store, "Kenji Tanaka (KT)", "technician", TECH_PIN, admin)
    _p, pharm_code = staff.enrol(store, "Mika Sato (MS)", "pharmacist", PHARM_PIN, admin)
    _q, qa_code = staff.enrol(store, "Yui Ito (YI)", "qa", "919293", admin)
    tech = staff.authenticate(store, tech_code, TECH_PIN)
    for name in ("Kenji\u200bTanaka (KX)", "Kenji\tTanaka (KX)", "Kenji Tanaka\ue000 (KX)", "Keiko Tanaka",
                 "K (KX)", "Keiko Tanaka (K1)", "Kеnji Tanaka (KX)", "KENJI TANAKA (KX)", "Keiko Tanaka (KT)",
                 "Keiko Tanaka ☺ (KX)"):
        refused(staff.enrol, store, name, "pharmacist", "919294", admin)
    refused(staff.enrol, store, "Rin Oda (RO)", "boss", "919294", admin)
    refused(staff.enrol, store, "Rin Oda (RO)", "pharmacist", "919294")
    refused(staff.enrol, store, "Rin Oda (RO)", "pharmacist", "919294", tech)
    for pin in ("12a456", "12345", "111111"):
        refused(people.check_new_pin, pin, "new_pin")
    refused(staff.confirmed_pin, "771202", "771203")
    refused(staff.revoke, store, admin, "Nobody Here")
    for badge in ("", "NOT-A-BADGE", people.new_badge_code()):
        refused(staff.authenticate, store, badge, "123456")
    refused(staff.authenticate, store, tech_code, "")
    for _ in range(4):
        refused(staff.authenticate, store, qa_code, "000000")     # 4, 3, 2 and 1 left
    refused(staff.authenticate, store, qa_code, "000000")         # locked now
    refused(staff.authenticate, store, qa_code, "919293")         # locked
    refused(staff.unlock, store, admin, "KT")                     # not locked
    refused(staff.set_role, store, admin, "KT", "technician")
    refused(staff.set_role, store, admin, "AM", "qa")
    refused(staff.reset_pin, store, admin, "KT", pharm_code, "919295")
    _person, new_code = staff.replace_badge(store, admin, "MS", "919296")
    refused(staff.authenticate, store, pharm_code, PHARM_PIN)     # replaced
    staff.revoke(store, admin, "KT")
    refused(staff.authenticate, store, tech_code, TECH_PIN)       # revoked
    refused(staff.revoke, store, admin, "KT")
    pharm = staff.authenticate(store, new_code, "919296")
    record = store.save(_plan(), "", signer=pharm)
    found.append(staff.signer_conflict(store, record, pharm))
    found.append(staff.signer_conflict(store, record, admin))     # an admin is no verifier
    refused(store.log, "Kenji Tanaka (KT)", "settings", "paper")   # a typed name where people are enrolled
    refused(staff.write_badge, tmp_path / "no-such-folder" / "b.pdf", _person, new_code, store.location)
    from mscprep.session import Session
    from mscprep.protocol.loader import shipped_protocols
    refused(Session(shipped_protocols(), None).authenticate, new_code, "919296")
    session = Session(shipped_protocols(), store)
    session.signer = staff.authenticate(store, admin_code, ADMIN_PIN)
    session.signer = type(session.signer)(**{**session.signer.__dict__, "badge": new_code})
    refused(session.confirm_signature, "919296")
    store.close()
    empty.close()
    return found


def _plan():
    from helpers import plan
    return plan(weight="70 kg", dose="1e6 cell/kg", concentration="1e7 cell/mL", viability="90%", duration="30 min",
                final_volume="50 mL", patient_id="MRN-000123", patient_name="Yamada Hanako", din="A999921123456")


@pytest.fixture(scope="module")
def refusals(tmp_path_factory):
    import os
    os.environ["MSCPREP_TEST_KDF"] = "cheap"
    return _refusals(tmp_path_factory.mktemp("people"))


def test_every_refusal_carries_its_id_and_reads_as_its_english(refusals):
    assert len(refusals) >= 40
    without = [str(m) for m in refusals if not isinstance(m, Message) or not m.template]
    assert not without, "badge, PIN and enrolment messages with no id:\n" + "\n".join(without)
    for m in refusals:
        assert m == m.text(lambda text: text) or m.endswith("…")


def test_every_template_and_word_is_in_both_catalogs(refusals):
    from mscprep.i18n import catalog
    from ui.i18n import read_ts
    from ui.messages import TEMPLATES, WORDS
    needed = {m.template for m in refusals}
    words = {w for m in refusals for _name, word in m.words
             for w in (word if isinstance(word, tuple) else (word,))}
    assert needed <= set(TEMPLATES) and words <= set(WORDS)
    for language_ in ("ja", "zh"):
        table = {source for (_context, source) in read_ts(language_)} | set(catalog(language_))
        assert not sorted((needed | words) - table), language_


def test_no_english_in_a_japanese_or_chinese_refusal(qtbot, language, refusals):   # noqa: F811 (the fixture)
    from ui.messages import translate_message
    left = []
    for m in refusals:
        shown = translate_message(m)
        data = {value for _name, value in m.params} | {"PIN"}     # PIN: the word both languages use
        words = english_words(shown, data)
        if words or shown == str(m):
            left.append(f"{m!s} -> {shown!r}: {words}")
    assert not left, "\n".join(left)


def test_a_wrong_pin_in_the_badge_dialog_reads_in_japanese(qtbot, tmp_path, qapp):
    from ui.app import install_translators
    from PySide6.QtCore import QTranslator
    from ui.dialogs.badge_dialog import BadgeDialog
    before = {id(child) for child in qapp.findChildren(QTranslator)}
    install_translators(qapp, "ja")
    store = RecordStore(tmp_path / "records.sqlite3")
    try:
        _a, code = staff.enrol(store, "Aiko Mori (AM)", "admin", ADMIN_PIN)
        dialog = BadgeDialog(lambda badge, pin: staff.authenticate(store, badge, pin))
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.badge, code)
        qtbot.keyClicks(dialog.pin, "000000")
        dialog.buttons.accepted.emit()
        assert dialog.error.text() == "Aiko Mori (AM) のバッジの PIN が違います（ロックまであと 4 回）"
    finally:
        store.close()
        for child in qapp.findChildren(QTranslator):
            if id(child) not in before:
                qapp.removeTranslator(child)
                child.setParent(None)


def test_the_people_dialog_and_its_acts_read_in_the_language(qtbot, tmp_path, language):   # noqa: F811
    from ui.dialogs.people_dialog import ActDialog, BadgeCodeDialog, PeopleDialog
    from ui.main_window import MainWindow
    from ui.settings import Settings
    store = RecordStore(tmp_path / "records.sqlite3")
    try:
        person, code = staff.enrol(store, "Aiko Mori (AM)", "admin", ADMIN_PIN)
        window = MainWindow(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)), store=store)
        qtbot.addWidget(window)
        dialog = PeopleDialog(store, window)
        qtbot.addWidget(dialog)
        dialog.select("AM")
        shown = []

        def run(act):
            qtbot.addWidget(act)
            shown.append(act)
            return False
        dialog.run = run
        for key in ("enrol", "role", "revoke", "unlock", "reset_pin", "replace"):
            dialog.start(key)
        shown.append(BadgeCodeDialog(store, person, code, dialog))
        qtbot.addWidget(shown[-1])
        data = {"Aiko Mori (AM)", "AM", code, "Mika Sato (MS)", "PIN"}
        left = []
        for widget in [dialog, *shown]:
            widget.show()
            texts = shown_texts(widget) + [widget.windowTitle()]
            left += [f"{text!r}: {words}" for text in texts if (words := english_words(text, data))]
        assert all(isinstance(act, (ActDialog, BadgeCodeDialog)) for act in shown)
        enabled, why = __import__("ui.dialogs.people_dialog", fromlist=["x"]).people_action_state(window)
        left += [f"{why!r}: {words}" for words in [english_words(why, data)] if words]
        left += [f"{window.people_action.text()!r}"] if english_words(window.people_action.text(), data) else []
        assert not left, "\n".join(left)
    finally:
        store.close()
