"""mscprep: preparation calculator for intravenous mesenchymal stromal cell infusions.

The package is the core: pure Python, no GUI. Importing it stays cheap; the heavy parts
(the PDF stack, the record store) are imported by the modules that need them.
"""

__version__ = "0.1.0"
