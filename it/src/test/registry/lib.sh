# Helpers shared by the registry harness scripts. Sourced, not run.
# shellcheck shell=bash

# Bash 5.2 would expand '&' in ${var//pattern/replacement}: keep replacements literal.
shopt -u patsub_replacement 2>/dev/null || true

# shellcheck disable=SC2034 # used by the scripts that source this file
HARNESS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck disable=SC2034
TRUSTSTORE_PASSWORD=changeit

log() {
  printf '[registry-harness] %s\n' "$*" >&2
}

die() {
  log "ERROR: $*"
  exit 1
}

require_tools() {
  local tool missing=()
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
  done
  [[ ${#missing[@]} -eq 0 ]] || die "missing tools: ${missing[*]} (Debian: docker-registry skopeo apache2-utils openssl curl, and a JDK for keytool)"
}

require_port() {
  { [[ $1 =~ ^[0-9]+$ ]] && (( $1 > 0 && $1 < 65536 )); } || die "not a TCP port: '$1'"
}

# The canonical absolute path: pid checks look for it in process command lines.
absolute_dir() {
  mkdir -p "$1"
  (cd "$1" && pwd -P)
}

# Replaces @KEY@ in a template with values given as KEY=VALUE arguments and writes the result.
# Runs inside bash only, so values (passwords) never appear in a command line.
render() {
  local template=$1 output=$2 text pair
  shift 2
  text=$(<"$template")
  for pair in "$@"; do
    text=${text//"@${pair%%=*}@"/"${pair#*=}"}
  done
  if [[ $text =~ @[A-Z_]+@ ]]; then
    die "template $template: no value for ${BASH_REMATCH[0]}"
  fi
  printf '%s\n' "$text" >"$output"
}

# A process is alive if it exists and is not a zombie.
is_alive() {
  local pid=$1 state
  [[ -r /proc/$pid/stat ]] || return 1
  state=$(awk '{ print $3 }' "/proc/$pid/stat" 2>/dev/null) || return 1
  [[ -n $state && $state != Z ]]
}

# True if the process was started by this harness for this work directory
# (guards against a recycled pid).
started_here() {
  local pid=$1 workdir=$2
  is_alive "$pid" && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$workdir"
}

# Stops the process group recorded in a pid file: TERM, then KILL after a bound.
# Never fails: a missing pid file or a process already gone is fine.
stop_recorded_process() {
  local name=$1 pid_file=$2 workdir=$3 grace=${4:-10}
  local pid waited=0
  [[ -f $pid_file ]] || return 0
  pid=$(<"$pid_file")
  if [[ $pid =~ ^[0-9]+$ ]] && started_here "$pid" "$workdir"; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    while is_alive "$pid" && (( waited < grace * 10 )); do
      sleep 0.1
      waited=$((waited + 1))
    done
    if is_alive "$pid"; then
      log "$name (pid $pid) ignored TERM for ${grace}s: killing it"
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
    log "stopped $name (pid $pid)"
  fi
  rm -f "$pid_file"
}
