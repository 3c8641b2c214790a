"""A family's file: the caseload list, members, relations, visits, notes, the Plan tab,
closing and erasing a file.
"""
