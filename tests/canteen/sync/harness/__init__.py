"""The sync fault harness (SYNC.md §7.1): a faulty httpx transport, a TCP fault proxy, a
SIGKILL-able server subprocess and the client's crash points run in a subprocess."""
