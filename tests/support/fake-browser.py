#!/usr/bin/env python3
"""Plays the browser for `zoho-org-viewer login` in the tests, against the simulated Zoho.

The app runs it as `$BROWSER <authorize URL>`. Like a person at Zoho's consent page, it opens
the URL, answers the page (Allow, or Deny when FAKE_BROWSER_DECISION=deny), and follows Zoho's
redirect back to the app's loopback callback. It talks to 127.0.0.1 and localhost only and
never follows a redirect anywhere else.

Environment:
  FAKE_BROWSER_DECISION   allow (default) or deny
  FAKE_BROWSER_ORG        the org ID to pick on the consent page (default: Zoho's preselected one);
                          several IDs separated by commas are picked one per run, in order
                          (counted in FAKE_BROWSER_LOG's folder), for a command that opens the
                          browser once per org
  FAKE_BROWSER_LOG        a file to append what happened to (for a failing test's message)
  FAKE_BROWSER_CODE_FILE  a file to write the authorization code to (for the no-secrets test)
  FAKE_BROWSER_TAMPER     NAME=VALUE: set query parameter NAME of the redirect back to the app
                          to VALUE before following it, as an attacker's page might (a forged
                          state, a foreign accounts-server)
  FAKE_BROWSER_THEN_REAL  with TAMPER: then follow the untouched redirect too, as the person's
                          own tab does after an attacker's page tried first
"""

import http.client
import os
import re
import sys
import urllib.parse

CONSENT_PATH = "/oauth/v2/consent"
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def log(message):
    path = os.environ.get("FAKE_BROWSER_LOG")
    if path:
        with open(path, "a", encoding="utf-8") as file:
            file.write(message + "\n")


def request(method, url, body=None, headers=None):
    """One HTTP request without following redirects: (status, lower-case headers, body)."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme != "http" or parts.hostname not in LOOPBACK_HOSTS:
        raise RuntimeError(f"refusing to leave this computer: {parts.scheme}://{parts.hostname}")
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        connection.request(method, target, body=body, headers=headers or {})
        response = connection.getresponse()
        answer = response.read()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, answer
    finally:
        connection.close()


def with_query_param(url, name, value):
    """`url` with query parameter `name` set to `value` (added when missing)."""
    parts = urllib.parse.urlsplit(url)
    pairs = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    pairs = [(key, value if key == name else old) for key, old in pairs]
    if all(key != name for key, _ in pairs):
        pairs.append((name, value))
    return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(pairs)))


def pick_in_turn(orgs):
    """The next of `orgs` for this run: a counter file beside the log remembers the runs."""
    counter = os.path.join(os.path.dirname(os.environ["FAKE_BROWSER_LOG"]), "fake-browser-runs")
    try:
        with open(counter) as file:
            runs = int(file.read().strip() or "0")
    except FileNotFoundError:
        runs = 0
    with open(counter, "w") as file:
        file.write(str(runs + 1))
    return orgs[runs % len(orgs)]


def main():
    authorize_url = sys.argv[-1]
    decision = os.environ.get("FAKE_BROWSER_DECISION", "allow")
    status, headers, body = request("GET", authorize_url)
    log(f"authorize page answered {status}")
    if status == 200:
        page = body.decode("utf-8", "replace")
        found = re.search(r'name="ticket" value="([^"]*)"', page)
        if not found:
            raise RuntimeError("the consent page has no ticket")
        answer = {"ticket": found.group(1), "decision": decision}
        org = os.environ.get("FAKE_BROWSER_ORG")
        if org and "," in org:
            org = pick_in_turn(org.split(","))
        if org:
            answer["org"] = org
        form = urllib.parse.urlencode(answer)
        consent_url = urllib.parse.urljoin(authorize_url, CONSENT_PATH)
        status, headers, body = request(
            "POST",
            consent_url,
            body=form,
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        log(f"consent ({decision}) answered {status}")
    if status != 302 or "location" not in headers:
        raise RuntimeError(f"expected a redirect back to the app, got HTTP {status}")
    callback = headers["location"]
    code = urllib.parse.parse_qs(urllib.parse.urlsplit(callback).query).get("code")
    code_file = os.environ.get("FAKE_BROWSER_CODE_FILE")
    if code and code_file:
        with open(code_file, "w", encoding="utf-8") as file:
            file.write(code[0])
    tamper = os.environ.get("FAKE_BROWSER_TAMPER")
    real = callback
    if tamper:
        name, _, value = tamper.partition("=")
        callback = with_query_param(callback, name, value)
        log(f"tampered with {name}")
    status, _, _ = request("GET", callback)
    log(f"callback answered {status}")
    if tamper and os.environ.get("FAKE_BROWSER_THEN_REAL"):
        status, _, _ = request("GET", real)
        log(f"real callback answered {status}")


if __name__ == "__main__":
    try:
        main()
    except Exception as error:  # the app never sees our output; the log is all there is
        log(f"failed: {error}")
        sys.exit(1)
