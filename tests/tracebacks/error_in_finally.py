# An exception raised in finally replaces the original one (chained as context)
def risky():
    try:
        raise KeyError("original")
    finally:
        print("cleanup")
        cleanup_failed()

def cleanup_failed():
    raise OSError("cleanup failed")

risky()
