"""What is printed or saved as PDF: the report for a colleague, the parents' copy, the
kaart's overview.
"""
