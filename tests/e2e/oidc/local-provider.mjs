// A local OpenID Connect provider standing in for Microsoft Entra ID during the browser tests (started
// by playwright.config.ts). Its login page signs in any known login with any password: the real checks
// are Entra ID's business, the app only sees the ID token. Test-only: fixed client secret and cookie key,
// throwaway signing key, plain HTTP on 127.0.0.1.
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const port = Number(process.env.E2E_OIDC_PORT ?? 3900);
// Every app server of the run (space-separated): each one's SSO callback is a registered redirect.
const appUrls = (process.env.E2E_APP_URLS ?? `http://localhost:${process.env.E2E_PORT ?? 3100}`).split(' ');
const issuer = `http://127.0.0.1:${port}`;

// Identities of the stand-in tenant. The address is in mixed case on purpose: the app must match staff
// accounts whatever the case. "inconnu" has no staff account in the demo data.
const ACCOUNTS = {
  'direction@passerelle.test': { email: 'Direction@Passerelle.test', name: 'Direction régionale' },
  'inconnu@passerelle.test': { email: 'inconnu@passerelle.test', name: 'Personne inconnue' },
};

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.E2E_OIDC_CLIENT_ID ?? 'passerelle-e2e',
      client_secret: process.env.E2E_OIDC_CLIENT_SECRET ?? 'passerelle-e2e-secret',
      redirect_uris: appUrls.map((appUrl) => `${appUrl}/api/auth/callback/microsoft-entra-id`),
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), use: 'sig', alg: 'RS256' }] },
  cookies: { keys: ['local-oidc-provider-test-only'] },
  claims: { openid: ['sub'], email: ['email'], profile: ['name', 'preferred_username'] },
  // Like Entra ID: the claims go into the ID token itself (next-auth reads the ID token, not userinfo).
  conformIdTokenClaims: false,
  // Our own login page below: the library's development pages load web fonts from the internet.
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(_ctx, id) {
    const account = ACCOUNTS[id];
    if (!account) return undefined;
    return {
      accountId: id,
      async claims() {
        return { sub: id, email: account.email, name: account.name, preferred_username: id };
      },
    };
  },
  // A first-party application: no consent screen, the requested scopes are granted at once.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
});

const loginPage = (uid) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Local identity provider</title></head>
<body><main><h1>Local identity provider (tests only)</h1>
<form method="post" action="/interaction/${uid}/login">
<p><label>Login <input name="login" type="text" required autofocus></label></p>
<p><label>Password <input name="password" type="password" required></label></p>
<p><button type="submit">Sign-in</button></p>
</form></main></body></html>`;

async function readForm(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

async function interaction(req, res, uid, submitted) {
  const details = await provider.interactionDetails(req, res); // checks the interaction cookie
  if (details.uid !== uid || details.prompt.name !== 'login') throw new Error('unexpected interaction');
  if (!submitted) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(loginPage(details.uid));
    return;
  }
  const login = (await readForm(req)).get('login') ?? '';
  if (!ACCOUNTS[login]) {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('unknown login');
    return;
  }
  await provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
}

const oidc = provider.callback();
createServer((req, res) => {
  const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(new URL(req.url ?? '/', issuer).pathname);
  if (!match) return oidc(req, res);
  const submitted = Boolean(match[2]);
  if (req.method !== (submitted ? 'POST' : 'GET')) {
    res.writeHead(405).end();
    return;
  }
  interaction(req, res, match[1], submitted).catch((error) => {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error.message));
  });
}).listen(port, '127.0.0.1', () => {
  console.log(`local OIDC provider on ${issuer}, redirecting to ${appUrls.join(", ")}`);
});
