#!/usr/bin/env bash
# Reads class loading logs of `mvn validate` runs with the rule (-Xlog:class+load=info:file=F:uptimemillis)
# and prints, as markdown: when the enforcer plugin, the rule, its set-up steps and its first request
# began (median over the logs), and which jars and modules the classes loaded between the rule's
# first class and its first request came from (the last log).
#
# Usage: startup-report.sh CLASSES_LOG...
set -euo pipefail

# Milestones, each the first class loaded when it begins. A class that is not loaded (renamed, or a
# step the rule no longer takes) leaves its row empty.
MILESTONES=(
  "org.apache.maven.plugins.enforcer.EnforceMojo|the enforcer plugin runs"
  "io.github.cnbenforcer.rule.CnbBaseImages|the rule's first class (Sisu creates and configures it)"
  "io.github.cnbenforcer.rule.RuleSettings|the rule executes: settings"
  "com.google.cloud.tools.jib.api.ImageReference|jib-core: reference parsing"
  "io.github.cnbenforcer.source.registry.transport.HttpTransport|HTTP client set-up"
  "javax.net.ssl.SSLContext|TLS context (the JDK client makes one even for plain HTTP)"
  "sun.security.validator.TrustStoreUtil|the JDK's CA certificates"
  "io.github.cnbenforcer.source.registry.auth.CredentialChain|credential discovery"
  "com.google.cloud.tools.jib.frontend.CredentialRetrieverFactory|jib-core: docker credentials"
  "jdk.internal.net.http.MultiExchange|the first request"
  "io.github.cnbenforcer.check.StackEvaluator|the checks"
  "io.github.cnbenforcer.report.JsonReport|the report"
)
FIRST_CLASS=io.github.cnbenforcer.rule.CnbBaseImages
FIRST_REQUEST=jdk.internal.net.http.MultiExchange

# The uptime (ms) at which CLASS was first loaded in LOG, or nothing.
loaded_at() {
  awk -v class="$2" '$2 == class { gsub(/[^0-9]/, "", $1); print $1; exit }' "$1"
}

median() {
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { if (NR) print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

milestones() {
  local milestone class label log times start
  local -a starts=()
  for log in "$@"; do starts+=("$(loaded_at "$log" "$FIRST_CLASS")"); done
  start=$(median "${starts[@]}")
  printf '| step begins (first class loaded) | JVM uptime | from the rule'"'"'s first class |\n|---|---|---|\n'
  for milestone in "${MILESTONES[@]}"; do
    class=${milestone%%|*} label=${milestone#*|}
    times=()
    for log in "$@"; do
      local at
      at=$(loaded_at "$log" "$class")
      [[ -n $at ]] && times+=("$at")
    done
    if ((${#times[@]})); then
      local at
      at=$(median "${times[@]}")
      printf '| %s (`%s`) | %s ms | %+d ms |\n' "$label" "${class##*.}" "$at" "$((at - start))"
    else
      printf '| %s (`%s`) | not loaded | |\n' "$label" "${class##*.}"
    fi
  done
}

# Classes loaded from the rule's first class to its first request, by where they came from.
sources() {
  local log=$1
  printf '| loaded between the rule'"'"'s first class and its first request, from | classes |\n|---|---|\n'
  awk -v first="$FIRST_CLASS" -v request="$FIRST_REQUEST" '
    $2 == first { counting = 1 }
    $2 == request { exit }
    counting {
      source = $0
      sub(/.* source: /, "", source)
      if (source ~ /^jrt:\//) { sub(/^jrt:\//, "JDK ", source) }
      else if (source ~ /^file:/) { n = split(source, parts, "/"); source = parts[n] }
      else if (source ~ /shared objects file/) { source = "JDK (class data sharing archive)" }
      else { source = "generated (lambdas, method handles, proxies)" }
      count[source]++
      total++
    }
    END {
      for (s in count) printf "%d\t%s\n", count[s], s
      printf "%d\t%s\n", total, "**total**"
    }' "$log" | sort -rn | awk -F '\t' '{ printf "| %s | %d |\n", $2, $1 }'
}

main() {
  [[ $# -ge 1 ]] || { echo "usage: $0 CLASSES_LOG..." >&2; exit 1; }
  printf '\n## Before the first request (%d runs, cold, config only, -Xlog:class+load)\n\n' "$#"
  milestones "$@"
  printf '\n'
  sources "${@: -1}"
}

main "$@"
