"""Helper: imports a package and re-exports names (module-to-module imports)."""
from pkg_shapes import Circle, Square
import pkg_shapes.util.geometry as geo

def unit_shapes():
    return [Circle(1), Square(1)]

SCALE = geo.scale(2, 3)
