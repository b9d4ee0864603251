"""The ISBT 128 data structures a bag label carries (ICCBBA ST-001), as data: the PDF label
and the ZPL label draw the same strings.

  DIN [001]                  =αppppyynnnnnnff   (flags 00: the check character is printed
                                                  in a box beside it, never in the symbol)
  Product Code [003]         =<αooootds
  Expiration Date/Time [005] &>cyyjjjhhmm
  Compound Message [023]     =+aabbb then the structures with no separator (bbb 000: an
                             unspecified sequence, as ICCBBA encourages), for the Data Matrix
"""

from __future__ import annotations

from .din import expiry_data_structure
from .errors import InputError
from .scan import product_code_fields


def din_structure(din14: str, flags: str = "00") -> str:
    return f"={din14[:13]}{flags}"


def product_code_structure(code: str) -> str | None:
    """`=<` and the code, or None for a code that is not an ISBT 128 product code (an old
    record's free text: printed as text, never as an ISBT 128 symbol)."""
    try:
        product_code_fields(code)
    except InputError:
        return None
    return f"=<{code}"


def label_structures(label) -> list[str]:
    """The label's data structures, in the order of the compound message."""
    structures = []
    if label.din:
        structures.append(din_structure(label.din))
    if label.product_code and product_code_structure(label.product_code):
        structures.append(product_code_structure(label.product_code))
    if label.shows_use_by and label.use_by is not None:
        structures.append(expiry_data_structure(label.use_by))
    return structures


def compound_message(label) -> str | None:
    """The Data Matrix content: a compound message of the label's structures (None with
    fewer than two: one structure needs no compound message)."""
    structures = label_structures(label)
    if len(structures) < 2:
        return None
    return f"=+{len(structures):02d}000" + "".join(structures)
