# Exceptions in multi-item with statements: which __exit__ methods run
log = []
class CM:
    def __init__(self, name, fail_enter=False, fail_exit=False, suppress=False):
        self.name, self.fail_enter, self.fail_exit, self.suppress = name, fail_enter, fail_exit, suppress
    def __enter__(self):
        log.append("enter " + self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} ({et.__name__ if et else None})")
        if self.fail_exit:
            raise KeyError("exit failed: " + self.name)
        return self.suppress

def run(*cms, body_fails=False):
    log.clear()
    try:
        with cms[0], cms[1], cms[2]:
            log.append("body")
            if body_fails:
                raise ValueError("body failed")
        log.append("after with")
    except Exception as e:
        log.append(f"caught {type(e).__name__}: {e}")
    return list(log)

print(run(CM("a"), CM("b"), CM("c")))
print(run(CM("a"), CM("b", fail_enter=True), CM("c")))
print(run(CM("a"), CM("b"), CM("c"), body_fails=True))
print(run(CM("a"), CM("b", suppress=True), CM("c"), body_fails=True))
print(run(CM("a"), CM("b", fail_exit=True), CM("c"), body_fails=True))
print(run(CM("a", suppress=True), CM("b", fail_exit=True), CM("c")))
