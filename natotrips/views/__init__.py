"""What each view shows, as blocks of rows and facts (``blocks``), with no Rich and no
printing. One module a family of views: ``events``, ``summaries``, ``time``, ``compare``."""
