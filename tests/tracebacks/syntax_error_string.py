# A file that does not parse: unterminated string literal
names = ["ann", "bob"]
for n in names:
    print(n)
message = "this string never ends
print(message)
