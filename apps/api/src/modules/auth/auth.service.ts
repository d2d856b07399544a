import { ConflictException, Inject, Injectable } from '@nestjs/common';
import type { Role } from '@lyt/contracts';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { AuthRepository } from './auth.repository';
import { generateToken, hashToken } from './token.util';

const TOKEN_CACHE_MS = 30_000;

/** Tokens made at this start, to be shown once: only their hashes are kept. */
export type GeneratedTokens = Partial<Record<Role, string>>;

@Injectable()
export class AuthService {
  /** Token hash → role, briefly cached so that not every request queries the database. */
  private readonly known = new Map<string, { role: Role; until: number }>();
  private readonly rotationListeners = new Set<() => void>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: AuthRepository,
  ) {}

  /**
   * Makes sure an admin and a viewer token exist: the configured ones replace
   * whatever was stored; otherwise one is generated the first time only.
   */
  async prepareTokens(): Promise<GeneratedTokens> {
    const configured: Record<Role, string | null> = {
      admin: this.config.adminToken,
      viewer: this.config.viewerToken,
    };
    return this.repository.withTokenLock(async (manager) => {
      const generated: GeneratedTokens = {};
      for (const role of ['admin', 'viewer'] as const) {
        const token = configured[role];
        if (token) {
          const hash = hashToken(token);
          if (!(await this.repository.hasHash(manager, role, hash))) {
            await this.repository.replaceRole(
              manager,
              role,
              hash,
              'environment',
            );
          }
        } else if ((await this.repository.countByRole(manager, role)) === 0) {
          const fresh = generateToken();
          await this.repository.replaceRole(
            manager,
            role,
            hashToken(fresh),
            'generated',
          );
          generated[role] = fresh;
        }
      }
      return generated;
    });
  }

  /**
   * Replaces the viewer token, e.g. after a screen link leaked. Returns the new
   * token once. Every api process forgets the old one at once, and its open
   * sockets are disconnected (see LiveGateway).
   */
  async rotateViewerToken(): Promise<string> {
    if (this.config.viewerToken) {
      throw new ConflictException(
        'the viewer token is set by LYT_VIEWER_TOKEN: change it there',
      );
    }
    const token = generateToken();
    await this.repository.withTokenLock((manager) =>
      this.repository.replaceRole(
        manager,
        'viewer',
        hashToken(token),
        'generated',
      ),
    );
    this.forgetCachedTokens();
    for (const listener of this.rotationListeners) listener();
    return token;
  }

  /** Another api replica rotated a token: ask the database again for every token. */
  forgetCachedTokens(): void {
    this.known.clear();
  }

  /** `listener` runs after each rotation: the live gateway disconnects every socket the old viewer token opened. */
  onViewerTokenRotated(listener: () => void): void {
    this.rotationListeners.add(listener);
  }

  async roleFor(token: string | null | undefined): Promise<Role | null> {
    if (!token) return null;
    const hash = hashToken(token);
    const cached = this.known.get(hash);
    if (cached && cached.until > Date.now()) return cached.role;
    const role = await this.repository.findRole(hash);
    if (role)
      this.known.set(hash, { role, until: Date.now() + TOKEN_CACHE_MS });
    else this.known.delete(hash);
    return role;
  }
}
