/**
 * The reference target's token issuer: oauth2-mock-server's OAuth2Service behind a node:http
 * server that mounts it under the Keycloak realm path /auth/realms/camunda-platform (token at
 * /protocol/openid-connect/token, JWKS at /protocol/openid-connect/certs, discovery at
 * /.well-known/openid-configuration). Client-credentials grant only; each client's audience,
 * permissions and lifetime are set in `beforeTokenSigning`, and unknown clients or wrong secrets
 * are turned into 401 invalid_client in `beforeResponse` (the library itself accepts anyone).
 * Tokens are RS256, signed by the library with a key it generates.
 */
import { createServer } from 'node:http';
import {
  Events,
  OAuth2Issuer,
  OAuth2Service,
  type MutableResponse,
  type MutableToken,
  type TokenRequestIncomingMessage,
} from 'oauth2-mock-server';
import type { ClientRole } from '../../src/core/domain.ts';
import { authenticateClient, grantType, requestCredentials } from './client-auth.ts';
import { claimsFor, userClaims, type ClientSet, type ClientSpec } from './clients.ts';
import { closeServer, listenLoopback } from '../net.ts';

export const REALM_PATH = '/auth/realms/camunda-platform';
const OIDC = '/protocol/openid-connect';

export interface IssuerOptions {
  readonly port?: number;
  readonly clients: ClientSet;
}

export interface RunningIssuer {
  readonly issuerUrl: string;
  readonly tokenUrl: string;
  readonly jwksUrl: string;
  readonly discoveryUrl: string;
  /** A token of this client; a negative lifetime gives an already expired token. */
  mint(role: ClientRole, expiresInSeconds: number): Promise<string>;
  /** A token of a person (Web Modeler's UI): name, email, all permissions. */
  mintUser(user: { readonly name: string; readonly email: string }, expiresInSeconds: number): Promise<string>;
  stop(): Promise<void>;
}

function applyClaims(token: MutableToken, client: ClientSpec): void {
  Object.assign(token.payload, claimsFor(client));
  token.payload.exp = token.payload.iat + client.lifetimeSeconds;
}

function tokenResponse(response: MutableResponse, client: ClientSpec): void {
  const accessToken = response.body === '' ? undefined : response.body.access_token;
  response.body = {
    access_token: accessToken,
    expires_in: client.lifetimeSeconds,
    refresh_expires_in: 0,
    token_type: 'Bearer',
    'not-before-policy': 0,
    scope: 'profile email',
  };
}

function wireEvents(service: OAuth2Service, clients: ClientSet): void {
  service.on(Events.BeforeTokenSigning, (token: MutableToken, req: TokenRequestIncomingMessage) => {
    const auth = authenticateClient(clients, requestCredentials(req.headers, req.body));
    if (auth.ok) applyClaims(token, auth.client);
  });
  service.on(Events.BeforeResponse, (response: MutableResponse, req: TokenRequestIncomingMessage) => {
    if (grantType(req.body) !== 'client_credentials') {
      response.statusCode = 400;
      response.body = {
        error: 'unsupported_grant_type',
        error_description: 'Only the client_credentials grant is supported',
      };
      return;
    }
    const auth = authenticateClient(clients, requestCredentials(req.headers, req.body));
    if (auth.ok) {
      tokenResponse(response, auth.client);
      return;
    }
    response.statusCode = 401;
    response.body = { error: 'invalid_client', error_description: auth.description };
  });
}

export async function startIssuer(options: IssuerOptions): Promise<RunningIssuer> {
  const issuer = new OAuth2Issuer();
  await issuer.keys.generate('RS256');
  const service = new OAuth2Service(issuer, {
    wellKnownDocument: '/.well-known/openid-configuration',
    token: `${OIDC}/token`,
    jwks: `${OIDC}/certs`,
    authorize: `${OIDC}/auth`,
    userinfo: `${OIDC}/userinfo`,
    revoke: `${OIDC}/revoke`,
    endSession: `${OIDC}/logout`,
    introspect: `${OIDC}/token/introspect`,
  });
  wireEvents(service, options.clients);
  const handler = service.requestHandler;
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(`${REALM_PATH}/`)) {
      res.writeHead(404).end();
      return;
    }
    req.url = url.slice(REALM_PATH.length);
    handler(req, res);
  });
  const port = await listenLoopback(server, options.port ?? 0);
  const issuerUrl = `http://127.0.0.1:${port}${REALM_PATH}`;
  issuer.url = issuerUrl;
  return {
    issuerUrl,
    tokenUrl: `${issuerUrl}${OIDC}/token`,
    jwksUrl: `${issuerUrl}${OIDC}/certs`,
    discoveryUrl: `${issuerUrl}/.well-known/openid-configuration`,
    mint: (role, expiresInSeconds) =>
      issuer.buildToken({
        expiresIn: expiresInSeconds,
        scopesOrTransform: (_header, payload) => {
          Object.assign(payload, claimsFor(options.clients[role]));
        },
      }),
    mintUser: (user, expiresInSeconds) =>
      issuer.buildToken({
        expiresIn: expiresInSeconds,
        scopesOrTransform: (_header, payload) => {
          Object.assign(payload, userClaims(user));
        },
      }),
    stop: () => closeServer(server),
  };
}
