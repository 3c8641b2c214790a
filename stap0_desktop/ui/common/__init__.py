"""Small widgets and helpers every screen uses: forms, tab order, wrapped labels, icons,
dates, file dialogs, the operation bridge.
"""
