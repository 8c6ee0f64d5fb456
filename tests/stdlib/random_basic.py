import random
random.seed(42)
print(random.random(), random.randint(1, 100))
for s in (0, 1, 12345, 2**40 + 7, -5, 2**100):
    random.seed(s)
    print(s, random.random(), random.getrandbits(8), random.getrandbits(70), random.randrange(10, 1000, 7))
random.seed(7)
xs = list(range(20)); random.shuffle(xs); print(xs)
print(random.choice('abcdefg'), random.sample(range(100), 5), random.sample(range(10000), 8))
print(random.choices('abc', k=5), random.choices('abc', weights=[1, 5, 10], k=5))
print(random.uniform(1, 2), random.gauss(0, 1), random.gauss(0, 1), random.normalvariate(5, 2), random.expovariate(2))
r = random.Random(99); st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random())
print(random.Random(3.5).random(), [random.Random(1).randint(1, 6) for _ in range(3)])
for bad in [(5, 5), (0,)]:
    try:
        random.randrange(*bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    random.choice([])
except IndexError as e:
    print('IndexError:', e)
