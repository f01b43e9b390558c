#!/usr/bin/env bash
# Stops the registries started by start-registries.sh in WORKDIR: TERM, then KILL after a bound.
# Idempotent, and never fails: registries already gone (or never started) are fine.
#
# Usage: stop-registries.sh WORKDIR
set -uo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

main() {
  [[ $# -eq 1 ]] || { log "usage: $0 WORKDIR"; return 0; }
  [[ -d $1 ]] || return 0
  local workdir name
  workdir=$(cd "$1" && pwd -P)
  for name in plain tls; do
    stop_recorded_process "$name registry" "$workdir/$name.pid" "$workdir" "${CNB_IT_STOP_TIMEOUT:-10}"
  done
  stop_watchdog "$workdir"
  return 0
}

# The watchdog runs this script in place of itself when Maven ends: it must not kill itself.
stop_watchdog() {
  local workdir=$1 pid_file=$1/watchdog.pid
  if [[ -f $pid_file && $(<"$pid_file") == "$$" ]]; then
    rm -f "$pid_file"
    log "the owner process ended: registries stopped by the watchdog"
  else
    stop_recorded_process watchdog "$pid_file" "$workdir" 2
  fi
}

main "$@" || true
exit 0
