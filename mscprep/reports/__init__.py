"""Quality review for QA and inspectors (EU GMP Annex 11 §9: audit trails are reviewed).

quality.py reads a period's facts from a record store (read only) into plain data;
review.py reads one record's audit trail; pdf.py and charts.py render them with reportlab;
tables.py writes the same figures as CSV; text.py translates the report's own words.
No Qt here.
"""
