#!/usr/bin/env bash
# The cnbBaseImages benchmark: requests and added wall time of the rule against a loopback registry,
# next to `skopeo inspect --config` for the same four configs, and what the rule spends before its
# first request. See README.md beside this script.
#
# Usage: it/src/test/benchmark/run.sh [REPETITIONS]      (from anywhere; default 5 repetitions)
#
# Environment (all optional):
#   CNB_BENCH_WORKDIR  where everything goes (default: it/target/benchmark); results.md is the report
#   CNB_BENCH_M2       the private local repository the rule is installed into (default: /tmp/m2-bench,
#                      seeded with a copy of ~/.m2/repository when it does not exist yet)
#   MVN                the mvn to run (default: mvn on PATH)
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$BENCH_DIR/../../../.." && pwd)
HARNESS=$REPO/it/src/test/registry
REPETITIONS=${1:-5}
MODULES=20
MVN=${MVN:-mvn}
M2=${CNB_BENCH_M2:-/tmp/m2-bench}
# An access-log line of the registry, up to the user agent (as registry-support.groovy reads it).
ACCESS_LINE='^[^ ]+ - [^ ]+ \[[^]]+\] "[A-Z]+ [^ ]+ [^"]+" [0-9]{3} [^ ]+ "[^"]*" "'

# shellcheck source=projects.sh
source "$BENCH_DIR/projects.sh"

say() {
  printf '[benchmark] %s\n' "$*" >&2
}

die() {
  say "ERROR: $*"
  exit 1
}

main() {
  [[ $REPETITIONS =~ ^[1-9][0-9]*$ ]] || die "usage: $0 [REPETITIONS]"
  local tool
  for tool in docker-registry skopeo htpasswd openssl keytool curl java "$MVN"; do
    command -v "$tool" >/dev/null || die "missing $tool (Debian: docker-registry skopeo apache2-utils openssl curl, a JDK, maven)"
  done
  mkdir -p "${CNB_BENCH_WORKDIR:-$REPO/it/target/benchmark}"
  WORK=$(cd "${CNB_BENCH_WORKDIR:-$REPO/it/target/benchmark}" && pwd -P)
  CACHE_HOME=$WORK/xdg-cache
  RULE_VERSION=$(project_property version)
  ENFORCER_VERSION=$(project_property enforcer.version)

  seed_repository
  build_rule
  start_registry
  push_pair
  write_single_project "$WORK/projects/single"
  write_single_project "$WORK/projects/floor" '<alwaysPass/>'
  write_reactor_project "$WORK/projects/reactor" "$MODULES"

  local results=$WORK/results.md profile
  machine >"$results"
  # The profile first: the scenarios' timings are the figures that matter, and they come right after.
  profile=$(startup_profile)
  table_header >>"$results"
  scenario "cold, config only" tags false cold single >>"$results"
  scenario "warm, config only (tags)" tags false warm single >>"$results"
  scenario "pinned, config only (digests)" pinned false warm single >>"$results"
  scenario "cold, with layers" tags true cold single >>"$results"
  scenario "warm, with layers" tags true warm single >>"$results"
  scenario "reactor of $MODULES modules, cold" tags false cold reactor >>"$results"
  scenario "floor: the enforcer plugin alone (alwaysPass)" tags false cold floor >>"$results"
  printf '%s\n' "$profile" >>"$results"
  cat "$results"
  say "report: $results"
}

# The first <version> or <NAME> of the root pom: the project's version, a version property.
project_property() {
  local name=$1
  sed -n "s|^ *<$name>\\([^<]*\\)</$name>.*|\\1|p" "$REPO/pom.xml" | head -n 1
}

# Builds never install into ~/.m2 (other builds would pick the jar up): a private copy takes it.
seed_repository() {
  if [[ ! -d $M2 ]]; then
    say "seeding $M2 with a copy of ~/.m2/repository"
    if [[ -d $HOME/.m2/repository ]]; then cp -a "$HOME/.m2/repository" "$M2"; else mkdir -p "$M2"; fi
  fi
}

maven() {
  "$MVN" -B -q -nsu -Dmaven.repo.local="$M2" -Dstyle.color=never "$@"
}

build_rule() {
  say "building the rule $RULE_VERSION into $M2"
  (cd "$REPO" && maven -DskipTests -Dspotless.check.skip=true install) || die "the build failed"
  say "writing the benchmark pair"
  (cd "$REPO" && maven -pl it exec:java -Dexec.mainClass=io.github.cnbenforcer.it.BenchmarkPair \
    -Dexec.args="$WORK/fixtures") || die "BenchmarkPair failed"
  # Layers are the gzip blobs: requests for them are counted apart.
  local blob
  for blob in "$WORK"/fixtures/*/blobs/sha256/*; do
    if [[ $(head -c 2 "$blob" | od -An -tx1 | tr -d ' ') == 1f8b ]]; then basename "$blob"; fi
  done | sort -u >"$WORK/layer-digests"
}

free_port() {
  local port
  for _ in {1..100}; do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  die "no free port found"
}

start_registry() {
  REGISTRIES=$WORK/registries
  HTTP_PORT=$(free_port)
  local tls_port
  tls_port=$(free_port)
  [[ $tls_port != "$HTTP_PORT" ]] || tls_port=$(free_port)
  trap '"$HARNESS/stop-registries.sh" "$REGISTRIES"' EXIT
  CNB_IT_OWNER_PID=$$ MVN=$MVN "$HARNESS/start-registries.sh" "$REGISTRIES" "$HTTP_PORT" "$tls_port"
  REGISTRY_LOG=$REGISTRIES/plain.log
  TLS_PORT=$tls_port
}

push_pair() {
  "$HARNESS/push-fixtures.sh" "$REGISTRIES" "$HTTP_PORT" "$TLS_PORT" "$WORK/fixtures" "$BENCH_DIR/fixtures.list"
  local digests=$REGISTRIES/digests.properties
  BUILD_TAGGED=$(sed -n 's/^plain\.bench\.build\.jammy\.tagged=//p' "$digests")
  RUN_TAGGED=$(sed -n 's/^plain\.bench\.run\.jammy\.tagged=//p' "$digests")
  BUILD_PINNED=$(sed -n 's/^plain\.bench\.build\.jammy\.pinned=//p' "$digests")
  RUN_PINNED=$(sed -n 's/^plain\.bench\.run\.jammy\.pinned=//p' "$digests")
  [[ -n $BUILD_PINNED && -n $RUN_PINNED ]] || die "no digests in $digests"
}

machine() {
  printf '# cnbBaseImages benchmark, %s\n\n' "$(date -u +%Y-%m-%dT%H:%MZ)"
  printf -- '- rule %s (commit %s), maven-enforcer-plugin %s\n' "$RULE_VERSION" \
    "$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)" "$ENFORCER_VERSION"
  printf -- '- %s cores (nproc), %s; load average before: %s\n' "$(nproc)" \
    "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)" "$(cut -d ' ' -f 1-3 /proc/loadavg)"
  printf -- '- %s\n' "$(java -version 2>&1 | head -n 1)"
  printf -- '- %s\n' "$("$MVN" -version 2>/dev/null | head -n 1 | sed 's/\x1b\[[0-9;]*m//g')"
  printf -- '- %s, docker-registry %s\n' "$(skopeo --version)" \
    "$(docker-registry --version 2>/dev/null | awk '{print $3}')"
  printf -- '- %s repetitions; times are medians; "added" is `mvn validate` with the rule minus with' "$REPETITIONS"
  printf ' `-Denforcer.skip`; skopeo is `skopeo inspect --config` of the same 4 configs, one after the other;'
  printf ' the last column takes the fastest run of each instead of the median\n\n'
}

table_header() {
  printf '| scenario | rule requests (layers) | skopeo requests | with rule | with -Denforcer.skip | added | skopeo | added / skopeo | fastest runs: added / skopeo |\n'
  printf '|---|---|---|---|---|---|---|---|---|\n'
}

# One row: REPETITIONS runs with the rule, without it, and skopeo, interleaved.
scenario() {
  local name=$1 refs=$2 layers=$3 cache=$4 project=$WORK/projects/$5
  local build=$BUILD_TAGGED run=$RUN_TAGGED
  if [[ $refs == pinned ]]; then build=$BUILD_PINNED run=$RUN_PINNED; fi
  local properties=(-Dbench.build="$build" -Dbench.run="$run" -Dbench.inspectLayers="$layers")
  local with=() without=() skopeo=() requests=() skopeo_requests=() mark elapsed i
  say "$name"
  rm -rf "$CACHE_HOME"
  if [[ $cache == warm ]]; then timed_mvn "$project" "${properties[@]}" >/dev/null; fi
  for ((i = 0; i < REPETITIONS; i++)); do
    if [[ $cache == cold ]]; then rm -rf "$CACHE_HOME"; fi
    mark=$(wc -l <"$REGISTRY_LOG")
    elapsed=$(timed_mvn "$project" "${properties[@]}")
    with+=("$elapsed")
    requests+=("$(requests_since "$mark" 'cnb-enforcer ')")
    elapsed=$(timed_mvn "$project" "${properties[@]}" -Denforcer.skip)
    without+=("$elapsed")
    mark=$(wc -l <"$REGISTRY_LOG")
    elapsed=$(timed_skopeo "$build" "$run")
    skopeo+=("$elapsed")
    skopeo_requests+=("$(requests_since "$mark" 'skopeo/' | cut -d ' ' -f 1)")
  done
  local with_ms without_ms skopeo_ms added fastest
  with_ms=$(median "${with[@]}")
  without_ms=$(median "${without[@]}")
  skopeo_ms=$(median "${skopeo[@]}")
  added=$((with_ms - without_ms))
  # On a shared machine the fastest runs are the least disturbed ones.
  fastest=$(($(minimum "${with[@]}") - $(minimum "${without[@]}")))
  printf '| %s | %s | %s | %s ms | %s ms | %s ms | %s ms | %s | %s ms / %s ms = %s |\n' "$name" \
    "$(distinct "${requests[@]}")" "$(distinct "${skopeo_requests[@]}")" "$with_ms" "$without_ms" "$added" \
    "$skopeo_ms" "$(ratio "$added" "$skopeo_ms")" "$fastest" "$(minimum "${skopeo[@]}")" \
    "$(ratio "$fastest" "$(minimum "${skopeo[@]}")")"
}

# Milliseconds of one `mvn validate` in PROJECT; the build must pass.
timed_mvn() {
  local project=$1 start end
  shift
  start=$(date +%s%N)
  (cd "$project" && XDG_CACHE_HOME=$CACHE_HOME maven validate "$@") >"$WORK/last-build.log" 2>&1 \
    || { tail -n 40 "$WORK/last-build.log" >&2; die "mvn validate failed in $project"; }
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

# Milliseconds of `skopeo inspect --config` for both platforms of both images.
timed_skopeo() {
  local start end image
  start=$(date +%s%N)
  for image in "$@"; do
    skopeo inspect --config --tls-verify=false --no-creds --override-os linux --override-arch amd64 \
      "docker://$image" >/dev/null
    skopeo inspect --config --tls-verify=false --no-creds --override-os linux --override-arch arm64 \
      --override-variant v8 "docker://$image" >/dev/null
  done
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

# "TOTAL (LAYERS)" requests in the registry's access log after line MARK whose user agent starts with AGENT.
requests_since() {
  local mark=$1 agent=$2 lines
  lines=$(tail -n "+$((mark + 1))" "$REGISTRY_LOG" | grep -E "$ACCESS_LINE$agent" || true)
  printf '%s (%s)\n' "$(grep -c . <<<"$lines" || true)" "$(grep -c -F -f "$WORK/layer-digests" <<<"$lines" || true)"
}

median() {
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

minimum() {
  printf '%s\n' "$@" | sort -n | head -n 1
}

ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'
}

# The values, or "a; b" when repetitions differed.
distinct() {
  printf '%s\n' "$@" | sort -u | paste -sd ';' | sed 's/;/; /g'
}

# What the rule does before its first request, from the JVM's class loading log (-Xlog:class+load).
startup_profile() {
  say "start-up profile"
  local profile=$WORK/startup i
  mkdir -p "$profile"
  for ((i = 1; i <= 5; i++)); do
    rm -rf "$CACHE_HOME"
    MAVEN_OPTS="${MAVEN_OPTS:-} -Xlog:class+load=info:file=$profile/classes-$i.log:uptimemillis" \
      timed_mvn "$WORK/projects/single" -Dbench.build="$BUILD_TAGGED" -Dbench.run="$RUN_TAGGED" \
      -Dbench.inspectLayers=false >/dev/null
  done
  "$BENCH_DIR/startup-report.sh" "$profile"/classes-*.log
}

main "$@"
