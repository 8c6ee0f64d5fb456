from . import geometry
from .geometry import PI as pi_constant
from ..base import Shape as BaseShape
