"""Questions answered from the graph (the query module); no text is parsed here."""
