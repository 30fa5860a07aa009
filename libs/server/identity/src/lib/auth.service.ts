import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LoginBody, SessionUser } from '@vielfalt/contracts';
import { ApiException } from '@vielfalt/server-api';
import { AuditLog, User } from '@vielfalt/server-persistence';
import { DataSource } from 'typeorm';
import { PasswordHasher } from './password-hasher';
import { SessionService } from './session.service';
import { toSessionUser } from './user.service';

export interface LoginResult {
  readonly user: SessionUser;
  readonly sessionToken: string;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly auditLog: AuditLog,
  ) {}

  /** Checks the password; every attempt, good or bad, is audited. The error never says which part was wrong. */
  async login(request: LoginBody, clientAddress: string | undefined): Promise<LoginResult> {
    const username = request.username.trim().toLowerCase();
    const user = await this.dataSource.getRepository(User).findOneBy({ username });
    const passwordMatches = await this.hasher.verify(user?.passwordHash, request.password);

    if (!user || !passwordMatches || !user.active) {
      const reason = !user ? 'unknown_user' : !passwordMatches ? 'wrong_password' : 'inactive_user';
      await this.auditLog.record({
        action: 'auth.login',
        outcome: 'failure',
        actorUserId: user?.id ?? null,
        actorName: username,
        details: { reason, clientAddress },
      });
      throw new ApiException(HttpStatus.UNAUTHORIZED, 'invalid_credentials', 'Wrong username or password.');
    }

    return this.dataSource.transaction(async (manager) => {
      const sessionToken = await this.sessions.start(user.id, manager);
      await this.auditLog.record(
        {
          action: 'auth.login',
          outcome: 'success',
          actorUserId: user.id,
          actorName: user.username,
          details: { clientAddress },
        },
        manager,
      );
      return { user: toSessionUser(user), sessionToken };
    });
  }

  async logout(sessionToken: string, user: SessionUser): Promise<void> {
    await this.sessions.end(sessionToken);
    await this.auditLog.record({
      action: 'auth.logout',
      outcome: 'success',
      actorUserId: user.id,
      actorName: user.username,
    });
  }
}
