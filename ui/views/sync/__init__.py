"""The Synkronisering area: the page, the background runner, enrollment and the read-only check."""
