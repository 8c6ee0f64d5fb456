# A bare raise re-raises the active exception with its original traceback
def inner():
    raise TypeError("inner problem")

def outer():
    try:
        inner()
    except TypeError:
        print("logging and re-raising")
        raise

outer()
