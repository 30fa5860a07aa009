import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Session, User } from '@vielfalt/server-persistence';
import { createHash, randomBytes } from 'node:crypto';
import { type EntityManager, LessThan, Repository } from 'typeorm';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity-options';

const hashToken = (token: string) => createHash('sha256').update(token).digest();

/** Server-side sessions: the browser holds a random token, the database only its hash. */
@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  /** Starts a session for `userId` and returns the token for the cookie. */
  async start(userId: string, manager: EntityManager = this.sessions.manager): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = Date.now();
    await manager.delete(Session, { userId, absoluteExpiresAt: LessThan(new Date(now)) });
    await manager.insert(Session, {
      tokenHash: hashToken(token),
      userId,
      expiresAt: new Date(now + this.options.sessionIdleMinutes * 60_000),
      absoluteExpiresAt: new Date(now + this.options.sessionMaxHours * 3_600_000),
    });
    return token;
  }

  /** The active user behind a token, or null; extends the idle timeout on use. */
  async resolve(token: string): Promise<User | null> {
    const session = await this.sessions.findOne({ where: { tokenHash: hashToken(token) }, relations: { user: true } });
    const now = Date.now();
    if (!session || !session.user.active || session.expiresAt.getTime() <= now) return null;
    const extended = Math.min(now + this.options.sessionIdleMinutes * 60_000, session.absoluteExpiresAt.getTime());
    // Write at most once a minute per session, not on every request.
    if (extended - session.expiresAt.getTime() > 60_000) {
      await this.sessions.update({ tokenHash: session.tokenHash }, { expiresAt: new Date(extended) });
    }
    return session.user;
  }

  async end(token: string): Promise<void> {
    await this.sessions.delete({ tokenHash: hashToken(token) });
  }
}
