"""The risk and protective factor checklist: filling it in, the judgement, the trend, the
action route and the Meldcode steps.
"""
