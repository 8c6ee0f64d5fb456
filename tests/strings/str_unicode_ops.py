# Indexing and slicing strings with non-ASCII characters
s = "héllo wörld 日本語 😀!"
print(len(s), s[1], s[7], s[12:15], s[-2], s[::-1])
print(s.upper(), s.find("ö"), s.index("日"), s.count("l"), s.split())
print([ord(c) for c in s[-3:]], "".join(chr(ord(c)) for c in s) == s)
print(s.encode("utf-8")[:10], len(s.encode("utf-8")), len(s.encode("utf-16-le")) if False else "")
print(sorted("ébcaÀ"), "é" < "z", "Z" < "é", max("abcé"), min("日本"))
print("😀" * 3, "日本" + "語", "ö" in s, "ä" in s, s.replace("ö", "oe"))
print(repr("日本"), ascii("日本"), "日本".isalpha(), "😀".isalpha(), "١".isdigit())
print("Straße".lower(), "Straße".upper(), len("Straße".upper()), "straße" == "STRASSE".lower())
print("ǆ".title(), "ﬁ".upper(), "İ".lower() == "i\u0307")
print(f"{'日本':>6}|{'😀':^5}|{'é':*<3}|")
print("abc😀def".partition("😀"), "a😀b😀c".split("😀"), "😀".join("ab"))
print(hash("é") == hash("\u00e9"), "e\u0301" == "é", len("e\u0301"))
