# Case conversion with non-ASCII characters (full Unicode case mappings)
samples = ["ß straße", "ǅungla", "ÉCOLE", "İstanbul", "ﬁnal", "ΣΑΣ ΟΔΟΣ", "Ǆ", "ŉ",
           "ἀρχή", "Привет Мир", "ǰ", "ﬀ", "Ω", "ǈ", "ı"]
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.capitalize()),
          repr(s.title()), repr(s.swapcase()), repr(s.casefold()), len(s.upper()))
print("σΣ".lower(), "ΣΑΣ".lower(), "ΌΣΟΣ".lower(), "Σ".lower(), "aΣ b".lower())
print("ǅ".istitle(), "ǅ".isupper(), "ǅ".islower(), "Σσ".istitle())
print("ÉCOLE".isupper(), "école".islower(), "Привет".istitle())
print("ß".upper().lower(), "ß".casefold(), "ﬁ".casefold(), "ΣΑΣ".casefold())
print([c for c in "Straße" if c.islower()])
print("MÜNCHEN".lower(), "münchen".title(), "ÅNGSTRÖM".capitalize())
print("ǲ".upper(), "ǲ".lower(), "ǲ".title(), "dž".title())
print("ꭰ".upper(), "Ꭰ".lower(), "ᏸ".upper())
print("ﬃ".upper(), len("ﬃ".upper()), "ΐ".upper(), len("ΐ".upper()))
print("İ".lower(), len("İ".lower()), "i̇".upper())
