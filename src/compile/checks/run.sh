#!/bin/sh
# The compiler's own checks: programs whose output must match CPython's
# (saved as NAME.exp by `python3 NAME.py > NAME.exp`), and the compile-time
# SyntaxErrors (syntax_errors.py compares shoal's with CPython's itself).
# Usage: src/compile/checks/run.sh [path/to/shoal]
cd "$(dirname "$0")" || exit 2
shoal=${1:-../../../build/shoal}
fail=0
for p in *.py; do
  [ "$p" = syntax_errors.py ] && continue
  if "$shoal" "$p" 2>&1 | diff -u "${p%.py}.exp" - >/dev/null; then
    echo "ok   $p"
  else
    echo "FAIL $p"; fail=1
  fi
done
python3 syntax_errors.py "$shoal" || fail=1
exit $fail
