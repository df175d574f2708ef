"""What each macro shows: pick records from the catalog, hand them to a template.

One module per area of the handbook; every function takes the Renderer and the
src path of the page being built (`here`), and returns Markdown.
"""
