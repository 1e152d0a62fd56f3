"""Reports: reportlab PDFs, xlsx and CSV exports built from row objects and labels."""
