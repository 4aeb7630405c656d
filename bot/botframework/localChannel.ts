import { randomBytes, timingSafeEqual } from 'node:crypto';
import { ConfigurationBotFrameworkAuthentication, type Activity, type CloudAdapter, type TurnContext } from 'botbuilder';
import {
  AuthenticationConstants,
  AuthenticationError,
  ClaimsIdentity,
  ConnectorClient,
  type AuthenticateRequestResult,
  type ConnectorFactory,
} from 'botframework-connector';

/** What jsonwebtoken throws for a token that does not verify. */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * The channel this server runs itself (the built-in Direct Line behind Web Chat). Its activities
 * reach the bot in process, the way botbuilder's own named-pipe transport does: there is no
 * network hop to authenticate, so they work whether or not the bot has Microsoft app credentials.
 * The bot's replies still go through botbuilder's connector client to this server's connector
 * endpoint, signed with a secret that lives only in this process: nobody else can write into a
 * Web Chat conversation, and no Azure token is needed to talk to ourselves.
 */
export class LocalChannel {
  private readonly secret = randomBytes(32).toString('base64url');
  private connectorUrl = '';

  /** Addresses that mean "this server" (the loopback one it listens on, PUBLIC_URL and localhost). */
  private readonly ownOrigins = new Set<string>();

  constructor(private readonly appId: string) {}

  /** Where the bot's replies to local conversations go; known once the server listens. */
  listening(port: number, publicUrl: string | undefined): void {
    this.connectorUrl = `http://127.0.0.1:${port}`;
    for (const url of [this.connectorUrl, `http://localhost:${port}`, `http://[::1]:${port}`, publicUrl]) if (url) this.ownOrigins.add(new URL(url).origin);
  }

  get serviceUrl(): string {
    return this.connectorUrl;
  }

  /** Whether a serviceUrl points at this server. A channel posting to /api/messages never has one. */
  isOwn(serviceUrl: string): boolean {
    try {
      return this.ownOrigins.has(new URL(serviceUrl).origin);
    } catch {
      return false;
    }
  }

  /** Whether a request to the connector endpoint comes from this process's bot. */
  authorizes(authorization: string | undefined): boolean {
    const given = Buffer.from(/^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? '');
    const expected = Buffer.from(this.secret);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** The adapter's authentication: as configured, except that replies to this server are signed with the local secret. */
  authentication(configured: ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[0]): ConfigurationBotFrameworkAuthentication {
    const local = this.connectorFactory();
    const isOwn = (url: string): boolean => this.isOwn(url);
    return new (class extends ConfigurationBotFrameworkAuthentication {
      // botbuilder lets a token signed with the wrong key through as jsonwebtoken's own error, which
      // CloudAdapter answers with 500: a token that does not verify is the sender's problem, 401.
      override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
        try {
          return await super.authenticateRequest(activity, authHeader);
        } catch (error) {
          if (TOKEN_ERRORS.has((error as Error).name)) throw new AuthenticationError(`Unauthorized: ${(error as Error).message}`, 401);
          throw error;
        }
      }

      override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
        const configuredFactory = super.createConnectorFactory(claimsIdentity);
        return { create: (serviceUrl, audience) => (isOwn(serviceUrl) ? local.create(serviceUrl, audience) : configuredFactory.create(serviceUrl, audience)) };
      }
    })(configured);
  }

  /** Runs one of this channel's activities through the adapter (middleware, turn, error handler). */
  async deliver(adapter: CloudAdapter, activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const claims = new ClaimsIdentity(
      [
        { type: AuthenticationConstants.AudienceClaim, value: this.appId },
        { type: AuthenticationConstants.AppIdClaim, value: this.appId },
      ],
      true,
    );
    const authenticated: AuthenticateRequestResult = { audience: '', claimsIdentity: claims, connectorFactory: this.connectorFactory() };
    await adapter.processActivityDirect(authenticated, activity as Activity, logic);
  }

  private client: ConnectorClient | undefined;

  /** One client for every reply to this server: a client per turn would each keep its own pool of sockets. */
  private connectorFactory(): ConnectorFactory {
    return { create: () => Promise.resolve((this.client ??= this.newClient())) };
  }

  private newClient(): ConnectorClient {
    const credentials = {
      signRequest: (request: { headers: { set(name: string, value: string): void } }) => {
        request.headers.set('authorization', `Bearer ${this.secret}`);
        return Promise.resolve(request);
      },
    };
    // Whatever address a stored conversation reference holds, the reply goes to the loopback one.
    return new ConnectorClient(credentials as never, { baseUri: this.connectorUrl });
  }
}
