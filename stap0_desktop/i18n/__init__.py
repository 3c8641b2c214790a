"""Translation: Qt's tr() with Dutch as the default language and English second."""
