#!/bin/sh
# Builds the front end's test driver build/parsetest/astdump (run from the
# repository root). Extra arguments go to gcc (e.g. -g -fsanitize=address).
set -e
mkdir -p build/parsetest
gcc -std=gnu11 -O2 -Wall -Wextra -Isrc/parse "$@" -o build/parsetest/astdump \
  tests/parse/astdump.c src/parse/arena.c src/parse/tokenizer.c src/parse/parser.c \
  src/parse/parse_expr.c src/parse/parse_stmt.c src/parse/parse_target.c \
  src/parse/parse_string.c src/parse/parse_pattern.c -lm
