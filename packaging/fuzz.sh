#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (clang 16, ASan + UBSan) for the FHIR, CSV and BDPM readers and runs each
# for a short time: `bash packaging/fuzz.sh [SECONDS]` (default 20). Crashes land in build/fuzz/.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-20}
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
for target in fhir csv bdpm; do
    clang++-16 "${flags[@]}" tests/fuzz/fuzz_$target.cpp core/interop/FhirReader.cpp core/interop/CsvReader.cpp \
        core/drugs/BdpmReader.cpp "${libs[@]}" -o "$out/fuzz_$target"
    mkdir -p "$out/corpus_$target"
    cp -n tests/fuzz/corpus/$target/* "$out/corpus_$target/" 2>/dev/null || true
    echo "fuzz_$target: ${secs}s"
    "$out/fuzz_$target" -max_total_time="$secs" -artifact_prefix="$out/crash_${target}_" -print_final_stats=1 \
        "$out/corpus_$target" 2>&1 | grep -E "^(Done|stat::number_of_executed_units|==.*ERROR|SUMMARY)" || true
    if ls "$out"/crash_${target}_* >/dev/null 2>&1; then
        echo "fuzz_$target found a crash: $(ls "$out"/crash_${target}_*)" >&2
        exit 1
    fi
done
