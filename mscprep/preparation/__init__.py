"""From checked inputs to a preparation whose every limit has been checked.

model.py and inputs.py: what a plan is computed from; counting, chain, bags and course: the
calculation; checks and findings: what it says about the result; release.py: the one rule
that decides the status and whether a label may print; interface.py: the shape every kind
shares; kinds/: the intravenous, blinded and nebulized preparations; build.py: prepare().
"""
