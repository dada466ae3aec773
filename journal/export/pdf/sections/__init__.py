"""One module per section of the chronology; the order lives in `..layout.SECTIONS`."""
