# TypeError for a call missing a required argument
class Greeter:
    def greet(self, name, punctuation):
        return f"Hello, {name}{punctuation}"

g = Greeter()
print(g.greet("Ann", "!"))
g.greet("Bob")
