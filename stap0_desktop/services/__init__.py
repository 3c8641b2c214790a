"""Operations the UI and sync call. They run off the UI thread and report what changed."""
