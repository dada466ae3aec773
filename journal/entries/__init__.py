"""What an entry holds and how it is searched, compared and described."""
