# Text processing with only str methods: word wrap, justify, tokenizing
text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs! How vexingly quick daft zebras jump; sphinx of black quartz, judge my vow.")
def wrap(s, width):
    lines, line = [], ""
    for word in s.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines
for line in wrap(text, 30):
    print(f"|{line:<30}|")
for line in wrap(text, 30)[:3]:
    print(f"|{line:>30}|")
    print(f"|{line:^30}|")
def tokenize(s):
    tokens, cur = [], ""
    for ch in s:
        if ch.isalnum():
            cur += ch
        else:
            if cur:
                tokens.append(cur)
                cur = ""
            if not ch.isspace():
                tokens.append(ch)
    if cur:
        tokens.append(cur)
    return tokens
print(tokenize("x1 = foo(bar, 42) + 'q';"))
sentences = [s.strip() for s in text.replace("!", ".").replace(";", ".").split(".") if s.strip()]
print(len(sentences), [len(s.split()) for s in sentences])
letters = sorted(set(c.lower() for c in text if c.isalpha()))
print("".join(letters), len(letters) == 26)
print(text.title()[:40], text.swapcase()[:20])
print(max(text.split(), key=len), sorted(text.lower().split(), key=lambda w: (-len(w), w))[:3])
