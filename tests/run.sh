#!/bin/sh
# Runs every test binary given, from the repository root, and adds up their
# "N passed, M failed, K skipped" lines. A binary that crashes or prints no summary
# counts as one failure. Ends with the total line that CI reads.
pass=0; fail=0; skip=0
export DYAD_SHARED="${SHARED:-../shared}" DYAD_BIN="${B:-build}/dyad"
# compiled dictionary sets made by the tests stay in the build folder, not ~/.cache
export DYAD_CACHE="${B:-build}/cache"
[ -d "$DYAD_SHARED" ] || echo "note: $DYAD_SHARED not found; tests that need it are skipped"
for t in "$@"; do
    out=$("$t" 2>"$t.err"); rc=$?
    line=$(printf '%s\n' "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed' | tail -n 1)
    cat "$t.err" >&2
    if [ -z "$line" ]; then
        echo "CRASH $t (exit $rc, no summary)"; fail=$((fail + 1)); continue
    fi
    p=$(echo "$line" | sed -E 's/^([0-9]+) passed.*/\1/')
    f=$(echo "$line" | sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/')
    s=$(echo "$line" | sed -nE 's/.*, ([0-9]+) skipped.*/\1/p')
    [ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && { echo "CRASH $t (exit $rc)"; f=1; }
    echo "$(basename "$t"): $line"
    pass=$((pass + p)); fail=$((fail + f)); skip=$((skip + ${s:-0}))
done
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
