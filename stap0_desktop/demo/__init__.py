"""The demo: fictional families, checklists, signals and a simulated CJG with a colleague.

Nothing here runs outside ``--demo`` and ``--demo-cjg``; every BSN is from the test range.
"""
