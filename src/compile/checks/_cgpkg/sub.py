Y = 2
def who(): return __name__
