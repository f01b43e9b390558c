#!/usr/bin/env bash
# Pushes the OCI layouts listed in a fixtures list to the registries of start-registries.sh,
# and records each pushed manifest digest in WORKDIR/digests.properties.
#
# Usage: push-fixtures.sh WORKDIR HTTP_PORT TLS_PORT FIXTURES_DIR [FIXTURES_LIST]
#   FIXTURES_LIST defaults to fixtures.list beside this script; its format is described there.
#
# If a push fails, the registries are stopped before this script fails (the build will not
# reach post-integration-test then).
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

main() {
  [[ $# -eq 4 || $# -eq 5 ]] || die "usage: $0 WORKDIR HTTP_PORT TLS_PORT FIXTURES_DIR [FIXTURES_LIST]"
  local started=$SECONDS
  workdir=$(cd "$1" && pwd -P) || die "no work directory $1: run start-registries.sh first"
  http_port=$2
  tls_port=$3
  fixtures_dir=$4
  local list=${5:-$HARNESS_DIR/fixtures.list}
  require_port "$http_port"
  require_port "$tls_port"
  require_tools skopeo
  [[ -f $list ]] || die "no fixtures list: $list"
  [[ -f $workdir/auth/pusher-auth.json ]] || die "no credentials in $workdir: run start-registries.sh first"
  trap stop_on_failure EXIT

  digests=$workdir/digests.properties
  printf '# Written by push-fixtures.sh: the manifest digest of every pushed image.\n' >"$digests"
  local count=0 registry layout target rest
  while read -r registry layout target rest; do
    [[ -z $registry || $registry == \#* ]] && continue
    [[ -n $target && -z $rest ]] || die "$list: expected 'REGISTRY LAYOUT[:REF] REPOSITORY:TAG', got: $registry $layout $target $rest"
    push "$registry" "$layout" "$target"
    count=$((count + 1))
  done <"$list"

  trap - EXIT
  log "pushed $count image(s) in $((SECONDS - started))s; digests in $digests"
}

stop_on_failure() {
  log "push failed: stopping the registries"
  "$HARNESS_DIR/stop-registries.sh" "$workdir" || true
}

push() {
  local registry=$1 layout=$2 target=$3
  local dir=${layout%%:*} address options digest_file
  [[ -f $fixtures_dir/$dir/index.json ]] || die "not an OCI layout: $fixtures_dir/$dir"
  [[ $target =~ ^[a-z0-9._/-]+:[A-Za-z0-9_][A-Za-z0-9._-]*$ ]] || die "not REPOSITORY:TAG: $target"
  case $registry in
    plain)
      address=127.0.0.1:$http_port
      options=(--dest-tls-verify=false --dest-no-creds) ;;
    tls)
      address=127.0.0.1:$tls_port
      options=(--dest-cert-dir "$workdir/tls/skopeo-certs" --dest-authfile "$workdir/auth/pusher-auth.json") ;;
    *) die "unknown registry '$registry' (plain or tls)" ;;
  esac
  digest_file=$(mktemp "$workdir/digest.XXXXXX")
  # The whole image, index and all platforms, byte for byte: a pinned digest stays valid.
  skopeo --insecure-policy copy --quiet --all --preserve-digests --digestfile "$digest_file" "${options[@]}" \
    "oci:$fixtures_dir/$layout" "docker://$address/$target" </dev/null \
    || die "skopeo could not push $layout to $address/$target (registry log: $workdir/$registry.log)"
  record_digest "$registry" "$address" "$target" "$(<"$digest_file")"
  rm -f "$digest_file"
  log "pushed $layout -> $address/$target"
}

# Keys are REGISTRY.REPOSITORY.TAG with '/' and ':' turned into '.', e.g.
#   plain.stacks.build.jammy.digest=sha256:…
#   plain.stacks.build.jammy.pinned=127.0.0.1:PORT/stacks/build@sha256:…
#   plain.stacks.build.jammy.tagged=127.0.0.1:PORT/stacks/build:jammy
record_digest() {
  local registry=$1 address=$2 target=$3 digest=$4
  [[ $digest =~ ^sha256:[0-9a-f]{64}$ ]] || die "skopeo wrote no digest for $target"
  local key=$registry.${target//[\/:]/.}
  {
    printf '%s.digest=%s\n' "$key" "$digest"
    printf '%s.pinned=%s/%s@%s\n' "$key" "$address" "${target%:*}" "$digest"
    printf '%s.tagged=%s/%s\n' "$key" "$address" "$target"
  } >>"$digests"
}

main "$@"
