"""The printed documents: preparation sheet and bag label (reportlab PDF).

Imported only when printing, so the PDF stack stays off the start-up path.
"""
