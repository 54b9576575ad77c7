#!/usr/bin/env bash
# Drives the whole Zoho-style sign-in dance against zoho-peer.mjs with curl and checks every
# answer. Needs only node (already installed with `npm ci`) and curl. Exits non-zero on any
# failure and always stops the peer it started.
# `pass` always returns 0, so `cond && pass ... || fail ...` below is a true if/else.
# shellcheck disable=SC2015
set -Eeuo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

if [[ ! -d node_modules/oauth2-mock-server ]]; then
  echo "smoke: node_modules missing; run 'npm ci' in $here first" >&2
  exit 2
fi

work="$(mktemp -d)"
peer_pid=""
cleanup() {
  local exit_status=$?
  if [[ "$exit_status" -ne 0 && -s "$work/stderr" ]]; then
    echo "--- peer stderr ---" >&2
    cat "$work/stderr" >&2
  fi
  if [[ -n "$peer_pid" ]] && kill -0 "$peer_pid" 2>/dev/null; then
    kill -TERM "$peer_pid" 2>/dev/null || true
    wait "$peer_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap '(( BASH_SUBSHELL == 0 )) && echo "smoke: a command failed at line $LINENO (is the peer still answering?)" >&2' ERR

client_id="smoke-client-id"
client_secret="smoke-client-secret"
api_domain="http://127.0.0.1:9/fake-crm"
redirect_uri="http://127.0.0.1:53682/callback"

PEER_CLIENT_ID="$client_id" PEER_CLIENT_SECRET="$client_secret" PEER_API_DOMAIN="$api_domain" \
  PEER_LOCATION="eu" node zoho-peer.mjs --port 0 >"$work/stdout" 2>"$work/stderr" &
peer_pid=$!

for _ in $(seq 1 100); do
  [[ -s "$work/stdout" ]] && break
  kill -0 "$peer_pid" 2>/dev/null || { cat "$work/stderr" >&2; echo "smoke: peer died" >&2; exit 1; }
  sleep 0.1
done
[[ -s "$work/stdout" ]] || { echo "smoke: peer printed no URL within 10 s" >&2; exit 1; }

failures=0
passes=0
pass() { passes=$((passes + 1)); echo "ok   $1"; }
fail() { failures=$((failures + 1)); echo "FAIL $1" >&2; }

# json FILE EXPR: evaluates a JavaScript expression over the parsed JSON `j`; prints the result.
json() { node -e 'const j = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); const r = eval(process.argv[2]); process.stdout.write(String(r));' "$1" "$2"; }
# check NAME FILE EXPR: passes when EXPR over the JSON in FILE is true.
check() {
  local result
  result="$(json "$2" "$3" 2>&1)" || result="error: $result"
  if [[ "$result" == "true" ]]; then pass "$1"; else fail "$1 ($3 -> $result; body: $(cat "$2"))"; fi
}
expect_status() {
  if [[ "$2" == "$3" ]]; then pass "$1: HTTP $3"; else fail "$1: expected HTTP $3, got $2"; fi
}

# The stdout contract: exactly one line, a JSON object with the URL.
lines="$(wc -l <"$work/stdout")"
[[ "$lines" == "1" ]] && pass "stdout has exactly one line" || fail "stdout has $lines lines"
check "stdout line is {\"url\":\"http://127.0.0.1:PORT\"}" "$work/stdout" \
  'Object.keys(j).length === 1 && /^http:\/\/127\.0\.0\.1:[0-9]+$/.test(j.url)'
peer="$(json "$work/stdout" 'j.url')"
echo "     peer at $peer"

# A PKCE S256 pair: verifier = 32 random bytes base64url, challenge = base64url(sha256(verifier)).
pkce_pair() { node -e 'const c = require("crypto"); const v = c.randomBytes(32).toString("base64url"); console.log(v, c.createHash("sha256").update(v).digest("base64url"));'; }
urlencode() { node -e 'process.stdout.write(encodeURIComponent(process.argv[1]))' "$1"; }
# query_param URL NAME: prints one query parameter of a URL (empty if absent).
query_param() { node -e 'process.stdout.write(new URL(process.argv[1]).searchParams.get(process.argv[2]) ?? "")' "$1" "$2"; }

# authorize CHALLENGE METHOD STATE [EXTRA]: GETs the authorize URL without following the redirect;
# sets $status and $location.
authorize() {
  local url
  url="$peer/oauth/v2/auth?response_type=code&client_id=$(urlencode "$client_id")"
  url+="&scope=ZohoCRM.org.READ&access_type=offline&state=$3"
  url+="&redirect_uri=$(urlencode "$redirect_uri")"
  [[ -n "$1" ]] && url+="&code_challenge=$1"
  [[ -n "$2" ]] && url+="&code_challenge_method=$2"
  url+="${4:-}"
  local out
  out="$(curl -sS -o "$work/authorize.body" -w '%{http_code} %{redirect_url}' "$url")"
  status="${out%% *}"
  location="${out#* }"
}

# token OUTFILE [CURL ARGS...]: POSTs a form to the token endpoint; sets $status.
token() {
  local out="$1"
  shift
  status="$(curl -sS -o "$out" -w '%{http_code}' -X POST "$peer/oauth/v2/token" "$@")"
}

# new_code: a fresh authorize round trip with a new PKCE pair; sets $verifier and $code.
new_code() {
  local challenge
  read -r verifier challenge < <(pkce_pair)
  authorize "$challenge" S256 "s-$RANDOM"
  code="$(query_param "$location" code)"
  [[ "$status" == "302" && -n "$code" ]] || fail "setup: authorize for a fresh code answered $status"
}

refused_count() { grep -c 'REFUSED' "$work/stderr" || true; }

# 1. Authorize with S256: a redirect to our callback with code, state, location, accounts-server.
read -r verifier challenge < <(pkce_pair)
state="state-$RANDOM$RANDOM"
authorize "$challenge" S256 "$state"
expect_status "authorize with S256" "$status" 302
[[ "$location" == "$redirect_uri?"* ]] && pass "redirect goes to the redirect_uri" || fail "redirect went to '$location'"
code="$(query_param "$location" code)"
[[ -n "$code" ]] && pass "redirect carries a code" || fail "redirect has no code"
[[ "$(query_param "$location" state)" == "$state" ]] && pass "redirect echoes state" || fail "state not echoed"
[[ "$(query_param "$location" location)" == "eu" ]] && pass "redirect carries location=eu" || fail "location missing"
[[ "$(query_param "$location" accounts-server)" == "$peer" ]] && pass "redirect carries accounts-server=$peer" \
  || fail "accounts-server is '$(query_param "$location" accounts-server)'"

# 2. Exchange with the right verifier, credentials in the form body (as Zoho documents).
form=(--data-urlencode "grant_type=authorization_code" --data-urlencode "client_id=$client_id"
  --data-urlencode "client_secret=$client_secret" --data-urlencode "redirect_uri=$redirect_uri")
token "$work/exchange.json" "${form[@]}" --data-urlencode "code=$code" --data-urlencode "code_verifier=$verifier"
expect_status "exchange with the right verifier" "$status" 200
check "exchange returns access_token, refresh_token, Bearer, 3600" "$work/exchange.json" \
  'typeof j.access_token === "string" && typeof j.refresh_token === "string" && j.token_type === "Bearer" && j.expires_in === 3600'
check "exchange returns api_domain from PEER_API_DOMAIN" "$work/exchange.json" "j.api_domain === '$api_domain'"
check "exchange has no id_token" "$work/exchange.json" '!("id_token" in j)'
check "exchange scope is the one authorized" "$work/exchange.json" 'j.scope === "ZohoCRM.org.READ"'
refresh_token="$(json "$work/exchange.json" 'j.refresh_token')"

# 3. The same code a second time is refused (codes are single-use).
token "$work/reuse.json" "${form[@]}" --data-urlencode "code=$code" --data-urlencode "code_verifier=$verifier"
expect_status "reusing a code is refused" "$status" 400

# 4. Refresh: a new access token, api_domain, and no new refresh token (Zoho never rotates it).
refresh=(--data-urlencode "grant_type=refresh_token" --data-urlencode "client_id=$client_id"
  --data-urlencode "client_secret=$client_secret")
token "$work/refresh.json" "${refresh[@]}" --data-urlencode "refresh_token=$refresh_token"
expect_status "refresh" "$status" 200
check "refresh returns a new access token and api_domain" "$work/refresh.json" \
  "typeof j.access_token === 'string' && j.access_token.length > 0 && j.api_domain === '$api_domain'"
check "refresh reply has no refresh_token and no id_token" "$work/refresh.json" \
  '!("refresh_token" in j) && !("id_token" in j)'

# 5. A refresh token the peer never issued gets Zoho's 200-with-error answer.
token "$work/refresh-bad.json" "${refresh[@]}" --data-urlencode "refresh_token=not-a-real-token"
expect_status "refresh with an unknown token (Zoho answers 200)" "$status" 200
check "unknown refresh token gives error invalid_code" "$work/refresh-bad.json" \
  'j.error === "invalid_code" && !("access_token" in j)'

# 6. A wrong code verifier is refused by the mock's own PKCE check.
new_code
wrong_verifier="$(pkce_pair | cut -d' ' -f1)"
token "$work/wrong-verifier.json" "${form[@]}" --data-urlencode "code=$code" --data-urlencode "code_verifier=$wrong_verifier"
expect_status "exchange with a wrong verifier" "$status" 400
check "wrong verifier: invalid_request, does not match" "$work/wrong-verifier.json" \
  'j.error === "invalid_request" && /does not match/.test(j.error_description) && !("access_token" in j)'

# 7. Exchange without any verifier is refused (the mock alone would let it through).
new_code
token "$work/no-verifier.json" "${form[@]}" --data-urlencode "code=$code"
expect_status "exchange without a verifier" "$status" 400
check "no verifier: no tokens" "$work/no-verifier.json" '!("access_token" in j)'

# 8. Client secret sent with HTTP Basic only: refused loudly.
new_code
before="$(refused_count)"
token "$work/basic.json" -u "$client_id:$client_secret" \
  --data-urlencode "grant_type=authorization_code" --data-urlencode "client_id=$client_id" \
  --data-urlencode "redirect_uri=$redirect_uri" --data-urlencode "code=$code" --data-urlencode "code_verifier=$verifier"
expect_status "secret in HTTP Basic only" "$status" 400
check "Basic-only: invalid_client, client_secret missing from the request body" "$work/basic.json" \
  'j.error === "invalid_client" && j.error_description === "client_secret missing from the request body" && !("access_token" in j)'
sleep 0.1
[[ "$(refused_count)" -gt "$before" ]] && grep -q 'client_secret missing from the request body' "$work/stderr" \
  && pass "Basic-only refusal is logged on stderr" || fail "Basic-only refusal not on stderr"

# 9. A wrong secret in the body and a wrong client_id are refused.
new_code
token "$work/wrong-secret.json" --data-urlencode "grant_type=authorization_code" \
  --data-urlencode "client_id=$client_id" --data-urlencode "client_secret=wrong" \
  --data-urlencode "redirect_uri=$redirect_uri" --data-urlencode "code=$code" --data-urlencode "code_verifier=$verifier"
expect_status "wrong client_secret" "$status" 400
check "wrong secret: invalid_client" "$work/wrong-secret.json" 'j.error === "invalid_client" && !("access_token" in j)'
token "$work/wrong-client.json" "${refresh[@]/client_id=$client_id/client_id=someone-else}" \
  --data-urlencode "refresh_token=$refresh_token"
expect_status "wrong client_id" "$status" 400
check "wrong client_id: invalid_client" "$work/wrong-client.json" 'j.error === "invalid_client"'

# 10. A redirect_uri at the exchange that differs from the authorize one is refused.
new_code
token "$work/redirect.json" --data-urlencode "grant_type=authorization_code" \
  --data-urlencode "client_id=$client_id" --data-urlencode "client_secret=$client_secret" \
  --data-urlencode "redirect_uri=http://127.0.0.1:1/elsewhere" --data-urlencode "code=$code" \
  --data-urlencode "code_verifier=$verifier"
expect_status "redirect_uri mismatch at the exchange" "$status" 400
check "redirect mismatch: invalid_redirect_uri" "$work/redirect.json" 'j.error === "invalid_redirect_uri"'

# 11. Without access_type=offline there is no refresh token (Zoho behaviour).
read -r verifier challenge < <(pkce_pair)
authorize "$challenge" S256 online "&access_type=online"
code="$(query_param "$location" code)"
token "$work/online.json" "${form[@]}" --data-urlencode "code=$code" --data-urlencode "code_verifier=$verifier"
expect_status "exchange for access_type=online" "$status" 200
check "access_type=online: access token but no refresh token" "$work/online.json" \
  'typeof j.access_token === "string" && !("refresh_token" in j)'

# 12. PKCE method plain, a missing method, and a missing challenge are refused at authorize.
before="$(refused_count)"
read -r verifier challenge < <(pkce_pair)
authorize "$verifier" plain "s-plain"
expect_status "authorize with code_challenge_method=plain" "$status" 400
grep -qi 'must be S256' "$work/authorize.body" && pass "plain: the 400 page says why" || fail "plain: page does not explain"
authorize "$challenge" "" "s-nomethod"
expect_status "authorize without code_challenge_method" "$status" 400
authorize "" S256 "s-nochallenge"
expect_status "authorize without code_challenge" "$status" 400
sleep 0.1
[[ "$(refused_count)" -ge $((before + 3)) ]] && grep -q 'REFUSED authorize: code_challenge_method is "plain"' "$work/stderr" \
  && pass "authorize refusals are logged on stderr" || fail "authorize refusals not on stderr"

# 13. Revoke (Zoho style: token in the query), then the refresh token no longer works.
status="$(curl -sS -o "$work/revoke.json" -w '%{http_code}' -X POST \
  "$peer/oauth/v2/token/revoke?token=$(urlencode "$refresh_token")")"
expect_status "revoke the refresh token" "$status" 200
check "revoke answers status success" "$work/revoke.json" 'j.status === "success"'
token "$work/refresh-revoked.json" "${refresh[@]}" --data-urlencode "refresh_token=$refresh_token"
check "refresh after revoke gives invalid_code" "$work/refresh-revoked.json" 'j.error === "invalid_code"'

# 14. The peer stops cleanly on SIGTERM.
kill -TERM "$peer_pid"
peer_exit=0
wait "$peer_pid" || peer_exit=$?
peer_pid=""
[[ "$peer_exit" == "0" ]] && pass "peer stops cleanly on SIGTERM" || fail "peer exited with $peer_exit"
# Nothing secret in the peer's log.
if grep -qF -e "$client_secret" -e "$refresh_token" "$work/stderr"; then
  fail "the peer log contains the client secret or a token"
else
  pass "the peer log holds no secret or token"
fi

echo "smoke: $passes passed, $failures failed"
[[ "$failures" -eq 0 ]] || exit 1
