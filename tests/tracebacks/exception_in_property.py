# Exception raised inside a property getter
class Temperature:
    def __init__(self, kelvin):
        self._k = kelvin

    @property
    def celsius(self):
        if self._k < 0:
            raise ValueError("negative kelvin")
        return self._k - 273.15

t = Temperature(300)
print(round(t.celsius, 2))
t = Temperature(-5)
t.celsius
