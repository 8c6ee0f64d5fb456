# re: sub/subn templates and callables, split with groups and maxsplit
import re
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"), re.sub(r"(?P<w>\w+)", r"[\g<w>]", "a b"))
print(re.sub("a", r"\g<0>\g<0>", "banana"), re.sub("(a)", r"\1\n", "ab"), re.sub("a", r"\\", "cat"))
print(re.sub("x*", "-", "abxd"), re.sub("", "-", "abc"), re.subn("b*", "X", "abbc"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) + 1), "v1.9.10"), re.subn("o", "0", "foo boo", 3))
print(re.sub("a", "b", "aaa", count=1), re.sub(b"a", b"\\g<0>!", b"xa"), re.sub("(?i)A", "x", "aA"))
print(re.sub("(a)|b", r"[\1]", "ab"), re.sub("é", "e", "éte"), re.sub(r"\s", r"\t", "a b"))
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", 1), re.split("x*", "axbc"), re.split(r"\b", "a b"))
print(re.split("(a)|(b)", "1a2b3"), re.split(",", "a,b,,c", maxsplit=2), re.split("z", "abc"))
print(re.split(rb"\s", b"a b c"), re.split("[ab]", "", 0), re.compile(",").split("1,2", 0))
for repl in (r"\g<2>", r"\q", r"\g<x", r"\g<nope>"):
    try:
        print(re.sub("(a)", repl, "a"))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
def upper(m):
    return m.group(0).upper()
print(re.sub(r"\b\w", upper, "the quick fox"), re.compile(r"o").sub("0", "foo", 1))
