"""The sociale kaart: who can help, and importing the municipality's export.
"""
