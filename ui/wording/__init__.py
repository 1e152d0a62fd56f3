"""The GUI's words for the core's codes, one module per area: the core gives codes and data,
sentences are made here (in Qt Linguist's contexts), for views and dialogs alike."""
