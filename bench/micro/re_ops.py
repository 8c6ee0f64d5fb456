# Micro-benchmark: re ops (instruction counts: bench/instructions).
import re
def f(n):
    p=re.compile(r'(\w+)@(\w+)\.com')
    s=0
    for i in range(n):
        m=p.search('mail bob@example.com now')
        s+=len(m.group(1))+len(p.findall('a@b.com c@d.com'))+len(re.sub(r'\d', '#', 'a1b2c3'))
    return s
print(f(20000))
