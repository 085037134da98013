# dyad — build, test, benchmark. Plain GNU make; see README.md for the two commands.
#
#   make            library (build/libdyad.a), CLI (build/dyad), trainer (build/dyad-train)
#   make check      unit tests + PETRARCH-2 conformance; ends with "N passed, M failed"
#   make check-san  the same under AddressSanitizer + UndefinedBehaviorSanitizer
#   make fuzz       build libFuzzer targets (clang) and run each briefly on its seeds
#   make demo       code the bundled sample articles
#   make bench      throughput figures (bench/README.md)
#   make model      retrain data/model/en_ewt.dpm from UD English EWT (UD=folder, default
#                   $(SHARED)/ud/en-ewt; scripts/train-model.sh, a few minutes on one core)

CC      ?= gcc
PKGS    := zlib sqlite3 libxml-2.0 libcjson libutf8proc
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
OPT     ?= -O2 -g
CFLAGS  ?=
WARN    := -std=c11 -Wall -Wextra -Werror -Wshadow -Wno-unused-parameter
# Where the default dictionaries and models are found ($DYAD_DATA overrides at run time).
DATADIR ?= $(CURDIR)/data
ALL_CFLAGS := $(WARN) $(OPT) -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Iinclude -Isrc \
    -DDYAD_DATADIR='"$(DATADIR)"' $(PKG_CFLAGS) $(CFLAGS)
LDLIBS  := $(PKG_LIBS) -lpthread -lm

B       ?= build
SHARED  ?= ../shared

LIB_SRC   := $(sort $(wildcard src/*/*.c))
LIB_SRC   := $(filter-out src/cli/%,$(LIB_SRC))
CLI_SRC   := $(sort $(wildcard src/cli/*.c))
TRAIN_SRC := $(sort $(wildcard src/parse/train/*.c))
TEST_SRC  := $(sort $(wildcard tests/unit/test_*.c))

LIB_OBJ   := $(LIB_SRC:%.c=$(B)/obj/%.o)
CLI_OBJ   := $(CLI_SRC:%.c=$(B)/obj/%.o)
TRAIN_OBJ := $(TRAIN_SRC:%.c=$(B)/obj/%.o)
TESTS     := $(TEST_SRC:tests/unit/%.c=$(B)/tests/%)

all: $(B)/libdyad.a $(B)/dyad $(if $(TRAIN_SRC),$(B)/dyad-train)

$(B)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

$(B)/libdyad.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(B)/dyad: $(CLI_OBJ) $(B)/libdyad.a
	$(CC) $(ALL_CFLAGS) $(CLI_OBJ) $(B)/libdyad.a $(LDLIBS) -o $@

$(B)/dyad-train: $(TRAIN_OBJ) $(B)/libdyad.a
	$(CC) $(ALL_CFLAGS) $(TRAIN_OBJ) $(B)/libdyad.a $(LDLIBS) -o $@

$(B)/tests/%: tests/unit/%.c tests/harness.h $(wildcard tests/unit/*.h) $(B)/libdyad.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Itests $< $(B)/libdyad.a $(LDLIBS) -o $@

# check and demo first make sure the Debian packages are there (a no-op when they are),
# so a fresh machine needs nothing but these commands.
deps:
	@sh scripts/install-deps.sh

check: deps
	@$(MAKE) --no-print-directory run-tests

run-tests: all $(TESTS)
	@B=$(B) SHARED=$(SHARED) sh tests/run.sh $(TESTS)

check-san: deps
	$(MAKE) run-tests B=build-san OPT="-O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" \
	    ASAN_OPTIONS=detect_leaks=1

FUZZ_SRC := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BIN := $(FUZZ_SRC:tests/fuzz/%.c=build-fuzz/%)
FUZZ_LIB_OBJ := $(LIB_SRC:%.c=build-fuzz/obj/%.o)
FUZZ_CFLAGS := -std=c11 -g -O1 -fsanitize=fuzzer-no-link,address,undefined -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Iinclude -Isrc -DDYAD_DATADIR='"$(DATADIR)"' $(PKG_CFLAGS)
FUZZ_SECONDS ?= 20

build-fuzz/obj/%.o: %.c
	@mkdir -p $(dir $@)
	clang $(FUZZ_CFLAGS) -MMD -MP -c $< -o $@

build-fuzz/%: tests/fuzz/%.c $(FUZZ_LIB_OBJ)
	clang $(FUZZ_CFLAGS) -fsanitize=fuzzer $< $(FUZZ_LIB_OBJ) $(LDLIBS) -o $@

fuzz: $(FUZZ_BIN)
	@SECONDS_EACH=$(FUZZ_SECONDS) SHARED=$(SHARED) sh tests/fuzz/run.sh $(FUZZ_BIN)

demo: deps
	@$(MAKE) --no-print-directory all
	@sh scripts/demo.sh $(B)/dyad

bench: all
	@B=$(B) SHARED=$(SHARED) sh bench/run.sh

UD ?= $(SHARED)/ud/en-ewt
model: $(B)/dyad $(B)/dyad-train
	nice sh scripts/train-model.sh $(UD)

clean:
	rm -rf build build-san build-fuzz

.PHONY: all deps check run-tests check-san fuzz demo bench model clean
.SECONDARY:
-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(TRAIN_OBJ:.o=.d) $(FUZZ_LIB_OBJ:.o=.d)
