# Micro-benchmark: json roundtrip (instruction counts: bench/instructions).
import json
def f(n):
    d={'a':[1,2,3],'b':{'c':'hello','d':1.5},'e':None,'f':True}
    s=0
    for i in range(n):
        s+=len(json.dumps(d))+len(json.loads('{"x": [1, 2, {"y": "z"}]}'))
    return s
print(f(10000))
