#!/usr/bin/env bash
# Reads class loading logs of `mvn validate` runs with the rule (-Xlog:class+load=info:file=F:uptimemillis)
# and prints, as markdown: when the enforcer plugin, the rule, its set-up steps and its first request
# began (medians over the logs, of the uptime and of the time since the rule's first class), and the packages of the classes loaded before the first request and
# during the requests (the last log).
#
# Usage: startup-report.sh CLASSES_LOG...
set -euo pipefail

# Milestones, each the first class loaded when it begins. A class that is not loaded (renamed, or a
# step the rule no longer takes) leaves its row empty.
MILESTONES=(
  "org.apache.maven.plugins.enforcer.EnforceMojo|the enforcer plugin runs"
  "io.github.cnbenforcer.rule.CnbBaseImages|the rule's first class (Sisu creates and configures it)"
  "io.github.cnbenforcer.rule.RuleSettings|the rule executes: settings"
  "io.github.cnbenforcer.cache.DiskCache|the disk cache opens"
  "io.github.cnbenforcer.pipeline.StackResolution|the images are read (on a pool of threads)"
  "io.github.cnbenforcer.source.registry.transport.HttpTransport|HTTP client set-up"
  "io.github.cnbenforcer.source.registry.transport.PlainHttpOnly|a plain-HTTP client (no TLS set-up)"
  "sun.security.ssl.SSLContextImpl|a TLS context (JSSE)"
  "sun.security.validator.TrustStoreUtil|the JDK's CA certificates"
  "io.github.cnbenforcer.source.registry.auth.CredentialChain|credential discovery"
  "jdk.internal.net.http.MultiExchange|the first request"
  "sun.security.ssl.SSLEngineImpl|a TLS handshake"
  "com.fasterxml.jackson.databind.ObjectMapper|Jackson's mapper (the first document parsed)"
  "io.github.cnbenforcer.pipeline.StackEvaluation|the checks"
  "io.github.cnbenforcer.report.JsonReport|the report"
)
FIRST_CLASS=io.github.cnbenforcer.rule.CnbBaseImages
FIRST_REQUEST=jdk.internal.net.http.MultiExchange
CHECKS=io.github.cnbenforcer.pipeline.StackEvaluation

# The uptime (ms) at which CLASS was first loaded in LOG, or nothing.
loaded_at() {
  awk -v class="$2" '$2 == class { gsub(/[^0-9]/, "", $1); print $1; exit }' "$1"
}

median() {
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { if (NR) print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

milestones() {
  local milestone class label log start at
  local -a uptimes offsets
  printf '| step begins (first class loaded) | JVM uptime | from the rule'"'"'s first class |\n|---|---|---|\n'
  for milestone in "${MILESTONES[@]}"; do
    class=${milestone%%|*} label=${milestone#*|}
    uptimes=() offsets=()
    for log in "$@"; do
      start=$(loaded_at "$log" "$FIRST_CLASS")
      at=$(loaded_at "$log" "$class")
      if [[ -n $at && -n $start ]]; then
        uptimes+=("$at")
        offsets+=("$((at - start))")
      fi
    done
    if ((${#uptimes[@]})); then
      printf '| %s (`%s`) | %s ms | %+d ms |\n' "$label" "${class##*.}" "$(median "${uptimes[@]}")" \
        "$(median "${offsets[@]}")"
    else
      printf '| %s (`%s`) | not loaded | |\n' "$label" "${class##*.}"
    fi
  done
}

# Classes loaded in LOG from class FROM until class TO, by package (its first three names).
packages() {
  local log=$1 from=$2 to=$3 title=$4
  printf '| %s: classes by package | classes |\n|---|---|\n' "$title"
  awk -v from="$from" -v to="$to" '
    $2 == from { counting = 1 }
    $2 == to { exit }
    counting {
      n = split($2, names, ".")
      group = names[1]
      for (i = 2; i <= 3 && i < n; i++) group = group "." names[i]
      count[group]++
      total++
    }
    END {
      for (g in count) if (count[g] * 50 >= total) printf "%d\t%s\n", count[g], g; else other += count[g]
      printf "%d\t%s\n", other, "(packages with less than 2% each)"
      printf "%d\t%s\n", total, "**total**"
    }' "$log" | sort -rn | awk -F '\t' '{ printf "| `%s` | %d |\n", $2, $1 }' | sed 's/`\*\*total\*\*`/**total**/; s/`(\(.*\))`/(\1)/'
}

main() {
  [[ $# -ge 1 ]] || { echo "usage: $0 CLASSES_LOG..." >&2; exit 1; }
  printf '\n## Before the first request (%d runs, cold, config only, -Xlog:class+load)\n\n' "$#"
  milestones "$@"
  printf '\n'
  packages "${@: -1}" "$FIRST_CLASS" "$FIRST_REQUEST" "from the rule's first class to its first request"
  printf '\n'
  packages "${@: -1}" "$FIRST_REQUEST" "$CHECKS" "from the first request to the checks (the requests)"
}

main "$@"
