# raise SystemExit: exit status 0, nothing on stderr
print("before")
def shutdown():
    print("shutting down")
    raise SystemExit
shutdown()
print("not reached")
