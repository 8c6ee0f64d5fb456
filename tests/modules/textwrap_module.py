# textwrap: wrap, fill, dedent, indent, shorten
import textwrap
text = ("Python is a programming language that lets you work quickly and integrate "
        "systems more effectively. Shoal is an interpreter for it.")
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, 40))
print(textwrap.fill(text, 25, initial_indent="* ", subsequent_indent="  "))
code = """
    def f():
        return 1
    print(f())
"""
print(repr(textwrap.dedent(code)))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.shorten(text, width=50), textwrap.shorten("short", 20))
print(textwrap.wrap("", 10), textwrap.wrap("supercalifragilistic", 5))
