# json dumps/loads round trips
import json
data = {"name": "shoal", "version": [0, 1], "nested": {"ok": True, "none": None, "pi": 3.14}, "empty": [], "uni": "é€"}
s = json.dumps(data)
print(s)
print(json.loads(s) == data)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
print(json.loads('[1, 2.5, "x", true, false, null, {"a": [1e3, -0.5]}]'))
print(json.dumps("quote\" back\\ nl\n tab\t"), json.dumps(1e100), json.dumps(10 ** 20), json.dumps((1, 2)))
print(json.loads('"\\u00e9\\ud83d\\ude00"'), json.loads("  42  "), json.loads("-0"), json.loads("1E2"))
for bad in ["{'a': 1}", "[1,]", "", "nan", '{"a" 1}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "JSONDecodeError:", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({1: "int key", None: "none key"}), json.dumps(float("inf")))
print(json.dumps([{"a": 1}], default=str), json.dumps({"s": {1}}, default=sorted))
