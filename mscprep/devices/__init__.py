"""Laboratory balances: Mettler Toledo MT-SICS and Sartorius SBI, over a serial port
(pyserial: RS-232 or USB-CDC) or TCP. No Qt: the gravimetric dialog and the command line
both use `open_balance(url)` and `Balance.read_stable()`.

A reading is recorded with the balance's model, serial number, readability and the raw
reply line, and that it was read, not typed. Anything else (overload, underload, an
error reply, no stable reading within the timeout, a unit that is not a mass, a closed
port, bytes that are not a reply) raises BalanceError with one clear sentence and gives
no reading at all.
"""

from .balance import Balance, BalanceError, Reading, open_balance, readability_problem
from .url import BalanceURL, parse_url

__all__ = ["Balance", "BalanceError", "BalanceURL", "Reading", "open_balance", "parse_url", "readability_problem"]
