X = 1
from . import sub
