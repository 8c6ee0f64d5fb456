# Benchmark: method-heavy classes with attributes and properties.
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def scale(self, k):
        return Vec(self.x * k, self.y * k)
    def dot(self, o):
        return self.x * o.x + self.y * o.y

class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
        self.hits = 0
    @property
    def speed2(self):
        return self.vel.dot(self.vel)
    def step(self, dt):
        self.pos = self.pos.add(self.vel.scale(dt))
        if self.pos.x < 0 or self.pos.x > 100:
            self.vel = Vec(-self.vel.x, self.vel.y)
            self.hits += 1
        if self.pos.y < 0 or self.pos.y > 100:
            self.vel = Vec(self.vel.x, -self.vel.y)
            self.hits += 1

class World:
    def __init__(self, n):
        self.particles = [Particle(Vec(i % 100, (i * 7) % 100), Vec((i % 5) - 2, (i % 3) - 1)) for i in range(n)]
    def tick(self, dt):
        for p in self.particles:
            p.step(dt)
    def energy(self):
        return sum(p.speed2 for p in self.particles)

def main():
    w = World(600)
    for _ in range(1300):
        w.tick(0.5)
    hits = sum(p.hits for p in w.particles)
    print("objects checksum", hits, w.energy(), round(sum(p.pos.x for p in w.particles), 6))

main()
