# SystemExit passes through finally blocks and except Exception
import sys
def work():
    try:
        print("working")
        sys.exit(5)
    except Exception:
        print("not caught here")
    finally:
        print("finally runs")
work()
