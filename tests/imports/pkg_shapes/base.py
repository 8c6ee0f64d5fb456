class Shape:
    def area(self):
        raise NotImplementedError
    def describe(self):
        return f"{type(self).__name__} area={self.area():.2f} (from {__name__})"
