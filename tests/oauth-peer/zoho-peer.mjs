#!/usr/bin/env node
// An independent OAuth 2.0 server dressed up as Zoho Accounts, for loopback sign-in tests.
//
// The OAuth work (codes, PKCE verification, token minting) is done by oauth2-mock-server, which
// this project did not write. This file only adds what makes it behave like Zoho and refuses,
// loudly, the requests a real Zoho would refuse but the mock would let through.
//
// Contract: binds 127.0.0.1 only; once listening, prints exactly one JSON line to stdout,
// {"url":"http://127.0.0.1:PORT"}, and from then on writes only to stderr. See README.md.

import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { OAuth2Issuer, OAuth2Service } from 'oauth2-mock-server';

const HOST = '127.0.0.1';

// Zoho's paths, so a client only has to swap the accounts server base URL.
const ENDPOINTS = {
  authorize: '/oauth/v2/auth',
  token: '/oauth/v2/token',
  revoke: '/oauth/v2/token/revoke',
};

// An S256 challenge is base64url(SHA-256(verifier)) without padding: always 43 characters.
const S256_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

function log(message) {
  process.stderr.write(`zoho-peer: ${message}\n`);
}

let refusedCount = 0;

// Every refusal goes through here so a test can grep stderr for "REFUSED".
function refuseLoudly(where, reason) {
  refusedCount += 1;
  log(`REFUSED ${where}: ${reason}`);
}

function readConfig() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'watch-stdin': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stderr.write(
      'usage: node zoho-peer.mjs [--port N] [--watch-stdin]\n' +
        'env: PEER_PORT PEER_API_DOMAIN PEER_CLIENT_ID PEER_CLIENT_SECRET PEER_LOCATION PEER_REDIRECT_URI\n',
    );
    process.exit(0);
  }
  const portText = values.port ?? process.env.PEER_PORT ?? '0';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port/PEER_PORT must be a port number from 0 to 65535, not "${portText}"`);
  }
  return {
    port,
    watchStdin: values['watch-stdin'],
    apiDomain: process.env.PEER_API_DOMAIN || undefined,
    clientId: process.env.PEER_CLIENT_ID || 'peer-client-id',
    clientSecret: process.env.PEER_CLIENT_SECRET || 'peer-client-secret',
    location: process.env.PEER_LOCATION || 'eu',
    redirectUri: process.env.PEER_REDIRECT_URI || undefined,
  };
}

function escapeHtml(text) {
  return String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );
}

function sendHtmlError(res, status, reason) {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(
    `<!doctype html><html><head><meta charset="utf-8"><title>Sign-in refused</title></head>` +
      `<body><h1>Sign-in refused by the Zoho test peer</h1><p>${escapeHtml(reason)}</p></body></html>\n`,
  );
}

function sendJson(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(`${JSON.stringify(body)}\n`);
}

// Zoho refuses these at the consent page; the mock would happily issue a code for any of them.
function authorizeProblem(query, config) {
  const single = (name) => {
    const all = query.getAll(name);
    return all.length === 1 ? all[0] : undefined;
  };
  if (single('client_id') !== config.clientId) {
    return 'client_id is missing or is not the registered client (Zoho answers "invalid client")';
  }
  if (single('response_type') !== 'code') return 'response_type must be "code"';
  const redirectUri = single('redirect_uri');
  if (!redirectUri) return 'redirect_uri is missing';
  if (config.redirectUri !== undefined && redirectUri !== config.redirectUri) {
    return `redirect_uri "${redirectUri}" is not the registered one (Zoho: invalid_redirect_uri)`;
  }
  if (!single('scope')) return 'scope is missing';
  const method = single('code_challenge_method');
  if (method !== 'S256') {
    return `code_challenge_method is ${method === undefined ? 'missing (Zoho then defaults to plain)' : `"${method}"`}; it must be S256`;
  }
  const challenge = single('code_challenge');
  if (challenge === undefined) return 'code_challenge is missing';
  if (!S256_CHALLENGE.test(challenge)) {
    return 'code_challenge is not a base64url SHA-256 digest (43 characters, no padding)';
  }
  return undefined;
}

// Reads a small form or query-string body; revoke is handled here because the mock's revoke
// route does not parse form bodies and answers with an empty body, unlike Zoho.
function readForm(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > 64 * 1024) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

async function main() {
  const config = readConfig();

  const issuer = new OAuth2Issuer();
  await issuer.keys.generate('RS256');
  const service = new OAuth2Service(issuer, ENDPOINTS);

  // What the authorize step granted, keyed by code, so the exchange can be checked against it.
  const grants = new Map();
  // Refresh tokens this peer issued and has not seen revoked, with the scope they carry.
  const liveRefreshTokens = new Map();

  let peerUrl = '';

  service.on('beforeAuthorizeRedirect', (redirect, req) => {
    // The mock redirects to the very URL object it passed us, so edit it in place.
    const code = redirect.url.searchParams.get('code');
    if (code !== null) {
      grants.set(code, {
        redirectUri: req.query.redirect_uri,
        scope: String(req.query.scope),
        offline: req.query.access_type === 'offline',
      });
    }
    redirect.url.searchParams.set('location', config.location);
    redirect.url.searchParams.set('accounts-server', peerUrl);
    log(`authorize: redirecting to ${redirect.url.origin}${redirect.url.pathname} with a code`);
  });

  service.on('beforeResponse', (response, req) => {
    const refuse = (status, error, description) => {
      refuseLoudly('token', description);
      response.statusCode = status;
      response.body = { error, error_description: description };
    };
    // req.body holds only what the body carried (Basic credentials stay in the header), and
    // the mock parses JSON bodies too, so the content type has to be checked as well.
    const body = req.body ?? {};
    const fromBody = (name) => (typeof body[name] === 'string' ? body[name] : undefined);
    const basicNote = req.headers.authorization?.startsWith('Basic ')
      ? ' (credentials were sent with HTTP Basic, which Zoho does not document; send them in the form body)'
      : '';

    if (!req.is('application/x-www-form-urlencoded')) {
      refuse(400, 'invalid_request', 'the token request body must be application/x-www-form-urlencoded');
      return;
    }
    const secret = fromBody('client_secret');
    if (secret === undefined) {
      refuseLoudly('token', `client_secret missing from the request body${basicNote}`);
      response.statusCode = 400;
      response.body = {
        error: 'invalid_client',
        error_description: 'client_secret missing from the request body',
      };
      return;
    }
    if (fromBody('client_id') !== config.clientId) {
      refuse(400, 'invalid_client', `client_id is missing from the request body or unknown${basicNote}`);
      return;
    }
    if (secret !== config.clientSecret) {
      refuse(400, 'invalid_client', 'client_secret does not match the registered client');
      return;
    }

    const grantType = fromBody('grant_type');
    const tokens = response.body;
    if (grantType === 'authorization_code') {
      const code = fromBody('code');
      const grant = code === undefined ? undefined : grants.get(code);
      if (grant === undefined) {
        refuse(400, 'invalid_code', 'the code is unknown or was already used');
        return;
      }
      // Codes are single-use whatever happens next.
      grants.delete(code);
      if (fromBody('code_verifier') === undefined) {
        refuse(400, 'invalid_request', 'code_verifier is missing; this client must use PKCE S256');
        return;
      }
      if (fromBody('redirect_uri') !== grant.redirectUri) {
        refuse(400, 'invalid_redirect_uri', 'redirect_uri differs from the one sent to the authorize step');
        return;
      }
      // Zoho issues a refresh token only for access_type=offline.
      if (grant.offline) {
        liveRefreshTokens.set(tokens.refresh_token, grant.scope);
      } else {
        delete tokens.refresh_token;
      }
      tokens.scope = grant.scope.replaceAll(',', ' ');
    } else if (grantType === 'refresh_token') {
      const refreshToken = fromBody('refresh_token');
      const scope = refreshToken === undefined ? undefined : liveRefreshTokens.get(refreshToken);
      if (scope === undefined) {
        // Zoho's own answer to an unknown or revoked refresh token: HTTP 200 with an error body.
        refuseLoudly('token', 'refresh_token is unknown or revoked; answering like Zoho: 200 invalid_code');
        response.statusCode = 200;
        response.body = { error: 'invalid_code' };
        return;
      }
      // Zoho never rotates the refresh token.
      delete tokens.refresh_token;
      tokens.scope = scope.replaceAll(',', ' ');
    } else {
      refuse(400, 'unsupported_grant_type', `grant_type "${grantType}" is not used by this app`);
      return;
    }
    delete tokens.id_token;
    tokens.api_domain = config.apiDomain ?? peerUrl;
    log(`token: ${grantType} accepted`);
  });

  const handleRevoke = async (req, res, url) => {
    let token = url.searchParams.get('token');
    if (token === null) token = (await readForm(req)).get('token');
    if (token !== null && liveRefreshTokens.delete(token)) {
      log('revoke: refresh token revoked');
      sendJson(res, 200, { status: 'success' });
      return;
    }
    refuseLoudly('revoke', 'the token is unknown or already revoked');
    sendJson(res, 400, { error: 'invalid_token' });
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // Express answers HEAD through GET routes, so HEAD gets the same checks.
    if ((req.method === 'GET' || req.method === 'HEAD') && url.pathname === ENDPOINTS.authorize) {
      const problem = authorizeProblem(url.searchParams, config);
      if (problem !== undefined) {
        refuseLoudly('authorize', problem);
        sendHtmlError(res, 400, problem);
        return;
      }
    } else if (req.method === 'POST' && url.pathname === ENDPOINTS.revoke) {
      handleRevoke(req, res, url).catch((error) => {
        log(`revoke failed: ${error.message}`);
        if (!res.headersSent) sendJson(res, 400, { error: 'invalid_request' });
      });
      return;
    }
    service.requestHandler(req, res);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, HOST, resolve);
  });
  const { port } = server.address();
  peerUrl = `http://${HOST}:${port}`;
  issuer.url = peerUrl;

  let stopping = false;
  const stop = (why) => {
    if (stopping) return;
    stopping = true;
    log(`stopping (${why}); ${refusedCount} request(s) refused`);
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  if (config.watchStdin) {
    // Lets a test harness that dies without cleaning up take the peer down with it.
    process.stdin.on('end', () => stop('stdin closed'));
    process.stdin.on('error', () => stop('stdin closed'));
    process.stdin.resume();
  }

  process.stdout.write(`${JSON.stringify({ url: peerUrl })}\n`);
  log(
    `listening on ${peerUrl} (authorize ${ENDPOINTS.authorize}, token ${ENDPOINTS.token}, ` +
      `revoke ${ENDPOINTS.revoke}); location=${config.location}, api_domain=${config.apiDomain ?? peerUrl}`,
  );
}

main().catch((error) => {
  log(`could not start: ${error.message}`);
  process.exit(1);
});
