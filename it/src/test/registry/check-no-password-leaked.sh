#!/usr/bin/env bash
# Fails if a test password of start-registries.sh is in an IT's build.log or JSON report.
#
# Usage: check-no-password-leaked.sh WORKDIR IT_DIR
#   WORKDIR  the registries' work directory (its auth/credentials.properties holds the passwords)
#   IT_DIR   where invoker ran the ITs (cloneProjectsTo): every build.log and *.json below it is read
#
# Prints the files that hold a password, never the password. Passwords reach grep through a pipe,
# never a command line.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

main() {
  [[ $# -eq 2 ]] || die "usage: $0 WORKDIR IT_DIR"
  local credentials=$1/auth/credentials.properties it_dir=$2
  [[ -f $credentials ]] || die "no $credentials: did start-registries.sh run?"
  grep -q "$PASSWORD_LINE" "$credentials" || die "no passwords in $credentials"
  [[ -d $it_dir ]] || die "no IT directory $it_dir"

  local files=() file
  while IFS= read -r -d '' file; do
    files+=("$file")
  done < <(find "$it_dir" -type f \( -name build.log -o -name '*.json' \) -print0)
  [[ ${#files[@]} -gt 0 ]] || die "no build.log or report under $it_dir: nothing was checked"

  local leaks
  leaks=$(passwords "$credentials" | grep -lF -f - -- "${files[@]}") || true
  if [[ -n $leaks ]]; then
    die "a test password is in: $(tr '\n' ' ' <<<"$leaks")"
  fi
  log "no test password in ${#files[@]} build logs and reports under $it_dir"
}

# A key ending in "password", with a value.
PASSWORD_LINE='^[^#=]*password=.'

# The values of every *password key, one a line.
passwords() {
  sed -n "s/${PASSWORD_LINE%.}//p" "$1"
}

main "$@"
