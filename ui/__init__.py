"""The Gradio app's parts: the service behind it (one assistant, swapped after an upload), the
chat, the documents tab with uploads, and the pure rendering of an Answer into HTML and text.

app.py puts them together; the figures tab lives in ui/figures_tab.py.
"""
