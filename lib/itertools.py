"""Functional tools for creating and using iterators.

count is C (module _itertools: threads sharing one counter never get the
same value). So are the adaptors, chain, islice, cycle, repeat, starmap,
compress, filterfalse, takewhile, dropwhile, accumulate, pairwise and
zip_longest (itertools_adaptors.c, itertools_filters.c), so that threads
may share one: none hands out an item twice or loses one by itself, and
islice, cycle and repeat hand out exactly the items CPython's would in all.
The combinatorics (product, permutations, combinations,
combinations_with_replacement: itertools_combinatorics.c), groupby
(itertools_groupby.c) and tee (itertools_tee.c) are C as well: threads
sharing a combinatoric iterator get every tuple exactly once, and the
copies of one tee see the same values, each read from the source once,
whichever threads use them.
"""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']

from _itertools import count
from _itertools import (accumulate, chain, compress, cycle, dropwhile, filterfalse, islice,
                        pairwise, repeat, starmap, takewhile, zip_longest)
from _itertools import (_grouper, _tee, _tee_dataobject, combinations,
                        combinations_with_replacement, groupby, permutations, product, tee)
