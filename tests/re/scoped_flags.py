# Scoped inline flags (?a:...), (?u:...), (?i:...), (?s:...), (?x:...),
# (?-i:...): PCRE2 has no a/u letters, so re.py rewrites the classes inside.
import re
print(re.compile(r'(?a:[a-z])').findall('abc'))
print(re.compile(r'(?a:[a-z])'))
print(re.findall(r'(?a:\w+)', 'héllo wörld'), re.findall(r'(?a:[\w-]+)x', 'é-ab_x'))
print(re.findall(r'(?a:\b\w)', 'é a'), re.findall(r'(?u:\w+)', 'héllo'))
print(re.findall(r'\w(?a:\d\s\D)\w', 'é1 xé١ é'))
print(re.findall(rb'(?a:\w+)', b'ab cd'), re.findall(r'(?a-i:A)(?s:.)', 'AaA\n'))
print(re.findall(r'(?a:\s)', 'a\u2003\x0b\x1cb'), re.findall(r'(?a:[\s])', 'a\u2003\x1c b'))
print(re.findall(r'(?a:(\w)(\w))\w', 'aébcé'), re.compile(r'(?i:ab)(?a:\B.)').search('ABcd'))
print(re.findall(r'(?ai:[a-z]+)\w', 'ABé'), re.findall(r'(?x: a b )', 'ab'))
print(re.findall(r'(?a:x)\w', 'xé'), re.findall(r'(?m:^a)', 'b\na'))
print(re.findall(r'(?a:[\w])', 'aéb'), re.findall(r'(?a:[\d])', 'a١-1b'))
print(re.findall(r'(?a:[\W])', 'a\u2003\xe9\xa0-'), re.findall(r'(?a:[\S])', 'a\xe9\u2003\xa0'))
print(re.findall(r'(?a:x)\b', 'xé x'), re.findall(r'(?a:\w)(\w)', 'aé'))
print(re.sub(r'(?a:\w+)', '<\\g<0>>', 'ça va'), re.split(r'(?a:\W+)', 'añb c'))
print(re.findall(r'(?a:\d+)|\d', '12١٢'), re.fullmatch(r'(?a:\D+)', 'é١') is not None)
print(re.findall(r'(?a:\w)', 'x', re.ASCII), re.findall(r'(?u:\w+)', 'é ab', re.I))
