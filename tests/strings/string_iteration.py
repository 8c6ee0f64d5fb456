# Iterating strings, building strings, character codes
text = "Hello, World"
print([c for c in text if c.isupper()])
print(sum(1 for c in text if c in "aeiouAEIOU"))
codes = [ord(c) for c in "AZaz09"]
print(codes, "".join(chr(c) for c in codes))
print("".join(chr(ord(c) + 1) for c in "HAL"))

def caesar(s, k):
    out = []
    for c in s:
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
enc = caesar(text, 3)
print(enc, caesar(enc, -3))

def rle(s):
    if not s:
        return ""
    out, prev, cnt = [], s[0], 1
    for c in s[1:]:
        if c == prev:
            cnt += 1
        else:
            out.append(f"{cnt}{prev}")
            prev, cnt = c, 1
    out.append(f"{cnt}{prev}")
    return "".join(out)
print(rle("aaabccddddde"), rle(""), rle("x"))
print(list(enumerate("abc")), list(zip("abc", "xyz")))
print(dict.fromkeys("hello"))
print("-".join(reversed("abc")), "".join(sorted("dcba", reverse=True)))
vowels = set("aeiou")
print(sorted(set("programming") - vowels))
it = iter("ab")
print(next(it), next(it), next(it, "end"))
print(" ".join(w[::-1] for w in "hello big world".split()))
print(max("apple pie banana split".split(), key=len))
print([text[i:i + 3] for i in range(0, len(text), 3)])
