# bench/common.sh — sourced by the bench scripts, which run from the repository root:
# B (build folder) and SHARED; bench_build NAME compiles bench/NAME.c against
# $B/libdyad.a with exactly the Makefile's flags and libraries into $B/bench/NAME;
# one_core CMD... runs a command pinned to CPU 0 when the system lets us (rates are
# CPU time either way).
# shellcheck shell=sh disable=SC2016
B=${B:-build}
SHARED=${SHARED:-../shared}

bench_build() {
    flags=$(make -s --no-print-directory --eval 'print-flags: ; @echo $(ALL_CFLAGS)' print-flags)
    libs=$(make -s --no-print-directory --eval 'print-libs: ; @echo $(LDLIBS)' print-libs)
    mkdir -p "$B/bench"
    # shellcheck disable=SC2086
    ${CC:-cc} $flags "bench/$1.c" "$B/libdyad.a" $libs -o "$B/bench/$1"
}

PIN=""
taskset -c 0 true 2>/dev/null && PIN="taskset -c 0"
one_core() { $PIN "$@"; }
