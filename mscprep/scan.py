"""One scan field that understands ISBT 128: what was scanned, and where it belongs.

Followed: ICCBBA ST-001 "ISBT 128 Standard Technical Specification" v6.2.2, section 2.3
Table 2 (index of data structures [RT003]) and sections 2.4.1 (DIN [001]), 2.4.3
(Product Code [003]), 2.4.4/2.4.5 (Expiration Date [004], Expiration Date and Time [005]),
2.4.23 (Compound Message [023]), 2.4.25 (Patient Identification Number [025]), 2.4.32
(Product Divisions [032]), Table 3 (flag characters [RT004]), Table 7 (type of collection
[RT008]) and Appendix A (ISO/IEC 7064 mod 37-2). AIM symbology identifiers (`]C0`, `]d2`)
are the ISO/IEC 15424 prefixes a scanner may send before the data.

A keyboard-wedge scanner types key positions for a US keyboard. Under another layout the
data identifiers `=`, `<`, `>`, `&` (and, in French, every digit) arrive as other
characters. `read` recognises the German, French and Japanese layouts: it reads the scan
back through the layout only when the data identifier shows the mismatch and the result is
a valid data structure, and it says so in `Scan.layout`; otherwise it names the layout and
refuses. It never guesses silently.

Pure functions, no Qt: the window's scan field, the form's DIN and product code fields and
`mscprep scan` all call `read`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .din import check_character, din_structure_problem, parse_din
from .errors import InputError, clipped, message

FIELD = "scan"

KIND_NAMES = {
    "din": "the DIN (Donation Identification Number)",
    "product_code": "the product code",
    "expiry": "the expiration date and time",
    "expiry_date": "the expiration date",
    "compound": "a compound message (2-D symbol)",
    "patient_id": "a patient identification number",
    "product_divisions": "the product divisions code",
    "isbt128_other": "another ISBT 128 data structure",
}

# Table 2 [RT003]: data identifier -> (structure number, name, fixed content length or None).
_STRUCTURES = {
    "=%": ("002", "Blood Groups [ABO and RhD]", 4),
    "=<": ("003", "Product Code", 8),
    "=>": ("004", "Expiration Date", 6),
    "&>": ("005", "Expiration Date and Time", 10),
    "=*": ("006", "Collection Date", 6),
    "&*": ("007", "Collection Date and Time", 10),
    "=}": ("008", "Production Date", 6),
    "&}": ("009", "Production Date and Time", 10),
    "=)": ("017", "Container Manufacturer and Catalog Number", 10),
    "&)": ("018", "Container Lot Number", 10),
    "='": ("020", "Staff Member Identification Number", 11),
    "=-": ("021", "Manufacturer and Catalog Number: Items Other Than Containers", 10),
    "&-": ("022", "Lot Number: Items Other Than Containers", 10),
    "=+": ("023", "Compound Message", 5),
    "=#": ("024", "Patient Date of Birth", 10),
    "&#": ("025", "Patient Identification Number", None),
    "=]": ("026", "Expiration Month and Year", 6),
    "=$": ("028", "Product Consignment", 16),
    "=(": ("031", "Flexible Date and Time", 16),
    "=,": ("032", "Product Divisions", 6),
    "&+": ("033", "Processing Facility Information Code", 11),
    # nnnnn pppppp qqqqq: FIN(P), the processor's product code and a 5-character Product
    # Description Code (ST-017 2.1 and its example =/A9997XYZ100T0479; Table 2 prints 4 q).
    "=/": ("034", "Processor Product Identification Code", 16),
    "&/": ("040", "Chain of Identity Identifier", 15),
}
_DIN_FIRST = set("ABCDEFGHIJKLMNPQRSTUVWXYZ123456789")     # 2.4.1: A-N, P-Z, 1-9

# Table 7 [RT008]: type of collection, position 6 of the product code (for E, F, H, S, P).
_COLLECTION_TYPES = {
    "0": "not specified", "V": "volunteer homologous (allogeneic)", "R": "volunteer research",
    "S": "volunteer source", "T": "volunteer therapeutic", "P": "paid homologous (allogeneic)",
    "r": "paid research", "s": "paid source", "A": "autologous, eligible for crossover",
    "1": "for autologous use only", "X": "for autologous use only, biohazard",
    "D": "volunteer directed, eligible for crossover", "d": "paid directed, eligible for crossover",
    "2": "for directed recipient use only", "L": "for directed recipient use only, limited exposure",
    "E": "medical exception, for specified recipient only (allogeneic)",
    "Q": "see (scan) the special testing bar code", "3": "for directed recipient use only, biohazard",
    "4": "designated", "5": "dedicated", "6": "designated, biohazard", "F": "family reserved",
    "C": "replacement", "7": "for allogeneic use", "8": "for autologous use, contains allogeneic material",
    "B": "directed/dedicated/designated collection use only",
    "H": "directed/dedicated/designated collection, biohazardous",
    "J": "directed/dedicated/designated collection, eligible for crossover", "G": "for emergency use only",
}
_PRODUCT_CATEGORIES = {"E": "blood component", "F": "blood component", "H": "MPHO with INN/USAN name",
                       "S": "cellular therapy", "P": "regenerated tissue", "T": "tissue", "V": "ocular tissue",
                       "M": "human milk / topical", "N": "organ", "R": "reproductive tissue and cells",
                       "W": "fecal microbiota", "X": "plasma derivative / in vivo diagnostic",
                       "Y": "clinical trial product", "A": "national or local code", "B": "national or local code",
                       "C": "national or local code", "D": "national or local code"}
_WITH_COLLECTION_TYPE = set("EFHSP")

# ISO/IEC 15424 symbology identifiers: ] + code character + modifier.
_AIM = re.compile(r"^\][A-Za-z][0-9A-Za-z]")

# What a scanner set for a US keyboard produces under another layout, for the characters
# an ISBT 128 scan holds (and the AIM prefix's "]"). Key positions from the layouts'
# published key maps: German T1 (QWERTZ, ISO/IEC 9995), French AZERTY, Japanese JIS X 6002.
_DIGITS = "1234567890"
_LAYOUTS = {
    "de": ("German", {
        **{us: de for us, de in zip("yzYZ", "zyZY")},
        "=": "´", "+": "`", "<": ";", ">": ":", "&": "/", "/": "-", "-": "ß", "#": "§", "*": "(", "(": ")",
        ")": "=", "]": "+", "}": "*", "'": "ä", "$": "$", "%": "%",
    }),
    "fr": ("French", {
        **{us: fr for us, fr in zip(_DIGITS, "&é\"'(-è_çà")},
        **{us: fr for us, fr in zip("!@#$%^&*()", _DIGITS)},
        **{us: fr for us, fr in zip("aqzwAQZW", "qawzQAWZ")},
        "m": ",", "M": "?", ";": "m", ":": "M", "<": ".", ",": ";", ">": "/", ".": ":", "/": "!",
        "-": ")", "]": "$", "}": "£", "'": "ù",
    }),
    "ja": ("Japanese", {
        "=": "^", "+": "~", "&": "'", "*": "(", "(": ")", "^": "&", "@": "\"", "'": ":", "]": "[",
        "}": "{", "\"": "*",
    }),
}
# A reverse map is only built from characters that come back to exactly one US character.


def _reverse(mapping: dict[str, str]) -> dict[str, str]:
    produced: dict[str, list[str]] = {}
    for us, typed in mapping.items():
        produced.setdefault(typed, []).append(us)
    return {typed: us[0] for typed, us in produced.items() if len(us) == 1}


_REVERSE = {code: (name, _reverse(mapping)) for code, (name, mapping) in _LAYOUTS.items()}
# Signs of a layout mismatch: a character the layout types that no ISBT 128 scan holds
# (German ´, French é, Japanese ^), or a scan starting with what the layout types for "="
# or "&" (German "/", Japanese "'"). A scan that does not read as it is and shows a sign
# of a layout is tried through that layout.
_ISBT_CHARACTERS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789=&<>+,%*}()'-#]$/")
_SIGNS = {code: {typed for us, typed in mapping.items() if typed != us and typed not in _ISBT_CHARACTERS}
          for code, (_, mapping) in _LAYOUTS.items()}
_FIRST_SIGNS = {code: {mapping[c] for c in "=&]" if c in mapping and mapping[c] not in "=&]"}
                for code, (_, mapping) in _LAYOUTS.items()}


def _shows_layout(code: str, text: str) -> bool:
    return bool(text) and (text[0] in _FIRST_SIGNS[code] or any(char in _SIGNS[code] for char in text))


@dataclass(frozen=True)
class Scan:
    kind: str                      # din, product_code, expiry, expiry_date, compound, patient_id, ...
    data: str                      # the data structure(s) as ISBT 128 defines them (after the fixes below)
    fields: dict = field(default_factory=dict)
    layout: str | None = None      # "German" etc. when the scan was read back through a keyboard layout
    as_scanned: str = ""           # what arrived, when it differs from `data`
    symbology: str | None = None   # the AIM identifier stripped ("]C0")

    def as_json(self) -> dict:
        out = {"kind": self.kind, "data": self.data, **self.fields}
        if self.symbology:
            out["symbology"] = self.symbology
        if self.layout:
            out["keyboard_layout"] = self.layout
            out["as_scanned"] = self.as_scanned
        return out


class ScanError(InputError):
    pass


def _fail(message: str, field_name: str = FIELD):
    raise ScanError(field_name, message)


# --- the data structures -----------------------------------------------------------------

def _din(content: str, raw: str) -> dict:
    """2.4.1: `=αppppyynnnnnnff` (content is the 15 characters after "=")."""
    if len(content) != 15:
        _fail(message("'{text}' is not a DIN: '=' then 13 characters and 2 flag characters, {count} found",
                      text=clipped(raw), count=len(content)))
    din13, flags = content[:13], content[13:]
    problem = din_structure_problem(din13)
    if problem:
        _fail(message("'{text}' is not a DIN: " + problem, text=clipped(raw)))
    if not re.fullmatch(r"[0-9A-HJ-NPR-Y]{2}", flags):
        _fail(message("'{text}': the flag characters '{flags}' are not ISBT 128 flags",
                      text=clipped(raw), flags=clipped(flags)))
    check = check_character(din13)
    out = {"din": din13, "check_character": check, "flags": flags}
    if flags.isdigit() and 60 <= int(flags) <= 96:
        expected = 60 + "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*".index(check)
        if int(flags) != expected:
            _fail(message("'{text}': the check flags {flags} do not match DIN {din} (expected {expected}): the scan "
                          "is misread or the label is wrong; scan again",
                          text=clipped(raw), flags=flags, din=din13, expected=expected))
        out["flag_type"] = "check character (ISO/IEC 7064 mod 37-2), verified"
    elif flags == "00":
        out["flag_type"] = "not used"
    elif flags.isdigit() and int(flags) <= 19:
        out["flag_type"] = "process control (ICCBBA)"
    elif flags.isdigit() and 20 <= int(flags) <= 59:
        out["flag_type"] = "process control (local)"
    else:
        out["flag_type"] = "reserved"
    return out


def product_code_fields(code: str, raw: str | None = None, field_name: str = FIELD) -> dict:
    """2.4.3: the 8 characters `αooootds` of a product code (without `=<`); InputError
    naming `field_name` when they are not that structure."""
    raw = code if raw is None else raw
    if len(code) != 8:
        _fail(message("'{text}' is not an ISBT 128 product code: 8 characters (a letter, 4 letters or digits, then 3 "
                      "characters), {count} found", text=clipped(raw), count=len(code)), field_name)
    alpha, oooo, t, d, s = code[0], code[1:5], code[5], code[6], code[7]
    if not ("A" <= alpha <= "Z"):
        _fail(message("'{text}': a product code starts with a capital letter (S for cellular therapy)",
                      text=clipped(raw)), field_name)
    if not re.fullmatch(r"[A-Z0-9]{4}", oooo):
        _fail(message("'{text}': characters 2-5 of a product code are capital letters or digits",
                      text=clipped(raw)), field_name)
    out = {"product_code": code, "product_description_code": code[:5],
           "category": _PRODUCT_CATEGORIES.get(alpha, "not assigned")}
    if alpha in _WITH_COLLECTION_TYPE:
        if t not in _COLLECTION_TYPES:
            _fail(message("'{text}': '{character}' is not an ISBT 128 type of collection (Table 7)",
                          text=clipped(raw), character=clipped(t)), field_name)
        divided_elsewhere = d + s == "99"
        if not divided_elsewhere and not (re.fullmatch(r"[A-Z0]", d) and re.fullmatch(r"[a-z0]", s)):
            _fail(message("'{text}': the division code '{code}' is a capital letter or 0, then a small letter or 0 "
                          "(or 99)", text=clipped(raw), code=clipped(d + s)), field_name)
        out.update(collection_type=t, collection=_COLLECTION_TYPES[t], division=d + s,
                   divided=("see the product divisions code (=,)" if divided_elsewhere
                            else "not divided" if d + s == "00" else "divided"))
    else:
        if not re.fullmatch(r"[A-Za-z0-9]{3}", code[5:]):
            _fail(message("'{text}': the last 3 characters of a product code are letters or digits",
                          text=clipped(raw)), field_name)
        out["tds"] = code[5:]
    return out


def _julian(cyyjjj: str, raw: str) -> datetime:
    if not cyyjjj.isdigit():
        _fail(message("'{text}': the date cyyjjj is 6 digits", text=clipped(raw)))
    year, day = 2000 + int(cyyjjj[:3]), int(cyyjjj[3:])
    days = 366 if (year % 4 == 0 and year % 100 != 0) or year % 400 == 0 else 365
    if not 1 <= day <= days:
        _fail(message("'{text}': day {day} does not exist in {year} (1 to {days})",
                      text=clipped(raw), day=day, year=year, days=days))
    return datetime(year, 1, 1) + timedelta(days=day - 1)


def _expiry(content: str, raw: str, with_time: bool) -> dict:
    """2.4.5 `&>cyyjjjhhmm` / 2.4.4 `=>cyyjjj`: the date and time as the label states them
    (the facility's local time; ISBT 128 gives no zone)."""
    day = _julian(content[:6], raw)
    out = {"year": day.year, "julian_day": int(content[3:6])}
    if with_time:
        hh, mm = content[6:8], content[8:10]
        if not (hh.isdigit() and mm.isdigit() and int(hh) <= 23 and int(mm) <= 59):
            _fail(message("'{text}': the time hhmm '{time}' is not a time of day (0000 to 2359)",
                          text=clipped(raw), time=clipped(hh + mm)))
        day = day.replace(hour=int(hh), minute=int(mm))
        out["local_time"] = day.strftime("%Y-%m-%dT%H:%M")
    else:
        out["local_date"] = day.strftime("%Y-%m-%d")
    return out


def _patient_id(content: str, raw: str) -> tuple[dict, int]:
    """2.4.25 `&#aallxx...xx`; returns the fields and the content length used."""
    if len(content) < 4 or not content[:4].isdigit():
        _fail(message("'{text}': a patient identification number starts with a 2-digit location and 2-digit length",
                      text=clipped(raw)))
    length = int(content[2:4])
    number = content[4:4 + length]
    if len(number) != length or not number.isalnum() or not number.isascii():
        _fail(message("'{text}': the patient number should have {length} letters or digits",
                      text=clipped(raw), length=length))
    return {"location_code": content[:2], "patient_id": number}, 4 + length


def _one(text: str, raw: str) -> tuple[str, dict, int]:
    """The data structure at the start of `text`: (kind, fields, characters used)."""
    if len(text) < 2 or text[0] not in "=&":
        _fail(message("'{text}' is not an ISBT 128 data structure: those start with '=' or '&'", text=clipped(raw)))
    identifier = text[:2]
    if text[0] == "=" and text[1] in _DIN_FIRST:
        return "din", _din(text[1:16], raw), 16
    if text[0] == "=" and text[1] in "0O":
        _fail(message("'{text}' is not a DIN: its first character is A-N, P-Z or 1-9, never O or 0", text=clipped(raw)))
    known = _STRUCTURES.get(identifier)
    if known is None:
        _fail(message("'{text}': '{identifier}' is not an ISBT 128 data identifier this program reads",
                      text=clipped(raw), identifier=clipped(identifier)))
    number, name, length = known
    if identifier == "&#":
        fields, used = _patient_id(text[2:], raw)
        return "patient_id", fields, 2 + used
    content = text[2:2 + length]
    if len(content) != length:
        _fail(message("'{text}': {what} has {length} characters after '{identifier}', {count} found",
                      text=clipped(raw), what=name, length=length, identifier=clipped(identifier), count=len(content)))
    if identifier == "=<":
        return "product_code", product_code_fields(content, raw), 2 + length
    if identifier == "&>":
        return "expiry", _expiry(content, raw, True), 2 + length
    if identifier == "=>":
        return "expiry_date", _expiry(content, raw, False), 2 + length
    if identifier == "=,":
        if not re.fullmatch(r"[A-Z0-9]{6}", content):
            _fail(message("'{text}': a product divisions code is 6 capital letters or digits", text=clipped(raw)))
        return "product_divisions", {"divisions": content}, 2 + length
    if identifier == "=+":
        if not content.isdigit():
            _fail(message("'{text}': a compound message header is =+ and 5 digits", text=clipped(raw)))
        return "compound", {"count": int(content[:2]), "sequence": content[2:]}, 2 + length
    return "isbt128_other", {"structure": number, "name": name, "content": content}, 2 + length


def _parse(text: str, raw: str) -> Scan:
    kind, fields, used = _one(text, raw)
    if kind == "compound":
        parts, rest = [], text[used:]
        while rest:
            part_kind, part_fields, part_used = _one(rest, raw)
            if part_kind == "compound":
                _fail(message("'{text}': a compound message cannot hold another compound message", text=clipped(raw)))
            parts.append({"kind": part_kind, "data": rest[:part_used], **part_fields})
            rest = rest[part_used:]
        if len(parts) != fields["count"]:
            _fail(message("'{text}': the compound message announces {announced} data structures and holds {count}: "
                          "scan again", text=clipped(raw), announced=fields['count'], count=len(parts)))
        return Scan("compound", text, {**fields, "structures": parts})
    if used != len(text):
        rest = text[used:]
        try:
            next_kind = _one(rest, raw)[0]
        except InputError:
            _fail(message("'{text}': {what} is followed by '{rest}', which is not ISBT 128 data",
                          {"what": KIND_NAMES[kind]}, text=clipped(raw), rest=clipped(rest)))
        _fail(message("'{text}' holds {what} and {wanted} read as one: scan one bar code at a time",
                      {"what": KIND_NAMES[kind], "wanted": KIND_NAMES[next_kind]}, text=clipped(raw)))
    return Scan(kind, text, fields)


def _decompose_dead_keys(text: str) -> str:
    """A dead key (German ´ and `) pressed before a letter may arrive composed with it
    ("´G" as "Ǵ"): written back as the two keys pressed."""
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        if len(parts) == 2 and parts[1] in ("\u0301", "\u0300"):
            out.append(("´" if parts[1] == "\u0301" else "`") + parts[0])
        else:
            out.append(char)
    return "".join(out)


def _strip_aim(text: str) -> tuple[str, str | None]:
    match = _AIM.match(text)
    return (text[3:], match.group()) if match else (text, None)


def read(text: str) -> Scan:
    """What `text` (as a scanner typed it) is. ScanError (an InputError on field "scan")
    says plainly what is wrong."""
    raw = str(text)
    cleaned = raw.strip().strip("\r\n\x00")
    if not cleaned:
        _fail(message("nothing was scanned"))
    plain, aim = _strip_aim(cleaned)
    try:
        scan = _parse(plain, raw)
        return Scan(scan.kind, scan.data, scan.fields, symbology=aim)
    except InputError as error:
        first_error = error
    readings = []
    for code, (name, reverse) in _REVERSE.items():
        typed = _decompose_dead_keys(cleaned) if code == "de" else cleaned
        if not _shows_layout(code, typed):
            continue
        back = "".join(reverse.get(char, char) for char in typed)
        back, back_aim = _strip_aim(back)
        try:
            scan = _parse(back, raw)
        except InputError:
            readings.append((name, None))
            continue
        readings.append((name, scan, back_aim, typed))
    valid = [reading for reading in readings if reading[1] is not None]
    if len(valid) == 1:
        name, scan, back_aim, _ = valid[0]
        return Scan(scan.kind, scan.data, scan.fields, layout=name, as_scanned=valid[0][3], symbology=back_aim)
    if len(valid) > 1:
        _fail(message("'{text}' could be a scan under a {layout} keyboard layout: set the scanner to the computer's "
                      "keyboard layout and scan again",
                      {"layout": tuple(r[0] for r in valid)}, joiner=" or a ", text=clipped(raw)))
    if readings:
        _fail(message("'{text}' looks typed under a {layout} keyboard layout (the scanner sends US key positions) "
                      "and does not read as ISBT 128 data either way: set the scanner to the computer's keyboard "
                      "layout and scan again",
                      {"layout": tuple(r[0] for r in readings)}, joiner=" or a ", text=clipped(raw)))
    raise first_error


def expect(text: str, kind: str, field_name: str) -> Scan:
    """A scan that must be of `kind` (the DIN field takes a DIN): anything else is refused
    with what it is ("this is the product code: scan the DIN")."""
    try:
        scan = read(text)
    except ScanError as error:
        raise InputError(field_name, error.message) from None
    if scan.kind != kind:
        if scan.kind == "compound":
            inside = [part for part in scan.fields["structures"] if part["kind"] == kind]
            if len(inside) == 1:
                return Scan(kind, inside[0]["data"], {k: v for k, v in inside[0].items() if k not in ("kind", "data")},
                            layout=scan.layout, as_scanned=scan.as_scanned, symbology=scan.symbology)
        raise InputError(field_name, message("this is {what}: scan {wanted}",
                                             {"what": KIND_NAMES.get(scan.kind, scan.kind),
                                                                          "wanted": KIND_NAMES[kind]}))
    return scan


def din_field(text: str, field_name: str = "din") -> str:
    """The form's DIN field: a scan goes through the router (flags verified, a product code or
    an expiry refused as what it is, a keyboard-layout mismatch named); typed text is checked
    by din.parse_din. Returns the 14 characters (13 and the check character)."""
    if looks_scanned(text):
        scan = expect(text, "din", field_name)
        return scan.fields["din"] + scan.fields["check_character"]
    return parse_din(text, field_name)


def looks_scanned(text: str) -> bool:
    """Text that starts like an ISBT 128 scan (a data identifier or an AIM prefix), as
    opposed to a DIN or product code typed by hand."""
    first = _decompose_dead_keys(text.strip()[:1])[:1]
    if not first or first.isalnum() and first.isascii():      # a DIN or product code typed by hand
        return False
    return (first in "=&]" or any(first in signs for signs in _FIRST_SIGNS.values())
            or any(first in signs for signs in _SIGNS.values()))
