"""natotrips: where NATO's Secretary General has been, whom he met, and when."""

__version__ = "0.1.0"
