#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (clang 16, ASan + UBSan) for the FHIR, CSV and BDPM readers and runs each
# for a short time: `bash packaging/fuzz.sh [SECONDS]` (default 20). Crashes land in build/fuzz/.
# Inputs up to 1 MiB are explored (-max_len); the large seeds (150,000-deep nesting, a 10 MB
# string, huge numbers, invalid UTF-8) are written at run time into build/fuzz/seeds_*, given
# whole to each target once, then used as seeds (cut to 1 MiB by libFuzzer).
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-20}
max_len=${RELAIS_FUZZ_MAX_LEN:-1048576}
out=build/fuzz
mkdir -p "$out"
# libstdc++ 12 hides std::expected from clang 16, whose __cpp_concepts is one revision short
# although it compiles <expected> fine; say the feature is there.
# RapidJSON 1.1.0 (Debian) adds an offset to its empty stack's null pointer before the first
# allocation; that one UBSan check is left out so the fuzzers look at our code.
flags=(-std=c++2b -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -fno-sanitize=pointer-overflow
       -Wno-macro-redefined -D__cpp_concepts=202002L -DQT_NO_CAST_FROM_ASCII -fPIC
       -Icore $(pkg-config --cflags Qt6Core))
libs=($(pkg-config --libs Qt6Core) -lcsv)

# Large seeds, generated rather than committed. FHIR: first byte 0 = Bundle, 1 = NDJSON.
python3 - "$out" <<'PY'
import os, sys
out = sys.argv[1]
def put(target, name, data):
    d = os.path.join(out, "seeds_" + target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)
deep = b"[" * 150000 + b"]" * 150000
big = b"x" * (10 * 1024 * 1024)
bad_utf8 = b"\xff\xfe\xc3\x28\xc0\xaf\xed\xa0\x80\xf4\x90\x80\x80\xe2\x82"
bundle = lambda resource: b'{"resourceType":"Bundle","type":"collection","entry":[{"fullUrl":"urn:uuid:1","resource":' + resource + b"}]}"
put("fhir", "deep-bundle", b"\0" + bundle(b'{"resourceType":"Patient","x":' + deep + b"}"))
put("fhir", "deep-bundle-outside", b"\0" + b'{"resourceType":"Bundle","meta":' + deep + b"}")
put("fhir", "deep-ndjson", b"\1" + b'{"resourceType":"Patient","id":"p","x":' + deep + b"}\n")
put("fhir", "deep-ndjson-objects", b"\1" + b'{"a":' * 150000 + b"1" + b"}" * 150000 + b"\n")
put("fhir", "string-10mb-bundle", b"\0" + bundle(b'{"resourceType":"Patient","id":"' + big + b'"}'))
put("fhir", "string-10mb-ndjson", b"\1" + b'{"resourceType":"Patient","id":"p","text":"' + big + b'"}\n')
put("fhir", "huge-numbers", b"\1" + b'{"resourceType":"Observation","id":"o","a":1e999999,"b":-1e-999999,"c":123456789012345678901234567890,"d":1' + b"0" * 200000 + b"}\n")
put("fhir", "huge-numbers-bundle", b"\0" + bundle(b'{"resourceType":"Observation","id":"o","a":1e400,"b":18446744073709551616,"c":-9223372036854775809}'))
put("fhir", "invalid-utf8-bundle", b"\0" + bundle(b'{"resourceType":"Patient","id":"' + bad_utf8 + b'","name":[{"family":"' + bad_utf8 * 1000 + b'"}]}'))
put("fhir", "invalid-utf8-ndjson", b"\1" + b'{"resourceType":"Patient","id":"' + bad_utf8 + b'"}\n' + bad_utf8 + b"\n")
put("csv", "field-10mb", b"Identifiant;Nom de naissance\nx1;" + big + b"\n")
put("csv", "invalid-utf8", b"Identifiant;Nom de naissance\n" + (b"x;" + bad_utf8 + b"\n") * 1000)
put("csv", "quotes", b'Identifiant;Nom\n"' + b'""' * 500000 + b'\n')
put("bdpm", "line-10mb", b"\0" + b"60000001\t" + big + b"\n")
put("bdpm", "invalid-utf8", b"\1" + (b"60000001\t" + bad_utf8 + b"\t3400930000001\n") * 1000)
PY

cpu_ticks() { awk '{print $16 + $17}' /proc/$$/stat; }  # this shell's waited-for children, user + system
hz=$(getconf CLK_TCK)
fuzz_ticks=0
for target in fhir csv bdpm; do
    clang++-16 "${flags[@]}" tests/fuzz/fuzz_$target.cpp core/interop/FhirReader.cpp core/interop/CsvReader.cpp \
        core/drugs/BdpmReader.cpp "${libs[@]}" -o "$out/fuzz_$target"
    mkdir -p "$out/corpus_$target"
    cp -n tests/fuzz/corpus/$target/* "$out/corpus_$target/" 2>/dev/null || true
    # The large seeds whole, once each (no -max_len cut), then as seeds of the run.
    start=$(cpu_ticks)
    echo "fuzz_$target: the large seeds at full size"
    "$out/fuzz_$target" -artifact_prefix="$out/crash_${target}_" "$out/seeds_$target"/* 2>&1 \
        | grep -E "^(Executed|==.*ERROR|SUMMARY)" || true
    echo "fuzz_$target: ${secs}s, -max_len=$max_len"
    "$out/fuzz_$target" -max_total_time="$secs" -max_len="$max_len" -artifact_prefix="$out/crash_${target}_" \
        -print_final_stats=1 "$out/corpus_$target" "$out/seeds_$target" 2>&1 \
        | grep -E "^(Done|stat::number_of_executed_units|==.*ERROR|SUMMARY)" || true
    fuzz_ticks=$(( fuzz_ticks + $(cpu_ticks) - start ))
    if ls "$out"/crash_${target}_* >/dev/null 2>&1; then
        echo "fuzz_$target found a crash: $(ls "$out"/crash_${target}_*)" >&2
        exit 1
    fi
done
echo "fuzzing: $(( fuzz_ticks / hz )) CPU-seconds in all (the three targets, compiling not counted)"
