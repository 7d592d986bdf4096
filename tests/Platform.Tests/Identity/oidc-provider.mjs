// A real OpenID provider (npm oidc-provider) on loopback for the single sign-on tests.
// Environment: PORT, MODULE (path of oidc-provider's lib/index.js), REDIRECT_URI, CLIENT_SECRET, ID_TOKEN_TTL (s),
// ACCOUNTS (JSON: subject -> claims), CLOCK_OFFSET (s: the provider's clock set wrong, so its tokens are born old).
// Its dev interactions ask for a login (any password) and consent is granted.
import { pathToFileURL } from 'node:url';

const offset = Number(process.env.CLOCK_OFFSET ?? 0) * 1000;
if (offset !== 0) {
  const now = Date.now;
  Date.now = () => now() + offset;
}

const { default: Provider } = await import(pathToFileURL(process.env.MODULE).href);
const port = Number(process.env.PORT);
const accounts = JSON.parse(process.env.ACCOUNTS);

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [{
    client_id: 'platform',
    client_secret: process.env.CLIENT_SECRET,
    redirect_uris: [process.env.REDIRECT_URI],
    grant_types: ['authorization_code'],
    response_types: ['code'],
  }],
  scopes: ['openid', 'email', 'profile', 'groups', 'roles'],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'], roles: ['roles'] },
  // The ID token carries the scopes' claims (the platform reads them from it, not from userinfo).
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  ttl: { IdToken: Number(process.env.ID_TOKEN_TTL ?? 3600), AuthorizationCode: 60 },
  findAccount: async (ctx, sub) => accounts[sub] && ({ accountId: sub, claims: async () => ({ sub, ...accounts[sub] }) }),
  loadExistingGrant: async (ctx) => {
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid email profile groups roles');
    grant.addOIDCClaims(['email', 'email_verified', 'name', 'groups', 'roles']);
    await grant.save();
    return grant;
  },
});
provider.listen(port, '127.0.0.1', () => console.log('listening'));
