#!/bin/sh
# Runs each libFuzzer target for SECONDS_EACH seconds, seeded from tests/fuzz/seeds/NAME/
# (and, for targets that list one in tests/fuzz/seeds/NAME.shared, files under ../shared).
# Any crash fails the run; crash inputs are left in build-fuzz/.
set -e
for bin in "$@"; do
    name=$(basename "$bin")
    corpus=build-fuzz/corpus/$name
    mkdir -p "$corpus"
    [ -d "tests/fuzz/seeds/$name" ] && cp -r "tests/fuzz/seeds/$name/." "$corpus/" 2>/dev/null || true
    if [ -f "tests/fuzz/seeds/$name.shared" ] && [ -d "${SHARED:-../shared}" ]; then
        while read -r f; do
            [ -n "$f" ] && head -c 65536 "${SHARED:-../shared}/$f" > "$corpus/shared-$(basename "$f")" || true
        done < "tests/fuzz/seeds/$name.shared"
    fi
    echo "fuzz $name: ${SECONDS_EACH:-20}s"
    "$bin" -max_total_time="${SECONDS_EACH:-20}" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix=build-fuzz/ "$corpus" > "build-fuzz/$name.log" 2>&1 ||
        { tail -n 40 "build-fuzz/$name.log"; exit 1; }
    grep -E '^#[0-9]+.*DONE' "build-fuzz/$name.log" | tail -n 1 || true
done
