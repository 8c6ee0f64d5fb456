# shoal: build, test, demo. `make run` and `make test` install what is
# missing (Debian packages), build build/shoal, then demo or test.

CC ?= gcc
# CFLAGS (optimisation, sanitizers) may come from the command line, as the
# tsan and asan targets pass it; the flags every build needs (warnings,
# header dependencies) are added in ALL_CFLAGS either way.
CFLAGS ?= -O2 -g
ALL_CFLAGS = $(CFLAGS) -std=gnu11 -Wall -Wextra -Wno-unused-parameter -Isrc -MMD -MP -pthread
LDLIBS = -lmimalloc -lgmp -lpcre2-8 -lm -lpthread
BUILD ?= build
SRCS := $(shell find src -name '*.c' | sort)
OBJS := $(SRCS:%.c=$(BUILD)/obj/%.o)
DEB_PACKAGES = libmimalloc-dev libgmp-dev libpcre2-dev

.PHONY: all deps run test clean tsan asan bench unit sharestats

all: $(BUILD)/shoal

$(BUILD)/shoal: $(OBJS)
	@echo "LD $@"; $(CC) $(ALL_CFLAGS) -o $@ $(OBJS) $(LDLIBS)

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "CC $<"; $(CC) $(ALL_CFLAGS) -c $< -o $@

# Installs the Debian packages the build needs, only when missing.
deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  apt-get update -qq && apt-get install -y -qq $$missing; \
	fi

run: deps
	$(MAKE) all
	$(BUILD)/shoal demo/parallel.py

test: deps
	$(MAKE) all
	$(MAKE) unit
	python3 tests/run

bench: deps
	$(MAKE) all
	python3 bench/compare

UNIT_SRCS := $(wildcard tests/unit/*.c)
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%)
LIB_OBJS := $(filter-out $(BUILD)/obj/src/main.o,$(OBJS))
unit: $(UNIT_BINS)
$(BUILD)/tests/%: tests/unit/%.c $(LIB_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(LIB_OBJS) $(LDLIBS)

# The thread tests under ThreadSanitizer, and (with the os tests: pipes,
# signals) under AddressSanitizer with UBSan; each builds its own binary in
# build/tsan or build/asan.
tsan: deps
	$(MAKE) BUILD=build/tsan CFLAGS="-O1 -g -fsanitize=thread" build/tsan/shoal
	SHOAL_TEST_TIMEOUT=120 TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 suppressions=$(CURDIR)/tests/tsan.supp" python3 tests/run --binary build/tsan/shoal threads

asan: deps
	$(MAKE) BUILD=build/asan CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer" build/asan/shoal
	SHOAL_TEST_TIMEOUT=120 ASAN_OPTIONS="detect_leaks=0" UBSAN_OPTIONS="halt_on_error=1 print_stacktrace=1" python3 tests/run --binary build/asan/shoal threads os

# A build that prints, at exit, how often threads wrote to objects other
# threads own, per type (src/runtime/sharestats.h): run a workload with it.
sharestats:
	$(MAKE) BUILD=build/sharestats CFLAGS="-O2 -g -DSH_SHARE_STATS" build/sharestats/shoal

clean:
	rm -rf $(BUILD)

-include $(OBJS:.o=.d)
