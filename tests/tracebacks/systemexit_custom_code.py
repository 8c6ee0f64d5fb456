# raise SystemExit with a non-int, non-str code prints it to stderr
print("about to exit with a list")
raise SystemExit([1, 2, 3])
