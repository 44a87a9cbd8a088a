EXTENSION = migtrack
EXTVERSION = 0.5.0

MODULE_big = migtrack
DATA = $(wildcard sql/$(EXTENSION)--*.sql)
OBJS = $(patsubst %.c,%.o,$(wildcard src/*.c))
HEADERS = $(wildcard src/*.h)

# Regression suites live in test/sql, expected output in expected/ (test/expected links there).
REGRESS = setup journal_errors hashing states problems sync sync_upgrade verify migrate custom_table privileges privilege_matrix encoding_latin1 guard audit edge_cases real_folders security direct_cases repair
REGRESS_OPTS = --inputdir=test --load-extension=pgcrypto
ISOLATION = sync_vs_sync sync_vs_migrate sync_vs_migrate_v1 sync_vs_status migrate_vs_guard
ISOLATION_OPTS = --inputdir=test

# PostgreSQL's own headers are not -Wextra clean: read them as system headers.
PG_CPPFLAGS += -isystem $(shell $(PG_CONFIG) --includedir-server)
PG_CFLAGS += -Wall -Wextra -Werror
# the version in the module's magic block (PostgreSQL 18+)
PG_CPPFLAGS += -DMIGTRACK_EXTVERSION='"$(EXTVERSION)"'

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

$(OBJS): $(HEADERS)

# The command-line client has its own PGXS Makefile (a PROGRAM, not a module).
all: cli
cli:
	$(MAKE) -C cli PG_CONFIG=$(PG_CONFIG)
install: install-cli
install-cli: cli
	$(MAKE) -C cli PG_CONFIG=$(PG_CONFIG) install
clean: clean-cli
clean-cli:
	$(MAKE) -C cli PG_CONFIG=$(PG_CONFIG) clean
.PHONY: cli install-cli clean-cli

# Benchmarks, not part of any test: a throwaway cluster (pg_virtualenv), about
# 20 minutes on 2 cores; Markdown tables on stdout and in bench/.work/results.md.
bench: install
	bash bench/run.sh
.PHONY: bench

# The regression suites against a server running under valgrind; slow (minutes), not part of the tests.
valgrind:
	PG_CONFIG=$(PG_CONFIG) bash test/valgrind/run.sh
.PHONY: valgrind

# 10,000 generated hostile journals through every function, in a throwaway cluster
# (test/e2e/fuzz.sh runs 1,000 of them as part of the tests).  FUZZ_FROM picks the first seed.
fuzz:
	FUZZ_CASES=$${FUZZ_CASES:-10000} pg_virtualenv -t bash test/e2e/fuzz.sh
.PHONY: fuzz
