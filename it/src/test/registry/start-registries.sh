#!/usr/bin/env bash
# Starts two CNCF Distribution registries on loopback for the integration tests:
#   plain: anonymous, plain HTTP, on 127.0.0.1:HTTP_PORT
#   tls:   htpasswd basic auth over TLS (a CA made here), on 127.0.0.1:TLS_PORT
# and writes into WORKDIR what the tests need: settings files, a truststore, the addresses.
#
# Usage: start-registries.sh WORKDIR HTTP_PORT TLS_PORT
#
# Environment (all optional):
#   CNB_IT_OWNER_PID          a pid, or "parent": stop the registries as soon as that process ends
#                             ("parent" is the process that runs this script, e.g. Maven under exec-maven-plugin)
#   CNB_IT_REGISTRY_LIFETIME  seconds after which each registry stops on its own (default 3600)
#   CNB_IT_READY_TIMEOUT      seconds to wait for a registry to answer /v2/ (default 30)
#   MVN                       the mvn used to encrypt the test passwords (default: mvn on PATH)
#   CNB_IT_SETTINGS_MIRROR    a repository URL the settings files mirror every repository to (e.g. the
#                             local repository that an invoking build fills), so that a build run with
#                             one of them resolves only there, never from the network
#
# Test passwords are random for each run. They are written only to files in WORKDIR
# (credentials.properties, htpasswd, settings, auth.json) and never printed.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

TEMPLATES=$HARNESS_DIR/templates
READER_USER=stack-reader
ENCRYPTED_READER_USER=stack-reader-encrypted
PUSHER_USER=fixture-pusher

main() {
  [[ $# -eq 3 ]] || die "usage: $0 WORKDIR HTTP_PORT TLS_PORT"
  local started=$SECONDS
  http_port=$2
  tls_port=$3
  require_port "$http_port"
  require_port "$tls_port"
  [[ $http_port != "$tls_port" ]] || die "HTTP_PORT and TLS_PORT must differ"
  require_tools docker-registry htpasswd openssl keytool curl base64 "${MVN:=mvn}"

  workdir=$(absolute_dir "$1")
  lifetime=${CNB_IT_REGISTRY_LIFETIME:-3600}
  ready_timeout=${CNB_IT_READY_TIMEOUT:-30}
  clear_registry_environment

  # Registries left by an earlier run in this WORKDIR go first.
  "$HARNESS_DIR/stop-registries.sh" "$workdir"
  reset_workdir
  trap stop_on_failure EXIT

  generate_passwords
  mirrors_xml=$(settings_mirrors) || exit 1
  # Encrypting with mvn (two JVM starts) is the slowest step: it runs while the rest goes on.
  generate_encrypted_settings &
  local encryption=$!
  generate_plain_settings
  generate_certificates
  generate_truststore
  generate_htpasswd
  generate_registry_configs
  start_registry plain
  start_registry tls
  wait_until_ready plain "http://127.0.0.1:$http_port/v2/" 200
  wait_until_ready tls "https://127.0.0.1:$tls_port/v2/" 401 --cacert "$workdir/tls/ca.crt"
  wait "$encryption" || die "could not write the settings with an encrypted password"
  start_watchdog
  write_registries_properties

  trap - EXIT
  log "registries ready in $((SECONDS - started))s: plain http://127.0.0.1:$http_port, tls https://127.0.0.1:$tls_port (details: $workdir/registries.properties)"
}

# The registry reads REGISTRY_* variables as config overrides: only our config file counts.
clear_registry_environment() {
  local name
  for name in $(compgen -e); do
    if [[ $name == REGISTRY_* ]]; then unset "$name"; fi
  done
}

reset_workdir() {
  rm -rf "${workdir:?}"/{plain,tls,auth,settings} "$workdir"/*.log "$workdir"/*.properties
  mkdir -p "$workdir"/{plain/storage,tls/storage,tls/skopeo-certs,auth,settings}
  chmod 700 "$workdir/auth" "$workdir/settings"
}

stop_on_failure() {
  log "start failed: stopping whatever was started"
  "$HARNESS_DIR/stop-registries.sh" "$workdir" || true
}

random_secret() {
  openssl rand -hex 16
}

generate_passwords() {
  reader_password=$(random_secret)
  encrypted_reader_password=$(random_secret)
  pusher_password=$(random_secret)
  wrong_password=$(random_secret)
  master_password=$(random_secret)
  (
    umask 077
    cat >"$workdir/auth/credentials.properties" <<EOF
# Test-only credentials of the TLS registry, random for each run. Tests may read this file
# to check that no password shows up in build logs; they must never print it.
reader.username=$READER_USER
reader.password=$reader_password
encrypted.reader.username=$ENCRYPTED_READER_USER
encrypted.reader.password=$encrypted_reader_password
pusher.username=$PUSHER_USER
pusher.password=$pusher_password
wrong.password=$wrong_password
master.password=$master_password
EOF
  )
}

# A CA, and a server certificate for 127.0.0.1 and localhost signed by it.
generate_certificates() {
  local dir=$workdir/tls
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -sha256 \
    -subj "/CN=cnb-enforcer IT CA" \
    -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -keyout "$dir/ca.key" -out "$dir/ca.crt" 2>/dev/null
  openssl req -new -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" \
    -keyout "$dir/server.key" -out "$dir/server.csr" 2>/dev/null
  openssl x509 -req -in "$dir/server.csr" -days 2 -sha256 \
    -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial -out "$dir/server.crt" \
    -extfile <(printf '%s\n' \
      "subjectAltName=IP:127.0.0.1,DNS:localhost" \
      "basicConstraints=critical,CA:FALSE" \
      "keyUsage=critical,digitalSignature,keyEncipherment" \
      "extendedKeyUsage=serverAuth") 2>/dev/null
  # Nothing else gets signed: the CA key is not kept.
  rm -f "$dir/ca.key" "$dir/server.csr" "$dir/ca.srl"
  chmod 600 "$dir/server.key"
  # skopeo's --dest-cert-dir reads every *.crt in a directory as a CA.
  cp "$dir/ca.crt" "$dir/skopeo-certs/ca.crt"
}

# The JDK's own CAs plus the test CA: the invoked Maven still downloads from its repositories.
# A copy of cacerts keeps its type (JKS on Debian); the JVM detects the type when it loads it.
generate_truststore() {
  local truststore=$workdir/tls/truststore cacerts
  cacerts=$(jdk_cacerts)
  if [[ -n $cacerts ]]; then
    cp "$cacerts" "$truststore"
    chmod 644 "$truststore"
  else
    log "WARNING: the JDK's cacerts was not found: the truststore only trusts the test CA"
  fi
  keytool -J-XX:TieredStopAtLevel=1 -importcert -noprompt -alias cnb-enforcer-it-ca \
    -file "$workdir/tls/ca.crt" -keystore "$truststore" -storepass "$TRUSTSTORE_PASSWORD" >/dev/null 2>&1 \
    || die "keytool could not add the test CA to $truststore"
}

jdk_cacerts() {
  local java_home=${JAVA_HOME:-}
  if [[ -z $java_home ]]; then
    java_home=$(dirname "$(dirname "$(readlink -f "$(command -v keytool)")")")
  fi
  local candidate
  for candidate in "$java_home/lib/security/cacerts" "$java_home/jre/lib/security/cacerts" /etc/ssl/certs/java/cacerts; do
    if [[ -f $candidate ]]; then
      printf '%s\n' "$candidate"
      return
    fi
  done
}

# bcrypt entries; passwords go through stdin (-i), not the command line.
generate_htpasswd() {
  local file=$workdir/auth/htpasswd
  {
    htpasswd -niB "$READER_USER" <<<"$reader_password"
    htpasswd -niB "$ENCRYPTED_READER_USER" <<<"$encrypted_reader_password"
    htpasswd -niB "$PUSHER_USER" <<<"$pusher_password"
  } | sed '/^$/d' >"$file"
}

generate_registry_configs() {
  render "$TEMPLATES/registry-plain.yml" "$workdir/plain/config.yml" \
    "STORAGE_DIR=$workdir/plain/storage" "PORT=$http_port" "HTTP_SECRET=$(random_secret)"
  render "$TEMPLATES/registry-tls.yml" "$workdir/tls/config.yml" \
    "STORAGE_DIR=$workdir/tls/storage" "PORT=$tls_port" "HTTP_SECRET=$(random_secret)" \
    "CERTIFICATE=$workdir/tls/server.crt" "KEY=$workdir/tls/server.key" \
    "HTPASSWD=$workdir/auth/htpasswd"
}

# timeout(1) puts the registry in a process group of its own (stop-registries.sh signals
# that group) and ends it after the lifetime even if nobody stops it. The output goes to
# files so that a caller waiting for our stdout (exec-maven-plugin does) is not held.
start_registry() {
  local name=$1
  timeout --kill-after=10 "$lifetime" docker-registry serve "$workdir/$name/config.yml" \
    </dev/null >"$workdir/$name.log" 2>&1 &
  echo $! >"$workdir/$name.pid"
}

wait_until_ready() {
  local name=$1 url=$2 expected=$3 code pid
  shift 3
  pid=$(<"$workdir/$name.pid")
  local deadline=$((SECONDS + ready_timeout))
  while :; do
    code=$(curl --noproxy '*' --silent --output /dev/null --write-out '%{http_code}' \
      --max-time 2 "$@" "$url" 2>/dev/null) || true
    [[ $code == "$expected" ]] && return 0
    if ! is_alive "$pid"; then
      fail_with_log "$name" "the $name registry exited before answering $url"
    fi
    if (( SECONDS >= deadline )); then
      fail_with_log "$name" "the $name registry did not answer $url with $expected within ${ready_timeout}s (last: $code)"
    fi
    sleep 0.1
  done
}

fail_with_log() {
  local name=$1 message=$2
  log "$message; last lines of $workdir/$name.log:"
  tail -n 20 "$workdir/$name.log" >&2 || true
  exit 1
}

# Stops the registries when the owner process (Maven) ends, even if post-integration-test
# never runs. It runs stop-registries.sh in place of itself, which knows not to kill it.
start_watchdog() {
  local owner=${CNB_IT_OWNER_PID:-}
  [[ -n $owner ]] || return 0
  if [[ $owner == parent ]]; then owner=$PPID; fi
  { [[ $owner =~ ^[0-9]+$ ]] && is_alive "$owner"; } || die "CNB_IT_OWNER_PID: no such process: $owner"
  # shellcheck disable=SC2016 # $1… are the inner shell's arguments
  setsid bash -c 'timeout --foreground "$1" tail --pid="$2" -f /dev/null; exec "$3" "$4"' \
    registry-watchdog "$lifetime" "$owner" "$HARNESS_DIR/stop-registries.sh" "$workdir" \
    </dev/null >"$workdir/watchdog.log" 2>&1 &
  echo $! >"$workdir/watchdog.pid"
  log "the registries stop when process $owner ends"
}

# The <mirrors> of the settings files: none, or every repository mirrored to CNB_IT_SETTINGS_MIRROR.
settings_mirrors() {
  local url=${CNB_IT_SETTINGS_MIRROR:-}
  [[ -n $url ]] || return 0
  [[ $url != *[\<\>\&]* ]] || die "CNB_IT_SETTINGS_MIRROR: not a plain URL: $url"
  printf '%s\n' "  <mirrors>" "    <mirror>" "      <id>cnb-it-settings-mirror</id>" "      <mirrorOf>*</mirrorOf>" \
    "      <url>$url</url>" "    </mirror>" "  </mirrors>"
}

# Maven settings for the TLS registry, with the plain password and with a wrong one;
# and the auth file that skopeo pushes with.
generate_plain_settings() {
  local dir=$workdir/settings server_id=127.0.0.1:$tls_port
  render "$TEMPLATES/settings-server.xml" "$dir/settings-plain.xml" "MIRRORS=$mirrors_xml" \
    "SERVER_ID=$server_id" "USERNAME=$READER_USER" "PASSWORD=$reader_password"
  render "$TEMPLATES/settings-server.xml" "$dir/settings-wrong-password.xml" "MIRRORS=$mirrors_xml" \
    "SERVER_ID=$server_id" "USERNAME=$READER_USER" "PASSWORD=$wrong_password"
  write_docker_auth "$workdir/auth/pusher-auth.json" "$PUSHER_USER" "$pusher_password"
}

# Maven settings with an encrypted password, and the settings-security.xml that decrypts it.
generate_encrypted_settings() {
  local dir=$workdir/settings master encrypted
  master=$(maven_encrypt --encrypt-master-password "$master_password")
  render "$TEMPLATES/settings-security.xml" "$dir/settings-security.xml" "MASTER=$master"
  encrypted=$(maven_encrypt --encrypt-password "$encrypted_reader_password" \
    "-Dsettings.security=$dir/settings-security.xml")
  render "$TEMPLATES/settings-server.xml" "$dir/settings-encrypted.xml" "MIRRORS=$mirrors_xml" \
    "SERVER_ID=127.0.0.1:$tls_port" "USERNAME=$ENCRYPTED_READER_USER" "PASSWORD=$encrypted"
}

# Prints only the {…} form. Maven 3.8 takes the clear text as an argument (it would prompt
# otherwise), so it is on that short-lived local command line, never in a log.
maven_encrypt() {
  local output
  output=$(cd "$workdir" && MAVEN_OPTS='-XX:TieredStopAtLevel=1' "$MVN" -B -q "$@" 2>&1) \
    || die "mvn $1 failed"
  output=$(grep -oE '\{[A-Za-z0-9+/=]+\}' <<<"$output" | tail -n 1) || true
  [[ -n $output ]] || die "mvn $1 printed no encrypted value"
  printf '%s\n' "$output"
}

# A docker/containers auth file, the way skopeo --authfile reads it.
write_docker_auth() {
  local file=$1 user=$2 password=$3 token
  token=$(printf '%s:%s' "$user" "$password" | base64 -w0)
  (
    umask 077
    printf '{"auths":{"127.0.0.1:%s":{"auth":"%s"}}}\n' "$tls_port" "$token" >"$file"
  )
}

write_registries_properties() {
  cat >"$workdir/registries.properties" <<EOF
# Written by start-registries.sh. No secrets here: see auth/credentials.properties.
registry.plain=127.0.0.1:$http_port
registry.tls=127.0.0.1:$tls_port
tls.serverId=127.0.0.1:$tls_port
tls.caCertificate=$workdir/tls/ca.crt
tls.truststore=$workdir/tls/truststore
tls.truststorePassword=$TRUSTSTORE_PASSWORD
settings.plain=$workdir/settings/settings-plain.xml
settings.encrypted=$workdir/settings/settings-encrypted.xml
settings.wrongPassword=$workdir/settings/settings-wrong-password.xml
settings.security=$workdir/settings/settings-security.xml
reader.username=$READER_USER
encrypted.reader.username=$ENCRYPTED_READER_USER
log.plain=$workdir/plain.log
log.tls=$workdir/tls.log
EOF
}

main "$@"
