"""Sharing with the CJG: consent or another basis, the signal and its preview, the outbox,
the connection and its status.
"""
