"""The results and deliberation pages: the ranking, its figures, and the jury's decision."""
