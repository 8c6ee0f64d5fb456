"""ProcessPoolExecutor: not available in shoal yet.

The class exists so that programs can import and test for it; creating one
raises NotImplementedError.
"""

from concurrent.futures import _base


class BrokenProcessPool(_base.BrokenExecutor):
    """
    Raised when a process in a ProcessPoolExecutor terminated abruptly
    while a future was in the running state.
    """


class ProcessPoolExecutor(_base.Executor):
    """An executor running calls in worker processes (not implemented in
    shoal)."""

    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        raise NotImplementedError(
            "ProcessPoolExecutor is not available in shoal")


def _check_system_limits():
    # CPython raises NotImplementedError here where process pools cannot
    # work; in shoal they never can yet.
    raise NotImplementedError("ProcessPoolExecutor is not available in shoal")
