"""Text in any script for the PDF: bidi order (python-bidi), shaping (HarfBuzz via
reportlab), line breaking, and a text layer that copies out in reading order."""
